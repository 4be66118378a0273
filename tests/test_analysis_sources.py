"""Outlet and claimant summaries, and claimant names."""

from __future__ import annotations

import pytest

from store.analysis.claimant_folding import canonical_names
from store.analysis.claimants import clean_claimant, looks_like_person
from store.analysis.generic_sources import is_generic
from store.analysis.sources import (
    UNKNOWN_OUTLET,
    summarise_claimants,
    summarise_outlets,
)
from store.models import Article, Claim


def article(aid: str, outlet: str | None, published: str | None, credit: str | None = None) -> Article:
    return Article(
        id=aid,
        source_file="f",
        source_sha256="0" * 64,
        ordinal=0,
        title=aid,
        outlet=outlet,
        published=published,
        credit=credit,
    )


def claim(aid: str, claimant: str | None) -> Claim:
    return Claim(id=f"{aid}@0", article_id=aid, passage_id=f"{aid}-000", text="t", start=0, end=1, claimant=claimant)


def test_outlets_with_counts_dates_and_credits() -> None:
    articles = [
        article("a", "Straits Times", "2025-07-01", "Bloomberg"),
        article("b", "Straits Times", "2025-03-05T10:00:00", "Reuters"),
        article("c", "Straits Times", None, "Bloomberg"),
        article("d", None, "2024-12-01"),
        article("e", "Asia Times", "2025-06-05"),
    ]
    summaries = summarise_outlets(articles)
    assert [(s.name, s.article_count) for s in summaries] == [
        ("Straits Times", 3),
        ("Asia Times", 1),
        (UNKNOWN_OUTLET, 1),
    ]
    straits = summaries[0]
    assert (straits.first_date, straits.last_date) == ("2025-03-05", "2025-07-01")
    assert straits.credits == ["Bloomberg", "Reuters"]
    assert UNKNOWN_OUTLET == "Unknown outlet"


def test_claimants_by_count_with_their_outlets() -> None:
    articles = {
        "a": article("a", "Business Insider", None),
        "b": article("b", "Asia Times", None),
        "c": article("c", None, None),
    }
    claims = [
        claim("a", "Dmytro Ponomarenko"),
        claim("b", "Dmytro Ponomarenko"),
        claim("a", "Dmytro Ponomarenko"),
        claim("c", "Oryx"),
        claim("a", None),
    ]
    summaries = summarise_claimants(claims, articles)
    assert [(s.name, s.claim_count, s.outlets) for s in summaries] == [
        ("Dmytro Ponomarenko", 3, ["Business Insider", "Asia Times"]),
        ("Oryx", 1, [UNKNOWN_OUTLET]),
    ]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Mr Kyrylo Budanov", "Kyrylo Budanov"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Pentagon press secretary Maj. Gen. Patrick Ryder", "Patrick Ryder"),
        ("US Deputy Secretary of State Kurt Campbell", "Kurt Campbell"),
        ("open-source intelligence (OSINT) group Oryx", "Oryx"),
        ("state media outlet Korean Central News Agency (KCNA)", "KCNA"),  # cleaned, then its alias
        ("an April estimate from the Korea Institute for Defence Analyses", "Korea Institute for Defence Analyses"),
        ("The Kyiv Independent's translation", "Kyiv Independent"),
        ("Seoul-based researcher Lee Sang-min of the Korea Institute for National Unification", "Lee Sang-min"),
        ("analysts at the Royal United Services Institute", "Royal United Services Institute"),
        ("The US", "the US"),
        ("U.S.", "the US"),
        ("South Korean officials", "South Korean officials"),
        ("a senior US military official", "senior US military official"),
        ("officials from South Korea, Ukraine, and the US", "officials from South Korea, Ukraine, and the US"),
        ("Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        ("he", None),
    ],
)
def test_clean_claimant(raw: str, name: str | None) -> None:
    assert clean_claimant(raw) == name


def test_person_names() -> None:
    assert looks_like_person("Bruce W. Bennett")
    assert not looks_like_person("Defense Intelligence of Ukraine")
    assert not looks_like_person("South Korean officials")
    assert not looks_like_person("After Yoon")


