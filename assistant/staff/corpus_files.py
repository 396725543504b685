"""Files in the corpus folder as the staff pages see them: safe names, paths that stay
inside the folder, all-or-nothing writes, deletion, and the errors that refuse a change.

* :func:`sanitise_file_name` turns an uploaded file's name into a safe one, or refuses
  it: no path separators, no ``..``, no absolute paths, no hidden names; the rest is
  Unicode-normalised and folded to ``a-z 0-9 . _ -`` ("Riktlinjer för IOP.pdf" ->
  "riktlinjer-for-iop.pdf").
* :func:`target_path` and :func:`resolve_document` name a file inside ``corpus_dir``
  and nowhere else (a symlinked folder that leads out is refused).
* :func:`write_atomic` writes through a hidden temporary file and a rename, so readers
  never see half a file; :func:`delete_document` removes a document and its sidecar.

Errors are :class:`CorpusAdminError` subclasses with a stable ``code`` and the file
(``name``) and, for metadata, the ``field`` they concern; nothing is written when one
is raised.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

from assistant.core import municipalities
from assistant.core.documents import SIDECAR_SUFFIX
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.sidecar import sidecar_path

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


def inside_corpus(corpus_dir: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(corpus_dir.resolve())
    except ValueError:
        return False
    return True


def target_path(corpus_dir: Path, municipality: str, file_name: str) -> Path:
    """Where an upload goes: ``<corpus>/<slug>/<sanitised name>``, checked to be inside."""
    name = sanitise_file_name(file_name)
    target = corpus_dir / municipality_folder(municipality) / name
    if not inside_corpus(corpus_dir, target):  # e.g. the folder is a symlink out of the corpus
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
    if not inside_corpus(corpus_dir, path):
        raise NotInCorpusError(f"{rel!r} is outside the corpus folder", name=rel)
    if path.name.endswith(SIDECAR_SUFFIX) or path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise NotInCorpusError(f"{rel!r} is not a document", name=rel)
    return path


def relative(corpus_dir: Path, path: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


# --- writing and deleting -------------------------------------------------------


def write_atomic(target: Path, data: bytes, *, replace: bool) -> None:
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
