"""Start-up time: the login window, and the main window after logging in, against a bare
PySide6 window measured in the same run.

    python benchmarks/bench_startup.py [--repeat N] [--db URL] [--user NAME] [--password PW]

Every measurement is a fresh `python` process, timed from just before it is spawned to the
first paint of the window (CLOCK_MONOTONIC is the same clock in both processes):

- bare_window_s: a QApplication and a small QDialog, nothing else;
- login_window_s: `main.py --db URL` (the GUI start, as a user runs it) until the login
  window paints (the database then opens behind it; when it is open is printed too);
- main_window_s: from Enter in that login window (user name and password typed into its
  fields once the database is open) until the main window paints. Its other tabs are built
  after that, one per turn of the event loop; the time until every tab exists is printed.

The database is the 20,000-order demo (`main.py demo`), made once in the temp folder and
reused, unless --db names one. Each figure is measured --repeat times; the fastest and the
median are printed, with the CPU time the process spent (less moved by other work on the
machine than the wall clock); the last line is one JSON object with the medians:
{"bare_window_s", "login_window_s", "main_window_s"}.
Targets: login window within 0.5 s, main window within 1 s after login.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_ORDERS = 20_000

# The child: the real GUI start, watched by an application event filter installed from the
# first dialog's exec(); it types the credentials as a user would and reports the times.
CHILD_APP = r"""
import importlib.abc, importlib.machinery, json, os, runpy, sys, threading, time

times = {}

def report():
    print("BENCH " + json.dumps(times), flush=True)
    os._exit(0)

def watch(widgets):
    # Called when PySide6.QtWidgets is imported by the app itself, so that the harness does
    # not import Qt earlier than the app does.
    from PySide6.QtCore import QEvent, QObject, QTimer, Qt

    def log_in(dialog):
        # The database opens behind the shown window; a user types for a second or more,
        # so Enter is pressed once it is open (the time it took is reported too).
        if dialog.services is None:
            QTimer.singleShot(5, lambda: log_in(dialog))
            return
        times.setdefault("ready", time.monotonic())
        from PySide6.QtTest import QTest

        dialog.findChild(widgets.QLineEdit, "username").setText(os.environ["BENCH_USER"])
        password = dialog.findChild(widgets.QLineEdit, "password")
        password.setText(os.environ["BENCH_PASSWORD"])
        times["enter"] = time.monotonic()
        times["enter_cpu"] = time.process_time()
        QTest.keyClick(password, Qt.Key.Key_Return)

    def all_tabs():
        times["tabs"] = time.monotonic()
        QTimer.singleShot(0, report)

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(obj, widgets.QWidget)
                and obj.isWindow()
            ):
                name = type(obj).__name__
                if name == "LoginDialog" and "login" not in times:
                    times["login"] = time.monotonic()
                    times["login_cpu"] = time.process_time()
                    QTimer.singleShot(0, lambda: log_in(obj))
                elif isinstance(obj, widgets.QMainWindow) and "main" not in times:
                    times["main"] = time.monotonic()
                    times["main_cpu"] = time.process_time()
                    obj.tabs_built.connect(all_tabs)
                elif name != "LoginDialog" and "login" not in times:
                    times["unexpected"] = name
                    QTimer.singleShot(0, report)
            return False

    watcher = Watcher()
    original_exec = widgets.QDialog.exec

    def exec_watched(self, *args):
        widgets.QApplication.instance().installEventFilter(watcher)
        return original_exec(self, *args)

    widgets.QDialog.exec = exec_watched
    widgets._bench_watcher = watcher

