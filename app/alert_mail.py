"""E-mail alerts: a mail for each batch of new exceptions, a daily digest, and the outbox that
delivers them over SMTP.

Deciding and sending are apart. Queueing writes the finished mail (subject, body, recipients)
into `mail_outbox` in a short transaction: an alert covers the open findings of the chosen
kinds and severities that no alert covered yet (`mail_alerted` has one row per finding, so two
workstations never alert the same finding), a digest has one row per day (`dedupe_key`).
Sending claims due rows with a conditional UPDATE (only one workstation wins a row), sends
them outside any transaction, then records `sent`, or the error, the attempt and when to try
again (exponential backoff). Rows claimed by a workstation that died are taken back after
`STALE_CLAIM`. A restart finds the pending rows where they were.

The SMTP password lives in the keyring of each workstation that sends (app/credentials.py),
or, for a scheduled task on a server without a keyring, in KUAIDAN_SMTP_PASSWORD. A workstation
that needs a password and has none does not claim anything: it leaves the mail to one that can.
The password is never logged, stored in the database or shown in an error.

The text is English in the source and said in the language of the `mail.language` setting
through a translator the caller supplies (the Qt catalogues, ui/mail_words.py): app/ has no Qt.
"""

from __future__ import annotations

import base64
import logging
import os
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from app.credentials import (
    forget_mail_password,
    keyring_available,
    load_mail_password,
    mail_credential_key,
    store_mail_password,
)
from app.db import Database
from app.errors import AppError, ValidationError
from app.exceptions import Kind, Severity, State
from app.permissions import Actor, Permission, requires, requires_login
from app.settings import parse_list, read_settings
from app.uow import UnitOfWork, read, transaction
from models import ExceptionFinding, MailAlerted, MailOutbox, User
from models.types import utcnow

log = logging.getLogger(__name__)

PASSWORD_ENV = "KUAIDAN_SMTP_PASSWORD"  # noqa: S105 - the variable's name, not a secret
SMTP_TIMEOUT = 20.0  # seconds; the sender runs off the GUI thread
BATCH = 20  # mails claimed at a time
MAX_ATTEMPTS = 24  # with the backoff below: about a day, then `failed` (shown, retried by hand)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)
STALE_CLAIM = timedelta(minutes=15)  # a claim older than this: its workstation died sending
ALERT_WINDOW = timedelta(days=1)  # findings opened before this are left to the digest
KEEP_SENT = timedelta(days=90)  # sent mails are shown this long, then removed
ALERT_LIMIT = 1000  # findings one alert covers (the rest: the next alert)
LISTED = 50  # findings listed in one alert; the others are counted
DIGEST_PER_KIND = 20
MAX_ERROR = 500

Translate = Callable[[str], str]


class MailError(AppError):
    code = "mail"


def mail_text(source: str) -> str:
    """Marks an English mail text for the translation catalogue (installer/i18n.py collects
    the first argument of every `mail_text` call); the text is translated when a mail is
    written, in the mail's language."""
    return source


def english(source: str) -> str:
    return source


