"""The main screen's five panes: which one is active, moving between them, and the pane tabs of narrow terminals.

A mixin of :class:`tui.screens.main.MainScreen`: what the panes show is wired there; here is only
where the user is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.reactive import reactive
from textual.widgets import Tab, Tabs

from tui.widgets.articles import ArticlesPane
from tui.widgets.claims import ClaimDetail, ClaimsPane
from tui.widgets.reader import Reader
from tui.widgets.typed_order import focus_now

PANES = ("sources", "topics", "claims", "articles", "reader")
PANE_LABELS = ("1 Sources", "2 Topics", "3 Claims", "4 Articles", "5 Reader")


class PaneTabs(Tabs, can_focus=False):
    """The pane switcher shown on narrow terminals, where one pane fills the screen."""


class SwitchesPanes:
    """The active pane follows focus (keys, clicks, tabs); narrow terminals get tabs to show it."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-medium"), (160, "-wide")]

    active_pane: reactive[str] = reactive("sources")

    if TYPE_CHECKING:  # provided by the Screen this is mixed into
        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def query(self, selector: Any) -> Any: ...
        def mount(self, *widgets: Any, before: Any = None) -> Any: ...
        app: Any

    @classmethod
    def _width_class(cls, width: int) -> str | None:
        return next((name for edge, name in sorted(cls.HORIZONTAL_BREAKPOINTS, reverse=True) if width >= edge), None)

    def focus_pane(self, pane: str) -> None:
        self.active_pane = pane
        widget = self.query_one(f"#{pane}")
        if isinstance(widget, ArticlesPane):
            widget.focus_list()
        else:
            focus_now(widget)

    def action_focus_pane(self, pane: str) -> None:
        if pane in PANES:
            self.focus_pane(pane)

    def action_next_pane(self) -> None:
        self.focus_pane(PANES[(PANES.index(self.active_pane) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.focus_pane(PANES[(PANES.index(self.active_pane) - 1) % len(PANES)])

    @staticmethod
    def _pane_tabs(active_pane: str | None) -> PaneTabs:
        tabs = (Tab(label, id=f"tab-{pane}") for pane, label in zip(PANES, PANE_LABELS))
        return PaneTabs(*tabs, active=active_pane and f"tab-{active_pane}")

    def on_resize(self, event: events.Resize) -> None:
        # The pane tabs are shown only on narrow terminals, so they are made when the screen
        # first is narrow rather than composed (and styled) hidden at every start-up.
        if self._width_class(event.size.width) == "-narrow" and not self.query(PaneTabs):
            self.mount(self._pane_tabs(self.active_pane), before="#workspace")

    def watch_active_pane(self, pane: str) -> None:
        for name in PANES:
            self.query_one(f"#{name}").set_class(name == pane, "-active")
        for column in self.query(".column"):
            column.set_class(any(child.id == pane for child in column.children), "-holds-active")
        for tabs in self.query(PaneTabs):
            tabs.active = f"tab-{pane}"
        self.query_one(ClaimDetail).set_class(pane in ("claims", "reader"), "-shown")  # only while those are in use
        self.show_claim_detail()

    def show_claim_detail(self) -> None:
        """The box under the Claims pane, for the pane in use: the claim under the Claims cursor, or
        who claims what in the reader's passage (asked "who says 12,000 troops, on whose authority?",
        the reader marked the figure and named no one)."""
        detail = self.query_one(ClaimDetail)
        corpus = getattr(self.app, "corpus", None)
        if corpus is None:
            detail.show_claim(None, None)
        elif self.active_pane == "reader":
            passage_id = self.query_one(Reader).current_passage_id
            detail.show_passage_claims(corpus.claims_in_passage(passage_id) if passage_id in corpus.passages else [])
        else:
            pane = self.query_one(ClaimsPane)
            claim = pane.current_claim
            if claim is None and (subject := pane.cut_subject) is not None:
                detail.show_subject(subject)
            else:
                detail.show_claim(claim, corpus.article(claim.article_id) if claim is not None else None)

    # Handlers by name, not @on: Textual gathers @on handlers only from its own classes, not a mixin.
    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Clicks move focus too: keep the active pane in step with wherever focus went.
        pane = next((node.id for node in event.widget.ancestors_with_self if node.id in PANES), None)
        if pane is not None:
            self.active_pane = pane

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        pane = (event.tab.id or "").removeprefix("tab-")
        if pane in PANES and pane != self.active_pane:
            self.focus_pane(pane)
