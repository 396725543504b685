"""Chunking keeps criteria lists, lead-ins and contact blocks whole, and loses no text."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.documents import Chunk, DocumentMeta, PageText
from ingest.chunk import chunk_document

# Excerpts of the seed documents as the cleaner leaves them: bullets as "- " items,
# broken lines rejoined.
KRAMFORS = """Idéburet offentligt partnerskap (IOP) inom äldreomsorg

För en idéburen aktör vars verksamhet syftar till att skapa mervärde för äldre, är det möjligt att ingå ett IOP-avtal. Kramfors kommun vill uppmuntra till goda insatser för att främja social samvaro och aktiviteter som bidrar till ökad livskvalitet.

Vem kan ingå i ett IOP-avtal med Kramfors kommun?

Pensionärsföreningar inom Kramfors kommun har efterfrågat möjligheten om att få ingå IOP-avtal med Välfärdsförvaltningen.

Seniorrådet, som representeras av kommunens olika pensionärsföreningar, kommer att vara drivande i arbetet med IOP-avtalen. Dialogen kring vilken verksamhet som ska bedrivas i ett eventuellt IOP kommer att föras i det forumet. Det är även där förslag till IOP-avtal tas fram, där uppföljningen om hur det går sker och där dokumentationen förs.

Riktlinjer för idéburet offentligt partnerskap

Till grund för arbetet med IOP och de avtal som ska tecknas har en riktlinje arbetats fram. Partnerskap ingås genom en överenskommelse om vilken verksamhet som ska bedrivas, de mål som ska uppnås och inom vilka ramar samverkan ska ske. Kommunen lämnar ett ekonomiskt stöd samtidigt som organisationen, som måste vara registrerad i kommunens föreningsregister, går in med egna medel, till exempel pengar, volontärer eller lokal.

Följande kriterier gäller

- Verksamheten sker på initiativ av den ideella organisationen
- Partnerskapet IOP bygger på ett gemensamt samverkansbehov och bidrar till lokal utveckling och delaktighet i samhället
- Verksamheten kan inte ses som en del av de övriga förenings- eller verksamhetsbidrag som kommunen kan erbjuda
- Det finns inte en marknad eller en konkurrenssituation att vårda. Det finns inte privata företag som bedriver samma verksamhet på samma sätt eller med samma värden. (Lagen om offentlig upphandling)
- Verksamheten detaljregleras inte från kommunens sida.
- Partnerskapet IOP är inte ett köp av tjänst eller verksamhet, utan en insats eller verksamhet med ambitionen att utvecklas och fungera över

Kontakt

Kom in kundtjänst
Tel: 0612-800 00 (växel)

Besöksadress
Torggatan 2, Kramfors

Postadress
Kramfors kommun
872 80 Kramfors

kommun@kramfors.se
"""  # noqa: E501

KRAMFORS_CRITERIA = (
    "Verksamheten sker på initiativ av den ideella organisationen",
    "bidrar till lokal utveckling och delaktighet i samhället",
    "övriga förenings- eller verksamhetsbidrag",
    "Det finns inte en marknad eller en konkurrenssituation att vårda",
    "Verksamheten detaljregleras inte från kommunens sida.",
    "Partnerskapet IOP är inte ett köp av tjänst eller verksamhet",
)

MALMO = """Idéburet offentligt partnerskap löser utmaningar tillsammans

Vad kan din ideella organisation och Malmö stad göra tillsammans för att lösa en samhällutmaning? Just nu prövas idéburet offentligt partnerskap (IOP) för samverkan inom området ofrivillig ensamhet för målgrupp 65 år och äldre i Malmö.

IOP ska initialt prövas under två års tid och gälla för samverkan inom området ofrivillig ensamhet för målgrupp 65 år och äldre i Malmö. Därefter kommer hälsa-, vård- och omsorsnämnden att besluta om samverkansformen ska fortsätta. IOP ger en möjlighet för det civila samhället att utifrån mer jämlika villkor aktivt delta och bidra till samhällsutvecklingen.

Om din förening eller organisation har frågor eller en idé som ni vill diskutera är ni välkomna att kontakta utvecklingssekreterare Christina Widerstrand eller Ann Rubin.

