"""Sidecars, format metadata and inference of who, what and when for each document."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES, SIDECAR_KEYS, DocumentMeta
from assistant.core.settings import PROJECT_ROOT
from assistant.core.swedish.dates import parse_swedish_date
from ingest.errors import MetadataError
from ingest.metadata import infer_doc_type, infer_metadata, title_from_text
from ingest.sidecar import is_sidecar, read_sidecar, sidecar_path

# Short excerpts of the five seed documents, noise included, as the loaders deliver them.
MALMO = """$left
$middle

Två händer som tar varandra i hand.

Idéburet offentligt partnerskap löser utmaningar tillsammans

Vad kan din ideella organisation och Malmö stad göra tillsammans för att lösa en \
samhällutmaning? Just nu prövas idéburet offentligt partnerskap (IOP) för samverkan inom \
området ofrivillig ensamhet för målgrupp 65 år och äldre i Malmö.

Christina Widerstrand: christina.widerstrand@malmo.se,
0768-66 29 60
sv
sv"""

NYKOPING = """Fördjupat samarbete med Fontänhuset

1 juni 2023
Kommun och politik Omsorg och stöd Nämnder - Vård- och omsorgsnämnden

Vård- och omsorgsnämnden kommer att teckna ett samverkansavtal med stiftelsen Fontänhuset.

Beslutet om att ingå IOP med Fontänhuset fattades den 1 juni.

Överenskommelsen tecknas för fem år och gäller från den 1 juli 2023.

För att läsa mer i kallelsen till vård- och omsorgsnämnden, 1 juni 2023, klicka här: \
nykoping.se - Kallelser och protokoll"""

KRAMFORS = """Idéburet offentligt partnerskap (IOP) inom äldreomsorg

För en idéburen aktör vars verksamhet syftar till att skapa mervärde för äldre, är det \
möjligt att ingå ett IOP-avtal. Kramfors kommun vill uppmuntra till goda insatser.

Riktlinjer för idéburet offentligt partnerskap

Uppdaterad: Sidansvarig: Anna-Lena Högberg

Kontakt

Tel: 0612-800 00 (växel)

Postadress
Kramfors kommun
872 80 Kramfors

kommun@kramfors.se"""

LUND = """IOP – Idéburet offentligt partnerskap

I dagsläget finns det flera offentliga partnerskapsavtal mellan Lunds kommun \
(socialnämnden) och idéburen sektor i Lund.

Kvinnojouren Lund

Parter: Socialnämnden och Fontänhuset Lund"""

ENKOPING = """Vård- och omsorgsförvaltningen
Barbara Lundgren

barbara.lundgren@enkoping.se

## **Svar på remiss - Riktlinjer för idéburet offentligt partnerskap**

### **Beskrivning av ärendet**

Kommunfullmäktige beslutade den 17 maj 2021, paragraf 71, att riktlinjer ska tas fram.

2. nämndernas yttrande ska vara kommunstyrelsen tillhanda senast den 26 maj 2023.

Det är gynnsamt för Enköpings kommun att bidra till samhällets utveckling.

Barbara Lundgren
Administrativ chef
Enköpings kommun"""

UDDEVALLA = """Idéburet offentligt partnerskap

