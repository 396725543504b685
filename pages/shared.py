"""What the chat and the staff pages share: cached resources, the login gate, helpers.

Imported by ``app.py`` and by the page scripts beside this file (Streamlit puts the
app's folder on ``sys.path``), so that every page uses the same embedder, assistant
and feedback store, loaded once per process. It is no page itself: the app lists its
pages with ``st.navigation`` (``app.py``), which leaves the rest of this folder alone.
The login logic itself is in ``assistant/staff/`` (``auth``, ``passwords``,
``login_throttle``, ``oidc``); this module only draws it.
"""

from __future__ import annotations

import json
import logging
import math
import time
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import streamlit as st
from langchain_core.embeddings import Embeddings

from assistant.api import Assistant
from assistant.core.settings import Settings, get_settings
from assistant.core.ui_texts import ui, ui_map
from assistant.index.embeddings import make_embeddings
from assistant.staff import auth, oidc, passwords
from assistant.staff.audit import AUDIT_FILE, Action, AuditLog
from assistant.staff.client_address import client_key
from assistant.staff.feedback import FeedbackStore
from assistant.staff.stored_data import feedback_path

log = logging.getLogger("iop.app")

LOGIN_KEY = "staff_login"


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


# -- what every page carries: style and the Swedish accessibility script ----------------
PAGES_DIR = Path(__file__).resolve().parent


@cache
def asset(name: str) -> str:
    """A CSS or JS file beside this module (``pages/``), read once."""
    return (PAGES_DIR / name).read_text("utf-8")


def draw_chrome(*css: str) -> None:
    """The shared CSS (and ``css``), ``lang="sv"`` and Swedish accessible names for
    Streamlit's own controls. Scripts run once per page load (same body, same element)."""
    st.html("<style>" + "\n".join([asset("base.css"), *css]) + "</style>")
    labels = escape(json.dumps(ui_map("a11y.labels"), ensure_ascii=False))
    prefixes = escape(json.dumps(ui_map("a11y.prefixes"), ensure_ascii=False))
    script = (
        f'<script data-labels="{labels}" data-prefixes="{prefixes}">{asset("base.js")}</script>'
    )
    with st.container(key="iop_chrome"):
        st.html(script, unsafe_allow_javascript=True)


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


def show_failure(message_key: str) -> None:
    """An error message, with the start of the traceback folded away for whoever helps."""
    st.error(ui(message_key))
    with st.expander(ui("error_details")):
        st.code(traceback.format_exc(limit=3), language=None)


# -- messages that survive the rerun after an action ------------------------------------
def flash(page: str, kind: str, text: str) -> None:
    """Keep a message for ``page`` to show after ``st.rerun()``."""
    st.session_state.setdefault(f"{page}_flash", []).append((kind, text))


def draw_flash(page: str) -> None:
    for kind, text in st.session_state.pop(f"{page}_flash", []):
        {"success": st.success, "warning": st.warning, "error": st.error}.get(kind, st.info)(text)


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


def _client_key(settings: Settings) -> str:
    """Whose failures count together: the client address ("ip:unknown" when not known),
    from X-Forwarded-For only when the connection comes from a trusted proxy."""
    try:
        peer = st.context.ip_address  # None for a peer on this machine
        forwarded = list(st.context.headers.get_all("X-Forwarded-For"))
    except Exception:
        peer, forwarded = None, []
    peer = peer if isinstance(peer, str) else None  # AppTest has a mock, not a client
    forwarded = [value for value in forwarded if isinstance(value, str)]
    return client_key(peer, forwarded, settings.trusted_proxies)


def _wait_text(seconds: float) -> str:
    if seconds > 90:
        return ui("login.retry_in", wait=f"{math.ceil(seconds / 60)} min")
    return ui("login.retry_in", wait=f"{max(1, math.ceil(seconds))} s")


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
        if not oidc.authlib_available():
            st.error(ui("login.oidc_needs_authlib"))
            return None
        for i, provider in enumerate(oidc.providers(section)):
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
    who = oidc.identity(info) or ui("login.oidc_unknown_user")
    if not oidc.allowed(info, access):
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

    with st.spinner(ui("login.checking")):
        attempt = auth.try_password(settings, _client_key(settings), password, stored)
    if attempt.ok:
        who = ui("login.password_user")
        st.session_state[LOGIN_KEY] = auth.SessionLogin(
            who=who, since=time.time(), fingerprint=passwords.hash_fingerprint(stored)
        )
        record(who, "login", detail=ui("login.password_method"))
        st.rerun()
    reason = ui("login.wrong") if attempt.checked else ui("login.wait")
    st.error(f"{reason} {_wait_text(attempt.wait_seconds)}")
    return None


def logged_in_staff() -> str | None:
    """Who is logged in as staff in this browser session, drawing nothing (None: nobody,
    or no login configured). For pages that are public but offer staff more."""
    settings = get_settings()
    try:
        section = _secrets_section("auth")
        stored = passwords.read_password_hash(settings) if not section else None
        access = _secrets_section("iop_access")
    except (_BrokenSecrets, passwords.PasswordFileError):
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
        if oidc.allowed(info, access):
            return oidc.identity(info) or ui("login.oidc_unknown_user")
    return None


def open_staff_page(page_title: str, title: str) -> str | None:
    """Start a staff page: tab title, the shared chrome, the heading, then the login.
    Who is logged in, or None when the page stops at the way to log in."""
    st.set_page_config(page_title=page_title, layout="wide")
    draw_chrome()
    st.title(title, anchor=False)
    return require_login()


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
        stored = passwords.read_password_hash(settings) if not section else None
    except passwords.PasswordFileError:
        log.exception("the staff password file is damaged")
        st.error(ui("login.password_file_broken"))
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
