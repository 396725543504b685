"""IOP-assistenten in the browser: ``streamlit run app.py``.

A multipage app (``st.navigation``): the public chat is the default page, drawn by
``chat_page`` below; the staff pages "Dokument" (``pages/staff_documents.py``) and
"Granskning" (``pages/review.py``) sit behind a login (see ``docs/staff.md``).

The chat only draws what ``Assistant.answer`` returns: the Markdown answer, the
verdict and its checklist, contact cards and the sources. Settings come from the
environment (``IOP_*``, see ``assistant/settings.py``); every Swedish string is in
``assistant/ui_texts.yaml``. Models and the index load once per process (shared with
the staff pages through ``pages/shared.py``); each browser tab keeps its own
conversation in ``st.session_state``.
"""

from __future__ import annotations

import logging
import time
import traceback
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import phonenumbers
import streamlit as st

from assistant.api import Assistant
from assistant.core.records import Answer, Citation, Contact, Turn, Verdict
from assistant.core.settings import get_settings
from assistant.core.storage import LockBusyError
from assistant.core.ui_texts import ui, ui_list
from assistant.staff.indexing import reindex
from pages.shared import get_assistant, get_embeddings, get_feedback_store, logged_in_staff, record

log = logging.getLogger("iop.app")

# Streaming an answer that is already computed: quick, and never longer than this.
STREAM_SECONDS = 1.2
STREAM_WORD_DELAY = 0.02
MAX_QUESTION_CHARS = 2000

VERDICT_BOX = {"likely_eligible": st.success, "likely_not_eligible": st.warning}

# Readability and keyboard use; the theme (font size, colours) is in .streamlit/config.toml.
CSS = """
<style>
[data-testid="stMarkdownContainer"] { overflow-wrap: anywhere; }
[data-testid="stMarkdownContainer"] p,
[data-testid="stMarkdownContainer"] li { line-height: 1.6; }
[data-testid="stMarkdownContainer"] blockquote {
  border-left: 4px solid #767676; margin: 0.25rem 0 1.25rem; padding: 0 0 0 1rem;
  color: #1a1a1a;
}
[data-testid="stCaptionContainer"] { opacity: 0.85; }  /* default 0.6 is too faint */
@media (max-width: 640px) {
  [data-testid="stChatMessage"] { gap: 0.5rem; padding-left: 0; padding-right: 0; }
}
a:focus-visible, button:focus-visible, summary:focus-visible,
[role="button"]:focus-visible, [role="radio"]:focus-visible,
[data-testid="stTextInput"] input:focus-visible {
  outline: 3px solid #0b4f8a !important; outline-offset: 2px;
}
</style>
"""


@dataclass
class Exchange:
    """One question and what the engine answered (or that it failed)."""

    id: str
    question: str
    answer: Answer | None = None
    lead: str | None = None  # the text without the checklist and contact lines drawn below
    contact_kinds: list[str] = field(default_factory=list)  # person / switchboard / function
    error: str | None = None  # technical detail for staff when answering failed
    feedback_id: int | None = None
    comment_sent: bool = False


# Resources shared by all sessions and pages (get_embeddings, get_assistant,
# get_feedback_store) are in pages/shared.py.


# -- per-session state ------------------------------------------------------------------
def exchanges() -> list[Exchange]:
    return st.session_state.setdefault("exchanges", [])


def find_exchange(exchange_id: str) -> Exchange | None:
    return next((e for e in exchanges() if e.id == exchange_id), None)


def history() -> list[Turn]:
    """The conversation so far, oldest first, as the engine wants it."""
    turns: list[Turn] = []
    for ex in exchanges():
        if ex.answer is None:
            continue
        turns.append(Turn(role="user", content=ex.question))
        turns.append(Turn(role="assistant", content=ex.answer.answer))
    return turns


def ask_example(question: str) -> None:
    st.session_state["pending_question"] = question


def new_conversation() -> None:
    for ex in exchanges():
        for key in (f"rating_{ex.id}", f"comment_{ex.id}"):
            st.session_state.pop(key, None)
    st.session_state["exchanges"] = []
    st.session_state.pop("pending_question", None)


