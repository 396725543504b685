"""Reviewer page "Granskning": check what the assistant tells associations. Draws only;
the work is done by ``assistant.staff.review`` (marks, CSV, regression runs),
``assistant.staff.feedback`` and ``Assistant.explain``.

Three parts: the chat's feedback (thumbs down first) with a "stämmer" / "stämmer inte"
mark and a note for each; "Testa en fråga", which shows why an answer came out as it
did; and the question set, run and compared with the previous run.
"""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from typing import Any

import streamlit as st

from assistant.api import RELEVANCE_FLOOR, Explanation
from assistant.core.settings import get_settings
from assistant.core.ui_texts import ui, ui_list
from assistant.staff.evaluation import load_questions
from assistant.staff.review import (
    STATUSES,
    ReviewItem,
    ReviewStore,
    change_direction,
    export_csv,
    latest_comparison,
    load_run,
    regression_questions,
    review_items,
    run_regression,
    run_time,
    sources_text,
)
from pages.shared import (
    escape_markdown,
    get_assistant,
    get_feedback_store,
    local_time,
    local_tz,
    record,
    require_login,
)

log = logging.getLogger("iop.review")

FLASH_KEY = "review_flash"
MAX_ITEMS = 50


def flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def draw_flash() -> None:
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        (st.success if kind == "success" else st.warning)(text)


# -- feedback and marks -----------------------------------------------------------------
def status_label(status: str) -> str:
    return ui(f"review.status.{status}")


def draw_feedback(who: str) -> None:
    store = get_feedback_store()
    reviews = ReviewStore(store.path)
    reviews.delete_orphans()  # marks of feedback that was taken back or has expired
    everyone = ui("all_municipalities")
    names = sorted({e.municipality for e in store.list() if e.municipality})
    left, right = st.columns(2)
    municipality = left.selectbox(
        ui("review.filter_municipality"), [everyone, *names], key="review_municipality"
    )
    status = right.selectbox(
        ui("review.filter_status"),
        ["all", "unreviewed", *STATUSES],
        format_func=lambda s: ui(f"review.status_filter.{s}"),
        key="review_status_filter",
    )
    items = review_items(
        store,
        reviews,
        municipality=None if municipality == everyone else municipality,
        status=None if status == "all" else status,  # type: ignore[arg-type]
    )
    if not items:
        st.info(ui("review.empty"))
        return
    labels = {s: status_label(s) for s in ("correct", "incorrect", "unreviewed")}
    csv_text = export_csv(items, ui_list("review.csv_headers"), labels)
    stamp = datetime.now(local_tz()).strftime("%Y-%m-%d")
    st.download_button(
        ui("review.export"),
        data=csv_text.encode("utf-8-sig"),  # with BOM: Excel then reads å, ä, ö right
        file_name=f"iop-granskning-{stamp}.csv",
        mime="text/csv",
        key="review_export",
        icon=":material/download:",
        on_click="ignore",
    )
    st.caption(ui("review.count", shown=min(len(items), MAX_ITEMS), total=len(items)))
    for item in items[:MAX_ITEMS]:
        draw_item(item, reviews, who)


def draw_item(item: ReviewItem, reviews: ReviewStore, who: str) -> None:
    e, mark = item.entry, item.mark
    with st.container(border=True):
        thumb = "👎" if e.rating < 0 else "👍"
        place = escape_markdown(e.municipality or ui("review.no_municipality"))
        st.markdown(
            f"{thumb} **{ui('review.item_heading', id=e.id)}** · {local_time(e.created_at)}"
            f" · {place}"
        )
        st.markdown(f"**{ui('review.question')}** {escape_markdown(e.question)}")
        with st.expander(ui("review.answer"), expanded=e.rating < 0):
            st.markdown(e.answer_text)
        sources = sources_text(e)
        if sources:
            lines = "\n".join(f"- {escape_markdown(line)}" for line in sources.splitlines())
            st.markdown(f"**{ui('review.sources')}**\n\n{lines}")
        if e.comment:
            st.markdown(f"**{ui('review.comment')}** {escape_markdown(e.comment)}")
        if mark is not None:
            st.caption(
                ui(
                    "review.marked",
                    status=status_label(mark.status),
                    who=escape_markdown(mark.reviewer),
                    at=local_time(mark.reviewed_at),
                )
            )
            if mark.note:
                st.caption(f"{ui('review.note')} {escape_markdown(mark.note)}")
        with st.form(f"review_form_{e.id}", border=False):
            chosen = st.radio(
                ui("review.status_label"),
                list(STATUSES),
                index=STATUSES.index(mark.status) if mark else None,
                format_func=status_label,
                horizontal=True,
                key=f"review_status_{e.id}",
            )
            note = st.text_area(
                ui("review.note_label"),
                value=(mark.note or "") if mark else "",
                help=ui("review.note_help"),
                max_chars=2000,
                key=f"review_note_{e.id}",
            )
            saved = st.form_submit_button(ui("review.save"), key=f"review_save_{e.id}")
        if saved:
            if chosen is None:
                st.warning(ui("review.need_status"))
                return
            try:
                reviews.mark(e.id, chosen, note, who)
            except KeyError:
                st.warning(ui("review.missing"))
                return
            record(who, "review", f"omdöme {e.id}", status_label(chosen))
            flash("success", ui("review.saved", id=e.id))
            st.rerun()


