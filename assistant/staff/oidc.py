"""OIDC login (e.g. Microsoft Entra ID) through Streamlit's ``st.login``.

Streamlit does the work when ``.streamlit/secrets.toml`` has an ``[auth]`` section; this
module only reads that section (which providers, who may enter, from the optional
``[iop_access]`` section) and names the user for the audit log.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from typing import Any

_SHARED_AUTH_KEYS = {"redirect_uri", "cookie_secret", "expose_tokens", "client_kwargs"}


def providers(auth_section: Mapping[str, Any]) -> list[str | None]:
    """The providers to offer: named ``[auth.<name>]`` sections, or None for the
    single provider configured directly in ``[auth]``."""
    named: list[str | None] = [
        str(key)
        for key, value in sorted(auth_section.items())
        if isinstance(value, Mapping) and key not in _SHARED_AUTH_KEYS
    ]
    return named or [None]


def authlib_available() -> bool:
    """``st.login`` needs Authlib (``pip install "streamlit[auth]"``)."""
    return importlib.util.find_spec("authlib") is not None


def identity(user: Mapping[str, Any]) -> str | None:
    """The name the audit log shows for an OIDC user: e-mail, else user name, else name."""
    for claim in ("email", "preferred_username", "upn", "name"):
        value = user.get(claim)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def allowed(user: Mapping[str, Any], access: Mapping[str, Any] | None) -> bool:
    """May this logged-in user use the staff pages?

    ``access`` is the optional ``[iop_access]`` secrets section with ``allowed_emails``
    and/or ``allowed_domains``. Without it every user the identity provider lets in is
    allowed (with Entra ID: the organisation's own accounts, for a single-tenant app).
    """
    if not user.get("is_logged_in"):
        return False
    emails = {e.strip().casefold() for e in _as_list((access or {}).get("allowed_emails"))}
    domains = {
        d.strip().casefold().lstrip("@") for d in _as_list((access or {}).get("allowed_domains"))
    }
    emails.discard("")
    domains.discard("")
    if not emails and not domains:
        return True
    ids = {
        str(user.get(claim) or "").strip().casefold()
        for claim in ("email", "preferred_username", "upn")
    }
    ids.discard("")
    if ids & emails:
        return True
    return any(i.rpartition("@")[2] in domains for i in ids if "@" in i)
