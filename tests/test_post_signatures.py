"""Embedded posts from Bluesky and Mastodon: their handles are addresses ("@jane.bsky.social",
"@kim@mastodon.social") and Bluesky's date carries its time.  The normaliser already set such posts apart;
the claims reader, with its own narrower pattern, gave their figures to nobody.  Both now read one signature
(``store.post_signatures``), so a post the normaliser sets apart is credited to its author.
"""

from __future__ import annotations

import pytest
from claim_builders import article_of, claim_with

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import PassageKind
from store.post_signatures import post_signature

POST = "By my count at least 3,000 North Korean soldiers are now dug in around Sudzha."


def _claims_of_post(signature: str):  # type: ignore[no-untyped-def]
    article = article_of("Analysts have tracked the deployment closely.", POST, signature)
    article.passages[1].kind = article.passages[2].kind = PassageKind.PULLQUOTE
    return extract_claims(article, load_subject_taxonomy())


@pytest.mark.parametrize(("signature", "author", "via"), [
    ("— Jane Osint (@jane.bsky.social) November 5, 2024 at 9:14 AM", "Jane Osint", "Bluesky"),
    ("— Kim Analyst (@kim@mastodon.social) November 5, 2024", "Kim Analyst", None),
    ("— Maria Novak (@mnovak_osint) November 14, 2024", "Maria Novak", None),
])
def test_a_post_signed_with_an_address_handle_is_its_author_s(signature: str, author: str, via: str | None) -> None:
    count = claim_with(_claims_of_post(signature), "3,000")
    assert (count.claimant, count.via) == (author, via)


def test_a_handle_in_a_sentence_is_no_signature() -> None:
    assert post_signature("Follow our coverage (@nkru) for updates on the war in 2024 and beyond, every day.") is None
    assert post_signature("Jane Osint (@jane.bsky.social)") is None  # undated and no dash: a mention, not a signature
    assert post_signature("— Jane Osint (@jane.bsky.social)") is not None
