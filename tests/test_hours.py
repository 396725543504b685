"""When to call: the source's own words beside a contact card ("telefontid tisdagar kl.
9–11"), shown with the card. (Which card: test_contact_choice.)"""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.api import Assistant
from assistant.core.hours import hours_beside


def _hours(text: str, card: str) -> str | None:
    """The hours found beside the card whose text runs from the start to ``card``'s end."""
    end = text.index(card) + len(card)
    found = hours_beside(text, (0, end))
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "card", "hours"),
    [
        (
            "Anders Wikman, strateg\nTelefon 018-611 73 92 (telefontid måndag och onsdag "
            "kl. 13–15)\nanders.wikman@region.se\n\nAllmänna frågor: iop@region.se",
            "anders.wikman@region.se",
            "telefontid måndag och onsdag kl. 13–15",
        ),
        (
            "S: Kristoffer Lind, telefon 0492-76 91 42, kristoffer.lind@vimmerby.se. "
            "Kristoffer har telefontid tisdagar kl. 9–11. Övrig tid går det bra att mejla.",
            "kristoffer.lind@vimmerby.se",
            "Kristoffer har telefontid tisdagar kl. 9–11",
        ),
        (
            "Phone +46 18-611 73 92 (Monday and Wednesday 13.00–15.00)\n\nanders@region.se",
            "+46 18-611 73 92",
            "Monday and Wednesday 13.00–15.00",
        ),
        (
            "Ring Sofia Nyström.\nTelefon: 0929-170 38.\nHon svarar i telefon måndag till "
            "torsdag klockan 9 till 11.\n\nDu kan också mejla.",
            "0929-170 38",
            "Hon svarar i telefon måndag till torsdag klockan 9 till 11",
        ),
        (
            "Ring Anna Berg på 040-123 45 67 vardagar 8–12, anna.berg@malmo.se",
            "anna.berg@malmo.se",
            "vardagar 8–12",
        ),
    ],
)
def test_the_days_and_times_to_call_beside_a_card_are_found(
    text: str, card: str, hours: str
) -> None:
    assert _hours(text, card) == hours


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # No day and time: nothing to show.
        ("Vi har ingen telefontid. Skriv till foreningsservice@ovanaker.se.", "Vi har"),
        # When a group meets is not when to call.
        ("S: Ring Anna på 040-123 45 67. Vi träffas tisdagar kl. 14–16 i Folkets hus.", "67"),
        # A date with a weekday is no opening time.
        ("Anna Berg, 040-123 45 67. Nästa möte är tisdagen den 3 mars kl. 18.", "67"),
        # The next line's hours are the next card's.
        ("Anna Berg, 040-123 45 67\nBo Ek, 040-765 43 21, telefontid fredagar 9-10", "67"),
        # A day in one sentence and a range in the next are no hours …
        ("Anna Berg, 040-123 45 67. Ring henne på måndag. Mötet 3–4 juni.", "67"),
        # … nor a range of minutes, nor a call after the day it meets
        ("Anna Berg, 040-123 45 67. Nås på tisdagar, 5-10 minuter räcker.", "67"),
        ("Anna Berg, 040-123 45 67. Vi träffas tisdagar kl. 14 och ringer alla.", "67"),
        # A new paragraph is about something else.
        ("Anna Berg, 040-123 45 67\n\nÖppet hus onsdagar kl. 10–12 på biblioteket.", "67"),
    ],
)
def test_no_hours_are_taken_from_what_is_not_about_calling_the_card(text: str, card: str) -> None:
    assert _hours(text, card) is None


SWEDISH_PAGE = """---
municipality: {place}
title: Idéburet offentligt partnerskap
---
# Idéburet offentligt partnerskap

{place} kan ingå idéburet offentligt partnerskap (IOP) med föreningar.

## Kontakt

Lena Holm
Telefon 0921-62 40 12{hours}
lena.holm@kommun.se
"""

ENGLISH_PAGE = """---
municipality: Luleå
title: Partnerships in English
---
# Idea-based public partnership

Luleå can enter into idea-based public partnerships with associations.

## Contact

Lena Holm
Phone +46 921-62 40 12 (Monday and Thursday 9–11)
lena.holm@kommun.se
"""


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("hours"),
        {
            "boden/boden-iop.md": SWEDISH_PAGE.format(
                place="Boden", hours=" (telefontid måndag och torsdag kl. 9–11)"
            ),
            "lulea/lulea-iop.md": SWEDISH_PAGE.format(place="Luleå", hours=""),
            "lulea/lulea-iop-english.md": ENGLISH_PAGE,
        },
    )


def test_a_contact_answer_says_when_to_call_in_the_sources_words(two_places: Assistant) -> None:
    answer = two_places.answer("Vem kan jag ringa om IOP i Boden, och vilka dagar svarar hon?")
    assert "telefontid måndag och torsdag kl. 9–11" in answer.answer
    card = next(c for c in answer.contacts if c.name == "Lena Holm")
    cited = answer.citations[card.citation - 1]
    assert cited.source == "boden/boden-iop.md"
    assert "telefontid måndag och torsdag kl. 9–11" in cited.quote
