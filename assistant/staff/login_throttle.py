"""Failed staff-password attempts, counted on disk so that a reload does not reset them.

Each failure makes the next attempt wait longer (:class:`LoginThrottle`, in
``<data_dir>/auth.sqlite``); nothing locks the login for everyone. :class:`PasswordAttempts`
is what the login form calls: one attempt is one atomic step, reserved in SQLite under
``BEGIN IMMEDIATE`` before the password is checked, so guesses sent in parallel cannot
all pass the throttle before the first of them is counted. Failures count per client
address (which waits from the first failure) and for the staff account from all clients
together (which waits only after a burst, so that one client cannot slow the others).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.core.storage import connect, write_transaction

log = logging.getLogger(__name__)

THROTTLE_FILE = "auth.sqlite"
ACCOUNT_KEY = "account:staff"
# One client waits from its first failure, and at most 5 minutes; the account waits
# only after 20 failures from anywhere within the hour, and at most 1 minute, so that a
# client that keeps guessing takes few of the account's turns and staff elsewhere wait
# at most a minute.
CLIENT_MAX_DELAY = 5 * 60.0
ACCOUNT_BURST = 20
ACCOUNT_MAX_DELAY = 60.0


@dataclass(frozen=True)
class AttemptCheck:
    """Whether a login attempt may be made now, and if not, for how long to wait."""

    allowed: bool
    wait_seconds: float = 0.0
    failures: int = 0
    delay: float = 0.0  # the delay this failure set (record_failure only)


@dataclass(frozen=True)
class LoginAttempt:
    """The outcome of one password attempt."""

    ok: bool
    checked: bool  # False: refused by the throttle, the password was not looked at
    wait_seconds: float = 0.0  # until this client may try again (when not ok)


@dataclass(frozen=True)
class FailureRow:
    """One key's stored failures."""

    failures: int = 0
    last_failure: float = 0.0  # Unix seconds
    retry_at: float = 0.0  # no attempt is checked before this moment


_THROTTLE_SCHEMA = """
CREATE TABLE IF NOT EXISTS login_failures (
    key           TEXT PRIMARY KEY,   -- who is trying: 'ip:<address>', or 'account:staff'
    failures      INTEGER NOT NULL,
    last_failure  REAL    NOT NULL,   -- Unix seconds
    retry_at      REAL    NOT NULL    -- no attempt is checked before this moment
);
"""


