"""Corpora nobody tested: an empty database, emoji that terminals size differently, bylines that
carry their own "By", and a pasted article of one enormous paragraph or thousands of short ones."""

from __future__ import annotations

import random

from rich.cells import cell_len
from textual.content import Content
from tui_fixtures import (
    fixture_records,
    running_app,
    screen_text,
    settle,
    type_text,
    until,
)

from store.corpus import Corpus
from store.models import Article, Claim, Figure, Passage
from tui.formatting import article_entry, byline, passage_block, safe_text
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.main import MainScreen
from tui.visuals import Hanging
from tui.widgets.claims import ClaimsPane
from tui.widgets.reader import Reader


def empty_corpus() -> Corpus:
    return Corpus.from_records([], [])


def article_with(article_id: str, texts: list[str], **fields: object) -> Article:
    article = Article(
        id=article_id,
        source_file=str(fields.pop("source_file", f"{article_id}.txt")),
        source_sha256=article_id.ljust(64, "0")[:64],
        ordinal=0,
        title=str(fields.pop("title", f"Article {article_id}")),
        **fields,  # type: ignore[arg-type]
    )
    article.passages = [
        Passage(id=f"{article_id}-{n:05d}", article_id=article_id, kind="body", text=text, order=n, paragraph=n + 1)
        for n, text in enumerate(texts)
    ]
    return article


# --- an empty database ------------------------------------------------------------------------


async def test_every_pane_of_an_empty_database_says_why_it_is_empty(tmp_path):
    async with running_app(tmp_path, corpus=empty_corpus(), size=(160, 50)) as (app, pilot):
        text = screen_text(app)
        assert "No articles yet. Press a to add files" in text
        assert "none yet: press a to add files" in text  # under Outlets in Sources
        assert "No topics" in text
        assert "No claims with a figure yet." in text
        assert "Nothing to read yet" in text
        # The notes are not rows to act on: enter, space and f on them do nothing and break nothing.
        claims = app.screen.query_one(ClaimsPane)
        claims.focus()
        await pilot.press("enter", "space", "f")
        await settle(pilot)
        assert claims.current_subject is None and claims.current_claim is None
        assert app.is_running


async def test_an_empty_database_is_not_called_stale(tmp_path):
    corpus = empty_corpus()
    corpus.claims_are_current = lambda: False  # type: ignore[method-assign]  # as if the analysers changed
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        assert not any("older version" in str(n.message) for n in app._notifications)
    stale = Corpus.from_records(*fixture_records())
    stale.claims_are_current = lambda: False  # type: ignore[method-assign]
    async with running_app(tmp_path, corpus=stale) as (app, pilot):
        assert any("older version" in str(n.message) for n in app._notifications), "articles: still warned"


async def test_pickers_say_there_is_nothing_to_choose(tmp_path):
    async with running_app(tmp_path, corpus=empty_corpus()) as (app, pilot):
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the compare picker")
        assert "No articles yet: add files first." in screen_text(app)
        await pilot.press("down", "enter")  # nothing to move onto or choose
        await settle(pilot)
        assert app.is_running
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "back on the main screen")
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the subject picker")
        assert "No claims with a figure yet" in screen_text(app)


async def test_a_picker_says_when_the_words_typed_match_nothing(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the compare picker")
        await type_text(pilot, "qqxzzqj")
        await settle(pilot)
        assert "Nothing matches “qqxzzqj”" in screen_text(app)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, FuzzyPicker), "enter on the note chooses nothing"


# --- odd metadata and characters --------------------------------------------------------------


def test_emoji_are_as_wide_to_us_as_to_every_terminal():
    # Selectors and skin tones make terminals disagree (tmux draws "❤️" in one cell, Rich counts
    # two): whatever we show must measure the sum of its characters, which every terminal agrees on.
    for text in ["Kim ❤️ Putin", "flag 🏳️ here", "key 1️⃣", "👩🏽 and 👍🏿 reacted", "☀️☁️", "\u3164 filler \uffa0 name"]:
        shown = safe_text(text)
        assert len(shown) == len(text), "offsets of highlights stay valid"
        assert cell_len(shown) == sum(cell_len(ch) for ch in shown), shown
        article = article_with("emoji", ["x"], title=text, outlet=text)
        entry = article_entry(article).plain
        assert cell_len(entry) == sum(cell_len(ch) for ch in entry)


