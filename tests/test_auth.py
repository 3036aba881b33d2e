"""Login, lockout shared through the database, first run and user administration."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app import auth
from app.errors import (
    AccountLocked,
    ConflictError,
    InvalidCredentials,
    PasswordReset,
    ValidationError,
)
from app.permissions import Actor, Role
from app.services import Services
from app.uow import transaction
from models import AuditLog, User, utcnow
from tests.conftest import TEST_PASSWORD, add_user


def _failed_attempts(services: Services, username: str) -> tuple[int, object]:
    with services.db.session(write=False) as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        return user.failed_attempts, user.locked_until


def test_password_stored_as_argon2id_only(services: Services) -> None:
    services.auth.create_first_admin("boss", "first-admin-pw", "老板")
    with services.db.session(write=False) as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert "first-admin-pw" not in stored


def test_first_admin_only_once(services: Services) -> None:
    assert services.auth.needs_first_admin()
    actor = services.auth.create_first_admin("boss", "first-admin-pw")
    assert actor.role == Role.ADMIN and not services.auth.needs_first_admin()
    with pytest.raises(ConflictError):
        services.auth.create_first_admin("intruder", "second-admin-pw")
    with pytest.raises(ValidationError) as info:
        Services.for_database(services.db).auth.login("boss", "first-admin-pw") and (
            services.users.create_user(actor, "x", "short", Role.ANALYST)
        )
    assert info.value.field in ("username", "password")


def test_unknown_user_and_wrong_password_look_the_same(services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    with pytest.raises(InvalidCredentials) as unknown:
        services.auth.login("nobody", "whatever-pw")
    with pytest.raises(InvalidCredentials) as wrong:
        services.auth.login("clerk", "wrong-password")
    assert str(unknown.value) == str(wrong.value) == "Wrong user name or password"
    # The unknown name cost a real argon2id verification too (the timing equaliser).
    assert auth._dummy_hash.cache_info().currsize == 1
    assert auth._dummy_hash().startswith("$argon2id$")
    actor = services.auth.login("clerk", TEST_PASSWORD)
    assert actor.username == "clerk" and actor.role == Role.REVIEWER


def test_five_failures_lock_the_account_for_fifteen_minutes(services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    for attempt in range(1, 5):
        with pytest.raises(InvalidCredentials):
            services.auth.login("clerk", f"bad-{attempt}")
        assert _failed_attempts(services, "clerk")[0] == attempt
    before = utcnow()
    with pytest.raises(AccountLocked) as locked:
        services.auth.login("clerk", "bad-5")
    until = locked.value.locked_until
    assert timedelta(minutes=14, seconds=50) < until - before < timedelta(minutes=15, seconds=10)
    assert "locked until" in str(locked.value)
    # Even the right password is refused while locked, and says when to try again.
    with pytest.raises(AccountLocked) as again:
        services.auth.login("clerk", TEST_PASSWORD)
    assert again.value.locked_until == until


def test_lock_is_seen_by_every_workstation(services: Services) -> None:
    """Two Services objects (two PCs) on one database share the counter and the lock."""
    add_user(services.db, "clerk", Role.REVIEWER)
    from app.db import open_database

    other_db = open_database(services.db.url.render_as_string(hide_password=False))
    other = Services.for_database(other_db)
    try:
        for n in range(5):
            target = services if n % 2 == 0 else other
            with pytest.raises((InvalidCredentials, AccountLocked)):
                target.auth.login("clerk", "bad")
        with pytest.raises(AccountLocked):
            other.auth.login("clerk", TEST_PASSWORD)
    finally:
        other_db.dispose()


def test_parallel_failures_are_all_counted(services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    errors: list[BaseException] = []

    def attempt() -> None:
        try:
            services.auth.login("clerk", "bad")
        except (InvalidCredentials, AccountLocked):
            pass
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert _failed_attempts(services, "clerk")[0] == 4


def test_lock_expires_and_counter_restarts(services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            services.auth.login("clerk", "bad")
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            update(User).values(locked_until=utcnow() - timedelta(seconds=1))
        ),
    )
    with pytest.raises(InvalidCredentials):  # not locked any more: one fresh failure
        services.auth.login("clerk", "bad")
    assert _failed_attempts(services, "clerk")[0] == 1
    assert services.auth.login("clerk", TEST_PASSWORD).username == "clerk"
    assert _failed_attempts(services, "clerk") == (0, None)


def test_threshold_and_duration_are_settings(services: Services, admin: Actor) -> None:
    services.settings.update(admin, "security.lockout_threshold", 2)
    services.settings.update(admin, "security.lockout_minutes", 60)
    add_user(services.db, "clerk", Role.REVIEWER)
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", "bad")
    with pytest.raises(AccountLocked) as locked:
        services.auth.login("clerk", "bad")
    assert locked.value.locked_until - utcnow() > timedelta(minutes=59)


def test_admin_unlocks_and_resets(services: Services, admin: Actor) -> None:
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            services.auth.login("clerk", "bad")
    info = services.users.unlock(admin, clerk.user_id)
    assert info.failed_attempts == 0 and info.locked_until is None
    assert services.auth.login("clerk", TEST_PASSWORD).user_id == clerk.user_id
    services.users.reset_password(admin, clerk.user_id, "brand-new-pw")
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", TEST_PASSWORD)
    with pytest.raises(PasswordReset):  # right, but the clerk must choose their own
        services.auth.login("clerk", "brand-new-pw")
    own = services.auth.change_expired_password("clerk", "brand-new-pw", "clerks-own-pw")
    assert own.user_id == clerk.user_id
    with services.db.session(write=False) as s:
        actions = s.scalars(select(AuditLog.action).order_by(AuditLog.seq)).all()
        changes = " ".join(s.scalars(select(AuditLog.changes)).all())
    assert "user.unlock" in actions and "user.reset_password" in actions
    assert "brand-new-pw" not in changes and TEST_PASSWORD not in changes


def test_disabled_user_cannot_log_in(services: Services, admin: Actor) -> None:
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    services.users.update_user(admin, clerk.user_id, is_active=False)
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", TEST_PASSWORD)
    with pytest.raises(ValidationError):
        services.users.update_user(admin, admin.user_id, is_active=False)


def test_duplicate_user_name_names_the_field(services: Services, admin: Actor) -> None:
    services.users.create_user(admin, "packer1", "packer-pw-1", Role.WAREHOUSE)
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "packer1", "packer-pw-2", Role.WAREHOUSE)
    assert info.value.field == "username"


def test_starting_the_program_makes_no_password_hash() -> None:
    """The timing equaliser's hash is made on the first unknown-user login, not at import:
    0.14 s and a 64 MB peak at every start of the program and of each command-line call."""
    # VmHWM: this program's own peak (ru_maxrss would count the forked pytest's too).
    code = (
        "import re, app.services, app.auth; "
        "print(app.auth._dummy_hash.cache_info().currsize, "
        "int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]) // 1024)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parent.parent)  # fmt: skip
    hashes, peak_mb = map(int, done.stdout.split())
    assert hashes == 0
    assert peak_mb < 120, peak_mb  # argon2's 64 MB on top of the modules' ~90 MB was 133
