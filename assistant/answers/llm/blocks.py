"""What the writer sets below the model's prose or in place of it: the engine's own
verdict and contact blocks, and short notes (e.g. that the answer is the engine's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.answers.llm.claims import cue_notes
from assistant.answers.llm.prompt import contact_text, defuse, municipality_of
from assistant.core.municipalities import kind_of
from assistant.core.records import Answer, Verdict
from assistant.core.texts import text

if TYPE_CHECKING:
    from assistant.answers.explanation import Explanation

__all__ = ["engine_blocks", "note"]


def note(language: str, key: str) -> str:
    """A short note: ``texts.yaml`` ``llm.<key>`` when present, else ``check_cues.yaml``."""
    try:
        return text(language, f"llm.{key}")
    except (KeyError, TypeError):
        notes = cue_notes()
        return notes.get(language, notes["sv"])[key]


def engine_blocks(engine: Explanation) -> list[str]:
    """The verdict with its criteria and the contacts as the engine wrote them, below the
    model's prose: structure the model must not restate in its own words."""
    kept = ("verdict", "criteria", "contacts")
    written = [b.text for b in getattr(engine, "blocks", []) if b.kind in kept]
    return written or _from_record(engine.answer)


def _from_record(answer: Answer) -> list[str]:
    """The same structure rendered from the answer record (an engine without blocks)."""
    blocks: list[str] = []
    language = answer.language
    if answer.verdict is not None:
        verdict: Verdict = answer.verdict
        place = municipality_of(answer)
        said = text(language, f"verdict.{verdict.label}", municipality=place)
        lines = [f"**{said}** {text(language, 'guidance_short.' + kind_of(place))}"]
        marks = {"met": "✅", "not_met": "❌", "unknown": "❔"}
        lines += [f"- {marks[c.status]} {c.criterion} [{c.citation}]" for c in verdict.criteria]
        blocks.append("\n".join(lines))
    if answer.contacts:
        lines = [f"- {defuse(contact_text(c))} [{c.citation}]" for c in answer.contacts]
        blocks.append(text(language, "contacts_heading") + "\n" + "\n".join(lines))
    return blocks
