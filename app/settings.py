"""Shared settings: one typed registry, values stored as JSON in the database.

Settings that must hold on every workstation (lockout policy, idle lock, thresholds) live in
the database; per-PC choices (language, database URL) live in app.config.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFound, ValidationError
from app.permissions import Actor, Permission, public, requires
from app.uow import UnitOfWork, read, transaction
from models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type
    label: str  # English; the UI translates it
    minimum: int | None = None
    maximum: int | None = None
    # Extra rule for a text value (raises ValidationError); the value is stored as typed.
    check: Callable[[str], None] | None = None

    def coerce(self, value: Any) -> Any:
        if self.kind is bool:
            if isinstance(value, bool):
                return value
            raise ValidationError("{label}: expected yes or no", field=self.key, label=self.label)
        if self.kind is int:
            try:
                number = int(value)
            except (TypeError, ValueError) as exc:
                raise ValidationError(
                    "{label}: not a whole number", field=self.key, label=self.label
                ) from exc
            if isinstance(value, float) and value != number:
                raise ValidationError(
                    "{label}: not a whole number", field=self.key, label=self.label
                )
            if self.minimum is not None and number < self.minimum:
                raise ValidationError(
                    "{label}: at least {minimum}",
                    field=self.key,
                    label=self.label,
                    minimum=self.minimum,
                )
            if self.maximum is not None and number > self.maximum:
                raise ValidationError(
                    "{label}: at most {maximum}",
                    field=self.key,
                    label=self.label,
                    maximum=self.maximum,
                )
            return number
        if self.kind is str:
            if not isinstance(value, str):
                raise ValidationError("{label}: expected text", field=self.key, label=self.label)
            if self.check is not None:
                self.check(value.strip())
            return value.strip()
        raise AssertionError(f"unsupported setting kind {self.kind}")


MAIL_SECURITY = ("none", "starttls", "ssl")

REGISTRY: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("security.lockout_threshold", 5, int, "Failed logins before lockout", 1, 100),
        SettingSpec("security.lockout_minutes", 15, int, "Lockout duration (minutes)", 1, 1440),
        SettingSpec(
            "security.idle_lock_minutes", 15, int, "Idle auto-lock (minutes, 0 = off)", 0, 480
        ),
        SettingSpec(
            "security.password_expiry_days",
            0,
            int,
            "Passwords expire after (days, 0 = never)",
            0,
            3650,
        ),
        SettingSpec("company.name", "快单示范店", str, "Company name"),
        SettingSpec("company.address", "", str, "Company address"),
        SettingSpec("company.phone", "", str, "Company phone"),
        SettingSpec("orders.number_prefix", "KD", str, "Order number prefix"),
        SettingSpec(
            "orders.auto_approve", False, bool, "Approve orders that pass every review rule"
        ),
        SettingSpec(
            "orders.auto_confirm", False, bool, "Confirm auto-approved orders when in stock"
        ),
        SettingSpec("orders.default_carrier", "", str, "Default carrier code on confirmation"),
        # Empty: the built-in list, which the UI shows in the user's language.
        SettingSpec(
            "orders.return_reasons",
            "",
            str,
            "Reasons offered when returning an order (separate with ;)",
        ),
        SettingSpec(
            "inventory.allow_split", False, bool, "Allow splitting an order across warehouses"
        ),
        # Ticket SLA: hours from creation to the due time, per priority (up to 30 days).
        SettingSpec("service.sla_hours.urgent", 2, int, "Ticket SLA, urgent (hours)", 1, 720),
        SettingSpec("service.sla_hours.high", 8, int, "Ticket SLA, high (hours)", 1, 720),
        SettingSpec("service.sla_hours.normal", 24, int, "Ticket SLA, normal (hours)", 1, 720),
        SettingSpec("service.sla_hours.low", 72, int, "Ticket SLA, low (hours)", 1, 720),
        SettingSpec("company.tax_id", "", str, "Company tax ID (on invoices)"),
        SettingSpec("invoice.tax_rate_percent", 13, int, "Invoice tax rate (%)", 0, 99),
        SettingSpec(
            "logistics.default_carrier", "", str, "Default carrier code (labels without a parcel)"
        ),
        SettingSpec("logistics.stale_days", 3, int, "Parcel without movement after (days)", 1, 60),
        SettingSpec(
            "reports.ship_within_hours", 48, int, "Ship-by promise (hours after payment)", 1, 720
        ),
        SettingSpec(
            "logistics.stale_days_by_carrier",
            "",
            str,
            "Days without movement per carrier (e.g. EMS=5, SF=2)",
            check=lambda text: check_days_by_carrier(text),
        ),
        SettingSpec(
            "logistics.pool_low_warning",
            200,
            int,
            "Warn below this many tracking numbers left",
            0,
            1_000_000,
        ),
        SettingSpec("logistics.privacy_labels", False, bool, "Mask phone numbers on labels"),
        SettingSpec(
            "fulfilment.label_folder",
            "",
            str,
            "Folder for pack-station labels (empty: the data folder's labels)",
        ),
        SettingSpec(
            "fulfilment.label_printer",
            "",
            str,
            "Printer for pack-station labels (empty: save only; default: the system printer)",
        ),
        SettingSpec("fulfilment.weight_check", False, bool, "Weigh parcels at the pack station"),
        SettingSpec(
            "fulfilment.weight_tolerance_percent",
            10,
            int,
            "Pack-station weight tolerance (%)",
            1,
            100,
        ),
        # Money and the order's end (app/payments).
        SettingSpec(
            "orders.unpaid_cancel_hours",
            72,
            int,
            "Cancel unpaid orders after (hours, 0 = never)",
            0,
            8760,
        ),
        SettingSpec(
            "orders.complete_after_days", 7, int, "Complete delivered orders after (days)", 1, 365
        ),
        SettingSpec(
            "aftersales.window_after_completion_days",
            15,
            int,
            "After-sales may still open after completion for (days)",
            0,
            365,
        ),
        # Whole yuan: a refund whose case (or payment) would then have more refunded than
        # this needs APPROVE_LARGE_REFUND (supervisor or admin).
        # Scheduled backups (app/backup_service.py); 0 hours: no schedule.
        SettingSpec("backup.cycle_hours", 24, int, "Backup cycle (hours, 0 = off)", 0, 24 * 30),
        SettingSpec("backup.keep", 14, int, "Backups to keep", 1, 1000),
        SettingSpec("backup.folder", "", str, "Backup folder (empty: the data folder's backups)"),
        SettingSpec(
            "backup.workstation",
            "",
            str,
            "Workstation that makes the scheduled backups (computer name; empty: this one on "
            "SQLite, none on a server)",
        ),
        # Abnormal-order monitoring (app/exceptions.py): 0 hours or "no" switches a rule off.
        SettingSpec(
            "exceptions.pending_review_hours",
            2,
            int,
            "Alert: pending review over (hours, 0 = off)",
            0,
            720,
        ),
        SettingSpec(
            "exceptions.unconfirmed_hours",
            4,
            int,
            "Alert: approved, not confirmed over (hours, 0 = off)",
            0,
            720,
        ),
        SettingSpec(
            "exceptions.unpaid_hours", 24, int, "Alert: unpaid over (hours, 0 = off)", 0, 8760
        ),
        SettingSpec(
            "exceptions.not_shipped", True, bool, "Alert: not shipped by the ship-by promise"
        ),
        SettingSpec(
            "exceptions.no_movement", True, bool, "Alert: parcels without tracking movement"
        ),
        SettingSpec(
            "exceptions.out_of_stock", True, bool, "Alert: out of stock blocks confirmation"
        ),
        SettingSpec("exceptions.payment_mismatch", True, bool, "Alert: payment mismatch"),
        SettingSpec("exceptions.ticket_overdue", True, bool, "Alert: tickets past their SLA"),
        SettingSpec(
            "exceptions.case_overdue_days",
            7,
            int,
            "Alert: after-sales cases open over (days, 0 = off)",
            0,
            365,
        ),
        SettingSpec(
            "exceptions.logistics",
            True,
            bool,
            "Alert: parcels lost, damaged, returned, address problem or delayed",
        ),
        # E-mail alerts (app/alert_mail.py); no server: no mail. The password is kept in the
        # keyring of each workstation that sends, never here.
        SettingSpec("mail.server", "", str, "SMTP server (empty = no e-mail)"),
        SettingSpec("mail.port", 587, int, "SMTP port", 1, 65535),
        SettingSpec(
            "mail.security",
            "starttls",
            str,
            "Encryption",
            check=lambda text: check_choice(text, MAIL_SECURITY, "mail.security"),
        ),
        SettingSpec("mail.user", "", str, "SMTP user name (empty = no login)"),
        SettingSpec(
            "mail.sender",
            "",
            str,
            "From address",
            check=lambda text: check_addresses(text, "mail.sender", single=True),
        ),
        SettingSpec(
            "mail.recipients",
            "",
            str,
            "Recipients (separate with ,)",
            check=lambda text: check_addresses(text, "mail.recipients"),
        ),
        SettingSpec("mail.instant", True, bool, "E-mail each new exception"),
        # Kind codes of app/exceptions.py separated by commas; empty: every kind.
        SettingSpec(
            "mail.kinds",
            "",
            str,
            "Kinds to e-mail",
            check=lambda text: check_kind_list(text),
        ),
        SettingSpec(
            "mail.min_severity",
            "warning",
            str,
            "Lowest severity to e-mail",
            check=lambda text: check_choice(text, ("warning", "critical"), "mail.min_severity"),
        ),
        SettingSpec(
            "mail.digest_time",
            "08:00",
            str,
            "Daily digest at (HH:MM, empty = none)",
            check=lambda text: check_clock_time(text),
        ),
        SettingSpec(
            "mail.language",
            "zh_CN",
            str,
            "Language of the e-mails",
            check=lambda text: check_choice(text, ("zh_CN", "zh_TW", "en"), "mail.language"),
        ),
        SettingSpec(
            "aftersales.refund_supervisor_threshold",
            500,
            int,
            "Refunds above this amount need a supervisor (yuan)",
            0,
            10_000_000,
        ),
    )
}


def parse_days_by_carrier(text: str, *, strict: bool = False) -> dict[str, int]:
    """ "EMS=5, SF=2" → {"EMS": 5, "SF": 2}. Lenient reads skip bad parts; strict refuses them."""
    days: dict[str, int] = {}
    for part in text.replace("，", ",").replace(";", ",").split(","):
        if not part.strip():
            continue
        code, sep, value = part.partition("=")
        code = code.strip().upper()
        try:
            number = int(value.strip())
        except ValueError:
            number = 0
        if not sep or not code or not 1 <= number <= 60:
            if strict:
                raise ValidationError(
                    "Write each carrier as CODE=days (1-60), separated by commas: {part}",
                    field="logistics.stale_days_by_carrier",
                    part=part.strip(),
                )
            continue
        days[code] = number
    return days


def parse_reason_list(text: str) -> tuple[str, ...]:
    """ "Wrong address; 电话错误" → ("Wrong address", "电话错误"): a preset list kept in one
    text setting (either semicolon or a new line separates)."""
    parts = text.replace("；", ";").replace("\n", ";").split(";")
    seen: dict[str, None] = {}
    for part in parts:
        if part.strip():
            seen.setdefault(part.strip(), None)
    return tuple(seen)


def check_days_by_carrier(text: str) -> None:
    parse_days_by_carrier(text, strict=True)


_ADDRESS = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")


def check_choice(text: str, choices: tuple[str, ...], key: str) -> None:
    if text not in choices:
        raise ValidationError("Choose one of {choices}", field=key, choices=", ".join(choices))


def parse_list(text: str) -> list[str]:
    """ "a@x.cn, b@y.cn；c@z.cn" → the three (commas, semicolons or new lines separate)."""
    for sep in ("，", "；", ";", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def check_addresses(text: str, key: str, *, single: bool = False) -> None:
    parts = parse_list(text)
    if single and len(parts) > 1:
        raise ValidationError("Enter one e-mail address", field=key)
    for part in parts:
        if not _ADDRESS.fullmatch(part):
            raise ValidationError("Not an e-mail address: {address}", field=key, address=part)


def check_kind_list(text: str) -> None:
    from app.exceptions import Kind  # it reads settings: imported when a value is checked

    kinds = {kind.value for kind in Kind}
    for part in parse_list(text):
        if part not in kinds:
            raise ValidationError("Unknown exception kind: {kind}", field="mail.kinds", kind=part)


def check_clock_time(text: str) -> None:
    """ "" or HH:MM (00:00-23:59)."""
    if not text:
        return
    hours, sep, minutes = text.partition(":")
    if not (
        sep
        and hours.isdigit()
        and minutes.isdigit()
        and len(minutes) == 2
        and 0 <= int(hours) <= 23
        and 0 <= int(minutes) <= 59
    ):
        raise ValidationError("Write the time as HH:MM, e.g. 08:30", field="mail.digest_time")


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    default: Any
    label: str


@dataclass(frozen=True)
class SecurityPolicy:
    lockout_threshold: int
    lockout_minutes: int
    idle_lock_minutes: int


_READ_SETTING = select(Setting.value).where(Setting.key == bindparam("setting_key"))  # built once


def read_setting(session: Session, key: str) -> Any:
    """A setting's value inside a service's own transaction (no permission: internal use)."""
    spec = REGISTRY.get(key)
    if spec is None:
        raise NotFound("Unknown setting {key}", key=key)
    raw = session.execute(_READ_SETTING, {"setting_key": key}).scalar_one_or_none()
    if raw is None:
        return spec.default
    try:
        return spec.coerce(json.loads(raw))
    except (ValueError, ValidationError):
        return spec.default  # a hand-damaged value must not lock everyone out


def read_settings(session: Session, prefix: str) -> dict[str, Any]:
    """Every setting whose key starts with `prefix`, in one query (a background job that
    runs every minute on every workstation reads its dozen settings at once)."""
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
        ).all()
    )
    values: dict[str, Any] = {}
    for key, spec in REGISTRY.items():
        if not key.startswith(prefix):
            continue
        raw = stored.get(key)
        try:
            values[key] = spec.default if raw is None else spec.coerce(json.loads(raw))
        except (ValueError, ValidationError):
            values[key] = spec.default  # as read_setting: a damaged value is the default
    return values


def write_setting(uow: UnitOfWork, key: str, value: Any) -> SettingValue:
    spec = REGISTRY.get(key)
    if spec is None:
        raise NotFound("Unknown setting {key}", key=key)
    new = spec.coerce(value)
    old = read_setting(uow.session, key)
    encoded = json.dumps(new, ensure_ascii=False)
    user_id = uow.actor.user_id if uow.actor else None
    row = uow.session.get(Setting, key, with_for_update=True)
    if row is None:
        try:
            with uow.session.begin_nested():  # another workstation may insert it first
                uow.session.add(Setting(key=key, value=encoded, updated_by=user_id))
        except IntegrityError:
            row = uow.session.get(Setting, key, with_for_update=True, populate_existing=True)
            assert row is not None
            old = read_setting(uow.session, key)
    if row is not None:
        row.value, row.updated_by = encoded, user_id
    if old != new:
        uow.audit("setting.update", "setting", key, {key: [old, new]})
    return SettingValue(key, new, spec.default, spec.label)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_SETTINGS)
    def list_settings(self, actor: Actor) -> list[SettingValue]:
        def work(uow: UnitOfWork) -> list[SettingValue]:
            return [
                SettingValue(
                    spec.key, read_setting(uow.session, spec.key), spec.default, spec.label
                )
                for spec in REGISTRY.values()
            ]

        return read(self.db, work)

    @requires(Permission.MANAGE_SETTINGS)
    def update(self, actor: Actor, key: str, value: Any) -> SettingValue:
        return transaction(self.db, actor, lambda uow: write_setting(uow, key, value))

    @public
    def security_policy(self) -> SecurityPolicy:
        """Needed before login (lockout) and by the idle lock; holds nothing secret."""

        def work(uow: UnitOfWork) -> SecurityPolicy:
            return SecurityPolicy(
                lockout_threshold=read_setting(uow.session, "security.lockout_threshold"),
                lockout_minutes=read_setting(uow.session, "security.lockout_minutes"),
                idle_lock_minutes=read_setting(uow.session, "security.idle_lock_minutes"),
            )

        return read(self.db, work)
