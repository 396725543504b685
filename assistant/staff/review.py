"""Reviewers' marks on the chat's feedback, their CSV export, and regression runs.

A reviewer marks a rated answer as ``correct`` ("stämmer") or ``incorrect`` ("stämmer
inte") with a note. Marks live in a ``reviews`` table in the feedback database, one per
feedback row; notes are masked with :func:`assistant.core.privacy.mask_personal` before they
are stored. A mark whose feedback row is gone (deleted, or past retention) is deleted
too, for real (see ``retention.py``).

Regression runs score the assistant on the shipped question set
(``assistant/data/regression_questions.jsonl``) and keep each result as
``<data_dir>/eval/regression-<UTC time>.json``, so a run can be compared with the one
before it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from assistant.core.privacy import mask_personal
from assistant.staff.evaluation import compare, evaluate
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
            yield conn

    def mark(self, feedback_id: int, status: str, note: str | None, reviewer: str) -> ReviewMark:
        """Set (or change) the mark of one feedback row; the note is masked first."""
        if status not in STATUSES:
            raise ValueError(f"review status must be one of {STATUSES}, not {status!r}")
        if not reviewer.strip():
            raise ValueError("a review needs a reviewer")
        masked = mask_personal((note or "").strip()[:MAX_NOTE_CHARS]).text or None
        at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connect() as conn:
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
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT feedback_id, status, note, reviewer, reviewed_at FROM reviews"
            ).fetchall()
        return {int(r[0]): ReviewMark(*r) for r in rows}

    def delete_orphans(self) -> int:
        """Delete (for real) the marks whose feedback row no longer exists."""
        with self._connect() as conn:
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
        writer.writerow(
            _cell(v)
            for v in (
                e.id,
                e.created_at,
                e.municipality or "",
                "+1" if e.rating > 0 else "-1",
                e.question,
                e.answer_text,
                sources_text(e),
                e.comment or "",
                labels.get(item.status, item.status),
                m.note if m else "",
                m.reviewer if m else "",
                m.reviewed_at if m else "",
            )
        )
    return out.getvalue()


# --- regression runs --------------------------------------------------------------

RUN_PREFIX = "regression-"


def regression_questions() -> Path:
    """The shipped question set (a copy of the project's dev and own questions)."""
    return Path(str(resources.files("assistant.data").joinpath("regression_questions.jsonl")))


@dataclass
class RunComparison:
    """How a run differs from the one before it (``previous`` None: the first run)."""

    previous: Path | None
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)  # metric, before, after
    worse: list[str] = field(default_factory=list)  # question ids that passed and now fail
    better: list[str] = field(default_factory=list)  # question ids that failed and now pass


def run_path(eval_dir: Path, now: datetime | None = None) -> Path:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return eval_dir / f"{RUN_PREFIX}{moment.strftime('%Y%m%dT%H%M%S%fZ')}.json"


def list_runs(eval_dir: Path) -> list[Path]:
    """Earlier regression runs, oldest first."""
    if not eval_dir.is_dir():
        return []
    return sorted(eval_dir.glob(f"{RUN_PREFIX}*.json"))


def run_time(path: Path) -> datetime | None:
    stamp = path.stem.removeprefix(RUN_PREFIX)
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def load_run(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def compare_runs(
    current: dict[str, Any], previous: dict[str, Any] | None, previous_path: Path | None = None
) -> RunComparison:
    """Metrics that changed (``evaluation.compare``) and the questions that flipped."""
    if previous is None:
        return RunComparison(previous=None)

    def passing(run: dict[str, Any]) -> set[str]:
        return {q["id"] for q in run.get("questions", []) if not q.get("failures")}

    def asked(run: dict[str, Any]) -> set[str]:
        return {q["id"] for q in run.get("questions", [])}

    both = asked(current) & asked(previous)
    before, after = passing(previous) & both, passing(current) & both
    return RunComparison(
        previous=previous_path,
        changes=compare(current, previous),
        worse=sorted(before - after),
        better=sorted(after - before),
    )


def save_run(report: dict[str, Any], eval_dir: Path, now: datetime | None = None) -> Path:
    eval_dir.mkdir(parents=True, exist_ok=True)
    path = run_path(eval_dir, now)
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    tmp.replace(path)
    return path


def latest_comparison(eval_dir: Path) -> tuple[Path, dict[str, Any], RunComparison] | None:
    """The newest stored run compared with the one before it; None when there is none."""
    runs = list_runs(eval_dir)
    if not runs:
        return None
    current = load_run(runs[-1])
    previous = load_run(runs[-2]) if len(runs) > 1 else None
    return runs[-1], current, compare_runs(current, previous, runs[-2] if previous else None)


def run_regression(
    assistant: Any,
    eval_dir: Path,
    questions: Path | None = None,
    now: datetime | None = None,
) -> tuple[Path, dict[str, Any], RunComparison]:
    """Score ``assistant`` on the question set, store the run, compare with the last one."""
    earlier = list_runs(eval_dir)
    report = evaluate(assistant, questions or regression_questions())
    path = save_run(report, eval_dir, now)
    previous = load_run(earlier[-1]) if earlier else None
    return path, report, compare_runs(report, previous, earlier[-1] if earlier else None)


HIGHER_IS_BETTER = frozenset(
    {"passed", "hit@1", "hit@5", "mrr", "fact_recall", "verdict_accuracy", "abstention_accuracy"}
)
LOWER_IS_BETTER = frozenset({"invented_contact_details", "latency_p50_ms", "latency_p95_ms"})


def change_direction(metric: str, before: Any, after: Any) -> str:
    """ "better", "worse", "same", or "changed" (a change that is neither, e.g. the count)."""
    if before == after:
        return "same"
    if not isinstance(before, int | float) or not isinstance(after, int | float):
        return "changed"
    if metric in HIGHER_IS_BETTER:
        return "better" if after > before else "worse"
    if metric in LOWER_IS_BETTER:
        return "better" if after < before else "worse"
    return "changed"
