"""The reader counts echoes from the echo group's ids alone; RIS export for reference managers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from test_tui_selection_export import select_directly
from tui_fixtures import (
    PONOMARENKO,
    fixture_corpus,
    fixture_records,
    running_app,
    settle,
    until,
)

from store.cli_parser import parse_command_line
from store.corpus import Corpus
from store.export import (
    EXPORT_FORMATS,
    citations,
    render_csv,
    render_export,
    write_export,
)
from store.models import Article, Claim, Passage
from tui.screens.export import FORMAT_HINTS, FORMAT_LABELS, ExportDialog
from tui.screens.main import MainScreen
from tui.widgets.reader import Reader

RIS_LINE = re.compile(r"[A-Z][A-Z0-9]  - .*")


class CountingPassages(Mapping[str, Passage]):
    """A corpus's passage lookup that counts every passage it hands out (each costs an article load at 10k)."""

    def __init__(self, inner: Mapping[str, Passage]) -> None:
        self.inner, self.lookups = inner, 0

    def __getitem__(self, passage_id: str) -> Passage:
        self.lookups += 1
        return self.inner[passage_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.inner)

    def __len__(self) -> int:
        return len(self.inner)


def _ponomarenko_in(corpus: Corpus, article_id: str) -> str:
    return next(p.id for p in corpus.article(article_id).passages if p.text == PONOMARENKO)


# --- echoes ---------------------------------------------------------------------------


def test_echo_articles_lists_the_other_articles_without_looking_up_any_passage():
    corpus = fixture_corpus()
    counting = CountingPassages(corpus.passages)
    corpus.passages = counting
    reuters = _ponomarenko_in(corpus, "art-reuters")
    assert corpus.echo_articles(reuters) == ["art-hostile", "art-unknown"]
    assert corpus.echo_articles(_ponomarenko_in(corpus, "art-unknown")) == ["art-reuters", "art-hostile"]
    assert corpus.echo_articles("art-reuters-004") == []  # repeats nothing
    assert counting.lookups == 0
    # the same answer echoes_of gives, which loads every echoing passage
    assert corpus.echo_articles(reuters) == list(dict.fromkeys(p.article_id for p in corpus.echoes_of(reuters)))


def test_echo_articles_names_each_other_article_once_and_never_its_own():
    articles, claims = fixture_records()
    reuters = next(a for a in articles if a.id == "art-reuters")
    order = len(reuters.passages)
    reuters.passages.append(Passage(id=f"art-reuters-{order:03d}", article_id="art-reuters", kind="body",
                                    order=order, paragraph=99, text=PONOMARENKO, echo_group="echo-ponomarenko"))
    extra = Article(id="art-extra", source_file="x.txt", source_sha256="x" * 64, ordinal=0, title="Extra")
    extra.passages = [Passage(id=f"art-extra-{n:03d}", article_id="art-extra", kind="body", order=n, paragraph=n + 1,
                              text=PONOMARENKO, echo_group="echo-ponomarenko") for n in range(2)]
    corpus = Corpus.from_records([*articles, extra], claims)
    assert corpus.echo_articles("art-extra-000") == ["art-reuters", "art-hostile", "art-unknown"]
    assert corpus.echo_articles(f"art-reuters-{order:03d}") == ["art-hostile", "art-unknown", "art-extra"]


async def test_reader_counts_and_offers_echoes_without_loading_them(tmp_path, monkeypatch):
    def loads_every_echo(self, passage_id):  # type: ignore[no-untyped-def]
        raise AssertionError("the reader loaded the echoing passages just to count them")

    monkeypatch.setattr(Corpus, "echoes_of", loads_every_echo)
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("5")
        reader = app.screen.query_one(Reader)
        await pilot.press("G")
        await settle(pilot)
        last = reader.current_passage_id
        assert reader.corpus.passage(last).text == PONOMARENKO
        assert "also in 2 other articles" in str(reader.get_option(last).prompt)
        assert reader.check_action("follow_echo", ()) is True
        await pilot.press("g")
        await settle(pilot)
        assert reader.check_action("follow_echo", ()) is None, "a passage that repeats nothing offers no echoes"


# --- RIS ------------------------------------------------------------------------------


def _records(text: str) -> list[list[str]]:
    records, current = [], []
    for line in text.split("\r\n"):
        if not line:
            continue
        current.append(line)
        if line.startswith("ER  -"):
            records.append(current)
            current = []
    assert not current, "every record ends in ER"
    return records


def _values(record: list[str], tag: str) -> list[str]:
    return [line[6:] for line in record if line.startswith(f"{tag}  - ")]


