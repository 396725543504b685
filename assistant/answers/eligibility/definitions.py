"""The words a document defines for itself, and the ages its target groups have.

Guidelines often state a rule in a word they define elsewhere: "Verksamheten ska vända
sig till äldre, så som grupperna definieras i avsnitt 2", where a table under
"Definitioner" (first column "Begrepp") says "Äldre – Personer som har fyllt 70 år".
A definition stands as a row of such a table, an item or line of a section so headed
("Äldre: personer över 65 år"), or a sentence anywhere ("Med äldre avses personer som
har fyllt 70 år"). Definitions are no rules themselves (``in_glossary``); a rule naming
a defined target group is judged by the ages its definition gives (``group_ages``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from assistant.answers.eligibility.concepts import age_spans, target_groups
from assistant.answers.eligibility.counts import judge_counts
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues
from assistant.core.swedish.sentences import is_table_rule, split_units, strip_marker, table_cells
from assistant.index.lexical import stem, words

_TERM_WORDS = 5  # a defined term is a short name, not a clause
_COUNTED_CHARS = 5  # a thing a definition names to count: "årsmöte", not "ett" or "har"
_HELD_WORDS = 2  # the thing held follows its verb this closely ("hållit ordinarie årsmöte")
_LABELLED = re.compile(r"^(?P<term>[^:–]{2,60}?)\s*(?::|\s–\s|\s-\s)\s*(?P<text>\S.*)$")


@dataclass(frozen=True)
class Definition:
    term: str
    text: str
    chunk: Chunk  # where it stands, to cite

    @property
    def source(self) -> str:
        return self.chunk.source


@dataclass(frozen=True)
class DefinedGroup:
    """A target group with the ages its document's definition gives it."""

    group: str
    youngest: int
    oldest: int
    definition: Definition


@cache
def _glossary() -> CueMatcher:
    return CueMatcher(load_cues("criteria_words.yaml")["glossary"])


@cache
def _defined_as() -> re.Pattern[str]:
    """ "Med äldre avses personer …", "By older people we mean …"."""
    words = load_cues("criteria_words.yaml")
    verbs, lead = alternation(words["defines"]), alternation(words["defines_lead"])
    return re.compile(
        rf"^(?:{lead})\s+(?P<term>.{{2,60}}?)\s+(?:{verbs})\s+(?P<text>.+)$", re.IGNORECASE
    )


def _after_own_term(text: str) -> re.Match[str] | None:
    """A definition after its term as a label, as a fact box's two columns read when
    flattened: "Unga Med unga avses personer som har fyllt 13 men inte 21 år"."""
    said = text.split()
    for n in range(1, min(_TERM_WORDS, len(said) - 1) + 1):
        label = " ".join(said[:n])
        found = _defined_as().match(" ".join(said[n:]))
        if found and found["term"].strip().lower() == label.lower():
            return found
    return None


def in_glossary(heading: str, header: str = "") -> bool:
    """Whether a section heading ("2 Definitioner", "I riktlinjerna betyder") or a table's
    header row ("| Begrepp | Betydelse |") says that what follows defines words."""
    first = table_cells(header)[0] if header else ""
    return (
        bool(_glossary()(heading)) or leads_glossary(heading) or bool(first and _glossary()(first))
    )


def leads_glossary(heading: str) -> bool:
    """Whether a heading is a glossary's lead line ("I kriterierna betyder:")."""
    said = heading.lower().rstrip(" :").split()
    return bool(said) and said[-1] in load_cues("criteria_words.yaml")["glossary_leads"]


