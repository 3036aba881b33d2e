"""Carriers, rate quotes, carrier rules and tracking-number pools (every backend)."""

from __future__ import annotations

import multiprocessing
import time
from decimal import Decimal

import pytest

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.logistics import RateRuleInfo, parcel_price
from app.permissions import Actor, Role
from app.services import Services
from app.uow import transaction
from tests.logistics_world import D, World, build_world, draw_numbers, make_order


@pytest.fixture
def world(services: Services, admin: Actor) -> World:
    return build_world(services, admin)


def _rule(first_g: int = 1000, step_g: int = 1000) -> RateRuleInfo:
    return RateRuleInfo(1, 1, None, "*", first_g, D("10.00"), step_g, D("3.00"), 2)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("weight", "price"),
    [
        (0, "10.00"),  # nothing weighs less than the first weight's price
        (1, "10.00"),
        (1000, "10.00"),  # exactly the first weight
        (1001, "13.00"),  # one gram over starts a step
        (2000, "13.00"),
        (2001, "16.00"),
        (10_000, "37.00"),
    ],
)
def test_price_is_first_weight_plus_started_steps(weight: int, price: str) -> None:
    assert parcel_price(_rule(), weight) == Decimal(price)


@pytest.mark.sqlite_only
def test_price_with_half_kilo_steps() -> None:
    rule = _rule(first_g=1000, step_g=500)
    assert parcel_price(rule, 1499) == D("13.00")
    assert parcel_price(rule, 1500) == D("13.00")
    assert parcel_price(rule, 1501) == D("16.00")


def test_quote_uses_the_province_rate_else_the_default(
    services: Services, admin: Actor, world: World
) -> None:
    guangdong = services.logistics.quote(admin, province="广东省", weight_g=1001)
    by_code = {o.carrier_code: o for o in guangdong.options}
    assert by_code["SF"].region == "广东省" and by_code["SF"].price == D("14.00")
    assert by_code["ZTO"].region == "*" and by_code["ZTO"].price == D("11.00")
    # Exact match only: "广东" is not "广东省", so the default rate applies.
    loose = services.logistics.quote(admin, province="广东", weight_g=1001)
    assert {o.carrier_code: o.price for o in loose.options}["SF"] == D("23.00")
    # Cheapest and fastest are marked, cheapest first.
    assert [o.carrier_code for o in guangdong.options] == ["ZTO", "SF"]
    assert guangdong.cheapest is not None and guangdong.cheapest.carrier_code == "ZTO"
    assert guangdong.fastest is not None and guangdong.fastest.carrier_code == "SF"


def test_quote_for_an_order_weighs_its_goods(
    services: Services, admin: Actor, world: World
) -> None:
    make_order(
        services.db, "KD-Q1", province="浙江省", warehouse_id=world.warehouse_id,
        lines=[(world.shirt_id, "SKU-SHIRT", 2, D("59.00")),
               (world.kettle_id, "SKU-KETTLE", 1, D("99.00")), (None, "GIFT", 1, D("0"))],
    )  # fmt: skip
    quote = services.logistics.quote(admin, order_no="KD-Q1")
    assert quote.facts.weight_g == 2 * 300 + 1200
    assert quote.facts.amount == D("217.00") and quote.facts.province == "浙江省"
    assert {o.carrier_code: o.price for o in quote.options} == {
        "ZTO": D("11.00"),
        "SF": D("23.00"),
    }
    # An explicit (weighed) parcel weight overrides the catalogue.
    assert services.logistics.quote(admin, order_no="KD-Q1", weight_g=500).options[0].price == D(
        "8.00"
    )
    with pytest.raises(NotFound):
        services.logistics.quote(admin, order_no="KD-NOPE")
    with pytest.raises(ValidationError):
        services.logistics.quote(admin)


def test_inactive_carriers_are_not_quoted(services: Services, admin: Actor, world: World) -> None:
    services.logistics.update_carrier(admin, world.zto, is_active=False)
    quote = services.logistics.quote(admin, province="广东省", weight_g=100)
    assert [o.carrier_code for o in quote.options] == ["SF"]
    assert quote.options[0].cheapest and quote.options[0].fastest


