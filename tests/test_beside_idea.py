"""An idea told with a question beside it, and a municipality's rules in numbers: the
answer judges the idea and answers the other question too (a real index)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.api import Assistant

GUIDELINE = """---
municipality: Nora
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i Nora kommun

## Kriterier

- Organisationen är en ideell förening som står i kommunens föreningsregister.
- Verksamheten är öppen för alla i målgruppen, även för den som inte är medlem.
- En mindre deltagaravgift är tillåten, men högst 30 kronor per tillfälle.
- Organisationen står för minst 15 procent av kostnaden, till exempel med ideell tid.

## Beslut

Beslut om partnerskap upp till 400 000 kronor per år fattas av socialnämnden. Större
partnerskap beslutas av kommunstyrelsen.

## Idéskiss

Skicka idéskissen till iop@nora.example.se. Vi svarar inom fyra veckor.
"""

_IDEA = (
    "Vi är en ideell pensionärsförening i Nora och står i föreningsregistret. Vi vill "
    "starta en träff varje vecka för äldre som är ensamma, öppen för alla, med frivilliga "
    "som ledare. Vi står för lokalen och den ideella tiden, ungefär en femtedel av "
    "kostnaden."
)


@pytest.fixture(scope="module")
def nora(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("nora"), {"nora/nora-riktlinjer-iop.md": GUIDELINE}
    )


def test_who_decides_beside_an_idea_is_answered_with_the_body(nora: Assistant) -> None:
    answer = nora.answer(f"{_IDEA} Kan det bli ett IOP, och vem är det som bestämmer?")
    assert answer.verdict is not None
    assert "socialnämnden" in answer.answer


def test_a_price_over_the_fee_cap_breaks_the_criterion_with_the_asker_s_words(
    nora: Assistant,
) -> None:
    answer = nora.answer(f"{_IDEA} Vi tänkte ta 80 kronor per gång för fika. Går det?")
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    [broken] = [c for c in answer.verdict.criteria if c.status == "not_met"]
    assert "högst 30 kronor" in broken.criterion and "80 kronor per gång" in broken.reason
    fine = nora.answer(f"{_IDEA} Fikat kostar 10 kronor. Går det?")
    assert fine.verdict is not None and fine.verdict.label != "likely_not_eligible"


REGION = """---
municipality: Region Västerbotten
title: Idéburet offentligt partnerskap med Region Västerbotten
doc_type: riktlinje
---
# Idéburet offentligt partnerskap med Region Västerbotten

## Kriterier

- För att regionen ska kunna ingå ett partnerskap krävs att verksamheten har regional betydelse. Med det menar vi att den når invånare i minst tre av länets femton kommuner, eller att den gäller ett område där regionen har ett särskilt ansvar.
- Organisationen ska vara idéburen och sakna vinstsyfte.
"""  # noqa: E501


def test_a_rule_broken_in_numbers_is_quoted_by_the_sentence_with_its_number(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    region = assistant_over(
        tmp_path_factory.mktemp("region"),
        {"region-vasterbotten/region-vasterbotten-iop.md": REGION},
    )
    answer = region.answer(
        "Vi är en ideell idrottsförening som bara finns i Lycksele och vill ha öppen hall "
        "för tonåringar på fredagskvällar. Kan det bli ett IOP med Region Västerbotten?"
    )
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    assert "minst tre av länets femton kommuner" in answer.answer
    # A region decides and has criteria of its own, not a kommun.
    assert "regionen avgör" in answer.answer and "Regionens kriterier" in answer.answer
    assert "kommunen avgör" not in answer.answer


CONTACT_ONLY = """---
municipality: Ljungby
title: Kontakta föreningsservice
doc_type: webbsida
---
# Kontakta föreningsservice

Föreningsservice hjälper föreningar med frågor om bidrag, lokaler och samarbete med
kommunen, till exempel idéburet offentligt partnerskap (IOP). Ring 0372-78 91 40.
"""

PROSE_GUIDELINE = """---
municipality: Ljungby
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap

Riktlinjerna beskriver hur kommunen samverkar med föreningar i Ljungby.
"""

_LJUNGBY_IDEA = (
    "Vi är en ideell förening i Ljungby och vill starta en träff varje vecka för ensamma "
    "äldre, öppen för alla, med frivilliga som ledare. Kan det bli ett IOP?"
)


@pytest.mark.parametrize(
    ("files", "said"),
    [
        ({"ljungby/ljungby-kontakt.md": CONTACT_ONLY}, "inga egna riktlinjer för IOP"),
        (
            {"ljungby/ljungby-kontakt.md": CONTACT_ONLY, "ljungby/riktlinjer.md": PROSE_GUIDELINE},
            "inga egna kriterier",
        ),
    ],
)
def test_without_criteria_the_answer_says_whether_the_place_has_guidelines_at_all(
    tmp_path: Path, files: dict[str, str], said: str
) -> None:
    answer = assistant_over(tmp_path, files).answer(_LJUNGBY_IDEA)
    assert answer.verdict is not None
    assert said in answer.answer


ENDED = """---
municipality: Region Östergötland
title: Idéburet offentligt partnerskap med Region Östergötland
doc_type: webbsida
---
# Idéburet offentligt partnerskap med Region Östergötland

## Avslutade partnerskap

Partnerskapet med Föreningen Digitala Seniorer om surfcaféer för äldre avslutades i förtid
den 30 juni 2025, eftersom biblioteken i länet hade börjat erbjuda samma sak.
"""


def test_a_short_question_leaning_on_what_is_told_is_answered_from_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # Other pages beside it, so that "surfcafé" is a word few passages use.
    head = ENDED.split("## ")[0]
    others = {
        f"region-ostergotland/sida-{i}.md": f"{head}## Villkor {i}\n\nOrganisationen ska vara "
        f"idéburen och stå för minst {i}0 procent av kostnaden.\n"
        for i in range(1, 5)
    }
    files = {"region-ostergotland/iop.md": ENDED, **others}
    region = assistant_over(tmp_path_factory.mktemp("ended"), files)
    answer = region.answer(
        "Min mamma gick på ett surfcafé som regionen i Östergötland hade. Nu finns det inte "
        "längre. Varför slutade det?"
    )
    # "slutade" is no word of the documents, but the surfcafé told before it is.
    assert not answer.abstained and "biblioteken" in answer.answer