def definitions_in(chunk: Chunk) -> list[Definition]:
    """The definitions of a passage, in its order."""
    heading = " ".join(chunk.heading_path[-1:])
    header = ""
    out: list[Definition] = []
    units = split_units(chunk.text)
    for i, unit in enumerate(units):
        raw = unit.text.strip()
        if unit.is_heading:
            heading, header = raw.lstrip("#").strip(), ""
            continue
        if is_table_rule(raw):
            continue
        if unit.is_table_row:
            # A table's first row is its header when a rule line follows it; a glossary
            # table may have none ("| Äldre | personer som har fyllt 65 år |").
            ruled = i + 1 < len(units) and is_table_rule(units[i + 1].text.strip())
            if not header and (ruled or not in_glossary(heading)):
                header = raw
                continue
            cells = table_cells(raw)
            if in_glossary(heading, header) and len(cells) >= 2:
                out.append(Definition(cells[0], " ".join(cells[1:]), chunk))
            continue
        header = ""
        text = strip_marker(raw)
        said = _defined_as().match(text) or _after_own_term(text)
        labelled = _LABELLED.match(text) if in_glossary(heading) else None
        found = said or labelled
        if found and len(found["term"].split()) <= _TERM_WORDS:
            out.append(Definition(found["term"].strip(), found["text"].strip(), chunk))
    return out


def group_ages(definitions: Iterable[Definition]) -> dict[str, dict[str, DefinedGroup]]:
    """Per document, the ages of each target group it defines in years ("Äldre –
    Personer som har fyllt 70 år" → elderly: 70–120)."""
    out: dict[str, dict[str, DefinedGroup]] = {}
    for d in definitions:
        groups = target_groups(d.term)
        spans = age_spans(d.text, counts=False)
        if len(groups) != 1 or not spans:
            continue
        youngest = min(a for a, _ in spans)
        oldest = max(b for _, b in spans)
        group = next(iter(groups))
        out.setdefault(d.source, {})[group] = DefinedGroup(group, youngest, oldest, d)
    return out


def defined_in(rule: str, definitions: Iterable[Definition]) -> tuple[Definition, ...]:
    """The definitions whose term the rule uses ("minst tre verksamhetsår", "ska vara
    lokalt förankrad enligt avsnitt 2"): its words in a row."""
    said = " ".join(stem(w) for w in words(rule))
    return tuple(
        d
        for d in definitions
        if (term := words(d.term)) and f" {' '.join(stem(w) for w in term)} " in f" {said} "
    )


def judge_defined_counts(
    rule: str, definitions: Sequence[Definition], description: str
) -> tuple[bool, str] | None:
    """A rule counting a defined thing counts what its definition names, when the idea
    tells a count of that: "minst tre verksamhetsår", where a verksamhetsår is "ett
    kalenderår då organisationen har hållit ett årsmöte", against "första årsmötet hade
    vi i mars 2025"."""
    judged = judged_defined_counts(rule, definitions, description)
    return None if judged is None else (judged[0], judged[1])


def judged_defined_counts(
    rule: str, definitions: Sequence[Definition], description: str
) -> tuple[bool, str, tuple[Definition, ...]] | None:
    """``judge_defined_counts`` with the definition it rests on, for the verdict to quote."""
    for d in definitions:
        if len(words(d.term)) != 1:
            continue  # a counted thing is one word ("verksamhetsår")
        term = words(d.term)[0]
        at = next(
            (m for m in re.finditer(r"[^\W\d_]+", rule) if stem(m.group()) == stem(term)), None
        )
        if at is None:
            continue
        for word in _held(d.text):
            if stem(word) == stem(term):
                continue
            told = judge_counts(rule[: at.start()] + word + rule[at.end() :], description)
            if told is not None:
                return told[0], told[1], (d,)
    return None


def _held(definition: str) -> list[str]:
    """The words right after a verb of holding or having in a definition: what it counts
    ("har hållit ordinarie årsmöte": ordinarie, årsmöte)."""
    said = words(definition)
    verbs = set(load_cues("criteria_words.yaml")["held_verbs"])
    found = [
        w
        for i, verb in enumerate(said)
        if verb in verbs
        for w in said[i + 1 : i + 1 + _HELD_WORDS]
        if len(w) >= _COUNTED_CHARS
    ]
    return list(dict.fromkeys(found))
