"""Document loaders: one ``load`` that checks a file, picks a loader by suffix and types errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.core.documents import LoadedDocument
from assistant.core.settings import LoadLimits
from ingest.errors import (
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    UnsupportedFileError,
)
from ingest.loaders.budget import check_text_length
from ingest.loaders.docx import load_docx
from ingest.loaders.html import load_html
from ingest.loaders.markdown import load_markdown
from ingest.loaders.pdf import load_pdf
from ingest.loaders.text import load_text

Loader = Callable[[bytes, LoadLimits], LoadedDocument]


def _whole(read: Callable[[bytes], LoadedDocument]) -> Loader:
    """A loader whose text cannot outgrow its file: its text is checked once read."""
    return lambda data, _limits: read(data)


_LOADERS: dict[str, tuple[Loader, str]] = {
    ".pdf": (load_pdf, "PDF"),
    ".html": (_whole(load_html), "HTML page"),
    ".htm": (_whole(load_html), "HTML page"),
    ".docx": (load_docx, ".docx file"),
    ".md": (_whole(load_markdown), "Markdown file"),
    ".markdown": (_whole(load_markdown), "Markdown file"),
    ".txt": (_whole(load_text), "text file"),
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_LOADERS)

_MIB = 1024 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_HINTS = {
    ".doc": "old Word .doc files are not supported — save it as .docx",
    ".rtf": "RTF files are not supported — save it as .docx or PDF",
    ".odt": "OpenDocument files are not supported — save it as .docx or PDF",
}


def load(path: Path, limits: LoadLimits) -> LoadedDocument:
    """Load one file, or raise an IngestError subclass with a plain English reason.

    The same limits hold for every format: the file's size, a .docx's unpacked size, and
    the characters of text extracted (PDF and .docx stop reading once over it).
    """
    suffix = path.suffix.lower()
    if suffix not in _LOADERS:
        raise UnsupportedFileError(_unsupported_reason(suffix))
    data = _read_checked(path, limits.max_bytes)
    loader, kind = _LOADERS[suffix]
    try:
        document = loader(data, limits)
    except IngestError:
        raise
    except Exception as error:  # parsers of untrusted files raise anything; none may escape
        raise CorruptFileError(
            f"{kind} could not be read (damaged or not a real {kind})"
        ) from error
    if not document.text.strip():
        raise EmptyFileError(f"{kind} contains no text")
    check_text_length(document.text, limits.max_text_chars)
    return document


def _read_checked(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after the size checks that need no parsing."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(f"file could not be read ({error.strerror or error})") from error
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)  # the file grew between stat and read
    if not data:
        raise EmptyFileError("file is empty (0 bytes)")
    if not data.removeprefix(_UTF8_BOM).strip():
        raise EmptyFileError("file contains only whitespace")
    return data


def _too_large(size: int, max_bytes: int) -> FileTooLargeError:
    """The error for an oversized file: "File is 31.2 MB, over the 25 MB limit"."""
    if max_bytes < _MIB // 10:
        return FileTooLargeError(f"File is {size:,} bytes, over the {max_bytes:,} byte limit")
    limit = f"{max_bytes / _MIB:.1f}".removesuffix(".0")
    return FileTooLargeError(f"File is {size / _MIB:.1f} MB, over the {limit} MB limit")


def _unsupported_reason(suffix: str) -> str:
    if suffix in _HINTS:
        return _HINTS[suffix]
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    name = f"'{suffix}' files are" if suffix else "files without a suffix are"
    return f"{name} not supported (supported: {supported})"
