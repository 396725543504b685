"""Fetched files in the corpus: their names, staging, atomic writes and sidecars.

A download is written to a staging folder inside the corpus (the same file system), checked
there, and moved into place in one ``os.replace``, so the ingest never reads half a file.
The staging folder starts with a dot, so the ingest skips it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from assistant.core import municipalities, safe_yaml
from assistant.core.documents import SIDECAR_SUFFIX

WEB_FOLDER = "web"
STAGING_FOLDER = ".fetch-tmp"


def url_filename(url: str, suffix: str, unique: bool = False) -> str:
    """A readable, ASCII file name for ``url``.

    ``https://www.lund.se/omsorg/iop`` -> ``lund-se-omsorg-iop.html``. A query string, a
    long address or ``unique`` (two addresses that slugify alike) adds a short hash of
    the whole address, so different addresses never share a name.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = unquote(parts.path)
    for ending in (suffix, ".html", ".htm"):
        if path.lower().endswith(ending):
            path = path[: -len(ending)]
            break
    raw = " ".join(str(p) for p in (host, parts.port or "", path, unquote(parts.query)) if p)
    slug = re.sub(r"[^a-z0-9]+", "-", municipalities.fold(raw).casefold()).strip("-")
    digest = hashlib.sha256(url.encode()).hexdigest()[:8]
    if unique or parts.query or len(slug) > 80 or not slug:
        slug = f"{slug[:80].rstrip('-')}-{digest}".lstrip("-")
    return slug + suffix


def sidecar_text(
    source_url: str, municipality: str | None, doc_type: str | None, title: str | None
) -> str:
    """The sidecar written next to a fetched file (keys of ingest.metadata.SIDECAR_KEYS)."""
    values: dict[str, str] = {}
    if municipality:
        values["municipality"] = municipality
    if title:
        values["title"] = title
    if doc_type:
        values["doc_type"] = doc_type
    values["source_url"] = source_url
    body = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
    return "# Written by `iop fetch`; edit sources.yaml instead (this file is rewritten).\n" + body


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def sidecar_of(path: Path) -> Path:
    """``x.pdf`` -> ``x.pdf.meta.yaml``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar_values(path: Path) -> dict[str, Any]:
    """The sidecar's values as written (best effort: {} when absent or unreadable)."""
    try:
        data = safe_yaml.load(sidecar_of(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def write_sidecar(path: Path, text: str) -> None:
    """Write the sidecar of ``path`` when its text differs from what is there."""
    sidecar = sidecar_of(path)
    try:
        if sidecar.read_text(encoding="utf-8") == text:
            return  # unchanged: keep its mtime, so the ingest need not look again
    except (OSError, UnicodeDecodeError):
        pass
    atomic_write(sidecar, text.encode("utf-8"))


@contextmanager
def staged(corpus: Path, data: bytes, suffix: str) -> Iterator[Path]:
    """``data`` in a temporary file of the staging folder; gone afterwards unless placed."""
    folder = corpus / STAGING_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"{uuid.uuid4().hex}{suffix}"
    try:
        tmp.write_bytes(data)
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def place(staged_file: Path, target: Path, sidecar: str) -> None:
    """Move a staged file to ``target`` (replacing the old version), its sidecar first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_sidecar(target, sidecar)
    os.replace(staged_file, target)


def clear_staging(corpus: Path) -> None:
    shutil.rmtree(corpus / STAGING_FOLDER, ignore_errors=True)


def remove_stored(corpus: Path, rel: str) -> None:
    """Delete a stored file and its sidecar (best effort)."""
    path = corpus / rel
    for doomed in (path, sidecar_of(path)):
        with suppress(OSError):
            doomed.unlink(missing_ok=True)