# -- "Testa en fråga" -------------------------------------------------------------------
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
                log.exception("probe question failed: %r", question)
                st.error(ui("review.probe.error"))
                with st.expander(ui("error_details")):
                    st.code(traceback.format_exc(limit=3), language=None)
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
        st.markdown(answer.answer)

    st.subheader(ui("review.probe.passages_heading"))
    st.caption(ui("review.probe.passages_help", floor=RELEVANCE_FLOOR))
    if not ex.passages:
        st.info(ui("review.probe.no_passages"))
    else:
        cited = {c.source for c in answer.citations}
        col = "review.probe.columns."
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
                    ui(col + "criterion"): j.criterion.text,
                    ui(col + "kind"): j.criterion.kind,
                    ui(col + "status"): ui(f"status.{j.status}"),
                    ui(col + "evidence"): j.evidence or "",
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


# -- the question set -------------------------------------------------------------------
def draw_regression(who: str) -> None:
    settings = get_settings()
    eval_dir = settings.data_dir / "eval"
    count = len(load_questions(regression_questions()))
    st.markdown(ui("review.regression.intro", count=count))
    if st.button(ui("review.regression.run"), key="regression_run", type="primary"):
        try:
            assistant = get_assistant()
            if assistant.is_empty:
                st.error(ui("review.regression.empty_index"))
                return
            with st.spinner(ui("review.regression.running")):
                path, report, _ = run_regression(assistant, eval_dir)
        except Exception:
            log.exception("the question set could not be run")
            st.error(ui("review.regression.error"))
            with st.expander(ui("error_details")):
                st.code(traceback.format_exc(limit=3), language=None)
            return
        summary = report["summary"]
        record(
            who,
            "regression",
            path.name,
            ui(
                "review.regression.audit_detail",
                passed=summary["passed"],
                questions=summary["questions"],
            ),
        )
    latest = latest_comparison(eval_dir)
    if latest is None:
        st.info(ui("review.regression.never"))
        return
    path, current, comparison = latest
    summary = current["summary"]
    st.markdown(
        ui(
            "review.regression.latest",
            at=local_time(_run_stamp(path)),
            passed=summary["passed"],
            questions=summary["questions"],
        )
    )
    if comparison.previous is None:
        st.info(ui("review.regression.first"))
        before: dict[str, Any] = {}
    else:
        st.caption(ui("review.regression.compared", at=local_time(_run_stamp(comparison.previous))))
        before = _previous_summary(comparison.previous)
        if not comparison.changes:
            st.success(ui("review.regression.no_change"))
    col = "review.regression.columns."
    rows = []
    for metric, after in summary.items():
        old = before.get(metric)
        direction = change_direction(metric, old, after) if before else "same"
        rows.append(
            {
                ui(col + "metric"): _metric_label(metric),
                ui(col + "before"): "" if old is None else str(old),
                ui(col + "after"): str(after),
                ui(col + "change"): ui(f"review.regression.change.{direction}"),
            }
        )
    st.dataframe(rows, hide_index=True, width="stretch", key="regression_summary")
    failures = {q["id"]: q for q in current.get("questions", [])}
    if comparison.worse:
        lines = [
            f"- **{qid}**: " + escape_markdown("; ".join(failures.get(qid, {}).get("failures", [])))
            for qid in comparison.worse
        ]
        st.error(
            ui("review.regression.worse", count=len(comparison.worse)) + "\n\n" + "\n".join(lines)
        )
    if comparison.better:
        lines = [f"- **{qid}**" for qid in comparison.better]
        st.success(
            ui("review.regression.better", count=len(comparison.better)) + "\n\n" + "\n".join(lines)
        )


def _run_stamp(path: Any) -> str:
    moment = run_time(path)
    return moment.isoformat() if moment else ""


def _previous_summary(path: Any) -> dict[str, Any]:
    summary: dict[str, Any] = load_run(path).get("summary", {})
    return summary


def _intent_label(intent: str) -> str:
    try:
        return ui(f"review.probe.intents.{intent}")
    except (KeyError, TypeError):
        return intent


def _metric_label(metric: str) -> str:
    try:
        return ui(f"review.regression.metrics.{metric}")
    except (KeyError, TypeError):
        return metric


def main() -> None:
    st.set_page_config(page_title=ui("review.page_title"), layout="wide")
    st.title(ui("review.title"))
    who = require_login()
    if who is None:
        return
    st.markdown(ui("review.intro"))
    with st.container():  # always there, so the tabs below keep their place
        draw_flash()
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
