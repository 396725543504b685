"""Staff page "Dokument": keep the corpus current. Draws only; the work is done by
``assistant.staff.corpus_admin`` (files), ``assistant.staff.indexing`` (the index),
``assistant.staff.feedback`` (stored feedback) and ``assistant.staff.audit`` (the log).

Every action is behind the login (``pages/shared.require_login``) and recorded in the
audit log. Actions store their outcome in ``st.session_state["staff_flash"]`` and rerun,
so that the table above always shows the state after the action.
"""

from __future__ import annotations

import hashlib
import logging
import math
import traceback
from datetime import date, datetime, timedelta
from typing import Any

import streamlit as st

from assistant.answers.freshness import stale_documents
from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES, SIDECAR_KEYS
from assistant.core.settings import Settings, get_settings
from assistant.core.storage import LockBusyError
from assistant.core.ui_texts import ui
from assistant.staff import corpus_admin, sources_admin, stored_data
from assistant.staff.corpus_admin import SUPPORTED_SUFFIXES, CorpusAdminError, DocumentStatus
from assistant.staff.indexing import fetch_now, fetch_state, indexed, reindex
from assistant.staff.sources_admin import SourcesError
from pages.shared import (
    audit_log,
    escape_markdown,
    get_embeddings,
    get_feedback_store,
    local_time,
    local_tz,
    record,
    require_login,
)

log = logging.getLogger("iop.staff")

FLASH_KEY = "staff_flash"
AUDIT_ROWS = 500


# -- messages that survive the rerun after an action ------------------------------------
def flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def draw_flash() -> None:
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        {"success": st.success, "warning": st.warning, "error": st.error}.get(kind, st.info)(text)


def size_limit(settings: Settings) -> str:
    """The upload limit in MB as Swedes write it: "25", "2,5"."""
    return f"{settings.max_file_size_mb:g}".replace(".", ",")


def admin_error_text(exc: CorpusAdminError) -> str:
    field = ui(f"staff.fields.{exc.field}") if exc.field in SIDECAR_KEYS else (exc.field or "")
    return ui(
        f"staff.errors.{exc.code}",
        name=exc.name,
        field=field,
        detail=exc.detail or str(exc),
        limit=size_limit(get_settings()),
    )


# -- the table --------------------------------------------------------------------------
def municipality_label(row: DocumentStatus) -> str:
    return row.municipality or ui("staff.general")


