"""Tab "Ta bort": delete a document and its sidecar, after asking once more."""

from __future__ import annotations

import streamlit as st

from assistant.core.settings import Settings
from assistant.core.ui_texts import ui
from assistant.staff.corpus_files import delete_document
from assistant.staff.document_status import DocumentStatus
from pages.shared import flash, record
from pages.tabs.documents_common import PAGE, attempt, document_choice


def draw_delete(settings: Settings, who: str, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.delete.intro"))
    rel = document_choice(rows, ui("staff.delete.document"), "delete_doc")
    if rel is None:
        st.session_state.pop("delete_pending", None)
        return
    if st.session_state.get("delete_pending") != rel:
        if st.button(ui("staff.delete.submit"), key="delete_submit"):
            st.session_state["delete_pending"] = rel
            st.rerun()
        return
    st.warning(ui("staff.delete.confirm", name=rel))
    yes, no = st.columns(2)
    if no.button(ui("staff.delete.confirm_no"), key="delete_no"):
        st.session_state.pop("delete_pending", None)
        st.rerun()
    # Red, not the blue of "go ahead" (pages/base.css styles keys "danger_…").
    if yes.container(key="danger_delete").button(ui("staff.delete.confirm_yes"), key="delete_yes"):
        st.session_state.pop("delete_pending", None)
        deleted = attempt(
            lambda: delete_document(settings.corpus_dir, rel), "the document", "staff.delete.error"
        )
        if deleted is None:
            return
        record(who, "delete", rel, ", ".join(p.name for p in deleted))
        st.session_state.pop("delete_doc", None)
        flash(PAGE, "success", ui("staff.delete.done", name=rel))
        st.rerun()
