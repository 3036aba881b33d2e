"""The built bundle as a user gets it: its size, and its start to the login window.

    python benchmarks/bench_bundle.py [--bundle dist/Kuaidan] [--runs 5]

The bundle is copied onto a throw-away "machine" (see `Installation`: its own home, a PATH
without Python, and as root the source checkout hidden from it); the bundle's own `init` and
`create-user` make a database with one user, then the GUI is started under Xvfb in zh_CN,
`--runs` times: the time from the start until X maps the login window (found by its title
with xdotool, polled every 20 ms), and the CPU time the process had used by then (steadier on
a shared machine than the wall time, printed before). The last line is one JSON object:
``{"bundle_mb", "start_to_login_s"}`` (the median start; MB = 2**20 bytes, as du counts).
Targets: bundle_mb <= 250, start_to_login_s <= 1.

Needs Xvfb and xdotool (Debian: xvfb xdotool). The bundle smoke test
(installer/tests/test_bundle.py) uses the same helpers.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGIN_TITLE = "^登录 — 快单$"  # the login dialog's title in zh_CN, an xdotool regex
MAIN_TITLE = "^快单 — "  # the main window's, followed by the user's name
_PYTHON_NAMES = ("python", "pip", "pydoc", "2to3", "idle", "pyvenv")
_HIDE_SOURCE = 'mount -t tmpfs -o size=1m kuaidan-source-hidden "$0" && exec "$@"'


def folder_mb(path: Path) -> float:
    """The size of a folder's files in MB (2**20 bytes), links not followed."""
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def install(bundle: Path, app: Path) -> None:
    """Put `bundle` at `app` as the Windows installer does over an older version: the old
    libraries and migrations (_internal) go first, so nothing of them is left to load."""
    if (app / "_internal").exists():
        shutil.rmtree(app / "_internal")
    app.mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, app, symlinks=True, dirs_exist_ok=True)


