"""Translators and the translated labels of domain values (states, roles, tabs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config import install_dir
from app.permissions import Role
from ui.kit.format import money as format_money

_installed: list[QTranslator] = []
_current = ["en"]  # the language installed last
# The languages a user can choose, each named in itself.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English"))


def current_language() -> str:
    return _current[0]


def resources_dir() -> Path:
    return install_dir() / "resources"


def install_translators(language: str) -> bool:
    """Load our catalogue for `language` (zh_CN, zh_TW, en). English needs none."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _current[0] = language
    if language == "en":
        return True
    # Qt's own catalogue translates standard buttons and dialogs (OK, Cancel, Yes, file dialogs).
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    translator = QTranslator(app)
    path = resources_dir() / "translations" / f"kuaidan_{language}.qm"
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def status_label(status: str) -> str:
    labels = {
        "pending_payment": QCoreApplication.translate("Status", "Pending payment"),
        "pending_review": QCoreApplication.translate("Status", "Pending review"),
        "needs_correction": QCoreApplication.translate("Status", "Needs correction"),
        "approved": QCoreApplication.translate("Status", "Approved"),
        "confirmed": QCoreApplication.translate("Status", "Confirmed"),
        "picking": QCoreApplication.translate("Status", "Picking"),
        "packed": QCoreApplication.translate("Status", "Packed"),
        "shipped": QCoreApplication.translate("Status", "Shipped"),
        "delivered": QCoreApplication.translate("Status", "Delivered"),
        "completed": QCoreApplication.translate("Status", "Completed"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
    }
    return labels.get(str(status), str(status))


def role_label(role: Role | str) -> str:
    labels = {
        "admin": QCoreApplication.translate("Role", "Administrator"),
        "supervisor": QCoreApplication.translate("Role", "Supervisor"),
        "reviewer": QCoreApplication.translate("Role", "Order reviewer"),
        "warehouse": QCoreApplication.translate("Role", "Warehouse"),
        "customer_service": QCoreApplication.translate("Role", "Customer service"),
        "analyst": QCoreApplication.translate("Role", "Analyst"),
    }
    return labels.get(str(role), str(role))


def tab_label(key: str) -> str:
    labels = {
        "orders": QCoreApplication.translate("Tabs", "Orders"),
        "inventory": QCoreApplication.translate("Tabs", "Inventory"),
        "logistics": QCoreApplication.translate("Tabs", "Logistics"),
        "service": QCoreApplication.translate("Tabs", "Customer service"),
        "reports": QCoreApplication.translate("Tabs", "Reports"),
        "settings": QCoreApplication.translate("Tabs", "Settings"),
    }
    return labels[key]


def channel_label(channel: str) -> str:
    labels = {
        "manual": QCoreApplication.translate("Channel", "Manual"),
        "taobao": QCoreApplication.translate("Channel", "Taobao"),
        "tmall": QCoreApplication.translate("Channel", "Tmall"),
        "jd": QCoreApplication.translate("Channel", "JD"),
        "pdd": QCoreApplication.translate("Channel", "Pinduoduo"),
        "douyin": QCoreApplication.translate("Channel", "Douyin"),
        "shopify": QCoreApplication.translate("Channel", "Shopify"),
        "amazon": QCoreApplication.translate("Channel", "Amazon"),
        "ebay": QCoreApplication.translate("Channel", "eBay"),
        "woocommerce": QCoreApplication.translate("Channel", "WooCommerce"),
        "etsy": QCoreApplication.translate("Channel", "Etsy"),
    }
    return labels.get(channel, channel)


def shipment_status_label(status: str) -> str:
    labels = {
        "created": QCoreApplication.translate("Shipment", "Label created"),
        "shipped": QCoreApplication.translate("Shipment", "Handed over"),
        "in_transit": QCoreApplication.translate("Shipment", "In transit"),
        "delivered": QCoreApplication.translate("Shipment", "Delivered"),
        "exception": QCoreApplication.translate("Shipment", "Exception"),
        "returned": QCoreApplication.translate("Shipment", "Returned"),
        "lost": QCoreApplication.translate("Shipment", "Lost"),
    }
    return labels.get(str(status), str(status))


def label_status_label(status: str) -> str:
    labels = {
        "created": QCoreApplication.translate("Shipment", "Not printed"),
        "printed": QCoreApplication.translate("Shipment", "Printed"),
        "voided": QCoreApplication.translate("Shipment", "Voided"),
    }
    return labels.get(str(status), str(status))


def money_label(amount: object, currency: str = "") -> str:
    """`¥1,234.50` for CNY (never `1,234.50 CNY`); an unknown code follows the amount."""
    return format_money(amount, currency)


def payment_method_label(method: str) -> str:
    labels = {
        "alipay": QCoreApplication.translate("Payment", "Alipay"),
        "wechat": QCoreApplication.translate("Payment", "WeChat Pay"),
        "wechat_pay": QCoreApplication.translate("Payment", "WeChat Pay"),
        "card": QCoreApplication.translate("Payment", "Bank card"),
        "bank_transfer": QCoreApplication.translate("Payment", "Bank transfer"),
        "cash": QCoreApplication.translate("Payment", "Cash"),
        "cod": QCoreApplication.translate("Payment", "Cash on delivery"),
        "paypal": QCoreApplication.translate("Payment", "PayPal"),
        "platform": QCoreApplication.translate("Payment", "Paid on the platform"),
    }
    return labels.get((method or "").lower(), method)


def user_name_label(name: str) -> str:
    """Who did it: the app records work done by no logged-in user (imports from the command
    line, the demo, the review rules) as "system"."""
    if name == "system":
        return QCoreApplication.translate("Users", "System")
    return name


def refund_reason_label(reason: str) -> str:
    """Refund reasons the app writes itself (app/ has no Qt), in the user's language."""
    prefix = "order cancelled: "
    if reason.startswith(prefix):
        return QCoreApplication.translate("Payment", "Order cancelled: %1").replace(
            "%1", reason[len(prefix) :]
        )
    if reason == "order cancelled":
        return QCoreApplication.translate("Payment", "Order cancelled")
    prefix = "case rejected: "
    if reason.startswith(prefix):
        return QCoreApplication.translate("Payment", "Case rejected: %1").replace(
            "%1", reason[len(prefix) :]
        )
    return reason
