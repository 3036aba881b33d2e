"""Abnormal-order findings: one row per detected exception (overdue, out of stock, parcel...).

A finding stays active while its cause lasts; the scan closes it when the cause goes away.
`open_key` is set only while the finding is active, so that a unique index keeps one active
finding per (kind, object) on every backend (NULLs never collide)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.types import UTCDateTime, utcnow


class ExceptionFinding(Base):
    __tablename__ = "exception_findings"
    __table_args__ = (
        # The exception center's counts: an index-only GROUP BY over the open rows.
        Index("ix_exception_findings_state_kind", "state", "kind"),
        Index("ix_exception_findings_object", "object_type", "object_id"),
        # The list's order ("critical" sorts before "warning"): the first page from the index.
        Index("ix_exception_findings_queue", "state", "severity", "since"),
        Index("ix_exception_findings_owner", "owner_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))  # warning | critical
    object_type: Mapped[str] = mapped_column(String(16))  # order | parcel | ticket | case
    object_id: Mapped[int] = mapped_column(Integer)
    object_ref: Mapped[str] = mapped_column(String(64), default="")  # order no, tracking no...
    since: Mapped[datetime] = mapped_column(UTCDateTime)  # when the cause began
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # open (needs someone) | handled (someone dealt with it; cause still there) | closed
    state: Mapped[str] = mapped_column(String(8), default="open")
    open_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Notification(Base):
    """An in-app message to one user (an exception assigned to them, or one of theirs that
    closed by itself); unread until they open the list."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_read", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    event: Mapped[str] = mapped_column(String(16))  # assigned | closed
    finding_id: Mapped[int] = mapped_column(ForeignKey("exception_findings.id"))
    actor_name: Mapped[str] = mapped_column(String(128), default="")  # who assigned it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
