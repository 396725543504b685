"""Login for the staff and reviewer pages: which way in, and password sessions.

Two ways in, closed by default:

* **OIDC** (e.g. Microsoft Entra ID) when ``.streamlit/secrets.toml`` has an ``[auth]``
  section (:mod:`assistant.staff.oidc`).
* **A staff password** otherwise, set with ``iop set-password``
  (:mod:`assistant.staff.passwords`); each attempt is throttled on disk per client
  address and for the account (:func:`try_password`, :mod:`assistant.staff.login_throttle`),
  and a session logged in with it holds while the password is unchanged, for at most
  ``SESSION_MAX_SECONDS``.

With neither configured, :func:`login_mode` says ``"none"`` and the pages stay shut.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from assistant.core.settings import Settings
from assistant.staff import passwords
from assistant.staff.login_throttle import THROTTLE_FILE, LoginAttempt, PasswordAttempts

LoginMode = Literal["oidc", "password", "none"]


def login_mode(auth_section: Mapping[str, Any] | None, password_set: bool) -> LoginMode:
    """Which login the pages use: OIDC when ``[auth]`` is configured, else the
    staff password when one is set, else none (and the pages stay shut)."""
    if auth_section:
        return "oidc"
    if password_set:
        return "password"
    return "none"


@dataclass(frozen=True)
class SessionLogin:
    """A browser session that gave the right password."""

    who: str
    since: float  # Unix seconds
    fingerprint: str  # hash_fingerprint of the password hash it was checked against


SESSION_MAX_SECONDS = 8 * 60 * 60


def session_valid(
    login: object,
    stored_hash: str | None,
    now: float,
    max_age: float = SESSION_MAX_SECONDS,
) -> bool:
    """A session login holds while the password is unchanged and for ``max_age`` seconds."""
    if not isinstance(login, SessionLogin) or stored_hash is None:
        return False
    if not hmac.compare_digest(login.fingerprint, passwords.hash_fingerprint(stored_hash)):
        return False
    return 0 <= now - login.since <= max_age


def try_password(settings: Settings, client_key: str, password: str, stored: str) -> LoginAttempt:
    """One attempt at the staff password from ``client_key``, reserved in the throttle
    before the password is checked; a refused or wrong one says how long to wait."""
    attempts = PasswordAttempts(settings.data_dir / THROTTLE_FILE, client_key)
    return attempts.attempt(lambda: passwords.verify_password(password, stored))
