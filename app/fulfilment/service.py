"""The fulfilment service: each method checks the caller's permission and runs one of the
package's functions in a unit of work of its own; shipping runs a unit per chunk of orders,
and packing writes and prints the label after its unit has committed."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from app.db import Database
from app.documents import LabelSize, PickListData, render_labels, render_pick_lists
from app.errors import AppError, ValidationError
from app.fulfilment import packing, shipping, waves
from app.fulfilment.model import (
    MAX_SCANS,
    SHIP_CHUNK,
    PackerStats,
    PackingJob,
    PackResult,
    ShipCandidate,
    StationSetup,
    WaveCandidate,
    WaveInfo,
    WaveOrderRow,
    WaveResult,
)
from app.orders import BatchFailure, BatchResult
from app.orders.batch import each_order, order_numbers, run_chunk
from app.permissions import Actor, Permission, check, requires
from app.review_rules import clean_ids
from app.uow import UnitOfWork, read, transaction
from models import utcnow

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class FulfilmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- waves ----------------------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def wave_candidates(
        self,
        actor: Actor,
        warehouse_id: int,
        *,
        carrier_id: int | None = None,
        single_item_only: bool = False,
        limit: int = 5000,
    ) -> list[WaveCandidate]:
        """Confirmed orders of a warehouse, not held and in no wave, oldest first."""
        return read(
            self.db,
            lambda uow: waves.wave_candidates(
                uow, warehouse_id, carrier_id=carrier_id, single_item_only=single_item_only,
                limit=limit,
            ),
        )  # fmt: skip

    @requires(Permission.FULFIL)
    def create_wave(self, actor: Actor, order_ids: Sequence[int]) -> WaveResult:
        """A wave of the chosen confirmed orders (all of one warehouse). Each order joins on
        its own: the ones that cannot are reported with the reason, the others are picked."""
        return transaction(self.db, actor, lambda uow: waves.create_wave_in(uow, order_ids))

    @requires(Permission.FULFIL)
    def create_wave_by_rule(
        self,
        actor: Actor,
        warehouse_id: int,
        carrier_id: int | None = None,
        single_item_first: bool = True,
        limit: int = 100,
    ) -> WaveResult:
        """A wave of up to `limit` confirmed orders of the warehouse (one carrier's, if given):
        single-item orders (one unit) first, then the oldest."""
        return transaction(
            self.db,
            actor,
            lambda uow: waves.create_wave_by_rule_in(
                uow, warehouse_id, carrier_id, single_item_first, limit
            ),
        )

    @requires(Permission.VIEW_LOGISTICS)
    def list_waves(
        self, actor: Actor, *, include_closed: bool = False, limit: int = 200
    ) -> list[WaveInfo]:
        """The newest waves first."""
        return read(
            self.db, lambda uow: waves.list_waves(uow, include_closed=include_closed, limit=limit)
        )

    @requires(Permission.VIEW_LOGISTICS)
    def wave_orders(self, actor: Actor, wave_id: int) -> list[WaveOrderRow]:
        return read(self.db, lambda uow: waves.wave_orders(uow, wave_id))

    @requires(Permission.FULFIL)
    def close_wave(self, actor: Actor, wave_id: int) -> WaveInfo:
        """The lead closes a wave; orders still 拣货中 stay so and can still be packed."""
        return transaction(self.db, actor, lambda uow: waves.close_wave_in(uow, wave_id))

    @requires(Permission.VIEW_LOGISTICS)
    def pick_list(self, actor: Actor, wave_id: int) -> PickListData:
        """The wave's units still to pick (orders 拣货中), one row per SKU in bin order, with
        the orders each unit goes to."""
        return read(self.db, lambda uow: waves.pick_list(uow.session, wave_id))

    @requires(Permission.PRINT_DOCUMENTS)
    def pick_list_pdf(self, actor: Actor, wave_id: int, out: str) -> str:
        """Write the wave's pick list (A4) to `out`; returns the path."""
        if not isinstance(out, str | os.PathLike) or not str(out).strip():
            raise ValidationError("Choose where to save the file", field="out")
        path = Path(out)
        if not path.parent.is_dir():
            raise ValidationError(
                "Folder {folder} does not exist", field="out", folder=str(path.parent)
            )
        data = read(self.db, lambda uow: waves.pick_list(uow.session, wave_id))
        render_pick_lists([data], path)
        return str(path)

    # -- labels and shipping --------------------------------------------------------------------

    @requires(Permission.VIEW_LOGISTICS)
    def orders_awaiting_labels(self, actor: Actor, limit: int = 500) -> list[str]:
        """Order numbers of orders being picked or packed with no printed label yet, by wave
        (for the batch label print; at most `limit`)."""
        return read(self.db, lambda uow: shipping.orders_awaiting_labels(uow, limit))

    @requires(Permission.VIEW_LOGISTICS)
    def ship_candidates(
        self, actor: Actor, *, warehouse_id: int | None = None, limit: int = 5000
    ) -> list[ShipCandidate]:
        """Packed orders (not held), the oldest packed first, with their parcels."""
        return read(
            self.db,
            lambda uow: shipping.ship_candidates(uow, warehouse_id=warehouse_id, limit=limit),
        )

    @requires(Permission.FULFIL)
    def ship(
        self,
        actor: Actor,
        order_ids: Sequence[int],
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> BatchResult:
        """Hand packed orders to the carrier (已发货), each on its own: stock goes out, the
        parcels become shipped. An order shipped meanwhile at another workstation fails with
        who shipped it and when; stock is never deducted twice."""
        ids = clean_ids(order_ids)
        if not ids:
            raise ValidationError("Choose the orders to ship", field="order_ids")
        succeeded: set[int] = set()
        failures: dict[int, AppError] = {}
        stopped = False
        ship_each = each_order(shipping.ship_one_in)
        for start in range(0, len(ids), SHIP_CHUNK):
            if cancelled is not None and cancelled():
                stopped = True
                break
            part = sorted(ids[start : start + SHIP_CHUNK])  # one lock order everywhere
            ok, bad = transaction(self.db, actor, partial(run_chunk, ship_each, part))
            succeeded.update(ok)
            failures.update(bad)
            if progress is not None:
                progress(min(start + SHIP_CHUNK, len(ids)), len(ids))
        numbers = order_numbers(self.db, list(failures))
        return BatchResult(
            "ship",
            len(ids),
            tuple(i for i in ids if i in succeeded),
            tuple(BatchFailure(i, numbers.get(i, str(i)), failures[i]) for i in ids
                  if i in failures),
            stopped,
        )  # fmt: skip

    # -- the pack station -----------------------------------------------------------------------

    @requires(Permission.FULFIL)
    def station_setup(self, actor: Actor) -> StationSetup:
        """What the pack station reads once when it opens."""
        return read(self.db, lambda uow: packing.station_setup(uow, actor.user_id))

    @requires(Permission.FULFIL)
    def packer_stats(self, actor: Actor) -> PackerStats:
        """Orders the actor packed today and in the last hour."""
        return read(self.db, lambda uow: packing.packer_stats(uow.session, actor.user_id, utcnow()))

    @requires(Permission.FULFIL)
    def load_for_packing(self, actor: Actor, scanned_code: str) -> PackingJob:
        """The order behind a scanned code, with its lines (one query): an order number (the
        packing slip's barcode), a tracking number of its label, or the shop's order number.
        Only orders being picked (拣货中) and not held can be packed."""
        return read(self.db, lambda uow: packing.packing_job(uow, scanned_code))

    @requires(Permission.FULFIL)
    def complete_packing(
        self,
        actor: Actor,
        order_id: int,
        scans: Sequence[str],
        weight_g: int | None = None,
        *,
        started_at: datetime | None = None,
    ) -> PackResult:
        """Every line scanned: pack the order, make its parcel and label, record the packer
        (see the module docstring). `scans` are the counted scans (`PackingSession.
        scanned_codes`); they are checked again here. `weight_g` is needed when the setting
        `fulfilment.weight_check` is on."""
        check(actor, Permission.PRINT_DOCUMENTS)
        if isinstance(scans, str | bytes) or not isinstance(scans, Sequence):
            raise ValidationError("Expected the list of scans", field="scans")
        if len(scans) > MAX_SCANS or not all(isinstance(s, str) for s in scans):
            raise ValidationError("Expected the list of scans", field="scans")
        if weight_g is not None and (
            isinstance(weight_g, bool) or not isinstance(weight_g, int) or not
            0 < weight_g <= 1_000_000
        ):  # fmt: skip
            raise ValidationError("Enter the weight in grams (1 to 1,000,000)", field="weight_g")
        now = utcnow()
        started = now
        if started_at is not None:
            if not isinstance(started_at, datetime) or started_at.tzinfo is None:
                raise ValidationError("Give the time packing started", field="started_at")
            started = min(started_at, now)
        folder = read(self.db, lambda uow: packing.label_folder(uow.session))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(
                "The label folder {folder} cannot be used: {reason}",
                field="fulfilment.label_folder",
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from exc

        def work(uow: UnitOfWork) -> tuple[Any, ...]:
            return packing.pack_in(uow, order_id, list(scans), weight_g, started)

        order_no, tracking, labels, before, privacy, printer, stats = transaction(
            self.db, actor, work
        )
        path: str | None = None
        problem = ""
        printed_to = ""
        if labels:
            target = folder / f"{order_no}-{labels[0].tracking_no}.pdf"
            try:
                render_labels(labels, target, LabelSize.MM_100x150, mask_phones=privacy)
                path = str(target)
            except (OSError, AppError) as exc:
                log.exception("label of %s not written", order_no)
                problem = str(exc)
            if path and printer:
                problem = packing.send_to_printer(path, printer)
                printed_to = "" if problem else printer
        return PackResult(
            order_id=order_id, order_no=order_no, tracking_nos=tracking, label_path=path,
            label_printed_before=before, printed_to=printed_to, print_error=problem, stats=stats,
        )  # fmt: skip
