"""Schema upgrades on start. On SQLite a pending upgrade first writes a backup of the file
with SQLite's online backup API (consistent even while other readers are connected)."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.config import install_dir
from app.db import Database, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Alembic is imported only when the schema needs an upgrade. At every other start the check
# reads the head from the migration files and the database's one alembic_version row:
# 3-5 ms, where importing Alembic and asking it took about 0.2 s of CPU.

_REVISION = re.compile(r"^revision(?:\s*:\s*[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$", re.M)


def migrations_dir() -> Path:
    return install_dir() / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    """The newest revision: read from the migration files, or asked of Alembic when they do
    not give one clear answer."""
    return scanned_head() or alembic_head()


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.write_engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@cache
def scanned_head() -> str | None:
    """The head revision read from the migration files' `revision` / `down_revision` lines;
    None when that is not one clear answer (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> list[str]:
    """Every revision in the migration files, oldest first (a backup from a revision not
    listed was made by a newer Kuaidan)."""
    parent: dict[str, str | None] = {}
    for script in (migrations_dir() / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None:
            continue
        downs = re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)) if down else []
        parent[revision.group(1)] = downs[0] if downs else None
    children = {p: r for r, p in parent.items()}
    order: list[str] = []
    current = children.get(None)
    while current is not None and current not in order:
        order.append(current)
        current = children.get(current)
    return order if len(order) == len(parent) else sorted(parent)


def stamped_revision(db: Database) -> str | None:
    """The revision in the database's alembic_version table, read with one query; None when
    there is no table yet or not exactly one row."""
    try:
        with db.write_engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return None
    return rows[0][0] if len(rows) == 1 else None


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
    head = head_revision()
    if stamped_revision(db) == head:
        return UpgradeResult(head, head, None)
    from alembic import command

    current = current_revision(db)
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
        if db.dialect == "postgresql":
            # A schema change may wait for other workstations' transactions to end: longer
            # than an action's lock timeout (app/db.py), for this transaction only.
            conn.exec_driver_sql("SET LOCAL lock_timeout = '60s'")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("schema upgraded from %s to %s", current, head)
    return UpgradeResult(current, head, backup)
