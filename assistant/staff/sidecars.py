"""Editing a document's sidecar (``<file>.meta.yaml``) from the staff page.

Every sidecar is checked with the ingest's own rules (``ingest.metadata.read_sidecar``)
before it is written, so staff cannot save one that the ingest would refuse.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

import yaml

from assistant.core.documents import SIDECAR_KEYS
from assistant.staff.corpus_files import (
    InvalidMetadataError,
    NotInCorpusError,
    resolve_document,
    write_atomic,
)
from ingest.errors import MetadataError
from ingest.sidecar import read_sidecar, sidecar_path


def _refusal(exc: MetadataError) -> tuple[str, str | None, str]:
    """The ingest's refusal without its file name: (message, the field it names, the
    problem with that field)."""
    message = str(exc).split(": ", 1)[-1]
    found = re.search(r"field '([^']+)'", message)
    problem = message.split(": ", 1)[-1] if found else message
    return message, found.group(1) if found else None, problem


def _clean_values(values: Mapping[str, object]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for key, value in values.items():
        if key not in SIDECAR_KEYS:
            raise InvalidMetadataError(
                f"unknown field {key!r} (allowed: {', '.join(SIDECAR_KEYS)})", field=key
            )
        if value is None:
            out[key] = None
            continue
        text = str(value).strip()
        if "\n" in text or "\r" in text:
            raise InvalidMetadataError(f"field {key!r} must be one line", field=key)
        out[key] = text
    return out


def sidecar_yaml(name: str, values: Mapping[str, object]) -> str:
    """The YAML for ``values``, checked with the ingest's own sidecar rules."""
    clean = _clean_values(values)
    # Empty text means "not set": leave the key out, so the ingest infers the value.
    # None is kept where it means something ("date: null" = the document has no date).
    data = {k: clean[k] for k in SIDECAR_KEYS if k in clean and clean[k] != ""}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / name
        sidecar_path(probe).write_text(text, "utf-8")
        try:
            read_sidecar(probe)
        except MetadataError as exc:
            message, field, problem = _refusal(exc)
            raise InvalidMetadataError(
                f"{name}: {message}", name=name, field=field, detail=problem
            ) from exc
    return text


def read_metadata(corpus_dir: Path, rel: str) -> dict[str, str | None]:
    """The document's sidecar values ({} without one); ``InvalidMetadataError`` if broken."""
    path = resolve_document(corpus_dir, rel)
    try:
        return read_sidecar(path)
    except MetadataError as exc:
        # The whole message: a broken sidecar is shown before any field is edited.
        message, field, _ = _refusal(exc)
        raise InvalidMetadataError(
            f"{rel}: {message}", name=rel, field=field, detail=message
        ) from exc


def write_sidecar(corpus_dir: Path, rel: str, values: Mapping[str, object]) -> Path:
    """Write the document's sidecar from ``values`` (keys of ``SIDECAR_KEYS``).

    A value of "" leaves the key out (the ingest infers it); None writes ``null`` (for
    ``date``: the document has no date). Checked before anything is written.
    """
    path = resolve_document(corpus_dir, rel)
    if not path.is_file():
        raise NotInCorpusError(f"{rel} does not exist", name=rel)
    text = sidecar_yaml(path.name, values)
    target = sidecar_path(path)
    write_atomic(target, text.encode("utf-8"), replace=True)
    return target


def describe_changes(before: Mapping[str, object], after: Mapping[str, object]) -> list[str]:
    """ "field: old → new" for each sidecar field that was set, unset or changed (for
    the audit log); a field that is not set shows as "–"."""
    return [
        f"{k}: {before.get(k, '–')!s} → {after.get(k, '–')!s}"
        for k in SIDECAR_KEYS
        if (k in before, before.get(k)) != (k in after, after.get(k))
    ]
