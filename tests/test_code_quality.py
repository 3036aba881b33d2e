"""Architecture and hygiene rules that must hold for every change."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_i18n() -> ModuleType:
    # Loaded from its file: putting installer/ on sys.path would make `tests` name
    # installer/tests for every test module imported after this one.
    spec = importlib.util.spec_from_file_location("installer_i18n", ROOT / "installer" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


i18n = _load_i18n()

pytestmark = pytest.mark.sqlite_only


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def test_layer_contracts_hold() -> None:
    """import-linter: ui > app > models; no Qt in app/models; no SQL in ui."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "broken" not in result.stdout.split("Contracts:")[-1].lower()
        or " 0 broken" in result.stdout
    )


def test_ruff_is_clean() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_error_catalogue_is_current() -> None:
    assert (ROOT / "ui" / "error_catalog.py").read_text(
        encoding="utf-8"
    ) == i18n.render_catalog(), "run: python installer/i18n.py all"


def test_every_string_is_translated() -> None:
    assert i18n.untranslated("zh_CN") == []
    assert i18n.untranslated("zh_TW") == []


def test_compiled_catalogues_are_current(tmp_path: Path) -> None:
    i18n.lrelease(tmp_path)
    for lang in i18n.LANGUAGES:
        built = (tmp_path / f"kuaidan_{lang}.qm").read_bytes()
        shipped = (ROOT / "resources" / "translations" / f"kuaidan_{lang}.qm").read_bytes()
        assert built == shipped, f"run: python installer/i18n.py all ({lang})"


def test_translations_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Every tr() string in ui/ is in the catalogues (lupdate finds nothing new)."""
    for lang in i18n.LANGUAGES:
        copy = tmp_path / f"kuaidan_{lang}.ts"
        shutil.copy(i18n.TRANSLATIONS / f"kuaidan_{lang}.ts", copy)
        sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
        result = subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "0 new" in result.stdout or "(0 new" in result.stdout, result.stdout


def test_translations_keep_every_placeholder() -> None:
    """A translation that drops {order_no} or %1 would show the user a hole or crash format()."""
    import re

    pattern = re.compile(r"\{[^{}]*\}|%n|%\d")
    for lang in i18n.LANGUAGES:
        for path in sorted((i18n.TRANSLATIONS / lang).glob("*.json")):
            import json

            for source, text in json.loads(path.read_text(encoding="utf-8")).items():
                source = source.split("::", 1)[-1]
                assert sorted(pattern.findall(source)) == sorted(pattern.findall(text)), (
                    f"{path.name}: {source!r} → {text!r}"
                )


def test_no_two_areas_translate_the_same_words_differently() -> None:
    """Unqualified keys apply to every context: two areas giving "Created" different Chinese
    would silently overwrite each other. Such words need "Context::source" keys."""
    import json

    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for path in sorted((i18n.TRANSLATIONS / "zh_CN").glob("*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            if "::" in source:
                continue
            if source in seen and seen[source][1] != text:
                clashes.append(f"{source!r}: {seen[source]} vs ({path.name}, {text!r})")
            seen.setdefault(source, (path.name, text))
    assert clashes == []
