"""The web chat (app.py) driven in-process with Streamlit's AppTest.

Each test points the app at an index built with the fast ``hash`` embedder through
the ``IOP_*`` environment, exactly as a deployment would, and clears the settings and
``st.cache_resource`` so that no test sees another's assistant.
"""

from __future__ import annotations

import re
import shutil
import time
import tomllib
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import streamlit as st
import yaml
from conftest import SAMPLE_CORPUS, make_settings
from streamlit.testing.v1 import AppTest

from assistant.api import Assistant
from assistant.core.records import Answer, Turn
from assistant.core.settings import PROJECT_ROOT, Settings, get_settings
from assistant.core.ui_texts import ui, ui_list
from assistant.index import generations
from assistant.staff import auth, passwords
from assistant.staff.audit import AUDIT_FILE, AuditLog
from assistant.staff.feedback import FeedbackStore
from ingest.pipeline import Indexer
from pages.shared import LOGIN_KEY, escape_markdown

APP = PROJECT_ROOT / "app.py"
TIMEOUT = 60


def _title(rel: str) -> str:
    meta = yaml.safe_load((SAMPLE_CORPUS / f"{rel}.meta.yaml").read_text("utf-8"))
    return str(meta["title"])


@pytest.fixture(scope="module")
def hash_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The shipped corpus, indexed once for this module with the hash embedder."""
    root = tmp_path_factory.mktemp("app-index")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    settings = make_settings(root, corpus)
    report = Indexer(settings).run()
    assert report.ok, report.failed
    return settings


def _reset_caches() -> None:
    get_settings.cache_clear()
    st.cache_resource.clear()


def _point_app_at(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, corpus: Path, index: Path | None
) -> None:
    monkeypatch.setenv("IOP_DATA_DIR", str(data_dir))
    monkeypatch.setenv("IOP_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("IOP_EMBEDDING_MODEL", "hash")
    if index is None:
        monkeypatch.delenv("IOP_INDEX_DIR", raising=False)
    else:
        monkeypatch.setenv("IOP_INDEX_DIR", str(index))
    _reset_caches()


@pytest.fixture
def data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, hash_index: Settings
) -> Iterator[Path]:
    """The app on the shared index; feedback goes to this test's own data folder."""
    data = tmp_path / "data"
    _point_app_at(monkeypatch, data, hash_index.corpus_dir, hash_index.index_path)
    yield data
    _reset_caches()


@pytest.fixture
def unindexed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A corpus folder with the shipped documents and no index yet."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    _point_app_at(monkeypatch, tmp_path / "data", corpus, None)
    yield tmp_path / "data"
    _reset_caches()


def _start() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    _no_exception(at)
    return at


def _no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    _no_exception(at)
    return at


def _answers(at: AppTest) -> list[Answer]:
    return [ex.answer for ex in at.session_state["exchanges"]]


def _button(at: AppTest, label: str) -> Any:
    return next(b for b in at.button if b.label == label)


def _markdown(block: Any) -> str:
    return "\n".join(m.value for m in block.markdown)


def _html(block: Any) -> str:
    """What a block draws with st.html: the answer's parts, cards and sources."""
    return "\n".join(h.value for h in block.html)


def _rate(at: AppTest, value: int) -> AppTest:
    """Press "Ja, det hjälpte" (1) or "Nej, det hjälpte inte" (-1) under the first answer."""
    prefix = "rate_up_" if value == 1 else "rate_down_"
    next(b for b in at.button if (b.key or "").startswith(prefix)).click().run()
    _no_exception(at)
    return at


def _expander(block: Any, label: str) -> Any:
    return next(e for e in block.expander if e.label == label)


# -- first view -------------------------------------------------------------------------
def test_welcome_examples_and_municipalities(data_dir: Path) -> None:
    at = _start()
    assert at.title[0].value == ui("title")
    assert "vägledning, inte beslut" in _markdown(at)
    assert [b.label for b in at.button] == ui_list("examples")
    selector = at.selectbox(key="municipality")
    assert selector.value == ui("all_municipalities")
    assert selector.options[0] == ui("all_municipalities")
    assert {"Kramfors", "Lund", "Malmö"} <= set(selector.options[1:])
    assert not at.chat_message  # nothing asked yet
    assert len(at.chat_input) == 1
    assert not at.get("file_uploader")  # nothing for the public to upload


