"""Words a guideline defines for itself, and rules judged by the ages they give."""

from __future__ import annotations

import pytest
from builders import make_chunk
from conftest import assistant_over
from test_eligibility import _PlacedVectors

from assistant.answers.eligibility.ages import judge_ages
from assistant.answers.eligibility.concepts import age_spans
from assistant.answers.eligibility.criteria import criteria_of
from assistant.answers.eligibility.definitions import (
    DefinedGroup,
    Definition,
    defined_in,
    definitions_in,
    group_ages,
    in_glossary,
    judge_defined_counts,
)
from assistant.answers.eligibility.judge import assess

_TERMS = """I dessa riktlinjer används följande begrepp.

| Begrepp | Betydelse |
| --- | --- |
| Verksamhetsår | Ett kalenderår då organisationen har hållit ett årsmöte. |
| Äldre | Personer som har fyllt 70 år. |
| Unga | Personer mellan 13 och 21 år. |
| Ska, får inte | Anger ett krav. Alla krav ska vara uppfyllda. |"""

_RULES = (
    "Verksamheten ska vända sig till äldre eller till unga, så som grupperna definieras i "
    "avsnitt 2. Organisationen måste vara registrerad i kommunens föreningsregister."
)


def _chunks() -> list:
    terms = make_chunk(
        "koping/riktlinjer-iop.pdf",
        _TERMS,
        doc_type="riktlinje",
        heading_path=("R", "2 Definitioner"),
    )
    rules = make_chunk(
        "koping/riktlinjer-iop.pdf",
        _RULES,
        doc_type="riktlinje",
        position=1,
        heading_path=("R", "3 Förutsättningar"),
    )
    return [terms, rules]


def test_a_glossary_is_told_by_its_heading_or_its_first_column() -> None:
    assert in_glossary("2 Definitioner")
    # What IOP is defined as, or terms and conditions, are no list of words.
    assert not in_glossary("Definition av idéburet offentligt partnerskap")
    assert not in_glossary("Terms and conditions")
    assert in_glossary("Bakgrund", "| Begrepp | Betydelse |")
    assert not in_glossary("Kriterier för IOP", "| Krav | Hur vi bedömer |")


def test_definitions_from_a_table_a_labelled_list_and_running_text() -> None:
    terms, _ = _chunks()
    found = {d.term: d.text for d in definitions_in(terms)}
    assert found["Äldre"] == "Personer som har fyllt 70 år."
    listed = make_chunk(
        "koping/sida.html",
        "## Ordlista\n- Unga: personer mellan 13 och 25 år\n- Föreningsregistret – kommunens lista",
    )
    assert {d.term for d in definitions_in(listed)} == {"Unga", "Föreningsregistret"}
    prose = make_chunk("koping/sida.html", "Med äldre avses personer som har fyllt 65 år.")
    [said] = definitions_in(prose)
    assert (said.term, said.text) == ("äldre", "personer som har fyllt 65 år.")
    # A labelled line elsewhere defines nothing ("Telefon: 0221-…" under a contact heading).
    assert definitions_in(make_chunk("koping/sida.html", "## Kontakt\nTelefon: 0221-290 00")) == []


def test_group_ages_per_document() -> None:
    terms, _ = _chunks()
    ages = group_ages(definitions_in(terms))
    found = {g: (d.youngest, d.oldest) for g, d in ages["koping/riktlinjer-iop.pdf"].items()}
    assert found == {"elderly": (70, 120), "young": (13, 21)}
    assert ages["koping/riktlinjer-iop.pdf"]["elderly"].definition.term == "Äldre"


def test_ages_are_read_with_and_without_their_unit() -> None:
    assert age_spans("för dom som är mellan 62 och 69, tre förmiddagar") == [(62, 69)]
    assert age_spans("barn under 12 år") == [(0, 12)]
    assert age_spans("Överenskommelsen gäller under 3 år.") == []
    assert age_spans("vi är 10–15 personer") == []
    # "minst 2 år" is an age or a length of time: left out when asked.
    assert age_spans("ha funnits i minst 2 år", counts=False) == []


def _defined(group: str, youngest: int, oldest: int) -> DefinedGroup:
    term = make_chunk("koping/riktlinjer-iop.pdf", "definitions")
    return DefinedGroup(group, youngest, oldest, Definition(group, "definition", term))


def test_a_rule_on_a_defined_group_is_judged_by_its_ages() -> None:
    defined = (_defined("elderly", 70, 120), _defined("young", 13, 21))
    rule = "Verksamheten ska vända sig till äldre eller till unga."
    broken = judge_ages(rule, defined, "Vi vill ha gympa för dom som är mellan 62 och 69.")
    assert broken is not None and broken[0] is False
    met = judge_ages(rule, defined, "En träffpunkt för dom över 75 i byn.")
    assert met is not None and met[0] is True
    # Overlapping says nothing sure; no ages told, nothing at all.
    assert judge_ages(rule, defined, "Vi vill ha träffar för alla från 60 år.") is None
    assert judge_ages(rule, defined, "Vi vill ha träffar för äldre i byn.") is None