def test_ris_is_one_record_per_article_with_its_passages_as_notes():
    corpus = fixture_corpus()
    chosen = ["art-reuters-004", "art-insider-001", "art-hostile-003", "art-reuters-006"]
    text = render_export(corpus, chosen, "ris")
    assert "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    assert all(RIS_LINE.fullmatch(line) for line in text.split("\r\n") if line), text
    records = _records(text)
    assert [_values(r, "ID") for r in records] == [["art-reuters"], ["art-insider"], ["art-hostile"]]
    reuters = records[0]
    assert reuters[0] == "TY  - NEWS" and reuters[-1] == "ER  - "
    article = corpus.article("art-reuters")
    assert _values(reuters, "TI") == [article.title]
    assert _values(reuters, "AU") == ["Jane Roe"]
    assert _values(reuters, "PY") == ["2024"] and _values(reuters, "DA") == ["2024/12/17/"]
    assert _values(reuters, "T2") == ["Reuters"]
    notes = _values(reuters, "N1")
    assert len(notes) == 2  # both selected Reuters passages, in the order chosen
    for note, pid in zip(notes, ["art-reuters-004", "art-reuters-006"], strict=True):
        passage = corpus.passage(pid)
        assert note.startswith(f'"{passage.text}"') and f"passage {pid}" in note and article.source_file in note
        assert f"paragraph {passage.paragraph}" in note
    budanov = next(n for n in _values(records[2], "N1") if "art-hostile-003" in n)
    assert "Kyrylo Budanov" in budanov and "Bloomberg" in budanov  # the claim, its claimant and who relayed it


def test_ris_values_stay_on_their_line_and_name_each_author():
    article = Article(id="w1", source_file="page.html", source_sha256="w" * 64, ordinal=0, title="Seoul says\nmore troops",
                      author="Kim Jong Un; Jane Roe", url="https://example.org/a", title_derived=True,
                      published_raw="Tuesday")
    article.passages = [Passage(id="w1-000", article_id="w1", kind="body", order=0, paragraph=1,
                                text="First line\nER  - forged end\r\nTY  - JOUR\x1b[31m")]
    text = render_export(Corpus.from_records([article], []), ["w1-000"], "ris")
    assert all(RIS_LINE.fullmatch(line) for line in text.split("\r\n") if line), text
    (record,) = _records(text)
    assert record[0] == "TY  - ELEC", "no known outlet but an address: a web page"
    assert _values(record, "AU") == ["Kim Jong Un", "Jane Roe"]
    assert _values(record, "TI") == ["[Seoul says more troops]"]  # a derived title is bracketed, as in CSL-JSON
    assert _values(record, "UR") == ["https://example.org/a"]
    assert not _values(record, "T2") and not _values(record, "PY")
    assert "Date as printed: Tuesday" in _values(record, "N1")
    (quote,) = [n for n in _values(record, "N1") if "w1-000" in n]
    assert "ER  - forged end TY  - JOUR\\x1b[31m" in quote


def test_ris_is_a_format_everywhere_formats_are_listed(tmp_path):
    assert "ris" in EXPORT_FORMATS and set(FORMAT_LABELS) == set(EXPORT_FORMATS) == set(FORMAT_HINTS)
    assert parse_command_line(["export", "art-1-000", "--format", "ris", "--output", "x.ris"]).format == "ris"
    target = write_export(fixture_corpus(), ["art-reuters-004"], "ris", tmp_path / "out.ris")
    assert target.read_bytes().count(b"\r\n") == target.read_bytes().count(b"\n") > 5  # CRLF kept on disk


def test_the_csv_hint_says_what_csv_writes():
    article = Article(id="c1", source_file="c.txt", source_sha256="c" * 64, ordinal=0, title="Two claims")
    text = "Seoul said 10,000 troops were sent. Kyiv said 12,000 troops were sent."
    article.passages = [Passage(id="c1-000", article_id="c1", kind="body", order=0, paragraph=1, text=text)]
    two = [Claim(id=f"c1-000@{start}", article_id="c1", passage_id="c1-000", text=text[start:end], start=start, end=end,
                 claimant=who, via=None, subject="troops_deployed", hedged=False, figures=[])
           for start, end, who in ((0, 35, "Seoul"), (36, len(text), "Kyiv"))]
    rows = render_csv(citations(Corpus.from_records([article], two), ["c1-000"])).splitlines()[1:]
    assert len(rows) == 2, "one passage, two claims: two rows"
    hint = FORMAT_HINTS["csv"]
    assert "one row per claim" in hint and "one row per passage" not in hint


async def test_export_dialog_writes_ris(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        chosen = select_directly(app)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        for _ in range(EXPORT_FORMATS.index("ris")):
            await pilot.press("right")
        assert app.screen.fmt == "ris"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "ris export written")
        (written,) = sorted(tmp_path.glob("nkru-selection*"))
        assert written.suffix == ".ris"
        text = written.read_bytes().decode("utf-8")
        assert all(f"passage {pid}" in text for pid in chosen)
        assert len(_records(text)) == len({pid.rsplit("-", 1)[0] for pid in chosen})