def test_uploads_are_capped_at_the_corpus_file_limit() -> None:
    """Streamlit keeps every upload in memory and takes them from any session: the cap
    is the corpus limit, not Streamlit's 200 MB (docs/benchmarks.md)."""
    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] == Settings(_env_file=None).max_file_size_mb
    assert config["server"]["enableStaticServing"] is True  # the PDFs' pages


def test_stream_words_gives_back_the_text() -> None:
    from pages.chat.answer_view import stream_words

    assert "".join(stream_words("Det här är ett svar [1].")) == "Det här är ett svar [1]."


def test_escape_markdown_shows_text_literally() -> None:
    # One escaper for the chat and the staff pages (pages/shared.py).
    assert escape_markdown("a_b *c* [1] $5") == r"a\_b \*c\* \[1\] \$5"
    assert escape_markdown("![bild](x)") == r"\!\[bild\](x)"


# -- asking -----------------------------------------------------------------------------
def test_question_gives_answer_with_sources(data_dir: Path) -> None:
    at = _ask(_start(), "Vilka kriterier gäller för IOP i Kramfors kommun?")
    user, assistant = at.chat_message
    assert user.name == "user" and assistant.name == "assistant"
    assert "Kramfors kommun" in _html(user)
    (answer,) = _answers(at)
    assert answer.citations and not answer.abstained
    text = _html(assistant)
    assert ui("short_heading") in text
    # Short answer first; the rest of the list one tap away, nothing lost.
    for line in answer.answer.splitlines():
        if line.startswith("- "):
            assert escape(line[2:].rsplit(" [", 1)[0]) in text
    assert "[1]" in text
    (sources,) = [e for e in assistant.expander if e.label.startswith("Källor")]
    documents = {c.source for c in answer.citations}
    assert sources.label == ui("sources_label", count=len(documents))
    listed = _html(sources)
    assert escape(_title("kramfors/kramfors-iop-aldreomsorg.txt")) in listed
    assert "Kramfors kommun" in listed  # the publisher, in plain words
    assert ui("source_undated") in listed  # the Kramfors page has no date
    assert '<blockquote class="iop-quote">' in listed  # the quoted passage
    assert ui("answer_scope", municipality="Kramfors") in [c.value for c in assistant.caption]
    # The examples stay reachable, folded under "Exempel på frågor".
    examples = _expander(at, ui("examples_again"))
    assert [b.label for b in examples.button] == ui_list("examples")


def test_example_button_asks_the_question(data_dir: Path) -> None:
    at = _start()
    idea = ui_list("examples")[2]
    at.button(key="example_2").click().run()
    _no_exception(at)
    (answer,) = _answers(at)
    assert answer.question == idea
    assert escape(idea) in _html(at.chat_message[0])


def test_idea_gets_verdict_box_with_checklist(data_dir: Path) -> None:
    at = _start()
    at.button(key="example_2").click().run()  # the pensionärsförening in Kramfors
    _no_exception(at)
    (answer,) = _answers(at)
    verdict = answer.verdict
    assert verdict is not None and verdict.criteria
    short = at.chat_message[1].html[0].value
    assert f'class="iop-verdict iop-verdict-{verdict.label}"' in short
    assert "vägledning, inte beslut" in short.casefold()  # under every verdict
    box = _html(_expander(at.chat_message[1], ui("more_answer")))
    assert ui("checklist_heading") in box
    for criterion in verdict.criteria:
        assert escape(criterion.criterion) in box
        status = f"{ui('status.' + criterion.status)}:</span> {escape(criterion.criterion)} "
        assert status in box
        assert f"[{criterion.citation}]" in box
        assert escape(criterion.reason) in box


