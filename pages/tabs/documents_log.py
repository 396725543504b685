"""Tab "Logg": the audit log, newest first."""

from __future__ import annotations

import streamlit as st

from assistant.core.ui_texts import ui
from pages.shared import audit_log, local_time

AUDIT_ROWS = 500


def draw_log() -> None:
    st.markdown(ui("staff.log.intro", limit=AUDIT_ROWS))
    entries = audit_log().entries(limit=AUDIT_ROWS)
    if not entries:
        st.info(ui("staff.log.empty"))
        return
    col = "staff.log.columns."
    st.dataframe(
        [
            {
                ui(col + "at"): local_time(e.at),
                ui(col + "who"): e.who,
                ui(col + "action"): ui(f"staff.actions.{e.action}"),
                ui(col + "target"): e.target,
                ui(col + "detail"): e.detail,
            }
            for e in entries
        ],
        hide_index=True,
        width="stretch",
        key="audit_table",
    )
