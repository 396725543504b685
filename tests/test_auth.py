"""The staff login's pure logic (assistant/staff/{auth,passwords,login_throttle,oidc}.py):
hashing, the password file and ``iop set-password``, throttling with an injected clock,
sessions and OIDC helpers."""

from __future__ import annotations

import base64
import io
import stat
import unicodedata
from pathlib import Path

import pytest

from assistant.core.settings import Settings
from assistant.staff import auth, login_throttle, oidc, passwords
from assistant.staff.auth import SessionLogin
from assistant.staff.login_throttle import LoginThrottle
from assistant.staff.passwords import PasswordFileError, WeakPasswordError

GOOD = "korrekt häst batteri"  # 20 characters
FAST = {"n": 2**10, "r": 8, "p": 1}  # cheap parameters for tests of the format


class Clock:
    """A clock the test moves by hand: no test sleeps."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# -- hashing ----------------------------------------------------------------------------
def test_hash_has_the_documented_format_and_verifies() -> None:
    encoded = passwords.hash_password(GOOD, **FAST)
    kind, n, r, p, salt, digest = encoded.split("$")
    assert (kind, n, r, p) == ("scrypt", "1024", "8", "1")
    assert len(base64.b64decode(salt)) == passwords.SALT_BYTES
    assert len(base64.b64decode(digest)) == passwords.KEY_BYTES
    assert GOOD not in encoded
    assert passwords.verify_password(GOOD, encoded)
    assert not passwords.verify_password(GOOD + "!", encoded)
    assert not passwords.verify_password("", encoded)


def test_every_hash_has_its_own_salt() -> None:
    first, second = passwords.hash_password(GOOD, **FAST), passwords.hash_password(GOOD, **FAST)
    assert first.split("$")[4] != second.split("$")[4]
    assert first != second
    assert passwords.verify_password(GOOD, first) and passwords.verify_password(GOOD, second)


def test_composed_and_decomposed_letters_are_the_same_password() -> None:
    composed = unicodedata.normalize("NFC", "blåbärssylt-på-torsdag")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert passwords.verify_password(decomposed, passwords.hash_password(composed, **FAST))


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "plaintext-password",
        "bcrypt$12$abc",
        "scrypt$1024$8$1$not base64!$AAAA",
        "scrypt$1000$8$1$c2FsdHNhbHQ=$" + base64.b64encode(b"x" * 32).decode(),  # n not 2^k
        "scrypt$1073741824$8$1$c2FsdHNhbHQ=$" + base64.b64encode(b"x" * 32).decode(),  # 1 TiB
        "scrypt$1024$8$1$$" + base64.b64encode(b"x" * 32).decode(),  # no salt
    ],
)
def test_damaged_or_hostile_hashes_are_errors_not_logins(encoded: str) -> None:
    with pytest.raises(PasswordFileError):
        passwords.verify_password(GOOD, encoded)


# -- the password file and `iop set-password` -------------------------------------------
@pytest.fixture
def staff_settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path / "data", corpus_dir=tmp_path / "c")  # type: ignore[call-arg]


def test_set_staff_password_stores_only_a_salted_hash(staff_settings: Settings) -> None:
    assert passwords.read_password_hash(staff_settings) is None
    path = passwords.set_staff_password(staff_settings, GOOD)
    assert path == staff_settings.data_dir / "staff_password"
    text = path.read_text("utf-8")
    assert GOOD not in text and GOOD.encode() not in path.read_bytes()
    assert text.startswith(
        f"scrypt${passwords.SCRYPT_N}${passwords.SCRYPT_R}${passwords.SCRYPT_P}$"
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = passwords.read_password_hash(staff_settings)
    assert stored is not None and passwords.verify_password(GOOD, stored)
    assert not passwords.verify_password("korrekt häst batteri ", stored)
    assert [p.name for p in path.parent.iterdir()] == ["staff_password"]  # no temp left


def test_short_passwords_are_refused_and_nothing_is_written(staff_settings: Settings) -> None:
    for weak in ("", "            ", "elva tecken"):  # 0, 12 spaces, 11 characters
        with pytest.raises(WeakPasswordError):
            passwords.set_staff_password(staff_settings, weak)
    assert not (staff_settings.data_dir / "staff_password").exists()
    passwords.set_staff_password(staff_settings, "tolv tecken!")  # exactly 12 is enough
    assert passwords.read_password_hash(staff_settings) is not None


def test_a_new_password_replaces_the_old(staff_settings: Settings) -> None:
    passwords.set_staff_password(staff_settings, GOOD)
    passwords.set_staff_password(staff_settings, "ett helt annat lösenord")
    stored = passwords.read_password_hash(staff_settings)
    assert stored is not None
    assert not passwords.verify_password(GOOD, stored)
    assert passwords.verify_password("ett helt annat lösenord", stored)


def test_damaged_password_file_names_the_file(staff_settings: Settings) -> None:
    path = staff_settings.data_dir / "staff_password"
    path.parent.mkdir(parents=True)
    path.write_text("hunter2\n", "utf-8")
    with pytest.raises(PasswordFileError, match="staff_password"):
        passwords.read_password_hash(staff_settings)


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_run_set_password_reads_a_pipe(staff_settings: Settings) -> None:
    err = io.StringIO()
    code = passwords.run_set_password(staff_settings, stdin=io.StringIO(GOOD + "\n"), stderr=err)
    assert code == 0, err.getvalue()
    stored = passwords.read_password_hash(staff_settings)
    assert stored is not None and passwords.verify_password(GOOD, stored)  # newline not included
    assert GOOD not in err.getvalue()


def test_run_set_password_refuses_short_and_empty_input(staff_settings: Settings) -> None:
    err = io.StringIO()
    assert passwords.run_set_password(staff_settings, stdin=io.StringIO("kort\n"), stderr=err) == 1
    assert "12" in err.getvalue()
    assert passwords.run_set_password(staff_settings, stdin=io.StringIO(""), stderr=err) == 2
    assert passwords.read_password_hash(staff_settings) is None


def test_run_set_password_asks_twice_on_a_terminal(staff_settings: Settings) -> None:
    answers = iter([GOOD, GOOD + "x"])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    err = io.StringIO()
    assert passwords.run_set_password(staff_settings, stdin=FakeTty(), stderr=err, ask=ask) == 1
    assert len(prompts) == 2
    assert passwords.read_password_hash(staff_settings) is None  # they differed: nothing stored

    answers = iter([GOOD, GOOD])
    assert passwords.run_set_password(staff_settings, stdin=FakeTty(), stderr=err, ask=ask) == 0
    stored = passwords.read_password_hash(staff_settings)
    assert stored is not None and passwords.verify_password(GOOD, stored)


# -- throttling -------------------------------------------------------------------------
def test_each_failure_makes_the_next_wait_longer(tmp_path: Path) -> None:
    clock = Clock()
    throttle = LoginThrottle(tmp_path / "auth.sqlite", clock=clock)
    assert throttle.check("ip:1").allowed
    first = throttle.record_failure("ip:1")
    assert not throttle.check("ip:1").allowed  # the delay is enforced, not only slept
    clock.advance(first.delay)
    assert throttle.check("ip:1").allowed
    second = throttle.record_failure("ip:1")
    assert second.delay > first.delay > 0
    clock.advance(first.delay)  # the first delay is no longer enough
    waiting = throttle.check("ip:1")
    assert not waiting.allowed
    assert waiting.wait_seconds == pytest.approx(second.delay - first.delay)
    clock.advance(waiting.wait_seconds)
    third = throttle.record_failure("ip:1")
    assert third.delay > second.delay
    assert third.failures == 3


def test_a_burst_costs_nothing_then_the_wait_starts_and_ends(tmp_path: Path) -> None:
    clock = Clock()
    throttle = LoginThrottle(
        tmp_path / "auth.sqlite", clock=clock, burst=3, base_delay=600, max_delay=600
    )
    for _ in range(2):
        result = throttle.record_failure("account:staff")
        assert result.delay == 0 and throttle.check("account:staff").allowed
    waiting = throttle.record_failure("account:staff")
    assert waiting.wait_seconds == 600
    clock.advance(599)
    check = throttle.check("account:staff")
    assert not check.allowed and check.failures == 3
    assert check.wait_seconds == pytest.approx(1)
    clock.advance(1)
    assert throttle.check("account:staff").allowed


def test_the_count_survives_a_reload(tmp_path: Path) -> None:
    """A page reload is a new session and a new store object: the count stays."""
    clock = Clock()
    path = tmp_path / "auth.sqlite"
    LoginThrottle(path, clock=clock, burst=2).record_failure("global")
    clock.advance(60)
    again = LoginThrottle(path, clock=clock, burst=2)
    assert again.check("global").failures == 1
    assert again.record_failure("global").delay > 0
    assert not LoginThrottle(path, clock=clock, burst=2).check("global").allowed


def test_success_clears_and_old_failures_are_forgotten(tmp_path: Path) -> None:
    clock = Clock()
    throttle = LoginThrottle(tmp_path / "auth.sqlite", clock=clock, forget_after=3600)
    throttle.record_failure("a")
    throttle.record_failure("b")
    throttle.record_success("a")
    assert throttle.check("a") == login_throttle.AttemptCheck(allowed=True, failures=0)
    assert throttle.check("b").failures == 1  # keys are counted apart
    clock.advance(3601)
    assert throttle.check("b").failures == 0
    assert throttle.record_failure("b").failures == 1  # starts over


def test_delay_is_capped(tmp_path: Path) -> None:
    throttle = LoginThrottle(tmp_path / "t.sqlite", base_delay=1, max_delay=30)
    assert [throttle.delay_for(k) for k in range(0, 8)] == [0, 1, 2, 4, 8, 16, 30, 30]


# -- sessions ---------------------------------------------------------------------------
def test_a_session_login_ends_with_a_new_password_or_after_hours() -> None:
    stored = passwords.hash_password(GOOD, **FAST)
    login = SessionLogin(
        "personal (lösenord)", since=1000.0, fingerprint=passwords.hash_fingerprint(stored)
    )
    assert auth.session_valid(login, stored, now=1000.0 + 60)
    assert not auth.session_valid(login, passwords.hash_password(GOOD, **FAST), now=1060.0)
    assert not auth.session_valid(login, None, now=1060.0)
    assert not auth.session_valid(login, stored, now=1000.0 + auth.SESSION_MAX_SECONDS + 1)
    assert not auth.session_valid({"who": "x"}, stored, now=1060.0)  # only a real login


# -- which login, and OIDC ---------------------------------------------------------------
def test_login_mode_is_closed_by_default() -> None:
    assert auth.login_mode(None, False) == "none"
    assert auth.login_mode({}, False) == "none"
    assert auth.login_mode(None, True) == "password"
    entra = {"redirect_uri": "https://x/oauth2callback", "cookie_secret": "s"}
    assert auth.login_mode(entra, True) == "oidc"  # OIDC wins when both are there


def test_oidc_providers() -> None:
    flat = {"redirect_uri": "r", "cookie_secret": "c", "client_id": "i", "client_kwargs": {}}
    assert oidc.providers(flat) == [None]
    named = {"redirect_uri": "r", "cookie_secret": "c", "microsoft": {"client_id": "i"}}
    assert oidc.providers(named) == ["microsoft"]


def test_oidc_identity_prefers_the_email() -> None:
    assert oidc.identity({"email": "anna@kommun.se", "name": "Anna"}) == "anna@kommun.se"
    assert oidc.identity({"preferred_username": "anna@kommun.se"}) == "anna@kommun.se"
    assert oidc.identity({"name": "Anna Berg"}) == "Anna Berg"
    assert oidc.identity({"is_logged_in": True}) is None


def test_oidc_allowlist() -> None:
    anna = {"is_logged_in": True, "email": "Anna.Berg@Kommun.se"}
    assert oidc.allowed(anna, None)  # no list: whoever the provider lets in
    assert not oidc.allowed({"is_logged_in": False, "email": "a@kommun.se"}, None)
    assert oidc.allowed(anna, {"allowed_domains": ["kommun.se"]})
    assert oidc.allowed(anna, {"allowed_domains": "@kommun.se"})
    assert oidc.allowed(anna, {"allowed_emails": ["anna.berg@kommun.se"]})
    assert not oidc.allowed(anna, {"allowed_emails": ["per@kommun.se"]})
    evil = {"is_logged_in": True, "email": "x@evilkommun.se"}
    assert not oidc.allowed(evil, {"allowed_domains": ["kommun.se"]})
    no_mail = {"is_logged_in": True, "name": "Anna"}
    assert not oidc.allowed(no_mail, {"allowed_domains": ["kommun.se"]})
