"""Platform order statuses → our `OrderStatus` values.

Chinese platforms write sentences (``买家已付款，等待卖家发货``), so their rules match phrases in a
fixed order (cancellation first, because ``交易关闭`` beats everything; unpaid before paid;
"waiting for the buyer to confirm receipt" is shipped, not completed). English platforms use
short words, matched exactly after lower-casing. Shopify combines a financial and a fulfilment
status and is handled by `shopify_status`.
"""

from __future__ import annotations

import unicodedata

from models.enums import OrderStatus

PP = OrderStatus.PENDING_PAYMENT.value
PR = OrderStatus.PENDING_REVIEW.value
SHIPPED = OrderStatus.SHIPPED.value
DELIVERED = OrderStatus.DELIVERED.value
COMPLETED = OrderStatus.COMPLETED.value
CANCELLED = OrderStatus.CANCELLED.value

# Statuses after which there is nothing left for us to ship.
DONE_OR_GONE = frozenset({SHIPPED, DELIVERED, COMPLETED, CANCELLED})

_ZH_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("交易关闭", "已关闭", "关闭", "取消", "退款成功", "已退款", "作废", "已删除"), CANCELLED),
    (("等待买家付款", "待付款", "待支付", "未付款", "等待付款", "待买家付款"), PP),
    (("部分发货",), PR),
    (("已签收", "已送达"), DELIVERED),
    (
        (
            "卖家已发货", "已发货", "待收货", "等待确认收货", "等待买家确认", "运输中", "已揽收",
            "配送中", "派送中", "已出库",
        ),
        SHIPPED,
    ),
    (("交易成功", "已完成", "交易完成", "已收货", "确认收货", "完成"), COMPLETED),
    (
        (
            "等待卖家发货", "买家已付款", "待发货", "已付款", "已支付", "等待出库", "待出库",
            "备货中", "待审核", "等待发货", "待配货", "锁定", "暂停", "待处理",
        ),
        PR,
    ),
)  # fmt: skip

# Our own labels (OrderStatus comments) so a re-imported template keeps its statuses.
_OURS = {
    "待付款": PP,
    "待审核": PR,
    "待修正": OrderStatus.NEEDS_CORRECTION.value,
    "已审核": OrderStatus.APPROVED.value,
    "已确认": OrderStatus.CONFIRMED.value,
    "拣货中": OrderStatus.PICKING.value,
    "已打包": OrderStatus.PACKED.value,
    "已发货": SHIPPED,
    "已签收": DELIVERED,
    "已完成": COMPLETED,
    "已取消": CANCELLED,
    **{s.value: s.value for s in OrderStatus},
}

_EN: dict[str, str] = {
    **{k: PP for k in (
        "pending", "pending payment", "awaiting payment", "unpaid", "on hold", "payment pending",
        "partially paid", "not paid",
    )},
    **{k: PR for k in (
        "processing", "paid", "unshipped", "unfulfilled", "partially shipped",
        "partiallyshipped", "partial", "partially fulfilled", "awaiting shipment",
        "ready to ship", "new", "open", "authorized", "partially refunded", "pending review",
    )},
    **{k: SHIPPED for k in ("shipped", "fulfilled", "dispatched", "posted", "in transit")},
    "delivered": DELIVERED,
    **{k: COMPLETED for k in ("completed", "complete")},
    **{k: CANCELLED for k in (
        "cancelled", "canceled", "refunded", "voided", "failed", "closed", "expired",
    )},
}  # fmt: skip


def _en_key(text: str) -> str:
    s = text.strip().lower().replace("_", " ").replace("-", " ")
    if s.startswith("wc "):
        s = s[3:]
    return " ".join(s.split())


def map_status(text: str, style: str) -> str | None:
    """Our status for a platform status text, or None when it is not recognised."""
    if not text:
        return None
    s = unicodedata.normalize("NFKC", text).strip()
    if style == "kuaidan" and s in _OURS:
        return _OURS[s]
    if s in _OURS and s.isascii():
        return _OURS[s]
    key = _en_key(s)
    if key in _EN:
        return _EN[key]
    for phrases, status in _ZH_RULES:
        if any(p in s for p in phrases):
            return status
    return None


def shopify_status(financial: str, fulfillment: str, cancelled: bool) -> str:
    """Shopify: Financial Status (paid, pending, refunded, …) + Fulfillment Status."""
    fin = _en_key(financial)
    ful = _en_key(fulfillment)
    if cancelled or fin in ("voided", "expired") or (fin == "refunded" and ful != "fulfilled"):
        return CANCELLED
    if ful == "fulfilled":
        return SHIPPED
    if fin in ("pending", "partially paid", "unpaid"):
        return PP
    return PR
