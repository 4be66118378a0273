"""A small corpus for the TUI tests: every passage kind, claims with figures, topics,
an echo group across three articles, and hostile text (markup, actions, links,
terminal escapes) in titles, outlets, credits, claimants and passages.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from store.corpus import Corpus
from store.models import Article, Claim, Figure, Passage, TopicHit

HOSTILE_TITLE = "[@click=app.quit]Kursk [bold]losses[/bold] mount"
HOSTILE_OUTLET = "[link=https://evil.example]Evil Outlet[/link]"
HOSTILE_CLAIMANT = "[red]South Korean officials[/red]"
HOSTILE_PASSAGE = "[@click=app.quit]Click me[/] as many as 15,000 troops, said [bold]the officials[/bold]."
ESCAPE_PASSAGE = "Escape-like text: \x1b[31mred\x1b[0m and \\[bold] and [/] and a literal \\n."
FORMULA_PASSAGE = '=HYPERLINK("https://evil.example","open me") was pasted into the page.'
PONOMARENKO = (
    "Ponomarenko said the language barrier made coordination between Russian and "
    "North Korean units difficult on the battlefield."
)

def _passages(article_id: str, specs: list[tuple[str, str, list[TopicHit], str | None]]) -> list[Passage]:
    passages, paragraph = [], 0
    for order, (kind, text, topics, echo) in enumerate(specs):
        number = None
        if kind == "body":
            paragraph += 1
            number = paragraph
        passages.append(
            Passage(
                id=f"{article_id}-{order:03d}",
                article_id=article_id,
                kind=kind,
                text=text,
                order=order,
                paragraph=number,
                topics=topics,
                echo_group=echo,
            )
        )
    return passages


def _claim(passage: Passage, sentence: str, claimant: str | None, subject: str, figure: Figure, via: str | None = None) -> Claim:
    start = passage.text.index(sentence)
    surface_at = sentence.index(figure.surface)
    figure.start, figure.end = surface_at, surface_at + len(figure.surface)
    return Claim(
        id=f"{passage.id}@{start}",
        article_id=passage.article_id,
        passage_id=passage.id,
        text=sentence,
        start=start,
        end=start + len(sentence),
        claimant=claimant,
        via=via,
        subject=subject,
        hedged=figure.qualifier != "exact",
        figures=[figure],
    )


def fixture_records() -> tuple[list[Article], list[Claim]]:
    casualties = [TopicHit("casualties", ["casualties", "killed"])]
    deployment = [TopicHit("troops", ["troops", "soldiers"])]
    language = [TopicHit("language", ["language barrier"])]
    munitions = [TopicHit("artillery", ["artillery", "shells"])]

    reuters = Article(
        id="art-reuters",
        source_file="fixture_a.txt",
        source_sha256="a" * 64,
        ordinal=0,
        title="North Korean troops suffer heavy casualties in Kursk",
        dek="Ukraine says hundreds of North Korean soldiers were killed or wounded.",
        outlet="Reuters",
        author="Jane Roe",
        published="2024-12-17",
        passages=[],
    )
    reuters.passages = _passages(
        reuters.id,
        [
            ("dek", reuters.dek or "", casualties, None),
            ("bullet", "Zelensky said 12,000 North Korean troops are in Kursk.", deployment, None),
            ("caption", "North Korean soldiers at a mortar drill in 2020.", deployment, None),
            ("credit", "Korean Central News Agency via AP", [], None),
            ("body", "President Volodymyr Zelensky said on Monday that North Korea had sent 12,000 troops to the Kursk region.", deployment, None),
            ("heading", "Losses mount", [], None),
            ("body", "A US official said North Korean casualties numbered in the hundreds. Ukraine put the toll at 1,000 killed and wounded.", casualties, None),
            ("pullquote", "They were getting killed by drones they did not see.", casualties, None),
            ("body", PONOMARENKO, language, "echo-ponomarenko"),
        ],
    )

    hostile = Article(
        id="art-hostile",
        source_file="fixture_[b].txt",
        source_sha256="b" * 64,
        ordinal=0,
        title=HOSTILE_TITLE,
        outlet=HOSTILE_OUTLET,
        credit="[i]Bloomberg[/i]",
        author="[b]Ann[/b]",
        published="2024-11-05",
        date_ambiguous=True,
    )
    hostile.passages = _passages(
        hostile.id,
        [
            ("body", HOSTILE_PASSAGE, deployment, None),
            ("body", ESCAPE_PASSAGE, [], None),
            ("body", PONOMARENKO, language, "echo-ponomarenko"),
            ("body", "North Korea supplies up to 50% of the artillery shells Russia fires, Budanov said.", munitions, None),
            ("body", FORMULA_PASSAGE, [], None),
        ],
    )

    unknown = Article(
        id="art-unknown",
        source_file="fixture_c.txt",
        source_sha256="c" * 64,
        ordinal=0,
        title="Pentagon: some 11,000 North Korean soldiers in Russia",
        title_derived=True,
        outlet=None,
        published=None,
    )
    unknown.passages = _passages(
        unknown.id,
        [
            ("body", "Some 11,000 North Korean soldiers were deployed to Russia, according to the Pentagon.", deployment, None),
            ("body", "Tanks from the Sŭngri plant were seen near the border.", munitions, None),
            ("body", PONOMARENKO, language, "echo-ponomarenko"),
        ],
    )

    insider = Article(
        id="art-insider",
        source_file="fixture_d.txt",
        source_sha256="d" * 64,
        ordinal=1,
        title="The language barrier is hurting North Korea's troops",
        outlet="Business Insider",
        author="Chris Panella",
        published="2024-12-01",
    )
    insider.passages = _passages(
        insider.id,
        [
            ("bullet", "Language problems slow the joint units.", language, None),
            ("body", "Interpreters are scarce, and orders are lost in translation along the front.", language, None),
            ("body", "Casualties among the North Korean units rose to about 4,000, a Ukrainian officer said.", casualties, None),
        ],
    )

    claims = [
        _claim(reuters.passages[4], reuters.passages[4].text, "Volodymyr Zelensky", "troops_deployed",
               Figure(12000, 12000, 12000, "troops", "exact", "12,000 troops")),
        _claim(reuters.passages[6], "Ukraine put the toll at 1,000 killed and wounded.", "Ukraine", "casualties",
               Figure(1000, 1000, 1000, "casualties", "exact", "1,000")),
        _claim(hostile.passages[0], HOSTILE_PASSAGE, HOSTILE_CLAIMANT, "troops_deployed",
               Figure(15000, None, 15000, "troops", "at_most", "as many as 15,000")),
        _claim(hostile.passages[3], hostile.passages[3].text, "Kyrylo Budanov", "ammunition_share",
               Figure(50, None, 50, "percent", "at_most", "up to 50%"), via="Bloomberg"),
        _claim(unknown.passages[0], unknown.passages[0].text, "the Pentagon", "troops_deployed",
               Figure(11000, 10000, 12000, "troops", "approx", "Some 11,000")),
        _claim(insider.passages[2], insider.passages[2].text, "a Ukrainian officer", "casualties",
               Figure(4000, 3500, 4500, "casualties", "approx", "about 4,000")),
    ]
    return [reuters, hostile, unknown, insider], claims


def fixture_corpus() -> Corpus:
    articles, claims = fixture_records()
    return Corpus.from_records(articles, claims)


# --- running the app in tests ------------------------------------------------------------


def troop_figures_corpus(count: int) -> Corpus:
    """``count`` articles, each with one claim of a different number of troops."""
    articles, claims = [], []
    for number in range(count):
        troops = 1000 * (number + 1)
        text = f"Officials said {troops:,} North Korean troops had been sent to Russia."
        article = Article(id=f"t{number:03d}", source_file=f"t{number}.txt", source_sha256=f"{number:064x}", ordinal=0,
                          title=f"Deployment report {number}", outlet=f"Wire {number % 3}", published=f"2025-01-{1 + number:02d}")
        passage = Passage(id=f"{article.id}-000", article_id=article.id, kind="body", text=text, order=0, paragraph=1)
        article.passages = [passage]
        surface = f"{troops:,} North Korean troops"
        figure = Figure(troops, troops, troops, "troops", "exact", surface, text.index(surface), text.index(surface) + len(surface))
        claims.append(Claim(id=f"{passage.id}@0", article_id=article.id, passage_id=passage.id, text=text, start=0,
                            end=len(text), claimant=f"Official {number}", subject="troops_deployed", figures=[figure]))
        articles.append(article)
    return Corpus.from_records(articles, claims)


def make_app(tmp_path, corpus: Corpus | None = None, **kwargs):  # type: ignore[no-untyped-def]
    """The app on the fixture corpus, with its state and exports kept under ``tmp_path``."""
    from tui.app import build_app

    kwargs.setdefault("state_path", tmp_path / "state.json")
    kwargs.setdefault("export_dir", tmp_path)
    return build_app(tmp_path / "unused-db.json", corpus=corpus or fixture_corpus(), **kwargs)


@asynccontextmanager
async def running_app(tmp_path, size: tuple[int, int] = (120, 40), **kwargs):  # type: ignore[no-untyped-def]
    """The app on the fixture corpus, run headless and settled: ``async with running_app(p) as (app, pilot)``."""
    app = make_app(tmp_path, **kwargs)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let messages, workers and the refresh after them finish."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, predicate, what: str = "condition", attempts: int = 100) -> None:  # type: ignore[no-untyped-def]
    """Poll the app (timers, debounce, thread workers) until ``predicate()`` holds."""
    from textual.worker import WorkerFailed

    for _ in range(attempts):
        if predicate():
            await pilot.pause()  # and let the screen repaint
            return
        await pilot.pause(0.02)
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the app reports worker failures itself; tests check for that notice
    raise AssertionError(f"timed out waiting for {what}")


# How long a test waits for work it has started (a database opened or reloaded, an ingest, a
# reanalysis) before it calls the wait a failure. Generous on purpose: the bound only has to end a
# hung test, while a loaded or slow machine (CI runs one worker per core beside other jobs) can take
# many times as long as a quiet one. A test never sleeps for this long: it goes on as soon as the
# condition holds.
WORK_TIMEOUT_S = 180.0


async def until_within(  # type: ignore[no-untyped-def]
    pilot, predicate, what: str = "condition", seconds: float = WORK_TIMEOUT_S, *, wait_for_workers: bool = True
) -> None:
    """Like ``until``, but bounded by time, not by a count of polls: on a busy machine each poll takes
    longer and a count runs out while the work is still on its way. ``wait_for_workers=False`` polls
    without waiting for the app's workers to finish, for a condition that holds while one runs."""
    import time

    from textual.worker import WorkerFailed

    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        await pilot.pause(0.02)
        if wait_for_workers:
            try:
                await pilot.app.workers.wait_for_complete()
            except WorkerFailed:
                pass  # the app reports worker failures itself; tests check for that notice
    await pilot.pause()  # and let the screen repaint


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def no_blink(app) -> None:  # type: ignore[no-untyped-def]
    """Snapshots must not catch a cursor mid-blink."""
    from textual.widgets import Input

    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """What the terminal shows, as plain text: one line per row, characters at their columns."""
    import re
    from html import unescape

    from rich.cells import cell_len

    svg = app.export_screenshot()
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)" textLength="([\d.]+)"[^>]*>([^<]*)</text>'
    pieces = [
        (float(y), float(x), float(length), unescape(text).replace("\xa0", " "))
        for x, y, length, text in re.findall(pattern, svg)
    ]
    from collections import Counter

    ratios = Counter(round(length / cell_len(text), 3) for _, _, length, text in pieces if text.isascii() and text.strip())
    cell = ratios.most_common(1)[0][0]
    rows: dict[float, str] = {}
    for y, x, _, text in sorted(pieces):
        column = round(x / cell)
        row = rows.get(y, "")
        rows[y] = row.ljust(column) + text
    return "\n".join(rows[y].rstrip() for y in sorted(rows))


