"""The web chat in a real browser: ``streamlit run app.py`` driven by Playwright.

The server runs as a subprocess on 127.0.0.1 against a copy of the shipped corpus
indexed with the real packaged model. Chromium is Debian's (``apt-get install -y
chromium``); no browser is downloaded. Screenshots are taken into the test's tmp_path
and copied (atomically, so parallel runs never leave half a file) to ``test-artifacts/``;
the desktop one also to ``docs/screenshot-chat.png`` for the README.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import REAL_MODEL, SAMPLE_CORPUS, free_port, make_settings
from playwright.sync_api import Browser, Page, Request, sync_playwright

from assistant.core.settings import PROJECT_ROOT
from assistant.core.ui_texts import ui, ui_list
from ingest.pipeline import Indexer

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
STREAMLIT = Path(sys.executable).with_name("streamlit")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
README_SCREENSHOT = PROJECT_ROOT / "docs" / "screenshot-chat.png"
QUESTION = "Vem ska jag kontakta i Malmö om jag har en idé om IOP?"
ANSWER_TIMEOUT_MS = 120_000
LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


@dataclass
class Server:
    url: str
    data_dir: Path
    log: Path
    external_requests: list[str] = field(default_factory=list)


def _publish(shot: Path, *targets: Path) -> None:
    """Copy a screenshot into the checkout by rename: a run beside this one (pytest-xdist,
    a second session) never sees half a PNG; the last one wins."""
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        shutil.copyfile(shot, partial)
        os.replace(partial, target)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"streamlit did not become healthy within 120 s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing. Install Debian's browser with "
            "`apt-get update && apt-get install -y chromium` (do not download one)."
        )
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    settings = make_settings(root, corpus, embedding_model=REAL_MODEL)
    report = Indexer(settings).run()
    assert report.ok, report.failed

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        IOP_DATA_DIR=str(settings.data_dir),
        IOP_CORPUS_DIR=str(corpus),
        IOP_EMBEDDING_MODEL=REAL_MODEL,
    )
    log = root / "streamlit.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                str(STREAMLIT),
                "run",
                "app.py",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_healthy(url, process, log)
        yield Server(url=url, data_dir=settings.data_dir, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _open(browser: Browser, server: Server, width: int, height: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE")
    page = context.new_page()

    def note(request: Request) -> None:
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOCAL_HOSTS:
            server.external_requests.append(request.url)

    page.on("request", note)
    page.goto(server.url, wait_until="domcontentloaded")
    page.get_by_role("heading", name=ui("title")).wait_for(timeout=ANSWER_TIMEOUT_MS)
    page.locator('[data-testid="stChatInputTextArea"]').wait_for(timeout=ANSWER_TIMEOUT_MS)
    return page


def _wait_for_answer(page: Page) -> None:
    """Until the whole answer is drawn and the script run is over."""
    sources = page.locator('[data-testid="stExpander"] summary').filter(has_text="Källor")
    sources.last.wait_for(timeout=ANSWER_TIMEOUT_MS)
    page.locator('[data-testid="stFeedback"] button').last.wait_for(timeout=ANSWER_TIMEOUT_MS)
    # Streamlit marks elements of the previous run as stale until the run ends.
    page.wait_for_function(
        """() => !document.querySelector('[data-stale="true"]')
            && !document.querySelector('[data-testid="stStatusWidget"]')""",
        timeout=ANSWER_TIMEOUT_MS,
    )
    page.wait_for_timeout(500)  # let the last layout settle before measuring


def _horizontal_overflow(page: Page) -> dict[str, object]:
    """What sticks out sideways: the page's scroll width and any visible element."""
    return page.evaluate(  # type: ignore[no-any-return]
        """() => {
        const width = window.innerWidth;
        const boxes = [document.scrollingElement, ...document.querySelectorAll(
            '[data-testid="stMain"], [data-testid="stAppViewContainer"]')];
        const scrollers = boxes
            .filter(el => el && el.scrollWidth > el.clientWidth + 1)
            .map(el => `${el.tagName} ${el.scrollWidth} > ${el.clientWidth}`);
        const wide = [];
        for (const el of document.querySelectorAll('[data-testid="stMain"] *')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.height > 0 && r.right > width + 1
                && getComputedStyle(el).visibility !== 'hidden') {
                const name = `${el.tagName}.${el.className}`.slice(0, 80);
                wide.push(`${name} right=${Math.round(r.right)}`);
            }
        }
        return {width, scrollers, wide: wide.slice(0, 10)};
    }"""
    )


def test_contact_answer_in_the_browser(browser: Browser, server: Server, tmp_path: Path) -> None:
    page = _open(browser, server, 1280, 900)
    chat = page.locator('[data-testid="stChatInputTextArea"]')
    chat.fill(QUESTION)
    chat.press("Enter")
    _wait_for_answer(page)

    email = page.get_by_text("christina.widerstrand@malmo.se").first
    assert email.is_visible()
    mailto = page.locator('a[href^="mailto:"]')
    assert mailto.count() >= 1
    assert page.locator('a[href="mailto:christina.widerstrand@malmo.se"]').count() >= 1
    assert page.locator('a[href^="tel:+46"]').count() >= 1
    assert page.get_by_text(ui("contacts_heading")).first.is_visible()

    # The README picture: the question, the answer and the contact cards.
    page.locator('[data-testid="stChatMessage"]').first.evaluate(
        "el => el.scrollIntoView({block: 'start'})"
    )
    page.wait_for_timeout(300)
    shot = tmp_path / "chat.png"
    page.screenshot(path=str(shot))
    _publish(shot, ARTIFACTS / "chat.png", README_SCREENSHOT)

    # The sources open and show the quoted passage.
    page.locator('[data-testid="stExpander"] summary').filter(has_text="Källor").last.click()
    page.locator('[data-testid="stExpander"] blockquote').first.wait_for()
    page.screenshot(path=str(tmp_path / "chat-sources.png"))
    _publish(tmp_path / "chat-sources.png", ARTIFACTS / "chat-sources.png")

    assert server.external_requests == [], server.external_requests
    page.context.close()


def test_phone_width_and_keyboard(browser: Browser, server: Server, tmp_path: Path) -> None:
    page = _open(browser, server, 390, 844)
    assert _horizontal_overflow(page)["scrollers"] == []

    # An example question, chosen and sent with the keyboard only.
    example = page.get_by_role("button", name=ui_list("examples")[1])
    example.focus()
    page.keyboard.press("Enter")
    _wait_for_answer(page)
    page.locator('[data-testid="stExpander"] summary').filter(has_text="Källor").last.click()
    page.locator('[data-testid="stExpander"] blockquote').first.wait_for()
    assert page.locator('a[href^="mailto:"]').count() >= 1

    overflow = _horizontal_overflow(page)
    page.screenshot(path=str(tmp_path / "chat-phone.png"))
    _publish(tmp_path / "chat-phone.png", ARTIFACTS / "chat-phone.png")
    assert overflow["scrollers"] == [], overflow
    assert overflow["wide"] == [], overflow
    assert server.external_requests == [], server.external_requests
    page.context.close()
