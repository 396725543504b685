"""Attacks on `iop fetch` (docs/reliability.md): sources and redirects that point at internal
addresses, and servers that answer too slowly to ever finish. Served on 127.0.0.1 only."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import make_settings

from assistant.core.settings import Settings
from ingest.fetch import addresses
from ingest.fetch.addresses import checked_target, is_internal
from ingest.fetch.http import WebClient
from ingest.fetch.options import FetchOptions, fetch_options
from ingest.fetch.problems import FetchFailure
from ingest.fetch.run import fetch_sources
from ingest.fetch.sources import SourceSpec

PAGE = (
    b"<!DOCTYPE html><html lang='sv'><head><title>Intern</title></head><body><main>"
    b"<h1>Hemlig intern sida</h1><p>Lunds kommun: intern konfiguration, inte publik.</p>"
    b"</main></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("Host", "")))
        port = self.server.server_address[1]
        try:
            if self.path == "/till-intern":
                self.send_response(302)
                self.send_header("Location", f"http://127.0.0.1:{port}/iop")
                self.end_headers()
            elif self.path == "/iop":
                self._send(PAGE)
            elif self.path == "/sipprar" or (
                self.path == "/robots.txt" and self.server.trickle_robots
            ):  # one byte at a time, never stalling long enough for the read timeout
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "400")
                self.end_headers()
                for _ in range(400):  # bounded: 400 x trickle_s
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(self.server.trickle_s)
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, str]]
    trickle_s: float = 0.05
    trickle_robots: bool = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def base(httpd: _Server, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{httpd.server_address[1]}"


def options_for(settings: Settings, **changes: Any) -> FetchOptions:
    return replace(fetch_options(settings), **{"delay_s": 0.0, "timeout_s": 2.0, **changes})


def make(tmp_path: Path, **overrides: object) -> Settings:
    (tmp_path / "corpus").mkdir(exist_ok=True)
    return make_settings(tmp_path, **overrides)


# --- SSRF: internal addresses are refused ------------------------------------------------


def test_a_source_on_an_internal_address_is_refused_before_any_request(
    server: _Server, tmp_path: Path
) -> None:
    settings = make(tmp_path)  # no IOP_FETCH_ALLOW_HOSTS
    url = base(server) + "/iop"

    report = fetch_sources(settings, [SourceSpec(url, "Lund")], options_for(settings))

    (result,) = report.results
    assert result.outcome == "failed"
    assert result.error is not None
    assert result.error.startswith("refused: the address is internal (127.0.0.1)")
    assert server.seen == []  # not even robots.txt was asked for
    assert not any(settings.corpus_dir.rglob("*.html"))


def test_a_redirect_to_an_internal_address_is_refused(server: _Server, tmp_path: Path) -> None:
    """The attack as found: an allowed (here: listed) host redirects to 127.0.0.1."""
    settings = make(tmp_path, fetch_allow_hosts="localhost")
    url = base(server, "localhost") + "/till-intern"

    report = fetch_sources(settings, [SourceSpec(url, "Lund")], options_for(settings))

    (result,) = report.results
    assert result.outcome == "failed"
    assert result.error is not None and result.error.startswith(
        "refused: the address is internal (127.0.0.1)"
    )
    assert "/iop" not in [path for path, _host in server.seen]
    assert not any(settings.corpus_dir.rglob("*.html"))


def test_listed_hosts_are_fetched(server: _Server, tmp_path: Path) -> None:
    settings = make(tmp_path, fetch_allow_hosts="LocalHost, 127.0.0.1")
    assert settings.fetch_allow_hosts == {"localhost", "127.0.0.1"}
    url = base(server, "localhost") + "/till-intern"

    report = fetch_sources(settings, [SourceSpec(url, "Lund")], options_for(settings))

    assert [r.outcome for r in report.results] == ["fetched"]


def test_the_allow_list_is_read_comma_separated_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IOP_FETCH_ALLOW_HOSTS", "intranet.lund.se, Wiki.Lund.se.,")
    assert Settings(_env_file=None).fetch_allow_hosts == {  # type: ignore[call-arg]
        "intranet.lund.se",
        "wiki.lund.se",
    }


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.8.8",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # AWS, GCP, Azure metadata
        "fd00:ec2::254",  # AWS metadata over IPv6
        "100.100.100.200",  # Alibaba metadata (shared address space)
        "fe80::1",
        "224.0.0.1",
        "ff02::1",
        "0.0.0.0",
        "::",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.2.10",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:169.254.169.254",
        "2002:7f00:1::1",  # 6to4 around 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 around 169.254.169.254
    ],
)
def test_internal_addresses(address: str) -> None:
    assert is_internal(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "193.183.104.10", "2001:4860:4860::8888"])
def test_public_addresses(address: str) -> None:
    assert not is_internal(ipaddress.ip_address(address))


def test_a_name_that_resolves_to_any_internal_address_is_refused() -> None:
    def resolve(host: str, port: int) -> list[str]:
        return ["193.183.104.10", "169.254.169.254"]

    with pytest.raises(FetchFailure, match=r"^refused: the address is internal \(169\.254"):
        checked_target("https://www.lund.se/iop", frozenset(), resolve)


def test_the_request_is_pinned_to_the_checked_address() -> None:
    def resolve(host: str, port: int) -> list[str]:
        assert (host, port) == ("www.lund.se", 443)
        return ["2001:4860:4860::8888", "8.8.8.8"]

    target = checked_target("https://WWW.Lund.se/iop?x=1", frozenset(), resolve)

    assert target.url == "https://[2001:4860:4860::8888]/iop?x=1"
    assert target.headers == {"Host": "www.lund.se"}
    assert target.extensions == {"sni_hostname": "www.lund.se"}  # TLS checks the name


def test_an_unknown_host_name_is_a_plain_dns_failure() -> None:
    def resolve(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(FetchFailure, match=r"^the host name could not be found \(DNS\)"):
        checked_target("https://finns-inte.lund.se/", frozenset(), resolve)


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the first answer passes the check, a later one would not. Only one
    lookup may happen, and the server must be reached at the checked address."""
    settings = make(tmp_path)
    real_getaddrinfo = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "iop.rebind.test":
            return real_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(host)
        answer = "127.0.0.1" if len(lookups) == 1 else "127.0.0.2"  # nobody listens there
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answer, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    # The test server stands in for a public site: its address counts as public here.
    checked: list[str] = []

    def public_test_server(ip: Any) -> bool:
        checked.append(str(ip))
        return str(ip) != "127.0.0.1"

    monkeypatch.setattr(addresses, "is_internal", public_test_server)
    url = base(server, "iop.rebind.test") + "/iop"

    with WebClient(options_for(settings)) as web, web._exchange(url, {}, 0.0) as (answer, _):
        status = answer.status_code

    assert status == 200
    assert checked == ["127.0.0.1"]
    assert lookups == ["iop.rebind.test"]
    assert server.seen == [("/iop", f"iop.rebind.test:{server.server_address[1]}")]


