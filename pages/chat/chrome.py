"""The page around the conversation: style and scripts, the bar with "Större text" and
"Ny konversation", the example questions, the privacy line and the accessibility link."""

from __future__ import annotations

import streamlit as st

from assistant.chat.links import safe_https_url
from assistant.core.settings import get_settings
from assistant.core.ui_texts import ui, ui_list
from pages.chat.state import ask_example, exchanges, new_conversation
from pages.shared import asset, draw_chrome

# Streamlit sizes text in rem; "Större text" raises the root size from the theme's 19 px.
LARGE_TEXT_CSS = "html { font-size: 24px !important; }"


def draw_page_chrome() -> None:
    extra = [asset("chat/chat.css")]
    if st.session_state.get("large_text"):
        extra.append(LARGE_TEXT_CSS)
    draw_chrome(*extra)


def draw_top_bar() -> None:
    """ "Större text" always; "Ny konversation" once something has been asked."""
    with st.container(horizontal=True, key="top_bar"):
        st.toggle(ui("larger_text"), key="large_text")
        if exchanges():
            st.button(
                ui("new_conversation"),
                on_click=new_conversation,
                icon=":material/restart_alt:",
                key="new_conversation",
            )


def draw_examples(folded: bool) -> None:
    """The example questions: open before the first question, then one tap away."""
    questions = ui_list("examples")

    def buttons() -> None:
        for i, question in enumerate(questions):
            st.button(
                question,
                key=f"example_{i}",
                on_click=ask_example,
                args=(question,),
                width="stretch",
            )

    if folded:
        with st.expander(ui("examples_again")):
            buttons()
    else:
        st.markdown(f"**{ui('examples_heading')}**")
        buttons()


def draw_footer() -> None:
    """A short privacy line with "Läs mer", and the accessibility statement."""
    settings = get_settings()
    st.caption(ui("privacy_short"))
    with st.expander(ui("privacy_more")):
        st.markdown(ui("privacy_note", days=settings.feedback_retention_days))
        privacy = safe_https_url(settings.privacy_url)
        if privacy:
            st.markdown(f"[{ui('privacy_link')}]({privacy})")
    accessibility = safe_https_url(settings.accessibility_url)
    if accessibility:
        st.markdown(f"[{ui('accessibility_link')}]({accessibility})")
