"""The chat model: made from the settings, and read as a stream within a deadline.

Nothing provider-specific lives outside ``make_chat_model``; the provider packages are
imported there only (``pip install -e '.[llm]'``).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.core.settings import Settings

__all__ = ["MAX_TOKENS", "LLMError", "LLMTimeout", "make_chat_model", "stream_text"]

# Longest answer the model may write, in tokens (the prompt asks for five sentences).
MAX_TOKENS = 700


class LLMError(RuntimeError):
    """The model failed; the caller falls back to the engine's answer."""


class LLMTimeout(LLMError):
    """The model did not finish within the deadline."""


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


def stream_text(
    model: BaseChatModel, messages: list[BaseMessage], deadline_s: float
) -> Iterator[str]:
    """The model's text as it streams, within ``deadline_s`` in all.

    The model runs in a daemon thread, so a client that ignores its own timeout
    cannot hold the answer up; every failure becomes ``LLMError``.
    """
    out: queue.Queue[tuple[str, Any]] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        try:
            for chunk in model.stream(messages):
                if stop.is_set():
                    return
                out.put(("text", chunk.text))
            out.put(("end", None))
        except BaseException as error:  # reported to the consumer, never lost
            out.put(("error", error))

    threading.Thread(target=run, name="iop-llm", daemon=True).start()
    deadline = time.monotonic() + deadline_s
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LLMTimeout(f"no complete answer within {deadline_s:g} s")
            try:
                kind, value = out.get(timeout=remaining)
            except queue.Empty:
                raise LLMTimeout(f"no complete answer within {deadline_s:g} s") from None
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
