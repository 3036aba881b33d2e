"""Platform SKUs → our products.

A line's key is its platform SKU, or its product name when the platform gave no SKU (gift
cards, digital goods). A key is looked up in this order: the remembered mapping for the channel
(`SkuMapping`, made when a clerk maps an unknown SKU), then our own SKU codes, then barcodes;
only active products count. The import resolves every line this way before it writes it; the
review rules call `link_lines` before they evaluate, so an order held for "SKU not in
catalogue" is linked and released as soon as the product is created or the SKU is mapped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.db import one_of, one_of_parts
from models import Order, OrderLine, Product, SkuMapping

_LINK_LINE = (
    update(OrderLine.__table__)
    .where(OrderLine.__table__.c.id == bindparam("line_id"))
    .values(product_id=bindparam("pid"), sku=bindparam("our_sku"))
)


def line_key(sku: str, name: str) -> str:
    """What a platform line is mapped by: its SKU, else its product name."""
    return sku or name


def _pick(wanted: Iterable[str], rows: Iterable[Any], found: dict[str, tuple[int, str]]) -> None:
    """Match query results back to the codes asked for. Exact first; a case-insensitive
    collation (MySQL) may return the stored spelling, so fall back to case-folded."""
    exact: dict[str, tuple[int, str]] = {}
    folded: dict[str, tuple[int, str]] = {}
    for key, product_id, sku in rows:
        exact.setdefault(key, (product_id, sku))
        folded.setdefault(key.casefold(), (product_id, sku))
    for code in wanted:
        hit = exact.get(code) or folded.get(code.casefold())
        if hit is not None and code not in found:
            found[code] = hit


def resolve_skus(
    session: Session, channel: str, codes: Collection[str]
) -> dict[str, tuple[int, str]]:
    """Platform SKU → (product id, our SKU) for the codes that resolve; the rest are unknown."""
    wanted = sorted({c for c in codes if c})
    found: dict[str, tuple[int, str]] = {}
    if not wanted:
        return found
    active = Product.is_active.is_(True)
    for part in one_of_parts(wanted):
        _pick(
            part,
            session.execute(
                select(SkuMapping.platform_sku, Product.id, Product.sku)
                .join(Product, Product.id == SkuMapping.product_id)
                .where(SkuMapping.channel == channel, one_of(SkuMapping.platform_sku, part), active)
            ),
            found,
        )
    for column in (Product.sku, Product.barcode):
        rest = [c for c in wanted if c not in found and len(c) <= 64]
        for part in one_of_parts(rest):
            _pick(
                part,
                session.execute(
                    select(column, Product.id, Product.sku).where(one_of(column, part), active)
                ),
                found,
            )
    return found


def link_lines(session: Session, order_ids: Sequence[int]) -> dict[int, list[str]]:
    """Give the orders' lines without a product the product their key resolves to now.

    Returns order id → the keys that were linked (only orders that changed)."""
    pending: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for part in one_of_parts(list(order_ids)):
        for line_id, order_id, sku, name, channel in session.execute(
            select(OrderLine.id, OrderLine.order_id, OrderLine.sku, OrderLine.name, Order.channel)
            .join(Order, Order.id == OrderLine.order_id)
            .where(OrderLine.order_id.in_(part), OrderLine.product_id.is_(None))
        ):
            key = line_key(sku, name)
            if key:
                pending[channel].append((line_id, order_id, key))
    linked: dict[int, list[str]] = defaultdict(list)
    updates = []
    for channel, lines in pending.items():
        resolved = resolve_skus(session, channel, {key for _l, _o, key in lines})
        for line_id, order_id, key in lines:
            if key in resolved:
                product_id, our_sku = resolved[key]
                updates.append({"line_id": line_id, "pid": product_id, "our_sku": our_sku})
                linked[order_id].append(key)
    if updates:
        session.connection().execute(_LINK_LINE, updates)
    return dict(linked)
