"""The audit log: written in the same transaction, chained, and tamper-evident."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import insert, select, text

from app.audit import UNSEALED_GRACE, AuditEntry, append_entries, verify_chain
from app.db import Database
from app.errors import ValidationError
from app.maintenance import verify_audit
from app.permissions import Actor
from app.services import Services
from app.uow import read, transaction
from models import AuditLog, utcnow


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


def test_a_write_never_waits_for_another_workstations_audit(
    services: Services, admin: Actor
) -> None:
    """On a server a transaction only inserts its entries; they are chained after the commit.
    So a clerk's save does not queue behind another workstation's open transaction that has
    written its audit entries (it did: both took the chain's head until commit)."""
    db = services.db
    if db.dialect == "sqlite":
        # One writer at a time: entries are chained in the writer's own transaction.
        services.settings.update(admin, "company.phone", "021-60001234")
        assert all(e.seq is not None and e.hash for e in _entries(db))
        return
    wrote = threading.Event()
    release = threading.Event()

    def other_workstation() -> None:
        with db.session(write=True) as session:
            session.begin()
            append_entries(session, [AuditEntry(None, "other", "test.slow", "setting", "x", "{}")])
            session.flush()
            wrote.set()
            release.wait(10)
            session.commit()

    other = threading.Thread(target=other_workstation)
    other.start()
    try:
        assert wrote.wait(10)
        started = time.perf_counter()
        services.settings.update(admin, "company.phone", "021-60001234")
        waited = time.perf_counter() - started
        assert waited < 1.0, f"the save waited {waited:.2f} s for the other transaction"
        # Sealed right after its own commit, though an older id is still uncommitted.
        mine = [e for e in _entries(db) if e.action.startswith("setting")]
        assert mine and all(e.seq is not None for e in mine)
    finally:
        release.set()
        other.join(10)
    result = verify_audit(db)  # seals the late one, then walks the chain
    assert result.ok, result.problem
    entries = _entries(db)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert "test.slow" in {e.action for e in entries}


def test_an_entry_left_unsealed_is_reported(services: Services, admin: Actor) -> None:
    """An entry that no sealer chained (or that someone holds back) is not tamper-evident:
    verify-audit names it once it is older than the grace period."""
    _make_entries(services, admin, 2)
    old = utcnow() - UNSEALED_GRACE - timedelta(minutes=1)
    transaction(
        services.db,
        None,
        lambda uow: uow.session.execute(
            insert(AuditLog).values(
                ts=old, user_id=None, username="x", action="setting.update",
                entity_type="setting", entity_id="y", changes="{}",
            )
        ),
    )  # fmt: skip
    result = read(services.db, lambda uow: verify_chain(uow.session))
    assert not result.ok and result.problem is not None
    assert result.problem.reason == "unsealed"
    assert result.problem.entry_id is not None
