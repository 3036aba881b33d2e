"""Users, settings, counters and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin, enum_column
from models.enums import Role
from models.types import UTCDateTime, utcnow


class User(TimestampMixin, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_nonneg"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(enum_column(Role, "user_role"))
    is_active: Mapped[bool] = mapped_column(default=True)
    # Lockout state lives here so every workstation sees the same counter.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the password was last set (None: never since the account was made, see
    # created_at); the expiry setting counts from here.
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set by an administrator's reset: the user chooses a password of their own at next login.
    # The server's default only (no Python one): an INSERT leaves the column out, so a build
    # one migration older still writes users (the bundle's upgrade test).
    must_change_password: Mapped[bool] = mapped_column(server_default=false())


class LoginFailure(Base):
    """Failed logins under a name that is no user's, counted and locked like a user's own
    counter, so that the answer never tells which names exist. Keyed by a SHA-256 of the
    normalised name: people type passwords into the name field, and this must not keep
    them."""

    __tablename__ = "login_failures"
    __table_args__ = (
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_nonneg"),
        Index("ix_login_failures_locked_until", "locked_until"),  # pruning expired locks
    )

    name_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_failed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Setting(Base):
    """Workstation-independent settings shared through the database (value is JSON)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Counter(Base):
    """Named sequences (order numbers per day, ticket numbers) advanced by conditional UPDATE."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditLog(Base):
    """Append-only; each entry's hash covers its content and the previous entry's hash."""

    __tablename__ = "audit_log"
    # The history of one record (a parcel's label prints, an order's edits); the audit
    # screen's filters, newest first by (ts, id) (app/audit_queries.py).
    __table_args__ = (
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
        Index("ix_audit_log_ts", "ts", "id"),
        Index("ix_audit_log_user_ts", "user_id", "ts", "id"),
        Index("ix_audit_log_action_ts", "action", "ts", "id"),
        Index("ix_audit_log_type_ts", "entity_type", "ts", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # seq, prev_hash and hash are empty until the entry is sealed into the chain (on a
    # server, just after its transaction commits: app/audit.py).
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    ts: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the log outlives its users
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text)  # canonical JSON: {"field": [before, after]}
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the tip of the chain. Appenders lock it, so the chain never forks."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
