"""Reviewers' marks on the chat's feedback, and their CSV export.

A reviewer marks a rated answer as ``correct`` ("stämmer") or ``incorrect`` ("stämmer
inte") with a note. Marks live in a ``reviews`` table in the feedback database, one per
feedback row; notes are masked with :func:`assistant.core.privacy.mask_personal` before they
are stored. A mark whose feedback row is gone (deleted, or past retention) is deleted
too, for real (see ``retention.py``). Regression runs are in ``regression.py``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.core.privacy import mask_personal
from assistant.core.storage import connect, write_transaction
from assistant.staff.feedback import FeedbackEntry, FeedbackStore
from assistant.staff.retention import delete_ids

Status = Literal["correct", "incorrect"]
STATUSES: tuple[Status, ...] = ("correct", "incorrect")
StatusFilter = Literal["unreviewed", "correct", "incorrect"]
MAX_NOTE_CHARS = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    feedback_id  INTEGER PRIMARY KEY,          -- feedback.id
    status       TEXT NOT NULL CHECK (status IN ('correct', 'incorrect')),
    note         TEXT,                         -- masked before storage
    reviewer     TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL                 -- UTC, ISO 8601
);
"""


@dataclass(frozen=True)
class ReviewMark:
    feedback_id: int
    status: Status
    note: str | None
    reviewer: str
    reviewed_at: str


class ReviewStore:
    """``ReviewStore(feedback_db_path)``: one mark per feedback row, next to the feedback."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with connect(self.path) as conn:
            conn.executescript(_SCHEMA)

    def mark(self, feedback_id: int, status: str, note: str | None, reviewer: str) -> ReviewMark:
        """Set (or change) the mark of one feedback row; the note is masked first."""
        if status not in STATUSES:
            raise ValueError(f"review status must be one of {STATUSES}, not {status!r}")
        if not reviewer.strip():
            raise ValueError("a review needs a reviewer")
        masked = mask_personal((note or "").strip()[:MAX_NOTE_CHARS]).text or None
        at = datetime.now(UTC).isoformat(timespec="seconds")
        with connect(self.path) as conn, write_transaction(conn):
            exists = (
                conn.execute(
                    "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'feedback'"
                ).fetchone()
                and conn.execute("SELECT 1 FROM feedback WHERE id = ?", (feedback_id,)).fetchone()
            )
            if not exists:
                raise KeyError(f"no feedback with id {feedback_id}")
            conn.execute(
                "INSERT INTO reviews (feedback_id, status, note, reviewer, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(feedback_id) DO UPDATE SET "
                "status = excluded.status, note = excluded.note, "
                "reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at",
                (feedback_id, status, masked, reviewer.strip(), at),
            )
        return ReviewMark(feedback_id, status, masked, reviewer.strip(), at)  # type: ignore[arg-type]

    def get(self, feedback_id: int) -> ReviewMark | None:
        return self.all().get(feedback_id)

    def all(self) -> dict[int, ReviewMark]:
        with connect(self.path) as conn:
            rows = conn.execute(
                "SELECT feedback_id, status, note, reviewer, reviewed_at FROM reviews"
            ).fetchall()
        return {int(r[0]): ReviewMark(*r) for r in rows}

    def delete_orphans(self) -> int:
        """Delete (for real) the marks whose feedback row no longer exists."""
        with connect(self.path) as conn:
            has_feedback = conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'feedback'"
            ).fetchone()
            sql = "SELECT feedback_id FROM reviews"
            if has_feedback:
                sql += " WHERE feedback_id NOT IN (SELECT id FROM feedback)"
            orphans = [int(r[0]) for r in conn.execute(sql)]
        if not orphans:
            return 0
        return delete_ids(self.path, "reviews", orphans, id_column="feedback_id")


# --- the reviewers' list ----------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    entry: FeedbackEntry
    mark: ReviewMark | None

    @property
    def status(self) -> StatusFilter:
        return self.mark.status if self.mark else "unreviewed"


def review_items(
    feedback: FeedbackStore,
    reviews: ReviewStore,
    *,
    municipality: str | None = None,
    status: StatusFilter | None = None,
    rating: int | None = None,
) -> list[ReviewItem]:
    """Feedback with its marks: thumbs down first, then newest first within each rating."""
    marks = reviews.all()
    entries = feedback.list(municipality=municipality, rating=rating)
    items = [ReviewItem(e, marks.get(e.id)) for e in entries]
    if status is not None:
        items = [i for i in items if i.status == status]
    # feedback.list is newest first; a stable sort keeps that order within a rating.
    return sorted(items, key=lambda i: i.entry.rating)


def sources_text(entry: FeedbackEntry) -> str:
    """The answer's sources, one a line: "[1] Title (path)"."""
    try:
        citations = entry.answer.citations
    except ValueError:
        return ""
    return "\n".join(f"[{c.id}] {c.title} ({c.source})" for c in citations)


CSV_FIELDS = (
    "id",
    "created_at",
    "municipality",
    "rating",
    "question",
    "answer",
    "sources",
    "comment",
    "review_status",
    "review_note",
    "reviewer",
    "reviewed_at",
)
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: no formula from what the public typed."""
    text = "" if value is None else str(value)
    return "'" + text if _FORMULA_START.match(text) else text


def export_csv(
    items: Iterable[ReviewItem],
    headers: Sequence[str] | None = None,
    status_labels: dict[str, str] | None = None,
) -> str:
    """The items as CSV (``;``-separated, as Swedish spreadsheets expect), one row each.

    ``headers`` replaces the column names of ``CSV_FIELDS`` (same order); ``status_labels``
    maps ``correct``/``incorrect``/``unreviewed`` to the words to write.
    """
    headers = list(headers or CSV_FIELDS)
    if len(headers) != len(CSV_FIELDS):
        raise ValueError(f"expected {len(CSV_FIELDS)} headers, got {len(headers)}")
    labels = status_labels or {}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(headers)
    for item in items:
        e, m = item.entry, item.mark
        # Only text from outside is defused; the rating is our own number (1 or -1).
        writer.writerow(
            [
                *(_cell(v) for v in (e.id, e.created_at, e.municipality or "")),
                "1" if e.rating > 0 else "-1",
                *(
                    _cell(v)
                    for v in (
                        e.question,
                        e.answer_text,
                        sources_text(e),
                        e.comment or "",
                        labels.get(item.status, item.status),
                        m.note if m else "",
                        m.reviewer if m else "",
                        m.reviewed_at if m else "",
                    )
                ),
            ]
        )
    return out.getvalue()


def match_strength(coverage: float | None, floor: float) -> str:
    """How well a passage meets the question, in words for the reviewer: "good" when it
    covers enough of the question to answer it (``floor``), "weak" when about half of
    that, else "none"."""
    if coverage is None:
        return "none"
    if coverage >= floor:
        return "good"
    return "weak" if coverage >= floor / 2 else "none"