def lit_words(prompt) -> list[str]:  # type: ignore[no-untyped-def]
    """The stretches of an option's text drawn with the highlight style."""
    from tui.formatting import HIGHLIGHT_STYLE

    content = getattr(prompt, "body", prompt)
    return [content.plain[s.start : s.end] for s in content.spans if str(s.style) == HIGHLIGHT_STYLE]


def is_marked(prompt) -> bool:  # type: ignore[no-untyped-def]
    """Does the option carry the selected-passage bar?"""
    from tui.formatting import SELECTED_BAR

    return SELECTED_BAR in prompt.first.plain


async def hit_prompt(app, pilot, query: str, passage_id: str):  # type: ignore[no-untyped-def]
    """Open search, type ``query`` and return the prompt of the hit on passage ``passage_id``."""
    from tui.screens.search import HitList, SearchScreen

    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
    await type_text(pilot, query)
    screen = app.screen
    await until(pilot, lambda: screen.shown_query == query.strip(), f"results for {query!r}")
    hits = screen.query_one(HitList)
    index = next(i for i in range(hits.option_count) if hits.get_option_at_index(i).id == passage_id)
    return hits.get_option_at_index(index).prompt


def title_lit(prompt) -> list[str]:  # type: ignore[no-untyped-def]
    """The lit stretches of a hit's first line, its headline."""
    from tui.formatting import HIGHLIGHT_STYLE

    body = prompt.body
    end = body.plain.index("\n")
    return [body.plain[s.start : s.end] for s in body.spans if str(s.style) == HIGHLIGHT_STYLE and s.end <= end]


async def pick_in_picker(app, pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``words`` into the compare picker that is opening, wait for its list of them, and take the first."""
    from tui.screens.compare_picker import FuzzyPicker

    await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "a compare picker")
    picker = app.screen
    await type_text(pilot, words)
    await until(pilot, lambda: picker._listed_for == words, f"the list for {words!r}")
    await pilot.press("enter")
    await until(pilot, lambda: app.screen is not picker, "the picker closed")
