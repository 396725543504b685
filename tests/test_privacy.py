"""Masking what a person typed: identity numbers, e-mail, phones; and what is left alone.

No real person's number is used: the personnummer are Skatteverket's published test
numbers and its documented check-digit example (811218-9876), or generated here with
an independent Luhn helper. Phone numbers are from the series PTS reserves for fiction
(070-174 06 05–99, 08-465 004 00–99, 031-390 06 00–99); e-mail domains are example ones.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.core.contacts import find_emails, find_phones
from assistant.core.privacy import (
    PLACEHOLDERS,
    MaskResult,
    identity_number_kind,
    is_valid_personnummer,
    mask_answer_for_storage,
    mask_personal,
)

# --- an independent oracle ------------------------------------------------------------


def luhn(nine: str) -> str:
    """Check digit by the modulus-10 method with weights 2 and 1 (Skatteverket's recipe)."""
    products = [int(d) * w for d, w in zip(nine, [2, 1] * 5, strict=False)]
    return str((10 - sum(p // 10 + p % 10 for p in products) % 10) % 10)


def make_number(born: date, birth_number: int, *, coordination: bool = False) -> str:
    """A checksum-valid 12-digit personnummer (or samordningsnummer) without separator."""
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{birth_number:03d}"
    return f"{born:%Y}"[:2] + nine + luhn(nine)


def forms(twelve: str) -> dict[str, str]:
    """The ways people write one number."""
    ten = twelve[2:]
    return {
        "12 with dash": f"{twelve[:8]}-{twelve[8:]}",
        "12 bare": twelve,
        "10 with dash": f"{ten[:6]}-{ten[6:]}",
        "10 bare": ten,
        "10 with plus": f"{ten[:6]}+{ten[6:]}",
        "10 with space": f"{ten[:6]} {ten[6:]}",
        "10 with en dash": f"{ten[:6]}\u2013{ten[6:]}",
        "10 with spaced dash": f"{ten[:6]} - {ten[6:]}",
        "10 with no-break space": f"{ten[:6]}\u00a0{ten[6:]}",
        "10 with dot": f"{ten[:6]}.{ten[6:]}",
        "12 with spaced dash": f"{twelve[:8]} - {twelve[8:]}",
    }


def wrong_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


_CANDIDATE_RE = re.compile(
    r"(?=(?<!\d)((?:\d{2})?\d{6})[^\S\r\n]{0,3}[-\u2010-\u2014\u2212+.]?[^\S\r\n]{0,3}(\d{4})(?!\d))"
)


def valid_numbers_in(text: str) -> list[str]:
    """Every checksum-valid personnummer or samordningsnummer standing in ``text``."""
    found = []
    for m in _CANDIDATE_RE.finditer(text):
        head, tail = m.group(1), m.group(2)
        if len(head) == 8 and head[:2] not in ("18", "19", "20"):
            continue
        yymmdd = head[-6:]
        month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
        day = day - 60 if day > 60 else day
        years = (
            [int(head[:4])] if len(head) == 8 else [c + int(yymmdd[:2]) for c in (1800, 1900, 2000)]
        )
        if not any(_is_date(y, month, day) for y in years):
            continue
        if luhn(yymmdd + tail[:3]) == tail[3]:
            found.append(head + tail)
    return found


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# Skatteverket's test personnummer and the example in its description of the check digit.
SKV_TEST_NUMBERS = ["199006022397", "200001052380", "194408139089", "198112189876"]
COORDINATION = make_number(date(1970, 10, 3), 239, coordination=True)  # 701063-2391

# --- personnummer ------------------------------------------------------------------------


def test_the_issue_example_is_masked() -> None:
    result = mask_personal("Mitt personnummer är 19811218-9876")
    assert result == MaskResult("Mitt personnummer är [personnummer]", {"personnummer": 1})


@pytest.mark.parametrize("number", SKV_TEST_NUMBERS)
@pytest.mark.parametrize("form", list(forms("199006022397")))
def test_every_written_form_is_masked(number: str, form: str) -> None:
    written = forms(number)[form]
    assert is_valid_personnummer(written)
    text = f"Hej! Jag heter Eva och mitt pnr är {written}. Kan vår förening söka IOP?"
    result = mask_personal(text)
    assert (
        result.text
        == "Hej! Jag heter Eva och mitt pnr är [personnummer]. Kan vår förening söka IOP?"
    )
    assert result.found == {"personnummer": 1}


@pytest.mark.parametrize("form", list(forms(COORDINATION)))
def test_samordningsnummer_are_masked_as_such(form: str) -> None:
    written = forms(COORDINATION)[form]
    assert identity_number_kind(written) == "samordningsnummer"
    result = mask_personal(f"Samordningsnummer: {written}")
    assert result.text == "Samordningsnummer: [samordningsnummer]"
    assert result.found == {"samordningsnummer": 1}


def test_generated_numbers_across_the_calendar_are_masked() -> None:
    numbers = [
        make_number(date(1944, 2, 29), 982),  # leap day
        make_number(date(2000, 2, 29), 987),  # leap day, 2000
        make_number(date(1961, 12, 31), 990, coordination=True),  # day 91
        make_number(date(2019, 1, 1), 985),
        make_number(date(1899, 7, 15), 993),  # with '+' in the 10-digit form
    ]
    text = " / ".join(f"{n[2:8]}-{n[8:]}" for n in numbers)
    result = mask_personal(text)
    assert "[personnummer]" in result.text
    assert valid_numbers_in(result.text) == []
    assert result.found == {"personnummer": 4, "samordningsnummer": 1}


@pytest.mark.parametrize("number", [*SKV_TEST_NUMBERS, COORDINATION])
def test_a_wrong_check_digit_is_not_a_personnummer(number: str) -> None:
    for written in forms(wrong_check_digit(number)).values():
        assert not is_valid_personnummer(written)
        text = f"Referens {written} i ärendet"
        assert mask_personal(text) == MaskResult(text, {})


@pytest.mark.parametrize(
    "nine",
    [
        "811318987",  # month 13
        "810230987",  # 30 February
        "810231987",  # 31 February, samordningsnummer 91 February neither
        "810291987",  # day 91 in February
        "810200987",  # day 00
        "802456789",  # an organisationsnummer: "month" 24
        "212000227",  # a municipality's organisationsnummer: "month" 20
        "556016098",  # an aktiebolag: "month" 60
    ],
)
def test_checksum_valid_numbers_without_a_real_date_are_not_masked(nine: str) -> None:
    number = nine + luhn(nine)
    written = f"{number[:6]}-{number[6:]}"
    assert not is_valid_personnummer(written)
    text = f"Organisationsnummer {written}"
    assert mask_personal(text).text == text


def test_a_12_digit_number_needs_a_real_century() -> None:
    nine = "811218987"
    assert not is_valid_personnummer("21" + nine + luhn(nine))
    assert is_valid_personnummer("19" + nine + luhn(nine))
    assert is_valid_personnummer("20" + nine + luhn(nine))


def test_digits_glued_to_a_longer_number_are_not_a_personnummer() -> None:
    for text in ("Nummer 81121898761 här", "Nummer 1198112189876 här", "Konto 8112189876543"):
        assert mask_personal(text).text == text
    # Letters around it do not hide one.
    assert mask_personal("pnr:8112189876!").text == "pnr:[personnummer]!"


def test_the_check_digit_follows_skatteverkets_example() -> None:
    assert is_valid_personnummer("811218-9876")
    assert is_valid_personnummer("640823-3234")
    for wrong in "012345789":
        assert not is_valid_personnummer(f"811218-987{wrong}")


# --- how people really write them ---------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "811218 - 9876",
        "811218\u00a09876",  # a no-break space, as mail programs and word processors leave it
        "811218\u00a0-\u00a09876",
        "811218\u202f9876",  # a narrow no-break space
        "811218.9876",
        "19811218-9876",
        "198112189876",
        "19811218 - 9876",
    ],
)
def test_realistic_variants_of_a_personnummer_are_masked(written: str) -> None:
    result = mask_personal(f"Mitt personnummer är {written}, tack.")
    assert result == MaskResult("Mitt personnummer är [personnummer], tack.", {"personnummer": 1})


def test_realistic_variants_of_a_samordningsnummer_are_masked() -> None:
    ten = COORDINATION[2:]
    for written in (f"{ten[:6]} - {ten[6:]}", f"{ten[:6]}\u00a0{ten[6:]}", f"{ten[:6]}.{ten[6:]}"):
        assert mask_personal(f"Nr {written}").text == "Nr [samordningsnummer]"


def test_a_spaced_or_dotted_number_still_needs_its_check_digit() -> None:
    for text in ("Referens 811218 - 9875", "Referens 811218.9875", "Referens 811218\u00a09875"):
        assert mask_personal(text) == MaskResult(text, {})


@pytest.mark.parametrize("written", ["070.174.06.05", "08.465.004.00", "031.390.06.00"])
def test_phone_numbers_written_with_dots_are_masked(written: str) -> None:
    result = mask_personal(f"Ring mig på {written}.")
    assert result == MaskResult("Ring mig på [telefon].", {"telefon": 1})


def test_a_dotted_phone_and_the_same_number_spaced_are_both_masked() -> None:
    result = mask_personal("Mobil 070.174.06.05, eller 070-174 06 05.")
    assert result.text == "Mobil [telefon], eller [telefon]."


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet togs 2023-06-01.",
        "Ärendet har diarienummer KS 2023/123.",
        "Bidraget är 50 000 kr per år.",
        "Mötet hölls 01.06.2023 och flyttades till 06.01.2024.",
        "Öppet kl. 08.00-16.30, lunch 12.00.",
    ],
)
def test_dates_case_numbers_and_amounts_are_not_masked(text: str) -> None:
    assert mask_personal(text) == MaskResult(text, {})


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet togs 2023-06-01 och gäller från den 1 juni 2023.",
        "Se protokollet, Dnr KS 2023/1234 och KS2021/71, § 45 samt 12 §.",
        "Kommunen avsätter 500 000 kr per år, totalt 1 500 000 kronor 2024–2026.",
        "Postadress: Kommunstyrelsen, 872 80 Kramfors.",
        "Avtalet löper 2022-01-01–2025-12-31 (dnr 2021-000123), beslut 2023-06-01 § 112.",
        "Bidraget är 2 400 000 SEK och ansökan ska vara inne senast 20230601.",
        "Kl. 08.00-16.30 vardagar, tisdagar 10:00–12:00.",
        "Organisationsnummer 212000-2270, bankgiro 5050-1055.",
    ],
)
def test_dates_case_numbers_paragraphs_amounts_and_postcodes_stay(text: str) -> None:
    assert mask_personal(text) == MaskResult(text, {})


