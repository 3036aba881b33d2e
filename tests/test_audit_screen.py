"""The audit log on screen (issue 19, item 5), on every backend: my own actions for every
role, everyone's only with the audit permission (checked in the service), the filters,
pages that stay stable while others work, an order's entries, the xlsx export escaped."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.aftersales.model import CaseAction
from app.audit_queries import ACTIONS, AuditFilter, AuditPage
from app.errors import PermissionDenied
from app.order_queries import OrderFilter
from app.permissions import Actor, Role
from app.services import Services
from app.states import OrderAction
from app.stock import StockLine
from models import MovementKind, utcnow
from tests.orders_helpers import catalogue
from tests.test_exceptions import _order

ROOT = Path(__file__).resolve().parents[1]


def _all(services: Services, actor: Actor, flt: AuditFilter, size: int = 7) -> list[AuditPage]:
    pages, after = [], None
    while True:
        page = services.audit.page(actor, flt, after, size)
        pages.append(page)
        if page.next is None:
            return pages
        after = page.next


def _ids(pages: list[AuditPage]) -> list[int]:
    return [row.id for page in pages for row in page.rows]


@pytest.fixture
def work(services: Services, actors: dict[Role, Actor]) -> dict[str, object]:
    """A reviewer and a supervisor at work: orders created, approved (two in one batch,
    so their entries share a moment), one held."""
    cat = catalogue(services)
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    mine = [_order(services, reviewer) for _ in range(4)]
    services.orders.approve(reviewer, mine[0].id)
    services.orders.batch_approve(reviewer, [mine[1].id, mine[2].id])
    theirs = _order(services, boss)
    services.orders.hold(boss, theirs.id, "客户要求等待")
    return {"mine": mine, "theirs": theirs, "catalogue": cat}


def test_each_user_sees_their_own_and_supervisors_everyones(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    own = _all(services, reviewer, AuditFilter())
    rows = [r for p in own for r in p.rows]
    assert {r.user_id for r in rows} == {reviewer.user_id}
    assert [r.action for r in rows].count("order.create") == 4
    assert [r.action for r in rows].count("order.approve") == 3
    assert not own[0].everyone
    # The newest first: the batch approval came after the single one.
    assert rows[0].action == "order.approve" and rows[0].ts >= rows[-1].ts

    everyone = [r for p in _all(services, boss, AuditFilter()) for r in p.rows]
    assert {reviewer.user_id, boss.user_id} <= {r.user_id for r in everyone}
    assert {r.id for r in rows} < {r.id for r in everyone}
    theirs = [r for r in everyone if r.user_id == boss.user_id]
    assert {r.action for r in theirs} >= {"order.create", "order.hold"}
    # Warehouse staff and analysts, who did nothing, see an empty list (not everyone's).
    for role in (Role.WAREHOUSE, Role.ANALYST, Role.CUSTOMER_SERVICE):
        assert services.audit.page(actors[role], AuditFilter()).rows == ()


def test_a_reviewer_cannot_see_others_entries_through_the_service(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    with pytest.raises(PermissionDenied):
        services.audit.page(reviewer, AuditFilter(user_id=boss.user_id))
    with pytest.raises(PermissionDenied):
        services.audit.users(reviewer)
    with pytest.raises(PermissionDenied):
        services.audit.export_xlsx(
            reviewer, AuditFilter(user_id=boss.user_id), "/tmp/x.xlsx", ["h"] * 9
        )
    # Asking for the supervisor's order by number still answers with the reviewer's own.
    theirs = work["theirs"]
    flt = AuditFilter(object_type="order", object_ref=theirs.order_no)  # type: ignore[attr-defined]
    assert services.audit.page(reviewer, flt).rows == ()
    assert {r.action for r in services.audit.page(boss, flt).rows} == {
        "order.create",
        "order.hold",
    }
    with pytest.raises(PermissionDenied):
        services.audit.page("reviewer", AuditFilter())  # type: ignore[arg-type]


def test_filters_by_user_action_object_and_time(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    mine = work["mine"]
    by_user = services.audit.page(boss, AuditFilter(user_id=reviewer.user_id), limit=100).rows
    assert by_user and {r.user_id for r in by_user} == {reviewer.user_id}
    approvals = services.audit.page(boss, AuditFilter(action="order.approve")).rows
    assert len(approvals) == 3 and {r.action for r in approvals} == {"order.approve"}
    held = services.audit.page(boss, AuditFilter(user_id=boss.user_id, action="order.hold"))
    assert [r.entity_id for r in held.rows] == [str(work["theirs"].id)]  # type: ignore[attr-defined]
    # An order by its number or its id: its create and approve.
    for ref in (mine[0].order_no, str(mine[0].id)):  # type: ignore[index]
        found = services.audit.page(boss, AuditFilter(object_type="order", object_ref=ref)).rows
        assert [r.action for r in found] == ["order.approve", "order.create"], ref
    orders = services.audit.page(boss, AuditFilter(object_type="order"), limit=100).rows
    assert orders and {r.entity_type for r in orders} == {"order"}
    # Time: nothing tomorrow, everything since an hour ago; until is exclusive.
    now = utcnow()
    assert services.audit.page(boss, AuditFilter(since=now + timedelta(days=1))).rows == ()
    recent = services.audit.page(boss, AuditFilter(since=now - timedelta(hours=1)), limit=500)
    everything = services.audit.page(boss, AuditFilter(), limit=500)
    assert [r.id for r in recent.rows] == [r.id for r in everything.rows]
    assert services.audit.page(boss, AuditFilter(until=now - timedelta(hours=1))).rows == ()
    newest = everything.rows[0]
    older = services.audit.page(boss, AuditFilter(until=newest.ts), limit=500).rows
    assert newest.id not in {r.id for r in older} and all(r.ts < newest.ts for r in older)


def test_pages_are_stable_while_others_keep_working(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    whole = services.audit.page(boss, AuditFilter(), limit=1000)
    assert whole.next is None
    expected = [r.id for r in whole.rows]
    assert len(expected) > 10
    # (ts, id) strictly descending: ties in one moment (the batch) broken by id.
    keys = [(r.ts, r.id) for r in whole.rows]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert len({r.ts for r in whole.rows}) < len(keys)  # some entries share their moment

    for size in (1, 3, 7):
        assert _ids(_all(services, boss, AuditFilter(), size)) == expected, size
    # Someone approves an order between my pages: the pages I go on to read neither show
    # it nor skip anything I have not seen yet.
    first = services.audit.page(boss, AuditFilter(), None, 3)
    services.orders.approve(reviewer, work["mine"][3].id)  # type: ignore[index]
    seen, after = [r.id for r in first.rows], first.next
    while after is not None:
        page = services.audit.page(boss, AuditFilter(), after, 3)
        assert 0 < len(page.rows) <= 3
        seen += [r.id for r in page.rows]
        after = page.next
    assert seen == expected
    # A fresh first page shows the new approval on top.
    top = services.audit.page(boss, AuditFilter(), None, 1).rows[0]
    assert top.action == "order.approve" and top.id not in expected


def test_an_orders_detail_lists_its_entries(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    order = work["mine"][0]  # type: ignore[index]
    # Stock entries name the order by its number, the order's own by its id.
    shirt = work["catalogue"].shirt  # type: ignore[attr-defined]
    services.inventory.reserve_for_order(boss, order.order_no, [StockLine(shirt, 1)])
    entries = services.audit.for_order(reviewer, order.id)
    actions = [e.action for e in entries]
    assert actions[-1] == "order.create" and "order.approve" in actions
    assert actions[0] == "stock.reserve"
    assert {e.user_id for e in entries} == {reviewer.user_id, boss.user_id}
    assert all(e.entity_type == "order" for e in entries)
    assert {e.entity_id for e in entries} == {str(order.id), order.order_no}
    with pytest.raises(PermissionDenied):
        services.audit.for_order(actors[Role.WAREHOUSE], order.id)  # no Orders view
    # An analyst sees who did what to the order, with the recipient masked.
    edited = services.orders.edit(
        reviewer, work["mine"][3].id,  # type: ignore[index]
        services.order_queries.detail(reviewer, work["mine"][3].id).row.version,  # type: ignore[index]
        _draft(services, reviewer, work["mine"][3].id, "13700001111"),  # type: ignore[index]
    )  # fmt: skip
    full = services.audit.for_order(reviewer, edited.id)[0]
    masked = services.audit.for_order(actors[Role.ANALYST], edited.id)[0]
    assert full.action == masked.action == "order.edit"
    assert full.changes["recipient_phone"][1] == "13700001111"
    assert masked.changes["recipient_phone"][1] == "137****1111"


def _draft(services: Services, actor: Actor, order_id: int, phone: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from tests.orders_helpers import DRAFT

    detail = services.order_queries.detail(actor, order_id)
    return replace(DRAFT, recipient_phone=phone, address=detail.row.address)


def test_export_is_escaped_and_reads_back(
    services: Services, actors: dict[Role, Actor], work: dict[str, object], tmp_path: Path
) -> None:
    reviewer, boss = actors[Role.REVIEWER], actors[Role.SUPERVISOR]
    services.order_queries.save_view(reviewer, '=HYPERLINK("http://x","y")', OrderFilter())
    headers = ["时间", "用户", "操作", "对象", "编号", "字段", "修改前", "修改后", "记录号"]
    target = tmp_path / "mine.xlsx"
    count = services.audit.export_xlsx(
        reviewer, AuditFilter(), str(target), headers, {"view.save": "保存视图"}, {}
    )
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == headers
    assert len(values) - 1 == count
    saved = [v for v in values[1:] if v[2] == "保存视图"]
    assert len(saved) == 1
    assert saved[0][5] == "name" and saved[0][7] == '\'=HYPERLINK("http://x","y")'
    assert not any(isinstance(v, str) and v.startswith("=") for row in values for v in row)
    # Only the reviewer's own entries; one row per changed field, numbers stay numbers.
    assert {v[1] for v in values[1:]} == {reviewer.username}
    assert all(v[8] is None or isinstance(v[8], int) for v in values[1:])
    # The export itself is audited; the supervisor's export holds everyone's.
    assert services.audit.page(reviewer, AuditFilter(action="export.audit")).rows
    all_rows = tmp_path / "all.xlsx"
    services.audit.export_xlsx(boss, AuditFilter(), str(all_rows), headers)
    users = {r[1].value for r in load_workbook(all_rows).active.iter_rows(min_row=2)}
    assert {reviewer.username, boss.username} <= users


def test_same_results_on_every_backend(
    services: Services, actors: dict[Role, Actor], work: dict[str, object]
) -> None:
    """The same work gives the same pages (actions, objects, users, order) on each backend;
    compared with a fixed description of the work above."""
    boss = actors[Role.SUPERVISOR]
    rows = [r for p in _all(services, boss, AuditFilter(), 4) for r in p.rows]
    mine = work["mine"]
    said = [(r.user_name, r.action, r.entity_type, r.entity_id) for r in rows]
    creates = [(m.id, "order.create") for m in mine]  # type: ignore[attr-defined]
    assert said[:2] == [
        ("user_supervisor", "order.hold", "order", str(work["theirs"].id)),  # type: ignore[attr-defined]
        ("user_supervisor", "order.create", "order", str(work["theirs"].id)),  # type: ignore[attr-defined]
    ]
    approvals = [s for s in said if s[1] == "order.approve"]
    assert [a[3] for a in approvals] == [
        str(mine[2].id), str(mine[1].id), str(mine[0].id),  # type: ignore[index]
    ]  # fmt: skip
    assert [(int(s[3]), s[1]) for s in said if s[1] == "order.create"][-4:] == creates[::-1]


def test_every_written_action_is_listed() -> None:
    audited: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        audited |= set(re.findall(r"\.audit\(\s*\"([a-z_]+\.[a-z_]+)\"", text))
        audited |= set(re.findall(r"post_audited\(\s*uow,\s*\"([a-z_]+\.[a-z_]+)\"", text))
        audited |= set(re.findall(r"action = \"([a-z_]+\.[a-z_]+)\"", text))
        audited |= set(re.findall(r"_audit\(\s*(?:actor|None),\s*\"([a-z_]+\.[a-z_]+)\"", text))
        audited |= set(re.findall(r"\"(transfer\.[a-z_]+)\"", text))
    audited |= {f"order.{a.value}" for a in OrderAction}
    audited |= {f"case.{a.value}" for a in CaseAction}
    audited |= {f"stock.{k.value}" for k in MovementKind}
    assert len(audited) > 100
    assert audited - set(ACTIONS) == set()
