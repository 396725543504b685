"""``data/fetch_state.sqlite``: what the fetcher remembers per address, and the fetch lock.

One row per address (listed page or attachment) — the stored file, its checksum, the
validators for the next conditional request, and when it was fetched, confirmed and last
tried — and one row per run. The staff page reads it to show each source's history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.core.settings import Settings
from assistant.core.storage import LockBusyError, file_lock, open_db
from ingest.fetch.report import FetchReport

STATE_FILE = "fetch_state.sqlite"


@dataclass(frozen=True)
class SourceState:
    """What the state file remembers about one address (times are ISO 8601 UTC)."""

    url: str
    parent_url: str | None = None  # for an attachment: the listed page it was found on
    final_url: str | None = None  # after redirects, of the stored version
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified, echoed back verbatim
    fetched_at: str | None = None  # when the stored version was downloaded
    checked_at: str | None = None  # last time the server answered 200 or 304
    attempted_at: str | None = None  # last attempt, successful or not
    http_date: str | None = None  # the server's Date header of the last answer
    status: int | None = None  # HTTP status of the last answer; None: no answer
    last_error: str | None = None  # None when the last attempt went well
    stored_path: str | None = None  # relative to the corpus folder
    sha256: str | None = None  # of the stored file's bytes


class FetchBusyError(LockBusyError):
    """Another `iop fetch` holds the fetch lock."""


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def utcnow() -> datetime:
    return datetime.now(UTC)


def state_path(settings: Settings) -> Path:
    return settings.data_dir / STATE_FILE


_STATE_COLUMNS = tuple(SourceState.__dataclass_fields__)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    parent_url TEXT,
    final_url TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT,
    checked_at TEXT,
    attempted_at TEXT,
    http_date TEXT,
    status INTEGER,
    last_error TEXT,
    stored_path TEXT,
    sha256 TEXT
);
CREATE TABLE IF NOT EXISTS runs (
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    fetched INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    failed INTEGER NOT NULL
);
"""


class FetchState:
    """``data/fetch_state.sqlite``: one row per address, one per run."""

    def __init__(self, path: Path) -> None:
        self._db = open_db(path)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def get(self, url: str) -> SourceState | None:
        row = self._db.execute(
            f"SELECT {', '.join(_STATE_COLUMNS)} FROM sources WHERE url = ?", (url,)
        ).fetchone()
        return SourceState(*row) if row else None

    def all(self) -> list[SourceState]:
        rows = self._db.execute(f"SELECT {', '.join(_STATE_COLUMNS)} FROM sources ORDER BY url")
        return [SourceState(*row) for row in rows]

    def save(self, state: SourceState) -> None:
        marks = ", ".join("?" for _ in _STATE_COLUMNS)
        self._db.execute(
            f"INSERT OR REPLACE INTO sources ({', '.join(_STATE_COLUMNS)}) VALUES ({marks})",
            tuple(getattr(state, column) for column in _STATE_COLUMNS),
        )

    def delete(self, url: str) -> None:
        self._db.execute("DELETE FROM sources WHERE url = ?", (url,))

    def owner_of(self, stored_path: str) -> str | None:
        row = self._db.execute(
            "SELECT url FROM sources WHERE stored_path = ?", (stored_path,)
        ).fetchone()
        return row[0] if row else None

    def record_run(self, started: datetime, finished: datetime, report: FetchReport) -> None:
        self._db.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?)",
            (
                iso(started),
                iso(finished),
                report.count("fetched"),
                report.count("unchanged"),
                report.count("failed"),
            ),
        )

    def last_run(self) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT started_at, finished_at, fetched, unchanged, failed FROM runs "
            "ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
        keys = ("started_at", "finished_at", "fetched", "unchanged", "failed")
        return dict(zip(keys, row, strict=True)) if row else None


def read_fetch_state(settings: Settings) -> list[SourceState]:
    """Every address the fetcher knows, for the staff page ([] before the first fetch)."""
    path = state_path(settings)
    if not path.exists():
        return []
    state = FetchState(path)
    try:
        return state.all()
    finally:
        state.close()


@contextmanager
def fetch_lock(state_file: Path) -> Iterator[None]:
    """One `iop fetch` at a time per state file; FetchBusyError at once otherwise."""
    try:
        with file_lock(state_file.with_name("fetch.lock"), "another `iop fetch` is running"):
            yield
    except LockBusyError as exc:
        raise FetchBusyError(str(exc)) from exc
