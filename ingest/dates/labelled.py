"""When a text says it was updated or published: "Uppdaterad: 2019-03-04"."""

from __future__ import annotations

import bisect
import re

from assistant.core.swedish.dates import UPDATED_LABEL as _UPDATED_LABEL
from ingest.dates.spans import DateSpan


def labelled_line_dates(
    text: str, dates: list[DateSpan], starts: list[int]
) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int, int]]]:
    """(iso, kind, evidence start, evidence end) for updated and published labels."""
    updated: list[tuple[str, str, int, int]] = []
    published: list[tuple[str, str, int, int]] = []
    by_start = {d.start: d for d in dates}
    for line in re.finditer(r"[^\n]+", text):
        for label in _UPDATED_LABEL.finditer(text, line.start(), line.end()):
            before = text[line.start() : label.start()]
            dated_before = any(line.start() <= d.start and d.end <= label.start() for d in dates)
            if not (before.strip() == "" or dated_before or label["colon"]):
                continue
            found = by_start.get(label.end())
            ev_end = found.end if found else line.end()
            if found is None and text[label.end() : line.end()].strip() == "":
                found, ev_end = _date_on_next_line(text, line.end(), dates, starts)
            if found is None or found.iso is None:
                continue
            kind = label["kind"].casefold()
            target = published if kind.startswith(("publicera", "publish")) else updated
            target.append((found.iso, kind, line.start(), ev_end))
    return updated, published


def _date_on_next_line(
    text: str, pos: int, dates: list[DateSpan], starts: list[int]
) -> tuple[DateSpan | None, int]:
    """A date standing alone on the line after ``pos`` (one blank line allowed)."""
    rest = re.match(r"\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]*)", text[pos:])
    if rest is None:
        return None, pos
    line_start = pos + rest.start("line")
    line_end = pos + rest.end("line")
    i = bisect.bisect_left(starts, line_start)
    if i < len(dates) and dates[i].start == line_start:
        d = dates[i]
        if text[d.end : line_end].strip() == "":
            return d, d.end
    return None, pos
