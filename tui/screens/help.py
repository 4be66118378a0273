"""The help screen (? or F1): every binding, grouped, read from the classes themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.keys import SIDEWAYS, KeyLine, class_bindings, key_lines
from tui.widgets.lists import NavList
from tui.widgets.keybar import KeyBar

KEY_COLUMN = 22


def help_classes() -> Iterator[type[DOMNode]]:
    """Where bindings live, in the order a user meets them."""
    from tui.app import NkruApp
    from tui.screens.main import MainScreen
    from tui.screens.search import HitList, RecentList, SearchScreen
    from tui.screens.selection import SelectedList, SelectionScreen
    from tui.widgets.articles import ArticleList, TopicPassageList
    from tui.widgets.claims import ClaimsPane
    from tui.widgets.lists import NavList
    from tui.widgets.reader import Reader
    from tui.widgets.sources import SourcesPane
    from tui.widgets.topics import TopicsPane

    yield from (NkruApp, MainScreen, NavList, SourcesPane, TopicsPane, ClaimsPane, ArticleList)
    yield from (TopicPassageList, Reader, SearchScreen, HitList, RecentList, SelectionScreen, SelectedList)
    yield from _optional_screens()


def dialog_sections() -> Iterator[tuple[type[DOMNode], ...]]:
    """Each dialog with the widgets inside it that have keys of their own: one section each.

    A dialog is a place of its own: its escape means "cancel this", whatever the screens
    above said escape does, so its keys are listed whole (see ``HelpScreen.compose``).
    """
    from tui.screens.add_files import AddFilesDialog, PathInput
    from tui.screens.audit import AuditScreen
    from tui.screens.compare_picker import FuzzyPicker, PickerQuery
    from tui.screens.echoes import EchoPicker
    from tui.screens.export import ExportDialog, FormatChoice, OverwriteDialog
    from tui.screens.reanalyse import ReanalyseDialog
    from tui.screens.remove_source import RemoveSourceDialog

    yield from ((AddFilesDialog, PathInput), (RemoveSourceDialog,), (ReanalyseDialog,), (AuditScreen,))
    yield from ((ExportDialog, FormatChoice), (OverwriteDialog,), (FuzzyPicker, PickerQuery), (EchoPicker,))


def _optional_screens() -> Iterator[type[DOMNode]]:
    # Comparison and the figure tracker are built separately; list their keys once they exist.
    try:
        from tui.screens.compare import CompareScreen

        yield CompareScreen
    except ImportError:
        pass
    try:
        from tui.screens.figures import FigureGrid, FigureTrackerScreen

        yield from (FigureTrackerScreen, FigureGrid)  # the table's own: enter opens the figure's passage
    except ImportError:
        pass


class HelpScreen(ModalScreen[None]):
    HELP_GROUP: ClassVar[str] = "Help"
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 96; max-width: 100%; height: 90%;
        border: thick $primary; background: $panel;
    }
    HelpScreen VerticalScroll { padding: 0 1; }
    HelpScreen .help-group { margin-top: 1; text-style: bold; color: $text-secondary; }
    HelpScreen #help-intro, HelpScreen .help-note { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "app.pop_screen", "Close help", tooltip="Back to the app"),
        Binding("j", "scroll('down')", "Scroll down", show=False),
        Binding("k", "scroll('up')", "Scroll up", show=False),
        # g and G go to the top and bottom in every list of the app; here they did nothing.
        Binding("g", "scroll('home')", "Top", show=False),
        Binding("G", "scroll('end')", "Bottom", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Keys"
            with VerticalScroll(id="help-body"):
                yield Static(
                    Content(
                        "Everything works from the keyboard; the mouse works too. "
                        "ctrl+p opens the command palette, where every action can be found by name, "
                        "and any article, outlet or claimant by typing it (typos are fine)."
                    ),
                    id="help-intro",
                )
                # A key listed for the app or for every list holds everywhere; one listed for a
                # screen or its panes holds there only, and the next screen lists it again: the
                # comparison's "space Select" was left out for having been listed in search.
                # Textual's own screen keys (tab to the next field, copy) hold in every screen: once.
                everywhere: set[tuple[str, str]] = set()
                textual_screen_keys = {(b.key, b.action) for b in class_bindings(Screen)}
                skip: set[tuple[str, str]] = set()
                notes_given: set[str] = set()
                for cls in help_classes():
                    if issubclass(cls, Screen):
                        skip = set(everywhere)
                    bindings = [b for b in class_bindings(cls) if b.action not in SIDEWAYS]
                    lines = key_lines(self.app, bindings, skip=skip)
                    if cls is NavList or issubclass(cls, App):
                        everywhere.update((b.key, b.action) for b in bindings)
                    everywhere.update(textual_screen_keys & skip)
                    # What a key table cannot say (e.g. letters typed in search results carry on the
                    # query); once, where subclasses share it.
                    note = getattr(cls, "HELP_NOTE", None)
                    note = note if note and note not in notes_given else None
                    if lines or note:
                        yield Static(Content(_group_title(cls)), classes="help-group")
                    if lines:
                        yield Static(_lines(lines), classes="help-lines")
                    if note:
                        notes_given.add(note)
                        yield Static(Content(note), classes="help-note")
                for section in dialog_sections():
                    # Only the keys the app gave the dialog and its boxes (not Textual's text-editing
                    # keys), and not skipped for being listed above: there they did something else.
                    own: set[tuple[str, str]] = set()
                    lines = [line for cls in section for line in key_lines(self.app, class_bindings(cls, within="tui."), skip=own)]
                    if lines:
                        yield Static(Content(_group_title(section[0])), classes="help-group")
                        yield Static(_lines(lines), classes="help-lines")
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "home":
            body.scroll_home(animate=False)
        elif direction == "end":
            body.scroll_end(animate=False)
        else:
            body.scroll_relative(y=1 if direction == "down" else -1, animate=False)


def _group_title(cls: type[DOMNode]) -> str:
    return str(getattr(cls, "HELP_GROUP", None) or getattr(cls, "BINDING_GROUP_TITLE", None) or cls.__name__)


def _lines(lines: list[KeyLine]) -> Content:
    return Content("\n").join(
        Content.assemble((line.keys.ljust(KEY_COLUMN), "bold $text-accent"), line.description) for line in lines
    )