def test_a_byline_that_says_by_itself_is_not_doubled():
    assert "by By Nobody" not in byline(article_with("a", ["x"], author="By Nobody")).plain
    assert "By Nobody" in byline(article_with("a", ["x"], author="By Nobody")).plain
    assert "by Jane Roe" in byline(article_with("b", ["x"], author="Jane Roe")).plain
    assert "by Byron Lee" in byline(article_with("c", ["x"], author="Byron Lee")).plain


# --- extreme sizes ----------------------------------------------------------------------------

WORDS = ["troops", "Kursk", "artillery", "shells", "soldiers", "North", "Korea", "Russia", "Ukraine", "said", "casualties", "officials"]


def count_wraps(monkeypatch, longer_than: int) -> list[int]:
    """Count how often Textual wraps a text longer than ``longer_than`` characters into lines."""
    calls: list[int] = []
    original = Content._wrap_and_format

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(self.plain) > longer_than:
            calls.append(len(self.plain))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Content, "_wrap_and_format", counting)
    return calls


async def test_a_huge_paragraph_is_wrapped_once_per_width_not_once_per_look(tmp_path, monkeypatch):
    rng = random.Random(40)
    huge = " ".join(rng.choice(WORDS) for _ in range(5000)) + "."
    article = article_with("huge", [huge, "A short closing line."], title="One enormous paragraph")
    corpus = Corpus.from_records([article], [])
    wraps = count_wraps(monkeypatch, 10_000)
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        reader = app.screen.query_one(Reader)
        reader.focus()  # each look (unfocused, focused, under the cursor, off it) draws it again
        await settle(pilot)
        await pilot.press("down", "up", "tab", "shift+tab")
        await settle(pilot)
        assert "A short closing line." in screen_text(app) or reader.option_count >= 2
        widths = {app.screen.query_one(Reader).scrollable_content_region.width}
        assert len(wraps) <= 2 * len(widths), f"wrapped {len(wraps)} times"


