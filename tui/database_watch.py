"""Notice a database changed by another process (``nkru-tui ingest`` in another terminal), and offer to reload.

Mixed into the App.  The database file's size and modification time are read every few seconds in a
thread (a stat on a network drive can stall), set aside while the app's own writes reload it, and a
change is announced once; F5 (or the palette's "Reload the database") reads it again, with the place
and the selection kept as on any reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.binding import Binding, BindingType
from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[None]
else:
    _Base = object

#: Seconds between looks at the database file: an analyst switching back from a terminal sees it soon.
CHECK_EVERY_S = 3.0

Stamp = tuple[int, int]  # size, modification time in ns


def database_stamp(db_path: Path) -> Stamp | None:
    try:
        info = Path(db_path).stat()
    except OSError:
        return None  # not there (a corpus built in memory): nothing to watch
    return info.st_size, info.st_mtime_ns


@dataclass
class DatabaseStamped(Message):
    stamp: Stamp | None
    baseline: bool  # read as the corpus was taken: what later looks are held against


class WatchesDatabase(_Base):
    db_path: Path
    WATCH_BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5", "reload_database", "Reload the database", id="reload", show=False,
                tooltip="Read the database again: after an ingest or removal from the command line"),
    ]
    _loaded_stamp: Stamp | None = None
    _announced_stamp: Stamp | None = None

    def watch_database(self) -> None:
        """Call as a corpus is taken from the database: its file as it is now is the one shown."""
        self._loaded_stamp = self._announced_stamp = None
        self._look_at_database(baseline=True)

    def stop_watching_database(self) -> None:
        """Call before the app's own write and reload: that change is no news."""
        self._loaded_stamp = self._announced_stamp = None

    def check_database(self) -> None:
        """The timer's look: a thread stats the file and reports back."""
        writing = any(getattr(screen, "WRITES_DATABASE", False) for screen in self.screen_stack)
        if self._loaded_stamp is not None and not writing:
            self._look_at_database(baseline=False)

    @work(thread=True, exclusive=True, group="database-watch", exit_on_error=False)
    def _look_at_database(self, baseline: bool) -> None:
        self.post_message(DatabaseStamped(database_stamp(self.db_path), baseline))

    def on_database_stamped(self, message: DatabaseStamped) -> None:  # by name: @on needs a MessagePump class
        if message.baseline:
            self._loaded_stamp = message.stamp
            return
        if self._loaded_stamp is None or message.stamp is None or message.stamp in (self._loaded_stamp, self._announced_stamp):
            return
        self._announced_stamp = message.stamp
        self.notify("The database changed on disk (articles added or removed elsewhere, e.g. by `nkru-tui ingest`). "
                    "Press F5 to reload it; your place and selection are kept.", title="Database changed",
                    timeout=12, markup=False)

    def action_reload_database(self) -> None:
        back_to_main = getattr(self, "_back_to_main")
        if back_to_main() is None:
            self.notify("The database is still loading.", markup=False)
            return
        self.stop_watching_database()
        getattr(self, "reload_corpus")()
