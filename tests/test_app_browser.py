"""The web chat in a real browser: ``streamlit run app.py`` driven by Playwright.

The server runs as a subprocess on 127.0.0.1 against a copy of the shipped corpus (plus
a document written to attack the chat, tests/data/injection/) indexed with the real
packaged model. Chromium is Debian's (``apt-get install -y chromium``); no browser is
downloaded. axe-core (``axe-playwright-python``, bundled in the wheel) audits the chat
after an answer at desktop and phone width. Screenshots are taken into the test's tmp_path
and copied (atomically, so parallel runs never leave half a file) to ``test-artifacts/``
and to ``docs/screenshot-chat.png`` and ``docs/screenshot-chat-phone.png`` for the README.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from app_server import CHROMIUM, CHROMIUM_ARGS, chromium_missing, is_external, running_app
from axe_playwright_python.sync_playwright import Axe
from conftest import REAL_MODEL, SAMPLE_CORPUS, make_settings
from playwright.sync_api import Browser, Page, Request, sync_playwright

from assistant.core.settings import PROJECT_ROOT
from assistant.core.ui_texts import ui, ui_list
from ingest.pipeline import Indexer

pytestmark = pytest.mark.integration

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
README_SCREENSHOT = PROJECT_ROOT / "docs" / "screenshot-chat.png"
README_PHONE_SCREENSHOT = PROJECT_ROOT / "docs" / "screenshot-chat-phone.png"
INJECTION = Path(__file__).parent / "data" / "injection"
QUESTION = "Vem ska jag kontakta i Malmö om jag har en idé om IOP?"
IDEA = ui_list("examples")[2]  # a pensionärsförening in Kramfors with an idea
PDF_QUESTION = "Vad tycker vård- och omsorgsförvaltningen i Enköping om riktlinjerna för IOP?"
PHONE = (390, 844)
DESKTOP = (1366, 900)
MIN_TARGET = 44  # px, WCAG 2.5.5
ANSWER_TIMEOUT_MS = 120_000


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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    missing = chromium_missing()
    if missing:
        pytest.fail(missing)
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    shutil.copytree(INJECTION / "ystad", corpus / "ystad")
    settings = make_settings(root, corpus, embedding_model=REAL_MODEL)
    report = Indexer(settings).run()
    assert report.ok, report.failed
    log = root / "streamlit.log"
    with running_app(settings, log) as url:
        yield Server(url=url, data_dir=settings.data_dir, log=log)


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
        if is_external(request.url):
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
    feedback = page.get_by_role("button", name=ui("feedback_yes"))
    feedback.last.wait_for(timeout=ANSWER_TIMEOUT_MS)
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


def _ask(page: Page, question: str) -> None:
    # The earlier answer's sources and buttons are on the page already: wait for one more.
    buttons = page.get_by_role("button", name=ui("feedback_yes"))
    answered = buttons.count()
    chat = page.locator('[data-testid="stChatInputTextArea"]')
    chat.fill(question)
    chat.press("Enter")
    deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
    while buttons.count() <= answered:
        assert time.monotonic() < deadline, f"no answer to {question!r}"
        page.wait_for_timeout(200)
    _wait_for_answer(page)


def _scrolled(page: Page) -> int:
    return int(page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTop"))


def _box(page: Page, selector: str) -> dict[str, float]:
    """The box in the viewport of the first match in the latest answer (or the page)."""
    answers = page.locator('[data-testid="stChatMessage"]')
    scope = answers.last if answers.count() else page.locator("body")
    found = scope.locator(selector)
    if not found.count():
        found = page.locator(selector)
    box = found.first.bounding_box()
    assert box is not None, f"{selector} is not drawn"
    return box


def _open_all_expanders(page: Page) -> None:
    closed = page.locator('[data-testid="stExpander"] details:not([open]) > summary')
    for _ in range(30):
        if closed.count() == 0:
            break
        closed.first.click()
        page.wait_for_timeout(150)
    page.wait_for_timeout(400)


def _serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the whole page."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _small_targets(page: Page) -> list[str]:
    """Visible things one taps that are smaller than 44 x 44 px (inline text links and
    the skip link, which shows only on focus, aside)."""
    return page.evaluate(  # type: ignore[no-any-return]
        """(min) => {
        const small = [];
        const targets = document.querySelectorAll(
          'a[href], button, summary, textarea, input, [role="switch"], [role="combobox"]');
        for (const el of targets) {
          if (el.closest('[data-testid="stSkipToContent"]')) continue;
          const inline = el.tagName === 'A' && !el.classList.contains('iop-button')
            && el.closest('p, li') && !el.closest('[data-testid^="stBaseLinkButton"]');
          if (inline) continue;
          // A select's arrow, a toggle's box and the chat field are parts of a larger
          // control that takes the tap: measure that control.
          const inSelect = el.closest('[data-testid="stSelectbox"]') && el.parentElement;
          const box = (el.closest('label') || inSelect
            || el.closest('[data-testid="stChatInput"]') || el).getBoundingClientRect();
          const style = getComputedStyle(el);
          if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
          if (box.width < min || box.height < min) {
            const name = (el.getAttribute('aria-label') || el.innerText || el.tagName).trim();
            small.push(`${name.slice(0, 40)} ${Math.round(box.width)}x${Math.round(box.height)}`);
          }
        }
        return small;
    }""",
        MIN_TARGET,
    )


def _check_accessibility(page: Page) -> None:
    assert page.evaluate("() => document.documentElement.lang") == "sv"
    _open_all_expanders(page)
    assert _serious_violations(page) == []
    assert _small_targets(page) == []
    # The answer has headings for its parts, and a polite live region announced it.
    assert page.locator("h2.iop-h").count() >= 1
    live = page.locator("#iop-live[aria-live='polite']")
    assert ui("announce", short="").strip() in (live.text_content() or "")


def test_contact_answer_in_the_browser(browser: Browser, server: Server, tmp_path: Path) -> None:
    page = _open(browser, server, *DESKTOP)
    assert _scrolled(page) == 0  # the page opens at the top: title and introduction
    _ask(page, QUESTION)

    # Short answer and the one contact to call, on the first screen.
    for selector in (".iop-short", "a.iop-call", "a.iop-mail"):
        box = _box(page, selector)
        assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP[1], selector
    assert page.locator('a[href="mailto:christina.widerstrand@malmo.se"]').count() == 1
    assert page.locator('a[href^="tel:+46"]').count() >= 1

    # The README picture: the question, the short answer and the contact.
    shot = tmp_path / "chat.png"
    page.screenshot(path=str(shot))
    _publish(shot, ARTIFACTS / "chat.png", README_SCREENSHOT)

    _check_accessibility(page)
    page.locator(".iop-quote").first.wait_for()
    page.screenshot(path=str(tmp_path / "chat-sources.png"), full_page=True)
    _publish(tmp_path / "chat-sources.png", ARTIFACTS / "chat-sources.png")
    assert server.external_requests == [], server.external_requests
    page.context.close()


def test_phone_short_answer_on_the_first_screen(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    page = _open(browser, server, *PHONE)
    assert _scrolled(page) == 0
    assert _horizontal_overflow(page)["scrollers"] == []

    # An example question, chosen and sent with the keyboard only.
    example = page.get_by_role("button", name=ui_list("examples")[1])
    example.focus()
    page.keyboard.press("Enter")
    _wait_for_answer(page)
    # The question is at the top of the screen; the short answer and the buttons to
    # call and mail follow within the first 844 px.
    question = page.locator('[data-testid="stChatMessage"]:has(.iop-question)').last.bounding_box()
    assert question is not None
    assert 0 <= question["y"] < 120, question
    shot = tmp_path / "chat-phone.png"
    page.screenshot(path=str(shot))
    visible_to = _box(page, ".st-key-chat_bar")["y"]  # the question bar covers the rest
    assert visible_to <= PHONE[1]
    for selector in (".iop-short", "a.iop-call", "a.iop-mail"):
        box = _box(page, selector)
        assert box["y"] + box["height"] <= visible_to, (selector, box)
    _publish(shot, ARTIFACTS / "chat-phone.png", README_PHONE_SCREENSHOT)

    # An idea: the verdict in plain words, with "vägledning, inte beslut", first.
    _ask(page, IDEA)
    verdict = _box(page, ".iop-verdict")
    assert verdict["y"] + verdict["height"] <= visible_to, verdict
    assert "vägledning, inte beslut" in (page.locator(".iop-verdict").last.inner_text()).lower()
    page.screenshot(path=str(tmp_path / "chat-phone-idea.png"))
    _publish(tmp_path / "chat-phone-idea.png", ARTIFACTS / "chat-phone-idea.png")

    _check_accessibility(page)
    overflow = _horizontal_overflow(page)
    assert overflow["scrollers"] == [], overflow
    assert overflow["wide"] == [], overflow
    assert server.external_requests == [], server.external_requests
    page.context.close()


def test_keyboard_focus_is_visible_and_never_hidden(browser: Browser, server: Server) -> None:
    page = _open(browser, server, *DESKTOP)
    seen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const el = document.activeElement;
              const box = el.getBoundingClientRect();
              const hidden = getComputedStyle(el).visibility === 'hidden'
                || !!el.closest('[data-collapsed="true"]');
              const name = (el.getAttribute('aria-label') || el.innerText || '').slice(0, 30);
              return {tag: el.tagName, hidden, w: box.width, h: box.height, name}; }"""
        )
        seen.append(focused)
        assert not focused["hidden"], seen
    page.locator('[data-testid="stChatInputTextArea"]').focus()
    ring = page.evaluate(
        """() => getComputedStyle(document.querySelector('[data-testid="stChatInput"]'))
            .outlineWidth"""
    )
    assert ring == "3px"
    page.context.close()


