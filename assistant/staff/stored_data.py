"""Deleting what the assistant stores about people: feedback rows and their review marks.

One place for the rules, used by `iop feedback` and the staff page: deletion is real
(rows gone, database vacuumed), and a review mark never outlives its feedback.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from assistant.core.settings import Settings
from assistant.staff.feedback import FeedbackStore
from assistant.staff.review import ReviewStore


def feedback_path(settings: Settings) -> Path:
    return settings.data_dir / "feedback.sqlite"


def delete_feedback_ids(settings: Settings, ids: list[int]) -> int:
    store = FeedbackStore(feedback_path(settings))
    gone = sum(store.delete(i) for i in ids)
    ReviewStore(store.path).delete_orphans()
    return gone


def delete_feedback_before(settings: Settings, day: date) -> int:
    """Everything stored before the start of ``day`` in the municipality's time zone."""
    store = FeedbackStore(feedback_path(settings))
    start = datetime.combine(day, time(0), tzinfo=ZoneInfo(settings.timezone))
    gone = store.delete_before(start.astimezone(UTC))
    ReviewStore(store.path).delete_orphans()
    return gone


def purge_expired_feedback(settings: Settings) -> int:
    """Apply the retention period (IOP_FEEDBACK_RETENTION_DAYS)."""
    store = FeedbackStore(feedback_path(settings))
    gone = store.purge(settings.feedback_retention_days)
    ReviewStore(store.path).delete_orphans()
    return gone
