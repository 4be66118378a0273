"""A compared subject's verdict, the line over its claims: which figure stands against which, what changed
over time, or what "consistent" rests on (a side that gave only a bound)."""

from __future__ import annotations

from rich.text import Text

from store.compare import AlignmentKind, Presence, SubjectComparison, Verdict
from store.compare.claim_comparison import figure_pairs
from store.compare.claim_times import claim_when
from store.compare.intervals import compared_interval, format_figure
from store.compare.toll_kinds import toll_of, with_toll
from store.compare.witnesses import is_open
from store.models import Claim
from tui.formatting import claimant_label, one_line


def verdict_header(entry: SubjectComparison, palette: dict[str, str]) -> Text:
    """What follows the subject's label: its verdict, and the figures the verdict rests on."""
    header = Text()
    if entry.conflict:
        header.append("  ")
        header.append(" CONFLICT ", style=f"bold reverse {palette['conflict']}")
        header.append_text(conflict_reason(entry))
    elif entry.verdict is Verdict.CHANGED:
        header.append("  ↻ changed over time, no conflict:", style=palette[AlignmentKind.SHARED])
        header.append_text(change_reason(entry))
    elif entry.verdict is Verdict.INCOMPARABLE:
        header.append("  ≠ units: no figure of one side counts what the other's do", style="dim")
    elif entry.presence is Presence.BOTH and entry.bound_only:
        # "as many as 15,000" against "11,000" is no agreement on a figure, only no contradiction: the
        # green "consistent" read as two sources confirming each other.
        header.append("  ✓ within a bound:", style=palette[AlignmentKind.SHARED])
        header.append_text(bound_reason(entry))
    elif entry.presence is Presence.BOTH:
        header.append("  ✓ consistent", style=palette[AlignmentKind.SHARED])
    elif entry.presence is Presence.LEFT_ONLY:
        header.append("  ◀ only left reported this", style=palette[AlignmentKind.LEFT_ONLY])
    else:
        header.append("  ▶ only right reported this", style=palette[AlignmentKind.RIGHT_ONLY])
    return header


def bound_reason(entry: SubjectComparison) -> Text:
    """" right gives only ≤ 15,000 troops (South Korean officials)"; both sides, if both did."""
    text = Text()
    for side in entry.bound_only:
        claims = entry.left if side == "left" else entry.right
        bound = next(((claim, figure) for claim in claims if not claim.denied for figure in claim.figures
                      if is_open(compared_interval(figure))), None)
        text.append(f" {side} gives only " + ("" if bound is not None else "bounds"), style="dim")
        if bound is not None:
            text.append(format_figure(bound[1]), style="bold")
            text.append(_whose(bound[0]), style="dim")
        if side != entry.bound_only[-1]:
            text.append(";", style="dim")
    return text


def conflict_reason(entry: SubjectComparison) -> Text:
    """Which figure stands against which: " ≈ 4,000 casualties (Zelenskyy) against hundreds (200–999 casualties)
    (US official)", and how many more.  A verdict the analyst cannot trace is one they cannot weigh: the two
    figures may be a revision over time, or count different things."""
    first = entry.contradictions[0]
    claims = {c.id: c for c in (*entry.left, *entry.right)}
    text = Text(" ")
    text.append(f"{first.side}: ", style="dim")
    mine, theirs = claims.get(first.claim_id), claims.get(first.against_claim_id)
    text.append(with_toll(format_figure(first.figure), mine and toll_of(mine, first.figure)), style="bold")
    text.append(_whose(mine), style="dim")
    if first.against is not None:
        text.append(" against ", style="dim")
        text.append(with_toll(format_figure(first.against), theirs and toll_of(theirs, first.against)), style="bold")
        text.append(_whose(claims.get(first.against_claim_id)), style="dim")
    if (clashes := figure_pairs(entry.contradictions)) > 1:
        text.append(f" (+{clashes - 1} more)", style="dim")
    return text


def change_reason(entry: SubjectComparison) -> Text:
    """The earlier figure, then the later one: " 11,000 troops (Pentagon, 2024-11-13) then 12,000 troops
    (NIS, 2025-01-20)".  Figures that differ only between dates are a revision, and the dates say so."""
    first = entry.changes[0]
    claims = {c.id: c for c in (*entry.left, *entry.right)}
    mine, theirs = claims.get(first.claim_id), claims.get(first.against_claim_id)
    steps = [(first.figure, mine), (first.against, theirs)]
    if (mine and claim_when(mine) or "") > (theirs and claim_when(theirs) or ""):
        steps.reverse()
    text = Text(" ")
    for index, (figure, claim) in enumerate(steps):
        if index:
            text.append(" then ", style="dim")
        text.append(format_figure(figure) if figure is not None else "-", style="bold")
        text.append(_whose(claim), style="dim")
    if (changes := figure_pairs(entry.changes)) > 1:
        text.append(f" (+{changes - 1} more)", style="dim")
    return text


def _whose(claim: Claim | None) -> str:
    if claim is None:
        return ""
    when = f", {claim.claim_date}" if claim.claim_date and not claim.claim_date.startswith("XXXX") else ""
    return f" ({one_line(claimant_label(claim))}{when})"
