"""Deleting stored rows for real: past their retention age, or by id, then ``VACUUM``.

SQLite's ``DELETE`` only marks pages free; the text stays in the database file until
the pages are reused. Every deletion here therefore runs with ``secure_delete`` on
(freed pages are zeroed), is followed by ``VACUUM`` (the file is rebuilt without the
free pages) and, in WAL mode, by a truncating checkpoint (the ``-wal`` file is
emptied), so the deleted text is in neither file afterwards.

The functions are generic over the table, so the feedback store and review notes can
share them. Timestamps may be ISO 8601 text (with or without offset; without one it is
read as UTC, as SQLite does) or Unix seconds, compared to the millisecond; rows whose
timestamp cannot be read are kept and reported in the log.

Public API: ``retention_cutoff``, ``purge_older_than``, ``delete_ids``, ``vacuum``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.core.storage import connect, write_transaction

__all__ = ["delete_ids", "purge_older_than", "retention_cutoff", "vacuum"]

log = logging.getLogger(__name__)

_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ID_BATCH = 500  # well under SQLite's limit on bound parameters


def retention_cutoff(days: int, now: datetime | None = None) -> datetime:
    """The moment ``days`` days before ``now`` (default: the current time), in UTC.

    Rows stamped before it are past retention. ``now`` without a time zone is read as UTC.
    """
    if days < 0:
        raise ValueError(f"retention days must be 0 or more, not {days!r}")
    return _as_utc(now or datetime.now(UTC)) - timedelta(days=days)


def purge_older_than(db_path: Path, table: str, timestamp_column: str, cutoff: datetime) -> int:
    """Delete the rows of ``table`` stamped before ``cutoff``, then ``VACUUM``; returns the count.

    A database or table that does not exist yet has nothing to purge (0, nothing created).
    """
    with _table(db_path, table, timestamp_column) as conn:
        if conn is None:
            return 0
        moment = _moment_sql(_quote(timestamp_column))
        cutoff_iso = _as_utc(cutoff).isoformat()
        unreadable = conn.execute(
            f"SELECT COUNT(*) FROM {_quote(table)} WHERE {moment} IS NULL"
        ).fetchone()[0]
        if unreadable:
            log.warning(
                "%d row(s) of %s have no readable %s and are kept",
                unreadable,
                table,
                timestamp_column,
            )
        with write_transaction(conn):
            deleted = conn.execute(
                f"DELETE FROM {_quote(table)} WHERE {moment} < julianday(?)", (cutoff_iso,)
            ).rowcount
        _vacuum(conn)
    return deleted


def delete_ids(
    db_path: Path, table: str, ids: Iterable[int | str], *, id_column: str = "id"
) -> int:
    """Delete the rows of ``table`` whose ``id_column`` is in ``ids``, then ``VACUUM``."""
    wanted = list(dict.fromkeys(ids))
    with _table(db_path, table, id_column) as conn:
        if conn is None:
            return 0
        deleted = 0
        with write_transaction(conn):
            for start in range(0, len(wanted), _ID_BATCH):
                batch = wanted[start : start + _ID_BATCH]
                marks = ", ".join("?" * len(batch))
                deleted += conn.execute(
                    f"DELETE FROM {_quote(table)} WHERE {_quote(id_column)} IN ({marks})", batch
                ).rowcount
        _vacuum(conn)
    return deleted


def vacuum(db_path: Path) -> None:
    """Rebuild the database file without free pages and empty its WAL (if any)."""
    db_path = Path(db_path)
    if not db_path.exists():
        return
    with _connect(db_path) as conn:
        _vacuum(conn)


# --- helpers ---------------------------------------------------------------------


@contextmanager
def _connect(db_path: Path) -> Iterator[sqlite3.Connection]:
    # Autocommit (open_db's default): transactions are explicit, and VACUUM cannot run
    # inside one.
    with connect(db_path) as conn:
        conn.execute("PRAGMA secure_delete = ON")
        yield conn


@contextmanager
def _table(db_path: Path, table: str, column: str) -> Iterator[sqlite3.Connection | None]:
    """A connection for deleting from ``table`` by ``column``; None when the database or
    the table does not exist yet (nothing to delete, and nothing is created)."""
    db_path = Path(db_path)
    if not db_path.exists():
        yield None
        return
    with _connect(db_path) as conn:
        if not _table_exists(conn, table):
            yield None
            return
        _require_column(conn, table, column)
        yield conn


def _vacuum(conn: sqlite3.Connection) -> None:
    conn.execute("VACUUM")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() == "wal":
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning("WAL checkpoint was blocked by a reader; the -wal file is emptied later")


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _quote(identifier: str) -> str:
    if not _IDENTIFIER_RE.fullmatch(identifier):
        raise ValueError(f"not a plain SQL identifier: {identifier!r}")
    return f'"{identifier}"'


def _table_exists(conn: sqlite3.Connection, table: str) -> bool:
    _quote(table)
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return row is not None


def _require_column(conn: sqlite3.Connection, table: str, column: str) -> None:
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    if column not in columns:
        raise ValueError(f"table {table!r} has no column {column!r}")


def _moment_sql(column: str) -> str:
    """The column as a Julian day: ISO text via julianday(), numbers as Unix seconds."""
    return (
        f"(CASE WHEN typeof({column}) IN ('integer', 'real') "
        f"THEN julianday({column}, 'unixepoch') ELSE julianday({column}) END)"
    )
