"""Blind round 27 of the TUI: a corpus of unseen layouts (TV subtitles, OCR scans, hearings, foreign outlets).

The compare picker offers no "Unknown outlet" (its articles come from unrelated sources: each is offered
on its own); a toast on a small terminal is slim and short-lived; a long outlet name keeps to one row of
the Sources pane and of the article list, cut with "…" (shown whole in the Sources pane's tooltip).
"""

from __future__ import annotations

import pytest

from store.corpus import Corpus
from store.models import Article, Claim, Figure, Passage
from tests.tui_fixtures import make_app, screen_text, settle, until

LONG_OUTLET = "Nordkoreanische Soldaten in Kursk: Südkorea spricht von 11.000 Mann"


def _article(article_id: str, outlet: str | None, title: str, sentence: str, claimant: str, value: float
             ) -> tuple[Article, Claim]:
    article = Article(id=article_id, source_file=f"{article_id}.txt", source_sha256=article_id, ordinal=0,
                      title=title, outlet=outlet, published="2025-01-15")
    article.passages = [Passage(id=f"{article_id}-000", article_id=article_id, kind="body", order=0, paragraph=1,
                                text=sentence)]
    claim = Claim(id=f"c-{article_id}", article_id=article_id, passage_id=f"{article_id}-000", text=sentence, start=0,
                  end=len(sentence), claimant=claimant, via=None, subject="troops_deployed", hedged=False,
                  figures=[Figure(value=value, low=value, high=value, unit="troops", qualifier="exact", surface="x")])
    return article, claim


def _corpus() -> Corpus:
    records = [
        _article("vtt01", None, "Nordkoreas Soldaten an der Front", "Kyiv says 15,000 troops were sent.", "Kyiv", 15000),
        _article("ocr02", None, "North Korean troops in Kursk", "Seoul says 11,000 troops were sent.", "NIS", 11000),
        _article("faz03", LONG_OUTLET, "Südkorea: 11.000 Soldaten", "Der NIS spricht von 11.000 Soldaten.", "NIS", 11000),
        _article("ria04", "РИА Новости", "Песков назвал «уткой» сообщения", "Киев заявил о 12 000 военных.", "Kyiv", 12000),
        _article("ftm05", "Financial Times", "北朝鮮兵士クルスク派遣", "約1万2000人が派遣された。", "Pentagon", 12000),
        _article("asa06", "朝日新聞デジタル：北朝鮮兵士のクルスク派遣に関する特集", "北朝鮮兵士", "約1万1000人。", "NIS", 11000),
    ]
    return Corpus.from_records([a for a, _ in records], [c for _, c in records])


def test_the_compare_picker_offers_the_articles_of_no_outlet_one_by_one_and_says_why():
    from tui.screens.compare_rows import compare_target_entries, left_out_targets

    corpus = _corpus()
    keys = [entry.key for entry in compare_target_entries(corpus)]
    assert "outlet:Unknown outlet" not in keys
    assert {"article:vtt01", "article:ocr02", f"outlet:{LONG_OUTLET}"} <= set(keys)
    (why,) = [why for haystack, why in left_out_targets(corpus, None, "right") if haystack == "Unknown outlet"]
    assert "no outlet" in why and "2 articles" in why


@pytest.mark.asyncio
async def test_an_article_of_no_outlet_against_an_outlet_is_compared_on_its_own(tmp_path):
    from tui.screens.compare import CompareScreen

    app = make_app(tmp_path, corpus=_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CompareScreen(app.corpus, "vtt01", right_id="Financial Times"))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and not app.screen.comparing and app.screen.subjects,
                    "compared")
        screen = app.screen
        assert (screen.left.kind, screen.left.key) == ("article", "vtt01")  # not pooled as "Unknown outlet"
        (troops,) = screen.subjects
        assert [c.article_id for c in troops.left] == ["vtt01"]  # ocr02, also of no outlet, stays out
        assert any("no known outlet" in str(n.message) for n in app._notifications)


@pytest.mark.asyncio
async def test_a_toast_on_a_small_terminal_is_slim_and_short_lived(tmp_path):
    from textual.widgets._toast import Toast

    app = make_app(tmp_path, corpus=_corpus())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)

        async def toast_for(said: str) -> tuple[float, Toast]:
            app.notify(said)

            def shown() -> list[Toast]:
                return [t for t in app.screen.query(Toast) if t._notification.message == said]

            await until(pilot, lambda: shown() and shown()[0].outer_size.height > 0, "toast shown")
            (notice,) = [n for n in app._notifications if n.message == said]
            return notice.timeout, shown()[0]

        said = "Compared as outlets: “A title of some length here” stands for its outlet, Some Outlet."
        timeout, toast = await toast_for(said)
        assert timeout == app.NOTIFICATION_TIMEOUT and toast.styles.padding.top == 1  # a corner of a large screen
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        timeout, toast = await toast_for(said + " ")
        assert timeout <= 3
        assert toast.styles.padding.top == 0 and toast.outer_size.height <= 3, toast.outer_size


@pytest.mark.asyncio
async def test_a_long_outlet_name_keeps_to_one_row_of_the_sources_pane(tmp_path):
    from tui.widgets.sources import SourcesPane

    app = make_app(tmp_path, corpus=_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.focus_pane("sources")
        await settle(pilot)
        pane = app.screen.query_one(SourcesPane)
        region = pane.content_region  # the pane's own columns and rows, not the article list's outlet lines
        lines = screen_text(app).splitlines()[region.y: region.bottom]
        shown = [line[region.x: region.right] for line in lines]
        # Each long name, Latin or of wide characters, ends in "…" and the count on its one row; no second
        # line carries the rest of the name.
        for start, rest in (("Nordkoreanische Soldaten", "11.000 Mann"), ("朝日新聞", "特集")):
            (row,) = [line for line in shown if start in line]
            assert "…" in row and row.rstrip().endswith("1"), row
            assert not any(rest in line for line in shown), shown
        index = next(i for i, option in enumerate(pane.options) if "Nordkoreanische" in str(
            getattr(option.prompt, "plain", option.prompt)))
        pane.highlighted = index
        await pilot.pause()
        assert pane.tooltip == LONG_OUTLET  # cut in the row, whole under the mouse
        # The article list's line under a title: the outlet is cut, the date stays on its row.
        from tui.widgets.articles import ArticleList

        region = app.screen.query_one(ArticleList).content_region
        listed = [line[region.x: region.right] for line in screen_text(app).splitlines()[region.y: region.bottom]]
        (line,) = [line for line in listed if line.startswith("Nordkoreanische Soldaten")]
        assert "…" in line and line.rstrip().endswith("· 2025-01-15"), listed
