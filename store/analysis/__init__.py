"""Analysis at ingest time: topics on every passage, claims with claimants and figures.

``analyse_articles`` is what ingest calls; ``assign_echo_groups`` links
repeated passages across the whole corpus (ingest calls it over every stored
passage, since a new article can repeat an old one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.models import Article, Claim

if TYPE_CHECKING:
    from store.analysis.claimant_folding import canonicalise_claimants
    from store.analysis.echoes import assign_echo_groups

__all__ = ["analyse_articles", "assign_echo_groups", "canonicalise_claimants", "fold_file_claimants"]


def __getattr__(name: str) -> Any:
    # The app imports small parts (topic summaries, subject labels) at start-up; importing
    # the claim extractor and numpy with them would cost it a third of a second.
    if name == "canonicalise_claimants":
        from store.analysis.claimant_folding import canonicalise_claimants

        return canonicalise_claimants
    if name == "assign_echo_groups":
        from store.analysis.echoes import assign_echo_groups

        return assign_echo_groups
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def analyse_articles(
    articles: list[Article],
    *,
    topics_path: Path | None = None,
    subjects_path: Path | None = None,
    fold_claimants: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> list[Claim]:
    """Tag every passage's topics in place and return every claim, in article and passage order.

    Claimant names are folded across the articles given ("Zelensky",
    "Volodymyr Zelenskyy" → one name); call ``canonicalise_claimants`` on the
    whole corpus's claims to fold across separate ingests too.  With ``fold_claimants``
    false the names stay as each article gives them: the caller analyses one file's
    articles in parts and folds them together (see ``store.ingest_pool``).  ``progress``
    is told (passages done, passages in all) as the claims are read, the slow part.
    """
    from store.analysis.claim_dates import date_claims
    from store.analysis.claims import extract_claims
    from store.gc_pause import gc_paused
    from store.analysis.subjects import load_subject_taxonomy
    from store.analysis.topics import load_topic_taxonomy, tag_passages

    topics = load_topic_taxonomy(topics_path)
    subjects = load_subject_taxonomy(subjects_path)
    claims: list[Claim] = []
    total = sum(len(article.passages) for article in articles) if progress is not None else 0
    done = 0
    with gc_paused():
        for article in articles:
            tag_passages(article, topics)
            if progress is None:
                found = extract_claims(article, subjects)
            else:
                found = extract_claims(article, subjects, lambda index, before=done: progress(before + index, total))
                done += len(article.passages)
                progress(done, total)
            date_claims(found, article.published)  # each claim's own date: read from its sentence, else the article's
            claims.extend(found)
        if fold_claimants:
            fold_file_claimants(claims)
    return claims


def fold_file_claimants(claims: list[Claim]) -> None:
    """Fold the claimant names of one file's claims together; each claim keeps its result as its file's name."""
    from store.analysis.claimant_folding import canonicalise_claimants

    # As written: the corpus-wide fold puts Russian and Ukrainian names into the nominative, so the pool's
    # workers need not each load the morphology dictionaries (~45 MB) for a file's own names.
    canonicalise_claimants(claims, in_nominative=False)
    for claim in claims:
        claim.claimant_in_file = claim.claimant
