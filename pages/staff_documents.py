"""Staff page "Dokument": keep the corpus current. Draws only, one tab a module in
``pages/tabs/documents_*.py``; the work is done in ``assistant/staff/`` (corpus files,
uploads, sidecars, document status, indexing, web sources, stored feedback, the log).

Every action is behind the login (``pages/shared.require_login``) and recorded in the
audit log. Actions keep their outcome as a flash message (``pages/shared.flash``) and
rerun, so that the table above always shows the state after the action.
"""

from __future__ import annotations

import streamlit as st

from assistant.core.settings import get_settings
from assistant.core.ui_texts import ui
from assistant.staff.document_status import document_overview
from pages.shared import draw_flash, open_staff_page
from pages.tabs.documents_common import PAGE
from pages.tabs.documents_delete import draw_delete
from pages.tabs.documents_feedback import draw_feedback_admin
from pages.tabs.documents_index import draw_index
from pages.tabs.documents_log import draw_log
from pages.tabs.documents_metadata import draw_metadata
from pages.tabs.documents_overview import draw_documents
from pages.tabs.documents_sources import draw_sources
from pages.tabs.documents_upload import draw_upload


def main() -> None:
    who = open_staff_page(ui("staff.page_title"), ui("staff.title"))
    if who is None:
        return
    settings = get_settings()
    with st.container():  # always there, so the tabs below keep their place
        draw_flash(PAGE)
    rows = document_overview(settings)
    # With a key the chosen tab survives the rerun after an action.
    tabs = st.tabs(
        [
            ui("staff.tab_documents"),
            ui("staff.tab_upload"),
            ui("staff.tab_metadata"),
            ui("staff.tab_delete"),
            ui("staff.tab_index"),
            ui("staff.tab_feedback"),
            ui("staff.tab_log"),
            ui("staff.tab_sources"),
        ],
        key="staff_tab",
        on_change="rerun",
    )
    with tabs[0]:
        draw_documents(settings, rows)
    with tabs[1]:
        draw_upload(settings, who)
    with tabs[2]:
        draw_metadata(settings, who, rows)
    with tabs[3]:
        draw_delete(settings, who, rows)
    with tabs[4]:
        draw_index(settings, who)
    with tabs[5]:
        draw_feedback_admin(settings, who)
    with tabs[6]:
        draw_log()
    with tabs[7]:
        draw_sources(settings, who)


main()
