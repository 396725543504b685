"""`iop fetch` against a real HTTP server on 127.0.0.1 (no internet): politeness, storage,
conditional requests, per-source errors, the JSON report and the ingest that follows."""

from __future__ import annotations

import hashlib
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from builders import COOKIE_TEXT, make_docx, make_html, make_pdf
from conftest import make_settings

from assistant.api import Assistant
from assistant.cli.fetch import run_fetch
from assistant.core.settings import Settings
from ingest.fetch.attachments import find_attachments
from ingest.fetch.files import url_filename
from ingest.fetch.http import HostThrottle, WebClient, conditional_headers, document_suffix
from ingest.fetch.options import FetchOptions, fetch_options
from ingest.fetch.run import fetch_and_ingest
from ingest.fetch.sources import SourcesError, parse_sources
from ingest.fetch.state import read_fetch_state
from ingest.fetch.urls import public_suffixes, registrable_domain, same_site

USER_AGENT = "IOP-assistenten/0.1 (+kontakt: see README)"
CONTRACT_KEYS = {"fetched", "unchanged", "failed", "ingest"}
INGEST_KEYS = {"added", "updated", "removed", "unchanged", "failed", "chunks"}
NOT_FOUND = "page not found (404) — the page may have moved; fix the address in sources.yaml"

PAGE_MAIN = """
<h1>Idéburet offentligt partnerskap i Lunds kommun</h1>
<p>Lunds kommun ingår idéburet offentligt partnerskap (IOP) med föreningar som arbetar
mot ofrivillig ensamhet bland äldre. Partnerskapet bygger på föreningens eget initiativ.</p>
<p>Läs <a href="/dokument/riktlinjer.pdf">riktlinjerna för IOP (pdf)</a>,
<a href="/dokument/riktlinjer.pdf#sida-2">riktlinjerna, sidan 2</a> och
<a href="dokument/../dokument/avtal.docx">avtalsmallen (Word)</a>.
Se även <a href="http://example.invalid/annat.pdf">en annan webbplats</a>.</p>
<div class="kontakt"><h2>Kontakt</h2>
<p>Anna Andersson, IOP-samordnare<br>E-post: anna.andersson@lund.se<br>
Telefon: 046-35 50 00</p></div>
"""
CHANGED_SENTENCE = "Från 2027 ger kommunen också stöd till läxhjälp i bibliotekets lokaler."
PDF_TEXT = (
    "Ansökan om partnerskap lämnas till socialförvaltningen senast den första mars, "
    "tillsammans med föreningens verksamhetsberättelse."
)
NEWS_MAIN = """
<h1>Nytt partnerskap om matkassar</h1>
<p>Lunds kommun och Stadsmissionen har tecknat ett partnerskap om matkassar till
barnfamiljer. Överenskommelsen gäller i tre år.</p>
"""
MOVED_MAIN = """
<h1>IOP i Kramfors kommun</h1>
<p>Kramfors kommun välkomnar idéburna organisationer som vill ingå partnerskap inom
äldreomsorgen. Kontakta kommunens föreningssamordnare för ett första samtal.</p>
"""
NAMELESS_MAIN = """
<h1>Om vår förening</h1>
<p>Vi arbetar med läxhjälp och samtalsgrupper. Alla är välkomna att delta i verksamheten
varje tisdag och torsdag.</p>
"""


# --- the test web server ---------------------------------------------------------------


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    send_length: bool = True  # False: no Content-Length, the body ends when the socket closes


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float


