"""The project's one way to open a SQLite file and to hold a file lock.

Every data file (catalogue, feedback, audit, login throttle, fetch state) holds either
published documents or what people typed, so each is created readable by its owner only
(0600) before SQLite first writes to it, and its -wal/-shm companions follow the mode of
the main file (SQLite copies it).
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import quote

PRIVATE_FILE = 0o600


class LockBusyError(RuntimeError):
    """Another process holds the lock."""


def ensure_private_file(path: Path) -> None:
    """Create ``path`` (and its folder) if missing, with mode 0600; tighten an existing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def open_db(
    path: Path,
    *,
    timeout: float = 10.0,
    autocommit: bool = True,
    wal: bool = False,
    shared: bool = False,
    create: bool = True,
) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path``, created private (0600).

    ``autocommit`` leaves transactions to the caller (``BEGIN IMMEDIATE`` where a read must
    be followed by its write without another writer in between); ``wal`` lets readers
    go on while one process writes; ``shared`` allows use from several threads (Streamlit
    serves sessions from a thread pool; SQLite serialises the writers). ``create=False``
    opens an existing file only (``sqlite3.OperationalError`` when it is gone), so that a
    reader never recreates a file or folder that a writer has just removed.
    """
    if create:
        ensure_private_file(path)
    conn = sqlite3.connect(
        path if create else f"file:{quote(str(path))}?mode=rw",
        timeout=timeout,
        isolation_level=None if autocommit else "DEFERRED",
        check_same_thread=not shared,
        uri=not create,
    )
    conn.execute("PRAGMA foreign_keys=ON")
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    return conn


@contextmanager
def connect(path: Path, **options: bool | float) -> Iterator[sqlite3.Connection]:
    """``open_db`` for one unit of work; the connection is closed afterwards."""
    with closing(open_db(path, **options)) as conn:  # type: ignore[arg-type]
        yield conn


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction on an autocommit connection that takes the write lock at once
    (``BEGIN IMMEDIATE``), so a read inside it is not made stale by another writer;
    committed when the block ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def file_lock(path: Path, busy_message: str) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` for the ``with`` block, or ``LockBusyError``
    at once (never waits): two ingests or fetches on one index must not interleave. The
    kernel drops the lock when the process dies, so a killed run never leaves it held."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise LockBusyError(busy_message) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