class Installation:
    """The bundle installed on a clean "machine" under `root` (outside the checkout).

    Commands run with only the variables a desktop session has (PATH, HOME, LANG, ...), not
    this process's; PATH holds the system's tools but no Python, and when this process may
    mount (root, as in CI) each command runs in a private mount namespace where the source
    checkout, with its venv, is an empty folder: whatever the bundle needs must be in it.
    The data folder is the default one, ~/.local/share/Kuaidan under the machine's home."""

    def __init__(self, bundle: Path, root: Path) -> None:
        self.root = root
        self.app = root / "opt" / "Kuaidan"
        self.home = root / "home"
        self.bin = root / "bin"
        self.runtime = root / "run"
        install(bundle, self.app)
        self.home.mkdir(parents=True, exist_ok=True)
        self.runtime.mkdir(mode=0o700, exist_ok=True)
        self.bin.mkdir(exist_ok=True)
        for folder in ("/usr/bin", "/bin"):
            for tool in sorted(Path(folder).iterdir()):
                link = self.bin / tool.name
                if not tool.name.startswith(_PYTHON_NAMES) and not link.exists():
                    link.symlink_to(tool)
        self.hides_source = self._can_hide_source()

    @property
    def exe(self) -> Path:
        return self.app / "Kuaidan"

    @property
    def data_dir(self) -> Path:
        return self.home / ".local" / "share" / "Kuaidan"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": str(self.bin),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(self.runtime),
        }
        env.update(extra)
        return env

    def argv(self, *args: str, program: str | None = None) -> list[str]:
        command = [program or str(self.exe), *args]
        if not self.hides_source:
            return command
        unshare = shutil.which("unshare") or "unshare"
        return [unshare, "--mount", "--propagation", "private", "/bin/sh", "-c", _HIDE_SOURCE,
                str(ROOT), *command]  # fmt: skip

    def run(
        self,
        *args: str,
        input: str | None = None,
        env: dict[str, str] | None = None,
        check: bool = True,
        timeout: float = 900,
    ) -> subprocess.CompletedProcess[str]:
        """Run `Kuaidan ARGS`; with `check`, a non-zero exit fails with its output."""
        result = subprocess.run(
            self.argv(*args), env=self.env(**(env or {})), cwd=self.root, input=input,
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise AssertionError(
                f"Kuaidan {' '.join(args)} exited with {result.returncode}\n"
                f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
            )
        return result

    def popen(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.argv(*args), env=self.env(**(env or {})), cwd=self.root,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    def _can_hide_source(self) -> bool:
        if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
            return False
        self.hides_source = True
        probe = subprocess.run(
            self.argv(str(ROOT), program="/bin/ls"), env=self.env(), capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        return probe.returncode == 0 and probe.stdout.strip() == ""


@contextmanager
def xvfb(screen: str = "1366x768x24") -> Iterator[str]:
    """A private X server for the duration; yields its DISPLAY (Xvfb picks a free number)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def x_tool(display: str, *argv: str) -> str:
    """Run an X client (xdotool, import) on `display`; its standard output."""
    result = subprocess.run(
        list(argv), env={**os.environ, "DISPLAY": display}, capture_output=True, text=True,
        check=False, timeout=60,
    )  # fmt: skip
    return result.stdout


def find_window(display: str, title: str) -> str | None:
    """The id of a mapped window whose title matches the regex `title`, if there is one."""
    ids = x_tool(display, "xdotool", "search", "--onlyvisible", "--name", title).split()
    return ids[0] if ids else None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_window(
    display: str, title: str, process: subprocess.Popen[str], timeout: float = 60
) -> tuple[str, float, float]:
    """Poll until a window titled `title` is shown: (window id, seconds since `started`,
    CPU seconds of `process` by then). Fails with the process's output if it exits first."""
    started = getattr(process, "started", time.perf_counter())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        window = find_window(display, title)
        if window:
            elapsed = time.perf_counter() - started
            return window, elapsed, cpu_seconds(process.pid)
        if process.poll() is not None:
            out, err = process.communicate()
            raise AssertionError(f"Kuaidan exited with {process.returncode}\n{out}\n{err}")
        time.sleep(0.02)
    raise AssertionError(f"no window titled {title!r} within {timeout:.0f} s")


def start_gui(installation: Installation, display: str, language: str) -> subprocess.Popen[str]:
    """The GUI as a desktop starts it: the session's DISPLAY and locale, nothing else."""
    started = time.perf_counter()
    process = installation.popen(
        env={"DISPLAY": display, "LANG": f"{language}.UTF-8", "LC_CTYPE": "C.UTF-8"}
    )
    process.started = started  # type: ignore[attr-defined]
    return process


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    with suppress(ValueError, OSError):
        process.communicate(timeout=5)


def start_to_login(
    installation: Installation, display: str, runs: int
) -> list[tuple[float, float]]:
    """(seconds, CPU seconds) from the start to the login window, `runs` times."""
    times = []
    for _ in range(runs):
        process = start_gui(installation, display, "zh_CN")
        try:
            _window, elapsed, cpu = wait_for_window(display, LOGIN_TITLE, process)
        finally:
            stop(process)
        times.append((elapsed, cpu))
    return times


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Kuaidan")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.bundle / "Kuaidan").exists():
        sys.exit(f"no bundle at {args.bundle}: pyinstaller installer/kuaidan.spec --noconfirm")
    size = folder_mb(args.bundle)
    print(f"bundle {args.bundle}: {size:.1f} MB")
    with tempfile.TemporaryDirectory(prefix="kuaidan-bench-") as tmp:
        machine = Installation(args.bundle, Path(tmp))
        print(f"installed at {machine.app}; source checkout hidden: {machine.hides_source}")
        machine.run("init")
        machine.run("create-user", "admin", "--password-stdin", input="bench-password\n")
        with xvfb() as display:
            times = start_to_login(machine, display, args.runs)
    for n, (wall, cpu) in enumerate(times, 1):
        print(f"run {n}: login window after {wall:.2f} s ({cpu:.2f} s CPU)")
    print(f"median CPU time to the login window: {statistics.median(c for _, c in times):.2f} s")
    start = statistics.median(t for t, _ in times)
    print(json.dumps({"bundle_mb": round(size, 1), "start_to_login_s": round(start, 3)}))


if __name__ == "__main__":
    main()
