"""A count whose thousands are grouped is never a year, in any language's grouping."""

from __future__ import annotations

import pytest

from store.analysis.numbers import find_figures


@pytest.mark.parametrize("text", [
    "погибли 2 000 военных КНДР",  # a space groups the thousands: 2 000 reads "2000" once joined
    "rund 2.000 € im Monat",  # a German dot
    "Some 2,000 troops arrived",
    "загинули 1 999 військових",
])
def test_a_grouped_count_is_read_whole_even_when_it_looks_like_a_year(text: str) -> None:
    values = [f.value for f in find_figures(text)]
    assert values and values[0] in (2000, 1999), values
    assert 0 not in values and 999 not in values  # never the tail of the group on its own


@pytest.mark.parametrize("text", ["the year 2000 was", "in 2024 the war", "Resolution 2397 bans"])
def test_an_ungrouped_year_or_label_stays_no_figure(text: str) -> None:
    assert find_figures(text) == []


def _subjects_of(text: str) -> list[str | None]:
    from store.analysis import analyse_articles
    from store.normalise import normalise_text

    normalised = normalise_text(f"Title\n\n{text}\n", "t.txt", "0" * 64)
    return [claim.subject for claim in analyse_articles(normalised.articles) if claim.figures]


def test_the_german_article_die_is_no_casualty_cue() -> None:
    # "die" is an English verb of loss; "Die" opening a German sentence is the article.
    assert _subjects_of("Die HUR spricht von 12.000 Soldaten in der Region Kursk.") == ["troops_deployed"]


def test_the_english_verb_die_still_counts_casualties() -> None:
    assert _subjects_of("About 1,000 North Korean soldiers could die in Kursk by spring, HUR said.") == ["casualties"]


def test_an_exact_term_matches_only_as_written() -> None:
    from store.analysis.terms import TermMatcher

    matcher = TermMatcher([("=die", "loss"), ("killed", "loss")])
    found = [surface for _start, _end, surface, _payloads in matcher.find_all("Die Zahl: 40 die, 30 dies; 5 KILLED.")]
    assert sorted(found) == ["KILLED", "die", "dies"]


def _claims_of(text: str):  # type: ignore[no-untyped-def]
    from store.analysis import analyse_articles
    from store.normalise import normalise_text

    return [c for c in analyse_articles(normalise_text(f"Заголовок\n\n{text}\n", "t.txt", "0" * 64).articles) if c.figures]


@pytest.mark.parametrize("text", [
    "«Никаких доказательств присутствия 11 тысяч северокорейских солдат нет», — сказал Песков.",
    "«Жодних доказів присутності 11 тисяч північнокорейських солдатів немає», — заявив Пєсков.",
])
def test_no_evidence_of_a_figure_said_in_russian_or_ukrainian_denies_it(text: str) -> None:
    claims = _claims_of(text)
    assert claims and all(c.denied for c in claims), [(c.claimant, c.denied) for c in claims]


def test_evidence_presented_is_no_denial() -> None:
    claims = _claims_of("Доказательства присутствия 11 тысяч солдат КНДР представила разведка Южной Кореи.")
    assert claims and not any(c.denied for c in claims)
