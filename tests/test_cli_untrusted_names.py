"""File names are untrusted input too: the CLI prints them as escapes, never as terminal commands."""

import shutil
import subprocess
import sys

from store.paths import seed_files
from store.printable import printable

# ESC-driven colour, a window-title OSC ended by BEL, console markup, and a bidi override.
HOSTILE_NAME = "evil\x1b[31mRED\x1b]0;pwned\x07[@click=app.quit]\u202egnp.txt"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, timeout=120)


def test_printable_escapes_what_drives_a_terminal_and_keeps_the_rest():
    assert printable(HOSTILE_NAME) == "evil\\x1b[31mRED\\x1b]0;pwned\\x07[@click=app.quit]\\u202egnp.txt"
    assert printable("Kyiv – «Укрінформ»\tnote\nnext") == "Kyiv – «Укрінформ»\tnote\nnext"
    assert printable("new\nline.txt", one_line=True) == "new\\x0aline.txt"
    assert printable("\x9b31m") == "\\x9b31m", "the one-byte CSI of C1 is a control too"


def test_ingest_and_audit_print_a_hostile_file_name_as_escapes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(min(seed_files()), folder / HOSTILE_NAME)
    (folder / "empty\nname.txt").write_bytes(b"")
    db = tmp_path / "db.json"
    ingest = _run("--db", str(db), "ingest", str(folder))
    audit = _run("--db", str(db), "audit", str(folder / HOSTILE_NAME))
    assert ingest.returncode == 1  # the empty file is rejected
    assert audit.returncode == 0, audit.stderr
    for output in (ingest.stdout, ingest.stderr, audit.stdout):
        assert not any(ch in output for ch in "\x1b\x07\u202e"), output
    assert "evil\\x1b[31mRED" in audit.stdout.replace("\n", ""), "the header may wrap at the terminal's width"
    rejected = [line for line in ingest.stderr.splitlines() if "rejected" in line]
    assert rejected == [f"nkru-tui: rejected {folder}/empty\\x0aname.txt: empty file"]


def test_the_app_replaces_the_same_characters_one_for_one():
    from tui.formatting import safe_text

    shown = safe_text(HOSTILE_NAME)
    assert len(shown) == len(HOSTILE_NAME), "highlight offsets stay valid"
    assert not any(ch in shown for ch in "\x1b\x07\u202e") and "[@click=app.quit]" in shown
