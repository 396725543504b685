"""Split a passage into quotable units (sentences and list items), keeping exact text.

Units are exact substrings of the passage, so a quote can always be found verbatim
in the cited source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:t\.ex|bl\.a|m\.m|s\.k|d\.v\.s|o\.s\.v|kl|ca|nr|resp|jfr|p\.g\.a|enl|tel|fr\.o\.m|"
    r"t\.o\.m|e\.g|i\.e)\.)$",
    re.IGNORECASE,
)
_END = re.compile(r"[.!?](?=\s+[\"”'(]?[A-ZÅÄÖ0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s+")


@dataclass(frozen=True)
class Unit:
    text: str  # exact substring of the passage
    start: int
    is_list_item: bool = False
    is_heading: bool = False
    is_table_row: bool = False


def split_units(passage: str) -> list[Unit]:
    """Sentences of paragraphs, and each list item or short line as its own unit."""
    units: list[Unit] = []
    offset = 0
    for line in passage.splitlines(keepends=True):
        body = line.rstrip("\n")
        stripped = body.strip()
        start = offset + (len(body) - len(body.lstrip()))
        offset += len(line)
        if not stripped:
            continue
        if _LIST_ITEM.match(body):
            units.append(Unit(stripped, start, is_list_item=True))
            continue
        if stripped.startswith("#"):
            units.append(Unit(stripped, start, is_heading=True))
            continue
        if stripped.startswith("|") and stripped.endswith("|"):
            units.append(Unit(stripped, start, is_table_row=True))  # a row is read whole
            continue
        units.extend(_sentences(stripped, start))
    return units


def _sentences(text: str, start: int) -> list[Unit]:
    out: list[Unit] = []
    begin = 0
    for match in _END.finditer(text):
        end = match.end()
        if _ABBREV.search(text[begin:end]):
            continue
        piece = text[begin:end].strip()
        if piece:
            out.append(
                Unit(piece, start + begin + (len(text[begin:end]) - len(text[begin:end].lstrip())))
            )
        begin = end
    tail = text[begin:].strip()
    if tail:
        out.append(Unit(tail, start + begin + (len(text[begin:]) - len(text[begin:].lstrip()))))
    return out


def strip_marker(item: str) -> str:
    """A list item's text without its bullet or number."""
    return _LIST_ITEM.sub("", item).strip()
