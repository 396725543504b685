"""The conversation of one browser tab (``st.session_state``) and the ratings people send."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import streamlit as st

from assistant.chat.reply import BlockLike, Reply, build_reply
from assistant.chat.sources import SourceEntry, source_entries
from assistant.core.contacts import ContactCard
from assistant.core.records import Answer, Turn
from pages.shared import get_feedback_store

log = logging.getLogger("iop.app")


@dataclass
class Exchange:
    """One question and what the engine answered (or that it failed)."""

    id: str
    question: str
    answer: Answer | None = None
    blocks: list[BlockLike] = field(default_factory=list)  # the answer's parts, in order
    cards: list[ContactCard] = field(default_factory=list)  # aligned with answer.contacts
    day: str = field(default_factory=lambda: date.today().isoformat())
    failed: bool = False
    feedback_id: int | None = None
    rating: int | None = None  # 1 helpful, -1 not helpful
    comment_sent: bool = False

    def reply(self) -> Reply:
        assert self.answer is not None
        verdict = self.answer.verdict
        return build_reply(
            self.blocks,
            self.cards,
            verdict.label if verdict else None,
            has_checklist=bool(verdict and verdict.criteria),
            fallback=self.answer.answer,
        )

    def sources(self) -> list[SourceEntry]:
        return source_entries(self.answer.citations) if self.answer else []


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
        st.session_state.pop(f"comment_{ex.id}", None)
    st.session_state["exchanges"] = []
    st.session_state.pop("pending_question", None)


def rate(exchange_id: str, rating: int) -> None:
    """Store a rating; the same button again takes it back (and deletes the row)."""
    ex = find_exchange(exchange_id)
    if ex is None or ex.answer is None:
        return
    try:
        store = get_feedback_store()
        if ex.rating == rating:
            if ex.feedback_id is not None:
                store.delete(ex.feedback_id)
            ex.feedback_id, ex.rating, ex.comment_sent = None, None, False
            return
        if ex.feedback_id is None:
            ex.feedback_id = store.add(ex.question, ex.answer, rating, None)
        else:
            store.update(ex.feedback_id, rating=rating)
        ex.rating = rating
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
