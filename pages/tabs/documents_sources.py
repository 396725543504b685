"""Tab "Webbkällor": the web sources `iop fetch` reads, added, removed and fetched."""

from __future__ import annotations

import streamlit as st

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES
from assistant.core.settings import Settings
from assistant.core.storage import LockBusyError
from assistant.core.ui_texts import ui
from assistant.staff import sources_admin
from assistant.staff.indexing import fetch_now
from assistant.staff.sources_admin import SourceRow, SourcesError
from pages.shared import flash, record
from pages.tabs.documents_common import PAGE


def draw_sources(settings: Settings, who: str) -> None:
    st.markdown(ui("staff.sources.intro"))
    try:
        rows = sources_admin.source_rows(settings)
    except SourcesError as exc:
        st.error(str(exc))
        return
    if rows:
        col = "staff.sources."
        st.dataframe(
            [
                {
                    ui(col + "col_url"): row.url,
                    ui(col + "col_municipality"): row.municipality,
                    ui(col + "col_fetched"): row.fetched_at,
                    ui(col + "col_checked"): row.checked_at,
                    ui(col + "col_error"): row.last_error,
                }
                for row in rows
            ],
            hide_index=True,
            width="stretch",
            key="sources_table",
        )
        if st.button(ui("staff.sources.fetch"), key="fetch_now", type="primary"):
            run_fetch_now(settings, who)
    else:
        st.info(ui("staff.sources.none"))
    draw_add_form(settings, who)
    if rows:
        draw_remove_form(settings, who, rows)


def draw_add_form(settings: Settings, who: str) -> None:
    with st.form("source_add_form"):
        st.markdown(f"**{ui('staff.sources.add_heading')}**")
        url = st.text_input(ui("staff.sources.url"), key="source_url")
        muni = st.selectbox(
            ui("staff.sources.municipality"),
            ["", *municipalities.all_names()],
            key="source_municipality",
        )
        doc_type = st.selectbox(ui("staff.sources.doc_type"), ["", *DOC_TYPES], key="source_type")
        follow = st.checkbox(ui("staff.sources.follow"), key="source_follow")
        if st.form_submit_button(ui("staff.sources.add")):
            try:
                spec = sources_admin.add_source(
                    settings, url, muni or None, doc_type or None, follow
                )
            except SourcesError as exc:
                st.error(str(exc))
            else:
                record(who, "source_add", spec.url)
                flash(PAGE, "success", ui("staff.sources.added", url=spec.url))
                st.rerun()


def draw_remove_form(settings: Settings, who: str, rows: list[SourceRow]) -> None:
    with st.form("source_remove_form"):
        st.markdown(f"**{ui('staff.sources.remove_heading')}**")
        chosen = st.selectbox(
            ui("staff.sources.remove_choice"), [r.url for r in rows], key="source_remove"
        )
        sure = st.checkbox(ui("staff.sources.remove_confirm"), key="source_remove_sure")
        removed = st.container(key="danger_source").form_submit_button(ui("staff.sources.remove"))
        if removed and sure and chosen:
            if sources_admin.remove_source(settings, chosen):
                record(who, "source_remove", chosen)
                flash(PAGE, "success", ui("staff.sources.removed", url=chosen))
            st.rerun()


def run_fetch_now(settings: Settings, who: str) -> None:
    with st.spinner(ui("staff.sources.fetching")):
        try:
            report = fetch_now(settings)
        except LockBusyError:
            st.error(ui("staff.sources.busy"))
            return
        except SourcesError as exc:
            st.error(str(exc))
            return
    data = report.to_json()
    detail = ui(
        "staff.sources.fetched",
        fetched=data["fetched"],
        unchanged=data["unchanged"],
        failed=len(data["failed"]),
    )
    record(who, "fetch", str(sources_admin.sources_path(settings)), detail)
    flash(PAGE, "success" if not data["failed"] else "warning", detail)
    st.rerun()
