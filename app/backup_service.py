"""The backup service: make, list, verify and restore backups, and move a shop's database to
another backend. Every call needs `settings.backup` (the administrator) and is audited.

The heavy lifting (the snapshot format) lives in app/backup.py; this module adds the
permissions, the audit entries, the backup folder and rotation, and the restore's steps:
check the file, back up the current database first, put the other workstations into a
maintenance state (server databases), replace the rows, check the counts, audit.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.exc import DBAPIError

from app import backup as snap
from app.audit import AuditAnchor, AuditVerification, check_anchor
from app.backup import (
    SUFFIX,
    BackupError,
    BackupResult,
    Manifest,
    Progress,
    VerifyReport,
    no_progress,
)
from app.db import Database, open_database, sqlite_path, strip_password
from app.errors import ConfirmationRequired
from app.maintenance import verify_audit
from app.migrate import head_revision
from app.permissions import Actor, Permission, public, requires, requires_login
from app.settings import read_setting
from app.uow import (
    MAINTENANCE_KEY,
    RESTORE_APP_PREFIX,
    RESTORE_LOCK_KEY,
    RESTORE_LOCK_NAME,
    RESTORE_ONE_KEY,
    UnitOfWork,
    pg_restore_holder,
    read,
    restore_lock_free,
    transaction,
)
from models import AuditLog, Setting

log = logging.getLogger(__name__)

# MAINTENANCE_KEY (app/uow.py): the settings row that tells the other workstations a restore
# is running (they may not write); the restore writes it again with its rows and clears it
# in any case when it ends. A migration's target holds it, kind "migrate", until verified.
RESTORE_CONFIRMATION = "RESTORE"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    name: str
    size_bytes: int
    manifest: Manifest | None
    error: str  # why the file is not a usable backup ("" when it is)
    verified: bool | None  # the last verify-backup's result; None: never verified
    verified_at: datetime | None


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    manifest: Manifest
    safety_backup: Path | None
    seconds: float
    counts_ok: bool
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MigrateResult:
    target_url: str
    manifest: Manifest
    seconds: float
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupStatus:
    cycle_hours: int
    last_backup_at: datetime | None
    last_backup_file: str
    workstation: str
    folder: str
    last_restore_seq: int = 0

    @property
    def overdue(self) -> bool:
        if self.cycle_hours <= 0:
            return False
        if self.last_backup_at is None:
            return True
        return datetime.now(UTC) - self.last_backup_at > timedelta(hours=self.cycle_hours)


@dataclass(frozen=True)
class MaintenanceState:
    active: bool
    by: str = ""
    since: str = ""
    message: str = ""
    kind: str = "restore"  # or "migrate": the database is a migration's unfinished copy


def _user_id(actor: Actor | None) -> int | None:
    return actor.user_id if actor is not None and actor.user_id else None


class BackupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings and status ---------------------------------------------------------

    @public  # where backups go: no data, asked by the scheduler on every workstation
    def folder(self) -> Path:
        configured = read(self.db, lambda uow: read_setting(uow.session, "backup.folder"))
        return Path(configured).expanduser() if configured else snap.default_folder()

    @public
    def status(self) -> BackupStatus:
        """For the status bar of every workstation: when the last backup was made."""

        def work(uow: UnitOfWork) -> BackupStatus:
            session = uow.session
            row = session.execute(
                select(AuditLog.ts, AuditLog.entity_id)
                .where(AuditLog.entity_type == "backup", AuditLog.action == "backup.create")
                .order_by(AuditLog.seq.desc())
                .limit(1)
            ).first()
            restore = session.execute(
                select(AuditLog.seq)
                .where(AuditLog.entity_type == "backup", AuditLog.action == "backup.restore")
                .order_by(AuditLog.seq.desc())
                .limit(1)
            ).scalar()
            return BackupStatus(
                last_restore_seq=restore or 0,
                cycle_hours=read_setting(session, "backup.cycle_hours"),
                last_backup_at=row[0] if row else None,
                last_backup_file=row[1] if row else "",
                workstation=read_setting(session, "backup.workstation"),
                folder=read_setting(session, "backup.folder"),
            )

        return read(self.db, work)

    @public
    def maintenance_state(self) -> MaintenanceState:
        """Whether another workstation is restoring the shared database right now (or the
        database is a migration's unfinished copy). PostgreSQL: a running restore is seen
        in the server's lock table first, without waiting for the tables it holds."""

        def work(uow: UnitOfWork) -> MaintenanceState:
            raw: str | None = None
            dialect = self.db.dialect
            if dialect == "postgresql":
                raw = pg_restore_holder(uow.session)
            if raw is None:
                raw = uow.session.execute(
                    select(Setting.value).where(Setting.key == MAINTENANCE_KEY)
                ).scalar_one_or_none()
            if not raw:
                return MaintenanceState(False)
            try:
                data = json.loads(raw)
            except ValueError:
                data = {}
            kind = str(data.get("kind") or "restore")
            if (
                kind == "restore"
                and dialect != "sqlite"
                and restore_lock_free(uow.session, dialect)
            ):
                return MaintenanceState(False)  # an interrupted restore's row: it rolled back
            return MaintenanceState(
                True, str(data.get("by", "")), str(data.get("since", "")),
                str(data.get("message", "")), kind,
            )  # fmt: skip

        return read(self.db, work)

    def _set_maintenance(self, actor: Actor, message: str) -> str:
        """Put the other workstations into the maintenance state (a unit of work of their
        own, so one already in maintenance refuses a second restore); returns the row."""
        value = _marker_value("restore", actor.username, message)

        def work(uow: UnitOfWork) -> None:
            uow.session.execute(delete(Setting).where(Setting.key == MAINTENANCE_KEY))
            uow.session.add(Setting(key=MAINTENANCE_KEY, value=value, updated_by=_user_id(actor)))

        transaction(self.db, None, work)
        return value

    def _clear_maintenance(self) -> None:
        def work(uow: UnitOfWork) -> None:
            uow.session.execute(delete(Setting).where(Setting.key == MAINTENANCE_KEY))

        try:
            transaction(self.db, None, work, maintenance=True)
        except Exception:  # the restore's own error matters more; logged for the admin
            log.exception("could not clear the maintenance state")

    # --- backups ---------------------------------------------------------------------

    @requires(Permission.BACKUP_RESTORE)
    def create(
        self,
        actor: Actor,
        out: Path | None = None,
        *,
        label: str = "",
        progress: Progress = no_progress,
        rotate: bool = False,
    ) -> BackupResult:
        """Write a backup (to `out`, or a new file in the backup folder) and audit it."""
        return self._create(actor, out, label=label, progress=progress, rotate=rotate)

    @requires_login
    def run_scheduled(self, actor: Actor, progress: Progress = no_progress) -> BackupResult | None:
        """The schedule the administrator set: on the workstation that makes the backups,
        when the last one is older than the cycle, make one and rotate old ones out
        (whoever is logged in; the backup is the shop's, not the user's)."""
        status = self.status()
        if status.cycle_hours <= 0 or not status.overdue or not self.schedule_here(status):
            return None
        return self._create(actor, None, label="", progress=progress, rotate=True)

    @public  # whether this PC makes the scheduled backups: no data
    def schedule_here(self, status: BackupStatus) -> bool:
        """Whether this workstation makes the scheduled backups: the one named in the
        settings; when none is named, the one PC of a SQLite shop."""
        named = status.workstation.strip()
        if named:
            return named.lower() == socket.gethostname().lower()
        return self.db.dialect == "sqlite"

    def _create(
        self,
        actor: Actor,
        out: Path | None,
        *,
        label: str,
        progress: Progress,
        rotate: bool,
    ) -> BackupResult:
        target = out if out is not None else self.folder() / snap.backup_file_name(label)
        result = snap.write_snapshot(
            self.db, target, created_by=actor.username, label=label, progress=progress
        )
        self._audit(
            actor,
            "backup.create",
            result.path.name,
            {
                "path": str(result.path),
                "bytes": result.size_bytes,
                "rows": result.manifest.total_rows,
                "audit_seq": result.manifest.audit_seq,
                "label": label,
            },
        )
        if rotate:
            self._rotate(result.path.parent)
        return result

    def _audit_quietly(
        self, db: Database, actor: Actor, action: str, name: str, changes: dict[str, Any]
    ) -> None:
        """Audit a failed restore or migration; a failure to audit it (the same full disk)
        must not hide the error being reported."""
        try:
            transaction(db, actor, lambda uow: uow.audit(action, "backup", name[:64], changes))
        except Exception:
            log.exception("could not audit %s", action)

    def _audit(self, actor: Actor | None, action: str, name: str, changes: dict[str, Any]) -> None:
        transaction(
            self.db,
            actor,
            lambda uow: uow.audit(action, "backup", name[:64], changes),
        )

    def _rotate(self, folder: Path) -> list[Path]:
        """Delete the oldest plain backups beyond `backup.keep` (labelled ones, such as
        those made before a restore, stay)."""
        keep = read(self.db, lambda uow: read_setting(uow.session, "backup.keep"))
        plain = sorted(
            (p for p in folder.glob(f"kuaidan-*{SUFFIX}") if _is_plain(p.name)),
            key=lambda p: (p.stat().st_mtime, p.name),
        )
        removed = plain[: max(0, len(plain) - keep)]
        for path in removed:
            path.unlink(missing_ok=True)
            log.info("rotated out old backup %s", path)
        return removed

    @requires(Permission.BACKUP_RESTORE)
    def interrupted_restore(self, actor: Actor) -> BackupError | None:
        """A plain note when the last restore started and never ended (killed): which file,
        when, by whom, and that the database is as it was before it."""

        def work(uow: UnitOfWork) -> tuple[str, str, datetime, str] | None:
            row = uow.session.execute(
                select(AuditLog.action, AuditLog.entity_id, AuditLog.ts, AuditLog.username)
                .where(
                    AuditLog.entity_type == "backup",
                    AuditLog.action.in_(
                        ("backup.restore_started", "backup.restore", "backup.restore_failed")
                    ),
                )
                .order_by(AuditLog.id.desc())
                .limit(1)
            ).first()
            return (row[0], row[1], row[2], row[3]) if row else None

        last = read(self.db, work)
        if last is None or last[0] != "backup.restore_started":
            return None
        return BackupError(
            "The restore of {file} started by {user} at {time} did not finish (it was "
            "interrupted). A restore is all or nothing: the database is as it was before "
            "it. Restore again if you still need it.",
            file=last[1],
            user=last[3],
            time=last[2].astimezone().strftime("%Y-%m-%d %H:%M"),
        )

    @requires(Permission.BACKUP_RESTORE)
    def list_backups(self, actor: Actor, folder: Path | None = None) -> list[BackupInfo]:
        """The backup files in the folder, newest first, with their manifests and the last
        verification's result (from the audit log)."""
        where = folder or self.folder()
        paths = sorted(where.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        names = [p.name for p in paths]

        def work(uow: UnitOfWork) -> dict[str, tuple[bool, datetime]]:
            if not names:
                return {}
            rows = uow.session.execute(
                select(AuditLog.entity_id, AuditLog.changes, AuditLog.ts)
                .where(AuditLog.action == "backup.verify", AuditLog.entity_type == "backup")
                .where(AuditLog.entity_id.in_(names))
                .order_by(AuditLog.seq)
            ).all()
            found: dict[str, tuple[bool, datetime]] = {}
            for name, changes, ts in rows:
                try:
                    ok = bool(json.loads(changes).get("ok"))
                except ValueError:
                    ok = False
                found[name] = (ok, ts)
            return found

        verified = read(self.db, work)
        infos = []
        for path in paths:
            try:
                manifest: Manifest | None = snap.read_manifest(path)
                error = ""
            except BackupError as exc:
                manifest, error = None, str(exc)
            ok, at = verified.get(path.name, (None, None))
            infos.append(BackupInfo(path, path.name, path.stat().st_size, manifest, error, ok, at))
        return infos

    @requires(Permission.BACKUP_RESTORE)
    def verify(self, actor: Actor, path: Path, progress: Progress = no_progress) -> VerifyReport:
        """verify-backup: check the file and restore it into a temporary database; the
        result is audited (the Maintenance page lists it)."""
        try:
            report = snap.verify_backup(Path(path), progress)
        except BackupError as exc:
            self._audit(actor, "backup.verify", Path(path).name, {"ok": False, "error": str(exc)})
            raise
        self._audit(
            actor,
            "backup.verify",
            report.path.name,
            {
                "ok": report.ok,
                "problems": report.problems[:20],
                "seconds": round(report.seconds, 1),
            },
        )
        return report

    @requires(Permission.BACKUP_RESTORE)
    def newest(self, actor: Actor) -> Path | None:
        backups = [b for b in self.list_backups(actor) if b.manifest is not None]
        if not backups:
            return None
        return max(backups, key=lambda b: b.manifest.created_at if b.manifest else "").path

    # --- restore ---------------------------------------------------------------------

    @requires(Permission.BACKUP_RESTORE)
    def restore(
        self,
        actor: Actor,
        path: Path,
        *,
        confirmation: str = "",
        progress: Progress = no_progress,
        safety_backup: bool = True,
    ) -> RestoreResult:
        """Replace the database with a backup. The file is checked first and the current
        database backed up, so a restore can itself be undone."""
        if confirmation != RESTORE_CONFIRMATION:
            raise ConfirmationRequired(
                "Type {word} to confirm: the database will be replaced by the backup",
                word=RESTORE_CONFIRMATION,
            )
        started = time.perf_counter()
        path = Path(path)
        manifest = snap.check_file(path, progress)
        safety: Path | None = None
        if safety_backup:
            progress("backing up the current database", 0, 1)
            safety = self.create(actor, label="before-restore").path
        server = self.db.dialect != "sqlite"
        try:
            with _restore_lock(self.db, actor.username) if server else contextlib.nullcontext():
                # Replaced with everything else by the restore; left behind only when the
                # restore was interrupted (a kill -9, a power cut): interrupted_restore()
                # reports it then. Written under the restore's lock, past the others' check.
                transaction(
                    self.db, actor,
                    lambda uow: uow.audit(
                        "backup.restore_started", "backup", path.name[:64], {"path": str(path)}
                    ),
                    maintenance=True,
                )  # fmt: skip
                # PostgreSQL: the restore lock itself keeps the others from writing; MariaDB
                # (no shared named locks): the maintenance row.
                self._replace(actor, path, manifest, progress, self.db.dialect == "mysql")
        except BackupError as exc:
            self._audit_quietly(
                self.db, actor, "backup.restore_failed", path.name,
                {"path": str(path), "error": str(exc)[:500]},
            )  # fmt: skip
            raise
        counts = snap.row_counts(self.db)
        problems = [
            f"{t.name}: {counts.get(t.name)} rows, {t.rows} expected"
            for t in manifest.tables
            if counts.get(t.name) != t.rows
        ]
        self._audit(
            actor,
            "backup.restore",
            path.name,
            {
                "path": str(path),
                "backup_created_at": manifest.created_at,
                "audit_seq": manifest.audit_seq,
                "audit_hash": manifest.audit_hash,
                "safety_backup": str(safety) if safety else None,
                "problems": problems[:20],
            },
        )
        return RestoreResult(path, manifest, safety, time.perf_counter() - started, not problems,
                             problems)  # fmt: skip

    def _replace(
        self, actor: Actor, path: Path, manifest: Manifest, progress: Progress, server: bool
    ) -> None:  # server: write the maintenance row
        """The restore's copy, the other workstations in maintenance meanwhile (servers).
        A failure leaves the database as it was: the copy is one transaction."""
        try:
            if manifest.schema_revision == head_revision():
                # The checked file itself is the source: no working copy of it needed.
                marker = self._set_maintenance(actor, f"Restoring {path.name}") if server else None
                try:
                    snap.restore_rows(
                        self.db, path, progress, backup_file=True,
                        marker=(MAINTENANCE_KEY, marker) if marker else None,
                    )  # fmt: skip
                finally:
                    if server:
                        self._clear_maintenance()
            else:
                with snap.scratch_dir(_near(self.db, path)) as folder:
                    work = folder / "restore.db"
                    snap.working_copy(path, work)
                    marker = (
                        self._set_maintenance(actor, f"Restoring {path.name}") if server else None
                    )
                    try:
                        snap.restore_rows(
                            self.db, work, progress,
                            marker=(MAINTENANCE_KEY, marker) if marker else None,
                        )  # fmt: skip
                    finally:
                        if server:
                            self._clear_maintenance()
        except BackupError:
            raise
        except (OSError, DBAPIError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(getattr(exc, "orig", None) or exc)
            reason = reason.strip().splitlines()[0] if reason.strip() else type(exc).__name__
            if "space" in reason.lower() or "full" in reason.lower():
                raise BackupError(
                    "The disk is full: the restore of {path} stopped ({reason}). The database "
                    "is unchanged (a restore is all or nothing). Free some space and restore "
                    "again.",
                    path=path.name,
                    reason=reason,
                ) from exc
            raise BackupError(
                "The restore of {path} stopped: {reason}. The database is unchanged (a "
                "restore is all or nothing). Check the message, then restore again.",
                path=path.name,
                reason=reason,
            ) from exc

    # --- migrate ---------------------------------------------------------------------

    @requires(Permission.BACKUP_RESTORE)
    def migrate_to(
        self,
        actor: Actor,
        target_url: str,
        *,
        progress: Progress = no_progress,
        password_prompt: Any = None,
    ) -> MigrateResult:
        """Copy this database into an empty database on another backend (or another SQLite
        file), then check every table's rows against the source's snapshot.

        The target is marked an unfinished copy (the maintenance row, kind "migrate": no
        workstation can write to it) before the first row goes in, and the mark is removed
        only with the verified copy's audit entry. A kill or a full disk in between leaves
        it marked; a new run into it starts over."""
        from app.migrate import upgrade

        started = time.perf_counter()
        target = open_database(target_url, password_prompt=password_prompt)
        shown = strip_password(target_url)
        try:
            if _same_database(self.db, target):
                raise BackupError("The target is the database being copied")
            try:
                upgrade(target)
                _require_empty(target)
                mark = _marker_value("migrate", actor.username, f"Copy from {self.db.display_url}")
                _mark(target, mark)
                with snap.scratch_dir(_near(self.db, None)) as folder:
                    # A PostgreSQL target is verified against the COPY text sent, hashed
                    # as it goes: the snapshot needs its counts only, not its own hashes.
                    source = snap.write_snapshot(
                        self.db, folder / f"source{SUFFIX}", created_by=actor.username,
                        label="migrate", progress=progress,
                        hashes=target.dialect != "postgresql",
                    )  # fmt: skip
                    # The snapshot is at this Kuaidan's schema (the source was upgraded when
                    # it opened): its rows go to the target straight from the file.
                    sent = snap.restore_rows(
                        target, source.path, progress, backup_file=True,
                        marker=(MAINTENANCE_KEY, mark),
                    )  # fmt: skip
                    progress("verifying", 0, 1)
                    problems = self._verify_copy(target, folder, source.manifest, sent, progress)
            except (BackupError, OSError, DBAPIError, sqlite3.Error) as exc:
                error = exc if isinstance(exc, BackupError) else _copy_failed(shown, exc)
                self._audit_quietly(
                    self.db, actor, "database.migrate_failed", target.dialect,
                    {"to": shown, "error": str(error)[:500]},
                )  # fmt: skip
                if error is exc:
                    raise
                raise error from exc
            details = {
                "to": shown,
                "from": strip_password(self.db.url.render_as_string(hide_password=False)),
                "rows": source.manifest.total_rows,
                "audit_seq": source.manifest.audit_seq,
                "problems": problems[:20],
            }
            if not problems:

                def finish(uow: UnitOfWork) -> None:
                    uow.session.execute(delete(Setting).where(Setting.key == MAINTENANCE_KEY))
                    uow.audit("database.migrate_in", "database", target.dialect, details)

                transaction(target, actor, finish, maintenance=True)
            transaction(
                self.db, actor,
                lambda uow: uow.audit("database.migrate_out", "database", target.dialect, details),
            )  # fmt: skip
        finally:
            target.dispose()
        return MigrateResult(shown, source.manifest, time.perf_counter() - started, problems)

    def _verify_copy(
        self,
        target: Database,
        folder: Path,
        manifest: Manifest,
        sent: list[snap.TableSum],
        progress: Progress,
    ) -> list[str]:
        """Counts and hashes of the target against what was copied. PostgreSQL: its COPY
        text read back against the text sent (that text was read from the sealed snapshot,
        whose sums were just checked against its rows), and the counts against the
        manifest. Elsewhere: the target's rows hashed as a backup would hash them."""
        if target.dialect == "postgresql" and sent:
            found = snap.pg_copy_sums(target, progress, skip_marker=MAINTENANCE_KEY)
            problems = snap.compare_sums(sent, found)
            counts = {t.name: t.rows for t in found}
            problems += [
                f"{t.name}: {counts.get(t.name)} rows, {t.rows} expected"
                for t in manifest.tables
                if counts.get(t.name) != t.rows
            ]
            return problems
        if target.dialect == "sqlite":
            target.dispose()
        found = snap.snapshot_sums(target, folder, progress, skip_marker=MAINTENANCE_KEY)
        return snap.compare_sums(manifest.tables, found)


@contextlib.contextmanager
def _restore_lock(db: Database, username: str) -> Iterator[None]:
    """The server's session lock a restore holds while it runs (on a connection of its
    own): a second restore is refused; a maintenance row whose lock is free is an
    interrupted restore's (app/uow.py clears it). PostgreSQL: one lock for "a restore
    runs", then the lock every write unit takes in shared mode, waited for (the units
    running now finish first; new ones are refused from the moment it is requested)."""
    conn = db.write_engine.connect()
    try:
        if db.dialect == "postgresql":
            conn.execute(
                text("SELECT set_config('application_name', :name, false)"),
                {"name": (RESTORE_APP_PREFIX + username)[:63]},
            )
            got = conn.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": RESTORE_ONE_KEY}
            ).scalar()
        else:
            got = conn.execute(
                text("SELECT GET_LOCK(:name, 0)"), {"name": RESTORE_LOCK_NAME}
            ).scalar()
        conn.commit()
        if not got:
            raise BackupError(
                "Another workstation is restoring this database right now; wait until it "
                "ends, then check the data before restoring again"
            )
        if db.dialect == "postgresql":
            conn.execute(text("SET lock_timeout = '120s'"))
            try:
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": RESTORE_LOCK_KEY})
            except DBAPIError as exc:
                raise BackupError(
                    "Other workstations kept saving for two minutes, so the restore did not "
                    "start. Nothing was changed; ask them to pause and restore again."
                ) from exc
            conn.commit()
        yield
    finally:
        # Closed for real, not returned to the pool: the session locks end with it.
        with contextlib.suppress(Exception):
            conn.invalidate()
        conn.close()


def _marker_value(kind: str, by: str, message: str) -> str:
    return json.dumps(
        {"kind": kind, "by": by, "since": datetime.now(UTC).isoformat(), "message": message},
        ensure_ascii=False,
    )


def _mark(db: Database, value: str) -> None:
    """Write the maintenance row on a database nobody may use yet (a migration's target)."""

    def work(uow: UnitOfWork) -> None:
        uow.session.execute(delete(Setting).where(Setting.key == MAINTENANCE_KEY))
        uow.session.add(Setting(key=MAINTENANCE_KEY, value=value))

    transaction(db, None, work, maintenance=True)


def _copy_failed(shown: str, exc: BaseException) -> BackupError:
    """A migration stopped by the target or the disk: the source is untouched; say so."""
    reason = getattr(exc, "strerror", None) or str(getattr(exc, "orig", None) or exc)
    reason = reason.strip().splitlines()[0] if reason.strip() else type(exc).__name__
    if "space" in reason.lower() or "full" in reason.lower():
        return BackupError(
            "The disk is full: the copy to {url} stopped ({reason}). This database is "
            "unchanged; the target is marked as an unfinished copy and must not be used. "
            "Free some space, then run migrate again: it starts over.",
            url=shown,
            reason=reason,
        )
    return BackupError(
        "The copy to {url} stopped: {reason}. This database is unchanged; the target is "
        "marked as an unfinished copy and must not be used. Run migrate again: it starts "
        "over.",
        url=shown,
        reason=reason,
    )


def _is_plain(name: str) -> bool:
    """kuaidan-YYYYmmdd-HHMMSS.kdbak (or -2, -3 …): made by the schedule or `backup`."""
    stem = name.removesuffix(SUFFIX).split("-")
    return len(stem) in (3, 4) and stem[1].isdigit() and (len(stem) == 3 or stem[3].isdigit())


def _near(db: Database, path: Path | None) -> Path | None:
    """Where scratch files go: next to the live SQLite file (same disk), else the temp folder."""
    live = sqlite_path(db.url)
    if live is not None:
        return live.parent
    return path.parent if path is not None else None


def _same_database(a: Database, b: Database) -> bool:
    pa, pb = sqlite_path(a.url), sqlite_path(b.url)
    if pa is not None and pb is not None:
        return pa.resolve() == pb.resolve()
    return a.url.render_as_string(hide_password=True) == b.url.render_as_string(hide_password=True)


def _require_empty(db: Database) -> bool:
    """Refuse a target with data, unless it is an earlier migration's unfinished copy (it is
    wiped and copied again: True)."""

    def marker(uow: UnitOfWork) -> str | None:
        return uow.session.execute(
            select(Setting.value).where(Setting.key == MAINTENANCE_KEY)
        ).scalar_one_or_none()

    found = read(db, marker)
    if found:
        try:
            kind = json.loads(found).get("kind")
        except (ValueError, AttributeError):
            kind = None
        if kind == "migrate":
            log.warning("the target holds an unfinished copy: copying again")
            return True
    counts = snap.row_counts(db)
    counts["audit_head"] = 0  # the schema's own seed row
    for table, count in counts.items():
        if count:
            raise BackupError(
                "The target database is not empty ({table} has {count} rows): migrate only "
                "into a new, empty database",
                table=table,
                count=count,
            )
    return False


def find_anchor(db: Database, folder: Path | None = None) -> AuditAnchor | None:
    """The newest backup's recorded chain head, from the backup folder. Backups made before
    the last restore belong to the abandoned history and are skipped (except the one that
    was restored); deleting the restore's audit entry only brings them back as anchors."""

    def work(uow: UnitOfWork) -> tuple[datetime | None, str]:
        row = uow.session.execute(
            select(AuditLog.ts, AuditLog.entity_id)
            .where(AuditLog.entity_type == "backup", AuditLog.action == "backup.restore")
            .order_by(AuditLog.seq.desc())
            .limit(1)
        ).first()
        return (row[0], row[1]) if row else (None, "")

    restored_at, restored_name = read(db, work)
    where = folder or BackupService(db).folder()
    best: tuple[str, Path, Manifest] | None = None
    for path in where.glob(f"*{SUFFIX}") if where.is_dir() else []:
        try:
            manifest = snap.read_manifest(path)
        except BackupError:
            continue
        if (
            restored_at is not None
            and manifest.created < restored_at
            and path.name[:64] != restored_name
        ):
            continue
        if best is None or manifest.created_at > best[0]:
            best = (manifest.created_at, path, manifest)
    if best is None:
        return None
    return anchor_of(best[1], best[2])


def anchor_of(path: Path, manifest: Manifest | None = None) -> AuditAnchor:
    manifest = manifest or snap.read_manifest(path)
    return AuditAnchor(manifest.audit_seq, manifest.audit_hash, path.name, manifest.created_at)


def verify_audit_anchored(
    db: Database, anchor_file: Path | None = None, folder: Path | None = None
) -> AuditVerification:
    """verify-audit: the chain itself, then against the newest backup's recorded head (or
    the given file's)."""
    result = verify_audit(db)  # seals what waits first
    if not result.ok:
        return result
    anchor = anchor_of(anchor_file) if anchor_file else find_anchor(db, folder)
    if anchor is None:
        return result
    problem = read(db, lambda uow: check_anchor(uow.session, anchor))
    return AuditVerification(result.entries_checked, problem, anchor.source)
