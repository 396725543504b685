"""One question and its answer in the chat: the short answer and the contact to call
first, then "Mer om svaret", more contacts and the sources folded below, then what one
can do with the answer (save, mail to the board, rate it)."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from html import escape

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from assistant.api import Assistant
from assistant.chat import html
from assistant.chat.published import pdf_in_corpus, publish_pdf
from assistant.chat.share import Shared, board_mailto, markdown_text, printable_html
from assistant.core.privacy import mask_personal
from assistant.core.settings import get_settings
from assistant.core.ui_texts import ui
from pages.chat.state import Exchange, exchanges, history, rate, save_comment
from pages.shared import asset, local_tz

log = logging.getLogger("iop.app")

# Streaming an answer that is already computed: quick, and never longer than this.
STREAM_SECONDS = 1.0
STREAM_WORD_DELAY = 0.02


def stream_words(text: str) -> Iterator[str]:
    """The finished short answer, word by word, so it appears progressively."""
    words = text.split(" ")
    delay = min(STREAM_WORD_DELAY, STREAM_SECONDS / max(len(words), 1))
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "
        time.sleep(delay)


def question_anchor(ex: Exchange) -> str:
    return f"iop-q-{ex.id}"


def draw_question(ex: Exchange) -> None:
    with st.chat_message("user"):
        st.html(f'<p id="{question_anchor(ex)}" class="iop-question">{escape(ex.question)}</p>')


def draw_exchange(ex: Exchange) -> None:
    draw_question(ex)
    with st.chat_message("assistant"):
        draw_reply(ex, streaming=False)


def _effect(effects: DeltaGenerator, ex: Exchange, phase: str, announce: str = "") -> None:
    data = f'data-phase="{phase}" data-target="{question_anchor(ex)}"'
    if announce:
        data += f' data-announce="{escape(announce)}"'
    with effects:
        st.html(f"<script {data}>{asset('chat/effects.js')}</script>", unsafe_allow_javascript=True)


def answer_question(
    assistant: Assistant, question: str, municipality: str | None, effects: DeltaGenerator
) -> None:
    day = datetime.now(local_tz()).date().isoformat()
    ex = Exchange(id=uuid.uuid4().hex, question=question, day=day)
    draw_question(ex)
    _effect(effects, ex, "asked")
    with st.chat_message("assistant"):
        drafts = st.empty()  # checked drafts when a language model writes the prose
        with st.spinner(ui("thinking")):
            try:
                for event in assistant.stream(question, history(), municipality):
                    if isinstance(event, str):
                        drafts.html(html.markdown_html(event))
                        continue
                    ex.answer, ex.blocks, ex.cards = event.answer, event.blocks, event.cards
                drafts.empty()
            except Exception:
                # The question may hold a name or a number: never log it unmasked.
                log.exception("answering failed (%s): %r", ex.id[:8], mask_personal(question).text)
                ex.failed = True
        exchanges().append(ex)
        draw_reply(ex, streaming=True)
    short = ui("answer_error") if ex.answer is None else markdown_text(ex.reply().short)
    _effect(effects, ex, "answered", ui("announce", short=short))


def draw_reply(ex: Exchange, *, streaming: bool) -> None:
    if ex.answer is None:
        st.error(ui("answer_error"))
        st.caption(ui("error_code", code=ex.id[:8]))
        return
    answer, reply = ex.answer, ex.reply()
    if streaming:
        slot = st.empty()
        shown = ""
        for word in stream_words(reply.short):
            shown += word
            slot.html(html.short_answer_html(shown, reply.verdict))
    else:
        st.html(html.short_answer_html(reply.short, reply.verdict))
    if reply.contact is not None:
        st.html(html.contact_html(reply.contact, heading=True))
    if answer.municipality:
        st.caption(ui("answer_scope", municipality=answer.municipality))
    checklist = answer.verdict is not None and bool(answer.verdict.criteria)
    if reply.more or checklist:
        with st.expander(ui("more_answer")):
            parts = [html.markdown_html(block) for block in reply.more]
            if checklist and answer.verdict is not None:
                parts.append(html.checklist_html(answer.verdict))
            st.html('<div class="iop-more">' + "".join(parts) + "</div>")
    if reply.other_contacts:
        with st.expander(ui("more_contacts", count=len(reply.other_contacts))):
            st.html("".join(html.contact_html(card) for card in reply.other_contacts))
    draw_sources(ex)
    draw_actions(ex)
    draw_feedback(ex)


def draw_sources(ex: Exchange) -> None:
    entries = ex.sources()
    if not entries:
        return
    corpus = get_settings().corpus_dir
    published = {e.source: publish_pdf(corpus, e.source) for e in entries if e.is_pdf}
    with st.expander(ui("sources_label", count=len(entries))):
        st.html(html.sources_html(entries, {k: v for k, v in published.items() if v}))
        for i, entry in enumerate(entries):
            path = (
                pdf_in_corpus(corpus, entry.source) if published.get(entry.source) is None else None
            )
            if entry.is_pdf and not entry.url and path is not None:
                st.download_button(
                    f"{ui('source_download')}: {entry.name}",
                    data=path.read_bytes(),
                    file_name=path.name,
                    mime="application/pdf",
                    key=f"pdf_{ex.id}_{i}",
                    on_click="ignore",
                )


def draw_actions(ex: Exchange) -> None:
    """Save or print the answer; mail it to the association's board."""
    shared = Shared(ex.question, ex.reply(), ex.sources(), ex.day)
    with st.container(horizontal=True, key=f"actions_{ex.id}"):
        st.download_button(
            ui("save_answer"),
            data=printable_html(shared),
            file_name=ui("save_answer_file", day=ex.day),
            mime="text/html",
            icon=":material/print:",
            key=f"save_{ex.id}",
            on_click="ignore",
        )
        st.link_button(ui("mail_board"), board_mailto(shared), icon=":material/mail:")


def draw_feedback(ex: Exchange) -> None:
    st.markdown(f"**{ui('feedback_question')}**")
    with st.container(horizontal=True, key=f"rating_{ex.id}"):
        for value, label, icon in (
            (1, "feedback_yes", ":material/thumb_up:"),
            (-1, "feedback_no", ":material/thumb_down:"),
        ):
            st.button(
                ui(label),
                key=f"rate_{'up' if value == 1 else 'down'}_{ex.id}",
                icon=icon,
                type="primary" if ex.rating == value else "secondary",
                on_click=rate,
                args=(ex.id, value),
            )
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
