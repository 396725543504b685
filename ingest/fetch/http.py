"""The one way out to the web during a fetch: ``WebClient``.

Every request of a run — robots.txt, pages, attachments, and each redirect hop of any of
them — leaves through ``WebClient._exchange``, and every redirect is followed by hand in
``WebClient._follow``. So a rule that must see every address before it is requested (which
hosts may be reached, how long one download may take) has one place to go.

``_exchange`` sends each request to an address checked by ``addresses.checked_target``:
internal addresses are refused unless their host is listed in IOP_FETCH_ALLOW_HOSTS.

Politeness lives here too: a User-Agent that names the assistant, robots.txt checked at
every hop, a pause between two requests to one host, and conditional requests so that an
unchanged page costs a 304.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from ingest.fetch.addresses import RefusedAddress, checked_target
from ingest.fetch.options import FetchOptions
from ingest.fetch.problems import FetchFailure, describe_error, http_problem
from ingest.fetch.robots import MAX_ROBOTS_BYTES, Robots, robots_rules, unreadable_robots
from ingest.fetch.state import SourceState
from ingest.fetch.urls import normalise_url

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_MIME_SUFFIX = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    _DOCX_MIME: ".docx",
}
_ACCEPT = f"text/html,application/xhtml+xml,application/pdf,{_DOCX_MIME};q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class Download:
    """A successful answer: 200 with its body, or 304 (the stored version is current)."""

    status: int  # 200 or 304
    url: str  # the final address, after redirects
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    http_date: str | None = None


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a stored version, so unchanged costs a 304."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


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


class WebClient:
    """GETs documents for one run: polite, redirects by hand, failures in plain words."""

    def __init__(self, options: FetchOptions, throttle: HostThrottle | None = None) -> None:
        self.options = options
        self.throttle = throttle or HostThrottle()
        self._client = httpx.Client(
            headers={
                "User-Agent": options.user_agent,
                "Accept": _ACCEPT,
                "Accept-Language": "sv,en;q=0.5",
            },
            timeout=httpx.Timeout(options.timeout_s),
            follow_redirects=False,  # _follow does it, so every hop passes _exchange
            # An explicit transport: no proxy from the environment, which would resolve
            # names itself, out of the address check's sight (SSL_CERT_FILE still counts).
            transport=httpx.HTTPTransport(),
        )
        self._robots: dict[str, Robots] = {}  # by origin, read once per run

    def __enter__(self) -> WebClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._client.close()

    def get(self, url: str, stored: SourceState | None) -> Download:
        """The document at ``url``; conditional on ``stored``, the version in the corpus.

        Raises FetchFailure with a plain reason: an HTTP error, a network error, robots.txt
        refusing an address on the way, too many redirects, too large a body, or a body
        still arriving at the deadline.
        """
        validated = (stored.final_url or stored.url) if stored is not None else None

        def headers_for(address: str) -> dict[str, str]:
            if stored is None or address != validated:
                return {}
            return conditional_headers(stored.etag, stored.last_modified)

        def before(address: str) -> float:
            return max(self.options.delay_s, self._robots_for(address).crawl_delay)

        try:
            with self._follow(url, headers_for, before) as (final, answer, deadline):
                status = answer.status_code
                if status == 304 and headers_for(final):
                    return _download(answer, final)
                if status != 200:
                    raise FetchFailure(http_problem(status), status)
                return _download(answer, final, self._read_body(answer, deadline))
        except httpx.HTTPError as exc:
            raise FetchFailure(describe_error(exc, self.options.timeout_s)) from None

    # -- every request passes here --

    @contextmanager
    def _follow(
        self,
        url: str,
        headers_for: Callable[[str], dict[str, str]],
        before: Callable[[str], float],
    ) -> Iterator[tuple[str, httpx.Response, float]]:
        """GET ``url``, following redirects by hand; yields the final address, the answer
        and the deadline (``time.monotonic``) by which its body must have arrived.

        ``before`` vets each hop's address (raising FetchFailure to stop) and returns the
        pause that host needs; ``headers_for`` gives each hop's extra headers.
        """
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            delay = before(current)
            with self._exchange(current, headers_for(current), delay) as (answer, deadline):
                if answer.status_code in _REDIRECTS:
                    current = _redirect_target(current, answer)
                    continue
                yield current, answer, deadline
                return
        raise FetchFailure(
            f"too many redirects (more than {MAX_REDIRECTS}) — list the page's final "
            "address in sources.yaml"
        )

    @contextmanager
    def _exchange(
        self, url: str, headers: dict[str, str], delay: float
    ) -> Iterator[tuple[httpx.Response, float]]:
        """One GET to a checked address, its answer streamed with the deadline for its
        body; the pause before it, the clock for the next."""
        host = urlsplit(url).netloc.casefold()
        target = checked_target(url, self.options.allow_hosts)
        self.throttle.wait(host, delay)
        deadline = time.monotonic() + self.options.deadline_s
        try:
            with self._client.stream(
                "GET",
                target.url,
                headers={**headers, **target.headers},
                extensions=target.extensions,
            ) as answer:
                yield answer, deadline
        finally:
            self.throttle.done(host)

    # -- bodies and robots.txt --

    def _chunks(self, answer: httpx.Response, deadline: float) -> Iterator[bytes]:
        """The body as it arrives; FetchFailure once it is still arriving at ``deadline``.

        The read timeout alone does not end a download that trickles a byte at a time.
        """
        for chunk in answer.iter_bytes():
            if time.monotonic() > deadline:
                raise FetchFailure(
                    f"the download took longer than {self.options.deadline_s:g} s "
                    "(fetch_deadline_s) — the site sends too slowly; try again later",
                    answer.status_code,
                )
            yield chunk

    def _read_body(self, answer: httpx.Response, deadline: float) -> bytes:
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
        for chunk in self._chunks(answer, deadline):
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots_for(self, url: str) -> Robots:
        """The origin's robots.txt rules (read once per run); raises when not allowed."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.casefold()}://{parts.netloc.casefold()}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._read_robots(origin)
            self._robots[origin] = robots
        if robots.parser is None:
            raise FetchFailure(robots.problem)
        if not robots.allows(self.options.user_agent, url):
            raise FetchFailure(
                f"robots.txt of {parts.netloc} does not allow fetching this address — not "
                "fetched; ask the site owner, or remove the entry from sources.yaml"
            )
        return robots

    def _read_robots(self, origin: str) -> Robots:
        try:
            with self._follow(
                origin + "/robots.txt", lambda _address: {}, lambda _address: self.options.delay_s
            ) as (_final, answer, deadline):
                body = b""
                if answer.status_code == 200:
                    for chunk in self._chunks(answer, deadline):
                        body += chunk
                        if len(body) > MAX_ROBOTS_BYTES:
                            break
                return robots_rules(answer.status_code, body, self.options.user_agent)
        except httpx.HTTPError as exc:
            return Robots(None, describe_error(exc, self.options.timeout_s))
        except RefusedAddress as refused:
            return Robots(None, refused.message)
        except FetchFailure as failure:
            return unreadable_robots(failure.message.split(" — ")[0])


def _redirect_target(current: str, answer: httpx.Response) -> str:
    location = answer.headers.get("location", "").strip()
    target = normalise_url(urljoin(current, location)) if location else None
    if target is None:
        raise FetchFailure(
            f"the page redirects ({answer.status_code}) to an unusable address "
            f"{location!r} — fix the address in sources.yaml",
            answer.status_code,
        )
    return target


def _download(answer: httpx.Response, url: str, body: bytes = b"") -> Download:
    return Download(
        status=answer.status_code,
        url=url,
        body=body,
        content_type=answer.headers.get("content-type", ""),
        etag=answer.headers.get("etag"),
        last_modified=answer.headers.get("last-modified"),
        http_date=answer.headers.get("date"),
    )