def test_contact_question_gives_cards_with_links(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    (answer,) = _answers(at)
    assert answer.contacts
    text = _html(at.chat_message[1])
    assert 'href="mailto:christina.widerstrand@malmo.se"' in text
    for contact in answer.contacts:
        assert contact.name and f"<strong>{contact.name}</strong>" in text
        if contact.email:
            assert f'href="mailto:{contact.email}"' in text
    assert 'href="tel:+46706634723"' in text  # Ann Rubin, 0706-63 47 23
    # Each contact is drawn once, as a card; the short answer above holds no links.
    assert text.count('href="mailto:ann.rubin@malmo.se"') == 1
    short = at.chat_message[1].html[0].value
    assert "href=" not in short
    # The first card sits right under the short answer with its Ring and Mejla buttons.
    first = at.chat_message[1].html[1].value
    assert ui("contacts_heading") in first
    assert 'class="iop-button iop-call"' in first and 'class="iop-button iop-mail"' in first


def test_switchboard_card_is_labelled(data_dir: Path) -> None:
    at = _ask(_start(), "Vad är växelnumret till Kramfors kommun?")
    text = _html(at.chat_message[1])
    assert "<strong>Växel – Kramfors kommun</strong>" in text
    assert 'href="tel:+4661280000"' in text


def test_feedback_is_stored_with_comment(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    _rate(at, -1)  # "Nej, det hjälpte inte"
    store = FeedbackStore(data_dir / "feedback.sqlite")
    (row,) = store.list()
    assert (row.rating, row.comment) == (-1, None)
    assert row.question == "Vem ska jag kontakta i Malmö?"
    assert row.municipality == "Malmö"
    assert row.answer.citations == _answers(at)[0].citations

    (comment,) = at.text_input
    comment.input("Jag ville ha telefontider också")
    _button(at, ui("comment_submit")).click().run()
    _no_exception(at)
    (row,) = store.list()
    assert (row.rating, row.comment) == (-1, "Jag ville ha telefontider också")
    assert ui("comment_thanks") in [s.value for s in at.success]
    assert not at.text_input  # the comment form is gone once sent

    _rate(at, 1)  # changed to "Ja": same row, new rating
    (row,) = store.list()
    assert row.rating == 1
    _rate(at, 1)  # the same button again takes the rating back
    assert store.list() == []


def test_new_conversation_clears_the_chat(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    assert len(at.chat_message) == 2
    at.button(key="new_conversation").click().run()
    _no_exception(at)
    assert not at.chat_message
    assert at.session_state["exchanges"] == []
    assert [b.label for b in at.button] == ui_list("examples")


def test_follow_up_gets_the_history(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[Turn], str | None]] = []
    real_answer = Assistant.explain

    def spy(self: Assistant, question: str, history: Any = None, municipality: Any = None):
        calls.append((question, list(history or []), municipality))
        return real_answer(self, question, history, municipality)

    monkeypatch.setattr(Assistant, "explain", spy)
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    _ask(at, "och vad gäller där?")
    first, second = _answers(at)
    assert calls[0][1] == []
    assert calls[1][1] == [
        Turn(role="user", content="Vem ska jag kontakta i Malmö?"),
        Turn(role="assistant", content=first.answer),
    ]
    assert second.municipality == "Malmö"  # taken from the history by the engine
    assert len(at.chat_message) == 4


def test_municipality_selector_filters(data_dir: Path) -> None:
    at = _start()
    at.selectbox(key="municipality").select("Lund").run()
    _ask(at, "Vilka IOP har kommunen?")
    (answer,) = _answers(at)
    assert answer.municipality == "Lund"
    assert answer.citations
    assert {c.municipality for c in answer.citations} <= {"Lund", None}
    assert ui("answer_scope", municipality="Lund") in [c.value for c in at.caption]


def test_all_municipalities_passes_none(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    real_answer = Assistant.explain

    def spy(self: Assistant, question: str, history: Any = None, municipality: Any = None):
        seen.append(municipality)
        return real_answer(self, question, history, municipality)

    monkeypatch.setattr(Assistant, "explain", spy)
    at = _ask(_start(), "Vad är IOP?")
    at.selectbox(key="municipality").select("Malmö").run()
    _ask(at, "Vad är IOP?")
    assert seen == [None, "Malmö"]


def test_engine_failure_is_shown_not_raised(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_answer = Assistant.explain
    calls: list[list[Turn]] = []

    def fails_once(
        self: Assistant, question: str, history: Any = None, municipality: Any = None
    ) -> Answer:
        calls.append(list(history or []))
        if len(calls) == 1:
            raise RuntimeError("index on fire")
        return real_answer(self, question, history, municipality)

    monkeypatch.setattr(Assistant, "explain", fails_once)
    at = _ask(_start(), "Vad är IOP?")
    assert ui("answer_error") in [e.value for e in at.error]
    assert not [b for b in at.button if (b.key or "").startswith("rate_")]  # nothing to rate
    # The next question works, and the failed one is not sent as history.
    _ask(at, "Vem ska jag kontakta i Malmö?")
    assert calls[1] == []
    assert _answers(at)[-1] is not None
    assert len([b for b in at.button if (b.key or "").startswith("rate_up_")]) == 1


# -- no index yet -----------------------------------------------------------------------
STAFF_PASSWORD = "ett långt lösenord för personalen"


def _as_staff(at: AppTest) -> AppTest:
    """This browser session logged in with the staff password (as the staff pages do)."""
    settings = get_settings()
    passwords.set_staff_password(settings, STAFF_PASSWORD)
    stored = passwords.read_password_hash(settings)
    assert stored is not None
    at.session_state[LOGIN_KEY] = auth.SessionLogin(
        ui("login.password_user"), time.time(), passwords.hash_fingerprint(stored)
    )
    return at.run()


def _audit(data: Path) -> list[tuple[str, str, str]]:
    return [(e.who, e.action, e.detail) for e in AuditLog(data / AUDIT_FILE).entries()]


def test_empty_index_tells_visitors_it_is_being_prepared(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _point_app_at(monkeypatch, tmp_path / "data", corpus, None)
    try:
        at = _start()
        assert ui("being_prepared").strip() in [i.value.strip() for i in at.info]
        assert not at.button and not at.chat_input and not at.warning  # nothing to press
        assert "iop ingest" not in "\n".join(i.value for i in at.info)
    finally:
        _reset_caches()


def test_staff_may_index_an_empty_index_and_it_is_audited(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _point_app_at(monkeypatch, tmp_path / "data", corpus, None)
    try:
        at = _as_staff(_start())
        _no_exception(at)
        warning = "\n".join(w.value for w in at.warning)
        assert "inte indexerade" in warning
        assert "iop ingest" in warning
        assert [b.label for b in at.button] == [ui("index_button")]
        assert not at.chat_input
        # Indexing an empty corpus explains itself instead of failing.
        at.button[0].click().run()
        _no_exception(at)
        assert ui("index_nothing", corpus_dir=corpus) in [e.value for e in at.error]
        ((who, action, _detail),) = _audit(tmp_path / "data")
        assert (who, action) == (ui("login.password_user"), "reindex")
    finally:
        _reset_caches()


def test_missing_index_folder_is_not_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _point_app_at(monkeypatch, tmp_path / "nowhere" / "data", tmp_path / "no-corpus", None)
    try:
        at = _start()
        assert ui("being_prepared").strip() in [i.value.strip() for i in at.info]
        assert not at.error
    finally:
        _reset_caches()


def test_index_button_builds_the_index(unindexed: Path) -> None:
    at = _as_staff(_start())
    assert [b.label for b in at.button] == [ui("index_button")]
    at.button[0].click().run()
    _no_exception(at)
    assert not at.warning
    assert len(at.chat_input) == 1
    assert "Malmö" in at.selectbox(key="municipality").options
    _ask(at, "Vem ska jag kontakta i Malmö?")
    assert "mailto:christina.widerstrand@malmo.se" in _html(at.chat_message[1])
    ((who, action, detail),) = _audit(unindexed)
    assert (who, action) == (ui("login.password_user"), "reindex") and detail


def test_a_visitor_cannot_index(unindexed: Path) -> None:
    at = _start()
    assert not at.button
    assert generations.live(get_settings()) is None
    assert not (unindexed / AUDIT_FILE).exists()


def _disk_state(*roots: Path) -> dict[str, str]:
    """Every file under the roots with a hash of its content. SQLite's -shm (shared
    memory for readers) and an empty -wal hold no data, so they are left out."""
    import hashlib

    state = {}
    for root in roots:
        for path in root.rglob("*"):
            empty_wal = path.name.endswith("-wal") and path.stat().st_size == 0
            if path.is_file() and not path.name.endswith("-shm") and not empty_wal:
                state[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def test_a_chat_writes_nothing_to_disk_but_feedback(
    data_dir: Path, hash_index: Settings, tmp_path: Path
) -> None:
    # Opening the index may let Chroma write its own files (it brings the vector index
    # on disk up to date when a process first opens it): that is the app starting, not
    # the chat, so the state is taken once the app runs.
    at = _start()
    before = _disk_state(tmp_path, hash_index.data_dir)
    at = _ask(at, "Vem ska jag kontakta i Malmö? Mitt nummer är 070-174 06 12")
    _ask(at, "Vilka kriterier gäller i Kramfors?")
    assert _disk_state(tmp_path, hash_index.data_dir) == before
    _rate(at, 1)  # only a rating the person chose to send is stored
    after = _disk_state(tmp_path, hash_index.data_dir)
    assert set(after) - set(before) == {str(data_dir / "feedback.sqlite")}
    assert b"174 06 12" not in (data_dir / "feedback.sqlite").read_bytes()


def test_privacy_notice_names_retention_and_links_the_policy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IOP_PRIVACY_URL", "https://kommun.example/personuppgifter")
    monkeypatch.setenv("IOP_ACCESSIBILITY_URL", "https://kommun.example/tillganglighet")
    monkeypatch.setenv("IOP_FEEDBACK_RETENTION_DAYS", "90")
    _reset_caches()
    at = _start()
    # A short line above the question bar, the rest one tap away.
    assert ui("privacy_short") in [c.value for c in at.caption]
    more = _markdown(_expander(at, ui("privacy_more")))
    assert "90 dagar" in more
    assert "(https://kommun.example/personuppgifter)" in more
    statement = f"[{ui('accessibility_link')}](https://kommun.example/tillganglighet)"
    assert statement in _markdown(at)


def test_links_in_settings_must_be_https(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IOP_ACCESSIBILITY_URL", "javascript:alert(1)")
    monkeypatch.setenv("IOP_PRIVACY_URL", "http://kommun.example/x) [x](https://evil")
    _reset_caches()
    at = _start()
    shown = _markdown(at)
    assert "javascript:" not in shown and "evil" not in shown
    assert ui("accessibility_link") not in shown


# -- document text is shown as text -------------------------------------------------------
INJECTION_CORPUS = Path(__file__).parent / "data" / "injection"


def test_markdown_in_a_document_never_becomes_a_link(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    shutil.copytree(INJECTION_CORPUS / "ystad", corpus / "ystad")
    settings = make_settings(tmp_path, corpus)
    assert Indexer(settings).run().ok
    _point_app_at(monkeypatch, tmp_path / "data", corpus, settings.index_path)
    try:
        at = _ask(_start(), "Vem ska jag kontakta om IOP i Ystad?")
        (answer,) = _answers(at)
        assert any(c.source.startswith("ystad/") for c in answer.citations)
        drawn = _html(at.chat_message[1]) + "\n".join(_html(e) for e in at.chat_message[1].expander)
        # The quote is there, as text; nothing of it is a link or an image.
        assert "[ann.rubin@malmo.se](mailto:evil@x.se)" in drawn
        # Every link says where it goes: a mail button names the address it mails.
        for href, label in re.findall(r'<a href="mailto:([^"]+)"[^>]*aria-label="([^"]*)"', drawn):
            assert href in label
        assert ">ann.rubin@malmo.se</a>" not in drawn
        assert "<img" not in drawn and 'tracker.example/u.png"' not in drawn
        assert 'href="https://evil' not in drawn and 'href="https://ystad' not in drawn
        assert "javascript:" not in drawn
        message = at.chat_message[1]
        for markdown in [*message.markdown, *(m for e in message.expander for m in e.markdown)]:
            assert not re.search(r"(?<!\\)\]\(", markdown.value)  # no live Markdown link
    finally:
        _reset_caches()


def test_a_failing_question_is_logged_masked(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def fails(self: Assistant, question: str, history: Any = None, municipality: Any = None):
        raise RuntimeError("index on fire")

    monkeypatch.setattr(Assistant, "explain", fails)
    with caplog.at_level("ERROR", logger="iop.app"):
        at = _ask(_start(), "Jag heter Eva, ring mig på 070-174 06 12 eller eva@example.se")
    assert ui("answer_error") in [e.value for e in at.error]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "answering failed" in logged
    assert "174 06 12" not in logged and "eva@example.se" not in logged
    assert "[telefon]" in logged and "[e-post]" in logged


def test_answer_can_be_saved_and_mailed(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    (answer,) = _answers(at)
    (save,) = [b for b in at.download_button if (b.key or "").startswith("save_")]
    assert save.label == ui("save_answer")
    (mail,) = at.link_button
    assert mail.label == ui("mail_board")
    assert mail.proto.url.startswith("mailto:?subject=")
    body = unquote(mail.proto.url)
    assert "Vem ska jag kontakta i Malmö?" in body
    assert any(c.email and c.email in body for c in answer.contacts)  # the contact goes along
