"""The command line as an analyst or journalist uses it: citations they can paste, and verbs that hold up.

Exports must carry everything a citation needs (the address too) in formats that parse and render as
written; the verbs must survive a reader that stops early, a locale that is not UTF-8, a forty-column
terminal and file names holding line breaks.
"""

import csv
import html
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from store.corpus import Corpus
from store.export import render_export
from store.models import Article, Claim, Figure, Passage
from store.paths import seed_files

TRICKY_TEXT = (
    "-2+3 is what a list would eat.\n"
    "1. Not a numbered list either; # nor a heading\n"
    "> nor a quote, *nor emphasis*, <b>nor HTML</b>, [nor](http://a.link) &amp; no entity,\n"
    "    nor code, and [editor's brackets] stay."
)


def _article(**fields) -> Article:
    base = {"id": "k1", "source_file": "kyiv\x1b[31m\nreport.html", "source_sha256": "s", "ordinal": 0,
            "title": "Troops *arrive* in Kursk", "outlet": "The Kyiv Independent", "author": "Jane Doe; John Smith",
            "published": "2024-11-05", "url": "https://kyivindependent.com/nk-troops/"}
    article = Article(**{**base, **fields})
    article.passages = [
        Passage(id="k1-000", article_id="k1", kind="body", order=0, paragraph=1, text=TRICKY_TEXT),
        Passage(id="k1-001", article_id="k1", kind="body", order=1, paragraph=2,
                text="The Kremlin denied that 12,000 troops were sent; temperatures fell to -5 degrees."),
    ]
    return article


def _corpus() -> Corpus:
    article = _article()
    text = article.passages[1].text
    claims = [
        Claim(id="c1", article_id="k1", passage_id="k1-001", text=text, start=0, end=len(text),
              claimant="the Kremlin", via=None, subject="troops_deployed", hedged=False, denied=True,
              figures=[Figure(value=12000, low=12000, high=12000, unit="troops", qualifier="exact", surface="12,000")]),
        Claim(id="c2", article_id="k1", passage_id="k1-001", text=text, start=0, end=len(text),
              claimant="weather service", via=None, subject=None, hedged=True,
              figures=[Figure(value=-5, low=-5, high=-5, unit="degrees", qualifier="exact", surface="-5")]),
    ]
    return Corpus.from_records([article], claims)


class _Blockquotes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.quotes: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote":
            self.depth += 1
            self.quotes.append("")
        elif self.depth:
            self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag == "blockquote":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.quotes[-1] += data


def test_markdown_quotation_renders_back_to_the_words_of_the_source():
    rendered = MarkdownIt("commonmark").render(render_export(_corpus(), ["k1-000"], "md"))
    found = _Blockquotes()
    found.feed(rendered)
    assert found.tags == ["p"], "no list, heading, nested quote, emphasis, HTML, link or code inside the quotation"
    words = lambda text: " ".join(html.unescape(text).split())
    assert words(found.quotes[0]) == words(TRICKY_TEXT)


def test_markdown_citation_gives_the_address_and_keeps_the_file_name_on_its_line():
    text = render_export(_corpus(), ["k1-000"], "md")
    reference = next(line for line in text.splitlines() if line.startswith("— "))
    assert "<https://kyivindependent.com/nk-troops/>" in reference
    assert "`kyiv\\x1b[31m\\x0areport.html`" in reference and "\x1b" not in text
    rendered = MarkdownIt("commonmark").render(reference)
    assert '<a href="https://kyivindependent.com/nk-troops/">' in rendered
    assert "<em>Troops *arrive* in Kursk</em>" in rendered  # the title's own marks stay literal


def test_markdown_and_csl_say_denial_and_hedge_for_each_claim():
    md = render_export(_corpus(), ["k1-001"], "md")
    assert "- Denial by the Kremlin: North Korean troops deployed — 12,000 troops" in md
    # a figure of no subject is under "Other figures", as the Claims pane files it (session 26)
    assert "- Claim by weather service: Other figures — -5 degrees (hedged)" in md
    note = json.loads(render_export(_corpus(), ["k1-001"], "csl-json"))[0]["note"]
    assert "\nDenial (the Kremlin): North Korean troops deployed 12,000 troops" in note
    assert note.endswith("\nClaim (weather service): Other figures -5 degrees (hedged)")


def test_csv_carries_the_address_and_the_claim_sentence_and_leaves_numbers_numbers():
    rows = list(csv.DictReader(io.StringIO(render_export(_corpus(), ["k1-000", "k1-001"], "csv"))))
    assert all(row["url"] == "https://kyivindependent.com/nk-troops/" for row in rows)
    assert rows[0]["text"].startswith("'-2+3"), "a formula-like cell is still neutralised"
    weather = next(row for row in rows if row["claimant"] == "weather service")
    assert (weather["value"], weather["low"], weather["high"]) == ("-5", "-5", "-5")
    assert weather["claim_sentence"].startswith("The Kremlin denied")
    assert rows[0]["claim_sentence"] == ""  # a passage without a claim


