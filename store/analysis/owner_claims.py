"""The owner's claim inside a denial: "North Korea rejected Ukraine's claim that 4,000 … were killed".

The denial is North Korea's (``Claim.denied``); the figure is Ukraine's, and
an analyst comparing who says 4,000 must find Ukraine saying it.  So beside
the denial the extractor files the owner's own claim: the words from the
owner's name to where the denier's words resume ("…, calling it …"), with
the figures inside them, asserted, not denied.  A denial of an unowned or
nationally owned figure ("rejected a Ukrainian estimate", "rejected the
figure") gives no second claim: nobody is named to own it.
"""

from __future__ import annotations

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant, fold
from store.analysis.denials import denied_owner
from store.analysis.generic_sources import is_demonym
from store.analysis.phrases import plausible_source
from store.analysis.speakers import Speakers
from store.ids import claim_id
from store.models import Claim, Figure


def owner_claim(denial: Claim, speakers: Speakers, hedged: bool) -> Claim | None:
    """The claim of whoever owns the figure ``denial`` rejects, or None when nobody named owns it.

    ``hedged`` is whether the owner's words (``text`` of the new claim) hedge; the caller's test.
    """
    found = denied_owner(denial.text)
    if found is None or not denial.figures:
        return None
    start, end, raw = found
    inside = [f for f in denial.figures if start <= f.start and f.end <= end]
    bare = raw[4:] if raw.lower().startswith("the ") else raw
    if not inside or is_demonym(bare) or not plausible_source(raw):
        return None
    owner = clean_claimant(raw)
    if not owner:
        return None
    owner = speakers.resolve(Anchor(start, end, raw, owner, kind="owned")) or owner
    if denial.claimant and fold(owner) == fold(denial.claimant):
        if not denial.via:
            return None
        # "Peskov dismissed NIS reports about 12,000 troops": the reports' owner was read as the claimant and the
        # denier as its relay; the denial is the denier's own, and the owner's claim stands beside it.
        denial.claimant, denial.via = denial.via, None
    text = denial.text[start:end]
    figures = [
        Figure(f.value, f.low, f.high, f.unit, f.qualifier, f.surface, f.start - start, f.end - start) for f in inside
    ]
    return Claim(
        id=claim_id(denial.passage_id, denial.start + start),
        article_id=denial.article_id,
        passage_id=denial.passage_id,
        text=text,
        start=denial.start + start,
        end=denial.start + end,
        claimant=owner,
        subject=denial.subject if inside[0] is denial.figures[0] else None,
        hedged=hedged,
        figures=figures,
    )
