"""An answer laid out for a phone: a short answer that fits the first screen, the one
contact to call, and the rest folded below.

The engine hands its answer as blocks in order (``Explanation.blocks``: intro, verdict,
evidence, list, criteria, dates, contacts, note, message) and contact cards aligned with
``answer.contacts``. The short answer is the verdict's headline for an idea, else the
first block's opening sentences (one to two, never cut inside a sentence) or a list's
first items; the contact line is left out, as the cards show it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from assistant.core.contacts import ContactCard
from assistant.core.swedish.sentences import sentence_spans

SHORT_CHARS = 240  # about seven lines on a phone at the chat's text size
SHORT_SENTENCES = 2
SHORT_ITEMS = 3  # list items shown before "Mer om svaret"


class BlockLike(Protocol):
    """``assistant.answers.compose.Block`` as the chat reads it."""

    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Reply:
    """What the chat draws for one answer."""

    short: str  # Markdown: the answer in one to two sentences, or the verdict's headline
    more: list[str] = field(default_factory=list)  # Markdown blocks folded below
    verdict: str | None = None  # the verdict label when the short answer is a verdict
    contact: ContactCard | None = None  # the one to call
    other_contacts: list[ContactCard] = field(default_factory=list)


def build_reply(
    blocks: Sequence[BlockLike],
    cards: Sequence[ContactCard],
    verdict_label: str | None = None,
    has_checklist: bool = False,
    fallback: str = "",
) -> Reply:
    """The reply for an answer's blocks and cards. ``has_checklist``: the verdict's
    criteria are drawn as a checklist, so the verdict block's own list of reasons is not
    repeated. ``fallback`` is the answer text, for an answer without blocks."""
    parts = [b for b in blocks if b.kind != "contacts" and b.text.strip()]
    contact, others = (cards[0], list(cards[1:])) if cards else (None, [])
    if not parts:
        short, rest = split_short(fallback) if fallback.strip() else ("", [])
        return Reply(short=short, more=rest, contact=contact, other_contacts=others)
    verdict_at = next((i for i, b in enumerate(parts) if b.kind == "verdict"), None)
    if verdict_at is not None:
        head, _, reasons = parts[verdict_at].text.partition("\n")
        more = [] if has_checklist or not reasons.strip() else [reasons.strip()]
        more += [b.text for i, b in enumerate(parts) if i != verdict_at]
        return Reply(head.strip(), more, verdict_label, contact, others)
    lead: list[str] = []
    if parts[0].kind == "intro" and len(parts) > 1:
        lead, parts = [parts[0].text.strip()], parts[1:]
    short, rest = split_short(parts[0].text)
    short = "\n\n".join([*lead, short])
    return Reply(short, [*rest, *(b.text for b in parts[1:])], None, contact, others)


def split_short(text: str) -> tuple[str, list[str]]:
    """The opening of a block and what is left of it (as one block, or none)."""
    text = text.strip()
    lines = text.splitlines()
    if len(lines) > 1 and any(_is_item(line) for line in lines[1:]):
        return _split_list(lines)
    spans = sentence_spans(text, citations=True)
    if len(spans) <= 1:
        return text, []
    end = spans[0][1]
    for _, stop in spans[1:SHORT_SENTENCES]:
        if stop > SHORT_CHARS:
            break
        end = stop
    rest = text[end:].strip()
    return text[:end].strip(), [rest] if rest else []


def _split_list(lines: list[str]) -> tuple[str, list[str]]:
    """A lead line and its first items; the remaining items continue below."""
    head: list[str] = []
    items_seen = 0
    for i, line in enumerate(lines):
        if _is_item(line):
            if items_seen == SHORT_ITEMS:
                rest = "\n".join(lines[i:]).strip()
                return "\n".join(head).strip(), [rest] if rest else []
            items_seen += 1
        head.append(line)
    return "\n".join(head).strip(), []


def _is_item(line: str) -> bool:
    return line.lstrip().startswith(("- ", "* ", "• "))
