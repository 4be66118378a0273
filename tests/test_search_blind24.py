"""Blind round 24 of search: what an analyst types that passages write another way, checked by brute force.

- A quoted verb and "not" ('"did not confirm"', '"can not verify"') also finds the contraction
  ("didn't confirm", "cannot", "can't"), and never the bare verb ("did confirm").
- "1.5m" is one figure, the "1.5 million" and "1,500,000" of other passages; so in quotes.
- A currency sign is the word it is read as ("$" dollar, "€" euro, "₽" ruble / rouble), and codes
  ("USD") find it.
- "Kim Chen In" lights the name's "In", not every "in" of the passage.
- A Korean name typed in Hangul ("김정은") finds it romanised ("Kim Jong Un", "Kim Jong-un").
- An ordinal in words finds it in digits and the other way round ("eleventh", "11th").
- A designation in the plural ("KN-23s") is the designation ("KN-23"), both ways.
- A filter that leaves out every passage the words find is named.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.cli import main
from store.search import SearchIndex
from store.search.terms import query_terms, split_chunk
from search_builders import index_of

TEXTS = {
    # contractions
    "didnt": "The ministry didn't confirm the casualty figures on Monday.",
    "didnot": "The ministry did not confirm the casualty figures on Tuesday.",
    "did": "The ministry did confirm the casualty figures on Friday.",
    "cannot": "Seoul cannot verify the reports from the front.",
    "cant": "Seoul can't verify the reports from the front.",
    "cannot-apart": "Seoul can not verify the reports, an official said.",
    "can": "Seoul can verify the reports, an official said.",
    "wont": "Moscow won't send more troops this year.",
    "willnot": "Moscow will not send more troops this year.",
    # millions written short
    "m-short": "Russia fired 1.5m shells last year, analysts said.",
    "m-words": "Russia fired 1.5 million shells in the same period.",
    "m-digits": "An estimated 1,500,000 shells crossed the border by rail.",
    "m-other": "Russia fired 2.5m shells the year before.",
    "metres": "A 1.5 metre wall surrounds the depot.",
    # currencies
    "usd-sign": "The arms deal is worth $20bn to Pyongyang.",
    "usd-words": "Pyongyang may earn 20 billion dollars from the deal.",
    "eur-sign": "Brussels set aside €500m for shells.",
    "eur-words": "The fund holds five hundred million euros.",
    "gbp-sign": "London froze £1.2bn of assets.",
    "rub-sign": "Сделка стоила ₽2 млрд.",
    "rub-words": "The contract was worth 2 billion roubles.",
    "no-currency": "The deal was signed in Vladivostok.",
    # names
    "kci": "Kim Chen In was named in the report as a commander in Kursk.",
    "kju": "Kim Jong Un visited a munitions factory in September.",
    "kju-hyph": "Kim Jong-un met the Russian defence minister.",
    "kji": "Kim Jong Il died in 2011.",
    "kyj": "Kim Yo Jong issued a statement.",
    "kju-ko": "김정은 위원장이 러시아를 방문했다.",
    "choe": "Choe Son Hui flew to Moscow for talks.",
    # ordinals
    "11th": "The 11th Airborne Brigade was moved to Kursk.",
    "eleventh": "The Eleventh Corps fought near Sudzha.",
    "1st": "The 1st Guards Tank Army held the line.",
    "first": "The first casualties were reported in December.",
    # designations in the plural
    "kn-plural": "Two KN-23s were fired at Kyiv overnight.",
    "kn-one": "Debris of a KN-23 was found near a school.",
    "kn-other": "A KN-24 was tested in the spring.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=60)]


# Brute force: a passage's words with each negated contraction written out, as a reader says them.
_WRITTEN_OUT = {"didn't": "did not", "cannot": "can not", "can't": "can not", "won't": "will not"}


def _said(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return " ".join(_WRITTEN_OUT.get(word, word) for word in words).split()


def _saying(run: str) -> set[str]:
    wanted = run.split()
    n = len(wanted)
    return {pid for pid, text in TEXTS.items() for w in [_said(text)] if any(w[i : i + n] == wanted for i in range(len(w)))}


@pytest.mark.parametrize("phrase", ["did not confirm", "can not verify", "will not send", "did not"])
def test_a_quoted_verb_and_not_finds_the_contraction_too(index: SearchIndex, phrase: str) -> None:
    wanted = _saying(phrase)
    assert len(wanted) >= 2, phrase
    assert set(_ranked(index, f'"{phrase}"')) == wanted  # never "did confirm", "can verify"
    # Left out, the phrase leaves out every passage saying it, contracted or not.
    rest = set(_ranked(index, f'-"{phrase}" the'))
    assert rest and not rest & wanted


@pytest.mark.parametrize(("typed", "said"), [("didn't confirm", "did not confirm"), ("can't verify", "can not verify"),
                                             ("won't send", "will not send"), ("cannot verify", "can not verify")])
def test_a_quoted_contraction_finds_its_written_out_words_too(index: SearchIndex, typed: str, said: str) -> None:
    # Quoting asks for the words standing together, however the passage spells the negation.
    wanted = _saying(said)
    assert len(wanted) >= 2, said
    assert set(_ranked(index, f'"{typed}"')) == wanted
    assert not set(_ranked(index, f'-"{typed}" the')) & wanted


def _holding_figure(value: float) -> set[str]:
    """Brute force: the passages that write ``value`` shells, as "1.5m", "1.5 million" or "1,500,000"."""
    found = set()
    for pid, text in TEXTS.items():
        for number, scale in re.findall(r"(\d[\d,.]*)\s?(m\b|million\b)?", text):
            amount = float(number.replace(",", "").rstrip(".")) * (1_000_000 if scale else 1)
            if amount == value and "shells" in text:
                found.add(pid)
    return found


@pytest.mark.parametrize("query", ["1.5m ", "1.5 million ", "1,500,000 ", '"1.5m shells"', "1.5M "])
def test_millions_written_short_with_a_decimal_are_one_figure(index: SearchIndex, query: str) -> None:
    wanted = _holding_figure(1_500_000)
    assert wanted == {"m-short", "m-words", "m-digits"}
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked
    assert "m-other" not in ranked and "metres" not in ranked


def test_a_decimal_figure_with_m_is_one_term() -> None:
    assert [term for term, _, _ in split_chunk("1.5m")] == ["1.5m"]
    assert [term for term, _, _ in split_chunk("1,500m,")] == ["1500m"]


_CURRENCIES = {"dollar": ("$", "dollar"), "euro": ("€", "euro"), "ruble": ("₽", "rouble", "ruble"), "pound": ("£", "pound")}


def _naming(currency: str) -> set[str]:
    """Brute force: the passages writing the currency's sign or its name."""
    forms = _CURRENCIES[currency]
    return {pid for pid, text in TEXTS.items() if any(form in text.lower() for form in forms)}


