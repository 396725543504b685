"""The phrasing pools of the national corpus, read once from ``phrasing.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PHRASING_FILE = Path(__file__).with_name("phrasing.yaml")


@dataclass(frozen=True)
class Phrasing:
    """Every list keeps the file's order: the generator draws from them with seeded streams."""

    criteria: dict[str, tuple[tuple[str, str], ...]]  # topic -> ((text, fact in the answer), …)
    criteria_leads: tuple[str, ...]
    criteria_headings: tuple[str, ...]
    guideline_titles: tuple[str, ...]
    definitions: tuple[str, ...]
    backgrounds: tuple[str, ...]
    process_headings: tuple[str, ...]
    process_steps: tuple[tuple[str, ...], ...]
    extra_headings: tuple[str, ...]
    follow_ups: tuple[str, ...]
    economy: tuple[str, ...]
    fillers: tuple[str, ...]
    iop_page_titles: tuple[str, ...]
    contact_intros: tuple[str, ...]
    contact_titles: tuple[str, ...]
    departments: tuple[tuple[str, str], ...]  # (committee, department)
    region_departments: tuple[tuple[str, str], ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    partner_kinds: tuple[str, ...]
    partner_names: tuple[str, ...]
    activities: tuple[str, ...]
    minute_items: tuple[tuple[str, str], ...]  # (heading, text)
    months: tuple[str, ...]
    other_web_pages: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, paragraphs)
    criteria_questions: tuple[str, ...]
    contact_questions: tuple[str, ...]
    partnership_questions: tuple[str, ...]
    out_of_scope_questions: tuple[str, ...]


def _departments(items: list[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((d["committee"], d["department"]) for d in items)


def parse_phrasing(raw: dict[str, Any]) -> Phrasing:
    structured: dict[str, Any] = {
        "criteria": {
            topic: tuple((c["text"], c["fact"]) for c in items)
            for topic, items in raw["criteria"].items()
        },
        "process_steps": tuple(tuple(steps) for steps in raw["process_steps"]),
        "departments": _departments(raw["departments"]),
        "region_departments": _departments(raw["region_departments"]),
        "minute_items": tuple((m["heading"], m["text"]) for m in raw["minute_items"]),
        "other_web_pages": tuple(
            (page["heading"], tuple(page["paragraphs"])) for page in raw["other_web_pages"]
        ),
    }
    plain: dict[str, Any] = {k: tuple(v) for k, v in raw.items() if k not in structured}
    return Phrasing(**structured, **plain)


@cache
def phrasing() -> Phrasing:
    return parse_phrasing(yaml.safe_load(PHRASING_FILE.read_text(encoding="utf-8")))