def test_document_text_is_shown_as_text(browser: Browser, server: Server) -> None:
    page = _open(browser, server, *DESKTOP)
    _ask(page, "Vem ska jag kontakta om IOP i Ystad?")
    _open_all_expanders(page)
    main = page.locator('[data-testid="stMain"]')
    assert "[ann.rubin@malmo.se](mailto:evil@x.se)" in main.inner_text()
    assert page.locator('img[src*="tracker"]').count() == 0
    assert page.locator('a[href*="evil.example"], a[href^="javascript"]').count() == 0
    assert page.locator('a[href*="ystad.example"]').count() == 0  # the crafted address
    for link in page.locator('a[href^="mailto:"]').all():
        address = (link.get_attribute("href") or "")[len("mailto:") :]
        label = link.get_attribute("aria-label") or link.inner_text()
        assert address in label or address.startswith("?"), (address, label)
    page.context.close()


def test_pdf_source_opens_at_its_page(browser: Browser, server: Server) -> None:
    page = _open(browser, server, *DESKTOP)
    _ask(page, PDF_QUESTION)
    _open_all_expanders(page)
    link = page.locator('a[href*="app/static/dokument/enkoping/"]').first
    href = link.get_attribute("href") or ""
    assert "#page=" in href, href
    response = page.request.get(f"{server.url}/{href.split('#')[0]}")
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    page.context.close()
