"""What the tabs of the "Dokument" page share: refusals as Swedish text, the document
picker, and the page's name for its flash messages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from assistant.core.documents import SIDECAR_KEYS
from assistant.core.settings import Settings, get_settings
from assistant.core.ui_texts import ui
from assistant.staff.corpus_files import CorpusAdminError
from assistant.staff.document_status import DocumentStatus

log = logging.getLogger("iop.staff")

PAGE = "staff"  # flash messages of this page live under "staff_flash"
T = TypeVar("T")


def size_limit(settings: Settings) -> str:
    """The upload limit in MB as Swedes write it: "25", "2,5"."""
    return f"{settings.max_file_size_mb:g}".replace(".", ",")


def admin_error_text(exc: CorpusAdminError) -> str:
    field = ui(f"staff.fields.{exc.field}") if exc.field in SIDECAR_KEYS else (exc.field or "")
    return ui(
        f"staff.errors.{exc.code}",
        name=exc.name,
        field=field,
        detail=exc.detail or str(exc),
        limit=size_limit(get_settings()),
    )


def document_choice(rows: list[DocumentStatus], label: str, key: str) -> str | None:
    """A picker over the documents that are on disk; their path, or None."""
    on_disk = [r for r in rows if r.state != "removed"]
    titles = {r.source: r.title for r in on_disk}
    return st.selectbox(
        label,
        [r.source for r in on_disk],
        index=None,
        format_func=lambda s: f"{titles.get(s, s)} ({s})",
        placeholder=ui("staff.metadata.document_placeholder"),
        key=key,
    )


def attempt(action: Callable[[], T], what: str, error_key: str) -> T | None:
    """``action()``, or None after saying why not: the refusal of a ``CorpusAdminError``,
    or ``error_key``'s message when ``what`` could not be written (logged)."""
    try:
        return action()
    except CorpusAdminError as exc:
        st.error(admin_error_text(exc))
    except OSError:
        log.exception("%s could not be written", what)
        st.error(ui(error_key))
    return None