Christina Widerstrand: christina.widerstrand@malmo.se,
0768-66 29 60

Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23

Vad innebär idéburet offentligt partnerskap, IOP?
IOP som samverkansform är relativt nytt och under utveckling. Att komma fram till ett IOP är en process som till stor del handlar om att skapa mesta möjliga samhällsnytta.

Överenskommelse om IOP grundar sig ofta i gemensamma komplexa samhällsutmaningar och med en målgrupp i fokus. I överenskommelsen bestäms vad partnerskapet gäller, vilka resurser respektive part ska bidra med, hur länge partnerskapet ska gälla och andra särskilda förutsättningar.

För att ett IOP ska vara möjligt måste ett antal kriterier vara uppfyllda:

- initiativ till dialog om en möjlig överenskommelse om IOP ska komma från det civila samhället
- den föreslagna överenskommelsen om partnerskapet får inte konkurrera med annan likartad verksamhet på en befintlig marknad
- den verksamhet som avses kan anses som bidragande till den allmänna samhällsnyttan
"""  # noqa: E501

MALMO_LEAD = "För att ett IOP ska vara möjligt måste ett antal kriterier vara uppfyllda:"

LUND = """IOP – Idéburet offentligt partnerskap

Ett IOP-avtal skrivs oftast runt en speciell verksamhet som den idéburna organisationen ansvarar för, men som kommunen vill delta i och stötta. I dagsläget finns det flera offentliga partnerskapsavtal mellan Lunds kommun (socialnämnden) och idéburen sektor i Lund.

Läs mer om vad idéburet offentligt partnerskap innebär

Pågående partnerskap

Kvinnojouren Lund

Sociala aktiviteter och förebyggande stöd mot våld i nära relationer
Parter: Socialnämnden och Kvinnojouren Lund

RådRum

Rådgivningsverksamhet för nyanlända
Parter: Socialnämnden, Individuell Människohjälp, Sensus studieförbund och Hållbar Utveckling Skåne

Lunds överenskommelse med idéburen sektor

Förhoppningen är att Lunds överenskommelse med idéburen sektor ska leda till fler samverkansprojekt och aktiviteter som ovan, där fler föreningar och organisationer kan delta.

Lunds överenskommelse med den idéburna sektorn
"""  # noqa: E501

ENKOPING = """## **Svar på remiss - Riktlinjer för idéburet offentligt partnerskap**

### **Beskrivning av ärendet**

I enlighet med fullmäktiges beslut den 17 maj 2021, paragraf 71 har riktlinjer tagits fram för nämnders och förvaltningars arbete med IOP.

Kommunstyrelsen har beslutat att:

1. skicka "Riktlinjer för Idéburet Offentligt Partnerskap" på remiss till upplevelsenämnden, socialnämnden, vård- och omsorgsnämnden, miljö- och byggnadsnämnden, tekniska nämnden, utbildning- och arbetsmarknadsnämnden.
2. nämndernas yttrande ska vara kommunstyrelsen tillhanda senast den 26 maj 2023.

**Vård- och omsorgsförvaltningens bedömning**

Vård- och omsorgsförvaltningen ställer sig positiv till att dessa riktlinjer har tagits fram. Trots det är det en förutsättning för samtliga externa utförare inom vård- och omsorgsförvaltningen ansvarsområden, oavsett idéburen sektor eller inte, att de har ett godkännande från IVO (Inspektionen för vård och omsorg) att de får bedriva verksamhet.
"""  # noqa: E501

NYKOPING_PAGES = (
    """Fördjupat samarbete med Fontänhuset

Vård- och omsorgsnämnden kommer att teckna ett samverkansavtal med stiftelsen Fontänhuset. Upplägget är ett idéburet offentligt partnerskap där fokus ligger på samverkan och transparens mellan parterna.

Vård- och omsorgsnämnden har sedan många år ett avtal med Fontänhuset gällande social och verksamhetsinriktad rehabilitering för personer med psykisk ohälsa. Målgruppen är personer som är 18 år eller äldre.""",  # noqa: E501
    """Genom en arbetsinriktad dag och ett socialt program skapar Fontänhuset en meningsfull vardag för sina medlemmar och möjliggör därigenom gemenskap och ett utvecklat socialt nätverk.

