"""The audit log: written in the same transaction, chained, and tamper-evident."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select, text

from app.audit import verify_chain
from app.db import Database
from app.errors import ValidationError
from app.permissions import Actor
from app.services import Services
from app.uow import read, transaction
from models import AuditLog


def _entries(db: Database) -> list[AuditLog]:
    return read(db, lambda uow: list(uow.session.scalars(select(AuditLog).order_by(AuditLog.seq))))


def _make_entries(services: Services, admin: Actor, n: int = 5) -> None:
    for i in range(n):
        services.settings.update(admin, "company.phone", f"021-6000{i}")


def test_entries_record_who_what_before_and_after(services: Services, admin: Actor) -> None:
    services.settings.update(admin, "security.lockout_threshold", 7)
    entry = _entries(services.db)[-1]
    assert entry.username == "admin" and entry.user_id == admin.user_id
    assert entry.action == "setting.update" and entry.entity_type == "setting"
    assert entry.entity_id == "security.lockout_threshold"
    assert json.loads(entry.changes) == {"security.lockout_threshold": [5, 7]}
    assert entry.ts.tzinfo is not None
    assert read(services.db, lambda uow: verify_chain(uow.session)).ok


def test_a_failed_action_leaves_no_audit_entry(services: Services, admin: Actor) -> None:
    before = len(_entries(services.db))
    with pytest.raises(ValidationError):
        services.settings.update(admin, "security.lockout_threshold", 0)
    assert len(_entries(services.db)) == before


def test_edited_entry_is_named(services: Services, admin: Actor) -> None:
    _make_entries(services, admin)
    victim = _entries(services.db)[2]
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            text("UPDATE audit_log SET changes = :c WHERE id = :i"),
            {"c": '{"company.phone":["x","y"]}', "i": victim.id},
        ),
    )
    result = read(services.db, lambda uow: verify_chain(uow.session))
    assert not result.ok and result.problem is not None
    assert result.problem.entry_id == victim.id and result.problem.reason == "altered"
    assert f"id={victim.id}" in result.problem.message
    assert result.entries_checked == 2


def test_deleted_entry_is_detected_at_the_next_one(services: Services, admin: Actor) -> None:
    _make_entries(services, admin)
    entries = _entries(services.db)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            text("DELETE FROM audit_log WHERE id = :i"), {"i": entries[1].id}
        ),
    )
    result = read(services.db, lambda uow: verify_chain(uow.session))
    assert not result.ok and result.problem is not None
    assert result.problem.entry_id == entries[2].id and result.problem.reason == "missing"


def test_reordered_entries_are_detected(services: Services, admin: Actor) -> None:
    _make_entries(services, admin)
    a, b = _entries(services.db)[1:3]

    def swap(uow) -> None:  # type: ignore[no-untyped-def]
        # Swap the contents of two rows while keeping every row's own hash consistent.
        for row, other in ((a, b), (b, a)):
            uow.session.execute(
                text("UPDATE audit_log SET changes = :c, hash = :h, prev_hash = :p WHERE id = :i"),
                {"c": other.changes, "h": other.hash, "p": other.prev_hash, "i": row.id},
            )

    transaction(services.db, None, swap)
    result = read(services.db, lambda uow: verify_chain(uow.session))
    assert not result.ok and result.problem is not None
    assert result.problem.entry_id == a.id


def test_removing_the_newest_entries_is_detected(services: Services, admin: Actor) -> None:
    _make_entries(services, admin)
    last = _entries(services.db)[-1]
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            text("DELETE FROM audit_log WHERE id = :i"), {"i": last.id}
        ),
    )
    result = read(services.db, lambda uow: verify_chain(uow.session))
    assert not result.ok and result.problem is not None
    assert result.problem.reason == "truncated"


def test_concurrent_writers_keep_one_chain(services: Services, admin: Actor) -> None:
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                services.settings.update(admin, "company.address", f"writer {n} step {i}")
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    entries = _entries(services.db)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert len(entries) == 40
    assert read(services.db, lambda uow: verify_chain(uow.session)).ok
