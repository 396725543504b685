"""Keep the corpus fresh from the municipalities' own web pages (`iop fetch`).

``corpus/sources.yaml`` lists the pages (docs/interface.md, docs/fetch.md). Each page is
fetched politely — a User-Agent that names the assistant, robots.txt obeyed, a pause
between two requests to one host, conditional requests so an unchanged page costs a 304
— and stored as the raw file in ``corpus/<municipality slug>/web/<slugified URL>.html``
with a sidecar ``.meta.yaml`` carrying its ``source_url``. The normal ingest then reads
it with the same loaders as any other file. With ``follow_attachments: true`` the PDF and
Word files a page links to on the same registrable domain are stored next to it.

What went wrong is reported per address in plain words; the version stored earlier stays
in the corpus, and in the index, untouched. Stored files of sources no longer listed are
never deleted here: they are reported, and staff decide.

Layout: typed records and pure helpers (file names, conditional headers, link discovery,
error wording) first; the I/O — SQLite state, HTTP, files — at the end.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import sqlite3
import ssl
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
import yaml
from lxml import html as lxml_html
from lxml.etree import ParserError

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES, SIDECAR_SUFFIX
from assistant.core.settings import Settings
from assistant.core.storage import LockBusyError, file_lock
from ingest.errors import EmptyFileError, IngestError, NoTextLayerError
from ingest.metadata import municipality_from_path
from ingest.pipeline import CorpusFile, Indexer, IngestBusyError, parse_file
from ingest.report import IngestReport

DEFAULT_USER_AGENT = "IOP-assistenten/0.1 (+kontakt: see README)"
SOURCES_FILE = "sources.yaml"
STATE_FILE = "fetch_state.sqlite"
WEB_FOLDER = "web"
STAGING_FOLDER = ".fetch-tmp"  # inside the corpus (same file system); ingest skips dot folders
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY_S = 60.0  # a robots.txt Crawl-delay above this is capped
MAX_ROBOTS_BYTES = 512 * 1024
SOURCE_FIELDS = ("url", "municipality", "doc_type", "follow_attachments")

Outcome = Literal["fetched", "unchanged", "failed"]

_DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_MIME_SUFFIX = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    _DOCX_MIME: ".docx",
}
_KIND = {".html": "page", ".pdf": "PDF", ".docx": "Word file"}
ATTACHMENT_SUFFIXES = (".pdf", ".docx")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = f"text/html,application/xhtml+xml,application/pdf,{_DOCX_MIME};q=0.9,*/*;q=0.5"
# Public suffixes with two labels that occur on Swedish public-sector sites and a few
# common foreign ones; everything else is taken to register directly under its TLD.
_TWO_LABEL_SUFFIXES = frozenset(
    {
        "org.se", "pp.se", "tm.se", "parti.se", "press.se", "fhsk.se", "fhv.se", "mil.se",
        "co.uk", "org.uk", "gov.uk", "ac.uk", "com.au", "org.au", "co.nz", "co.jp",
    }
)  # fmt: skip


# --- options and records ----------------------------------------------------------------


@dataclass(frozen=True)
class FetchOptions:
    """How politely and where to fetch; built from settings by ``fetch_options``."""

    user_agent: str = DEFAULT_USER_AGENT
    delay_s: float = 1.0  # pause between two requests to one host
    timeout_s: float = 20.0  # connect / read / write timeout of one request
    max_attachments: int = 20  # per listed page
    max_bytes: int = 25 * 1024 * 1024  # a larger download is refused
    sources_path: Path = Path("corpus") / SOURCES_FILE
    state_path: Path = Path("data") / STATE_FILE


def fetch_options(settings: Settings) -> FetchOptions:
    """The fetch options from settings (``fetch_*`` fields; defaults until they exist)."""
    return FetchOptions(
        user_agent=str(getattr(settings, "fetch_user_agent", DEFAULT_USER_AGENT)),
        delay_s=float(getattr(settings, "fetch_delay_s", 1.0)),
        timeout_s=float(getattr(settings, "fetch_timeout_s", 20.0)),
        max_attachments=int(getattr(settings, "fetch_max_attachments", 20)),
        max_bytes=settings.max_file_size_bytes,
        sources_path=settings.corpus_dir / SOURCES_FILE,
        state_path=settings.data_dir / STATE_FILE,
    )


@dataclass(frozen=True)
class SourceSpec:
    """One entry of sources.yaml."""

    url: str
    municipality: str | None = None  # canonical name; None: from the domain or the page
    doc_type: str | None = None
    follow_attachments: bool = False


@dataclass(frozen=True)
class FetchResult:
    """What happened to one address (a listed page or an attachment) in this run."""

    url: str  # as listed, or as linked from the page
    outcome: Outcome
    path: str | None = None  # stored file, relative to the corpus folder
    final_url: str | None = None  # after redirects; the stored file's source_url
    found_on: str | None = None  # the listed page an attachment was linked from
    http_status: int | None = None
    error: str | None = None  # plain words, for people

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Unlisted:
    """A stored file whose address is no longer listed (or no longer linked)."""

    url: str
    path: str
    fetched_at: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FetchReport:
    results: list[FetchResult] = field(default_factory=list)
    no_longer_listed: list[Unlisted] = field(default_factory=list)
    ingest: IngestReport | None = None
    ingest_error: str | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome == outcome for r in self.results)

    @property
    def failed(self) -> list[FetchResult]:
        return [r for r in self.results if r.outcome == "failed"]

    @property
    def ok(self) -> bool:
        """Every address fetched or unchanged, and the ingest ran without failures."""
        return not self.failed and self.ingest is not None and self.ingest.ok

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "fetched": self.count("fetched"),
            "unchanged": self.count("unchanged"),
            "failed": [{"url": r.url, "error": r.error or ""} for r in self.failed],
            "no_longer_listed": [u.to_json() for u in self.no_longer_listed],
            "documents": [r.to_json() for r in self.results],
            "ingest": self.ingest.to_json() if self.ingest is not None else None,
        }
        if self.ingest_error:
            data["ingest_error"] = self.ingest_error
        return data


@dataclass(frozen=True)
class SourceState:
    """What the state file remembers about one address (times are ISO 8601 UTC)."""

    url: str
    parent_url: str | None = None  # for an attachment: the listed page it was found on
    final_url: str | None = None  # after redirects, of the stored version
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified, echoed back verbatim
    fetched_at: str | None = None  # when the stored version was downloaded
    checked_at: str | None = None  # last time the server answered 200 or 304
    attempted_at: str | None = None  # last attempt, successful or not
    http_date: str | None = None  # the server's Date header of the last answer
    status: int | None = None  # HTTP status of the last answer; None: no answer
    last_error: str | None = None  # None when the last attempt went well
    stored_path: str | None = None  # relative to the corpus folder
    sha256: str | None = None  # of the stored file's bytes


class SourcesError(Exception):
    """sources.yaml is missing or wrong; the message names the file, entry and field."""


class FetchBusyError(LockBusyError):
    """Another `iop fetch` holds the fetch lock."""


class FetchFailure(Exception):
    """One address could not be fetched or stored; ``message`` is for people."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- sources.yaml ----------------------------------------------------------------------


