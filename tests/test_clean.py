"""Tests for text cleaning and broken-line joining, on noise copied from the seed texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import clean_text, is_contact_line, join_broken_lines, normalise_list_markers

# Copied from ../shared/seeds (never read at test time).
MALMO_HEAD = (
    "$left\n$middle\n\nTvå händer som tar varandra i hand.\n\n"
    "Idéburet offentligt partnerskap löser utmaningar tillsammans\n"
)
MALMO_TAIL = (
    "  • den verksamhet som avses kan anses som bidragande till den allmänna samhällsnyttan\n"
    "sv\nsv\n"
)
KRAMFORS_UPDATED = "Uppdaterad: Sidansvarig: Anna-Lena Högberg"
KRAMFORS_BROKEN = (
    "Pensionärsföreningar inom Kramfors kommun har efterfrågat möjligheten\n"
    "om att få ingå IOP-avtal med Välfärdsförvaltningen."
)
KRAMFORS_BULLETS = (
    "Följande kriterier gäller\n\n"
    "  • Verksamheten sker på initiativ av den ideella organisationen\n"
    "  • Verksamheten detaljregleras inte från kommunens sida.\n"
)
KRAMFORS_CONTACT = "Postadress\nKramfors kommun\n872 80 Kramfors\n\nkommun@kramfors.se"
ENKOPING_HEAD = (
    "\n\n\n\nVård- och omsorgsförvaltningen  \nBarbara Lundgren\n\n"
    "## **Svar på remiss - Riktlinjer för idéburet offentligt partnerskap**\n\n"
    "**Vård- och omsorgsförvaltningens bedömning**\n"
)
NYKOPING_NBSP = "ett utvecklat socialt nätverk.\u00a0\n\nlokalmedia får en särkild inbjudan.\u00a0"
MALMO_CONTACT = (
    "Christina Widerstrand: christina.widerstrand@malmo.se,\n0768-66 29 60\n\n"
    "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23"
)


def test_template_leftovers_and_language_codes_are_removed() -> None:
    cleaned = clean_text(MALMO_HEAD + "\n" + MALMO_TAIL)
    assert "$left" not in cleaned and "$middle" not in cleaned
    assert cleaned.startswith("Två händer som tar varandra i hand.")
    assert cleaned.endswith("bidragande till den allmänna samhällsnyttan")
    assert "sv" not in cleaned.split("\n")


def test_any_dollar_word_line_is_dropped_but_prices_in_text_stay() -> None:
    assert clean_text("$right\nText\n$foo_bar2") == "Text"
    assert clean_text("Avgiften är $5 per timme.") == "Avgiften är $5 per timme."


def test_a_trail_of_page_links_is_dropped_and_prose_with_an_arrow_kept() -> None:
    trail = "[Startsida](/) › [Nyheter](/nyheter) › Mötesplats Storvik har öppnat"
    assert clean_text(f"{trail}\n\nText om IOP.") == "Text om IOP."
    plain = "Start › Regional utveckling › Civilsamhälle › Idéburet offentligt partnerskap"
    assert clean_text(plain) == ""
    prose = "Välj Blanketter › IOP och fyll i idéskissen. Skicka den sedan till oss."
    assert clean_text(prose) == prose
    steps = "Processen i korthet: Idéskiss › Dialog › Beslut › Överenskommelse"
    assert clean_text(steps) == steps
    told = "Du hittar blanketten under Självservice › Blanketter › Förening och fyll i den"
    assert clean_text(told) == told


def test_empty_updated_field_is_removed_and_the_rest_kept() -> None:
    assert clean_text(KRAMFORS_UPDATED) == "Sidansvarig: Anna-Lena Högberg"
    assert clean_text("Text\nUppdaterad:\nMer text") == "Text\nMer text"
    assert clean_text("Uppdaterad: 2023-05-12") == "Uppdaterad: 2023-05-12"
    assert clean_text("Senast uppdaterad: 12 maj 2023") == "Senast uppdaterad: 12 maj 2023"


def test_bold_marks_heading_and_spacing_are_normalised() -> None:
    cleaned = clean_text(ENKOPING_HEAD)
    assert cleaned.split("\n") == [
        "Vård- och omsorgsförvaltningen",
        "Barbara Lundgren",
        "",
        "## Svar på remiss - Riktlinjer för idéburet offentligt partnerskap",
        "",
        "Vård- och omsorgsförvaltningens bedömning",
    ]


def test_non_breaking_and_trailing_spaces_go() -> None:
    cleaned = clean_text(NYKOPING_NBSP)
    assert "\u00a0" not in cleaned
    assert all(line == line.rstrip() for line in cleaned.split("\n"))
    assert cleaned.endswith("inbjudan.")


def test_three_or_more_blank_lines_become_one() -> None:
    assert clean_text("Ett\n\n\n\n\nTvå\n\nTre") == "Ett\n\nTvå\n\nTre"


def test_bullets_become_list_items() -> None:
    cleaned = clean_text(KRAMFORS_BULLETS)
    assert cleaned.split("\n") == [
        "Följande kriterier gäller",
        "",
        "- Verksamheten sker på initiativ av den ideella organisationen",
        "- Verksamheten detaljregleras inte från kommunens sida.",
    ]
    assert clean_text("· ett\n– två\n  - tre\n* fyra") == "- ett\n- två\n- tre\n- fyra"
    assert clean_text("1) första\n  2. andra") == "1. första\n2. andra"


def test_lone_bullet_glyph_joins_the_next_line() -> None:
    assert normalise_list_markers("•\nVerksamheten är ideell\n•\nIcke vinstdrivande") == (
        "- Verksamheten är ideell\n- Icke vinstdrivande"
    )


def test_hyphens_and_dashes_inside_text_are_kept() -> None:
    text = "Vård- och omsorgsnämnden – ett exempel på IOP-avtal."
    assert clean_text(text) == text


def test_broken_sentence_lines_are_rejoined() -> None:
    assert join_broken_lines(KRAMFORS_BROKEN) == (
        "Pensionärsföreningar inom Kramfors kommun har efterfrågat möjligheten "
        "om att få ingå IOP-avtal med Välfärdsförvaltningen."
    )


def test_a_line_stopping_on_a_word_no_sentence_ends_on_goes_on_before_a_number() -> None:
    wrapped = (
        "Den nämnd som ansvarar beslutar om partnerskap upp till\n500 000 kronor per år.\n"
        "Riktlinjerna ses över senast den 31 december\n2028."
    )
    assert join_broken_lines(wrapped, wrap_width=90) == (
        "Den nämnd som ansvarar beslutar om partnerskap upp till 500 000 kronor per år.\n"
        "Riktlinjerna ses över senast den 31 december 2028."
    )
    # A unit's capital after the number is no numbered entry.
    assert join_broken_lines("Nämnden beslutar om stöd upp till\n2 Mkr per år.", wrap_width=90) == (
        "Nämnden beslutar om stöd upp till 2 Mkr per år."
    )
    # A table of contents and a timeline keep their lines: their entries are numbered or
    # stop on a noun.
    contents = "5 Det här kan IOP inte användas till\n6 Så går det till\n7 Kontakt"
    assert join_broken_lines(contents, wrap_width=90) == contents
    timeline = "April 2025 Nämnden fattar beslut om partnerskap\n1 juni 2025 Partnerskapen startar"
    assert join_broken_lines(timeline, wrap_width=90) == timeline


def test_lines_indented_under_a_list_item_carry_it_on_whatever_they_start_with() -> None:
    wrapped = (
        "2. Skicka idéskissen. Vill ni börja den\n"
        "   1 januari nästa år ska den ha kommit in senast den\n"
        "   30 april.\n"
        "3. Vi bjuder in er till ett samtal.\n"
        "   Det tar en timme."
    )
    assert join_broken_lines(wrapped) == (
        "2. Skicka idéskissen. Vill ni börja den 1 januari nästa år ska den ha kommit in "
        "senast den 30 april.\n"
        "3. Vi bjuder in er till ett samtal.\n"
        "   Det tar en timme."
    )
    # A name or title under an item is a line of its own.
    card = "- Kontaktperson för IOP\n  Anna Berg\n  Föreningsutvecklare\n  0481-452 10"
    assert join_broken_lines(card) == card
    # A line ending in an address ends there; a PDF's lines are not read by indent.
    mailed = "2. Skicka idén till iop@oxelosund.se\n   Ni kan också lämna den i receptionen."
    assert join_broken_lines(mailed) == mailed
    assert join_broken_lines("1. Vi börjar i vår\n   30 personer kommer.", wrap_width=80) == (
        "1. Vi börjar i vår\n   30 personer kommer."
    )


def test_line_end_hyphen_is_joined_but_real_hyphens_kept() -> None:
    text = "Ansvaret för verksam-\nheten ligger hos vård-\noch omsorgsnämnden och IOP-\navtalet."
    assert join_broken_lines(text) == (
        "Ansvaret för verksamheten ligger hos vård- och omsorgsnämnden och IOP-avtalet."
    )
    assert join_broken_lines("hälso-\n, vård- och omsorg") == "hälso-, vård- och omsorg"


def test_structure_and_contacts_are_not_joined() -> None:
    assert join_broken_lines(KRAMFORS_CONTACT) == KRAMFORS_CONTACT
    assert join_broken_lines(MALMO_CONTACT) == MALMO_CONTACT
    kept = [
        "## Kriterier\nsom gäller för alla",
        "Följande gäller:\n- initiativet kommer från föreningen",
        "Kommunen nås via\ne-post: kommun@kramfors.se",
        "| a | b |\n| c | d |",
        "Parter\nsocialnämnden och Kvinnojouren Lund",
        "Kommunstyrelsen har beslutat att:\nskicka riktlinjerna på remiss",
        "den allmänna samhällsnyttan\nsv",
    ]
    for text in kept:
        assert join_broken_lines(text) == text


def test_a_sentence_wrapped_before_an_address_is_joined() -> None:
    # The address opens the last line of the sentence; a card's short line does not.
    text = (
        "Skicka den till socialförvaltningens funktionsbrevlåda\n"
        "iop@kommun.se och skriv ”IOP unga vuxna” i ämnesraden."
    )
    assert join_broken_lines(text) == text.replace("\n", " ")
    card = "Anna Ek, handläggare\nanna.ek@kommun.se, 070-123 45 67"
    assert join_broken_lines(card) == card


def test_list_item_continues_on_a_lowercase_line() -> None:
    text = (
        "- Partnerskapet IOP är inte ett köp av tjänst, utan en insats som ska\nutvecklas över tid"
    )
    assert join_broken_lines(text) == (
        "- Partnerskapet IOP är inte ett köp av tjänst, utan en insats som ska utvecklas över tid"
    )


def test_wrap_width_joins_full_lines_before_capitals() -> None:
    text = "Avtalet tecknas mellan nämnden och stiftelsen som driver verksamheten i\nNyköping."
    assert join_broken_lines(text, wrap_width=75) == text.replace("\n", " ")
    assert join_broken_lines(text) == text  # without a width a capital starts a new line


def test_contact_line_detection() -> None:
    assert is_contact_line("Tel: 0612-800 00 (växel)")
    assert is_contact_line("0768-66 29 60")
    assert is_contact_line("kommun@kramfors.se")
    assert is_contact_line("E-post: anna@exempel.se")
    assert not is_contact_line("Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71")


_TOKENS = st.sampled_from(
    [
        "Idéburet", "partnerskap", "vård-", "och", "omsorg", "IOP-", "avtal", " ", "  ", "\n",
        "\n\n\n", "\t", "\u00a0", "\u00ad", "\r\n", "**", "*", "#", "## ", "$left", "$", "sv",
        "en", "Uppdaterad:", "Uppdaterad: ", "2023-05-12", "•", "·", "–", "-", "- ", "1)", "1.",
        ":", ".", ",", "|", "anna@exempel.se", "Tel: 0612-800 00", "å", "Ö", "x", "E",
    ]
)  # fmt: skip
_NOISY_TEXT = st.one_of(st.lists(_TOKENS, max_size=40).map("".join), st.text(max_size=80))


@settings(max_examples=300, deadline=None)
@given(_NOISY_TEXT)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=300, deadline=None)
@given(_NOISY_TEXT)
def test_join_broken_lines_is_idempotent(text: str) -> None:
    once = join_broken_lines(text)
    assert join_broken_lines(once) == once


def test_a_sentence_wrapped_around_an_address_is_one_sentence_and_a_card_stays_apart() -> None:
    text = (
        "Beskriv er idé kort och skicka den till förvaltningens\n"
        "funktionsbrevlåda iop@sala.se. Vi återkommer inom tre veckor med förslag på tid för\n"
        "ett första möte.\n"
        "\n"
        "Kontakt\n"
        "Anna Ek\n"
        "anna.ek@sala.se\n"
        "0224-74 70 00"
    )
    joined = join_broken_lines(text, wrap_width=90).split("\n")
    assert joined[0] == (
        "Beskriv er idé kort och skicka den till förvaltningens funktionsbrevlåda iop@sala.se. "
        "Vi återkommer inom tre veckor med förslag på tid för ett första möte."
    )
    assert joined[2:] == ["Kontakt", "Anna Ek", "anna.ek@sala.se", "0224-74 70 00"]


def test_a_pdf_line_ending_on_a_conjunction_goes_on_onto_a_name() -> None:
    text = "Verksamheten bedrivs i kommunen. Hällabrottet, Ekeby, Sannahed och\nÅbytorp räknas."
    assert join_broken_lines(text, wrap_width=90) == text.replace("\n", " ")
    # A month may close a label line; the next line is a sentence of its own.
    dated = "Sista dag: 31 december\nKommunen svarar inom sex veckor."
    assert join_broken_lines(dated, wrap_width=90) == dated