Uddevalla kommun vill utveckla samverkan med civilsamhället. Här kan din förening läsa \
om hur ett IOP med Uddevalla kommun går till. Samverkan sker även med Västra \
Götalandsregionen och föreningar i Trollhättan."""


def infer(
    rel_path: str,
    text: str,
    *,
    format_title: str | None = None,
    format_meta: dict[str, str] | None = None,
    sidecar: dict[str, Any] | None = None,
) -> DocumentMeta:
    """infer_metadata with no format metadata and no sidecar unless given."""
    return infer_metadata(rel_path, text, format_title, format_meta or {}, sidecar or {})


def write_sidecar(tmp_path: Path, content: str, name: str = "doc.txt") -> Path:
    document = tmp_path / name
    document.write_text("Text", encoding="utf-8")
    sidecar_path(document).write_text(content, encoding="utf-8")
    return document


# --- seeds without sidecars ----------------------------------------------------------


def test_malmo_page_dropped_in_an_unknown_folder() -> None:
    meta = infer("inkommande/malmo-iop-ofrivillig-ensamhet.txt", MALMO)
    assert meta.municipality == "Malmö"
    assert meta.title == "Idéburet offentligt partnerskap löser utmaningar tillsammans"
    assert meta.doc_type == "webbsida"
    assert meta.date is None
    assert meta.source_url is None


def test_uddevalla_text_at_the_corpus_root() -> None:
    meta = infer("iop.txt", UDDEVALLA)
    assert meta.municipality == "Uddevalla"
    assert meta.title == "Idéburet offentligt partnerskap"


@pytest.mark.parametrize("rel_path", ["nykoping/nyhet.txt", "nyhet.txt"])
def test_nykoping_news_item(rel_path: str) -> None:
    meta = infer(rel_path, NYKOPING)
    assert meta.date == "2023-06-01"
    assert meta.doc_type == "nyhet"
    assert meta.title == "Fördjupat samarbete med Fontänhuset"
    # At the root only its own web address names it: "nykoping.se".
    assert meta.municipality == "Nyköping"


def test_kramfors_page_with_empty_updated_field_has_no_date() -> None:
    meta = infer("kramfors/kramfors-iop-aldreomsorg.txt", KRAMFORS)
    assert meta.date is None
    assert meta.municipality == "Kramfors"
    assert meta.doc_type == "webbsida"  # "Riktlinjer ..." is only one of its subheadings
    assert meta.title == "Idéburet offentligt partnerskap (IOP) inom äldreomsorg"


def test_lund_page() -> None:
    meta = infer("lund-iop.txt", LUND)
    assert meta.municipality == "Lund"
    assert meta.title == "IOP – Idéburet offentligt partnerskap"
    assert meta.doc_type == "webbsida"


def test_enkoping_remissvar() -> None:
    meta = infer("inkommande/enkoping-remissvar-iop-riktlinjer.pdf", ENKOPING)
    assert meta.municipality == "Enköping"
    assert meta.title == "Svar på remiss - Riktlinjer för idéburet offentligt partnerskap"
    assert meta.doc_type == "remissvar"
    # The council's decision date and the answer deadline are not this document's date.
    assert meta.date is None


def test_enkoping_pdf_creation_date_is_only_a_fallback() -> None:
    fmt = {"file_date": "2024-01-01"}
    meta = infer("enkoping/x.pdf", ENKOPING, format_meta=fmt)
    assert meta.date == "2024-01-01"
    meta = infer("enkoping/x.pdf", ENKOPING, format_meta=fmt, sidecar={"date": None})
    assert meta.date is None


def test_general_document_has_no_municipality() -> None:
    text = "IOP i korthet\n\nEtt idéburet offentligt partnerskap är en samverkansform."
    assert infer("allmant/iop.md", text).municipality is None


def test_folder_names_the_municipality() -> None:
    assert infer("malmo/x.txt", "Text om IOP").municipality == "Malmö"
    assert infer("upplands-vasby/x.txt", "Text").municipality == "Upplands Väsby"
    assert infer("region-skane/x.txt", "Text").municipality == "Region Skåne"
    # The folder wins over a text that names another kommun.
    assert infer("lund/x.txt", UDDEVALLA).municipality == "Lund"


def test_organisation_form_beats_bare_mentions() -> None:
    text = "Samverkan\n\nFöreningar i Lund, Lund och Lund samverkar med Malmö stad."
    assert infer("x.txt", text).municipality == "Malmö"


def test_most_frequent_organisation_wins_then_first() -> None:
    text = "Lunds kommun och Malmö stad. Malmö stad igen."
    assert infer("x.txt", text).municipality == "Malmö"
    assert infer("x.txt", "Lunds kommun och Malmö stad.").municipality == "Lund"


def test_region_publisher() -> None:
    text = "Region Jönköpings län\n\nRegionen tecknar IOP med föreningar i Jönköpings kommun."
    meta = infer("x.pdf", text)
    assert meta.municipality == "Region Jönköpings län"


# --- precedence ----------------------------------------------------------------------


def test_sidecar_beats_format_metadata_and_inference() -> None:
    sidecar = {
        "municipality": "Lund",
        "title": "Sidecar-titel",
        "doc_type": "avtal",
        "date": "2020-01-02",
        "source_url": "https://www.lund.se/iop",
    }
    fmt = {"municipality": "Kramfors", "title": "Front matter", "doc_type": "faq"}
    fmt |= {"date": "2021-01-01", "source_url": "https://example.se/x"}
    meta = infer("malmo/x.md", NYKOPING, format_title="PDF-titel", format_meta=fmt, sidecar=sidecar)
    assert meta.municipality == "Lund"
    assert meta.title == "Sidecar-titel"
    assert meta.doc_type == "avtal"
    assert meta.date == "2020-01-02"
    assert meta.source_url == "https://www.lund.se/iop"


def test_format_metadata_beats_inference() -> None:
    fmt = {"municipality": "Lunds kommun", "doc_type": "faq", "date": "3 februari 2022"}
    fmt |= {"source_url": "https://www.lund.se/iop"}
    meta = infer(
        "malmo/x.md", NYKOPING, format_title="Frågor och svar | Lunds kommun", format_meta=fmt
    )
    assert meta.municipality == "Lund"
    assert meta.title == "Frågor och svar"  # the site name after the title is dropped
    assert meta.doc_type == "faq"
    assert meta.date == "2022-02-03"
    assert meta.source_url == "https://www.lund.se/iop"


def test_partial_sidecar_leaves_the_rest_to_inference() -> None:
    meta = infer("inkommande/x.txt", NYKOPING, sidecar={"title": "Egen titel"})
    assert meta.title == "Egen titel"
    assert meta.date == "2023-06-01"
    assert meta.doc_type == "nyhet"


def test_sidecar_null_means_unknown_not_infer() -> None:
    meta = infer("malmo/x.txt", MALMO, sidecar={"municipality": None, "date": None})
    assert meta.municipality is None
    meta = infer("x.txt", NYKOPING, sidecar={"date": None, "title": None, "doc_type": None})
    assert meta.date is None
    assert meta.title == "Fördjupat samarbete med Fontänhuset"
    assert meta.doc_type == "nyhet"


def test_unusable_format_values_are_ignored() -> None:
    fmt = {"municipality": "Atlantis", "doc_type": "broschyr", "date": "snart", "url": "x"}
    meta = infer("malmo/x.txt", MALMO, format_title="Microsoft Word - dok1.docx", format_meta=fmt)
    assert meta.municipality == "Malmö"
    assert meta.doc_type == "webbsida"
    assert meta.date is None
    assert meta.source_url is None
    assert meta.title == "Idéburet offentligt partnerskap löser utmaningar tillsammans"


# --- sidecar files -------------------------------------------------------------------


def test_no_sidecar_is_empty(tmp_path: Path) -> None:
    document = tmp_path / "doc.txt"
    document.write_text("Text", encoding="utf-8")
    assert read_sidecar(document) == {}


def test_sidecar_is_read_and_normalised(tmp_path: Path) -> None:
    document = write_sidecar(
        tmp_path,
        "municipality: Malmö stad\ntitle: IOP i Malmö\ndoc_type: Riktlinje\n"
        "date: 2023-06-01\nsource_url: https://malmo.se/iop\n",
    )
    assert read_sidecar(document) == {
        "municipality": "Malmö",
        "title": "IOP i Malmö",
        "doc_type": "riktlinje",
        "date": "2023-06-01",
        "source_url": "https://malmo.se/iop",
    }


def test_sidecar_nulls_and_quoted_date(tmp_path: Path) -> None:
    document = write_sidecar(tmp_path, 'municipality: null\ndate: "2023-06-01"\n')
    assert read_sidecar(document) == {"municipality": None, "date": "2023-06-01"}


def test_a_proposal_out_for_consultation_is_its_own_kind(tmp_path: Path) -> None:
    document = write_sidecar(tmp_path, "doc_type: Remiss\n")
    assert read_sidecar(document) == {"doc_type": "remiss"}


def test_empty_sidecar(tmp_path: Path) -> None:
    assert read_sidecar(write_sidecar(tmp_path, "# nothing yet\n")) == {}


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("author: Anna\n", "author"),
        ("date: 1 juni 2023\n", "date"),
        ("date: 2023-13-01\n", "date"),
        ("date: '2023-02-30'\n", "date"),
        ("municipality: Atlantis\n", "municipality"),
        ("doc_type: broschyr\n", "doc_type"),
        ("source_url: malmo.se/iop\n", "source_url"),
        ("title: [a, b]\n", "title"),
    ],
)
def test_bad_sidecar_names_file_and_field(tmp_path: Path, content: str, field: str) -> None:
    document = write_sidecar(tmp_path, content, name="rapport.pdf")
    with pytest.raises(MetadataError) as caught:
        read_sidecar(document)
    assert "rapport.pdf.meta.yaml" in str(caught.value)
    assert f"'{field}'" in str(caught.value)
    assert caught.value.code == "bad_metadata"


@pytest.mark.parametrize("content", ["title: [unclosed\n", "title: a\n  b: c\n", "- a\n- b\n"])
def test_invalid_yaml_sidecar(tmp_path: Path, content: str) -> None:
    document = write_sidecar(tmp_path, content)
    with pytest.raises(MetadataError, match=r"doc\.txt\.meta\.yaml"):
        read_sidecar(document)


def test_sidecar_naming() -> None:
    assert sidecar_path(Path("corpus/malmo/x.txt")) == Path("corpus/malmo/x.txt.meta.yaml")
    assert is_sidecar(Path("x.pdf.meta.yaml"))
    assert not is_sidecar(Path("x.pdf"))


SHIPPED = [
    "kramfors/kramfors-iop-aldreomsorg.txt",
    "lund/lund-iop.txt",
    "malmo/malmo-iop-ofrivillig-ensamhet.txt",
    "nykoping/nykoping-fontanhuset-iop-2023.txt",
    "enkoping/enkoping-remissvar-iop-riktlinjer.pdf",
]


@pytest.mark.parametrize("rel_path", SHIPPED)
def test_shipped_sidecars_are_complete_and_valid(rel_path: str) -> None:
    sidecar = read_sidecar(PROJECT_ROOT / "corpus" / rel_path)
    assert set(sidecar) == set(SIDECAR_KEYS)
    assert sidecar["doc_type"] in DOC_TYPES
    assert municipalities.slug(sidecar["municipality"] or "") == rel_path.split("/")[0]


def test_every_shipped_sidecar_belongs_to_a_document() -> None:
    for sidecar in (PROJECT_ROOT / "corpus").rglob("*.meta.yaml"):
        document = sidecar.with_name(sidecar.name.removesuffix(".meta.yaml"))
        assert document.is_file(), sidecar
        read_sidecar(document)


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 juni 2023", "2023-06-01"),
        ("den 17 maj 2021", "2021-05-17"),
        ("2023-06-01", "2023-06-01"),
        ("Uppdaterad: 2019-03-04", "2019-03-04"),
        ("Publicerad 3 februari 2022", "2022-02-03"),
        ("3 feb. 2022", "2022-02-03"),
        ("1:a december 2020", "2020-12-01"),
        ("2023-06-01T10:30:00+02:00", "2023-06-01"),
        ("Sammanträde 12 Oktober 2022 kl 10", "2022-10-12"),
        ("den 1 juni", None),  # no year: not guessed
        ("31 februari 2022", None),
        ("Tel: 0612-800 00", None),
        ("872 80 Kramfors", None),
        ("", None),
    ],
)
def test_parse_swedish_date(text: str, expected: str | None) -> None:
    assert parse_swedish_date(text) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_swedish_long_form_round_trips(day: date) -> None:
    months = ["januari", "februari", "mars", "april", "maj", "juni"]
    months += ["juli", "augusti", "september", "oktober", "november", "december"]
    written = f"Beslutat den {day.day} {months[day.month - 1]} {day.year}."
    assert parse_swedish_date(written) == day.isoformat()


@given(st.text())
def test_parse_swedish_date_never_raises(text: str) -> None:
    result = parse_swedish_date(text)
    assert result is None or date.fromisoformat(result)


def test_labelled_date_beats_other_dates() -> None:
    text = "Om IOP\n\nKommunen beslutade 2019-01-01 om IOP.\n\nPublicerad 3 februari 2022\n"
    assert infer("x.html", text).date == "2022-02-03"


def test_latest_labelled_date_wins() -> None:
    text = "Om IOP\n\nText.\n\nPublicerad: 2021-05-01 Uppdaterad: 2023-01-10\n"
    assert infer("x.html", text).date == "2023-01-10"


def test_prose_dates_are_not_the_document_date() -> None:
    text = "Om IOP\n\nSista datum den 26 maj 2023 för yttranden. Beslutet fattades 2021-05-17."
    assert infer("x.html", text).date is None


def test_file_date_is_the_last_resort() -> None:
    meta = infer("x.pdf", "Om IOP\n\nText.", format_meta={"file_date": "D:20220304101010+01'00'"})
    assert meta.date == "2022-03-04"
    meta = infer("x.pdf", "Om IOP\n\nDatum: 2021-01-01", format_meta={"file_date": "2022-03-04"})
    assert meta.date == "2021-01-01"


# --- titles and types ----------------------------------------------------------------


def test_title_from_text() -> None:
    assert title_from_text("# Riktlinjer för IOP\n\nText.") == "Riktlinjer för IOP"
    assert title_from_text(MALMO) == "Idéburet offentligt partnerskap löser utmaningar tillsammans"
    assert title_from_text("") is None


def test_title_falls_back_to_the_file_name() -> None:
    meta = infer("malmo/iop_ofrivillig-ensamhet.txt", "Det här är en mening.")
    assert meta.title == "Iop ofrivillig ensamhet"


@pytest.mark.parametrize(
    ("rel_path", "title", "text", "expected"),
    [
        ("a/riktlinjer-iop.pdf", "Riktlinjer för IOP", "", "riktlinje"),
        ("a/x.pdf", "Protokoll socialnämnden 2023-05-10", "", "protokoll"),
        ("a/x.pdf", "Beslut om IOP med Fontänhuset", "", "beslut"),
        ("a/x.pdf", "Svar på remiss - Riktlinjer för IOP", "", "remissvar"),
        ("a/x.pdf", "Remiss: Förslag till riktlinjer för IOP", "", "remiss"),
        ("a/x.pdf", "Remissversion – Riktlinjer för IOP", "", "remiss"),
        ("a/x.pdf", "Remissvar från PRO Sala", "", "remissvar"),
        # A letter to the kommun asks for rules; a memo of the kommun's own is a memo.
        ("a/x.pdf", "Skrivelse från Föreningsrådet om IOP", "", "skrivelse"),
        ("a/foreningsradet-skrivelse-iop.pdf", "Sänk trösklarna för IOP", "", "skrivelse"),
        ("a/x.pdf", "Tjänsteskrivelse – IOP", "", "tjänsteskrivelse"),
        ("a/x.docx", "IOP", "Tjänsteskrivelse\n2023-05-02\n\nÄrendet", "tjänsteskrivelse"),
        ("a/x.pdf", "Sammanträde", "Sammanträdesprotokoll\n\n§ 12 IOP", "protokoll"),
        ("a/x.pdf", "Överenskommelse om IOP", "", "avtal"),
        ("a/x.html", "Vanliga frågor om IOP", "", "faq"),
        ("a/x.docx", "Mall för idéskiss", "", "mall"),
        ("a/blankett-ansokan-iop.pdf", "Ansökan", "", "mall"),
        ("a/nyheter/x.html", "Ny IOP", "", "nyhet"),
        ("a/x.html", "Ny IOP", "Ny IOP\n\n2023-06-01\n\nText.", "nyhet"),
        ("a/x.html", "Om IOP", "Om IOP\n\nKallelser och protokoll", "webbsida"),
        ("a/x.txt", "Om IOP", "Kommunen beslutade att ingå IOP.", "webbsida"),
        # A page saved as Markdown is a web page as much as one saved as text.
        ("a/x.md", "Idéburet offentligt partnerskap", "Start › IOP\n\n# IOP", "webbsida"),
        ("a/x.md", "Riktlinjer för IOP", "", "riktlinje"),
        ("a/x.pdf", "Om IOP", "Om IOP", "dokument"),
        ("a/x.docx", "IOP-avtal i praktiken", "", "dokument"),
    ],
)
def test_doc_type(rel_path: str, title: str, text: str, expected: str) -> None:
    assert infer_doc_type(rel_path, title, text) == expected
