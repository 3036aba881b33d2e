"""E-mail alerts against a real SMTP server (aiosmtpd, started by each test) on every backend:
the chosen kinds and severities arrive, in Chinese, encoded as mail programs expect; others
do not; the digest lists the open findings by kind; a server that is down leaves the mail
pending with its error and attempts until it comes up; only one workstation sends a mail;
STARTTLS with a login whose password comes from the keyring and never reaches a log."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alert_mail import MailService
from app.errors import PermissionDenied, ValidationError
from app.exceptions import SEVERITY, Kind
from app.permissions import Actor, Role
from app.services import Services
from app.uow import UnitOfWork, read, transaction
from models import ExceptionFinding, MailOutbox, utcnow
from tests.mail_helpers import (
    Authenticator,
    free_port,
    memory_keyring,
    self_signed,
    smtp_server,
    wait_for,
)
from ui.mail_words import catalogue_translator

RECIPIENTS = "boss@shop.example, 仓库主管 <wh@shop.example>"


@pytest.fixture
def boss(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.SUPERVISOR]


@pytest.fixture
def mail(services: Services) -> MailService:
    services.mail.translator_for = catalogue_translator
    return services.mail


def configure(services: Services, actor: Actor, port: int, **settings: object) -> None:
    values: dict[str, object] = {
        "server": "127.0.0.1", "port": port, "security": "none",
        "sender": "kuaidan@shop.example", "recipients": "boss@shop.example, wh@shop.example",
        "digest_time": "",
    }  # fmt: skip
    values.update(settings)
    for key, value in values.items():
        services.settings.update(actor, f"mail.{key}", value)


_REFS = iter(range(1, 100_000))


def finding(services: Services, kind: Kind, ref: str = "", **values: object) -> int:
    """An open finding as the scan writes it (the rules themselves: tests/test_exceptions)."""
    now = utcnow()
    n = next(_REFS)

    def work(uow: UnitOfWork) -> int:
        row = ExceptionFinding(
            kind=kind.value, severity=SEVERITY[kind].value, object_type="order", object_id=n,
            object_ref=ref or f"KD{n:06d}", since=now - timedelta(hours=5), opened_at=now,
            state="open", open_key=f"{kind.value}:{n}", note="",
        )  # fmt: skip
        for key, value in values.items():
            setattr(row, key, value)
        uow.session.add(row)
        uow.session.flush()
        return row.id

    return transaction(services.db, None, work)


def outbox(services: Services) -> list[MailOutbox]:
    return list(
        read(
            services.db,
            lambda uow: uow.session.scalars(select(MailOutbox).order_by(MailOutbox.id)).all(),
        )
    )


def test_chosen_kinds_arrive_in_chinese_and_others_do_not(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port, kinds="pending_review, payment_mismatch")
        finding(services, Kind.PENDING_REVIEW, "KD-WAIT-1")
        finding(services, Kind.OUT_OF_STOCK, "KD-SHORT-1")  # a kind not chosen
        finding(services, Kind.PAYMENT_MISMATCH, "KD-PAID-1")

        run = mail.run(boss)
        assert (run.alerts_queued, run.result.sent, run.result.failed) == (2, 1, 0)
        [got] = wait_for(inbox, 1)
        assert sorted(got.rcpt_tos) == ["boss@shop.example", "wh@shop.example"]
        assert got.mail_from == "kuaidan@shop.example"
        # Encoded for the wire (RFC 2047 subject, a charset on the body), Chinese once decoded.
        head = got.raw.split(b"\r\n\r\n", 1)[0]
        assert b"Subject: =?utf-8?" in head and b"Content-Transfer-Encoding: base64" in head
        assert "新异常".encode() not in got.raw and max(got.raw) < 128  # 7-bit on the wire
        assert got.subject == "【快单】新异常 2 条：付款金额不符、待审核超时"
        assert got.message.get_content_charset() == "utf-8"
        assert "快单发现以下新异常" in got.body
        assert "严重 · 付款金额不符 · 订单 KD-PAID-1" in got.body
        assert "警告 · 待审核超时 · 订单 KD-WAIT-1" in got.body
        assert "KD-SHORT-1" not in got.body and "缺货" not in got.body

        # Nothing new: no second mail. A new finding of a chosen kind: one more.
        assert mail.run(boss).alerts_queued == 0
        finding(services, Kind.PENDING_REVIEW, "KD-WAIT-2")
        assert mail.run(boss).result.sent == 1
        assert "KD-WAIT-2" in wait_for(inbox, 2)[1].body
        assert "KD-WAIT-1" not in inbox.messages[1].body

        # Critical only: a warning is not mailed, a critical one is.
        services.settings.update(boss, "mail.min_severity", "critical")
        finding(services, Kind.PENDING_REVIEW, "KD-WAIT-3")
        finding(services, Kind.OUT_OF_STOCK, "KD-SHORT-2")
        assert mail.run(boss).alerts_queued == 0
        services.settings.update(boss, "mail.kinds", "")  # every kind
        finding(services, Kind.PARCEL_LOST, "SF1234567890")
        assert mail.run(boss).alerts_queued == 1
        third = wait_for(inbox, 3)[2]
        assert "包裹丢失" in third.subject and "KD-WAIT-3" not in third.body
    assert len(inbox.messages) == 3
    assert [m.status for m in outbox(services)] == ["sent", "sent", "sent"]


def test_english_mail_when_the_setting_says_so(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port, language="en")
        finding(services, Kind.PARCEL_DAMAGED, "YT0001")
        mail.run(boss)
        [got] = wait_for(inbox, 1)
    assert got.subject == "[Kuaidan] 1 new exception(s): Parcel damaged"
    assert "Critical · Parcel damaged · Order YT0001" in got.body


def test_digest_lists_open_findings_by_kind_once_a_day(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port, instant=False, digest_time="07:30")
        for ref in ("KD-A", "KD-B"):
            finding(services, Kind.PENDING_REVIEW, ref)
        finding(services, Kind.NOT_SHIPPED, "KD-C")
        finding(services, Kind.UNPAID, "KD-D", state="handled", open_key="x")  # not open
        day = datetime.now().astimezone().replace(hour=7, minute=0, second=0, microsecond=0)

        before = mail.run(boss, now=day)  # 07:00: not yet
        assert (before.alerts_queued, before.digest_queued) == (0, False)
        due = mail.run(boss, now=day + timedelta(minutes=31))
        assert due.digest_queued and due.result.sent == 1
        [got] = wait_for(inbox, 1)
        assert mail.run(boss, now=day + timedelta(hours=3)).digest_queued is False
    stamp = day.date().isoformat()
    assert got.subject == f"【快单】每日异常汇总 {stamp}：未处理 3 条"
    lines = got.body.splitlines()
    assert lines[0] == f"{stamp} 未处理的异常（按类型）："
    review = lines.index("待审核超时 (2)")
    assert "KD-A" in lines[review + 1] and "KD-B" in lines[review + 2]
    assert "超时未发货 (1)" in lines and "KD-C" in got.body
    assert "KD-D" not in got.body and "待付款超时" not in got.body
    assert len(inbox.messages) == 1


def test_server_down_keeps_the_mail_pending_until_it_is_up(
    services: Services, mail: MailService, boss: Actor
) -> None:
    port = free_port()  # nothing listens yet
    configure(services, boss, port)
    finding(services, Kind.ADDRESS_PROBLEM, "SF0001")
    now = utcnow()
    first = mail.run(boss, now=now)
    assert (first.alerts_queued, first.result.sent, first.result.failed) == (1, 0, 1)
    [row] = outbox(services)
    assert (row.status, row.attempts) == ("pending", 1)
    assert "Connection refused" in row.last_error or "ConnectionRefused" in row.last_error
    assert row.next_attempt_at > now  # backoff: not again at once
    status = services.mail.status(boss)
    assert (status.pending, status.last_error_attempts) == (1, 1)
    assert status.last_error == row.last_error

    assert mail.send_due(boss, now=now).sent == 0  # not due yet: no second attempt
    second = mail.send_due(boss, now=now + timedelta(minutes=1, seconds=1))
    assert (second.sent, second.failed) == (0, 1)
    assert outbox(services)[0].attempts == 2
    assert outbox(services)[0].next_attempt_at >= now + timedelta(minutes=3)

    # The server comes up; a restarted workstation (new services, same database) sends it.
    with smtp_server(port) as (inbox, _):
        restarted = Services.for_database(services.db).mail
        restarted.translator_for = catalogue_translator
        later = restarted.send_due(boss, now=now + timedelta(minutes=10))
        assert later.sent == 1
        [got] = wait_for(inbox, 1)
    assert "地址异常" in got.subject and "SF0001" in got.body
    [row] = outbox(services)
    assert (row.status, row.attempts) == ("sent", 2) and row.sent_at is not None
    assert services.mail.status(boss).pending == 0


def test_each_mail_is_sent_by_one_workstation(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port, instant=False, digest_time="")
        # Ten digests of past days wait in the outbox (queued while the server was away).
        for day in range(10):
            mail.queue_digest(boss, now=utcnow() - timedelta(days=day), force=True)
        assert len(outbox(services)) == 10
        desks = [MailService(services.db) for _ in range(3)]
        for n, desk in enumerate(desks):
            desk.workstation = f"desk-{n}"
        results: list[int] = []
        start = threading.Barrier(len(desks))

        def send(desk: MailService) -> None:
            start.wait()
            results.append(desk.send_due(boss).sent)

        threads = [threading.Thread(target=send, args=(desk,)) for desk in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        got = wait_for(inbox, 10)
    assert sum(results) == 10 and len(got) == 10
    assert len({m.subject for m in got}) == 10  # every digest once, none twice
    assert all(m.status == "sent" for m in outbox(services))


def test_an_interrupted_send_is_taken_back_after_a_while(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port)
        finding(services, Kind.PARCEL_RETURNED, "SF0002")
        mail.queue_alerts(boss)
        # A workstation claimed it and died before it could say how it went.
        transaction(
            services.db,
            None,
            lambda uow: uow.session.execute(
                MailOutbox.__table__.update().values(
                    status="sending", claimed_by="dead-desk:1", claimed_at=utcnow()
                )
            ),
        )
        assert mail.send_due(boss).sent == 0  # claimed by someone else, recently
        assert mail.send_due(boss, now=utcnow() + timedelta(minutes=16)).sent == 1
        assert len(wait_for(inbox, 1)) == 1


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    pytest.importorskip("cryptography")
    return self_signed(tmp_path)


@pytest.fixture
def keyring_in_memory() -> Iterator[None]:
    with memory_keyring():
        yield


def test_starttls_login_with_the_keyring_password(
    services: Services,
    boss: Actor,
    tls_files: tuple[Path, Path],
    keyring_in_memory: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import ssl

    cert, key = tls_files
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    # The client verifies the server against the test's own authority (never unverified).
    mail = MailService(
        services.db, ssl_context=lambda: ssl.create_default_context(cafile=str(cert))
    )
    mail.translator_for = catalogue_translator
    secret = "s3cret-密码-42"
    login = Authenticator("alerts@shop.example", secret)
    caplog.set_level(logging.DEBUG, logger="app")
    with smtp_server(tls=server_tls, authenticator=login) as (inbox, port):
        with pytest.raises(ValidationError):  # no server and user yet: nothing to file it under
            mail.set_password(boss, secret)
        configure(services, boss, port, security="starttls", user="alerts@shop.example")
        assert mail.set_password(boss, secret) is True
        assert mail.status(boss).password_here

        assert mail.send_test(boss) == ["boss@shop.example", "wh@shop.example"]
        [test] = wait_for(inbox, 1)
        assert test.subject == "【快单】测试邮件"
        assert login.tries == ["alerts@shop.example"]

        # A wrong password: the alert stays pending with the server's refusal.
        mail.set_password(boss, "wrong-password-1")
        finding(services, Kind.PARCEL_LOST, "SF0003")
        assert mail.run(boss).result.failed == 1
        [row] = outbox(services)
        assert row.status == "pending" and "535" in row.last_error
        mail.set_password(boss, secret)
        assert mail.send_due(boss, now=utcnow() + timedelta(minutes=2)).sent == 1
        assert "SF0003" in wait_for(inbox, 2)[1].body
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("app")]
    assert any("535" in text for text in ours)  # the refusal was logged, without the password
    for text in (row.last_error, *ours):
        assert secret not in text and "wrong-password-1" not in text
    stored = read(services.db, lambda uow: uow.session.execute(select(MailOutbox)).all())
    assert secret not in repr(stored)


def test_starttls_refuses_a_server_it_cannot_verify(
    services: Services,
    mail: MailService,
    boss: Actor,
    tls_files: tuple[Path, Path],
) -> None:
    import ssl

    from app.alert_mail import MailError

    cert, key = tls_files
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    with smtp_server(tls=server_tls) as (inbox, port):
        configure(services, boss, port, security="starttls")
        with pytest.raises(MailError) as caught:
            mail.send_test(boss)  # the system authorities do not know the test's certificate
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert inbox.messages == []


def test_settings_refuse_bad_values(services: Services, boss: Actor) -> None:
    for key, value in (
        ("mail.recipients", "boss@shop.example, not-an-address"),
        ("mail.sender", "a@shop.example, b@shop.example"),
        ("mail.kinds", "pending_review, weather"),
        ("mail.security", "tls1.0"),
        ("mail.digest_time", "25:00"),
        ("mail.min_severity", "mild"),
    ):
        with pytest.raises(ValidationError):
            services.settings.update(boss, key, value)


@pytest.mark.sqlite_only
def test_command_line_scans_sends_and_digests(
    db_url: str, services: Services, actors: dict[Role, Actor]
) -> None:
    """`main.py send-alerts` and `main.py digest` as a scheduled task on a server runs them."""
    import json
    from decimal import Decimal

    from app.orders import DraftLine
    from tests.orders_helpers import catalogue, make_order
    from tests.test_cli import run as run_cli

    catalogue(services)
    reviewer = actors[Role.REVIEWER]
    short = make_order(
        services, reviewer, lines=(DraftLine("SKU-X", 1),), paid_amount=Decimal("1007.00")
    )
    services.orders.approve(reviewer, short.id)  # approved; no warehouse has SKU-X
    with smtp_server() as (inbox, port):
        configure(services, actors[Role.SUPERVISOR], port)
        sent = run_cli("send-alerts", "--db", db_url, "--json")
        assert sent.returncode == 0, sent.stderr
        report = json.loads(sent.stdout)
        assert report["exceptions_opened"] >= 1 and report["alerts_queued"] >= 1
        assert (report["sent"], report["failed"], report["pending"]) == (1, 0, 0)
        [alert] = wait_for(inbox, 1)
        assert "缺货" in alert.subject and short.order_no in alert.body

        digest = run_cli("digest", "--db", db_url, "--json")
        assert digest.returncode == 0, digest.stderr
        assert json.loads(digest.stdout)["digest_queued"] is True
        got = wait_for(inbox, 2)[1]
        assert "每日异常汇总" in got.subject and "缺货 (1)" in got.body.splitlines()
        again = json.loads(run_cli("digest", "--db", db_url, "--json").stdout)
        assert (again["digest_queued"], again["sent"]) == (False, 0)  # once a day
    # The server is gone: the next alert waits in the outbox, and the command says so.
    services.orders.approve(
        reviewer,
        make_order(
            services, reviewer, lines=(DraftLine("SKU-X", 1),), paid_amount=Decimal("1007.00"),
            recipient_phone="13900000001", address="川沙路 99 号",
        ).id,
    )  # fmt: skip
    down = run_cli("send-alerts", "--db", db_url)
    assert down.returncode == 1
    assert "pending: 1" in down.stdout and "attempts: 1" in down.stdout
    assert "Connection refused" in down.stdout
    assert len(inbox.messages) == 2


def test_a_mail_given_up_stays_shown_until_retried_by_hand(
    services: Services, mail: MailService, boss: Actor
) -> None:
    from app.alert_mail import MAX_ATTEMPTS

    port = free_port()
    configure(services, boss, port)
    finding(services, Kind.PARCEL_LOST, "SF0404")
    moment = utcnow()
    for _ in range(MAX_ATTEMPTS):
        assert mail.run(boss, now=moment).result.failed == 1
        moment += timedelta(hours=2)
    [row] = outbox(services)
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    status = mail.status(boss)
    assert (status.pending, status.failed, status.last_error_attempts) == (0, 1, MAX_ATTEMPTS)
    assert mail.run(boss, now=moment).result.failed == 0  # given up: not tried again
    assert outbox(services)[0].attempts == MAX_ATTEMPTS
    with pytest.raises(PermissionDenied):
        mail.retry_failed(Actor(boss.user_id, "x", Role.REVIEWER))
    assert mail.retry_failed(boss) == 1
    with smtp_server(port) as (inbox, _):
        assert mail.send_due(boss, now=moment).sent == 1
        assert "SF0404" in wait_for(inbox, 1)[0].body


def test_nothing_is_queued_while_mail_is_off(
    services: Services, mail: MailService, boss: Actor
) -> None:
    finding(services, Kind.PARCEL_LOST, "SF0500")
    run = mail.run(boss)
    assert (run.alerts_queued, run.digest_queued, run.result.skipped) == (0, False, "off")
    services.settings.update(boss, "mail.recipients", "boss@shop.example")  # still no server
    assert mail.run(boss).alerts_queued == 0 and outbox(services) == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # see smtp_server
def test_ssl_from_the_first_byte(
    services: Services, boss: Actor, tls_files: tuple[Path, Path], keyring_in_memory: None
) -> None:
    import ssl

    cert, key = tls_files
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    mail = MailService(
        services.db, ssl_context=lambda: ssl.create_default_context(cafile=str(cert))
    )
    mail.translator_for = catalogue_translator
    login = Authenticator("alerts@shop.example", "port-465-pass")
    with smtp_server(implicit_tls=server_tls, authenticator=login) as (inbox, port):
        configure(services, boss, port, security="ssl", user="alerts@shop.example")
        mail.set_password(boss, "port-465-pass")
        finding(services, Kind.ADDRESS_PROBLEM, "JD0001")
        assert mail.run(boss).result.sent == 1
        [got] = wait_for(inbox, 1)
    assert "地址异常" in got.subject and login.tries == ["alerts@shop.example"]


def test_sent_mails_are_removed_after_90_days_and_not_sent_again(
    services: Services, mail: MailService, boss: Actor
) -> None:
    with smtp_server() as (inbox, port):
        configure(services, boss, port)
        finding(services, Kind.PARCEL_LOST, "SF0700")
        now = utcnow()
        assert mail.run(boss, now=now).result.sent == 1
        assert mail.run(boss, now=now + timedelta(days=89)).alerts_queued == 0
        assert len(outbox(services)) == 1
        later = mail.run(boss, now=now + timedelta(days=91))
        assert (later.alerts_queued, later.result.sent) == (0, 0)
        assert outbox(services) == []
        assert len(wait_for(inbox, 1)) == 1
