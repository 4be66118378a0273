"""Tokenising and folding: what makes "Sungri" find "Sŭngri"."""

from __future__ import annotations

import unicodedata

from store.search.query import parse_query
from store.search.terms import fold, fuzzy_budget, query_terms, stem, terms_with_offsets


def test_folding_removes_accents_case_and_possessives() -> None:
    assert fold("Sŭngri") == "sungri"
    assert fold(unicodedata.normalize("NFD", "Sŭngri")) == "sungri"
    assert fold("KOREA'S") == "korea"
    assert fold("Korea’s") == "korea"
    assert fold("Łódź") == "lodz"
    assert fold("11,000") == "11000"
    assert fold("1.5") == "1.5"
    assert fold("Straße") == "strasse"


def test_query_and_text_tokenise_alike() -> None:
    text = "North Korea's 11,000 troops—self-propelled guns near Sŭngri (Kim Jong-un)."
    assert [t for t, _, _ in terms_with_offsets(text)] == query_terms(text)
    assert query_terms(text) == ["north", "korea", "11000", "troops", "self", "propelled", "guns", "near", "sungri", "kim", "jong", "un"]
    for term, start, end in terms_with_offsets(text):
        assert fold(text[start:end]) == term


def test_decomposed_accents_stay_inside_one_token() -> None:
    text = unicodedata.normalize("NFD", "the Sŭngri plant")
    assert [t for t, _, _ in terms_with_offsets(text)] == ["the", "sungri", "plant"]


def test_light_stemming_groups_close_forms_only() -> None:
    assert stem("casualties") == stem("casualty") == "casualty"
    assert stem("troops") == "troop"
    assert stem("killed") == stem("kill") == "kill"
    assert stem("planned") == "plan"
    assert stem("analysis") == "analysis"
    assert stem("kursk") == "kursk"
    assert stem("2024") == "2024"


def test_fuzzy_budget() -> None:
    assert fuzzy_budget("tan") == 0
    assert fuzzy_budget("tank") == 1
    assert fuzzy_budget("casualties") == 2
    assert fuzzy_budget("2024") == 0


def test_query_syntax() -> None:
    parsed = parse_query('"language barrier" Kursk casualtis')
    assert parsed.phrases == [["language", "barrier"]]
    assert parsed.words == ["language", "barrier", "kursk", "casualtis"]
    assert parsed.last_word_open
    assert not parse_query("kursk ").last_word_open
    unclosed = parse_query('troops "north kor')
    assert unclosed.phrases == [["north", "kor"]] and not unclosed.last_word_open
    assert parse_query("  ,, ").is_empty


def test_highlight_spans_equal_filtered_offsets() -> None:
    from store.search.highlight import highlight_spans

    text = "Kursk (Kursk-based) units; KURSK’s casualties. Kursk\tkursk\nSŭngri 11,000 Kursk Kursk-based 40% or 40 per cent"
    chunks = set(text.split())
    for wanted in [{"kursk"}, {"casualties", "sungri"}, {"11000", "units"}, {"absent"}, {"percent", "40"}]:
        expected = [(s, e) for t, s, e in terms_with_offsets(text) if t in wanted]
        holding = {c for c in chunks if any(t in wanted for t, _, _ in terms_with_offsets(c))}
        assert highlight_spans(text, holding | {"unrelated"}, wanted) == expected
