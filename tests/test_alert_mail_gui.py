"""Settings → E-mail alerts in Chinese, used with the keyboard and the mouse: an administrator
types the server, a login whose password goes to the keyring, the recipients, presses the real
"send test e-mail" button and the test mail arrives at a local SMTP server over STARTTLS; a
mail the server cannot take shows in the outbox with its error and attempts."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from app.exceptions import Kind
from app.permissions import Actor, Role
from app.services import Services
from models import utcnow
from tests.mail_helpers import Authenticator, free_port, memory_keyring, self_signed, smtp_server
from tests.test_alert_mail import configure, finding
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.tabs.mail_page import MailPage

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators("zh_CN")
    yield
    install_translators("en")


def mail_page(qtbot: QtBot, services: Services, actor: Actor) -> tuple[MainWindow, MailPage]:
    window = MainWindow(services, actor, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentIndex(window.tab_keys.index("settings"))
    tab = window.tab("settings")
    page = tab.findChild(MailPage, "mailPage")
    pages = tab.findChild(QTabWidget, "settingsPages")
    pages.setCurrentWidget(page)
    assert pages.tabText(pages.currentIndex()) == "邮件提醒"
    return window, page


def test_test_email_button_sends_over_starttls_with_the_keyring_password(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None, tmp_path: Path
) -> None:
    cert, key = self_signed(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    # This workstation trusts the test's own certificate authority (the system's otherwise).
    services.mail.ssl_context = lambda: ssl.create_default_context(cafile=str(cert))
    login = Authenticator("alerts@shop.example", "Mailbox-pass-2026")
    with (
        memory_keyring() as keyring,
        smtp_server(tls=server_tls, authenticator=login) as (inbox, port),
    ):
        window, page = mail_page(qtbot, services, actors[Role.ADMIN])
        assert "邮件提醒未开启" in page.status_label.text()
        qtbot.keyClicks(page.server, "127.0.0.1")
        page.port.selectAll()
        qtbot.keyClicks(page.port, str(port))
        assert page.security.currentData() == "starttls"  # the default
        qtbot.keyClicks(page.user, "alerts@shop.example")
        qtbot.keyClicks(page.password, "Mailbox-pass-2026")
        qtbot.keyClicks(page.sender, "kuaidan@shop.example")
        qtbot.keyClicks(page.recipients, "boss@shop.example; wh@shop.example")
        window.grab().save(str(tmp_path / "mail-page.png"))

        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "测试邮件已发送至" in page.message.text(), timeout=20_000)
        assert page.message.text() == "测试邮件已发送至 boss@shop.example, wh@shop.example。"
        [got] = inbox.messages
        assert (
            got.subject == "【快单】测试邮件" and "boss@shop.example, wh@shop.example" in got.body
        )
        assert login.tries == ["alerts@shop.example"]
        # The password went to the keyring, not to the database nor the field.
        assert list(keyring.secrets.values()) == ["Mailbox-pass-2026"]
        assert page.password.text() == ""
        values = {v.key: v.value for v in services.settings.list_settings(actors[Role.ADMIN])}
        assert values["mail.server"] == "127.0.0.1" and values["mail.port"] == port
        assert "Mailbox-pass" not in repr(values)


def test_outbox_shows_a_failed_mail_with_its_error_and_attempts(
    qtbot: QtBot, services: Services, actors: dict[Role, Actor], chinese: None
) -> None:
    boss = actors[Role.SUPERVISOR]
    configure(services, boss, free_port(), kinds="parcel_lost")  # nothing listens there
    finding(services, Kind.PARCEL_LOST, "SF9999")
    window, page = mail_page(qtbot, services, boss)
    # The kinds show as checked boxes with their Chinese names; only the chosen one is checked.
    checked = [box.text() for box in page.kinds.values() if box.isChecked()]
    assert checked == ["包裹丢失"]

    window.send_mail()  # what the window's timer does, in the background
    qtbot.waitUntil(lambda: window._mail_worker is None, timeout=20_000)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    status = page.status_label.text()
    assert "发件箱：1 封待发" in status and "已尝试 1 次" in status
    assert "Connection refused" in status
    assert page.table.rowCount() == 1
    assert "包裹丢失" in page.table.item(0, 1).text()
    assert (page.table.item(0, 2).text(), page.table.item(0, 3).text()) == ("待发送", "1")

    # The server comes up and the next round (after the backoff) delivers it.
    port = services.settings.list_settings(boss)
    port_value = next(v.value for v in port if v.key == "mail.port")
    with smtp_server(port_value) as (inbox, _):
        result = services.mail.send_due(boss, now=utcnow() + timedelta(minutes=2))
        assert result.sent == 1 and "SF9999" in inbox.messages[0].body
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, 2).text() == "已发送"
    assert "0 封待发" in page.status_label.text()
