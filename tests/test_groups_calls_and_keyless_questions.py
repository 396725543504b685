"""A rule for one group in place of the general one, a call's share valued at the general
hourly rate, counts of meetings and untimed hours in numbers, decisions that cite the
rules, contacts labelled by matter, and ideas told in the asker's own words: members or
not, a participle of founding, annual meetings (issue 14). Texts are written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import assistant_over

from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.fee import judge_fee
from assistant.answers.eligibility.judge import target_groups, without_rules_heard
from assistant.answers.eligibility.share import judge_share
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.api import Assistant

TODAY = date(2026, 12, 7)

GUIDE = """---
municipality: Heby
title: Riktlinjer för idéburet offentligt partnerskap i Heby kommun
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i Heby kommun

## Krav

Föreningen ska vara en ideell förening med eget organisationsnummer. Föreningen ska ha
hållit minst två ordinarie årsmöten. Verksamheten ska rikta sig till äldre, unga eller
personer med funktionsnedsättning. Föreningen ska själv stå för minst 20 procent av
verksamhetens totala kostnad.

## Undantag

För verksamhet som riktar sig till personer med funktionsnedsättning räcker en egen insats
på minst 10 procent av verksamhetens totala kostnad.
"""

MINUTES = """---
municipality: Heby
title: Socialnämnden – protokollsutdrag 2026-09-22
doc_type: protokoll
---
# Socialnämnden – protokollsutdrag 2026-09-22

## § 85 Idéskiss från Heby Motorklubb – Garagekvällar

### Sammanfattning av ärendet

Enligt riktlinjerna ska föreningen ha hållit minst två ordinarie årsmöten, och ett
konstituerande möte räknas inte. Klubben har bara hållit ett årsmöte.

### Beslut

Socialnämnden beslutar att inte ingå partnerskap med Heby Motorklubb.
"""

PAGE = """---
municipality: Tierp
title: Föreningsbidrag, IOP eller upphandling
doc_type: webbsida
---
# Föreningsbidrag, IOP eller upphandling

Ett IOP kan aldrig ersätta en upphandling. Föreningar är välkomna att lämna anbud när
kommunen upphandlar.

## Kontakt

- Föreningsbidrag: Tomas Berg, föreningskonsulent, telefon 0293-181 22, forening@tierp.se
- Idéburet offentligt partnerskap: iop@tierp.se
- Upphandling: upphandling@tierp.se
"""

FORM = """---
municipality: Tierp
title: Idéskiss IOP
doc_type: mall
---
# Idéskiss IOP

## Allmänna villkor

1. Föreningen har funnits i minst tre år.
2. Deltagarna betalar högst 50 kronor per tillfälle.
3. Föreningen står för minst 10 procent av den totala kostnaden. Ideellt arbete räknas med
   220 kronor per timme.
"""

CALL = """---
municipality: Tierp
title: "Utlysning: digital vardag för äldre"
doc_type: dokument
---
# Utlysning: digital vardag för äldre

Kommunen vill ta del av föreningarnas idéer om hur äldre kan klara sin digitala vardag.

## Särskilda villkor i den här utlysningen

- Verksamheten ska vända sig till personer som har fyllt 70 år.
- Föreningen ska stå för minst 25 procent av den totala kostnaden (i stället för 10
  procent).
- Deltagandet ska vara helt avgiftsfritt.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("groups"),
        {
            "heby/heby-riktlinjer-iop.md": GUIDE,
            "heby/heby-protokoll-2026-09-22.md": MINUTES,
            "tierp/tierp-bidrag-iop-upphandling.md": PAGE,
            "tierp/tierp-ideskiss-iop.md": FORM,
            "tierp/tierp-utlysning-digital-vardag.md": CALL,
        },
    )


def test_a_rule_for_the_ideas_own_group_holds_in_place_of_the_general_one(
    places: Assistant,
) -> None:
    told = (
        "Vi är en ideell förening i Heby med organisationsnummer och har haft årsmöte varje år "
        "sedan 2012. Vi vill ha en musikkväll varannan vecka för vuxna med intellektuell "
        "funktionsnedsättning, och vi står för 12 procent av kostnaden själva. Kan det bli ett IOP?"
    )
    answer = places.answer(told)
    assert answer.verdict is not None
    assert answer.verdict.label != "likely_not_eligible", answer.answer
    assert not any("20 procent" in c.criterion for c in answer.verdict.criteria)
    # … and for another group the general rule holds
    other = places.answer(told.replace("vuxna med intellektuell funktionsnedsättning", "äldre"))
    assert other.verdict is not None
    assert other.verdict.label == "likely_not_eligible", other.answer


def test_a_group_of_no_age_is_named_beside_groups_of_ages() -> None:
    assert "disability" in target_groups("för vuxna med intellektuell funktionsnedsättning")
    assert "disability" in target_groups("äldre, unga eller personer med funktionsnedsättning")
    assert target_groups("för pensionärer över 70") == {"elderly"}


