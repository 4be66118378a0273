"""Blind round 22 of search: what an analyst on the other side of the Atlantic types, and a query in a
script no passage is written in.

British and American spellings beyond one edit ("armour" / "armored", "programme" / "program",
"travelled" / "traveling", "analysed" / "analyzing") are one word: each finds the other, checked
against a brute-force reading of the passages.  Rewriting only ever reaches words some passage wrote.  A
Korean query against English coverage finds nothing and says why, instead of "try fewer words".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.cli import main
from store.search import IndexDoc, SearchIndex

TEXTS = {
    "armored": "Armored vehicles were moved by rail to the border.",
    "armour": "Armour plates for the tanks came from a plant in Chongjin.",
    "program": "The program included drone warfare and mine clearing.",
    "programmes": "Two training programmes ran for six weeks each.",
    "maneuvers": "Joint maneuvers were held near Vladivostok in August.",
    "manoeuvre": "The manoeuvre drew the defenders out of the village.",
    "traveling": "Officials traveling with the delegation declined to comment.",
    "travelled": "The engineers travelled by train to Khabarovsk.",
    "labeling": "Labeling of the crates was in Korean.",
    "signalled": "Seoul signalled it could send weapons.",
    "analyzing": "Experts analyzing the debris found Korean markings.",
    "modelled": "The drone was modelled on an Iranian design.",
    "harbours": "Russian harbours received the cargo.",
    "colored": "Colored smoke marked the landing zone.",
    "favours": "Moscow favours a quick deal.",
    "centered": "Fighting centered on the outskirts of Sudzha.",
    "centred": "Talks centred on artillery deliveries.",
    "organization": "The organization tracks shipments across the Tumen river.",
    "organisations": "Aid organisations left the region in March.",
}

# Each word's forms in either convention, as a reader would list them; the passages holding one are wanted.
FORMS = {
    "armour": ("armour", "armoured", "armor", "armored"),
    "armored": ("armour", "armoured", "armor", "armored"),
    "travelled": ("traveled", "travelled", "traveling", "travelling"),
    "traveling": ("traveled", "travelled", "traveling", "travelling"),
    "labelled": ("labeled", "labelled", "labeling", "labelling"),
    "signaling": ("signaled", "signalled", "signaling", "signalling"),
    "modeling": ("modeled", "modelled", "modeling", "modelling"),
    "analysed": ("analysed", "analysing", "analyzed", "analyzing"),
    "harbor": ("harbor", "harbors", "harbour", "harbours"),
    "colour": ("colour", "coloured", "color", "colored"),
    "favor": ("favor", "favors", "favour", "favours"),
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Report {i}", outlet=None, text=text)
        for i, (pid, text) in enumerate(TEXTS.items())
    )


def _ids(index: SearchIndex, query: str) -> set[str]:
    return {hit.passage_id for hit in index.search(query, limit=50)}


def _holding(forms: tuple[str, ...]) -> set[str]:
    """Brute force: the passages whose words include one of ``forms``."""
    return {pid for pid, text in TEXTS.items() if set(re.findall(r"[a-z]+", text.lower())) & set(forms)}


@pytest.mark.parametrize("query", sorted(FORMS))
def test_a_word_in_either_convention_finds_both_spellings_and_their_forms(index: SearchIndex, query: str) -> None:
    wanted = _holding(FORMS[query])
    assert wanted - _holding((query,)), query  # the other convention is in the corpus
    # A finished word (typed with its space): prefixes do not help.
    assert _ids(index, query + " ") == wanted, query


def test_the_other_spelling_is_lit_in_the_passage(index: SearchIndex) -> None:
    (hit,) = [h for h in index.search("armour ", limit=10) if h.passage_id == "armored"]
    assert [hit.text[start:end] for start, end in hit.spans] == ["Armored"]


def test_a_query_in_a_script_no_passage_is_written_in_is_named(index: SearchIndex) -> None:
    from store.search.unheld_scripts import unheld_scripts

    vocabulary = index.parts.vocabulary
    assert unheld_scripts(vocabulary, "북한군 파병") == ["Korean (Hangul)"]
    assert unheld_scripts(vocabulary, "Kursk 북한군 Курск 砲弾") == [
        "Korean (Hangul)",
        "Cyrillic",
        "Chinese or Japanese characters",
    ]
    assert unheld_scripts(vocabulary, "armour Kursk") == []  # Latin is held
    korean = SearchIndex.build([IndexDoc(passage_id="k", article_id="k", title="", outlet=None, text="북한군은 쿠르스크에")])
    assert unheld_scripts(korean.parts.vocabulary, "북한 Kursk") == []  # Latin has no named script: never blamed


ARTICLE = """Title: North Korean troops reach Kursk
Source: Example Wire
Date: 2025-01-05

