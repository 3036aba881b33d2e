"""The e-mail outbox: alert and digest mails waiting to be sent, with their attempts.

A mail is written here in the transaction that decides to send it, then sent by whichever
workstation claims it first (a conditional UPDATE), so a failed or interrupted send is retried
and shown, never lost, and no two workstations send the same mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.types import UTCDateTime, utcnow


class MailOutbox(Base):
    __tablename__ = "mail_outbox"
    # The sender's question: which pending mails are due now.
    __table_args__ = (Index("ix_mail_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # alert | digest
    # One digest per day, whichever workstation queues it first (NULL for alerts).
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    recipients: Mapped[str] = mapped_column(Text)  # comma-separated addresses
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    # pending → sending (claimed) → sent; failed after too many attempts (kept, shown)
    status: Mapped[str] = mapped_column(String(8), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(128))  # computer name and process
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MailAlerted(Base):
    """Which findings an alert mail has covered: the primary key lets only one workstation
    queue the alert for a finding, whatever order the findings' transactions commit in."""

    __tablename__ = "mail_alerted"

    finding_id: Mapped[int] = mapped_column(ForeignKey("exception_findings.id"), primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("mail_outbox.id"))
