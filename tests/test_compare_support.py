"""Shared records for the compare tests: seed articles and a troop-figures corpus.

Not a test module by itself (it only checks that its own fixtures are sane);
the other ``test_compare_*`` modules import from it.
"""

from __future__ import annotations

import re
from pathlib import Path

from store.corpus import Corpus
from store.models import Article, Claim, Figure, Passage

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BI_SEED = SEEDS / "002_c9bb0b8a601dbf4f.txt"
PONOMARENKO = "Dmytro Ponomarenko, Ukraine's ambassador to South Korea"


# --- articles ------------------------------------------------------------------


def make_article(
    article_id: str,
    texts: list[str],
    *,
    title: str | None = None,
    outlet: str | None = "Test Outlet",
    published: str | None = "2024-12-01",
    kinds: list[str] | None = None,
    credit: str | None = None,
) -> Article:
    kinds = kinds or ["body"] * len(texts)
    passages = []
    paragraph = 0
    for order, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if kind == "body":
            paragraph += 1
        passages.append(
            Passage(
                id=f"{article_id}-{order:03d}",
                article_id=article_id,
                kind=kind,
                text=text,
                order=order,
                paragraph=paragraph if kind == "body" else None,
            )
        )
    return Article(
        id=article_id,
        source_file="test.txt",
        source_sha256="0" * 64,
        ordinal=0,
        title=title or texts[0][:60],
        outlet=outlet,
        credit=credit,
        published=published,
        passages=passages,
    )


def _split_bi_seed() -> list[tuple[str, list[str]]]:
    """The Business Insider seed as (title, paragraphs) per article, split on its sign-off line.

    Deliberately naive (every paragraph is BODY, bullets aside): stable input for snapshots.
    """
    text = BI_SEED.read_bytes().decode("utf-8", errors="replace")
    chunks = re.split(r"^Read the original article on .*$", text, flags=re.MULTILINE)
    articles = []
    for chunk in chunks:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", chunk) if p.strip()]
        if len(paragraphs) > 3:
            articles.append((paragraphs[0], paragraphs[1:]))
    return articles


def _normalised_bi_articles() -> list[Article]:
    from store.normalise import normalise_bytes

    return list(normalise_bytes(BI_SEED.read_bytes(), BI_SEED.name).articles)


def seed_article(title_words: str) -> Article:
    """The Business Insider seed article, as the real normaliser reads it, whose title contains all
    ``title_words``. (It fell back to a naive split when the normaliser could not be imported, which never
    happens: a test of it would have passed on other input than the one it names.)"""
    wanted = title_words.lower().split()
    for article in _normalised_bi_articles():
        if all(w in article.title.lower() for w in wanted):
            return article
    raise LookupError(f"no normalised seed article titled with {title_words!r}")


def friendly_fire_article() -> Article:
    return seed_article("language barrier")


def surrender_article() -> Article:
    return seed_article("surrender")


def raw_bi_article(title_words: str, article_id: str, published: str) -> Article:
    """A Business Insider seed article split naively from the raw file (stable input for snapshots)."""
    wanted = title_words.lower().split()
    for title, paragraphs in _split_bi_seed():
        if all(w in title.lower() for w in wanted):
            kinds = ["bullet" if p.lstrip().startswith("•") else "body" for p in paragraphs]
            return make_article(
                article_id, paragraphs, title=title, kinds=kinds, outlet="Business Insider", published=published
            )
    raise LookupError(title_words)


def bi_pair_corpus() -> Corpus:
    """The two BI articles that share the Ponomarenko paragraph, with its claim on both sides."""
    left = raw_bi_article("language barrier", "ff", "2024-12-16")
    right = raw_bi_article("surrender", "sr", "2024-12-20")
    claims = []
    for article in (left, right):
        passage = next(p for p in article.passages if PONOMARENKO in p.text)
        claims.append(
            Claim(
                id=f"{passage.id}@0",
                article_id=article.id,
                passage_id=passage.id,
                text=passage.text,
                start=0,
                end=len(passage.text),
                claimant="Dmytro Ponomarenko",
                via="Voice of America",
                subject="troops_deployed",
                figures=[fig(15000, "at_most", surface="could reach 15,000"), fig(100000, surface="100,000")],
            )
        )
    return _pin_subject_labels(Corpus.from_records([left, right], claims))


def all_seed_paragraphs() -> list[str]:
    return [p for _, paragraphs in _split_bi_seed() for p in paragraphs]


# --- claims: the troop figures as the seeds state them ------------------------------


def fig(
    value: float,
    qualifier: str = "exact",
    unit: str = "troops",
    surface: str = "",
    low: float | None = None,
    high: float | None = None,
) -> Figure:
    if low is None and high is None and qualifier in ("exact", "approx"):
        low = high = value
    return Figure(value=value, low=low, high=high, unit=unit, qualifier=qualifier, surface=surface or str(value))


def _claim(
    article: Article,
    order: int,
    claimant: str | None,
    figures: list[Figure],
    *,
    via: str | None = None,
    subject: str = "troops_deployed",
) -> Claim:
    passage = article.passages[order]
    return Claim(
        id=f"{passage.id}@0",
        article_id=article.id,
        passage_id=passage.id,
        text=passage.text,
        start=0,
        end=len(passage.text),
        claimant=claimant,
        via=via,
        subject=subject,
        figures=figures,
    )


