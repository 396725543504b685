"""What each organisation of the national corpus publishes: records, the seeded order of
the organisations, fake contact details and the chunk estimate."""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from assistant.core import municipalities
from bench.lib.national.phrasing import phrasing

# Characters per chunk, and per kind of document a correction for headings and lists
# that start new chunks; measured on this generator's output with IOP_CHUNK_SIZE=900
# (bench/scale.py prints the real count next to the estimate).
CHARS_PER_CHUNK = 640
KIND_FACTOR = {"decision": 2.1, "web": 2.5, "minutes": 0.98, "guideline": 1.37, "web-other": 1.0}


@dataclass(frozen=True)
class Body:
    name: str  # canonical name ("Malmö", "Region Skåne")
    organisation: str  # "Malmö stad"
    slug: str
    kind: str  # "kommun" or "region"


@dataclass
class Person:
    name: str
    title: str
    email: str
    phone: str


@dataclass
class Partnership:
    partner: str
    activity: str
    committee: str
    start: int
    end: int
    decision_stem: str | None = None


@dataclass
class BodyPlan:
    """What one organisation publishes, and the facts a correct answer must contain."""

    body: Body
    volume: float
    committee: str
    department: str
    contact: Person
    criteria: list[tuple[str, str, str]] = field(default_factory=list)  # (topic, text, fact)
    partnerships: list[Partnership] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # rel, kind, est_chunks
    guideline_stem: str = ""
    web_stem: str = ""
    criteria_stems: list[str] = field(default_factory=list)
    contact_stems: list[str] = field(default_factory=list)
    partnership_stems: list[str] = field(default_factory=list)

    @property
    def est_chunks(self) -> int:
        return sum(d["est_chunks"] for d in self.documents)


def bodies(seed: int) -> list[Body]:
    """All kommuner and regions (one entry per organisation), in a seeded order."""
    out: list[Body] = []
    seen: set[str] = set()
    for name in municipalities.kommuner() + municipalities.regions():
        organisation = municipalities.organisation(name)
        slug = municipalities.slug(name)
        if organisation in seen or slug in seen:  # Gotland: kommun and region are one body
            continue
        seen.update((organisation, slug))
        kind = "region" if name in municipalities.regions() else "kommun"
        out.append(Body(name, organisation, slug, kind))
    random.Random(seed).shuffle(out)
    return out


def ascii_fold(text: str) -> str:
    table = str.maketrans("åäöÅÄÖ", "aaoAAO")
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def fake_email(first: str, last: str, slug: str) -> str:
    return f"{ascii_fold(first)}.{ascii_fold(last)}@{slug}.example.se"


def fake_phone(rng: random.Random) -> str:
    """A number from PTS's fiction ranges (070-174 06 00–99 or 08-465 004 00–99)."""
    n = rng.randrange(100)
    return f"070-174 06 {n:02d}" if rng.random() < 0.6 else f"08-465 004 {n:02d}"


def make_person(rng: random.Random, body: Body, title: str) -> Person:
    first, last = rng.choice(phrasing().first_names), rng.choice(phrasing().last_names)
    return Person(f"{first} {last}", title, fake_email(first, last, body.slug), fake_phone(rng))


def estimate_chunks(pages: list[list[str]], kind: str) -> int:
    """Chunks a document will give: chunks never cross pages."""
    raw = sum(max(1, math.ceil(sum(len(p) + 2 for p in page) / CHARS_PER_CHUNK)) for page in pages)
    return max(1, round(raw * KIND_FACTOR[kind]))
