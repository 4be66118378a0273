"""Who stands behind a claim, in the words every CLI table uses: the claimant, "denied by X" for a denial, and
"retracted by the article" for the article's own correction ("An earlier version of this article said 15,000")."""

from __future__ import annotations

from store.models import OWN_VOICE

#: The article correcting itself: no one denies the old figure, the article withdraws it (the figure
#: tracker, the claims pane and the exports say the same).
RETRACTED = "retracted by the article"


def claimant_words(claimant: str | None, *, denied: bool = False, via: str | None = None,
                   nobody: str = OWN_VOICE) -> str:
    """"Pentagon via Yonhap", "denied by the Kremlin", "retracted by the article"; ``nobody`` stands for a
    claim no one is named for that is not a correction (a table may print "-" there)."""
    if denied and not claimant:
        who = RETRACTED
    else:
        who = f"denied by {claimant}" if denied else (claimant or nobody)
    return f"{who} via {via}" if via else who
