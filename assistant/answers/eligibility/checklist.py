"""A criteria table asked as yes/no questions ("| Fråga | Om ni svarar ja | Om ni svarar
nej |"): each row is a condition, and the answer that stops the idea says which way.

The columns for "ja" and "nej" are found by their header. Which answer lets the idea go
on is read from the table itself: the cell most rows repeat ("Gå vidare till fråga 3.")
sends the asker onwards, so in each row the other cell is the one that stops, unless the
repeated cell itself says "inte" ("Då passar IOP inte er."). A question
the wrong answer to is "ja" ("Kostar det deltagarna mer än 40 kronor per tillfälle?")
rules out what it asks about; it is judged as its statement with "inte".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from assistant.answers.eligibility.concepts import negation_words
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.sentences import is_table_rule, sentence_spans, table_cells
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


def read_rows(header: str, rows: Sequence[str], boxed: bool = False) -> dict[int, Row]:
    """The conditions of the table's rows (by index in ``rows``), when ``header`` names a
    column for each answer; {} otherwise. ``boxed``: the text above the table says a wrong
    answer rules the idea out, so a form's empty boxes ask for conditions too."""
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
    if not answered:
        # A form to fill in asks for facts ("Har ni sökt bidrag tidigare?") unless the
        # text above it says the answers decide ("Svarar ni Nej … kan idén inte bli IOP").
        return _boxed(rows, cells, yes, no) if boxed else {}
    # The cell most rows repeat is one answer's meaning said once for all: it sends on
    # ("Gå vidare till fråga 3."), or, when it says "inte" ("Då passar IOP inte er."), it
    # stops. A tie repeats nothing.
    answers = [c[k] for _, c in answered for k in (yes, no) if c[k]]
    ranked = Counter(_opening(a) for a in answers).most_common(2)
    repeated = ranked[0][0] if ranked and ranked[0][1] >= 2 else ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        repeated = ""
    # Said once for all, its first sentence says which: "Gå vidare till fråga 7. Det går
    # också bra att inte ta någon avgift alls." sends on.
    said = [_first_sentence(a) for a in answers if repeated and _opening(a) == repeated]
    repeated_stops = bool(said) and all(_negates(a) for a in said)
    out: dict[int, Row] = {}
    for i, c in answered:
        # The question is the row's first cell of words ("| 3 | Har ni stadgar? | …").
        question = next(
            (c[k] for k in range(len(c)) if k not in (yes, no) and len(words(c[k])) >= 2), ""
        )
        if not question:
            continue
        on_yes, on_no = _opening(c[yes]) == repeated, _opening(c[no]) == repeated
        if on_yes != on_no:
            stops_on_yes = on_yes if repeated_stops else on_no
        else:
            # Neither repeats ("Bra! Då är ni redo …"): the answer saying "inte" stops; a
            # checklist asks what an idea must be, so otherwise "ja" goes on.
            stops_on_yes = _negates(c[yes]) and not _negates(c[no])
        stop = yes if stops_on_yes else no
        shown = question if not c[stop] else f"{question} – {labels[stop]}: {c[stop]}"
        out[i] = Row(shown, as_rule(question, stops_on_yes), stops_on_yes)
    return out


def _boxed(
    rows: Sequence[str], cells: Sequence[Sequence[str]], yes: int, no: int
) -> dict[int, Row]:
    """A form's table with empty boxes to tick ("| Verksamheten bedrivs i Gnesta kommun. |
    ☐ | ☐ |", "| 5 | Hör verksamheten till något av de prioriterade områdena? | ☐ | ☐ |
    Område A: …"): each row is a condition the idea must meet, as a checklist asks what
    an idea must be; a question stops on "ja" only when its row says "nej" is the answer
    to give ("Här ska ni svara Nej"). The row's other text (an explanation) goes with it.
    """
    give_no = matcher("criteria_words.yaml", "answer_no_wanted")
    out: dict[int, Row] = {}
    for i, c in enumerate(cells):
        if len(c) <= max(yes, no) or is_table_rule(rows[i]) or words(c[yes]) or words(c[no]):
            continue
        said = [c[k] for k in range(len(c)) if k not in (yes, no) and len(words(c[k])) >= 2]
        if not said:
            continue
        statement, notes = said[0], " ".join(said[1:])
        # "Här ska ni svara Nej" says which answer to give; "Om nej, kontakta oss" does not.
        stops_on_yes = statement.rstrip().endswith("?") and bool(give_no(notes))
        rule = f"{as_rule(statement, stops_on_yes)} {notes}".strip()
        shown = f"{statement} – {notes}" if notes else statement
        out[i] = Row(shown, rule, stops_on_yes)
    return out


def _first_sentence(cell: str) -> str:
    spans = sentence_spans(cell)
    return cell[spans[0][0] : spans[0][1]] if spans else cell


def _negates(cell: str) -> bool:
    return bool(set(words(cell)) & negation_words())


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
    verb, subject, tail = parts[0].lower(), parts[1], parts[2:]
    if subject.lower() == "sig" and tail:  # "Riktar sig verksamheten till äldre?"
        verb, subject, tail = f"{verb} sig", tail[0], tail[1:]
    negation = ["inte"]
    if tail and tail[0].lower() in negation_words():
        # "Tar ni inte emot …?" stopping on "ja" asks for what it says without "inte".
        negation, tail = ([], tail[1:]) if negate else ([tail[0]], tail[1:])
        negate = True
    turned = [subject[:1].upper() + subject[1:], verb, *(negation if negate else []), *tail]
    return " ".join([" ".join(turned) + ".", rest.strip()]).strip()
