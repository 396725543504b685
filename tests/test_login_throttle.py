"""Password attempts under parallel guessing (assistant/staff/login_throttle.py) and whose
attempt it is behind a proxy (assistant/staff/client_address.py).

The attacks run for real: threads, and separate processes, each with its own connection
to one SQLite file, released together; the password check is slowed down so that every
guess is in flight at once. Only the clock of the sequential attack is a fake.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from ipaddress import ip_network
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.staff.client_address import client_address, client_key
from assistant.staff.login_throttle import (
    ACCOUNT_BURST,
    ACCOUNT_KEY,
    CLIENT_MAX_DELAY,
    LoginAttempt,
    LoginThrottle,
    PasswordAttempts,
)

ATTACKER = "ip:203.0.113.66"
STAFF = "ip:198.51.100.7"
CHECK_SECONDS = 0.1  # how long each slowed-down password check takes


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class SlowCheck:
    """A password check that counts its calls and takes a while, so that parallel guesses
    overlap; thread-safe."""

    def __init__(self, right: bool = False) -> None:
        self.right = right
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self) -> bool:
        with self._lock:
            self.calls += 1
        time.sleep(CHECK_SECONDS)
        return self.right


def _in_parallel(path: Path, keys: list[str], check: SlowCheck, clock: Clock) -> list[LoginAttempt]:
    """One guess per key, each on its own thread and connection, released together.
    The clock stands still, so no wait runs out while a slow thread waits its turn."""
    attempts = [PasswordAttempts(path, key, clock=clock) for key in keys]
    start = threading.Barrier(len(keys))
    results: list[LoginAttempt] = []

    def guess(attempt: PasswordAttempts) -> None:
        start.wait()
        results.append(attempt.attempt(check))

    threads = [threading.Thread(target=guess, args=(a,)) for a in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _failures(path: Path, key: str, clock: Clock) -> int:
    return LoginThrottle(path, clock=clock).check(key).failures


# -- parallel guesses -------------------------------------------------------------------
def test_parallel_guesses_from_one_client_are_checked_once(tmp_path: Path) -> None:
    path, clock, check = tmp_path / "auth.sqlite", Clock(), SlowCheck()
    results = _in_parallel(path, [ATTACKER] * 24, check, clock)
    assert check.calls == 1  # the limit for one client is a single guess, then a wait
    assert sum(r.checked for r in results) == 1
    refused = [r for r in results if not r.checked]
    assert len(refused) == 23
    assert all(not r.ok and r.wait_seconds > 0 for r in refused)  # each is told how long
    assert _failures(path, ATTACKER, clock) == _failures(path, ACCOUNT_KEY, clock) == 1


def test_parallel_guesses_from_many_clients_stop_at_the_account_burst(tmp_path: Path) -> None:
    path, clock, check = tmp_path / "auth.sqlite", Clock(), SlowCheck()
    keys = [f"ip:192.0.2.{i}" for i in range(ACCOUNT_BURST + 20)]
    results = _in_parallel(path, keys, check, clock)
    assert check.calls == ACCOUNT_BURST
    assert sum(r.checked for r in results) == ACCOUNT_BURST
    assert _failures(path, ACCOUNT_KEY, clock) == ACCOUNT_BURST


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from assistant.staff.login_throttle import PasswordAttempts

    now = float(sys.argv[3])  # the clock stands still, as in the threads
    attempts = PasswordAttempts(Path(sys.argv[1]), sys.argv[2], clock=lambda: now)
    print("ready", flush=True)
    sys.stdin.readline()

    def check():
        print("checked", flush=True)
        time.sleep(0.3)
        return False

    result = attempts.attempt(check)
    print("wrong" if result.checked else "refused", flush=True)
    """
)


