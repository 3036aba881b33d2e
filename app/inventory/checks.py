"""Input checks of the inventory's functions, and the lookups that refuse what does not
exist (with the same message wherever the inventory is asked)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.errors import ConflictError, NotFound, ValidationError
from app.inventory.model import MAX_QTY
from app.stock import Reference, StockLine, merge_lines
from app.uow import UnitOfWork
from models import Order, Product, ReturnCase, Warehouse


def check_qty(value: object, field: str = "qty", *, allow_negative: bool = False) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("Quantity must be a whole number", field=field)
    if value == 0 or (value < 0 and not allow_negative):
        raise ValidationError("Quantity must be more than 0", field=field)
    if abs(value) > MAX_QTY:
        raise ValidationError("Quantity {qty} is too large", field=field, qty=value)
    return value


def check_lines(lines: object) -> list[StockLine]:
    if not isinstance(lines, list | tuple) or not lines:
        raise ValidationError("Add at least one SKU with a quantity", field="lines")
    for line in lines:
        if not isinstance(line, StockLine):
            raise ValidationError("Add at least one SKU with a quantity", field="lines")
        check_qty(line.qty)
    return merge_lines(lines)


def load_warehouse(uow: UnitOfWork, warehouse_id: object, *, active: bool = True) -> Warehouse:
    found = uow.session.get(Warehouse, warehouse_id) if isinstance(warehouse_id, int) else None
    if found is None:
        raise NotFound("No warehouse with id {warehouse_id}", warehouse_id=warehouse_id)
    if active and not found.is_active:
        raise ConflictError("Warehouse {warehouse} is not active", warehouse=found.code)
    return found


def load_product(uow: UnitOfWork, product_id: object) -> Product:
    found = uow.session.get(Product, product_id) if isinstance(product_id, int) else None
    if found is None:
        raise NotFound("No product with id {product_id}", product_id=product_id)
    return found


def check_products(uow: UnitOfWork, lines: Iterable[StockLine]) -> None:
    wanted = {line.product_id for line in lines}
    found = set(uow.session.scalars(select(Product.id).where(Product.id.in_(wanted))))
    for missing in sorted(wanted - found, key=str):
        raise NotFound("No product with id {product_id}", product_id=missing)


def load_order(uow: UnitOfWork, order_no: object) -> Order:
    order = None
    if isinstance(order_no, str) and order_no.strip():
        order = uow.session.scalar(select(Order).where(Order.order_no == order_no.strip()))
    if order is None:
        raise NotFound("No order {order_no}", order_no=order_no)
    return order


def case_reference(uow: UnitOfWork, case_no: object) -> Reference | None:
    if not case_no:
        return None
    found = None
    if isinstance(case_no, str):
        found = uow.session.scalar(
            select(ReturnCase.id).where(ReturnCase.case_no == case_no.strip())
        )
    if found is None:
        raise NotFound("No after-sales case {case_no}", case_no=case_no)
    return Reference("case", found)