@pytest.mark.parametrize(
    ("query", "currency"),
    [("dollars ", "dollar"), ("$ ", "dollar"), ("USD ", "dollar"), ("euros ", "euro"), ("€ ", "euro"),
     ("roubles ", "ruble"), ("rubles ", "ruble"), ("₽ ", "ruble"), ("£ ", "pound")],
)  # fmt: skip
def test_a_currency_sign_is_the_word_it_is_read_as(index: SearchIndex, query: str, currency: str) -> None:
    wanted = _naming(currency)
    assert any(not text.lower().count(currency) for pid, text in TEXTS.items() if pid in wanted)  # a sign alone
    assert set(_ranked(index, query)) == wanted


def test_a_figure_in_a_currency_ranks_the_passages_of_that_currency_first(index: SearchIndex) -> None:
    ranked = _ranked(index, "$20bn ")
    assert set(ranked[:2]) == {"usd-sign", "usd-words"}, ranked
    assert "dollar" in query_terms("US$20bn") and "euro" in query_terms("€500m")
    (hit,) = [h for h in index.search("dollars ") if h.passage_id == "usd-sign"]
    assert [hit.text[start:end] for start, end in hit.spans] == ["$"]


def test_a_saved_index_keeps_currency_signs(tmp_path: Path, index: SearchIndex) -> None:
    index.save(tmp_path / "index")
    loaded = SearchIndex.load(tmp_path / "index")
    assert set(_ranked(loaded, "€ ")) == _naming("euro")


def _lit(index: SearchIndex, query: str, pid: str) -> list[str]:
    (hit,) = [h for h in index.search(query, limit=60) if h.passage_id == pid]
    return [hit.text[start:end] for start, end in hit.spans]


@pytest.mark.parametrize("query", ["Kim Chen In ", '"Kim Chen In"', "kim chen in"])
def test_a_name_s_stop_word_syllable_is_lit_only_in_the_name(index: SearchIndex, query: str) -> None:
    lit = _lit(index, query, "kci")
    assert lit == ["Kim", "Chen", "In"], lit
    # The passage's other "in"s stand beside no word of the name.
    assert TEXTS["kci"].count(" in ") >= 2