class Site:
    """What the server answers (``routes``, editable by tests) and what it was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def asked(self, path: str) -> list[Seen]:
        return [seen for seen in self.requests if seen.path == path]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        headers = {key.lower(): value for key, value in self.headers.items()}
        site.requests.append(Seen(self.path, headers, time.monotonic()))
        route = site.routes.get(self.path, Route(b"<h1>Hittades inte</h1>", 404))
        if route.delay:
            time.sleep(route.delay)
        status = route.status
        if status == 200 and (
            (route.etag and headers.get("if-none-match") == route.etag)
            or (route.last_modified and headers.get("if-modified-since") == route.last_modified)
        ):
            status = 304
        body = b"" if status == 304 else route.body
        try:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(body)))
            for name, value in (
                ("ETag", route.etag),
                ("Last-Modified", route.last_modified),
                ("Location", route.location),
            ):
                if value:
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    web = Site()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = web
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    build_site(web, tmp_path / "site-files")
    try:
        yield web
    finally:
        server.shutdown()
        server.server_close()


def html_page(folder: Path, name: str, main: str, boilerplate: bool = True) -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    path = make_html(folder / name, main, with_boilerplate=boilerplate)
    return path.read_bytes()


def build_site(web: Site, files: Path) -> None:
    files.mkdir(parents=True, exist_ok=True)
    pdf = make_pdf(files / "riktlinjer.pdf", [["# Riktlinjer för IOP i Lund", PDF_TEXT]])
    docx = make_docx(files / "avtal.docx", heading="Avtalsmall för idéburet partnerskap")
    empty = (
        b'<!DOCTYPE html><html lang="sv"><head><title>Tom sida</title></head><body>'
        b'<nav><a href="/a">Bygga och bo</a></nav><main></main>'
        b"<footer><a href='/b'>Om webbplatsen</a></footer></body></html>"
    )
    web.routes.update(
        {
            "/robots.txt": Route(b"User-agent: *\nDisallow: /privat/\n", content_type="text/plain"),
            "/iop": Route(html_page(files, "iop.html", PAGE_MAIN), etag='"v1"'),
            "/dokument/riktlinjer.pdf": Route(pdf.read_bytes(), content_type="application/pdf"),
            "/dokument/avtal.docx": Route(
                docx.read_bytes(),
                content_type="application/vnd.openxmlformats-officedocument"
                ".wordprocessingml.document",
            ),
            "/nyheter": Route(
                html_page(files, "nyheter.html", NEWS_MAIN),
                last_modified="Wed, 18 Nov 2026 08:00:00 GMT",
            ),
            "/gammal": Route(status=301, location="/ny-sida"),
            "/ny-sida": Route(html_page(files, "ny.html", MOVED_MAIN)),
            "/langsam": Route(html_page(files, "langsam.html", NEWS_MAIN), delay=2.0),
            "/privat/iop": Route(html_page(files, "privat.html", NEWS_MAIN)),
            "/tom": Route(empty),
            "/okand": Route(html_page(files, "okand.html", NAMELESS_MAIN, boilerplate=False)),
        }
    )


# --- helpers -------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "corpus").mkdir()
    return make_settings(tmp_path, fetch_allow_hosts="127.0.0.1")  # the test site


def fast(settings: Settings, **changes: Any) -> FetchOptions:
    """The settings' options with no politeness pause and a short timeout."""
    return replace(fetch_options(settings), **{"delay_s": 0.0, "timeout_s": 0.5, **changes})


def write_sources(settings: Settings, entries: list[dict[str, Any]]) -> Path:
    path = settings.corpus_dir / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), "utf-8")
    return path


def all_sources(web: Site) -> list[dict[str, Any]]:
    return [
        {"url": web.url("/iop"), "follow_attachments": True},  # the page names Lund
        {"url": web.url("/nyheter"), "municipality": "Lund", "doc_type": "nyhet"},
        {"url": web.url("/gammal"), "municipality": "Kramfors"},
        {"url": web.url("/saknas"), "municipality": "Lund"},
        {"url": web.url("/langsam"), "municipality": "Lund"},
        {"url": web.url("/privat/iop"), "municipality": "Lund"},
        {"url": web.url("/tom"), "municipality": "Lund"},
    ]


