"""Writing the answer from its parts: evidence sentences, contacts, verdict, notes.

Nothing here knows facts. Every sentence that states something is a unit copied from a
passage and cited; the frame around it ("Kontakt:", the verdict's plain words) comes
from ``texts.yaml`` in the question's language. The first line answers the question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.answers.citations import CitationBook
from assistant.answers.comparison import header_of, iop_cells
from assistant.answers.contacts import Card, contact_line, contact_records, hours_of
from assistant.answers.ranking import Evidence
from assistant.core import municipalities
from assistant.core.documents import Chunk
from assistant.core.records import Contact, Verdict
from assistant.core.swedish.sentences import sentence_spans, strip_marker, table_cells
from assistant.core.texts import text

_TABLE_ROW = re.compile(r"^\|(.*)\|$")
_NUMBER_CELL = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


BlockKind = Literal[
    "intro",
    "verdict",
    "evidence",
    "list",
    "criteria",
    "dates",
    "contacts",
    "hint",
    "note",
    "message",
]
# What a UI that draws criteria and contact cards itself leaves out of the short answer.
DRAWN_APART: frozenset[str] = frozenset({"criteria", "contacts"})


@dataclass(frozen=True)
class Block:
    """One part of an answer, so that a UI can put the short answer first and fold the
    rest: the verdict or the first evidence is the short answer, contacts get buttons."""

    kind: BlockKind
    text: str


@dataclass
class Draft:
    """An answer being written: its blocks of text and what they cite."""

    language: str
    book: CitationBook = field(default_factory=CitationBook)
    blocks: list[Block] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    verdict: Verdict | None = None

    def add(self, kind: BlockKind, text: str, first: bool = False) -> None:
        if text:
            self.blocks.insert(0 if first else len(self.blocks), Block(kind, text))

    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def lead(self) -> str:
        """The answer without the parts a UI draws apart (checklist, contact cards)."""
        return "\n\n".join(b.text for b in self.blocks if b.kind not in DRAWN_APART)


def organisation_of(municipality: str | None) -> str:
    if municipality is None:
        return ""
    return municipalities.organisation(municipality) or municipality


def readable(unit: str) -> str:
    """A unit as a person reads it: a list item without its bullet, a table row as its
    cells joined ("Registrerad i föreningsregistret – Organisationen finns …")."""
    row = _TABLE_ROW.match(unit.strip())
    if row:
        cells = table_cells(unit)
        return " – ".join(c for c in cells if c and not _NUMBER_CELL.match(c))
    return strip_marker(unit) if unit.lstrip().startswith(("-", "•", "*")) else unit


def evidence_block(
    draft: Draft,
    picked: Sequence[Evidence],
    asked: str | None,
    label_places: bool,
    whole_rows: bool = False,
) -> None:
    """The evidence sentences as one paragraph per source municipality, each cited.
    A sentence from a general document (no municipality) is labelled as such when a
    municipality was asked; with several municipalities each paragraph names its own."""
    groups: dict[str | None, list[str]] = {}
    said: set[str] = set()
    # A sentence the answer quotes already (a criterion on what was asked) is not said again.
    before = " ".join(draft.text().split())
    for e in picked:
        # Two picked windows of one passage may share a sentence: say it once.
        fresh = [
            s
            for s in _sentences(e.text)
            if " ".join(s.split()) not in said and " ".join(strip_marker(s).split()) not in before
        ]
        if not fresh:
            continue
        said.update(" ".join(s.split()) for s in fresh)
        n = draft.book.cite(e.chunk, e.text)
        said_text = " ".join(fresh)
        if e.is_table_row and not whole_rows:
            # A row of a table comparing IOP with grants and procurement: its IOP cell,
            # unless the comparison is asked for.
            said_text = iop_cells(said_text, header_of(e.chunk.text, e.position))
        body = readable(said_text)
        if e.is_list_item and e.context and e.context.rstrip(":") not in body:
            body = f"{e.context.rstrip(':')}: {body}"
        groups.setdefault(e.chunk.municipality, []).append(f"{body} [{n}]")
    for place, sentences in groups.items():
        label = ""
        if place is None and asked is not None:
            label = text(draft.language, "general_label", municipality=asked)
        elif place is not None and (label_places or place != asked):
            label = text(draft.language, "from_municipality", municipality=place)
        joined = " ".join(sentences)
        draft.add("evidence", f"**{label}** {joined}" if label else joined)


def _sentences(value: str) -> list[str]:
    return [value[a:b] for a, b in sentence_spans(value)] or [value]


def contacts_block(draft: Draft, cards: Sequence[Card]) -> None:
    if not cards:
        return
    lines = []
    for c in cards:
        n = draft.book.cite(c.chunk, c.card.evidence)
        hours = hours_of(c)
        if hours:
            draft.book.cite(c.chunk, hours)
        lines.append(contact_line(c.card, n, hours))
    draft.contacts.extend(contact_records(cards, draft.book))
    draft.cards.extend(cards)
    heading = text(draft.language, "contacts_heading")
    draft.add("contacts", heading + " " + "; ".join(lines))


def list_block(
    draft: Draft, chunk: Chunk, items: Sequence[str], lead: str = "", header: str = ""
) -> None:
    """A list from one passage, one cited line per item (a table comparing IOP with
    other forms of support by its ``header``: each row's IOP cell)."""
    n = draft.book.cite(chunk, " ".join(items))
    lines = [f"- {readable(iop_cells(item, header) if header else item)} [{n}]" for item in items]
    draft.add("list", "\n".join([lead, *lines]) if lead else "\n".join(lines))
