"""Contact cards from municipal text: the seeds, phone forms, non-phones, verbatim evidence."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.contacts import (
    ContactCard,
    find_emails,
    find_phones,
    normalise_for_match,
    stands_in,
)
from ingest.contacts.cards import extract_contacts

# Excerpts of ../shared/seeds, copied verbatim (trailing double spaces included).
MALMO = """Om din förening eller organisation har frågor eller en idé som ni vill diskutera \
är ni välkomna att kontakta utvecklingssekreterare Christina Widerstrand eller Ann Rubin.

Christina Widerstrand: christina.widerstrand@malmo.se,
0768-66 29 60

Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23

Vad innebär idéburet offentligt partnerskap, IOP?
Vad kan din ideella organisation och Malmö stad göra tillsammans för att lösa en \
samhällutmaning? Just nu prövas idéburet offentligt partnerskap (IOP) för samverkan inom \
området ofrivillig ensamhet för målgrupp 65 år och äldre i Malmö.
"""

KRAMFORS = """Pensionärsföreningar inom Kramfors kommun har efterfrågat möjligheten
om att få ingå IOP-avtal med Välfärdsförvaltningen.

  • Verksamheten detaljregleras inte från kommunens sida.

Uppdaterad: Sidansvarig: Anna-Lena Högberg

Kontakt

Kom in kundtjänst
Tel: 0612-800 00 (växel)

Besöksadress
Torggatan 2, Kramfors

Postadress
Kramfors kommun
872 80 Kramfors

kommun@kramfors.se"""

ENKOPING = """



Vård- och omsorgsförvaltningen\x20\x20
Barbara Lundgren

Vård- och omsorgsnämnden

barbara.lundgren@enkoping.se

## **Svar på remiss - Riktlinjer för idéburet offentligt partnerskap**

Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71, att riktlinjer ska tas fram för \
nämnders och förvaltningars arbete med IOP, Idéburet Offentligt Partnerskap.

2. nämndernas yttrande ska vara kommunstyrelsen tillhanda senast den 26 maj 2023.

Det är gynnsamt för Enköpings kommun att bidra till samhällets utveckling.

Barbara Lundgren\x20\x20
Administrativ chef\x20\x20
Vård- och omsorgsförvaltningen\x20\x20
Enköpings kommun

Kopia till:\x20\x20
Kommunstyrelsen"""

NYKOPING = """1 juni 2023
Kommun och politik Omsorg och stöd Nämnder - Vård- och omsorgsnämnden

Målgruppen är personer som är 18 år eller äldre.
- Vård- och omsorgsnämnden och Fontänhuset ser en gemensam samhällsutmaning, säger \
Carina Wallin (S), ordförande i vård- och omsorgsnämnden.

Överenskommelsen tecknas för fem år och gäller från den 1 juli 2023.