def save_rating(exchange_id: str) -> None:
    ex = find_exchange(exchange_id)
    if ex is None or ex.answer is None:
        return
    value = st.session_state.get(f"rating_{exchange_id}")
    try:
        store = get_feedback_store()
        if value is None:  # the person took the thumb back
            if ex.feedback_id is not None:
                store.delete(ex.feedback_id)
            ex.feedback_id, ex.comment_sent = None, False
            return
        rating = 1 if value == 1 else -1  # st.feedback("thumbs"): 1 = up, 0 = down
        if ex.feedback_id is None:
            ex.feedback_id = store.add(ex.question, ex.answer, rating, None)
        else:
            store.update(ex.feedback_id, rating=rating)
    except Exception:
        log.exception("could not store feedback")
        st.session_state["feedback_error"] = exchange_id


def save_comment(exchange_id: str) -> None:
    ex = find_exchange(exchange_id)
    comment = str(st.session_state.get(f"comment_{exchange_id}") or "").strip()
    if ex is None or ex.feedback_id is None or not comment:
        return
    try:
        get_feedback_store().update(ex.feedback_id, comment=comment)
        ex.comment_sent = True
    except Exception:
        log.exception("could not store feedback comment")
        st.session_state["feedback_error"] = exchange_id


# -- drawing one answer -----------------------------------------------------------------
def stream_words(text: str) -> Iterator[str]:
    """The finished answer, word by word, so it appears progressively."""
    words = text.split(" ")
    delay = min(STREAM_WORD_DELAY, STREAM_SECONDS / max(len(words), 1))
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "
        time.sleep(delay)


def escape_markdown(text: str) -> str:
    """Show document text literally (no accidental emphasis, links or LaTeX)."""
    for char in "\\`*_{}[]<>#+|$~":
        text = text.replace(char, "\\" + char)
    return text


def tel_href(phone: str) -> str | None:
    """ "0706-63 47 23" -> "tel:+46706634723"; None when it is not a phone number."""
    try:
        number = phonenumbers.parse(phone, "SE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def draw_verdict(verdict: Verdict) -> None:
    lines = [f"**{ui('verdict.' + verdict.label)}**", "", ui("verdict_note"), ""]
    if verdict.criteria:
        lines.append(ui("checklist_heading"))
        lines.append("")
        for c in verdict.criteria:
            status = f"{ui('status_icon.' + c.status)} **{ui('status.' + c.status)}**"
            lines.append(f"- {status}: {c.criterion} [{c.citation}]  \n  {c.reason}")
    box = VERDICT_BOX.get(verdict.label, st.info)
    box("\n".join(lines))


def draw_contact(contact: Contact, kind: str = "person") -> None:
    with st.container(border=True):
        heading = contact.name or contact.organisation or contact.title or ""
        if kind == "switchboard":
            heading = ui("contact_switchboard", organisation=contact.organisation or "")
        lines = [f"**{escape_markdown(heading)}**"]
        about = [x for x in (contact.title, contact.organisation) if x and x != heading]
        if about:
            lines.append(escape_markdown(", ".join(about)))
        if contact.email:
            email = escape_markdown(contact.email)
            lines.append(f"{ui('contact_email')}: [{email}](mailto:{contact.email})")
        if contact.phone:
            href = tel_href(contact.phone)
            phone = escape_markdown(contact.phone)
            lines.append(f"{ui('contact_phone')}: " + (f"[{phone}]({href})" if href else phone))
        lines.append(ui("contact_source", n=contact.citation))
        st.markdown("  \n".join(lines))


def citation_markdown(c: Citation) -> str:
    facts = [c.municipality or ui("source_general")]
    if c.page is not None:
        facts.append(ui("source_page", page=c.page))
    facts.append(ui("source_date", date=c.date) if c.date else ui("source_undated"))
    head = f"**[{c.id}] {escape_markdown(c.title)}**  \n{' · '.join(facts)}"
    if c.url:
        head += f"  \n[{ui('source_link')}]({c.url})"
    quote = "\n".join(
        "> " + escape_markdown(line) if line.strip() else ">" for line in c.quote.splitlines()
    )
    return f"{head}\n\n{quote}"


def draw_sources(citations: list[Citation]) -> None:
    if not citations:
        return
    with st.expander(ui("sources_label", count=len(citations))):
        st.caption(ui("sources_intro"))
        st.markdown("\n\n".join(citation_markdown(c) for c in citations))


def draw_feedback(ex: Exchange) -> None:
    st.markdown(ui("feedback_question"))
    st.feedback("thumbs", key=f"rating_{ex.id}", on_change=save_rating, args=(ex.id,))
    if st.session_state.get("feedback_error") == ex.id:
        st.error(ui("feedback_error"))
    if ex.feedback_id is None:
        return
    if ex.comment_sent:
        st.success(ui("comment_thanks"))
        return
    st.caption(ui("feedback_thanks"))
    with st.form(key=f"comment_form_{ex.id}", border=False, enter_to_submit=True):
        st.text_input(
            ui("comment_label"),
            key=f"comment_{ex.id}",
            placeholder=ui("comment_placeholder"),
            max_chars=500,
        )
        st.form_submit_button(ui("comment_submit"), on_click=save_comment, args=(ex.id,))


def draw_answer_details(answer: Answer, kinds: list[str]) -> None:
    """Everything below the answer text."""
    if answer.municipality:
        st.caption(ui("answer_scope", municipality=answer.municipality))
    if answer.verdict is not None:
        draw_verdict(answer.verdict)
    if answer.contacts:
        st.markdown(f"**{ui('contacts_heading')}**")
        for i, contact in enumerate(answer.contacts):
            draw_contact(contact, kinds[i] if i < len(kinds) else "person")
    draw_sources(answer.citations)


def draw_question(question: str) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))


