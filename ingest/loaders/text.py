"""Plain-text loader: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""

from __future__ import annotations

import codecs
import re

from assistant.core.documents import LoadedDocument, PageText
from ingest.clean import join_broken_lines
from ingest.errors import DecodeError

_NOT_TEXT = "file is not valid UTF-8 or Windows-1252 text"
_MAX_BAD_UTF8_SHARE = 0.01  # a stray byte or two in an otherwise UTF-8 file is not worth losing it
_MAX_SYMBOL_SHARE = 0.05  # Windows-1252 bytes 0x80–0xBF are punctuation and symbols, rare in prose
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SYMBOL_BYTES = re.compile(rb"[\x80-\xbf]")
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def load_text(data: bytes) -> LoadedDocument:
    """Read a .txt file as one page with lines broken mid-sentence rejoined."""
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return LoadedDocument(pages=(PageText(page=None, text=join_broken_lines(text)),))


def decode_text(data: bytes) -> str:
    """Decode text bytes, or raise DecodeError with a plain reason."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError("file is not valid UTF-16 text") from None
    if b"\x00" in data:
        raise DecodeError("file is binary, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _decode_broken_utf8(data) or _decode_cp1252(data)


def _decode_broken_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a cut-off last character, a stray byte), else None."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if _NON_ASCII.search(text) and bad <= max(1, len(text) * _MAX_BAD_UTF8_SHARE):
        return text.replace("\ufffd", "")
    return None


def _decode_cp1252(data: bytes) -> str:
    if not _looks_like_text(data):
        raise DecodeError(_NOT_TEXT)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError(_NOT_TEXT) from None


def _looks_like_text(data: bytes) -> bool:
    if _CONTROL_BYTES.search(data):
        return False
    return len(_SYMBOL_BYTES.findall(data)) <= len(data) * _MAX_SYMBOL_SHARE
