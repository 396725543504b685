"""Timing helpers of the benchmarks: the machine's load, percentiles, and wall time spent
inside chosen functions (light wrappers, no profiler)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

T = TypeVar("T")


def load_average() -> float:
    """The 1-minute load average, rounded: recorded next to every timed phase."""
    return round(os.getloadavg()[0], 2)


def wait_for_quiet(threshold: float | None, max_wait: float) -> float:
    """Wait until the 1-minute load is below ``threshold`` (or ``max_wait`` passed)."""
    if threshold is None:
        return load_average()
    deadline = time.monotonic() + max_wait
    while load_average() >= threshold and time.monotonic() < deadline:
        time.sleep(10)
    return load_average()


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    """``fn``'s value and its wall time in seconds."""
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


class Phases:
    """Wall time spent inside chosen functions during the ingest (light wrappers)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start

        self._undo.append((owner, name, real))
        setattr(owner, name, wrapper)

    def restore(self) -> None:
        for owner, name, real in reversed(self._undo):
            setattr(owner, name, real)
        self._undo.clear()


def embedder_proxy(inner: Embeddings, phases: Phases) -> Embeddings:
    """The model behind a thin Embeddings whose ``embed_documents`` calls are timed as
    "embedding (model)"."""
    from langchain_core.embeddings import Embeddings  # here: importing this module stays light

    class Timed(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return inner.embed_documents(texts)

        def embed_query(self, text: str) -> list[float]:
            return inner.embed_query(text)

    proxy = Timed()
    phases.wrap(proxy, "embed_documents", "embedding (model)")
    return proxy
