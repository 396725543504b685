"""Markdown loader: front matter into metadata (as strings), the body as text."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

import frontmatter
from frontmatter.default_handlers import YAMLHandler

from assistant.core import safe_yaml
from assistant.core.documents import LoadedDocument, PageText
from ingest.clean import join_broken_lines
from ingest.errors import MetadataError
from ingest.loaders.text import decode_text

_SETEXT_HEADING = re.compile(
    r"^(?P<text>(?![#>|*\s-])[^\n]*\S[^\n]*)\n(?P<rule>=+|-+)[ \t]*$", re.MULTILINE
)


def load_markdown(data: bytes) -> LoadedDocument:
    """Read a Markdown file; front matter keys become metadata, ``title`` also the title."""
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    if isinstance(handler, YAMLHandler):
        handler = _SafeYAMLHandler()
    try:
        post = frontmatter.loads(text, handler=handler)
    except Exception as error:  # YAML, TOML and JSON handlers each raise their own error types
        raise MetadataError(f"front matter is not valid ({_first_line(error)})") from error
    metadata = _metadata_strings(post.metadata)
    # A paragraph's lines are one paragraph in Markdown: hard-wrapped text is rejoined.
    body = join_broken_lines(_atx_headings(post.content))
    return LoadedDocument(
        pages=(PageText(page=None, text=body),), title=metadata.get("title"), metadata=metadata
    )


class _SafeYAMLHandler(YAMLHandler):
    """YAML front matter without aliases or deep nesting (``safe_yaml``)."""

    def load(self, fm: str, **kwargs: object) -> Any:
        return safe_yaml.load(fm)


def _metadata_strings(raw: dict[str, object]) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for key, value in raw.items():
        text = as_metadata_string(value)
        if text:
            metadata[str(key)] = text
    return metadata


def as_metadata_string(value: object) -> str | None:
    """A front matter value as a string: dates as YYYY-MM-DD, lists comma-separated."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        items = (as_metadata_string(item) for item in value)
        return ", ".join(item for item in items if item) or None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).strip() or None


def _atx_headings(text: str) -> str:
    """Setext headings ("Title" over "=====") in the ``#`` form the chunker reads."""

    def replace(match: re.Match[str]) -> str:
        level = "#" if match["rule"].startswith("=") else "##"
        return f"{level} {match['text'].strip()}"

    return _SETEXT_HEADING.sub(replace, text)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
