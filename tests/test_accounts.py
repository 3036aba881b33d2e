"""Self-service accounts: own password, expiry, and an admin's change to a user taking effect
at that user's next action on every workstation (two Services on two engines = two PCs)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app import auth
from app.db import open_database
from app.errors import (
    AccountChanged,
    AccountLocked,
    InvalidCredentials,
    PasswordExpired,
    PasswordReset,
    PermissionDenied,
    ValidationError,
)
from app.permissions import Actor, Role
from app.services import Services
from app.uow import transaction
from models import AuditLog, LoginFailure, User, utcnow
from tests.conftest import TEST_PASSWORD, add_user


@pytest.fixture
def other_pc(services: Services) -> Iterator[Services]:
    """A second workstation: its own engine and connections on the same database."""
    db = open_database(services.db.url.render_as_string(hide_password=False))
    yield Services.for_database(db)
    db.dispose()


def test_a_demoted_supervisor_is_refused_at_the_next_settings_change(
    services: Services, other_pc: Services, admin: Actor
) -> None:
    add_user(services.db, "super", Role.SUPERVISOR)
    supervisor = other_pc.auth.login("super", TEST_PASSWORD)  # logged in on the other PC
    assert other_pc.settings.update(supervisor, "orders.number_prefix", "KD").value == "KD"

    services.users.update_user(admin, supervisor.user_id, role=Role.REVIEWER)

    with pytest.raises(AccountChanged) as refused:
        other_pc.settings.update(supervisor, "orders.number_prefix", "XX")
    assert isinstance(refused.value, PermissionDenied)
    assert "super" in str(refused.value)
    # Nothing was written: the prefix is still the one set before the demotion.
    prefix = {v.key: v.value for v in services.settings.list_settings(admin)}
    assert prefix["orders.number_prefix"] == "KD"
    # Reads are refused too: the session is over; a new login carries the new role.
    with pytest.raises(AccountChanged):
        other_pc.settings.list_settings(supervisor)
    again = other_pc.auth.login("super", TEST_PASSWORD)
    assert again.role == Role.REVIEWER
    with pytest.raises(PermissionDenied):
        other_pc.settings.update(again, "orders.number_prefix", "XX")


def test_a_deactivated_user_is_refused_at_the_next_action(
    services: Services, other_pc: Services, admin: Actor
) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    clerk = other_pc.auth.login("clerk", TEST_PASSWORD)
    assert other_pc.order_queries.order_ids(clerk) == []

    services.users.update_user(admin, clerk.user_id, is_active=False)
    with pytest.raises(AccountChanged) as refused:
        other_pc.order_queries.order_ids(clerk)
    assert "deactivated" in str(refused.value)
    with pytest.raises(AccountChanged):  # not even their own password
        other_pc.auth.change_own_password(clerk, TEST_PASSWORD, "another-pw-1")

    services.users.update_user(admin, clerk.user_id, is_active=True)
    assert other_pc.order_queries.order_ids(clerk) == []  # reactivated: the session works


def test_the_command_line_operator_has_no_user_row(services: Services) -> None:
    operator = Actor(0, "command-line", Role.ADMIN)
    assert services.settings.list_settings(operator)
    with pytest.raises(AccountChanged):  # any other id must be a real, active user
        services.settings.list_settings(Actor(987_654, "ghost", Role.ADMIN))


def _age_password(services: Services, username: str, days: int) -> None:
    moment = utcnow() - timedelta(days=days)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            update(User).where(User.username == username).values(password_changed_at=moment)
        ),
    )


def test_a_user_changes_their_own_password(services: Services) -> None:
    reviewer = add_user(services.db, "rev", Role.REVIEWER)
    with pytest.raises(InvalidCredentials):
        services.auth.change_own_password(reviewer, "not-my-password", "new-secret-1")
    with pytest.raises(ValidationError) as same:
        services.auth.change_own_password(reviewer, TEST_PASSWORD, TEST_PASSWORD)
    assert same.value.field == "new_password"
    with pytest.raises(ValidationError):
        services.auth.change_own_password(reviewer, TEST_PASSWORD, "short")
    services.auth.change_own_password(reviewer, TEST_PASSWORD, "new-secret-1")
    with pytest.raises(InvalidCredentials):
        services.auth.login("rev", TEST_PASSWORD)
    assert services.auth.login("rev", "new-secret-1").user_id == reviewer.user_id
    with services.db.session(write=False) as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.user_id == reviewer.user_id))
        changes = " ".join(s.scalars(select(AuditLog.changes)))
    assert "user.change_password" in list(actions)
    assert "new-secret-1" not in changes


def test_an_expired_password_must_be_replaced_before_continuing(
    services: Services, admin: Actor
) -> None:
    add_user(services.db, "rev", Role.REVIEWER)
    _age_password(services, "rev", 31)
    assert services.auth.login("rev", TEST_PASSWORD).username == "rev"  # 0 = never expires
    services.settings.update(admin, "security.password_expiry_days", 30)
    with pytest.raises(PasswordExpired):
        services.auth.login("rev", TEST_PASSWORD)
    with pytest.raises(InvalidCredentials):  # a wrong password still is one
        services.auth.login("rev", "wrong-password")
    with pytest.raises(InvalidCredentials):
        services.auth.change_expired_password("rev", "wrong-password", "fresh-secret-1")
    with pytest.raises(ValidationError):
        services.auth.change_expired_password("rev", TEST_PASSWORD, TEST_PASSWORD)
    actor = services.auth.change_expired_password("rev", TEST_PASSWORD, "fresh-secret-1")
    assert actor.username == "rev" and actor.role == Role.REVIEWER
    assert services.auth.login("rev", "fresh-secret-1").user_id == actor.user_id
    _age_password(services, "rev", 29)
    assert services.auth.login("rev", "fresh-secret-1").user_id == actor.user_id


def test_an_admin_changes_role_deactivates_and_resets(services: Services, admin: Actor) -> None:
    clerk = add_user(services.db, "clerk", Role.REVIEWER)
    info = services.users.update_user(admin, clerk.user_id, role=Role.WAREHOUSE)
    assert info.role == Role.WAREHOUSE
    assert services.auth.login("clerk", TEST_PASSWORD).role == Role.WAREHOUSE
    services.users.update_user(admin, clerk.user_id, is_active=False)
    with pytest.raises(InvalidCredentials):
        services.auth.login("clerk", TEST_PASSWORD)
    services.users.update_user(admin, clerk.user_id, is_active=True)
    services.users.reset_password(admin, clerk.user_id, "reset-by-admin")
    # The admin's password opens the account once, to choose the clerk's own.
    with pytest.raises(PasswordReset) as reset:
        services.auth.login("clerk", "reset-by-admin")
    assert isinstance(reset.value, PasswordExpired)  # the same way through the login window
    with pytest.raises(InvalidCredentials):
        services.auth.change_expired_password("clerk", "wrong-password", "clerks-own-1")
    own = services.auth.change_expired_password("clerk", "reset-by-admin", "clerks-own-1")
    assert own.role == Role.WAREHOUSE
    assert services.auth.login("clerk", "clerks-own-1").role == Role.WAREHOUSE
    with pytest.raises(PermissionDenied):  # only an admin administers users
        services.users.update_user(
            services.auth.login("clerk", "clerks-own-1"), admin.user_id, role=Role.ANALYST
        )


def test_unknown_names_lock_like_existing_ones(services: Services) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    answers: dict[str, list[str]] = {"clerk": [], "ghost": []}
    for attempt in range(5):
        for name in answers:
            with pytest.raises((InvalidCredentials, AccountLocked)) as failed:
                services.auth.login(name, f"bad-{attempt}")
            answers[name].append(failed.value.template)
    assert answers["clerk"] == answers["ghost"]
    assert answers["ghost"][:4] == ["Wrong user name or password"] * 4
    assert answers["ghost"][4].startswith("Too many failed logins")
    # Locked: even the right password of the real account, and the name in other case.
    for name, password in (("clerk", TEST_PASSWORD), ("ghost", "x"), (" GHOST ", "y")):
        with pytest.raises(AccountLocked) as locked:
            services.auth.login(name, password)
        assert "Account locked until" in str(locked.value)
    # The typed name is kept only as a digest (it may be a password typed in the wrong box).
    with services.db.session(write=False) as s:
        keys = s.scalars(select(LoginFailure.name_key)).all()
        logged = " ".join(
            f"{e.username} {e.entity_id} {e.changes}" for e in s.scalars(select(AuditLog))
        )
    assert keys == [auth.name_key("ghost")]
    assert "ghost" not in logged.lower()


def test_an_expired_lock_of_an_unknown_name_counts_from_zero(services: Services) -> None:
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            services.auth.login("ghost", "bad")
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            update(LoginFailure).values(locked_until=utcnow() - timedelta(seconds=1))
        ),
    )
    with pytest.raises(InvalidCredentials):  # one fresh failure, as for a real account
        services.auth.login("ghost", "bad")
    with services.db.session(write=False) as s:
        assert s.scalars(select(LoginFailure.failed_attempts)).all() == [1]


def test_parallel_failures_of_a_new_unknown_name_are_all_counted(services: Services) -> None:
    """Four desks fail the same new name at once: one inserts its counter, the others count
    on it (a duplicate insert runs its unit again)."""
    errors: list[BaseException] = []

    def attempt() -> None:
        try:
            services.auth.login("ghost", "bad")
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
    with services.db.session(write=False) as s:
        assert s.scalars(select(LoginFailure.failed_attempts)).all() == [4]
