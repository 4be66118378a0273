"""Bad input at the command line: one clear line and a non-zero exit, and nothing destroyed on the way.

Each test runs the CLI as a user does (a real process, real files) with input an analyst really types by
mistake: an unset shell variable, a device or pipe where a file was meant, an option the verb ignores.
"""

import json
import os
import pty
import select
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from store.cli import STALE_CLAIMS
from store.paths import seed_files

ONE_ARTICLE_SEED = seed_files()[4]


def nkru(*args: str, cwd: Path | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="80")
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([sys.executable, "-m", "tui.main", *args], check=False, text=True, cwd=cwd, env=env,
                          timeout=timeout, **streams)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    # Other work on the analysers while the suite runs makes the fixture's claims stale: that notice is not the error.
    lines = [line for line in result.stderr.strip().splitlines() if line != f"nkru-tui: {STALE_CLAIMS}"]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("bad16") / "db.json"
    assert nkru("--db", str(db), "ingest", str(ONE_ARTICLE_SEED)).returncode == 0
    return db


@pytest.fixture(scope="module")
def passage_id(small_db) -> str:
    articles = json.loads(nkru("--db", str(small_db), "articles", "--json").stdout)
    return articles[0]["paragraphs"][0]["id"]


def test_a_usage_mistake_is_one_line_that_says_where_help_is():
    line = one_line_error(nkru("claims", "--limit", "-1"))
    assert line == "nkru-tui claims: error: argument --limit: must be 0 (all) or more: -1 (see nkru-tui claims --help)"
    assert "invalid choice: 'pdf'" in one_line_error(nkru("export", "x", "--output", "-", "--format", "pdf"))


def test_an_empty_path_from_an_unset_variable_removes_nothing(tmp_path):
    # Path("") is ".": `nkru-tui remove "$FILE"` with FILE unset took every file below the current folder out.
    shutil.copy(ONE_ARTICLE_SEED, tmp_path / "kept.txt")
    db = tmp_path / "db.json"
    assert nkru("--db", str(db), "ingest", "kept.txt", cwd=tmp_path).returncode == 0
    before = db.read_bytes()
    line = one_line_error(nkru("--db", str(db), "remove", "", cwd=tmp_path))
    assert "empty path" in line
    assert db.read_bytes() == before


@pytest.mark.parametrize("args", [("ingest", ""), ("audit", ""), ("export", "p", "--output", ""), ("articles",)])
def test_an_empty_path_is_refused_for_every_path_argument(tmp_path, args):
    db_args = ("--db", "") if args == ("articles",) else ("--db", str(tmp_path / "db.json"))
    (tmp_path / "note.txt").write_text("A file that an empty path would have ingested from the current folder.\n")
    result = nkru(*db_args, *args, cwd=tmp_path)
    assert result.returncode == 2 and "empty path" in one_line_error(result)
    assert not (tmp_path / "db.json").exists()


def test_a_named_pipe_as_the_database_is_refused_at_once_instead_of_read_forever(tmp_path):
    fifo = tmp_path / "db.json"
    os.mkfifo(fifo)
    line = one_line_error(nkru("--db", str(fifo), "articles", timeout=30))
    assert "is a device or pipe, not a database file" in line
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_export_into_a_named_pipe_writes_into_it_and_leaves_the_pipe_a_pipe(small_db, passage_id, tmp_path):
    # As /dev/stdout or /dev/null: moving a temporary file into place replaced the node with a plain file.
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader waiting, so the writer's open() returns
    try:
        result = nkru("--db", str(small_db), "export", passage_id, "--output", str(fifo), "--force", timeout=60)
        assert result.returncode == 0, result.stderr
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        received = os.read(reader, 1 << 16).decode()
    finally:
        os.close(reader)
    assert received.startswith("> ") and passage_id in received


