"""Canonical names, organisation forms, slugs and detection of kommuner and regions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core import municipalities as m

KOMMUNER = m.kommuner()
AMBIGUOUS = [name for name in KOMMUNER if (record := m.get(name)) is not None and record.ambiguous]


# --- the list ------------------------------------------------------------------------


def test_counts() -> None:
    assert len(m.kommuner()) == 290
    assert len(m.regions()) == 21
    assert len(m.all_names()) == len(set(m.all_names())) == 311


def test_names_are_canonical_and_slugs_unique() -> None:
    for name in m.all_names():
        assert m.canonical(name) == name
    slugs = [m.slug(name) for name in m.all_names()]
    assert len(slugs) == len(set(slugs))
    for name, slug in zip(m.all_names(), slugs, strict=True):
        assert slug.isascii() and slug == slug.lower()
        assert m.canonical(slug) == name  # a folder slug always finds its body


def test_every_organisation_form_leads_back() -> None:
    for name in m.all_names():
        expected = "Region Gotland" if name == "Gotland" else name
        assert m.canonical(m.organisation(name)) == expected


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Malmö", "Malmö stad"),
        ("Lund", "Lunds kommun"),
        ("Göteborg", "Göteborgs Stad"),
        ("Stockholm", "Stockholms stad"),
        ("Kramfors", "Kramfors kommun"),
        ("Enköping", "Enköpings kommun"),
        ("Nyköping", "Nyköpings kommun"),
        ("Borås", "Borås Stad"),
        ("Vännäs", "Vännäs kommun"),
        ("Uppsala", "Uppsala kommun"),
        ("Falun", "Falu kommun"),
        ("Orust", "Orust kommun"),
        ("Upplands Väsby", "Upplands Väsby kommun"),
        ("Malung-Sälen", "Malung-Sälens kommun"),
        ("Gotland", "Region Gotland"),
        ("Region Jönköpings län", "Region Jönköpings län"),
        ("Västra Götalandsregionen", "Västra Götalandsregionen"),
        ("lunds kommun", "Lunds kommun"),  # any form works as input
    ],
)
def test_organisation(name: str, organisation: str) -> None:
    assert m.organisation(name) == organisation


def test_organisation_of_unknown_name_is_the_name() -> None:
    assert m.organisation(" Sveriges Kommuner och Regioner ") == "Sveriges Kommuner och Regioner"


@pytest.mark.parametrize(
    "region",
    [
        "Region Stockholm",
        "Region Skåne",
        "Region Jönköpings län",
        "Västra Götalandsregionen",
        "Region Gotland",
        "Region Jämtland Härjedalen",
        "Region Örebro län",
    ],
)
def test_regions_present(region: str) -> None:
    assert region in m.regions()


# --- canonical -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Malmö", "Malmö"),
        ("malmö", "Malmö"),
        ("MALMÖ", "Malmö"),
        ("Malmö stad", "Malmö"),
        ("Malmö stads", "Malmö"),
        ("Malmö kommun", "Malmö"),  # common, if not official
        ("malmo", "Malmö"),
        ("Lunds kommun", "Lund"),
        ("Kramfors kommuns", "Kramfors"),
        ("  Göteborgs Stad ", "Göteborg"),
        ("goteborg", "Göteborg"),
        ("Falu kommun", "Falun"),
        ("upplands-vasby", "Upplands Väsby"),
        ("Upplands väsby", "Upplands Väsby"),
        ("upplands-bro", "Upplands-Bro"),
        ("malung-salen", "Malung-Sälen"),
        ("region jönköpings län", "Region Jönköpings län"),
        ("Jönköpings län", "Region Jönköpings län"),
        ("region-jonkopings-lan", "Region Jönköpings län"),
        ("Region Skånes", "Region Skåne"),
        ("Skåne", "Region Skåne"),
        ("Västra Götaland", "Västra Götalandsregionen"),
        ("VGR", "Västra Götalandsregionen"),
        ("Gotland", "Gotland"),
        ("Region Gotland", "Region Gotland"),
        ("Habo", "Habo"),
        ("Håbo", "Håbo"),
        ("habo", "Habo"),  # the ASCII form belongs to the kommun spelled that way
        ("haabo", "Håbo"),  # Håbo's folder slug
        ("Atlantis", None),
        ("kommun", None),
        ("", None),
    ],
)
def test_canonical(written: str, expected: str | None) -> None:
    assert m.canonical(written) == expected


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Malmö", "malmo"),
        ("Upplands Väsby", "upplands-vasby"),
        ("Upplands-Bro", "upplands-bro"),
        ("Malung-Sälen", "malung-salen"),
        ("Östra Göinge", "ostra-goinge"),
        ("Region Jönköpings län", "region-jonkopings-lan"),
        ("Lunds kommun", "lund"),
        ("Håbo", "haabo"),
        ("Habo", "habo"),
        ("Någon annan förening", "nagon-annan-forening"),
    ],
)
def test_slug(name: str, slug: str) -> None:
    assert m.slug(name) == slug


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("nykoping.se", "Nyköping"),
        ("www.malmo.se", "Malmö"),
        ("https://kramfors.se/omsorg", "Kramfors"),
        ("upplands-bro.se", "Upplands-Bro"),
        ("habo.se", None),  # Håbo or Habo: not guessed
        ("fontanhuset.se", None),
        ("malmo.com", None),
    ],
)
def test_from_domain(host: str, expected: str | None) -> None:
    assert m.from_domain(host) == expected


# --- detect --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vem ska jag kontakta i Malmö om IOP?", ["Malmö"]),
        ("malmö har ett iop", ["Malmö"]),
        ("Enligt Malmö stads riktlinjer", ["Malmö"]),
        ("Kramfors kommuns seniorråd", ["Kramfors"]),
        ("Vilka IOP har Lunds kommun just nu?", ["Lund"]),
        ("Vilka parter ingår i RådRum i Lund?", ["Lund"]),
        ("Lunds överenskommelse med idéburen sektor", ["Lund"]),
        ("Vilka kriterier gäller för IOP i Kramfors kommun?", ["Kramfors"]),
        ("vi e en pensionärsförening i kramfors, vad ska vi bidra med", ["Kramfors"]),
        ("Who can I contact in Malmö about IOP for older people?", ["Malmö"]),
        ("Göteborgs Stad och Göteborgs stad", ["Göteborg"]),
        ("Region Jönköpings län har en IOP-modell", ["Region Jönköpings län"]),
        ("region jönköpings län", ["Region Jönköpings län"]),
        ("i Jönköpings län", ["Region Jönköpings län"]),
        ("Jönköpings kommun och Region Jönköpings län", ["Jönköping", "Region Jönköpings län"]),
        ("Region Skåne och Skåne", ["Region Skåne"]),
        ("Hållbar Utveckling Skåne", []),  # a landscape inside an association's name
        ("Upplands-Bro kommun och Upplands Väsby", ["Upplands-Bro", "Upplands Väsby"]),
        ("Falu kommun", ["Falun"]),
        ("Föreningen i malmo undrar", ["Malmö"]),  # typed without å, ä, ö
        # English: the body after the name, "of" before it, the English name.
        ("We are in Norrkoping municipality", ["Norrköping"]),
        ("Does the City of Vasteras do IOP?", ["Västerås"]),
        ("Our club in Gothenburg", ["Göteborg"]),
        ("Lunds universitet", ["Lund"]),  # names the place: counted on purpose
        ("Hur söker jag bygglov för ett garage?", []),
        ("", []),
    ],
)
def test_detect_forms(text: str, expected: list[str]) -> None:
    assert m.detect(text) == expected


def test_detect_order_of_appearance_and_no_duplicates() -> None:
    text = "Vi har verksamhet i Lund, i Malmö och i Kramfors – mest i Lund och Malmö stad."
    assert m.detect(text) == ["Lund", "Malmö", "Kramfors"]


def test_detect_ignores_e_mail_addresses_and_domains() -> None:
    text = "Skriv till anna.lund@malmo.se eller kommun@kramfors.se, se www.lund.se."
    assert m.detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "vi vill vara med",
        "Vara med och påverka!",
        "bygget står på mark som kommunen äger",
        "slå in en kil",
        "Mark Svensson och Nora Berg skrev",
        "vi har en ale på puben",
        "cykeln står i boden",
        "katten sover i boden",  # lowercase everyday phrase, not the kommun
        "en skara frivilliga",
        "det ska vara kommunen som bestämmer",
        "Det kan vara kommun eller region",
        "ange din e-post",
    ],
)
def test_ambiguous_words_are_not_places(text: str) -> None:
    assert m.detect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kan vi få iop i sala om vi tar betalt?", ["Sala"]),  # as people type it
        ("Hur lång tid tar det innan Sala hör av sig?", ["Sala"]),  # a name mid-sentence
        # "kommun" after it names the body in any case, unless the name is everyday.
        ("vem ringer man på orsa kommun om förenings samarbete", ["Orsa"]),
        ("vad säger salems kommuns riktlinjer", ["Salem"]),
        ("det blir mark kommun som avgör", []),
    ],
)
def test_ambiguous_names_as_people_write_them(text: str, expected: list[str]) -> None:
    assert m.detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi är en förening i Vara", ["Vara"]),
        ("Vara kommun har IOP", ["Vara"]),
        ("Marks kommun", ["Mark"]),
        ("Ale kommuns riktlinjer", ["Ale"]),
        ("Vi kommer från Boden", ["Boden"]),
        ("We are based in Mora", ["Mora"]),
        ("I Åre finns", ["Åre"]),
        ("Kils kommun och i Nora", ["Kil", "Nora"]),
    ],
)
def test_ambiguous_names_in_disambiguating_forms(text: str, expected: list[str]) -> None:
    assert m.detect(text) == expected


@pytest.mark.parametrize("name", AMBIGUOUS)
def test_every_ambiguous_name(name: str) -> None:
    everyday = m.get(name).everyday  # type: ignore[union-attr]
    # "i boden" is everyday Swedish; "i sala", as people type it, is the place.
    assert m.detect(f"vi bor i {name.lower()} nu") == ([] if everyday else [name])
    assert m.detect(f"vi tar {name.lower()} nu") == []
    assert m.detect(f"Vi bor i {name} nu") == [name]
    assert m.detect(f"{m.organisation(name)} har IOP") == [name]


@pytest.mark.parametrize("name", [n for n in KOMMUNER if n not in AMBIGUOUS])
def test_every_plain_kommun(name: str) -> None:
    assert m.detect(f"vi e en förening i {name.lower()}") == [name]
    expected = "Region Gotland" if name == "Gotland" else name
    assert m.detect(f"Beslut av {m.organisation(name)}.") == [expected]
    # Written with its capital, the bare name needs no "i" before it.
    assert m.detect(f"Vilka överenskommelser om IOP har {name}?") == [name]


def test_a_place_name_after_a_capitalised_name_is_a_surname() -> None:
    text = "Hej, Margareta Lund här. Vi fick ett mejl från en tjänsteman på Malmö stad."
    assert m.detect(text) == ["Malmö"]
    assert m.detect("Vi är Kvinnojouren Lund.") == []
    # A capital that opens the sentence names nothing; "i" names the place.
    assert m.detect("Om Lund har IOP?") == ["Lund"]
    assert m.detect("Hej, Margareta här, vi bor i Lund.") == ["Lund"]


def test_mentions_mark_organisation_forms() -> None:
    found = m.mentions("I Malmö arbetar Malmö stad och Region Skåne.")
    assert [(x.name, x.form) for x in found] == [
        ("Malmö", "name"),
        ("Malmö", "organisation"),
        ("Region Skåne", "organisation"),
    ]
    assert found[1].start == len("I Malmö arbetar ")


@given(st.text())
def test_detect_returns_known_names_for_any_text(text: str) -> None:
    names = m.detect(text)
    assert len(names) == len(set(names))
    assert set(names) <= set(m.all_names())


def test_region_of_a_kommun_is_its_countys_region() -> None:
    assert m.region_of("Krokom") == "Region Jämtland Härjedalen"
    assert m.region_of("Borlänge") == "Region Dalarna"
    assert m.region_of("Region Dalarna") is None
    assert m.region_of("Atlantis") is None


def test_capitalised_reads_ambiguous_names_inside_other_names() -> None:
    assert m.detect("SPF Seniorerna Mora vill ordna en resa") == []
    assert m.capitalised("SPF Seniorerna Mora vill ordna en resa") == ["Mora"]
    assert m.capitalised("skriv till info@mora.se om mora") == []


def test_kind_of_a_name() -> None:
    assert m.kind_of("Region Västerbotten") == "region"
    assert m.kind_of("Västra Götalandsregionen") == "region"
    assert m.kind_of("Tidaholm") == "kommun"
    assert m.kind_of("Ingenstans") == "kommun"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vem pratar man me om iop i söderköpin?? har ni nått nummer", ["Söderköping"]),
        ("finns det iop på ljusdl kommun", ["Ljusdal"]),
        # common words one letter from a name, and names too short to guess, are left
        ("vi träffas i skolan varje vecka", []),
        ("vi bor i Kalmr", []),
    ],
)
def test_a_kommun_written_one_letter_wrong_after_a_word_of_place(
    text: str, expected: list[str]
) -> None:
    assert m.misspelt(text) == expected
