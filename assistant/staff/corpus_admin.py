"""What the staff page does to the corpus folder: uploads, sidecars, deletions, overview.

Everything here works on paths inside ``corpus_dir`` and nowhere else:

* :func:`sanitise_file_name` turns an uploaded file's name into a safe one, or refuses
  it: no path separators, no ``..``, no absolute paths, no hidden names; the rest is
  Unicode-normalised and folded to ``a-z 0-9 . _ -`` ("Riktlinjer för IOP.pdf" ->
  "riktlinjer-for-iop.pdf").
* :func:`save_upload` writes a file into the municipality's folder (its slug) through a
  hidden temporary file and a rename, after checking the size, the type and that the
  loaders can read it; a name that is taken is refused unless ``replace=True``.
* :func:`write_sidecar` writes ``<file>.meta.yaml`` after checking it with the same
  rules the ingest uses (``ingest.metadata.read_sidecar``).
* :func:`delete_document` removes a document and its sidecar.
* :func:`document_overview` lists files and index state side by side for the page.

Errors are :class:`CorpusAdminError` subclasses with a stable ``code`` and the file
(``name``) and, for metadata, the ``field`` they concern; nothing is written when one
is raised.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

import yaml

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES, SIDECAR_KEYS, SIDECAR_SUFFIX
from assistant.core.settings import Settings
from ingest.errors import IngestError, MetadataError
from ingest.loaders import SUPPORTED_SUFFIXES, load
from ingest.metadata import municipality_from_path, read_sidecar, sidecar_path

MAX_NAME_CHARS = 120
_SAFE_CHARS = re.compile(r"[^a-z0-9._-]+")
_RESERVED_NAMES = {"readme.md", "sources.yaml", "sources.yml"}


class CorpusAdminError(Exception):
    """A refused corpus change. ``code`` is stable; ``name`` the file; ``field`` the field."""

    code = "corpus_admin"

    def __init__(
        self, message: str, *, name: str = "", field: str | None = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.name = name
        self.field = field
        self.detail = detail


class UnsafeFileNameError(CorpusAdminError):
    code = "unsafe_name"


class UnsupportedTypeError(CorpusAdminError):
    code = "unsupported_type"


class FileTooLargeError(CorpusAdminError):
    code = "too_large"


class EmptyUploadError(CorpusAdminError):
    code = "empty"


class UnreadableUploadError(CorpusAdminError):
    code = "unreadable"


class NameTakenError(CorpusAdminError):
    code = "name_taken"


class UnknownMunicipalityError(CorpusAdminError):
    code = "unknown_municipality"


class InvalidMetadataError(CorpusAdminError):
    code = "invalid_metadata"


class NotInCorpusError(CorpusAdminError):
    code = "not_in_corpus"


# --- names and paths --------------------------------------------------------------


def sanitise_file_name(name: str) -> str:
    """A safe corpus file name for the uploaded ``name``, or ``UnsafeFileNameError``.

    Refused outright (they try to leave the folder or hide): any ``/`` or ``\\``, a
    drive or absolute path, ``..``, a leading dot, control characters. The rest is
    NFKC-normalised, accents removed, lower-cased and folded to ``a-z 0-9 . _ -``.
    """
    raw = name or ""
    shown = raw[:200]
    if not raw.strip():
        raise UnsafeFileNameError("the file has no name", name=shown)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in raw):
        raise UnsafeFileNameError("the file name contains control characters", name=shown)
    normalised = unicodedata.normalize("NFKC", raw).strip()
    separators = ("/", "\\", "\u2215", "\u29f8", "\uff0f", "\uff3c")
    if (
        any(sep in normalised for sep in separators)
        or PurePosixPath(normalised).is_absolute()
        or PureWindowsPath(normalised).drive
    ):
        raise UnsafeFileNameError("the file name contains a folder or drive", name=shown)
    if ".." in normalised or normalised.startswith("."):
        raise UnsafeFileNameError("the file name contains '..' or starts with '.'", name=shown)
    suffix = PurePosixPath(normalised).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnsupportedTypeError(
            f"'{suffix or '(none)'}' files are not accepted (accepted: {kinds})",
            name=shown,
            detail=kinds,
        )
    stem = normalised[: -len(suffix)]
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", stem) if not unicodedata.combining(ch)
    )
    folded = folded.casefold().replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
    safe = _SAFE_CHARS.sub("-", folded)
    safe = re.sub(r"-{2,}", "-", safe).strip("-._")
    safe = re.sub(r"\.{2,}", ".", safe)
    max_stem = MAX_NAME_CHARS - len(suffix)
    safe = safe[:max_stem].rstrip("-._")
    if not safe:
        raise UnsafeFileNameError("nothing is left of the file name", name=shown)
    result = safe + suffix
    if result in _RESERVED_NAMES or result.endswith(SIDECAR_SUFFIX):
        raise UnsafeFileNameError("the file name is reserved", name=shown)
    return result


def municipality_folder(municipality: str) -> str:
    """The corpus folder of a kommun or region: its slug ("Malmö" -> "malmo")."""
    name = municipalities.canonical(municipality or "")
    if name is None:
        raise UnknownMunicipalityError(
            f"unknown kommun or region {municipality!r}", field="municipality"
        )
    return municipalities.slug(name)


def _inside(corpus_dir: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(corpus_dir.resolve())
    except ValueError:
        return False
    return True


def target_path(corpus_dir: Path, municipality: str, file_name: str) -> Path:
    """Where an upload goes: ``<corpus>/<slug>/<sanitised name>``, checked to be inside."""
    name = sanitise_file_name(file_name)
    target = corpus_dir / municipality_folder(municipality) / name
    if not _inside(corpus_dir, target):  # e.g. the folder is a symlink out of the corpus
        raise UnsafeFileNameError("the target is outside the corpus folder", name=file_name)
    return target


def resolve_document(corpus_dir: Path, rel: str) -> Path:
    """The corpus file ``rel`` (as the catalogue names it), refusing anything outside."""
    parts = PurePosixPath(rel.replace("\\", "/")).parts if rel else ()
    if (
        not parts
        or PurePosixPath(rel).is_absolute()
        or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
    ):
        raise NotInCorpusError(f"{rel!r} is not a path inside the corpus folder", name=rel)
    path = corpus_dir.joinpath(*parts)
    if not _inside(corpus_dir, path):
        raise NotInCorpusError(f"{rel!r} is outside the corpus folder", name=rel)
    if path.name.endswith(SIDECAR_SUFFIX) or path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise NotInCorpusError(f"{rel!r} is not a document", name=rel)
    return path


def relative(corpus_dir: Path, path: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


# --- writing ----------------------------------------------------------------------


def _write_atomic(target: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` to ``target`` via a hidden temporary file in the same folder.

    Without ``replace`` the final step is a hard link, which fails if the name was
    taken meanwhile; with it, ``os.replace``. Readers never see half a file.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError as exc:
                raise NameTakenError(f"{target.name} already exists", name=target.name) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _check_readable(name: str, data: bytes, max_bytes: int) -> None:
    """Let the ingest's own loaders read the upload first: refuse what it cannot index.

    The trial copy goes to a private temporary folder, never into the corpus.
    """
    with tempfile.TemporaryDirectory(prefix="iop-upload-") as tmp:
        probe = Path(tmp) / name
        probe.write_bytes(data)
        try:
            load(probe, max_bytes)
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
    max_bytes: int,
    replace: bool = False,
    metadata: Mapping[str, str | None] | None = None,
) -> SavedUpload:
    """Store an uploaded document in ``<corpus>/<municipality slug>/``.

    The municipality is written to the sidecar (with any other ``metadata`` given), so
    the document belongs to the chosen municipality whatever its text says. Raises a
    ``CorpusAdminError`` and writes nothing when the name, size, type, content or
    metadata is refused, or when the name is taken and ``replace`` is False.
    """
    target = check_upload(corpus_dir, municipality, file_name, len(data), max_bytes)
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
    sidecar_text = _sidecar_yaml(target.name, values)

    _check_readable(target.name, data, max_bytes)
    existed = target.exists()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not _inside(corpus_dir, target.parent):
        raise UnsafeFileNameError("the target is outside the corpus folder", name=file_name)
    _write_atomic(target, data, replace=replace)
    _write_atomic(sidecar_path(target), sidecar_text.encode("utf-8"), replace=True)
    return SavedUpload(target, relative(corpus_dir, target), existed, len(data))


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


def _sidecar_yaml(name: str, values: Mapping[str, object]) -> str:
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
            message = str(exc).split(": ", 1)[-1]
            found = re.search(r"field '([^']+)'", message)
            field = found.group(1) if found else None
            problem = message.split(": ", 1)[-1] if found else message
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
        message = str(exc).split(": ", 1)[-1]
        found = re.search(r"field '([^']+)'", message)
        raise InvalidMetadataError(
            f"{rel}: {message}", name=rel, field=found.group(1) if found else None, detail=message
        ) from exc


def write_sidecar(corpus_dir: Path, rel: str, values: Mapping[str, object]) -> Path:
    """Write the document's sidecar from ``values`` (keys of ``SIDECAR_KEYS``).

    A value of "" leaves the key out (the ingest infers it); None writes ``null`` (for
    ``date``: the document has no date). Checked before anything is written.
    """
    path = resolve_document(corpus_dir, rel)
    if not path.is_file():
        raise NotInCorpusError(f"{rel} does not exist", name=rel)
    text = _sidecar_yaml(path.name, values)
    target = sidecar_path(path)
    _write_atomic(target, text.encode("utf-8"), replace=True)
    return target


def delete_document(corpus_dir: Path, rel: str) -> list[Path]:
    """Delete the document ``rel`` and its sidecar; returns what was deleted."""
    path = resolve_document(corpus_dir, rel)
    if not path.is_file():
        raise NotInCorpusError(f"{rel} does not exist", name=rel)
    deleted = []
    for victim in (path, sidecar_path(path)):
        try:
            victim.unlink()
            deleted.append(victim)
        except FileNotFoundError:
            pass
    return deleted


# --- overview ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentStatus:
    """One document as the staff page lists it."""

    source: str
    municipality: str | None
    title: str
    doc_type: str | None
    date: str | None
    chunks: int | None
    indexed_at: float | None
    state: str  # indexed, changed, new, failed, removed
    error: str | None = None


def document_overview(settings: Settings) -> list[DocumentStatus]:
    """Corpus files and what the index knows of them, by path."""
    from assistant.staff.indexing import indexed
    from ingest.pipeline import scan_corpus

    corpus = settings.corpus_dir
    files, _ = scan_corpus(corpus) if corpus.is_dir() else ([], [])
    indexed_documents, indexed_failures = indexed(settings)
    documents = {d.source: d for d in indexed_documents}
    failures = {f.source: f for f in indexed_failures}
    rows: list[DocumentStatus] = []
    on_disk = {f.rel: f for f in files}
    for rel in sorted(set(on_disk) | set(documents) | set(failures)):
        doc, failure, file = documents.get(rel), failures.get(rel), on_disk.get(rel)
        if file is None:
            state = "removed"
        elif failure is not None:
            state = "failed"
        elif doc is None:
            state = "new"
        elif (doc.size, doc.mtime_ns, doc.extra.get("sidecar", "")) != (
            file.size,
            file.mtime_ns,
            file.sidecar_stamp,
        ):
            state = "changed"
        else:
            state = "indexed"
        if doc is not None:
            rows.append(
                DocumentStatus(
                    rel,
                    doc.municipality,
                    doc.title,
                    doc.doc_type,
                    doc.date,
                    doc.chunk_count,
                    doc.indexed_at,
                    state,
                    failure.reason if failure else None,
                )
            )
            continue
        sidecar: dict[str, str | None] = {}
        if file is not None:
            try:
                sidecar = read_sidecar(file.path)
            except MetadataError:
                sidecar = {}
        rows.append(
            DocumentStatus(
                rel,
                sidecar.get("municipality") or municipality_from_path(rel),
                sidecar.get("title") or PurePosixPath(rel).name,
                sidecar.get("doc_type"),
                sidecar.get("date"),
                None,
                None,
                state,
                failure.reason if failure else None,
            )
        )
    return rows


__all__ = [
    "DOC_TYPES",
    "SIDECAR_KEYS",
    "CorpusAdminError",
    "DocumentStatus",
    "EmptyUploadError",
    "FileTooLargeError",
    "InvalidMetadataError",
    "NameTakenError",
    "NotInCorpusError",
    "SavedUpload",
    "UnknownMunicipalityError",
    "UnreadableUploadError",
    "UnsafeFileNameError",
    "UnsupportedTypeError",
    "check_upload",
    "delete_document",
    "document_overview",
    "municipality_folder",
    "read_metadata",
    "resolve_document",
    "sanitise_file_name",
    "save_upload",
    "target_path",
    "write_sidecar",
]
