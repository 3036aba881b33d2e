"""The pack station's scans, checked in memory: the station and the server share them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import ValidationError

if TYPE_CHECKING:
    from app.fulfilment.model import PackingLine


def normalise_code(code: str) -> str:
    """Scanners send what is printed; SKUs are compared without regard to case."""
    return code.strip().upper() if isinstance(code, str) else ""


class ScanResult(StrEnum):
    RIGHT = "right"  # a unit of a line still short: counted
    WRONG = "wrong"  # not an item of this order
    EXTRA = "extra"  # an item of this order whose units are all counted already


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    code: str
    line: int | None  # index into the lines; None for a wrong item
    scanned: int  # units of that line counted now
    qty: int  # units of that line in the order


class PackingSession:
    """The scans of one order, checked in memory (the pack station and the server share it).

    A code maps to the lines whose barcode or SKU it is; a unit counts for the first of those
    lines still short. Undo takes back the last counted unit."""

    def __init__(self, lines: Sequence[PackingLine]) -> None:
        self.lines = tuple(lines)
        self.counts = [0] * len(self.lines)
        self._log: list[tuple[int, str]] = []
        self._by_code: dict[str, list[int]] = defaultdict(list)
        for index, line in enumerate(self.lines):
            for code in dict.fromkeys(line.codes):
                self._by_code[code].append(index)

    def scan(self, code: str) -> ScanOutcome:
        key = normalise_code(code)
        matches = self._by_code.get(key)
        if not matches:
            return ScanOutcome(ScanResult.WRONG, key, None, 0, 0)
        for index in matches:
            if self.counts[index] < self.lines[index].qty:
                self.counts[index] += 1
                self._log.append((index, key))
                return ScanOutcome(
                    ScanResult.RIGHT, key, index, self.counts[index], self.lines[index].qty
                )
        last = matches[-1]
        return ScanOutcome(ScanResult.EXTRA, key, last, self.counts[last], self.lines[last].qty)

    def undo(self) -> int | None:
        """Take back the last counted unit; returns its line (None: nothing to undo)."""
        if not self._log:
            return None
        index, _code = self._log.pop()
        self.counts[index] -= 1
        return index

    @property
    def scanned_codes(self) -> list[str]:
        """The counted scans in order: what `complete_packing` checks again."""
        return [code for _index, code in self._log]

    @property
    def units_scanned(self) -> int:
        return sum(self.counts)

    @property
    def units_total(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def complete(self) -> bool:
        return all(c == line.qty for c, line in zip(self.counts, self.lines, strict=True))

    def line_done(self, index: int) -> bool:
        return self.counts[index] == self.lines[index].qty


def weight_off(expected_g: int, weight_g: int, tolerance_percent: int) -> bool:
    """True when the weighed parcel is further from the catalogue weight than the tolerance
    (an order whose products have no weight cannot be checked)."""
    if expected_g <= 0:
        return False
    return abs(weight_g - expected_g) * 100 > expected_g * tolerance_percent


def check_scans(order_no: str, lines: Sequence[PackingLine], scans: Sequence[str]) -> None:
    session = PackingSession(lines)
    wrong: list[str] = []
    extra: list[str] = []
    for code in scans:
        outcome = session.scan(code)
        if outcome.result is ScanResult.WRONG:
            wrong.append(outcome.code or "?")
        elif outcome.result is ScanResult.EXTRA:
            extra.append(outcome.code)
    short = [
        f"{line.sku} {count}/{line.qty}"
        for line, count in zip(session.lines, session.counts, strict=True)
        if count != line.qty
    ]
    if wrong or extra or short:
        problems = [*(f"{code} ∉" for code in wrong), *(f"{code} +1" for code in extra), *short]
        raise ValidationError(
            "The scans do not match order {order_no}: {problems}",
            field="scans",
            order_no=order_no,
            problems=", ".join(problems),
        )