def test_export_through_a_symlink_rewrites_the_file_it_names(small_db, passage_id, tmp_path):
    real = tmp_path / "notes.md"
    real.write_text("old notes\n")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    result = nkru("--db", str(small_db), "export", passage_id, "--output", str(link), "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert passage_id in real.read_text()


def test_an_exported_file_gets_the_permissions_a_plain_write_gives(small_db, passage_id, tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    target = tmp_path / "shared.md"
    assert nkru("--db", str(small_db), "export", passage_id, "--output", str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask, "not the private 0600 of a temporary file"
    target.chmod(0o640)
    assert nkru("--db", str(small_db), "export", passage_id, "--output", str(target), "--force").returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640, "overwriting keeps the file's permissions"


def test_export_to_a_full_disk_device_is_an_error_and_the_device_stays(small_db, passage_id, tmp_path):
    full = tmp_path / "full"
    try:
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a private /dev/full: writes fail with ENOSPC
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs privileges this run does not have")
    line = one_line_error(nkru("--db", str(small_db), "export", passage_id, "--output", str(full), "--force"))
    assert "cannot write it" in line
    assert stat.S_ISCHR(full.stat().st_mode)


def test_topics_given_to_a_verb_that_ignores_them_is_an_error(small_db, tmp_path):
    taxonomy = tmp_path / "mine.toml"
    taxonomy.write_text('[topics.drones]\nlabel = "Drones"\nterms = ["drone"]\n')
    line = one_line_error(nkru("--db", str(small_db), "--topics", str(taxonomy), "articles"))
    assert "--topics is read by ingest" in line


def test_json_output_writes_bidi_controls_of_a_name_as_escapes(tmp_path):
    name = "report\u202etxt.exe.txt"  # shows as "reportexe.txt" reversed: a name made to mislead
    shutil.copy(ONE_ARTICLE_SEED, tmp_path / name)
    db = tmp_path / "db.json"
    assert nkru("--db", str(db), "ingest", str(tmp_path / name)).returncode == 0
    result = nkru("--db", str(db), "articles", "--json")
    assert "\u202e" not in result.stdout and "\\u202e" in result.stdout
    assert json.loads(result.stdout)[0]["source_file"] == name, "the escape is the same JSON value"
    from store.printable import json_safe

    assert json_safe('"\x85\x7f"') == '"\\u0085\\u007f"'


def test_export_to_a_terminal_shows_escape_codes_of_a_name_as_text(tmp_path):
    name = "evil\x1b]0;pwned\x07.txt"
    shutil.copy(ONE_ARTICLE_SEED, tmp_path / name)
    db = tmp_path / "db.json"
    assert nkru("--db", str(db), "ingest", str(tmp_path / name)).returncode == 0
    pid = json.loads(nkru("--db", str(db), "articles", "--json").stdout)[0]["paragraphs"][0]["id"]
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "tui.main", "--db", str(db), "export", pid, "--output", "-"],
                                   stdout=slave, stderr=subprocess.DEVNULL)
        os.close(slave)
        shown = b""
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the process ended and closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=60) == 0
    finally:
        os.close(master)
    text = shown.decode()
    assert "evil\\x1b]0;pwned\\x07.txt" in text and "\x1b" not in text


def test_the_ingest_table_keeps_file_names_whole_at_eighty_columns(tmp_path):
    shutil.copy(seed_files()[0], tmp_path / "kursk-report7.txt")  # a file with a long list of removals
    result = nkru("--db", str(tmp_path / "db.json"), "ingest", str(tmp_path / "kursk-report7.txt"))
    assert result.returncode == 0, result.stderr
    assert "kursk-report7.txt" in result.stdout, result.stdout


def test_ctrl_c_says_it_was_interrupted(tmp_path, monkeypatch, capsys):
    from store import cli

    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli._HANDLERS, "articles", interrupted)
    assert cli.main(["--db", str(tmp_path / "db.json"), "articles"]) == 130
    assert capsys.readouterr().err == "nkru-tui: interrupted\n"


def test_the_app_without_a_terminal_says_so_instead_of_writing_escape_codes_into_a_pipe(small_db):
    result = nkru("--db", str(small_db), timeout=60, stdin=subprocess.DEVNULL)
    assert "needs a terminal" in one_line_error(result)
    assert result.stdout == ""


@pytest.mark.parametrize("verb", [("articles",), ("articles", "--json")])
def test_a_full_disk_under_the_output_is_one_line_not_a_traceback(small_db, verb):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = nkru("--db", str(small_db), *verb, stdout=full, stderr=subprocess.PIPE)
    assert one_line_error(result) == "nkru-tui: error: cannot write the output (No space left on device)"


def test_with_stdout_closed_the_verb_says_it_has_nowhere_to_write(small_db):
    result = nkru("--db", str(small_db), "articles", stdout=None, stderr=subprocess.PIPE,
                  preexec_fn=lambda: os.close(1))
    assert "standard output is closed" in one_line_error(result)


def test_with_stderr_closed_the_results_still_come_out_whole(small_db):
    result = nkru("--db", str(small_db), "articles", "--json", stdout=subprocess.PIPE, stderr=None,
                  preexec_fn=lambda: os.close(2))
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 1
