"""Leave the comparison screens (comparison, figure tracker, their pickers) for the reader."""

from __future__ import annotations

from textual.screen import Screen


def open_passage_in_reader(screen: Screen, passage_id: str) -> None:
    """Leave the comparison screens and show the passage in the reader.

    Uses ``app.open_passage`` when the app has one; otherwise pops back to the
    first screen that is not one of ours and posts the shared ``OpenPassage``
    message to it (the main screen handles it).
    """
    # Imported here: both screens import this module, and it needs their types.
    from tui.messages import OpenPassage
    from tui.screens.compare import CompareScreen
    from tui.screens.compare_picker import FuzzyPicker
    from tui.screens.figures import FigureTrackerScreen

    app = screen.app
    ours = (CompareScreen, FuzzyPicker, FigureTrackerScreen)
    while len(app.screen_stack) > 1 and isinstance(app.screen, ours):
        app.pop_screen()
    opener = getattr(app, "open_passage", None)
    if callable(opener):
        opener(passage_id)
    else:
        app.screen.post_message(OpenPassage(passage_id))
