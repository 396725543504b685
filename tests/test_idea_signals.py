"""Signals read from idea descriptions: dev questions, own cases, negation, English, chat."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.answers.idea_signals import TRI_STATE_FIELDS, IdeaSignals, read_signals

D01 = (
    "Vi är en PRO-förening i Kramfors och vill starta en träffpunkt för äldre som är ensamma. "
    "Kan det bli ett IOP?"
)
D07 = (
    "Vi är ett aktiebolag som driver hemtjänst i Malmö. Kan vi få ett IOP om ensamhet bland äldre?"
)
D13 = (
    "Kommunen i Kramfors vill köpa en tjänst av vår förening och bestämma exakt hur den ska "
    "utföras. Är det ett IOP?"
)


def assert_grounded(text: str, signals: IdeaSignals) -> None:
    """Every settled field carries a phrase of the text, and nothing else does."""
    settled = set(signals.said())
    if signals.is_idea_description:
        settled.add("is_idea_description")
    assert set(signals.evidence) == settled
    for phrase in signals.evidence.values():
        assert phrase and phrase in text
    for extracted in (signals.target_group, signals.activity):
        assert extracted is None or extracted in text


# --- dev questions ----------------------------------------------------------------------


def test_d01_pro_association_wants_a_meeting_place() -> None:
    s = read_signals(D01)
    assert s.is_idea_description is True
    assert s.nonprofit is True
    assert s.own_initiative is True
    assert s.public_benefit is True
    assert s.market_exists is None
    assert s.municipality_buys_service is None
    assert s.target_group == "äldre som är ensamma"
    assert s.activity == "en träffpunkt"
    assert s.evidence["nonprofit"] == "PRO-förening"
    assert "vill" in s.evidence["own_initiative"]
    assert_grounded(D01, s)


def test_d07_limited_company_running_home_care() -> None:
    s = read_signals(D07)
    assert s.is_idea_description is True
    assert s.nonprofit is False
    assert s.market_exists is True
    assert s.evidence["nonprofit"] == "aktiebolag"
    assert s.evidence["market_exists"] == "hemtjänst"
    assert s.target_group == "äldre"
    assert s.activity == "hemtjänst"
    assert_grounded(D07, s)


def test_d13_municipality_buys_and_controls() -> None:
    s = read_signals(D13)
    assert s.is_idea_description is True
    assert s.municipality_buys_service is True
    assert s.detailed_control is True
    assert s.own_initiative is False
    assert s.nonprofit is True
    assert s.evidence["detailed_control"] == "bestämma exakt hur"
    assert s.evidence["own_initiative"].startswith("Kommunen i Kramfors vill köpa")
    assert_grounded(D13, s)


def test_d20_chat_style_self_description_is_no_idea_but_says_nonprofit() -> None:
    text = "vi e en pensionärsförening i kramfors, vad ska vi bidra med själva i ett iop??"
    s = read_signals(text)
    assert s.is_idea_description is False
    assert s.nonprofit is True
    assert s.contributes_own_resources is None
    assert_grounded(text, s)


@pytest.mark.parametrize(
    "text",
    [
        "Vilka kriterier gäller för IOP i Kramfors kommun?",
        "Vem ska jag kontakta i Malmö?",
        "Vem ska jag kontakta i Malmö om jag har en idé om IOP?",
        "Måste vi vara registrerade någonstans för att få IOP i Kramfors?",
        "Vem tar fram förslag till IOP-avtal för pensionärsföreningar i Kramfors?",
        "Vad är ett idéburet offentligt partnerskap?",
        "Vi vill veta vilka kriterier som gäller för IOP.",
        "Kan ett aktiebolag få IOP?",
        "Hur söker jag bygglov för ett garage?",
    ],
)
def test_questions_that_describe_no_idea(text: str) -> None:
    s = read_signals(text)
    assert s.is_idea_description is False
    assert s.nonprofit is None
    assert s.registered is None
    assert s.target_group is None and s.activity is None
    assert_grounded(text, s)


# --- own cases ------------------------------------------------------------------------------


def test_negated_company_is_not_a_company() -> None:
    text = "Vi är inte ett företag, vi är en grupp grannar som vill hjälpa äldre. iop??"
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.nonprofit is None
    assert s.own_initiative is True
    assert_grounded(text, s)


def test_no_limited_company_and_explicit_nonprofit() -> None:
    s = read_signals("Vi är inget aktiebolag. Vi vill starta en mötesplats. Kan det bli IOP?")
    assert s.nonprofit is None
    assert s.is_idea_description is True
    assert s.activity == "en mötesplats"

    s = read_signals("Vi är inte ett företag utan en ideell förening som vill ordna fika.")
    assert s.nonprofit is True
    assert s.evidence["nonprofit"] == "ideell förening"


def test_english_nonprofit_idea() -> None:
    text = (
        "We are a non-profit association in Malmö and want to start a meeting place for "
        "lonely older people. Can this be an IOP?"
    )
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.nonprofit is True
    assert s.own_initiative is True
    assert s.public_benefit is True
    assert s.target_group == "lonely older people"
    assert s.activity == "a meeting place"
    assert_grounded(text, s)


def test_english_company() -> None:
    text = "We are a company and want to run a café for seniors. Can we get an IOP?"
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.nonprofit is False
    assert s.evidence["nonprofit"] == "We are a company"
    assert_grounded(text, s)


def test_chat_style_with_resources() -> None:
    text = (
        "vi e en pensionärsförening o vill starta en träffpunkt för seniorer, vi har "
        "volontärer och en egen lokal. kan vi få iop??"
    )
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.nonprofit is True
    assert s.own_initiative is True
    assert s.contributes_own_resources is True
    assert s.target_group == "seniorer"
    assert_grounded(text, s)


def test_letters_without_diacritics() -> None:
    s = read_signals("vi ar en pensionarsforening och vill starta en traffpunkt. kan det bli iop")
    assert s.is_idea_description is True
    assert s.nonprofit is True
    assert s.public_benefit is True


def test_no_market_registered_and_own_premises() -> None:
    text = (
        "Vår förening driver en mötesplats för nyanlända i våra lokaler. Det finns inga företag "
        "som erbjuder samma sak. Vi är registrerade i föreningsregistret. Kan det bli ett IOP?"
    )
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.nonprofit is True
    assert s.market_exists is False
    assert s.registered is True
    assert s.contributes_own_resources is True
    assert s.target_group == "nyanlända"
    assert_grounded(text, s)


def test_not_registered_and_no_own_resources() -> None:
    text = (
        "Vi är en stiftelse men vi är inte registrerade i föreningsregistret. "
        "Vi har inga egna resurser. Kan vi få IOP?"
    )
    s = read_signals(text)
    assert s.nonprofit is True
    assert s.registered is False
    assert s.contributes_own_resources is False
    assert s.evidence["registered"] == "inte registrerade"
    assert_grounded(text, s)


def test_municipality_asked_us_and_wants_detailed_control() -> None:
    text = (
        "Kommunen har bett oss att driva en träffpunkt för unga och kommunen vill styra i "
        "detalj. Kan det bli IOP?"
    )
    s = read_signals(text)
    assert s.own_initiative is False
    assert s.detailed_control is True
    assert s.public_benefit is True
    assert_grounded(text, s)


def test_private_firms_offer_the_same() -> None:
    text = "Vi vill starta städhjälp för äldre, men privata företag erbjuder samma tjänst. IOP?"
    s = read_signals(text)
    assert s.market_exists is True
    assert s.nonprofit is None  # the firms are not the writer
    assert_grounded(text, s)


def test_municipality_wants_to_procure() -> None:
    text = "Kommunen vill upphandla vår verksamhet och betala oss för att utföra den."
    s = read_signals(text)
    assert s.is_idea_description is True
    assert s.municipality_buys_service is True
    assert s.own_initiative is False
    assert_grounded(text, s)


def test_negated_detailed_control_is_not_said() -> None:
    text = "Vi vill starta en kör för seniorer och kommunen ska inte detaljstyra oss."
    s = read_signals(text)
    assert s.detailed_control is None
    assert s.own_initiative is True


def test_self_description_beats_an_earlier_mention_of_others() -> None:
    text = "Idag köper kommunen detta av ett aktiebolag. Vi är en ideell förening och vill ta över."
    s = read_signals(text)
    assert s.nonprofit is True
    assert s.evidence["nonprofit"] == "ideell förening"


def test_signals_said_lists_only_settled_fields() -> None:
    s = read_signals(D13)
    assert s.said() == {
        "nonprofit": True,
        "own_initiative": False,
        "municipality_buys_service": True,
        "detailed_control": True,
    }


# --- properties -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "vi",
        "är",
        "e",
        "inte",
        "inget",
        "en",
        "ett",
        "förening",
        "PRO-förening",
        "aktiebolag",
        "företag",
        "vill",
        "och",
        "starta",
        "träffpunkt",
        "för",
        "äldre",
        "som",
        "kommunen",
        "köpa",
        "tjänst",
        "bestämma exakt hur",
        "volontärer",
        "inga",
        "registrerade",
        "marknad",
        "we",
        "want",
        "company",
        "kan det bli ett IOP?",
        "måste vi",
        ".",
        ",",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_every_value_rests_on_a_phrase_of_the_text(text: str) -> None:
    s = read_signals(text)
    assert_grounded(text, s)
    for name in TRI_STATE_FIELDS:
        assert getattr(s, name) in (True, False, None)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_breaks_the_reader(text: str) -> None:
    assert_grounded(text, read_signals(text))
