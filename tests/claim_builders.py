"""Building an article from paragraphs and reading its claims: what the blind-round claim tests share."""

from __future__ import annotations

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import Article, Claim, Passage, PassageKind


def article_of(*paragraphs: str, title: str = "Test", article_id: str = "blindart01") -> Article:
    """One article of body paragraphs, from a made-up wire outlet."""
    passages = [
        Passage(id=f"{article_id}-{i:03d}", article_id=article_id, kind=PassageKind.BODY, text=text, order=i,
                paragraph=i + 1)
        for i, text in enumerate(paragraphs)
    ]
    return Article(id=article_id, source_file=f"{article_id}.txt", source_sha256="0" * 64, ordinal=0, title=title,
                   outlet="Example Wire", passages=passages)


def claims_of(*paragraphs: str, title: str = "Test") -> list[Claim]:
    return extract_claims(article_of(*paragraphs, title=title), load_subject_taxonomy())


def claim_with(claims: list[Claim], surface_part: str, *, in_first_figure: bool = False) -> Claim:
    """The one claim with a figure written with ``surface_part`` (only its first figure, if asked)."""
    found = [
        c for c in claims
        if c.figures and any(surface_part in f.surface for f in (c.figures[:1] if in_first_figure else c.figures))
    ]
    assert len(found) == 1, [(c.claimant, c.text, [f.surface for f in c.figures]) for c in claims]
    return found[0]
