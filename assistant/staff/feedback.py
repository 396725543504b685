"""Thumbs up/down on answers, kept in SQLite for the reviewers.

One row per rated answer: the question, the answer's text and its full JSON (with
citations), the rating (+1 or -1) and an optional comment. Personal details the person
typed (personnummer, e-mail, phone) are masked before anything is written; the
documents' own contact details in the answer stay. Rows older than the retention
period are deleted for real (VACUUM). Every call opens its own connection, so the store
can be shared by Streamlit's threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.core.privacy import mask_answer_for_storage, mask_personal
from assistant.core.records import Answer
from assistant.core.storage import connect
from assistant.staff.retention import delete_ids, purge_older_than, retention_cutoff

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

    def __init__(self, path: Path | str, retention_days: int | None = None) -> None:
        self.path = Path(path)
        with connect(self.path) as conn:
            conn.executescript(_SCHEMA)
        if retention_days is not None:
            self.purge(retention_days)

    def purge(self, retention_days: int) -> int:
        """Delete rows older than the retention period; returns how many went."""
        return self.delete_before(retention_cutoff(retention_days))

    def delete_before(self, cutoff: datetime) -> int:
        return purge_older_than(self.path, "feedback", "created_at", cutoff)

    def add(self, question: str, answer: Answer, rating: int, comment: str | None = None) -> int:
        """Store one rating, personal details masked; returns the new row's id."""
        question = mask_personal(question).text
        answer = masked_answer(answer)
        with connect(self.path) as conn:
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
        with connect(self.path) as conn:
            cursor = conn.execute(
                f"UPDATE feedback SET {', '.join(sets)} WHERE id = ?", (*values, id)
            )
            return cursor.rowcount > 0

    def delete(self, id: int) -> bool:
        """Remove a row for real (the person took the rating back, or asked for deletion)."""
        return delete_ids(self.path, "feedback", [id]) > 0

    def get(self, id: int) -> FeedbackEntry | None:
        with connect(self.path) as conn:
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
        with connect(self.path) as conn:
            rows = conn.execute(sql, values).fetchall()
        return [FeedbackEntry(*row) for row in rows]


def _rating(value: int) -> int:
    if value not in (1, -1):
        raise ValueError(f"rating must be +1 or -1, not {value!r}")
    return int(value)


def _comment(value: str | None) -> str | None:
    if value is None:
        return None
    value = mask_personal(value.strip()[:MAX_COMMENT_CHARS]).text
    return value or None


def masked_answer(answer: Answer) -> Answer:
    """The answer as it may be stored: what the person typed is masked, sources stay."""
    quotes = [c.quote for c in answer.citations]
    verdict = answer.verdict
    if verdict is not None:
        criteria = [
            c.model_copy(update={"reason": mask_answer_for_storage(c.reason, quotes)})
            for c in verdict.criteria
        ]
        verdict = verdict.model_copy(update={"criteria": criteria})
    return answer.model_copy(
        update={
            "question": mask_personal(answer.question).text,
            "answer": mask_answer_for_storage(answer.answer, quotes),
            "verdict": verdict,
        }
    )
