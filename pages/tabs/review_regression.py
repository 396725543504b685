"""Tab "Frågesetet": run the shipped question set and compare it with the run before."""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from assistant.core.settings import get_settings
from assistant.core.ui_texts import ui
from assistant.staff.regression import (
    latest_comparison,
    metric_changes,
    question_count,
    run_regression,
    run_time,
)
from pages.shared import escape_markdown, get_assistant, local_time, record, show_failure

log = logging.getLogger("iop.review")


def draw_regression(who: str) -> None:
    eval_dir = get_settings().data_dir / "eval"
    st.markdown(ui("review.regression.intro", count=question_count()))
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
            show_failure("review.regression.error")
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
    else:
        st.caption(ui("review.regression.compared", at=local_time(_run_stamp(comparison.previous))))
        if not comparison.changes:
            st.success(ui("review.regression.no_change"))
    col = "review.regression.columns."
    rows = [
        {
            ui(col + "metric"): _metric_label(change.metric),
            ui(col + "before"): "" if change.before is None else str(change.before),
            ui(col + "after"): str(change.after),
            ui(col + "change"): ui(f"review.regression.change.{change.direction}"),
        }
        for change in metric_changes(current, comparison.previous)
    ]
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


def _run_stamp(path: Path) -> str:
    moment = run_time(path)
    return moment.isoformat() if moment else ""


def _metric_label(metric: str) -> str:
    try:
        return ui(f"review.regression.metrics.{metric}")
    except (KeyError, TypeError):
        return metric
