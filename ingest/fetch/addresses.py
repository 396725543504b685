"""Which addresses a fetch may connect to: public ones, or hosts listed as allowed.

A source, or a redirect on the way, could otherwise point the fetch at the server's own
services or the network behind it (127.0.0.1, 10.x, a cloud's metadata service at
169.254.169.254) and have their answers stored, indexed and quoted. So every host name is
resolved here, each address it resolves to is checked, and the request then goes to the
address that was checked (``Target``), so that a second DNS answer cannot swap it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from ingest.fetch.problems import FetchFailure, describe_error

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # well-known prefix: the IPv4 address inside


class RefusedAddress(FetchFailure):
    """The host is, or resolves to, an address a fetch must not reach."""


@dataclass(frozen=True)
class Target:
    """What to request for one address: the checked IP in the URL, the name in headers."""

    url: str
    headers: dict[str, str] = field(default_factory=dict)  # Host, when the URL has the IP
    extensions: dict[str, str] = field(default_factory=dict)  # sni_hostname, for https


def is_internal(ip: IPAddress) -> bool:
    """True for loopback, private, link-local, shared, multicast, reserved and the like.

    ``is_global`` is false for all of those (169.254.169.254 and fd00:ec2::254, the cloud
    metadata services, among them) except multicast; IPv6 forms that carry an IPv4 address
    (mapped, 6to4, NAT64) are judged by the address they carry.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None and is_internal(inner):
            return True
    return ip.is_multicast or not ip.is_global


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the order the system prefers."""
    answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in answers]


def checked_target(
    url: str, allowed: frozenset[str], resolve: Resolver = system_resolver
) -> Target:
    """The request for ``url`` pinned to a checked address; raises FetchFailure.

    Hosts in ``allowed`` (IOP_FETCH_ALLOW_HOSTS) are requested as they are. A name that
    resolves to any internal address is refused as a whole: a public site has no reason to
    publish one, and picking the public one would leave the choice to whoever controls
    its DNS.
    """
    parsed = httpx.URL(url)
    host = parsed.raw_host.decode("ascii").casefold()
    if host in allowed or host.rstrip(".") in allowed:
        return Target(url)
    literal = _ip_or_none(host)
    if literal is not None:
        _refuse_internal([literal], host)
        return Target(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        found = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host, port)]
    except (OSError, UnicodeError) as exc:
        raise FetchFailure(describe_error(exc, 0)) from None
    if not found:
        raise FetchFailure(describe_error(socket.gaierror("no address"), 0))
    _refuse_internal(found, host)
    pinned = str(parsed.copy_with(host=str(found[0])))
    extensions = {"sni_hostname": host} if parsed.scheme == "https" else {}
    return Target(pinned, {"Host": parsed.netloc.decode("ascii")}, extensions)


def _refuse_internal(addresses: Sequence[IPAddress], host: str) -> None:
    for ip in addresses:
        if is_internal(ip):
            raise RefusedAddress(
                f"refused: the address is internal ({ip}) — {host} is not fetched; if it "
                "is an intranet site you trust, list it in IOP_FETCH_ALLOW_HOSTS"
            )


def _ip_or_none(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
