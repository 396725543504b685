"""Optional LLM-written answers, checked claim by claim against the cited passages.

The engine (``assistant.api``) still retrieves, extracts contacts and judges criteria.
``LLMWriter`` hands the model the question, the history, the engine's citations (with
their full quote text) and the engine's structured results (``llm.prompt``), and lets
it write the prose. ``llm.check`` then removes every sentence the cited passages do not
bear out. The verdict block and the contact cards are always the engine's own, appended
below the prose (``llm.blocks``), and so are the engine's caveats when the Explanation
carries them as ``notes`` (a list of sentences, e.g. that a source is old). When too
little survives, or the model errors or times out, the person gets the engine's answer
with a short note. The chat model itself is made and read in ``llm.client``.

Wiring::

    writer = LLMWriter.from_settings(settings)          # None when IOP_LLM_PROVIDER=none
    q = writer.condense(question, history) if writer else question   # optional
    engine = assistant.explain(q, history, municipality)
    answer = writer.write(question, history, engine) if writer else engine.answer
    # or, progressively:
    for event in writer.stream(question, history, engine):
        if isinstance(event, Draft): show(event.text)          # checked sentences so far
        else: show_final(event.answer)                         # Final: the checked Answer
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from langchain_core.language_models import BaseChatModel

from assistant.answers.llm.blocks import engine_blocks, note
from assistant.answers.llm.check import CheckResult, check, split_sentences
from assistant.answers.llm.client import LLMError, LLMTimeout, make_chat_model, stream_text
from assistant.answers.llm.prompt import answer_messages, condense_messages
from assistant.core.records import Answer, Turn
from assistant.core.settings import Settings

if TYPE_CHECKING:
    from assistant.answers.explanation import Explanation

__all__ = ["Draft", "Final", "LLMWriter", "WriterEvent"]

# Text past this many characters is not read (the unfinished sentence is dropped).
MAX_CHARS = 4000
# Below this share of kept sentences the model's text is not used at all.
MIN_KEPT_SHARE = 0.4
MIN_KEPT_SENTENCES = 1


@dataclass(frozen=True)
class Draft:
    """Text so far: only sentences that already passed the check, never the final word."""

    text: str


@dataclass(frozen=True)
class Final:
    """The checked answer, and how it came about (for reviewers and logs)."""

    answer: Answer
    used_model: bool
    reason: str | None = None  # why not: abstained, no_citations, error, timeout, too_little
    dropped: list[tuple[str, str]] = field(default_factory=list)
    model_text: str = ""  # what the model wrote, unchecked (for logs only, never shown)
    prose: str = ""  # the model's sentences that passed the check (empty on fallback)


WriterEvent = Draft | Final


_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def _visible(raw: str) -> str:
    """The model's text without reasoning blocks (an unclosed one hides the rest)."""
    shown = _THINK.sub("", raw)
    opened = shown.lower().find("<think>")
    return shown[:opened] if opened >= 0 else shown


def _complete_part(raw: str) -> str:
    """The part of a growing text whose sentences are finished (the last may go on)."""
    if raw.endswith("\n"):
        return raw
    sentences = split_sentences(raw)
    return raw[: sentences[-1].start] if sentences else ""


class LLMWriter:
    """Writes the answer's prose with a chat model; only checked sentences get through."""

    def __init__(self, model: BaseChatModel, deadline_s: float = 30.0) -> None:
        self.model = model
        self.deadline_s = deadline_s

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMWriter | None:
        model = make_chat_model(settings)
        return None if model is None else cls(model, deadline_s=settings.llm_timeout_s)

    # -- public ------------------------------------------------------------------------
    def condense(self, question: str, history: Sequence[Turn] | None) -> str:
        """A follow-up as a standalone question for retrieval; the question itself on failure."""
        if not history:
            return question
        try:
            messages = condense_messages(question, list(history))
            raw = "".join(stream_text(self.model, messages, self.deadline_s))
        except LLMError:
            return question
        lines = [ln.strip() for ln in _visible(raw).splitlines() if ln.strip()]
        if not lines:
            return question
        line = re.sub(
            r"^(?:omskriven fråga|den omskrivna frågan|fråga|question)\s*:\s*",
            "",
            lines[0],
            flags=re.I,
        )
        line = line.strip(" \"'“”«»*")
        if not line or len(line) > max(300, 3 * len(question)):
            return question
        return line

    def write(self, question: str, history: Sequence[Turn] | None, engine: Explanation) -> Answer:
        """The checked answer (the engine's, with a note, when the model cannot be used)."""
        return self.write_final(question, history, engine).answer

    def write_final(
        self, question: str, history: Sequence[Turn] | None, engine: Explanation
    ) -> Final:
        final: Final | None = None
        for event in self._events(question, history, engine, drafts=False):
            if isinstance(event, Final):
                final = event
        assert final is not None
        return final

    def stream(
        self, question: str, history: Sequence[Turn] | None, engine: Explanation
    ) -> Iterator[WriterEvent]:
        """Drafts (checked sentences so far) while the model writes, then one ``Final``."""
        return self._events(question, history, engine, drafts=True)

    # -- inside ------------------------------------------------------------------------
    def _events(
        self,
        question: str,
        history: Sequence[Turn] | None,
        engine: Explanation,
        drafts: bool,
    ) -> Iterator[WriterEvent]:
        answer = engine.answer
        if answer.abstained:
            yield Final(answer, used_model=False, reason="abstained")
            return
        if not answer.citations:
            yield Final(answer, used_model=False, reason="no_citations")
            return
        passages = {c.id: c.quote for c in answer.citations}
        owners = {c.id: c.municipality for c in answer.citations}
        label = answer.verdict.label if answer.verdict is not None else None
        raw = ""
        shown = ""
        checked_upto = ""
        try:
            messages = answer_messages(question, history, engine)
            for piece in stream_text(self.model, messages, self.deadline_s):
                raw += piece
                if len(raw) > MAX_CHARS:  # whatever the server does with the token limit
                    raw = _complete_part(raw)
                    break
                if drafts and (complete := _complete_part(_visible(raw))) != checked_upto:
                    checked_upto = complete  # re-check only when a sentence was finished
                    partial = check(complete, passages, label, answer.language, owners)
                    if partial.text and partial.text != shown:
                        shown = partial.text
                        yield Draft(shown)
        except LLMTimeout:
            yield self._fallback(answer, "timeout", raw)
            return
        except LLMError:
            yield self._fallback(answer, "error", raw)
            return
        result = check(_visible(raw), passages, label, answer.language, owners)
        if not self._enough(result):
            yield self._fallback(answer, "too_little", raw, result)
            return
        notes = [n for n in getattr(engine, "notes", None) or [] if n and n.strip()]
        body = "\n\n".join([result.text, *engine_blocks(engine), *notes])
        yield Final(
            answer.model_copy(update={"answer": body}),
            used_model=True,
            dropped=result.dropped,
            model_text=raw,
            prose=result.text,
        )

    @staticmethod
    def _enough(result: CheckResult) -> bool:
        return len(result.kept) >= MIN_KEPT_SENTENCES and result.kept_share >= MIN_KEPT_SHARE

    @staticmethod
    def _fallback(
        answer: Answer, reason: str, raw: str, result: CheckResult | None = None
    ) -> Final:
        body = answer.answer + "\n\n" + note(answer.language, "fallback_note")
        return Final(
            answer.model_copy(update={"answer": body}),
            used_model=False,
            reason=reason,
            dropped=result.dropped if result else [],
            model_text=raw,
        )
