"""Blind round 11b: Korean, Japanese and Russian sentences; line numbers; labels that relay; "neither … nor".

Korean and Japanese write a count glued to its counter ("1만1000명", "約11,000人"),
group by ten thousands (만/万), and put the speaker first as the sentence's
topic with the reporting verb last ("국가정보원은 …고 밝혔다"); Russian names
the source after "по данным" or before "заявил".  None is copied from a seed or
an earlier round.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"


# --- East Asian figures -----------------------------------------------------------------------------------------


def test_a_korean_count_groups_by_ten_thousands() -> None:
    figure = claim_with(claims_of("북한군 약 1만1000명이 러시아 쿠르스크에 배치됐다."), "1만1000명").figures[0]
    # "북한군" (North Korean troops) before the count names what it counts (round 13; it was "people").
    assert (figure.value, figure.unit, figure.qualifier) == (11000, "troops", "approx")  # was no figure
    assert claim_with(claims_of("북한군 11,000명이 러시아에 있다."), "11,000명").figures[0].value == 11000
    # Only a counter makes a count: "24일" is the 24th; the "발" of "발표" (announcement) is no shell counter.
    assert all(not c.figures for c in claims_of("국정원은 24일 북한이 병력을 추가 파병했다고 밝혔다."))
    assert all(not c.figures for c in claims_of("국방부는 2024 발표에서 북한군 파병을 확인했다고 밝혔다."))


def test_a_korean_thousand_with_more_than_reads_as_about() -> None:
    figure = claim_with(claims_of("병력 3천여명이 추가로 파병됐다."), "3천여명").figures[0]
    assert figure.value == 3000 and figure.low < 3000 < figure.high


def test_a_japanese_count_glued_to_its_words() -> None:
    claims = claims_of("韓国の国家情報院によると、北朝鮮は約11,000人の兵士をロシアに派遣した。")
    figure = claim_with(claims, "11,000人").figures[0]
    assert figure.value == 11000 and figure.qualifier == "approx"  # was no figure: "約" read as a letter before it
    assert claim_with(claims_of("防衛省は、北朝鮮がロシアに約1万2000人を派遣したと発表した。"), "1万2000人").figures[0].value == 12000


def test_several_thousand_in_korean_and_japanese_is_vague() -> None:
    figure = claim_with(claims_of("韓国軍によると、北朝鮮は砲弾数百万発をロシアに送った。"), "数百万発").figures[0]
    assert (figure.value, figure.unit) == (2_000_000, "shells") and figure.high > figure.value


def test_a_russian_scale_word_multiplies() -> None:
    claims = claims_of("По данным ГУР, в Курской области находятся около 11 тысяч северокорейских военных.")
    figure = claim_with(claims, "11 тысяч").figures[0]
    assert (figure.value, figure.qualifier) == (11000, "approx")  # was 11 "тысяч"
    assert claim_with(claims, "11 тысяч").claimant == "Defence Intelligence of Ukraine"


# --- Korean, Japanese and Russian attribution -------------------------------------------------------------------


def test_the_korean_topic_is_the_speaker_not_its_clause() -> None:
    claims = claims_of("국가정보원은 북한이 1만1000명의 병력을 러시아에 파병했다고 밝혔다.")
    assert claim_with(claims, "1만1000명").claimant == NIS
    assert claim_with(claims_of("합참은 병력 3천여명이 추가로 파병됐다고 밝혔다."), "3천여명").claimant == "Joint Chiefs of Staff"
    # A date before the topic is not part of the speaker's name; a title after a name is.
    assert claim_with(claims_of("지난 24일 국정원은 북한군 사상자가 약 3000명이라고 보고했다."), "3000명").claimant == NIS
    assert claim_with(claims_of("이성권 의원은 북한군 사상자가 3천여명에 달한다고 말했다."), "3천여명").claimant == "Lee Seong-kweun"  # the alias list names him (session 28)


def test_according_to_in_korean_and_japanese() -> None:
    assert claim_with(claims_of("국가정보원에 따르면 북한군 약 1만명이 쿠르스크에 배치됐다."), "1만명").claimant == NIS
    assert claim_with(claims_of("연합뉴스에 따르면 북한군 300여명이 숨졌다."), "300여명").claimant == "Yonhap"
    assert claim_with(claims_of("聯合ニュースによれば、北朝鮮兵の死傷者は3000人を超えた。"), "3000人").claimant == "Yonhap"


def test_a_korean_sentence_without_a_reporting_verb_has_no_speaker() -> None:
    assert claim_with(claims_of("북한군 약 1만1000명이 러시아 쿠르스크에 배치됐다."), "1만1000명").claimant is None


def test_russian_sources_before_and_after_their_verb() -> None:
    claims = claims_of("Зеленский заявил, что Северная Корея может отправить до 100 тысяч солдат.")
    assert claim_with(claims, "100 тысяч").claimant == "Volodymyr Zelenskyy"  # the alias list spells him in Latin letters
    claims = claims_of("Как сообщил Пентагон, КНДР передала России более 1 млн снарядов.")
    assert claim_with(claims, "1 млн").claimant == "Pentagon"  # not "Как" ("as"); the alias folds the spelling
    assert claim_with(claims, "1 млн").figures[0].qualifier == "at_least"


# --- English layouts ---------------------------------------------------------------------------------------------


def test_a_line_or_day_number_before_a_colon_counts_nothing() -> None:
    claims = claims_of("Line 1: officials said 10 North Korean troops were captured near Sudzha.")
    assert [f.surface for f in claim_with(claims, "10").figures] == ["10"]  # was "1" troops as well
    claims = claims_of("Day 3: Ukrainian officials said 200 North Korean soldiers were killed near Sudzha.")
    assert [f.surface for f in claim_with(claims, "200").figures] == ["200"]
    # A count closing a clause before a colon stays a count.
    assert [f.surface for c in claims_of("The toll rose to 300: the deadliest week yet.") for f in c.figures] == ["300"]


def test_a_label_before_another_sources_words_relays_them() -> None:
    claim = claim_with(claims_of("Yonhap: NIS says 3,000 more North Korean troops were sent to Russia."), "3,000")
    assert (claim.claimant, claim.via) == (NIS, "Yonhap")  # was via None
    claim = claim_with(claims_of("Update: NIS says 3,000 more North Korean troops were sent to Russia."), "3,000")
    assert (claim.claimant, claim.via) == (NIS, None)  # a heading word relays nothing


def test_neither_confirming_nor_denying_keeps_the_speaker() -> None:
    claims = claims_of("The Kremlin has neither confirmed nor denied reports that North Korea sent 10,000 troops.")
    assert claim_with(claims, "10,000").claimant == "Kremlin"  # was None
    claims = claims_of("Kremlin spokesman Dmitry Peskov neither confirmed nor denied reports that 12,000 North Korean "
                       "soldiers were deployed.")
    assert claim_with(claims, "12,000").claimant == "Dmitry Peskov"  # was "Dmitry Peskov neither"


def test_a_leaders_name_ending_like_a_place_labels_his_words() -> None:
    claims = claims_of("Kim Jong Un: 10,000 more soldiers are ready to fight for Russia.",
                       "North Korean leader Kim Jong Un spoke at a parade in Pyongyang.")
    assert claim_with(claims, "10,000").claimant == "Kim Jong Un"  # was None: "Un" read as "UN"


def test_an_owners_estimate_set_off_by_dashes_is_theirs() -> None:
    claims = claims_of("The Pentagon's estimate — 10,000 to 12,000 troops — is higher than Seoul's.")
    assert claim_with(claims, "10,000").claimant == "Pentagon"  # was None


def test_pictures_cited_are_evidence_and_whoever_reads_them_says_it() -> None:
    claims = claims_of("NK News, citing satellite imagery from Planet Labs, reported that 40 rail cars were loaded.")
    assert (claim_with(claims, "40").claimant, claim_with(claims, "40").via) == ("NK News", None)  # was Planet Labs
    claims = claims_of("Images from Planet Labs analysed by CSIS show at least 40 rail cars at Tumangang.")
    assert claim_with(claims, "40").claimant == "CSIS"  # was None
    # Data from an institute stays the institute's.
    claims = claims_of("Reuters, citing officials from the NIS, reported that 300 soldiers had died.")
    assert claim_with(claims, "300").via == "Reuters"


def test_a_count_despite_a_denial_is_the_counters() -> None:
    claims = claims_of("Moscow denied any North Korean presence, despite UN monitors counting 20 ships docking at Rajin.")
    assert claim_with(claims, "20").claimant == "UN monitors"  # was Moscow
    claims = claims_of("Despite officials counting 300 dead, the fighting went on.")
    assert claim_with(claims, "300").claimant == "officials"


def test_bracketed_sources_keep_the_subject_of_the_force_estimated() -> None:
    claims = claims_of("Estimates of the force range from 11,000 (NIS) to 12,000 (HUR).")
    subjects = [claim_with(claims, s).subject for s in ("11,000", "12,000")]
    assert subjects == ["troops_deployed"] * 2  # were None
    assert claim_with(claims_of("The size of the air force is 110,000."), "110,000").subject is None
