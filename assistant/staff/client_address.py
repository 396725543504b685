"""Whose login attempt this is: the client's address, which keys its throttle.

Behind a reverse proxy every connection comes from the proxy, so the client's address is
in ``X-Forwarded-For``; but anyone can send that header, so it is read only when the
connection comes from a trusted proxy (``IOP_TRUSTED_PROXIES``, none by default).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network

# Streamlit reports a peer on the same machine as None (st.context.ip_address).
LOOPBACK = "127.0.0.1"
UNKNOWN_CLIENT = "ip:unknown"


def _parse(text: str) -> IPAddress | None:
    try:
        address = ip_address(text.strip())
    except ValueError:
        return None
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress, proxies: Sequence[IPNetwork]) -> bool:
    return any(address in network for network in proxies)


def client_address(
    peer: str | None, forwarded_for: Iterable[str], proxies: Sequence[IPNetwork]
) -> str | None:
    """The address the request came from, or None when it is not known.

    ``peer`` is the connection's address (None: this machine, or not known; an
    IPv4 address seen on a dual-stack socket, ``::ffff:127.0.0.1``, counts as IPv4) and
    ``forwarded_for`` the ``X-Forwarded-For`` values in the order received. Each proxy
    appends the address it was connected from, so the header is read from the right,
    past trusted proxies, to the first address that is not one; what lies left of it was
    written by the client. An entry that is not an address stops the walk at the proxy
    that passed it on.
    """
    hops = [hop for value in forwarded_for for hop in value.split(",")]
    current = _parse(peer or LOOPBACK)
    address = str(current) if peer and current is not None else peer
    while current is not None and _trusted(current, proxies) and hops:
        current = _parse(hops.pop())
        if current is not None:
            address = str(current)
    return address


def client_key(peer: str | None, forwarded_for: Iterable[str], proxies: Sequence[IPNetwork]) -> str:
    """The throttle key of the client: ``ip:<address>``, or ``ip:unknown``."""
    address = client_address(peer, forwarded_for, proxies)
    return f"ip:{address}" if address else UNKNOWN_CLIENT
