"""Money on the order: payments (paid, partial, pending, failed), cash on delivery and its
remittance, and the order's end (automatic completion, cancelling unpaid orders)."""

from typing import TYPE_CHECKING

from app.payments.model import (
    COD,
    METHODS,
    CodCarrierRow,
    CodReport,
    OrderMoney,
    PaymentEntry,
    PaymentInfo,
    PaymentOutcome,
    RemittanceDifference,
    RemittanceProblem,
    RemittanceResult,
    SweepResult,
)
from models.enums import PaymentStatus

if TYPE_CHECKING:
    from app.payments.service import PaymentService


def __getattr__(name: str) -> object:
    # The service (and the file readers behind it) load on first use: fulfilment imports
    # the COD hook from this package while the tracking module is still loading.
    if name == "PaymentService":
        from app.payments.service import PaymentService

        return PaymentService
    raise AttributeError(name)


__all__ = [
    "COD",
    "METHODS",
    "CodCarrierRow",
    "CodReport",
    "OrderMoney",
    "PaymentEntry",
    "PaymentInfo",
    "PaymentOutcome",
    "PaymentService",
    "PaymentStatus",
    "RemittanceDifference",
    "RemittanceProblem",
    "RemittanceResult",
    "SweepResult",
]
