"""The audit log: append in the caller's transaction, chained with SHA-256; verify the chain.

Each entry's hash covers its sequence number, time, user, action, entity, changes and the
previous entry's hash; `verify` names the first entry that was edited, deleted or moved.

Two ways onto the chain, by backend:
- SQLite (one writer at a time): the entries are chained as they are written, under the
  single `audit_head` row, in the caller's transaction.
- PostgreSQL and MariaDB (insert-then-seal): the caller's transaction only inserts its
  entries, unsealed (no seq, no hashes). Right after its commit, `seal_pending` chains every
  committed unsealed entry in id order in a short transaction of its own, under the head row
  taken with SKIP LOCKED: no workstation ever waits for another's audit. Entries a busy
  sealer missed are sealed by the next commit on any workstation, and verify-audit seals
  before it checks. An unsealed entry is not yet tamper-evident, so `verify_chain` reports
  any older than `UNSEALED_GRACE`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from models import AuditHead, AuditLog, utcnow

GENESIS_HASH = "0" * 64
# Sealing follows each commit within milliseconds; an entry unsealed for longer than this
# means no sealer ran (or someone is holding entries back) and verify-audit says so.
UNSEALED_GRACE = timedelta(minutes=10)
SEAL_BATCH = 2000


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON-serialisable in an audit entry: {type(value).__name__}")


def canonical_json(data: Any) -> str:
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_json_default
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields whose value changed."""
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


@dataclass(frozen=True)
class AuditEntry:
    """An entry waiting for its place in the chain (written when the unit of work commits)."""

    user_id: int | None
    username: str
    action: str
    entity_type: str
    entity_id: str
    changes: str  # canonical JSON


