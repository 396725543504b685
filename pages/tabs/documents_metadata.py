"""Tab "Ändra uppgifter": edit a document's sidecar (municipality, title, type, date, address)."""

from __future__ import annotations

import hashlib

import streamlit as st

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES
from assistant.core.settings import Settings
from assistant.core.ui_texts import ui
from assistant.staff import sidecars
from assistant.staff.corpus_files import CorpusAdminError, InvalidMetadataError
from assistant.staff.document_status import DocumentStatus
from pages.shared import flash, record
from pages.tabs.documents_common import PAGE, admin_error_text, attempt, document_choice


def _choice(field: str, options: list[str], current: dict[str, str | None], key: str) -> str:
    """A picker for a sidecar field, at its current value (the first option, "automatic",
    when it has none or one not offered)."""
    now = current.get(field)
    return st.selectbox(
        ui(f"staff.fields.{field}"),
        options,
        index=options.index(now) if now in options else 0,
        key=key,
    )


def draw_metadata(settings: Settings, who: str, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.metadata.intro"))
    rel = document_choice(rows, ui("staff.metadata.document"), "meta_doc")
    if rel is None:
        return
    corpus = settings.corpus_dir
    try:
        current = sidecars.read_metadata(corpus, rel)
    except InvalidMetadataError as exc:
        st.warning(ui("staff.metadata.broken", detail=exc.detail))
        current = {}
    except CorpusAdminError as exc:
        st.error(admin_error_text(exc))
        return
    auto = ui("staff.auto")
    key = "meta_" + hashlib.sha256(rel.encode()).hexdigest()[:12]
    with st.form(f"{key}_form"):
        muni = _choice(
            "municipality", [auto, *municipalities.all_names()], current, f"{key}_municipality"
        )
        title = st.text_input(
            ui("staff.fields.title"),
            value=current.get("title") or "",
            key=f"{key}_title",
            max_chars=300,
        )
        doc_type = _choice("doc_type", [auto, *DOC_TYPES], current, f"{key}_type")
        no_date = st.checkbox(
            ui("staff.metadata.no_date"),
            value="date" in current and current["date"] is None,
            key=f"{key}_no_date",
        )
        day = st.text_input(
            ui("staff.fields.date"),
            value=current.get("date") or "",
            placeholder=ui("staff.upload.date_placeholder"),
            key=f"{key}_date",
            max_chars=10,
        )
        url = st.text_input(
            ui("staff.fields.source_url"),
            value=current.get("source_url") or "",
            key=f"{key}_url",
            max_chars=500,
        )
        submitted = st.form_submit_button(
            ui("staff.metadata.save"), type="primary", key=f"{key}_save"
        )
    if not submitted:
        return
    if no_date and day.strip():
        st.error(ui("staff.metadata.date_conflict"))
        return
    values: dict[str, str | None] = {
        "municipality": "" if muni == auto else muni,
        "title": title,
        "doc_type": "" if doc_type == auto else doc_type,
        "date": None if no_date else day,
        "source_url": url,
    }

    def save() -> dict[str, str | None]:
        sidecars.write_sidecar(corpus, rel, values)
        return sidecars.read_metadata(corpus, rel)

    after = attempt(save, "the sidecar", "staff.upload.error")
    if after is None:
        return
    changes = sidecars.describe_changes(current, after)
    record(who, "metadata", rel, "; ".join(changes) or ui("staff.metadata.unchanged"))
    flash(PAGE, "success", ui("staff.metadata.saved", name=rel))
    st.rerun()
