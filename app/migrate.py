"""Schema upgrades on start. On SQLite a pending upgrade first writes a backup of the file
with SQLite's online backup API (consistent even while other readers are connected)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.config import install_dir
from app.db import Database, sqlite_path

log = logging.getLogger(__name__)


def migrations_dir() -> Path:
    return install_dir() / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.write_engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def backup_sqlite(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def upgrade(db: Database, backup_dir: Path | None = None) -> UpgradeResult:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    current, head = current_revision(db), head_revision()
    if current == head:
        return UpgradeResult(current, head, None)
    backup = None
    path = sqlite_path(db.url)
    if current is not None and path is not None and path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent / "backups"
        backup = backup_sqlite(path, folder / f"{path.stem}-{stamp}-before-{head}.db")
        log.info("backed up %s to %s before upgrading the schema", path, backup)
    cfg = alembic_config()
    with db.write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("schema upgraded from %s to %s", current, head)
    return UpgradeResult(current, head, backup)