def draw_exchange(ex: Exchange) -> None:
    draw_question(ex.question)
    with st.chat_message("assistant"):
        draw_reply(ex, streaming=False)


def draw_reply(ex: Exchange, *, streaming: bool) -> None:
    if ex.answer is None:
        st.error(ui("answer_error"))
        if ex.error:
            with st.expander(ui("error_details")):
                st.code(ex.error, language=None)
        return
    text = ex.lead or ex.answer.answer
    if streaming:
        st.write_stream(stream_words(text))
    else:
        st.markdown(text)
    draw_answer_details(ex.answer, ex.contact_kinds)
    draw_feedback(ex)


def answer_question(assistant: Assistant, question: str, municipality: str | None) -> None:
    ex = Exchange(id=uuid.uuid4().hex, question=question)
    draw_question(question)
    with st.chat_message("assistant"):
        drafts = st.empty()  # checked drafts when a language model writes the prose
        with st.spinner(ui("thinking")):
            try:
                for event in assistant.stream(question, history(), municipality):
                    if isinstance(event, str):
                        drafts.markdown(event)
                        continue
                    ex.answer, ex.lead = event.answer, event.lead
                    ex.contact_kinds = [card.kind for card in event.cards]
                drafts.empty()
            except Exception:
                log.exception("answering failed: %r", question)
                ex.error = traceback.format_exc(limit=3)
        exchanges().append(ex)
        draw_reply(ex, streaming=True)


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
            log.exception("indexing from the app failed")
            record(who, "reindex", detail=ui("staff.index.audit_failed"))
            st.error(ui("index_error"))
            with st.expander(ui("error_details")):
                st.code(traceback.format_exc(limit=3), language=None)
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
        help=ui("municipality_help"),
    )
    return None if choice == everyone else choice


def draw_new_conversation_button() -> None:
    st.button(
        ui("new_conversation"),
        on_click=new_conversation,
        help=ui("new_conversation_help"),
        icon=":material/restart_alt:",
    )


def draw_examples() -> None:
    st.markdown(f"**{ui('examples_heading')}**")
    for i, question in enumerate(ui_list("examples")):
        st.button(
            question, key=f"example_{i}", on_click=ask_example, args=(question,), width="stretch"
        )


def chat_page() -> None:
    """The public chat: the app's default page."""
    st.set_page_config(page_title=ui("page_title"), page_icon="💬", layout="centered")
    st.html(CSS)
    st.title(ui("title"))
    st.markdown(ui("welcome"))

    try:
        with st.spinner(ui("starting")):
            assistant = get_assistant()
        empty = assistant.is_empty
    except Exception:
        log.exception("the assistant could not start")
        st.error(ui("start_error"))
        with st.expander(ui("error_details")):
            st.code(traceback.format_exc(limit=3), language=None)
        return
    if empty:
        draw_not_indexed()
        return
    draw_index_failures()

    municipality = draw_municipality_selector(assistant)
    restart = st.empty()  # filled last: the first answer of this run counts too
    for ex in exchanges():
        draw_exchange(ex)

    typed = st.chat_input(ui("chat_placeholder"), max_chars=MAX_QUESTION_CHARS)
    question = (typed or st.session_state.pop("pending_question", None) or "").strip()
    if question:
        answer_question(assistant, question, municipality)
    elif not exchanges():
        draw_examples()
    settings = get_settings()
    st.caption(ui("privacy_note", days=settings.feedback_retention_days))
    if settings.privacy_url:
        st.caption(f"[{ui('privacy_link')}]({settings.privacy_url})")
    if exchanges():
        with restart:
            draw_new_conversation_button()


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