def test_parallel_guesses_from_processes_are_checked_once(tmp_path: Path) -> None:
    """Streamlit may run in several processes on one data folder: the file holds."""
    path, clock = tmp_path / "auth.sqlite", Clock()
    env = {"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), ATTACKER, str(clock.now)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(6)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.close()
    outputs = []
    for child in children:
        assert child.stdout is not None and child.wait(timeout=60) == 0
        outputs.append(child.stdout.read().split())
    assert sum(out.count("checked") for out in outputs) == 1, outputs
    assert sorted(out[-1] for out in outputs) == ["refused"] * 5 + ["wrong"]
    assert _failures(path, ATTACKER, clock) == 1


# -- an attack from one client leaves the others alone ------------------------------------
def test_the_real_password_works_from_another_client_after_an_attack(tmp_path: Path) -> None:
    path, clock = tmp_path / "auth.sqlite", Clock()
    _in_parallel(path, [ATTACKER] * 24, SlowCheck(), clock)
    attacker = PasswordAttempts(path, ATTACKER, clock=clock)
    for _ in range(12):  # keeps guessing, each time as soon as it may
        clock.advance(attacker.client.check(ATTACKER).wait_seconds)
        assert attacker.attempt(lambda: False).checked
    assert _failures(path, ATTACKER, clock) == 13
    held = attacker.attempt(SlowCheck(right=True))  # the attacker's own client waits...
    assert not held.checked and held.wait_seconds == pytest.approx(CLIENT_MAX_DELAY)

    staff = PasswordAttempts(path, STAFF, clock=clock).attempt(SlowCheck(right=True))
    assert staff.ok  # ...and staff elsewhere get in at once, with no lock-out
    assert _failures(path, ACCOUNT_KEY, clock) == 13  # the right one took back its own count
    assert _failures(path, STAFF, clock) == 0


def test_a_right_password_gives_back_its_turn_when_the_account_waits(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "auth.sqlite"
    for i in range(ACCOUNT_BURST):
        assert PasswordAttempts(path, f"ip:192.0.2.{i}", clock=clock).attempt(lambda: False).checked
    waiting = PasswordAttempts(path, STAFF, clock=clock).attempt(lambda: True)
    assert not waiting.checked and waiting.wait_seconds == 1.0  # many clients: a short wait
    clock.advance(1.0)
    assert PasswordAttempts(path, STAFF, clock=clock).attempt(lambda: True).ok
    account = LoginThrottle(path, clock=clock).check(ACCOUNT_KEY)
    assert account.allowed and account.failures == ACCOUNT_BURST  # not pushed further


def test_a_check_that_fails_to_run_counts_as_a_wrong_password(tmp_path: Path) -> None:
    path, clock = tmp_path / "auth.sqlite", Clock()

    def broken() -> bool:
        raise MemoryError

    with pytest.raises(MemoryError):
        PasswordAttempts(path, ATTACKER, clock=clock).attempt(broken)
    assert _failures(path, ATTACKER, clock) == 1
    assert not PasswordAttempts(path, ATTACKER, clock=clock).attempt(lambda: True).checked


# -- whose attempt: the forwarded address only from a trusted proxy -----------------------
PROXY = [ip_network("10.0.0.5"), ip_network("10.1.0.0/16")]


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("203.0.113.9", [], "203.0.113.9"),
        ("203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # not from a proxy: ignored
        ("10.0.0.5", ["198.51.100.1"], "198.51.100.1"),
        ("10.0.0.5", ["1.1.1.1, 198.51.100.1"], "198.51.100.1"),  # the client wrote 1.1.1.1
        ("10.0.0.5", ["1.1.1.1", "198.51.100.1, 10.1.2.3"], "198.51.100.1"),  # two proxies
        ("10.0.0.5", ["not-an-address"], "10.0.0.5"),  # nonsense stops at the proxy
        ("10.0.0.5", [], "10.0.0.5"),
        ("::ffff:10.0.0.5", ["2001:db8::1"], "2001:db8::1"),
        ("::ffff:203.0.113.9", ["198.51.100.1"], "203.0.113.9"),
        (None, ["198.51.100.1"], None),  # a local proxy, not trusted: unknown
    ],
)
def test_forwarded_address_counts_only_from_a_trusted_proxy(
    peer: str | None, forwarded: list[str], expected: str | None
) -> None:
    assert client_address(peer, forwarded, PROXY) == expected


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert client_key("10.0.0.5", ["198.51.100.1"], []) == "ip:10.0.0.5"
    assert client_key(None, ["198.51.100.1"], []) == "ip:unknown"
    local = [ip_network("127.0.0.1")]  # Streamlit reports a local peer as None
    assert client_key(None, ["198.51.100.1"], local) == "ip:198.51.100.1"
    assert client_key(None, [], local) == "ip:unknown"
    # Streamlit on its default dual-stack socket sees a local proxy as ::ffff:127.0.0.1
    # and passes that on as it is (uvicorn then ignores the header too).
    assert client_key("::ffff:127.0.0.1", ["1.1.1.1, 198.51.100.1"], local) == "ip:198.51.100.1"
    assert client_key("::ffff:127.0.0.1", ["198.51.100.1"], []) == "ip:127.0.0.1"


def _settings() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]


def test_trusted_proxies_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings
    assert settings().trusted_proxies == []
    monkeypatch.setenv("IOP_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16,::1")
    assert settings().trusted_proxies == [*PROXY, ip_network("::1")]
    monkeypatch.setenv("IOP_TRUSTED_PROXIES", "proxy.kommun.se")
    with pytest.raises(ValidationError):
        settings()
