"""Command palette providers: every action by name, "Open article…" by fuzzy title, and
"Outlet…" / "Claimant…" by fuzzy name (the article list narrowed to one)."""

from __future__ import annotations

import asyncio
import threading
import weakref
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.dom import DOMNode
from textual.types import IgnoreReturnCallbackType

from tui.formatting import DIM, date_label, one_line, outlet_label
from tui.keys import SIDEWAYS, class_bindings
from store.name_lookup import NameLookup, SourceKind
from tui.widgets.sources import ArticleFilter

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from store.corpus import Corpus
    from tui.app import NkruApp


def one_help(commands: Iterable[SystemCommand], show_help: Callable[[], object]) -> Iterable[SystemCommand]:
    """Textual's system commands, their "Keys" opening our help (every key, grouped) like ? does.

    Textual's own opened its key panel beside the screen: a second, different help, listing the
    focused widget's keys under Textual's names for them.
    """
    for command in commands:
        if command.title == "Keys":
            yield SystemCommand("Keys", "Every key, grouped (the same as ?)", show_help)
        else:
            yield command


class ActionCommands(Provider):
    """Every described binding of the app, the current screen and the focused widget."""

    def _commands(self) -> list[tuple[str, str, IgnoreReturnCallbackType]]:
        focused = self.focused
        nodes: list[DOMNode] = [self.app, self.screen]
        if focused is not None:
            nodes = list(reversed(focused.ancestors_with_self))
        seen: set[str] = set()
        commands: list[tuple[str, str, IgnoreReturnCallbackType]] = []
        for node in nodes:
            for binding in class_bindings(type(node)):
                # Sideways scrolling, as in help: the lists' text wraps, so those did nothing from here either.
                if not binding.description or binding.action in seen or binding.system or binding.action in SIDEWAYS:
                    continue
                seen.add(binding.action)
                group = getattr(node, "HELP_GROUP", type(node).__name__)
                key = self.app.get_key_display(binding)
                help_text = binding.tooltip or f"{group} · key {key}"
                run = partial(self.app.run_action, binding.action, node)
                commands.append((binding.description, help_text, run))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, run in self._commands():
            yield DiscoveryHit(Content(name), run, text=name, help=_safe_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._commands():
            if (score := matcher.match(name)) > 0:
                yield Hit(score, _highlight(matcher, name), run, text=name, help=_safe_help(help_text))


class ArticleCommands(Provider):
    """Open article… : fuzzy article titles; the outlet and date are shown, not matched."""

    async def search(self, query: str) -> Hits:
        app = cast("NkruApp", self.app)
        if app.corpus is None:
            return
        wanted = _without_open_prefix(query)
        if not wanted:  # "open article" itself, as the help and README name it: offer the titles
            async for hit in self.discover():
                yield Hit(0.5, hit.display, hit.command, text=hit.text)
            return
        matcher = self.matcher(wanted)
        # The store shortlists from every title; Textual's matcher (pure Python: three seconds a
        # keystroke over 10,000 titles) ranks and highlights the shortlist.  A title it does not
        # match letter by letter (a typo) still shows, below those it does.
        for article_id, similarity in app.corpus.titles_like(wanted, limit=ARTICLE_HITS):
            article = app.corpus.articles[article_id]
            title = one_line(article.title)
            display = Content.assemble(
                ("Open article: ", DIM),
                _highlight(matcher, title),
                (f"  {outlet_label(article)} · {date_label(article)}", DIM),
            )
            score = matcher.match(title) or similarity / 200
            yield Hit(score, display, partial(app.open_article, article_id), text=title)

    async def discover(self) -> Hits:
        app = cast("NkruApp", self.app)
        if app.corpus is None:
            return
        for article in app.corpus.list_articles()[:10]:
            title = one_line(article.title)
            display = Content.assemble(("Open article: ", DIM), title, (f"  {outlet_label(article)}", DIM))
            yield DiscoveryHit(display, partial(app.open_article, article.id), text=title)


ARTICLE_HITS = 40


class SourceCommands(Provider):
    """Outlet… and Claimant…: the article list narrowed to one outlet or claimant, found by name.

    The Sources pane does the same, but a large corpus's claimants come 200 at a time there and the
    search screen offers only the most frequent: typing a name here reaches any of them.
    """

    async def search(self, query: str) -> Hits:
        app = cast("NkruApp", self.app)
        if app.corpus is None:
            return
        kind, wanted = _source_words(query)
        if len(wanted) < 2:  # one letter is in every name
            return
        lookup = await asyncio.to_thread(_lookup_for, app.corpus)
        found = await asyncio.to_thread(lookup.like, wanted, limit=SOURCE_HITS, kind=kind)
        for source, similarity in found:
            counted = f"{source.count:,} {'article' if source.kind == 'outlet' else 'claim'}{'' if source.count == 1 else 's'}"
            display = Content.assemble(
                (f"{source.kind.capitalize()}: ", DIM), one_line(source.name), (f"  {counted} · list the articles", DIM)
            )
            chosen = ArticleFilter(outlet=source.name) if source.kind == "outlet" else ArticleFilter(claimant=source.name)
            yield Hit(min(similarity, 100) / 110, display, partial(app.filter_articles, chosen), text=source.name)


SOURCE_HITS = 20
_LOOKUPS: weakref.WeakKeyDictionary[Corpus, NameLookup] = weakref.WeakKeyDictionary()
_LOOKUP_BUILT = threading.Lock()  # keys typed while the first lookup is built wait for it, not build another


def _lookup_for(corpus: Corpus) -> NameLookup:
    """The corpus's names, folded on first use (0.1-0.3 s for 85,000 claimants) and kept with it."""
    with _LOOKUP_BUILT:
        if (lookup := _LOOKUPS.get(corpus)) is None:
            lookup = _LOOKUPS[corpus] = NameLookup(corpus)
        return lookup


def _source_words(query: str) -> tuple[SourceKind | None, str]:
    """("claimant", "zelensky") from "claimant: zelensky"; (None, "zelensky") from "zelensky"."""
    words = query.split()
    if words and (first := words[0].lower().rstrip(":…")) in ("outlet", "outlets", "claimant", "claimants"):
        return cast("SourceKind", first.rstrip("s")), " ".join(words[1:])
    return None, " ".join(words)


def _without_open_prefix(query: str) -> str:
    """The title words of "open article: kursk", "open article kursk", "open kursk" or "kursk"."""
    words = query.split()
    if words and words[0].lower() == "open":
        words = words[1:]
        if words and words[0].lower().rstrip(":…") in ("article", "articles"):
            words = words[1:]
    return " ".join(words)


def _highlight(matcher, candidate: str) -> Content:  # type: ignore[no-untyped-def]
    """Like Matcher.highlight, which parses its candidate as markup: titles must not be."""
    content = Content(candidate)
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _safe_help(text: str) -> str:
    # The palette renders help with Content.from_markup; our help texts are ours,
    # but a key display such as "[" must not open a tag.
    return text.replace("[", "\\[")
