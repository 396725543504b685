"""IOP-assistenten in the browser: ``streamlit run app.py``.

A multipage app (``st.navigation``): the public chat is the default page, drawn by
``chat_page`` below; the staff pages "Dokument" (``pages/staff_documents.py``) and
"Granskning" (``pages/review.py``) sit behind a login (see ``docs/staff.md``).

The chat only draws what ``Assistant.stream`` returns: the short answer and the one
contact to call first, then the rest of the answer, more contacts and the sources folded
(``pages/chat/``; the layout, links and sources are worked out in ``assistant/chat/``).
Settings come from the environment (``IOP_*``, see ``assistant/core/settings.py``); every
Swedish string is in ``assistant/ui_texts.yaml``. Models and the index load once per
process (shared with the staff pages through ``pages/shared.py``); each browser tab keeps
its own conversation in ``st.session_state``.
"""

from __future__ import annotations

import logging

import streamlit as st

from assistant.api import Assistant
from assistant.core.settings import get_settings
from assistant.core.storage import LockBusyError
from assistant.core.ui_texts import ui
from assistant.index.catalog import CatalogDamagedError
from assistant.staff.indexing import reindex
from pages.chat.answer_view import answer_question, draw_exchange
from pages.chat.chrome import draw_examples, draw_footer, draw_page_chrome, draw_top_bar
from pages.chat.state import exchanges
from pages.shared import get_assistant, get_embeddings, logged_in_staff, record

log = logging.getLogger("iop.app")

MAX_QUESTION_CHARS = 2000


# -- the page ---------------------------------------------------------------------------
def draw_not_indexed() -> None:
    """No documents in the index yet: visitors are told the assistant is being prepared;
    logged-in staff may index from here, recorded in the audit log like the staff page."""
    who = logged_in_staff()
    if who is None:
        st.info(ui("being_prepared"))
        return
    st.warning(ui("not_indexed"))
    if not st.button(ui("index_button"), type="primary"):
        return
    settings = get_settings()
    with st.spinner(ui("indexing")):
        try:
            report = reindex(settings, get_embeddings())
        except LockBusyError:
            st.error(ui("index_busy"))
            return
        except Exception:
            log.exception("indexing from the app failed")  # details in the log, not here
            record(who, "reindex", detail=ui("staff.index.audit_failed"))
            st.error(ui("index_error"))
            return
    record(
        who,
        "reindex",
        str(settings.corpus_dir),
        ui("staff.index.audit_detail", added=len(report.added), updated=len(report.updated),
           removed=len(report.removed), failed=len(report.failed)),
    )  # fmt: skip
    if report.failed:
        st.session_state["index_failures"] = [f"{f.path}: {f.error}" for f in report.failed]
    if report.chunks == 0:
        st.error(ui("index_nothing", corpus_dir=settings.corpus_dir))
        return
    st.rerun()


def draw_index_failures() -> None:
    failures = st.session_state.pop("index_failures", None)
    if failures:
        st.warning(ui("index_failed") + "\n\n" + "\n".join(f"- {f}" for f in failures))


def draw_municipality_selector(assistant: Assistant) -> str | None:
    """ "Alla kommuner" or one municipality; returns None for all."""
    everyone = ui("all_municipalities")
    choice = st.selectbox(
        ui("municipality_label"),
        [everyone, *assistant.municipalities()],
        key="municipality",
        placeholder=ui("municipality_placeholder"),
    )
    st.caption(ui("municipality_help"))
    return None if choice == everyone else choice


def chat_page() -> None:
    """The public chat: the app's default page."""
    st.set_page_config(page_title=ui("page_title"), page_icon="💬", layout="centered")
    draw_page_chrome()
    st.title(ui("title"), anchor=False)

    try:
        with st.spinner(ui("starting")):
            assistant = get_assistant()
        empty = assistant.is_empty
    except CatalogDamagedError:  # staff read the log; the public gets no path or traceback
        log.exception("the index catalogue is damaged: run `iop ingest --rebuild`")
        st.error(ui("catalog_damaged"))
        return
    except Exception:
        log.exception("the assistant could not start")
        st.error(ui("start_error"))
        return
    if empty:
        draw_not_indexed()
        return
    draw_index_failures()
    draw_conversation(assistant)


def draw_conversation(assistant: Assistant) -> None:
    """Welcome, the conversation, then the question bar, which stays at the bottom of the
    screen. The bar is drawn before a new answer (its value asks the question) but sits
    after it: the answer goes into the conversation container above."""
    top_bar = st.container()
    st.markdown(ui("welcome"))
    municipality = draw_municipality_selector(assistant)
    effects = st.container(key="iop_effects")  # scroll and announce scripts
    conversation = st.container()
    footer = st.container()
    with st.container(key="chat_bar"):
        typed = st.chat_input(ui("chat_placeholder"), max_chars=MAX_QUESTION_CHARS)
    question = (typed or st.session_state.pop("pending_question", None) or "").strip()
    with conversation:
        for ex in exchanges():
            draw_exchange(ex)
        if question:
            answer_question(assistant, question, municipality, effects)
    with footer:
        draw_examples(folded=bool(exchanges()))
        draw_footer()
    with top_bar:
        draw_top_bar()


def main() -> None:
    """The pages: the chat for everyone; "Dokument" and "Granskning" for staff, who
    log in on those pages (they stay shut when no login is configured)."""
    st.set_page_config(
        page_title=ui("page_title"), page_icon="💬", initial_sidebar_state="collapsed"
    )
    chat = st.Page(chat_page, title=ui("nav.chat"), icon=":material/chat:", default=True)
    documents = st.Page(
        "pages/staff_documents.py",
        title=ui("nav.documents"),
        icon=":material/folder_open:",
        url_path="dokument",
    )
    review = st.Page(
        "pages/review.py",
        title=ui("nav.review"),
        icon=":material/fact_check:",
        url_path="granskning",
    )
    st.navigation({"": [chat], ui("nav.staff_section"): [documents, review]}).run()


# Streamlit runs this file as __main__; tests import it for its helpers.
if __name__ == "__main__":
    main()
