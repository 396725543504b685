"""The staff pages "Dokument" and "Granskning", driven in-process with AppTest.

Each test gets its own copy of the shipped corpus, indexed with the fast ``hash``
embedder, and points the app at it through ``IOP_*`` as a deployment would. The
login is configured per test: nothing, a staff password (``set_staff_password``), or
OIDC secrets with a seeded ``st.user``.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import streamlit as st
from conftest import SAMPLE_CORPUS, make_settings
from streamlit.testing.v1 import AppTest

from assistant.api import Assistant
from assistant.core.records import Answer, Citation
from assistant.core.settings import PROJECT_ROOT, Settings, get_settings
from assistant.core.ui_texts import ui
from assistant.staff import login_throttle, passwords
from assistant.staff.audit import AuditLog
from assistant.staff.feedback import FeedbackStore
from assistant.staff.regression import list_runs
from assistant.staff.review import ReviewStore
from ingest.pipeline import Indexer

APP = PROJECT_ROOT / "app.py"
DOCS_PAGE = "pages/staff_documents.py"
REVIEW_PAGE = "pages/review.py"
TIMEOUT = 60
PASSWORD = "rätt häst batteri häftstift"
CLIENT = "ip:unknown"  # AppTest sessions have no client address
ACCOUNT = login_throttle.ACCOUNT_KEY
UNIQUE = "Partnerskapsansökan U7"
UDDEVALLA_DOC = (
    "# IOP i Uddevalla kommun\n\n"
    "Uddevalla kommun ingår idéburet offentligt partnerskap med föreningar.\n\n"
    f"En förening som vill ansöka om IOP i Uddevalla fyller i blanketten {UNIQUE} "
    "och skickar den till kultur- och fritidsförvaltningen.\n"
).encode()
UDDEVALLA_QUESTION = "Hur ansöker en förening om IOP i Uddevalla kommun?"


@dataclass
class Site:
    settings: Settings
    corpus: Path
    data: Path

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.data / "audit.sqlite")

    def actions(self) -> list[str]:
        return [e.action for e in reversed(self.audit.entries())]


def _reset_caches() -> None:
    get_settings.cache_clear()
    st.cache_resource.clear()


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Site]:
    """A deployment of its own: corpus copy, hash index, data folder; no login yet."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    settings = make_settings(tmp_path, corpus)
    assert Indexer(settings).run().ok
    monkeypatch.setenv("IOP_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("IOP_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("IOP_INDEX_DIR", str(settings.index_path))
    monkeypatch.setenv("IOP_EMBEDDING_MODEL", "hash")
    _reset_caches()
    yield Site(settings, corpus, settings.data_dir)
    _reset_caches()


@pytest.fixture
def with_password(site: Site) -> Site:
    passwords.set_staff_password(site.settings, PASSWORD)
    return site


# -- helpers ----------------------------------------------------------------------------
def _no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _open(page: str, at: AppTest | None = None) -> AppTest:
    if at is None:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
        _no_exception(at)
    at.switch_page(page).run()
    _no_exception(at)
    return at


def _button(at: AppTest, key: str) -> Any:
    return at.button(key=key)


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def _texts(elements: Any) -> str:
    return "\n".join(str(e.value) for e in elements)


def _admin_widgets(at: AppTest) -> list[str]:
    """Everything that changes the corpus, the index or the stored feedback."""
    found = [f"uploader:{u.label}" for u in at.get("file_uploader")]
    found += [f"download:{d.label}" for d in at.get("download_button")]
    admin_labels = {
        ui("staff.upload.submit"),
        ui("staff.index.run"),
        ui("staff.delete.submit"),
        ui("staff.delete.confirm_yes"),
        ui("staff.metadata.save"),
        ui("staff.feedback.delete_before"),
        ui("staff.feedback.delete_id"),
        ui("review.save"),
        ui("review.probe.submit"),
        ui("review.regression.run"),
    }
    found += [f"button:{label}" for label in _labels(at) if label in admin_labels]
    found += [f"table:{list(d.value.columns)[:2]}" for d in at.dataframe]
    return found


# Each table by a column only it has.
TABLE_COLUMNS = {
    "docs": ("staff.columns.source",),
    "audit": ("staff.log.columns.who",),
    "passages": ("review.probe.columns.coverage",),
    "criteria": ("review.probe.criteria_columns.criterion",),
    "contacts": ("review.probe.contacts_columns.email",),
    "regression": ("review.regression.columns.metric",),
}


def _table(at: AppTest, name: str) -> Any:
    (column,) = (ui(key) for key in TABLE_COLUMNS[name])
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1, f"{len(found)} tables with a column {column!r}"
    return found[0]


def _login(at: AppTest, password: str = PASSWORD) -> AppTest:
    (field,) = [t for t in at.text_input if t.label == ui("login.password_label")]
    field.input(password)
    next(b for b in at.button if b.label == ui("login.submit")).click().run()
    _no_exception(at)
    return at


def _staff(site: Site) -> AppTest:
    """The Dokument page, logged in with the staff password."""
    at = _login(_open(DOCS_PAGE))
    assert at.get("file_uploader"), _texts(at.error)
    return at


def _upload(
    at: AppTest, name: str, data: bytes, municipality: str = "Uddevalla", index: bool = False
) -> AppTest:
    """Upload through the tab; ``index`` keeps "Uppdatera indexet direkt" ticked."""
    at.selectbox(key="upload_municipality").select(municipality)
    at.checkbox(key="upload_index_now").set_value(index)
    (uploader,) = at.get("file_uploader")
    uploader.upload(name, data, "text/plain")
    _button(at, "upload_submit").click().run()
    _no_exception(at)
    return at


def _reindex(at: AppTest) -> AppTest:
    _button(at, "reindex").click().run()
    _no_exception(at)
    return at


def _files(root: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


def _ask_chat(chat: AppTest, question: str) -> Answer:
    chat.chat_input[0].set_value(question).run()
    _no_exception(chat)
    answer = chat.session_state["exchanges"][-1].answer
    assert answer is not None
    return answer


# -- closed by default ------------------------------------------------------------------
@pytest.mark.parametrize("page", [DOCS_PAGE, REVIEW_PAGE])
def test_without_a_login_configured_the_pages_stay_shut(site: Site, page: str) -> None:
    at = _open(page)
    warning = _texts(at.warning)
    assert "iop set-password" in warning and "[auth]" in warning
    assert "secrets.toml" in warning
    assert _admin_widgets(at) == []
    assert not at.text_input  # not even a password field: there is no password
    assert not at.tabs


def test_the_chat_stays_public(with_password: Site) -> None:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    _no_exception(at)
    assert at.title[0].value == ui("title")
    assert len(at.chat_input) == 1
    assert not [t for t in at.text_input if t.label == ui("login.password_label")]


@pytest.mark.parametrize("page", [DOCS_PAGE, REVIEW_PAGE])
def test_password_pages_offer_nothing_before_login(with_password: Site, page: str) -> None:
    at = _open(page)
    assert [t.label for t in at.text_input] == [ui("login.password_label")]
    assert _admin_widgets(at) == []


def _set_the_waits(site: Site, retry_at: float) -> None:
    """Move the stored waits: the page reads the real clock, and a slow run must not
    let a wait run out before the test has looked."""
    with closing(sqlite3.connect(site.data / login_throttle.THROTTLE_FILE)) as conn, conn:
        conn.execute("UPDATE login_failures SET retry_at = ?", (retry_at,))


def _let_the_wait_pass(site: Site) -> None:
    _set_the_waits(site, 0.0)


@pytest.mark.slow
def test_wrong_password_is_refused_and_slowed(with_password: Site) -> None:
    at = _open(DOCS_PAGE)
    _login(at, "fel lösenord igen")
    # Told at once, with the wait, instead of held on a silent page.
    assert f"{ui('login.wrong')} {ui('login.retry_in', wait='1 s')}" in _texts(at.error)
    assert _admin_widgets(at) == []
    throttle = login_throttle.LoginThrottle(with_password.data / login_throttle.THROTTLE_FILE)
    # Counted on disk, not in the session: for this client (AppTest has no address)
    # and for the account from all clients together.
    assert throttle.check(CLIENT).failures == throttle.check(ACCOUNT).failures == 1
    _set_the_waits(with_password, time.time() + 60)
    _login(at, "fel lösenord en gång till")  # before the wait is over: not even checked
    assert ui("login.wait") in _texts(at.error)
    assert throttle.check(CLIENT).failures == 1
    _let_the_wait_pass(with_password)
    _login(at, "fel lösenord en gång till")
    assert throttle.check(CLIENT).failures == 2
    assert _admin_widgets(at) == []
    assert "login" not in with_password.actions()
    _let_the_wait_pass(with_password)
    _login(at)  # the right one still works once the wait is over
    assert at.get("file_uploader")
    assert throttle.check(CLIENT).failures == 0
    assert throttle.check(ACCOUNT).failures == 2  # the right one took back only its own
    (entry,) = with_password.audit.entries(action="login")
    assert entry.who == ui("login.password_user")


def test_the_wait_holds_across_a_reload(with_password: Site) -> None:
    throttle = login_throttle.LoginThrottle(with_password.data / login_throttle.THROTTLE_FILE)
    for _ in range(9):
        throttle.record_failure(CLIENT)  # the next attempt waits 256 s
    at = _login(_open(DOCS_PAGE))  # a new session, with the right password
    assert ui("login.wait") in _texts(at.error)
    assert _admin_widgets(at) == []


def test_failures_from_many_addresses_slow_everyone_down(with_password: Site) -> None:
    """A spoofed or rotating address does not escape the account's wait; but it is a
    wait, never a lock-out."""
    path = with_password.data / login_throttle.THROTTLE_FILE
    account = login_throttle.LoginThrottle(
        path, burst=login_throttle.ACCOUNT_BURST, max_delay=login_throttle.ACCOUNT_MAX_DELAY
    )
    for _ in range(login_throttle.ACCOUNT_BURST + 6):
        account.record_failure(ACCOUNT)  # the next attempt waits the account's 60 s
    assert login_throttle.LoginThrottle(path).check(CLIENT).allowed  # this client never failed
    at = _login(_open(DOCS_PAGE))
    assert ui("login.wait") in _texts(at.error)
    assert _admin_widgets(at) == []
    _let_the_wait_pass(with_password)
    _login(at)
    assert at.get("file_uploader")


def test_a_new_password_logs_out_open_sessions(with_password: Site) -> None:
    at = _staff(with_password)
    passwords.set_staff_password(with_password.settings, "ett nytt lösenord för alla")
    at.run()
    _no_exception(at)
    assert _admin_widgets(at) == []


def test_oidc_login(site: Site) -> None:
    secrets = {
        "auth": {
            "redirect_uri": "http://localhost:8501/oauth2callback",
            "cookie_secret": "test-cookie-secret",
            "microsoft": {
                "client_id": "id",
                "client_secret": "secret",
                "server_metadata_url": "https://login.microsoftonline.com/x/v2.0/.well-known/openid-configuration",
            },
        }
    }
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets = dict(secrets)
    at.user = {"is_logged_in": False}
    at.run()
    _open(DOCS_PAGE, at)
    assert ui("login.oidc_intro") in _texts(at.info)
    assert not at.text_input  # no password field when OIDC is configured
    assert _admin_widgets(at) == []
    at.user = {"is_logged_in": True, "email": "anna.berg@kommun.se", "name": "Anna Berg"}
    at.run()
    _no_exception(at)
    assert at.get("file_uploader")
    _reindex(at)
    entry = site.audit.entries(action="reindex")[0]
    assert entry.who == "anna.berg@kommun.se"

    # With an allow-list, an account outside it is refused.
    at.secrets = {**secrets, "iop_access": {"allowed_domains": ["annan-kommun.se"]}}
    at.run()
    _no_exception(at)
    assert "anna.berg@kommun.se" in _texts(at.error)
    assert _admin_widgets(at) == []


# -- documents --------------------------------------------------------------------------
def test_document_table_lists_the_index(with_password: Site) -> None:
    at = _staff(with_password)
    table = _table(at, "docs")
    assert len(table) == 5
    assert {"Kramfors", "Malmö", "Lund"} <= set(table[ui("staff.columns.municipality")])
    assert set(table[ui("staff.columns.state")]) == {ui("staff.state.indexed")}
    at.selectbox(key="docs_filter").select("Malmö").run()
    table = _table(at, "docs")
    assert list(table[ui("staff.columns.source")]) == ["malmo/malmo-iop-ofrivillig-ensamhet.txt"]


@pytest.mark.slow
def test_upload_reindex_then_the_chat_cites_it_and_delete_removes_it(
    with_password: Site,
) -> None:
    site = with_password
    chat = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    before = _ask_chat(chat, UDDEVALLA_QUESTION)
    assert before.abstained and not any("uddevalla" in c.source for c in before.citations)

    at = _upload(_staff(site), "IOP Uddevalla.txt", UDDEVALLA_DOC)
    assert ui("staff.upload.saved", name="uddevalla/iop-uddevalla.txt") in _texts(at.success)
    path = site.corpus / "uddevalla" / "iop-uddevalla.txt"
    assert path.read_bytes() == UDDEVALLA_DOC
    states = _table(at, "docs")
    row = states[states[ui("staff.columns.source")] == "uddevalla/iop-uddevalla.txt"]
    assert list(row[ui("staff.columns.state")]) == [ui("staff.state.new")]
    # Not in the answers before the index is updated.
    assert not any("uddevalla" in c.source for c in _ask_chat(chat, UDDEVALLA_QUESTION).citations)

    _reindex(at)
    report = _texts(at.success)
    assert "1 nya" in report
    after = _ask_chat(chat, UDDEVALLA_QUESTION)  # the same chat session and assistant
    assert not after.abstained
    assert "uddevalla/iop-uddevalla.txt" in [c.source for c in after.citations]
    assert UNIQUE in after.answer or any(UNIQUE in c.quote for c in after.citations)

    at.selectbox(key="delete_doc").select("uddevalla/iop-uddevalla.txt").run()
    _button(at, "delete_submit").click().run()
    assert ui("staff.delete.confirm", name="uddevalla/iop-uddevalla.txt") in _texts(at.warning)
    assert path.exists()  # nothing happens before the confirmation
    _button(at, "delete_yes").click().run()
    _no_exception(at)
    assert not path.exists() and not path.with_name(path.name + ".meta.yaml").exists()
    _reindex(at)
    gone = _ask_chat(chat, UDDEVALLA_QUESTION)
    assert not any("uddevalla" in c.source for c in gone.citations)
    assert site.actions() == ["login", "upload", "reindex", "delete", "reindex"]
    entries = {e.action: e for e in site.audit.entries()}
    assert entries["upload"].target == entries["delete"].target == "uddevalla/iop-uddevalla.txt"
    assert all(e.who == ui("login.password_user") and e.at for e in entries.values())


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "..\\x.pdf", "/abs.txt"])
def test_traversal_names_are_refused_with_a_message(
    with_password: Site, tmp_path: Path, name: str
) -> None:
    at = _staff(with_password)
    before = _files(tmp_path)
    _upload(at, name, UDDEVALLA_DOC)
    errors = _texts(at.error)
    assert ui("staff.errors.unsafe_name", name=name) in errors
    after = _files(tmp_path)
    written = {p for p in set(after) - set(before) if "/corpus/" in p}
    assert written == set()
    assert "upload" not in with_password.actions()