PONOMARENKO_TEXT = (
    f"{PONOMARENKO}, told Voice of America last month that the number could reach 15,000, with troops "
    "rotated out every two to three months. He said a cumulative 100,000 North Korean soldiers could serve "
    "in Russia within a year."
)


FIXTURE_SUBJECTS = {
    "troops_deployed": ("Troops deployed", "troops"),
    "casualties": ("Casualties", "casualties"),
    "construction_workers": ("Construction workers", "sappers"),
}


def _pin_subject_labels(corpus: Corpus) -> Corpus:
    """Fixed subject labels, so the tests (and snapshots) do not move when the shipped taxonomy is edited."""
    from collections import Counter

    from store.models import SubjectSummary

    counts = Counter(c.subject for c in corpus.claims if c.subject)
    corpus.__dict__["subject_summaries"] = [
        SubjectSummary(s, FIXTURE_SUBJECTS[s][0], n, FIXTURE_SUBJECTS[s][1]) for s, n in counts.most_common()
    ]
    return corpus


def troop_corpus() -> Corpus:
    """Six articles from three outlets with the seeds' troop estimates (and their echoes)."""
    st = make_article(
        "st",
        [
            "South Korean officials estimate as many as 15,000 North Korean troops have been deployed to fight "
            "in Russia, though estimates vary.",
            "Sergei Shoigu said North Korea would send 1,000 sappers to assist with the rebuilding of Kursk.",
        ],
        title="How North Korea is giving Russia an edge",
        outlet="The Straits Times",
        published="2025-07-20",
    )
    ff = make_article(
        "ff",
        [
            "Eight Russian soldiers were killed by North Korean forces in a recent friendly fire incident.",
            PONOMARENKO_TEXT,
        ],
        title="North Korean soldiers attacked Russian forces by mistake",
        outlet="Business Insider",
        published="2024-12-16",
    )
    sr = make_article(
        "sr",
        [
            "Ukraine is trying to persuade North Korean soldiers to surrender rather than fight alongside Russia.",
            PONOMARENKO_TEXT.replace(". He said a", ", with a").replace("could serve", "serving"),
        ],
        title="Ukraine is trying to convince North Korean soldiers to surrender",
        outlet="Business Insider",
        published="2024-12-20",
    )
    zl = make_article(
        "zl",
        [
            "Zelenskyy said there is evidence that about 12,000 North Korean troops have been deployed so far.",
            "A senior US military official said that North Korea's dead and wounded could be counted in the "
            "hundreds, with as many as 1,000 killed.",
        ],
        title="Zelenskyy says Russia is treating the first North Korean soldiers well",
        outlet="Business Insider",
        published="2024-11-08",
    )
    us = make_article(
        "us",
        [
            "The US believes that more than 11,000 North Korean troops have deployed to Kursk in Russia.",
        ],
        title="China is increasingly unnerved",
        outlet="Business Insider",
        published="2024-11-29",
    )
    bb = make_article(
        "bb",
        [
            "The US assesses that over 11,000 North Korean troops have deployed to Kursk.",
            "Ukraine's intelligence said some 4,000 North Korean soldiers had been killed or wounded.",
        ],
        title="North Korea appears to be sending its howitzers",
        outlet="Bloomberg",
        published="2024-12-05",
        credit="Bloomberg",
    )
    claims = [
        _claim(st, 0, "South Korean officials", [fig(15000, "at_most", surface="as many as 15,000")]),
        _claim(st, 1, "Sergei Shoigu", [fig(1000, unit="sappers")], subject="construction_workers"),
        _claim(
            ff,
            1,
            "Dmytro Ponomarenko",
            [fig(15000, "at_most", surface="could reach 15,000"), fig(100000, surface="a cumulative 100,000")],
            via="Voice of America",
        ),
        _claim(
            sr,
            1,
            "Dmytro Ponomarenko",
            [fig(15000, "at_most", surface="could reach 15,000"), fig(100000, surface="a cumulative 100,000")],
            via="Voice of America",
        ),
        _claim(zl, 0, "Zelenskyy", [fig(12000, "approx", surface="about 12,000")]),
        _claim(
            zl,
            1,
            "A senior US military official",
            [fig(1000, "at_most", unit="casualties", surface="as many as 1,000")],
            subject="casualties",
        ),
        _claim(us, 0, "The US", [fig(11000, "at_least", surface="more than 11,000", low=11000)]),
        _claim(bb, 0, "the US", [fig(11000, "at_least", surface="over 11,000", low=11000)]),
        _claim(
            bb,
            1,
            "Ukraine's intelligence",
            [fig(4000, "approx", unit="casualties", surface="some 4,000")],
            subject="casualties",
        ),
    ]
    return _pin_subject_labels(Corpus.from_records([st, ff, sr, zl, us, bb], claims))


def test_support_fixtures_are_sane() -> None:
    corpus = troop_corpus()
    assert len(corpus.articles) == 6
    assert {c.subject for c in corpus.claims} == {"troops_deployed", "casualties", "construction_workers"}
    left, right = friendly_fire_article(), surrender_article()
    assert left.id != right.id
    assert any(PONOMARENKO in p.text for p in left.passages)
    assert any(PONOMARENKO in p.text for p in right.passages)
