"""Time facts read at ingest: decision dates, validity periods, updates, Dnr and §."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.swedish.dates import is_page_stamp
from assistant.core.timefacts import (
    TimeFacts,
    Validity,
    compare_sources,
    newest_date,
    source_rank,
    status_on,
)
from ingest.dates.facts import merge, read_time_facts

# --- the seed documents, as the loaders deliver them ---------------------------------

NYKOPING = """Fördjupat samarbete med Fontänhuset

1 juni 2023
Kommun och politik Omsorg och stöd Nämnder - Vård- och omsorgsnämnden

Vård- och omsorgsnämnden kommer att teckna ett samverkansavtal med stiftelsen Fontänhuset.

Beslutet om att ingå IOP med Fontänhuset fattades den 1 juni.

Vård- och omsorgsnämnden har sedan många år ett avtal med Fontänhuset gällande social och \
verksamhetsinriktad rehabilitering för personer med psykisk ohälsa. Målgruppen är personer \
som är 18 år eller äldre.

Överenskommelsen tecknas för fem år och gäller från den 1 juli 2023.

Den 13 juni kl 10.30 kommer avtalet att signeras på plats i Fontänhuset, lokalmedia får en \
särkild inbjudan.

För att läsa mer i kallelsen till vård- och omsorgsnämnden, 1 juni 2023, klicka här: \
nykoping.se - Kallelser och protokoll"""

ENKOPING = """# Svar på remiss - Riktlinjer för idéburet offentligt partnerskap

## Beskrivning av ärendet

Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71, att riktlinjer ska tas fram för \
nämnders och förvaltningars arbete med IOP, Idéburet Offentligt Partnerskap. Beslutet var \
ett svar på en motion om att "Utveckla samverkan mellan kommunen och ideella och idéburna \
organisationer genom att använda IOP-avtal".

I enlighet med fullmäktiges beslut den 17 maj 2021, paragraf 71 har riktlinjer tagits fram \
för nämnders och förvaltningars arbete med IOP.

Kommunstyrelsen har beslutat att:

1. skicka "Riktlinjer för Idéburet Offentligt Partnerskap" på remiss till upplevelsenämnden.
2. nämndernas yttrande ska vara kommunstyrelsen tillhanda senast den 26 maj 2023."""

MALMO = """Idéburet offentligt partnerskap löser utmaningar tillsammans

IOP ska initialt prövas under två års tid och gälla för samverkan inom området ofrivillig \
ensamhet för målgrupp 65 år och äldre i Malmö. Därefter kommer hälsa-, vård- och \
omsorsnämnden att besluta om samverkansformen ska fortsätta."""

KRAMFORS = """Idéburet offentligt partnerskap (IOP) inom äldreomsorg

  • Verksamheten detaljregleras inte från kommunens sida.

Uppdaterad: Sidansvarig: Anna-Lena Högberg

Kontakt

Kom in kundtjänst
Tel: 0612-800 00 (växel)"""

LUND = """Ett IOP-avtal skrivs oftast runt en speciell verksamhet som den idéburna organisationen \
ansvarar för. I avtalet bestäms vad partnerskapet gäller, vilka resurser respektive part \
ska bidra med och hur länge avtalet ska gälla."""

# A renewed agreement: the old one ran 2022–2024, the new one from June 2024.
OLD_AGREEMENT = """Överenskommelse om IOP – Stödcentrum för brottsutsatta
Dnr SN 2021/0312

Socialnämnden beslutade den 14 december 2021, § 112, att ingå överenskommelsen.
Avtalstid 2022–2024."""

NEW_AGREEMENT = """Överenskommelse om IOP – Stödcentrum för brottsutsatta
Dnr KS 2024/123

