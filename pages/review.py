"""Reviewer page "Granskning": check what the assistant tells associations. Draws only,
one tab a module in ``pages/tabs/review_*.py``; the work is done by
``assistant.staff.review`` (marks, CSV), ``assistant.staff.regression`` (question-set
runs), ``assistant.staff.feedback`` and ``Assistant.explain``.

Three parts: the chat's feedback (thumbs down first) with a "stämmer" / "stämmer inte"
mark and a note for each; "Testa en fråga", which shows why an answer came out as it
did; and the question set, run and compared with the previous run.
"""

from __future__ import annotations

import streamlit as st

from assistant.core.ui_texts import ui
from pages.shared import draw_flash, open_staff_page
from pages.tabs.review_feedback import PAGE, draw_feedback
from pages.tabs.review_probe import draw_probe
from pages.tabs.review_regression import draw_regression


def main() -> None:
    who = open_staff_page(ui("review.page_title"), ui("review.title"))
    if who is None:
        return
    st.markdown(ui("review.intro"))
    with st.container():  # always there, so the tabs below keep their place
        draw_flash(PAGE)
    feedback, probe, regression = st.tabs(
        [ui("review.tab_feedback"), ui("review.tab_probe"), ui("review.tab_regression")],
        key="review_tab",
        on_change="rerun",
    )
    with feedback:
        draw_feedback(who)
    with probe:
        draw_probe()
    with regression:
        draw_regression(who)


main()
