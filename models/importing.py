"""Import batches and the row errors they report."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, enum_column
from models.enums import ImportStatus
from models.types import UTCDateTime, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"
    __table_args__ = (Index("ix_import_batches_sha256", "file_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    status: Mapped[ImportStatus] = mapped_column(enum_column(ImportStatus, "import_status"))
    total_rows: Mapped[int] = mapped_column(Integer, default=0)
    orders_created: Mapped[int] = mapped_column(Integer, default=0)
    lines_created: Mapped[int] = mapped_column(Integer, default=0)
    duplicates_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_failed: Mapped[int] = mapped_column(Integer, default=0)
    checkpoint_row: Mapped[int] = mapped_column(Integer, default=0)  # resume point after a crash
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportRowError(Base):
    __tablename__ = "import_row_errors"
    __table_args__ = (Index("ix_import_row_errors_batch", "batch_id", "row_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    row_no: Mapped[int] = mapped_column(Integer)  # as the spreadsheet shows it
    column: Mapped[str] = mapped_column(String(128), default="")
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)


class ImportProfile(Base):
    """A named column mapping for a file layout (saved per channel)."""

    __tablename__ = "import_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(32))
    mapping: Mapped[str] = mapped_column(Text)  # JSON: our field -> their header
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
