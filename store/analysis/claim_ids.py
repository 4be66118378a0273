"""Claim ids that stay distinct: a claim's id is its passage and its start."""

from __future__ import annotations

from store.ids import claim_id
from store.models import Claim


def make_ids_distinct(claims: list[Claim]) -> None:
    """Give a claim whose id another claim already holds the next free offset of its passage: a claim's id is its
    passage and start, and a sentence split by subject can give two claims the same start
    ("A couple hundred … were killed …, told VOA … could rise to 406,989": the count of losses and the rest).
    Ids key selections, exports and the database, so the later claim moves on, the same way on every ingest.
    """
    taken = {claim.id for claim in claims}
    if len(taken) == len(claims):
        return  # nearly always: nothing to do
    seen: set[str] = set()
    for claim in claims:
        if claim.id in seen:
            at = claim.start
            while claim_id(claim.passage_id, at) in taken:
                at += 1
            claim.id = claim_id(claim.passage_id, at)
            taken.add(claim.id)
        seen.add(claim.id)