def run_json(
    settings: Settings, options: FetchOptions, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = run_fetch(settings, as_json=True, options=options)
    return code, json.loads(capsys.readouterr().out)


def stored_by_url(corpus: Path) -> dict[str, Path]:
    """Every stored file under a web/ folder, by the source_url of its sidecar."""
    out: dict[str, Path] = {}
    for sidecar in corpus.rglob("*.meta.yaml"):
        data = yaml.safe_load(sidecar.read_text("utf-8"))
        out[data["source_url"]] = sidecar.with_name(sidecar.name.removesuffix(".meta.yaml"))
    return out


def sidecar(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.with_name(path.name + ".meta.yaml").read_text("utf-8"))


def failures(report: dict[str, Any]) -> dict[str, str]:
    return {item["url"]: item["error"] for item in report["failed"]}


def cited_urls(settings: Settings, question: str, municipality: str | None = None) -> set[str]:
    answer = Assistant(settings).answer(question, municipality=municipality)
    return {c.url for c in answer.citations if c.url}


# --- a full first fetch ------------------------------------------------------------------


def test_first_fetch_stores_pages_attachments_and_sidecars(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site))
    code, report = run_json(settings, fast(settings), capsys)

    assert code == 1  # some sources failed
    assert report["fetched"] == 5  # /iop, its PDF and DOCX, /nyheter, /gammal -> /ny-sida
    assert report["unchanged"] == 0
    stored = stored_by_url(settings.corpus_dir)
    assert set(stored) == {
        site.url(p)
        for p in ("/iop", "/dokument/riktlinjer.pdf", "/dokument/avtal.docx", "/nyheter")
    } | {site.url("/ny-sida")}

    page = stored[site.url("/iop")]
    corpus = settings.corpus_dir
    assert page.parent == corpus / "lund" / "web" and page.suffix == ".html"
    assert page.read_bytes() == site.routes["/iop"].body  # the raw HTML, for the loader
    assert sidecar(page)["municipality"] == "Lund"  # named on the page itself
    assert sidecar(page)["title"] == "Idéburet offentligt partnerskap"
    for path, suffix in (("/dokument/riktlinjer.pdf", ".pdf"), ("/dokument/avtal.docx", ".docx")):
        attachment = stored[site.url(path)]
        assert attachment.parent == page.parent and attachment.suffix == suffix
        assert attachment.read_bytes() == site.routes[path].body
        assert sidecar(attachment)["municipality"] == "Lund"
    assert sidecar(stored[site.url("/nyheter")])["doc_type"] == "nyhet"

    moved = stored[site.url("/ny-sida")]  # stored under the final address
    assert moved.parent == corpus / "kramfors" / "web"
    assert "ny-sida" in moved.name and "gammal" not in moved.name

    assert not site.asked("/privat/iop")  # robots.txt said no: never requested
    assert len(site.asked("/robots.txt")) == 1  # read once per host and run
    assert {seen.headers["user-agent"] for seen in site.requests} == {USER_AGENT}
    assert not [p for p in corpus.rglob("*") if any(s.startswith(".") for s in p.parts[-2:])]

    ingest = report["ingest"]
    assert ingest["failed"] == []
    assert sorted(ingest["added"]) == sorted(
        p.relative_to(corpus).as_posix() for p in stored.values()
    )


def test_fetched_documents_are_cited_with_their_url(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:2])
    code, _report = run_json(settings, fast(settings), capsys)
    assert code == 0

    assert site.url("/iop") in cited_urls(settings, "Vem ska jag kontakta om IOP i Lund?", "Lund")
    assert site.url("/dokument/riktlinjer.pdf") in cited_urls(
        settings, "När ska ansökan om partnerskap lämnas till socialförvaltningen?", "Lund"
    )
    answer = Assistant(settings).answer("Vem ska jag kontakta om IOP i Lund?", municipality="Lund")
    assert all(COOKIE_TEXT not in c.quote for c in answer.citations)


def test_per_source_errors_are_plain_and_the_rest_succeeds(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(
        settings,
        [*all_sources(site), {"url": site.url("/okand")}],
    )
    _code, report = run_json(settings, fast(settings), capsys)
    errors = failures(report)

    assert set(errors) == {
        site.url(p) for p in ("/saknas", "/langsam", "/privat/iop", "/tom", "/okand")
    }
    assert errors[site.url("/saknas")].startswith(NOT_FOUND)
    assert "nothing from this address is in the corpus yet" in errors[site.url("/saknas")]
    assert errors[site.url("/langsam")].startswith("no answer within 0.5 s (timeout)")
    assert errors[site.url("/privat/iop")].startswith("robots.txt of 127.0.0.1")
    assert "does not allow" in errors[site.url("/privat/iop")]
    assert errors[site.url("/tom")].startswith("the page has no main text")
    assert "add 'municipality:'" in errors[site.url("/okand")]
    assert report["fetched"] == 5  # everything else went in

    states = {s.url: s for s in read_fetch_state(settings)}
    assert states[site.url("/saknas")].status == 404
    assert states[site.url("/saknas")].last_error == errors[site.url("/saknas")]
    assert states[site.url("/langsam")].status is None  # no answer at all


def test_an_attachment_link_that_gives_a_web_page_is_an_error(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    main = '<h1>IOP i Lunds kommun</h1><p>Se <a href="/dokument/inloggning.pdf">avtalet</a>.</p>'
    site.routes["/med-lank"] = Route(html_page(tmp_path / "extra", "lank.html", main))
    site.routes["/dokument/inloggning.pdf"] = Route(site.routes["/tom"].body)
    write_sources(settings, [{"url": site.url("/med-lank"), "follow_attachments": True}])

    code, report = run_json(settings, fast(settings), capsys)

    assert code == 1 and report["fetched"] == 1
    error = failures(report)[site.url("/dokument/inloggning.pdf")]
    assert error.startswith("the link gave a web page (text/html)")


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, None),  # no robots.txt: everything allowed
        (403, "robots.txt of 127.0.0.1"),  # read as "disallow all", like urllib does
        (503, "robots.txt could not be read (server error 503)"),  # unknown: do not fetch
    ],
)
def test_robots_txt_that_cannot_be_read(
    site: Site,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    status: int,
    error: str | None,
) -> None:
    site.routes["/robots.txt"] = Route(b"", status=status)
    write_sources(settings, all_sources(site)[1:2])

    _code, report = run_json(settings, fast(settings), capsys)

    if error is None:
        assert report["fetched"] == 1 and report["failed"] == []
    else:
        assert failures(report)[site.url("/nyheter")].startswith(error)
        assert not site.asked("/nyheter")


