"""Blind round 23 of search: what an analyst types who reads Russian sources, acronyms, datelines and
Boolean habits.

- A Korean name in the Russian system ("Kim Chen Yn", "Ким Чен Ын", "Tsoi Son Khi") finds the person
  English coverage writes "Kim Jong Un", "Choe Son Hui", ahead of other people sharing the surname.
- An acronym ("NIS", "HUR", "GUR", "KPA", "ISW", "KCNA") finds the passages that spell the name out, and
  the name typed out finds the acronym.
- A month and its abbreviation ("Nov 2024", "November 2024", "Sept") are one word, and a date pasted
  in ISO form ("2024-10-07", as the claims table gives it) finds it written in words.
- "NOT" in capitals, as news databases take it, excludes the next word or phrase.

Each is checked against a brute-force reading of the passages.
"""

from __future__ import annotations

import re

import pytest

from store.search import SearchIndex, parse_query
from search_builders import index_of

TEXTS = {
    "kju": "Kim Jong Un inspected a drone factory near Pyongyang on Tuesday.",
    "kju-hyph": "Kim Jong-un met the Russian defence minister in the capital.",
    "kju-ru": "Kim Chen Yn, the Russian transcript said, promised more help.",
    "kyj": "Kim Yo Jong issued a statement condemning the drills.",
    "kis": "A portrait of Kim Il Sung hung in the hall.",
    "kimc": "Kim Chol, a defector, described the training camps.",
    "csh": "Foreign Minister Choe Son Hui flew to Moscow for talks.",
    "chen": "Chen Wei, a Chinese analyst, doubted the figures.",
    "un": "The UN Security Council met on the deployment.",
    "nis-long": "South Korea's National Intelligence Service said 11,000 troops were deployed.",
    "nis-short": "The NIS told lawmakers that casualties had mounted.",
    "hur-long": "Ukraine's Main Intelligence Directorate said the troops arrived by train.",
    "hur-short": "HUR spokesman Andriy Yusov said on television that losses were heavy.",
    "gur-short": "According to the GUR, shells were shipped by rail.",
    "diu-long": "The Defence Intelligence of Ukraine released intercepted radio messages.",
    "kpa-long": "Soldiers of the Korean People's Army trained near Vladivostok.",
    "kpa-short": "KPA units moved to the front in December.",
    "isw-long": "The Institute for the Study of War assessed that the units were rotated.",
    "isw-short": "ISW analysts said the assault had stalled.",
    "kcna-long": "The Korean Central News Agency carried the statement in full.",
    "kcna-short": "KCNA published photographs of the launch.",
    "service": "The security service detained a courier at the border.",
    "nov-short": "The first units crossed the border in Nov 2024, the ministry said.",
    "nov-long": "Training ended in November 2024 near Ussuriysk.",
    "sept": "Shipments rose in Sept. 2024, satellite images showed.",
    "september": "By September the rail link was busy every night.",
    "kursk-troops": "North Korean troops were sent to Kursk in October.",
    "troops": "The troops trained for weeks before moving.",
    "kursk": "Kursk officials reported drone strikes.",
    "state-media": "The troops were praised by state media in Pyongyang.",
    "oct-iso": "By 2024-10-07 the trains had stopped.",
    "oct-words": "On 7 October 2024 the first convoy crossed.",
    "oct-abbr": "The convoy arrived on Oct. 7, 2024, officials said.",
    "oct-other-year": "In October 2023 the talks began.",
    "eleven": "About 11 trains crossed each week.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=50)]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))


def _holding_run(run: tuple[str, ...]) -> set[str]:
    """Brute force: the passages whose words hold ``run`` side by side."""
    n = len(run)
    return {pid for pid, text in TEXTS.items() if any(tuple(w[i : i + n]) == run for w in [_words(text)] for i in range(len(w)))}


# A person, the name as queried, and every writing of that person's name in the passages.
NAMES = [
    ("Kim Chen Yn ", [("kim", "jong", "un"), ("kim", "jong", "un"), ("kim", "chen", "yn")]),
    ("Ким Чен Ын ", [("kim", "jong", "un"), ("kim", "chen", "yn")]),
    ("Kim Jong Un ", [("kim", "jong", "un"), ("kim", "chen", "yn")]),
    ("Kim Ir Sen ", [("kim", "il", "sung")]),
    ("Цой Сон Хи ", [("choe", "son", "hui")]),
]


@pytest.mark.parametrize(("query", "writings"), NAMES)
def test_a_korean_name_in_the_russian_system_finds_the_person_first(index: SearchIndex, query: str, writings) -> None:
    wanted = set().union(*(_holding_run(run) for run in writings))
    if "kju" in wanted:
        wanted.add("kju-hyph")  # "Jong-un": the same words, hyphenated
    assert wanted, query
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked
    # Only after a Korean surname is a word read as a name syllable: "Chen" alone is a Chinese name.
    assert "kju" not in _ranked(index, "Chen ") and "kju" not in _ranked(index, "Wei Chen ")


ACRONYMS = {
    "nis": [("national", "intelligence", "service")],
    "hur": [("main", "intelligence", "directorate"), ("defence", "intelligence", "of", "ukraine"), ("gur",)],
    "gur": [("main", "intelligence", "directorate"), ("defence", "intelligence", "of", "ukraine"), ("hur",)],
    "kpa": [("korean", "people", "army")],
    "isw": [("institute", "for", "the", "study", "of", "war")],
    "kcna": [("korean", "central", "news", "agency")],
}


@pytest.mark.parametrize("acronym", sorted(ACRONYMS))
def test_an_acronym_finds_the_name_spelled_out_and_ranks_itself_first(index: SearchIndex, acronym: str) -> None:
    typed = _holding_run((acronym,))
    spelled = set().union(*(_holding_run(run) for run in ACRONYMS[acronym]))
    ranked = _ranked(index, acronym.upper() + " ")
    assert typed | spelled <= set(ranked), ranked
    assert ranked[0] in typed, ranked


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("National Intelligence Service ", "nis"),
        ("Main Intelligence Directorate ", "hur"),
        ("Korean People's Army ", "kpa"),
        ("Institute for the Study of War ", "isw"),
        ("Korean Central News Agency ", "kcna"),
    ],
)
def test_a_name_spelled_out_finds_its_acronym_below_itself(index: SearchIndex, name: str, acronym: str) -> None:
    spelled = _holding_run(tuple(_words(name)))
    ranked = _ranked(index, name)
    assert _holding_run((acronym,)) <= set(ranked), ranked
    assert ranked[0] in spelled, ranked
    # Only the whole name stands for the acronym: "security service" is no "NIS".
    assert "nis-short" not in _ranked(index, "security service ")