# --- e-mail and phone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "found"),
    [
        (
            "Mejla mig på eva.andersson@example.com så svarar jag.",
            "Mejla mig på [e-post] så svarar jag.",
            {"e-post": 1},
        ),
        (
            "Ring mig på 070-174 06 05 eller 0701740606!",
            "Ring mig på [telefon] eller [telefon]!",
            {"telefon": 2},
        ),
        (
            "Nås på +46 70 174 06 99, hem (08) 465 004 01, jobb 031-390 06 00.",
            "Nås på [telefon], hem ([telefon], jobb [telefon].",
            {"telefon": 3},
        ),
        (
            "Kontakt: kalle+iop@exempel.se, 08-465 004 00. Mitt pnr 811218-9876.",
            "Kontakt: [e-post], [telefon]. Mitt pnr [personnummer].",
            {"e-post": 1, "telefon": 1, "personnummer": 1},
        ),
    ],
)
def test_emails_and_phones_are_masked(text: str, expected: str, found: dict[str, int]) -> None:
    result = mask_personal(text)
    assert result.text == expected
    assert result.found == found
    assert result.masked


def test_every_occurrence_is_masked_however_it_is_spaced() -> None:
    result = mask_personal("Ring 070-174 06 05. Igen: 070 174 06 05 eller 0701740605.")
    assert result.text == "Ring [telefon]. Igen: [telefon] eller [telefon]."
    assert result.found == {"telefon": 3}