def test_carrier_rules_match_in_position_order(
    services: Services, admin: Actor, world: World
) -> None:
    lg = services.logistics
    # No rule: the cheapest.
    s = lg.suggest_carrier(admin, province="广东省", weight_g=500, amount=D("50"))
    assert (s.carrier_code, s.reason) == ("ZTO", "cheapest")
    lg.save_carrier_rule(admin, world.sf, position=20, min_amount=D("500.00"))
    heavy = lg.save_carrier_rule(admin, world.zto, position=10, province="广东省",
                                 max_weight_g=3000)  # fmt: skip
    lg.save_carrier_rule(admin, world.sf, position=30, warehouse_id=world.other_warehouse_id)
    # Position 10 (Guangdong, ≤ 3 kg) wins over position 20 for a valuable light parcel.
    s = lg.suggest_carrier(admin, province="广东省", weight_g=3000, amount=D("800"))
    assert (s.carrier_code, s.reason, s.rule_id) == ("ZTO", "rule", heavy.id)
    assert s.price == D("14.00")  # ZTO "*" rate: 8 + 2 steps × 3
    # 1 g over the rule's weight: the next rule (amount ≥ 500) matches.
    s = lg.suggest_carrier(admin, province="广东省", weight_g=3001, amount=D("800"))
    assert s.carrier_code == "SF" and s.reason == "rule"
    # The warehouse rule.
    s = lg.suggest_carrier(
        admin, province="浙江省", weight_g=100, amount=D("1"), warehouse_id=world.other_warehouse_id
    )
    assert s.carrier_code == "SF"
    # A disabled rule is skipped.
    lg.save_carrier_rule(
        admin, world.zto, position=10, province="广东省", max_weight_g=3000, is_enabled=False,
        rule_id=heavy.id,
    )  # fmt: skip
    s = lg.suggest_carrier(admin, province="广东省", weight_g=100, amount=D("800"))
    assert s.carrier_code == "SF"
    assert [r.position for r in lg.list_carrier_rules(admin)] == [10, 20, 30]


def test_no_rate_anywhere_is_a_clear_error(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound, match="No active carrier has a rate for 西藏自治区"):
        services.logistics.suggest_carrier(admin, province="西藏自治区", weight_g=1)


def test_carrier_and_rate_validation(services: Services, admin: Actor, world: World) -> None:
    lg = services.logistics
    with pytest.raises(ValidationError, match="exists already"):
        lg.create_carrier(admin, "SF", "又一个顺丰")
    with pytest.raises(ValidationError) as bad_code:
        lg.create_carrier(admin, "S F", "空格")
    assert bad_code.value.field == "code"
    with pytest.raises(ValidationError) as price:
        lg.save_rate_rule(admin, world.sf, "浙江省", first_price=D("-1"), step_price=D("1"))
    assert price.value.field == "first_price"
    with pytest.raises(ValidationError) as cents:
        lg.save_rate_rule(admin, world.sf, "浙江省", first_price=D("1.005"), step_price=D("1"))
    assert cents.value.field == "first_price"
    with pytest.raises(ValidationError, match="already"):
        lg.save_rate_rule(
            admin, world.sf, "广东省", service_id=world.sf_std, first_price=D("1"),
            step_price=D("1"),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="does not belong"):
        lg.save_rate_rule(
            admin, world.sf, "浙江省", service_id=world.zto_std, first_price=D("1"),
            step_price=D("1"),
        )  # fmt: skip
    rates = lg.list_rate_rules(admin, world.sf)
    assert {r.region for r in rates} == {"*", "广东省"}
    lg.delete_rate_rule(admin, next(r.id for r in rates if r.region == "广东省"))
    assert {r.region for r in lg.list_rate_rules(admin, world.sf)} == {"*"}
    carriers = lg.list_carriers(admin)
    assert [c.code for c in carriers] == ["SF", "ZTO"]
    assert carriers[0].services[0].name == "标准快递"


def test_only_carrier_managers_edit_carriers(
    services: Services, actors: dict[Role, Actor], world: World
) -> None:
    with pytest.raises(PermissionDenied):
        services.logistics.create_carrier(actors[Role.WAREHOUSE], "YD", "韵达快递")
    # Everyone in logistics may compare prices.
    quote = services.logistics.quote(actors[Role.CUSTOMER_SERVICE], province="广东省", weight_g=1)
    assert quote.options