def entry_hash(
    *,
    seq: int,
    ts: datetime,
    user_id: int | None,
    username: str,
    action: str,
    entity_type: str,
    entity_id: str,
    changes: str,
    prev_hash: str,
) -> str:
    payload = canonical_json(
        [seq, ts.isoformat(timespec="microseconds"), user_id, username, action, entity_type,
         entity_id, changes, prev_hash]
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seals_inline(session: Session) -> bool:
    """SQLite chains in the writer's own transaction; servers insert and seal after commit."""
    return session.get_bind().dialect.name == "sqlite"


# Core statements built once (a unit of work writes its entries with three of them; the
# ORM's flush of one entry and the head cost more than the commit's own work).
_AUDIT_LOG = AuditLog.__table__
_AUDIT_HEAD = AuditHead.__table__
_READ_HEAD = select(_AUDIT_HEAD.c.last_seq, _AUDIT_HEAD.c.last_hash).where(_AUDIT_HEAD.c.id == 1)
_INSERT_ENTRY = insert(_AUDIT_LOG)
_MOVE_HEAD = (
    update(_AUDIT_HEAD)
    .where(_AUDIT_HEAD.c.id == 1)
    .values(last_seq=bindparam("new_seq"), last_hash=bindparam("new_hash"))
)


def append_entries(session: Session, entries: list[AuditEntry]) -> None:
    """Write the entries in the caller's transaction. On SQLite they are chained at once
    (call last: it takes the chain's head until commit); on a server they wait, unsealed, for
    `seal_pending` after the commit."""
    if not entries:
        return
    ts = utcnow()
    connection = session.connection()
    if not seals_inline(session):
        connection.execute(
            _INSERT_ENTRY,
            [
                {"ts": ts, "user_id": e.user_id, "username": e.username, "action": e.action,
                 "entity_type": e.entity_type, "entity_id": e.entity_id, "changes": e.changes}
                for e in entries
            ],
        )  # fmt: skip
        return
    # SQLite: the write transaction (BEGIN IMMEDIATE) already excludes every other writer.
    seq, prev = connection.execute(_READ_HEAD).one()
    rows = []
    for entry in entries:
        seq += 1
        digest = entry_hash(
            seq=seq,
            ts=ts,
            user_id=entry.user_id,
            username=entry.username,
            action=entry.action,
            entity_type=entry.entity_type,
            entity_id=entry.entity_id,
            changes=entry.changes,
            prev_hash=prev,
        )
        rows.append(
            {"seq": seq, "ts": ts, "user_id": entry.user_id, "username": entry.username,
             "action": entry.action, "entity_type": entry.entity_type,
             "entity_id": entry.entity_id, "changes": entry.changes, "prev_hash": prev,
             "hash": digest}
        )  # fmt: skip
        prev = digest
    connection.execute(_INSERT_ENTRY, rows[0] if len(rows) == 1 else rows)
    connection.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": prev})


_LOCK_HEAD = _READ_HEAD.with_for_update()
_TRY_HEAD = _READ_HEAD.with_for_update(skip_locked=True)
_READ_PENDING = (
    select(
        _AUDIT_LOG.c.id, _AUDIT_LOG.c.ts, _AUDIT_LOG.c.user_id, _AUDIT_LOG.c.username,
        _AUDIT_LOG.c.action, _AUDIT_LOG.c.entity_type, _AUDIT_LOG.c.entity_id,
        _AUDIT_LOG.c.changes,
    )
    .where(_AUDIT_LOG.c.seq.is_(None))
    .order_by(_AUDIT_LOG.c.id)
    .limit(SEAL_BATCH)
)  # fmt: skip
_SEAL_ENTRY = (
    update(_AUDIT_LOG)
    .where(_AUDIT_LOG.c.id == bindparam("entry_id"))
    .values(seq=bindparam("new_seq"), prev_hash=bindparam("new_prev"), hash=bindparam("new_hash"))
)


def seal_pending(session: Session, *, wait: bool = False) -> int | None:
    """Chain the committed unsealed entries, oldest id first; returns how many, or None when
    another sealer holds the chain's head (only without `wait`: the head is then skipped, not
    waited for). Runs in the caller's short transaction of its own. Core statements: it
    follows every commit on a server, four round trips when one entry waits."""
    if seals_inline(session):
        return 0
    connection = session.connection()
    head = connection.execute(_LOCK_HEAD if wait else _TRY_HEAD).one_or_none()
    if head is None:
        return None
    seq, prev = head.last_seq, head.last_hash
    sealed = 0
    while True:
        pending = connection.execute(_READ_PENDING).all()
        rows = []
        for row in pending:
            seq += 1
            digest = entry_hash(
                seq=seq, ts=row.ts, user_id=row.user_id, username=row.username,
                action=row.action, entity_type=row.entity_type, entity_id=row.entity_id,
                changes=row.changes, prev_hash=prev,
            )  # fmt: skip
            rows.append({"entry_id": row.id, "new_seq": seq, "new_prev": prev, "new_hash": digest})
            prev = digest
        if rows:
            connection.execute(_SEAL_ENTRY, rows[0] if len(rows) == 1 else rows)
            sealed += len(rows)
        if len(pending) < SEAL_BATCH:  # a short batch was the last: no query to find none
            break
    if sealed:
        connection.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": prev})
    return sealed


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int | None
    seq: int | None
    reason: str  # "altered", "missing", "broken_link", "truncated", "unsealed"
    message: str


@dataclass(frozen=True)
class AuditVerification:
    entries_checked: int
    problem: AuditProblem | None
    anchor: str = ""  # the backup whose recorded head the chain was checked against

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(session: Session, batch_size: int = 5000) -> AuditVerification:
    """Walk the chain in sequence order and report the first entry that does not fit, then
    any entry left unsealed for longer than `UNSEALED_GRACE`."""
    prev_hash, expected_seq, checked, last_seq = GENESIS_HASH, 1, 0, 0
    while True:
        rows = (
            session.execute(
                select(AuditLog)
                .where(AuditLog.seq > last_seq)
                .order_by(AuditLog.seq)
                .limit(batch_size)
            )
            .scalars()
            .all()
        )
        if not rows:
            break
        for row in rows:
            assert row.seq is not None  # selected by seq
            last_seq = row.seq
            if row.seq != expected_seq:
                reason = "missing" if row.seq > expected_seq else "broken_link"
                return AuditVerification(
                    checked,
                    AuditProblem(
                        row.id,
                        row.seq,
                        reason,
                        f"Audit entry id={row.id} has seq {row.seq} where {expected_seq} was "
                        "expected: entries before it were deleted or reordered",
                    ),
                )
            if row.prev_hash != prev_hash:
                return AuditVerification(
                    checked,
                    AuditProblem(
                        row.id,
                        row.seq,
                        "broken_link",
                        f"Audit entry id={row.id} (seq {row.seq}) does not link to the entry "
                        "before it: an entry was deleted, inserted or reordered",
                    ),
                )
            recomputed = entry_hash(
                seq=row.seq,
                ts=row.ts,
                user_id=row.user_id,
                username=row.username,
                action=row.action,
                entity_type=row.entity_type,
                entity_id=row.entity_id,
                changes=row.changes,
                prev_hash=row.prev_hash,
            )
            if recomputed != row.hash:
                return AuditVerification(
                    checked,
                    AuditProblem(
                        row.id,
                        row.seq,
                        "altered",
                        f"Audit entry id={row.id} (seq {row.seq}, {row.action} on "
                        f"{row.entity_type} {row.entity_id}) was altered after it was written",
                    ),
                )
            prev_hash, expected_seq, checked = row.hash, expected_seq + 1, checked + 1
    head = session.get(AuditHead, 1)
    last_seq = expected_seq - 1
    if head is None:
        # Appending needs the row: it was deleted, maybe to hide a rewritten tail.
        return AuditVerification(
            checked,
            AuditProblem(
                None,
                None,
                "missing_head",
                "The audit chain's head record (audit_head) is missing: it was deleted",
            ),
        )
    if head.last_seq != last_seq:
        return AuditVerification(
            checked,
            AuditProblem(
                None,
                expected_seq,
                "truncated",
                f"The chain ends at seq {last_seq} but its head records seq "
                f"{head.last_seq}: the newest entries were deleted",
            ),
        )
    if head.last_hash != prev_hash:
        return AuditVerification(
            checked,
            AuditProblem(
                None,
                last_seq,
                "head_rewritten",
                f"The chain's head record does not match entry seq {last_seq}: it was rewritten",
            ),
        )
    oldest_id, oldest_ts = session.execute(
        select(func.min(AuditLog.id), func.min(AuditLog.ts)).where(AuditLog.seq.is_(None))
    ).one()
    if oldest_ts is not None and oldest_ts < utcnow() - UNSEALED_GRACE:
        return AuditVerification(
            checked,
            AuditProblem(
                oldest_id,
                None,
                "unsealed",
                f"Audit entry id={oldest_id} of {oldest_ts:%Y-%m-%d %H:%M} was never sealed "
                "into the chain: no workstation has sealed since, or it was held back",
            ),
        )
    return AuditVerification(checked, None)


@dataclass(frozen=True)
class AuditAnchor:
    """A chain head recorded outside the database (a backup's manifest)."""

    seq: int
    hash: str
    source: str  # where it was recorded, for the message
    created_at: str


def check_anchor(session: Session, anchor: AuditAnchor) -> AuditProblem | None:
    """The live chain must still hold the anchored entry, unchanged: deleting the newest
    entries and rewriting audit_head to match leaves a chain that verifies, but shorter
    than (or different from) what the backup saw."""
    if anchor.seq <= 0:
        return None
    row = session.execute(
        select(AuditLog.id, AuditLog.hash).where(AuditLog.seq == anchor.seq)
    ).first()
    if row is None:
        last = session.execute(select(AuditLog.seq).order_by(AuditLog.seq.desc()).limit(1))
        last_seq = last.scalar() or 0
        if last_seq < anchor.seq:
            return AuditProblem(
                None,
                anchor.seq,
                "shorter_than_anchor",
                f"The chain ends at seq {last_seq}, but the backup {anchor.source} "
                f"(made {anchor.created_at}) recorded it up to seq {anchor.seq}: entries were "
                "deleted",
            )
        return AuditProblem(
            None,
            anchor.seq,
            "missing",
            f"Audit entry seq {anchor.seq}, recorded by the backup {anchor.source}, is missing",
        )
    if row[1] != anchor.hash:
        return AuditProblem(
            row[0],
            anchor.seq,
            "anchor_mismatch",
            f"Audit entry seq {anchor.seq} differs from the one the backup {anchor.source} "
            f"(made {anchor.created_at}) recorded: the chain was rewritten",
        )
    return None
