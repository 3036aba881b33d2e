"""The real GUI start on a real X server (Xvfb, Qt's xcb platform, not offscreen): the login
window appears, in Chinese under a zh_CN locale, and logging in with the keyboard opens the
main window. Skipped where Xvfb or xdotool is missing, except under CI=true, where that
fails: CI must prove a desktop start (`.ci/run` installs them)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.permissions import Role
from app.services import Services
from tests.conftest import IN_CI, TEST_PASSWORD, add_user

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def display() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        message = f"{' and '.join(missing)} not installed (apt-get install xvfb xdotool)"
        if IN_CI:
            pytest.fail(f"CI=true requires a desktop start test: {message}")
        pytest.skip(message)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display it took once it is ready
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _window(
    display: str, title: str, timeout: float, gui: subprocess.Popen[bytes], log: Path
) -> str:
    """The id of a window with this exact title, waiting for it to appear."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", f"^{title}$"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
        )
        if found.stdout.strip():
            return found.stdout.split()[0]
        assert gui.poll() is None, f"the GUI exited ({gui.returncode}):\n{log.read_text()}"
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} on {display} after {timeout} s")


def _xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)


def _start(display: str, url: str, lang: str, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "KUAIDAN_LANG")
    }
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG=lang, KUAIDAN_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", url],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )


@pytest.mark.parametrize(
    ("lang", "login_title", "main_title"),
    [
        ("zh_CN.UTF-8", "登录 — 快单", "快单 — clerk"),
        ("en_US.UTF-8", "Log in — Kuaidan", "Kuaidan 快单 — clerk"),
    ],
)
def test_the_gui_starts_on_a_real_display(
    display: str,
    services: Services,
    db_url: str,
    tmp_path: Path,
    lang: str,
    login_title: str,
    main_title: str,
) -> None:
    add_user(services.db, "clerk", Role.REVIEWER)
    log = tmp_path / "gui.log"
    gui = _start(display, db_url, lang, tmp_path / "data", log)
    try:
        login = _window(display, login_title, 60, gui, log)
        # As a user: the name, Tab, the password, Enter (the database opens behind the
        # window while it is shown; what is typed before then is not lost).
        _xdotool(display, "windowfocus", "--sync", login)
        _xdotool(display, "type", "--delay", "10", "clerk")
        _xdotool(display, "key", "Tab")
        _xdotool(display, "type", "--delay", "10", TEST_PASSWORD)
        _xdotool(display, "key", "Return")
        _window(display, main_title, 60, gui, log)
    finally:
        gui.send_signal(signal.SIGTERM)
        gui.wait(timeout=20)
