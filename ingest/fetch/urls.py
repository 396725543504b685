"""Web addresses: the usable form of an address, and which site it belongs to."""

from __future__ import annotations

from functools import cache
from urllib.parse import urldefrag, urlsplit

import tldextract


def normalise_url(url: str) -> str | None:
    """The address without its #fragment, or None when it is not an http(s) URL."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
        return None
    return url


@cache
def public_suffixes() -> tldextract.TLDExtract:
    # The public-suffix list snapshot bundled with tldextract: no download (empty URL
    # list), no cache folder. Private suffixes (github.io and the like) count, because a
    # site under one belongs to whoever registered the name under it.
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def registrable_domain(host: str) -> str:
    """The domain a site is registered under: ``www.lund.se`` -> ``lund.se``.

    An IP address, ``localhost`` or a name under no known suffix is its own domain.
    """
    host = host.strip().rstrip(".").casefold()
    return public_suffixes()(host).top_domain_under_public_suffix or host


def same_site(url: str, other: str) -> bool:
    """Whether two addresses are on the same registrable domain."""
    a, b = urlsplit(url).hostname or "", urlsplit(other).hostname or ""
    return bool(a) and registrable_domain(a) == registrable_domain(b)