# -- pools ----------------------------------------------------------------------------------------


def _draw(services: Services, carrier_id: int) -> str | None:
    from app.logistics import next_tracking_no

    return transaction(services.db, None, lambda uow: next_tracking_no(uow, carrier_id))


def test_pool_numbers_are_padded_in_order_and_run_out_clearly(
    services: Services, admin: Actor, world: World
) -> None:
    lg = services.logistics
    assert _draw(services, world.sf) is None  # no pool: numbers are typed in
    first = lg.create_pool(admin, world.sf, "sf", 1, 2, width=10)
    assert first.remaining == 2 and first.prefix == "SF"
    assert [_draw(services, world.sf), _draw(services, world.sf)] == [
        "SF0000000001",
        "SF0000000002",
    ]
    with pytest.raises(ConflictError, match="SF 顺丰速运") as used_up:
        _draw(services, world.sf)
    assert used_up.value.params["carrier_id"] == world.sf
    # A new range is used after the old one; pools are used in order.
    lg.create_pool(admin, world.sf, "SF", 500, 501, width=10)
    lg.create_pool(admin, world.sf, "SF", 900, 999, width=10)
    assert _draw(services, world.sf) == "SF0000000500"
    status = {p.start_value: p for p in lg.list_pools(admin, world.sf)}
    assert status[1].exhausted and status[500].remaining == 1 and status[900].remaining == 100
    # A deactivated pool is skipped.
    lg.set_pool_active(admin, status[500].id, False)
    assert _draw(services, world.sf) == "SF0000000900"


def test_pool_validation(services: Services, admin: Actor, world: World) -> None:
    lg = services.logistics
    lg.create_pool(admin, world.sf, "SF", 100, 199, width=6)
    with pytest.raises(ValidationError, match="overlaps"):
        lg.create_pool(admin, world.sf, "SF", 150, 250, width=6)
    lg.create_pool(admin, world.zto, "SF", 150, 250, width=6)  # another carrier's numbers
    with pytest.raises(ValidationError, match="more than 3 digits"):
        lg.create_pool(admin, world.sf, "SF", 1, 1000, width=3)
    with pytest.raises(ValidationError, match="starts after"):
        lg.create_pool(admin, world.sf, "SF", 10, 9, width=6)
    with pytest.raises(ValidationError) as prefix:
        lg.create_pool(admin, world.sf, "顺丰", 1, 9, width=6)
    assert prefix.value.field == "prefix"
    with pytest.raises(NotFound):
        lg.create_pool(admin, 987654, "X", 1, 9)


def test_low_pool_warning_follows_the_setting(
    services: Services, admin: Actor, world: World
) -> None:
    lg = services.logistics
    lg.create_pool(admin, world.sf, "SF", 1, 150, width=6)
    lg.create_pool(admin, world.zto, "Z", 1, 5000, width=6)
    assert [(w.carrier_code, w.remaining) for w in lg.pool_warnings(admin)] == [("SF", 150)]
    services.settings.update(admin, "logistics.pool_low_warning", 100)
    assert lg.pool_warnings(admin) == []


def test_processes_never_draw_the_same_number(
    services: Services, admin: Actor, world: World, db_url: str
) -> None:
    """Four workstations (processes) print labels from one pool of 100 numbers at once."""
    pool = services.logistics.create_pool(admin, world.sf, "SF", 1, 100, width=12)
    context = multiprocessing.get_context("spawn")
    start_at = time.time() + 8  # after the four interpreters have imported Kuaidan
    with context.Pool(4) as workers:
        results = workers.starmap(draw_numbers, [(db_url, world.sf, 30, start_at)] * 4)
    numbers = [n for drawn, _ in results for n in drawn]
    assert len(numbers) == 100 and len(set(numbers)) == 100  # all distinct, count exact
    assert set(numbers) == {f"SF{n:012d}" for n in range(1, 101)}
    assert sum(exhausted for _, exhausted in results) == 4 * 30 - 100  # clean exhaustion
    after = services.logistics.list_pools(admin, world.sf)[0]
    assert after.id == pool.id and after.remaining == 0 and after.next_value == 101
