"""What went wrong with one address, in words a person can act on (docs/fetch.md, §4)."""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Iterator, Sequence
from datetime import datetime

import httpx

from ingest.errors import EmptyFileError, IngestError, NoTextLayerError
from ingest.fetch.state import SourceState, parse_time

_KIND = {".html": "page", ".pdf": "PDF", ".docx": "Word file"}


class FetchFailure(Exception):
    """One address could not be fetched or stored; ``message`` is for people."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


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
    fetched = parse_time(previous.fetched_at)
    note = f"keeping the version fetched {fetched.date().isoformat()} ({_age(fetched, now)})"
    checked = parse_time(previous.checked_at) if previous.checked_at else None
    if checked is not None and checked.date() != fetched.date():
        note += f", last seen unchanged {checked.date().isoformat()}"
    return note


def _age(then: datetime, now: datetime) -> str:
    days = (now.date() - then.date()).days
    if days <= 0:
        return "today"
    return "yesterday" if days == 1 else f"{days} days ago"


def unreadable(suffix: str, exc: IngestError) -> str:
    """Why a download the ingest's own loader refused cannot go into the corpus."""
    kind = _KIND.get(suffix, "file")
    if suffix == ".html" and isinstance(exc, EmptyFileError):
        return (
            "the page has no main text (only menus and links, or it needs JavaScript) — "
            "list the page that holds the text itself"
        )
    if isinstance(exc, EmptyFileError | NoTextLayerError):
        return f"the {kind} has no readable text ({exc.reason})"
    return f"the downloaded {kind} could not be read ({exc.reason})"
