"""QtCharts or pyqtgraph for the Reports tab: import time, what they add to the installer,
and the time to render a year of days (365 bars and a line) in a 1366×768 window.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_charts.py [--runs 5]

Each measurement runs in a fresh interpreter (imports are cached per process): the import
time is the library's own, after QtWidgets is already loaded (the app has it before the
Reports tab is opened). The size is what a bundle gains: the files the import needs that the
app does not ship today (QtCharts: its binding and C++ library with the OpenGL libraries it
links; pyqtgraph: the package, colorama and numpy, which the installer excludes today).
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
lib = sys.argv[1]
t0 = time.perf_counter()
if lib == "qtcharts":
    from PySide6 import QtCharts
else:
    import pyqtgraph
import_s = time.perf_counter() - t0
days = 365
values = [((i * 37) % 101) * 100 + 500 for i in range(days)]
t0 = time.perf_counter()
if lib == "qtcharts":
    from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                                  QLineSeries, QValueAxis)
    from PySide6.QtCore import QPointF, Qt
    chart = QChart()
    bars = QBarSet("订单")
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    line = QLineSeries()
    line.replace([QPointF(i, v * 0.8) for i, v in enumerate(values)])
    chart.addSeries(line)
    x = QBarCategoryAxis()
    x.append([f"{i:03d}" for i in range(days)])
    y = QValueAxis()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (series, line):
        s.attachAxis(x)
        s.attachAxis(y)
    chart.setTitle("销售额")
    view = QChartView(chart)
else:
    import pyqtgraph as pg
    view = pg.PlotWidget(title="销售额")
    view.addItem(pg.BarGraphItem(x=list(range(days)), height=values, width=0.8))
    view.plot(list(range(days)), [v * 0.8 for v in values])
view.resize(1366, 768)
view.show()
app.processEvents()
image = view.grab()
render_s = time.perf_counter() - t0
print(json.dumps({"import_s": import_s, "render_s": render_s, "ok": not image.isNull()}))
"""


def _size_mb(paths: list[Path]) -> float:
    total = 0
    for p in paths:
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
        elif p.exists():
            total += p.stat().st_size
    return round(total / 2**20, 1)


def sizes() -> dict[str, float]:
    import colorama
    import numpy
    import pyqtgraph
    import PySide6

    qt = Path(PySide6.__file__).parent
    lib = qt / "Qt" / "lib"
    charts = [qt / "QtCharts.abi3.so", lib / "libQt6Charts.so.6", lib / "libQt6OpenGL.so.6",
              lib / "libQt6OpenGLWidgets.so.6"]  # fmt: skip
    np_dir = Path(numpy.__file__).parent
    graph = [Path(pyqtgraph.__file__).parent, np_dir, np_dir.parent / "numpy.libs",
             Path(colorama.__file__).parent]  # fmt: skip
    return {"qtcharts_mb": _size_mb(charts), "pyqtgraph_mb": _size_mb(graph)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, float] = {}
    for lib in ("qtcharts", "pyqtgraph"):
        runs = []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, lib], capture_output=True, text=True, check=True
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        imp = statistics.median(r["import_s"] for r in runs)
        ren = statistics.median(r["render_s"] for r in runs)
        results[f"{lib}_import_s"] = round(imp, 3)
        results[f"{lib}_render_365_days_s"] = round(ren, 3)
        print(f"{lib:<10} import {imp:6.3f} s   render 365 days {ren:6.3f} s", flush=True)
    results |= sizes()
    print(f"installer gains: QtCharts {results['qtcharts_mb']} MB, "
          f"pyqtgraph + numpy {results['pyqtgraph_mb']} MB (unpacked)")  # fmt: skip
    print(json.dumps(results))


if __name__ == "__main__":
    main()