def test_canonical_names_fold_spellings_into_the_longest_full_name() -> None:
    mapping = canonical_names(
        [
            "Zelenskyy",
            "Volodymyr Zelenskyy",
            "Volodymyr Zelensky",
            "Zelensky",
            "Bruce Bennet",
            "Bruce W. Bennett",
            "Pat Ryder",
            "Patrick Ryder",
            "Kim Song",
            "Kim Yong-Hyun",
            "Kim",
        ]
    )
    assert {mapping[n] for n in ("Zelenskyy", "Volodymyr Zelensky", "Zelensky")} == {"Volodymyr Zelenskyy"}
    assert mapping["Bruce Bennet"] == "Bruce W. Bennett"
    assert mapping["Pat Ryder"] == "Patrick Ryder"
    # Different people who share a family name stay apart, and a bare "Kim" is too ambiguous to fold.
    assert mapping["Kim Song"] == "Kim Song" and mapping["Kim Yong-Hyun"] == "Kim Yong-Hyun" and mapping["Kim"] == "Kim"


# --- unnamed sources and unattributed reports -------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "generic"),
    [
        ("reports", "media reports"),
        ("Reports", "media reports"),
        ("some reports", "media reports"),
        ("media reports", "media reports"),
        ("news reports", "media reports"),
        ("unconfirmed reports", "media reports"),
        ("the media", "media reports"),
        ("local media", "local media reports"),
        ("Russian media reports", "Russian media reports"),  # was cut down to "Russian"
        ("South Korean media", "South Korean media reports"),
        ("North Korean state media", "North Korean state media reports"),
        ("sources", "unnamed sources"),
        ("a source", "unnamed sources"),
        ("some sources", "unnamed sources"),
        ("unnamed sources", "unnamed sources"),
        ("insiders", "unnamed sources"),
        ("people familiar with the matter", "unnamed sources"),
        ("Sources familiar with the assessments of several G20 countries", "unnamed sources"),
        ("senior Ukrainian military source", "unnamed Ukrainian military sources"),
        ("South Korean intelligence sources", "unnamed South Korean intelligence sources"),
        ("intelligence reports", "intelligence media reports"),  # no country: too little to name a body
    ],
)
def test_generic_claimants_fold_to_a_plainly_generic_name(raw: str, generic: str) -> None:
    name = clean_claimant(raw)
    assert name == generic
    assert is_generic(name)


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ("Yonhap reports", "Yonhap"),  # a named outlet's reports are the outlet's
        ("UN sources", "UN sources"),
        ("US officials", "US officials"),
        ("Korean Central News Agency", "KCNA"),  # the alias list folds it
        ("the Korea Herald", "Korea Herald"),
        # A country's intelligence, military or government writes its own reports: they are its claims.
        ("a Ukrainian intelligence report", "Ukrainian intelligence"),
        ("South Korean government reports", "South Korean government"),
    ],
)
def test_named_sources_are_not_generic(raw: str, named: str) -> None:
    name = clean_claimant(raw)
    assert name == named
    assert not is_generic(name)


def test_generic_claimants_are_one_claimant_in_the_summary() -> None:
    from store.analysis import analyse_articles
    from store.models import Passage, PassageKind

    texts = [
        "Some reports said 3,000 North Korean troops had been killed.",
        "Media reports put the toll at 4,000 North Korean troops killed.",
        "Sources said 12,000 troops had been deployed.",
        "According to people familiar with the matter, 15,000 troops have been deployed.",
    ]
    articles = []
    for i, text in enumerate(texts):
        passage = Passage(id=f"a{i}-000", article_id=f"a{i}", kind=PassageKind.BODY, text=text, order=0)
        articles.append(article(f"a{i}", f"Outlet {i}", None))
        articles[-1].passages = [passage]
    claims = analyse_articles(articles)
    summary = summarise_claimants(claims, {a.id: a for a in articles})
    assert [(s.name, s.claim_count) for s in summary] == [("media reports", 2), ("unnamed sources", 2)]


# --- word order -----------------------------------------------------------------------------


def test_names_with_the_same_words_in_another_order_are_one_claimant() -> None:
    names = [
        "officials from South Korea, Ukraine, and the US",
        "Officials in the US, Ukraine, and South Korea",
        "Officials in the US, Ukraine, and South Korea",
        "US officials",
        "South Korean officials",
    ]
    mapping = canonical_names(names)
    assert mapping["officials from South Korea, Ukraine, and the US"] == "Officials in the US, Ukraine, and South Korea"
    assert mapping["Officials in the US, Ukraine, and South Korea"] == "Officials in the US, Ukraine, and South Korea"
    # Different words are different claimants ("US" is not "South Korean").
    assert mapping["US officials"] == "US officials"
    assert mapping["South Korean officials"] == "South Korean officials"