# --- a server that trickles its answer ---------------------------------------------------


def test_a_trickling_download_ends_at_the_deadline(server: _Server, tmp_path: Path) -> None:
    """One byte every 0.05 s never trips the 2 s read timeout; the deadline ends it.
    (The attack as found: a byte every 4 s held a 6 s-timeout run for 240 s.)"""
    settings = make(tmp_path, fetch_allow_hosts="127.0.0.1")
    options = options_for(settings, deadline_s=0.5)
    started = time.monotonic()

    with WebClient(options) as web, pytest.raises(FetchFailure) as failure:
        web.get(base(server) + "/sipprar", None)

    held = time.monotonic() - started
    assert failure.value.message.startswith("the download took longer than 0.5 s")
    assert held < 2.0  # 400 bytes x 0.05 s would take 20 s


def test_a_trickling_robots_txt_ends_at_the_deadline_too(server: _Server, tmp_path: Path) -> None:
    server.trickle_robots = True
    settings = make(tmp_path, fetch_allow_hosts="127.0.0.1")
    options = options_for(settings, deadline_s=0.5)
    started = time.monotonic()

    with WebClient(options) as web, pytest.raises(FetchFailure) as failure:
        web.get(base(server) + "/iop", None)

    assert failure.value.message.startswith("robots.txt could not be read (the download took")
    assert time.monotonic() - started < 2.0
    assert [path for path, _host in server.seen] == ["/robots.txt"]


def test_the_deadline_is_a_setting_with_a_default() -> None:
    assert Settings(_env_file=None).fetch_deadline_s == 60.0  # type: ignore[call-arg]
