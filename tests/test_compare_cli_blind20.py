"""Blind round 20 (H115): comparing sources over time, the CLI verbs with bad arguments, and export.

A figure that differs from the other side's only at another time ("11,000 troops" in November, "12,000" in
January) is a change over time, not a conflict: a conflict is two sides giving different figures for the
same time.  The corpus is six short articles written for this file (tests/fixtures/compare/H115/), from
four outlets, dated November 2024 and January 2025, ingested through the command line.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store.models import Claim, Figure

FIXTURES = Path(__file__).parent / "fixtures" / "compare" / "H115"
STALE = "older version of the analysers"  # said while other analysers change under a running database


def nkru(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "COLUMNS": "200"})


def _stderr_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip() and STALE not in line]


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    lines = _stderr_lines(result)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("h115") / "db.json"
    result = nkru("ingest", str(FIXTURES), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def tricky_db(tmp_path_factory) -> Path:
    """Two news-API articles whose fields hold Markdown marks, Rich/Textual markup and RIS tags."""
    folder = tmp_path_factory.mktemp("h115_tricky")
    articles = [
        {"title": "Shells [@click=app.quit] and *stars* | pipes `ticks` [bold]loud[/bold]",
         "source": {"name": "Škoda Pravda | Ltd"}, "author": "Ana *Star* Müller",
         "publishedAt": "2024-12-02T10:00:00Z", "url": "https://example.org/a?x=1&y=[2]",
         "content": "North Korea sent 3 million shells [@click=app.quit] to Russia, *officials* said | and "
                    "`ER  - ` was not a tag [red]x[/red].\n\nPyongyang's shipments *may* have covered 60% of "
                    "Russia's shell_use in 2024, a think tank said."},
        {"title": "Line\nbreaks in a title", "source": {"name": "Vestfold Kurér"}, "author": "Per Å",
         "publishedAt": "2024-12-03", "url": "https://example.org/b",
         "content": "The Kremlin said 2,000 shells\nER  - \nTY  - JOUR were delivered, a spokesman said.\n\n"
                    "A second paragraph with enough words to stand as a passage of its own."},
    ]
    (folder / "feed.json").write_text(json.dumps({"status": "ok", "articles": articles}, ensure_ascii=False),
                                      encoding="utf-8")
    path = folder / "db.json"
    result = nkru("ingest", str(folder / "feed.json"), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def _articles(path: Path) -> list[dict]:
    result = nkru("articles", "--json", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _article_of(path: Path, outlet: str) -> dict:
    return next(a for a in _articles(path) if a["outlet"] == outlet)


# --- the rule, on claims made here -----------------------------------------------------------------


def _claim(cid: str, value: float, date: str | None, *, unit: str = "troops", qualifier: str = "exact",
           low: float | None = None, high: float | None = None, basis: str = "stated") -> Claim:
    if qualifier == "exact":
        low = high = value
    figure = Figure(value=value, low=low, high=high, unit=unit, qualifier=qualifier, surface=f"{value:,.0f}")
    return Claim(id=cid, article_id=cid, passage_id=f"{cid}-000", text="", start=0, end=0, claimant=f"source {cid}",
                 subject="troops_deployed", figures=[figure], claim_date=date,
                 claim_date_basis=basis if date else None)


def _compare(left: list[Claim], right: list[Claim]):
    from store.compare.claim_comparison import compare_claim_sets

    (entry,) = compare_claim_sets(left, right)
    return entry


def test_a_different_figure_two_months_later_is_a_change_over_time_not_a_conflict() -> None:
    entry = _compare([_claim("l", 11_000, "2024-11-13")], [_claim("r", 12_000, "2025-01-20")])
    assert not entry.conflict and entry.verdict.value == "changed"
    # Both figures are still named, each against the other, so the analyst sees what changed.
    assert sorted((c.side, c.figure.value, c.against.value) for c in entry.changes) == [
        ("left", 11_000, 12_000), ("right", 12_000, 11_000)]


def test_different_figures_five_days_apart_still_conflict() -> None:
    entry = _compare([_claim("l", 11_000, "2024-11-13")], [_claim("r", 15_000, "2024-11-18", basis="published")])
    assert entry.conflict and entry.verdict.value == "conflict"
    assert entry.changes == []


def test_a_conflict_is_set_against_the_figure_of_the_same_time_and_an_older_one_is_a_change() -> None:
    hundreds = _claim("r0", 200, "2024-11-18", unit="casualties", qualifier="approx", low=200, high=999)
    left = [_claim("l", 4_000, "2025-01-12", unit="casualties", qualifier="approx", low=3_600, high=4_400)]
    right = [hundreds, _claim("r1", 1_000, "2025-01-13", unit="casualties", qualifier="approx", low=900, high=1_100)]
    entry = _compare(left, right)
    assert entry.verdict.value == "conflict"
    by_side = {c.side: c for c in entry.contradictions}
    assert by_side["left"].against.value == 1_000 and by_side["left"].against_claim_id == "r1"
    assert by_side["right"].claim_id == "r1"
    # November's "hundreds" had nothing on the left in its time: a change, not one of the conflicts.
    assert [c.claim_id for c in entry.changes] == ["r0"]
    assert "r0" not in entry.contradicted_claim_ids()


def test_same_time_figures_decide_even_when_the_other_side_gave_the_number_earlier() -> None:
    # In January the left still says 11,000 while the right says 12,000: they disagree about January.
    entry = _compare([_claim("l", 11_000, "2025-01-15")],
                     [_claim("r0", 11_000, "2024-11-10"), _claim("r1", 12_000, "2025-01-20")])
    assert entry.conflict
    assert [(c.side, c.against_claim_id) for c in entry.contradictions if c.side == "left"] == [("left", "r1")]


@pytest.mark.parametrize(("left_date", "right_date", "verdict"), [
    ("2024-11", "2024-12-20", "conflict"),  # the month reaches to November 30th: neighbouring months
    ("2024-11", "2025-01-02", "changed"),  # two months on
    ("2024", "2025-01-15", "conflict"),  # a year-only date spans all of 2024, next to January 2025
    ("2024", "2025-03-01", "changed"),
    (None, "2025-03-01", "conflict"),  # a figure of no date could be from any time
    ("XXXX-11", "2025-03-01", "conflict"),  # a month of no year cannot be placed either
])
def test_partial_and_missing_dates_cover_their_whole_period(left_date, right_date, verdict) -> None:
    entry = _compare([_claim("l", 11_000, left_date)], [_claim("r", 15_000, right_date)])
    assert entry.verdict.value == verdict


def test_the_json_of_a_change_gives_both_dates_and_claimants() -> None:
    from store.compare.json_views import subject_comparison_json

    entry = _compare([_claim("l", 11_000, "2024-11-13")], [_claim("r", 12_000, "2025-01-20")])
    data = subject_comparison_json(entry)
    assert data["verdict"] == "changed" and data["conflict"] is False and data["contradicted"] == []
    left = next(c for c in data["changed"] if c["side"] == "left")
    assert (left["date"], left["claimant"], left["against_date"], left["against_claimant"]) == (
        "2024-11-13", "source l", "2025-01-20", "source r")
    assert data["left"][0]["date"] == "2024-11-13"


# --- the corpus, through the command line ----------------------------------------------------------


def test_compare_outlets_calls_a_revision_across_months_a_change_and_shows_its_dates(db) -> None:
    result = nkru("compare", "Harbour Ledger", "Ostwind Rundschau", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = {line.split(":")[0]: line for line in result.stdout.splitlines() if ":" in line}
    # 11,000 troops and 40% of shells in November against 12,000 and 50% in January.
    for subject in ("troops_deployed", "ammunition_share"):
        line = lines[subject]
        assert "CONFLICT" not in line and "changed over time" in line, line
        assert "2024-11" in line and "2025-01-20" in line, line


def test_compare_outlets_names_who_said_what_and_when_in_a_real_conflict(db) -> None:
    result = nkru("compare", "Harbour Ledger", "Kestrel Wire", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = {line.split(":")[0]: line for line in result.stdout.splitlines() if ":" in line}
    troops = lines["troops_deployed"]
    assert "CONFLICT" in troops and "Pentagon" in troops and "2024-11-13" in troops and "2024-11-18" in troops
    # January's 4,000 stands against January's 1,000 (a day later), not November's "hundreds".
    casualties = lines["casualties"]
    assert "CONFLICT" in casualties and "4,000" in casualties and "1,000" in casualties, casualties
    assert "Zelensky" in casualties and "2025-01-12" in casualties
    # Under each verdict, who claims what on each side and when: November's "hundreds" too.
    listed = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert "right hundreds (200–999 soldiers) · Officials · 2024-11-18" in listed
    assert "left 11,000 troops · Pentagon · 2024-11-13" in listed


def test_compare_json_keys_are_the_same_for_every_subject_and_claim(db) -> None:
    result = nkru("compare", "harbour ledger", "Kestrel Wire", "--json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    article = _article_of(db, "Kestrel Wire")["id"]
    two_articles = json.loads(nkru("compare", article, _article_of(db, "Harbour Ledger")["id"], "--json",
                                   "--db", str(db)).stdout)
    assert list(data) == list(two_articles) == ["left", "right", "pairs", "counts", "claims"]
    assert {tuple(group) for group in data["claims"]} == {tuple(data["claims"][0])}
    assert {"changed", "contradicted", "verdict"} <= set(data["claims"][0])
    claims = [claim for group in data["claims"] for side in ("left", "right") for claim in group[side]]
    assert {tuple(claim) for claim in claims} == {tuple(claims[0])} and "date" in claims[0]
    entries = [e for group in data["claims"] for key in ("contradicted", "changed") for e in group[key]]
    assert entries and {tuple(e) for e in entries} == {tuple(entries[0])}
    verdicts = {group["subject"]: group["verdict"] for group in data["claims"]}
    assert verdicts == {"troops_deployed": "conflict", "casualties": "conflict", "ammunition_share": "left-only"}


def test_an_outlet_is_found_without_its_accent_or_with_a_typo(db) -> None:
    for spelling in ("zugvogel zeitung", "Harbor Ledger"):
        result = nkru("compare", spelling, "Ostwind Rundschau", "--json", "--db", str(db))
        assert result.returncode == 0, (spelling, result.stderr)
    data = json.loads(result.stdout)
    assert data["left"]["name"] == "Harbour Ledger"
    non_ascii = json.loads(nkru("compare", "Zugvögel Zeitung", "Harbour Ledger", "--json", "--db", str(db)).stdout)
    assert non_ascii["left"]["name"] == "Zugvögel Zeitung"


def test_an_unknown_outlet_is_one_line_offering_the_closest_names_only(db) -> None:
    line = _one_line_error(nkru("compare", "Kestrel Wyre Service", "Ostwind Rundschau", "--db", str(db)))
    assert line.startswith("nkru-tui: error:") and "Kestrel Wire" in line
    assert "Zugvögel Zeitung" not in line  # not every outlet of the corpus: ten thousand articles name hundreds


def test_comparing_a_side_with_itself_is_refused(db) -> None:
    line = _one_line_error(nkru("compare", "Kestrel Wire", "kestrel wire", "--db", str(db)))
    assert "same" in line
    article = _article_of(db, "Kestrel Wire")["id"]
    assert "same" in _one_line_error(nkru("compare", article, article, "--db", str(db)))


@pytest.mark.parametrize("args", [
    ("figures", ""), ("claims", "--claimant", ""), ("claims", "--subject", " "),
])
def test_an_empty_filter_is_an_error_not_every_row(db, args) -> None:
    line = _one_line_error(nkru(*args, "--db", str(db)))
    assert "empty" in line


@pytest.mark.parametrize("verb", ["articles", "claims", "topics", "sources", "claimants", "figures"])
def test_limit_below_zero_is_a_usage_error(db, verb) -> None:
    args = [verb, "--limit", "-1", "--db", str(db)] + (["troops"] if verb == "figures" else [])
    result = nkru(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr and "--limit" in result.stderr


def test_export_takes_an_article_id_as_every_passage_of_it_and_says_so(db) -> None:
    article = _article_of(db, "Ostwind Rundschau")
    result = nkru("export", article["id"], "--output", "-", "--db", str(db))
    passages = [p["id"] for p in article["paragraphs"]]
    # The export takes the article as every passage of it, and says so on stderr (it did not guess silently).
    assert result.returncode == 0, result.stderr
    assert passages and all(f"passage `{pid}`" in result.stdout for pid in passages)
    assert article["id"] in result.stderr and "every passage" in result.stderr


def test_export_accepts_ids_pasted_with_commas_and_spaces(db) -> None:
    article = _article_of(db, "Ostwind Rundschau")
    first, second = (p["id"] for p in article["paragraphs"][:2])
    result = nkru("export", f"{first},", f" {second.upper()} ", "--output", "-", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"passage `{first}`" in result.stdout and f"passage `{second}`" in result.stdout


def test_export_to_an_existing_folder_or_a_folder_it_cannot_write_is_one_line(db, tmp_path) -> None:
    pid = _article_of(db, "Kestrel Wire")["paragraphs"][0]["id"]
    assert "folder" in _one_line_error(nkru("export", pid, "--output", str(tmp_path), "--db", str(db))).replace(
        "directory", "folder")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() != 0:  # root writes anywhere
        _one_line_error(nkru("export", pid, "--output", str(locked / "out.md"), "--db", str(db)))
    _one_line_error(nkru("export", pid, "--output", "/proc/version/out.md", "--db", str(db)))


def test_markdown_export_renders_back_to_the_passage_and_the_title_it_cites(tricky_db) -> None:
    from markdown_it import MarkdownIt

    article = _article_of(tricky_db, "Škoda Pravda | Ltd")
    first = article["paragraphs"][0]
    result = nkru("export", first["id"], "--output", "-", "--db", str(tricky_db))
    assert result.returncode == 0, result.stderr
    tokens = MarkdownIt("gfm-like").parse(result.stdout)
    inline = [t for t in tokens if t.type == "inline"]

    def plain(token) -> str:
        return "".join(child.content for child in token.children if child.type in ("text", "code_inline"))

    assert plain(inline[0]) == first["text"]  # the quotation: no emphasis, code span or link made of it
    assert "table_open" not in {t.type for t in tokens}
    assert article["title"] in plain(inline[1])  # the citation's title: its marks stay marks


def test_ris_export_stays_tag_per_line_whatever_the_title_and_text_hold(tricky_db) -> None:
    ids = [p["id"] for a in _articles(tricky_db) for p in a["paragraphs"]]
    result = subprocess.run([sys.executable, "-m", "tui.main", "export", *ids, "--format", "ris", "--output", "-",
                             "--db", str(tricky_db)], capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").split("\r\n")
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) or line == "" for line in lines), lines
    assert [line for line in lines if line.startswith("ER  -")] == ["ER  - ", "ER  - "]
    assert sum(line.startswith("TY  - ") for line in lines) == 2
    assert "TI  - Line breaks in a title" in lines


def test_compare_tables_print_markup_in_titles_as_text(tricky_db) -> None:
    ids = [a["id"] for a in _articles(tricky_db)]
    result = nkru("compare", *ids, "--db", str(tricky_db))
    assert result.returncode == 0, result.stderr
    assert "[@click=app.quit]" in result.stdout and "[bold]loud[/bold]" in result.stdout


def test_an_empty_corpus_gives_one_line_per_verb_not_a_traceback(tmp_path) -> None:
    db = tmp_path / "empty.json"
    article = tmp_path / "one.md"
    article.write_text((FIXTURES / "e_kestrel_jan.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert nkru("ingest", str(article), "--db", str(db)).returncode == 0
    assert nkru("remove", str(article), "--db", str(db)).returncode == 0
    assert "no claims" in _one_line_error(nkru("figures", "casualties", "--db", str(db)))
    assert "outlet" in _one_line_error(nkru("compare", "Kestrel Wire", "Harbour Ledger", "--db", str(db)))
    listed = nkru("claims", "--json", "--db", str(db))
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_the_figures_table_says_when_a_repeated_figure_was_last_given(db) -> None:
    # The Pentagon's 11,000 (November, Harbour Ledger) restated in January (Zugvögel Zeitung) is one row of
    # two: that it still stood in January is news the analyst needs, not only the count.
    result = nkru("figures", "troops", "--db", str(db))
    assert result.returncode == 0, result.stderr
    cells = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert any("2 (last 2025-01-21)" in line for line in cells), result.stdout


def test_an_unknown_search_outlet_offers_the_outlet_holding_most_of_it(db) -> None:
    line = _one_line_error(nkru("search", "troops", "--outlet", "Kestrel Wyre Service", "--db", str(db)))
    assert "closest: Kestrel Wire" in line
