"""Opens the database in a thread: first-run build with progress, then the search index."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from threading import Event

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from store.corpus import Corpus
from store.state import UserState, load_user_state
from tui.formatting import safe_text
from tui.messages import WorkProgress
from tui.workers import ReportsWorkerErrors


@dataclass(frozen=True, slots=True)
class LoadRequest:
    db_path: Path
    topics_path: Path | None
    state_path: Path
    corpus: Corpus | None = None  # given by tests and the bench: skip the database


class LoadingPanel(ReportsWorkerErrors, Vertical):
    """Shows what the loader is doing; hidden once the corpus is in."""

    class Progress(WorkProgress):
        pass

    @dataclass
    class Loaded(Message):
        corpus: Corpus
        state: UserState
        built: bool
        seconds: float

    @dataclass
    class Failed(Message):
        reason: str

    @dataclass
    class IndexProgress(Message):
        """How far a search index rebuild has got (only when no current index file exists)."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, LoadingPanel.IndexProgress)

    @dataclass
    class IndexReady(Message):
        seconds: float
        error: str | None = field(default=None)

    def compose(self) -> ComposeResult:
        with Vertical(id="load-box"):
            yield Static(Content("Opening the article database…"), id="load-message")

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self, request: LoadRequest, index_ready: Event, first_paint: Event) -> None:
        """Runs in a thread: touches no widget, reports by message only.

        The search index is warmed only after ``first_paint``: building it holds
        the GIL, and the first screen matters more than the first search.
        """
        started = time.perf_counter()
        worker = get_current_worker()
        try:
            corpus, built = request.corpus, False
            if corpus is None:
                from store.first_run import ensure_database

                built = ensure_database(request.db_path, topics_path=request.topics_path, progress=self._progress)
                corpus = Corpus.open(request.db_path, progress=self._progress_before_long_step)
            # Warm the cached summaries here so the UI thread only draws them.
            for summary in ("outlet_summaries", "claimant_summaries", "topic_summaries", "subject_summaries"):
                getattr(corpus, summary)
            # The Reader's topic tags need the topic ranking module: imported here, not on the UI thread.
            import store.analysis.topics  # noqa: F401
            state = load_user_state(request.state_path)
        except Exception as error:
            self.post_message(self.Failed(str(error) or type(error).__name__))
            raise  # the App's Worker.StateChanged handler notifies
        if worker.is_cancelled:
            return
        self.post_message(self.Loaded(corpus, state, built, time.perf_counter() - started))
        while not first_paint.wait(0.05):
            if worker.is_cancelled:
                return
        self._warm_index(corpus, index_ready)

    def _warm_index(self, corpus: Corpus, index_ready: Event) -> None:
        started = time.perf_counter()
        error = None
        try:
            from store.search import ensure_index

            # After the first screen; a rebuild (no current index file) reports its progress.
            ensure_index(corpus, progress=lambda done, total: self.post_message(self.IndexProgress(done, total)))
        except Exception as exc:  # noqa: BLE001 - search still works lazily; say so instead of failing the load
            error = f"Search index not prepared: {exc}"
        finally:
            index_ready.set()
        self.post_message(self.IndexReady(time.perf_counter() - started, error))

    def _progress(self, message: str, done: int, total: int) -> None:
        self.post_message(self.Progress(message, done, total))

    def _progress_before_long_step(self, message: str, done: int, total: int) -> None:
        """Report, then let the UI thread paint it: parsing a large database holds the GIL for seconds."""
        self._progress(message, done, total)
        time.sleep(0.1)

    @on(Progress)
    async def _show_progress(self, event: Progress) -> None:
        if not self.display or self.has_class("-failed"):
            return  # a report that arrives after the failure must not hide its message
        # The bar is mounted only for long work (a first build): opening a built database is instant.
        if not self.query(ProgressBar):
            await self.query_one("#load-box").mount(ProgressBar(show_eta=False, id="load-progress"))
        self.query_one("#load-message", Static).update(Content(safe_text(event.message)))
        self.query_one(ProgressBar).update(total=max(event.total, 1), progress=event.done)

    def show_failure(self, reason: str) -> None:
        self.add_class("-failed")
        self.query_one("#load-message", Static).update(
            Content.assemble(
                ("Could not open the article database\n\n", "bold $text-error"),
                safe_text(reason),  # may quote a path: never raw escapes to the terminal
                ("\n\nStart with another database: nkru-tui --db PATH.  Press q to quit.", "$text-muted"),
            )
        )
        for bar in self.query(ProgressBar):
            bar.display = False
