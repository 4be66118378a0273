"""A figure whose owner is named only in a clause describing it.

* "The estimate, which US officials described as conservative, put the number at 12,000": whoever describes
  the estimate as their own judgement owns it (the content is what follows);
* "…has reached 12,000, a figure the Pentagon says is still growing" / "…, a figure which the Pentagon called
  conservative": the appositive names the owner of the figure just before (the content is what precedes).

Without this the verb's left noun phrase swallows the figure noun ("figure the Pentagon") or no speaker is found.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.phrases import plausible_source

_HEADS = r"(?:figure|estimate|number|tally|total|count|assessment|toll)s?"
_VERBS = (
    r"(?:described|describes|describe|called|calls|call|considered|considers|consider|deemed|deems|termed|terms|"
    r"characteri[sz]ed|characteri[sz]es|labell?ed|says|said|say|believes|believed|believe)"
)
# "The estimate, which …" opens the sentence; ", a figure (which) …" follows the figure it describes.
_DESCRIBED = re.compile(
    rf"(?:^|[,.!?]\s+)(?P<head>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?{_HEADS})"
    rf"(?P<rel>,?\s+(?:which|that)\s+|\s+)"
    rf"(?P<owner>(?:[\w'’.&-]+\s+){{0,5}}?[\w'’.&-]+)\s+(?:(?:has|have|had)\s+)?(?:also\s+|publicly\s+)?{_VERBS}\b"
)
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[\w-]+){0,3}$")  # "12,000", "12,000 more troops"


def described_figures(sentence: str) -> list[Anchor]:
    """One anchor per figure noun whose describing clause names its owner (see the module's docstring)."""
    if not (  # a figure noun, each tested in C (a generator over a tuple of them cost more than all the tests)
        " figure" in sentence or " estimate" in sentence or " number" in sentence or " tally" in sentence
        or " total" in sentence or " count" in sentence or " assessment" in sentence or " toll" in sentence
    ) or ("which " not in sentence and ", " not in sentence):
        return []
    anchors = []
    for match in _DESCRIBED.finditer(sentence):
        owner = match.group("owner")
        opening = match.start("head") <= 4 or sentence[match.start()] in ".!?"  # (a passage's later sentence)
        if not opening and not match.group("rel").strip() and not _FIGURE_BEFORE.search(sentence, 0, match.start()):
            continue  # without "which", only an appositive just after its figure: "12,000 troops, a figure X says"
        if opening and not match.group("rel").startswith(","):
            continue  # "The figure officials say …" opens a plain sentence: the verb's own anchor reads it
        if owner.lower() in PRONOUNS or not plausible_source(owner) or (claimant := clean_claimant(owner)) is None:
            continue
        anchors.append(Anchor(match.start("owner"), match.end(), owner, claimant,
                              content="right" if opening else "left", kind="owned"))
    return anchors
