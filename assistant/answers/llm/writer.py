"""Optional LLM-written answers, checked claim by claim against the cited passages.

The engine (``assistant.api``) still retrieves, extracts contacts and judges criteria.
``LLMWriter`` hands the model the question, the history, the engine's citations (with
their full quote text) and the engine's structured results, and lets it write the
prose. ``assistant.answers.llm.check`` then removes every sentence the cited passages do not bear
out. The verdict block and the contact cards are always the engine's own, appended
below the prose, and so are the engine's caveats when the Explanation carries them as
``notes`` (a list of sentences, e.g. that a source is old). When too little
survives, or the model errors or times out, the person gets the engine's answer with a
short note. Nothing provider-specific lives outside ``make_chat_model``.

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

import logging
import queue
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage

from assistant.answers.llm.check import CheckResult, check, cue_notes, split_sentences
from assistant.core.records import Answer, Citation, Contact, Turn, Verdict
from assistant.core.settings import Settings
from assistant.core.texts import text

if TYPE_CHECKING:
    from assistant.answers.explanation import Explanation

__all__ = [
    "Draft",
    "Final",
    "LLMError",
    "LLMTimeout",
    "LLMWriter",
    "WriterEvent",
    "make_chat_model",
]

# Longest answer the model may write, in tokens (the prompt asks for five sentences).
MAX_TOKENS = 700
# Text past this many characters is not read (the unfinished sentence is dropped).
MAX_CHARS = 4000
# Below this share of kept sentences the model's text is not used at all.
MIN_KEPT_SHARE = 0.4
MIN_KEPT_SENTENCES = 1
HISTORY_TURNS = 6
HISTORY_TURN_CHARS = 600


class LLMError(RuntimeError):
    """The model failed; the caller falls back to the engine's answer."""


class LLMTimeout(LLMError):
    """The model did not finish within the deadline."""


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


