"""An answer to take along: as plain text in an e-mail to the board (mailto:) and as a
small HTML page to print or keep. Both carry the question, the short answer, the rest of
the answer, the contact and the sources with their addresses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markdown_it import MarkdownIt

from assistant.chat.html import contact_heading, markdown_html, text_html
from assistant.chat.links import share_mailto
from assistant.chat.reply import Reply
from assistant.chat.sources import SourceEntry
from assistant.core.contacts import ContactCard
from assistant.core.ui_texts import ui

_PARSER = MarkdownIt("commonmark", {"html": False})
_SUBJECT_CHARS = 80


@dataclass(frozen=True)
class Shared:
    """What is shared of one answer."""

    question: str
    reply: Reply
    sources: Sequence[SourceEntry]
    day: str  # the date the answer was given, "2025-03-04"


def markdown_text(text: str) -> str:
    """The engine's Markdown as plain text: emphasis dropped, list items as "- "."""
    lines: list[str] = []
    bullet = False
    for token in _PARSER.parse(text):
        if token.type == "list_item_open":
            bullet = True
        elif token.type == "inline":
            words = "".join(
                "\n" if c.type in ("softbreak", "hardbreak") else c.content
                for c in token.children or []
            )
            lines.append(("- " if bullet else "") + words)
            bullet = False
        elif token.type == "paragraph_close" and token.level == 0:
            lines.append("")
    return "\n".join(lines).strip()


def _contact_lines(card: ContactCard | None) -> list[str]:
    if card is None:
        return []
    about = ", ".join(x for x in (card.title, card.unit, card.organisation) if x)
    lines = [contact_heading(card) + (f" ({about})" if about else "")]
    lines += [v for v in (card.phone, card.email) if v]
    return lines


def _source_lines(sources: Sequence[SourceEntry]) -> list[str]:
    lines = []
    for s in sources:
        numbers = ", ".join(f"[{n}]" for n in s.numbers)
        date = s.date or ui("source_undated")
        lines.append(f"{numbers} {s.name} ({date})" + (f" {s.url}" if s.url else ""))
    return lines


def plain_text(shared: Shared) -> str:
    reply = shared.reply
    parts = [f"{ui('share_question')}: {shared.question}", "", ui("share_answer") + ":"]
    parts.append(markdown_text(reply.short))
    parts += [markdown_text(block) for block in reply.more]
    contact = _contact_lines(reply.contact)
    if contact:
        parts += ["", ui("share_contact") + ":", *contact]
    if shared.sources:
        parts += ["", ui("share_sources") + ":", *_source_lines(shared.sources)]
    parts += ["", ui("share_date", day=shared.day)]
    return "\n".join(parts)


def board_mailto(shared: Shared) -> str:
    """ "Mejla svaret till styrelsen": the person picks the recipient."""
    question = " ".join(shared.question.split())
    if len(question) > _SUBJECT_CHARS:
        question = question[: _SUBJECT_CHARS - 1].rstrip() + "…"
    return share_mailto(ui("mail_subject", question=question), plain_text(shared))


def printable_html(shared: Shared) -> str:
    """A page to print or save; no script, no outside resources (the CSP says so)."""
    reply = shared.reply
    body = [
        f"<h1>{escape(ui('share_heading'))}</h1>",
        f"<h2>{escape(ui('share_question'))}</h2>{text_html(shared.question)}",
        f"<h2>{escape(ui('share_answer'))}</h2>{markdown_html(reply.short)}",
        *(markdown_html(block) for block in reply.more),
    ]
    contact = _contact_lines(reply.contact)
    if contact:
        lines = "<br>".join(escape(line) for line in contact)
        body.append(f"<h2>{escape(ui('share_contact'))}</h2><p>{lines}</p>")
    if shared.sources:
        items = []
        for s in shared.sources:
            numbers = ", ".join(f"[{n}]" for n in s.numbers)
            date = escape(s.date or ui("source_undated"))
            url = f"<br>{escape(s.url)}" if s.url else ""
            items.append(f"<li>{numbers} {escape(s.name)} ({date}){url}</li>")
        body.append(f"<h2>{escape(ui('share_sources'))}</h2><ul>{''.join(items)}</ul>")
    body.append(f"<p><em>{escape(ui('share_date', day=shared.day))}</em></p>")
    return (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(ui('share_heading'))}</title>"
        "<style>body{font:18px/1.6 sans-serif;max-width:40em;margin:2em auto;"
        "padding:0 1em;color:#1a1a1a}</style></head><body>" + "".join(body) + "</body></html>"
    )
