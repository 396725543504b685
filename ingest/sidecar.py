"""The sidecar ``<file name>.meta.yaml`` next to a document: what municipal staff say about it.

Read and checked here, before any inference: ``read_sidecar`` returns the values in
canonical form or raises ``MetadataError`` naming the sidecar and the field. A key that is
present counts even when its value is null (``date: null``: the document has no date);
``ingest.metadata`` decides what that means for the document's metadata.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.core import municipalities, safe_yaml
from assistant.core.documents import DOC_TYPE_ALIASES, DOC_TYPES, SIDECAR_KEYS, SIDECAR_SUFFIX
from ingest.errors import MetadataError


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` lives: ``x.pdf`` -> ``x.pdf.meta.yaml``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """True for ``*.meta.yaml`` files, which describe a document rather than being one."""
    return path.name.endswith(SIDECAR_SUFFIX)


def _bad(sidecar: Path, field: str, problem: str) -> MetadataError:
    return MetadataError(f"{sidecar}: field '{field[: safe_yaml.ECHO_CHARS]}': {problem}")


def _sidecar_value(sidecar: Path, field: str, value: Any) -> str | None:
    """Check one sidecar value and return it in canonical form."""
    if value is None:
        return None
    if field == "date":
        return _sidecar_date(sidecar, value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _bad(sidecar, field, f"expected a single text value, got {safe_yaml.shown(value)}")
    text = str(value).strip()
    if not text:
        return None
    if field == "municipality":
        name = municipalities.canonical(text)
        if name is None:
            raise _bad(sidecar, field, f"unknown kommun or region {safe_yaml.shown(text)}")
        return name
    if field == "doc_type":
        kind = DOC_TYPE_ALIASES.get(text.casefold(), text.casefold())
        if kind not in DOC_TYPES:
            raise _bad(
                sidecar, field, f"{safe_yaml.shown(text)} is not one of: {', '.join(DOC_TYPES)}"
            )
        return kind
    if field == "source_url" and not re.match(r"https?://\S+$", text):
        raise _bad(sidecar, field, f"{safe_yaml.shown(text)} is not an http(s) address")
    return text


def _sidecar_date(sidecar: Path, value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise _bad(sidecar, "date", f"{safe_yaml.shown(value)} is not a date as YYYY-MM-DD (or null)")


class _SidecarLoader(yaml.SafeLoader):
    """YAML where every value is text or null: a bad date is then reported with its
    field name instead of failing inside the parser, and "title: Nej" stays a string."""


_SidecarLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_sidecar(path: Path) -> dict[str, str | None]:
    """The checked contents of ``path``'s sidecar; {} when it has none.

    Raises ``MetadataError`` naming the sidecar and the field for invalid YAML, unknown
    keys, an unknown municipality or doc_type, a malformed date or a non-http URL.
    """
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        data = safe_yaml.load(sidecar.read_text(encoding="utf-8"), _SidecarLoader)
    except UnicodeDecodeError as exc:
        raise MetadataError(f"{sidecar}: not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        raise MetadataError(f"{sidecar}: invalid YAML: {_yaml_problem(exc)}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError(f"{sidecar}: expected 'key: value' lines, e.g. 'title: ...'")
    unknown = sorted(str(key) for key in data if key not in SIDECAR_KEYS)
    if unknown:
        raise _bad(sidecar, unknown[0], f"unknown key (allowed: {', '.join(SIDECAR_KEYS)})")
    return {key: _sidecar_value(sidecar, key, value) for key, value in data.items()}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"{problem} (line {mark.line + 1})" if mark is not None else problem
