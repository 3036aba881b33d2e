"""docs/ARCHITECTURE.md names the files a newcomer must touch (issue 21, item 8): every path
it names must exist, so the map cannot drift from the house without a failing test."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
# A path in backticks: a top-level folder of the repository, then anything without spaces.
PATH = re.compile(
    r"`((?:app|ui|models|migrations|tests|resources|installer|benchmarks|docs)/[^`\s]*"
    r"|main\.py|pyproject\.toml|README\.md)`"
)


def named_paths() -> list[str]:
    return sorted(set(PATH.findall(DOC.read_text(encoding="utf-8"))))


def test_the_doc_names_the_files_to_touch() -> None:
    paths = named_paths()
    for expected in ("app/states.py", "app/orders/transitions.py", "ui/orders/labels.py",
                     "migrations/versions/", "tests/test_order_states.py"):  # fmt: skip
        assert expected in paths


def test_every_path_in_the_doc_exists() -> None:
    missing = []
    for path in named_paths():
        # `resources/translations/zh_CN/<area>.json`: the folder must exist.
        concrete = path.split("<", 1)[0] if "<" in path else path
        if not (ROOT / concrete).exists():
            missing.append(path)
    assert not missing, f"docs/ARCHITECTURE.md names files that do not exist: {missing}"
