"""Search-as-you-type latency in the Orders, Stock and Parcels tabs: from the last key typed
into the search box until the table has its answer, and from Enter until the answer.

    python benchmarks/bench_search_latency.py [--orders N] [--repeat N]

Runs the real main window offscreen at 1366×768 on a demo database (made once in the temp
folder). Keys are typed with QTest, as a user's keyboard sends them; the answer is the moment
the tab's own search slot has returned (the ids queried, the first page and the detail pane
shown). The last line is one JSON object with the medians in ms. Target: 150 ms after the
last key, and the search done before Enter returns.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / f"kuaidan-bench-search-{args.orders}"
    folder.mkdir(exist_ok=True)
    os.environ["KUAIDAN_DATA_DIR"] = str(folder / "data")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.db import open_database
    from app.demo import generate_demo
    from app.migrate import upgrade
    from app.services import Services
    from ui.main_window import MainWindow

    path = folder / "demo.db"
    if not path.exists():
        db = open_database(f"sqlite:///{path}")
        upgrade(db)
        generate_demo(db, orders=args.orders, customers=max(80, args.orders // 20))
        db.dispose()
    services = Services(open_database(f"sqlite:///{path}"))
    window = MainWindow(services, services.auth.login("admin", "demo1234"), idle_minutes=0)
    window.resize(1366, 768)
    window.show()
    deadline = time.perf_counter() + 60
    while len(window._built) < len(window.tab_keys) and time.perf_counter() < deadline:
        app.processEvents()

    orders = window.tab("orders")
    orders.select_queue("all")
    phone = orders.model.row_data(5).recipient_phone
    stock = window.tab("inventory")
    sku = stock.model.row_at(3).sku
    parcels = window.tab("logistics")
    tracking = parcels.model.row_at(2).tracking_no
    cases = (("orders", orders, phone[-4:]), ("stock", stock, sku), ("parcels", parcels, tracking))

    result: dict[str, float] = {}
    for name, tab, text in cases:
        window.tabs.setCurrentIndex(window.tab_keys.index(
            {"orders": "orders", "stock": "inventory", "parcels": "logistics"}[name]
        ))  # fmt: skip
        box = tab.search
        answers: list[float] = []
        box.search_requested.connect(lambda _t, a=answers: a.append(time.perf_counter()))
        typed_ms, enter_ms = [], []

        def settle(tab: object = tab) -> None:
            """Let the emptied box's full list finish loading (a user reads it first)."""
            until = time.perf_counter() + 0.3
            while time.perf_counter() < until or not getattr(tab.model, "complete", True):
                app.processEvents()
                time.sleep(0.002)

        for _ in range(args.repeat):
            box.clear()
            settle()
            answers.clear()
            QTest.keyClicks(box, text)
            last_key = time.perf_counter()
            while not answers and time.perf_counter() - last_key < 2:
                app.processEvents()
                time.sleep(0.001)
            typed_ms.append((answers[0] - last_key) * 1000)
            box.clear()
            settle()
            answers.clear()
            QTest.keyClicks(box, text[:-1])
            QTest.keyClick(box, text[-1])
            start = time.perf_counter()
            QTest.keyClick(box, Qt.Key.Key_Return)
            enter_ms.append((answers[-1] - start) * 1000 if answers else float("nan"))
        result[f"{name}_after_last_key_ms"] = round(statistics.median(typed_ms), 1)
        result[f"{name}_enter_ms"] = round(statistics.median(enter_ms), 1)
        print(f"{name}: after last key {sorted(round(t) for t in typed_ms)} ms, "
              f"Enter {sorted(round(t) for t in enter_ms)} ms")  # fmt: skip
    result["debounce_ms"] = type(orders.search).DEBOUNCE_MS
    print(json.dumps(result))


if __name__ == "__main__":
    main()