class WhenQtWidgetsLoads(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            watch(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WhenQtWidgetsLoads())
threading.Timer(90, report).start()  # never hang the benchmark
sys.argv = ["main.py", "--db", os.environ["BENCH_DB"]]
runpy.run_path(os.environ["BENCH_MAIN"], run_name="__main__")
report()
"""

CHILD_BARE = r"""
import json, os, threading, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is dialog:
            now = {"window": time.monotonic(), "window_cpu": time.process_time()}
            print("BENCH " + json.dumps(now), flush=True)
            os._exit(0)
        return False

app = QApplication([])
dialog = QDialog()
layout = QVBoxLayout(dialog)
layout.addWidget(QLabel("Kuaidan"))
layout.addWidget(QLineEdit())
watcher = Watcher()
app.installEventFilter(watcher)
dialog.show()
threading.Timer(60, lambda: os._exit(1)).start()
app.exec()
"""


def _child(code: str, env: dict[str, str], last: str) -> tuple[float, dict]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("BENCH ")]
    if not lines:
        raise SystemExit(f"the child reported nothing:\n{result.stdout}\n{result.stderr}")
    times = json.loads(lines[-1].removeprefix("BENCH "))
    if "unexpected" in times or last not in times:
        raise SystemExit(f"the window did not show: {times}\n{result.stderr}")
    return started, times


def _demo_database() -> str:
    folder = Path(tempfile.gettempdir()) / "kuaidan-bench-startup"
    folder.mkdir(exist_ok=True)
    path = folder / "demo.db"
    if path.exists():
        try:
            with sqlite3.connect(path) as conn:
                if conn.execute("SELECT count(*) FROM orders").fetchone()[0] == DEMO_ORDERS:
                    return f"sqlite:///{path}"
        except sqlite3.Error:
            pass
        path.unlink()
    print(f"making the {DEMO_ORDERS:,}-order demo database {path} (once) …", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--db", f"sqlite:///{path}"],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return f"sqlite:///{path}"


def _summary(name: str, samples: list[float], cpu: list[float]) -> float:
    median = statistics.median(samples)
    shown = " ".join(f"{s:.3f}" for s in samples)
    print(
        f"{name:13} fastest {min(samples):.3f} s  median {median:.3f} s  "
        f"(CPU of the process: median {statistics.median(cpu):.3f} s)   [{shown}]"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes per figure")
    parser.add_argument("--db", help="database URL (default: the 20,000-order demo)")
    parser.add_argument("--user", default="admin", help="who logs in (default admin: every tab)")
    parser.add_argument("--password", default="demo1234")
    args = parser.parse_args()
    url = args.db or _demo_database()
    data_dir = tempfile.mkdtemp(prefix="kuaidan-bench-data-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "KUAIDAN_DATA_DIR": data_dir,  # no config file or saved window state of the user's
        "KUAIDAN_LANG": os.environ.get("KUAIDAN_LANG", "zh_CN"),
        "BENCH_DB": url,
        "BENCH_MAIN": str(ROOT / "main.py"),
        "BENCH_USER": args.user,
        "BENCH_PASSWORD": args.password,
    }
    print(
        f"platform {env['QT_QPA_PLATFORM']}, language {env['KUAIDAN_LANG']}, user {args.user}, "
        f"{args.repeat} fresh processes each, database {url}"
    )
    _child(CHILD_BARE, env, "window")  # warm the file cache once; not counted
    _child(CHILD_APP, env, "tabs")
    bare, login, ready, main_window, all_tabs = [], [], [], [], []
    bare_cpu, login_cpu, main_cpu = [], [], []
    for _ in range(args.repeat):  # interleaved, so a busy minute hits all three alike
        started, times = _child(CHILD_BARE, env, "window")
        bare.append(times["window"] - started)
        bare_cpu.append(times["window_cpu"])
        started, times = _child(CHILD_APP, env, "tabs")
        login.append(times["login"] - started)
        login_cpu.append(times["login_cpu"])
        ready.append(times["ready"] - started)
        main_window.append(times["main"] - times["enter"])
        main_cpu.append(times["main_cpu"] - times["enter_cpu"])
        all_tabs.append(times["tabs"] - times["enter"])
    figures = {
        "bare_window_s": round(_summary("bare window", bare, bare_cpu), 3),
        "login_window_s": round(_summary("login window", login, login_cpu), 3),
        "main_window_s": round(_summary("main window", main_window, main_cpu), 3),
    }
    print(
        f"database open behind the login window: median {statistics.median(ready):.3f} s "
        f"after start; every tab built (after the main window shows): median "
        f"{statistics.median(all_tabs):.3f} s after login"
    )
    print("targets: login window <= 0.5 s, main window <= 1 s after login")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