class LoginThrottle:
    """Failed password attempts per key, with a delay that grows with each failure.

    The first ``burst - 1`` failures in a row cost nothing; from the ``burst``-th on, the
    next attempt waits ``base_delay * 2**(k - burst)`` seconds after the k-th failure, at
    most ``max_delay``. Failures older than ``forget_after`` seconds are forgotten, and a
    successful login clears the key. ``clock`` returns Unix seconds (injectable for tests).
    The methods taking a connection run inside the caller's write transaction.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        base_delay: float = 1.0,
        max_delay: float = CLIENT_MAX_DELAY,
        burst: int = 1,
        forget_after: float = 60 * 60,
    ) -> None:
        if burst < 1 or base_delay <= 0:
            raise ValueError("burst must be at least 1 and base_delay positive")
        self.path = Path(path)
        self.clock = clock
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.burst = burst
        self.forget_after = max(forget_after, max_delay)
        with connect(self.path) as conn:
            conn.executescript(_THROTTLE_SCHEMA)

    def delay_for(self, failures: int) -> float:
        """The wait after the ``failures``-th failure in a row."""
        if failures < self.burst:
            return 0.0
        return min(self.base_delay * 2 ** (failures - self.burst), self.max_delay)

    def read(self, conn: sqlite3.Connection, key: str, now: float) -> FailureRow:
        row = conn.execute(
            "SELECT failures, last_failure, retry_at FROM login_failures WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return FailureRow()
        found = FailureRow(int(row[0]), float(row[1]), float(row[2]))
        if now - found.last_failure > self.forget_after and now >= found.retry_at:
            return FailureRow()
        return found

    def count_failure(
        self, conn: sqlite3.Connection, key: str, now: float
    ) -> tuple[FailureRow, FailureRow]:
        """Count one more failure for ``key``; returns the row before and after."""
        before = self.read(conn, key, now)
        failures = before.failures + 1
        after = FailureRow(failures, now, now + self.delay_for(failures))
        conn.execute(
            "INSERT INTO login_failures (key, failures, last_failure, retry_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "failures = excluded.failures, last_failure = excluded.last_failure, "
            "retry_at = excluded.retry_at",
            (key, after.failures, after.last_failure, after.retry_at),
        )
        return before, after

    def uncount(
        self, conn: sqlite3.Connection, key: str, before: FailureRow, after: FailureRow
    ) -> None:
        """Take back a failure counted in advance: the row as it was when nobody has
        counted since, else one failure fewer (the later attempts keep their waits)."""
        restored = conn.execute(
            "UPDATE login_failures SET failures = ?, last_failure = ?, retry_at = ? "
            "WHERE key = ? AND failures = ? AND retry_at = ?",
            (
                before.failures,
                before.last_failure,
                before.retry_at,
                key,
                after.failures,
                after.retry_at,
            ),
        ).rowcount
        if not restored:
            conn.execute(
                "UPDATE login_failures SET failures = MAX(failures - 1, 0) WHERE key = ?", (key,)
            )
        conn.execute("DELETE FROM login_failures WHERE key = ? AND failures = 0", (key,))

    def clear(self, conn: sqlite3.Connection, key: str) -> None:
        conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))

    def check(self, key: str) -> AttemptCheck:
        """May ``key`` try a password now? (Only a look: the login reserves its attempt.)"""
        now = self.clock()
        with connect(self.path) as conn:
            row = self.read(conn, key, now)
        if now < row.retry_at:
            return AttemptCheck(
                allowed=False, wait_seconds=row.retry_at - now, failures=row.failures
            )
        return AttemptCheck(allowed=True, failures=row.failures)

    def record_failure(self, key: str) -> AttemptCheck:
        """Count a wrong password; returns when the next attempt may be made."""
        now = self.clock()
        with connect(self.path) as conn, write_transaction(conn):
            _, after = self.count_failure(conn, key, now)
        delay = after.retry_at - now
        return AttemptCheck(allowed=False, wait_seconds=delay, failures=after.failures, delay=delay)

    def record_success(self, key: str) -> None:
        with connect(self.path) as conn:
            self.clear(conn, key)


class PasswordAttempts:
    """One client's password attempts, held back by its own throttle and the account's."""

    def __init__(
        self, path: Path, client_key: str, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = path
        self.client_key = client_key
        self.clock = clock
        self.client = LoginThrottle(path, clock=clock)
        self.account = LoginThrottle(
            path, clock=clock, burst=ACCOUNT_BURST, max_delay=ACCOUNT_MAX_DELAY
        )

    def attempt(self, verify: Callable[[], bool]) -> LoginAttempt:
        """Reserve an attempt, run ``verify`` (the password check), record the outcome.

        The reservation checks both throttles and counts a failure for both in one
        ``BEGIN IMMEDIATE`` transaction, so a parallel attempt sees it and waits; a right
        password then takes it back. ``verify`` runs outside the transaction (scrypt takes
        about 0.1 s), and when it raises the attempt stays counted as a failure.
        """
        with connect(self.path) as conn:
            with write_transaction(conn):
                now = self.clock()  # after the lock: a wait for it does not age the reading
                client = self.client.read(conn, self.client_key, now)
                account = self.account.read(conn, ACCOUNT_KEY, now)
                wait = max(client.retry_at, account.retry_at) - now
                if wait > 0:
                    return LoginAttempt(ok=False, checked=False, wait_seconds=wait)
                _, client_after = self.client.count_failure(conn, self.client_key, now)
                account_before, account_after = self.account.count_failure(conn, ACCOUNT_KEY, now)
            if verify():
                with write_transaction(conn):
                    self.client.clear(conn, self.client_key)
                    self.account.uncount(conn, ACCOUNT_KEY, account_before, account_after)
                return LoginAttempt(ok=True, checked=True)
        log.warning(
            "wrong staff password (%d in a row from %s)", client_after.failures, self.client_key
        )
        wait = max(client_after.retry_at, account_after.retry_at) - self.clock()
        return LoginAttempt(ok=False, checked=True, wait_seconds=max(wait, 0.0))
