"""Tab "Testa en fråga": why an answer came out as it did — the passages with their
scores, the criteria judged, and the contact cards (``Assistant.explain``)."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from assistant.api import RELEVANCE_FLOOR, Explanation
from assistant.chat.html import markdown_html
from assistant.core.privacy import mask_personal
from assistant.core.ui_texts import ui
from assistant.staff.review import match_strength
from pages.shared import escape_markdown, get_assistant, show_failure

log = logging.getLogger("iop.review")


def draw_probe() -> None:
    st.markdown(ui("review.probe.intro"))
    try:
        assistant = get_assistant()
        names = assistant.municipalities()
    except Exception:
        log.exception("the assistant could not start")
        st.error(ui("start_error"))
        return
    everyone = ui("all_municipalities")
    with st.form("probe_form"):
        question = st.text_area(ui("review.probe.question"), max_chars=2000, key="probe_question")
        municipality = st.selectbox(
            ui("review.probe.municipality"), [everyone, *names], key="probe_municipality"
        )
        asked = st.form_submit_button(ui("review.probe.submit"), type="primary")
    if asked:
        if not (question or "").strip():
            st.warning(ui("review.probe.empty"))
        else:
            try:
                st.session_state["probe_result"] = assistant.explain(
                    question, [], None if municipality == everyone else municipality
                )
            except Exception:
                log.exception("probe question failed: %r", mask_personal(question).text)
                show_failure("review.probe.error")
                return
    result = st.session_state.get("probe_result")
    if isinstance(result, Explanation):
        draw_explanation(result)


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


def draw_explanation(ex: Explanation) -> None:
    answer = ex.answer
    source = ui(f"review.probe.municipality_from.{ex.municipality_from or 'none'}")
    st.markdown(
        ui(
            "review.probe.summary",
            intent=_intent_label(ex.intent),
            municipality=answer.municipality or "–",
            source=source,
        )
    )
    if answer.abstained:
        st.info(ui("review.probe.abstained"))
    st.subheader(ui("review.probe.answer_heading"))
    with st.container(border=True):
        st.html(markdown_html(answer.answer))  # document text as text, never a link

    st.subheader(ui("review.probe.passages_heading"))
    st.caption(ui("review.probe.passages_words_help"))
    if not ex.passages:
        st.info(ui("review.probe.no_passages"))
    else:
        cited = {c.source for c in answer.citations}
        col = "review.probe.columns."
        words = [
            {
                ui(col + "rank"): rank,
                ui(col + "match"): ui(
                    "review.probe.match."
                    + match_strength(ex.relevance.get(p.chunk.chunk_id), RELEVANCE_FLOOR)
                ),
                ui(col + "title"): p.chunk.title,
                ui(col + "municipality"): p.chunk.municipality or "",
                ui(col + "cited_word"): ui(
                    "review.probe.yes" if p.chunk.source in cited else "review.probe.no"
                ),
            }
            for rank, p in enumerate(ex.passages, start=1)
        ]
        st.dataframe(words, hide_index=True, width="stretch", key="probe_words")
        rows: list[dict[str, Any]] = []
        for rank, p in enumerate(ex.passages, start=1):
            coverage = ex.relevance.get(p.chunk.chunk_id)
            rows.append(
                {
                    # The numbers first, so they show without scrolling sideways.
                    ui(col + "rank"): rank,
                    ui(col + "score"): _rounded(p.score, 5),
                    ui(col + "coverage"): _rounded(coverage, 3),
                    ui(col + "relevant"): coverage is not None and coverage >= RELEVANCE_FLOOR,
                    ui(col + "cited"): p.chunk.source in cited,
                    ui(col + "dense"): _rounded(p.dense),
                    ui(col + "dense_rank"): p.dense_rank,
                    ui(col + "lexical"): _rounded(p.lexical),
                    ui(col + "lexical_rank"): p.lexical_rank,
                    ui(col + "source"): p.chunk.source,
                    ui(col + "title"): p.chunk.title,
                    ui(col + "municipality"): p.chunk.municipality or "",
                }
            )
        with st.expander(ui("review.probe.technical")):
            st.caption(ui("review.probe.passages_help", floor=RELEVANCE_FLOOR))
            st.dataframe(rows, hide_index=True, width="stretch", key="probe_passages")
        with st.expander(ui("review.probe.passage_texts")):
            for rank, p in enumerate(ex.passages, start=1):
                heading = " › ".join([p.chunk.title, *p.chunk.heading_path])
                st.markdown(f"**{rank}. {escape_markdown(heading)}** ({p.chunk.source})")
                st.text(p.chunk.text)

    if ex.assessment is not None:
        st.subheader(ui("review.probe.criteria_heading"))
        label = ui(f"verdict.{ex.assessment.label}")
        st.markdown(ui("review.probe.verdict", label=label))
        col = "review.probe.criteria_columns."
        st.dataframe(
            [
                {
                    ui(col + "criterion"): j.criterion.text if j.criterion else "",
                    ui(col + "kind"): j.principle or "",
                    ui(col + "status"): ui(f"status.{j.status}"),
                    ui(col + "evidence"): j.clause or "",
                }
                for j in ex.assessment.judgements
            ],
            hide_index=True,
            width="stretch",
            key="probe_criteria",
        )
    if ex.cards:
        st.subheader(ui("review.probe.contacts_heading"))
        col = "review.probe.contacts_columns."
        st.dataframe(
            [
                {
                    ui(col + "kind"): card.kind,
                    ui(col + "name"): card.name or "",
                    ui(col + "title"): ", ".join(x for x in (card.title, card.unit) if x),
                    ui(col + "organisation"): card.organisation or "",
                    ui(col + "email"): card.email or "",
                    ui(col + "phone"): card.phone or "",
                }
                for card in ex.cards
            ],
            hide_index=True,
            width="stretch",
            key="probe_contacts",
        )


def _intent_label(intent: str) -> str:
    try:
        return ui(f"review.probe.intents.{intent}")
    except (KeyError, TypeError):
        return intent
