"""``corpus/sources.yaml``: the list of pages to fetch, parsed into ``SourceSpec`` records.

Every mistake raises ``SourcesError`` naming the file, the entry and the field, so that
staff can fix it without reading code (docs/fetch.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.core import municipalities, safe_yaml
from assistant.core.documents import DOC_TYPES
from ingest.fetch.urls import normalise_url

SOURCES_FILE = "sources.yaml"
SOURCE_FIELDS = ("url", "municipality", "doc_type", "follow_attachments")


@dataclass(frozen=True)
class SourceSpec:
    """One entry of sources.yaml."""

    url: str
    municipality: str | None = None  # canonical name; None: from the domain or the page
    doc_type: str | None = None
    follow_attachments: bool = False


class SourcesError(Exception):
    """sources.yaml is missing or wrong; the message names the file, entry and field."""


def load_sources(path: Path) -> list[SourceSpec]:
    """The entries of ``path``; raises SourcesError naming the file, entry and field."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(
            f"{path}: no sources file — list the pages to fetch there (see docs/fetch.md)"
        ) from None
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise SourcesError(f"{path}: could not be read ({exc.strerror or exc})") from None
    return parse_sources(text, path)


def parse_sources(text: str, path: Path | str) -> list[SourceSpec]:
    """Parse the text of a sources file; ``path`` only names the file in errors."""
    try:
        data = safe_yaml.load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: invalid YAML: {_yaml_problem(exc)}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or "sources" not in data:
        raise SourcesError(
            f"{path}: expected a 'sources:' list, e.g. 'sources:\\n  - url: https://…'"
        )
    extra = sorted(str(key) for key in data if key != "sources")
    if extra:
        raise SourcesError(
            f"{path}: unknown top-level key {safe_yaml.shown(extra[0])} (only 'sources')"
        )
    entries = data["sources"] or []
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'sources' must be a list of entries starting with '- url:'")
    specs: list[SourceSpec] = []
    first_entry: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        spec = _parse_entry(entry, f"{path}: entry {number}")
        if spec.url in first_entry:
            raise SourcesError(
                f"{path}: entry {number} ({spec.url}): field 'url': listed twice "
                f"(also entry {first_entry[spec.url]})"
            )
        first_entry[spec.url] = number
        specs.append(spec)
    return specs


def _parse_entry(entry: Any, where: str) -> SourceSpec:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        raise SourcesError(
            f"{where}: expected 'url: …' and optional fields, got {safe_yaml.shown(entry)}"
        )
    unknown = sorted(str(key) for key in entry if key not in SOURCE_FIELDS)
    if unknown:
        raise SourcesError(
            f"{where}: unknown field {safe_yaml.shown(unknown[0])} "
            f"(allowed: {', '.join(SOURCE_FIELDS)})"
        )
    raw_url = entry.get("url")
    if raw_url is None or (isinstance(raw_url, str) and not raw_url.strip()):
        raise SourcesError(f"{where}: field 'url' is missing — every entry needs 'url: https://…'")
    url = normalise_url(raw_url) if isinstance(raw_url, str) else None
    if url is None:
        raise SourcesError(
            f"{where}: field 'url': {safe_yaml.shown(raw_url)} is not an http(s) address"
        )
    where = f"{where} ({url})"

    municipality = entry.get("municipality")
    if municipality is not None:
        named = municipalities.canonical(str(municipality))
        if named is None or isinstance(municipality, bool):
            raise SourcesError(
                f"{where}: field 'municipality': unknown kommun or region "
                f"{safe_yaml.shown(municipality)}"
            )
        municipality = named

    doc_type = entry.get("doc_type")
    if doc_type is not None:
        doc_type = str(doc_type).strip().casefold()
        if doc_type not in DOC_TYPES:
            raise SourcesError(
                f"{where}: field 'doc_type': {safe_yaml.shown(entry['doc_type'])} is not one of: "
                + ", ".join(DOC_TYPES)
            )

    follow = entry.get("follow_attachments", False)
    if follow is None:
        follow = False
    if not isinstance(follow, bool):
        raise SourcesError(f"{where}: field 'follow_attachments': write true or false")
    return SourceSpec(url, municipality, doc_type, follow)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"{problem} (line {mark.line + 1})" if mark is not None else problem
