"""Subjects of Korean, Japanese and Russian claims, and speakers named after the quote or in the genitive.

The taxonomy's English cues are whole words, which a Korean or Japanese
sentence never holds and a Russian one inflects; ``subjects_foreign.toml`` adds
cues matched as substrings (Hangul, kana, kanji) or word-initial stems
(Cyrillic), and the nouns that say what a foreign count counts.  None of
these sentences comes from a seed; each assertion is what an analyst filters by.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"


def _subject_and_unit(text: str, surface: str) -> tuple[str | None, str]:
    claim = claim_with(claims_of(text), surface)
    return claim.subject, claim.figures[0].unit


# --- Korean -------------------------------------------------------------------------------------------------------


def test_korean_troops_named_before_the_count_are_deployed() -> None:
    claim = claim_with(claims_of("국가정보원은 북한이 러시아에 병력 1만1000명을 파병했다고 밝혔다."), "1만1000명")
    assert (claim.subject, claim.figures[0].unit, claim.claimant) == ("troops_deployed", "troops", NIS)
    # A noun in another clause names nothing: "병력" is before the comma, the count of residents after it.
    text = "국방부는 병력 이동을 확인했으며, 주민 300명이 대피했다고 밝혔다."
    assert claim_with(claims_of(text), "300명").figures[0].unit == "people"


def test_korean_troops_named_after_the_count_with_a_genitive() -> None:
    text = "국가정보원은 13일 북한이 러시아에 1만1000여명의 병력을 보냈다고 보고했다."
    assert _subject_and_unit(text, "1만1000여명") == ("troops_deployed", "troops")


def test_korean_casualties_are_not_troops_sent() -> None:
    text = "합동참모본부에 따르면 북한군 사상자는 약 4천명에 이른다."
    assert _subject_and_unit(text, "약 4천명") == ("casualties", "casualties")
    # Two tallies in one sentence, each named by its own noun.
    claims = claims_of("합참에 따르면 북한군 사망자는 약 600명, 부상자는 4천여명으로 추정된다.")
    assert {f.unit for c in claims for f in c.figures} == {"casualties"}


def test_korean_share_of_shells_with_the_speaker_after_the_quote() -> None:
    claim = claim_with(
        claims_of("북한은 러시아가 사용하는 포탄의 40%를 공급하고 있다고 우크라이나 정보당국이 밝혔다."), "40%"
    )
    assert (claim.subject, claim.claimant) == ("ammunition_share", "Ukrainian intelligence")


def test_korean_speaker_after_the_quote_takes_up_to_three_words() -> None:
    claim = claim_with(
        claims_of("북한은 러시아에 탄도미사일 100발 이상을 제공한 것으로 알려졌다고 정보당국 관계자가 전했다."), "100발"
    )
    assert (claim.subject, claim.figures[0].unit, claim.claimant) == ("missiles_supplied", "missiles", "정보당국 관계자")


def test_korean_shells_money_and_pay() -> None:
    assert _subject_and_unit("군 당국에 따르면 북한은 지금까지 러시아에 포탄 1200만발을 넘겼다.", "1200만발") == (
        "munitions_supplied", "shells")
    assert claim_with(claims_of("이성권 의원은 북한 병사 1인당 월급이 2000달러 수준이라고 말했다."), "2000달러").subject == (
        "soldier_pay")
    text = "북한은 파병 대가로 연간 2억 달러 이상을 벌어들이는 것으로 추산된다고 국정원이 밝혔다."
    claim = claim_with(claims_of(text), "2억 달러")
    assert (claim.subject, claim.claimant) == ("payments", NIS)


# --- Japanese -----------------------------------------------------------------------------------------------------


def test_japanese_soldiers_sent_and_casualties() -> None:
    text = "韓国の国家情報院によると、北朝鮮はロシアに兵士約1万1000人を派遣した。"
    assert _subject_and_unit(text, "1万1000人") == ("troops_deployed", "troops")
    assert _subject_and_unit("米国防総省は、北朝鮮兵の死傷者は約4000人に上ると述べた。", "4000人") == (
        "casualties", "casualties")


def test_japanese_percent_glued_to_about_is_a_share_of_shells() -> None:
    claim = claim_with(claims_of("ウクライナ国防省情報総局によると、北朝鮮はロシアが使用する砲弾の約50%を供給している。"), "50%")
    figure = claim.figures[0]
    assert (claim.subject, figure.unit, figure.value, figure.qualifier) == ("ammunition_share", "percent", 50, "approx")


def test_japanese_missiles_and_the_speaker_after_the_quote() -> None:
    assert _subject_and_unit("ゼレンスキー大統領は、北朝鮮がロシアに弾道ミサイル約100発を供与したと述べた。", "100発") == (
        "missiles_supplied", "missiles")
    claim = claim_with(claims_of("北朝鮮はロシアにさらに3000人の兵力を追加派遣したと韓国の情報機関が明らかにした。"), "3000人")
    assert (claim.subject, claim.figures[0].unit, claim.claimant) == ("troops_deployed", "troops", "National Intelligence Service")


# --- Russian ------------------------------------------------------------------------------------------------------


def test_russian_military_after_the_count_are_troops_deployed() -> None:
    text = "По данным южнокорейской разведки, Северная Корея отправила в Курскую область около 11 тысяч военных."
    claim = claim_with(claims_of(text), "11 тысяч")
    assert (claim.subject, claim.figures[0].unit, claim.claimant) == (
        "troops_deployed", "troops", "National Intelligence Service")


def test_russian_people_killed_and_wounded_are_casualties() -> None:
    text = "Зеленский заявил, что потери северокорейских войск составили около 4 тысяч человек убитыми и ранеными."
    assert _subject_and_unit(text, "4 тысяч") == ("casualties", "casualties")
    # Adjectives may stand between the count and its noun; the verb of dying makes troops a loss.
    assert _subject_and_unit("Согласно данным разведки, погибли около 600 северокорейских военных.", "600") == (
        "casualties", "troops")


def test_russian_genitive_speaker_does_not_swallow_the_clause() -> None:
    text = "По словам Буданова северокорейские военные понесли потери около 4 тысяч человек убитыми и ранеными."
    claim = claim_with(claims_of(text), "4 тысяч")
    assert (claim.claimant, claim.subject) == ("Kyrylo Budanov", "casualties")  # the genitive, folded by the alias list
    text = "По данным Пентагона около 11 тысяч военных КНДР находятся в Курской области."
    assert claim_with(claims_of(text), "11 тысяч").claimant == "Pentagon"  # the genitive, folded by the alias
    text = "По данным разведки Южной Кореи, КНДР отправила в Россию более 11 тысяч военнослужащих."
    claim = claim_with(claims_of(text), "11 тысяч")
    assert (claim.claimant, claim.subject) == ("National Intelligence Service", "troops_deployed")  # South Korea's intelligence: the NIS


def test_russian_missiles_shells_and_money() -> None:
    text = "По данным Минобороны Украины, КНДР передала России более 100 баллистических ракет."
    assert _subject_and_unit(text, "100") == ("missiles_supplied", "missiles")
    text = "По оценкам ГУР, Северная Корея поставляет около 50% снарядов, которые использует российская армия."
    assert claim_with(claims_of(text), "50%").subject == "ammunition_share"
    text = "Зеленский заявил, что Пхеньян получил от Москвы около 20 млрд долларов."
    assert _subject_and_unit(text, "20 млрд") == ("payments", "USD")


def test_a_stem_matches_only_at_a_word_start() -> None:
    # "отправ" (send) is a cue where a word starts with it ("отправлены"), and "солдат" names soldiers.
    text = "Как сообщил Пентагон, еще 3 тысячи солдат КНДР отправлены в Курскую область."
    assert _subject_and_unit(text, "3 тысячи") == ("troops_deployed", "troops")
    # Inside another word it is no cue, and letters are no noun: the count stays without a subject.
    text = "Он сообщил, что около 11 тысяч писем остались неотправленными."
    claim = claim_with(claims_of(text), "11 тысяч")
    assert claim.subject is None and claim.figures[0].unit == ""