def test_tls_and_refused_connections_are_plain_errors(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port that nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    tls_url = site.url("/iop").replace("http://", "https://")  # TLS to a plain-HTTP server
    refused_url = f"http://127.0.0.1:{closed_port}/iop"
    write_sources(
        settings,
        [
            {"url": tls_url, "municipality": "Lund"},
            {"url": refused_url, "municipality": "Lund"},
            {"url": site.url("/nyheter"), "municipality": "Lund"},
        ],
    )
    code, report = run_json(settings, fast(settings), capsys)
    errors = failures(report)

    assert code == 1
    assert errors[tls_url].startswith("secure connection (TLS) failed")
    assert errors[refused_url].startswith("connection refused")
    assert report["fetched"] == 1


def test_json_report_has_the_contract_keys(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[3:4])  # only the 404
    code, report = run_json(settings, fast(settings), capsys)

    assert code == 1
    assert set(report) >= CONTRACT_KEYS
    assert isinstance(report["fetched"], int) and isinstance(report["unchanged"], int)
    assert [set(item) for item in report["failed"]] == [{"url", "error"}]
    assert set(report["ingest"]) >= INGEST_KEYS


def test_all_sources_ok_exits_zero_and_prints_a_readable_report(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:3])
    code = run_fetch(settings, as_json=False, options=fast(settings))
    out = capsys.readouterr().out

    assert code == 0
    assert "5 fetched, 0 unchanged, 0 failed" in out
    assert site.url("/dokument/avtal.docx") in out


# --- the second fetch ------------------------------------------------------------------


def test_second_fetch_is_conditional_and_counts_unchanged(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:3])
    run_json(settings, fast(settings), capsys)
    page = stored_by_url(settings.corpus_dir)[site.url("/iop")]
    mtime = page.stat().st_mtime_ns
    site.requests.clear()

    code, report = run_json(settings, fast(settings), capsys)

    assert code == 0
    assert (report["fetched"], report["unchanged"]) == (0, 5)
    assert site.asked("/iop")[0].headers.get("if-none-match") == '"v1"'
    news = site.asked("/nyheter")[0].headers
    assert news.get("if-modified-since") == "Wed, 18 Nov 2026 08:00:00 GMT"
    assert "if-none-match" not in site.asked("/gammal")[0].headers  # not the stored address
    assert site.asked("/ny-sida")  # the redirect target is checked again
    assert page.stat().st_mtime_ns == mtime
    assert report["ingest"]["added"] == [] and report["ingest"]["updated"] == []
    state = {s.url: s for s in read_fetch_state(settings)}[site.url("/iop")]
    assert state.status == 304 and state.last_error is None and state.etag == '"v1"'