Socialnämnden beslutade den 15 maj 2024, § 47, att förnya överenskommelsen.
Överenskommelsen gäller för perioden 2024-06-01 – 2027-05-31."""

TODAY = date(2026, 11, 23)


def _substrings_of(facts: TimeFacts, text: str) -> bool:
    return all(evidence in text for evidence in facts.evidence.values())


# --- the seeds -----------------------------------------------------------------------


def test_nykoping_decision_without_year_takes_the_document_year() -> None:
    facts = read_time_facts(NYKOPING, "2023-06-01")
    assert facts.decided == "2023-06-01"
    assert (
        facts.evidence["decided"] == "Beslutet om att ingå IOP med Fontänhuset fattades den 1 juni."
    )


def test_nykoping_five_years_from_1_july_2023_ends_30_june_2028() -> None:
    facts = read_time_facts(NYKOPING, "2023-06-01")
    assert facts.valid_from == "2023-07-01"
    assert facts.valid_to == "2028-06-30"
    assert facts.duration_months == 60
    sentence = "Överenskommelsen tecknas för fem år och gäller från den 1 juli 2023."
    assert facts.evidence["valid_from"] == sentence
    assert facts.evidence["valid_to"] == sentence
    assert _substrings_of(facts, NYKOPING)


def test_nykoping_age_limit_is_not_a_duration() -> None:
    facts = read_time_facts("Målgruppen är personer som är 18 år eller äldre.", None)
    assert facts.duration_months is None


def test_nykoping_without_document_date_leaves_the_decision_unknown() -> None:
    facts = read_time_facts(NYKOPING, None)
    assert facts.decided is None
    assert "decided" not in facts.evidence
    assert facts.valid_from == "2023-07-01"  # written with its year


def test_day_and_month_without_year_and_no_document_date() -> None:
    assert read_time_facts("Beslutet fattades den 1 juni.", None).decided is None


def test_yearless_decision_after_the_document_date_stays_unknown() -> None:
    # "den 12 december" in a text of 10 January 2024 was December 2023, not 2024: no guess.
    facts = read_time_facts("Nämnden beslutade den 12 december att ingå IOP.", "2024-01-10")
    assert facts.decided is None


def test_enkoping_decision_paragraph_and_deadline() -> None:
    facts = read_time_facts(ENKOPING, None)
    assert facts.decided == "2021-05-17"
    assert facts.paragraphs == ("paragraf 71",)
    assert facts.evidence["decided"].startswith("Kommunfullmäktige beslutade den 17 maj 2021")
    # "senast den 26 maj 2023" is a deadline: neither a decision nor an end of validity
    assert facts.valid_from is None and facts.valid_to is None
    assert _substrings_of(facts, ENKOPING)


def test_malmo_two_years_without_a_start() -> None:
    facts = read_time_facts(MALMO, None)
    assert facts.duration_months == 24
    assert facts.valid_from is None and facts.valid_to is None
    assert "två års tid" in facts.evidence["duration"]


def test_kramfors_empty_updated_line() -> None:
    facts = read_time_facts(KRAMFORS, None)
    assert facts.updated is None
    assert "updated" not in facts.evidence


def test_lund_undated_page() -> None:
    facts = read_time_facts(LUND, None)
    assert facts == TimeFacts()
    status = status_on(facts, TODAY, max_age_years=3)
    assert status.undated is True
    assert status.too_old is False
    assert status.in_force is None
    assert status.age_years is None


# --- Swedish forms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ("Vård- och omsorgsnämnden beslutade den 1 juni 2023 att ingå IOP.", "2023-06-01"),
        ("Vård- och omsorgsnämnden beslutade 2023-06-01 att ingå IOP.", "2023-06-01"),
        ("Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71, att …", "2021-05-17"),
        ("Den 17 maj 2021 beslutade kommunfullmäktige att anta riktlinjerna.", "2021-05-17"),
        (
            "I enlighet med fullmäktiges beslut den 17 maj 2021 har riktlinjer tagits fram.",
            "2021-05-17",
        ),
        ("Riktlinjerna antogs av kommunfullmäktige den 3 feb. 2022.", "2022-02-03"),
        ("Sammanträdesdatum: 2023-06-01", "2023-06-01"),
        ("Kommunstyrelsen beslutade att yttrandet ska vara inne senast den 26 maj 2023.", None),
        ("Beslut fattas den 3 mars 2024.", None),  # the future
        ("Nästa sammanträde är den 14 september 2023 då beslut ska fattas.", None),
        ("Beslutet fattades den 31 juni 2023.", None),  # no such day
        ("Beslutet fattades 2023-02-30.", None),
    ],
)
def test_decision_dates(text: str, decided: str | None) -> None:
    facts = read_time_facts(text, None)
    assert facts.decided == decided
    if decided is not None:
        assert facts.evidence["decided"] in text


def test_labelled_decision_date_wins_over_prose() -> None:
    text = (
        "Sammanträdesdatum 2023-06-01\n"
        "Kommunfullmäktige beslutade den 17 maj 2021 att riktlinjer ska tas fram.\n"
        "Nämnden beslutar att ingå överenskommelsen."
    )
    assert read_time_facts(text, None).decided == "2023-06-01"


@pytest.mark.parametrize(
    ("text", "valid_from", "valid_to"),
    [
        (
            "Överenskommelsen gäller från den 1 januari 2024 till den 31 december 2026.",
            "2024-01-01",
            "2026-12-31",
        ),
        (
            "Överenskommelsen gäller för perioden 2024-06-01 – 2027-05-31.",
            "2024-06-01",
            "2027-05-31",
        ),
        ("Avtalet gäller t.o.m. 2025-12-31.", None, "2025-12-31"),
        ("Avtalstid 2022–2024.", "2022-01-01", "2024-12-31"),
        ("Avtalstid: 2022-2024", "2022-01-01", "2024-12-31"),
        ("Överenskommelsen träder i kraft den 1 januari 2024.", "2024-01-01", None),
        (
            "Partnerskapet löper under 18 månader från och med 2024-03-01.",
            "2024-03-01",
            "2025-08-31",
        ),
        ("Avtalet tecknas för tre år och gäller från 2024-01-01.", "2024-01-01", "2026-12-31"),
        ("IOP:n gäller i två år från och med den 1 mars 2023.", "2023-03-01", "2025-02-28"),
        ("Överenskommelsen gäller från den 31 juni 2023.", None, None),  # no such day
        ("Avtalet gäller från den 1 juli.", None, None),  # no year: not a period
        ("Ansökan ska vara inne till den 26 maj 2023.", None, None),  # a deadline
        ("Verksamhetsplan 2022–2024", None, None),  # years, but no agreement
    ],
)
def test_validity_periods(text: str, valid_from: str | None, valid_to: str | None) -> None:
    facts = read_time_facts(text, "2023-06-01")
    assert (facts.valid_from, facts.valid_to) == (valid_from, valid_to)
    assert _substrings_of(facts, text)


@pytest.mark.parametrize(
    ("word", "months"),
    [
        ("ett", 12),
        ("en", 12),
        ("två", 24),
        ("tre", 36),
        ("fyra", 48),
        ("fem", 60),
        ("sex", 72),
        ("sju", 84),
        ("åtta", 96),
        ("nio", 108),
        ("tio", 120),
    ],
)
def test_number_words_for_durations(word: str, months: int) -> None:
    unit = "år"
    facts = read_time_facts(f"Överenskommelsen tecknas för {word} {unit}.", None)
    assert facts.duration_months == months


def test_a_span_of_years_that_is_no_agreement_is_no_duration() -> None:
    facts = read_time_facts("Föreningen har funnits i tio år och har IOP sedan 2020.", None)
    assert facts.duration_months is None


def test_duration_in_another_sentence_than_the_start() -> None:
    text = "Ett treårigt avtal tecknades. Avtalet gäller från 1 mars 2023."
    facts = read_time_facts(text, None)
    assert (facts.valid_from, facts.valid_to) == ("2023-03-01", "2026-02-28")
    assert facts.evidence["valid_to"] == "Ett treårigt avtal tecknades."


def test_open_ended_agreement_is_in_force() -> None:
    facts = read_time_facts("Avtalet gäller från 2024-01-01 och tills vidare.", None)
    assert facts.valid_from == "2024-01-01" and facts.valid_to is None
    assert facts.open_ended is True
    assert status_on(facts, TODAY, 5).in_force is True


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        ("Uppdaterad: 2019-03-04", "2019-03-04"),
        ("Senast granskad 12 mars 2024", "2024-03-12"),
        ("Sidan uppdaterades 4 mars 2019", "2019-03-04"),
        ("Uppdaterad:\n2019-03-04", "2019-03-04"),
        ("Uppdaterad: 2019-03-04\nUppdaterad: 2021-10-01", "2021-10-01"),
        ("Uppdaterad:", None),
        ("Uppdaterad: Sidansvarig: Anna-Lena Högberg", None),
        ("Uppdaterad: 31 juni 2023", None),
        ("Riktlinjerna ska uppdateras senast 2025-01-01.", None),
    ],
)
def test_updated_lines(text: str, updated: str | None) -> None:
    facts = read_time_facts(text, None)
    assert facts.updated == updated
    assert _substrings_of(facts, text)


def test_published_line() -> None:
    facts = read_time_facts("Publicerad 3 maj 2023\nUppdaterad 4 maj 2023", None)
    assert facts.published == "2023-05-03"
    assert facts.updated == "2023-05-04"
    assert facts.evidence["published"] == "Publicerad 3 maj 2023"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Dnr KS 2023/123", ("KS 2023/123",)),
        ("Diarienummer: SN 2022/0456", ("SN 2022/0456",)),
        ("Ärendet (Dnr VON-2023-00012) behandlades.", ("VON-2023-00012",)),
        ("Dnr: KS 2023/123. Tidigare dnr KS 2021/77.", ("KS 2023/123", "KS 2021/77")),
        ("Dnr är okänt.", ()),
    ],
)
def test_diarienummer(text: str, numbers: tuple[str, ...]) -> None:
    facts = read_time_facts(text, None)
    assert facts.diarienummer == numbers
    if numbers:
        assert facts.evidence["diarienummer"] in text


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("Socialnämnden 2023-06-01 § 47", ("§ 47",)),
        ("Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71, att …", ("paragraf 71",)),
        ("KS §§ 12-14 och § 47", ("§§ 12-14", "§ 47")),
        ("Enligt 2 kap. 3 § kommunallagen får kommunen …", ()),
        ("Se paragraf 3 i förvaltningslagen.", ()),
    ],
)
def test_paragraphs(text: str, paragraphs: tuple[str, ...]) -> None:
    assert read_time_facts(text, None).paragraphs == paragraphs


# --- a renewed agreement -------------------------------------------------------------


def test_renewed_agreement_old_expired_new_in_force() -> None:
    old = read_time_facts(OLD_AGREEMENT, None)
    new = read_time_facts(NEW_AGREEMENT, None)
    assert (old.valid_from, old.valid_to) == ("2022-01-01", "2024-12-31")
    assert (new.valid_from, new.valid_to) == ("2024-06-01", "2027-05-31")
    assert old.decided == "2021-12-14" and new.decided == "2024-05-15"
    assert old.diarienummer == ("SN 2021/0312",) and new.diarienummer == ("KS 2024/123",)
    assert old.paragraphs == ("§ 112",) and new.paragraphs == ("§ 47",)

    old_status = status_on(old, TODAY, max_age_years=5)
    new_status = status_on(new, TODAY, max_age_years=5)
    assert old_status.expired is True and old_status.in_force is False
    assert new_status.expired is False and new_status.in_force is True

    assert compare_sources(old, new, TODAY) == "b"
    assert compare_sources(new, old, TODAY) == "a"
    assert compare_sources(new, new, TODAY) == "same"


def test_renewal_text_naming_both_periods_takes_the_new_one() -> None:
    text = (
        "Den tidigare överenskommelsen gällde 2022–2024.\n"
        "Den nya överenskommelsen gäller för perioden 2024-06-01 – 2027-05-31."
    )
    facts = read_time_facts(text, None)
    assert (facts.valid_from, facts.valid_to) == ("2024-06-01", "2027-05-31")
    assert facts.evidence["valid_from"].startswith("Den nya")


def test_both_expired_the_later_start_wins() -> None:
    old = read_time_facts(OLD_AGREEMENT, None)
    new = read_time_facts(NEW_AGREEMENT, None)
    assert compare_sources(old, new, date(2030, 1, 1)) == "b"


def test_expired_agreement_loses_to_a_page_without_period() -> None:
    old = read_time_facts(OLD_AGREEMENT, None)
    page = read_time_facts("Uppdaterad: 2020-01-01\nSå söker du IOP.", None)
    assert compare_sources(old, page, TODAY) == "b"
    assert source_rank(page, TODAY) > source_rank(old, TODAY)


def test_dated_source_wins_over_undated() -> None:
    assert compare_sources(TimeFacts(), TimeFacts(doc_date="2020-01-01"), TODAY) == "b"


# --- status ---------------------------------------------------------------------------


def test_status_too_old_uses_the_newest_known_date() -> None:
    facts = TimeFacts(decided="2015-03-01", updated="2019-03-04", doc_date="2016-01-01")
    assert newest_date(facts) == "2019-03-04"
    status = status_on(facts, TODAY, max_age_years=5)
    assert status == Validity(
        in_force=None,
        expired=False,
        not_started=False,
        too_old=True,
        undated=False,
        age_years=7.72,
        newest="2019-03-04",
    )
    assert status_on(facts, TODAY, max_age_years=10).too_old is False


def test_status_not_started_yet() -> None:
    facts = TimeFacts(valid_from="2027-01-01", valid_to="2029-12-31")
    status = status_on(facts, TODAY, 5)
    assert status.in_force is False and status.not_started is True and status.expired is False


def test_status_start_only_is_unknown() -> None:
    status = status_on(TimeFacts(valid_from="2024-01-01"), TODAY, 5)
    assert status.in_force is None
    assert status.too_old is False


def test_status_on_29_february() -> None:
    status = status_on(TimeFacts(doc_date="2023-03-01"), date(2028, 2, 29), 5)
    assert status.too_old is False


# --- merge and serialisation ---------------------------------------------------------


def test_merge_prefers_the_chunk_and_keeps_the_period_whole() -> None:
    doc = read_time_facts(NEW_AGREEMENT, None)
    chunk = read_time_facts("Den tidigare överenskommelsen gällde 2022–2024.", None)
    merged = merge(doc, chunk)
    assert (merged.valid_from, merged.valid_to) == ("2022-01-01", "2024-12-31")
    assert merged.decided == "2024-05-15"
    assert merged.diarienummer == ("KS 2024/123",)
    assert merged.evidence["valid_from"] == "Den tidigare överenskommelsen gällde 2022–2024."

    quiet = merge(doc, read_time_facts("Så söker du IOP.", None))
    assert quiet == doc


def test_merge_fills_the_end_when_the_chunk_repeats_the_start() -> None:
    doc = read_time_facts(NYKOPING, "2023-06-01")
    chunk = read_time_facts("Avtalet gäller från den 1 juli 2023.", "2023-06-01")
    merged = merge(doc, chunk)
    assert (merged.valid_from, merged.valid_to) == ("2023-07-01", "2028-06-30")


def test_as_dict_round_trip() -> None:
    facts = read_time_facts(NEW_AGREEMENT, "2024-05-20")
    data = facts.as_dict()
    assert data["diarienummer"] == ["KS 2024/123"]
    assert TimeFacts.from_dict(data) == facts


def test_bad_document_date_is_ignored() -> None:
    facts = read_time_facts("Beslutet fattades den 1 juni.", "juni 2023")
    assert facts.doc_date is None and facts.decided is None


# --- properties ------------------------------------------------------------------------

FRAGMENTS = [
    "Beslutet fattades den ",
    "beslutade den ",
    "1 juni",
    " 2023",
    "2023-06-01",
    "31 juni 2023",
    "ſeptember",
    "İ",
    "gäller från den ",
    " till ",
    " – ",
    "2022–2024",
    "tecknas för fem år",
    "under två års tid",
    "18 månader",
    "Uppdaterad:",
    "Senast granskad ",
    "Publicerad ",
    "Dnr KS 2023/123",
    "Diarienummer: ",
    "§ 47",
    "paragraf 71",
    "t.o.m. ",
    "tills vidare",
    "avtalstid ",
    "\n",
    ". ",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30),
    doc_date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)),
)
def test_never_raises_and_evidence_is_verbatim(parts: list[str], doc_date: str | None) -> None:
    text = "".join(parts)
    facts = read_time_facts(text, doc_date)
    assert _substrings_of(facts, text)
    for value in (facts.decided, facts.valid_from, facts.valid_to, facts.updated):
        if value is not None:
            assert date.fromisoformat(value).isoformat() == value
    if facts.valid_from and facts.valid_to:
        assert facts.valid_from <= facts.valid_to
    status_on(facts, TODAY, 5)
    assert merge(facts, facts) == facts


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Senast uppdaterad: 9 januari 2026", True),
        ("Senast uppdaterad: 9 januari 2026 Sidansvarig: Socialförvaltningen", True),
        ("Publicerad 12 januari 2026", True),
        # a sentence that tells when something was published answers a question
        ("Riktlinjerna publicerades den 3 mars 2026 efter beslut i kommunstyrelsen.", False),
        ("Senast den 15 maj ska idéskissen vara inne.", False),
        ("Riktlinjen reviderades den 12 mars 2024.", False),
        ("*Nyhet · Publicerad 12 januari 2026*", True),
    ],
)
def test_a_page_stamp_is_told_from_a_sentence(line: str, stamp: bool) -> None:
    assert is_page_stamp(line) is stamp
