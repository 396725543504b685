"""What a page's running header or footer says that the document itself needs.

Loaders drop headers and footers as page furniture, and with them the one number a
municipality gives for questions that are not about IOP ("Växel 063-14 30 00") and, on a
protocol, the meeting date ("Sammanträdesdatum 2023-05-22"). Those parts are kept, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.contacts import find_emails, find_phones
from ingest.clean import is_contact_line
from ingest.contacts.cards import service_title
from ingest.contacts.names import is_function_mailbox
from ingest.dates.decided import labelled_decision_date

# Footer parts are separated by commas, bars, dots or spaced dashes:
# "Östersunds kommun · 831 82 Östersund · Växel 063-14 30 00 · www.ostersund.se".
_PARTS = re.compile(r"\s*(?:[,|·•]|\s[–—-]\s)\s*")


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def switchboard_parts(lines: Iterable[str], present: str) -> list[str]:
    """The parts of footer lines that name a switchboard or contact centre with its
    number ("Växel 063-14 30 00", not the postal address beside it), or a shared mailbox
    with what it is for ("Föreningsservice (föreningsstöd och IOP): forening@…", or bare
    beside the switchboard), each once, unless the text already holds them."""
    wanted: list[str] = []
    for line in lines:
        parts = _PARTS.split(" ".join(line.split()))
        board = [p for p in parts if is_contact_line(p) and service_title(p) and find_phones(p)]
        # Beside the switchboard, a bare shared mailbox is the office's too ("Växel 0523-66
        # 50 00 · omsorgsnamnden@sotenas.se"): its own name says what it is for.
        wanted += [
            p for p in parts if p in board or _named_mailbox(p) or (board and _bare_mailbox(p))
        ]
    return _new(wanted, present)


def _bare_mailbox(part: str) -> bool:
    emails = find_emails(part)
    return len(emails) == 1 and part.strip() == emails[0] and is_function_mailbox(emails[0])


# A label that only says it is an address ("E-post:", "E-postadress:", "Mejla oss:").
_MAILBOX_LABEL = re.compile(
    r"^\W*(?:(?:e-?post|e-?mail|mejl|mail)\w*(?:\s+(?:oss|till))?|skriv\s+till)?\W*$",
    re.IGNORECASE,
)


def _named_mailbox(part: str) -> bool:
    """A shared mailbox after a label that says what it is for: not a person's address,
    nor one labelled only "E-post"."""
    emails = find_emails(part)
    if len(emails) != 1 or not is_function_mailbox(emails[0]):
        return False
    label = part[: part.find(emails[0])]
    return not _MAILBOX_LABEL.match(label)


def decision_lines(lines: Iterable[str], present: str) -> list[str]:
    """Running lines that date the decision ("Sammanträdesdatum 2023-05-22"), each once,
    unless the text already holds them."""
    dated = (labelled_decision_date(" ".join(line.split())) for line in lines)
    return _new((d for d in dated if d), present)


def _new(parts: Iterable[str], present: str) -> list[str]:
    """Each part once, leaving out those the text already holds (spacing aside)."""
    have = compact(present)
    found: list[str] = []
    for part in parts:
        if compact(part) not in have and part not in found:
            found.append(part)
    return found
