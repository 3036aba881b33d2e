"""Readable names for the audit log: each action the app writes, the objects and areas it
names, in the user's language (app/audit_queries.py lists the actions)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def _actions() -> dict[str, str]:
    # Literal texts in translate() calls, where lupdate finds them.
    return {
        "order.create": QCoreApplication.translate("Audit", "Order created"),
        "order.edit": QCoreApplication.translate("Audit", "Order edited"),
        "order.mark_paid": QCoreApplication.translate("Audit", "Payment recorded on order"),
        "order.approve": QCoreApplication.translate("Audit", "Order approved"),
        "order.return_for_correction": QCoreApplication.translate(
            "Audit", "Order returned for correction"
        ),
        "order.resubmit": QCoreApplication.translate("Audit", "Order resubmitted"),
        "order.confirm": QCoreApplication.translate("Audit", "Order confirmed (stock reserved)"),
        "order.pick": QCoreApplication.translate("Audit", "Order picked"),
        "order.pack": QCoreApplication.translate("Audit", "Order packed"),
        "order.ship": QCoreApplication.translate("Audit", "Order shipped"),
        "order.deliver": QCoreApplication.translate("Audit", "Order delivered"),
        "order.complete": QCoreApplication.translate("Audit", "Order completed"),
        "order.cancel": QCoreApplication.translate("Audit", "Order cancelled"),
        "order.release_stock": QCoreApplication.translate("Audit", "Order stock released"),
        "order.hold": QCoreApplication.translate("Audit", "Order put on hold"),
        "order.release": QCoreApplication.translate("Audit", "Order hold released"),
        "order.evaluate_rules": QCoreApplication.translate("Audit", "Review rules applied"),
        "order.link_skus": QCoreApplication.translate("Audit", "Order lines linked to SKUs"),
        "order.assign_carrier": QCoreApplication.translate("Audit", "Carrier assigned"),
        "order.merge": QCoreApplication.translate("Audit", "Orders merged"),
        "order.merge_source": QCoreApplication.translate("Audit", "Order merged into another"),
        "order.split": QCoreApplication.translate("Audit", "Order split"),
        "order.pack_verified": QCoreApplication.translate("Audit", "Packing checked by scan"),
        "payment.record": QCoreApplication.translate("Audit", "Payment recorded"),
        "payment.resolve": QCoreApplication.translate("Audit", "Payment problem resolved"),
        "payment.cod_collected": QCoreApplication.translate("Audit", "COD collected by carrier"),
        "payment.cod_remitted": QCoreApplication.translate("Audit", "COD remitted"),
        "refund.request": QCoreApplication.translate("Audit", "Refund requested"),
        "refund.approve": QCoreApplication.translate("Audit", "Refund approved"),
        "refund.reject": QCoreApplication.translate("Audit", "Refund rejected"),
        "stock.receive": QCoreApplication.translate("Audit", "Goods received"),
        "stock.reserve": QCoreApplication.translate("Audit", "Stock reserved"),
        "stock.release": QCoreApplication.translate("Audit", "Stock reservation released"),
        "stock.ship": QCoreApplication.translate("Audit", "Stock shipped out"),
        "stock.return_restock": QCoreApplication.translate("Audit", "Return put back in stock"),
        "stock.return_quarantine": QCoreApplication.translate("Audit", "Return quarantined"),
        "stock.adjust": QCoreApplication.translate("Audit", "Stock adjusted"),
        "stock.transfer_out": QCoreApplication.translate("Audit", "Transfer sent out"),
        "stock.transfer_in": QCoreApplication.translate("Audit", "Transfer received in"),
        "stock.stocktake": QCoreApplication.translate("Audit", "Stocktake posted"),
        "stock.repair": QCoreApplication.translate("Audit", "Stock figures repaired"),
        "stock.settings": QCoreApplication.translate("Audit", "Stock level settings changed"),
        "transfer.create": QCoreApplication.translate("Audit", "Transfer created"),
        "transfer.dispatch": QCoreApplication.translate("Audit", "Transfer dispatched"),
        "transfer.receive": QCoreApplication.translate("Audit", "Transfer received"),
        "transfer.cancel": QCoreApplication.translate("Audit", "Transfer cancelled"),
        "count.create": QCoreApplication.translate("Audit", "Stock count started"),
        "count.record": QCoreApplication.translate("Audit", "Count recorded"),
        "count.post": QCoreApplication.translate("Audit", "Stock count posted"),
        "count.cancel": QCoreApplication.translate("Audit", "Stock count cancelled"),
        "product.create": QCoreApplication.translate("Audit", "Product created"),
        "product.update": QCoreApplication.translate("Audit", "Product changed"),
        "product.cost": QCoreApplication.translate("Audit", "Product cost changed"),
        "warehouse.create": QCoreApplication.translate("Audit", "Warehouse created"),
        "warehouse.update": QCoreApplication.translate("Audit", "Warehouse changed"),
        "wave.create": QCoreApplication.translate("Audit", "Pick wave created"),
        "wave.picked": QCoreApplication.translate("Audit", "Pick wave picked"),
        "wave.close": QCoreApplication.translate("Audit", "Pick wave closed"),
        "shipment.create": QCoreApplication.translate("Audit", "Parcel label created"),
        "shipment.weigh": QCoreApplication.translate("Audit", "Parcel weighed"),
        "shipment.hand_over": QCoreApplication.translate("Audit", "Parcels handed to carrier"),
        "shipment.label_void": QCoreApplication.translate("Audit", "Parcel label voided"),
        "shipment.label_reprint": QCoreApplication.translate("Audit", "Parcel label reprinted"),
        "shipment.status": QCoreApplication.translate("Audit", "Parcel status changed"),
        "shipment.delivered": QCoreApplication.translate("Audit", "Parcel delivered"),
        "shipment.exception_handled": QCoreApplication.translate("Audit", "Parcel problem handled"),
        "tracking.add_event": QCoreApplication.translate("Audit", "Tracking event added"),
        "tracking.import": QCoreApplication.translate("Audit", "Tracking file imported"),
        "carrier.create": QCoreApplication.translate("Audit", "Carrier created"),
        "carrier.update": QCoreApplication.translate("Audit", "Carrier changed"),
        "carrier_service.create": QCoreApplication.translate("Audit", "Carrier service created"),
        "carrier_service.update": QCoreApplication.translate("Audit", "Carrier service changed"),
        "carrier_service.delete": QCoreApplication.translate("Audit", "Carrier service deleted"),
        "carrier_rule.create": QCoreApplication.translate("Audit", "Carrier rule created"),
        "carrier_rule.update": QCoreApplication.translate("Audit", "Carrier rule changed"),
        "carrier_rule.delete": QCoreApplication.translate("Audit", "Carrier rule deleted"),
        "rate_rule.create": QCoreApplication.translate("Audit", "Shipping rate created"),
        "rate_rule.update": QCoreApplication.translate("Audit", "Shipping rate changed"),
        "rate_rule.delete": QCoreApplication.translate("Audit", "Shipping rate deleted"),
        "tracking_pool.create": QCoreApplication.translate("Audit", "Tracking number pool created"),
        "tracking_pool.update": QCoreApplication.translate("Audit", "Tracking number pool changed"),
        "customer.create": QCoreApplication.translate("Audit", "Customer created"),
        "customer.update": QCoreApplication.translate("Audit", "Customer changed"),
        "customer.merge": QCoreApplication.translate("Audit", "Customers merged"),
        "customer.link": QCoreApplication.translate("Audit", "Orders linked to customers"),
        "customer.link_buyer": QCoreApplication.translate("Audit", "Buyer account linked"),
        "customer.reveal_pii": QCoreApplication.translate("Audit", "Personal data revealed"),
        "customer.blacklist": QCoreApplication.translate("Audit", "Customer blacklist changed"),
        "ticket.create": QCoreApplication.translate("Audit", "Ticket created"),
        "ticket.update": QCoreApplication.translate("Audit", "Ticket changed"),
        "ticket.status": QCoreApplication.translate("Audit", "Ticket status changed"),
        "ticket.priority": QCoreApplication.translate("Audit", "Ticket priority changed"),
        "ticket.assign": QCoreApplication.translate("Audit", "Ticket assigned"),
        "ticket.message": QCoreApplication.translate("Audit", "Ticket reply"),
        "ticket.rating": QCoreApplication.translate("Audit", "Ticket rated"),
        "ticket.link_order": QCoreApplication.translate("Audit", "Ticket linked to an order"),
        "ticket.link_case": QCoreApplication.translate("Audit", "Ticket linked to a case"),
        "template.create": QCoreApplication.translate("Audit", "Reply template created"),
        "template.update": QCoreApplication.translate("Audit", "Reply template changed"),
        "template.delete": QCoreApplication.translate("Audit", "Reply template deleted"),
        "case.create": QCoreApplication.translate("Audit", "After-sales case created"),
        "case.receive_item": QCoreApplication.translate("Audit", "Returned item received"),
        "case.approve": QCoreApplication.translate("Audit", "After-sales case approved"),
        "case.reject": QCoreApplication.translate("Audit", "After-sales case rejected"),
        "case.await_return": QCoreApplication.translate("Audit", "Waiting for the return"),
        "case.receive": QCoreApplication.translate("Audit", "Return received"),
        "case.inspect": QCoreApplication.translate("Audit", "Return inspected"),
        "case.refund": QCoreApplication.translate("Audit", "Case refunded"),
        "case.resend": QCoreApplication.translate("Audit", "Replacement sent"),
        "case.close": QCoreApplication.translate("Audit", "After-sales case closed"),
        "import.start": QCoreApplication.translate("Audit", "Import started"),
        "import.chunk": QCoreApplication.translate("Audit", "Orders imported (part)"),
        "import.finish": QCoreApplication.translate("Audit", "Import finished"),
        "import.resume": QCoreApplication.translate("Audit", "Import resumed"),
        "import.profile_save": QCoreApplication.translate("Audit", "Import profile saved"),
        "import.profile_delete": QCoreApplication.translate("Audit", "Import profile deleted"),
        "sku_mapping.save": QCoreApplication.translate("Audit", "SKU mapping saved"),
        "sku_mapping.delete": QCoreApplication.translate("Audit", "SKU mapping deleted"),
        "export.orders": QCoreApplication.translate("Audit", "Orders exported"),
        "export.shipping": QCoreApplication.translate("Audit", "Shipping file exported"),
        "export.audit": QCoreApplication.translate("Audit", "Audit log exported"),
        "exception.assign": QCoreApplication.translate("Audit", "Exception assigned"),
        "exception.handled": QCoreApplication.translate("Audit", "Exception handled"),
        "rule.update": QCoreApplication.translate("Audit", "Review rule changed"),
        "setting.update": QCoreApplication.translate("Audit", "Setting changed"),
        "view.save": QCoreApplication.translate("Audit", "Saved view saved"),
        "view.delete": QCoreApplication.translate("Audit", "Saved view deleted"),
        "user.create": QCoreApplication.translate("Audit", "User created"),
        "user.update": QCoreApplication.translate("Audit", "User changed"),
        "user.login": QCoreApplication.translate("Audit", "Logged in"),
        "user.login_failed": QCoreApplication.translate("Audit", "Login failed"),
        "user.change_password": QCoreApplication.translate("Audit", "Password changed"),
        "user.reset_password": QCoreApplication.translate("Audit", "Password reset"),
        "user.unlock": QCoreApplication.translate("Audit", "Account unlocked"),
        "backup.create": QCoreApplication.translate("Audit", "Backup made"),
        "backup.verify": QCoreApplication.translate("Audit", "Backup verified"),
        "backup.restore": QCoreApplication.translate("Audit", "Backup restored"),
        "backup.restore_started": QCoreApplication.translate("Audit", "Restore started"),
        "backup.restore_failed": QCoreApplication.translate("Audit", "Restore failed"),
        "database.migrate_failed": QCoreApplication.translate(
            "Audit", "Moving the data to another database failed"
        ),
        "database.migrate_in": QCoreApplication.translate(
            "Audit", "Data moved in from another database"
        ),
        "database.migrate_out": QCoreApplication.translate(
            "Audit", "Data moved to another database"
        ),
        "demo.generate": QCoreApplication.translate("Audit", "Demo data generated"),
        "mail.password": QCoreApplication.translate("Audit", "Alert mail password changed"),
        "mail.retry": QCoreApplication.translate("Audit", "Failed alert mails sent again"),
    }


def _types() -> dict[str, str]:
    return {
        "order": QCoreApplication.translate("Audit", "Order"),
        "shipment": QCoreApplication.translate("Audit", "Parcel"),
        "payment": QCoreApplication.translate("Audit", "Payment"),
        "refund": QCoreApplication.translate("Audit", "Refund"),
        "return_case": QCoreApplication.translate("Audit", "After-sales case"),
        "ticket": QCoreApplication.translate("Audit", "Ticket"),
        "customer": QCoreApplication.translate("Audit", "Customer"),
        "product": QCoreApplication.translate("Audit", "Product"),
        "warehouse": QCoreApplication.translate("Audit", "Warehouse"),
        "stock": QCoreApplication.translate("Audit", "Stock level"),
        "transfer": QCoreApplication.translate("Audit", "Transfer"),
        "count": QCoreApplication.translate("Audit", "Stock count"),
        "wave": QCoreApplication.translate("Audit", "Pick wave"),
        "carrier": QCoreApplication.translate("Audit", "Carrier"),
        "user": QCoreApplication.translate("Audit", "User"),
        "setting": QCoreApplication.translate("Audit", "Setting"),
        "import_batch": QCoreApplication.translate("Audit", "Import"),
        "exception": QCoreApplication.translate("Audit", "Exception"),
        "carrier_service": QCoreApplication.translate("Audit", "Carrier service"),
        "carrier_rule": QCoreApplication.translate("Audit", "Carrier rule"),
        "rate_rule": QCoreApplication.translate("Audit", "Shipping rate"),
        "tracking_pool": QCoreApplication.translate("Audit", "Tracking number pool"),
        "reply_template": QCoreApplication.translate("Audit", "Reply template"),
        "import_profile": QCoreApplication.translate("Audit", "Import profile"),
        "sku_mapping": QCoreApplication.translate("Audit", "SKU mapping"),
        "review_rule": QCoreApplication.translate("Audit", "Review rule"),
        "saved_view": QCoreApplication.translate("Audit", "Saved view"),
        "backup": QCoreApplication.translate("Audit", "Backup"),
        "database": QCoreApplication.translate("Audit", "Database"),
        "mail": QCoreApplication.translate("Audit", "Alert mail"),
        "audit_log": QCoreApplication.translate("Audit", "Audit log"),
    }


def _areas() -> dict[str, str]:
    return {
        "order": QCoreApplication.translate("Audit", "Order"),
        "payment": QCoreApplication.translate("Audit", "Payment"),
        "refund": QCoreApplication.translate("Audit", "Refund"),
        "stock": QCoreApplication.translate("Audit", "Stock"),
        "transfer": QCoreApplication.translate("Audit", "Transfer"),
        "count": QCoreApplication.translate("Audit", "Stock count"),
        "product": QCoreApplication.translate("Audit", "Product"),
        "warehouse": QCoreApplication.translate("Audit", "Warehouse"),
        "wave": QCoreApplication.translate("Audit", "Pick wave"),
        "shipment": QCoreApplication.translate("Audit", "Parcel"),
        "tracking": QCoreApplication.translate("Audit", "Tracking"),
        "carrier": QCoreApplication.translate("Audit", "Carrier"),
        "customer": QCoreApplication.translate("Audit", "Customer"),
        "ticket": QCoreApplication.translate("Audit", "Ticket"),
        "case": QCoreApplication.translate("Audit", "After-sales case"),
        "import": QCoreApplication.translate("Audit", "Import"),
        "export": QCoreApplication.translate("Audit", "Export"),
        "exception": QCoreApplication.translate("Audit", "Exception"),
        "setting": QCoreApplication.translate("Audit", "Setting"),
        "user": QCoreApplication.translate("Audit", "User"),
        "backup": QCoreApplication.translate("Audit", "Backup"),
        "mail": QCoreApplication.translate("Audit", "Alert mail"),
    }


def audit_action_label(action: str) -> str:
    """The action in words; an action added later without a label still reads as its
    area and verb ("订单: reopen") rather than the raw key."""
    known = _actions().get(action)
    if known is not None:
        return known
    area, _, verb = action.partition(".")
    return f"{_areas().get(area, area)}: {verb.replace('_', ' ')}" if verb else action


def action_labels() -> dict[str, str]:
    return _actions()


def object_type_label(entity_type: str) -> str:
    return _types().get(entity_type, entity_type)


def object_type_labels() -> dict[str, str]:
    return _types()


def field_label(name: str) -> str:
    """A changed field in the user's words (every field the services audit); an unknown one
    keeps the name the entry carries."""
    labels = {
        "amount": QCoreApplication.translate("Audit", "amount"),
        "assignee_id": QCoreApplication.translate("Audit", "assignee"),
        "audit_seq": QCoreApplication.translate("Audit", "audit sequence"),
        "bin": QCoreApplication.translate("Audit", "bin"),
        "bins": QCoreApplication.translate("Audit", "bins"),
        "blacklist_reason": QCoreApplication.translate("Audit", "blacklist reason"),
        "body": QCoreApplication.translate("Audit", "message"),
        "carrier": QCoreApplication.translate("Audit", "carrier"),
        "carrier_id": QCoreApplication.translate("Audit", "carrier"),
        "case_id": QCoreApplication.translate("Audit", "after-sales case"),
        "case_no": QCoreApplication.translate("Audit", "case number"),
        "cases_moved": QCoreApplication.translate("Audit", "cases moved"),
        "category": QCoreApplication.translate("Audit", "category"),
        "channel": QCoreApplication.translate("Audit", "channel"),
        "channel_buyer_id": QCoreApplication.translate("Audit", "channel buyer ID"),
        "checkpoint_row": QCoreApplication.translate("Audit", "checkpoint row"),
        "code": QCoreApplication.translate("Audit", "code"),
        "columns": QCoreApplication.translate("Audit", "columns"),
        "cost": QCoreApplication.translate("Audit", "unit cost"),
        "count": QCoreApplication.translate("Audit", "count"),
        "counter": QCoreApplication.translate("Audit", "counter"),
        "created": QCoreApplication.translate("Audit", "created"),
        "customer_id": QCoreApplication.translate("Audit", "customer"),
        "customers_created": QCoreApplication.translate("Audit", "customers created"),
        "delivered_at": QCoreApplication.translate("Audit", "delivered at"),
        "disposition": QCoreApplication.translate("Audit", "disposition"),
        "duplicates": QCoreApplication.translate("Audit", "duplicates"),
        "duplicates_skipped": QCoreApplication.translate("Audit", "duplicates skipped"),
        "end": QCoreApplication.translate("Audit", "end"),
        "eta_days": QCoreApplication.translate("Audit", "days to deliver"),
        "event": QCoreApplication.translate("Audit", "event"),
        "events": QCoreApplication.translate("Audit", "events"),
        "everyone": QCoreApplication.translate("Audit", "everyone's entries"),
        "exception": QCoreApplication.translate("Audit", "exception"),
        "expected": QCoreApplication.translate("Audit", "expected"),
        "failed_attempts": QCoreApplication.translate("Audit", "failed attempts"),
        "file": QCoreApplication.translate("Audit", "file"),
        "file_name": QCoreApplication.translate("Audit", "file name"),
        "file_sha256": QCoreApplication.translate("Audit", "file checksum"),
        "filter": QCoreApplication.translate("Audit", "filter"),
        "format": QCoreApplication.translate("Audit", "format"),
        "from": QCoreApplication.translate("Audit", "from"),
        "given_buyer_id": QCoreApplication.translate("Audit", "given buyer ID"),
        "held": QCoreApplication.translate("Audit", "held"),
        "hold_reason": QCoreApplication.translate("Audit", "hold reason"),
        "internal": QCoreApplication.translate("Audit", "internal"),
        "is_active": QCoreApplication.translate("Audit", "active"),
        "is_blacklisted": QCoreApplication.translate("Audit", "blacklisted"),
        "is_on_hold": QCoreApplication.translate("Audit", "on hold"),
        "kept": QCoreApplication.translate("Audit", "kept"),
        "kind": QCoreApplication.translate("Audit", "kind"),
        "label_status": QCoreApplication.translate("Audit", "label status"),
        "lines": QCoreApplication.translate("Audit", "order lines"),
        "lines_created": QCoreApplication.translate("Audit", "lines created"),
        "locked_until": QCoreApplication.translate("Audit", "locked until"),
        "mapping": QCoreApplication.translate("Audit", "column mapping"),
        "merged_customer_id": QCoreApplication.translate("Audit", "merged customer"),
        "merged_customer_name": QCoreApplication.translate("Audit", "merged customer name"),
        "merged_into": QCoreApplication.translate("Audit", "merged into"),
        "message_id": QCoreApplication.translate("Audit", "message"),
        "method": QCoreApplication.translate("Audit", "method"),
        "name": QCoreApplication.translate("Audit", "name"),
        "note": QCoreApplication.translate("Audit", "note"),
        "order_id": QCoreApplication.translate("Audit", "order"),
        "order_ids": QCoreApplication.translate("Audit", "orders"),
        "order_no": QCoreApplication.translate("Audit", "order number"),
        "orders": QCoreApplication.translate("Audit", "orders"),
        "orders_created": QCoreApplication.translate("Audit", "orders created"),
        "orders_moved": QCoreApplication.translate("Audit", "orders moved"),
        "origin": QCoreApplication.translate("Audit", "origin"),
        "owner_id": QCoreApplication.translate("Audit", "owner"),
        "paid_amount": QCoreApplication.translate("Audit", "paid amount"),
        "paid_at": QCoreApplication.translate("Audit", "paid at"),
        "payment_id": QCoreApplication.translate("Audit", "payment"),
        "pii": QCoreApplication.translate("Audit", "personal data"),
        "platform": QCoreApplication.translate("Audit", "platform"),
        "platform_sku": QCoreApplication.translate("Audit", "platform SKU"),
        "prefix": QCoreApplication.translate("Audit", "prefix"),
        "priority": QCoreApplication.translate("Audit", "priority"),
        "problems": QCoreApplication.translate("Audit", "problems"),
        "product_id": QCoreApplication.translate("Audit", "product"),
        "qty": QCoreApplication.translate("Audit", "quantity"),
        "rating": QCoreApplication.translate("Audit", "rating"),
        "reason": QCoreApplication.translate("Audit", "reason"),
        "reason_code": QCoreApplication.translate("Audit", "reason code"),
        "reference": QCoreApplication.translate("Audit", "reference"),
        "refund": QCoreApplication.translate("Audit", "refund"),
        "refund_ids": QCoreApplication.translate("Audit", "refunds"),
        "region": QCoreApplication.translate("Audit", "region"),
        "remitted_amount": QCoreApplication.translate("Audit", "remitted amount"),
        "resolved_at": QCoreApplication.translate("Audit", "resolved at"),
        "revealed": QCoreApplication.translate("Audit", "revealed"),
        "role": QCoreApplication.translate("Audit", "role"),
        "rows": QCoreApplication.translate("Audit", "rows"),
        "rows_failed": QCoreApplication.translate("Audit", "rows failed"),
        "rules": QCoreApplication.translate("Audit", "rules"),
        "safety_stock": QCoreApplication.translate("Audit", "safety stock"),
        "scans": QCoreApplication.translate("Audit", "scans"),
        "seconds": QCoreApplication.translate("Audit", "seconds"),
        "seed": QCoreApplication.translate("Audit", "seed"),
        "shipments": QCoreApplication.translate("Audit", "parcels"),
        "shipped_at": QCoreApplication.translate("Audit", "shipped at"),
        "sku": QCoreApplication.translate("Audit", "SKU"),
        "skus": QCoreApplication.translate("Audit", "SKUs"),
        "sla_due_at": QCoreApplication.translate("Audit", "due by"),
        "sources": QCoreApplication.translate("Audit", "sources"),
        "split_into": QCoreApplication.translate("Audit", "split into"),
        "start": QCoreApplication.translate("Audit", "start"),
        "state": QCoreApplication.translate("Audit", "state"),
        "status": QCoreApplication.translate("Audit", "status"),
        "subject": QCoreApplication.translate("Audit", "subject"),
        "ticket_no": QCoreApplication.translate("Audit", "ticket number"),
        "tickets_moved": QCoreApplication.translate("Audit", "tickets moved"),
        "to": QCoreApplication.translate("Audit", "to"),
        "total": QCoreApplication.translate("Audit", "total"),
        "tracking_no": QCoreApplication.translate("Audit", "tracking number"),
        "tracking_nos": QCoreApplication.translate("Audit", "tracking numbers"),
        "uncovered": QCoreApplication.translate("Audit", "uncovered"),
        "username": QCoreApplication.translate("Audit", "user name"),
        "warehouse": QCoreApplication.translate("Audit", "warehouse"),
        "warehouse_id": QCoreApplication.translate("Audit", "warehouse"),
        "wave_no": QCoreApplication.translate("Audit", "wave number"),
        "weight_g": QCoreApplication.translate("Audit", "weight (g)"),
        "width": QCoreApplication.translate("Audit", "width"),
        "workstation": QCoreApplication.translate("Audit", "workstation"),
        "recipient_name": QCoreApplication.translate("Audit", "recipient"),
        "recipient_phone": QCoreApplication.translate("Audit", "phone"),
        "address": QCoreApplication.translate("Audit", "address"),
        "value": QCoreApplication.translate("Audit", "value"),
        "replacement_order_id": QCoreApplication.translate("Audit", "replacement order"),
        "received": QCoreApplication.translate("Audit", "received"),
        "price": QCoreApplication.translate("Audit", "price"),
        "barcode": QCoreApplication.translate("Audit", "barcode"),
        "email": QCoreApplication.translate("Audit", "e-mail"),
        "phone": QCoreApplication.translate("Audit", "phone"),
        "tags": QCoreApplication.translate("Audit", "tags"),
        "unit_price": QCoreApplication.translate("Audit", "unit price"),
        "discount": QCoreApplication.translate("Audit", "discount"),
        "shipping_fee": QCoreApplication.translate("Audit", "shipping fee"),
        "currency": QCoreApplication.translate("Audit", "currency"),
        "is_cod": QCoreApplication.translate("Audit", "cash on delivery"),
        "remark": QCoreApplication.translate("Audit", "remark"),
        "buyer_note": QCoreApplication.translate("Audit", "buyer note"),
        "seller_note": QCoreApplication.translate("Audit", "seller note"),
    }
    return labels.get(name, name)


def value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def change_values(name: str, change: Any, entity_type: str = "") -> tuple[str | None, str]:
    """(before, after) as text; None before: the field was set, not changed. An order's
    states in words."""
    before, after = change if isinstance(change, list) and len(change) == 2 else (None, change)
    if name == "status" and entity_type == "order":
        before = status_label(before) if isinstance(before, str) else before
        after = status_label(after) if isinstance(after, str) else after
    return (None if before is None else value_text(before)), value_text(after)


def changes_text(changes: dict[str, Any], limit: int = 160, entity_type: str = "") -> str:
    """One line: field before → after; ... (cut at `limit` characters)."""
    parts = []
    for name, change in changes.items():
        before, after = change_values(name, change, entity_type)
        if before is None:
            parts.append(f"{field_label(name)}: {after}")
        else:
            parts.append(f"{field_label(name)}: {before} → {after}")
    line = "；".join(parts)
    return line if len(line) <= limit else line[: limit - 1] + "…"
