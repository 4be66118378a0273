"""Names that are never defined fail only when their line runs; a linter finds them all at once."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_no_undefined_names_or_unused_imports_anywhere():
    pytest.importorskip("ruff", reason="ruff comes with the dev extra")
    # F: pyflakes' checks (undefined names, unused imports and variables, redefinitions).
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F", "--output-format", "concise",
         "store", "tui", "tests", "scripts"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