def test_a_decision_citing_the_rules_repeats_them_where_the_guideline_states_them(
    places: Assistant,
) -> None:
    answer = places.answer(
        "Vi är en förening i Heby med organisationsnummer och vill ordna läxhjälp för unga. "
        "Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.criteria
    assert not any("konstituerande" in c.criterion for c in answer.verdict.criteria)


def test_a_question_about_procurement_gets_the_procurement_mailbox(places: Assistant) -> None:
    answer = places.answer("Vem svarar på frågor när Tierps kommun upphandlar ledsagning?")
    assert "upphandling@tierp.se" in answer.answer, answer.answer
    assert "0293-181 22" not in answer.answer
    # … and a question about IOP the IOP mailbox, not the procurement one
    iop = places.answer("Vem kan vi kontakta om IOP i Tierp?")
    assert "upphandling@tierp.se" not in iop.answer, iop.answer


def test_a_calls_share_is_counted_at_the_general_rate_for_an_hour(places: Assistant) -> None:
    answer = places.answer(
        "Vår förening i Tierp bildades 2008 och vill ha digitalfika för alla över 70, helt "
        "gratis. Budgeten är 180 000 kr per år och vi lägger ca 160 ideella timmar. Räcker "
        "det för kommunens utlysning om digital vardag?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    assert any("25 procent" in c.criterion for c in answer.verdict.criteria)


def test_reading_about_a_call_does_not_put_the_idea_in_it(places: Assistant) -> None:
    told = (
        "Vi vill ha promenadgrupper för äldre två gånger i veckan. Nu har jag läst kommunens "
        "brev om utlysningen där det står att föreningen ska stå för minst 25 procent."
    )
    assert "utlysningen" not in without_rules_heard(told)
    answer = places.answer(
        "Vår förening i Tierp bildades 2015 och har organisationsnummer. " + told + " Vi tar "
        "30 kronor per gång och står för 12 procent av kostnaden. Går det med IOP?"
    )
    assert answer.verdict is not None
    assert not any("avgiftsfritt" in c.criterion for c in answer.verdict.criteria), answer.answer


def test_a_fee_for_a_term_over_its_meetings() -> None:
    rule = "Deltagarna får betala högst 40 kronor per tillfälle."
    dear = "det blir 8 träffar per termin och vi tar 360 kr per termin för färg och dukar."
    assert judge_fee(rule, dear) == (False, "och vi tar 360 kr per termin för färg och dukar.")
    cheap = dear.replace("360", "300")
    met = judge_fee(rule, cheap)
    assert met is not None and met[0]


def test_hours_with_no_period_beside_a_yearly_budget() -> None:
    rule = (
        "Föreningen ska stå för minst 25 procent. Ideellt arbete räknas med 220 kronor per timme."
    )
    told = "Budgeten är 180 000 kr per år och vi lägger ca 160 ideella timmar."
    judged = judge_share(rule, told)
    assert judged is not None and not judged[0]
    judged = judge_share(rule.replace("25 procent", "15 procent"), told)
    assert judged is not None and judged[0]


def test_a_share_said_after_a_comma_of_what_the_own_part_is() -> None:
    rule = "Föreningen ska själv stå för minst 20 procent av kostnaden."
    told = "Vår egen insats är bara ideella timmar, ungefär 25 procent av kostnaden."
    judged = judge_share(rule, told)
    assert judged is not None and judged[0]
    # … not a share of something else
    assert judge_share(rule, "Vi har 40 medlemmar, ungefär 25 procent av byn.") is None


@pytest.mark.parametrize(
    "told",
    [
        "Valskogs Bygdeförening (bildad 2008) vill ha digitalfika.",
        "Vi är Råda Bygdegårdsförening (sen 1961, ca 70 medlemmar) och vill ha en målarkurs.",
    ],
)
def test_a_founding_told_as_a_participle(told: str) -> None:
    rule = "Föreningen ska ha funnits i minst ett år räknat från bildandedatum."
    judged = judge_tenure(rule, told, TODAY)
    assert judged is not None and judged[0]


@pytest.mark.parametrize(
    ("told", "open_to_all"),
    [
        ("alla får vara med, medlem eller inte.", True),
        ("Alla ska kunna delta, oavsett om de är medlemmar i föreningen eller inte.", True),
        ("Alla får komma, och det kostar 100 kronor per termin.", True),
        ("alla medlemmar får komma", False),
        ("Endast medlemmar får delta, oavsett ålder.", False),
    ],
)
def test_members_and_others_alike(told: str, open_to_all: bool) -> None:
    said = {f.concept: f.polarity for f in read_concepts(told)}
    assert (said.get("open_to_all") == "stated") is open_to_all


def test_annual_meetings_make_an_association() -> None:
    said = {
        f.concept: f.polarity for f in read_concepts("Seniordansen har haft årsmöte varje vår.")
    }
    assert said.get("association") == "stated"
    said = {f.concept: f.polarity for f in read_concepts("Bolaget har en styrelse.")}
    assert "association" not in said