def test_a_phone_number_that_fails_luhn_is_still_a_phone() -> None:
    assert not is_valid_personnummer("0701740605")
    assert mask_personal("Mitt nummer: 0701740605").text == "Mitt nummer: [telefon]"


def test_an_address_holding_a_personnummer_is_masked_whole() -> None:
    result = mask_personal("Skriv till 19811218-9876@example.com")
    assert result.text == "Skriv till [e-post]"
    assert result.found == {"e-post": 1}


def test_text_without_personal_data_is_returned_unchanged() -> None:
    text = "Vad är ett idéburet offentligt partnerskap, och hur söker vår förening?"
    result = mask_personal(text)
    assert result == MaskResult(text, {})
    assert not result.masked


# --- keep and answers --------------------------------------------------------------------


def test_keep_lets_published_contacts_stay() -> None:
    text = "Jag ringde växeln 08-465 004 00 men vill bli uppringd på 070-174 06 05."
    result = mask_personal(text, keep=["08-46500400"])
    assert result.text == "Jag ringde växeln 08-465 004 00 men vill bli uppringd på [telefon]."
    assert result.found == {"telefon": 1}


def test_keep_may_hold_whole_passages() -> None:
    source = "Frågor? Kontakta iop@kommun.example.se eller 031-390 06 00 (växel)."
    text = "Jag mejlade iop@kommun.example.se och eva@example.com, ring 031-390 06 00."
    result = mask_personal(text, keep=[source])
    assert result.text == "Jag mejlade iop@kommun.example.se och [e-post], ring 031-390 06 00."


