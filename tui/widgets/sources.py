"""The Sources pane: outlets and claimants; choosing one filters the article list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from store.models import ClaimantSummary, OutletSummary
from tui.formatting import DIM, one_line
from tui.widgets.lists import NavList


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What the article list is narrowed to; both None means every article."""

    outlet: str | None = None
    claimant: str | None = None

    @property
    def label(self) -> str:
        if self.outlet is not None:
            return f"outlet: {one_line(self.outlet)}"
        if self.claimant is not None:
            return f"claimant: {one_line(self.claimant)}"
        return "all articles"


def _heading(text: str) -> Option:
    return Option(Content.styled(text, "bold $text-secondary"), disabled=True)


def _counted(name: str, count: str, extra: str = "") -> Content:
    return Content.assemble(one_line(name), (f"  {count}", DIM), (extra, DIM))


class SourcesPane(NavList):
    """Outlets (with article counts and wire credits), then claimants (with claim counts)."""

    HELP_GROUP = "Sources pane"
    BORDER_TITLE = "1 Sources"
    BORDER_SUBTITLE = "articles · claims"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Filter articles", tooltip="Show only this outlet's or claimant's articles"),
        Binding("escape", "clear_filter", "All articles", tooltip="Drop the outlet or claimant filter"),
    ]

    @dataclass
    class FilterChosen(Message):
        article_filter: ArticleFilter

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._filters: dict[str, ArticleFilter] = {}

    def show_sources(
        self, outlets: list[OutletSummary], claimants: list[ClaimantSummary], total_articles: int
    ) -> None:
        self._filters = {"all": ArticleFilter()}
        options: list[Option] = [Option(_counted("All articles", str(total_articles)), id="all")]
        options.append(_heading("Outlets"))
        for number, outlet in enumerate(outlets):
            key = f"outlet-{number}"
            self._filters[key] = ArticleFilter(outlet=outlet.name)
            credits = f"  +{', '.join(one_line(c) for c in outlet.credits)}" if outlet.credits else ""
            options.append(Option(_counted(outlet.name, str(outlet.article_count), credits), id=key))
        if claimants:
            options.append(_heading("Claimants"))
        for number, claimant in enumerate(claimants):
            self._filters[f"claimant-{number}"] = ArticleFilter(claimant=claimant.name)

        def claimant_option(numbered: tuple[int, ClaimantSummary]) -> Option:
            number, claimant = numbered
            noun = "claim" if claimant.claim_count == 1 else "claims"
            return Option(_counted(claimant.name, f"{claimant.claim_count} {noun}"), id=f"claimant-{number}")

        self.set_paged_options(list(enumerate(claimants)), claimant_option, head=options)
        self.highlighted = 0

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id in self._filters:
            self.post_message(self.FilterChosen(self._filters[event.option_id]))

    def action_clear_filter(self) -> None:
        self.highlighted = 0
        self.post_message(self.FilterChosen(ArticleFilter()))
