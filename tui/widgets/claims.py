"""The Claims pane: claims grouped by subject, each with its figure and who said it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from store.compare.subject_figures import NO_SUBJECT_LABEL
from store.corpus import Corpus
from store.models import Article, Claim
from tui.claim_rows import claim_detail_parts, claim_row_text
from tui.formatting import fit_lines, one_line, passage_claims_detail
from tui.messages import OpenPassage, ToggleSelection

UNCLASSIFIED = NO_SUBJECT_LABEL

ClaimNode = Claim | str  # a claim leaf, or a subject id on a branch ("" for unclassified)
MORE_CLAIMS = "\x00more"  # data of the leaf that adds the next page of a branch
NO_CLAIMS = "\x00none"  # data of the note an empty pane shows
NOT_SUBJECTS = (MORE_CLAIMS, NO_CLAIMS)
PAGE_SIZE = 200
TREE_MOVES = (
    ("shift+left", "cursor_parent"),
    ("shift+right", "cursor_parent_next_sibling"),
    ("shift+up", "cursor_previous_sibling"),
    ("shift+down", "cursor_next_sibling"),
    ("shift+space", "toggle_expand_all"),
)


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
        # Home and end move the cursor too (Tree's scroll actions do): one line each in help, not
        # "Scroll Home" beside "Top" as if they did different things.
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
        # Tree's own moves among siblings and ancestors, and its "expand or collapse all" (in a tree
        # two levels deep, what space does on a subject), named in Textual's words ("Cursor to next
        # ancestor"): help listed them beside the pane's keys as if an analyst needed them.  They
        # still work; help leaves out a binding with no description.
        *(Binding(key, action, "", show=False) for key, action in TREE_MOVES),
    ]

    @dataclass
    class ClaimHighlighted(Message):
        """The cursor is on this claim (None: on a subject or a "more" row)."""

        claim: Claim | None

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimsPane.ClaimHighlighted)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Claims", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._corpus: Corpus | None = None
        self._leaves: dict[str, TreeNode[ClaimNode]] = {}
        self._selected: frozenset[str] = frozenset()

    def show_claims(self, corpus: Corpus, selected: frozenset[str]) -> None:
        """One collapsed branch per subject; its claims are added when it is first opened.

        At ten thousand articles the pane holds over a hundred thousand claims, far
        more than a tree can lay out at start-up, so leaves come a page at a time.
        """
        self._corpus, self._selected = corpus, selected
        self.clear()
        self._leaves = {}
        counts = corpus.figure_claim_counts
        labels = corpus.subject_labels
        order: list[str | None] = [s.id for s in corpus.subject_summaries if counts.get(s.id)]
        order += sorted((s for s in counts if s is not None and s not in labels), key=str)
        if counts.get(None):
            order.append(None)
        for subject in order:
            title = labels.get(subject, subject) if subject else UNCLASSIFIED
            self.root.add(
                Text.assemble((one_line(title), "bold"), (f"  {counts[subject]:,}", "dim")),
                data=subject or "",
                allow_expand=True,
            )
        # The status bar counts every claim; the pane lists those with a figure: say so, or the two disagree.
        shown = sum(counts.values())
        total = corpus.claim_count
        self.border_subtitle = Content(
            f"{total:,} claim{'s' if total != 1 else ''}" if shown == total else f"{shown:,} with a figure · of {total:,}"
        )
        if self.root.children:  # the subject most claims are about is the one most users want first
            self.root.children[0].expand()
            self._ensure_leaves(self.root.children[0])
        else:  # a blank pane reads as "still loading" or "broken"
            self.root.add_leaf(Text("No claims with a figure yet.", style="dim italic"), data=NO_CLAIMS)
        self.cursor_line = 0

    def _ensure_leaves(self, branch: TreeNode[ClaimNode]) -> None:
        """Fill a subject's branch with its first page of claims when it is first opened."""
        if isinstance(branch.data, str) and branch.data not in NOT_SUBJECTS and not branch.children:
            self._add_leaf_page(branch)

    def _add_leaf_page(self, branch: TreeNode[ClaimNode]) -> None:
        """The next page of a subject's claims with a figure (the store lists those first)."""
        corpus = self._corpus
        key = branch.data
        assert corpus is not None and isinstance(key, str)
        subject = key or None
        if branch.children and branch.children[-1].data == MORE_CLAIMS:
            branch.children[-1].remove()
        shown = len(branch.children)
        total = corpus.figure_claim_counts.get(subject, 0)
        for claim in corpus.claims_page(subject, shown, min(shown + PAGE_SIZE, total)):
            self._leaves[claim.id] = branch.add_leaf(self._label(claim, self._selected), data=claim)
        if left := total - len(branch.children):
            label = f"▸ {left:,} more not shown yet: enter shows the next {min(left, PAGE_SIZE):,}"
            branch.add_leaf(Text(label, style="dim"), data=MORE_CLAIMS)

    def _label(self, claim: Claim, selected: frozenset[str]) -> Text:
        assert self._corpus is not None
        article = self._corpus.article(claim.article_id)
        return claim_row_text(claim, article, selected=claim.passage_id in selected)

    def render_label(self, node: TreeNode[ClaimNode], base_style: Style, style: Style) -> Text:
        """A label cut to the pane's width ends in "…": Tree crops it mid-word ("The Interpreter (Lowy"),
        which reads as the whole name.  The detail box under the pane and the tooltip give it in full."""
        label = super().render_label(node, base_style, style)
        if self._cut(node, label):
            label.truncate(self._label_room(node), overflow="ellipsis")
        return label

    def _cut(self, node: TreeNode[ClaimNode], label: Text) -> bool:
        return 0 < self._label_room(node) < label.cell_len

    def _label_room(self, node: TreeNode[ClaimNode]) -> int:
        """Cells left for a node's label once its guides are drawn (0 before the pane is laid out)."""
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        return self.scrollable_content_region.width - depth * self.guide_depth

    def label_is_cut(self, node: TreeNode[ClaimNode]) -> bool:
        return self._cut(node, super().render_label(node, Style(), Style()))

    @property
    def cut_subject(self) -> Text | None:
        """The subject under the cursor in full when its row is cut (a claim's row is given in full by its detail)."""
        node = self.cursor_node
        if node is None or isinstance(node.data, Claim) or node.data in NOT_SUBJECTS or not self.label_is_cut(node):
            return None
        return node.label

    def on_resize(self) -> None:
        # Whether a subject's row is cut depends on the width: say it again, so the detail box under
        # the pane gives the subject in full when it became cut, and drops it when it is whole again.
        node = self.cursor_node
        if node is not None and not isinstance(node.data, Claim):
            self.post_message(self.ClaimHighlighted(None))

    def watch_hover_line(self, previous: int, line: int) -> None:
        super().watch_hover_line(previous, line)
        # With the mouse, the row under the pointer in full: the detail box follows the cursor only.
        node = self.get_node_at_line(line) if line >= 0 else None
        self.tooltip = node.label if node is not None and node.data not in NOT_SUBJECTS and self.label_is_cut(node) else None

    @on(Tree.NodeHighlighted)
    def _claim_highlighted(self, event: Tree.NodeHighlighted[ClaimNode]) -> None:
        event.stop()
        data = event.node.data
        self.post_message(self.ClaimHighlighted(data if isinstance(data, Claim) else None))

    @on(Tree.NodeExpanded)
    def _fill_branch(self, event: Tree.NodeExpanded[ClaimNode]) -> None:
        event.stop()
        self._ensure_leaves(event.node)

    def mark_selected(self, selected: frozenset[str], changed: set[str]) -> None:
        """Relabel only the claims whose passage was just selected or dropped."""
        self._selected = selected
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
        if node.data == MORE_CLAIMS:
            return node.parent.data or None if node.parent is not None and isinstance(node.parent.data, str) else None
        if node.data == NO_CLAIMS:
            return None
        return node.data or None

    @on(Tree.NodeSelected)
    def _open_claim(self, event: Tree.NodeSelected[ClaimNode]) -> None:
        event.stop()
        claim = event.node.data
        if claim == MORE_CLAIMS and event.node.parent is not None:
            line = event.node.line
            self._add_leaf_page(event.node.parent)
            self.cursor_line = line  # onto the first claim of the new page
        elif isinstance(claim, Claim):
            self.post_message(OpenPassage(claim.passage_id, ((claim.start, claim.end),)))

    def action_toggle_selected(self) -> None:
        if (claim := self.current_claim) is not None:
            self.post_message(ToggleSelection(claim.passage_id))
        elif self.cursor_node is not None and self.cursor_node.data != NO_CLAIMS:
            self.action_toggle_node()


