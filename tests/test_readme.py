"""The README's first lines are the two commands a new user runs, and CI runs the second one verbatim."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("```sh")
    end = lines.index("```", start + 1)
    return lines[start + 1 : end]


def test_readme_opens_with_install_and_launch_then_install_and_test():
    launch, test = _readme_commands()
    assert "pip install ." in launch and launch.endswith("nkru-tui")
    assert "pip install '.[dev]'" in test and "pytest" in test
    assert (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[2] == "```sh"


def test_ci_runs_the_readme_test_command_verbatim():
    _, test = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci
    assert "set -euo pipefail" in ci
