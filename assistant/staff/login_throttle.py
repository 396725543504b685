"""Failed staff-password attempts, counted on disk so that a reload does not reset them.

Each failure makes the next attempt wait longer, and after ``lockout_after`` failures
the login is locked for a while (:class:`LoginThrottle`, in ``<data_dir>/auth.sqlite``).
:class:`PasswordAttempts` is what the login form asks: failures count per client
address and, because an address can be spoofed or shared behind a proxy, also for all
clients together with a higher lockout limit.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.core.storage import connect, write_transaction

log = logging.getLogger(__name__)

THROTTLE_FILE = "auth.sqlite"
ALL_CLIENTS_KEY = "all"
ALL_CLIENTS_LOCKOUT_AFTER = 20


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
        with self._connect() as conn:
            conn.executescript(_THROTTLE_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with connect(self.path) as conn:
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
        with self._connect() as conn, write_transaction(conn):
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
        return AttemptCheck(
            allowed=False, wait_seconds=delay, locked=locked, failures=failures, delay=delay
        )

    def record_success(self, key: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))


def _worst(checks: list[AttemptCheck]) -> AttemptCheck:
    return max(checks, key=lambda c: (c.locked, c.wait_seconds))


class PasswordAttempts:
    """One client's password attempts, held back by its own throttle and by everyone's."""

    def __init__(self, path: Path, client_key: str) -> None:
        self.client_key = client_key
        self.client = LoginThrottle(path)
        self.everyone = LoginThrottle(path, lockout_after=ALL_CLIENTS_LOCKOUT_AFTER)

    def check(self) -> AttemptCheck:
        """Allowed, or the longest wait (a lockout before a delay) of the two throttles."""
        checks = [self.client.check(self.client_key), self.everyone.check(ALL_CLIENTS_KEY)]
        refused = [c for c in checks if not c.allowed]
        return _worst(refused) if refused else checks[0]

    def record_failure(self) -> AttemptCheck:
        """Count a wrong password in both; returns the longer wait."""
        mine = self.client.record_failure(self.client_key)
        everyone = self.everyone.record_failure(ALL_CLIENTS_KEY)
        log.warning("wrong staff password (%d in a row from %s)", mine.failures, self.client_key)
        return _worst([mine, everyone])

    def record_success(self) -> None:
        """Clear this client's failures; everyone's count decays by itself."""
        self.client.record_success(self.client_key)
