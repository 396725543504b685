"""Tab "Sparade omdömen": delete stored feedback by date or by id (privacy)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import streamlit as st

from assistant.core.settings import Settings
from assistant.core.ui_texts import ui
from assistant.staff import stored_data
from pages.shared import flash, get_feedback_store, local_tz, record
from pages.tabs.documents_common import PAGE


def draw_feedback_admin(settings: Settings, who: str) -> None:
    store = get_feedback_store()
    st.markdown(ui("staff.feedback.intro", days=settings.feedback_retention_days))
    st.caption(ui("staff.feedback.count", count=len(store.list())))
    today = datetime.now(local_tz()).date()
    with st.form("feedback_delete_before_form"):
        day = st.date_input(
            ui("staff.feedback.before_label"),
            value=today - timedelta(days=30),
            max_value=today + timedelta(days=1),
            format="YYYY-MM-DD",
            key="feedback_before",
        )
        sure = st.checkbox(ui("staff.feedback.confirm_before"), key="feedback_before_sure")
        with st.container(key="danger_feedback_before"):
            go = st.form_submit_button(ui("staff.feedback.delete_before"))
    if go:
        if not sure:
            st.warning(ui("staff.feedback.need_confirm"))
        elif isinstance(day, date):
            count = stored_data.delete_feedback_before(settings, day)
            record(
                who,
                "feedback_delete",
                ui("staff.feedback.target_before", date=day.isoformat()),
                ui("staff.feedback.audit_before", count=count),
            )
            flash(PAGE, "success", ui("staff.feedback.deleted_before", count=count, date=day))
            st.rerun()
    with st.form("feedback_delete_id_form"):
        number = st.number_input(
            ui("staff.feedback.id_label"), min_value=1, step=1, value=None, key="feedback_id"
        )
        with st.container(key="danger_feedback_id"):
            go_id = st.form_submit_button(ui("staff.feedback.delete_id"))
    if go_id and number is not None:
        fid = int(number)
        if stored_data.delete_feedback_ids(settings, [fid]):
            record(who, "feedback_delete", ui("staff.feedback.target_id", id=fid), "1")
            flash(PAGE, "success", ui("staff.feedback.deleted_id", id=fid))
            st.rerun()
        st.warning(ui("staff.feedback.missing_id", id=fid))
