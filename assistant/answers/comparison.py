"""A table comparing the forms of working with the kommun ("| | Föreningsbidrag | IOP |
Upphandling |"): the partnership's column is what the assistant speaks for; the others
are other forms of support."""

from __future__ import annotations

from assistant.answers.eligibility.support import names_procurement, support_form
from assistant.answers.question import domain_matcher
from assistant.core.swedish.sentences import is_header_row, split_units, table_cells
from assistant.index import lexical


def iop_column(header: str) -> int | None:
    """The column of a table that compares forms of working with the kommun that is the
    partnership's: one column names IOP, another a grant or procurement."""
    cells = table_cells(header)
    named = [i for i, c in enumerate(cells) if domain_matcher()(c)]
    others = [
        i
        for i, c in enumerate(cells)
        if i not in named
        and (any(support_form(w) for w in lexical.words(c)) or names_procurement(c))
    ]
    return named[0] if len(named) == 1 and others else None


def iop_cells(row: str, header: str) -> str:
    """A row of such a table as its label and the partnership's cell ("| När söker man? |
    Enligt datumen ovan | 1–30 november | … |" → "| När söker man? | 1–30 november |"); any
    other row as it is."""
    column = iop_column(header) if header else None
    cells = table_cells(row)
    if (
        column is None
        or column == 0
        or column >= len(cells)
        or len(table_cells(header)) != len(cells)
    ):
        return row
    return f"| {cells[0]} | {cells[column]} |"


def header_of(text: str, position: int) -> str:
    """The row naming the columns of the table whose row stands at ``position`` among the
    units of ``text`` (as ``list_around`` finds it; "" when there is none)."""
    units = split_units(text)
    if not (0 <= position < len(units)) or not units[position].is_table_row:
        return ""
    first = position
    while first > 0 and units[first - 1].is_table_row:
        first -= 1
    return next((u.text for u in units[first:position] if is_header_row(u.text)), "")


def asks_comparison(question: str) -> bool:
    """Whether a question names another form of support or procurement ("Vad är
    skillnaden mellan föreningsbidrag, IOP och upphandling?"): a comparing table's whole
    rows answer it."""
    return any(support_form(w) for w in lexical.words(question)) or names_procurement(question)