# -- the chat model -------------------------------------------------------------------


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured LangChain chat model, or None for ``IOP_LLM_PROVIDER=none``.

    ``openai`` is any OpenAI-compatible endpoint (vLLM, llama.cpp server, Azure OpenAI's
    v1 API, OpenAI) at ``IOP_LLM_BASE_URL``; ``ollama`` is an Ollama server. The
    provider packages are imported here only (``pip install -e '.[llm]'``).
    """
    provider = settings.llm_provider
    if provider == "none":
        return None
    if not settings.llm_model:
        raise ValueError(f"IOP_LLM_MODEL must name the model when IOP_LLM_PROVIDER={provider}")
    # Optional settings, read when the project has them.
    retries = int(getattr(settings, "llm_max_retries", 1))
    max_tokens = int(getattr(settings, "llm_max_tokens", MAX_TOKENS))
    if provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            _without_extra(provider)
            return None

        openai_args: dict[str, Any] = {
            "model": settings.llm_model,
            "temperature": 0,
            "timeout": settings.llm_timeout_s,
            "max_retries": retries,
            # Local servers want no key, but the client insists on one.
            "api_key": settings.llm_api_key or "not-needed",
        }
        if settings.llm_base_url:
            # langchain-openai sends the limit as OpenAI's newer `max_completion_tokens`,
            # which llama.cpp and other compatible servers ignore: send the classic name.
            openai_args["base_url"] = settings.llm_base_url
            openai_args["extra_body"] = {"max_tokens": max_tokens}
        else:
            openai_args["max_tokens"] = max_tokens
        return ChatOpenAI(**openai_args)
    if provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            _without_extra(provider)
            return None

        client: dict[str, Any] = {"timeout": settings.llm_timeout_s}
        if settings.llm_api_key:
            client["headers"] = {"Authorization": f"Bearer {settings.llm_api_key}"}
        ollama_args: dict[str, Any] = {
            "model": settings.llm_model,
            "temperature": 0,
            "num_predict": max_tokens,
            "client_kwargs": client,
        }
        if settings.llm_base_url:
            ollama_args["base_url"] = settings.llm_base_url
        return ChatOllama(**ollama_args)
    raise ValueError(f"unknown IOP_LLM_PROVIDER: {provider!r}")


def _without_extra(provider: str) -> None:
    """No model: the provider's package is not installed. Say once what to install; the
    engine answers meanwhile."""
    logging.getLogger(__name__).warning(
        "IOP_LLM_PROVIDER=%s needs the language-model packages: pip install "
        "'iop-assistenten[llm]' — answering without a language model until then",
        provider,
    )


# -- prompts --------------------------------------------------------------------------


@cache
def _template(name: str) -> str:
    """``assistant/prompts/<name>``: the rules first, then the data blocks.

    The whole prompt goes as one user message: some chat templates (Gemma's among
    them) drop system messages, and the rules must never be lost on the way.
    """
    return resources.files("assistant").joinpath(f"prompts/{name}").read_text("utf-8").strip()


# Tags the prompts use as delimiters: inside data they are defused, so a passage or a
# question cannot close its block and speak as the prompt.
_TAGS = re.compile(r"<(\s*/?\s*(?:passages?|history|engine|question|think)\b)", re.IGNORECASE)


def _defuse(value: str) -> str:
    return _TAGS.sub(r"‹\1", value)


def _attribute(value: str | None) -> str:
    return _defuse(" ".join((value or "").split())).replace('"', "'")


def render_passages(citations: Sequence[Citation]) -> str:
    blocks = []
    for c in citations:
        attributes = f'id="{c.id}" source="{_attribute(c.source)}" title="{_attribute(c.title)}"'
        if c.municipality:
            attributes += f' municipality="{_attribute(c.municipality)}"'
        if c.date:
            attributes += f' date="{_attribute(c.date)}"'
        blocks.append(f"<passage {attributes}>\n{_defuse(c.quote.strip())}\n</passage>")
    return "\n\n".join(blocks)


def render_history(history: Sequence[Turn]) -> str:
    if not history:
        return "(inget tidigare samtal)"
    lines = []
    for turn in list(history)[-HISTORY_TURNS:]:
        who = "Användare" if turn.role == "user" else "Assistent"
        content = " ".join(turn.content.split())
        if len(content) > HISTORY_TURN_CHARS:
            content = content[:HISTORY_TURN_CHARS] + " …"
        lines.append(f"{who}: {_defuse(content)}")
    return "\n".join(lines)


def render_engine(answer: Answer, intent: str | None) -> str:
    lines = [f"Frågetyp: {intent or 'okänd'}"]
    verdict = answer.verdict
    if verdict is None:
        lines.append("Bedömning: ingen (frågan beskriver ingen idé att bedöma).")
    else:
        said = text(answer.language, f"verdict.{verdict.label}", municipality=_muni(answer))
        lines.append(f"Bedömning: {verdict.label} – {said}")
        lines.append("Kriterier:")
        for c in verdict.criteria:
            lines.append(f"- {_defuse(c.criterion)} [{c.citation}]: {c.status}")
    if answer.contacts:
        lines.append("Kontakter (visas som kort under svaret):")
        for contact in answer.contacts:
            lines.append(f"- {_defuse(_contact_text(contact))} [{contact.citation}]")
    return "\n".join(lines)


def _language_instruction(language: str) -> str:
    if language == "en":
        return "på engelska, samma språk som frågan (ord ur dokumenten får stå på svenska)"
    return "på svenska"


def _muni(answer: Answer) -> str:
    return answer.municipality or ""


# -- notes and engine blocks ----------------------------------------------------------


def note(language: str, key: str) -> str:
    """A short note: ``texts.yaml`` ``llm.<key>`` when present, else ``check_cues.yaml``."""
    try:
        return text(language, f"llm.{key}")
    except (KeyError, TypeError):
        notes = cue_notes()
        return notes.get(language, notes["sv"])[key]


def _contact_text(c: Contact) -> str:
    who = c.name or c.title or c.organisation or ""
    role = ", ".join(p for p in (c.title if c.name else None, c.organisation) if p)
    details = ", ".join(d for d in (c.email, c.phone) if d)
    head = f"{who}, {role}" if role else who
    return f"{head}: {details}" if details else head


def _engine_blocks(engine: Explanation) -> list[str]:
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
        said = text(language, f"verdict.{verdict.label}", municipality=_muni(answer))
        lines = [f"**{said}** {text(language, 'guidance_short')}"]
        marks = {"met": "✅", "not_met": "❌", "unknown": "❔"}
        lines += [f"- {marks[c.status]} {c.criterion} [{c.citation}]" for c in verdict.criteria]
        blocks.append("\n".join(lines))
    if answer.contacts:
        lines = [f"- {_defuse(_contact_text(c))} [{c.citation}]" for c in answer.contacts]
        blocks.append(text(language, "contacts_heading") + "\n" + "\n".join(lines))
    return blocks


# -- the writer -----------------------------------------------------------------------

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

    # -- prompts -----------------------------------------------------------------------
    def answer_messages(
        self, question: str, history: Sequence[Turn] | None, engine: Explanation
    ) -> list[BaseMessage]:
        answer = engine.answer
        values = {
            "language": _language_instruction(answer.language),
            "municipality": _defuse(answer.municipality or "ingen vald"),
            "history": render_history(list(history or [])),
            "passages": render_passages(answer.citations),
            "engine": render_engine(answer, getattr(engine, "intent", None)),
            "question": _defuse(" ".join(question.split())),
        }
        return [HumanMessage(_template("answer.sv.md").format(**values))]

    def condense_messages(self, question: str, history: Sequence[Turn]) -> list[BaseMessage]:
        values = {
            "history": render_history(list(history)),
            "question": _defuse(" ".join(question.split())),
        }
        return [HumanMessage(_template("condense.sv.md").format(**values))]

    # -- public ------------------------------------------------------------------------
    def condense(self, question: str, history: Sequence[Turn] | None) -> str:
        """A follow-up as a standalone question for retrieval; the question itself on failure."""
        if not history:
            return question
        try:
            raw = "".join(self._chunks(self.condense_messages(question, list(history))))
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
            messages = self.answer_messages(question, history, engine)
            for piece in self._chunks(messages):
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
        body = "\n\n".join([result.text, *_engine_blocks(engine), *notes])
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

    def _chunks(self, messages: list[BaseMessage]) -> Iterator[str]:
        """The model's text as it streams, within ``deadline_s`` in all.

        The model runs in a daemon thread, so a client that ignores its own timeout
        cannot hold the answer up; every failure becomes ``LLMError``.
        """
        out: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def run() -> None:
            try:
                for chunk in self.model.stream(messages):
                    if stop.is_set():
                        return
                    out.put(("text", chunk.text))
                out.put(("end", None))
            except BaseException as error:  # reported to the consumer, never lost
                out.put(("error", error))

        threading.Thread(target=run, name="iop-llm", daemon=True).start()
        deadline = time.monotonic() + self.deadline_s
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LLMTimeout(f"no complete answer within {self.deadline_s:g} s")
                try:
                    kind, value = out.get(timeout=remaining)
                except queue.Empty:
                    raise LLMTimeout(f"no complete answer within {self.deadline_s:g} s") from None
                if kind == "end":
                    return
                if kind == "error":
                    if isinstance(value, TimeoutError) or "timeout" in type(value).__name__.lower():
                        raise LLMTimeout(str(value)) from value
                    raise LLMError(f"{type(value).__name__}: {value}") from value
                if value:
                    yield str(value)
        finally:
            stop.set()