class ClaimDetail(Static):
    """Under the Claims pane: the claim under its cursor in full, wrapped (rows there are clipped);
    while the reader is in use, who claims what in the passage under its cursor, a claim a line."""

    # The box holds six lines: three for who claims the figure, three for where and when.  A claimant
    # or outlet longer than that ends in "…" (cut at the foot of a four-line box, the date went unseen).
    PART_LINES: ClassVar[int] = 3

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts: tuple[Content, Content, Content] | None = None
        self._subject: Content | None = None  # a cut subject, fitted to the width on every resize

    def show_claim(self, claim: Claim | None, article: Article | None) -> None:
        self.remove_class("-passage")
        self._subject = None
        if claim is None or article is None:
            self._parts = None
            self.update("")
            self.remove_class("-has-claim")
        else:
            self._parts = claim_detail_parts(claim, article)
            self._fit()
            self.add_class("-has-claim")

    def on_resize(self) -> None:
        if self._parts is not None or self._subject is not None:
            self._fit()

    def _fit(self) -> None:
        width = self.content_region.width
        if self._subject is not None:  # past the box's lines, cut with "…" at this width
            whole = width <= 0
            self.update(self._subject if whole else Content("\n").join(fit_lines(self._subject, width, 2 * self.PART_LINES)))
            return
        assert self._parts is not None
        who, where, when = self._parts
        if width <= 0:  # not laid out yet (hidden): drawn in full, fitted once it has a size
            self.update(Content.assemble(who, "\n", where, when))
            return
        lines = fit_lines(who, width, self.PART_LINES) + fit_lines(where, width, self.PART_LINES, when)
        self.update(Content("\n").join(lines))

    def show_subject(self, label: Text) -> None:
        """A subject whose row in the pane is cut, in full."""
        self._parts = None
        self._subject = Content.from_rich_text(label)
        self.remove_class("-passage")
        self._fit()
        self.add_class("-has-claim")

    def show_passage_claims(self, claims: list[Claim]) -> None:
        self._parts = None
        self._subject = None
        self.add_class("-passage")
        shown = passage_claims_detail(claims)
        self.update(shown)
        self.set_class(bool(shown.plain), "-has-claim")
