"""Leave the comparison screens (comparison, figure tracker, their pickers) for the reader, and come back.

A passage followed from the comparison is read in context, then the analyst wants the comparison
again, on the row they left: rebuilding it lost the sides' cursor (and, for outlets, took seconds).
So the comparison is kept (installed, which Textual never removes when it is popped) while the
reader shows the followed passage's article, and Escape there brings it back as it was.  The
figure tracker is kept the same way: Escape after following a figure went to the article list.
"""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen

#: The name the comparison a passage was followed from is kept under.
KEPT_COMPARISON = "comparison-followed-from"


def open_passage_in_reader(screen: Screen, passage_id: str, *, come_back: bool = False) -> None:
    """Leave the comparison screens and show the passage in the reader.

    Uses ``app.open_passage`` when the app has one; otherwise pops back to the
    first screen that is not one of ours and posts the shared ``OpenPassage``
    message to it (the main screen handles it).  ``come_back``: keep ``screen``
    for :func:`back_to_kept_comparison`.
    """
    # Imported here: both screens import this module, and it needs their types.
    from tui.messages import OpenPassage
    from tui.screens.compare import CompareScreen
    from tui.screens.compare_picker import FuzzyPicker
    from tui.screens.figures import FigureTrackerScreen

    app = screen.app
    drop_kept_comparison(app)
    if come_back:
        screen.followed_passage = passage_id  # type: ignore[attr-defined]  # CompareScreen's, FigureTrackerScreen's
        app.install_screen(screen, KEPT_COMPARISON)
        what = "figure tracker" if isinstance(screen, FigureTrackerScreen) else "comparison"
        app.notify(f"Escape in the reader goes back to the {what}.", timeout=3, markup=False)
    ours = (CompareScreen, FuzzyPicker, FigureTrackerScreen)
    while len(app.screen_stack) > 1 and isinstance(app.screen, ours):
        app.pop_screen()
    opener = getattr(app, "open_passage", None)
    if callable(opener):
        opener(passage_id)
    else:
        app.screen.post_message(OpenPassage(passage_id))


def back_to_kept_comparison(app: App[object], article_id: str | None) -> bool:
    """Show the kept comparison again if the reader (at ``article_id``) is still where it led.

    Once the reader has moved to another article the comparison is let go: Escape goes back as usual.
    """
    if not app.is_screen_installed(KEPT_COMPARISON):
        return False
    kept = app.get_screen(KEPT_COMPARISON)
    corpus = getattr(app, "corpus", None)
    followed = getattr(kept, "followed_passage", None)
    led_here = (
        corpus is not None
        and getattr(kept, "corpus", None) is corpus  # not after a reload: the sides may be gone
        and followed in corpus.passages
        and corpus.article_of(followed).id == article_id
    )
    if not led_here:
        drop_kept_comparison(app)
        return False
    app.uninstall_screen(KEPT_COMPARISON)  # popped again (Escape there), it is removed as usual
    app.push_screen(kept)
    return True


def drop_kept_comparison(app: App[object]) -> None:
    """Let the kept comparison go (a new one is opened, the database reloaded, the reader moved on)."""
    if not app.is_screen_installed(KEPT_COMPARISON):
        return
    kept = app.get_screen(KEPT_COMPARISON)
    app.uninstall_screen(KEPT_COMPARISON)
    if all(kept not in stack for stack in app._screen_stacks.values()):
        kept.remove()
