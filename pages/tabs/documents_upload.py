"""Tab "Ladda upp": a document into a municipality's folder, with optional metadata."""

from __future__ import annotations

import logging
import math
from typing import Any

import streamlit as st

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES
from assistant.core.settings import Settings
from assistant.core.ui_texts import ui
from assistant.staff import uploads
from assistant.staff.corpus_files import CorpusAdminError, NameTakenError, relative, target_path
from pages.shared import flash, record
from pages.tabs.documents_common import PAGE, admin_error_text, size_limit
from pages.tabs.documents_index import run_index

log = logging.getLogger("iop.staff")


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
        type=list(uploads.ACCEPTED_TYPES),
        max_upload_size=max(1, math.ceil(settings.max_file_size_mb)),
        key=f"upload_file_{generation}",
    )
    with st.expander(ui("staff.upload.metadata"), expanded=True):
        metadata = _metadata_inputs("upload")
    # Upload, details and index in one go: the document is in the answers when it is done.
    st.checkbox(ui("staff.upload.index_now"), value=True, key="upload_index_now")

    pending = st.session_state.get("upload_pending")
    current = (upload.name, municipality) if upload is not None else None
    if pending is not None and (current is None or tuple(pending["key"]) != current):
        st.session_state.pop("upload_pending", None)  # the file or kommun changed meanwhile
        pending = None
    if pending is not None:
        st.warning(ui("staff.upload.exists", name=pending["rel"]))
        yes, no = st.columns(2)
        if yes.container(key="danger_replace").button(
            ui("staff.upload.replace"), key="upload_replace"
        ):
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
        uploads.check_upload(
            corpus, municipality, upload.name, upload.size, settings.max_file_size_bytes
        )
        saved = uploads.save_upload(
            corpus,
            municipality,
            upload.name,
            upload.getvalue(),
            limits=settings.load_limits,
            replace=replace,
            metadata=metadata,
        )
    except NameTakenError:
        target = target_path(corpus, municipality, upload.name)
        st.session_state["upload_pending"] = {
            "key": [upload.name, municipality],
            "rel": relative(corpus, target),
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
    record(who, "upload", saved.rel, uploads.audit_detail(saved, municipality, metadata))
    index_now = bool(st.session_state.get("upload_index_now", True))
    key = "staff.upload.replaced" if saved.replaced else "staff.upload.saved"
    flash(PAGE, "success", ui(key + ("_indexing" if index_now else ""), name=saved.rel))
    st.session_state["upload_generation"] = st.session_state.get("upload_generation", 0) + 1
    if index_now:
        run_index(settings, who)  # a progress bar here; the report is under "Uppdatera index"
    st.rerun()
