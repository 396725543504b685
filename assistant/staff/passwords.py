"""The staff password: a salted scrypt hash on disk, its check, and ``iop set-password``.

Only the hash is stored, in ``<data_dir>/staff_password``, as
``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``, written atomically and readable
by its owner only; a password is checked with ``hmac.compare_digest``. A damaged file
raises :class:`PasswordFileError`, so that the pages stay shut rather than open.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import os
import secrets
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from assistant.core.settings import Settings

PASSWORD_FILE = "staff_password"
MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024

# scrypt cost: n = 2^15, r = 8 needs 32 MiB and about 0.1 s per check.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
# Bounds for parameters read back from the file, so a damaged or hostile file cannot
# make a login attempt allocate gigabytes.
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024


class AuthError(Exception):
    """Base class of the staff password's errors."""


class WeakPasswordError(AuthError, ValueError):
    """A password that may not be set (too short, too long, or empty)."""


class PasswordFileError(AuthError):
    """The stored password hash cannot be read; the message names the file."""


def _normalise(password: str) -> bytes:
    """The password as bytes; NFKC so that the same characters typed on another
    keyboard or system (composed or decomposed å) give the same hash."""
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    memory = 128 * n * r * p + 128 * r * 2  # what OpenSSL asks for, roughly
    return hashlib.scrypt(
        _normalise(password), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=2 * memory
    )


def hash_password(
    password: str,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    salt: bytes | None = None,
) -> str:
    """``scrypt$n$r$p$salt_b64$hash_b64`` for ``password`` with a fresh random salt."""
    _check_parameters(n, r, p)
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(password, salt, n, r, p, KEY_BYTES)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def _check_parameters(n: int, r: int, p: int) -> None:
    if n < 2 or n & (n - 1):
        raise ValueError(f"scrypt n must be a power of two, not {n}")
    if not (1 <= r <= 64 and 1 <= p <= 16) or 128 * n * r * p > _MAX_SCRYPT_MEMORY:
        raise ValueError(f"scrypt parameters out of range: n={n}, r={r}, p={p}")


@dataclass(frozen=True)
class _Parsed:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse(encoded: str, where: str = "password hash") -> _Parsed:
    parts = encoded.strip().split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PasswordFileError(f"{where}: expected 'scrypt$n$r$p$salt$hash'")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        _check_parameters(n, r, p)
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error) as exc:
        raise PasswordFileError(f"{where}: {exc}") from exc
    if len(salt) < 8 or len(digest) < 16:
        raise PasswordFileError(f"{where}: salt or hash too short")
    return _Parsed(n, r, p, salt, digest)


def verify_password(password: str, encoded: str) -> bool:
    """True when ``password`` matches the stored ``encoded`` hash (constant-time compare).

    Raises ``PasswordFileError`` when ``encoded`` is not a valid hash.
    """
    parsed = _parse(encoded)
    if len(password) > MAX_PASSWORD_CHARS:
        return False
    candidate = _scrypt(password, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.digest))
    return hmac.compare_digest(candidate, parsed.digest)


def hash_fingerprint(encoded: str) -> str:
    """A short tag of a stored hash: a login made under another password is void."""
    return hashlib.sha256(encoded.strip().encode()).hexdigest()[:16]


def check_password_strength(password: str) -> None:
    """Raise ``WeakPasswordError`` for a password that may not be set."""
    length = len(unicodedata.normalize("NFKC", password))
    if not password.strip():
        raise WeakPasswordError("the password is empty")
    if length < MIN_PASSWORD_CHARS:
        raise WeakPasswordError(
            f"the password has {length} characters; at least {MIN_PASSWORD_CHARS} are needed"
        )
    if length > MAX_PASSWORD_CHARS:
        raise WeakPasswordError(f"the password is longer than {MAX_PASSWORD_CHARS} characters")


# --- the password file ------------------------------------------------------------


def password_path(settings: Settings) -> Path:
    return settings.data_dir / PASSWORD_FILE


def read_password_hash(settings: Settings) -> str | None:
    """The stored hash, or None when no password is set.

    Raises ``PasswordFileError`` (naming the file) when the file exists but is damaged,
    so that a broken file keeps the pages shut instead of opening them.
    """
    path = password_path(settings)
    try:
        text = path.read_text("utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise PasswordFileError(f"{path}: cannot be read ({exc})") from exc
    _parse(text, str(path))
    return text


def set_staff_password(settings: Settings, password: str) -> Path:
    """Store the salted hash of ``password`` as the staff password; returns the file.

    Refuses short passwords (``WeakPasswordError``). The file is replaced atomically and
    readable by its owner only. Sessions logged in under the old password are logged out.
    """
    check_password_strength(password)
    encoded = hash_password(password)
    path = password_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{PASSWORD_FILE}-", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(encoded + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def run_set_password(
    settings: Settings,
    *,
    stdin: TextIO | None = None,
    stderr: TextIO | None = None,
    ask: Callable[[str], str] = getpass.getpass,
) -> int:
    """``iop set-password``: ask twice (or read one line from a pipe) and store the hash.

    Exit codes: 0 stored, 1 refused (too short, or the two entries differ), 2 no input.
    """
    stdin = stdin or sys.stdin
    err = stderr or sys.stderr
    if stdin.isatty():
        try:
            first = ask(f"New staff password (at least {MIN_PASSWORD_CHARS} characters): ")
            second = ask("Repeat the password: ")
        except (EOFError, KeyboardInterrupt):
            print("\niop set-password: cancelled, nothing changed.", file=err)
            return 2
        if first != second:
            print("iop set-password: the two passwords differ, nothing changed.", file=err)
            return 1
        password = first
    else:
        line = stdin.readline()
        if not line:
            print("iop set-password: no password on standard input.", file=err)
            return 2
        password = line.rstrip("\r\n")
    try:
        path = set_staff_password(settings, password)
    except WeakPasswordError as exc:
        print(f"iop set-password: password refused: {exc}.", file=err)
        return 1
    print(f"Staff password stored (salted scrypt hash) in {path}.", file=err)
    return 0
