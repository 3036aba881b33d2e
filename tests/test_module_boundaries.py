"""No module uses another module's private names.

import-linter's contracts are about modules, not the names in them, so this rule is checked
here by walking the syntax trees of app/, ui/, models/, migrations/ and main.py. A private
name (one leading underscore) belongs to the namespace that defines it: `_posting` in
`app.inventory` is for `app.inventory` alone, and a private module such as
`app.documents._table` is for the modules of `app.documents`. Caught: `from app.x import _y`,
`app.x._y` through an imported module, and `Thing._y` or `Thing(...)._y` on a class or
function imported from another module (`OrderService(db)._create`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = ("app", "ui", "models", "migrations", "main")
pytestmark = pytest.mark.sqlite_only


# A named tuple's methods start with an underscore so as not to clash with its fields; they
# are its public interface.
NAMED_TUPLE_API = frozenset({"_asdict", "_field_defaults", "_fields", "_make", "_replace"})


def _is_private(part: str) -> bool:
    return (
        part.startswith("_")
        and not (part.startswith("__") and part.endswith("__"))
        and part not in NAMED_TUPLE_API
    )


def _trespass(importer: str, dotted: str) -> str | None:
    """The private part of `dotted` that `importer` may not use, if any."""
    parts = dotted.split(".")
    for index, part in enumerate(parts):
        if _is_private(part):
            owner = ".".join(parts[:index])
            if importer != owner and not importer.startswith(owner + "."):
                return ".".join(parts[: index + 1])
    return None


def _chain(node: ast.expr) -> list[str] | None:
    """`a.b.c` (or `a.b(...).c`) as ["a", "b", "c"]; None for anything else."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            names.append(node.id)
            return names[::-1]
        else:
            return None


def violations(module: str, source: str, *, is_package: bool = False) -> Iterator[str]:
    """Each use of another module's private name in `source`, the code of `module`."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    bound: dict[str, str] = {}  # local name -> the dotted name it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not alias.name.startswith(FIRST_PARTY):
                    continue
                head = alias.name.split(".")[0]
                bound[alias.asname or head] = alias.name if alias.asname else head
                if bad := _trespass(module, alias.name):
                    yield f"{module}:{node.lineno} imports {bad}"
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith(FIRST_PARTY):
                continue
            for alias in node.names:
                dotted = f"{base}.{alias.name}"
                bound[alias.asname or alias.name] = dotted
                if bad := _trespass(module, dotted):
                    yield f"{module}:{node.lineno} imports {bad}"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not _is_private(node.attr):
            continue
        names = _chain(node)
        if not names or names[0] not in bound:
            continue  # self._x, a local object's _x: the module's own business
        dotted = ".".join([bound[names[0]], *names[1:]])
        if bad := _trespass(module, dotted):
            yield f"{module}:{node.lineno} uses {bad}"


def _modules() -> Iterator[tuple[str, Path, bool]]:
    yield "main", ROOT / "main.py", False
    for top in ("app", "ui", "models", "migrations"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts.pop()
            yield ".".join(parts), path, is_package


def test_no_module_uses_another_modules_private_names() -> None:
    found = [
        problem
        for module, path, is_package in _modules()
        for problem in violations(module, path.read_text(encoding="utf-8"), is_package=is_package)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from app.inventory import _posting", ["app.aftersales:1 imports app.inventory._posting"]),
        (
            "from app.orders import DraftLine, _event",
            ["app.aftersales:1 imports app.orders._event"],
        ),
        ("import app.orders\napp.orders._lock(1)", ["app.aftersales:2 uses app.orders._lock"]),
        ("from app import orders\norders._move(1)", ["app.aftersales:2 uses app.orders._move"]),
        (
            "from app.orders import OrderService\nOrderService(db)._create(uow)",
            ["app.aftersales:2 uses app.orders.OrderService._create"],
        ),
        ("from .model import _helper", ["app.aftersales:1 imports app.model._helper"]),
        (
            "from app.documents._table import paginate",
            ["app.aftersales:1 imports app.documents._table"],
        ),
        # Allowed: public names, a package's private module inside that package, own names,
        # private names of objects the module made itself, and other libraries.
        ("from app.orders import record_event\nrecord_event(uow)", []),
        ("self._lock()\nthing = make()\nthing._x", []),
        ("import sys\nsys._getframe()", []),
        ("from app.importing.parse import ParsedOrder\nParsedOrder._make(row)", []),
    ],
)
def test_the_check_finds_what_it_should(source: str, expected: list[str]) -> None:
    assert list(violations("app.aftersales", source)) == expected


def test_a_package_may_use_its_own_private_modules() -> None:
    source = "from app.documents._table import paginate\nfrom app.documents import _batch"
    assert list(violations("app.documents.invoice", source)) == []
    assert list(violations("app.documents", source, is_package=True)) == []
    assert list(violations("app.printing", source)) == [
        "app.printing:1 imports app.documents._table",
        "app.printing:2 imports app.documents._batch",
    ]
