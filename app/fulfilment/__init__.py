"""Fulfilment: pick waves, the pack station, and handing parcels to the carrier.

`waves`: confirmed orders of one warehouse move to 拣货中 through the order transition, one by
one; the pick list. `packing`: the order behind a scan, the scans checked again, and the order
packed with its parcel and label. `shipping`: packed orders handed to the carrier (已发货,
stock out) and moved to 已签收 when every parcel is delivered. `scans`: the station's
in-memory scan checks. Their functions run inside the caller's unit of work;
`FulfilmentService` checks permissions and runs them in units of their own.
"""

from app.fulfilment.model import (
    PackerStats,
    PackingJob,
    PackingLine,
    PackResult,
    ShipCandidate,
    StationSetup,
    WaveCandidate,
    WaveInfo,
    WaveOrderRow,
    WaveResult,
    WaveStatus,
)
from app.fulfilment.packing import send_to_printer
from app.fulfilment.scans import PackingSession, ScanOutcome, ScanResult, normalise_code, weight_off
from app.fulfilment.service import FulfilmentService
from app.fulfilment.shipping import deliver_when_all_delivered

__all__ = [
    "FulfilmentService",
    "PackResult",
    "PackerStats",
    "PackingJob",
    "PackingLine",
    "PackingSession",
    "ScanOutcome",
    "ScanResult",
    "ShipCandidate",
    "StationSetup",
    "WaveCandidate",
    "WaveInfo",
    "WaveOrderRow",
    "WaveResult",
    "WaveStatus",
    "deliver_when_all_delivered",
    "normalise_code",
    "send_to_printer",
    "weight_off",
]
