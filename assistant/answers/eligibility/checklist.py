"""A criteria table asked as yes/no questions ("| Fråga | Om ni svarar ja | Om ni svarar
nej |"): each row is a condition, and the answer that stops the idea says which way.

The columns for "ja" and "nej" are found by their header. Which answer lets the idea go
on is read from the table itself: the cell most rows repeat ("Gå vidare till fråga 3.")
sends the asker onwards, so in each row the other cell is the one that stops. A question
the wrong answer to is "ja" ("Kostar det deltagarna mer än 40 kronor per tillfälle?")
rules out what it asks about; it is judged as its statement with "inte".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from assistant.core.swedish.cues import load_cues
from assistant.core.swedish.sentences import is_table_rule, table_cells
from assistant.index.lexical import words

_KEY_WORDS = 3  # a cell's opening words, its numbers aside, say what it does
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s*")


@dataclass(frozen=True)
class Row:
    """One condition of a yes/no table."""

    shown: str  # the question and what the stopping answer means, as a person reads it
    rule: str  # the condition as a statement the criteria readers judge
    stops_on_yes: bool


@cache
def _answers() -> tuple[frozenset[str], frozenset[str]]:
    cues = load_cues("criteria_words.yaml")
    return frozenset(cues["answer_yes"]), frozenset(cues["answer_no"])


def yes_no_columns(header: str) -> tuple[int, int] | None:
    """The columns of the answers "ja" and "nej", when the header names one each."""
    yes_words, no_words = _answers()
    cells = [set(words(c)) for c in table_cells(header)]
    yes = [i for i, c in enumerate(cells) if c & yes_words and not c & no_words]
    no = [i for i, c in enumerate(cells) if c & no_words and not c & yes_words]
    if len(yes) == 1 and len(no) == 1:
        return yes[0], no[0]
    return None


def _opening(cell: str) -> str:
    return " ".join([w for w in words(cell) if not w.isdigit()][:_KEY_WORDS])


def read_rows(header: str, rows: Sequence[str]) -> dict[int, Row]:
    """The conditions of the table's rows (by index in ``rows``), when ``header`` names a
    column for each answer; {} otherwise."""
    columns = yes_no_columns(header)
    if columns is None:
        return {}
    yes, no = columns
    labels = table_cells(header)
    cells = [table_cells(r) for r in rows]
    # A form to fill in ("| Ja: ☐ | Nej: ☐ |") says nothing of what an answer means.
    answered = [
        (i, c)
        for i, c in enumerate(cells)
        if len(c) > max(yes, no) and not is_table_rule(rows[i]) and (words(c[yes]) or words(c[no]))
    ]
    openings = Counter(_opening(c[k]) for _, c in answered for k in (yes, no) if c[k])
    onwards, seen = openings.most_common(1)[0] if openings else ("", 0)
    if seen < 2:
        onwards = ""
    out: dict[int, Row] = {}
    for i, c in answered:
        question = " ".join(c[k] for k in range(len(c)) if k not in (yes, no) and c[k])
        if not question:
            continue
        on_yes, on_no = _opening(c[yes]) == onwards, _opening(c[no]) == onwards
        # Where neither sends on ("Bra! Då är ni redo …") the answer saying "inte" stops;
        # a checklist asks what an idea must be, so otherwise "ja" goes on.
        negated_yes = _negates(c[yes]) and not _negates(c[no])
        stops_on_yes = on_no if on_yes != on_no else negated_yes
        stop = no if not stops_on_yes else yes
        shown = question if not c[stop] else f"{question} – {labels[stop]}: {c[stop]}"
        out[i] = Row(shown, as_rule(question, stops_on_yes), stops_on_yes)
    return out


def _negates(cell: str) -> bool:
    return bool(set(words(cell)) & _negations())


@cache
def _negations() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["excluding"])


def as_rule(question: str, negate: bool) -> str:
    """The condition a yes/no question asks as a statement: "Har föreningen minst 25
    medlemmar?" → "Föreningen har minst 25 medlemmar"; negated, "Kostar det mer än 40
    kronor?" → "Det kostar inte mer än 40 kronor". Only the question's first sentence
    turns; the rest ("Det går lika bra i Axvall …") stays."""
    question = _NUMBER.sub("", question.strip())
    asked, mark, rest = question.partition("?")
    parts = asked.split()
    if not mark or len(parts) < 3:
        return question
    verb, subject, tail = parts[0], parts[1], parts[2:]
    turned = [subject[:1].upper() + subject[1:], verb.lower(), *(["inte"] if negate else []), *tail]
    return " ".join([" ".join(turned) + ".", rest.strip()]).strip()