Överenskommelsen tecknas för fem år och gäller från den 1 juli 2023.""",  # noqa: E501
    """Fakta idéburet offentligt partnerskap

IOP är en samverkansmodell mellan den offentliga och den idéburna sektorn och kan ses som en alternativ avtalsform mellan upphandling och föreningsbidrag, med stort fokus på samverkan och transparens mellan parterna.""",  # noqa: E501
)

META = DocumentMeta(
    municipality="Kramfors",
    title="Idéburet offentligt partnerskap (IOP) inom äldreomsorg",
    doc_type="webbsida",
    date="2024-01-31",
    source_url="https://www.kramfors.se/iop",
)


def chunks_of(text: str, target: int = 500, doc_id: str = "doc") -> list[Chunk]:
    return chunk_document([PageText(None, text)], META, "kommun/doc.txt", doc_id, target)


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def output_words(chunks: Sequence[Chunk], *, every_path: bool = False) -> Counter[str]:
    """Words in the texts, plus each heading once (a heading stands in many paths).

    Sibling sections may share a heading text; ``every_path`` then counts a heading in
    every chunk it stands over, so that only the words of the texts are checked strictly.
    """
    paths = [
        chunk.heading_path[: i + 1] for chunk in chunks for i in range(len(chunk.heading_path))
    ]
    counted = words("\n".join(chunk.text for chunk in chunks))
    for path in paths if every_path else set(paths):
        counted += words(path[-1])
    return counted


def lost_words(source: str, chunks: Sequence[Chunk], *, every_path: bool = False) -> Counter[str]:
    return words(source) - output_words(chunks, every_path=every_path)


def holding(chunks: Sequence[Chunk], *needles: str) -> list[Chunk]:
    return [chunk for chunk in chunks if all(needle in chunk.text for needle in needles)]


def test_kramfors_criteria_stay_in_one_chunk_under_their_heading() -> None:
    for target in (400, 800, 1500):
        [criteria] = holding(chunks_of(KRAMFORS, target=target), *KRAMFORS_CRITERIA)
        assert "Följande kriterier gäller" in (*criteria.heading_path, criteria.text)
        assert criteria.heading_path == (META.title, "Följande kriterier gäller")
        assert "Följande kriterier gäller" not in criteria.text  # the path carries it


def test_raw_bullets_are_list_items_too() -> None:
    raw = KRAMFORS.replace("\n- ", "\n  • ")
    [criteria] = holding(chunks_of(raw, target=500), *KRAMFORS_CRITERIA)
    assert criteria.text.count("\n- ") == 5 and criteria.text.startswith("- ")


def test_plain_text_headings_nest_under_the_document_title() -> None:
    paths = {chunk.heading_path for chunk in chunks_of(KRAMFORS, target=500)}
    assert (META.title, "Vem kan ingå i ett IOP-avtal med Kramfors kommun?") in paths
    assert (META.title, "Riktlinjer för idéburet offentligt partnerskap") in paths
    assert (META.title, "Kontakt") in paths


def test_kramfors_contact_block_stays_together() -> None:
    chunks = chunks_of(KRAMFORS, target=100)
    [contact] = holding(
        chunks, "0612-800 00", "Torggatan 2", "872 80 Kramfors", "kommun@kramfors.se"
    )
    assert contact.heading_path[-1] == "Kontakt"


def test_a_name_and_title_on_their_own_lines_stay_with_the_details() -> None:
    # A web page's <br>-separated card: each line its own paragraph, after a long list.
    page = (
        "Pågående partnerskap\n\n"
        + "\n".join(
            f"- Förening nummer {n} driver mötesplatser för äldre i länet." for n in range(8)
        )
        + "\n\nKontakt\n\nEva Lindqvist\n\nSamordnare för civilsamhället\n\n"
        "Telefon: 010-123 45 67\n\nE-post: eva.lindqvist@exempel.se\n\n"
        "Växel 010-123 40 00. E-post: info@exempel.se"
    )
    for target in (150, 300, 600):
        chunks = chunks_of(page, target=target)
        [card] = holding(chunks, "Eva Lindqvist", "010-123 45 67", "eva.lindqvist@exempel.se")
        assert "Samordnare för civilsamhället" in card.text, target


def test_a_name_and_title_on_one_line_stay_with_the_details() -> None:
    # "Name, title" alone on a line looks like a heading; above contact details it is the card.
    page = (
        "## Pågående partnerskap\n\n- Förening A driver mötesplatser för äldre.\n\n"
        "## Kontakt\n\nElin Mårtensson, utvecklare civilsamhälle\n\n"
        "Telefon 063-14 76 21\n\nelin.martensson@exempel.se"
    )
    for target in (60, 300):
        [card] = holding(chunks_of(page, target=target), "Elin Mårtensson, utv", "063-14 76 21")
        assert card.text.index("Elin") < card.text.index("063-14 76 21"), target
    # … and so is "Name, role, unit".
    page = page.replace("utvecklare civilsamhälle", "samordnare, kommunledningsförvaltningen")
    for target in (60, 300):
        [card] = holding(chunks_of(page, target=target), "Elin Mårtensson, sam", "063-14 76 21")
        assert not any("Elin" in heading for heading in card.heading_path), target


def test_a_name_with_a_long_role_stays_in_the_card_under_its_own_heading() -> None:
    # The section's heading names what the card is for; the name line is no heading.
    page = (
        "## Stöd till anhöriga\n\nLisa Ek, anhörigkonsulent\n\nTelefon: 0651-100 20\n\n"
        "## Förebyggande arbete och IOP\n\n"
        "Karin Berg Holm, utvecklingsledare för förebyggande arbete inom äldreomsorgen\n\n"
        "Telefon: 0651-100 62\n\nE-post: karin.berg.holm@exempel.se\n\n"
        "Till Karin vänder sig föreningar som vill lämna en idéskiss."
    )
    [card] = holding(chunks_of(page, target=60), "Karin Berg Holm", "0651-100 62")
    assert card.heading_path[-1] == "Förebyggande arbete och IOP"


def test_malmo_criteria_stay_with_their_lead_in() -> None:
    for target in (200, 400, 800):
        chunks = chunks_of(MALMO, target=target)
        together = holding(chunks, MALMO_LEAD, "civila samhället", "konkurrera", "samhällsnyttan")
        assert len(together) == 1, target
        assert together[0].text.startswith(MALMO_LEAD)


def test_malmo_contacts_stay_together_with_their_introduction() -> None:
    people = (
        "Christina Widerstrand:",
        "christina.widerstrand@malmo.se",
        "0768-66 29 60",
        "Ann Rubin:",
        "ann.rubin@malmo.se",
        "0706-63 47 23",
    )
    for target in (200, 400, 1000):
        chunks = chunks_of(MALMO, target=target)
        [contacts] = holding(chunks, *people)
        assert "välkomna att kontakta utvecklingssekreterare" in contacts.text, target


def test_question_line_opening_a_paragraph_is_a_heading() -> None:
    chunks = chunks_of(MALMO, target=400)
    [chunk] = holding(chunks, "IOP som samverkansform är relativt nytt")
    assert chunk.heading_path[-1] == "Vad innebär idéburet offentligt partnerskap, IOP?"
    assert not chunk.text.startswith("Vad innebär")


def test_marked_headings_and_numbered_list_with_lead_in() -> None:
    chunks = chunks_of(ENKOPING, target=300)
    [decision] = holding(chunks, "Kommunstyrelsen har beslutat att:", "1. skicka", "2. nämndernas")
    assert decision.heading_path == (
        "Svar på remiss - Riktlinjer för idéburet offentligt partnerskap",
        "Beskrivning av ärendet",
    )
    [assessment] = holding(chunks, "IVO")
    # a bold plain-text heading is a sibling of the last marked heading
    assert assessment.heading_path[-1] == "Vård- och omsorgsförvaltningens bedömning"
    assert len(assessment.heading_path) == 2


def test_lund_headings_without_content_become_text() -> None:
    chunks = chunks_of(LUND, target=400)
    assert not lost_words(LUND, chunks)
    assert holding(chunks, "Läs mer om vad idéburet offentligt partnerskap innebär")
    [kvinnojouren] = holding(chunks, "Parter: Socialnämnden och Kvinnojouren Lund")
    assert kvinnojouren.heading_path[-1] == "Kvinnojouren Lund"
    assert holding(chunks, "Lunds överenskommelse med den idéburna sektorn")


def test_pages_are_kept_and_chunks_do_not_cross_them() -> None:
    pages = [PageText(number, text) for number, text in enumerate(NYKOPING_PAGES, start=1)]
    chunks = chunk_document(pages, META, "nykoping/fontanhuset.pdf", "nyk", 300)
    assert {chunk.page for chunk in chunks} == {1, 2, 3}
    for chunk in chunks:
        page_words = words(NYKOPING_PAGES[chunk.page - 1])
        assert not words(chunk.text) - page_words, chunk
    # the title's section runs on over page 2 and keeps its heading there
    [five_years] = holding(chunks, "fem år")
    assert five_years.page == 2
    assert five_years.heading_path == ("Fördjupat samarbete med Fontänhuset",)
    [facts] = holding(chunks, "alternativ avtalsform")
    assert facts.page == 3
    assert facts.heading_path[-1] == "Fakta idéburet offentligt partnerskap"
    assert [chunk.position for chunk in chunks] == list(range(len(chunks)))
    assert [chunk.page for chunk in chunks] == sorted(chunk.page for chunk in chunks)


def test_lead_in_is_not_copied_onto_the_next_page() -> None:
    pages = [
        PageText(1, "Stöd\n\nKommunen ger stöd. Villkoren är följande:"),
        PageText(2, "- föreningen är registrerad\n- verksamheten är ideell"),
    ]
    first, second = chunk_document(pages, META, "x.pdf", "x", 500)
    assert (first.page, first.text) == (1, "Kommunen ger stöd. Villkoren är följande:")
    assert (second.page, second.text) == (2, pages[1].text)
    assert second.heading_path == ("Stöd",)


def test_non_paged_documents_have_no_page() -> None:
    assert {chunk.page for chunk in chunks_of(KRAMFORS)} == {None}


def test_no_text_is_lost_from_the_seed_excerpts() -> None:
    for text in (KRAMFORS, MALMO, LUND, ENKOPING, "\n\n".join(NYKOPING_PAGES)):
        for target in (80, 300, 1000):
            assert not lost_words(text, chunks_of(text, target=target)), (text[:30], target)


def test_chunks_stay_under_twice_the_target() -> None:
    for text in (KRAMFORS, MALMO, LUND, ENKOPING):
        for target in (200, 400, 800):
            for chunk in chunks_of(text, target=target):
                assert len(chunk.text) <= 2 * target, (target, chunk.text)


def test_long_paragraph_is_split_between_sentences() -> None:
    sentences = [
        f"Mening nummer {n} handlar om samverkan och partnerskap i kommunen." for n in range(30)
    ]
    paragraph = " ".join(sentences)
    chunks = chunks_of(paragraph, target=300)
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk.text) <= 300
        assert chunk.text.endswith("kommunen.")
        assert chunk.text.startswith("Mening nummer")
    assert " ".join(chunk.text for chunk in chunks) == paragraph


def test_abbreviations_do_not_end_sentences() -> None:
    paragraph = (
        "Föreningen kan t.ex. Röda Korset vara med. " * 3
        + "Mötet börjar kl. 10.30 i stadshuset. " * 10
    ).strip()
    for chunk in chunks_of(paragraph, target=120):
        assert not chunk.text.endswith(("t.ex.", "kl.")), chunk.text
        assert not chunk.text.startswith(("Röda Korset", "10.30")), chunk.text


def test_long_list_is_split_between_items_and_repeats_its_lead_in() -> None:
    lead = "Föreningen ska uppfylla dessa krav:"
    items = [
        f"- krav nummer {n} gäller att verksamheten redovisas varje år till nämnden"
        for n in range(20)
    ]
    text = "Inledning om kraven.\n\n" + lead + "\n\n" + "\n".join(items)
    chunks = chunks_of(text, target=300)
    parts = [chunk for chunk in chunks if "- krav" in chunk.text]
    assert len(parts) > 1
    for part in parts:
        assert part.text.startswith(lead) or part.text.startswith("Inledning om kraven.\n\n" + lead)
        assert len(part.text) <= 600
    assert sum(part.text.count("\n- krav") for part in parts) == len(items)


def test_list_up_to_twice_the_target_is_not_split() -> None:
    lead = "Följande gäller:"
    items = [f"- villkor {n} om att verksamheten drivs utan vinstsyfte" for n in range(8)]
    text = lead + "\n\n" + "\n".join(items)
    assert 300 < len(text) <= 600
    [chunk] = chunks_of(text, target=300)
    assert chunk.text == text


def test_a_single_list_item_too_long_to_split_stands_whole() -> None:
    item = "- " + " ".join(["ett mycket långt villkor utan slut"] * 40)
    chunks = chunks_of("Villkor:\n\n" + item, target=100)
    assert [chunk.text for chunk in chunks] == ["Villkor:\n\n" + item]


def test_tables_keep_their_header_when_split() -> None:
    header = "| Förening | Belopp |\n| --- | --- |"
    rows = [f"| Förening nummer {n} i kommunen | {n * 1000} kr |" for n in range(30)]
    text = "Tabell över stöd\n\n" + header + "\n" + "\n".join(rows)
    chunks = chunks_of(text, target=300)
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text.startswith(header)
    assert not lost_words(text, chunks, every_path=True)


def test_lone_heading_at_the_end_merges_into_its_neighbour() -> None:
    text = KRAMFORS.split("Kontakt")[0] + "Kontakt\n"
    chunks = chunks_of(text, target=500)
    assert all(len(chunk.text) >= 80 for chunk in chunks)
    assert chunks[-1].text.endswith("Kontakt")
    assert not lost_words(text, chunks, every_path=True)


def test_tiny_section_merges_and_keeps_its_heading_in_the_text() -> None:
    text = (
        "# Stöd\n\n"
        + "Kommunen ger stöd till föreningar som arbetar med äldre och ensamhet. " * 4
        + "\n\n## Blanketter\n\nSe webbplatsen.\n"
    )
    chunks = chunks_of(text, target=400)
    assert len(chunks) == 1
    assert chunks[0].heading_path == ("Stöd",)
    assert chunks[0].text.endswith("Blanketter\n\nSe webbplatsen.")


def test_tiny_document_gives_one_chunk_and_empty_gives_none() -> None:
    [chunk] = chunks_of("Kort text.")
    assert chunk.text == "Kort text." and chunk.position == 0
    [heading_only] = chunks_of("# Bara en rubrik")
    assert heading_only.text == "Bara en rubrik"
    assert chunks_of("") == []
    assert chunks_of("  \n\n \n") == []


def test_ids_are_stable_and_metadata_comes_from_meta() -> None:
    first = chunks_of(KRAMFORS, target=300)
    again = chunks_of(KRAMFORS, target=300)
    assert [chunk.chunk_id for chunk in first] == [chunk.chunk_id for chunk in again]
    assert len({chunk.chunk_id for chunk in first}) == len(first)
    assert all(re.fullmatch(r"[0-9a-f]{32}", chunk.chunk_id) for chunk in first)
    other = chunks_of(KRAMFORS, target=300, doc_id="other")
    assert not {chunk.chunk_id for chunk in first} & {chunk.chunk_id for chunk in other}
    for chunk in first:
        assert (chunk.doc_id, chunk.source) == ("doc", "kommun/doc.txt")
        assert (chunk.municipality, chunk.title, chunk.doc_type) == (
            META.municipality,
            META.title,
            META.doc_type,
        )
        assert (chunk.date, chunk.source_url) == (META.date, META.source_url)


def test_target_must_be_positive() -> None:
    with pytest.raises(ValueError):
        chunks_of(KRAMFORS, target=0)


# --- properties -----------------------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö", min_size=1, max_size=9)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(WORD, min_size=1, max_size=12)))
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", ".", "?", "!", ":", ""]))


@st.composite
def blocks(draw: st.DrawFn, number: int) -> str:
    kind = draw(st.sampled_from(["paragraph", "paragraph", "list", "heading", "plain", "contact"]))
    if kind == "paragraph":
        return " ".join(draw(st.lists(sentences(), min_size=1, max_size=8)))
    if kind == "list":
        marker = draw(st.sampled_from(["- ", "• ", "1. ", "* "]))
        return "\n".join(
            marker + item for item in draw(st.lists(sentences(), min_size=1, max_size=8))
        )
    # headings are numbered so that no two sections share a path
    title = " ".join(draw(st.lists(WORD, min_size=1, max_size=5))).capitalize() + f" {number}"
    if kind == "heading":
        return "#" * draw(st.integers(1, 4)) + " " + title
    if kind == "plain":
        return title
    name = draw(WORD).capitalize()
    return f"{name} {number}: {name}@kommun.se, 070-{number:03d} 12 34"


@st.composite
def documents(draw: st.DrawFn) -> list[PageText]:
    count = draw(st.integers(1, 16))
    texts = [draw(blocks(number)) for number in range(count)]
    page_count = draw(st.integers(1, 3))
    if page_count == 1 and draw(st.booleans()):
        return [PageText(None, "\n\n".join(texts))]
    cuts = sorted(
        draw(st.lists(st.integers(0, count), min_size=page_count - 1, max_size=page_count - 1))
    )
    bounds = [0, *cuts, count]
    return [
        PageText(number, "\n\n".join(texts[start:end]))
        for number, (start, end) in enumerate(itertools.pairwise(bounds), start=1)
    ]


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=documents(), target=st.integers(100, 1200))
def test_property_no_words_lost_and_sizes_bounded(pages: list[PageText], target: int) -> None:
    chunks = chunk_document(pages, META, "a/b.txt", "prop", target)
    source = "\n\n".join(page.text for page in pages)
    assert not lost_words(source, chunks, every_path=True)
    assert [chunk.position for chunk in chunks] == list(range(len(chunks)))
    assert {chunk.page for chunk in chunks} <= {page.page for page in pages if page.text.strip()}
    lone_lines = words("\n".join(part for part in source.split("\n\n") if "\n" not in part))
    for chunk in chunks:
        assert chunk.text.strip() == chunk.text and chunk.text
        if len(chunk.text) > 2 * target:  # only a lead-in with one item too long to split
            items = [line for line in chunk.text.splitlines() if re.match(r"(- |\d+\. )", line)]
            assert len(items) == 1, chunk.text
        # only a heading (a lone line) may be carried onto the next page, as context
        page_words = words(next(page.text for page in pages if page.page == chunk.page))
        assert not words(chunk.text) - page_words - lone_lines
    again = chunk_document(pages, META, "a/b.txt", "prop", target)
    assert [chunk.chunk_id for chunk in again] == [chunk.chunk_id for chunk in chunks]


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000), target=st.integers(1, 500))
def test_property_arbitrary_text_never_crashes(text: str, target: int) -> None:
    chunks = chunk_document([PageText(None, text)], META, "a/b.txt", "any", target)
    assert not lost_words(text, chunks, every_path=True)


PROTOCOL = """# Protokoll

Socialnämnden, sammanträde 2026-03-12

## § 21 Idéburet offentligt partnerskap med Norrbyns Byalag

Dnr SN 2025/311

## Ärendebeskrivning

Byalaget vill ordna en träffpunkt för äldre i Norrbyn två dagar i veckan.

## Beslut

Socialnämnden beslutar att ingå partnerskapet, med 90 000 kronor per år.

§ 22 Idéskiss från Föreningen Backens Vänner
Dnr SN 2025/340

## Beslut

Socialnämnden beslutar att inte ingå ett partnerskap med Föreningen Backens Vänner.
"""


def test_a_protocols_headings_stand_under_the_paragraph_they_belong_to() -> None:
    chunks = chunks_of(PROTOCOL, target=200)
    [granted] = holding(chunks, "90 000 kronor per år")
    assert granted.heading_path[1] == "§ 21 Idéburet offentligt partnerskap med Norrbyns Byalag"
    [refused] = holding(chunks, "att inte ingå")
    # A plain "§" line opening its group heads it, its "Dnr" line below it.
    assert refused.heading_path[1] == "§ 22 Idéskiss från Föreningen Backens Vänner"
    assert any("Dnr SN 2025/340" in c.text for c in chunks)