class Words:
    """The mail's words in one language."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def mail_text(self, source: str, **params: Any) -> str:
        text = self.translate(source) or source
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)


KIND_TEXT: dict[str, str] = {
    Kind.PENDING_REVIEW: mail_text("Pending review too long"),
    Kind.UNCONFIRMED: mail_text("Approved, not confirmed"),
    Kind.NOT_SHIPPED: mail_text("Not shipped by the promise"),
    Kind.UNPAID: mail_text("Unpaid too long"),
    Kind.OUT_OF_STOCK: mail_text("Out of stock"),
    Kind.PAYMENT_MISMATCH: mail_text("Payment mismatch"),
    Kind.TICKET_OVERDUE: mail_text("Ticket past its SLA"),
    Kind.CASE_OVERDUE: mail_text("After-sales case overdue"),
    Kind.NO_MOVEMENT: mail_text("No tracking movement"),
    Kind.PARCEL_LOST: mail_text("Parcel lost"),
    Kind.PARCEL_DAMAGED: mail_text("Parcel damaged"),
    Kind.PARCEL_RETURNED: mail_text("Parcel returned"),
    Kind.ADDRESS_PROBLEM: mail_text("Address problem"),
    Kind.PARCEL_DELAYED: mail_text("Parcel delayed"),
}
OBJECT_TEXT: dict[str, str] = {
    "order": mail_text("Order"),
    "parcel": mail_text("Parcel"),
    "ticket": mail_text("Ticket"),
    "case": mail_text("After-sales case"),
}
SEVERITY_TEXT: dict[str, str] = {
    Severity.CRITICAL: mail_text("Critical"),
    Severity.WARNING: mail_text("Warning"),
}


# -- settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailConfig:
    server: str
    port: int
    security: str  # none | starttls | ssl
    user: str
    sender: str
    recipients: tuple[str, ...]
    instant: bool
    kinds: frozenset[str]
    severities: frozenset[str]
    digest_time: time | None
    language: str

    @property
    def active(self) -> bool:
        return bool(self.server and self.recipients)

    @property
    def from_address(self) -> str:
        if self.sender:
            return self.sender
        return self.user if "@" in self.user else f"kuaidan@{socket.gethostname()}"

    @property
    def credential_key(self) -> str:
        return mail_credential_key(self.server, self.user)


def read_config(uow: UnitOfWork) -> MailConfig:
    values = read_settings(uow.session, "mail.")

    def setting(key: str) -> Any:
        return values[f"mail.{key}"]

    kinds = frozenset(parse_list(setting("kinds"))) or frozenset(k.value for k in Kind)
    severities = (
        frozenset({Severity.CRITICAL.value})
        if setting("min_severity") == Severity.CRITICAL.value
        else frozenset(s.value for s in Severity)
    )
    clock = setting("digest_time")
    digest = None
    if clock:
        hours, _, minutes = clock.partition(":")
        digest = time(int(hours), int(minutes))
    return MailConfig(
        server=setting("server"),
        port=setting("port"),
        security=setting("security"),
        user=setting("user"),
        sender=setting("sender"),
        recipients=tuple(parse_list(setting("recipients"))),
        instant=setting("instant"),
        kinds=kinds,
        severities=severities,
        digest_time=digest,
        language=setting("language"),
    )


# -- the mails' text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FindingLine:
    kind: str
    severity: str
    object_type: str
    object_ref: str
    since: datetime
    owner: str


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _line(w: Words, item: FindingLine) -> str:
    text = w.mail_text(
        "{severity} · {kind} · {object} {ref} · since {since}",
        severity=w.mail_text(SEVERITY_TEXT.get(item.severity, item.severity)),
        kind=w.mail_text(KIND_TEXT.get(item.kind, item.kind)),
        object=w.mail_text(OBJECT_TEXT.get(item.object_type, item.object_type)),
        ref=item.object_ref,
        since=_local(item.since),
    )
    if item.owner:
        text += " · " + w.mail_text("assigned to {name}", name=item.owner)
    return text


def alert_text(w: Words, items: Sequence[FindingLine], total: int) -> tuple[str, str]:
    kinds = list(dict.fromkeys(w.mail_text(KIND_TEXT.get(i.kind, i.kind)) for i in items))
    named = w.mail_text(", ").join(kinds[:3]) + ("…" if len(kinds) > 3 else "")
    subject = w.mail_text("[Kuaidan] {count} new exception(s): {kinds}", count=total, kinds=named)
    lines = [w.mail_text("Kuaidan found new exceptions that need someone:"), ""]
    lines += [_line(w, item) for item in items[:LISTED]]
    if total > LISTED:
        lines.append(w.mail_text("… and {count} more", count=total - LISTED))
    lines += ["", w.mail_text("Open the exception center (F8) to assign and handle them.")]
    return subject, "\n".join(lines)


def digest_text(
    w: Words, day: str, counts: dict[str, int], oldest: dict[str, list[FindingLine]]
) -> tuple[str, str]:
    total = sum(counts.values())
    subject = w.mail_text(
        "[Kuaidan] Daily exception digest {day}: {count} open", day=day, count=total
    )
    lines = [w.mail_text("Open exceptions on {day}, by kind:", day=day), ""]
    if not total:
        lines.append(w.mail_text("No open exceptions."))
    for kind in Kind:  # the kinds in their fixed order
        count = counts.get(kind.value, 0)
        if not count:
            continue
        lines.append(f"{w.mail_text(KIND_TEXT[kind])} ({count})")
        lines += ["    " + _line(w, item) for item in oldest.get(kind.value, [])]
        shown = len(oldest.get(kind.value, []))
        if count > shown:
            lines.append("    " + w.mail_text("… and {count} more", count=count - shown))
        lines.append("")
    lines += ["", w.mail_text("Open the exception center (F8) to assign and handle them.")]
    return subject, "\n".join(lines)


def trial_text(w: Words, recipients: Sequence[str]) -> tuple[str, str]:
    subject = w.mail_text("[Kuaidan] Test e-mail")
    body = w.mail_text(
        "This is a test e-mail from Kuaidan. Exception alerts and the daily digest go to: "
        "{recipients}",
        recipients=", ".join(recipients),
    )
    return subject, body


# -- SMTP ------------------------------------------------------------------------------------


def _message(
    config: MailConfig, recipients: Sequence[str], subject: str, body: str, ident: str
) -> EmailMessage:
    message = EmailMessage()  # utf-8: the subject is RFC 2047-encoded, the body base64
    message["Subject"] = subject
    message["From"] = config.from_address
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(idstring=ident)
    # base64: 7-bit clean for any relay (an 8-bit body needs every hop to offer 8BITMIME).
    message.set_content(body, cte="base64")
    return message


def _clean(exc: BaseException, password: str | None) -> str:
    """What the user sees of a failure: never the password, never megabytes."""
    text = f"{type(exc).__name__}: {exc}".strip()
    if password:
        text = text.replace(password, "***")
    return text[:MAX_ERROR]


@dataclass(frozen=True)
class MailStatus:
    configured: bool
    password_here: bool  # this workstation can log in (or needs no login)
    keyring: bool
    pending: int
    failed: int
    sending: int
    sent_last_day: int
    last_sent_at: datetime | None
    last_error: str  # of the unsent mail tried most recently
    last_error_attempts: int
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    subject: str
    status: str
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class SendResult:
    sent: int = 0
    failed: int = 0
    skipped: str = ""  # why nothing was tried here (off, no password on this workstation)


@dataclass(frozen=True)
class MailRun:
    alerts_queued: int
    digest_queued: bool
    result: SendResult


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 ... minutes after the n-th failed attempt, at most an hour."""
    longer: timedelta = FIRST_RETRY * 2 ** max(0, attempts - 1)
    return min(LONGEST_RETRY, longer)


