"""The staff pages' audit log: who did what, and when, in SQLite under the data folder.

One row per action (upload, metadata edit, deletion, re-index, feedback deletion,
login). Rows are only ever added: the log has no update or delete. ``who`` is the OIDC
user's e-mail or name, or the label of the shared staff password; ``target`` is what the
action touched (a corpus path, a feedback id); ``detail`` says more in plain words.
Every call opens its own connection, so Streamlit's threads can share one log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args

from assistant.core.storage import connect

AUDIT_FILE = "audit.sqlite"
MAX_FIELD_CHARS = 2000

Action = Literal[
    "login",
    "upload",
    "metadata",
    "delete",
    "reindex",
    "feedback_delete",
    "review",
    "regression",
    "source_add",
    "source_remove",
    "fetch",
]
ACTIONS: tuple[Action, ...] = get_args(Action)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,   -- UTC, ISO 8601
    who     TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at);
"""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    who: str
    action: str
    target: str
    detail: str


class AuditLog:
    """``AuditLog(path).record(who, action, target, detail)``; ``entries()`` newest first."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with connect(self.path) as conn:
            conn.execute("PRAGMA synchronous = FULL")  # an action is on disk once recorded
            yield conn

    def record(self, who: str, action: Action, target: str = "", detail: str = "") -> AuditEntry:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r} (known: {', '.join(ACTIONS)})")
        who = (who or "").strip()[:MAX_FIELD_CHARS]
        if not who:
            raise ValueError("an audit entry needs a 'who'")
        at = datetime.now(UTC).isoformat(timespec="seconds")
        target, detail = target[:MAX_FIELD_CHARS], detail[:MAX_FIELD_CHARS]
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO audit (at, who, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                (at, who, action, target, detail),
            )
            assert cursor.lastrowid is not None
            return AuditEntry(cursor.lastrowid, at, who, action, target, detail)

    def entries(self, *, action: str | None = None, limit: int | None = 500) -> list[AuditEntry]:
        sql = "SELECT id, at, who, action, target, detail FROM audit"
        values: list[object] = []
        if action is not None:
            sql += " WHERE action = ?"
            values.append(action)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            values.append(int(limit))
        with self._connect() as conn:
            return [AuditEntry(*row) for row in conn.execute(sql, values)]
