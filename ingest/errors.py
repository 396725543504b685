"""Typed ingest errors: each bad file gets a code (for tests) and a plain reason."""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot be indexed. ``code`` is stable; the message is for people."""

    code = "ingest_error"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnsupportedFileError(IngestError):
    code = "unsupported"


class FileTooLargeError(IngestError):
    code = "too_large"


class TextTooLongError(IngestError):
    code = "too_much_text"


class EmptyFileError(IngestError):
    code = "empty"


class EncryptedFileError(IngestError):
    code = "encrypted"


class CorruptFileError(IngestError):
    code = "corrupt"


class NoTextLayerError(IngestError):
    code = "no_text"


class DecodeError(IngestError):
    code = "undecodable"


class MetadataError(IngestError):
    code = "bad_metadata"
