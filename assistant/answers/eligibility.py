"""Compare an idea with a municipality's own IOP criteria, criterion by criterion.

The criteria are found in the municipality's documents at query time (lists under a
lead-in such as "Följande kriterier gäller", and sentences that state a requirement),
never taken from a hard-coded list. Each criterion is judged only on what the person
wrote; anything they did not say stays "unknown".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from assistant.answers.authority import by_authority
from assistant.answers.idea_signals import IdeaSignals
from assistant.core.documents import Chunk
from assistant.core.swedish.sentences import split_units, strip_marker

Status = Literal["met", "not_met", "unknown"]
Label = Literal["likely_eligible", "likely_not_eligible", "unclear"]


@dataclass(frozen=True)
class CriterionText:
    text: str  # exact text in the chunk (list marker removed)
    chunk: Chunk
    kind: Literal["list", "requirement"]


@dataclass(frozen=True)
class Judgement:
    criterion: CriterionText
    status: Status
    evidence: str | None  # the person's own words the status rests on
    signals: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    label: Label
    judgements: tuple[Judgement, ...]


@cache
def _config() -> dict[str, Any]:
    raw = resources.files("assistant.data").joinpath("criteria_signals.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def _contains(text: str, cue: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(cue.lower()), text.lower()) is not None


def find_criteria(chunks: Iterable[Chunk]) -> list[CriterionText]:
    """Criteria lists (with a criteria lead-in) and requirement sentences, the most
    authoritative document first (assistant/authority.py), each criterion once."""
    config = _config()
    lead_cues: list[str] = config["lead_in_cues"]
    req_cues: list[str] = config["requirement_cues"]
    found: list[CriterionText] = []
    seen: set[str] = set()
    # The guideline's copy of a criterion is kept, not a decision's that repeats it.
    for chunk in by_authority(chunks):
        section = chunk.heading_path[-1] if chunk.heading_path else ""
        if _other_subject(section):
            continue
        lead = section
        for unit in split_units(chunk.text):
            if unit.is_list_item:
                if any(_contains(lead, c) for c in lead_cues) and not _other_subject(lead):
                    _add(found, seen, CriterionText(strip_marker(unit.text), chunk, "list"))
                continue
            lead = unit.text
            is_lead_in = unit.text.rstrip().endswith(":")
            if (
                not is_lead_in
                and len(unit.text) > 40
                and any(_contains(unit.text, c) for c in req_cues)
                and not _other_subject(unit.text)
            ):
                _add(found, seen, CriterionText(unit.text, chunk, "requirement"))
    return found


def _other_subject(text: str) -> bool:
    """Speaks of another thing the municipality grants (a grant, a booking) and not of IOP."""
    config = _config()
    return any(_contains(text, c) for c in config["other_subject_cues"]) and not any(
        _contains(text, c) for c in config["iop_cues"]
    )


def _add(found: list[CriterionText], seen: set[str], item: CriterionText) -> None:
    key = re.sub(r"\W+", " ", item.text.lower()).strip()
    if key and key not in seen:
        seen.add(key)
        found.append(item)


def judge(criterion: CriterionText, signals: IdeaSignals) -> Judgement:
    """Met when every signal the criterion speaks about has the wanted value."""
    rules = [r for r in _config()["rules"] if any(_contains(criterion.text, c) for c in r["cues"])]
    names = tuple(r["signal"] for r in rules)
    evidence = signals.evidence
    for rule in rules:
        value = getattr(signals, rule["signal"])
        if value is not None and value != rule["want"]:
            return Judgement(criterion, "not_met", evidence.get(rule["signal"]), names)
    known = [r for r in rules if getattr(signals, r["signal"]) is not None]
    if rules and len(known) == len(rules):
        return Judgement(criterion, "met", evidence.get(known[0]["signal"]), names)
    if known:
        # Part of the criterion is borne out, the rest was not said: still open.
        return Judgement(criterion, "unknown", None, names)
    return Judgement(criterion, "unknown", None, names)


def assess(criteria: Iterable[CriterionText], signals: IdeaSignals) -> Assessment:
    judgements = tuple(judge(c, signals) for c in criteria)
    if any(j.status == "not_met" for j in judgements):
        label: Label = "likely_not_eligible"
    elif (
        any(j.status == "met" for j in judgements)
        and signals.nonprofit is True
        and signals.own_initiative is not False
    ):
        label = "likely_eligible"
    else:
        label = "unclear"
    return Assessment(label, judgements)


def next_step_units(chunks: Iterable[Chunk]) -> list[tuple[str, Chunk]]:
    """Sentences that say how to go on (dialogue, proposals, whom to contact)."""
    cues: list[str] = _config()["next_step_cues"]
    out = []
    # The guideline's copy of a criterion is kept, not a decision's that repeats it.
    for chunk in by_authority(chunks):
        for unit in split_units(chunk.text):
            if not unit.is_list_item and any(_contains(unit.text, c) for c in cues):
                out.append((unit.text, chunk))
    return out