def test_csl_json_lists_each_author_and_keeps_the_fields_zotero_reads():
    item = json.loads(render_export(_corpus(), ["k1-000"], "csl-json"))[0]
    assert item["author"] == [{"literal": "Jane Doe"}, {"literal": "John Smith"}]
    assert item["URL"] == "https://kyivindependent.com/nk-troops/"
    assert item["issued"] == {"date-parts": [[2024, 11, 5]]}
    assert item["type"] == "article-newspaper" and item["container-title"] == "The Kyiv Independent"
    assert all(isinstance(value, (str, list, dict)) for value in item.values())


# --- the verbs as a process -----------------------------------------------------------------


def nkru(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], check=False, capture_output=True,
                          env={**os.environ, "COLUMNS": "80", **(env or {})}, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("blind77")
    (folder / "new\nline.txt").write_bytes(seed_files()[4].read_bytes())
    db = folder / "db.json"
    result = nkru("--db", str(db), "ingest", *map(str, seed_files()[:4]), str(folder / "new\nline.txt"))
    assert result.returncode == 0, result.stderr
    (folder / "ingest-table.txt").write_bytes(result.stdout)
    return db


def test_a_line_break_in_a_file_name_shows_as_its_escape_on_one_row(seeds_db):
    table = (seeds_db.parent / "ingest-table.txt").read_text()
    assert "│ new\\x0aline.txt " in table


def test_a_table_read_by_head_ends_quietly_with_success(seeds_db):
    # The figures table is followed by its summary lines: printed after the reader has gone.
    process = subprocess.Popen([sys.executable, "-m", "tui.main", "--db", str(seeds_db), "figures", "troops"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "80"})
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    assert process.wait(timeout=120) == 0
    assert b"Traceback" not in process.stderr.read()


def test_an_ascii_locale_still_gets_utf8_json_and_exports_and_readable_tables(seeds_db):
    ascii_env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""}
    listed = nkru("--db", str(seeds_db), "claims", "--json", env=ascii_env)
    assert listed.returncode == 0, listed.stderr
    claims = json.loads(listed.stdout.decode("utf-8"))
    assert any(not c["text"].isascii() for c in claims), "the seeds hold curly quotes and dashes"
    pid = next(c["passage_id"] for c in claims if not c["text"].isascii())
    exported = nkru("--db", str(seeds_db), "export", pid, "--output", "-", env=ascii_env)
    assert exported.returncode == 0, exported.stderr
    assert "¶" in exported.stdout.decode("utf-8")
    table = nkru("--db", str(seeds_db), "claims", "--limit", "20", env=ascii_env)
    assert table.returncode == 0 and b"Traceback" not in table.stderr
    assert table.stdout.isascii() and b"\\u" in table.stdout  # what ASCII cannot show, as its escape


def test_a_forty_column_terminal_gets_records_not_a_table_of_letters(seeds_db):
    result = nkru("--db", str(seeds_db), "claims", "--limit", "3", env={"COLUMNS": "40"})
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert all(len(line) <= 40 for line in lines)
    for column in ("subject", "claimant", "figure", "outlet", "sentence"):
        assert sum(line.startswith(f"{column}:") for line in lines) == 3, column


def test_every_argument_of_every_verb_is_explained():
    from store.cli_parser import VERBS, build_parser

    parser = build_parser()
    for verb in VERBS:
        for action in parser.verb_parsers[verb]._actions:
            assert action.help, f"{verb} {action.metavar or action.dest}"
    export_help = nkru("export", "--help").stdout.decode()
    assert all(fmt in export_help for fmt in ("md:", "csv:", "json:", "csl-json:")) and "passage" in export_help


def test_a_name_column_keeps_its_words_whole_when_the_prose_can_spare_the_room():
    from store.cli_output import column_widths

    columns = ["id", "date", "outlet", "title", "paragraphs"]
    cells = [["196bf5e3fe", "2024-11-05", "The Kyiv Independent",
              "North Korean troops deployed to the Kursk region face heavy losses, Ukraine says", "3"]]
    widths = column_widths(columns, cells, 80)
    assert widths[2] >= len("Independent") and sum(widths) + 3 * len(columns) + 1 <= 80
    assert widths[3] >= 0.25 * 80
    # Four name columns beside one sentence: whole words would halve the sentence, so it keeps its share.
    columns = ["subject", "claimant", "figure", "outlet", "sentence"]
    cells = [["troops_deployed", "Ukraine's military intelligence", "≈ 11,000 casualties", "The Lowy Interpreter",
              "Ukraine's military intelligence said on Monday that about 11,000 North Korean troops had been sent."]]
    assert column_widths(columns, cells, 80)[4] >= 0.4 * 80
