"""The web chat (app.py) driven in-process with Streamlit's AppTest.

Each test points the app at an index built with the fast ``hash`` embedder through
the ``IOP_*`` environment, exactly as a deployment would, and clears the settings and
``st.cache_resource`` so that no test sees another's assistant.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

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
from assistant.staff import auth
from assistant.staff.audit import AUDIT_FILE, AuditLog
from assistant.staff.feedback import FeedbackStore
from ingest.pipeline import Indexer
from pages.shared import LOGIN_KEY

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


def test_helpers_for_links_and_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Under Streamlit the app's folder is on sys.path (app.py imports pages/shared.py).
    monkeypatch.syspath_prepend(str(PROJECT_ROOT))
    spec = importlib.util.spec_from_file_location("iop_app", APP)
    assert spec is not None and spec.loader is not None
    app: ModuleType = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "iop_app", app)
    spec.loader.exec_module(app)  # defines the helpers; main() only runs under Streamlit
    assert app.tel_href("0706-63 47 23") == "tel:+46706634723"
    assert app.tel_href("0612-800 00") == "tel:+4661280000"
    assert app.tel_href("+46 40 34 10 00") == "tel:+4640341000"
    assert app.tel_href("ring oss") is None
    assert app.escape_markdown("a_b *c* [1] $5") == r"a\_b \*c\* \[1\] \$5"
    assert "".join(app.stream_words("Det här är ett svar [1].")) == "Det här är ett svar [1]."


# -- asking -----------------------------------------------------------------------------
def test_question_gives_answer_with_sources(data_dir: Path) -> None:
    at = _ask(_start(), "Vilka kriterier gäller för IOP i Kramfors kommun?")
    user, assistant = at.chat_message
    assert user.name == "user" and assistant.name == "assistant"
    assert "Kramfors kommun" in _markdown(user)
    (answer,) = _answers(at)
    assert answer.citations and not answer.abstained
    text = _markdown(assistant)
    assert answer.answer in text
    assert "[1]" in text
    (sources,) = assistant.expander
    assert sources.label == ui("sources_label", count=len(answer.citations))
    listed = _markdown(sources)
    assert _title("kramfors/kramfors-iop-aldreomsorg.txt") in listed
    assert ui("source_undated") in listed  # the Kramfors page has no date
    assert "> " in listed  # the quoted passage
    assert ui("answer_scope", municipality="Kramfors") in [c.value for c in assistant.caption]
    assert all(not (b.key or "").startswith("example_") for b in at.button)  # examples gone


def test_example_button_asks_the_question(data_dir: Path) -> None:
    at = _start()
    idea = ui_list("examples")[2]
    at.button(key="example_2").click().run()
    _no_exception(at)
    (answer,) = _answers(at)
    assert answer.question == idea
    assert idea in _markdown(at.chat_message[0])


def test_idea_gets_verdict_box_with_checklist(data_dir: Path) -> None:
    at = _start()
    at.button(key="example_2").click().run()  # the pensionärsförening in Kramfors
    _no_exception(at)
    (answer,) = _answers(at)
    verdict = answer.verdict
    assert verdict is not None and verdict.criteria
    box_kind = {"likely_eligible": "success", "likely_not_eligible": "warning"}.get(
        verdict.label, "info"
    )
    boxes = [b.value for b in getattr(at.chat_message[1], box_kind)]
    (box,) = [b for b in boxes if ui(f"verdict.{verdict.label}") in b]
    assert ui("checklist_heading") in box
    for criterion in verdict.criteria:
        assert criterion.criterion in box
        assert f"{ui('status.' + criterion.status)}**: {criterion.criterion} " in box
        assert f"[{criterion.citation}]" in box
        assert criterion.reason in box


def test_contact_question_gives_cards_with_links(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    (answer,) = _answers(at)
    assert answer.contacts
    text = _markdown(at.chat_message[1])
    assert "[christina.widerstrand@malmo.se](mailto:christina.widerstrand@malmo.se)" in text
    for contact in answer.contacts:
        assert contact.name and f"**{contact.name}**" in text
        if contact.email:
            assert f"(mailto:{contact.email})" in text
    assert "(tel:+46706634723)" in text  # Ann Rubin, 0706-63 47 23
    # Each contact detail is drawn once: on its card (and quoted under Källor), not
    # again in the answer text above the cards.
    assert text.count("ann.rubin@malmo.se](mailto") == 1
    lead = at.chat_message[1].markdown[0].value
    assert "0706-63 47 23" not in lead and "välkomna att kontakta" in lead


def test_switchboard_card_is_labelled(data_dir: Path) -> None:
    at = _ask(_start(), "Vad är växelnumret till Kramfors kommun?")
    text = _markdown(at.chat_message[1])
    assert "**Växel – Kramfors kommun**" in text
    assert "(tel:+4661280000)" in text


def test_feedback_is_stored_with_comment(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    (feedback,) = at.feedback
    feedback.set_value(0).run()  # thumbs down
    _no_exception(at)
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

    at.feedback[0].set_value(1).run()  # changed to thumbs up: same row, new rating
    (row,) = store.list()
    assert row.rating == 1


def test_new_conversation_clears_the_chat(data_dir: Path) -> None:
    at = _ask(_start(), "Vem ska jag kontakta i Malmö?")
    assert len(at.chat_message) == 2
    _button(at, ui("new_conversation")).click().run()
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
    assert not at.feedback  # nothing to rate
    # The next question works, and the failed one is not sent as history.
    _ask(at, "Vem ska jag kontakta i Malmö?")
    assert calls[1] == []
    assert _answers(at)[-1] is not None
    assert len(at.feedback) == 1


# -- no index yet -----------------------------------------------------------------------
STAFF_PASSWORD = "ett långt lösenord för personalen"


def _as_staff(at: AppTest) -> AppTest:
    """This browser session logged in with the staff password (as the staff pages do)."""
    settings = get_settings()
    auth.set_staff_password(settings, STAFF_PASSWORD)
    stored = auth.read_password_hash(settings)
    assert stored is not None
    at.session_state[LOGIN_KEY] = auth.SessionLogin(
        ui("login.password_user"), time.time(), auth.hash_fingerprint(stored)
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
    assert "mailto:christina.widerstrand@malmo.se" in _markdown(at.chat_message[1])
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
    at.feedback[0].set_value(1).run()  # only a rating the person chose to send is stored
    after = _disk_state(tmp_path, hash_index.data_dir)
    assert set(after) - set(before) == {str(data_dir / "feedback.sqlite")}
    assert b"174 06 12" not in (data_dir / "feedback.sqlite").read_bytes()


def test_privacy_notice_names_retention_and_links_the_policy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IOP_PRIVACY_URL", "https://kommun.example/personuppgifter")
    monkeypatch.setenv("IOP_FEEDBACK_RETENTION_DAYS", "90")
    _reset_caches()
    at = _start()
    captions = " ".join(c.value for c in at.caption)
    assert "90 dagar" in captions
    assert "(https://kommun.example/personuppgifter)" in captions
