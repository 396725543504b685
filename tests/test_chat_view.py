"""The chat's pure parts (assistant/chat/): links from validated values only, the short
answer first, sources per document, PDFs published for their page, shared answers."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from assistant.chat import html
from assistant.chat.links import mailto_href, safe_https_url, share_mailto, tel_href
from assistant.chat.published import pdf_in_corpus, publish_pdf
from assistant.chat.reply import SHORT_CHARS, build_reply, split_short
from assistant.chat.share import Shared, board_mailto, markdown_text, plain_text, printable_html
from assistant.chat.sources import plain_name, source_entries, swedish_date
from assistant.core.contacts import ContactCard
from assistant.core.records import Citation, Criterion, Verdict
from assistant.core.ui_texts import ui


@dataclass(frozen=True)
class B:
    kind: str
    text: str


def card(**values: object) -> ContactCard:
    base: dict[str, object] = {"kind": "person", "evidence": "", "span": (0, 0)}
    return ContactCard(**{**base, **values})  # type: ignore[arg-type]


ANN = card(
    name="Ann Rubin",
    title="utvecklingssekreterare",
    organisation="Malmö stad",
    email="ann.rubin@malmo.se",
    phone="0706-63 47 23",
    phone_e164="+46706634723",
)


# -- links --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "https://malmo.se/iop",
        "https://www.kramfors.se/omsorg/iop.html?a=1#x",
    ],
)
def test_plain_https_addresses_are_kept(url: str) -> None:
    assert safe_https_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "http://malmo.se/iop",
        "javascript:alert(1)",
        "https://malmo.se/iop) [klicka](https://evil.example",
        'https://ystad.example/iop"><img/src=http://tracker.example/u.png>',
        "https://malmo.se/a b",
        "https://user:pw@malmo.se/",
        "https:///nohost",
        "https://malmo.se:99999/",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_other_addresses_are_refused(url: str | None) -> None:
    assert safe_https_url(url) is None


def test_phone_and_mail_links() -> None:
    assert tel_href("0706-63 47 23") == "tel:+46706634723"
    assert tel_href("0612-800 00") == "tel:+4661280000"
    assert tel_href("+46 40 34 10 00") == "tel:+4640341000"
    assert tel_href("ring oss") is None
    assert tel_href("ring oss", "+46706634723") == "tel:+46706634723"
    assert mailto_href("ann.rubin@malmo.se") == "mailto:ann.rubin@malmo.se"
    assert mailto_href("ann.rubin@malmo.se?cc=evil@x.se") is None
    assert mailto_href("[ann](mailto:evil@x.se)") is None


def test_a_long_answer_mail_is_shortened() -> None:
    link = share_mailto("Ämne", "ord " * 2000, max_length=1800)
    assert len(link) <= 1800
    assert unquote(link).endswith("\n…")
    assert share_mailto("Ämne", "kort") == "mailto:?subject=%C3%84mne&body=kort"


# -- the short answer -----------------------------------------------------------------------
def test_verdict_headline_is_the_short_answer() -> None:
    blocks = [
        B("verdict", "**Idén verkar kunna bli ett IOP i Kramfors.** Vägledning.\n- ✅ skäl [1]"),
        B("evidence", "Kontakta seniorrådet. [2]"),
        B("contacts", "**Kontakt:** Ann [3]"),
    ]
    reply = build_reply(blocks, [ANN], "likely_eligible", has_checklist=True)
    assert reply.short.startswith("**Idén verkar kunna bli ett IOP")
    assert reply.verdict == "likely_eligible"
    assert reply.more == ["Kontakta seniorrådet. [2]"]  # reasons are in the checklist
    assert reply.contact == ANN and reply.other_contacts == []
    without = build_reply(blocks, [], "likely_eligible", has_checklist=False)
    assert without.more[0] == "- ✅ skäl [1]"
    assert all("Kontakt:" not in part for part in [reply.short, *reply.more])


def test_prose_is_cut_between_sentences() -> None:
    first = "IOP är ett partnerskap mellan föreningar och kommunen. [1]"
    second = "Det bygger på att föreningen tar initiativet. [1]"
    third = "Avtalet gäller oftast i flera år och följs upp varje år av båda parter. " * 3
    short, rest = split_short(f"{first} {second} {third}")
    assert short == f"{first} {second}"
    assert rest == [third.strip()]
    assert len(short) <= SHORT_CHARS
    one, none = split_short(first)
    assert (one, none) == (first, [])


def test_a_list_shows_its_first_items() -> None:
    text = "Det här gäller:\n- a [1]\n- b [1]\n- c [1]\n- d [1]\n- e [1]"
    short, rest = split_short(text)
    assert short == "Det här gäller:\n- a [1]\n- b [1]\n- c [1]"
    assert rest == ["- d [1]\n- e [1]"]


def test_intro_stays_with_the_answer() -> None:
    blocks = [B("intro", "Jag har inga dokument från Bjuv."), B("evidence", "Så här. [1]")]
    reply = build_reply(blocks, [])
    assert reply.short == "Jag har inga dokument från Bjuv.\n\nSå här. [1]"
    assert build_reply([], [], fallback="Svar. [1]").short == "Svar. [1]"


# -- sources ----------------------------------------------------------------------------------
def cite(n: int, source: str, **values: object) -> Citation:
    base: dict[str, object] = {
        "id": n,
        "source": source,
        "title": "Idéburet offentligt partnerskap",
        "municipality": "Malmö",
        "quote": f"citat {n}",
    }
    return Citation(**{**base, **values})  # type: ignore[arg-type]


def test_one_entry_per_document() -> None:
    entries = source_entries(
        [
            cite(2, "malmo/a.txt", date="2023-06-01"),
            cite(1, "malmo/a.txt"),
            cite(3, "enkoping/b.pdf", municipality="Enköping", page=2, title="Svar på remiss"),
        ]
    )
    assert [e.source for e in entries] == ["malmo/a.txt", "enkoping/b.pdf"]
    malmo, enkoping = entries
    assert malmo.numbers == [1, 2] and malmo.date == "1 juni 2023"
    assert malmo.name == "Malmö stad: Idéburet offentligt partnerskap"
    assert enkoping.is_pdf and enkoping.first_page == 2 and enkoping.date is None
    assert plain_name("IOP i Lunds kommun", "Lund") == "IOP i Lunds kommun"
    assert swedish_date("2022-12-31") == "31 december 2022"
    assert swedish_date("hösten 2022") == "hösten 2022"


def test_sources_show_document_text_as_text() -> None:
    evil = cite(
        1,
        "ystad/x.txt",
        title="IOP [klicka](mailto:evil@x.se)",
        quote="Kontakta [ann.rubin@malmo.se](mailto:evil@x.se)\n![x](http://tracker/img.png) <b>",
        url='https://ystad.example/iop"><img/src=http://tracker.example/u.png>',
    )
    drawn = html.sources_html(source_entries([evil]), {})
    assert "<img" not in drawn and "<b>" not in drawn and "href" not in drawn
    assert "[ann.rubin@malmo.se](mailto:evil@x.se)" in drawn
    assert ui("source_undated") in drawn
    web = html.sources_html(source_entries([cite(1, "m/a.txt", url="https://malmo.se/iop")]), {})
    assert 'href="https://malmo.se/iop" target="_blank" rel="noopener noreferrer"' in web


def test_a_pdf_source_links_to_its_page() -> None:
    entries = source_entries([cite(1, "enkoping/b.pdf", page=2)])
    drawn = html.sources_html(entries, {"enkoping/b.pdf": "app/static/dokument/enkoping/b.pdf"})
    assert 'href="app/static/dokument/enkoping/b.pdf#page=2"' in drawn
    assert ui("source_pdf_page", page=2) in drawn


def test_engine_markdown_keeps_emphasis_but_no_links() -> None:
    drawn = html.markdown_html(
        "**Ja.** Se [här](https://evil.example) ![x](http://t/i.png) <script>x</script> [1]\n"
        "# Rubrik\n\n- punkt [2]"
    )
    assert "<strong>Ja.</strong>" in drawn and "<li>punkt [2]</li>" in drawn
    assert "<a " not in drawn and "<img" not in drawn and "<script>" not in drawn
    assert "<h1>" not in drawn


def test_contact_card_buttons() -> None:
    drawn = html.contact_html(ANN, heading=True)
    assert 'href="tel:+46706634723"' in drawn and 'href="mailto:ann.rubin@malmo.se"' in drawn
    assert ui("contacts_heading") in drawn
    switchboard = card(kind="switchboard", organisation="Kramfors kommun", phone="0612-800 00")
    assert "Växel – Kramfors kommun" in html.contact_html(switchboard)
    broken = card(name="<b>X</b>", email="x@y.se?bcc=evil@x.se", phone="ring oss")
    drawn = html.contact_html(broken)
    assert "<b>X" not in drawn and "href" not in drawn and "ring oss" in drawn


def test_checklist_names_each_status_in_words() -> None:
    verdict = Verdict(
        label="unclear",
        criteria=[Criterion(criterion="<i>a</i>", status="unknown", reason="oklart", citation=1)],
    )
    drawn = html.checklist_html(verdict)
    assert "Oklart:</span> &lt;i&gt;a&lt;/i&gt; [1]" in drawn


# -- PDFs published for the app's static files -----------------------------------------------
def test_pdf_is_published_once_and_refreshed(tmp_path: Path) -> None:
    corpus, static = tmp_path / "corpus", tmp_path / "static"
    (corpus / "enkoping").mkdir(parents=True)
    pdf = corpus / "enkoping" / "svar på remiss.pdf"
    pdf.write_bytes(b"%PDF-1.4 first")
    url = publish_pdf(corpus, "enkoping/svar på remiss.pdf", static)
    assert url == "app/static/dokument/enkoping/svar%20p%C3%A5%20remiss.pdf"
    copy = static / "dokument" / "enkoping" / "svar på remiss.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 first"
    pdf.write_bytes(b"%PDF-1.4 second version")
    os.utime(pdf, ns=(1, 2_000_000_000))
    publish_pdf(corpus, "enkoping/svar på remiss.pdf", static)
    assert copy.read_bytes() == b"%PDF-1.4 second version"


def test_only_pdfs_inside_the_corpus_are_published(tmp_path: Path) -> None:
    corpus, static = tmp_path / "corpus", tmp_path / "static"
    corpus.mkdir()
    (corpus / "page.html").write_text("<script>alert(1)</script>")
    (corpus / "fake.pdf").write_text("<html>not a pdf</html>")
    (tmp_path / "outside.pdf").write_bytes(b"%PDF-1.4")
    for source in ("page.html", "fake.pdf", "../outside.pdf", "missing.pdf"):
        assert publish_pdf(corpus, source, static) is None
        assert pdf_in_corpus(corpus, source) is None
    assert not static.exists()


# -- sharing ----------------------------------------------------------------------------------
def shared() -> Shared:
    reply = build_reply(
        [B("evidence", "Kontakta **Ann Rubin**. [1]"), B("list", "- ett [1]\n- två [1]")], [ANN]
    )
    sources = source_entries([cite(1, "malmo/a.txt", url="https://malmo.se/iop")])
    return Shared("Vem <b>kontaktar</b> jag?", reply, sources, "2025-03-04")


def test_shared_answer_as_text_and_page() -> None:
    text = plain_text(shared())
    assert "Kontakta Ann Rubin. [1]" in text and "- ett [1]" in text
    assert "Ann Rubin (utvecklingssekreterare, Malmö stad)" in text
    assert (
        "[1] Malmö stad: Idéburet offentligt partnerskap (Datum saknas) https://malmo.se/iop"
        in text
    )
    assert "vägledning, inte beslut" in text
    page = printable_html(shared())
    assert "Content-Security-Policy" in page and "<script" not in page
    assert "Vem &lt;b&gt;kontaktar&lt;/b&gt; jag?" in page
    link = board_mailto(shared())
    assert link.startswith("mailto:?subject=") and "Ann%20Rubin" in link
    assert markdown_text("**Ja.** [1]\n\n- a\n- b") == "Ja. [1]\n\n- a\n- b"
    assert not re.search(r"[*_]{2}", text)