def test_short_passages_are_measured_without_building_their_lines(monkeypatch):
    rng = random.Random(7)
    passages = [
        Passage(id=f"p{n}", article_id="a", kind="body", text=f"Line {n}: officials said {n * 10} troops moved.", order=n, paragraph=n + 1)
        for n in range(400)
    ]
    blocks = [passage_block(p) for p in passages]
    wraps = count_wraps(monkeypatch, 0)
    heights = [block.get_height({}, width) for width in (80, 30) for block in blocks]
    assert wraps == [], "each of 3,000 short passages was wrapped into lines only to count them"
    monkeypatch.undo()
    # ... and the count is the one wrapping would give, for any text and width.
    alphabet = [*"ab c  .,-", "北朝鮮", "e\u0301", "👨", "\n", "Kursk ", "1,000,000 ", "x" * 12, "   "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        body = Content(text)
        for width in (1, 2, 3, 7, 19, 40):
            hanging = Hanging(Content("▌ 1"), Content("▌  "), body)
            assert hanging.get_height({}, width + 3) == body.get_height({}, width), (text, width)
    assert heights == [block.body.get_height({}, width - block.gutter) for width in (80, 30) for block in blocks]



async def test_a_database_of_one_article_is_counted_in_the_singular(tmp_path):
    async with running_app(tmp_path, corpus=Corpus.from_records([article_with("one", ["A quiet day."])], [])) as (app, pilot):
        text = screen_text(app)
        assert "1 article · 1 passage · 0 claims" in text
        assert "1 articles" not in text and "1 passages" not in text


# --- the comparison and figure screens: terminal controls and wide characters -------------------

EVIL_TITLE = "Evil \x1b]0;pwned\x07 \u202eexe.txt report"
EVIL_OUTLET = "\x1b[31mRed News\u202e"
EVIL_CLAIMANT = "\x1b[1mKim\u202e aides"


def claim_on(article: Article, claimant: str, value: int) -> Claim:
    passage = article.passages[0]
    surface = f"{value:,}"
    figure = Figure(value, value, value, "troops", "exact", surface)
    figure.start = passage.text.index(surface)
    figure.end = figure.start + len(surface)
    return Claim(
        id=f"{passage.id}@0", article_id=article.id, passage_id=passage.id, text=passage.text, start=0,
        end=len(passage.text), claimant=claimant, subject="troops_deployed", figures=[figure],
    )


def two_articles(first_claimant: str, second_claimant: str, *, title: str = "Plain report", outlet: str = "Plain Daily") -> Corpus:
    evil = article_with("evil", ["They said 12,000 troops \x1b[2Jwent north."], title=title, outlet=outlet, published="2024-11-01")
    plain = article_with("calm", ["Officials said 12,000 troops went north."], title="Calm report", outlet="Calm Post", published="2024-11-02")
    return Corpus.from_records([evil, plain], [claim_on(evil, first_claimant, 12000), claim_on(plain, second_claimant, 12000)])


def leaks(text: str) -> list[str]:
    return [name for name, ch in (("ESC", "\x1b"), ("BEL", "\x07"), ("RLO", "\u202e")) if ch in text]


async def test_compare_and_figures_never_send_terminal_controls(tmp_path):
    from tui.screens.compare import CompareScreen
    from tui.screens.figures import FigureTrackerScreen

    corpus = two_articles(EVIL_CLAIMANT, "officials", title=EVIL_TITLE, outlet=EVIL_OUTLET)
    async with running_app(tmp_path, corpus=corpus, size=(160, 50)) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, "evil"))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker for the right side")
        text = screen_text(app)
        assert leaks(text) == [] and "Calm report" in text and "Red News" in text
        await type_text(pilot, "calm report")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and "Calm report" in screen_text(app), "compared")
        text = screen_text(app)
        assert leaks(text) == [], "titles, outlets, passages and claimants in the comparison"
        assert "\N{REPLACEMENT CHARACTER}" in text
        app.pop_screen()
        await settle(pilot)
        app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
        await until(pilot, lambda: getattr(app.screen, "table", None) is not None, "the figure table")
        await settle(pilot)
        assert "Kim" in screen_text(app)
        for _ in range(2):  # each row's detail line too
            assert leaks(screen_text(app)) == []
            await pilot.press("down")
            await settle(pilot)


async def test_range_chart_rows_line_up_whatever_script_names_the_claimant(tmp_path):
    from tui.screens.figures import FigureTrackerScreen

    corpus = two_articles("국가정보원 관계자들과 군 당국자들", "officials")  # two cells a character
    async with running_app(tmp_path, corpus=corpus, size=(160, 50)) as (app, pilot):
        app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
        await until(pilot, lambda: getattr(app.screen, "table", None) is not None, "the figure table")
        await settle(pilot)
        from textual.widgets import Static

        chart = app.screen.query_one("#figures-chart", Static).visual
        lines = str(getattr(chart, "plain", chart)).split("\n")
        rows = [line for line in lines if line.startswith("12,000 ·") and "●" in line]
        assert len(rows) == 2, lines
        # The same figure on the same scale: its mark sits in the same terminal column on both rows.
        columns = {cell_len(line[: line.index("●")]) for line in rows}
        assert len(columns) == 1, rows


async def test_articles_that_read_alike_are_told_apart_by_their_files(tmp_path):
    long_title = "North Korean troops " * 4 + "…"  # the store shortens long derived titles alike
    first = article_with("first", ["One."], title=long_title, source_file="wire_copy_a.txt")
    second = article_with("second", ["Two."], title=long_title, source_file="wire_copy_b.txt")
    other = article_with("other", ["Three."], title="A different story", source_file="different.txt")
    async with running_app(tmp_path, corpus=Corpus.from_records([first, second, other], [])) as (app, pilot):
        text = screen_text(app)
        assert "· wire_copy_a.txt" in text and "· wire_copy_b.txt" in text
        assert "· different.txt" not in text, "an article unlike any other keeps its short entry"
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the compare picker")
        text = screen_text(app)
        assert ("wire_copy_a.txt" in text) != ("wire_copy_b.txt" in text)  # the other copy, named; the open one left out
