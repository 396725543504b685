"""Who speaks in a comment thread (a Facebook post and the comments under it): the
publisher's post and replies speak for the municipality; a line naming a person alone,
with a comment's buttons ("Gilla · Svara · 2 d") close below it, opens someone else's
comment. Their words state no rule, give no contact and answer nothing for the
municipality ("Ring mig gärna om någon vill vara med, 070-…!").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from assistant.core import municipalities
from assistant.core.contacts import NAME_WORD
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.sentences import Unit, split_units

# A line that is a name alone: two to four capitalised words ("Anders Ek", "Lars-Åke Persson").
_BARE_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}$")
_WRITER_REACH = 8  # a comment's writer stands this many sentences above its buttons at most


@dataclass(frozen=True)
class Voices:
    """Units (by index in ``split_units(chunk.text)``) that name who speaks next, and
    those said in someone else's voice than the publisher's."""

    speakers: frozenset[int] = frozenset()
    others: frozenset[int] = frozenset()

    def silent(self, at: int) -> bool:
        """A unit that says nothing for the publisher: a speaker's name or another voice."""
        return at in self.speakers or at in self.others


@cache
def _thread_button() -> re.Pattern[str]:
    """A comment's button line ("Svara · 2 v")."""
    buttons = alternation(load_cues("criteria_words.yaml")["thread_buttons"])
    return re.compile(rf"^\s*(?:{buttons})\b[^\n]*·", re.IGNORECASE | re.MULTILINE)


def is_thread(text: str) -> bool:
    return bool(_thread_button().search(text))


def _writes_comment(lines: Sequence[str], at: int) -> bool:
    """A name line is a comment's writer when the comment's buttons follow within a few
    sentences ("Anders Ek" / "Lägg pengarna på …" / "Svara · 1 v"), before another
    person's name line (a comment signed with its writer's name goes on); not a list of
    villages."""
    for line in lines[at + 1 : at + 1 + _WRITER_REACH]:
        if _thread_button().match(line):
            return True
        if _BARE_NAME.match(line) and line != lines[at]:
            return False
    return False


def voices(chunk: Chunk, units: Sequence[Unit] | None = None) -> Voices:
    """Who speaks in each unit of a chunk that holds a comment thread; no one else
    otherwise. A passage opening inside a thread opens in someone's comment, unless the
    publisher speaks first (the post itself, a reply)."""
    if not is_thread(chunk.text):
        return Voices()
    units = split_units(chunk.text) if units is None else units
    owner = municipalities.organisation(chunk.municipality) if chunk.municipality else None
    publisher = tuple(" ".join(n.casefold().split()) for n in (chunk.title, owner) if n)
    lines = [" ".join(u.text.split()) for u in units]
    other = chunk.position > 0 and bool(lines) and not lines[0].casefold().startswith(publisher)
    speakers: set[int] = set()
    others: set[int] = set()
    for at, line in enumerate(lines):
        if publisher and line.casefold().startswith(publisher):
            other = False  # "Markaryds kommun", "Markaryds kommun Fritid"
            speakers.add(at)
        elif _BARE_NAME.match(line) and _writes_comment(lines, at):
            other = True
            speakers.add(at)
        elif other:
            others.add(at)
    return Voices(frozenset(speakers), frozenset(others))


def in_other_voice(chunk: Chunk, span: tuple[int, int]) -> bool:
    """Whether any of the text in ``span`` of the chunk is said in someone else's comment
    (a card naming the writer on one line and giving a number on the next)."""
    if not is_thread(chunk.text):
        return False
    start, end = span
    return any(a < end and start < b for a, b in _other_spans(chunk))


@lru_cache(maxsize=256)
def _other_spans(chunk: Chunk) -> tuple[tuple[int, int], ...]:
    """Where in the chunk someone else speaks (worked out once per chunk: every card of
    a thread asks)."""
    units = split_units(chunk.text)
    found = voices(chunk, units)
    return tuple((units[at].start, units[at].end) for at in sorted(found.others))
