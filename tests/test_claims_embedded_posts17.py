"""An embedded social post, set apart as a pull-quote and signed "— Name (@handle) date", is its author's words:
its figures are claims with the author as claimant, relayed by the platform its links name.  The signature is no
claim, an unsigned pull-quote still repeats the body and yields none, and the article's own thread of speakers
("he added") runs past the post as past any pull-quote.

Each article is a page shape of embedded posts in news coverage; none comes from a seed.
"""

from __future__ import annotations

from claim_builders import article_of, claim_with

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import Claim, PassageKind
from store.normalise import normalise_bytes

BEFORE = "Seoul's spy agency said on Thursday that Pyongyang had begun shipping heavy artillery to Russia."
POST = (
    "North Korea now shipping artillery systems to Russia. The M-1989 Koksan are long-range guns, roughly "
    "equivalents to Russian Pion systems, dozens of which have been destroyed by Ukraine "
    "https://t.co/AbCdE12345 pic.twitter.com/FgHiJ67890"
)
SIGNATURE = "— Maria Novak (@mnovak_osint) November 14, 2024"
AFTER = "Analysts expect more deliveries before the winter."


def _claims(*passages: tuple[PassageKind, str]) -> tuple[list[Claim], list[str]]:
    """Claims of an article of these passages, and the passages' ids."""
    article = article_of(*(text for _, text in passages))
    for passage, (kind, _) in zip(article.passages, passages, strict=True):
        passage.kind = kind
    return extract_claims(article, load_subject_taxonomy()), [p.id for p in article.passages]


def test_a_signed_post_s_figure_is_its_author_s_claim_relayed_by_x() -> None:
    claims, ids = _claims(
        (PassageKind.BODY, BEFORE), (PassageKind.PULLQUOTE, POST), (PassageKind.PULLQUOTE, SIGNATURE),
        (PassageKind.BODY, AFTER),
    )
    dozens = claim_with(claims, "dozens")
    assert (dozens.claimant, dozens.via, dozens.passage_id) == ("Maria Novak", "X", ids[1])
    assert not [c for c in claims if c.passage_id == ids[2]]  # the signature names the author, it claims nothing


def test_an_unsigned_pull_quote_still_yields_no_claim() -> None:
    claims, ids = _claims(
        (PassageKind.BODY, BEFORE), (PassageKind.PULLQUOTE, POST), (PassageKind.BODY, AFTER),
    )
    assert not [c for c in claims if c.passage_id == ids[1]]


def test_a_pull_quote_followed_by_a_body_paragraph_naming_a_handle_is_not_a_post() -> None:
    claims, ids = _claims(
        (PassageKind.PULLQUOTE, "About 12,000 troops were sent, officials said."),
        (PassageKind.BODY, SIGNATURE),
    )
    assert not [c for c in claims if c.passage_id == ids[0]]


def test_a_post_signed_in_its_own_paragraph_is_read_up_to_its_signature() -> None:
    glued = f"Kim's troops are in Kursk now: at least 3,000 of them, by my count https://t.co/AbC123 {SIGNATURE}"
    claims, ids = _claims((PassageKind.BODY, BEFORE), (PassageKind.PULLQUOTE, glued))
    count = claim_with(claims, "3,000")
    assert (count.claimant, count.via) == ("Maria Novak", "X")
    assert "Novak" not in count.text and "2024" not in count.text  # the signature is no part of the claim
    assert all(not any(f.surface.startswith("2024") for f in c.figures) for c in claims if c.passage_id == ids[1])


def test_a_dated_signature_under_a_post_without_links_names_no_platform() -> None:
    post = "By my count dozens of Koksan guns have crossed into Russia since September."
    claims, _ = _claims((PassageKind.PULLQUOTE, post), (PassageKind.PULLQUOTE, SIGNATURE))
    dozens = claim_with(claims, "dozens")
    assert (dozens.claimant, dozens.via) == ("Maria Novak", None)


def test_a_signature_without_a_name_gives_the_post_to_its_handle() -> None:
    claims, _ = _claims((PassageKind.PULLQUOTE, POST), (PassageKind.PULLQUOTE, "— 🇺🇦 (@kursk_watch) May 2, 2025"))
    assert claim_with(claims, "dozens").claimant == "@kursk_watch"


def test_whom_a_post_cites_keeps_the_claim_relayed_by_the_post_s_author() -> None:
    post = "Ukraine's HUR says 11,000 North Korean troops are now in Kursk https://t.co/ZzYy123"
    claims, _ = _claims((PassageKind.PULLQUOTE, post), (PassageKind.PULLQUOTE, SIGNATURE))
    troops = claim_with(claims, "11,000")
    assert troops.claimant not in (None, "Maria Novak") and troops.via == "Maria Novak"


def test_he_added_after_a_post_is_still_the_article_s_speaker() -> None:
    claims, _ = _claims(
        (PassageKind.BODY, "Can Kasapoglu, a fellow at the Hudson Institute, said the guns were the most powerful."),
        (PassageKind.PULLQUOTE, POST), (PassageKind.PULLQUOTE, SIGNATURE),
        (PassageKind.BODY, '"Pyongyang has hundreds of Koksan guns in its arsenal," he added.'),
    )
    assert claim_with(claims, "hundreds").claimant == "Can Kasapoglu"
    assert claim_with(claims, "dozens").claimant == "Maria Novak"


def test_two_posts_in_a_row_are_each_their_own_author_s() -> None:
    second = "Satellite images show at least 50 more Koksan guns at the Tumangang rail yard https://t.co/QqWw456"
    claims, _ = _claims(
        (PassageKind.PULLQUOTE, POST), (PassageKind.PULLQUOTE, SIGNATURE),
        (PassageKind.PULLQUOTE, second), (PassageKind.PULLQUOTE, "— Lee Min-jun (@minjun_lee) November 15, 2024"),
    )
    assert claim_with(claims, "dozens").claimant == "Maria Novak"
    assert claim_with(claims, "50").claimant == "Lee Min-jun"


def test_through_the_normaliser_a_page_s_embedded_post_is_its_author_s() -> None:
    raw = (
        "North Korea ships heavy guns to Russia\n\nBy Jane Doe\n\n"
        f"{BEFORE}\n\n{POST}\n\n{SIGNATURE}\n\n{AFTER}\n"
    )
    articles = normalise_bytes(raw.encode("utf-8"), "page.txt", suffix=".txt").articles
    kinds = [p.kind for p in articles[0].passages]
    assert PassageKind.PULLQUOTE in kinds
    claims = extract_claims(articles[0], load_subject_taxonomy())
    dozens = claim_with(claims, "dozens")
    assert (dozens.claimant, dozens.via) == ("Maria Novak", "X")
