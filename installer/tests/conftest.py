"""Options of the bundle smoke test (run by .ci/bundle-smoke, not by the main test suite):

    python -m pytest installer/tests --bundle dist/Kuaidan [--old-bundle OLD/Kuaidan]
                                     [--artifacts DIR]

--old-bundle: a build of an older schema (one migration fewer), for the upgrade test.
--artifacts: where screenshots, PDFs and the measured start times are saved.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("kuaidan bundle")
    group.addoption("--bundle", type=Path, default=ROOT / "dist" / "Kuaidan")
    group.addoption("--old-bundle", type=Path, default=None)
    group.addoption("--artifacts", type=Path, default=ROOT / "build" / "bundle-smoke" / "artifacts")


def missing(reason: str) -> None:
    """A piece the smoke test needs is not there: skipped on a developer's machine, a failure
    in CI, which must prove every part."""
    if IN_CI:
        pytest.fail(f"CI=true requires this part of the smoke test: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def bundle(request: pytest.FixtureRequest) -> Path:
    path: Path = request.config.getoption("--bundle").resolve()
    if not (path / "Kuaidan").is_file():
        pytest.fail(f"no bundle at {path}: build it with pyinstaller installer/kuaidan.spec")
    return path


@pytest.fixture(scope="session")
def old_bundle(request: pytest.FixtureRequest) -> Path:
    path: Path | None = request.config.getoption("--old-bundle")
    if path is None:
        missing("no --old-bundle given (a build with one migration fewer)")
    assert path is not None
    if not (path / "Kuaidan").is_file():
        pytest.fail(f"no bundle at {path}")
    return path.resolve()


@pytest.fixture(scope="session")
def artifacts(request: pytest.FixtureRequest) -> Path:
    folder: Path = request.config.getoption("--artifacts").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
