"""The type checker runs over app/ and models/ in strict mode (pyproject's [tool.mypy]): a
None that slips into an int, or a Result used as a CursorResult, fails here, not at a desk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_app_and_models_type_check_strictly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "-p", "app", "-p", "models"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Success: no issues found" in result.stdout
