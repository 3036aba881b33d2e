"""Supervisor tools: integrity check and audit-chain verification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.audit import AuditVerification, seal_pending, verify_chain
from app.db import Database
from app.integrity import IntegrityReport, check_database
from app.permissions import Actor, Permission, requires
from app.uow import UnitOfWork, read, transaction
from models import AuditLog


def verify_audit(db: Database) -> AuditVerification:
    """Seal what is waiting (so that only entries no one could seal are reported), then walk
    the chain."""
    transaction(db, None, lambda uow: seal_pending(uow.session, wait=True))
    return read(db, lambda uow: verify_chain(uow.session))


@dataclass(frozen=True)
class AuditRow:
    seq: int | None  # None until sealed into the chain (a moment after its commit)
    ts: datetime
    username: str
    action: str
    entity_type: str
    entity_id: str
    changes: str


class MaintenanceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.CHECK_DATABASE)
    def check_database(self, actor: Actor) -> IntegrityReport:
        return check_database(self.db)

    @requires(Permission.VIEW_AUDIT)
    def verify_audit(self, actor: Actor) -> AuditVerification:
        """The chain, and the chain against the newest backup's recorded head."""
        from app.backup_service import verify_audit_anchored

        return verify_audit_anchored(self.db)

    @requires(Permission.VIEW_AUDIT)
    def recent_audit(self, actor: Actor, limit: int = 200) -> list[AuditRow]:
        def work(uow: UnitOfWork) -> list[AuditRow]:
            rows = uow.session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit))
            return [
                AuditRow(r.seq, r.ts, r.username, r.action, r.entity_type, r.entity_id, r.changes)
                for r in rows
            ]

        return read(self.db, work)
