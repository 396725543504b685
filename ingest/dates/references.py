"""Which case a text belongs to: its diarienummer and decision paragraphs (§)."""

from __future__ import annotations

import re

_DNR = re.compile(
    r"(?<![\w])(?i:dnr|diarienummer|diarienr|diarie-nr|ärendenummer|ärendenr|ärende-nr)"
    r"\.?[ \t]*:?\s*"
    r"(?P<id>(?:[A-ZÅÄÖ]{1,8}[ ./-]?)?(?:19|20)[0-9]{2}[/.:-][0-9]{1,6}(?:[/.:-][0-9]{1,6})*"
    r"|(?:[A-ZÅÄÖ]{1,8}[ ./-]?)?[0-9]{1,6}/(?:19|20)[0-9]{2}(?![0-9]))",
)
_PARAGRAPH = re.compile(
    r"§§?[ \t]?[0-9]{1,4}(?:[ \t]?[-–][ \t]?[0-9]{1,4})?(?![0-9])"
    r"|(?<![\w])(?i:paragraf(?:erna)?)[ \t]+[0-9]{1,4}(?![0-9])",
)
_LAW_NUMBER_BEFORE = re.compile(r"(?:^|[\s(])[0-9]{1,3}[ \t]?$")
_LAW_AFTER = re.compile(
    r"[ \t,]*(?:(?:i|enligt|första|andra|tredje|st\.?|stycket|[0-9]+)[ \t]+){0,3}"
    r"\w*(?:lag|lagen|förordning\w*|balk\w*)(?![\w])",
    re.IGNORECASE,
)


def diarienummer(text: str) -> list[tuple[str, int]]:
    """(number as written, offset of its label) for each diarienummer of ``text``."""
    return [(text[m.start("id") : m.end("id")], m.start()) for m in _DNR.finditer(text)]


def paragraphs(text: str) -> list[tuple[str, int]]:
    """(reference as written, offset) for each decision paragraph of ``text``."""
    found: list[tuple[str, int]] = []
    for match in _PARAGRAPH.finditer(text):
        if _LAW_NUMBER_BEFORE.search(text[max(0, match.start() - 6) : match.start()]):
            continue  # "3 § kommunallagen", "2 kap. 3 §"
        if _LAW_AFTER.match(text, match.end()):
            continue  # "paragraf 3 i förvaltningslagen"
        found.append((text[match.start() : match.end()], match.start()))
    return found