def test_a_rule_s_own_ages_count_only_beside_whom_it_is_for() -> None:
    assert judge_ages("IOP prövas för målgrupp 65 år och äldre.", (), "för folk 55–64 år") == (
        False,
        "för folk 55–64 år",
    )
    # A length of time is no age, in the rule or in the idea.
    assert judge_ages("Ett partnerskap gäller i 1–3 år.", (), "för barn 6–12 år") is None
    assert (
        judge_ages(
            "IOP ska prövas för målgrupp 65 år och äldre.",
            (),
            "Vi har verkat under 30 år och ordnar träffar för pensionärer.",
        )
        is None
    )
    assert judge_ages(
        "Verksamheten ska vända sig till unga under 25 år.",
        (),
        "Föreningen har funnits i över 30 år och vill starta läxhjälp för unga 13–19 år.",
    ) == (True, "och vill starta läxhjälp för unga 13–19 år.")


def test_glossary_rows_are_no_criteria_and_a_rule_reads_the_ages_they_define() -> None:
    reader = _PlacedVectors(chunks=_chunks())
    found = criteria_of(reader, ["Köping"])  # type: ignore[arg-type]
    texts = [c.text for c in found]
    assert not any(t.startswith(("Ska, får inte", "Äldre", "Verksamhetsår")) for t in texts)
    [whom] = [c for c in found if c.text.startswith("Verksamheten ska vända sig")]
    assert {(d.group, d.youngest, d.oldest) for d in whom.defined_ages} == {
        ("elderly", 70, 120),
        ("young", 13, 21),
    }
    description = (
        "Vi är en ideell förening sedan 2009 och vill starta promenadgrupper mot ensamhet "
        "för dom som är mellan 62 och 69, varje vecka."
    )
    assessment = assess(found, description)
    assert assessment.label == "likely_not_eligible"
    [broken] = [j for j in assessment.judgements if j.status == "not_met"]
    assert broken.criterion is whom


GUIDELINE = """---
municipality: Tidaholm
title: Riktlinjer för IOP i Tidaholms kommun
doc_type: riktlinje
---
# Riktlinjer för IOP i Tidaholms kommun

## 2 Definitioner

| Begrepp | Betydelse |
| --- | --- |
| Äldre | Personer som har fyllt 70 år. |
| Unga | Personer mellan 13 och 21 år. |

## 3 Förutsättningar

Verksamheten ska vända sig till äldre eller till unga, så som grupperna definieras i avsnitt 2.
Organisationen ska vara en ideell förening och ha funnits i minst tre år.
"""


def test_a_verdict_broken_by_a_defined_age_quotes_the_definition(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tidaholm = assistant_over(
        tmp_path_factory.mktemp("tidaholm"), {"tidaholm/riktlinjer-iop.md": GUIDELINE}
    )
    answer = tidaholm.answer(
        "Vi är en ideell förening sedan 2009 och vill starta promenadgrupper mot ensamhet "
        "för dom som är mellan 62 och 69, tre förmiddagar i veckan. Kan det bli IOP i "
        "Tidaholm?"
    )
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    assert "Äldre: Personer som har fyllt 70 år" in answer.answer


def test_a_rule_counting_a_defined_thing_counts_what_the_definition_names() -> None:
    year = make_chunk(
        "leksand/riktlinjer.pdf",
        "| Begrepp | Betydelse |\n| --- | --- |\n| Verksamhetsår | Ett avslutat kalenderår "
        "för vilket organisationen har hållit årsmöte. Det pågående året räknas inte. |",
        heading_path=("R", "2 Begrepp"),
    )
    terms = definitions_in(year)
    rule = "Organisationen har minst tre verksamhetsår bakom sig."
    assert [d.term for d in defined_in(rule, terms)] == ["Verksamhetsår"]
    young = "Vi bildades 2023. Första årsmötet hade vi i mars 2025."
    assert judge_defined_counts(rule, terms, young) == (
        False,
        "Första årsmötet hade vi i mars 2025.",
    )
    twice = "Vi har haft årsmöte två gånger, våren 2024 och våren 2025."
    assert judge_defined_counts(rule, terms, twice) == (False, twice)
    # A rhythm tells no count: for the municipality to ask; nor does a count of anything
    # the definition does not say is held.
    assert judge_defined_counts(rule, terms, "Vi har årsmöte varje år sedan 1994.") is None
    assert judge_defined_counts(rule, terms, "Vi är två organisationer som samarbetar.") is None
