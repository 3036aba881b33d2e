"""Kuaidan (快单) — start the workstation, or run a headless command with the same services.

python main.py                 start the GUI
python main.py demo            fill an empty database with demo data
python main.py --help          every command
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import logging.handlers
import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import config as app_config
from app.errors import AppError

if TYPE_CHECKING:
    from app.services import Services

# The services (SQLAlchemy, every model) are imported when a command opens them: a big
# import's parser process starts from this file and needs none of them.

log = logging.getLogger("kuaidan")

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def setup_logging(verbose: bool) -> Path:
    """Log to a rotating file in the data folder (and to stderr when verbose)."""
    log_dir = app_config.data_dir() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "kuaidan.log"
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            log_file, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
    ]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    return log_file


def _terminal_password_prompt(url: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Database password for {url}: ")


def _open(args: argparse.Namespace) -> Services:
    from app.db import strip_password
    from app.services import connect

    log.info("%s on %s", args.command, strip_password(args.db))
    return connect(args.db, password_prompt=_terminal_password_prompt)


def _read_secret(prompt: str, from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise AppError("The two passwords differ")
    return first


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args.db, language=args.lang)


def cmd_init(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        print(f"Database ready: {services.db.display_url}")
        if services.auth.needs_first_admin():
            print("No users yet: run `python main.py create-user NAME` or start the GUI.")
    finally:
        services.close()
    return EXIT_OK


def cmd_create_user(args: argparse.Namespace) -> int:
    from app.permissions import Role

    services = _open(args)
    try:
        password = _read_secret(f"Password for {args.username}: ", args.password_stdin)
        if services.auth.needs_first_admin():
            if args.role not in (None, Role.ADMIN.value):
                raise AppError("The first user must be the administrator (--role admin)")
            actor = services.auth.create_first_admin(args.username, password, args.display_name)
            print(f"Created administrator {actor.username}")
            return EXIT_OK
        if not args.admin:
            raise AppError("Users exist already: give --admin NAME to authorise as an admin")
        admin_password = (
            sys.stdin.readline().rstrip("\r\n")
            if args.password_stdin
            else getpass.getpass(f"Password of {args.admin}: ")
        )
        admin = services.auth.login(args.admin, admin_password)
        user = services.users.create_user(
            admin, args.username, password, Role(args.role or Role.REVIEWER.value),
            args.display_name,
        )  # fmt: skip
        print(f"Created {user.role.value} {user.username}")
    finally:
        services.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import DEMO_PASSWORD, DEMO_USERS, generate_demo
    from app.errors import ConflictError

    services = _open(args)
    try:
        try:
            summary = generate_demo(
                services.db, seed=args.seed, orders=args.orders, customers=args.customers,
                progress=lambda step: print(f"  … {step}", flush=True),
            )  # fmt: skip
        except ConflictError:
            # Running the quick start twice must not fail: keep the data already there.
            print("The database already has orders; demo data left as it is.")
            return EXIT_OK
        print(
            f"Demo data: {summary.orders} orders ({summary.order_lines} lines), "
            f"{summary.customers} customers, {summary.products} SKUs, "
            f"{summary.warehouses} warehouses, {summary.shipments} shipments."
        )
        names = ", ".join(u for u, _, _ in DEMO_USERS)
        print(f"Demo users: {names} — password {DEMO_PASSWORD}")
    finally:
        services.close()
    return EXIT_OK


def cmd_check_db(args: argparse.Namespace) -> int:
    from app.integrity import check_database
    from app.inventory import repair_balances

    services = _open(args)
    repaired: list[str] = []
    try:
        if args.repair:
            # The command line repairs as "system"; every correction is in the audit log.
            result = repair_balances(services.db, None)
            repaired = [
                f"SKU {d.sku} in {d.warehouse_code}: {d.field} {d.balance} → {d.ledger}"
                for d in result.corrected
            ]
            repaired += [
                f"NOT REPAIRED: SKU {d.sku} in {d.warehouse_code}: {d.field} ({reason})"
                for d, reason in result.failed
            ]
        report = check_database(services.db)
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "problems": report.problem_count,
                    "repaired": repaired,
                    "checks": [
                        {
                            "name": c.name,
                            "ok": c.ok,
                            "count": c.problem_count,
                            "problems": c.problems,
                        }
                        for c in report.checks
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        if args.repair:
            print(f"Stock balances set back to their ledger: {len(repaired)}")
            for line in repaired:
                print(f"    {line}")
        for check in report.checks:
            print(f"[{'ok' if check.ok else 'FAIL'}] {check.name}")
            for problem in check.problems:
                print(f"    {problem}")
            if check.problem_count > len(check.problems):
                print(f"    … and {check.problem_count - len(check.problems)} more")
        print(f"{report.problem_count} problem(s) found")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _command_line_actor(args: argparse.Namespace, services: Services, role: Any = None) -> Any:
    """`--user NAME` logs in (password from the terminal or stdin); without it the command
    runs as the command-line operator with the role the command needs (`role`; warehouse by
    default). Whoever can run this command already holds the database's credentials, so the
    login adds no protection, only a name in the audit log."""
    from app.permissions import Actor, Role

    if args.user:
        password = (
            sys.stdin.readline().rstrip("\r\n")
            if args.password_stdin
            else getpass.getpass(f"Password of {args.user}: ")
        )
        return services.auth.login(args.user, password)
    return Actor(user_id=0, username="command-line", role=role or Role.WAREHOUSE)


def cmd_documents(args: argparse.Namespace) -> int:
    from app.printing import LABEL_SHEETS, LABEL_SIZES, DocumentKind

    kind = DocumentKind(args.kind)
    if args.zpl and kind is not DocumentKind.LABEL:
        raise AppError("--zpl is for labels only")
    order_nos = list(args.order or [])
    if args.order_file:
        text = Path(args.order_file).read_text(encoding="utf-8-sig")
        order_nos += [line.strip() for line in text.splitlines() if line.strip()]
    services = _open(args)
    try:
        actor = _command_line_actor(args, services)
        docs = services.documents
        if kind is DocumentKind.LABEL:
            result = docs.labels(
                actor, order_nos, args.out, size=LABEL_SIZES[args.size],
                sheet=LABEL_SHEETS[args.sheet], zpl=args.zpl, reprint_reason=args.reprint_reason,
            )  # fmt: skip
        elif kind is DocumentKind.INVOICE:
            result = docs.invoices(actor, order_nos, args.out)
        elif kind is DocumentKind.PACKING_SLIP:
            result = docs.packing_slips(actor, order_nos, args.out)
        else:
            result = docs.pick_list(actor, order_nos, args.out)
    finally:
        services.close()
    for item in result.items:
        detail = ", ".join(item.tracking_nos) if item.ok else item.reason
        print(f"{'ok' if item.ok else 'FAILED':6} {item.key}  {detail}".rstrip())
    if result.path:
        unit = "label(s)" if args.zpl else "page(s)"
        print(f"{result.pages} {unit} written to {result.path}")
    else:
        print("Nothing written")
    if not result.failed:
        return EXIT_OK
    print(f"{len(result.failed)} of {len(result.items)} failed", file=sys.stderr)
    return EXIT_PROBLEMS if result.path else EXIT_ERROR


def _import_progress() -> Any:
    """A progress line on the terminal (none when stderr is a file or a pipe)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r  {done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from app.importing.errors import ImportFileError
    from app.permissions import Role

    services = _open(args)
    try:
        actor = _command_line_actor(args, services, Role.REVIEWER)
        run = services.importing.dry_run if args.dry_run else services.importing.run
        try:
            result = run(
                actor, args.file, format=args.format, channel=args.channel,
                second_file=args.second_file, progress=_import_progress(),
            )  # fmt: skip
        except ImportFileError as exc:
            if args.json:  # the file could not be read at all: still one JSON object
                print(json.dumps({"error": str(exc), "code": exc.code}, ensure_ascii=False))
            raise
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
        if args.errors and result.rows_failed:
            services.importing.error_workbook(actor, result, args.errors)
    finally:
        services.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return EXIT_OK
    verb = "would create" if result.dry_run else "created"
    print(f"{result.file_name}: format {result.format}, channel {result.channel}, "
          f"{result.rows_read:,} rows read")  # fmt: skip
    if result.resumed_from_row:
        print(f"Continued the interrupted import (batch {result.batch_id}) after row "
              f"{result.resumed_from_row:,}")  # fmt: skip
    print(f"Orders {verb}: {result.orders_created:,} ({result.lines_created:,} lines); "
          f"already imported: {result.duplicates_skipped:,}")  # fmt: skip
    if result.orders_held:
        print(f"Held by the review rules: {result.orders_held:,}")
    if result.unknown_skus:
        shown = ", ".join(result.unknown_skus[:10])
        more = (
            f" … and {len(result.unknown_skus) - 10} more" if len(result.unknown_skus) > 10 else ""
        )
        print(f"SKUs not in the catalogue: {shown}{more}")
    print(f"Rows not imported: {len(result.rows_failed):,}")
    for error in result.rows_failed[:50]:
        where = f"{error.file} " if error.file else ""
        print(f"  {where}row {error.row}  {error.column or '-'}  {error.code}: {error.message}")
    if len(result.rows_failed) > 50:
        print(f"  … {len(result.rows_failed) - 50:,} more (--errors FILE.xlsx writes them all)")
    if args.errors and result.rows_failed:
        print(f"Bad rows written to {args.errors}")
    if result.cancelled:
        print("Cancelled")
    if result.batch_id is not None:
        print(f"Import batch {result.batch_id}")
    return EXIT_OK


def _day(value: str | None, end: bool = False) -> Any:
    """A YYYY-MM-DD day in the workstation's time zone (the end of the day for --to)."""
    from datetime import datetime, timedelta

    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").astimezone()
    except ValueError as exc:
        raise AppError("Dates are written YYYY-MM-DD, not {value}", value=value) from exc
    return day + timedelta(days=1) if end else day


def cmd_export(args: argparse.Namespace) -> int:
    from app.order_queries import OrderFilter
    from app.permissions import Role
    from app.states import OrderStatus

    services = _open(args)
    try:
        actor = _command_line_actor(args, services, Role.ANALYST)
        exports = services.exports
        if args.what == "orders":
            if args.format != "xlsx":
                raise AppError("Orders are exported as xlsx (--format xlsx)")
            on_hold = True if args.on_hold else False if args.not_on_hold else None
            flt = OrderFilter(
                statuses=tuple(OrderStatus(s) for s in args.status or ()), on_hold=on_hold,
                channel=args.channel or "", date_from=_day(args.date_from),
                date_to=_day(args.date_to, end=True), text=args.search or "",
            )  # fmt: skip
            columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
            result = exports.export_orders(actor, args.out, columns=columns, flt=flt)
        else:
            result = exports.export_shipping(
                actor, args.out, args.format, channel=args.channel,
                shipped_from=_day(args.date_from), shipped_to=_day(args.date_to, end=True),
            )  # fmt: skip
    finally:
        services.close()
    print(f"{result.rows:,} row(s) written to {result.path}")
    return EXIT_OK


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from app.backup_service import verify_audit_anchored

    services = _open(args)
    try:
        anchor = Path(args.anchor) if args.anchor else None
        result = verify_audit_anchored(services.db, anchor)
    finally:
        services.close()
    if result.ok:
        print(f"Audit chain intact: {result.entries_checked} entries verified")
        if result.anchor:
            print(f"  and it still holds the head recorded by the backup {result.anchor}")
        else:
            print("  (no backup to check it against yet: run `backup`)")
        return EXIT_OK
    assert result.problem is not None
    print(f"AUDIT CHAIN BROKEN after {result.entries_checked} good entries:")
    print(f"  {result.problem.message}")
    return EXIT_PROBLEMS


def _job_progress(args: argparse.Namespace) -> Any:
    """A progress line on the terminal for backup, restore and migrate (none when stderr is
    not a terminal or --json is given)."""
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return lambda step, done, total: None

    def show(step: str, done: int, total: int) -> None:
        part = f"{done}/{total}" if total else ""
        print(f"\r  {step} {part}".ljust(40), end="", file=sys.stderr, flush=True)

    return show


def _end_progress(args: argparse.Namespace) -> None:
    if not getattr(args, "json", False) and sys.stderr.isatty():
        print(file=sys.stderr)


def _backup_actor(args: argparse.Namespace, services: Services) -> Any:
    from app.permissions import Role

    return _command_line_actor(args, services, Role.ADMIN)


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        actor = _backup_actor(args, services)
        try:
            result = services.backups.create(
                actor, Path(args.out) if args.out else None, progress=_job_progress(args),
                rotate=args.out is None,
            )  # fmt: skip
        finally:
            _end_progress(args)
    finally:
        services.close()
    manifest = result.manifest
    if args.json:
        print(json.dumps({
            "ok": True, "path": str(result.path), "bytes": result.size_bytes,
            "seconds": round(result.seconds, 2), "manifest": manifest.to_json(),
        }, ensure_ascii=False))  # fmt: skip
        return EXIT_OK
    print(f"Backup written: {result.path}")
    print(f"  {manifest.total_rows:,} rows in {len(manifest.tables)} tables, "
          f"{result.size_bytes / 1e6:.1f} MB, {result.seconds:.1f} s; "
          f"audit chain head seq {manifest.audit_seq}")  # fmt: skip
    return EXIT_OK


def cmd_verify_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        actor = _backup_actor(args, services)
        try:
            report = services.backups.verify(actor, Path(args.file), _job_progress(args))
        except AppError as exc:
            if args.json:
                print(json.dumps({"ok": False, "error": str(exc), "code": exc.code},
                                 ensure_ascii=False))  # fmt: skip
                return EXIT_PROBLEMS
            raise
        finally:
            _end_progress(args)
    finally:
        services.close()
    if args.json:
        print(json.dumps({
            "ok": report.ok, "path": str(report.path), "seconds": round(report.seconds, 2),
            "checks": [{"name": n, "ok": ok} for n, ok in report.checks],
            "problems": report.problems, "manifest": report.manifest.to_json(),
        }, ensure_ascii=False))  # fmt: skip
    else:
        m = report.manifest
        print(f"{report.path}: made {m.created_at} by {m.created_by} from {m.source_kind} "
              f"({m.source_url}), schema {m.schema_revision}, {m.total_rows:,} rows")  # fmt: skip
        for name, ok in report.checks:
            print(f"[{'ok' if ok else 'FAIL'}] {name}")
        for problem in report.problems:
            print(f"    {problem}")
        print("Backup verified" if report.ok else "BACKUP HAS PROBLEMS")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup import read_manifest
    from app.backup_service import RESTORE_CONFIRMATION

    path = Path(args.file)
    manifest = read_manifest(path)  # refuse a bad file before touching anything
    if not args.yes:
        if not sys.stdin.isatty():
            raise AppError("Restoring replaces the whole database: give --yes to confirm")
        print(f"Restore {path} (made {manifest.created_at} by {manifest.created_by}, "
              f"{manifest.total_rows:,} rows)? The current database is backed up first, "
              "then replaced.")  # fmt: skip
        answer = input(f"Type {RESTORE_CONFIRMATION} to continue: ")
        if answer.strip() != RESTORE_CONFIRMATION:
            print("Not restored")
            return EXIT_ERROR
    services = _open(args)
    try:
        actor = _backup_actor(args, services)
        note = services.backups.interrupted_restore(actor)
        if note is not None and not args.json:
            print(note, file=sys.stderr)
        try:
            result = services.backups.restore(
                actor, path, confirmation=RESTORE_CONFIRMATION, progress=_job_progress(args)
            )
        finally:
            _end_progress(args)
    finally:
        services.close()
    if args.json:
        print(json.dumps({
            "ok": result.counts_ok, "path": str(result.path),
            "safety_backup": str(result.safety_backup) if result.safety_backup else None,
            "seconds": round(result.seconds, 2), "problems": result.problems,
        }, ensure_ascii=False))  # fmt: skip
    else:
        print(f"Restored {result.path} ({result.seconds:.1f} s)")
        if result.safety_backup:
            print(f"The database as it was before: {result.safety_backup}")
        for problem in result.problems:
            print(f"    {problem}")
        print("Every workstation must restart Kuaidan (or log in again) to see the restored data.")
    return EXIT_OK if result.counts_ok else EXIT_PROBLEMS


def cmd_migrate(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        actor = _backup_actor(args, services)
        try:
            result = services.backups.migrate_to(
                actor, args.to, progress=_job_progress(args),
                password_prompt=_terminal_password_prompt,
            )  # fmt: skip
        finally:
            _end_progress(args)
    finally:
        services.close()
    if result.ok and args.use:
        config = app_config.load_config()
        app_config.save_config(app_config.Config(args.to, config.language))
    if args.json:
        print(json.dumps({
            "ok": result.ok, "to": result.target_url, "rows": result.manifest.total_rows,
            "seconds": round(result.seconds, 2), "problems": result.problems,
        }, ensure_ascii=False))  # fmt: skip
    elif result.ok:
        print(f"Copied {result.manifest.total_rows:,} rows to {result.target_url} and verified "
              f"every table ({result.seconds:.1f} s)")  # fmt: skip
        if args.use:
            print("This workstation now uses it.")
        else:
            print(f"Point the workstations at it: Settings → This workstation, or "
                  f"`python main.py --db {result.target_url}`; --use does it here.")  # fmt: skip
    else:
        print("THE COPY DIFFERS FROM THE SOURCE; do not use it:")
        for problem in result.problems:
            print(f"    {problem}")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _mail_report(args: argparse.Namespace, services: Services, actor: Any, **done: Any) -> int:
    """Print what a mail command did and what still waits; exit 1 if a mail failed (it stays
    in the outbox and is tried again later)."""
    status = services.mail.status(actor)
    result = done.pop("result")
    report = {
        **done, "sent": result.sent, "failed": result.failed, "skipped": result.skipped,
        "pending": status.pending, "failed_for_good": status.failed,
        "last_error": status.last_error, "attempts": status.last_error_attempts,
    }  # fmt: skip
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for key, value in report.items():
            if value not in ("", None):
                print(f"{key.replace('_', ' ')}: {value}")
    return EXIT_PROBLEMS if result.failed else EXIT_OK


def _mail_services(args: argparse.Namespace) -> tuple[Services, Any]:
    from app.permissions import Role
    from ui.mail_words import use_catalogues  # QtCore only: the mail's words, no display

    services = _open(args)
    use_catalogues(services)
    return services, _command_line_actor(args, services, Role.SUPERVISOR)


def cmd_send_alerts(args: argparse.Namespace) -> int:
    services, actor = _mail_services(args)
    try:
        opened = 0 if args.no_scan else services.exceptions.scan(actor).total_opened
        run = services.mail.run(actor)
        return _mail_report(
            args, services, actor, exceptions_opened=opened, alerts_queued=run.alerts_queued,
            digest_queued=run.digest_queued, result=run.result,
        )  # fmt: skip
    finally:
        services.close()


def cmd_digest(args: argparse.Namespace) -> int:
    services, actor = _mail_services(args)
    try:
        queued = services.mail.queue_digest(actor, force=True)
        result = services.mail.send_due(actor)
        return _mail_report(args, services, actor, digest_queued=queued, result=result)
    finally:
        services.close()


def _common_options(default: Any) -> argparse.ArgumentParser:
    """--db and -v, given before the command or after it. The commands' copies default to
    SUPPRESS: argparse writes a sub-parser's defaults over what the main parser parsed, so a
    default there would silently replace `--db URL` given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL, e.g. postgresql://user@host/kuaidan or mysql://user@host/kuaidan "
        "(default: the embedded SQLite file in the data folder)",
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="log to the terminal too"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuaidan",
        formatter_class=_HelpFormatter,
        description="Kuaidan (快单) order-processing workstation.",
        epilog="Without a COMMAND the GUI starts. Every command takes --db URL.",
        parents=[_common_options(None)],
    )
    parser.set_defaults(verbose=False)
    command_options = _common_options(argparse.SUPPRESS)
    parser.add_argument("--lang", choices=app_config.SUPPORTED_LANGUAGES, help="GUI language")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands (none: start the GUI)"
    )

    def add(
        name: str, func: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name, parents=[command_options], help=text, description=text,
            formatter_class=_HelpFormatter,
        )  # fmt: skip
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "create or upgrade the database schema")
    p = add("create-user", cmd_create_user, "create a user (the first one is the administrator)")
    p.add_argument("username")
    p.add_argument(
        "--role",
        choices=["admin", "supervisor", "reviewer", "warehouse", "customer_service", "analyst"],
    )
    p.add_argument("--display-name", default="")
    p.add_argument("--admin", metavar="NAME", help="an administrator who authorises the creation")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new password (then the admin's) from standard input, one per line",
    )
    p = add("demo", cmd_demo, "fill an empty database with realistic demo data")
    p.add_argument("--seed", type=int, default=42, help="random seed (same seed, same data)")
    p.add_argument("--orders", type=int, default=20_000)
    p.add_argument("--customers", type=int, default=1_000)
    p = add("check-db", cmd_check_db, "check integrity and invariants (stock ledger, audit, ...)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--repair",
        action="store_true",
        help="first set every stock balance that differs from its ledger back to the ledger "
        "(audited as system), then check",
    )
    p = add(
        "verify-audit",
        cmd_verify_audit,
        "verify the audit log's hash chain, and that it still holds the head the newest "
        "backup recorded",
    )
    p.add_argument(
        "--anchor", metavar="FILE", help="check against this backup's recorded head instead"
    )
    p = add(
        "documents",
        cmd_documents,
        "write shipping labels, invoices, packing slips or a pick list for orders to a PDF",
    )
    p.add_argument("kind", choices=["label", "invoice", "packing-slip", "pick-list"])
    p.add_argument("--order", action="append", metavar="NO", help="an order number (repeatable)")
    p.add_argument("--order-file", metavar="FILE", help="a text file with one order number a line")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF (or ZPL) to write")
    p.add_argument(
        "--size", choices=["100x150", "100x180", "76x130"], default="100x150",
        help="label size in mm (default 100x150)",
    )  # fmt: skip
    p.add_argument(
        "--sheet", choices=["roll", "a4-1", "a4-4"], default="roll",
        help="label paper: a label roll (default), A4 with one or four labels a page",
    )  # fmt: skip
    p.add_argument("--zpl", action="store_true", help="labels as raw ZPL for a thermal printer")
    p.add_argument("--reprint-reason", metavar="TEXT", help="reprint labels printed before")
    p.add_argument("--user", metavar="NAME", help="act as this user (asks the password)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the --user password from stdin"
    )
    p = add(
        "import",
        cmd_import,
        "import an order file from a shop platform (or our template); a file imported before "
        "adds only what is new, an interrupted import continues",
    )
    p.add_argument("file", help="the order file (.xlsx, .xls, .csv, .txt)")
    p.add_argument(
        "--format",
        default="auto",
        metavar="NAME",
        help="the file's format: auto (default), {import_formats}",
    )
    p.add_argument("--channel", metavar="NAME", help="the shop channel (default: the format's)")
    p.add_argument(
        "--second-file", metavar="FILE", help="the items file of a two-file export (Taobao, Etsy)"
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--errors",
        metavar="FILE.xlsx",
        help="write the rows not imported, with their reasons, to a workbook",
    )
    p.add_argument("--user", metavar="NAME", help="act as this user (asks the password)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the --user password from stdin"
    )
    p = add(
        "export",
        cmd_export,
        "export orders to a workbook, or the tracking numbers of shipped orders in a "
        "platform's bulk-shipping upload file",
    )
    p.add_argument("what", choices=["orders", "shipping"])
    p.add_argument(
        "--format",
        required=True,
        metavar="NAME",
        help="orders: xlsx; shipping: {shipping_formats}",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--channel", metavar="NAME", help="only this channel's orders")
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help="orders: ordered on or after; shipping: shipped on or after",
    )
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="… up to this day")
    p.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help="orders in this state (repeatable), e.g. pending_review",
    )
    p.add_argument("--search", metavar="TEXT", help="orders the search box would find")
    p.add_argument("--on-hold", action="store_true", help="only orders on hold")
    p.add_argument("--not-on-hold", action="store_true", help="only orders not on hold")
    p.add_argument("--columns", metavar="A,B,…", help="orders: the columns, of {order_columns}")
    p.add_argument("--user", metavar="NAME", help="act as this user (asks the password)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the --user password from stdin"
    )
    p = add("backup", cmd_backup, "back up the database into one file (any backend)")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="the backup file (default: a new file in the backup folder, old ones rotated)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add(
        "verify-backup",
        cmd_verify_backup,
        "check a backup file: restore it into a temporary database and check it there",
    )
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add(
        "restore",
        cmd_restore,
        "replace the database with a backup (the current database is backed up first)",
    )
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add(
        "migrate",
        cmd_migrate,
        "copy this database into an empty database on another backend, then verify it",
    )
    p.add_argument("--to", required=True, metavar="URL", help="the empty target database")
    p.add_argument(
        "--use", action="store_true", help="afterwards, point this workstation at the target"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add(
        "send-alerts",
        cmd_send_alerts,
        "look for exceptions, queue the e-mail alerts (and the daily digest when its time has "
        "come) and send what the outbox holds; for a scheduled task on a server",
    )
    p.add_argument("--no-scan", action="store_true", help="do not look for new exceptions first")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add(
        "digest",
        cmd_digest,
        "queue today's exception digest now (once a day, whatever the time) and send the outbox",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    for p in (
        sub.choices[n]
        for n in ("backup", "verify-backup", "restore", "migrate", "send-alerts", "digest")
    ):
        p.add_argument("--user", metavar="NAME", help="act as this user (asks the password)")
        p.add_argument(
            "--password-stdin", action="store_true", help="read the --user password from stdin"
        )
    return parser


class _HelpFormatter(argparse.HelpFormatter):
    """Fills the lists of formats and columns into a help text only when help is shown:
    listing them imports the import and export code, which the GUI start does without."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        for key, listed in (
            ("{import_formats}", _import_formats),
            ("{shipping_formats}", _shipping_formats),
            ("{order_columns}", _order_columns),
        ):
            if text and key in text:
                text = text.replace(key, ", ".join(listed()))
        return text


def _import_formats() -> list[str]:
    from app.importing.formats import PRESETS

    return [p.name for p in PRESETS.values() if p.standalone and not p.hidden]


def _shipping_formats() -> list[str]:
    from app.importing.export import SHIPPING_FORMATS

    return list(SHIPPING_FORMATS)


def _order_columns() -> list[str]:
    from app.importing.exports import ORDER_COLUMNS

    return list(ORDER_COLUMNS)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
    args.db = args.db or app_config.load_config().effective_url()
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except AppError as exc:
        log.warning("command failed: %s", exc)
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    # A frozen (PyInstaller) build starts the import's parser process through this file.
    multiprocessing.freeze_support()
    sys.exit(main())