def load_sources(path: Path) -> list[SourceSpec]:
    """The entries of ``path``; raises SourcesError naming the file, entry and field."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(
            f"{path}: no sources file — list the pages to fetch there (see docs/fetch.md)"
        ) from None
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise SourcesError(f"{path}: could not be read ({exc.strerror or exc})") from None
    return parse_sources(text, path)


def parse_sources(text: str, path: Path | str) -> list[SourceSpec]:
    """Parse the text of a sources file; ``path`` only names the file in errors."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: invalid YAML: {_yaml_problem(exc)}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or "sources" not in data:
        raise SourcesError(
            f"{path}: expected a 'sources:' list, e.g. 'sources:\\n  - url: https://…'"
        )
    extra = sorted(str(key) for key in data if key != "sources")
    if extra:
        raise SourcesError(f"{path}: unknown top-level key '{extra[0]}' (only 'sources')")
    entries = data["sources"] or []
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'sources' must be a list of entries starting with '- url:'")
    specs: list[SourceSpec] = []
    first_entry: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        spec = _parse_entry(entry, f"{path}: entry {number}")
        if spec.url in first_entry:
            raise SourcesError(
                f"{path}: entry {number} ({spec.url}): field 'url': listed twice "
                f"(also entry {first_entry[spec.url]})"
            )
        first_entry[spec.url] = number
        specs.append(spec)
    return specs


