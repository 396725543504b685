"""Tab "Uppdatera index": bring the index in line with the corpus folder, with progress."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from assistant.core.settings import Settings
from assistant.core.storage import LockBusyError
from assistant.core.ui_texts import ui
from assistant.staff.indexing import reindex
from pages.shared import escape_markdown, get_embeddings, record, show_failure

log = logging.getLogger("iop.staff")


def draw_index(settings: Settings, who: str) -> None:
    st.markdown(ui("staff.index.intro"))
    if st.button(ui("staff.index.run"), key="reindex", type="primary"):
        run_index(settings, who)
    report = st.session_state.get("index_report")
    if report:
        draw_report(report)


def run_index(settings: Settings, who: str) -> None:
    bar = st.progress(0.0, text=ui("staff.index.starting"))

    def progress(name: str, done: int, total: int) -> None:
        share = min(done / total, 1.0) if total else 1.0
        text = (
            ui("staff.index.progress", name=name, done=done + 1, total=total)
            if name
            else ui("staff.index.finishing")
        )
        bar.progress(share, text=text)

    try:
        report = reindex(settings, get_embeddings(), progress)
    except LockBusyError:
        bar.empty()
        st.error(ui("staff.index.busy"))
        return
    except Exception:
        log.exception("re-indexing from the staff page failed")
        bar.empty()
        record(who, "reindex", detail=ui("staff.index.audit_failed"))
        show_failure("staff.index.error")
        return
    record(
        who,
        "reindex",
        ui("staff.index.audit_target"),
        ui(
            "staff.index.audit_detail",
            added=len(report.added),
            updated=len(report.updated),
            removed=len(report.removed),
            failed=len(report.failed),
        ),
    )
    st.session_state["index_report"] = report.to_json()
    st.rerun()


def draw_report(report: dict[str, Any]) -> None:
    st.success(
        ui(
            "staff.index.report",
            seconds=f"{report['seconds']:.1f}",
            added=len(report["added"]),
            updated=len(report["updated"]),
            removed=len(report["removed"]),
            unchanged=len(report["unchanged"]),
            chunks=report["chunks"],
        )
    )
    if report["failed"]:
        lines = "\n".join(
            f"- {escape_markdown(f['path'])}: {escape_markdown(f['error'])}"
            for f in report["failed"]
        )
        st.warning(ui("staff.index.failed") + "\n\n" + lines)
    if report["skipped"]:
        lines = "\n".join(f"- {escape_markdown(s)}" for s in report["skipped"])
        st.info(ui("staff.index.skipped") + "\n\n" + lines)
    st.caption(ui("staff.index.regression_hint"))
