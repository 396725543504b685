"""When a contact answers, as the text gives it beside the card: "Telefon 018-611 73 92
(telefontid måndag och onsdag kl. 13–15)", "… kristoffer.lind@vimmerby.se. Kristoffer har
telefontid tisdagar kl. 9–11." Someone who would rather ring needs the day as much as
the number. The words are the source's own (a span of it), never composed.

A day ("tisdagar", "vardagar", "Monday"; ``data/hours.yaml``) with a time of day close
after it, in the card's own text or in its paragraph after it, up to the next card's
e-mail or number.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.contacts import iter_emails, iter_phones
from assistant.core.swedish.cues import CueMatcher, load_cues, matcher, normal
from assistant.core.swedish.sentences import sentence_spans

# A paragraph after a card says more about that card for this long at most.
_AFTER = 300
# The time stands this close after the day ("tisdagar och torsdagar kl. 9–11").
_DAY_TO_TIME = 60
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?(?:\s?[ap]\.?m\.?)?"
_UNTIL = r"\s*(?:[–—-]|till\b|to\b)\s*"
# "kl. 9–11", "klockan 9 till 11", "13.00–15.00", "9am–11am"
_TIME = re.compile(
    rf"(?:\b(?:kl\.?|klockan)\s*{_CLOCK}(?:{_UNTIL}{_CLOCK})?"
    rf"|(?<![\d-]){_CLOCK}{_UNTIL}{_CLOCK}(?![\d-]))",
    re.IGNORECASE,
)


# A range counting something else than the clock.
_COUNTED = re.compile(
    r"\s*(?:minuter|minutes|personer|people|deltagare|participants|veckor|weeks|år|years|"
    r"kronor|kr|procent|%)\b",
    re.IGNORECASE,
)


@cache
def _days() -> re.Pattern[str]:
    days = sorted(load_cues("hours.yaml")["days"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(d) for d in days) + r")(?!\w)", re.I)


def tells_hours(line: str) -> bool:
    """A line that says when someone answers: a day with a time of day after it
    ("Telefontid måndag–onsdag kl. 9–11")."""
    day = _days().search(line)
    return day is not None and _TIME.search(line, day.end()) is not None


def _reach() -> CueMatcher:
    return matcher("hours.yaml", "reach")


def _region_end(text: str, end: int, name: str | None = None) -> int:
    """Where the card's paragraph ends, or the next card's details begin."""
    limit = min(len(text), end + _AFTER)
    blank = text.find("\n\n", end)
    if blank != -1 and name and not text[end:blank].strip(" \t\n.,;"):
        # The card ends its paragraph (a page's contact block, a line each), and the next
        # one speaks of the person by name: "Malin svarar i telefon …" after Malin
        # Berg's card; "Malin Andersson på fritidsgården …" is someone else.
        following = text[blank:].lstrip()
        first = name.split()[0]
        by_first = re.match(rf"{re.escape(first)}\s+[a-zåäö]", following) is not None
        if following.startswith(name) or by_first:
            blank = text.find("\n\n", blank + 2)
    if blank != -1:
        limit = min(limit, blank)
    return _details_start(text, end, limit)


def _details(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each e-mail address and number in ``text[start:end]``."""
    piece = text[start:end]
    found = [*iter_emails(piece), *iter_phones(piece)]
    return [(start + f.start, start + f.end) for f in found]


def _details_end(text: str, start: int, end: int) -> int:
    """The end of the last e-mail or number in ``text[start:end]``, else ``start``."""
    return max((b for _, b in _details(text, start, end)), default=start)


def _details_start(text: str, start: int, end: int) -> int:
    """The start of the first e-mail or number in ``text[start:end]``, else ``end``."""
    return min((a for a, _ in _details(text, start, end)), default=end)


def hours_beside(
    text: str, span: tuple[int, int], name: str | None = None
) -> tuple[int, int] | None:
    """(start, end) in ``text`` of when the card at ``span`` answers, if it says: words in
    brackets right after its number or address, or a sentence of its paragraph that
    speaks of reaching someone ("Kristoffer har telefontid tisdagar kl. 9–11"; "Vi träffas
    tisdagar kl. 14" is when the group meets)."""
    start, end = span
    region_end = _region_end(text, end, name)
    for day in _days().finditer(text, start, region_end):
        time = _TIME.search(text, day.end(), min(region_end, day.end() + _DAY_TO_TIME))
        if time is None or "\n" in text[day.start() : time.start()]:
            continue
        if _COUNTED.match(text, time.end()):
            continue  # "5–10 minuter", "10–12 personer": a count, no time of day
        opened = text.rfind("(", start, day.start())
        if opened != -1 and ")" not in text[opened : day.start()]:
            closed = text.find(")", time.end(), region_end)
            right_after = not text[_details_end(text, start, opened) : opened].strip()
            if closed != -1 and right_after:
                return opened + 1, closed
        for a, b in sentence_spans(text[start:region_end]):
            a, b = a + start, min(b + start, region_end)
            # The day and its time in one sentence ("Ring på måndag. Mötet 3–4 juni." is
            # two), on one line.
            if not a <= day.start() < b or time.start() >= b:
                continue
            a = max(a, text.rfind("\n", a, day.start()) + 1)
            # The card's own sentence holds its details: the hours begin after them.
            details = _details_end(text, a, day.start())
            after_details = details > a
            a = details if after_details else a
            b = _details_start(text, time.end(), b)
            piece = text[a:b].strip(" \t\n,;:.–-")
            a = text.index(piece, a)
            right_after = after_details and not text[details:a].strip(" ,;:.–-")
            # A word of reaching someone before the day says when to call ("har
            # telefontid tisdagar …"); after it ("… tisdagar kl. 14 och ringer alla") not.
            if _reach()(text[a : day.start()]) or right_after:
                return a, a + len(piece)
    return _part_of_day(text, start, region_end)


def _part_of_day(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A sentence after the card's details that says when to reach the person by a part
    of the day, with no clock ("Malin svarar helst på förmiddagar")."""
    parts = matcher("hours.yaml", "day_parts")
    reach = matcher("hours.yaml", "day_part_reach")
    begin = _details_end(text, start, end)
    for a, b in sentence_spans(text[begin:end]):
        said = text[begin + a : begin + b]
        at = parts.at(said)
        if at is not None and reach(normal(said)[:at]):
            piece = said.strip(" \t\n,;:.–-")
            at = text.index(piece, begin + a)
            return at, at + len(piece)
    return None