Den 13 juni kl 10.30 kommer avtalet att signeras på plats i Fontänhuset."""


def by_email(cards: list[ContactCard], email: str) -> ContactCard:
    return next(card for card in cards if card.email == email)


# --- seeds ------------------------------------------------------------------------------


def test_malmo_two_persons_with_role_phone_and_organisation() -> None:
    cards = extract_contacts(MALMO)
    assert [c.name for c in cards] == ["Christina Widerstrand", "Ann Rubin"]

    christina = by_email(cards, "christina.widerstrand@malmo.se")
    assert christina.kind == "person"
    assert christina.title == "utvecklingssekreterare"
    assert christina.phone == "0768-66 29 60"
    assert christina.phone_e164 == "+46768662960"
    assert christina.organisation == "Malmö stad"
    assert christina.evidence == (
        "Christina Widerstrand: christina.widerstrand@malmo.se,\n0768-66 29 60"
    )

    ann = by_email(cards, "ann.rubin@malmo.se")
    assert (ann.name, ann.title, ann.phone, ann.phone_e164) == (
        "Ann Rubin",
        "utvecklingssekreterare",
        "0706-63 47 23",
        "+46706634723",
    )
    assert ann.evidence == "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23"


def test_kramfors_switchboard_and_function_mailbox_but_no_card_for_page_owner() -> None:
    cards = extract_contacts(KRAMFORS)
    assert len(cards) == 2
    switchboard, mailbox = cards

    assert switchboard.kind == "switchboard"
    assert switchboard.title == "växel"
    assert switchboard.phone == "0612-800 00"
    assert switchboard.phone_e164 == "+4661280000"
    assert switchboard.organisation == "Kramfors kommun"
    assert switchboard.name is None
    assert "Tel: 0612-800 00 (växel)" in switchboard.evidence

    assert mailbox.kind == "function"
    assert mailbox.email == "kommun@kramfors.se"
    assert mailbox.organisation == "Kramfors kommun"
    assert mailbox.name is None

    assert all(card.name != "Anna-Lena Högberg" for card in cards)


def test_enkoping_signature_gives_title_unit_and_organisation() -> None:
    (card,) = extract_contacts(ENKOPING)
    assert card.kind == "person"
    assert card.name == "Barbara Lundgren"
    assert card.email == "barbara.lundgren@enkoping.se"
    assert card.title == "Administrativ chef"
    assert card.unit == "Vård- och omsorgsförvaltningen"
    assert card.organisation == "Enköpings kommun"
    assert card.phone is None
    assert card.evidence == "barbara.lundgren@enkoping.se"


def test_a_unit_after_the_role_in_the_name_s_line_is_the_card_s_unit() -> None:
    line = (
        "Mikael Bergqvist, utvecklingsledare, socialförvaltningen, 0550-882 47, "
        "mikael.bergqvist@kristinehamn.example.se\n\n"
        "Eva Ekström, Kultur- och fritidsförvaltningen, 0550-881 00, "
        "eva.ekstrom@kristinehamn.example.se\n\n"
        "Ola Berg, föreningskonsulent, Kristinehamns kommun, 0550-881 01"
    )
    mikael, eva, ola = extract_contacts(line, "Kristinehamns kommun")
    assert (mikael.title, mikael.unit) == ("utvecklingsledare", "socialförvaltningen")
    assert (eva.title, eva.unit) == (None, "Kultur- och fritidsförvaltningen")
    # The municipality after a role is no unit of it.
    assert (ola.title, ola.unit) == ("föreningskonsulent", None)


def test_a_card_s_labelled_field_between_its_number_and_address_keeps_it_whole() -> None:
    card = (
        "Marie Fransson\n\nFöreningsutvecklare med ansvar för IOP\n\n"
        "Telefon: 0380-51 84 27\n\nTelefontid: tisdag och torsdag 9–11\n\n"
        "E-post: marie.fransson@nassjo.example.se"
    )
    [person] = extract_contacts(card, "Nässjö kommun")
    assert person.name == "Marie Fransson"
    assert person.phone == "0380-51 84 27" and person.email == "marie.fransson@nassjo.example.se"
    # A sentence between two details is no field: two people stay apart.
    two = (
        "Anna Berg\nTelefon: 0380-11 11 11\nHon svarar på frågor om bidrag.\n"
        "Ola Ek\nE-post: ola.ek@x.se"
    )
    assert len(extract_contacts(two, "Nässjö kommun")) == 2
    # A labelled line naming someone starts their card.
    named = "Anna Berg\nTelefon: 0380-11 11 11\nHandläggare: Ola Ek\nE-post: ola.ek@x.example.se"
    cards = extract_contacts(named, "Nässjö kommun")
    assert [(c.name, c.phone, c.email) for c in cards] == [
        ("Anna Berg", "0380-11 11 11", None),
        ("Ola Ek", None, "ola.ek@x.example.se"),
    ]


def test_a_line_telling_whom_to_call_names_the_card_below() -> None:
    lattlast = (
        "Ring Sofia Nyström.\nHon arbetar med föreningar på kommunen.\n"
        "Telefon: 0929-170 38.\nHon svarar i telefon måndag till torsdag klockan 9 till 11."
        "\n\nDu kan också skicka e-post till foreningsservice@alvsbyn.example.se."
    )
    person, mailbox = extract_contacts(lattlast, "Älvsbyns kommun")
    assert (person.name, person.phone) == ("Sofia Nyström", "0929-170 38")
    assert mailbox.name is None
    # With the role after the name the name is still the person's …
    [called] = extract_contacts("Ring Sofia Nyström, föreningskonsulent.\nTelefon: 0929-170 38.")
    assert (called.name, called.title) == ("Sofia Nyström", "föreningskonsulent")
    # … while a call to an office or the municipality names no person.
    for office in ("Kontakta Kundcenter Mariestad", "Ring Mariestads kommun"):
        [card] = extract_contacts(f"{office}\n0501-75 50 00", "Mariestads kommun")
        assert card.name is None and card.kind != "person"
    # Across a blank line the call is another paragraph's: no name is taken from it.
    apart = "Ring Sofia Nyström.\n\nVäxel: 0929-170 00"
    assert all(c.name is None for c in extract_contacts(apart, "Älvsbyns kommun"))


def test_a_role_with_what_it_is_for_or_english_words_before_it_still_names_the_card() -> None:
    box = "Johan Almqvist, strateg för civilsamhället\nTelefon 010-104 52 63"
    [card] = extract_contacts(box, "Region Östergötland")
    assert (card.name, card.phone) == ("Johan Almqvist", "010-104 52 63")
    english = "Johan Almqvist, civil society strategist\nPhone +46 10 104 52 63"
    [card] = extract_contacts(english, "Region Östergötland")
    assert card.name == "Johan Almqvist"
    # A switchboard in brackets beside a person's own number leaves the number theirs …
    beside = "Anna Berg\nFöreningsutvecklare\nTelefon 0481-452 10 (växel 0481-450 00)"
    anna, switchboard = extract_contacts(beside, "Nybro kommun")
    assert (anna.name, anna.phone) == ("Anna Berg", "0481-452 10")
    assert switchboard.kind == "switchboard"
    # … while a switchboard line under the signatures is no signer's number.
    signed = "Jonas Hägg, socialchef\nTherese Sandell, verksamhetsutvecklare\n\nVäxel 0481-692 00"
    [card] = extract_contacts(signed, "Nybro kommun")
    assert card.name is None and card.kind == "switchboard"


def test_a_role_with_its_field_and_unit_after_it_or_in_a_table_cell_names_the_card() -> None:
    box = (
        "Lina Berg, strateg civilsamhälle, regional utveckling\n"
        "Telefon: 0480-44 71 62 (telefontid onsdagar kl. 9–11)\nE-post: civilsamhalle@rkl.se"
    )
    [card] = extract_contacts(box, "Region Kalmar län")
    assert (card.name, card.title, card.phone) == ("Lina Berg", "strateg", "0480-44 71 62")
    row = (
        "| Fråga om | Kontakt |\n| --- | --- |\n| Idéburet offentligt partnerskap | Mattias "
        "Granlund, utvecklingsstrateg civilsamhälle, kommunledningsförvaltningen, 0221-658 12 |"
    )
    [card] = extract_contacts(row, "Köpings kommun")
    assert (card.name, card.phone) == ("Mattias Granlund", "0221-658 12")
    # A sentence about a person is no card heading: the number below is not theirs.
    told = "Per Ek, ordförande i föreningen, berättar att det gick bra.\nTelefon 0480-11 22 33"
    [card] = extract_contacts(told, "Kalmar kommun")
    assert card.name is None


def test_two_people_in_one_line_keep_their_own_numbers() -> None:
    cards = extract_contacts("Anna Berg, 070-123 45 67. Lisa Ek, 070-765 43 21.", "X kommun")
    assert [(c.name, c.phone) for c in cards] == [
        ("Anna Berg", "070-123 45 67"),
        ("Lisa Ek", "070-765 43 21"),
    ]


def test_text_without_contact_details_gives_no_cards() -> None:
    assert extract_contacts(NYKOPING) == []
    assert find_phones(NYKOPING) == []


def test_caller_organisation_is_a_fallback_in_the_texts_own_spelling() -> None:
    text = "Kom in kundtjänst\nTel: 0612-800 00 (växel)\n\nPostadress\nKramfors kommun"
    assert extract_contacts(text, organisation="Kramfors")[0].organisation == "Kramfors kommun"
    bare = "Ring 0612-800 00 (växel)."
    assert extract_contacts(bare, organisation="Kramfors")[0].organisation == "Kramfors"
    assert extract_contacts(bare)[0].organisation is None


def test_to_contact_carries_unit_in_title() -> None:
    (card,) = extract_contacts(ENKOPING)
    contact = card.to_contact(citation=2)
    assert contact.title == "Administrativ chef, Vård- och omsorgsförvaltningen"
    assert contact.email == "barbara.lundgren@enkoping.se"
    assert contact.citation == 2


# --- other layouts ------------------------------------------------------------------------


def test_name_and_role_in_running_text() -> None:
    text = "Kontakta Maria Öberg, handläggare, på maria.oberg@umea.se eller 090-16 10 00."
    (card,) = extract_contacts(text)
    assert (card.name, card.title, card.phone) == ("Maria Öberg", "handläggare", "090-16 10 00")
    assert card.evidence == text


def test_contact_list_without_blank_lines_keeps_persons_apart() -> None:
    text = (
        "Christina Widerstrand: christina.widerstrand@malmo.se,\n0768-66 29 60\n"
        "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23\n"
        "Bo Ek, 070-222 22 22"
    )
    cards = extract_contacts(text)
    assert [(c.name, c.phone) for c in cards] == [
        ("Christina Widerstrand", "0768-66 29 60"),
        ("Ann Rubin", "0706-63 47 23"),
        ("Bo Ek", "070-222 22 22"),
    ]
    assert cards[2].email is None


def test_signature_with_label_and_two_numbers() -> None:
    text = (
        "Kontaktperson: Anna Andersson\nIOP-samordnare\nSocialförvaltningen\nRegion Gävleborg\n"
        "Telefon: 026-15 50 00\nMobil: 070-123 45 67\n"
        "E-post: anna.andersson@regiongavleborg.se"
    )
    cards = extract_contacts(text)
    assert {c.phone for c in cards} == {"026-15 50 00", "070-123 45 67"}
    for card in cards:
        assert card.name == "Anna Andersson"
        assert card.title == "IOP-samordnare"
        assert card.unit == "Socialförvaltningen"
        assert card.organisation == "Region Gävleborg"


def test_extra_number_right_under_a_person_is_theirs() -> None:
    text = "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23\nMobil: 070-123 45 67"
    first, second = extract_contacts(text)
    assert (first.name, first.phone) == ("Ann Rubin", "0706-63 47 23")
    assert (second.name, second.email, second.phone) == ("Ann Rubin", None, "070-123 45 67")
    assert second.evidence == "Mobil: 070-123 45 67"


def test_function_mailbox_and_service_desk_in_prose() -> None:
    text = "Frågor? Mejla iop@goteborg.se eller ring Kontaktcenter 031-365 00 00. Välkommen!"
    (card,) = extract_contacts(text)
    assert card.kind == "switchboard"
    assert card.title == "kontaktcenter"
    assert card.evidence == "Mejla iop@goteborg.se eller ring Kontaktcenter 031-365 00 00."


def test_person_address_without_name_in_text_is_a_nameless_person() -> None:
    (card,) = extract_contacts("Skriv till ann.rubin@malmo.se")
    assert (card.kind, card.name, card.email) == ("person", None, "ann.rubin@malmo.se")
    (card,) = extract_contacts("Skriv till registrator@stockholm.se")
    assert card.kind == "function"


def test_same_address_twice_gives_one_card() -> None:
    text = "Läs [mer](mailto:ann.rubin@malmo.se).\n\nAnn Rubin: ann.rubin@malmo.se"
    cards = extract_contacts(text)
    assert [c.email for c in cards] == ["ann.rubin@malmo.se"]


# --- finding e-mails and phones ----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("08-123 456 78", "+46812345678"),
        ("+46 8 123 456 78", "+46812345678"),
        ("070-123 45 67", "+46701234567"),
        ("0612-800 00", "+4661280000"),
        ("0706-63 47 23", "+46706634723"),
        ("(08) 123 456 78", "+46812345678"),
        ("+46 (0)8 123 456 78", "+46812345678"),
        ("0046 8 123 456 78", "+46812345678"),
        ("031-368 00 00", "+46313680000"),
    ],
)
def test_phone_forms(written: str, e164: str) -> None:
    assert find_phones(f"Ring {written} i dag.") == [(written, e164)]


def test_typographic_dash_and_odd_spaces_are_shown_plainly() -> None:
    [(written, e164)] = find_phones("Tel 0612–800\u00a000")
    assert (written, e164) == ("0612-800 00", "+4661280000")
    assert stands_in(written, "Tel 0612–800\u00a000")


def test_a_number_wrapped_over_two_lines_is_found() -> None:
    # A PDF line break between the number's groups: "Telefon 063-14\n32 08."
    text = "Anna Berg, strateg. Telefon 063-14\n32 08. E-post anna.berg@exempel.se."
    assert find_phones(text) == [("063-14 32 08", "+4663143208")]
    assert stands_in("063-14 32 08", text)


def test_numbers_on_consecutive_lines_stay_two_numbers() -> None:
    text = "Telefon 063-14 32 08\n0322-61 60 00\nÅr 2023\n2024"
    assert [e164 for _, e164 in find_phones(text)] == ["+4663143208", "+46322616000"]


@pytest.mark.parametrize(
    "text",
    [
        "Postadress\nKramfors kommun\n872 80 Kramfors",
        "SE-872 80 Kramfors",
        "Beslut 2023-06-01.",
        "Dnr 2021/71",
        "Dnr KS 2023/123",
        "Dnr VON 2023/00123",
        "§ 71",
        "paragraf 71",
        "500 000 kr",
        "Totalt 2 500 000 kronor 2023-2025.",
        "År 2023 2024 2025",
        "Kommunfullmäktige beslutade den 17 maj 2021",
        "Öppet vardagar 08.00-16.30",
        "Den 13 juni kl 10.30",
        "Org.nr 212000-0365",
        "Bankgiro 5050-1055",
        "Målgrupp 65 år och äldre, 18 år eller äldre",
        "Dnr 0612/2023",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert find_phones(text) == []
    assert extract_contacts(text) == []


def test_find_emails_in_order_once_each() -> None:
    text = "A: ann.rubin@malmo.se, B: Kommun@Kramfors.se. Igen: ann.rubin@malmo.se."
    assert find_emails(text) == ["ann.rubin@malmo.se", "Kommun@Kramfors.se"]
    assert find_emails("**barbara.lundgren@enkoping.se**") == ["barbara.lundgren@enkoping.se"]
    assert find_emails("ingen adress @ här, bara 2023@") == []


# --- verbatim matching --------------------------------------------------------------------


def test_normalise_for_match() -> None:
    assert normalise_for_match("0612-800 00 (växel)") == "061280000växel"
    assert normalise_for_match("+46 (0)8–123 456 78") == "+46081234567" + "8"
    assert normalise_for_match("Ann.Rubin@Malmo.se") == "ann.rubin@malmo.se"


@pytest.mark.parametrize(
    ("value", "passage", "expected"),
    [
        ("0706-63 47 23", "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23", True),
        ("0706634723", "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23", True),
        ("0706 - 63 47 23", "0706-63 47 23", True),
        ("0612-800 00", "Tel: 0612-800 00 (växel)", True),
        ("0612-800 00", "Tel: 0612-800 001", False),
        ("0612-800 00", "Tel: 10612-800 00", False),
        ("+46706634723", "0706-63 47 23", False),
        ("0706-63 47 24", "0706-63 47 23", False),
        ("ann.rubin@malmo.se", "Ann Rubin: Ann.Rubin@Malmo.se, 0706", True),
        ("rubin@malmo.se", "ann.rubin@malmo.se", False),
        ("ann.rubin@malmo.se", "ann.rubin@malmo.sex", False),
        ("ann.rubin@malmo.se", "skriv till ann.rubin@malmo.se.", True),
        ("", "anything", False),
    ],
)
def test_stands_in(value: str, passage: str, expected: bool) -> None:
    assert stands_in(value, passage) is expected


# --- properties -----------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "Christina Widerstrand: christina.widerstrand@malmo.se,",
        "0768-66 29 60",
        "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23",
        "Kom in kundtjänst",
        "Tel: 0612-800 00 (växel)",
        "kommun@kramfors.se",
        "Kramfors kommun",
        "872 80 Kramfors",
        "Barbara Lundgren",
        "Administrativ chef",
        "Vård- och omsorgsförvaltningen",
        "Dnr KS 2023/123",
        "2023-06-01",
        "500 000 kr",
        "+46 8 123 456 78",
        "08-123 456 78",
        "utvecklingssekreterare",
        "Sidansvarig: Anna-Lena Högberg",
        "info@forening.se",
        "Öppet 08.00-16.30",
    ]
)
_NOISE = st.text(
    alphabet=st.sampled_from(list("abcåäö ABCÅÄÖ0123456789@.-:,()+\n\t ")), max_size=25
)
_SEPARATORS = st.sampled_from([" ", "\n", "\n\n", ", ", ": ", "  \n", ""])


@st.composite
def contact_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(_FRAGMENTS, _NOISE), max_size=12))
    return "".join(part + draw(_SEPARATORS) for part in parts)


def _assert_card_is_grounded(card: ContactCard, text: str) -> None:
    assert card.evidence
    assert card.evidence in text
    assert text[card.span[0] : card.span[1]] == card.evidence
    assert card.email or card.phone
    if card.email:
        assert stands_in(card.email, card.evidence)
    if card.phone:
        assert stands_in(card.phone, card.evidence)
        assert card.phone_e164 is not None
        parsed = phonenumbers.parse(card.phone_e164)
        assert phonenumbers.is_valid_number(parsed)
        assert parsed.country_code == 46


@pytest.mark.slow
@settings(max_examples=300, deadline=None, database=None)
@given(contact_texts())
def test_every_card_is_grounded_in_its_evidence(text: str) -> None:
    for card in extract_contacts(text):
        _assert_card_is_grounded(card, text)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_breaks_the_extractor(text: str) -> None:
    for card in extract_contacts(text, organisation="Malmö"):
        _assert_card_is_grounded(card, text)


@settings(max_examples=200, deadline=None, database=None)
@given(contact_texts())
def test_found_values_stand_in_the_text(text: str) -> None:
    for email in find_emails(text):
        assert stands_in(email, text)
    for written, e164 in find_phones(text):
        assert stands_in(written, text)
        assert e164.startswith("+46")


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.one_of(
        st.from_regex(r"\A(19|20)\d\d-[01]\d-[0-3]\d\Z"),
        st.from_regex(r"\A(Dnr|dnr|Dnr KS) 20\d\d/\d{1,5}\Z"),
        st.from_regex(r"\A§ \d{1,3}\Z"),
        st.from_regex(r"\A\d{1,3}( \d{3}){1,2} (kr|kronor)\Z"),
        st.from_regex(r"\A[1-9]\d\d \d\d [A-ZÅÄÖ][a-zåäö]{2,10}\Z"),
        st.from_regex(r"\A(19|20)\d\d(-(19|20)\d\d)?\Z"),
    )
)
def test_dates_case_numbers_amounts_postcodes_are_never_phones(text: str) -> None:
    assert find_phones(f"Se {text} nedan.") == []


class _CardsReader:
    """Contact cards of one place, as the index gives them."""

    def __init__(self, *texts: str) -> None:
        from builders import make_chunk

        self._cards = [
            (card, make_chunk("skovde/iop.html", text))
            for text in texts
            for card in extract_contacts(text)
        ]

    def contact_cards(self, place: str) -> list[tuple[ContactCard, object]]:
        return list(self._cards)


def test_a_matter_that_is_not_iop_gets_the_switchboard_never_the_iop_desk() -> None:
    from assistant.answers.contacts import switchboard

    desk = _CardsReader("Frågor om IOP: 0500-49 86 40, iop@skovde.se")
    # Asked for a number about IOP, the desk's will do; for bygglov, it is no switchboard.
    found = switchboard(desk, ["Skövde"])  # type: ignore[arg-type]
    assert found is not None and found.card.phone == "0500-49 86 40"
    assert switchboard(desk, ["Skövde"], general=True) is None  # type: ignore[arg-type]
    both = _CardsReader("Frågor om IOP: 0500-49 86 40, iop@skovde.se", "Växel: 0500-49 80 00")
    board = switchboard(both, ["Skövde"], general=True)  # type: ignore[arg-type]
    assert board is not None and board.card.phone == "0500-49 80 00"
    # The IOP mailbox written beside the switchboard number is the desk's: the footer's
    # general address, or none, goes with the switchboard for another matter.
    beside = (
        "Mejla iop@skovde.se, eller ring kommunens växel 0500-49 80 00 och be om IOP.",
        "Skövde kommun · Växel 0500-49 80 00 · kommunen@skovde.se",
    )
    board = switchboard(_CardsReader(*beside), ["Skövde"], general=True)  # type: ignore[arg-type]
    assert board is not None and board.card.email != "iop@skovde.se"
    alone = switchboard(_CardsReader(beside[0]), ["Skövde"], general=True)  # type: ignore[arg-type]
    assert alone is not None and alone.card.email is None and alone.card.phone == "0500-49 80 00"


def test_a_name_with_its_role_heads_a_card_with_a_function_mailbox() -> None:
    # "Name, role, telefon …, iop@…": the person answers at the shared mailbox.
    inline = extract_contacts(
        "Maria Fransson, utvecklingsstrateg, telefon 0345-180 52, iop@hylte.se.", "Hylte kommun"
    )
    assert [(c.kind, c.name, c.title) for c in inline] == [
        ("person", "Maria Fransson", "utvecklingsstrateg")
    ]
    # A web card whose "<br>" lines come as paragraphs: the name with its role still heads
    # it; a bare label above a blank line ("Föreningsservice") names no one.
    card = extract_contacts(
        "Maria Fransson, utvecklingsstrateg\n\nTelefon 0345-180 52\n\niop@hylte.se", "Hylte kommun"
    )
    assert [(c.name, c.phone) for c in card] == [("Maria Fransson", "0345-180 52")]
    service = extract_contacts(
        "Föreningsservice\n\nTelefon 0345-180 40\n\nforeningsservice@hylte.se", "Hylte kommun"
    )
    assert [c.name for c in service] == [None]


def test_a_person_card_named_by_its_heading_when_the_address_confirms_it() -> None:
    text = "Föreningsutvecklare, samordnare för IOP\n\n060-19 24 78\nanders.holmqvist@sundsvall.se"
    [card] = extract_contacts(text, "Sundsvalls kommun", heading="Anders Holmqvist")
    assert (card.kind, card.name) == ("person", "Anders Holmqvist")
    # A heading the address does not spell names no one.
    [other] = extract_contacts(
        "060-19 10 02\nregistrator.kof@sundsvall.se",
        "Sundsvalls kommun",
        heading="Anders Holmqvist",
    )
    assert other.name is None


def test_a_sentence_of_details_alone_takes_the_name_of_the_sentence_before() -> None:
    text = (
        "Karin Holm, utvecklingsledare, omsorgsförvaltningen. Telefon 026-17 84 26, "
        "e-post iop.omsorg@gavle.se."
    )
    (card,) = extract_contacts(text, "Gävle")
    assert (card.name, card.title, card.phone) == (
        "Karin Holm",
        "utvecklingsledare",
        "026-17 84 26",
    )
    # A sentence that names nobody gives no name.
    (office,) = extract_contacts("Vi svarar gärna på frågor. Telefon 026-17 84 26.", "Gävle")
    assert office.name is None


def test_an_association_named_in_a_person_s_line_is_their_organisation() -> None:
    text = "Bo Lind, ordförande, Föreningen Strömsbro Vänner\nTelefon 073-804 51 19"
    (card,) = extract_contacts(text, "Gävle")
    assert (card.name, card.organisation) == ("Bo Lind", "Föreningen Strömsbro Vänner")


def test_a_sentence_telling_of_someone_gives_its_details_no_name() -> None:
    text = "Per Svensson, kommunstyrelsens ordförande, skrev under avtalet. Telefon 026-17 84 26."
    (card,) = extract_contacts(text, "Gävle")
    assert card.name is None


def test_an_association_after_a_name_s_role_ends_at_the_sentence() -> None:
    text = "Britt Sandberg, ordförande, Ljusne Kamratförening. Telefon 070-111 22 33."
    (card,) = extract_contacts(text, "Gävle")
    assert card.organisation == "Ljusne Kamratförening"
    within = "Britt Sandberg, ordförande i Ljusne Kamratförening\nTelefon 070-111 22 33"
    (card,) = extract_contacts(within, "Gävle")
    assert card.organisation == "Ljusne Kamratförening"


def test_a_number_another_country_code_makes_valid_is_no_swedish_one() -> None:
    # "+26" makes the rest a Zambian number: not one a Swedish document gives as its own,
    # but one a check of written text must still see.
    assert find_phones("Ring +26 0768-66 29 60 ") == []
    assert find_phones("Ring +26 0768-66 29 60 ", any_country=True) == [
        ("+26 0768-66 29 60", "+260768662960")
    ]
    assert find_phones("Ring +46 768-66 29 60") == [("+46 768-66 29 60", "+46768662960")]


def test_a_call_verb_before_a_name_with_a_long_unit_after_its_role() -> None:
    text = (
        "Har föreningen en idé om ett partnerskap?\n\n"
        "Kontakta Per-Olof Strand Nyberg, samordnare för civilsamhällesfrågor på "
        "kommunledningsförvaltningen, 0523-61 22 40, iop@kommunen.example.se"
    )
    [card] = extract_contacts(text, "Lysekils kommun")
    assert card.name == "Per-Olof Strand Nyberg"
    assert card.phone == "0523-61 22 40"


def test_easy_to_read_text_calls_the_person_paragraphs_above_the_number() -> None:
    # One sentence per paragraph, as lättläst pages write; the middle one is about her.
    text = "Ring Lena Wik Holm.\n\nHon hjälper föreningar.\n\nTelefon: 0250-12 34 56."
    [card] = extract_contacts(text, "Orsa kommun")
    assert card.name == "Lena Wik Holm"
    # A sentence about something else between them breaks the link.
    other = "Ring Lena Wik Holm.\n\nKommunen har många föreningar.\n\nTelefon: 0250-12 34 56."
    assert all(c.name != "Lena Wik Holm" for c in extract_contacts(other, "Orsa kommun"))


def test_an_office_line_above_a_number_is_not_passed_for_a_person_further_up() -> None:
    text = (
        "Karin Berg, ordförande i PRO Orsa\n\nHon tycker att avtalet är bra.\n\n"
        "Frågor om avtalet besvaras av kontaktcenter\nTelefon: 0250-55 21 00"
    )
    assert all(c.name != "Karin Berg" for c in extract_contacts(text, "Orsa kommun"))


def test_a_call_verb_before_an_organisation_calls_no_person() -> None:
    cards = extract_contacts("Kontakta Röda Korset Orsa, 070-123 45 67.", "Orsa kommun")
    assert all(c.kind != "person" for c in cards)


def test_an_english_phone_label_after_the_sentence_that_names_the_person() -> None:
    text = (
        "## Contact\n\nLisa Holm Berg, development officer for civil society. "
        "Phone +46 280 100 47, Monday to Wednesday 9.00–10.30."
    )
    [card] = extract_contacts(text, "Malung-Sälens kommun")
    assert card.name == "Lisa Holm Berg"