def _parse_entry(entry: Any, where: str) -> SourceSpec:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: expected 'url: …' and optional fields, got {entry!r}")
    unknown = sorted(str(key) for key in entry if key not in SOURCE_FIELDS)
    if unknown:
        raise SourcesError(
            f"{where}: unknown field '{unknown[0]}' (allowed: {', '.join(SOURCE_FIELDS)})"
        )
    raw_url = entry.get("url")
    if raw_url is None or (isinstance(raw_url, str) and not raw_url.strip()):
        raise SourcesError(f"{where}: field 'url' is missing — every entry needs 'url: https://…'")
    url = normalise_url(raw_url) if isinstance(raw_url, str) else None
    if url is None:
        raise SourcesError(f"{where}: field 'url': {raw_url!r} is not an http(s) address")
    where = f"{where} ({url})"

    municipality = entry.get("municipality")
    if municipality is not None:
        named = municipalities.canonical(str(municipality))
        if named is None or isinstance(municipality, bool):
            raise SourcesError(
                f"{where}: field 'municipality': unknown kommun or region {municipality!r}"
            )
        municipality = named

    doc_type = entry.get("doc_type")
    if doc_type is not None:
        doc_type = str(doc_type).strip().casefold()
        if doc_type not in DOC_TYPES:
            raise SourcesError(
                f"{where}: field 'doc_type': {entry['doc_type']!r} is not one of: "
                + ", ".join(DOC_TYPES)
            )

    follow = entry.get("follow_attachments", False)
    if follow is None:
        follow = False
    if not isinstance(follow, bool):
        raise SourcesError(f"{where}: field 'follow_attachments': write true or false")
    return SourceSpec(url, municipality, doc_type, follow)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"{problem} (line {mark.line + 1})" if mark is not None else problem


# --- pure helpers ------------------------------------------------------------------------


def normalise_url(url: str) -> str | None:
    """The address without its #fragment, or None when it is not an http(s) URL."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
        return None
    return url


def url_filename(url: str, suffix: str, unique: bool = False) -> str:
    """A readable, ASCII file name for ``url``.

    ``https://www.lund.se/omsorg/iop`` -> ``lund-se-omsorg-iop.html``. A query string, a
    long address or ``unique`` (two addresses that slugify alike) adds a short hash of
    the whole address, so different addresses never share a name.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = unquote(parts.path)
    for ending in (suffix, ".html", ".htm"):
        if path.lower().endswith(ending):
            path = path[: -len(ending)]
            break
    raw = " ".join(str(p) for p in (host, parts.port or "", path, unquote(parts.query)) if p)
    slug = re.sub(r"[^a-z0-9]+", "-", municipalities.fold(raw).casefold()).strip("-")
    digest = hashlib.sha256(url.encode()).hexdigest()[:8]
    if unique or parts.query or len(slug) > 80 or not slug:
        slug = f"{slug[:80].rstrip('-')}-{digest}".lstrip("-")
    return slug + suffix


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a stored version, so unchanged costs a 304."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def registrable_domain(host: str) -> str:
    """The domain a site is registered under: ``www.lund.se`` -> ``lund.se``.

    A heuristic without the public-suffix list: the last two labels, three under a known
    two-label suffix (``org.se``, ``co.uk``). An IP address or a one-label host is itself.
    """
    host = host.strip().rstrip(".").casefold()
    labels = host.split(".")
    if len(labels) < 2 or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return host
    keep = 3 if ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def same_site(url: str, other: str) -> bool:
    """Whether two addresses are on the same registrable domain."""
    a, b = urlsplit(url).hostname or "", urlsplit(other).hostname or ""
    return bool(a) and registrable_domain(a) == registrable_domain(b)