def test_keep_is_verbatim_only() -> None:
    # A longer address and a longer number are different values.
    text = "Mejla anna.rubin@example.com eller 08-465 004 011"
    result = mask_personal(text, keep=["rubin@example.com", "08-465 004 01"])
    assert "anna.rubin" not in result.text
    assert result.found["e-post"] == 1


def test_answer_keeps_quoted_contacts_and_masks_the_rest() -> None:
    quotes = [
        "Har du frågor om IOP, kontakta Ann Berg, ann.berg@kramfors.example.se, 0612-800 00.",
    ]
    answer = (
        "Kontakta Ann Berg på ann.berg@kramfors.example.se eller 0612-80000. "
        "Du skrev att du nås på 070-174 06 05 och eva@example.com (pnr 811218-9876)."
    )
    stored = mask_answer_for_storage(answer, quotes)
    assert stored == (
        "Kontakta Ann Berg på ann.berg@kramfors.example.se eller 0612-80000. "
        "Du skrev att du nås på [telefon] och [e-post] (pnr [personnummer])."
    )


def test_answer_without_quotes_is_masked_like_typed_text() -> None:
    answer = "Ring 0612-800 00."
    assert mask_answer_for_storage(answer, []) == "Ring [telefon]."


# --- properties -----------------------------------------------------------------------


@st.composite
def identity_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1890, 1, 1), max_value=date(2025, 12, 31)))
    number = make_number(born, draw(st.integers(1, 999)), coordination=draw(st.booleans()))
    return draw(st.sampled_from(list(forms(number).values())))


_FRAGMENTS = st.one_of(
    identity_numbers(),
    identity_numbers().map(wrong_check_digit),
    st.sampled_from(
        [
            "070-174 06 05",
            "+46 70 174 06 99",
            "08-465 004 00",
            "eva.andersson@example.com",
            "2023-06-01",
            "1 juni 2023",
            "Dnr KS 2023/1234",
            "§ 45",
            "500 000 kr",
            "872 80",
            "Hej",
            "föreningen",
            "@",
            "+",
            "-",
        ]
    ),
    st.text(alphabet="0123456789 -+@.:/()§abcåäö\n", max_size=16),
    st.text(max_size=8),
)
_SEPARATORS = st.sampled_from(["", " ", ", ", "\n", "-", "+", "/", "@", "."])


@st.composite
def typed_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_FRAGMENTS, _SEPARATORS), max_size=8))
    return "".join(fragment + sep for fragment, sep in parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_texts())
@example("070-174 06 05+++46 70 174 06 99")  # found by hypothesis: a run of plusses
def test_masking_is_idempotent_and_leaves_no_identity_number(text: str) -> None:
    once = mask_personal(text)
    assert mask_personal(once.text) == MaskResult(once.text, {})
    assert valid_numbers_in(once.text) == []
    assert find_emails(once.text) == []
    assert find_phones(once.text) == []


@settings(max_examples=200, deadline=None)
@given(identity_numbers(), st.text(max_size=20), st.text(max_size=20))
def test_a_number_between_non_digits_is_always_masked(number: str, before: str, after: str) -> None:
    before = before + " "
    after = " " + after
    result = mask_personal(before + number + after)
    assert valid_numbers_in(result.text) == []
    assert any(PLACEHOLDERS[k] in result.text for k in ("personnummer", "samordningsnummer"))


def test_a_foreign_number_in_a_question_is_masked_too() -> None:
    # Haparanda lies beside Finland: an asker may give a Finnish mobile.
    masked = mask_personal("Ring mig på +358 40 123 4567 om ni vet").text
    assert "123 4567" not in masked
