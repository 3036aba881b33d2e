"""`check-db --repair` on the demo database, run as a user would."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from tests.test_cli import run


def test_check_db_names_an_altered_balance_and_repair_makes_it_zero(db_url: str) -> None:
    assert run("demo", "--db", db_url, "--orders", "120", "--customers", "20").returncode == 0
    clean = json.loads(run("check-db", "--db", db_url, "--json").stdout)
    assert clean["ok"] and clean["problems"] == 0

    engine = create_engine(db_url)
    with engine.begin() as conn:
        sku, code, on_hand = conn.execute(
            text(
                "SELECT p.sku, w.code, s.on_hand FROM stock_levels s "
                "JOIN products p ON p.id = s.product_id "
                "JOIN warehouses w ON w.id = s.warehouse_id WHERE s.on_hand > 5 ORDER BY s.id"
            )
        ).first()
        conn.execute(
            text(
                "UPDATE stock_levels SET on_hand = on_hand - 2 WHERE product_id = "
                "(SELECT id FROM products WHERE sku = :s) AND warehouse_id = "
                "(SELECT id FROM warehouses WHERE code = :c)"
            ),
            {"s": sku, "c": code},
        )
    broken = run("check-db", "--db", db_url)
    assert broken.returncode == 1
    assert f"SKU {sku} in {code}: on_hand balance {on_hand - 2}, ledger says {on_hand}" in (
        broken.stdout
    )

    repaired = run("check-db", "--db", db_url, "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert f"SKU {sku} in {code}: on_hand {on_hand - 2} → {on_hand}" in repaired.stdout
    assert "0 problem(s) found" in repaired.stdout
    again = json.loads(run("check-db", "--db", db_url, "--json").stdout)
    assert again["ok"] and again["problems"] == 0
    with engine.connect() as conn:
        who, action = conn.execute(
            text("SELECT username, action FROM audit_log ORDER BY seq DESC")
        ).first()
    engine.dispose()
    assert (who, action) == ("system", "stock.repair")
    assert run("verify-audit", "--db", db_url).returncode == 0  # the repair kept the chain
