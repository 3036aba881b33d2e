"""Benchmark the customer-service one-box lookup and the customer screen on demo data.

    python benchmarks/bench_service_lookup.py [--orders N] [--customers N] [--db URL]

Fills a fresh SQLite file (or an empty database given by --db) with demo data, then times
each kind of lookup (full phone, last 4 + surname, order no, platform order no, tracking no,
two-character name, surname alone) and the customer screen, 50 runs each. Prints the median
and 95th percentile per kind; the last line is one JSON object {kind: median_ms, ...}.
Target: every lookup well under 50 ms at 20,000 orders (a phone call is waiting).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.demo import generate_demo
from app.migrate import upgrade
from app.permissions import Actor
from app.services import Services, connect
from app.uow import read
from models import Customer, Order, Shipment, User

RUNS = 50


def _timed(call: Callable[[], object]) -> tuple[float, float]:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--customers", type=int, default=1_000)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        services: Services = connect(url, upgrade_schema=False)
        upgrade(services.db)
        started = time.perf_counter()
        generate_demo(services.db, orders=args.orders, customers=args.customers)
        print(
            f"demo data: {args.orders} orders, {args.customers} customers in "
            f"{time.perf_counter() - started:.1f} s ({services.db.dialect})"
        )

        def sample(uow):  # type: ignore[no-untyped-def]
            s = uow.session
            agent = s.scalars(select(User).where(User.username == "service")).one()
            busiest = s.scalar(
                select(Order.customer_id)
                .group_by(Order.customer_id)
                .order_by(func.count(Order.id).desc())
                .limit(1)
            )
            customer = s.get(Customer, busiest)
            order = s.scalars(
                select(Order).where(Order.customer_id == busiest, Order.external_no.is_not(None))
            ).first()
            tracking = s.scalar(select(Shipment.tracking_no).limit(1))
            two = s.scalar(select(Customer.name).where(func.length(Customer.name) == 2).limit(1))
            return (
                Actor(agent.id, agent.username, agent.role, agent.display_name),
                customer,
                order,
                tracking,
                two,
            )

        agent, customer, order, tracking, two = read(services.db, sample)
        texts = {
            "phone": customer.phone,
            "last4_surname": f"{customer.phone[-4:]} {customer.name[0]}",
            "order_no": order.order_no,
            "external_no": order.external_no,
            "tracking_no": tracking,
            "two_char_name": two,
            "surname_only": customer.name[0],
            "no_match": "nobody-here",
        }
        results: dict[str, float] = {}
        for kind, text in texts.items():
            found = services.customers.lookup(agent, text)
            median, p95 = _timed(lambda text=text: services.customers.lookup(agent, text))
            results[kind] = round(median, 2)
            print(f"lookup {kind:14} {text!r:24} {len(found):3} found  median {median:6.2f} ms"
                  f"  p95 {p95:6.2f} ms")  # fmt: skip
        median, p95 = _timed(lambda: services.customers.customer_screen(agent, customer.id))
        results["customer_screen"] = round(median, 2)
        print(f"customer screen ({customer.name}) median {median:.2f} ms  p95 {p95:.2f} ms")
        median, p95 = _timed(lambda: services.service_desk.queue(agent))
        results["ticket_queue"] = round(median, 2)
        print(f"ticket queue median {median:.2f} ms  p95 {p95:.2f} ms")
        services.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
