"""Search, round 26b: names and figures as other scripts and other conventions write them.

- East Asian figures counted in myriads ("1만1천명", "1万1000人", "1.1万名", "3천500명", "2百万发") are
  the numbers they are: "11,000" finds them, and they find each other.
- A body named in the claims' alias table in another script: "NIS" finds "국정원", "国家情報院"; "HUR"
  finds "ГУР" and back.
- A place transcribed into Hangul or katakana ("Donetsk": "도네츠크", "ドネツク") is found by its Latin
  spelling, through the consonants both keep, and a Korean one finds the Latin; words of other sounds are not.
- A range whose scale word follows the second number only ("8-9 thousand", "two to three million"):
  both numbers are in thousands (millions).
- A word typed half in Cyrillic ("kурsk") is read by its letters' sounds when their look finds nothing.

Expected hits are worked out by brute force from each passage's hand-listed figures and names.
"""

from __future__ import annotations

import pytest

from search_builders import index_of
from store.search import SearchIndex

# passage -> (text, the figures it states, as plain integers)
FIGURE_TEXTS = {
    "ko-a": ("국방부는 북한군 1만1천명이 전선에 배치됐다고 밝혔다.", {11000}),
    "ko-b": ("정보당국은 사상자가 3천500명에 이른다고 추정했다.", {3500}),
    "ko-c": ("약 1만명의 병력이 추가로 이동할 수 있다.", {10000}),
    "ja-a": ("防衛省によると、派遣された兵士は1万1000人に上る。", {11000}),
    "ja-b": ("砲弾はおよそ2百万发が送られたとみられる。", {2000000}),
    "zh-a": ("报道称，约1.1万名士兵已抵达前线。", {11000}),
    "zh-b": ("伤亡人数约为3500人。", {3500}),
    "en-a": ("Officials said 11,000 soldiers had reached the front.", {11000}),
    "en-b": ("About 3,500 were killed or wounded, an estimate said.", {3500}),
    "en-c": ("Seoul said 2 million shells had been shipped.", {2000000}),
    "ko-words": ("천명이 넘는 사람들이 모였다는 말은 과장이다.", set()),  # "천명": no digits, no figure
}


@pytest.fixture(scope="module")
def figure_index() -> SearchIndex:
    return index_of({pid: text for pid, (text, _) in FIGURE_TEXTS.items()})


def _found(index: SearchIndex, query: str) -> set[str]:
    return {hit.passage_id for hit in index.search(query, limit=60)}


def _stating(value: int) -> set[str]:
    return {pid for pid, (_, values) in FIGURE_TEXTS.items() if value in values}


@pytest.mark.parametrize(
    ("query", "value"),
    [("11,000", 11000), ("11000", 11000), ("3,500", 3500), ("2,000,000", 2000000), ("2 million", 2000000), ("10,000", 10000)],
)
def test_a_figure_finds_every_passage_stating_it_whichever_way_it_is_counted(figure_index: SearchIndex, query: str, value: int) -> None:
    assert _found(figure_index, query) == _stating(value)


@pytest.mark.parametrize(("query", "value"), [("1만1천", 11000), ("1万1000", 11000), ("1.1万", 11000), ("3천500", 3500)])
def test_a_figure_counted_in_myriads_finds_the_others(figure_index: SearchIndex, query: str, value: int) -> None:
    assert _found(figure_index, query) == _stating(value)


def test_a_myriad_figure_is_lit_where_it_is_written_and_a_unit_word_alone_is_none(figure_index: SearchIndex) -> None:
    hit = next(hit for hit in figure_index.search("11,000", limit=60) if hit.passage_id == "ko-a")
    assert [hit.text[a:b] for a, b in hit.spans] == ["1만1천"]
    assert "ko-words" not in _found(figure_index, "1000")  # "천명": no digits, no figure
    assert "ko-words" in _found(figure_index, "천명이")  # the word itself is still found


# --- one body's names across scripts ------------------------------------------------------------

NAME_TEXTS = {
    # passage -> (text, the bodies it names)
    "nis-en": ("The NIS told lawmakers the troops had been moved.", {"nis"}),
    "nis-ko": ("국정원은 병력이 이동했다고 국회에 보고했다.", {"nis"}),
    "nis-ko-full": ("국가정보원에 따르면 병력은 이미 이동했다.", {"nis"}),
    "nis-ja": ("韓国の国家情報院は、部隊が移動したと報告した。", {"nis"}),
    "hur-en": ("HUR said the unit had been pulled back.", {"hur"}),
    "gur-en": ("GUR, Ukraine's military intelligence, gave no figure.", {"hur"}),
    "hur-uk": ("У ГУР заявили, що підрозділ відвели.", {"hur"}),
    "other-ko": ("국회는 예산안을 통과시켰다.", set()),
    "other-en": ("Lawmakers passed the budget on Friday.", set()),
}


@pytest.fixture(scope="module")
def name_index() -> SearchIndex:
    return index_of({pid: text for pid, (text, _) in NAME_TEXTS.items()})


def _naming(body: str) -> set[str]:
    return {pid for pid, (_, bodies) in NAME_TEXTS.items() if body in bodies}