def find_attachments(html: bytes | str, page_url: str) -> list[str]:
    """PDF and Word (.docx) links in a page's main content, absolute, first seen first.

    Only links on the page's own registrable domain count; #fragments are dropped. The
    main content is <main>, else the page's only <article>, else <body> — the same choice
    as the HTML loader, so that links in the site's menus and footer stay out.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        return []
    base = page_url
    for href in tree.xpath("//base/@href"):
        base = urljoin(page_url, str(href).strip())
        break
    found: dict[str, None] = {}
    for link in _content_root(tree).iter("a"):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        url = normalise_url(urljoin(base, href))
        if url is None or not same_site(url, page_url):
            continue
        if urlsplit(url).path.lower().endswith(ATTACHMENT_SUFFIXES):
            found.setdefault(url, None)
    return list(found)


def _content_root(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    # Mirrors ingest.loaders.html._content_root: <main>, the only <article>, else <body>.
    for query in ("//main", "//*[@role='main']"):
        hits = tree.xpath(query)
        if hits:
            return hits[0]
    articles = tree.xpath("//article")
    if len(articles) == 1:
        return articles[0]
    body = tree.find("body")
    return body if body is not None else tree


def document_suffix(content_type: str, url: str, head: bytes) -> str | None:
    """.html, .pdf or .docx for a download, from its bytes, type and address; else None."""
    if head.startswith(b"%PDF-"):
        return ".pdf"
    mime = content_type.split(";")[0].strip().casefold()
    if mime in _MIME_SUFFIX:
        return _MIME_SUFFIX[mime]
    path = urlsplit(url).path.casefold()
    if head.startswith(b"PK\x03\x04") and path.endswith(".docx"):
        return ".docx"
    start = head[:1024].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return ".html"
    return None


def http_problem(status: int) -> str:
    """A plain reason for an HTTP error status."""
    if status == 404:
        return "page not found (404) — the page may have moved; fix the address in sources.yaml"
    if status == 410:
        return "page removed (410) — the site says it is gone; remove it from sources.yaml"
    if status in (401, 403):
        return (
            f"access denied ({status}) — the page is not public, or the site blocks "
            "automated fetching"
        )
    if status == 429:
        return "too many requests (429) — the site asks us to slow down; try again later"
    if status >= 500:
        return f"server error ({status}) — the site has a problem; try again later"
    return f"the server refused the request ({status})"


def describe_error(exc: BaseException, timeout_s: float) -> str:
    """A plain reason for a network error: timeout, TLS, refused, DNS, broken answer."""
    chain = list(_causes(exc))
    text = " ".join(str(e) for e in chain)
    if isinstance(exc, httpx.ConnectTimeout):
        return (
            f"no connection within {timeout_s:g} s (timeout) — the site may be down or "
            "unreachable from this network; try again later"
        )
    if isinstance(exc, httpx.TimeoutException):
        return (
            f"no answer within {timeout_s:g} s (timeout) — the site is slow or down; "
            "try again later"
        )
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or (
        "CERTIFICATE_VERIFY_FAILED" in text
    ):
        return (
            "secure connection failed: the site's TLS certificate could not be verified "
            f"({_short(chain)}) — check the address, or tell the site owner"
        )
    if any(isinstance(e, ssl.SSLError) for e in chain) or re.search(r"\bSSL|\bTLS", text):
        return (
            f"secure connection (TLS) failed ({_short(chain)}) — check that the address "
            "is right, including https:// or http://"
        )
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text.lower():
        return (
            "connection refused — nothing answers at this address; check the address, "
            "or try again later"
        )
    if any(isinstance(e, socket.gaierror) for e in chain) or re.search(
        r"name or service not known|nodename nor servname|getaddrinfo|name resolution",
        text,
        re.IGNORECASE,
    ):
        return "the host name could not be found (DNS) — check the address in sources.yaml"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke off its answer ({_short(chain)}) — try again later"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect ({_short(chain)}) — check the address, or try again later"
    return f"network error ({_short(chain)}) — try again later"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _short(chain: Sequence[BaseException]) -> str:
    """The innermost error's message, or its class name when it has none."""
    for error in reversed(chain):
        message = " ".join(str(error).split())
        if message:
            return message[:160]
    return type(chain[-1]).__name__


def keeping_note(previous: SourceState | None, still_stored: bool, now: datetime) -> str:
    """What the corpus keeps after a failure: "keeping the version fetched 2026-11-20 …"."""
    if previous is None or not still_stored or not previous.fetched_at:
        return "nothing from this address is in the corpus yet"
    fetched = _parse_time(previous.fetched_at)
    note = f"keeping the version fetched {fetched.date().isoformat()} ({_age(fetched, now)})"
    checked = _parse_time(previous.checked_at) if previous.checked_at else None
    if checked is not None and checked.date() != fetched.date():
        note += f", last seen unchanged {checked.date().isoformat()}"
    return note


def _age(then: datetime, now: datetime) -> str:
    days = (now.date() - then.date()).days
    if days <= 0:
        return "today"
    return "yesterday" if days == 1 else f"{days} days ago"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _utcnow() -> datetime:
    return datetime.now(UTC)


def sidecar_text(
    source_url: str, municipality: str | None, doc_type: str | None, title: str | None
) -> str:
    """The sidecar written next to a fetched file (keys of ingest.metadata.SIDECAR_KEYS)."""
    values: dict[str, str] = {}
    if municipality:
        values["municipality"] = municipality
    if title:
        values["title"] = title
    if doc_type:
        values["doc_type"] = doc_type
    values["source_url"] = source_url
    body = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
    return "# Written by `iop fetch`; edit sources.yaml instead (this file is rewritten).\n" + body


class HostThrottle:
    """At least ``delay`` seconds between the end of one request and the next to a host."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        last = self._last.get(host)
        if last is not None and delay > 0:
            remaining = last + delay - self._clock()
            if remaining > 0:
                self._sleep(remaining)

    def done(self, host: str) -> None:
        self._last[host] = self._clock()


# --- fetch state (SQLite) ----------------------------------------------------------------

_STATE_COLUMNS = tuple(SourceState.__dataclass_fields__)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    parent_url TEXT,
    final_url TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT,
    checked_at TEXT,
    attempted_at TEXT,
    http_date TEXT,
    status INTEGER,
    last_error TEXT,
    stored_path TEXT,
    sha256 TEXT
);
CREATE TABLE IF NOT EXISTS runs (
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    fetched INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    failed INTEGER NOT NULL
);
"""


