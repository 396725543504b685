"""Retention: old rows are deleted for real, and their text leaves the database file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistant.staff.retention import delete_ids, purge_older_than, retention_cutoff, vacuum

NOW = datetime(2025, 11, 23, 12, 0, tzinfo=UTC)

# The feedback store's shape (assistant/feedback.py), kept here so the test does not
# depend on that module.
SCHEMA = """
CREATE TABLE feedback (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TEXT    NOT NULL,
    municipality TEXT,
    question     TEXT    NOT NULL,
    answer_text  TEXT    NOT NULL,
    answer_json  TEXT    NOT NULL,
    rating       INTEGER NOT NULL,
    comment      TEXT
);
CREATE INDEX feedback_created ON feedback (created_at);
"""


def marker(age_days: int) -> str:
    return f"MARKER-AGE-{age_days:04d}-DAYS"


def file_bytes(db: Path) -> bytes:
    """The database file and its -wal and -journal files, as they are on disk."""
    data = db.read_bytes()
    for suffix in ("-wal", "-journal"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


def make_db(path: Path, ages: list[int], *, wal: bool = False) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        if wal:
            assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        conn.executescript(SCHEMA)
        for age in ages:
            stamp = (NOW - timedelta(days=age)).isoformat(timespec="seconds")
            # Long text so that rows span pages and overflow pages, like real answers.
            padding = "Svar om idéburet offentligt partnerskap. " * 150
            conn.execute(
                "INSERT INTO feedback (created_at, municipality, question, answer_text,"
                " answer_json, rating, comment) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (stamp, "Kramfors", f"Fråga {marker(age)}", padding, "{}", 1, marker(age)),
            )
        conn.commit()
    return path


def ages_left(db: Path) -> list[int]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT comment FROM feedback ORDER BY id").fetchall()
    return [int(comment.split("-")[2]) for (comment,) in rows]


AGES = [0, 1, 30, 179, 181, 365, 800]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "feedback.sqlite", AGES)


# --- retention_cutoff ------------------------------------------------------------


def test_cutoff_is_days_before_now_in_utc() -> None:
    assert retention_cutoff(180, NOW) == NOW - timedelta(days=180)
    stockholm = NOW.astimezone(timezone(timedelta(hours=1)))
    assert retention_cutoff(180, stockholm) == NOW - timedelta(days=180)
    assert retention_cutoff(180, stockholm).tzinfo == UTC


def test_cutoff_reads_a_naive_now_as_utc_and_defaults_to_the_clock() -> None:
    assert retention_cutoff(1, NOW.replace(tzinfo=None)) == NOW - timedelta(days=1)
    before = datetime.now(UTC) - timedelta(days=180)
    assert before <= retention_cutoff(180) <= datetime.now(UTC) - timedelta(days=180)


def test_cutoff_rejects_negative_days() -> None:
    with pytest.raises(ValueError):
        retention_cutoff(-1, NOW)


# --- purge_older_than ---------------------------------------------------------------


def test_purge_deletes_old_rows_and_keeps_young_ones(db: Path) -> None:
    deleted = purge_older_than(db, "feedback", "created_at", retention_cutoff(180, NOW))
    assert deleted == 3
    assert ages_left(db) == [0, 1, 30, 179]


def test_purged_text_is_gone_from_the_file(db: Path) -> None:
    before = file_bytes(db)
    assert all(marker(age).encode() in before for age in AGES)

    purge_older_than(db, "feedback", "created_at", retention_cutoff(180, NOW))

    after = file_bytes(db)
    for age in (181, 365, 800):
        assert marker(age).encode() not in after
    for age in (0, 1, 30, 179):
        assert marker(age).encode() in after  # the check can see text that is there
    assert len(after) < len(before)  # VACUUM gave the pages back


def test_purge_in_wal_mode_empties_the_wal_file(tmp_path: Path) -> None:
    db = make_db(tmp_path / "wal.sqlite", AGES, wal=True)
    # Another connection stays open, as Streamlit's threads keep theirs.
    with closing(sqlite3.connect(db)) as reader:
        assert reader.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == len(AGES)
        deleted = purge_older_than(db, "feedback", "created_at", retention_cutoff(180, NOW))
        wal = db.with_name(db.name + "-wal")
        assert deleted == 3
        assert not wal.exists() or wal.stat().st_size == 0
        after = file_bytes(db)
        for age in (181, 365, 800):
            assert marker(age).encode() not in after
        assert marker(179).encode() in after
        assert reader.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 4


def test_purge_removes_text_that_an_earlier_plain_delete_left_behind(db: Path) -> None:
    # A DELETE without secure_delete only marks pages free: the text stays in the file.
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA secure_delete = OFF")
        conn.execute("DELETE FROM feedback WHERE comment = ?", (marker(30),))
        conn.commit()
    assert marker(30).encode() in file_bytes(db)

    assert purge_older_than(db, "feedback", "created_at", retention_cutoff(180, NOW)) == 3
    assert marker(30).encode() not in file_bytes(db)


def test_purge_reads_offsets_dates_and_unix_seconds(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    cutoff = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    rows = [
        ("old-offset", "2025-06-01T13:30:00+02:00"),  # 11:30 UTC: before the cutoff
        ("young-offset", "2025-06-01T14:30:00+02:00"),  # 12:30 UTC
        ("old-z", "2025-06-01T11:59:59Z"),
        ("young-naive", "2025-06-01 12:00:01"),
        ("old-date", "2025-05-31"),
        ("old-millis", "2025-06-01T11:59:59.998+00:00"),  # SQLite compares to the ms
        ("old-unix", int((cutoff - timedelta(seconds=1)).timestamp())),
        ("young-unix", (cutoff + timedelta(hours=1)).timestamp()),
        ("kept-unreadable", "sometime in May"),
        ("kept-null", None),
    ]
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE review_notes (id INTEGER PRIMARY KEY, note TEXT, written)")
        conn.executemany("INSERT INTO review_notes (note, written) VALUES (?, ?)", rows)
        conn.commit()

    assert purge_older_than(db, "review_notes", "written", cutoff) == 5

    with closing(sqlite3.connect(db)) as conn:
        left = [note for (note,) in conn.execute("SELECT note FROM review_notes ORDER BY id")]
    assert left == ["young-offset", "young-naive", "young-unix", "kept-unreadable", "kept-null"]


def test_purge_reads_a_naive_cutoff_as_utc(db: Path) -> None:
    cutoff = retention_cutoff(180, NOW).replace(tzinfo=None)
    assert purge_older_than(db, "feedback", "created_at", cutoff) == 3


def test_purge_with_nothing_old_deletes_nothing(db: Path) -> None:
    assert purge_older_than(db, "feedback", "created_at", retention_cutoff(1000, NOW)) == 0
    assert ages_left(db) == AGES


def test_purge_of_a_missing_database_or_table_is_a_no_op(tmp_path: Path, db: Path) -> None:
    missing = tmp_path / "never-created.sqlite"
    assert purge_older_than(missing, "feedback", "created_at", NOW) == 0
    assert not missing.exists()
    assert purge_older_than(db, "review_notes", "created_at", NOW) == 0


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("feedback; DROP TABLE feedback", "created_at"),
        ("feedback", "created_at) OR (1=1"),
        ('feed"back', "created_at"),
    ],
)
def test_purge_rejects_identifiers_that_are_not_plain_names(
    db: Path, table: str, column: str
) -> None:
    with pytest.raises(ValueError):
        purge_older_than(db, table, column, NOW)
    assert ages_left(db) == AGES


def test_purge_rejects_a_missing_column(db: Path) -> None:
    with pytest.raises(ValueError, match="no column"):
        purge_older_than(db, "feedback", "written_at", NOW)


# --- delete_ids and vacuum --------------------------------------------------------------


def ids_by_age(db: Path) -> dict[int, int]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT id, comment FROM feedback").fetchall()
    return {int(comment.split("-")[2]): id_ for id_, comment in rows}


def test_delete_ids_removes_those_rows_and_their_text(db: Path) -> None:
    ids = ids_by_age(db)
    assert delete_ids(db, "feedback", [ids[1], ids[365], 99999]) == 2
    assert ages_left(db) == [0, 30, 179, 181, 800]
    after = file_bytes(db)
    assert marker(1).encode() not in after
    assert marker(365).encode() not in after
    assert marker(0).encode() in after


def test_delete_ids_handles_many_ids_and_duplicates(tmp_path: Path) -> None:
    db = make_db(tmp_path / "many.sqlite", list(range(1200)))
    assert delete_ids(db, "feedback", [*range(1, 1101), 5, 5]) == 1100
    assert len(ages_left(db)) == 100


def test_delete_ids_with_no_ids_or_no_database(tmp_path: Path, db: Path) -> None:
    assert delete_ids(db, "feedback", []) == 0
    assert ages_left(db) == AGES
    assert delete_ids(tmp_path / "missing.sqlite", "feedback", [1]) == 0


def test_delete_ids_on_another_id_column(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE notes (note_id TEXT PRIMARY KEY, body TEXT) WITHOUT ROWID")
        conn.executemany(
            "INSERT INTO notes VALUES (?, ?)", [("a", "MARKER-NOTE-A"), ("b", "MARKER-NOTE-B")]
        )
        conn.commit()
    assert delete_ids(db, "notes", ["a"], id_column="note_id") == 1
    assert b"MARKER-NOTE-A" not in file_bytes(db)
    assert b"MARKER-NOTE-B" in file_bytes(db)


def test_vacuum_alone_clears_freed_pages(db: Path) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA secure_delete = OFF")
        conn.execute("DELETE FROM feedback WHERE comment = ?", (marker(800),))
        conn.commit()
    assert marker(800).encode() in file_bytes(db)
    vacuum(db)
    assert marker(800).encode() not in file_bytes(db)
    assert ages_left(db) == [0, 1, 30, 179, 181, 365]
