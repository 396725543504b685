"""The SQLite feedback store behind the chat's thumbs."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import make_settings

from assistant.core.records import Answer, Citation
from assistant.staff.feedback import MAX_COMMENT_CHARS, FeedbackStore


def _answer(municipality: str | None = "Malmö") -> Answer:
    return Answer(
        question="Vem ska jag kontakta i Malmö?",
        municipality=municipality,
        answer="Kontakta Christina Widerstrand [1].",
        citations=[
            Citation(
                id=1,
                source="malmo/malmo-iop-ofrivillig-ensamhet.txt",
                title="IOP i Malmö",
                municipality=municipality,
                quote="Christina Widerstrand: christina.widerstrand@malmo.se",
            )
        ],
    )


@pytest.fixture
def store(tmp_path: Path) -> FeedbackStore:
    return FeedbackStore(tmp_path / "data" / "feedback.sqlite")


def test_add_and_get_keep_everything(store: FeedbackStore) -> None:
    answer = _answer()
    row_id = store.add("vem ska jag kontakta i malmö", answer, 1, "  Bra svar!  ")
    entry = store.get(row_id)
    assert entry is not None
    assert entry.id == row_id
    assert entry.rating == 1
    assert entry.comment == "Bra svar!"
    assert entry.question == "vem ska jag kontakta i malmö"
    assert entry.municipality == "Malmö"
    assert entry.answer_text == answer.answer
    assert entry.answer == answer
    assert json.loads(entry.answer_json)["citations"][0]["source"].startswith("malmo/")
    assert datetime.fromisoformat(entry.created_at).utcoffset() == timedelta(0)  # UTC


def test_comment_is_optional_and_blank_means_none(store: FeedbackStore) -> None:
    assert store.get(store.add("q", _answer(), -1, None)).comment is None  # type: ignore[union-attr]
    assert store.get(store.add("q", _answer(), -1, "   ")).comment is None  # type: ignore[union-attr]
    long = store.add("q", _answer(), 1, "x" * (MAX_COMMENT_CHARS + 50))
    assert len(store.get(long).comment or "") == MAX_COMMENT_CHARS  # type: ignore[union-attr]


@pytest.mark.parametrize("rating", [0, 2, -2, 5])
def test_only_plus_or_minus_one(store: FeedbackStore, rating: int) -> None:
    with pytest.raises(ValueError):
        store.add("q", _answer(), rating, None)


def test_update_rating_and_comment(store: FeedbackStore) -> None:
    row_id = store.add("q", _answer(), 1, None)
    assert store.update(row_id, rating=-1)
    assert store.update(row_id, comment="Saknade telefonnummer")
    entry = store.get(row_id)
    assert entry is not None
    assert (entry.rating, entry.comment) == (-1, "Saknade telefonnummer")
    assert not store.update(row_id + 100, rating=1)
    with pytest.raises(ValueError):
        store.update(row_id, rating=0)


def test_delete(store: FeedbackStore) -> None:
    row_id = store.add("q", _answer(), 1, None)
    assert store.delete(row_id)
    assert store.get(row_id) is None
    assert not store.delete(row_id)


def test_list_newest_first_with_filters(store: FeedbackStore) -> None:
    first = store.add("a", _answer("Malmö"), 1, None)
    second = store.add("b", _answer("Lund"), -1, "nej")
    third = store.add("c", _answer(None), -1, None)
    assert [e.id for e in store.list()] == [third, second, first]
    assert [e.id for e in store.list(rating=-1)] == [third, second]
    assert [e.id for e in store.list(municipality="Lund")] == [second]
    assert [e.id for e in store.list(limit=1)] == [third]
    assert store.list(since="2999-01-01") == []
    assert len(store.list(since="2000-01-01")) == 3


def test_survives_reopening_and_threads(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite"
    store = FeedbackStore(path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(lambda i: store.add(f"q{i}", _answer(), 1, None), range(40)))
    assert len(set(ids)) == 40
    reopened = FeedbackStore(path)
    assert len(reopened.list()) == 40
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(feedback)")]
    assert columns == [
        "id",
        "created_at",
        "municipality",
        "question",
        "answer_text",
        "answer_json",
        "rating",
        "comment",
    ]


# -- privacy: what is stored, for how long ------------------------------------------


def test_personal_details_typed_by_the_person_are_masked(store: FeedbackStore) -> None:
    question = "Jag heter Eva, pnr 811218-9876, nås på eva.svensson@example.com eller 070-174 06 12"
    answer = _answer().model_copy(update={"question": question})
    row_id = store.add(question, answer, -1, "Ring mig på 070-174 06 12, 19811218-9876")
    row = store.get(row_id)
    assert row is not None
    stored = row.question + row.comment + row.answer_json  # type: ignore[operator]
    for secret in ("811218-9876", "eva.svensson@example.com", "070-174 06 12", "174 06 12"):
        assert secret not in stored
    assert "[personnummer]" in row.question and "[e-post]" in row.question
    assert "[telefon]" in (row.comment or "")
    raw = store.path.read_bytes()
    assert b"eva.svensson" not in raw


def test_documents_contact_details_in_the_answer_stay(store: FeedbackStore) -> None:
    answer = _answer()
    row_id = store.add("Vem ska jag kontakta?", answer, 1)
    row = store.get(row_id)
    assert row is not None and row.answer_text == answer.answer


def test_retention_deletes_old_rows_for_real(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite"
    store = FeedbackStore(path)
    old = store.add("gammal fråga om Kramfors OLDMARKER", _answer(), 1)
    young = store.add("ny fråga", _answer(), 1)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE feedback SET created_at = ? WHERE id = ?",
            ((datetime.now() - timedelta(days=400)).isoformat(), old),
        )
    reopened = FeedbackStore(path, retention_days=180)
    assert reopened.get(old) is None and reopened.get(young) is not None
    assert b"OLDMARKER" not in path.read_bytes()


def test_delete_by_id_leaves_no_trace(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite")
    row_id = store.add("fråga DELETEMARKER", _answer(), -1, "kommentar DELETEMARKER")
    assert store.delete(row_id)
    assert store.get(row_id) is None
    assert b"DELETEMARKER" not in (tmp_path / "feedback.sqlite").read_bytes()


def test_iop_feedback_delete_and_purge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.cli.main import main

    monkeypatch.setenv("IOP_DATA_DIR", str(tmp_path))
    store = FeedbackStore(tmp_path / "feedback.sqlite")
    first = store.add("fråga ETT", _answer(), 1)
    second = store.add("fråga TVÅ", _answer(), -1)
    old = store.add("fråga GAMMAL", _answer(), -1)
    with sqlite3.connect(store.path) as conn:
        conn.execute(
            "UPDATE feedback SET created_at = ? WHERE id = ?",
            ((datetime.now() - timedelta(days=400)).isoformat(), old),
        )
    assert main(["feedback", "delete", "--id", str(first)]) == 0
    assert store.get(first) is None and store.get(second) is not None
    assert main(["feedback", "purge"]) == 0
    assert store.get(old) is None and store.get(second) is not None
    assert main(["feedback", "delete", "--before", "2999-01-01"]) == 0
    assert store.list() == []
    assert b"fr\xc3\xa5ga TV\xc3\x85" not in store.path.read_bytes()


def test_delete_before_a_day_counts_the_municipality_s_days(tmp_path: Path) -> None:
    from assistant.staff import stored_data

    settings = make_settings(tmp_path)  # timezone Europe/Stockholm by default
    store = FeedbackStore(stored_data.feedback_path(settings))
    late_evening = store.add("30 november 23.30 i Stockholm", _answer(), 1)
    after_midnight = store.add("1 december 00.30 i Stockholm", _answer(), 1)
    with sqlite3.connect(store.path) as conn:
        for row_id, utc in ((late_evening, "2026-11-30T22:30:00+00:00"),
                            (after_midnight, "2026-11-30T23:30:00+00:00")):  # fmt: skip
            conn.execute("UPDATE feedback SET created_at = ? WHERE id = ?", (utc, row_id))
    assert stored_data.delete_feedback_before(settings, date(2026, 12, 1)) == 1
    assert store.get(late_evening) is None and store.get(after_midnight) is not None

    in_utc = make_settings(tmp_path, timezone="UTC")
    assert stored_data.delete_feedback_before(in_utc, date(2026, 12, 1)) == 1
    assert store.list() == []
