"""Time facts of a source (read at ingest by ``ingest/dates/``) and how they stand on a
given day: in force, expired, too old. Used by the answers and the staff pages alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal


@dataclass(frozen=True)
class TimeFacts:
    """Time facts read from a text; None / empty where the text does not say.

    Dates are YYYY-MM-DD. ``evidence`` maps a field name ("decided", "valid_from",
    "valid_to", "updated", "published", "duration", "open_ended", "diarienummer",
    "paragraphs") to the sentence or line it was read from, verbatim.
    """

    decided: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    updated: str | None = None  # the latest "Uppdaterad" / "granskad" / "ändrad" date
    published: str | None = None  # the latest "Publicerad" date
    diarienummer: tuple[str, ...] = ()  # "KS 2023/123", without the "Dnr" label
    paragraphs: tuple[str, ...] = ()  # as written: "§ 47", "paragraf 71"
    duration_months: int | None = None  # "tecknas för fem år" -> 60, even without a start
    open_ended: bool = False  # "gäller från … och tills vidare"
    doc_date: str | None = None  # the document date read_time_facts was given
    evidence: dict[str, str] = field(default_factory=dict, hash=False)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples as lists); ``from_dict`` reads it back."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        out["evidence"] = dict(self.evidence)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeFacts:
        """The inverse of ``as_dict``; unknown keys are ignored, missing ones default."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for name in ("diarienummer", "paragraphs"):
            if name in values:
                values[name] = tuple(values[name] or ())
        if "evidence" in values:
            values["evidence"] = dict(values["evidence"] or {})
        return cls(**values)


@dataclass(frozen=True)
class Validity:
    """How a text's time facts stand on a given day."""

    in_force: bool | None  # None when the text names no period (or only an open start)
    expired: bool  # valid_to is known and has passed
    not_started: bool  # valid_from is known and still ahead
    too_old: bool  # the newest known date is more than max_age_years back
    undated: bool  # no date at all among updated/published/decided/valid_from/doc_date
    age_years: float | None  # years since the newest known date; negative if in the future
    newest: str | None  # that newest known date


def valid_iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except (ValueError, TypeError, AttributeError):
        return None


def _day(value: str | None) -> date | None:
    iso = valid_iso(value)
    return date.fromisoformat(iso) if iso else None


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def newest_date(facts: TimeFacts) -> str | None:
    """The newest of updated, published, decided, valid_from and the document date."""
    known = [
        valid_iso(v)
        for v in (facts.updated, facts.published, facts.decided, facts.valid_from, facts.doc_date)
    ]
    present = [v for v in known if v is not None]
    return max(present) if present else None


def status_on(facts: TimeFacts, today: date, max_age_years: int) -> Validity:
    """Is the text's period in force on ``today``, has it expired, is the text stale?

    ``too_old`` looks only at the newest known date (``newest_date``), not at the period:
    an agreement valid 2019–2029 is in force and may still be too old by that measure.
    """
    start, end = _day(facts.valid_from), _day(facts.valid_to)
    expired = end is not None and today > end
    not_started = start is not None and today < start
    in_force: bool | None
    if start is None and end is None:
        in_force = None
    elif expired or not_started:
        in_force = False
    elif end is not None:
        in_force = True
    else:
        in_force = True if facts.open_ended else None
    newest = newest_date(facts)
    if newest is None:
        return Validity(in_force, expired, not_started, False, True, None, None)
    newest_day = date.fromisoformat(newest)
    too_old = newest_day < _years_before(today, max_age_years)
    age = round((today - newest_day).days / 365.25, 2)
    return Validity(in_force, expired, not_started, too_old, False, age, newest)


def source_rank(facts: TimeFacts, today: date) -> tuple[bool, bool, str]:
    """A sort key, higher = preferred: in force today, then not expired, then the newest
    start (valid_from, else decided, else the document date, else updated/published)."""
    status = status_on(facts, today, max_age_years=1000)
    reference = (
        valid_iso(facts.valid_from)
        or valid_iso(facts.decided)
        or valid_iso(facts.doc_date)
        or max(
            (v for v in (valid_iso(facts.updated), valid_iso(facts.published)) if v),
            default="",
        )
    )
    return (status.in_force is True, not status.expired, reference)


def compare_sources(a: TimeFacts, b: TimeFacts, today: date) -> Literal["a", "b", "same"]:
    """Which of two sources to trust about the current state: the one in force on
    ``today``; else the one that has not expired; else the one that starts latest."""
    rank_a, rank_b = source_rank(a, today), source_rank(b, today)
    if rank_a == rank_b:
        return "same"
    return "a" if rank_a > rank_b else "b"
