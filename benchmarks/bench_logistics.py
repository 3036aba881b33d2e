"""Benchmark logistics on demo data: the shipments table, exception counts, a tracking-file
import, and a batch of labels for confirmed orders (creating their parcels on the way).

    python benchmarks/bench_logistics.py [--orders N] [--labels N] [--db URL]

Without --db a fresh SQLite demo database is made in a temporary folder. Prints the timings;
the last line is one JSON object with shipment_ids_ms, rows_page_ms, exception_counts_ms,
import_rows_per_s, labels_per_s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.demo import generate_demo
from app.permissions import Actor, Role
from app.services import connect
from app.shipments import ShipmentException, ShipmentFilter
from app.uow import read
from models import Order, OrderStatus, Shipment, TrackingPool


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--labels", type=int, default=500)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kuaidan-bench-"))
    url = args.db or f"sqlite:///{folder / 'bench.db'}"
    services = connect(url)
    try:
        generate_demo(services.db, orders=args.orders, customers=max(50, args.orders // 20))
    except Exception as exc:  # an existing demo database is fine
        print(f"demo data: {exc}")
    actor = Actor(0, "bench", Role.ADMIN)

    start = time.perf_counter()
    ids = services.shipments.shipment_ids(actor)
    ids_ms = _ms(start)
    start = time.perf_counter()
    services.shipments.shipment_rows(actor, ids[:200])
    page_ms = _ms(start)
    start = time.perf_counter()
    counts = services.shipments.exception_counts(actor)
    counts_ms = _ms(start)
    start = time.perf_counter()
    services.shipments.shipment_ids(actor, ShipmentFilter(exception=ShipmentException.STALE))
    stale_ms = _ms(start)
    print(f"{len(ids)} parcels: ids {ids_ms} ms, a page of 200 rows {page_ms} ms")
    print(f"exception counts {counts_ms} ms ({dict(counts)}); stale list {stale_ms} ms")

    # A carrier file: one new event for every parcel in transit.
    def numbers(uow):  # type: ignore[no-untyped-def]
        return list(
            uow.session.execute(
                select(Shipment.tracking_no).where(Shipment.status == "in_transit")
            ).scalars()
        )

    in_transit = read(services.db, numbers)
    moment = (datetime.now(UTC) - timedelta(hours=1)).astimezone()
    csv_path = folder / "tracking.csv"
    csv_path.write_text(
        "运单号,时间,地点,状态\n"
        + "".join(f"{n},{moment:%Y-%m-%d %H:%M:%S},杭州,运输中\n" for n in in_transit),
        encoding="utf-8",
    )
    start = time.perf_counter()
    result = services.tracking.import_tracking(actor, str(csv_path))
    import_s = time.perf_counter() - start
    import_rate = round(result.total_rows / import_s, 1) if import_s else 0.0
    print(f"tracking import: {result.total_rows} rows, {result.added} added in {import_s:.2f} s")

    def confirmed(uow):  # type: ignore[no-untyped-def]
        for pool in uow.session.scalars(select(TrackingPool)):
            pool.end_value = pool.start_value + 1_000_000  # enough numbers for the batch
        return list(
            uow.session.scalars(
                select(Order.order_no)
                .where(Order.status == OrderStatus.CONFIRMED, Order.is_on_hold.is_(False))
                .limit(args.labels)
            )
        )

    from app.uow import transaction

    orders = transaction(services.db, None, confirmed)
    start = time.perf_counter()
    batch = services.documents.labels(actor, orders, str(folder / "labels.pdf"))
    labels_s = time.perf_counter() - start
    labels_rate = round(batch.pages / labels_s, 1) if labels_s else 0.0
    print(
        f"labels: {batch.pages} of {len(orders)} orders in {labels_s:.2f} s "
        f"({labels_rate}/s), {len(batch.failed)} failed"
    )
    services.close()
    print(
        json.dumps(
            {
                "shipments": len(ids),
                "shipment_ids_ms": ids_ms,
                "rows_page_ms": page_ms,
                "exception_counts_ms": counts_ms,
                "import_rows_per_s": import_rate,
                "labels_per_s": labels_rate,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
