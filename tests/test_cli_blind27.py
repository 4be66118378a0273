"""Blind round 27 of the command line: names typed another way than the database stores them.

- A search for a name typed in Chinese, Japanese or Korean says what it read the name as ("Read 泽连斯基 as
  Zelenskyy."), above the table, or on stderr with ``--json`` (stdout stays JSON).
- A search filter typed short or with a typo (``--outlet exampel``) says which outlet it was read as; one with
  nothing close names the verb that lists them, and an empty database says it names none yet.
- ``search --since/--until`` keeps the passages of the articles published in that period (checked against each
  article's date); a period with none says that the period is why.
- ``export`` and ``compare`` take the source file an analyst has at hand for the article read from it; a
  folder, or a file the database lacks, is one line.

The corpus is written here: two short articles ingested through the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.cli import main
from store.errors import StoreError

ARTICLES = {
    "one.txt": "Title: Zelensky on the border\nOutlet: Example Wire\nDate: 2024-11-04\n\n"
    "President Zelensky said about 11,000 North Korean troops were sent to the Kursk region.\n\n"
    "He said the troops had suffered heavy losses.\n",
    "two.txt": "Title: Shells for Russia\nOutlet: Other Daily\nDate: 2024-11-05\n\n"
    "Pyongyang has sent millions of artillery shells to Russia, officials said.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("blind27_cli")
    sources = folder / "articles"
    sources.mkdir()
    for name, text in ARTICLES.items():
        (sources / name).write_text(text, encoding="utf-8")
    path = folder / "db.json"
    assert main(["ingest", str(sources), "--db", str(path)]) == 0
    return path, sources


def test_a_name_in_another_script_is_said_as_read(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = corpus
    capsys.readouterr()
    assert main(["search", "泽连斯基", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Read 泽连斯基 as Zelenskyy."
    assert "Zelensky" in out
    assert main(["search", "クルスク", "--json", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert rows and all("Kursk" in row["text"] for row in rows)
    assert "Read クルスク as Kursk." in captured.err


def test_a_filter_typed_short_or_wrong_says_what_it_was_read_as(
    corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = corpus
    capsys.readouterr()
    for typed in ("exampel wire", "example"):
        assert main(["search", "troops", "--outlet", typed, "--db", str(db)]) == 0
        assert f"outlet {typed!r} read as 'Example Wire'" in capsys.readouterr().err
    assert main(["search", "troops", "--outlet", "Example Wire", "--db", str(db)]) == 0
    assert "read as" not in capsys.readouterr().err  # as stored: nothing to say


def test_a_filter_with_nothing_close_names_the_verb_that_lists_them(
    corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = corpus
    capsys.readouterr()
    assert main(["search", "troops", "--outlet", "Qqqq", "--db", str(db)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors == ["nkru-tui: error: no outlet 'Qqqq' in this database, nor one close to it; nkru-tui sources lists them"]


def test_an_empty_list_of_names_is_said_so() -> None:
    from store.name_filters import resolve_name

    with pytest.raises(StoreError, match=r"^no outlet 'Reuters': this database names no outlet yet"):
        resolve_name("Reuters", [], "outlet")


def test_export_and_compare_take_a_source_file(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, sources = corpus
    capsys.readouterr()
    assert main(["export", str(sources / "one.txt"), "-o", "-", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "11,000 North Korean troops" in out and "heavy losses" in out and "Pyongyang" not in out
    assert main(["compare", str(sources / "one.txt"), str(sources / "two.txt"), "--json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Zelensky on the border" in json.dumps(data, ensure_ascii=False)


def test_a_folder_or_a_file_not_stored_is_one_line(
    corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, sources = corpus
    stray = tmp_path / "stray.txt"
    stray.write_text("Never ingested.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["export", str(sources), "-o", "-", "--db", str(db)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors == [f"nkru-tui: error: {sources}: a folder, not an article: name a source file, an article id or a passage id"]
    assert main(["export", str(stray), "-o", "-", "--db", str(db)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors == [f"nkru-tui: error: {stray}: this file is not in the database (nkru-tui ingest adds it)"]


def _search_json(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["search", "troops", "shells", "--json", "--db", str(db), *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_search_keeps_the_articles_of_a_period(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = corpus
    every = _search_json(db, capsys)
    dates = {row["article_id"]: row for row in every}
    assert len(dates) == 2  # both articles hold a word
    titles = {row["title"] for row in _search_json(db, capsys, "--since", "2024-11-05")}
    assert titles == {"Shells for Russia"}  # published 2024-11-05
    titles = {row["title"] for row in _search_json(db, capsys, "--until", "2024-11-04")}
    assert titles == {"Zelensky on the border"}
    assert len(_search_json(db, capsys, "--since", "2024-11", "--until", "2024-11")) == len(every)
    capsys.readouterr()
    assert main(["search", "troops", "--since", "2025", "--db", str(db)]) == 0
    assert "No article published on or after 2025 has these words; others do." in " ".join(capsys.readouterr().out.split())
