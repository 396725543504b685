"""Which of a municipality's documents speaks for it first.

The same criterion or person often stands in several documents: a guideline lists the
criteria and names the IOP coordinator, and every decision on a partnership repeats the
criteria and names its case officer. The answer should cite the guideline and lead with
the coordinator, not whichever file name sorts first. Order: the kind of document
(data/authority.yaml), then the newest, then path and position so the order is stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TypeVar

import yaml

from assistant.core.documents import Chunk
from assistant.core.localities import names_association

T = TypeVar("T")


@cache
def _config() -> dict[str, list[str]]:
    raw = resources.files("assistant.data").joinpath("authority.yaml").read_text("utf-8")
    data: dict[str, list[str]] = yaml.safe_load(raw)
    return data


@cache
def _ranks() -> dict[str, int]:
    return {doc_type: i for i, doc_type in enumerate(_config()["doc_type_order"])}


def decides_one_matter(doc_type: str) -> bool:
    """A decision, an agreement, minutes or a memo: about one matter (a partnership)."""
    return doc_type in _config()["one_matter_doc_types"]


def speaks_generally(doc_type: str) -> bool:
    """A guideline or web page speaks for the municipality; a decision for one matter."""
    return doc_type in _config()["general_doc_types"]


def speaks_for_others(chunk: Chunk) -> bool:
    """A consultation answer or a letter an association wrote ("Remissvar från Sävedalens
    Pensionärsförening"): its people are theirs. A municipality's own answer to a region,
    or its draft out for consultation, speaks for it."""
    # The writer after "från" in a title opening with the kind ("Remissvar från PRO
    # Vara om …"), not a reply to one ("Svar på skrivelse från Föreningen Bryggan"),
    # whatever kind the document is filed as.
    found = _writer().match(chunk.title or "")
    if found is not None:
        return names_association(found.group(1))
    # Filed as such a kind under its writer's letterhead ("NORSJÖBYGDENS
    # PENSIONÄRSFÖRENING"): the association that wrote it.
    title = chunk.title or ""
    name_only = all(w[:1].isupper() for w in title.split())
    return (
        chunk.doc_type in _config()["others_doc_types"] and name_only and names_association(title)
    )


def titled_as_response(title: str) -> bool:
    """A title opening with the kind of text written to someone else: an answer to their
    proposal, a letter or a citizens' proposal ("Remissvar från PRO Laxå – förslag till
    nya riktlinjer", "Yttrande över …"): it tells of a draft, it is none."""
    return _kind().match(title or "") is not None


@cache
def _kinds() -> str:
    return "|".join(map(re.escape, _config()["others_titles"]))


@cache
def _kind() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_kinds()})\b", re.IGNORECASE)


@cache
def _writer() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_kinds()})\b[^–:]*?\b(?:från|from)\s+(.+)", re.IGNORECASE)


def doc_type_rank(doc_type: str) -> int:
    """0 for the kind that speaks with most authority; unknown kinds come last."""
    ranks = _ranks()
    return ranks.get(doc_type, len(ranks))


def _date_key(date: str | None) -> int:
    # Newest first: a negated YYYYMMDD; undated documents after dated ones.
    return -int(date.replace("-", "")) if date and date[:4].isdigit() else 0


def authority_key(chunk: Chunk) -> tuple[int, int, str, int]:
    return (doc_type_rank(chunk.doc_type), _date_key(chunk.date), chunk.source, chunk.position)


def by_authority(chunks: Iterable[Chunk]) -> list[Chunk]:
    return sorted(chunks, key=authority_key)


def pairs_by_authority(pairs: Iterable[tuple[T, Chunk]]) -> list[tuple[T, Chunk]]:
    """(item, chunk) pairs ordered by their chunk's authority; stable within a chunk."""
    return sorted(pairs, key=lambda pair: authority_key(pair[1]))
