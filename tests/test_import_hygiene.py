"""store/ is headless: importing any of it must not pull in textual."""

import pkgutil
import subprocess
import sys

import store


def test_importing_every_store_module_does_not_import_textual():
    names = [m.name for m in pkgutil.walk_packages(store.__path__, prefix="store.")]
    assert "store.cli" in names and "store.repository" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.') or m == 'tui' or m.startswith('tui.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"store imported: {result.stdout.strip()}"


def test_cli_verbs_run_without_textual(tmp_path):
    code = (
        "import sys\n"
        "from store.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_formatting_a_figure_loads_no_alignment_and_no_numpy():
    """The TUI formats figures on its first screen; the comparison modules (and numpy) wait for the compare view."""
    code = (
        "import sys\n"
        "from store.compare import format_figure\n"
        "import store.compare.intervals\n"
        "print(sorted(m for m in ('numpy', 'store.compare.alignment', 'store.compare.figure_tracker') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_command_line_starts_without_the_analysers_or_the_index():
    """`nkru-tui --help` and every verb's start load only the command line: the claim analysers, the normaliser
    and the search index (a third of a second of imports) wait for the verb that needs them."""
    code = (
        "import sys\n"
        "import store.cli, store.cli_output, store.cli_verdicts\n"
        "heavy = ('store.analysis', 'store.normalise', 'store.search', 'store.compare.claim_comparison')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_app_starts_without_the_search_index_or_numpy():
    """The first screen needs neither the index (the loading worker opens it) nor the fuzzy name lookup (the
    palette, when used): importing the app must not load numpy, rapidfuzz or the search planner."""
    code = (
        "import sys\n"
        "import tui.app\n"
        "print(sorted(m for m in ('numpy', 'rapidfuzz', 'store.search.planner', 'store.search.index') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