@pytest.mark.parametrize(
    ("query", "forms"),
    [
        ("November 2024 ", {"nov", "november"}),
        ("Sept ", {"sept", "sep", "september"}),
        ("September ", {"sept", "sep", "september"}),
    ],
)
def test_a_month_and_its_abbreviation_are_one_word(index: SearchIndex, query: str, forms: set[str]) -> None:
    wanted = {pid for pid, text in TEXTS.items() if set(_words(text)) & forms}
    assert len(wanted) == 2
    ranked = _ranked(index, query)
    assert set(ranked[:2]) == wanted, ranked


@pytest.mark.parametrize(
    ("query", "with_minus", "kept", "left_out"),
    [
        ("troops NOT Kursk", "troops -Kursk", ("troops",), ("kursk",)),
        ('troops NOT "state media"', 'troops -"state media"', ("troops",), ("state", "media")),
        ("NOT Kursk troops ", "-Kursk troops ", ("troops",), ("kursk",)),
    ],
)
def test_not_in_capitals_excludes_as_a_minus_does(index: SearchIndex, query: str, with_minus: str, kept, left_out) -> None:
    wanted = _holding_run(kept) - _holding_run(left_out)
    assert wanted and _holding_run(kept) & _holding_run(left_out)
    ranked = _ranked(index, query)
    assert wanted <= set(ranked) and not set(ranked) & _holding_run(left_out), ranked
    assert ranked == _ranked(index, with_minus)


def test_not_in_lower_case_or_in_a_query_all_in_capitals_is_a_word() -> None:
    assert parse_query("not confirmed").words == ["not", "confirmed"]
    assert parse_query("NOT CONFIRMED").words == ["not", "confirmed"]
    assert parse_query("NOT CONFIRMED").excluded == []
    assert parse_query("troops NOT Kursk").excluded == [["kursk"]]


def test_synonym_phrases_of_up_to_four_words_are_read_and_longer_ones_refused() -> None:
    from store.search.synonyms import parse_synonyms

    table = parse_synonyms({"group": [{"words": ["isw"], "phrases": ["institute for the study of war"]}]})
    assert table.of_run(["institute", "study", "war", "said"]) == (3, (("isw", 0.4),))
    assert table.of_run(["study", "war"]) == (0, ())
    with pytest.raises(ValueError, match="2 to 4 words"):
        parse_synonyms({"group": [{"words": ["x"], "phrases": ["one two three four five"]}]})


@pytest.mark.parametrize("query", ["2024-10-07", "2024-10 ", "2024-10"])
def test_an_iso_date_finds_the_date_written_in_words(index: SearchIndex, query: str) -> None:
    year, month, *day = query.strip().split("-")
    month_forms = {"october", "oct", month}
    wanted = {
        pid for pid, text in TEXTS.items()
        if year in _words(text) and set(_words(text)) & month_forms and (not day or {"7", "07"} & set(_words(text)))
    }
    assert wanted == {"oct-iso", "oct-words", "oct-abbr"}
    ranked = _ranked(index, query)
    assert set(ranked[:3]) == wanted, ranked
    # A two-digit number is a month only after a year: "10" or "11" alone is no October or November.
    assert "oct-words" not in _ranked(index, "10 ") and "nov-long" not in _ranked(index, "11 ")
