"""The permission matrix, checked inside every service call, for every role."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from app.errors import AppError, PermissionDenied
from app.permissions import MATRIX, Actor, Permission, Role, visible_tabs
from app.services import Services


def service_methods(services: Services) -> Iterator[tuple[str, Any]]:
    for field in Services.service_names():
        service = getattr(services, field)
        for name, _member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_"):
                yield f"{field}.{name}", getattr(service, name)


def dummy_args(method: Any) -> list[Any]:
    """Plausible but harmless arguments after the actor, from the type hints."""
    hints = typing.get_type_hints(method)
    params = list(inspect.signature(method).parameters.values())[1:]  # skip the actor
    values = []
    for p in params:
        if p.default is not inspect.Parameter.empty or p.kind is p.KEYWORD_ONLY:
            continue
        hint = hints.get(p.name, str)
        if hint is int:
            values.append(987654)
        elif hint is Role:
            values.append(Role.ANALYST)
        else:
            values.append("x")
    return values


def test_every_service_method_declares_its_permission(services: Services) -> None:
    undeclared = [
        name
        for name, method in service_methods(services)
        if not hasattr(method, "required_permission")
    ]
    assert undeclared == [], f"service methods without a permission check: {undeclared}"


def test_every_service_checks_every_role(services: Services, actors: dict[Role, Actor]) -> None:
    checked = 0
    for name, method in service_methods(services):
        permission = method.required_permission
        if not isinstance(permission, Permission):
            continue  # public (pre-login) or any logged-in user
        for role, actor in actors.items():
            allowed = permission in MATRIX[role]
            try:
                method(actor, *dummy_args(method))
            except PermissionDenied:
                assert not allowed, f"{name} refused {role.value}, who holds {permission.value}"
            except (AppError, ValueError, TypeError, LookupError, AttributeError):
                assert allowed, f"{name} let {role.value} past the check without {permission}"
            else:
                assert allowed, f"{name} let {role.value} in without {permission.value}"
            checked += 1
    assert checked >= 6 * 8


def test_a_forged_actor_is_refused(services: Services) -> None:
    with pytest.raises(PermissionDenied):
        services.users.list_users("admin")  # type: ignore[arg-type]


@pytest.mark.sqlite_only
def test_role_views_follow_the_operating_procedure() -> None:
    assert visible_tabs(Role.WAREHOUSE) == ["inventory", "logistics"]
    assert visible_tabs(Role.REVIEWER) == ["orders", "inventory"]
    assert visible_tabs(Role.CUSTOMER_SERVICE) == ["orders", "logistics", "service"]
    assert visible_tabs(Role.ANALYST) == ["orders", "inventory", "logistics", "reports"]
    assert visible_tabs(Role.ADMIN) == [
        "orders",
        "inventory",
        "logistics",
        "service",
        "reports",
        "settings",
    ]
    assert "settings" in visible_tabs(Role.SUPERVISOR)
    only_admin = [r for r in Role if Permission.MANAGE_USERS in MATRIX[r]]
    assert only_admin == [Role.ADMIN]
    assert Permission.VIEW_PII not in MATRIX[Role.ANALYST]
    assert Permission.VIEW_PII not in MATRIX[Role.WAREHOUSE]
    assert Permission.APPROVE_LARGE_REFUND not in MATRIX[Role.CUSTOMER_SERVICE]


@pytest.mark.sqlite_only
def test_analyst_sees_no_phone_number_in_full(
    services: Services, actors: dict[Role, Actor]
) -> None:
    from app.demo import generate_demo

    generate_demo(services.db, orders=300, customers=50)
    queries = services.order_queries
    ids = queries.order_ids(actors[Role.REVIEWER])[:300]
    analyst_rows = queries.rows(actors[Role.ANALYST], ids)
    reviewer_rows = queries.rows(actors[Role.REVIEWER], ids)
    assert len(analyst_rows) == len(reviewer_rows) == 300
    full = {r.order_no: r.recipient_phone for r in reviewer_rows}
    for row in analyst_rows:
        assert "****" in row.recipient_phone
        assert row.recipient_phone != full[row.order_no]
        assert row.recipient_phone[-4:] == full[row.order_no][-4:]  # enough to confirm a caller
        assert row.address != reviewer_rows[0].address or "****" in row.address
