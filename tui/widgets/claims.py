"""The Claims pane: claims grouped by subject, each with its figure and who said it."""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from store.corpus import Corpus
from store.models import Claim
from tui.formatting import claim_row_text, one_line
from tui.messages import OpenPassage, ToggleSelection

UNCLASSIFIED = "Other figures"

ClaimNode = Claim | str  # a claim leaf, or a subject id on a branch


class ClaimsPane(Tree[ClaimNode]):
    """Subjects as branches, claims as leaves; enter opens the claim's passage."""

    HELP_GROUP: ClassVar[str] = "Claims pane"
    BORDER_TITLE = "3 Claims"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open claim", tooltip="Open the claim's passage in the reader"),
        Binding("space", "toggle_selected", "Select", tooltip="Add the claim's passage to the export selection"),
        Binding("f", "screen.figures", "Figures", tooltip="Every source's figure for this subject"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Claims", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._corpus: Corpus | None = None
        self._leaves: dict[str, TreeNode[ClaimNode]] = {}

    def show_claims(self, corpus: Corpus, selected: frozenset[str]) -> None:
        self._corpus = corpus
        self.clear()
        self._leaves = {}
        by_subject: dict[str | None, list[Claim]] = defaultdict(list)
        for claim in corpus.claims:
            if claim.figures:
                by_subject[claim.subject].append(claim)
        labels = {s.id: s.label for s in corpus.subject_summaries}
        order: list[str | None] = [s.id for s in corpus.subject_summaries if s.id in by_subject]
        order += sorted((s for s in by_subject if s is not None and s not in labels), key=str)
        if None in by_subject:
            order.append(None)
        for subject in order:
            claims = sorted(by_subject[subject], key=lambda c: self._sort_key(corpus, c))
            title = labels.get(subject, subject) if subject else UNCLASSIFIED
            branch = self.root.add(
                Text.assemble((one_line(title), "bold"), (f"  {len(claims)}", "dim")),
                data=subject or "",
                expand=True,
            )
            for claim in claims:
                leaf = branch.add_leaf(self._label(claim, selected), data=claim)
                self._leaves[claim.id] = leaf
        self.cursor_line = 0

    @staticmethod
    def _sort_key(corpus: Corpus, claim: Claim) -> tuple[str, float]:
        figure = claim.main_figure
        article = corpus.article(claim.article_id)
        return (article.published or "9999", figure.value if figure else 0.0)

    def _label(self, claim: Claim, selected: frozenset[str]) -> Text:
        assert self._corpus is not None
        article = self._corpus.article(claim.article_id)
        return claim_row_text(claim, article, selected=claim.passage_id in selected)

    def mark_selected(self, selected: frozenset[str], changed: set[str]) -> None:
        """Relabel only the claims whose passage was just selected or dropped."""
        for leaf in self._leaves.values():
            if isinstance(leaf.data, Claim) and leaf.data.passage_id in changed:
                leaf.set_label(self._label(leaf.data, selected))

    @property
    def current_claim(self) -> Claim | None:
        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, Claim) else None

    @property
    def current_subject(self) -> str | None:
        """The subject under the cursor (its branch, or the claim's subject)."""
        node = self.cursor_node
        if node is None:
            return None
        if isinstance(node.data, Claim):
            return node.data.subject
        return node.data or None

    def highlight_claim(self, claim_id: str) -> None:
        if leaf := self._leaves.get(claim_id):
            self.move_cursor(leaf)

    @on(Tree.NodeSelected)
    def _open_claim(self, event: Tree.NodeSelected[ClaimNode]) -> None:
        event.stop()
        claim = event.node.data
        if isinstance(claim, Claim):
            self.post_message(OpenPassage(claim.passage_id, ((claim.start, claim.end),)))

    def action_toggle_selected(self) -> None:
        if (claim := self.current_claim) is not None:
            self.post_message(ToggleSelection(claim.passage_id))
        else:
            self.action_toggle_node()
