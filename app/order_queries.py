"""Read-side queries over orders for the tables and detail panes (masked per role)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.db import Database
from app.permissions import Actor, Permission, requires
from app.pii import mask_address, mask_phone, sees_pii
from app.uow import UnitOfWork, read
from models import Order, OrderStatus


@dataclass(frozen=True)
class OrderRow:
    id: int
    order_no: str
    channel: str
    external_no: str
    status: OrderStatus
    is_on_hold: bool
    recipient_name: str
    recipient_phone: str  # masked unless the role may see personal data
    province: str
    city: str
    address: str
    total: Decimal
    currency: str
    ordered_at: datetime


class OrderQueryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.VIEW_ORDERS)
    def status_counts(self, actor: Actor) -> dict[OrderStatus, int]:
        def work(uow: UnitOfWork) -> dict[OrderStatus, int]:
            rows = uow.session.execute(
                select(Order.status, func.count(Order.id)).group_by(Order.status)
            ).all()
            return {OrderStatus(s): n for s, n in rows}

        return read(self.db, work)

    @requires(Permission.VIEW_ORDERS)
    def recent(
        self, actor: Actor, status: OrderStatus | None = None, limit: int = 200
    ) -> list[OrderRow]:
        full = sees_pii(actor)

        def work(uow: UnitOfWork) -> list[OrderRow]:
            query = select(Order).order_by(Order.ordered_at.desc(), Order.id.desc()).limit(limit)
            if status is not None:
                query = query.where(Order.status == status)
            return [
                OrderRow(
                    o.id, o.order_no, o.channel, o.external_no or "", o.status, o.is_on_hold,
                    o.recipient_name,
                    o.recipient_phone if full else mask_phone(o.recipient_phone),
                    o.province, o.city, o.address if full else mask_address(o.address),
                    o.total, o.currency, o.ordered_at,
                )
                for o in uow.session.scalars(query)
            ]  # fmt: skip

        return read(self.db, work)