def _writing_name(*syllables: str) -> set[str]:
    """Brute force: the passages writing these syllables side by side, hyphenated or not."""
    wanted = list(syllables)
    return {
        pid
        for pid, text in TEXTS.items()
        for w in [re.findall(r"[a-z]+", text.lower())]
        if any(w[i : i + len(wanted)] == wanted for i in range(len(w)))
    }


@pytest.mark.parametrize(
    ("query", "romanised"), [("김정은 ", ("kim", "jong", "un")), ("최선희 ", ("choe", "son", "hui")), ("김정은", ("kim", "jong", "un"))]
)
def test_a_korean_name_typed_in_hangul_finds_it_romanised(index: SearchIndex, query: str, romanised: tuple[str, ...]) -> None:
    wanted = _writing_name(*romanised)
    assert wanted
    found = set(_ranked(index, query)) - {"kju-ko"}
    assert found == wanted
    # Other people of the same surname are no hit; a Hangul word that is no name keeps to Korean passages.
    assert not found & (_writing_name("kim", "jong", "il") | _writing_name("kim", "yo", "jong"))
    assert _ranked(index, "위원장 ") == ["kju-ko"]


@pytest.mark.parametrize(("query", "forms"), [("eleventh ", ("11th", "eleventh")), ("11th ", ("11th", "eleventh")),
                                              ("1st ", ("1st", "first")), ("first ", ("1st", "first"))])  # fmt: skip
def test_an_ordinal_in_words_finds_it_in_digits(index: SearchIndex, query: str, forms: tuple[str, ...]) -> None:
    wanted = {pid for pid, text in TEXTS.items() if set(re.findall(r"[a-z0-9]+", text.lower())) & set(forms)}
    assert set(_ranked(index, query)) == wanted


@pytest.mark.parametrize("query", ["KN-23s ", "KN-23 ", "kn23s "])
def test_a_designation_in_the_plural_is_the_designation(index: SearchIndex, query: str) -> None:
    wanted = {pid for pid, text in TEXTS.items() if re.search(r"\bKN-23s?\b", text)}
    assert len(wanted) == 2
    hits = {hit.passage_id: hit.score for hit in index.search(query, limit=60)}
    assert set(sorted(hits, key=hits.get, reverse=True)[:2]) == wanted, hits
    assert min(hits[pid] for pid in wanted) >= 0.7 * max(hits.values()), hits


ARTICLES = {
    "wire.txt": "Title: Troops reach Kursk\nSource: Example Wire\nDate: 2025-01-05\n\n"
    "North Korea sent 11,000 troops to Russia's Kursk region, officials said.\n",
    "daily.txt": "Title: Shell deliveries\nSource: Other Daily\nDate: 2025-01-06\n\n"
    "Pyongyang shipped millions of artillery shells by rail, the ministry said.\n",
}


@pytest.fixture()
def db(tmp_path: Path, capsys) -> str:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = str(tmp_path / "db.json")
    assert main(["ingest", str(tmp_path / "wire.txt"), str(tmp_path / "daily.txt"), "--db", path]) == 0
    capsys.readouterr()
    return path


def test_a_filter_that_leaves_out_every_hit_is_named(db: str, capsys) -> None:
    assert main(["search", "shells", "--outlet", "Example Wire", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "No passage matches" in out and "Example Wire" in out and "fewer words" not in out, out
    assert main(["search", "shells", "--outlet", "Example Wire", "--json", "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "[]" and "Example Wire" in captured.err
    # Unfiltered, the words find nothing: the usual advice, no filter blamed.
    assert main(["search", "zqxwv", "--outlet", "Example Wire", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Example Wire" not in out and "fewer words" in out, out


def test_filters_that_leave_nothing_only_together_are_named_together() -> None:
    from store.cli_filter_note import filter_note

    # Brute force over a table of passages: (outlet, topic, words).
    rows = [("Wire", "shells", {"rail"}), ("Daily", "troops", {"rail"}), ("Daily", "shells", {"kursk"})]

    def search(query: str, limit: int, outlet: str | None = None, topic: str | None = None, claimant: str | None = None):
        return [r for r in rows if query in r[2] and outlet in (None, r[0]) and topic in (None, r[1])][:limit]

    together = filter_note(search, "rail", {"outlet": "Daily", "topic": "shells", "claimant": None})
    assert together is not None and "'Daily'" in together and "'shells'" in together and "at once" in together
    alone = filter_note(search, "kursk", {"outlet": "Wire", "topic": "shells", "claimant": None})
    assert alone is not None and "'Wire'" in alone and "shells" not in alone
    assert filter_note(search, "rail", {"outlet": None, "topic": None, "claimant": None}) is None
    assert filter_note(search, "nothing", {"outlet": "Wire", "topic": None, "claimant": None}) is None
