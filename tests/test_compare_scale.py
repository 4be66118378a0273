"""The tracker's grouping, claimant clustering and the comparison's contradictions, made fast for large
corpora, give exactly what comparing every pair gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store.compare.claim_comparison import find_contradictions
from store.compare.claimants import claimants_match, cluster_claimants
from store.compare.figure_tracker import FigureRow, _date_key, _is_echo_of, collapse_echoes
from store.compare.intervals import (
    APPROX_TOLERANCE,
    Agreement,
    Interval,
    compare_figures,
    compared_interval,
    figure_interval,
)
from store.models import Claim, Figure


def _row(number: int, value: float, qualifier: str, claimant: str, echo: str | None, date: str | None) -> FigureRow:
    low = high = value if qualifier == "exact" else None
    figure = Figure(value=value, low=low, high=high, unit="troops", qualifier=qualifier, surface=str(value))
    return FigureRow(
        claim_id=f"c{number:03d}", article_id=f"a{number % 7}", passage_id=f"p{number}", date=date, outlet="Outlet",
        credit=None, title="", claimant=claimant or None, via=None, claimant_key=claimant, figure=figure,
        interval=figure_interval(figure), sentence="", echo_group=echo,
    )


def _every_pair(rows: list[FigureRow]) -> list[list[str]]:
    """The rule, stated as plainly as possible: each row joins the first group whose first row it echoes."""
    groups: list[list[FigureRow]] = []
    for row in sorted(rows, key=_date_key):
        home = next((g for g in groups if _is_echo_of(row, g[0])), None)
        if home is None:
            groups.append([row])
        else:
            home.append(row)
    return [[r.claim_id for r in g] for g in groups]


rows_strategy = st.lists(
    st.tuples(
        # values a hair apart (within and just beyond 1%), and zero
        st.sampled_from([0.0, 99.0, 100.0, 101.0, 101.5, 1000.0, 1009.0, 1011.0, 12000.0, 12100.0, 12150.0]),
        st.sampled_from(["exact", "approx", "at_least", "at_most"]),
        st.sampled_from(["", "Seoul", "Kyiv", "the US"]),
        st.sampled_from([None, "e1", "e2"]),
        st.sampled_from([None, "2024-11-01", "2024-12-01", "2025-01-01"]),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(rows_strategy)
def test_indexed_grouping_equals_comparing_every_pair(specs: list[tuple]) -> None:
    rows = [_row(n, *spec) for n, spec in enumerate(specs)]
    assert [[r.claim_id for r in g.rows] for g in collapse_echoes(rows)] == _every_pair(rows)


NAMES = [
    "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Mr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy",
    "Kyrylo Budanov", "Budanov", "Mr Kyrylo Budanov", "the US", "The US", "US officials", "South Korean officials",
    "officials", "Sŭngri", "Sungri", "Kim Jong Un", "Kim Jong-un", "Kim Yong-Hyun", "Ukraine's military intelligence",
    "Ukraine", "NIS", "South Korea's National Intelligence Service", "Dmytro Ponomarenko", "Ponomarenko",
]


def test_clustering_joins_exactly_the_names_that_match_in_the_seeds_spellings() -> None:
    keys = cluster_claimants(NAMES)
    for a in NAMES:
        for b in NAMES:
            if claimants_match(a, b):
                assert keys[a] == keys[b], (a, b)
    assert keys["Zelensky"] == keys["Mr Zelenskyy"] == "Ukrainian President Volodymyr Zelenskyy"
    assert keys["Budanov"] == "Mr Kyrylo Budanov" and keys["Sungri"] == keys["Sŭngri"]
    assert keys["US officials"] != keys["South Korean officials"] != keys["officials"]


def _pairwise_clusters(names: list[str]) -> set[frozenset[str]]:
    """Clusters by comparing every pair: the rule the blocked clustering must reproduce."""
    clusters: list[set[str]] = []
    for name in names:
        joined = [c for c in clusters if any(claimants_match(name, other) for other in c)]
        merged = {name}.union(*joined)
        clusters = [c for c in clusters if c not in joined] + [merged]
    return {frozenset(c) for c in clusters}


SURNAMES = """Budanov Syrskyi Shoigu Lavrov Peskov Zakharova Kuleba Sybiha Umerov Yermak Podolyak Butusov
Lee Park Choi Kang Yoon Cho Jang Hwang Nam Shin Ryu Kwon Song Moon Baek Seo Oh Yang Han Jung Koh Ahn
Pacheco Pardo Ponomarenko Bielieskov Kofman Lee Dumbadze Tkach Fedorov Kovalenko""".split()


def test_blocked_clustering_equals_every_pair_on_many_spellings() -> None:
    variants = ["Budanow", "Syrsky", "Shoygu", "Peskow", "Zakharowa", "Ponomarenko", "Bieleskov", "Kovalenco"]
    names = [f"{first} {surname}" for first in ("Anna", "Ivan", "Mr", "Gen.") for surname in SURNAMES]
    names += SURNAMES + variants + [f"officials close to {s}" for s in SURNAMES[::4]]
    keys = cluster_claimants(names)
    blocked: dict[str, set[str]] = {}
    for name, key in keys.items():
        blocked.setdefault(key, set()).add(name)
    assert {frozenset(c) for c in blocked.values()} == _pairwise_clusters(names)
    assert keys["Budanow"] == keys["Budanov"] == keys["Mr Budanov"]
    assert len(blocked) >= 40, "one cluster per surname (a lone surname joins every first name to it)"


def _brute_contradictions(left: list[Claim], right: list[Claim]) -> list[tuple[str, str, float]]:
    """Every pair compared, as the rule says: comparable figures exist on the other side and none of them
    vouches for the figure.  A figure vouches with its interval, except an open-ended bound beside a bounded
    figure of its side that it agrees with: that bound vouches only for the number it names (± tolerance)."""
    found = []
    for side, own, other in (("left", left, right), ("right", right, left)):
        theirs = [f for c in other if not c.denied for f in c.figures]
        for claim in own:
            if claim.denied:
                continue
            for figure in claim.figures:
                mine = compared_interval(figure)
                comparable = [t for t in theirs if compare_figures(figure, t) is not Agreement.INCOMPARABLE]
                if comparable and not any(_vouches(t, comparable).overlaps(mine) for t in comparable):
                    found.append((side, claim.id, figure.value))
    return found


def _vouches(figure: Figure, its_side: list[Figure]) -> Interval:
    interval = compared_interval(figure)
    if interval.low is not None and interval.high is not None:
        return interval
    bounded = [compared_interval(f) for f in its_side]
    refined = any(b.low is not None and b.high is not None and b.overlaps(interval) for b in bounded)
    if not refined or (interval.low is None and interval.high is None):
        return interval
    if interval.high is None:
        return Interval(interval.low, interval.low + abs(interval.low) * APPROX_TOLERANCE, interval.unit)
    return Interval(interval.high - abs(interval.high) * APPROX_TOLERANCE, interval.high, interval.unit)


figures_strategy = st.one_of(
    st.builds(
        lambda value, qualifier, unit, spread: Figure(
            value=value, unit=unit, qualifier=qualifier, surface=str(value),
            low=value - spread if qualifier == "range" else None, high=value + spread if qualifier == "range" else None,
        ),
        st.sampled_from([0.0, 40.0, 50.0, 1000.0, 4000.0, 11000.0, 12000.0, 15000.0]),
        st.sampled_from(["exact", "approx", "at_least", "at_most", "range"]),
        st.sampled_from(["troops", "percent", ""]),
        st.sampled_from([0.0, 500.0, 3000.0]),
    ),
    # Orders of magnitude in words, whose ceiling a comparison lifts ("thousands" up to 19,999).
    st.sampled_from([
        Figure(value=200, low=200, high=999, unit="troops", qualifier="approx", surface="hundreds"),
        Figure(value=2000, low=2000, high=9999, unit="troops", qualifier="approx", surface="thousands"),
        Figure(value=150, low=150, high=300, unit="troops", qualifier="approx", surface="a couple hundred"),
    ]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.lists(figures_strategy, max_size=3), st.booleans()), max_size=12))
def test_sorted_intervals_find_the_same_contradictions_as_every_pair(specs: list[tuple]) -> None:
    claims = [
        Claim(id=f"c{n}", article_id="a", passage_id="a-000", text="", start=0, end=0, claimant=None,
              subject="troops_deployed", figures=figures, denied=denied)
        for n, (_on_left, figures, denied) in enumerate(specs)
    ]
    left = [c for c, spec in zip(claims, specs, strict=True) if spec[0]]
    right = [c for c, spec in zip(claims, specs, strict=True) if not spec[0]]
    fast = [(c.side, c.claim_id, c.figure.value) for c in find_contradictions(left, right)]
    assert fast == _brute_contradictions(left, right)
