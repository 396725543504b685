"""Finishing an answer: the text, its citations with their sources' dates, the contacts
and the verdict, in the Answer record the outside world reads."""

from __future__ import annotations

from assistant.answers.citations import CitationBook
from assistant.answers.compose import Block, Draft
from assistant.answers.explanation import Explanation
from assistant.answers.freshness import own_date
from assistant.index.reader import IndexReader


def finish(
    ex: Explanation, draft: Draft, reader: IndexReader, note: str | None, intro: str | None
) -> Explanation:
    if intro:
        draft.add("intro", intro, first=True)
    if note:
        draft.add("note", note)
        ex.notes = [note]
    body = draft.text()
    ex.blocks = list(draft.blocks)
    ex.cards = [c.card for c in draft.cards]
    ex.lead = draft.lead()
    ex.answer = ex.answer.model_copy(
        update={
            "answer": body,
            "citations": draft.book.citations(_dates(draft.book, reader)),
            "verdict": draft.verdict,
            "contacts": draft.contacts,
            "abstained": False,
        }
    )
    return ex


def abstain(
    ex: Explanation,
    message: str,
    book: CitationBook | None,
    reason: str,
    draft: Draft | None = None,
) -> Explanation:
    ex.intent = reason
    ex.lead = message
    ex.blocks = list(draft.blocks) if draft else [Block("message", message)]
    ex.cards = [c.card for c in draft.cards] if draft else []
    update: dict[str, object] = {"answer": message, "abstained": True, "verdict": None}
    if book is not None:
        update["citations"] = book.citations()
    if draft is not None:
        update["contacts"] = draft.contacts
    ex.answer = ex.answer.model_copy(update=update)
    return ex


def _dates(book: CitationBook, reader: IndexReader) -> dict[str, str | None]:
    docs = reader.documents
    return {chunk.source: own_date(docs.get(chunk.source)) for _, chunk in book.cited}
