"""Tab "Omdömen": the chat's feedback, thumbs down first, each with a reviewer's mark
("stämmer" / "stämmer inte") and a note, and the list as CSV."""

from __future__ import annotations

from datetime import datetime
from html import escape

import streamlit as st

from assistant.chat.html import markdown_html
from assistant.core.ui_texts import ui, ui_list
from assistant.staff.review import (
    STATUSES,
    ReviewItem,
    ReviewStore,
    export_csv,
    review_items,
    sources_text,
)
from pages.shared import (
    escape_markdown,
    flash,
    get_feedback_store,
    local_time,
    local_tz,
    record,
)

PAGE = "review"  # flash messages of this page live under "review_flash"
MAX_ITEMS = 50


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


def _labelled(label: str, text: str) -> str:
    return f"<p><strong>{escape(label)}</strong> {escape(text)}</p>"


def draw_item(item: ReviewItem, reviews: ReviewStore, who: str) -> None:
    e, mark = item.entry, item.mark
    with st.container(border=True):
        thumb = "👎" if e.rating < 0 else "👍"
        place = escape_markdown(e.municipality or ui("review.no_municipality"))
        st.markdown(
            f"{thumb} **{ui('review.item_heading', id=e.id)}** · {local_time(e.created_at)}"
            f" · {place}"
        )
        # What the public wrote and what documents said are shown as text: no link,
        # no image, whatever Markdown they hold.
        st.html(_labelled(ui("review.question"), e.question))
        with st.expander(ui("review.answer"), expanded=e.rating < 0):
            st.html(markdown_html(e.answer_text))
        sources = sources_text(e)
        if sources:
            lines = "\n".join(f"- {escape_markdown(line)}" for line in sources.splitlines())
            st.markdown(f"**{ui('review.sources')}**\n\n{lines}")
        if e.comment:
            st.html(_labelled(ui("review.comment"), e.comment))
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
            flash(PAGE, "success", ui("review.saved", id=e.id))
            st.rerun()