def test_changed_page_is_fetched_again_and_reindexed(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:1])
    run_json(settings, fast(settings), capsys)
    files = site.routes["/iop"]
    changed_main = PAGE_MAIN.replace("</h1>", f"</h1><p>{CHANGED_SENTENCE}</p>", 1)
    site.routes["/iop"] = replace(
        files,
        body=html_page(settings.corpus_dir.parent / "v2", "iop.html", changed_main),
        etag='"v2"',
    )

    code, report = run_json(settings, fast(settings), capsys)

    page = stored_by_url(settings.corpus_dir)[site.url("/iop")]
    rel = page.relative_to(settings.corpus_dir).as_posix()
    assert code == 0
    assert report["fetched"] == 1 and report["unchanged"] == 2  # the attachments
    assert page.read_bytes() == site.routes["/iop"].body
    assert report["ingest"]["updated"] == [rel]
    state = {s.url: s for s in read_fetch_state(settings)}[site.url("/iop")]
    assert state.etag == '"v2"'
    assert state.sha256 == hashlib.sha256(site.routes["/iop"].body).hexdigest()
    answer = Assistant(settings).answer("Ger kommunen stöd till läxhjälp?", municipality="Lund")
    assert any("läxhjälp" in c.quote and c.url == site.url("/iop") for c in answer.citations)


def test_a_page_that_now_fails_stays_indexed_and_the_error_says_how_old_it_is(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[1:2])
    run_json(settings, fast(settings), capsys)
    stored = stored_by_url(settings.corpus_dir)[site.url("/nyheter")]
    site.routes["/nyheter"] = Route(b"<h1>Borta</h1>", status=404)
    first_day = datetime.now(UTC)

    later = first_day + timedelta(days=12)
    report = fetch_and_ingest(settings, fast(settings), clock=lambda: later)

    [failed] = report.failed
    assert failed.error is not None and failed.error.startswith(NOT_FOUND)
    assert f"keeping the version fetched {first_day.date().isoformat()} (12 days ago)" in (
        failed.error
    )
    assert stored.is_file()
    assert report.ingest is not None and report.ingest.removed == []
    assert site.url("/nyheter") in cited_urls(
        settings, "Vilket partnerskap om matkassar har Lund tecknat?", "Lund"
    )


def test_a_source_removed_from_the_list_is_reported_not_deleted(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:2])
    run_json(settings, fast(settings), capsys)
    before = stored_by_url(settings.corpus_dir)
    write_sources(settings, all_sources(site)[1:2])  # /iop (and so its attachments) dropped

    code, report = run_json(settings, fast(settings), capsys)

    gone = {item["url"]: item["path"] for item in report["no_longer_listed"]}
    assert code == 0
    assert set(gone) == {
        site.url(p) for p in ("/iop", "/dokument/riktlinjer.pdf", "/dokument/avtal.docx")
    }
    for url, rel in gone.items():
        assert (settings.corpus_dir / rel) == before[url] and before[url].is_file()
    assert report["ingest"]["removed"] == []


def test_a_lost_state_file_does_not_duplicate_stored_files(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[:2])
    run_json(settings, fast(settings), capsys)
    before = sorted(p for p in settings.corpus_dir.rglob("*") if p.is_file())
    fetch_options(settings).state_path.unlink()

    code, report = run_json(settings, fast(settings), capsys)

    assert code == 0 and report["fetched"] == 4
    assert sorted(p for p in settings.corpus_dir.rglob("*") if p.is_file()) == before
    assert report["ingest"]["added"] == []