North Korea sent 11,000 troops to Russia's Kursk region, South Korean officials said on Sunday.
"""


def test_the_command_line_says_why_a_korean_query_found_nothing(tmp_path: Path, capsys) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "db.json")
    assert main(["ingest", str(source), "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", "북한군", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "No passage matches" in out and "Korean (Hangul)" in out and "fewer words" not in out, out
    assert main(["search", "북한군", "--json", "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "[]" and "Korean (Hangul)" in captured.err
    # A Latin word that matches nothing keeps the usual advice: its script is not the reason.
    assert main(["search", "zqxwv", "--db", db]) == 0
    assert "fewer words" in capsys.readouterr().out


# A word some passages write whole and others apart, with a hyphen or as a name's syllables.
APART = {
    "co-operation": "Military co-operation deepened in the autumn.",
    "cooperation": "Military cooperation between the two states deepened.",
    "ceasefire": "A ceasefire was not on the table in Istanbul.",
    "cease-fire": "Talks on a cease\u2011fire stalled in Geneva.",  # a non-breaking hyphen
    "counteroffensive": "The counteroffensive stalled near Sudzha.",
    "counter-offensive": "A counter-offensive began in March.",
    "overall": "Overall, the deployment grew.",
    "overall-2": "The overall number is unknown.",
    "over-all": "Drones flew over all the villages.",
    "kju-plain": "Kim Jong Un inspected a drone factory in Sinpo on Tuesday.",
    "kju-hyph": "Kim Jong-un met the Russian defence minister in the capital.",
    "kju-joined": "Kim Jongun was shown at an artillery range.",
    "kim-other": "Kim Yo Jong issued a statement condemning the drills.",
}


@pytest.fixture(scope="module")
def apart() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Item {i}", outlet=None, text=text)
        for i, (pid, text) in enumerate(APART.items())
    )


def _holding_joined(word: str) -> set[str]:
    """Brute force: the passages holding ``word`` once hyphens between letters are taken out."""
    return {
        pid for pid, text in APART.items() if word in re.findall(r"\w+", re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)", "", text.lower()))
    }


@pytest.mark.parametrize("word", ["cooperation", "ceasefire", "counteroffensive"])
def test_a_word_finds_the_passages_that_hyphenate_it(apart: SearchIndex, word: str) -> None:
    wanted = _holding_joined(word)
    assert len(wanted) == 2
    hits = apart.search(word + " ", limit=20)
    assert {hit.passage_id for hit in hits} == wanted
    assert hits[0].passage_id == word  # the word as typed first
    # The hyphenated passage lights both halves.
    (hyphenated,) = [hit for hit in hits if hit.passage_id != word]
    assert "".join(hyphenated.text[start:end] for start, end in hyphenated.spans).lower() == word
    # Two words that stand together by chance are not the word: "over all" is written apart once,
    # "overall" twice, never with a hyphen.
    assert {hit.passage_id for hit in apart.search("overall ", limit=20)} == {"overall", "overall-2"}


@pytest.mark.parametrize("query", ["Kim Jongun ", "Kim Jongun's ", "Jongun ", "kimjongun "])
def test_a_name_typed_in_one_romanisation_ranks_its_other_writings_above_another_name(apart: SearchIndex, query: str) -> None:
    ranked = [hit.passage_id for hit in apart.search(query, limit=20)]
    assert set(ranked[:3]) == {"kju-plain", "kju-hyph", "kju-joined"}, ranked


PLACES = {
    "kurskaya": "The Kurskaya oblast governor declared an emergency.",
    "kursk": "Fighting continued in the Kursk region.",
    "belgorodskoy": "Shelling was reported in Belgorodskoy oblasti overnight.",
    "belgorod": "Belgorod's mayor ordered schools shut.",
}


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Kurskaya ", {"kurskaya", "kursk"}),
        ("Kurskoy ", {"kurskaya", "kursk"}),
        ("Kursk ", {"kurskaya", "kursk"}),
        ("Belgorodskaya ", {"belgorodskoy", "belgorod"}),
    ],
)
def test_a_romanised_russian_place_adjective_is_its_town(query: str, wanted: set[str]) -> None:
    index = SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title="", outlet=None, text=text) for pid, text in PLACES.items()
    )
    assert {hit.passage_id for hit in index.search(query, limit=20)} == wanted
