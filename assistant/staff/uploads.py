"""Uploading a document to the corpus folder from the staff page.

:func:`save_upload` writes a file into the municipality's folder (its slug) through a
hidden temporary file and a rename, after checking the size, the type and that the
ingest's loaders can read it, and writes its sidecar (the municipality, and any other
metadata given). A name that is taken is refused unless ``replace=True``.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.core import municipalities
from assistant.core.settings import LoadLimits
from assistant.staff.corpus_files import (
    EmptyUploadError,
    FileTooLargeError,
    NameTakenError,
    UnreadableUploadError,
    UnsafeFileNameError,
    inside_corpus,
    relative,
    target_path,
    write_atomic,
)
from assistant.staff.sidecars import sidecar_yaml
from ingest.errors import IngestError, MetadataError
from ingest.loaders import SUPPORTED_SUFFIXES, load
from ingest.sidecar import read_sidecar, sidecar_path

# The file types the upload field offers, as Streamlit wants them ("pdf", "docx", ...).
ACCEPTED_TYPES = tuple(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))


def _check_readable(name: str, data: bytes, limits: LoadLimits) -> None:
    """Let the ingest's own loaders read the upload first: refuse what it cannot index.

    The trial copy goes to a private temporary folder, never into the corpus.
    """
    with tempfile.TemporaryDirectory(prefix="iop-upload-") as tmp:
        probe = Path(tmp) / name
        probe.write_bytes(data)
        try:
            load(probe, limits)
        except IngestError as exc:
            raise UnreadableUploadError(exc.reason, name=name, detail=exc.reason) from exc


@dataclass(frozen=True)
class SavedUpload:
    path: Path
    rel: str  # relative to the corpus folder, as the catalogue will name it
    replaced: bool
    size: int


def check_upload(
    corpus_dir: Path, municipality: str, file_name: str, size: int, max_bytes: int
) -> Path:
    """The target of an upload if its name, municipality and size are acceptable."""
    target = target_path(corpus_dir, municipality, file_name)
    if size > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise FileTooLargeError(
            f"{target.name} is {size / (1024 * 1024):.1f} MB, over the {limit:g} MB limit",
            name=target.name,
            detail=f"{limit:g}",
        )
    if size == 0:
        raise EmptyUploadError(f"{target.name} is empty", name=target.name)
    return target


def save_upload(
    corpus_dir: Path,
    municipality: str,
    file_name: str,
    data: bytes,
    *,
    limits: LoadLimits,
    replace: bool = False,
    metadata: Mapping[str, str | None] | None = None,
) -> SavedUpload:
    """Store an uploaded document in ``<corpus>/<municipality slug>/``.

    The municipality is written to the sidecar (with any other ``metadata`` given), so
    the document belongs to the chosen municipality whatever its text says. Raises a
    ``CorpusAdminError`` and writes nothing when the name, size, type, content or
    metadata is refused, or when the name is taken and ``replace`` is False.
    """
    target = check_upload(corpus_dir, municipality, file_name, len(data), limits.max_bytes)
    canonical = municipalities.canonical(municipality)
    assert canonical is not None  # checked by target_path
    values: dict[str, str | None] = {}
    if target.exists():
        if not replace:
            raise NameTakenError(f"{target.name} already exists", name=target.name)
        with contextlib.suppress(MetadataError):  # a broken old sidecar is replaced
            values.update(read_sidecar(target))
    values.update({k: v for k, v in (metadata or {}).items()})
    values["municipality"] = canonical
    sidecar_text = sidecar_yaml(target.name, values)

    _check_readable(target.name, data, limits)
    existed = target.exists()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not inside_corpus(corpus_dir, target.parent):
        raise UnsafeFileNameError("the target is outside the corpus folder", name=file_name)
    write_atomic(target, data, replace=replace)
    write_atomic(sidecar_path(target), sidecar_text.encode("utf-8"), replace=True)
    return SavedUpload(target, relative(corpus_dir, target), existed, len(data))


def audit_detail(saved: SavedUpload, municipality: str, metadata: Mapping[str, object]) -> str:
    """What the audit log says of an upload: the kommun, the size and the metadata given."""
    detail = f"{municipality}, {saved.size} byte"
    if metadata:
        detail += ", " + ", ".join(f"{k}={v}" for k, v in metadata.items())
    if saved.replaced:
        detail += " (ersatte befintlig fil)"
    return detail
