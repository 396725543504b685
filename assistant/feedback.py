"""Thumbs up/down on answers, kept in SQLite for the reviewers.

One row per rated answer: the question as typed, the answer's text and its full JSON
(with citations), the rating (+1 or -1) and an optional comment. Every call opens
its own connection, so the store can be shared by Streamlit's threads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.records import Answer

MAX_COMMENT_CHARS = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TEXT    NOT NULL,              -- UTC, ISO 8601
    municipality TEXT,                          -- the answer's municipality, if any
    question     TEXT    NOT NULL,              -- as the person typed it
    answer_text  TEXT    NOT NULL,              -- the Markdown the person read
    answer_json  TEXT    NOT NULL,              -- the whole Answer, citations included
    rating       INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment      TEXT
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback (created_at);
"""
_COLUMNS = "id, created_at, municipality, question, answer_text, answer_json, rating, comment"


@dataclass(frozen=True)
class FeedbackEntry:
    id: int
    created_at: str
    municipality: str | None
    question: str
    answer_text: str
    answer_json: str
    rating: int  # +1 or -1
    comment: str | None

    @property
    def answer(self) -> Answer:
        return Answer.model_validate_json(self.answer_json)


class FeedbackStore:
    """``FeedbackStore(path)``: add, update, get and list feedback rows."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
            yield conn

    def add(self, question: str, answer: Answer, rating: int, comment: str | None = None) -> int:
        """Store one rating; returns the new row's id."""
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (created_at, municipality, question, answer_text,"
                " answer_json, rating, comment) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    answer.municipality,
                    question,
                    answer.answer,
                    answer.model_dump_json(),
                    _rating(rating),
                    _comment(comment),
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def update(self, id: int, *, rating: int | None = None, comment: str | None = None) -> bool:
        """Change the rating and/or set the comment of a row; False when there is no such row."""
        sets: list[str] = []
        values: list[object] = []
        if rating is not None:
            sets.append("rating = ?")
            values.append(_rating(rating))
        if comment is not None:
            sets.append("comment = ?")
            values.append(_comment(comment))
        if not sets:
            return self.get(id) is not None
        with self._connect() as conn:
            cursor = conn.execute(
                f"UPDATE feedback SET {', '.join(sets)} WHERE id = ?", (*values, id)
            )
            return cursor.rowcount > 0

    def delete(self, id: int) -> bool:
        """Remove a row (the person took the rating back)."""
        with self._connect() as conn:
            return conn.execute("DELETE FROM feedback WHERE id = ?", (id,)).rowcount > 0

    def get(self, id: int) -> FeedbackEntry | None:
        with self._connect() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM feedback WHERE id = ?", (id,)).fetchone()
        return FeedbackEntry(*row) if row else None

    def list(
        self,
        *,
        rating: int | None = None,
        municipality: str | None = None,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[FeedbackEntry]:
        """Rows, newest first; ``since`` is an ISO timestamp (UTC) or date."""
        where: list[str] = []
        values: list[object] = []
        if rating is not None:
            where.append("rating = ?")
            values.append(_rating(rating))
        if municipality is not None:
            where.append("municipality = ?")
            values.append(municipality)
        if since is not None:
            where.append("created_at >= ?")
            values.append(since)
        sql = f"SELECT {_COLUMNS} FROM feedback"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            values.append(int(limit))
        with self._connect() as conn:
            rows = conn.execute(sql, values).fetchall()
        return [FeedbackEntry(*row) for row in rows]


def _rating(value: int) -> int:
    if value not in (1, -1):
        raise ValueError(f"rating must be +1 or -1, not {value!r}")
    return int(value)


def _comment(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()[:MAX_COMMENT_CHARS]
    return value or None
