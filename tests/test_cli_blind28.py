"""Blind round 28 of the command line: outlets named as the trade names them, and who relayed a figure.

- An outlet filter or a compare side typed as the outlet's initials ("AP", "NYT", "KI", "A.P.") means the
  outlet they abbreviate ("Associated Press", "The New York Times", "The Kyiv Independent"), and says so;
  typed in capitals, before an outlet whose name merely begins with the letters ("Apple Daily"), which small
  letters still mean.  Two letters are no part of a longer name: "AP" never offers "Yonhap".
- The command palette's name lookup ranks the outlet a query abbreviates first.
- ``figures`` prints who relayed each figure ("National Intelligence Service via Yonhap"), as the TUI does.

The corpus is written here: five short articles ingested through the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.cli import main
from store.corpus import Corpus
from store.name_lookup import NameLookup

ARTICLES = {
    "ap.txt": ("North Korean troops in Kursk", "Associated Press", "2024-11-04",
               "North Korean troops were seen near the border with Ukraine, officials said."),
    "yonhap.txt": ("NIS says troops suffered losses", "Yonhap", "2024-12-19",
                   "The National Intelligence Service said about 100 North Korean soldiers had been killed."),
    "nyt.txt": ("Shells from Pyongyang", "The New York Times", "2024-12-01",
                "Pyongyang has shipped millions of artillery shells to Russia, officials said."),
    "apple.txt": ("Markets shrug off troop reports", "Apple Daily", "2024-12-02",
                  "Yonhap, citing the National Intelligence Service, said about 11,000 North Korean troops had been "
                  "sent to Russia."),
    "ki.txt": ("Troops at the front", "Kyiv Independent", "2024-12-03",
               "Ukraine's military intelligence said 12,000 North Korean troops were fighting in Kursk."),
}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("blind28_cli")
    sources = folder / "articles"
    sources.mkdir()
    for name, (title, outlet, date, body) in ARTICLES.items():
        (sources / name).write_text(f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    path = folder / "db.json"
    assert main(["ingest", str(sources), "--db", str(path)]) == 0
    return path


def _outlets(db: Path) -> list[str]:
    return [outlet.name for outlet in Corpus.open(db).outlet_summaries]


def _outlet_read(db: Path, typed: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[dict]]:
    capsys.readouterr()
    code = main(["search", "north korean", "--outlet", typed, "--json", "--db", str(db)])
    captured = capsys.readouterr()
    return code, captured.err, json.loads(captured.out) if code == 0 else []


def _initials(name: str) -> set[str]:
    """Brute force: a name's initials, with and without a leading "The"."""
    words = name.replace("-", " ").split()
    return {"".join(word[0] for word in words).casefold(), "".join(word[0] for word in words[words[0] == "The":]).casefold()}


@pytest.mark.parametrize("typed", ["AP", "A.P.", "NYT", "KI", "nyt", "ki"])
def test_an_outlet_typed_as_its_initials_is_the_outlet(db: Path, typed: str, capsys: pytest.CaptureFixture[str]) -> None:
    meant = [name for name in _outlets(db) if typed.replace(".", "").casefold() in _initials(name)]
    assert len(meant) == 1, meant
    code, err, hits = _outlet_read(db, typed, capsys)
    assert code == 0, err
    assert f"outlet {typed!r} read as {meant[0]!r}" in err
    assert all(hit["outlet"] == meant[0] for hit in hits)


def test_initials_in_capitals_come_before_a_name_beginning_with_them(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "read as 'Associated Press'" in _outlet_read(db, "AP", capsys)[1]
    assert "read as 'Apple Daily'" in _outlet_read(db, "ap", capsys)[1]  # small letters: the name's start, as before


def test_two_letters_are_no_part_of_a_longer_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources = tmp_path / "articles"
    sources.mkdir()
    title, outlet, date, body = ARTICLES["yonhap.txt"]
    (sources / "yonhap.txt").write_text(f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "db.json"
    assert main(["ingest", str(sources), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["search", "soldiers", "--outlet", "AP", "--db", str(db)]) == 1
    error = capsys.readouterr().err
    assert "no outlet 'AP'" in error and "Yonhap" not in error


def test_a_compare_side_typed_as_initials_is_the_outlet(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["compare", "AP", "NYT", "--json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["left"]["name"], data["right"]["name"]) == ("Associated Press", "The New York Times")


def test_the_palette_ranks_the_outlet_a_query_abbreviates_first(db: Path) -> None:
    lookup = NameLookup(Corpus.open(db))
    for typed, meant in (("AP", "Associated Press"), ("NYT", "The New York Times"), ("KI", "The Kyiv Independent")):
        found = lookup.like(typed, limit=5, kind="outlet")
        assert found and found[0][0].name == meant, [(source.name, score) for source, score in found]


def test_figures_say_who_relayed_a_figure(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["figures", "troops", "--json", "--db", str(db)]) == 0
    rows = [row for row in json.loads(capsys.readouterr().out)["rows"] if row.get("via")]
    assert rows  # the relayed claim of apple.txt
    assert main(["figures", "troops", "--db", str(db)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for row in rows:
        assert f"{row['claimant']} via {row['via']}" in out
