"""The Sources pane: outlets and claimants; choosing one filters the article list."""

from __future__ import annotations

from collections.abc import Sequence
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
from tui.widgets.one_line_rows import OneLineRow


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


CLAIMANT_KEY = "claimant-"


def _heading(text: str) -> Option:
    return Option(Content.styled(text, "bold $text-secondary"), disabled=True)


def _counted(name: str, count: str, extra: str = "") -> OneLineRow:
    return OneLineRow(Content(one_line(name)), Content.assemble((f"  {count}", DIM), (extra, DIM)))


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
        self._claimants: Sequence[ClaimantSummary] = ()

    def show_sources(
        self, outlets: Sequence[OutletSummary], claimants: Sequence[ClaimantSummary], total_articles: int
    ) -> None:
        self._filters = {"all": ArticleFilter()}
        options: list[Option] = [Option(_counted("All articles", f"{total_articles:,}"), id="all")]
        options.append(_heading("Outlets"))
        for number, outlet in enumerate(outlets):
            key = f"outlet-{number}"
            self._filters[key] = ArticleFilter(outlet=outlet.name)
            credits = f"  +{', '.join(one_line(c) for c in outlet.credits)}" if outlet.credits else ""
            options.append(Option(_counted(outlet.name, f"{outlet.article_count:,}", credits), id=key))
        if not outlets:
            options.append(Option(Content.styled("none yet: press a to add files", f"italic {DIM}"), disabled=True))
        if claimants:
            options.append(_heading("Claimants"))
        # A large corpus names a hundred thousand claimants: their rows and filters are made
        # only as pages are shown or chosen, never all at start-up.
        self._claimants = claimants

        def claimant_option(number: int) -> Option:
            claimant = claimants[number]
            noun = "claim" if claimant.claim_count == 1 else "claims"
            return Option(_counted(claimant.name, f"{claimant.claim_count:,} {noun}"), id=f"{CLAIMANT_KEY}{number}")

        self.set_paged_options(range(len(claimants)), claimant_option, head=options)
        self.highlighted = 0

    def _filter_for(self, option_id: str | None) -> ArticleFilter | None:
        if option_id is None:
            return None
        if option_id.startswith(CLAIMANT_KEY) and option_id[len(CLAIMANT_KEY) :].isdigit():
            number = int(option_id[len(CLAIMANT_KEY) :])
            return ArticleFilter(claimant=self._claimants[number].name) if number < len(self._claimants) else None
        return self._filters.get(option_id)

    @on(NavList.OptionHighlighted)
    def _name_in_full(self, event: NavList.OptionHighlighted) -> None:
        """The row under the cursor, whole, as the pane's tooltip: a long name is cut in its row."""
        prompt = event.option.prompt
        cut = isinstance(prompt, OneLineRow) and prompt.cell_length > self.scrollable_content_region.width
        self.tooltip = prompt.name.plain if cut else None

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if (chosen := self._filter_for(event.option_id)) is not None:
            self.post_message(self.FilterChosen(chosen))

    def action_clear_filter(self) -> None:
        self.highlighted = 0
        self.post_message(self.FilterChosen(ArticleFilter()))
