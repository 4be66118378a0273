"""Blind round 23 of the command line: a relayed claim's citation names the relaying outlet's passage, and
"NOT" typed as a news database takes it, and three outlets or more compared at once.

"Zelenskyy said 3,000 ..., Kyodo reported" is only as good as what Kyodo wrote: when the database holds
Kyodo's coverage, every export format names Kyodo's passage carrying the same claim (same claimant, same
figure), the earliest of several.  A claim relayed through an outlet the database lacks, or whose figure
no passage of that outlet gives, names none.  The corpus is written here: three short articles, two
outlets, ingested through the command line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

ARTICLES = {
    "citing.txt": "Title: Ukraine intelligence says Korean troops suffer losses\nOutlet: Kyiv Independent\nDate: 2024-12-28\n\n"
    "Ukrainian President Volodymyr Zelenskyy said 3,000 North Korean soldiers had been killed or wounded, Kyodo reported.\n\n"
    "Russian Defence Minister Andrei Belousov said 500 drones had been delivered, Interfax reported.\n\n"
    "Ukrainian President Volodymyr Zelenskyy said 14,000 North Korean troops were in Kursk, Kyodo reported.\n",
    "kyodo1.txt": "Title: Zelenskyy gives toll of North Korean soldiers\nOutlet: Kyodo News\nDate: 2024-12-19\n\n"
    "Ukrainian President Volodymyr Zelenskyy said on Thursday that 3,000 North Korean soldiers had been killed or wounded in Kursk.\n",
    "kyodo2.txt": "Title: Zelenskyy repeats North Korean toll\nOutlet: Kyodo News\nDate: 2024-12-24\n\n"
    "Volodymyr Zelenskyy said again that 3,000 North Korean soldiers had been killed or wounded.\n\n"
    "Zelenskyy said 12,000 North Korean troops were in Kursk.\n",
    "bbc.txt": "Title: Troops in Russia, allies say\nOutlet: BBC News\nDate: 2024-12-20\n\n"
    "About 12,000 North Korean troops are in Russia, NATO Secretary General Mark Rutte said.\n",
}


def nkru(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("h133_relays")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(folder / "db.json")
    result = nkru("ingest", str(folder), "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def _claims(db: str) -> list[dict]:
    result = nkru("claims", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _articles(db: str) -> dict[str, dict]:
    result = nkru("articles", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    return {article["id"]: article for article in json.loads(result.stdout)}


def _relayed(db: str, via: str, value: float) -> dict:
    (claim,) = [c for c in _claims(db) if c["via"] == via and c["value"] == value]
    return claim


def _expected_source(db: str, relayed: dict) -> str:
    """Brute force: the earliest passage of an outlet named like the claim's "via" that holds a claim by the
    same claimant with the same figure."""
    articles = _articles(db)
    matches = [
        (articles[c["article_id"]]["published"], c["passage_id"])
        for c in _claims(db)
        if (articles[c["article_id"]].get("outlet") or "").startswith(relayed["via"])
        and c["claimant"] == relayed["claimant"] and c["value"] == relayed["value"] and c["unit"] == relayed["unit"]
    ]
    assert len(matches) == 2, matches  # two Kyodo articles carry it: the earlier is the source
    return min(matches)[1]


def _export(db: str, passage_id: str, fmt: str) -> str:
    result = nkru("export", passage_id, "--format", fmt, "--output", "-", "--db", db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_export_format_names_the_relaying_outlet_s_passage(db: str) -> None:
    relayed = _relayed(db, "Kyodo", 3000.0)
    source = _expected_source(db, relayed)
    pid = relayed["passage_id"]
    markdown = _export(db, pid, "md")
    (line,) = [line for line in markdown.splitlines() if "via Kyodo" in line and "3,000" in line]
    assert source in line and "Zelenskyy gives toll of North Korean soldiers" in line and "2024-12-19" in line, line
    (row,) = [r for r in csv.DictReader(io.StringIO(_export(db, pid, "csv"))) if r["value"] == "3000"]
    assert row["via_passage"] == source and row["via_published"] == "2024-12-19"
    (item,) = json.loads(_export(db, pid, "json"))
    (claim,) = [c for c in item["claims"] if c["value"] == 3000.0]
    assert claim["via_passage"] == source and claim["via_title"] == "Zelenskyy gives toll of North Korean soldiers"
    (csl,) = json.loads(_export(db, pid, "csl-json"))
    assert source in csl["note"]
    assert source in _export(db, pid, "ris")


@pytest.mark.parametrize(("via", "value"), [("Interfax", 500.0), ("Kyodo", 14000.0)])
def test_nothing_is_traced_where_the_outlet_is_missing_or_gives_another_figure(db: str, via: str, value: float) -> None:
    # Asked together with the traced claim, so the export is known to trace where it can.
    traced = _relayed(db, "Kyodo", 3000.0)
    relayed = _relayed(db, via, value)
    assert relayed["passage_id"] != traced["passage_id"]
    items = json.loads(nkru("export", traced["passage_id"], relayed["passage_id"], "--format", "json", "--output", "-",
                            "--db", db).stdout)
    by_value = {c["value"]: c for item in items for c in item["claims"]}
    assert by_value[3000.0]["via_passage"] == _expected_source(db, traced)
    assert by_value[value]["via_passage"] is None
    markdown = _export(db, relayed["passage_id"], "md")
    assert "its passage" not in markdown


def test_not_in_capitals_excludes_on_the_command_line(db: str) -> None:
    every = json.loads(nkru("search", "soldiers", "--json", "--db", db).stdout)
    kursk = {hit["passage_id"] for hit in every if "kursk" in hit["text"].lower()}
    assert kursk and len(kursk) < len(every)
    result = nkru("search", "soldiers", "NOT", "Kursk", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    found = {hit["passage_id"] for hit in json.loads(result.stdout)}
    assert found == {hit["passage_id"] for hit in every} - kursk


OUTLETS = ["Kyiv Independent", "Kyodo News", "BBC News"]


def test_three_outlets_are_compared_pair_by_pair_as_two_are(db: str) -> None:
    result = nkru("compare", *OUTLETS, "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    comparisons = json.loads(result.stdout)["comparisons"]
    pairs = [(a, b) for i, a in enumerate(OUTLETS) for b in OUTLETS[i + 1 :]]
    assert len(comparisons) == len(pairs) == 3
    for (left, right), shown in zip(pairs, comparisons, strict=True):
        alone = nkru("compare", left, right, "--json", "--db", db)
        assert alone.returncode == 0, alone.stderr
        assert shown == json.loads(alone.stdout)
    table = nkru("compare", *OUTLETS, "--db", db)
    assert table.returncode == 0, table.stderr
    titles = [line for line in table.stdout.splitlines() if " vs " in line]
    assert len(titles) == 3 and all(left in t and right in t for (left, right), t in zip(pairs, titles, strict=True))


@pytest.mark.parametrize(
    ("sides", "said"),
    [(["Kyodo News", "BBC News", "kyodo news"], "same outlet"), (["Kyodo News", "BBC News", "Nowhere Times"], "no outlet")],
)
def test_a_third_side_named_twice_or_unknown_is_one_line_and_a_failure(db: str, sides: list[str], said: str) -> None:
    result = nkru("compare", *sides, "--db", db)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip() and "older version" not in line]
    assert len(lines) == 1 and "error" in lines[0] and said in lines[0], result.stderr
    assert result.stdout == ""
