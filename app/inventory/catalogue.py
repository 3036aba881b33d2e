"""The catalogue: products, warehouses, bins and each SKU's safety stock per warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from app.costing import check_cost
from app.errors import ConflictError, NotFound, ValidationError
from app.inventory.checks import load_product, load_warehouse
from app.inventory.model import MAX_QTY, ProductInfo, StockRow, WarehouseInfo
from app.inventory.table import search_condition, stock_rows
from app.uow import UnitOfWork
from app.validation import form_text
from models import BinLocation, Product, StockLevel, Warehouse


def find_product(uow: UnitOfWork, code: str) -> ProductInfo:
    """The product whose SKU or barcode is exactly `code` (what a scanner sends)."""
    text = form_text(code, "code", required=True, max_len=64)
    product = uow.session.scalar(
        select(Product).where(or_(func.lower(Product.sku) == text.lower(), Product.barcode == text))
    )
    if product is None:
        raise NotFound("No product with SKU or barcode {code}", code=text)
    return _product_info(product)


def list_products(
    uow: UnitOfWork, search: str = "", limit: int = 200, include_inactive: bool = False
) -> list[ProductInfo]:
    if not isinstance(search, str):
        raise ValidationError("Expected text", field="search")
    stmt = select(Product).where(search_condition(search)).order_by(Product.sku)
    if not include_inactive:
        stmt = stmt.where(Product.is_active.is_(True))
    return [_product_info(p) for p in uow.session.scalars(stmt.limit(limit))]


def list_warehouses(uow: UnitOfWork, include_inactive: bool = False) -> list[WarehouseInfo]:
    stmt = select(Warehouse).order_by(Warehouse.priority, Warehouse.id)
    if not include_inactive:
        stmt = stmt.where(Warehouse.is_active.is_(True))
    return [_warehouse_info(w) for w in uow.session.scalars(stmt)]


def list_bins(uow: UnitOfWork, warehouse_id: int) -> list[str]:
    return list(
        uow.session.scalars(
            select(BinLocation.code)
            .where(BinLocation.warehouse_id == warehouse_id)
            .order_by(BinLocation.code)
        )
    )


def create_product_in(
    uow: UnitOfWork,
    sku: str,
    name: str,
    barcode: str = "",
    spec: str = "",
    unit_price: Decimal = Decimal(0),
    weight_g: int = 0,
    warehouse_ids: list[int] | None = None,
    cost: Decimal = Decimal(0),
) -> ProductInfo:
    """A new SKU, carried (with an empty balance) in the given warehouses, or in every
    active warehouse when none are given."""
    fields = _product_fields(
        sku=sku, name=name, barcode=barcode, spec=spec, unit_price=unit_price, weight_g=weight_g,
        cost=cost,
    )  # fmt: skip
    with _unique_codes():
        _unique_product(uow, fields, None)
        product = Product(**fields, is_active=True)
        uow.session.add(product)
        uow.session.flush()
        if warehouse_ids is None:
            targets = list(
                uow.session.scalars(select(Warehouse.id).where(Warehouse.is_active.is_(True)))
            )
        else:
            targets = [load_warehouse(uow, w).id for w in warehouse_ids]
        uow.session.add_all(
            StockLevel(product_id=product.id, warehouse_id=w) for w in sorted(set(targets))
        )
        uow.session.flush()
        uow.audit(
            "product.create", "product", product.sku, {k: [None, v] for k, v in fields.items()}
        )
        return _product_info(product)


def update_product_in(
    uow: UnitOfWork,
    product_id: int,
    *,
    sku: str | None = None,
    name: str | None = None,
    barcode: str | None = None,
    spec: str | None = None,
    unit_price: Decimal | None = None,
    weight_g: int | None = None,
    is_active: bool | None = None,
    cost: Decimal | None = None,
) -> ProductInfo:
    given = {
        k: v
        for k, v in dict(
            sku=sku, name=name, barcode=barcode, spec=spec, unit_price=unit_price,
            weight_g=weight_g, cost=cost,
        ).items()
        if v is not None
    }  # fmt: skip
    fields = _product_fields(partial=True, **given)
    with _unique_codes():
        product = load_product(uow, product_id)
        _unique_product(uow, fields, product.id)
        if is_active is not None:
            fields["is_active"] = bool(is_active)
        changes = {
            k: [getattr(product, k), v] for k, v in fields.items() if getattr(product, k) != v
        }
        for key, value in fields.items():
            setattr(product, key, value)
        uow.session.flush()
        if changes:
            uow.audit("product.update", "product", product.sku, changes)
        return _product_info(product)


def create_warehouse_in(
    uow: UnitOfWork, code: str, name: str, priority: int = 100, address: str = ""
) -> WarehouseInfo:
    fields = _warehouse_fields(code=code, name=name, priority=priority, address=address)
    with _unique_codes():
        _unique_warehouse(uow, fields["code"], None)
        warehouse = Warehouse(**fields, is_active=True)
        uow.session.add(warehouse)
        uow.session.flush()
        uow.audit(
            "warehouse.create", "warehouse", warehouse.code,
            {k: [None, v] for k, v in fields.items()},
        )  # fmt: skip
        return _warehouse_info(warehouse)


def update_warehouse_in(
    uow: UnitOfWork,
    warehouse_id: int,
    *,
    code: str | None = None,
    name: str | None = None,
    priority: int | None = None,
    address: str | None = None,
    is_active: bool | None = None,
) -> WarehouseInfo:
    given = {
        k: v
        for k, v in dict(code=code, name=name, priority=priority, address=address).items()
        if v is not None
    }
    fields = _warehouse_fields(partial=True, **given)
    with _unique_codes():
        warehouse = load_warehouse(uow, warehouse_id, active=False)
        if "code" in fields:
            _unique_warehouse(uow, fields["code"], warehouse.id)
        if is_active is not None:
            fields["is_active"] = bool(is_active)
        changes = {
            k: [getattr(warehouse, k), v] for k, v in fields.items() if getattr(warehouse, k) != v
        }
        for key, value in fields.items():
            setattr(warehouse, key, value)
        uow.session.flush()
        if changes:
            uow.audit("warehouse.update", "warehouse", warehouse.code, changes)
        return _warehouse_info(warehouse)


def set_level_in(
    uow: UnitOfWork,
    product_id: int,
    warehouse_id: int,
    *,
    safety_stock: int | None = None,
    bin_code: str | None = None,
) -> StockRow:
    """Carry a SKU in a warehouse, and set its safety stock and bin (a new bin code is
    created in that warehouse; an empty one clears the bin)."""
    if safety_stock is not None and (
        not isinstance(safety_stock, int) or isinstance(safety_stock, bool)
        or not 0 <= safety_stock <= MAX_QTY
    ):  # fmt: skip
        raise ValidationError("Safety stock must be 0 or more", field="safety_stock")
    code = None if bin_code is None else form_text(bin_code, "bin_code", required=False, max_len=32)
    product = load_product(uow, product_id)
    warehouse = load_warehouse(uow, warehouse_id)
    level = uow.session.scalar(
        select(StockLevel).where(
            StockLevel.product_id == product.id, StockLevel.warehouse_id == warehouse.id
        )
    )
    if level is None:
        level = StockLevel(product_id=product.id, warehouse_id=warehouse.id)
        uow.session.add(level)
        uow.session.flush()
    changes: dict[str, Any] = {}
    if safety_stock is not None and level.safety_stock != safety_stock:
        changes["safety_stock"] = [level.safety_stock, safety_stock]
        level.safety_stock = safety_stock
    if code is not None:
        old_bin = (
            uow.session.scalar(select(BinLocation.code).where(BinLocation.id == level.bin_id))
            if level.bin_id
            else ""
        )
        bin_id = _bin_id(uow, warehouse.id, code) if code else None
        if bin_id != level.bin_id:
            changes["bin"] = [old_bin, code]
            level.bin_id = bin_id
    uow.session.flush()
    if changes:
        uow.audit("stock.settings", "stock", f"{product.sku}@{warehouse.code}", changes)
    return stock_rows(uow, [level.id])[0]


def _product_info(p: Product) -> ProductInfo:
    return ProductInfo(
        p.id, p.sku, p.barcode or "", p.name, p.spec or "", p.unit_price, p.weight_g, p.is_active,
        p.cost,
    )  # fmt: skip


def _warehouse_info(w: Warehouse) -> WarehouseInfo:
    return WarehouseInfo(w.id, w.code, w.name, w.priority, w.address or "", w.is_active)


def _product_fields(partial: bool = False, **given: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if "sku" in given or not partial:
        fields["sku"] = form_text(given.get("sku"), "sku", required=True, max_len=64)
    if "name" in given or not partial:
        fields["name"] = form_text(given.get("name"), "name", required=True, max_len=255)
    if "barcode" in given or not partial:
        fields["barcode"] = (
            form_text(given.get("barcode"), "barcode", required=False, max_len=64) or None
        )
    if "spec" in given or not partial:
        fields["spec"] = form_text(given.get("spec"), "spec", required=False, max_len=255)
    if "unit_price" in given or not partial:
        try:
            price = Decimal(given.get("unit_price", 0))
        except (InvalidOperation, TypeError, ValueError) as exc:
            raise ValidationError("Not a price", field="unit_price") from exc
        if price < 0 or price != price.quantize(Decimal("0.01")) or price > Decimal(10**9):
            raise ValidationError(
                "The price must be 0 or more, with at most 2 decimals", field="unit_price"
            )
        fields["unit_price"] = price
    if "cost" in given or not partial:
        # The unit cost edited by hand (receipts keep it as a moving average): money, ≥ 0.
        fields["cost"] = check_cost(given.get("cost", Decimal(0)))
    if "weight_g" in given or not partial:
        weight = given.get("weight_g", 0)
        if not isinstance(weight, int) or isinstance(weight, bool) or not 0 <= weight <= 10**7:
            raise ValidationError("The weight must be 0 or more grams", field="weight_g")
        fields["weight_g"] = weight
    return fields


def _warehouse_fields(partial: bool = False, **given: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if "code" in given or not partial:
        fields["code"] = form_text(given.get("code"), "code", required=True, max_len=32).upper()
    if "name" in given or not partial:
        fields["name"] = form_text(given.get("name"), "name", required=True, max_len=128)
    if "priority" in given or not partial:
        priority = given.get("priority", 100)
        if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 9999:
            raise ValidationError("Priority must be between 0 and 9999", field="priority")
        fields["priority"] = priority
    if "address" in given or not partial:
        fields["address"] = form_text(given.get("address"), "address", required=False, max_len=255)
    return fields


def _unique_product(uow: UnitOfWork, fields: dict[str, Any], own_id: int | None) -> None:
    if "sku" in fields:
        other = uow.session.scalar(select(Product.id).where(Product.sku == fields["sku"]))
        if other is not None and other != own_id:
            raise ConflictError("SKU {sku} exists already", sku=fields["sku"])
    if fields.get("barcode"):
        other = uow.session.scalar(select(Product.id).where(Product.barcode == fields["barcode"]))
        if other is not None and other != own_id:
            raise ConflictError(
                "Barcode {barcode} belongs to another SKU", barcode=fields["barcode"]
            )


def _unique_warehouse(uow: UnitOfWork, code: str, own_id: int | None) -> None:
    other = uow.session.scalar(select(Warehouse.id).where(Warehouse.code == code))
    if other is not None and other != own_id:
        raise ConflictError("Warehouse code {code} exists already", code=code)


@contextmanager
def _unique_codes() -> Iterator[None]:
    """Two workstations creating the same SKU at once: the loser gets a plain conflict."""
    try:
        yield
    except IntegrityError as exc:
        raise ConflictError("That code exists already (someone saved it a moment ago)") from exc


def _bin_id(uow: UnitOfWork, warehouse_id: int, code: str) -> int:
    found = uow.session.scalar(
        select(BinLocation.id).where(
            BinLocation.warehouse_id == warehouse_id, BinLocation.code == code
        )
    )
    if found is not None:
        return found
    try:
        with uow.session.begin_nested():
            location = BinLocation(warehouse_id=warehouse_id, code=code)
            uow.session.add(location)
        return location.id
    except IntegrityError:  # created by another workstation a moment ago
        found = uow.session.scalar(
            select(BinLocation.id).where(
                BinLocation.warehouse_id == warehouse_id, BinLocation.code == code
            )
        )
        assert found is not None
        return found
