"""A Korean, Japanese, Russian or Ukrainian paragraph of several sentences is read sentence by sentence.

Sentence boundaries were found only before a Latin capital or a digit, and
never at "。", so such a paragraph was one sentence: the casualty cue of its
second sentence decided the subject of the troop count in its first.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_boundaries_before_hangul_cyrillic_and_after_the_ideographic_stop() -> None:
    assert len(_sentences("북한이 병력 1만1000명을 파병했다고 밝혔다. 사상자는 약 4천명이다.")) == 2
    assert _sentences("北朝鮮は約1万1000人を派遣した。死傷者は約4000人だという。") == [
        "北朝鮮は約1万1000人を派遣した。", "死傷者は約4000人だという。"]
    assert len(_sentences("КНДР отправила 11 тысяч военных. Потери составили 4 тысячи.")) == 2
    assert len(_sentences("КНДР відправила 12 тисяч військових. Інші джерела кажуть про 15 тисяч.")) == 2
    # English abbreviations still end nothing.
    assert len(_sentences("Maj. Gen. Pat Ryder said the U.S. Army agreed.")) == 1


def test_korean_troops_and_casualties_in_one_paragraph_keep_their_own_subjects() -> None:
    claims = claims_of("국가정보원은 북한이 러시아에 병력 1만1000명을 파병했다고 밝혔다. 합참에 따르면 북한군 사상자는 약 4천명에 이른다.")
    assert claim_with(claims, "1만1000명").subject == "troops_deployed"
    assert claim_with(claims, "4천명").subject == "casualties"


def test_japanese_troops_and_casualties_in_one_paragraph_keep_their_own_subjects() -> None:
    claims = claims_of("韓国の情報機関によると、北朝鮮は兵士約1万1000人を派遣した。死傷者は約4000人に上るという。")
    assert claim_with(claims, "1万1000人").subject == "troops_deployed"
    assert claim_with(claims, "4000人").subject == "casualties"


def test_russian_troops_and_casualties_in_one_paragraph_keep_their_own_subjects() -> None:
    claims = claims_of("По данным ГУР, КНДР отправила в Курскую область 11 тысяч военных. Потери составили 4 тысячи человек убитыми и ранеными.")
    assert claim_with(claims, "11 тысяч").subject == "troops_deployed"
    assert claim_with(claims, "4 тысячи").subject == "casualties"