class FetchState:
    """``data/fetch_state.sqlite``: one row per address, one per run."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def get(self, url: str) -> SourceState | None:
        row = self._db.execute(
            f"SELECT {', '.join(_STATE_COLUMNS)} FROM sources WHERE url = ?", (url,)
        ).fetchone()
        return SourceState(*row) if row else None

    def all(self) -> list[SourceState]:
        rows = self._db.execute(f"SELECT {', '.join(_STATE_COLUMNS)} FROM sources ORDER BY url")
        return [SourceState(*row) for row in rows]

    def save(self, state: SourceState) -> None:
        marks = ", ".join("?" for _ in _STATE_COLUMNS)
        self._db.execute(
            f"INSERT OR REPLACE INTO sources ({', '.join(_STATE_COLUMNS)}) VALUES ({marks})",
            tuple(getattr(state, column) for column in _STATE_COLUMNS),
        )

    def delete(self, url: str) -> None:
        self._db.execute("DELETE FROM sources WHERE url = ?", (url,))

    def owner_of(self, stored_path: str) -> str | None:
        row = self._db.execute(
            "SELECT url FROM sources WHERE stored_path = ?", (stored_path,)
        ).fetchone()
        return row[0] if row else None

    def record_run(self, started: datetime, finished: datetime, report: FetchReport) -> None:
        self._db.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?)",
            (
                _iso(started),
                _iso(finished),
                report.count("fetched"),
                report.count("unchanged"),
                report.count("failed"),
            ),
        )

    def last_run(self) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT started_at, finished_at, fetched, unchanged, failed FROM runs "
            "ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
        keys = ("started_at", "finished_at", "fetched", "unchanged", "failed")
        return dict(zip(keys, row, strict=True)) if row else None


def read_fetch_state(settings: Settings) -> list[SourceState]:
    """Every address the fetcher knows, for the staff page ([] before the first fetch)."""
    path = fetch_options(settings).state_path
    if not path.exists():
        return []
    state = FetchState(path)
    try:
        return state.all()
    finally:
        state.close()


@contextmanager
def fetch_lock(state_path: Path) -> Iterator[None]:
    try:
        with file_lock(state_path.with_name("fetch.lock"), "another `iop fetch` is running"):
            yield
    except LockBusyError as exc:
        raise FetchBusyError(str(exc)) from exc


# --- files ---------------------------------------------------------------------------------


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _read_sidecar_values(path: Path) -> dict[str, Any]:
    """The sidecar's values as written (best effort: {} when absent or unreadable)."""
    try:
        data = yaml.safe_load(_sidecar_of(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_sidecar(path: Path, text: str) -> None:
    sidecar = _sidecar_of(path)
    try:
        if sidecar.read_text(encoding="utf-8") == text:
            return  # unchanged: keep its mtime, so the ingest need not look again
    except (OSError, UnicodeDecodeError):
        pass
    atomic_write(sidecar, text.encode("utf-8"))


# --- the fetcher ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Response:
    status: int  # 200 or 304
    url: str  # the final address, after redirects
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    http_date: str | None = None


@dataclass(frozen=True)
class _Done:
    result: FetchResult
    html: bytes | None = None  # a page's HTML (new or stored), to look for attachments in
    page_url: str | None = None  # the address the HTML was read from
    municipality: str | None = None


@dataclass
class _Robots:
    parser: RobotFileParser | None  # None: robots.txt could not be read
    problem: str = ""  # why not, in plain words
    crawl_delay: float = 0.0


class Fetcher:
    """Fetches the listed sources into the corpus and records what it did in the state."""

    def __init__(
        self,
        settings: Settings,
        options: FetchOptions,
        state: FetchState,
        client: httpx.Client,
        clock: Callable[[], datetime] = _utcnow,
        throttle: HostThrottle | None = None,
    ) -> None:
        self.settings = settings
        self.options = options
        self.state = state
        self.client = client
        self.clock = clock
        self.throttle = throttle or HostThrottle()
        self.corpus = settings.corpus_dir
        self._robots: dict[str, _Robots] = {}

    # -- the run --

    def run(self, sources: Sequence[SourceSpec]) -> FetchReport:
        report = FetchReport()
        listed = {spec.url for spec in sources}
        following = {spec.url for spec in sources if spec.follow_attachments}
        linked: set[str] = set()  # attachments seen on a page in this run
        read_pages: set[str] = set()  # listed pages whose links were read in this run
        try:
            for spec in sources:
                page = self.fetch_one(spec.url, spec.municipality, spec.doc_type, None)
                report.results.append(page.result)
                if not spec.follow_attachments or page.html is None:
                    continue
                read_pages.add(spec.url)
                links = find_attachments(page.html, page.page_url or spec.url)
                for link in links[: self.options.max_attachments]:
                    if link in listed or link in linked:
                        continue
                    linked.add(link)
                    done = self.fetch_one(link, page.municipality, None, spec.url)
                    report.results.append(done.result)
            report.no_longer_listed = self._unlisted(listed, following, linked, read_pages)
        finally:
            shutil.rmtree(self.corpus / STAGING_FOLDER, ignore_errors=True)
        return report

    def _unlisted(
        self, listed: set[str], following: set[str], linked: set[str], read_pages: set[str]
    ) -> list[Unlisted]:
        out: list[Unlisted] = []
        for row in self.state.all():
            if row.url in listed:
                continue
            if row.parent_url in following and (
                row.parent_url not in read_pages or row.url in linked
            ):
                continue  # still linked, or its page could not be read: nothing is known
            stored = row.stored_path
            if stored and (self.corpus / stored).is_file():
                out.append(Unlisted(row.url, stored, row.fetched_at))
            else:
                self.state.delete(row.url)  # nothing left on disk: forget the address
        return out

    def fetch_one(
        self, url: str, municipality: str | None, doc_type: str | None, parent: str | None
    ) -> _Done:
        """Fetch one address; any failure is turned into a plain per-address error."""
        previous = self.state.get(url)
        stored = self._stored(previous)
        now = self.clock()
        try:
            return self._fetch(url, municipality, doc_type, parent, previous, stored, now)
        except FetchFailure as failure:
            error = f"{failure.message}; {keeping_note(previous, stored is not None, now)}"
            base = previous or SourceState(url=url)
            self.state.save(
                replace(
                    base,
                    parent_url=parent,
                    attempted_at=_iso(now),
                    status=failure.status,
                    last_error=error,
                )
            )
            path = base.stored_path if stored is not None else None
            result = FetchResult(url, "failed", path, base.final_url, parent, failure.status, error)
            return _Done(result)

    def _stored(self, previous: SourceState | None) -> Path | None:
        if previous is None or not previous.stored_path:
            return None
        path = self.corpus / previous.stored_path
        return path if path.is_file() else None

    def _fetch(
        self,
        url: str,
        municipality: str | None,
        doc_type: str | None,
        parent: str | None,
        previous: SourceState | None,
        stored: Path | None,
        now: datetime,
    ) -> _Done:
        response = self._download(url, previous if stored is not None else None)
        base = previous or SourceState(url=url)
        seen = replace(
            base,
            parent_url=parent,
            etag=response.etag or (base.etag if response.status == 304 else None),
            last_modified=response.last_modified
            or (base.last_modified if response.status == 304 else None),
            checked_at=_iso(now),
            attempted_at=_iso(now),
            http_date=response.http_date,
            status=response.status,
            last_error=None,
        )
        sha = hashlib.sha256(response.body).hexdigest()
        unchanged = response.status == 304 or (
            stored is not None and base.sha256 == sha and base.final_url == response.url
        )
        if unchanged:
            assert stored is not None and previous is not None
            kept = self._refresh_sidecar(stored, previous, municipality, doc_type)
            self.state.save(seen)
            rel = stored.relative_to(self.corpus).as_posix()
            result = FetchResult(url, "unchanged", rel, previous.final_url, parent, response.status)
            html = stored.read_bytes() if stored.suffix == ".html" else None
            return _Done(result, html, previous.final_url or url, kept)

        suffix = document_suffix(response.content_type, response.url, response.body[:2048])
        kind = response.content_type.split(";")[0].strip() or "unknown type"
        if suffix is None:
            raise FetchFailure(
                f"not a web page, PDF or Word file ({kind}) — only those can be fetched",
                response.status,
            )
        if parent is not None and suffix == ".html":
            raise FetchFailure(
                f"the link gave a web page ({kind}), not the PDF or Word file it names — "
                "perhaps a login or error page; check the link on the page",
                response.status,
            )
        rel, named = self._store(url, response, suffix, municipality, doc_type, previous)
        self.state.save(
            replace(seen, final_url=response.url, fetched_at=_iso(now), stored_path=rel, sha256=sha)
        )
        result = FetchResult(url, "fetched", rel, response.url, parent, response.status)
        html = response.body if suffix == ".html" else None
        return _Done(result, html, response.url, named)

    # -- storing --

    def _store(
        self,
        url: str,
        response: _Response,
        suffix: str,
        municipality: str | None,
        doc_type: str | None,
        previous: SourceState | None,
    ) -> tuple[str, str]:
        """Check the download with the ingest's own loader, then put it in place.

        Returns the stored path (relative to the corpus) and the municipality.
        """
        staging = self.corpus / STAGING_FOLDER
        staging.mkdir(parents=True, exist_ok=True)
        tmp = staging / f"{uuid.uuid4().hex}{suffix}"
        try:
            tmp.write_bytes(response.body)
            name = url_filename(response.url, suffix)
            probe = CorpusFile(tmp, f"{WEB_FOLDER}/{name}", len(response.body), 0, "")
            try:
                row, _chunks = parse_file(probe, self.settings)
            except IngestError as exc:
                raise FetchFailure(_unreadable(suffix, exc), response.status) from None
            named = (
                municipality
                or municipalities.from_domain(urlsplit(response.url).hostname or "")
                or row.municipality
            )
            if named is None:
                raise FetchFailure(
                    "could not tell which kommun or region this page belongs to — add "
                    "'municipality:' to its entry in sources.yaml",
                    response.status,
                )
            rel = self._free_path(url, municipalities.slug(named), name, response.url, suffix)
            target = self.corpus / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            title = row.title if suffix == ".html" else None
            _write_sidecar(target, sidecar_text(response.url, named, doc_type, title))
            os.replace(tmp, target)
        except OSError as exc:
            raise FetchFailure(
                f"could not write to the corpus folder ({exc.strerror or exc})", response.status
            ) from None
        finally:
            tmp.unlink(missing_ok=True)
        old = previous.stored_path if previous is not None else None
        if old and old != rel:
            self._remove(old)  # the same source now lives elsewhere (a redirect moved)
        return rel, named

    def _free_path(self, url: str, folder: str, name: str, final_url: str, suffix: str) -> str:
        """Where to store: the readable name, unless another address already has it."""
        rel = f"{folder}/{WEB_FOLDER}/{name}"
        owner = self.state.owner_of(rel)
        if owner is None and (self.corpus / rel).exists():
            # Not in the state (a fresh state file): ours if its sidecar names this address.
            written_for = _read_sidecar_values(self.corpus / rel).get("source_url")
            owner = url if written_for == final_url else "someone else"
        if owner not in (None, url):
            rel = f"{folder}/{WEB_FOLDER}/{url_filename(final_url, suffix, unique=True)}"
        return rel

    def _remove(self, rel: str) -> None:
        path = self.corpus / rel
        for doomed in (path, _sidecar_of(path)):
            with suppress(OSError):
                doomed.unlink(missing_ok=True)

    def _refresh_sidecar(
        self, stored: Path, previous: SourceState, municipality: str | None, doc_type: str | None
    ) -> str | None:
        """Bring an unchanged file's sidecar in line with sources.yaml; its municipality."""
        current = _read_sidecar_values(stored)
        rel = stored.relative_to(self.corpus).as_posix()
        named = (
            municipality
            or municipalities.canonical(str(current.get("municipality") or ""))
            or municipality_from_path(rel)
        )
        title = current.get("title")
        text = sidecar_text(
            previous.final_url or previous.url,
            named,
            doc_type,
            str(title) if title and stored.suffix == ".html" else None,
        )
        try:
            _write_sidecar(stored, text)
        except OSError as exc:
            raise FetchFailure(
                f"could not write to the corpus folder ({exc.strerror or exc})"
            ) from None
        return named

    # -- HTTP --

    def _download(self, url: str, previous: SourceState | None) -> _Response:
        """GET with redirects followed by hand, so robots.txt is checked at every hop."""
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            robots = self._robots_for(current)
            host = urlsplit(current).netloc.casefold()
            headers: dict[str, str] = {}
            if previous is not None and current == (previous.final_url or previous.url):
                headers = conditional_headers(previous.etag, previous.last_modified)
            self.throttle.wait(host, max(self.options.delay_s, robots.crawl_delay))
            try:
                with self.client.stream("GET", current, headers=headers) as answer:
                    status = answer.status_code
                    if status in _REDIRECTS:
                        current = self._redirect_target(current, answer)
                        continue
                    if status == 304 and headers:
                        return _response(answer, current)
                    if status != 200:
                        raise FetchFailure(http_problem(status), status)
                    return _response(answer, current, self._read_body(answer))
            except httpx.HTTPError as exc:
                raise FetchFailure(describe_error(exc, self.options.timeout_s)) from None
            finally:
                self.throttle.done(host)
        raise FetchFailure(
            f"too many redirects (more than {MAX_REDIRECTS}) — list the page's final "
            "address in sources.yaml"
        )

    def _redirect_target(self, current: str, answer: httpx.Response) -> str:
        location = answer.headers.get("location", "").strip()
        target = normalise_url(urljoin(current, location)) if location else None
        if target is None:
            raise FetchFailure(
                f"the page redirects ({answer.status_code}) to an unusable address "
                f"{location!r} — fix the address in sources.yaml",
                answer.status_code,
            )
        return target

    def _read_body(self, answer: httpx.Response) -> bytes:
        limit = self.options.max_bytes
        declared = answer.headers.get("content-length", "")
        mib = 1024 * 1024
        shown = f"{limit:,} bytes" if limit < mib else f"{limit / mib:.1f}".removesuffix(".0")
        shown += "" if limit < mib else " MB"
        too_large = FetchFailure(f"larger than the {shown} limit (max_file_size_mb)", 200)
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        for chunk in answer.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots_for(self, url: str) -> _Robots:
        """The origin's robots.txt rules (read once per run); raises when not allowed."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.casefold()}://{parts.netloc.casefold()}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._read_robots(origin)
            self._robots[origin] = robots
        if robots.parser is None:
            raise FetchFailure(robots.problem)
        if not robots.parser.can_fetch(self.options.user_agent, url):
            raise FetchFailure(
                f"robots.txt of {parts.netloc} does not allow fetching this address — not "
                "fetched; ask the site owner, or remove the entry from sources.yaml"
            )
        return robots

    def _read_robots(self, origin: str) -> _Robots:
        host = urlsplit(origin).netloc
        parser = RobotFileParser(origin + "/robots.txt")
        self.throttle.wait(host, self.options.delay_s)
        try:
            with self.client.stream("GET", origin + "/robots.txt", follow_redirects=True) as r:
                status = r.status_code
                body = b""
                if status == 200:
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > MAX_ROBOTS_BYTES:
                            break
        except httpx.HTTPError as exc:
            return _Robots(None, describe_error(exc, self.options.timeout_s))
        finally:
            self.throttle.done(host)
        if status == 200:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        elif status in (401, 403):  # the same reading as urllib's RobotFileParser.read
            parser.parse(["User-agent: *", "Disallow: /"])
        elif 400 <= status < 500:  # no robots.txt: everything is allowed
            parser.parse([])
        else:
            return _Robots(
                None,
                f"robots.txt could not be read (server error {status}) — not fetched, to be "
                "safe; try again later",
            )
        delay = parser.crawl_delay(self.options.user_agent)
        crawl_delay = min(float(delay), MAX_CRAWL_DELAY_S) if delay else 0.0
        return _Robots(parser, crawl_delay=crawl_delay)


def _response(answer: httpx.Response, url: str, body: bytes = b"") -> _Response:
    return _Response(
        status=answer.status_code,
        url=url,
        body=body,
        content_type=answer.headers.get("content-type", ""),
        etag=answer.headers.get("etag"),
        last_modified=answer.headers.get("last-modified"),
        http_date=answer.headers.get("date"),
    )


def _unreadable(suffix: str, exc: IngestError) -> str:
    kind = _KIND.get(suffix, "file")
    if suffix == ".html" and isinstance(exc, EmptyFileError):
        return (
            "the page has no main text (only menus and links, or it needs JavaScript) — "
            "list the page that holds the text itself"
        )
    if isinstance(exc, EmptyFileError | NoTextLayerError):
        return f"the {kind} has no readable text ({exc.reason})"
    return f"the downloaded {kind} could not be read ({exc.reason})"


# --- the whole job ---------------------------------------------------------------------------


def make_client(options: FetchOptions) -> httpx.Client:
    return httpx.Client(
        headers={
            "User-Agent": options.user_agent,
            "Accept": _ACCEPT,
            "Accept-Language": "sv,en;q=0.5",
        },
        timeout=httpx.Timeout(options.timeout_s),
        follow_redirects=False,
    )


def fetch_sources(
    settings: Settings,
    sources: Iterable[SourceSpec],
    options: FetchOptions | None = None,
    clock: Callable[[], datetime] = _utcnow,
) -> FetchReport:
    """Fetch ``sources`` into the corpus (no ingest). Raises FetchBusyError."""
    options = options or fetch_options(settings)
    with fetch_lock(options.state_path):
        state = FetchState(options.state_path)
        try:
            started = clock()
            with make_client(options) as client:
                report = Fetcher(settings, options, state, client, clock).run(list(sources))
            state.record_run(started, clock(), report)
        finally:
            state.close()
    return report


def fetch_and_ingest(
    settings: Settings,
    options: FetchOptions | None = None,
    clock: Callable[[], datetime] = _utcnow,
    indexer: Indexer | None = None,
) -> FetchReport:
    """`iop fetch`: read sources.yaml, fetch, then the incremental ingest.

    Raises SourcesError for a bad sources file and FetchBusyError when another fetch
    runs; a busy ingest is reported in ``ingest_error``.
    """
    options = options or fetch_options(settings)
    sources = load_sources(options.sources_path)
    report = fetch_sources(settings, sources, options, clock)
    try:
        report.ingest = (indexer or Indexer(settings)).run()
    except IngestBusyError as exc:
        report.ingest_error = f"{exc}; the fetched files are indexed by the next ingest"
    return report
