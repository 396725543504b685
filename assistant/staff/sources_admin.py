"""Editing corpus/sources.yaml from the staff page: add and remove web sources.

The file stays the single list `iop fetch` reads; every change is validated with the
fetcher's own parser before it is written (atomically), so staff cannot save a file
that `iop fetch` would refuse.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.core.settings import Settings
from ingest.fetch.sources import SOURCES_FILE, SourcesError, SourceSpec, parse_sources
from ingest.fetch.state import read_fetch_state

HEADER = "# Web sources for `iop fetch` (docs/fetch.md). Edited by hand or on the staff page.\n"


def sources_path(settings: Settings) -> Path:
    return settings.corpus_dir / SOURCES_FILE


def read_sources(settings: Settings) -> list[SourceSpec]:
    """The listed sources ([] when there is no file yet); SourcesError if it is broken."""
    path = sources_path(settings)
    if not path.exists():
        return []
    return parse_sources(path.read_text("utf-8"), path)


@dataclass(frozen=True)
class SourceRow:
    """A listed source with how its last fetch went (times ISO 8601 UTC, "" for never)."""

    url: str
    municipality: str
    fetched_at: str
    checked_at: str
    last_error: str


def source_rows(settings: Settings) -> list[SourceRow]:
    """The listed sources beside their fetch state; SourcesError if the list is broken."""
    state = {s.url: s for s in read_fetch_state(settings)}
    rows = []
    for spec in read_sources(settings):
        seen = state.get(spec.url)
        rows.append(
            SourceRow(
                spec.url,
                spec.municipality or "",
                (seen.fetched_at or "") if seen else "",
                (seen.checked_at or "") if seen else "",
                (seen.last_error or "") if seen else "",
            )
        )
    return rows


def _entry(spec: SourceSpec) -> dict[str, Any]:
    entry: dict[str, Any] = {"url": spec.url}
    if spec.municipality:
        entry["municipality"] = spec.municipality
    if spec.doc_type:
        entry["doc_type"] = spec.doc_type
    if spec.follow_attachments:
        entry["follow_attachments"] = True
    return entry


def write_sources(settings: Settings, specs: list[SourceSpec]) -> None:
    path = sources_path(settings)
    text = HEADER + yaml.safe_dump(
        {"sources": [_entry(s) for s in specs]}, allow_unicode=True, sort_keys=False
    )
    parse_sources(text, path)  # refuse to write what `iop fetch` would refuse
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sources-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def add_source(
    settings: Settings,
    url: str,
    municipality: str | None = None,
    doc_type: str | None = None,
    follow_attachments: bool = False,
) -> SourceSpec:
    """Append a source; SourcesError names the field when the entry is not valid."""
    specs = read_sources(settings)
    candidate = {"url": url.strip()}
    if municipality:
        candidate["municipality"] = municipality
    if doc_type:
        candidate["doc_type"] = doc_type
    text = yaml.safe_dump(
        {"sources": [candidate | ({"follow_attachments": True} if follow_attachments else {})]},
        allow_unicode=True,
    )
    (spec,) = parse_sources(text, sources_path(settings))
    if any(s.url == spec.url for s in specs):
        raise SourcesError(f"{sources_path(settings)}: {spec.url} is already listed")
    write_sources(settings, [*specs, spec])
    return spec


def remove_source(settings: Settings, url: str) -> bool:
    """Drop a source from the list (its fetched files stay until staff delete them)."""
    specs = read_sources(settings)
    kept = [s for s in specs if s.url != url]
    if len(kept) == len(specs):
        return False
    write_sources(settings, kept)
    return True
