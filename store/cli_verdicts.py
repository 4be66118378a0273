"""A compared subject's verdict in one line of words, for ``nkru-tui compare``: which figure stands against
which, or what changed over time, with who gave each figure and when (from ``comparison_json``'s dicts)."""

from __future__ import annotations

from typing import Any

from store.cli_claimant_words import claimant_words
from store.compare.figure_pairs import distinct_pairs

_VERDICT_WORDS = {
    "conflict": "CONFLICT", "consistent": "consistent", "incomparable": "not comparable (no figure in a shared unit)",
    "changed": "changed over time (no conflict: the sides' figures differ only between different dates)",
    "left-only": "left side only", "right-only": "right side only",
}


def verdict_line(group: dict[str, Any]) -> str:
    """A subject's verdict; for a conflict the first figure and the one it stands against, for a change over
    time the earlier figure and the later one, each with who gave it and when."""
    verdict = group.get("verdict") or ("conflict" if group.get("conflict") else "consistent")
    words = _VERDICT_WORDS.get(verdict, verdict)
    contradicted = group.get("contradicted") or []
    changed = group.get("changed") or []
    if verdict == "conflict" and contradicted:
        first = contradicted[0]
        against = f" against {first['against']}{_whose(first, 'against_')}" if first.get("against") else ""
        clashes = _pairs(contradicted)
        more = f" (+{clashes - 1} more)" if clashes > 1 else ""
        words += f": {first['side']} {first['figure']}{_whose(first)}{against}{more}"
        if changed:  # figures of this subject that differ only from the other side's of other times
            words += f"; {_pairs(changed)} other pair(s) of figures changed over time"
    elif verdict == "consistent" and (bounded := group.get("bound_only")):
        # One side gave only open bounds ("as many as 15,000"): consistent means no more than "inside the bound".
        sides = " and ".join(str(side) for side in bounded)
        words = f"consistent (bound only: the {sides} side{'s' if len(bounded) > 1 else ''} gave only an upper or lower " \
                f"bound, and the other's figures fall inside it)"
    elif verdict == "changed" and changed:
        first = changed[0]
        earlier = (first["side"], first["figure"], _whose(first))
        later = ("right" if first["side"] == "left" else "left", first.get("against") or "-", _whose(first, "against_"))
        if (first.get("date") or "") > (first.get("against_date") or ""):
            earlier, later = later, earlier
        words = "changed over time: {} {}{} then {} {}{}".format(*earlier, *later)
        if (changes := _pairs(changed)) > 1:
            words += f" (+{changes - 1} more)"
    return words


def _pairs(rows: list[dict[str, Any]]) -> int:
    """Pairs of figures set against each other (a pair comes once from each side): see ``distinct_pairs``."""
    return distinct_pairs(((row.get("claim_id"), row.get("figure")), (row.get("against_claim_id"), row.get("against")))
                          for row in rows)


def _whose(entry: dict[str, Any], prefix: str = "") -> str:
    """" (Pentagon, 2024-11-13)": who gave a figure and when, as far as the comparison knows."""
    parts = [str(part) for part in (entry.get(f"{prefix}claimant"), entry.get(f"{prefix}date")) if part]
    return f" ({', '.join(parts)})" if parts else ""


#: Claims a side lists under its subject; the conflicting and changed ones come first (--json has them all).
CLAIMS_PER_SIDE = 3


def side_lines(group: dict[str, Any]) -> list[str]:
    """Who claims what on each side, and when: "  left   11,000 troops · Pentagon · 2024-11-13"."""
    flagged = {entry.get("claim_id") for key in ("contradicted", "changed") for entry in group.get(key) or []}
    lines = []
    for side in ("left", "right"):
        claims = sorted(group.get(side) or [], key=lambda claim: claim.get("id") not in flagged)
        for claim in claims[:CLAIMS_PER_SIDE]:
            figures = ", ".join(f.get("display") or "?" for f in claim.get("figures") or []) or "no figure"
            who = claimant_words(claim.get("claimant"), denied=bool(claim.get("denied")))
            lines.append(f"  {side:<6} {figures} · {who} · {claim.get('date') or 'undated'}")
        if len(claims) > CLAIMS_PER_SIDE:
            lines.append(f"  {side:<6} + {len(claims) - CLAIMS_PER_SIDE:,} more (--json lists them all)")
    return lines
