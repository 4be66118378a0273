"""Round 26b of compare: a toll's killed and wounded counts are weighed apart, and the figure tracker sorts
by claimant.  Texts are written for these tests, in other words than any stored article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import make_article  # noqa: E402

from store.compare import compare_claim_sets, figure_table  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from store.models import Claim, Figure  # noqa: E402


def _claim(claim_id: str, text: str, surfaces: list[tuple[str, float, str]], *, claimant: str | None = "Someone",
           subject: str = "casualties", article_id: str = "a1") -> Claim:
    """A claim of ``text`` whose figures are found by their surface (written, value, unit)."""
    figures = []
    for surface, value, unit in surfaces:
        start = text.index(surface)
        qualifier = "approx" if surface.startswith(("about", "some", "약", "около")) else "exact"
        low = high = None if qualifier == "approx" else value
        figures.append(Figure(value=value, low=low, high=high, unit=unit, qualifier=qualifier, surface=surface,
                              start=start, end=start + len(surface)))
    return Claim(id=claim_id, article_id=article_id, passage_id=f"{article_id}-001", text=text, start=0,
                 end=len(text), claimant=claimant, subject=subject, figures=figures)


def _verdict(left: list[Claim], right: list[Claim]) -> str:
    (entry,) = compare_claim_sets(left, right)
    return str(entry.verdict)


def test_wounded_count_is_not_set_against_a_death_toll() -> None:
    left = [_claim("l", "Officials in Seoul said 400 soldiers were killed and 3,100 wounded in the fighting.",
                   [("400", 400, "soldiers"), ("3,100", 3100, "casualties")])]
    right = [_claim("r", "A Kyiv spokesman said about 410 troops had died.", [("about 410", 410, "troops")],
                    article_id="b1")]
    # weighed, killed against died, and found to agree ("incomparable" would be no verdict at all)
    assert _verdict(left, right) == _verdict(right, left) == "consistent"


def test_toll_words_before_the_figure_and_in_other_scripts() -> None:
    """Korean and Cyrillic tolls name the kind before the figure: "사망자는 약 500명, 부상자는 2천명"."""
    left = [_claim("l", "정보당국은 사망자는 약 500명, 부상자는 2천명으로 추정했다.",
                   [("약 500명", 500, "casualties"), ("2천명", 2000, "casualties")])]
    right = [_claim("r", "По словам представителя, погибли около 520 военных.", [("около 520", 520, "troops")],
                    article_id="b1")]
    assert _verdict(left, right) == "consistent"  # 약 500 killed weighed against около 520, not 2천 wounded


def test_totals_and_same_kinds_are_still_weighed() -> None:
    """Killed against killed, and a total against a total, still conflict when the figures differ."""
    killed = [_claim("l", "Analysts say 150 of them were killed and 900 wounded.",
                     [("150", 150, "troops"), ("900", 900, "troops")])]
    more_killed = [_claim("r", "The ministry said 2,000 soldiers died in January.", [("2,000", 2000, "soldiers")],
                          article_id="b1")]
    assert _verdict(killed, more_killed) == "conflict"
    total = [_claim("t", "Losses reached 7,000 killed or wounded, a spokesman said.", [("7,000", 7000, "troops")],
                    article_id="c1")]
    other_total = [_claim("u", "The agency counted 1,200 casualties.", [("1,200", 1200, "casualties")],
                          article_id="d1")]
    assert _verdict(total, other_total) == "conflict"
    # and a wounded count set against a total of the dead and the wounded only: 900 wounded is no conflict
    # with 7,000 killed or wounded, nor 150 killed; the killed 150 is no total either.
    assert _verdict(killed, total) != "conflict"


def test_figure_tracker_sorts_by_claimant_own_voice_last() -> None:
    texts = ["Zoe Analyst said 12,000 troops were sent.", "The paper counted 11,000 troops.",
             "Adam Officer said 10,000 troops were sent.", "Maria Source put it at 13,000 troops."]
    articles = [make_article(f"a{i}", [text], outlet=f"Outlet {i}", published=f"2024-12-0{i + 1}")
                for i, text in enumerate(texts)]
    claimants = ["Zoe Analyst", None, "Adam Officer", "Maria Source"]
    claims = []
    for article, text, who in zip(articles, texts, claimants, strict=True):
        surface = next(word for word in text.split() if word[0].isdigit())
        claim = _claim(f"{article.id}@0", text, [(surface, float(surface.replace(",", "")), "troops")],
                       claimant=who, subject="troops_deployed", article_id=article.id)
        claim.passage_id = article.passages[0].id
        claims.append(claim)
    corpus = Corpus.from_records(articles, claims)
    table = figure_table(corpus, "troops_deployed", sort="claimant")
    order = [group.representative.claimant for group in table.groups]
    assert order == ["Adam Officer", "Maria Source", "Zoe Analyst", None]
    assert table.sorted_by("date").sorted_by("claimant").groups == table.groups


def test_a_toll_figure_says_what_it_counts_in_the_comparison_views() -> None:
    """"≥ 300 troops" of a death toll read as troops deployed: the views name the kind beside the unit."""
    from store.compare.json_views import claim_json

    claim = _claim("l", "Officials in Seoul said 400 soldiers were killed and 3,100 wounded in the fighting.",
                   [("400", 400, "soldiers"), ("3,100", 3100, "casualties")])
    shown = [f["display"] for f in claim_json(claim)["figures"]]
    assert shown == ["400 soldiers (killed)", "3,100 casualties (wounded)"]
    total = _claim("t", "Losses reached 7,000 killed or wounded.", [("7,000", 7000, "troops")])
    assert [f["display"] for f in claim_json(total)["figures"]] == ["7,000 troops"]
