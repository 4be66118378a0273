"""The comparison's subject finder ("/"): type a subject's name, or a word it is found by, and go there.

A mixin of :class:`tui.screens.compare.CompareScreen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from store.compare import SubjectComparison
from store.compare.subject_words import subject_haystack
from tui.formatting import one_line
from tui.screens.compare_picker import FuzzyPicker, PickerEntry
from tui.widgets.lists import NavList


class FindsSubjects:
    """"/" on the comparison screen."""

    if TYPE_CHECKING:  # provided by CompareScreen
        subjects: list[SubjectComparison]

        def notify(self, message: str, **kwargs: Any) -> None: ...
        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def open_picker(self, picker: FuzzyPicker, chosen: Any) -> None: ...

    def action_find_subject(self) -> None:
        """A dozen subjects, each many lines tall: "shells" was a long scroll away.  Type, and go there."""
        if not self.subjects:
            self.notify("No subjects to find: neither side has a claim with a figure.", markup=False)
            return
        # Matched on the subject's words too: "shels" is the shells share, whose label says "ammunition".
        entries = [PickerEntry(s.subject, Text(one_line(s.label)), subject_haystack(s.subject, s.label)) for s in self.subjects]

        def chosen(subject: str | None) -> None:
            claims = self.query_one("#compare-claims", NavList)
            index = next((i for i, o in enumerate(claims.options) if o.id == f"subject-{subject}"), None)
            if index is not None:
                claims.highlighted = index
                claims.focus()
                claims.scroll_to_highlight(top=True)

        self.open_picker(FuzzyPicker("Find which subject?", entries), chosen)