def test_a_file_of_the_same_name_from_elsewhere_is_not_overwritten(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    target = settings.corpus_dir / "lund" / "web" / url_filename(site.url("/nyheter"), ".html")
    target.parent.mkdir(parents=True)
    target.write_text("Lunds kommun: egen anteckning om IOP.\n", "utf-8")
    write_sources(settings, all_sources(site)[1:2])

    code, _report = run_json(settings, fast(settings), capsys)

    stored = stored_by_url(settings.corpus_dir)[site.url("/nyheter")]
    assert code == 0
    assert stored != target and stored.parent == target.parent
    assert target.read_text("utf-8") == "Lunds kommun: egen anteckning om IOP.\n"


def test_every_request_and_redirect_passes_one_place(
    site: Site,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """WebClient._exchange sees every address asked for, redirect hops of robots.txt too,
    so a rule about which addresses may be requested has one place to live."""
    site.routes["/robots.txt"] = Route(status=301, location="/regler.txt")
    site.routes["/regler.txt"] = Route(
        b"User-agent: *\nDisallow: /nyheter\n", content_type="text/plain"
    )
    sent: list[str] = []
    exchange = WebClient._exchange

    def recording(self: WebClient, url: str, headers: dict[str, str], delay: float) -> Any:
        sent.append(url)
        return exchange(self, url, headers, delay)

    monkeypatch.setattr(WebClient, "_exchange", recording)
    write_sources(settings, all_sources(site)[:3])  # /iop + attachments, /nyheter, /gammal

    _code, report = run_json(settings, fast(settings), capsys)

    assert sorted(sent) == sorted(site.url(seen.path) for seen in site.requests)
    assert {site.url(p) for p in ("/robots.txt", "/regler.txt", "/gammal", "/ny-sida")} <= set(sent)
    assert failures(report)[site.url("/nyheter")].startswith("robots.txt of 127.0.0.1")
    assert report["fetched"] == 4


def test_the_pause_between_requests_to_one_host_is_kept(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write_sources(settings, all_sources(site)[1:3])  # robots.txt, /nyheter, /gammal, /ny-sida
    run_json(settings, fast(settings, delay_s=0.2), capsys)

    times = [seen.at for seen in site.requests]
    assert len(times) == 4
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.19


@pytest.mark.parametrize("send_length", [True, False], ids=["declared", "streamed"])
def test_a_download_over_the_size_limit_is_refused(
    site: Site, settings: Settings, capsys: pytest.CaptureFixture[str], send_length: bool
) -> None:
    site.routes["/nyheter"].send_length = send_length
    write_sources(settings, all_sources(site)[1:2])
    _code, report = run_json(settings, fast(settings, max_bytes=500), capsys)

    assert failures(report)[site.url("/nyheter")].startswith("larger than the 500 bytes limit")
    assert stored_by_url(settings.corpus_dir) == {}


# --- sources.yaml --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sources:\n  - url: [http://a.se\n", "invalid YAML"),
        ("sources:\n  - municipality: Lund\n", "entry 1: field 'url' is missing"),
        ("sources:\n  - url: https://a.se/\n  - {}\n", "entry 2: field 'url' is missing"),
        ("sources:\n  - url: ftp://a.se/x\n", "field 'url': 'ftp://a.se/x' is not an http(s)"),
        ("sources:\n  - url: https://a.se/\n    municipality: Atlantis\n", "'municipality'"),
        ("sources:\n  - url: https://a.se/\n    doc_type: roman\n", "field 'doc_type'"),
        ("sources:\n  - url: https://a.se/\n    follow_attachments: ja\n", "follow_attachments"),
        ("sources:\n  - url: https://a.se/\n    colour: red\n", "unknown field 'colour'"),
        ("- url: https://a.se/\n", "expected a 'sources:' list"),
    ],
)
def test_a_bad_sources_file_exits_2_naming_the_file_and_field(
    settings: Settings, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    path = settings.corpus_dir / "sources.yaml"
    path.write_text(text, "utf-8")

    code = run_fetch(settings, as_json=True, options=fast(settings))
    captured = capsys.readouterr()
    message = captured.err.replace("\n", "")

    assert code == 2
    assert str(path) in message
    assert expected in message
    assert captured.out == ""


def test_a_missing_sources_file_exits_2(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_fetch(settings, as_json=True, options=fast(settings))
    message = capsys.readouterr().err.replace("\n", "")
    assert code == 2
    assert str(settings.corpus_dir / "sources.yaml") in message and "no sources file" in message


def test_sources_are_parsed_into_canonical_specs() -> None:
    specs = parse_sources(
        "sources:\n"
        "  - url: https://www.lund.se/iop#top\n"
        "    municipality: lunds kommun\n"
        "    doc_type: Webbsida\n"
        "    follow_attachments: true\n"
        "  - https://www.malmo.se/iop\n",
        "sources.yaml",
    )
    assert [(s.url, s.municipality, s.doc_type, s.follow_attachments) for s in specs] == [
        ("https://www.lund.se/iop", "Lund", "webbsida", True),
        ("https://www.malmo.se/iop", None, None, False),
    ]
    with pytest.raises(SourcesError, match=r"entry 2 .*listed twice \(also entry 1\)"):
        parse_sources("sources:\n  - url: https://a.se/x\n  - url: https://a.se/x\n", "s.yaml")


# --- pure helpers ------------------------------------------------------------------------


def test_url_filenames_are_readable_and_distinct() -> None:
    assert url_filename("https://www.lund.se/omsorg/iop", ".html") == "lund-se-omsorg-iop.html"
    assert (
        url_filename("https://www.lund.se/download/Riktlinjer%20f%C3%B6r%20IOP.pdf", ".pdf")
        == "lund-se-download-riktlinjer-for-iop.pdf"
    )
    assert url_filename("https://lund.se/Äldre/idéburet.html", ".html") == (
        "lund-se-aldre-ideburet.html"
    )
    with_query = [url_filename(f"https://a.se/sida?id={n}", ".html") for n in (1, 2)]
    assert with_query[0] != with_query[1] and all(n.startswith("a-se-sida-id-") for n in with_query)
    plain = url_filename("https://a.se/x/y", ".html")
    assert url_filename("https://a.se/x/y", ".html", unique=True) != plain
    long_name = url_filename("https://a.se/" + "avsnitt/" * 30, ".html")
    assert len(long_name) <= 80 + 1 + 8 + len(".html")


def test_conditional_headers() -> None:
    assert conditional_headers('"abc"', "Wed, 18 Nov 2026 08:00:00 GMT") == {
        "If-None-Match": '"abc"',
        "If-Modified-Since": "Wed, 18 Nov 2026 08:00:00 GMT",
    }
    assert conditional_headers(None, None) == {}


def test_document_suffix_trusts_the_bytes_then_the_type_then_the_address() -> None:
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert document_suffix("text/html; charset=utf-8", "https://a.se/x", b"<p>") == ".html"
    assert document_suffix("text/html", "https://a.se/x", b"%PDF-1.7\n") == ".pdf"
    assert document_suffix(docx_type, "https://a.se/x", b"PK\x03\x04") == ".docx"
    octets = "application/octet-stream"
    assert document_suffix(octets, "https://a.se/avtal.docx", b"PK\x03\x04..") == ".docx"
    assert document_suffix("", "https://a.se/x", b"  <!DOCTYPE HTML><html>") == ".html"
    assert document_suffix(octets, "https://a.se/bild", b"\x89PNG\r\n") is None
    assert document_suffix("image/png", "https://a.se/bild.png", b"\x89PNG") is None


def test_registrable_domain() -> None:
    assert registrable_domain("www.lund.se") == "lund.se"
    assert registrable_domain("LUND.SE.") == "lund.se"
    assert registrable_domain("a.forening.org.se") == "forening.org.se"
    assert registrable_domain("127.0.0.1") == "127.0.0.1"


def test_the_public_suffix_list_is_read_with_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """tldextract's bundled snapshot, never a download: every socket use fails here."""

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the public-suffix list tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    public_suffixes.cache_clear()  # built afresh under the patches
    try:
        assert registrable_domain("dokument.lund.se") == "lund.se"
        assert registrable_domain("www.stadsmissionen.org.za") == "stadsmissionen.org.za"
        assert registrable_domain("iop.github.io") == "iop.github.io"  # a private suffix
        assert registrable_domain("localhost") == "localhost"
        assert not same_site("https://lund.github.io/a.pdf", "https://malmo.github.io/iop")
        assert same_site("https://dokument.lund.se/a.pdf", "https://www.lund.se/iop")
    finally:
        public_suffixes.cache_clear()


def test_attachment_links_stay_on_the_same_registrable_domain() -> None:
    page = """<html><head><base href="/omsorg/"></head><body>
    <nav><a href="/meny.pdf">Meny</a></nav>
    <main>
      <a href="riktlinjer.pdf">Riktlinjer</a>
      <a href="riktlinjer.pdf#sida=2">Riktlinjer, sidan 2</a>
      <a href="https://dokument.lund.se/avtal.DOCX">Avtal</a>
      <a href="https://www.malmo.se/annat.pdf">Malmö</a>
      <a href="/gammal.doc">Gammal Word</a>
      <a href="mailto:iop@lund.se">E-post</a>
      <a href="/sida">Sida</a>
    </main>
    <footer><a href="/tillganglighet.pdf">Tillgänglighet</a></footer></body></html>"""
    assert find_attachments(page, "https://www.lund.se/omsorg/iop") == [
        "https://www.lund.se/omsorg/riktlinjer.pdf",
        "https://dokument.lund.se/avtal.DOCX",
    ]


def test_host_throttle_waits_per_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(clock=lambda: now[0], sleep=sleep)
    throttle.wait("www.lund.se", 1.0)  # first request: no pause
    throttle.done("www.lund.se")
    now[0] += 0.25
    throttle.wait("www.malmo.se", 1.0)  # another host: no pause
    throttle.done("www.malmo.se")
    throttle.wait("www.lund.se", 1.0)
    assert slept == [pytest.approx(0.75)]
