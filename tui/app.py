"""The nkru-tui App: bindings, palette, shared state (corpus, selection); nothing else."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen

from store.corpus import Corpus
from store.gc_pause import freeze_heap_once
from store.state import UserState, save_user_state
from tui.database_watch import CHECK_EVERY_S, WatchesDatabase
from tui.commands import ActionCommands, ArticleCommands, SourceCommands, one_help
from tui.formatting import safe_text
from tui.messages import ToggleSelection
from tui.screens.main import MainScreen
from tui.selection_actions import SelectionActions
from tui.selection_history import SelectionHistory
from tui.toasts import ToastsFitTheScreen
from tui.widgets.sources import ArticleFilter
from tui.widgets.typed_order import (
    KeysFollowTheScreenTheyOpen,
    PriorityKeysWaitTheirTurn,
    escape_then_key,
)
from tui.workers import WorkerFailed


class NkruApp(
    ToastsFitTheScreen, SelectionActions, SelectionHistory, WatchesDatabase, PriorityKeysWaitTheirTurn,
    KeysFollowTheScreenTheyOpen, App[None]
):
    """Holds the corpus once loaded and the export selection; screens do the rest."""

    TITLE = "nkru-tui"
    HELP_GROUP: ClassVar[str] = "Everywhere"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ActionCommands, ArticleCommands, SourceCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Save your place and leave"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="help", tooltip="Every key, grouped"),
        Binding("e", "export_selection", "Export", id="export", show=False, tooltip="Write the selected passages to a file"),
        Binding("y", "copy_selection", "Copy", id="copy", show=False, tooltip="Copy the selection as Markdown"),
        Binding("S", "show_selection", "Selection", id="selection", show=False, tooltip="List and prune the selection"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, tooltip="Every action, by name"),
        *SelectionHistory.HISTORY_BINDINGS,
        *WatchesDatabase.WATCH_BINDINGS,
    ]

    selection: reactive[tuple[str, ...]] = reactive(tuple)

    def __init__(
        self,
        db_path: Path,
        *,
        topics_path: Path | None = None,
        state_path: Path | None = None,
        corpus: Corpus | None = None,
        export_dir: Path | None = None,
    ) -> None:
        # What is alive now is mostly the imported modules (Textual, Rich, ours).  Building the first
        # screen allocates fast enough to trigger many collections, and each older-generation pass
        # would walk that whole heap again: about 50 ms of the first screen.
        freeze_heap_once("app built")
        super().__init__()
        from store.paths import user_state_path

        self.db_path = db_path
        self.topics_path = topics_path
        self.state_path = state_path or user_state_path(db_path)
        self.export_dir = export_dir
        self.preloaded = corpus
        self.corpus: Corpus | None = None
        self.user_state = UserState()
        self.index_ready = threading.Event()  # set by the loader thread; search waits on it
        # The filters of the last search chosen, this session: n/N run it again after a reload.
        self.last_search_filters: tuple[str | None, str | None, str | None] = (None, None, None)

    @property
    def is_ready(self) -> bool:
        """True once the corpus is loaded and the panes are filled (the bench's probe polls this)."""
        return self.corpus is not None and any(isinstance(s, MainScreen) and s.populated for s in self.screen_stack)

    def on_mount(self) -> None:
        self.push_screen(MainScreen())
        self.set_interval(CHECK_EVERY_S, self.check_database)  # a CLI ingest into this database (database_watch)

    def _back_to_main(self) -> MainScreen | None:
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is None or not main.populated:
            return None
        while self.screen is not main:
            self.pop_screen()
        return main

    def open_article(self, article_id: str, passage_id: str | None = None) -> None:
        """Back to the main screen, showing the article (at the passage, if given)."""
        if main := self._back_to_main():
            main.open_article(article_id, passage_id)

    def filter_articles(self, article_filter: ArticleFilter) -> None:
        """Back to the main screen, its article list narrowed to one outlet or claimant (or to none)."""
        if main := self._back_to_main():
            main.show_filter(article_filter)

    def open_passage(self, passage_id: str, spans: tuple[tuple[int, int], ...] = ()) -> None:
        """Back to the main screen, with the passage under the reader's cursor (other screens call this)."""
        if main := self._back_to_main():
            main.open_passage(passage_id, spans)

    def reload_corpus(
        self,
        *,
        known_articles: frozenset[str] | None = None,
        article_filter: ArticleFilter | None = None,
        show_article: str | None = None,
    ) -> None:
        """The database changed: a fresh main screen reads it again and restores the saved place,
        or, given the article ids there were before files were added, shows the newest new one.
        ``article_filter``: the outlet or claimant the article list stays narrowed to, if it still has articles.
        ``show_article``: after a removal, the article to show in place of the one gone."""
        self.save_state()
        self.stop_watching_database()  # the change being read is no news
        from tui.screens.passage_jump import drop_kept_comparison

        drop_kept_comparison(self)  # it shows the corpus being replaced
        self.preloaded = None
        self.corpus = None
        self.index_ready = threading.Event()
        self.switch_screen(
            MainScreen(known_articles=known_articles, article_filter=article_filter, show_article=show_article)
        )

    async def on_event(self, event: events.Event) -> None:
        # Escape and a letter typed fast arrive as one "alt+" key (see escape_then_key): act on
        # both, in order, so the Escape closes what it closes before the letter is handed out.
        if isinstance(event, events.Key) and not event.is_forwarded and (keys := escape_then_key(event)):
            for key in keys:
                await super().on_event(key)
            return
        await super().on_event(event)

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    # --- selection ------------------------------------------------------------------

    def toggle_selected(self, passage_id: str) -> bool:
        """Add or remove a passage; returns True if it is now selected."""
        if passage_id in self.selection:
            self.selection = tuple(p for p in self.selection if p != passage_id)
            return False
        self.selection = (*self.selection, passage_id)
        return True

    @on(ToggleSelection)
    def _toggle(self, message: ToggleSelection) -> None:
        self.toggle_selected(message.passage_id)

    def watch_selection(self, before: tuple[str, ...], selection: tuple[str, ...]) -> None:
        self.remember_selection(before, selection)
        self.user_state.selection = list(selection)
        self.save_state()
        self.refresh_bindings()  # the selection screen's Export and Copy dim while it is empty

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # On the selection screen Export and Copy are what the footer offers: greyed out while there is
        # nothing to export.  Elsewhere they are hidden keys, and pressing one says why nothing happened.
        # (Asked of every screen's bindings at start-up: the flag spares importing the selection screen.)
        if action in {"export_selection", "copy_selection"} and not self.selection \
                and getattr(self.screen, "GREYS_OUT_EMPTY_SELECTION", False):
            return None
        return self.check_selection_history(action)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return one_help(super().get_system_commands(screen), self.action_help)

    # --- state ------------------------------------------------------------------------

    def adopt(self, corpus: Corpus, state: UserState) -> list[str]:
        """Take the loaded corpus and the saved state; returns selection ids that no longer exist."""
        self.corpus = corpus
        self.user_state = state
        missing = [p for p in state.selection if p not in corpus.passages]
        self.selection = tuple(dict.fromkeys(p for p in state.selection if p in corpus.passages))
        self.forget_selection_history()  # undo starts from the selection as loaded
        self.watch_database()
        return missing

    def save_state(self) -> None:
        if self.corpus is None:
            return  # never overwrite saved state before it was read
        try:
            save_user_state(self.user_state, self.state_path)
        except OSError as error:
            self.notify(safe_text(f"Could not save your place: {error}"), severity="warning", markup=False)

    @on(WorkerFailed)
    def _report_failure(self, event: WorkerFailed) -> None:
        """The one place a failed worker becomes a notification; the app keeps running."""
        # Errors quote file names and paths: untrusted text, never raw escapes to the terminal.
        self.notify(safe_text(str(event.error)) or type(event.error).__name__, title="Error", severity="error", markup=False)


def build_app(
    db_path: Path | None = None,
    *,
    topics_path: Path | None = None,
    state_path: Path | None = None,
    corpus: Corpus | None = None,
    export_dir: Path | None = None,
) -> NkruApp:
    """The one way to make the app: CLI, tests, screenshots and the bench all call this."""
    from store.paths import default_db_path

    return NkruApp(
        Path(db_path).expanduser() if db_path else default_db_path(),
        topics_path=topics_path,
        state_path=state_path,
        corpus=corpus,
        export_dir=export_dir,
    )
