"""What the Windows installer needs and Linux can check: the data folder under %LOCALAPPDATA%,
Microsoft YaHei for documents, a frozen executable that starts the import's parser process,
the spec leaving out only what the app never imports, and an Inno Setup script that keeps
the data folder on uninstall and upgrade. The bundle itself is built and started by
.ci/bundle-smoke (installer/tests/test_bundle.py)."""

from __future__ import annotations

import ast
import multiprocessing
import multiprocessing.spawn
import re
import shutil
import sys
import tomllib
from collections.abc import Iterator
from multiprocessing import resource_tracker
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

import app.documents.fonts as fonts
from app import config as app_config
from app.importing import ParserStopped
from app.importing.parse import ParsedOrder, parse_file
from app.importing.pipeline import open_chunks
from tests.test_import_writer import template_file, template_row

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "kuaidan.spec"
ISS = ROOT / "installer" / "windows" / "kuaidan.iss"
LOCAL = r"C:\Users\li.wei\AppData\Local"
ROAMING = r"C:\Users\li.wei\AppData\Roaming"


# -- the data folder ----------------------------------------------------------------------


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """platformdirs as on Windows, whose shell reports these known folders."""
    known = {"CSIDL_LOCAL_APPDATA": LOCAL, "CSIDL_APPDATA": ROAMING}
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", known.__getitem__)
    monkeypatch.delenv("KUAIDAN_DATA_DIR")
    monkeypatch.chdir(tmp_path)  # data_dir() creates the folder: here, not in C:


@pytest.mark.usefixtures("on_windows")
def test_windows_keeps_the_data_in_local_appdata_not_the_roaming_profile() -> None:
    """A SQLite file must not roam to other PCs with the profile, and the installer's folder
    (Program Files) is replaced by every upgrade: the data lives in %LOCALAPPDATA%\\Kuaidan."""
    folder = app_config.data_dir()
    assert str(folder).replace("\\", "/") == LOCAL.replace("\\", "/") + "/Kuaidan"
    assert app_config.default_sqlite_url().endswith("Kuaidan/kuaidan.db")
    assert app_config.config_path().parent == folder


def test_the_data_folder_can_be_moved_with_kuaidan_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KUAIDAN_DATA_DIR", str(tmp_path / "elsewhere"))
    assert app_config.data_dir() == tmp_path / "elsewhere"
    assert (tmp_path / "elsewhere").is_dir()


def test_a_bundle_finds_its_files_where_pyinstaller_unpacked_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.migrate import migrations_dir
    from ui.i18n import resources_dir

    assert app_config.install_dir() == ROOT
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert migrations_dir() == tmp_path / "migrations"
    assert resources_dir() == tmp_path / "resources"
    assert fonts.resources_fonts_dir() == tmp_path / "resources" / "fonts"


# -- Microsoft YaHei --------------------------------------------------------------------------


@pytest.fixture
def fresh_font_choice() -> Iterator[None]:
    fonts.reset_for_tests()
    yield
    fonts.reset_for_tests()


def _a_cjk_truetype_font() -> Path:
    system = (Path(p) for p, _, source in fonts.candidates() if source == "system")
    found = next((path for path in system if path.is_file()), None)
    if found is None:
        pytest.skip("no CJK TrueType font on this machine to stand for msyh.ttc")
    return found


@pytest.mark.usefixtures("fresh_font_choice")
def test_windows_documents_use_microsoft_yahei_from_the_windows_fonts_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """On Windows the fonts folder comes first: msyh.ttc (Microsoft YaHei) wins over SimHei,
    SimSun and anything else installed. A CJK TrueType collection stands for msyh.ttc here."""
    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    yahei = windows / "Fonts" / "msyh.ttc"
    shutil.copy(_a_cjk_truetype_font(), yahei)
    shutil.copy(_a_cjk_truetype_font(), windows / "Fonts" / "simhei.ttf")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windows))
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "resources_fonts_dir", lambda: tmp_path / "no-bundled-fonts")

    system = [Path(p) for p, _, source in fonts.candidates() if source == "system"]
    assert system[0] == yahei and system.index(windows / "Fonts" / "simhei.ttf") > 0
    info = fonts.cjk_font()
    assert (info.path, info.source, info.embedded) == (yahei, "system", True)


@pytest.mark.usefixtures("fresh_font_choice")
def test_windows_without_windir_looks_in_systemroot(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path / "Win"))
    paths = [p for p, _, source in fonts.candidates() if source == "system"]
    assert paths[0] == str(tmp_path / "Win" / "Fonts" / "msyh.ttc")


# -- the parser process of a frozen build -------------------------------------------------------


FROZEN_START = """\
import multiprocessing, multiprocessing.spawn, runpy, sys
sys.frozen = True
# What freeze_support() does in a frozen Windows program (PyInstaller's runtime hook makes it
# do the same on Linux): run the child when started as `<exe> --multiprocessing-fork ...`.
multiprocessing.freeze_support = multiprocessing.spawn.freeze_support
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
runpy.run_path({main!r}, run_name="__main__")
"""


