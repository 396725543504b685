"""What the chat and the staff pages share: cached resources, the login gate, helpers.

Imported by ``app.py`` and by the page scripts beside this file (Streamlit puts the
app's folder on ``sys.path``), so that every page uses the same embedder, assistant
and feedback store, loaded once per process. The login logic itself is in
``assistant/auth.py``; this module only draws it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import streamlit as st
from langchain_core.embeddings import Embeddings

from assistant.api import Assistant
from assistant.core.settings import Settings, get_settings
from assistant.core.ui_texts import ui
from assistant.index.embeddings import make_embeddings
from assistant.staff import auth
from assistant.staff.audit import AUDIT_FILE, Action, AuditLog
from assistant.staff.feedback import FeedbackStore
from assistant.staff.stored_data import feedback_path

log = logging.getLogger("iop.app")

# A wrong password also holds the answer back this long at most (the stored wait,
# which can be longer, refuses further attempts until it has passed).
MAX_FAILURE_SLEEP = 2.0
LOGIN_KEY = "staff_login"
# Failures are counted per client address and, because an address can be spoofed or
# shared behind a proxy, also for all clients together with a higher lockout limit.
ALL_CLIENTS_KEY = "all"
ALL_CLIENTS_LOCKOUT_AFTER = 20


# -- resources shared by all sessions ---------------------------------------------------
@st.cache_resource(show_spinner=False)
def get_embeddings() -> Embeddings:
    settings = get_settings()
    return make_embeddings(settings.embedding_model, settings.embedding_batch_size)


@st.cache_resource(show_spinner=False)
def get_assistant() -> Assistant:
    assistant = Assistant(get_settings(), get_embeddings())
    assistant.warm_up()
    return assistant


@st.cache_resource(show_spinner=False)
def get_feedback_store() -> FeedbackStore:
    settings = get_settings()
    return FeedbackStore(feedback_path(settings), settings.feedback_retention_days)


def local_tz() -> ZoneInfo:
    """The municipality's time zone (IOP_TIMEZONE): dates on the pages are its days."""
    return ZoneInfo(get_settings().timezone)


def audit_log() -> AuditLog:
    return AuditLog(get_settings().data_dir / AUDIT_FILE)


def record(who: str, action: Action, target: str = "", detail: str = "") -> None:
    """Write to the audit log; a failure is shown, never swallowed silently."""
    try:
        audit_log().record(who, action, target, detail)
    except Exception:
        log.exception("could not write the audit log")
        st.error(ui("staff.audit_error"))


# -- small drawing helpers --------------------------------------------------------------
def escape_markdown(text: str) -> str:
    """Show text literally (no accidental emphasis, links, images or LaTeX)."""
    for char in "\\`*_{}[]<>#+|$~!":
        text = text.replace(char, "\\" + char)
    return text


def local_time(moment: str | float | None) -> str:
    """An ISO UTC timestamp or Unix seconds as Swedish local time, "2025-03-04 14:05"."""
    if moment is None or moment == "":
        return ""
    try:
        if isinstance(moment, int | float):
            value = datetime.fromtimestamp(float(moment), UTC)
        else:
            value = datetime.fromisoformat(str(moment))
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        return str(moment)
    return value.astimezone(local_tz()).strftime("%Y-%m-%d %H:%M")


def page_header(title_key: str, intro_key: str | None = None) -> None:
    st.title(ui(title_key))
    if intro_key:
        st.markdown(ui(intro_key))


# -- login ------------------------------------------------------------------------------
class _BrokenSecrets(Exception):
    pass


def _secrets_section(name: str) -> Mapping[str, Any] | None:
    """A section of ``.streamlit/secrets.toml``; None when absent. Raises _BrokenSecrets
    when the file exists but cannot be read (the pages then stay shut)."""
    try:
        if not st.secrets.load_if_toml_exists():
            return None
        section = st.secrets.get(name)
    except Exception as exc:  # a malformed secrets.toml: do not fall back to anything
        raise _BrokenSecrets(str(exc)) from exc
    if section is None:
        return None
    if not isinstance(section, Mapping):
        raise _BrokenSecrets(f"[{name}] is not a section")
    return section


def _client_key() -> str:
    """Whose failures count together: the client address ("ip:unknown" when not known)."""
    try:
        address = st.context.ip_address
    except Exception:
        address = None
    return f"ip:{address}" if isinstance(address, str) and address else "ip:unknown"


def _throttles(settings: Settings) -> list[tuple[auth.LoginThrottle, str]]:
    """(throttle, key) pairs that must all allow an attempt: this client, and everyone."""
    path = settings.data_dir / auth.THROTTLE_FILE
    return [
        (auth.LoginThrottle(path), _client_key()),
        (auth.LoginThrottle(path, lockout_after=ALL_CLIENTS_LOCKOUT_AFTER), ALL_CLIENTS_KEY),
    ]


def _draw_not_configured() -> None:
    st.warning(ui("login.not_configured"))


def _draw_logged_in(who: str, mode: str) -> None:
    with st.sidebar:
        st.caption(ui("login.logged_in_as", who=escape_markdown(who)))
        if mode == "oidc":
            st.button(ui("login.logout"), key="logout_button", on_click=st.logout)
        else:
            st.button(ui("login.logout"), key="logout_button", on_click=_password_logout)


