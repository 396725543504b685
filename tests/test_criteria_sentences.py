"""Which sentences of a rules document state a criterion: a word of requirement of the
sentence's own (not in a relative clause telling of the rules), a word for the criteria
after the requirement (part of the rule, not a lead-in), the partnership itself denied."""

from __future__ import annotations

import pytest

from assistant.answers.assemble import _most_telling
from assistant.answers.eligibility.criteria import (
    Criterion,
    _names_criteria,
    _refuses_partnership,
    _states_requirement,
)
from assistant.answers.eligibility.fee import judge_fee, told_prices
from assistant.answers.eligibility.share import judge_share, required_share
from assistant.core.documents import Chunk


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("För att bli part krävs att föreningen har funnits i två år.", True),
        ("Föreningen måste ha ett organisationsnummer.", True),
        # telling of the rules in a relative clause or an indirect question
        ("Föreningar har frågat vad som krävs och vem som beslutar.", False),
        ("Vi har länge saknat en ordning för vad som krävs av föreningen.", False),
        # a relative clause may state the rule
        ("Organisationen, som måste vara registrerad i föreningsregistret, bidrar.", True),
    ],
)
def test_a_requirement_of_the_sentence_s_own(sentence: str, states: bool) -> None:
    assert _states_requirement(sentence) is states


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Alla kriterier ska vara uppfyllda.", True),
        ("Följande krav gäller för partnerskap.", True),
        # the word comes after the requirement: it is part of the rule
        ("Den ska vara öppen för alla utan krav på medlemskap.", False),
        ("Verksamheten ska vara öppen för alla.", False),
    ],
)
def test_a_sentence_naming_the_criteria_themselves(sentence: str, names: bool) -> None:
    assert _names_criteria(sentence) is names


@pytest.mark.parametrize(
    ("sentence", "refuses"),
    [
        ("Idéburet offentligt partnerskap används inte för verksamhet som kommunen ska ge.", True),
        ("IOP kan inte användas för enstaka evenemang.", True),
        ("Partnerskapet gäller i tre år och kan förlängas.", False),
        # what IOP is, not what it is not used for
        ("IOP är inte en upphandling utan ett samarbete.", False),
        ("IOP ersätter inte föreningsbidraget.", False),
        ("Ett IOP behöver inte gälla i flera år.", False),
    ],
)
def test_the_partnership_itself_denied_is_a_refusal(sentence: str, refuses: bool) -> None:
    assert _refuses_partnership(sentence) is refuses


def test_a_price_the_association_must_take_is_told_after_a_conjunction() -> None:
    # "… men måste ta 60 kronor av var och en": the clause's "vi" stands before "men".
    description = "Vi lagar maten själva men måste ta 60 kronor av var och en varje gång."
    assert judge_fee("Avgiften får vara högst 40 kronor per tillfälle.", description) == (
        False,
        description,
    )
    # the municipality or a landlord taking money is no price the participants pay
    assert told_prices("Kommunen måste ta 500 kronor i hyra för lokalen.") == ()
    rent = "Vi hyr en lokal av församlingen som måste ta 2 000 kronor i månaden i hyra."
    assert told_prices(rent) == ()


def test_a_share_told_as_a_fraction_the_association_stands_for() -> None:
    assert required_share("Föreningen ska stå för minst en tiondel.") == 10
    assert required_share("Föreningen ska ha minst en tiondel av medlemmarna i styrelsen.") is None


_CHUNK = Chunk("c", "d", "orsa/x.md", 0, "", "Orsa", "Riktlinjer", "riktlinje", None, None, None)


def test_a_long_criteria_list_keeps_its_rules_before_its_wishes() -> None:
    def criterion(text: str, principle: str | None) -> Criterion:
        return Criterion(text, text, _CHUNK, principle, (), frozenset())

    rules = [criterion(f"Regel {i} ska gälla.", "formal") for i in range(3)]
    wish = criterion("Nämnden ser gärna att föreningar samverkar.", None)
    share = criterion("Föreningen ska stå för minst en tiondel.", None)
    kept = _most_telling([rules[0], wish, rules[1], share, rules[2]], 4)
    assert kept == [rules[0], rules[1], share, rules[2]]  # document order, the wish out


def test_an_own_part_told_as_a_fraction_of_the_cost() -> None:
    rule = "Organisationen bidrar med minst 20 procent av kostnaden."
    told = "Vi är få, så vår del blir kanske en åttondel av kostnaden."
    assert judge_share(rule, told) == (False, "så vår del blir kanske en åttondel av kostnaden.")
