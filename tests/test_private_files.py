"""Every staff data file is created readable by its owner only (0600), through
``assistant.core.storage``: feedback, review marks, the audit log and the login throttle.

The check is a mode with no bit for group or others (``st_mode & 0o077 == 0``), under
a umask (022) that would leave a file opened the ordinary way readable by everyone;
the first test shows that such a file fails the same check.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.staff.audit import AuditLog
from assistant.staff.feedback import FeedbackStore
from assistant.staff.login_throttle import LoginThrottle
from assistant.staff.review import ReviewStore


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """A umask that gives new files 0644 unless the code asks for less."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def readable_by_others(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 != 0


def test_a_file_sqlite_creates_by_itself_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
    conn.close()
    assert readable_by_others(path)


def _feedback(path: Path) -> None:
    FeedbackStore(path)


def _review(path: Path) -> None:
    ReviewStore(path)  # the review marks may be the first thing written to the file


def _audit(path: Path) -> None:
    AuditLog(path).record("granskare", "login")


def _throttle(path: Path) -> None:
    LoginThrottle(path).record_failure("ip:192.0.2.1")


@pytest.mark.parametrize(
    ("name", "create"),
    [
        ("feedback.sqlite", _feedback),
        ("review.sqlite", _review),
        ("audit.sqlite", _audit),
        ("auth.sqlite", _throttle),
    ],
)
def test_each_staff_data_file_is_created_private(
    tmp_path: Path, name: str, create: Callable[[Path], None]
) -> None:
    path = tmp_path / "data" / name  # the folder does not exist yet either
    create(path)
    assert path.is_file()
    assert not readable_by_others(path), oct(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
