"""Load through the real web chat: browser contexts asking questions in a loop.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/load_browser.py [--contexts 4]
        [--seconds 30] [--model sentence-transformers/all-MiniLM-L6-v2 | hash] [--json OUT]

Indexes a copy of the shipped corpus into a temp folder, starts ``streamlit run app.py``
on a free port of 127.0.0.1 with ``IOP_*`` pointing there, and drives ``--contexts``
browser contexts (one Chromium, Debian's /usr/bin/chromium, via Playwright's async API)
concurrently: each types a question from ``tests/data/*questions.jsonl`` into the chat,
presses Enter, and waits until the answer is drawn completely (the question and answer
messages are there and the script run is over); then the next question. Every sixth question a
context reloads the page, i.e. starts a new session, so a conversation does not grow
without bound. Reported: answers, errors (the page's "something went wrong" text, a
Streamlit exception box, a timeout, a request to any host but 127.0.0.1) and the
p50/p95 time from pressing Enter to the answer being visible. Exit status 1 on errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from app_server import CHROMIUM, CHROMIUM_ARGS, chromium_missing, is_external, running_app  # noqa: E402

from assistant.core.settings import Settings  # noqa: E402
from bench.lib.load_runs import dev_questions, finish, offline_scratch  # noqa: E402
from bench.lib.timing import load_average, percentile  # noqa: E402

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
ANSWER_TIMEOUT_MS = 120_000
RELOAD_EVERY = 6
MESSAGES = '[data-testid="stChatMessage"]'
# The answer is complete when both new chat messages are drawn and the script run is over
# (Streamlit marks the previous run's elements stale and shows a status widget meanwhile).
DONE_JS = """(n) => document.querySelectorAll('[data-testid="stChatMessage"]').length >= n
    && !document.querySelector('[data-stale="true"]')
    && !document.querySelector('[data-testid="stStatusWidget"]')"""


def _questions() -> list[str]:
    # The chat has a municipality selector; questions name theirs in the text.
    return [q for q, municipality in dev_questions() if not municipality or municipality in q]


@dataclass
class BrowserLoad:
    contexts: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    per_context: list[int] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    load_start: float = 0.0
    load_end: float = 0.0

    def summary(self) -> dict[str, Any]:
        lat = self.latencies_ms
        return {
            "contexts": self.contexts,
            "seconds": self.seconds,
            "answers": len(lat),
            "per_context": self.per_context,
            "p50_ms": round(percentile(lat, 50), 0),
            "p95_ms": round(percentile(lat, 95), 0),
            "max_ms": round(max(lat), 0) if lat else 0.0,
            "errors": len(self.errors),
            "first_errors": self.errors[:5],
            "external_requests": self.external[:5],
            "load_start": self.load_start,
            "load_end": self.load_end,
        }


def index_corpus(root: Path, model: str) -> Settings:
    """A copy of the shipped corpus under ``root``, indexed with ``model``."""
    from conftest import make_settings

    from ingest.pipeline import Indexer

    corpus = root / "corpus"
    shutil.copytree(_ROOT / "corpus", corpus)
    settings = make_settings(root, corpus, embedding_model=model)
    report = Indexer(settings).run()
    if not report.ok:
        raise RuntimeError(f"ingest failed: {report.failed}")
    return settings


async def _context_loop(
    browser: Any, url: str, number: int, seconds: float, result: BrowserLoad
) -> None:
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    from assistant.core.ui_texts import ui

    questions = _questions()
    random.Random(number).shuffle(questions)
    context = await browser.new_context(viewport={"width": 1200, "height": 900}, locale="sv-SE")
    page = await context.new_page()

    def note(request: Any) -> None:
        if is_external(request.url):
            result.external.append(request.url)
            result.errors.append(f"context {number}: request to {request.url}")

    page.on("request", note)
    chat = page.locator('[data-testid="stChatInputTextArea"]')

    async def open_page() -> None:
        await page.goto(url, wait_until="domcontentloaded")
        await chat.wait_for(timeout=ANSWER_TIMEOUT_MS)

    await open_page()
    deadline = time.monotonic() + seconds  # from the first page drawn
    answered = asked = 0
    while time.monotonic() < deadline:
        if asked and asked % RELOAD_EVERY == 0:
            await open_page()
        question = questions[asked % len(questions)]
        asked += 1
        before = await page.locator(MESSAGES).count()
        await chat.fill(question)
        started = time.perf_counter()
        await chat.press("Enter")
        try:
            await page.wait_for_function(DONE_JS, arg=before + 2, timeout=ANSWER_TIMEOUT_MS)
        except PlaywrightTimeout:
            result.errors.append(f"context {number}: no answer in 120 s to {question!r}")
            await open_page()
            asked += RELOAD_EVERY - asked % RELOAD_EVERY  # a fresh session next
            continue
        elapsed = (time.perf_counter() - started) * 1000
        last = page.locator(MESSAGES).last
        text = await last.inner_text()
        if ui("answer_error") in text or await page.locator('[data-testid="stException"]').count():
            result.errors.append(f"context {number}: error shown for {question!r}")
        else:
            result.latencies_ms.append(elapsed)
            answered += 1
    result.per_context.append(answered)
    await context.close()


async def _drive(url: str, contexts: int, seconds: float, result: BrowserLoad) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            await asyncio.gather(
                *(_context_loop(browser, url, i, seconds, result) for i in range(contexts))
            )
        finally:
            await browser.close()


def run_browser_load(
    root: Path, contexts: int = 4, seconds: float = 30.0, model: str = DEFAULT_MODEL
) -> BrowserLoad:
    missing = chromium_missing()
    if missing:
        raise RuntimeError(missing)
    settings = index_corpus(root, model)
    log = root / "streamlit.log"
    with running_app(settings, log) as url:
        result = BrowserLoad(contexts, seconds, load_start=load_average())
        try:
            asyncio.run(_drive(url, contexts, seconds, result))
        finally:
            result.load_end = load_average()
    if result.errors:
        tail = log.read_text(errors="replace")[-3000:]
        result.errors.append(f"server log tail:\n{tail}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contexts", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with offline_scratch("iop-browser-load-") as root:
        result = run_browser_load(root, args.contexts, args.seconds, args.model)
    s = result.summary()
    print(
        f"{s['answers']} answers in {s['seconds']:.0f} s from {s['contexts']} browser contexts "
        f"{s['per_context']}: submit→answer visible p50 {s['p50_ms']:.0f} ms, p95 "
        f"{s['p95_ms']:.0f} ms, max {s['max_ms']:.0f} ms; load {s['load_start']}→"
        f"{s['load_end']}; errors {s['errors']}"
    )
    return finish(result.errors, s, args.json)


if __name__ == "__main__":
    sys.exit(main())