def _frozen_executable(folder: Path, main: Path) -> Path:
    """An executable that starts like the bundle's: the frozen interpreter runs main.py as
    __main__ with the command line it was given (logged to argv.log)."""
    start = folder / "frozen_start.py"
    start.write_text(FROZEN_START.format(log=str(folder / "argv.log"), main=str(main)))
    launcher = folder / "Kuaidan"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{start}" "$@"\n')
    launcher.chmod(0o755)
    return launcher


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process as a frozen build: multiprocessing then starts its children as
    `sys.executable --multiprocessing-fork tracker_fd=.. pipe_handle=..`."""
    if sys.platform == "win32":
        pytest.skip("the launcher is a POSIX shell script")
    resource_tracker.ensure_running()  # started by the real interpreter, before the switch
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    before = multiprocessing.spawn.get_executable()
    yield
    multiprocessing.spawn.set_executable(before)


def _parse_in_a_child(source: Path, executable: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.setattr(sys, "executable", str(executable))
    multiprocessing.spawn.set_executable(str(executable))
    with open_chunks(
        source, format="auto", mapping=None, second_file=None, channel=None, progress=None,
        cancel=None, in_process=False,
    ) as chunks:  # fmt: skip
        return [order for orders, _, _ in chunks.chunks(50) for order in orders]


@pytest.mark.usefixtures("frozen")
def test_a_frozen_build_starts_the_parser_process_through_main(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(1, 121)])
    with parse_file(source) as parsed:
        expected = [item for item in parsed if isinstance(item, ParsedOrder)]

    orders = _parse_in_a_child(source, _frozen_executable(tmp_path, ROOT / "main.py"), monkeypatch)

    assert orders == expected and len(orders) == 120
    started = (tmp_path / "argv.log").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("--multiprocessing-fork ") for line in started)


@pytest.mark.usefixtures("frozen")
def test_without_freeze_support_the_frozen_child_fails_as_a_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: a main.py without freeze_support() takes the child's arguments for a
    command, argparse refuses them, and the import says its parser stopped."""
    main = (ROOT / "main.py").read_text(encoding="utf-8")
    assert "multiprocessing.freeze_support()" in main
    broken = tmp_path / "main.py"
    broken.write_text(main.replace("multiprocessing.freeze_support()", "pass"), encoding="utf-8")
    source = template_file(tmp_path / "orders.csv", [template_row(n) for n in range(1, 21)])
    with pytest.raises(ParserStopped) as stopped:
        _parse_in_a_child(source, _frozen_executable(tmp_path, broken), monkeypatch)
    assert stopped.value.params["exit_code"] == 2  # argparse's usage error


# -- the spec ---------------------------------------------------------------------------------


def _spec_excludes() -> tuple[str, ...]:
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("no excludes in the spec")


def test_the_bundle_leaves_out_nothing_the_app_imports() -> None:
    """A module the spec excludes is missing from the bundle: if the app's own code imports
    one, the installed app fails where the source install works."""
    excluded = _spec_excludes()
    assert "unittest" in excluded and "PIL.ImageFont" in excluded
    sources = [ROOT / "main.py", *(p for d in ("app", "ui", "models", "migrations")
                                   for p in (ROOT / d).rglob("*.py"))]  # fmt: skip
    offending = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            for name in names:
                if any(name == x or name.startswith(x + ".") for x in excluded):
                    offending.append(f"{path.relative_to(ROOT)}: {name}")
    assert offending == []


# -- the Inno Setup script ------------------------------------------------------------------


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, or Inno Setup < 6.3 garbles 快单"
    return raw.decode("utf-8-sig")


def _section(iss: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", iss, re.MULTILINE | re.DOTALL)
    body = match.group(1) if match else ""
    return [ln for ln in body.splitlines() if ln.strip() and not ln.lstrip().startswith(";")]


def test_the_installer_keeps_one_identity_and_the_project_version(iss: str) -> None:
    """Upgrades find the installed version by AppId: it never changes."""
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}", iss, re.MULTILINE)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f'#define AppVersion "{version["version"]}"' in iss


def test_the_installer_replaces_the_program_and_never_touches_the_data(iss: str) -> None:
    # An upgrade first removes the old libraries and migrations, so no file of the old
    # version (a renamed migration above all) is left beside the new ones.
    assert any('"{app}\\_internal"' in ln and "filesandordirs" in ln
               for ln in _section(iss, "InstallDelete"))  # fmt: skip
    # The data folder (%LOCALAPPDATA%\Kuaidan: database, backups, logs, labels) is never
    # named for deletion, neither by the installer nor by the uninstaller.
    for section in ("InstallDelete", "UninstallDelete", "UninstallRun", "Run"):
        for line in _section(iss, section):
            assert "localappdata" not in line.lower() and "userappdata" not in line.lower()
    files = _section(iss, "Files")
    assert files and all("{app}" in ln for ln in files)
    assert any("dist\\Kuaidan\\*" in ln and "recursesubdirs" in ln for ln in files)


def test_the_installer_adds_a_start_menu_entry(iss: str) -> None:
    icons = _section(iss, "Icons")
    assert any(ln.startswith('Name: "{autoprograms}\\') and "Kuaidan.exe" in ln for ln in icons)