@pytest.mark.parametrize(
    ("query", "body", "first"), [("NIS", "nis", "nis-en"), ("HUR", "hur", "hur-en"), ("GUR", "hur", "gur-en"), ("ГУР", "hur", "hur-uk")]
)
def test_a_body_name_finds_its_names_in_other_scripts_its_own_first(name_index: SearchIndex, query: str, body: str, first: str) -> None:
    ranked = [hit.passage_id for hit in name_index.search(query, limit=60)]
    assert set(ranked) == _naming(body), ranked
    assert ranked[0] == first, ranked  # the name as typed ranks first


def test_a_korean_name_finds_the_latin_one(name_index: SearchIndex) -> None:
    assert "nis-en" in _found(name_index, "국정원")
    assert "hur-en" in _found(name_index, "ГУР")


# --- names transcribed into Hangul and katakana -------------------------------------------------------

SOUND_TEXTS = {
    "don-en": ("Shelling continued near Donetsk overnight.", {"donetsk"}),
    "don-ko": ("도네츠크에서 포격이 계속됐다.", {"donetsk"}),
    "don-ja": ("ドネツク州で砲撃が続いた。", {"donetsk"}),
    "kur-ko": ("쿠르스크 지역에 병력이 배치됐다.", {"kursk"}),
    "kur-ja": ("部隊はクルスク方面に移動した。", {"kursk"}),
    "kur-en": ("Units moved toward Kursk.", {"kursk"}),
    # Korean and Japanese words of other sounds, some sharing a few of the consonants
    "ko-native": ("거래소가 도입한 규칙은 내년에 시행된다.", set()),
    "ja-native": ("ドイツのスタジアムで試合が行われた。", set()),
}


@pytest.fixture(scope="module")
def sound_index() -> SearchIndex:
    return index_of({pid: text for pid, (text, _) in SOUND_TEXTS.items()})


@pytest.mark.parametrize("name", ["Donetsk", "Kursk"])
def test_a_latin_name_finds_its_korean_and_japanese_transcriptions(sound_index: SearchIndex, name: str) -> None:
    ranked = [hit.passage_id for hit in sound_index.search(name, limit=60)]
    wanted = {pid for pid, (_, names) in SOUND_TEXTS.items() if name.lower() in names}
    assert set(ranked) == wanted, ranked
    assert ranked[0].endswith("-en")  # the spelling typed first


def test_a_korean_transcription_finds_the_latin_name_and_a_korean_word_only_itself(sound_index: SearchIndex) -> None:
    for query, name in (("도네츠크에서", "donetsk"), ("쿠르스크", "kursk")):
        found = _found(sound_index, query)
        assert {"don-en" if name == "donetsk" else "kur-en"} <= found, (query, found)
        assert found <= {pid for pid, (_, names) in SOUND_TEXTS.items() if name in names}, (query, found)
    assert _found(sound_index, "거래소가") == {"ko-native"}


def test_a_transcription_is_lit_whole(sound_index: SearchIndex) -> None:
    lit = {hit.passage_id: [hit.text[a:b] for a, b in hit.spans] for hit in sound_index.search("Kursk", limit=60)}
    assert lit["kur-ko"] == ["쿠르스크"] and lit["kur-ja"] == ["クルスク"]


# --- ranges with one scale word -------------------------------------------------------------------------

RANGE_TEXTS = {
    "range-k": ("Seoul estimates that 8-9 thousand troops were sent.", {8000, 9000}),
    "range-to": ("Officials put the figure at 8 to 9 thousand.", {8000, 9000}),
    "range-m": ("Between two and three million rounds were shipped.", {2000000, 3000000}),
    "single-8": ("Some 8,000 soldiers were seen near the border.", {8000}),
    "single-9": ("A further 9,000 may follow.", {9000}),
    "year": ("In 2024 3 million shells were sent.", {2024, 3000000}),
}


@pytest.fixture(scope="module")
def range_index() -> SearchIndex:
    return index_of({pid: text for pid, (text, _) in RANGE_TEXTS.items()})


def test_each_number_of_a_range_is_the_figure_it_counts(range_index: SearchIndex) -> None:
    for value in sorted({value for _, values in RANGE_TEXTS.values() for value in values}):
        wanted = {pid for pid, (_, values) in RANGE_TEXTS.items() if value in values}
        assert _found(range_index, f"{value:,}") == wanted, value


def test_a_typed_range_finds_a_range_written_with_one_scale_word_first(range_index: SearchIndex) -> None:
    ranked = [hit.passage_id for hit in range_index.search("8,000-9,000", limit=60)]
    assert set(ranked[:2]) == {"range-k", "range-to"}, ranked
    assert [hit.passage_id for hit in range_index.search("8-9 thousand", limit=60)][:2] == ranked[:2]


# --- a word typed in two scripts -------------------------------------------------------------------------


def test_a_word_typed_half_in_cyrillic_is_read_by_sound_when_its_look_finds_nothing() -> None:
    index = index_of({"en": "Troops were moved to Kursk.", "py": "Pyongyang denied it.", "other": "Markets rose."})
    assert _found(index, "kурsk") == {"en"}  # Cyrillic "у" and "р": "u" and "r", not "y" and "p"
    assert _found(index, "рyongyang") == {"py"}  # a Cyrillic "р" that stands for the "P" it looks like
