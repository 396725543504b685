"""Login for the staff and reviewer pages: pure logic, testable without Streamlit.

Two ways in, closed by default:

* **OIDC** (e.g. Microsoft Entra ID) when ``.streamlit/secrets.toml`` has an ``[auth]``
  section: Streamlit's ``st.login`` does the work; this module only reads the section
  (which providers, who may enter) and names the user for the audit log.
* **A staff password** otherwise, set with ``iop set-password``. Only a salted scrypt
  hash is stored, in ``<data_dir>/staff_password``, as
  ``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``; a password is checked with
  ``hmac.compare_digest``. Failed attempts are counted in ``<data_dir>/auth.sqlite``
  (:class:`LoginThrottle`): each failure makes the next attempt wait longer, and after
  ``lockout_after`` failures the login is locked for a while. The count lives on disk,
  so reloading the page does not reset it.

With neither configured, :func:`login_mode` says ``"none"`` and the pages stay shut.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import importlib.util
import os
import secrets
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

from assistant.core.settings import Settings

__all__ = [
    "MIN_PASSWORD_CHARS",
    "PASSWORD_FILE",
    "AttemptCheck",
    "AuthError",
    "LoginThrottle",
    "PasswordFileError",
    "SessionLogin",
    "WeakPasswordError",
    "authlib_available",
    "check_password_strength",
    "hash_fingerprint",
    "hash_password",
    "login_mode",
    "oidc_allowed",
    "oidc_identity",
    "oidc_providers",
    "password_path",
    "read_password_hash",
    "run_set_password",
    "session_valid",
    "set_staff_password",
    "verify_password",
]

PASSWORD_FILE = "staff_password"
THROTTLE_FILE = "auth.sqlite"
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

LoginMode = Literal["oidc", "password", "none"]


class AuthError(Exception):
    """Base class of the errors in this module."""


class WeakPasswordError(AuthError, ValueError):
    """A password that may not be set (too short, too long, or empty)."""


class PasswordFileError(AuthError):
    """The stored password hash cannot be read; the message names the file."""


# --- password hashing -------------------------------------------------------------


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


# --- throttling failed attempts ---------------------------------------------------


@dataclass(frozen=True)
class AttemptCheck:
    """Whether a login attempt may be made now, and if not, for how long to wait."""

    allowed: bool
    wait_seconds: float = 0.0
    locked: bool = False  # the lockout window, not just the delay after one failure
    failures: int = 0
    delay: float = 0.0  # the delay this failure set (record_failure only)


_THROTTLE_SCHEMA = """
CREATE TABLE IF NOT EXISTS login_failures (
    key           TEXT PRIMARY KEY,   -- who is trying: a client address, or 'global'
    failures      INTEGER NOT NULL,
    last_failure  REAL    NOT NULL,   -- Unix seconds
    retry_at      REAL    NOT NULL    -- no attempt is checked before this moment
);
"""


class LoginThrottle:
    """Failed password attempts per key, in SQLite so that a reload does not reset them.

    The k-th failure in a row makes the next attempt wait ``base_delay * 2**(k-1)``
    seconds (at most ``max_delay``); the ``lockout_after``-th locks the key for
    ``lockout_seconds``. Failures older than ``forget_after`` seconds are forgotten, and
    a successful login clears the key. ``clock`` returns Unix seconds (injectable for
    tests).
    """

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        base_delay: float = 1.0,
        max_delay: float = 30.0,
        lockout_after: int = 5,
        lockout_seconds: float = 15 * 60,
        forget_after: float = 60 * 60,
    ) -> None:
        if lockout_after < 1 or base_delay <= 0:
            raise ValueError("lockout_after must be at least 1 and base_delay positive")
        self.path = Path(path)
        self.clock = clock
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.lockout_after = lockout_after
        self.lockout_seconds = lockout_seconds
        self.forget_after = max(forget_after, lockout_seconds)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(_THROTTLE_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as conn:
            yield conn

    def delay_for(self, failures: int) -> float:
        """The wait after the ``failures``-th failure in a row (before the lockout)."""
        if failures <= 0:
            return 0.0
        return min(self.base_delay * 2 ** (failures - 1), self.max_delay)

    def _row(self, conn: sqlite3.Connection, key: str, now: float) -> tuple[int, float]:
        row = conn.execute(
            "SELECT failures, last_failure, retry_at FROM login_failures WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return 0, 0.0
        failures, last_failure, retry_at = int(row[0]), float(row[1]), float(row[2])
        if now - last_failure > self.forget_after and now >= retry_at:
            return 0, 0.0
        return failures, retry_at

    def check(self, key: str) -> AttemptCheck:
        """May ``key`` try a password now?"""
        now = self.clock()
        with self._connect() as conn:
            failures, retry_at = self._row(conn, key, now)
        if now < retry_at:
            return AttemptCheck(
                allowed=False,
                wait_seconds=retry_at - now,
                locked=failures >= self.lockout_after,
                failures=failures,
            )
        return AttemptCheck(allowed=True, failures=failures)

    def record_failure(self, key: str) -> AttemptCheck:
        """Count a wrong password; returns when the next attempt may be made."""
        now = self.clock()
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                failures, _ = self._row(conn, key, now)
                failures += 1
                locked = failures >= self.lockout_after
                delay = self.lockout_seconds if locked else self.delay_for(failures)
                conn.execute(
                    "INSERT INTO login_failures (key, failures, last_failure, retry_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                    "failures = excluded.failures, last_failure = excluded.last_failure, "
                    "retry_at = excluded.retry_at",
                    (key, failures, now, now + delay),
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return AttemptCheck(
            allowed=False, wait_seconds=delay, locked=locked, failures=failures, delay=delay
        )

    def record_success(self, key: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))


# --- sessions logged in with the password -----------------------------------------


@dataclass(frozen=True)
class SessionLogin:
    """A browser session that gave the right password."""

    who: str
    since: float  # Unix seconds
    fingerprint: str  # hash_fingerprint of the password hash it was checked against


SESSION_MAX_SECONDS = 8 * 60 * 60


def session_valid(
    login: object,
    stored_hash: str | None,
    now: float,
    max_age: float = SESSION_MAX_SECONDS,
) -> bool:
    """A session login holds while the password is unchanged and for ``max_age`` seconds."""
    if not isinstance(login, SessionLogin) or stored_hash is None:
        return False
    if not hmac.compare_digest(login.fingerprint, hash_fingerprint(stored_hash)):
        return False
    return 0 <= now - login.since <= max_age


# --- OIDC (st.login) --------------------------------------------------------------

_SHARED_AUTH_KEYS = {"redirect_uri", "cookie_secret", "expose_tokens", "client_kwargs"}


def login_mode(auth_section: Mapping[str, Any] | None, password_set: bool) -> LoginMode:
    """Which login the pages use: OIDC when ``[auth]`` is configured, else the
    staff password when one is set, else none (and the pages stay shut)."""
    if auth_section:
        return "oidc"
    if password_set:
        return "password"
    return "none"


def oidc_providers(auth_section: Mapping[str, Any]) -> list[str | None]:
    """The providers to offer: named ``[auth.<name>]`` sections, or None for the
    single provider configured directly in ``[auth]``."""
    named: list[str | None] = [
        str(key)
        for key, value in sorted(auth_section.items())
        if isinstance(value, Mapping) and key not in _SHARED_AUTH_KEYS
    ]
    return named or [None]


def authlib_available() -> bool:
    """``st.login`` needs Authlib (``pip install "streamlit[auth]"``)."""
    return importlib.util.find_spec("authlib") is not None


def oidc_identity(user: Mapping[str, Any]) -> str | None:
    """The name the audit log shows for an OIDC user: e-mail, else user name, else name."""
    for claim in ("email", "preferred_username", "upn", "name"):
        value = user.get(claim)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def oidc_allowed(user: Mapping[str, Any], access: Mapping[str, Any] | None) -> bool:
    """May this logged-in user use the staff pages?

    ``access`` is the optional ``[iop_access]`` secrets section with ``allowed_emails``
    and/or ``allowed_domains``. Without it every user the identity provider lets in is
    allowed (with Entra ID: the organisation's own accounts, for a single-tenant app).
    """
    if not user.get("is_logged_in"):
        return False
    emails = {e.strip().casefold() for e in _as_list((access or {}).get("allowed_emails"))}
    domains = {
        d.strip().casefold().lstrip("@") for d in _as_list((access or {}).get("allowed_domains"))
    }
    emails.discard("")
    domains.discard("")
    if not emails and not domains:
        return True
    ids = {
        str(user.get(claim) or "").strip().casefold()
        for claim in ("email", "preferred_username", "upn")
    }
    ids.discard("")
    if ids & emails:
        return True
    return any(i.rpartition("@")[2] in domains for i in ids if "@" in i)
