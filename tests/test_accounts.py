"""Self-service accounts: own password, expiry, and an admin's change to a user taking effect
at that user's next action on every workstation (two Services on two engines = two PCs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import open_database
from app.errors import AccountChanged, PermissionDenied
from app.permissions import Actor, Role
from app.services import Services
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