class MailService:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime] = utcnow,
        ssl_context: Callable[[], ssl.SSLContext] = ssl.create_default_context,
    ) -> None:
        self.db = db
        self.clock = clock
        # Server certificates are verified against the system's authorities (a test gives
        # its own authority here).
        self.ssl_context = ssl_context
        # The mail's language → a translator (ui/mail_words.py sets the Qt catalogues).
        self.translator_for: Callable[[str], Translate] = lambda _language: english
        self.workstation = f"{socket.gethostname()}:{os.getpid()}"[:128]

    # -- settings page ------------------------------------------------------------------

    @requires(Permission.VIEW_SETTINGS)
    def status(self, actor: Actor) -> MailStatus:
        o = MailOutbox.__table__
        since = self.clock() - timedelta(days=1)

        def work(uow: UnitOfWork) -> MailStatus:
            config = read_config(uow)
            counts: dict[str, int] = dict(
                uow.session.execute(select(o.c.status, func.count()).group_by(o.c.status)).all()
            )
            sent = uow.session.execute(
                select(func.count(), func.max(o.c.sent_at)).where(
                    o.c.status == "sent", o.c.sent_at >= since
                )
            ).one()
            last = uow.session.execute(
                select(o.c.last_error, o.c.attempts, o.c.next_attempt_at)
                .where(o.c.status.in_(("pending", "failed")), o.c.attempts > 0)
                .order_by(o.c.attempts.desc(), o.c.id.desc())
                .limit(1)
            ).first()
            return MailStatus(
                configured=config.active,
                password_here=self._password(config) is not None or not config.user,
                keyring=keyring_available(),
                pending=int(counts.get("pending", 0)),
                failed=int(counts.get("failed", 0)),
                sending=int(counts.get("sending", 0)),
                sent_last_day=int(sent[0] or 0),
                last_sent_at=sent[1],
                last_error=last.last_error if last else "",
                last_error_attempts=int(last.attempts) if last else 0,
                next_attempt_at=last.next_attempt_at if last else None,
            )

        return read(self.db, work)

    @requires(Permission.VIEW_SETTINGS)
    def outbox(self, actor: Actor, limit: int = 50) -> list[OutboxItem]:
        """The unsent mails first (oldest first), then the latest sent ones."""
        o = MailOutbox.__table__
        unsent = o.c.status != "sent"

        def work(uow: UnitOfWork) -> list[OutboxItem]:
            rows = list(
                uow.session.execute(
                    select(o).where(unsent).order_by(o.c.id).limit(max(1, min(limit, 200)))
                )
            )
            rows += uow.session.execute(
                select(o)
                .where(~unsent)
                .order_by(o.c.id.desc())
                .limit(max(0, min(limit, 200) - len(rows)))
            )
            return [
                OutboxItem(
                    r.id,
                    r.kind,
                    r.subject,
                    r.status,
                    r.attempts,
                    r.last_error,
                    r.created_at,
                    r.next_attempt_at,
                    r.sent_at,
                )
                for r in rows
            ]

        return read(self.db, work)

    @requires(Permission.MANAGE_SETTINGS)
    def set_password(self, actor: Actor, password: str) -> bool:
        """Keep the SMTP password in this workstation's keyring (empty: forget it). False:
        no keyring works here, the password is not kept."""
        config = read(self.db, read_config)
        if not config.server or not config.user:
            raise ValidationError("Save the SMTP server and user name first", field="mail.password")
        if not isinstance(password, str):
            raise ValidationError("Enter the password", field="mail.password")
        if password:
            stored = store_mail_password(config.credential_key, password)
        else:
            forget_mail_password(config.credential_key)
            stored = True

        def audit(uow: UnitOfWork) -> None:  # that it changed, on which PC; never the value
            uow.audit(
                "mail.password",
                "setting",
                "mail.password",
                {"kept": stored and bool(password), "workstation": socket.gethostname()},
            )

        transaction(self.db, actor, audit)
        return stored

    @requires(Permission.MANAGE_SETTINGS)
    def send_test(self, actor: Actor) -> list[str]:
        """Send a test e-mail to the recipients now (not through the outbox), with the saved
        settings; raises MailError with the server's answer."""
        config = read(self.db, read_config)
        if not config.server:
            raise ValidationError("Enter the SMTP server first", field="mail.server")
        if not config.recipients:
            raise ValidationError("Enter at least one recipient", field="mail.recipients")
        password = self._password(config)
        if config.user and password is None:
            raise MailError(
                "No SMTP password on this workstation: enter it and save", field="mail.password"
            )
        subject, body = trial_text(self._words(config), config.recipients)
        message = _message(config, config.recipients, subject, body, "kuaidan-test")
        try:
            with self._connect(config, password) as smtp:
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise MailError("Sending failed: {reason}", reason=_clean(exc, password)) from exc
        return list(config.recipients)

    @requires(Permission.MANAGE_SETTINGS)
    def retry_failed(self, actor: Actor) -> int:
        """Give the mails that ran out of attempts another round, now."""
        o = MailOutbox.__table__
        now = self.clock()

        def work(uow: UnitOfWork) -> int:
            result = uow.session.execute(
                update(o)
                .where(o.c.status == "failed")
                .values(status="pending", attempts=0, next_attempt_at=now, claimed_by=None)
            )
            count = int(result.rowcount or 0)  # type: ignore[attr-defined]
            if count:
                uow.audit("mail.retry", "mail", "outbox", {"count": count})
            return count

        return transaction(self.db, actor, work)

    # -- background: any logged-in workstation, or the command line ----------------------

    @requires_login
    def run(self, actor: Actor, *, now: datetime | None = None) -> MailRun:
        """Queue what is new (alerts, today's digest when due) and send what is due."""
        moment = now or self.clock()
        if not read(self.db, read_config).server:
            return MailRun(0, False, SendResult(skipped="off"))  # one query a minute when off
        alerts = self.queue_alerts(actor, now=moment)
        digest = self.queue_digest(actor, now=moment)
        result = self.send_due(actor, now=moment)
        self._prune(actor, moment)
        return MailRun(alerts, digest, result)

    @requires_login
    def queue_alerts(self, actor: Actor, *, now: datetime | None = None) -> int:
        """One alert mail for the open findings of the chosen kinds and severities that no
        alert covered yet (opened within the last day). The number of findings it covers."""
        moment = now or self.clock()
        a = MailAlerted.__table__
        config = read(self.db, read_config)
        if not (config.active and config.instant):
            return 0
        # A read first: most minutes there is nothing new, and a write would take SQLite's lock.
        first = _alertable(config, moment).limit(1)
        if read(self.db, lambda uow: uow.session.execute(first).first()) is None:
            return 0

        def work(uow: UnitOfWork) -> int:
            config = read_config(uow)
            if not (config.active and config.instant):
                return 0
            rows = uow.session.execute(_alertable(config, moment).limit(ALERT_LIMIT)).all()
            if not rows:
                return 0
            items = [_finding_line(r) for r in rows]
            subject, body = alert_text(self._words(config), items, len(items))
            outbox_id = _queue(uow, "alert", None, config, subject, body, moment)
            uow.session.execute(
                insert(a), [{"finding_id": r.id, "outbox_id": outbox_id} for r in rows]
            )
            return len(rows)

        try:
            return transaction(self.db, actor, work)
        except IntegrityError:
            log.info("another workstation queued the same alerts")
            return 0

    @requires_login
    def queue_digest(
        self, actor: Actor, *, now: datetime | None = None, force: bool = False
    ) -> bool:
        """Today's digest (local time of this computer) once its time has come, or now with
        `force`; one per day whichever workstation is first. True if this call queued it."""
        moment = now or self.clock()
        local = moment.astimezone()
        day = local.date().isoformat()
        key = f"digest:{day}"
        f = ExceptionFinding.__table__
        o = MailOutbox.__table__

        def due(uow: UnitOfWork) -> MailConfig | None:
            config = read_config(uow)
            if not config.active:
                return None
            if not force and (config.digest_time is None or local.time() < config.digest_time):
                return None
            if uow.session.scalar(select(o.c.id).where(o.c.dedupe_key == key)) is not None:
                return None
            return config

        if read(self.db, due) is None:  # a read first: the digest is due once a day
            return False

        def work(uow: UnitOfWork) -> bool:
            config = due(uow)
            if config is None:
                return False
            chosen = (
                f.c.state == State.OPEN.value,
                f.c.kind.in_(sorted(config.kinds)),
                f.c.severity.in_(sorted(config.severities)),
            )
            counts = {
                kind: int(n)
                for kind, n in uow.session.execute(
                    select(f.c.kind, func.count()).where(*chosen).group_by(f.c.kind)
                )
            }
            oldest = {
                kind: [
                    _finding_line(r)
                    for r in uow.session.execute(
                        _finding_lines(*chosen, f.c.kind == kind)
                        .order_by(f.c.since, f.c.id)
                        .limit(DIGEST_PER_KIND)
                    )
                ]
                for kind in counts
            }
            subject, body = digest_text(self._words(config), day, counts, oldest)
            _queue(uow, "digest", key, config, subject, body, moment)
            return True

        try:
            return transaction(self.db, actor, work)
        except IntegrityError:
            return False  # another workstation queued today's digest at the same moment

    @requires_login
    def send_due(self, actor: Actor, *, now: datetime | None = None) -> SendResult:
        """Claim the due mails (only this workstation then sends them), send them, record the
        outcome of each."""
        moment = now or self.clock()
        config = read(self.db, read_config)
        if not config.server:
            return SendResult(skipped="off")
        password = self._password(config)
        if config.user and password is None:
            return SendResult(skipped="no password on this workstation")
        o = MailOutbox.__table__
        waiting = select(o.c.id).where(
            or_(
                and_(o.c.status == "pending", o.c.next_attempt_at <= moment),
                and_(o.c.status == "sending", o.c.claimed_at < moment - STALE_CLAIM),
            )
        )
        if read(self.db, lambda uow: uow.session.execute(waiting.limit(1)).first()) is None:
            return SendResult()  # a read first: an empty outbox takes no write lock
        claimed = transaction(self.db, actor, lambda uow: self._claim(uow, moment))
        if not claimed:
            return SendResult()
        sent = failed = 0
        try:
            smtp = self._connect(config, password)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            error = _clean(exc, password)
            log.warning("mail server %s:%s: %s", config.server, config.port, error)
            for row in claimed:
                self._failed(actor, row.id, row.attempts, error, moment)
            return SendResult(failed=len(claimed))
        try:
            for index, row in enumerate(claimed):
                recipients = parse_list(row.recipients)
                message = _message(
                    config, recipients, row.subject, row.body, f"kuaidan-outbox-{row.id}"
                )
                try:
                    smtp.send_message(message)
                except smtplib.SMTPServerDisconnected as exc:
                    error = _clean(exc, password)
                    for rest in claimed[index:]:
                        self._failed(actor, rest.id, rest.attempts, error, moment)
                    failed += len(claimed) - index
                    break
                except (OSError, smtplib.SMTPException) as exc:
                    self._failed(actor, row.id, row.attempts, _clean(exc, password), moment)
                    failed += 1
                else:
                    self._sent(actor, row.id, moment)
                    sent += 1
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
        if failed:
            log.warning("mail: %d sent, %d failed (will retry)", sent, failed)
        return SendResult(sent=sent, failed=failed)

    # -- internals --------------------------------------------------------------------------

    def _words(self, config: MailConfig) -> Words:
        return Words(self.translator_for(config.language))

    def _password(self, config: MailConfig) -> str | None:
        if not config.user:
            return None
        return load_mail_password(config.credential_key) or os.environ.get(PASSWORD_ENV) or None

    def _connect(self, config: MailConfig, password: str | None) -> smtplib.SMTP:
        smtp: smtplib.SMTP
        if config.security == "ssl":
            smtp = smtplib.SMTP_SSL(
                config.server, config.port, timeout=SMTP_TIMEOUT, context=self.ssl_context()
            )
        else:
            smtp = smtplib.SMTP(config.server, config.port, timeout=SMTP_TIMEOUT)
        try:
            smtp.ehlo()
            if config.security == "starttls":
                smtp.starttls(context=self.ssl_context())
                smtp.ehlo()
            if config.user:
                _login(smtp, config.user, password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _claim(self, uow: UnitOfWork, now: datetime) -> list[Any]:
        o = MailOutbox.__table__
        session = uow.session
        # A workstation that died while sending: its mails go back to the queue.
        session.execute(
            update(o)
            .where(o.c.status == "sending", o.c.claimed_at < now - STALE_CLAIM)
            .values(status="pending", claimed_by=None, last_error="interrupted while sending")
        )
        due = session.scalars(
            select(o.c.id)
            .where(o.c.status == "pending", o.c.next_attempt_at <= now)
            .order_by(o.c.id)
            .limit(BATCH)
        ).all()
        mine = []
        for outbox_id in due:
            result = session.execute(
                update(o)
                .where(o.c.id == outbox_id, o.c.status == "pending", o.c.claimed_by.is_(None))
                .values(status="sending", claimed_by=self.workstation, claimed_at=now)
            )
            if result.rowcount == 1:  # type: ignore[attr-defined]
                mine.append(outbox_id)
        if not mine:
            return []
        return list(session.execute(select(o).where(o.c.id.in_(mine)).order_by(o.c.id)))

    def _prune(self, actor: Actor, moment: datetime) -> int:
        """Remove mails sent more than KEEP_SENT ago (and which findings they covered: those
        opened long before the alert window, so never alerted again)."""
        o = MailOutbox.__table__
        a = MailAlerted.__table__
        old = select(o.c.id).where(o.c.status == "sent", o.c.sent_at < moment - KEEP_SENT)
        if read(self.db, lambda uow: uow.session.execute(old.limit(1)).first()) is None:
            return 0

        def work(uow: UnitOfWork) -> int:
            ids = list(uow.session.scalars(old.limit(1000)))
            uow.session.execute(delete(a).where(a.c.outbox_id.in_(ids)))
            uow.session.execute(delete(o).where(o.c.id.in_(ids)))
            return len(ids)

        return transaction(self.db, actor, work)

    def _sent(self, actor: Actor, outbox_id: int, moment: datetime) -> None:
        o = MailOutbox.__table__
        transaction(
            self.db,
            actor,
            lambda uow: uow.session.execute(
                update(o)
                .where(o.c.id == outbox_id, o.c.claimed_by == self.workstation)
                .values(status="sent", sent_at=moment, last_error="")
            ),
        )

    def _failed(
        self, actor: Actor, outbox_id: int, attempts: int, error: str, moment: datetime
    ) -> None:
        o = MailOutbox.__table__
        tried = attempts + 1
        values = {
            "status": "failed" if tried >= MAX_ATTEMPTS else "pending",
            "attempts": tried,
            "last_error": error,
            "claimed_by": None,
            "next_attempt_at": moment + backoff(tried),
        }
        transaction(
            self.db,
            actor,
            lambda uow: uow.session.execute(
                update(o)
                .where(o.c.id == outbox_id, o.c.claimed_by == self.workstation)
                .values(**values)
            ),
        )


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    if (user + password).isascii():
        smtp.login(user, password)
        return
    # smtplib encodes the login as ASCII; AUTH PLAIN is UTF-8 (RFC 4616), so say it ourselves.
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _alertable(config: MailConfig, moment: datetime) -> Any:
    """Open findings of the chosen kinds and severities, opened within the alert window, that
    no alert covered yet: the most severe and oldest first."""
    f = ExceptionFinding.__table__
    a = MailAlerted.__table__
    return _finding_lines(
        f.c.state == State.OPEN.value,
        f.c.kind.in_(sorted(config.kinds)),
        f.c.severity.in_(sorted(config.severities)),
        f.c.opened_at >= moment - ALERT_WINDOW,
        ~exists().where(a.c.finding_id == f.c.id),
    ).order_by(f.c.severity, f.c.since, f.c.id)


def _finding_lines(*conditions: Any) -> Any:
    f = ExceptionFinding.__table__
    owner = User.__table__.alias("owner")
    return (
        select(
            f.c.id,
            f.c.kind,
            f.c.severity,
            f.c.object_type,
            f.c.object_ref,
            f.c.since,
            func.coalesce(owner.c.display_name, owner.c.username, "").label("owner_name"),
        )
        .outerjoin(owner, owner.c.id == f.c.owner_id)
        .where(and_(*conditions))
    )


def _finding_line(row: Any) -> FindingLine:
    return FindingLine(
        row.kind, row.severity, row.object_type, row.object_ref, row.since, row.owner_name or ""
    )


def _queue(
    uow: UnitOfWork,
    kind: str,
    key: str | None,
    config: MailConfig,
    subject: str,
    body: str,
    now: datetime,
) -> int:
    o = MailOutbox.__table__
    result = uow.session.execute(
        insert(o).values(
            kind=kind,
            dedupe_key=key,
            recipients=", ".join(config.recipients),
            subject=subject[:300],
            body=body,
            status="pending",
            attempts=0,
            last_error="",
            next_attempt_at=now,
            created_at=now,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[attr-defined]
