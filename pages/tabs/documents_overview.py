"""Tab "Dokument i indexet": the corpus files beside the index, and the documents to refresh."""

from __future__ import annotations

from datetime import date

import streamlit as st

from assistant.core.settings import Settings
from assistant.core.ui_texts import ui
from assistant.staff.document_status import DocumentStatus, stale_documents
from pages.shared import escape_markdown, local_time


def municipality_label(row: DocumentStatus) -> str:
    return row.municipality or ui("staff.general")


def draw_documents(settings: Settings, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.intro"))
    if not rows:
        st.info(ui("staff.no_documents", corpus_dir=settings.corpus_dir))
        return
    everyone = ui("all_municipalities")
    names = sorted({municipality_label(r) for r in rows})
    choice = st.selectbox(ui("staff.filter_municipality"), [everyone, *names], key="docs_filter")
    shown = [r for r in rows if choice == everyone or municipality_label(r) == choice]
    col = "staff.columns."
    table = [
        {
            ui(col + "municipality"): municipality_label(r),
            ui(col + "title"): r.title,
            ui(col + "doc_type"): r.doc_type or "",
            ui(col + "date"): r.date or "",
            ui(col + "chunks"): "" if r.chunks is None else str(r.chunks),
            ui(col + "indexed_at"): local_time(r.indexed_at),
            ui(col + "state"): ui(f"staff.state.{r.state}"),
            ui(col + "error"): r.error or "",
            ui(col + "source"): r.source,
        }
        for r in shown
    ]
    st.dataframe(table, hide_index=True, width="stretch", key="docs_table")
    st.caption(ui("staff.count", shown=len(shown), total=len(rows)))
    if any(r.state != "indexed" for r in rows):
        st.info(ui("staff.pending_changes"))
    draw_stale(settings)


def draw_stale(settings: Settings) -> None:
    """Documents whose agreement has ended or that are older than the limit."""
    years = settings.max_source_age_years
    st.subheader(ui("staff.stale.heading"))
    stale = stale_documents(settings, date.today())
    if not stale:
        st.caption(ui("staff.stale.none", years=years))
        return
    st.markdown(ui("staff.stale.intro", years=years))
    lines = []
    for s in stale:
        reason = (
            ui("staff.stale.expired", date=s.facts.valid_to or "?")
            if s.validity.expired
            else ui("staff.stale.too_old", date=s.validity.newest or "?")
        )
        lines.append(f"- **{escape_markdown(s.title)}** ({escape_markdown(s.source)}): {reason}")
    st.markdown("\n".join(lines))
