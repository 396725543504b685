"""The chat's answer parts as HTML fragments (``st.html``), built from escaped text.

Document text is shown as text: quotes, titles and contact fields are HTML-escaped,
the engine's Markdown is rendered with links, images, raw HTML and headings switched
off, and the only links are those ``links.py`` validated (tel:, mailto:, https and the
app's own PDF copies). Class names are styled by ``pages/chat/chat.css``.
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

from assistant.chat.links import mailto_href, tel_href
from assistant.chat.sources import SourceEntry
from assistant.core.contacts import ContactCard
from assistant.core.records import Verdict
from assistant.core.ui_texts import ui

_MARKDOWN = MarkdownIt("commonmark", {"html": False}).disable(
    [
        "link",
        "image",
        "autolink",
        "reference",
        "html_inline",
        "html_block",
        "heading",
        "lheading",
        "code",
        "fence",
        "hr",
    ]
)


def markdown_html(text: str) -> str:
    """The engine's Markdown (bold, lists, paragraphs) as HTML; nothing becomes a link."""
    return _MARKDOWN.render(text)


def text_html(text: str) -> str:
    """Plain text as paragraphs, line breaks kept."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in p.strip().splitlines()) + "</p>"
        for p in paragraphs
    )


def _link(href: str, label: str, css: str = "", name: str | None = None) -> str:
    attrs = f' class="{css}"' if css else ""
    if name:
        attrs += f' aria-label="{escape(name)}"'
    external = href.startswith(("https:", "app/"))
    target = ' target="_blank" rel="noopener noreferrer"' if external else ""
    return f'<a href="{escape(href)}"{attrs}{target}>{escape(label)}</a>'


def contact_heading(card: ContactCard) -> str:
    if card.kind == "switchboard":
        return ui("contact_switchboard", organisation=card.organisation or "")
    return card.name or card.organisation or card.title or card.unit or ""


def contact_html(card: ContactCard, heading: bool = False) -> str:
    """A contact card with large "Ring" and "Mejla" buttons (tel:/mailto:); with
    ``heading``, under the heading "Kontakt" (the answer's first contact)."""
    who = contact_heading(card)
    about = [x for x in (card.title, card.unit, card.organisation) if x and x != who]
    if card.kind == "switchboard":
        about = []
    parts = [f'<p class="iop-contact-name"><strong>{escape(who)}</strong></p>']
    if about:
        parts.append(f'<p class="iop-contact-about">{escape(", ".join(about))}</p>')
    buttons = []
    call = tel_href(card.phone, card.phone_e164)
    if call and card.phone:
        name = ui("call_name", phone=card.phone, who=who)
        buttons.append(_link(call, ui("call"), "iop-button iop-call", name))
    mail = mailto_href(card.email)
    if mail and card.email:
        name = ui("mail_name", email=card.email, who=who)
        buttons.append(_link(mail, ui("mail"), "iop-button iop-mail", name))
    if buttons:
        parts.append('<div class="iop-actions">' + "".join(buttons) + "</div>")
    # The number and the address as text too: to write down, or to use on another phone.
    details = [escape(v) for v in (card.phone, card.email) if v]
    if details:
        parts.append('<p class="iop-contact-details">' + " · ".join(details) + "</p>")
    title = f'<h3 class="iop-h">{escape(ui("contacts_heading"))}</h3>' if heading else ""
    return f'{title}<div class="iop-contact">' + "".join(parts) + "</div>"


def short_answer_html(short: str, verdict: str | None) -> str:
    """The short answer under its heading; a verdict in a box with its caveat."""
    body = markdown_html(short)
    if verdict is not None:
        # "Vägledning, inte beslut" under every verdict, once: the engine may say it too.
        said = ui("verdict_note_marker").casefold() in short.casefold()
        note = "" if said else f'<p class="iop-guidance">{escape(ui("verdict_note"))}</p>'
        body = f'<div class="iop-verdict iop-verdict-{escape(verdict)}">{body}{note}</div>'
    return (
        f'<h2 class="iop-h">{escape(ui("short_heading"))}</h2><div class="iop-short">{body}</div>'
    )


def checklist_html(verdict: Verdict) -> str:
    """Every criterion with its status in words, its source number and the reason."""
    items = []
    for c in verdict.criteria:
        icon = escape(ui(f"status_icon.{c.status}"))
        status = escape(ui(f"status.{c.status}"))
        items.append(
            f'<li class="iop-criterion iop-{escape(c.status)}">'
            f'<span class="iop-status"><span aria-hidden="true">{icon}</span> {status}:</span> '
            f"{escape(c.criterion)} [{c.citation}]<br>"
            f'<span class="iop-reason">{escape(c.reason)}</span></li>'
        )
    heading = escape(ui("checklist_heading"))
    return f'<h3 class="iop-h">{heading}</h3><ul class="iop-checklist">{"".join(items)}</ul>'


def sources_html(entries: list[SourceEntry], pdf_urls: dict[str, str]) -> str:
    """One entry per document: plain name, date or "Datum saknas", a link to the page or
    the PDF page (``pdf_urls``: source -> published URL), and the quoted passages."""
    items = []
    for entry in entries:
        facts = [ui("source_date", date=entry.date) if entry.date else ui("source_undated")]
        meta = escape(" · ".join(facts))
        link = _source_link(entry, pdf_urls.get(entry.source))
        quotes = "".join(_passage_html(entry, p.number, p.quote, p.page) for p in entry.passages)
        items.append(
            f'<li class="iop-source"><h3 class="iop-h iop-source-name">{escape(entry.name)}</h3>'
            f'<p class="iop-source-meta">{meta}</p>{link}{quotes}</li>'
        )
    intro = escape(ui("sources_intro"))
    return f'<p class="iop-sources-intro">{intro}</p><ul class="iop-sources">{"".join(items)}</ul>'


def _source_link(entry: SourceEntry, pdf_url: str | None) -> str:
    if entry.url:
        return f'<p class="iop-source-link">{_link(entry.url, ui("source_web"))}</p>'
    if pdf_url:
        page = entry.first_page
        label = ui("source_pdf_page", page=page) if page else ui("source_pdf")
        href = f"{pdf_url}#page={page}" if page else pdf_url
        return f'<p class="iop-source-link">{_link(href, label)}</p>'
    if entry.is_pdf:
        return ""  # the page draws a download button instead
    return f'<p class="iop-source-meta">{escape(ui("source_no_link"))}</p>'


def _passage_html(entry: SourceEntry, number: int, quote: str, page: int | None) -> str:
    label = ui("source_number", n=number)
    if page is not None and entry.is_pdf:
        label += ", " + ui("source_page", page=page)
    return (
        f'<blockquote class="iop-quote"><p class="iop-quote-label">{escape(label)}</p>'
        f"{text_html(quote)}</blockquote>"
    )