def _password_logout() -> None:
    st.session_state.pop(LOGIN_KEY, None)


def _oidc_gate(section: Mapping[str, Any]) -> str | None:
    user = st.user
    if not user.get("is_logged_in"):
        st.info(ui("login.oidc_intro"))
        if not auth.authlib_available():
            st.error(ui("login.oidc_needs_authlib"))
            return None
        for i, provider in enumerate(auth.oidc_providers(section)):
            label = ui("login.oidc_button") if provider is None else provider
            args = () if provider is None else (provider,)
            st.button(label, key=f"oidc_login_{i}", type="primary", on_click=st.login, args=args)
        return None
    info = user.to_dict()
    try:
        access = _secrets_section("iop_access")
    except _BrokenSecrets:
        st.error(ui("login.secrets_broken"))
        return None
    who = auth.oidc_identity(info) or ui("login.oidc_unknown_user")
    if not auth.oidc_allowed(info, access):
        st.error(ui("login.oidc_not_allowed", who=escape_markdown(who)))
        st.button(ui("login.logout"), key="logout_button", on_click=st.logout)
        return None
    if not st.session_state.get("oidc_login_logged"):
        st.session_state["oidc_login_logged"] = True
        record(who, "login", detail="OIDC")
    _draw_logged_in(who, "oidc")
    return who


def _password_gate(settings: Settings, stored: str) -> str | None:
    login = st.session_state.get(LOGIN_KEY)
    if auth.session_valid(login, stored, time.time()):
        assert isinstance(login, auth.SessionLogin)
        _draw_logged_in(login.who, "password")
        return login.who
    st.session_state.pop(LOGIN_KEY, None)

    st.subheader(ui("login.heading"))
    st.markdown(ui("login.password_intro"))
    with st.form("staff_login_form", clear_on_submit=True, border=True):
        password = st.text_input(
            ui("login.password_label"), type="password", key="staff_password_input"
        )
        submitted = st.form_submit_button(ui("login.submit"), type="primary")
    if not submitted:
        return None
    if not password:
        st.warning(ui("login.empty"))
        return None

    throttles = _throttles(settings)
    refused = [c for c in (t.check(k) for t, k in throttles) if not c.allowed]
    if refused:
        check = max(refused, key=lambda c: (c.locked, c.wait_seconds))
        if check.locked:
            st.error(ui("login.locked", minutes=max(1, round(check.wait_seconds / 60))))
        else:
            st.error(ui("login.wait", seconds=max(1, round(check.wait_seconds))))
        return None
    if auth.verify_password(password, stored):
        throttles[0][0].record_success(throttles[0][1])  # "all" decays by itself
        who = ui("login.password_user")
        st.session_state[LOGIN_KEY] = auth.SessionLogin(
            who=who, since=time.time(), fingerprint=auth.hash_fingerprint(stored)
        )
        record(who, "login", detail=ui("login.password_method"))
        st.rerun()
    failures = [t.record_failure(k) for t, k in throttles]
    failure = max(failures, key=lambda c: (c.locked, c.wait_seconds))
    log.warning("wrong staff password (%d in a row from %s)", failures[0].failures, throttles[0][1])
    time.sleep(min(failure.delay, MAX_FAILURE_SLEEP))
    st.error(ui("login.wrong"))
    if failure.locked:
        st.error(ui("login.locked", minutes=max(1, round(failure.wait_seconds / 60))))
    return None


def logged_in_staff() -> str | None:
    """Who is logged in as staff in this browser session, drawing nothing (None: nobody,
    or no login configured). For pages that are public but offer staff more."""
    settings = get_settings()
    try:
        section = _secrets_section("auth")
        stored = auth.read_password_hash(settings) if not section else None
        access = _secrets_section("iop_access")
    except (_BrokenSecrets, auth.PasswordFileError):
        return None
    mode = auth.login_mode(section, stored is not None)
    if mode == "password":
        login = st.session_state.get(LOGIN_KEY)
        if stored is not None and auth.session_valid(login, stored, time.time()):
            assert isinstance(login, auth.SessionLogin)
            return login.who
        return None
    if mode == "oidc" and st.user.get("is_logged_in"):
        info = st.user.to_dict()
        if auth.oidc_allowed(info, access):
            return auth.oidc_identity(info) or ui("login.oidc_unknown_user")
    return None


def require_login() -> str | None:
    """Who is logged in on this staff page, or None after drawing the way to log in.

    OIDC when ``[auth]`` is in secrets.toml, else the staff password, else nothing is
    configured and the page says how to configure a login. Never open by default.
    """
    settings = get_settings()
    try:
        section = _secrets_section("auth")
    except _BrokenSecrets:
        log.exception("secrets.toml could not be read")
        st.error(ui("login.secrets_broken"))
        return None
    try:
        stored = auth.read_password_hash(settings) if not section else None
    except auth.PasswordFileError:
        log.exception("the staff password file is damaged")
        st.error(ui("login.password_file_broken", path=auth.password_path(settings)))
        return None
    mode = auth.login_mode(section, stored is not None)
    if mode == "oidc":
        assert section is not None
        return _oidc_gate(section)
    if mode == "password":
        assert stored is not None
        return _password_gate(settings, stored)
    _draw_not_configured()
    return None
