"""Links the chat may draw: only from validated contact cards and web addresses.

Document text never becomes a link. A web address must be ``https`` with a host and
no spaces, quotes or brackets (that would let it break out of Markdown or HTML); an
e-mail address must look like one; a phone number must be a possible Swedish or
international number (``phonenumbers``).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import phonenumbers

MAX_URL = 2000
# Characters that end a URL in Markdown or HTML, or hide one inside another.
_UNSAFE_URL_CHARS = re.compile(r"[\s\"'<>()\[\]{}\\`^|]|[\x00-\x1f\x7f]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}")


def safe_https_url(url: str | None) -> str | None:
    """``url`` when it is a plain https address, else None."""
    if not url or len(url) > MAX_URL or _UNSAFE_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError:
        return None
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        return None
    if port is not None and not 0 < port < 65536:
        return None
    return url


def mailto_href(email: str | None) -> str | None:
    """ "mailto:name@kommun.se" for a valid address, else None."""
    if not email or not _EMAIL.fullmatch(email.strip()):
        return None
    return "mailto:" + email.strip()


def tel_href(phone: str | None, e164: str | None = None) -> str | None:
    """ "0706-63 47 23" -> "tel:+46706634723"; None when it is not a phone number.
    ``e164`` (a contact card's own normalised number) is used when it is valid."""
    for candidate in (e164, phone):
        if not candidate:
            continue
        try:
            number = phonenumbers.parse(candidate, "SE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def share_mailto(subject: str, body: str, max_length: int = 1800) -> str:
    """A mailto: link with no recipient, so the person chooses whom to send it to.
    Mail programs cut long links, so the body is shortened to fit ``max_length``."""
    head = "mailto:?subject=" + quote(subject, safe="") + "&body="
    encoded = quote(body, safe="")
    if len(head) + len(encoded) <= max_length:
        return head + encoded
    ellipsis = quote("\n…", safe="")
    room = max_length - len(head) - len(ellipsis)
    text = body
    while text and len(quote(text, safe="")) > room:
        text = text[: max(0, len(text) - max(1, (len(quote(text, safe="")) - room) // 3))]
    return head + quote(text.rstrip(), safe="") + ellipsis
