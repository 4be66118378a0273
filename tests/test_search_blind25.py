"""Blind round 25 of search: what an analyst types that passages write another way, checked by brute force.

- "a third", "a quarter", "an eighth" typed are the share ("1/3", "one-third"), as "one third" was; "a third
  battalion" (an ordinal's article before a noun) is not.
- A typo in an acronym ("NSI") still finds the name it stands for ("National Intelligence Service"), and a
  typo in the name ("Natinal Intelligence Service") the acronym.
- A date typed with dots, day first ("04.11.2024"), or slashes ("4/11/2024", day or month first), finds it
  in words and in the other figures; a whole date in words finds it in figures.
- A sentence pasted with a quotation of its own that holds a typo finds its passage, not nothing.
- A long query repeating a word ("1 1 1 ...", 2,000 characters) does the work of the word once.
- A name typed in one transliteration ("Zelensky") ranks the passages spelling it so first, as a figure's
  form typed does ("11th" before "eleventh"), then the others ("Zelenskyy").
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

import pytest

from store.cli import main
from store.search import IndexDoc, SearchIndex
from store.search import fractions as fractions_module
from store.search import index as index_module
from store.search import ranking
from store.search.synonyms import MAX_PHRASE_WORDS, SynonymTable
from search_builders import index_of

TEXTS = {
    # shares
    "13-digits": "Nearly 1/3 of the force was wounded, the ministry said.",
    "13-hyph": "One-third of the unit was lost in the first week.",
    "13-a": "A third of the troops were killed.",
    "14-digits": "Officials said 1/4 of the shells were duds.",
    "14-a": "A quarter of the shells failed on firing, a report found.",
    "14-words": "One quarter of the launchers were left in Kursk.",
    "18-digits": "Only 1/8 of the missiles hit their targets.",
    "18-an": "An eighth of the missiles missed by a wide margin.",
    "12-digits": "By one estimate 1/2 of the troops were conscripts.",
    "12-half": "Half of the troops left the region in January.",
    # ordinals and other figures: no share
    "third-ord": "A third battalion arrived in the spring.",
    "third-quarter": "In the third quarter deliveries rose.",
    "eighth-ord": "The eighth brigade moved north.",
    "digits": "Two brigades and 3 regiments were moved, 1 officer said.",
    # acronyms and the names they stand for
    "nis": "The NIS told lawmakers the troops had moved.",
    "nis-name": "The National Intelligence Service briefed lawmakers on Tuesday.",
    "kpa": "KPA engineers laid mines near the border.",
    "kpa-name": "The Korean People's Army sent engineers to Kursk.",
    "service": "The postal service was cut in the region.",
    # dates
    "d-words": "On 4 November 2024 the ministry said troops arrived.",
    "d-us": "Nov. 4, 2024: Troops came to Kursk.",
    "d-dots": "Pressemitteilung vom 04.11.2024: Truppen in Kursk.",
    "d-dots-short": "Сообщение от 4.11.2024 о войсках в Курске.",
    "d-iso": "Log entry dated 2024-11-04 on the deployment.",
    "d-slash": "Posted 4/11/2024 by the press office.",
    "d-april": "On April 11, 2024 the talks began in Moscow.",
    "d-other": "On 5 November 2024 more troops came.",
    "d-25": "Posted 25/11/2024 by the press office.",
    "d-nov25": "The second wave came on November 25, 2024.",
    "d-may25": "Talks were held on 11 May 2025.",
    # a sentence with a quotation
    "quote": 'Pyongyang said its partnership with Moscow "fully conforms to international law and the UN charter", '
             "the agency reported on Friday.",  # fmt: skip
    "quote-other": "Moscow said the treaty conforms to the law of both countries, the agency reported.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=60)]


# --- shares -------------------------------------------------------------------------------------------

_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "eighth": 8}
_NUMERATORS = {"a": 1, "an": 1, "one": 1}


def _shares(text: str) -> set[Fraction]:
    """Brute force: the shares a passage writes, in digits or in words, before "of"; "Half of" is a half."""
    found = {Fraction(int(a), int(b)) for a, b in re.findall(r"\b([1-9])/([1-9])\b", text)}
    for top, bottom in re.findall(r"\b(an?|one)[\s-]+(half|third|quarter|eighth)\s+of\b", text, re.IGNORECASE):
        found.add(Fraction(_NUMERATORS[top.lower()], _DENOMINATORS[bottom.lower()]))
    if re.match(r"half of\b", text, re.IGNORECASE):
        found.add(Fraction(1, 2))
    return found


@pytest.mark.parametrize(("query", "share"), [("a third ", Fraction(1, 3)), ("A third", Fraction(1, 3)),
                                              ("a quarter ", Fraction(1, 4)), ("a quarter of the shells ", Fraction(1, 4)),
                                              ("an eighth ", Fraction(1, 8)), ("a half ", Fraction(1, 2))])  # fmt: skip
def test_an_article_before_a_share_word_is_the_share(index: SearchIndex, query: str, share: Fraction) -> None:
    wanted = {pid for pid, text in TEXTS.items() if share in _shares(text)}
    assert len(wanted) >= 2 and any("/" in TEXTS[pid] for pid in wanted), share
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked


def test_an_article_before_an_ordinal_and_a_noun_is_no_share(index: SearchIndex) -> None:
    # "a third battalion" is the article of an ordinal: "1/3" is nothing it asks for...
    ranked = _ranked(index, "a third battalion ")
    assert ranked[0] == "third-ord" and "13-digits" not in ranked
    # ... while "a third" alone is the share, ahead of every ordinal.
    ranked = _ranked(index, "a third ")
    assert {"13-digits", "13-hyph", "13-a"} == set(ranked[:3]), ranked


# --- acronyms and names, with a typo -----------------------------------------------------------------


def _holding_all(*words: str) -> set[str]:
    return {pid for pid, text in TEXTS.items() if all(re.search(rf"\b{w}\b", text, re.IGNORECASE) for w in words)}


@pytest.mark.parametrize(("query", "acronym", "name"), [("NSI ", "NIS", ("national", "intelligence", "service")),
                                                        ("KAP ", "KPA", ("korean", "people's", "army"))])  # fmt: skip
def test_a_typo_in_an_acronym_finds_the_name_it_stands_for(index: SearchIndex, query: str, acronym: str, name: tuple[str, ...]) -> None:
    wanted = _holding_all(acronym) | _holding_all(*name)
    assert len(wanted) == 2
    ranked = _ranked(index, query)
    assert set(ranked[:2]) == wanted, ranked
    assert "service" not in ranked  # one word of the name is no name


def test_a_typo_in_an_acronym_no_passage_writes_finds_the_name() -> None:
    # Nothing to be one letter off from in the corpus: the table's own acronym is what "NSI" misspells.
    names = {pid: text for pid, text in TEXTS.items() if pid in {"nis-name", "service", "kpa-name"}}
    index = SearchIndex.build(IndexDoc(passage_id=pid, article_id=pid, title="Item", outlet=None, text=text)
                              for pid, text in names.items())  # fmt: skip
    assert _ranked(index, "NIS ") == ["nis-name"]
    assert _ranked(index, "NSI ") == ["nis-name"]


@pytest.mark.parametrize(("query", "acronym"), [("Natinal Intelligence Service ", "NIS"), ("Korean Peple's Army ", "KPA"),
                                                ("national inteligence service ", "NIS")])  # fmt: skip
def test_a_typo_in_a_name_finds_its_acronym(index: SearchIndex, query: str, acronym: str) -> None:
    ranked = _ranked(index, query)
    assert _holding_all(acronym) <= set(ranked), ranked


def test_a_word_off_by_more_than_its_budget_names_no_acronym() -> None:
    # "Nation Intelligent Servers" is three other words, not the service's name.
    table = SynonymTable({}, {}, {("national", "intelligence", "service"): (("nis", 0.45),)})
    assert table.of_run(["natinal", "intelligence", "service"])[0] == 3
    assert table.of_run(["nation", "intelligent", "servers"]) == (0, ())


# --- dates --------------------------------------------------------------------------------------------

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _dates(text: str) -> set[date]:
    """Brute force: every date a passage writes; a date with slashes is read day first and month first."""
    found: set[date] = set()

    def add(year: str, month: int, day: str) -> None:
        try:
            found.add(date(int(year), month, int(day)))
        except ValueError:
            pass

    for day, month, year in re.findall(r"\b(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})", text):
        add(year, _MONTHS.index(month.lower()) + 1, day)
    for month, day, year in re.findall(r"\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})", text):
        if month.lower() in _MONTHS:
            add(year, _MONTHS.index(month.lower()) + 1, day)
    for day, month, year in re.findall(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):
        add(year, int(month), day)
    for year, month, day in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        add(year, int(month), day)
    for first, second, year in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
        add(year, int(second), first)
        add(year, int(first), second)
    return found


def _dated(*days: date) -> set[str]:
    return {pid for pid, text in TEXTS.items() if _dates(text) & set(days)}


@pytest.mark.parametrize(("query", "days"), [("04.11.2024 ", [date(2024, 11, 4)]), ("4.11.2024", [date(2024, 11, 4)]),
                                             ("4/11/2024 ", [date(2024, 11, 4), date(2024, 4, 11)]),
                                             ("11/4/2024 ", [date(2024, 11, 4), date(2024, 4, 11)]),
                                             ("25/11/2024 ", [date(2024, 11, 25)])])  # fmt: skip
def test_a_date_typed_in_figures_finds_it_written_every_way(index: SearchIndex, query: str, days: list[date]) -> None:
    wanted = _dated(*days)
    assert len(wanted) >= 2 and any("." in TEXTS[pid] and "/" not in TEXTS[pid] for pid in _dated(date(2024, 11, 4)))
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked


def test_an_iso_date_finds_it_written_with_dots(index: SearchIndex) -> None:
    wanted = _dated(date(2024, 11, 4))
    ranked = _ranked(index, "2024-11-04 ")
    assert set(ranked[: len(wanted)]) == wanted, ranked


@pytest.mark.parametrize("query", ["4 November 2024 ", "Nov 4 2024 ", "November 4, 2024 "])
def test_a_date_in_words_finds_it_written_in_figures(index: SearchIndex, query: str) -> None:
    wanted = _dated(date(2024, 11, 4))  # in words, with dots, in ISO, with slashes
    assert {"d-dots", "d-iso", "d-slash"} <= wanted
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked


# --- a pasted sentence with a quotation of its own -------------------------------------------------------


def test_a_pasted_sentence_whose_quotation_holds_a_typo_finds_its_passage(index: SearchIndex) -> None:
    pasted = 'partnership with Moscow "fully conforms to internatinal law and the UN charter", the agency reported'
    assert _ranked(index, pasted)[0] == "quote"
    # Typed alone, a quotation is a phrase to hold as written: with a typo in it, nothing holds it.
    assert _ranked(index, '"fully conforms to internatinal law"') == []
    assert _ranked(index, '"fully conforms to international law"') == ["quote"]


# --- a long query of one word repeated ----------------------------------------------------------------


@pytest.mark.parametrize("query", ["troops " * 300, "1 " * 1000, "1/3 " * 500], ids=["troops", "1", "1/3"])
def test_a_word_repeated_in_a_long_query_is_worked_on_once(index: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[int] = []  # the length of each run of words looked up as a listed name
    of_run = SynonymTable.of_run
    monkeypatch.setattr(SynonymTable, "of_run", lambda self, words: (looked_up.append(len(words)), of_run(self, words))[1])
    scanned = []  # each scan of the candidates' tokens for a word, to find query words side by side
    holds, proximity, near = ranking._holds, index_module.proximity_bonuses, []
    monkeypatch.setattr(ranking, "_holds", lambda tokens, variants: (near and scanned.append(1), holds(tokens, variants))[1])
    monkeypatch.setattr(index_module, "proximity_bonuses", lambda *a: (near.append(1), proximity(*a), near.clear())[1])
    searched = []  # each search for a share written another way
    phrase_docs = fractions_module.phrase_docs
    monkeypatch.setattr(fractions_module, "phrase_docs", lambda *a: (searched.append(1), phrase_docs(*a))[1])
    index.clear_caches()
    once = _ranked(index, query.split()[0] + " ")
    assert once and set(_ranked(index, query)) == set(once)  # the same passages
    assert len(looked_up) <= 2 * MAX_PHRASE_WORDS and max(looked_up, default=0) <= MAX_PHRASE_WORDS
    assert len(scanned) <= 4
    assert len(searched) <= 2 * 20  # the share's other writings, once per search


# --- a name in one of its transliterations -------------------------------------------------------------

SPELLED = {
    "zelensky": "Zelensky said 11,000 troops were in Kursk on Monday, his office said in a statement.",
    "zelenskyy": "Zelenskyy thanked allies.",
    "zelenskiy": "Zelenskiy spoke.",
    "kyiv": "Kyiv said the strike hit a school near the centre of the city overnight, officials said.",
    "kiev": "Kiev confirmed it.",
    "shoigu": "Sergei Shoigu flew to Pyongyang for talks on the treaty and on the troops.",
    "shoygu": "Shoygu arrived.",
}


@pytest.mark.parametrize(("typed", "others"), [("Zelensky", {"zelenskyy", "zelenskiy"}), ("Kyiv", {"kiev"}),
                                               ("Shoigu", {"shoygu"})])  # fmt: skip
def test_the_spelling_typed_ranks_before_the_other_transliterations(typed: str, others: set[str]) -> None:
    index = SearchIndex.build(IndexDoc(passage_id=pid, article_id=pid, title="Item", outlet=None, text=text)
                              for pid, text in SPELLED.items())  # fmt: skip
    own = {pid for pid, text in SPELLED.items() if re.search(rf"\b{typed}\b", text)}
    ranked = _ranked(index, typed + " ")
    assert own and set(ranked[: len(own)]) == own, ranked  # the shorter passages spelling it otherwise follow
    assert others <= set(ranked[len(own) :])


# --- the command line ----------------------------------------------------------------------------------


@pytest.mark.parametrize("words", [["-kursk"], ["-kursk", "-troops"], ["-KN-23"]])
def test_a_search_of_exclusions_only_says_so_in_one_line(tmp_path, capsys, words: list[str]) -> None:
    # argparse took a lone "-kursk" for an option and asked for a QUERY, as if none had been typed.
    code = main(["search", *words, "--db", str(tmp_path / "db.json")])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1
    assert "besides the excluded ones" in err
