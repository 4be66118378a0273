"""The headless verbs, run as a user runs them: a real process, real files, exit codes and stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.paths import seed_files

BAD_OUTPUT = ("Try Our AI Features", "Related Articles", "Hang Seng", "Swipe. Select. Stay informed.",
              "Read the original article", "Advertisement", "β€", "Β\xa0")


def nkru(*args: str, env_db: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_db is not None:
        env["NKRU_DB"] = str(env_db)
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, env=env,
                          check=check, timeout=120)


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "seeds.json"
    result = nkru("ingest", *map(str, seed_files()), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_ingest_then_articles_gives_twenty_clean_articles(seeded_db):
    articles = json.loads(nkru("articles", "--db", str(seeded_db), "--json", check=True).stdout)
    assert len(articles) == 20
    by_file = {}
    for article in articles:
        by_file.setdefault(article["source_file"][:3], []).append(article)
        for key in ("id", "title", "title_derived", "outlet", "credit", "author", "published", "published_raw",
                    "source_file", "paragraphs"):
            assert key in article
        for paragraph in article["paragraphs"]:
            assert not any(bad in paragraph["text"] for bad in BAD_OUTPUT), paragraph
    assert [len(by_file[k]) for k in sorted(by_file)] == [1, 1, 16, 1, 1]
    assert by_file["004"][0]["outlet"] is None and by_file["004"][0]["title_derived"] is True
    assert "Business Insider" in {a["outlet"] for a in by_file["002"]}


def test_reingesting_the_same_files_adds_nothing(seeded_db):
    before = seeded_db.read_bytes()
    result = nkru("ingest", *map(str, seed_files()), "--db", str(seeded_db), "--json", check=True)
    statuses = {f["status"] for f in json.loads(result.stdout)["files"]}
    assert statuses == {"unchanged"}
    assert seeded_db.read_bytes() == before


def test_bad_files_are_refused_with_one_line_each_and_good_files_still_go_in(tmp_path):
    db = tmp_path / "db.json"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    good = seed_files()[4]
    result = nkru("ingest", str(binary), str(empty), str(tmp_path / "missing.txt"), str(good), "--db", str(db))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("nkru-tui: rejected")]
    assert len(lines) == 3
    assert "Traceback" not in result.stderr
    for name in ("photo.txt", "empty.txt", "missing.txt"):
        assert any(name in line for line in lines), name
    articles = json.loads(nkru("articles", "--db", str(db), "--json", check=True).stdout)
    assert len(articles) == 1


def test_a_rejected_file_leaves_the_database_byte_for_byte_unchanged(seeded_db, tmp_path):
    binary = tmp_path / "blob.bin.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    before = seeded_db.read_bytes()
    result = nkru("ingest", str(binary), "--db", str(seeded_db))
    assert result.returncode == 1 and "blob.bin.txt" in result.stderr
    assert seeded_db.read_bytes() == before


def test_corrupt_database_is_reported_not_overwritten(tmp_path):
    db = tmp_path / "db.json"
    db.write_text('{"passages": {"1": ')
    result = nkru("ingest", str(seed_files()[4]), "--db", str(db))
    assert result.returncode == 1
    assert "corrupt" in result.stderr and "Traceback" not in result.stderr
    assert db.read_text() == '{"passages": {"1": '


def test_audit_lists_what_was_removed_with_reasons(seeded_db):
    data = json.loads(nkru("audit", str(seed_files()[0]), "--db", str(seeded_db), "--json", check=True).stdout)
    assert data["in_database"] is True
    removed_text = "\n".join(r["text"] for r in data["removed"])
    assert "Hang Seng" in removed_text and "Related Articles" in removed_text
    assert all(r["reason"] and r["line"] >= 1 for r in data["removed"])


def test_export_verb_refuses_to_overwrite_unless_forced(seeded_db, tmp_path):
    articles = json.loads(nkru("articles", "--db", str(seeded_db), "--json", check=True).stdout)
    ids = [p["id"] for p in articles[0]["paragraphs"][:2]]
    target = tmp_path / "out.md"
    nkru("export", *ids, "--format", "md", "--output", str(target), "--db", str(seeded_db), check=True)
    first = target.read_text()
    assert ids[0] in first and articles[0]["title"] in first
    again = nkru("export", *ids, "--format", "csv", "--output", str(target), "--db", str(seeded_db))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert target.read_text() == first
    nkru("export", *ids, "--format", "csv", "--output", str(target), "--force", "--db", str(seeded_db), check=True)
    assert target.read_text().startswith("passage_id,")


def test_search_verb_is_typo_tolerant_and_returns_the_documented_fields(seeded_db):
    hits = json.loads(nkru("search", "kursk", "casualtis", "--limit", "5", "--db", str(seeded_db), "--json",
                           check=True).stdout)
    assert hits and len(hits) <= 5
    assert set(hits[0]) == {"passage_id", "article_id", "title", "outlet", "score", "text"}
    assert any("Kursk" in h["text"] for h in hits[:3])


def test_search_without_words_is_a_one_line_error(seeded_db):
    result = nkru("search", " ", "--db", str(seeded_db))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "search needs words" in result.stderr


@pytest.mark.parametrize("how", ["env", "flag"])
def test_a_new_database_location_is_built_from_the_seeds_on_first_use_and_says_so(tmp_path, how):
    db = tmp_path / "first" / "articles.json"
    db.parent.mkdir()  # a path in a missing folder is refused (tests/test_first_run_paths28.py)
    result = nkru("articles", "--json", env_db=db) if how == "env" else nkru("articles", "--json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"built a new database at {db}" in result.stderr
    assert len(json.loads(result.stdout)) == 20 and db.is_file()


def test_every_verb_has_help():
    from store.cli_parser import VERBS

    assert {"ingest", "remove", "reanalyse", "search", "export", "bench"} <= set(VERBS)
    for verb in VERBS:
        result = nkru(verb, "--help")
        assert result.returncode == 0 and "usage: nkru-tui" in result.stdout, verb


def test_listing_tables_stop_at_a_hundred_rows_and_say_how_to_see_the_rest(seeded_db):
    every = json.loads(nkru("claims", "--db", str(seeded_db), "--json", check=True).stdout)
    assert len(every) > 200  # JSON is for machines: every claim unless asked otherwise
    table = nkru("claims", "--db", str(seeded_db), check=True)
    assert f"100 of {len(every):,} claims" in table.stdout
    assert f"showing the first 100 of {len(every):,} claims" in table.stderr and "--limit 0" in table.stderr
    whole = nkru("claims", "--db", str(seeded_db), "--limit", "0", check=True)
    assert f"{len(every)} claim(s)" in whole.stdout and not whole.stderr
    three = json.loads(nkru("claims", "--db", str(seeded_db), "--json", "--limit", "3", check=True).stdout)
    assert three == every[:3]
    subject = json.loads(nkru("claims", "--db", str(seeded_db), "--json", "--subject", "troops_deployed", check=True).stdout)
    assert subject and {c["subject"] for c in subject} == {"troops_deployed"}
    assert len(subject) == sum(1 for c in every if c["subject"] == "troops_deployed")
    bad = nkru("claims", "--db", str(seeded_db), "--limit", "-1")
    assert bad.returncode == 2 and "must be 0 (all) or more" in bad.stderr


def test_articles_and_claimants_take_a_limit_too(seeded_db):
    articles = json.loads(nkru("articles", "--db", str(seeded_db), "--json", "--limit", "2", check=True).stdout)
    assert len(articles) == 2 and all(a["paragraphs"] for a in articles)
    claimants = nkru("claimants", "--db", str(seeded_db), "--limit", "5", check=True)
    assert "showing the first 5 of" in claimants.stderr


def test_a_figures_summary_lists_a_few_names_one_item_a_line(seeded_db):
    from store.cli_output import SUMMARY_NAMES, _summary_value

    names = [f"Officials from A{i}, B{i} and C{i}" for i in range(SUMMARY_NAMES + 12)]
    line = _summary_value(names)
    assert line.endswith("; and 12 more") and line.count("; ") == SUMMARY_NAMES
    printed = nkru("figures", "troops_deployed", "--db", str(seeded_db), check=True).stdout
    assert "\nindependent claimants: " in printed and "\nearliest: " in printed and "None" not in printed


@pytest.mark.parametrize("columns", [80, 120])
def test_tables_give_the_sentence_room_and_fit_the_terminal(seeded_db, columns):
    """Name columns wrap so the sentence reads over a few lines, not a word per line, within the width."""
    env_columns = {"COLUMNS": str(columns)}
    result = subprocess.run(
        [sys.executable, "-m", "tui.main", "claims", "--db", str(seeded_db), "--limit", "5"],
        capture_output=True, text=True, env={**os.environ, **env_columns}, check=True, timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= columns for line in lines)
    header = next(line for line in lines if "sentence" in line)
    sentence_width = len(header.split("┃")[-2])  # the last column, between its rules
    assert sentence_width >= 0.3 * columns


def test_a_search_with_no_hits_says_so_instead_of_an_empty_table(seeded_db):
    result = nkru("search", "zzyzxq", "--db", str(seeded_db), check=True)
    assert result.stdout.strip() == "No passage matches; check the filters, or try fewer words."
    assert json.loads(nkru("search", "zzyzxq", "--db", str(seeded_db), "--json", check=True).stdout) == []


def test_search_filters_take_names_as_typed_and_refuse_unknown_ones_in_one_line(seeded_db):
    found = json.loads(nkru("search", "troops", "--outlet", "business insidr", "--topic", "casualties", "--db",
                            str(seeded_db), "--json", check=True).stdout)
    assert found and {hit["outlet"] for hit in found} == {"Business Insider"}
    unknown = nkru("search", "troops", "--outlet", "Pyongyang Times Daily", "--db", str(seeded_db))
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("nkru-tui: error: no outlet 'Pyongyang Times Daily' in this database")
    assert len(unknown.stderr.strip().splitlines()) == 1


def test_a_folder_of_unreadable_types_lists_the_readable_ones_once(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name in ("photo.jpg", "report.pdf", "sheet.xlsx"):
        (folder / name).write_bytes(b"\x89 not an article")
    (folder / "empty.txt").write_bytes(b"")
    result = nkru("ingest", str(folder), "--db", str(tmp_path / "db.json"))
    lines = [line for line in result.stderr.splitlines() if "rejected" in line]
    assert result.returncode == 1 and len(lines) == 4, result.stderr
    # Each file still gets its own line and reason; the long list of readable types comes once.
    assert all(any(name in line for line in lines) for name in ("photo.jpg", "report.pdf", "sheet.xlsx", "empty.txt"))
    assert sum("(expected .adoc" in line for line in lines) == 1
    assert sum("unsupported file type" in line for line in lines) == 3


def test_a_search_without_words_says_why_it_finds_nothing(seeded_db):
    punctuation = nkru("search", '"', "--db", str(seeded_db))
    assert punctuation.returncode != 0
    assert "no word" in punctuation.stderr and "excluded" not in punctuation.stderr
    only_excluded = nkru("search", "--db", str(seeded_db), "--", "-kursk")
    assert only_excluded.returncode != 0 and "besides the excluded ones" in only_excluded.stderr


def test_compare_table_is_titled_with_what_a_reader_recognises(seeded_db):
    listing = json.loads(nkru("articles", "--db", str(seeded_db), "--json", check=True).stdout)
    first = listing[0]
    result = nkru("compare", first["id"], first["outlet"] or "Unknown outlet", "--db", str(seeded_db), check=True)
    head = " ".join(result.stdout.split("┏")[0].split())  # the table's title, unwrapped
    assert first["title"].split()[0] in head and "article" in head
    assert "{" not in head and "'type'" not in head


def test_an_excluded_word_may_be_typed_without_quotes(seeded_db):
    quoted = nkru("search", "shells -kursk", "--db", str(seeded_db), "--json", check=True)
    unquoted = nkru("search", "shells", "-kursk", "--db", str(seeded_db), "--json", check=True)
    assert json.loads(unquoted.stdout) == json.loads(quoted.stdout)
    assert all("kursk" not in hit["text"].lower() for hit in json.loads(unquoted.stdout))
    # An option that does not exist is still an error, on search as on any verb.
    assert nkru("search", "shells", "--bogus", "--db", str(seeded_db)).returncode != 0
