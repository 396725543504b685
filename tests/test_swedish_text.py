"""The shared Swedish text readers: the one sentence splitter and the one date reader."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core.swedish.dates import find_dates, month_numbers, parse_swedish_date
from assistant.core.swedish.sentences import (
    abbreviations,
    sentence_spans,
    split_units,
    strip_marker,
)

# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "parts"),
    [
        ("Beslut 2023-06-01.", "2023-06-01", (2023, 6, 1)),
        ("Beslut den 17 maj 2021.", "17 maj 2021", (2021, 5, 17)),
        ("Möte 1/6 2023 kl 10", "1/6 2023", (2023, 6, 1)),
        ("Möte 1.6.2023", "1.6.2023", (2023, 6, 1)),
        ("Decided on May 17, 2021.", "May 17, 2021", (2021, 5, 17)),
        ("Sista dag den 1:a juni i år.", "1:a juni", (None, 6, 1)),
        ("Start i maj 2021.", "maj 2021", (2021, 5, None)),
        ("Den 3 feb. 2022 antogs den.", "3 feb. 2022", (2022, 2, 3)),
    ],
)
def test_each_form_is_found_with_its_span(
    text: str, written: str, parts: tuple[int | None, int, int | None]
) -> None:
    [mention] = find_dates(text)
    assert text[mention.start : mention.end] == written
    assert (mention.year, mention.month, mention.day) == parts


def test_a_full_date_is_not_also_read_as_a_part_and_mentions_come_in_order() -> None:
    text = "Från 1 juni 2023 till 2024-05-31, sedan den 3 mars."
    assert [(m.iso, m.year) for m in find_dates(text)] == [
        ("2023-06-01", 2023),
        ("2024-05-31", 2024),
        (None, None),
    ]


def test_no_date_is_guessed() -> None:
    assert find_dates("13/13/2023, den 45 maj, Tel: 0612-800 00, 872 80 Kramfors") == []
    assert find_dates("ſept 2021, 1 İuni 2021, majs 2021") == []
    [impossible] = find_dates("31 februari 2022")
    assert impossible.iso is None
    [no_year] = find_dates("den 1 juni")
    assert no_year.iso is None and no_year.in_year(2023).iso == "2023-06-01"
    assert parse_swedish_date("den 1 juni och 2023-06-01") == "2023-06-01"


def test_month_names_come_from_the_data_file() -> None:
    names = month_numbers()
    assert names["maj"] == names["may"] == 5 and names["sept"] == 9
    assert sorted(set(names.values())) == list(range(1, 13))


# --- sentences -----------------------------------------------------------------------


def sentences(text: str, citations: bool = False) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, citations)]


def test_sentences_end_before_a_capital_or_a_digit() -> None:
    assert sentences('Det var 2022. 2023 blev bättre! "Ja." Vad sägs? Jo… Nästa.') == [
        "Det var 2022.",
        "2023 blev bättre!",
        '"Ja."',
        "Vad sägs?",
        "Jo…",
        "Nästa.",
    ]
    assert sentences("Se avsnitt 3. tillägget gäller.") == ["Se avsnitt 3. tillägget gäller."]


def test_a_question_mark_ends_a_sentence_and_a_text_in_lower_case_is_split_by_its_stops() -> None:
    # A full stop after a number before a small letter ends nothing (a list number in
    # running text); after a word it ends the sentence in a text that goes on in lower case
    # after its stops more often than in capitals, as people write in a chat.
    assert sentences("Vad sägs? vi undrar. Se avsnitt 3. tillägget.") == [
        "Vad sägs?",
        "vi undrar.",
        "Se avsnitt 3. tillägget.",
    ]
    assert sentences("Hej, Tommy i Bandyklubben. vi har träningar. kan vi få IOP?") == [
        "Hej, Tommy i Bandyklubben.",
        "vi har träningar.",
        "kan vi få IOP?",
    ]
    assert sentences("Nämnden beslutar att 1. anta riktlinjerna, 2. uppdra åt") == [
        "Nämnden beslutar att 1. anta riktlinjerna, 2. uppdra åt"
    ]
    assert sentences("Ring t.ex. kommunen. Se bl.a. sidan.") == [
        "Ring t.ex. kommunen.",
        "Se bl.a. sidan.",
    ]
    # A document that writes on in capitals keeps an abbreviation's stop inside its
    # sentence, listed or not.
    assert sentences(
        "Deltagarna betalar högst 50 kr. per tillfälle. Föreningen ska ha stadgar."
    ) == [
        "Deltagarna betalar högst 50 kr. per tillfälle.",
        "Föreningen ska ha stadgar.",
    ]
    assert sentences("Anna Berg, 018-611 73 92. Telefontid mån.–fre. kl. 9–11.") == [
        "Anna Berg, 018-611 73 92.",
        "Telefontid mån.–fre. kl. 9–11.",
    ]
    # Written all in lower case, as many write in a chat, the stops are all there is.
    assert sentences("vi är en förening. kan det bli ett iop? vad kollar ni på, t.ex. lokal?") == [
        "vi är en förening.",
        "kan det bli ett iop?",
        "vad kollar ni på, t.ex. lokal?",
    ]


def test_abbreviations_initials_and_list_numbers_do_not_end_sentences() -> None:
    text = "Föreningen kan t.ex. Röda Korset vara. Kl. 10 börjar A. Svensson, e.d. Sedan."
    assert sentences(text) == [
        "Föreningen kan t.ex. Röda Korset vara.",
        "Kl. 10 börjar A. Svensson, e.d. Sedan.",
    ]
    assert sentences("1. Föreningen söker. Nämnden beslutar.") == [
        "1. Föreningen söker.",
        "Nämnden beslutar.",
    ]
    assert sentences("Mötet är i sal 3. Välkomna.") == ["Mötet är i sal 3.", "Välkomna."]
    assert {"t.ex.", "kl.", "dnr."} <= abbreviations()
    assert all(a.endswith(".") and a == a.casefold() for a in abbreviations())


def test_a_line_break_ends_a_sentence_only_before_a_capital() -> None:
    text = "Föreningen ska redovisa\nverksamheten varje år\nNämnden följer upp"
    assert sentences(text) == [
        "Föreningen ska redovisa\nverksamheten varje år",
        "Nämnden följer upp",
    ]


def test_citation_markers_stay_with_their_sentence_when_asked() -> None:
    text = "IOP är en form [2]. Kommunen beslutar. [2][3] T.ex. gäller det [1]."
    assert sentences(text, citations=True) == [
        "IOP är en form [2].",
        "Kommunen beslutar. [2][3]",
        "T.ex. gäller det [1].",
    ]
    assert sentences(text)[1] == "Kommunen beslutar."


def test_units_are_lines_list_items_headings_and_sentences() -> None:
    text = "# Rubrik. Med punkt\n\nFörst. Sedan.\n  - en punkt. Två\n12) tolv\n"
    units = split_units(text)
    assert [(u.text, u.is_list_item, u.is_heading) for u in units] == [
        ("# Rubrik. Med punkt", False, True),
        ("Först.", False, False),
        ("Sedan.", False, False),
        ("- en punkt. Två", True, False),
        ("12) tolv", True, False),
    ]
    assert [strip_marker(u.text) for u in units if u.is_list_item] == ["en punkt. Två", "tolv"]


def test_a_numbered_section_heading_on_its_own_line_is_a_heading() -> None:
    # Small sections folded into one passage keep their headings as plain lines.
    text = "3.1 Vem kan vara part\n\nFöreningar kan vara part.\n\n3.2 Villkor för partnerskap\n"
    assert [u.is_heading for u in split_units(text)] == [True, False, True]
    # … but not a line of a paragraph, nor a sentence.
    kept = split_units("Se punkt\n3.2 Villkor för partnerskap\n\n3.3 Avgifter tas inte ut.")
    assert not any(u.is_heading for u in kept)


@given(st.text(alphabet=st.sampled_from(list("aB1. \n-#[]!?…”(kl")), max_size=60), st.booleans())
def test_units_and_spans_are_exact_substrings(text: str, citations: bool) -> None:
    for unit in split_units(text, citations):
        assert unit.text and text[unit.start : unit.end] == unit.text == unit.text.strip()
    spans = sentence_spans(text, citations)
    assert all(a < b and text[a:b] == text[a:b].strip() for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    covered = "".join("".join(text[a:b].split()) for a, b in spans)
    assert covered == "".join(text.split())  # nothing but whitespace falls between spans


def test_common_words_are_told_from_rare_ones() -> None:
    from assistant.core.swedish.frequency import common_word

    assert common_word("starta") and common_word("behöver")
    assert not common_word("bygglov") and not common_word("momssats")


def test_an_inflected_form_that_is_another_word_is_that_word() -> None:
    from assistant.core.swedish.cues import CueMatcher

    reach = CueMatcher(["nå"], other_words=["nåt", "nån"])
    assert reach("Hur når jag henne?") and reach("Hon nås på telefon.")
    assert not reach("Är det här nåt för IOP?") and not reach("Har ni nån idé?")