def draw_documents(settings: Settings, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.intro"))
    if not rows:
        st.info(ui("staff.no_documents", corpus_dir=settings.corpus_dir))
        return
    everyone = ui("all_municipalities")
    names = sorted({municipality_label(r) for r in rows})
    choice = st.selectbox(ui("staff.filter_municipality"), [everyone, *names], key="docs_filter")
    shown = [r for r in rows if choice == everyone or municipality_label(r) == choice]
    col = "staff.columns."
    table = [
        {
            ui(col + "municipality"): municipality_label(r),
            ui(col + "title"): r.title,
            ui(col + "doc_type"): r.doc_type or "",
            ui(col + "date"): r.date or "",
            ui(col + "chunks"): "" if r.chunks is None else str(r.chunks),
            ui(col + "indexed_at"): local_time(r.indexed_at),
            ui(col + "state"): ui(f"staff.state.{r.state}"),
            ui(col + "error"): r.error or "",
            ui(col + "source"): r.source,
        }
        for r in shown
    ]
    st.dataframe(table, hide_index=True, width="stretch", key="docs_table")
    st.caption(ui("staff.count", shown=len(shown), total=len(rows)))
    if any(r.state != "indexed" for r in rows):
        st.info(ui("staff.pending_changes"))
    draw_stale(settings)


def draw_stale(settings: Settings) -> None:
    """Documents whose agreement has ended or that are older than the limit."""
    years = settings.max_source_age_years
    st.subheader(ui("staff.stale.heading"))
    stale = stale_documents(indexed(settings)[0], date.today(), years)
    if not stale:
        st.caption(ui("staff.stale.none", years=years))
        return
    st.markdown(ui("staff.stale.intro", years=years))
    lines = []
    for s in stale:
        reason = (
            ui("staff.stale.expired", date=s.facts.valid_to or "?")
            if s.validity.expired
            else ui("staff.stale.too_old", date=s.validity.newest or "?")
        )
        lines.append(f"- **{escape_markdown(s.title)}** ({escape_markdown(s.source)}): {reason}")
    st.markdown("\n".join(lines))


# -- web sources ------------------------------------------------------------------------
def draw_sources(settings: Settings, who: str) -> None:
    st.markdown(ui("staff.sources.intro"))
    try:
        specs = sources_admin.read_sources(settings)
    except SourcesError as exc:
        st.error(str(exc))
        return
    state = {s.url: s for s in fetch_state(settings)}
    if specs:
        col = "staff.sources."
        st.dataframe(
            [
                {
                    ui(col + "col_url"): spec.url,
                    ui(col + "col_municipality"): spec.municipality or "",
                    ui(col + "col_fetched"): (state[spec.url].fetched_at or "")
                    if spec.url in state
                    else "",
                    ui(col + "col_checked"): (state[spec.url].checked_at or "")
                    if spec.url in state
                    else "",
                    ui(col + "col_error"): (state[spec.url].last_error or "")
                    if spec.url in state
                    else "",
                }
                for spec in specs
            ],
            hide_index=True,
            width="stretch",
            key="sources_table",
        )
        if st.button(ui("staff.sources.fetch"), key="fetch_now", type="primary"):
            run_fetch_now(settings, who)
    else:
        st.info(ui("staff.sources.none"))
    with st.form("source_add_form"):
        st.markdown(f"**{ui('staff.sources.add_heading')}**")
        url = st.text_input(ui("staff.sources.url"), key="source_url")
        muni = st.selectbox(
            ui("staff.sources.municipality"),
            ["", *municipalities.all_names()],
            key="source_municipality",
        )
        doc_type = st.selectbox(ui("staff.sources.doc_type"), ["", *DOC_TYPES], key="source_type")
        follow = st.checkbox(ui("staff.sources.follow"), key="source_follow")
        if st.form_submit_button(ui("staff.sources.add")):
            try:
                spec = sources_admin.add_source(
                    settings, url, muni or None, doc_type or None, follow
                )
            except SourcesError as exc:
                st.error(str(exc))
            else:
                record(who, "source_add", spec.url)
                flash("success", ui("staff.sources.added", url=spec.url))
                st.rerun()
    if specs:
        with st.form("source_remove_form"):
            st.markdown(f"**{ui('staff.sources.remove_heading')}**")
            chosen = st.selectbox(
                ui("staff.sources.remove_choice"), [s.url for s in specs], key="source_remove"
            )
            sure = st.checkbox(ui("staff.sources.remove_confirm"), key="source_remove_sure")
            if st.form_submit_button(ui("staff.sources.remove")) and sure and chosen:
                if sources_admin.remove_source(settings, chosen):
                    record(who, "source_remove", chosen)
                    flash("success", ui("staff.sources.removed", url=chosen))
                st.rerun()


def run_fetch_now(settings: Settings, who: str) -> None:
    with st.spinner(ui("staff.sources.fetching")):
        try:
            report = fetch_now(settings)
        except LockBusyError:
            st.error(ui("staff.sources.busy"))
            return
        except SourcesError as exc:
            st.error(str(exc))
            return
    data = report.to_json()
    detail = ui(
        "staff.sources.fetched",
        fetched=data["fetched"],
        unchanged=data["unchanged"],
        failed=len(data["failed"]),
    )
    record(who, "fetch", str(sources_admin.sources_path(settings)), detail)
    flash("success" if not data["failed"] else "warning", detail)
    st.rerun()


# -- upload -----------------------------------------------------------------------------
def _metadata_inputs(prefix: str) -> dict[str, str | None]:
    """Optional title, type, date and web address; only what was filled in."""
    auto = ui("staff.auto")
    title = st.text_input(ui("staff.fields.title"), key=f"{prefix}_title", max_chars=300)
    doc_type = st.selectbox(ui("staff.fields.doc_type"), [auto, *DOC_TYPES], key=f"{prefix}_type")
    day = st.text_input(
        ui("staff.fields.date"),
        key=f"{prefix}_date",
        placeholder=ui("staff.upload.date_placeholder"),
        max_chars=10,
    )
    url = st.text_input(ui("staff.fields.source_url"), key=f"{prefix}_url", max_chars=500)
    values: dict[str, str | None] = {}
    if title.strip():
        values["title"] = title.strip()
    if doc_type != auto:
        values["doc_type"] = doc_type
    if day.strip():
        values["date"] = day.strip()
    if url.strip():
        values["source_url"] = url.strip()
    return values


def draw_upload(settings: Settings, who: str) -> None:
    st.markdown(ui("staff.upload.intro", limit=size_limit(settings)))
    municipality = st.selectbox(
        ui("staff.upload.municipality"),
        municipalities.all_names(),
        index=None,
        placeholder=ui("staff.upload.municipality_placeholder"),
        key="upload_municipality",
    )
    generation = st.session_state.setdefault("upload_generation", 0)
    upload = st.file_uploader(
        ui("staff.upload.file"),
        type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
        max_upload_size=max(1, math.ceil(settings.max_file_size_mb)),
        key=f"upload_file_{generation}",
    )
    with st.expander(ui("staff.upload.metadata")):
        metadata = _metadata_inputs("upload")

    pending = st.session_state.get("upload_pending")
    current = (upload.name, municipality) if upload is not None else None
    if pending is not None and (current is None or tuple(pending["key"]) != current):
        st.session_state.pop("upload_pending", None)  # the file or kommun changed meanwhile
        pending = None
    if pending is not None:
        st.warning(ui("staff.upload.exists", name=pending["rel"]))
        yes, no = st.columns(2)
        if yes.button(ui("staff.upload.replace"), key="upload_replace", type="primary"):
            st.session_state.pop("upload_pending", None)
            _save_upload(settings, who, upload, municipality, metadata, replace=True)
        if no.button(ui("staff.upload.cancel"), key="upload_cancel"):
            st.session_state.pop("upload_pending", None)
            st.rerun()
        return
    if st.button(ui("staff.upload.submit"), key="upload_submit", type="primary"):
        if upload is None or municipality is None:
            st.warning(ui("staff.upload.need_both"))
            return
        _save_upload(settings, who, upload, municipality, metadata, replace=False)


def _save_upload(
    settings: Settings,
    who: str,
    upload: Any,
    municipality: str | None,
    metadata: dict[str, str | None],
    *,
    replace: bool,
) -> None:
    if upload is None or municipality is None:
        st.warning(ui("staff.upload.need_both"))
        return
    corpus = settings.corpus_dir
    try:
        # Name and size first: an oversized upload is refused before it is read.
        corpus_admin.check_upload(
            corpus, municipality, upload.name, upload.size, settings.max_file_size_bytes
        )
        saved = corpus_admin.save_upload(
            corpus,
            municipality,
            upload.name,
            upload.getvalue(),
            max_bytes=settings.max_file_size_bytes,
            replace=replace,
            metadata=metadata,
        )
    except corpus_admin.NameTakenError:
        target = corpus_admin.target_path(corpus, municipality, upload.name)
        st.session_state["upload_pending"] = {
            "key": [upload.name, municipality],
            "rel": corpus_admin.relative(corpus, target),
        }
        st.rerun()
    except CorpusAdminError as exc:
        log.info("upload refused: %s", exc)
        st.error(admin_error_text(exc))
        return
    except OSError:
        log.exception("upload could not be written")
        st.error(ui("staff.upload.error"))
        return
    detail = f"{municipality}, {saved.size} byte"
    if metadata:
        detail += ", " + ", ".join(f"{k}={v}" for k, v in metadata.items())
    if saved.replaced:
        detail += " (ersatte befintlig fil)"
    record(who, "upload", saved.rel, detail)
    key = "staff.upload.replaced" if saved.replaced else "staff.upload.saved"
    flash("success", ui(key, name=saved.rel))
    st.session_state["upload_generation"] = st.session_state.get("upload_generation", 0) + 1
    st.rerun()


# -- metadata ---------------------------------------------------------------------------
def _document_choice(rows: list[DocumentStatus], label: str, key: str) -> str | None:
    on_disk = [r for r in rows if r.state != "removed"]
    titles = {r.source: r.title for r in on_disk}
    return st.selectbox(
        label,
        [r.source for r in on_disk],
        index=None,
        format_func=lambda s: f"{titles.get(s, s)} ({s})",
        placeholder=ui("staff.metadata.document_placeholder"),
        key=key,
    )


def draw_metadata(settings: Settings, who: str, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.metadata.intro"))
    rel = _document_choice(rows, ui("staff.metadata.document"), "meta_doc")
    if rel is None:
        return
    corpus = settings.corpus_dir
    try:
        current = corpus_admin.read_metadata(corpus, rel)
    except corpus_admin.InvalidMetadataError as exc:
        st.warning(ui("staff.metadata.broken", detail=exc.detail))
        current = {}
    except CorpusAdminError as exc:
        st.error(admin_error_text(exc))
        return
    auto = ui("staff.auto")
    names = municipalities.all_names()
    types = list(DOC_TYPES)
    key = "meta_" + hashlib.sha256(rel.encode()).hexdigest()[:12]
    muni_options: list[str] = [auto, *names]
    type_options: list[str] = [auto, *types]
    now_muni, now_type = current.get("municipality") or auto, current.get("doc_type") or auto
    with st.form(f"{key}_form"):
        muni = st.selectbox(
            ui("staff.fields.municipality"),
            muni_options,
            index=muni_options.index(now_muni) if now_muni in muni_options else 0,
            key=f"{key}_municipality",
        )
        title = st.text_input(
            ui("staff.fields.title"),
            value=current.get("title") or "",
            key=f"{key}_title",
            max_chars=300,
        )
        doc_type = st.selectbox(
            ui("staff.fields.doc_type"),
            type_options,
            index=type_options.index(now_type) if now_type in type_options else 0,
            key=f"{key}_type",
        )
        no_date = st.checkbox(
            ui("staff.metadata.no_date"),
            value="date" in current and current["date"] is None,
            key=f"{key}_no_date",
        )
        day = st.text_input(
            ui("staff.fields.date"),
            value=current.get("date") or "",
            placeholder=ui("staff.upload.date_placeholder"),
            key=f"{key}_date",
            max_chars=10,
        )
        url = st.text_input(
            ui("staff.fields.source_url"),
            value=current.get("source_url") or "",
            key=f"{key}_url",
            max_chars=500,
        )
        submitted = st.form_submit_button(
            ui("staff.metadata.save"), type="primary", key=f"{key}_save"
        )
    if not submitted:
        return
    if no_date and day.strip():
        st.error(ui("staff.metadata.date_conflict"))
        return
    values: dict[str, str | None] = {
        "municipality": "" if muni == auto else muni,
        "title": title,
        "doc_type": "" if doc_type == auto else doc_type,
        "date": None if no_date else day,
        "source_url": url,
    }
    try:
        corpus_admin.write_sidecar(corpus, rel, values)
        after = corpus_admin.read_metadata(corpus, rel)
    except CorpusAdminError as exc:
        st.error(admin_error_text(exc))
        return
    except OSError:
        log.exception("sidecar could not be written")
        st.error(ui("staff.upload.error"))
        return
    changes = [
        f"{k}: {current.get(k, '–')!s} → {after.get(k, '–')!s}"
        for k in SIDECAR_KEYS
        if (k in current, current.get(k)) != (k in after, after.get(k))
    ]
    record(who, "metadata", rel, "; ".join(changes) or ui("staff.metadata.unchanged"))
    flash("success", ui("staff.metadata.saved", name=rel))
    st.rerun()


# -- delete -----------------------------------------------------------------------------
def draw_delete(settings: Settings, who: str, rows: list[DocumentStatus]) -> None:
    st.markdown(ui("staff.delete.intro"))
    rel = _document_choice(rows, ui("staff.delete.document"), "delete_doc")
    if rel is None:
        st.session_state.pop("delete_pending", None)
        return
    if st.session_state.get("delete_pending") != rel:
        if st.button(ui("staff.delete.submit"), key="delete_submit"):
            st.session_state["delete_pending"] = rel
            st.rerun()
        return
    st.warning(ui("staff.delete.confirm", name=rel))
    yes, no = st.columns(2)
    if no.button(ui("staff.delete.confirm_no"), key="delete_no"):
        st.session_state.pop("delete_pending", None)
        st.rerun()
    if yes.button(ui("staff.delete.confirm_yes"), key="delete_yes", type="primary"):
        st.session_state.pop("delete_pending", None)
        try:
            deleted = corpus_admin.delete_document(settings.corpus_dir, rel)
        except CorpusAdminError as exc:
            st.error(admin_error_text(exc))
            return
        except OSError:
            log.exception("document could not be deleted")
            st.error(ui("staff.delete.error"))
            return
        record(who, "delete", rel, ", ".join(p.name for p in deleted))
        st.session_state.pop("delete_doc", None)
        flash("success", ui("staff.delete.done", name=rel))
        st.rerun()


# -- re-index ---------------------------------------------------------------------------
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
        st.error(ui("staff.index.error"))
        with st.expander(ui("error_details")):
            st.code(traceback.format_exc(limit=3), language=None)
        return
    data = report.to_json()
    record(
        who,
        "reindex",
        str(settings.corpus_dir),
        ui(
            "staff.index.audit_detail",
            added=len(report.added),
            updated=len(report.updated),
            removed=len(report.removed),
            failed=len(report.failed),
        ),
    )
    st.session_state["index_report"] = data
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


# -- stored feedback (privacy) ----------------------------------------------------------
def draw_feedback_admin(settings: Settings, who: str) -> None:
    store = get_feedback_store()
    st.markdown(ui("staff.feedback.intro", days=settings.feedback_retention_days))
    st.caption(ui("staff.feedback.count", count=len(store.list())))
    today = datetime.now(local_tz()).date()
    with st.form("feedback_delete_before_form"):
        day = st.date_input(
            ui("staff.feedback.before_label"),
            value=today - timedelta(days=30),
            max_value=today + timedelta(days=1),
            format="YYYY-MM-DD",
            key="feedback_before",
        )
        sure = st.checkbox(ui("staff.feedback.confirm_before"), key="feedback_before_sure")
        go = st.form_submit_button(ui("staff.feedback.delete_before"))
    if go:
        if not sure:
            st.warning(ui("staff.feedback.need_confirm"))
        elif isinstance(day, date):
            count = stored_data.delete_feedback_before(settings, day)
            record(
                who,
                "feedback_delete",
                ui("staff.feedback.target_before", date=day.isoformat()),
                ui("staff.feedback.audit_before", count=count),
            )
            flash("success", ui("staff.feedback.deleted_before", count=count, date=day))
            st.rerun()
    with st.form("feedback_delete_id_form"):
        number = st.number_input(
            ui("staff.feedback.id_label"), min_value=1, step=1, value=None, key="feedback_id"
        )
        go_id = st.form_submit_button(ui("staff.feedback.delete_id"))
    if go_id and number is not None:
        fid = int(number)
        if stored_data.delete_feedback_ids(settings, [fid]):
            record(who, "feedback_delete", ui("staff.feedback.target_id", id=fid), "1")
            flash("success", ui("staff.feedback.deleted_id", id=fid))
            st.rerun()
        st.warning(ui("staff.feedback.missing_id", id=fid))


# -- the audit log ----------------------------------------------------------------------
def draw_log() -> None:
    st.markdown(ui("staff.log.intro", limit=AUDIT_ROWS))
    entries = audit_log().entries(limit=AUDIT_ROWS)
    if not entries:
        st.info(ui("staff.log.empty"))
        return
    col = "staff.log.columns."
    st.dataframe(
        [
            {
                ui(col + "at"): local_time(e.at),
                ui(col + "who"): e.who,
                ui(col + "action"): ui(f"staff.actions.{e.action}"),
                ui(col + "target"): e.target,
                ui(col + "detail"): e.detail,
            }
            for e in entries
        ],
        hide_index=True,
        width="stretch",
        key="audit_table",
    )


def main() -> None:
    st.set_page_config(page_title=ui("staff.page_title"), layout="wide")
    st.title(ui("staff.title"))
    who = require_login()
    if who is None:
        return
    settings = get_settings()
    with st.container():  # always there, so the tabs below keep their place
        draw_flash()
    rows = corpus_admin.document_overview(settings)
    # With a key the chosen tab survives the rerun after an action.
    tabs = st.tabs(
        [
            ui("staff.tab_documents"),
            ui("staff.tab_upload"),
            ui("staff.tab_metadata"),
            ui("staff.tab_delete"),
            ui("staff.tab_index"),
            ui("staff.tab_feedback"),
            ui("staff.tab_log"),
            ui("staff.tab_sources"),
        ],
        key="staff_tab",
        on_change="rerun",
    )
    with tabs[0]:
        draw_documents(settings, rows)
    with tabs[1]:
        draw_upload(settings, who)
    with tabs[2]:
        draw_metadata(settings, who, rows)
    with tabs[3]:
        draw_delete(settings, who, rows)
    with tabs[4]:
        draw_index(settings, who)
    with tabs[5]:
        draw_feedback_admin(settings, who)
    with tabs[6]:
        draw_log()
    with tabs[7]:
        draw_sources(settings, who)


main()