def test_oversized_upload_is_refused_with_a_message(
    with_password: Site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("IOP_MAX_FILE_SIZE_MB", "0.001")  # about 1 KB
    _reset_caches()
    at = _staff(with_password)
    before = _files(with_password.corpus)
    _upload(at, "stor.txt", b"IOP i Uddevalla. " * 200)
    assert ui("staff.errors.too_large", name="stor.txt", limit="0,001") in _texts(at.error)
    assert _files(with_password.corpus) == before
    assert "upload" not in with_password.actions()


def test_a_name_clash_asks_before_replacing(with_password: Site) -> None:
    site = with_password
    at = _upload(_staff(site), "iop.txt", UDDEVALLA_DOC)
    path = site.corpus / "uddevalla" / "iop.txt"
    newer = UDDEVALLA_DOC + "Ansökan ska vara inne senast den 1 mars.\n".encode()
    _upload(at, "iop.txt", newer)
    assert ui("staff.upload.exists", name="uddevalla/iop.txt") in _texts(at.warning)
    assert path.read_bytes() == UDDEVALLA_DOC  # not replaced yet
    _button(at, "upload_cancel").click().run()
    assert path.read_bytes() == UDDEVALLA_DOC
    _upload(at, "iop.txt", newer)
    _button(at, "upload_replace").click().run()
    _no_exception(at)
    assert path.read_bytes() == newer
    assert ui("staff.upload.replaced", name="uddevalla/iop.txt") in _texts(at.success)
    assert site.actions() == ["login", "upload", "upload"]
    assert "ersatte" in site.audit.entries(action="upload")[0].detail


def _meta_widget(at: AppTest, kind: str, suffix: str) -> Any:
    widgets = getattr(at, kind)
    return next(w for w in widgets if (w.key or "").startswith("meta_") and w.key.endswith(suffix))


def test_metadata_edit_writes_a_checked_sidecar(with_password: Site) -> None:
    site = with_password
    rel = "kramfors/kramfors-iop-aldreomsorg.txt"
    sidecar = site.corpus / (rel + ".meta.yaml")
    old = sidecar.read_bytes()
    at = _staff(site)
    at.selectbox(key="meta_doc").select(rel).run()
    _no_exception(at)
    assert _meta_widget(at, "text_input", "_title").value  # today's title is filled in
    no_date = _meta_widget(at, "checkbox", "_no_date")
    assert no_date.value  # the Kramfors page is undated ("date: null" in its sidecar)
    _meta_widget(at, "text_input", "_title").input("IOP inom äldreomsorgen i Kramfors")
    _meta_widget(at, "text_input", "_date").input("2024-02-28")
    _meta_widget(at, "button", "_save").click().run()
    _no_exception(at)
    assert ui("staff.metadata.date_conflict") in _texts(at.error)
    assert sidecar.read_bytes() == old  # nothing written
    _meta_widget(at, "checkbox", "_no_date").uncheck()
    _meta_widget(at, "text_input", "_date").input("2024-02-30")
    _meta_widget(at, "button", "_save").click().run()
    _no_exception(at)
    assert ui("staff.fields.date") in _texts(at.error)
    assert sidecar.read_bytes() == old  # nothing written
    _meta_widget(at, "text_input", "_date").input("2024-02-28")
    _meta_widget(at, "button", "_save").click().run()
    _no_exception(at)
    assert ui("staff.metadata.saved", name=rel) in _texts(at.success)
    text = sidecar.read_text("utf-8")
    assert "IOP inom äldreomsorgen i Kramfors" in text and "2024-02-28" in text
    (entry,) = site.audit.entries(action="metadata")
    assert entry.target == rel and "title" in entry.detail and "2024-02-28" in entry.detail
    states = _table(at, "docs")
    row = states[states[ui("staff.columns.source")] == rel]
    assert list(row[ui("staff.columns.state")]) == [ui("staff.state.changed")]


# -- feedback deletion ------------------------------------------------------------------
def _answer(question: str, municipality: str | None = "Malmö") -> Answer:
    citation = Citation(
        id=1,
        source="malmo/malmo-iop-ofrivillig-ensamhet.txt",
        title="IOP mot ofrivillig ensamhet",
        municipality=municipality,
        quote="Malmö stad har ett IOP mot ofrivillig ensamhet.",
    )
    return Answer(
        question=question,
        municipality=municipality,
        answer=f"Svar på: {question} [1]",
        citations=[citation],
    )


def _feedback(site: Site) -> tuple[FeedbackStore, list[int]]:
    store = FeedbackStore(site.data / "feedback.sqlite")
    ids = [
        store.add("Vem kontaktar jag i Malmö?", _answer("Vem kontaktar jag i Malmö?"), -1, "Fel"),
        store.add("Vad är IOP?", _answer("Vad är IOP?", None), 1),
        store.add("=HYPERLINK(1) i Lund?", _answer("=HYPERLINK(1) i Lund?", "Lund"), -1),
    ]
    return store, ids


def test_feedback_can_be_deleted_by_id_and_date_and_is_logged(with_password: Site) -> None:
    site = with_password
    store, ids = _feedback(site)
    ReviewStore(store.path).mark(ids[0], "incorrect", "kolla", "granskare")
    at = _staff(site)
    at.number_input(key="feedback_id").set_value(ids[0])
    next(b for b in at.button if b.label == ui("staff.feedback.delete_id")).click().run()
    _no_exception(at)
    assert store.get(ids[0]) is None and store.get(ids[1]) is not None
    assert ReviewStore(store.path).get(ids[0]) is None  # its review mark went too
    assert ui("staff.feedback.deleted_id", id=ids[0]) in _texts(at.success)

    next(b for b in at.button if b.label == ui("staff.feedback.delete_before")).click().run()
    assert ui("staff.feedback.need_confirm") in _texts(at.warning)
    assert len(store.list()) == 2  # not without the confirmation
    at.checkbox(key="feedback_before_sure").check()
    # The page counts days in Stockholm time; the machine's own date can be a day behind
    # (a CI run at 23:20 UTC is already tomorrow in Stockholm).
    tomorrow = datetime.now(ZoneInfo("Europe/Stockholm")).date() + timedelta(days=1)
    at.date_input(key="feedback_before").set_value(tomorrow)
    next(b for b in at.button if b.label == ui("staff.feedback.delete_before")).click().run()
    _no_exception(at)
    assert store.list() == []
    entries = site.audit.entries(action="feedback_delete")
    by_id, before_date = reversed(entries)  # oldest first
    assert by_id.target == ui("staff.feedback.target_id", id=ids[0])
    assert before_date.detail == ui("staff.feedback.audit_before", count=2)
    assert all(e.who == ui("login.password_user") and e.at for e in entries)


def test_audit_log_is_shown_on_the_page(with_password: Site) -> None:
    at = _reindex(_staff(with_password))
    table = _table(at, "audit")
    actions = list(table[ui("staff.log.columns.action")])
    assert actions[:2] == [ui("staff.actions.reindex"), ui("staff.actions.login")]
    assert set(table[ui("staff.log.columns.who")]) == {ui("login.password_user")}
    assert all(table[ui("staff.log.columns.at")])


# -- review -----------------------------------------------------------------------------
def test_reviewers_see_thumbs_down_first_and_marks_persist(
    with_password: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = with_password
    _, ids = _feedback(site)
    exported: list[bytes] = []
    real_download = st.download_button

    def spy(label: str, data: Any, *args: Any, **kwargs: Any) -> Any:
        exported.append(data)
        return real_download(label, data, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", spy)
    at = _login(_open(REVIEW_PAGE))
    headings = [m.value for m in at.markdown if "Omdöme nummer" in m.value]
    assert [h[:1] for h in headings] == ["👎", "👎", "👍"]
    assert "Fel" in _texts(at.html)  # the comment, shown as text

    first = ids[0]
    at.radio(key=f"review_status_{first}").set_value("incorrect")
    at.text_area(key=f"review_note_{first}").input("Fel person. Ring mig på 070-174 06 12.")
    _button(at, f"review_save_{first}").click().run()
    _no_exception(at)
    assert ui("review.saved", id=first) in _texts(at.success)
    mark = ReviewStore(site.data / "feedback.sqlite").get(first)  # a new store: on disk
    assert mark is not None and mark.status == "incorrect"
    assert mark.reviewer == ui("login.password_user")
    assert "174 06 12" not in (mark.note or "") and "[telefon]" in (mark.note or "")
    assert b"174 06 12" not in (site.data / "feedback.sqlite").read_bytes()
    assert ("review", f"omdöme {first}") in [(e.action, e.target) for e in site.audit.entries()]

    at.selectbox(key="review_status_filter").select("incorrect").run()
    headings = [m.value for m in at.markdown if "Omdöme nummer" in m.value]
    assert len(headings) == 1 and f"nummer {first}" in headings[0]
    at.selectbox(key="review_status_filter").select("all").run()
    at.selectbox(key="review_municipality").select("Lund").run()
    headings = [m.value for m in at.markdown if "Omdöme nummer" in m.value]
    assert len(headings) == 1 and f"nummer {ids[2]}" in headings[0]

    csv_text = exported[-1].decode("utf-8-sig")
    lines = csv_text.strip().splitlines()
    assert len(lines) == 2  # the header and the Lund row
    assert "'=HYPERLINK(1) i Lund?" in lines[1]  # no formula for the spreadsheet
    at.selectbox(key="review_municipality").select(ui("all_municipalities")).run()
    csv_text = exported[-1].decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Nummer;")
    assert "stämmer inte" in csv_text and "[telefon]" in csv_text
    ratings = {line.split(";")[3] for line in csv_text.splitlines() if line[:1].isdigit()}
    assert ratings <= {"1", "-1"}  # numbers, not "'-1" text
    assert len([line for line in csv_text.splitlines() if line[:1].isdigit()]) == 3


def test_upload_with_index_now_is_in_the_answers_at_once(with_password: Site) -> None:
    """Upload, details and index in one flow: the default keeps "index now" ticked."""
    site = with_password
    at = _staff(site)
    assert at.checkbox(key="upload_index_now").value is True
    at.text_input(key="upload_title").input("IOP i Uddevalla")
    _upload(at, "IOP Uddevalla.txt", UDDEVALLA_DOC, index=True)
    name = "uddevalla/iop-uddevalla.txt"
    assert ui("staff.upload.saved_indexing", name=name) in _texts(at.success)
    states = _table(at, "docs")
    row = states[states[ui("staff.columns.source")] == name]
    assert list(row[ui("staff.columns.state")]) == [ui("staff.state.indexed")]
    assert list(row[ui("staff.columns.title")]) == ["IOP i Uddevalla"]
    assert site.actions()[-2:] == ["upload", "reindex"]
    reindexed = site.audit.entries(action="reindex")[0]
    assert str(site.corpus) not in reindexed.target  # no server path in the log
    answer = Assistant(site.settings).answer(UDDEVALLA_QUESTION)
    assert name in [c.source for c in answer.citations]


def test_probe_shows_passages_scores_criteria_and_contacts(with_password: Site) -> None:
    at = _login(_open(REVIEW_PAGE))
    idea = (
        "Vi är en pensionärsförening i Kramfors och vill starta en träffpunkt för "
        "ensamma äldre. Kan det bli IOP?"
    )
    at.text_area(key="probe_question").input(idea)
    next(b for b in at.button if b.label == ui("review.probe.submit")).click().run()
    _no_exception(at)
    passages = _table(at, "passages")
    col = "review.probe.columns."
    assert len(passages) > 0
    # In words first; the numbers are behind "Tekniska detaljer".
    (words,) = [d.value for d in at.dataframe if ui(col + "match") in d.value.columns]
    assert set(words[ui(col + "match")]) <= {
        ui(f"review.probe.match.{k}") for k in ("good", "weak", "none")
    }
    assert ui(col + "score") not in words.columns
    (technical,) = [e for e in at.expander if e.label == ui("review.probe.technical")]
    assert any(ui(col + "score") in d.value.columns for d in technical.dataframe)
    for name in ("score", "dense", "lexical", "coverage", "dense_rank", "lexical_rank"):
        assert ui(col + name) in passages.columns
    assert passages[ui(col + "score")].is_monotonic_decreasing
    assert (passages[ui(col + "score")] > 0).all()
    assert set(passages[ui(col + "source")]) <= {
        "kramfors/kramfors-iop-aldreomsorg.txt",
        *{s for s in passages[ui(col + "source")] if not s.startswith(("malmo", "lund"))},
    }
    criteria = _table(at, "criteria")
    assert len(criteria) > 0
    assert set(criteria[ui("review.probe.criteria_columns.status")]) <= {
        ui("status.met"),
        ui("status.not_met"),
        ui("status.unknown"),
    }
    contacts = _table(at, "contacts")
    assert len(contacts) > 0
    assert "eligibility" in _texts(at.markdown)  # the intent


def test_question_set_run_is_compared_with_the_previous(with_password: Site) -> None:
    site = with_password
    at = _login(_open(REVIEW_PAGE))
    assert ui("review.regression.never") in _texts(at.info)
    _button(at, "regression_run").click().run()
    _no_exception(at)
    assert ui("review.regression.first") in _texts(at.info)
    assert len(list_runs(site.data / "eval")) == 1

    # A document disappears: the Kramfors questions get worse.
    for path in (site.corpus / "kramfors").iterdir():
        path.unlink()
    Indexer(site.settings).run()
    _button(at, "regression_run").click().run()
    _no_exception(at)
    assert len(list_runs(site.data / "eval")) == 2
    worse = _texts(at.error)
    assert ui("review.regression.worse", count=0).split("(")[0] in worse
    assert "d02" in worse  # "Vilka kriterier gäller för IOP i Kramfors kommun?"
    table = _table(at, "regression")
    cols = "review.regression.columns."
    passed = table[table[ui(cols + "metric")] == ui("review.regression.metrics.passed")]
    assert int(passed[ui(cols + "before")].iloc[0]) > int(passed[ui(cols + "after")].iloc[0])
    assert list(passed[ui(cols + "change")]) == [ui("review.regression.change.worse")]
    assert [e.action for e in site.audit.entries(action="regression")] == ["regression"] * 2


def test_chat_keeps_answering_while_the_index_is_updated(with_password: Site) -> None:
    """Readers take no lock: mid-run they answer from the committed index."""
    site = with_password
    assistant = Assistant(site.settings)
    assistant.warm_up()
    target = site.corpus / "uddevalla" / "iop.txt"
    target.parent.mkdir()
    target.write_bytes(UDDEVALLA_DOC)
    during: list[Answer] = []

    def progress(name: str, done: int, total: int) -> None:
        if not during:
            during.append(assistant.answer("Vem ska jag kontakta i Malmö?"))
            during.append(assistant.answer(UDDEVALLA_QUESTION))

    report = Indexer(site.settings).run(progress=progress)
    assert report.added == ["uddevalla/iop.txt"]
    malmo, uddevalla = during
    assert malmo.contacts and not malmo.abstained
    assert uddevalla.abstained  # not committed yet when asked
    after = assistant.answer(UDDEVALLA_QUESTION)
    assert "uddevalla/iop.txt" in [c.source for c in after.citations]


# -- web sources and dates ----------------------------------------------------------------
def test_web_sources_are_added_and_removed_on_the_page(with_password: Site) -> None:
    at = _staff(with_password)
    at.text_input(key="source_url").input("https://www.kramfors.se/iop")
    at.selectbox(key="source_municipality").select("Kramfors")
    at.checkbox(key="source_follow").check()
    next(b for b in at.button if b.label == ui("staff.sources.add")).click().run()
    _no_exception(at)
    text = (with_password.corpus / "sources.yaml").read_text("utf-8")
    assert "url: https://www.kramfors.se/iop" in text and "follow_attachments: true" in text
    assert "https://www.kramfors.se/iop" in _texts(at.dataframe[-1:]) or any(
        "https://www.kramfors.se/iop" in str(d.value) for d in at.dataframe
    )
    at.text_input(key="source_url").input("ftp://nope")
    next(b for b in at.button if b.label == ui("staff.sources.add")).click().run()
    assert "is not an http(s) address" in _texts(at.error)
    at.checkbox(key="source_remove_sure").check()
    next(b for b in at.button if b.label == ui("staff.sources.remove")).click().run()
    _no_exception(at)
    assert "kramfors.se" not in (with_password.corpus / "sources.yaml").read_text("utf-8")
    assert with_password.actions()[-2:] == ["source_add", "source_remove"]


def test_documents_to_refresh_are_listed(with_password: Site) -> None:
    at = _staff(with_password)
    markdown = _texts(at.markdown)
    assert ui("staff.stale.heading") in _texts(at.subheader)
    # The Enköping remissvar's latest date is the 2021 decision: older than 3 years.
    assert "enkoping/enkoping-remissvar-iop-riktlinjer.pdf" in markdown
    assert "nykoping" not in markdown.split(ui("staff.stale.heading"))[-1]
