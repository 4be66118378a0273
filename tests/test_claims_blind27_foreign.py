"""Claims round 27 (Japanese, Chinese, Korean, Ukrainian, Russian): the lead's listed gaps as general rules.

A Japanese or Chinese comma ("、", "，") ends a clause, so "…約1万2000人で、このうち死傷者は3000人を超えた" counts a
deployment and, apart, casualties; "ще 120" / "ещё 3 тысячи" (another so many) continues the count before it, as
"another" does; a country and a body noun in Korean, Japanese or Chinese ("우크라이나 정보당국", "미국 국방부",
"韓国の情報機関") is named as English copy names that body, so the same tables fold it.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"


# --- (a) one figure, one subject, clause by clause --------------------------------------------------------------
def test_a_japanese_sentence_of_two_clauses_counts_a_deployment_and_casualties_apart() -> None:
    claims = claims_of("関係者によると、派遣された北朝鮮兵は約1万2000人で、このうち死傷者は3000人を超えた。")
    assert claim_with(claims, "1万2000人").subject == "troops_deployed"
    assert claim_with(claims, "3000人").subject == "casualties"
    assert claim_with(claims, "3000人").text == "このうち死傷者は3000人を超えた。"  # each claim its own clause's words
    claims = claims_of("北朝鮮兵約1万2000人が派遣され、死傷者は3000人を超えた。")
    assert claim_with(claims, "1万2000人").subject == "troops_deployed"


def test_a_chinese_sentence_of_two_clauses_counts_a_deployment_and_casualties_apart() -> None:
    claims = claims_of("据乌克兰情报部门称，约1.2万名朝鲜士兵被派往俄罗斯，其中3000多人伤亡。")
    assert claim_with(claims, "1.2万名").subject == "troops_deployed"
    assert claim_with(claims, "3000多人").subject == "casualties"


# --- (f) another so many, in Ukrainian and Russian -------------------------------------------------------------
def test_ukrainian_and_russian_another_so_many_continue_the_count_before() -> None:
    claims = claims_of("За даними ГУР, у Курській області 11 тисяч військових КНДР. Ще 3 тисячі прибули пізніше.")
    assert claim_with(claims, "3 тисячі").subject == "troops_deployed"
    claims = claims_of("По данным ГУР, в Курской области погибли 300 военных КНДР. Ещё 120 были ранены.")
    assert claim_with(claims, "120").figures[0].unit != ""


def test_a_forecast_of_another_so_many_after_losses_is_more_troops_to_come() -> None:
    claims = claims_of("По данным ГУР, в Курской области погибли 300 военных КНДР. Ещё 3 тысячи могут прибыть в "
                       "ближайшее время.")
    assert claim_with(claims, "3 тысячи").subject == "troops_deployed"
    claims = claims_of("За даними ГУР, у Курській області загинули 300 військових КНДР. Ще 3 тисячі можуть прибути "
                       "найближчим часом.")
    assert claim_with(claims, "3 тисячі").subject == "troops_deployed"


# --- (g) a country and a body noun, as English copy names them --------------------------------------------------
def test_korean_ukrainian_intelligence_and_us_defence_ministry_are_named_as_in_english() -> None:
    claim = claim_with(claims_of("우크라이나 정보당국은 북한군 1만1천명이 쿠르스크에 있다고 밝혔다."), "1만1천명")
    assert claim.claimant == "Ukrainian intelligence"
    claim = claim_with(claims_of("미국 국방부는 북한군 1만명이 러시아에 있다고 밝혔다."), "1만명")
    assert claim.claimant == "Pentagon"


def test_a_japanese_countrys_intelligence_agency_is_its_spy_agency() -> None:
    claim = claim_with(claims_of("北朝鮮兵の戦死者は千人を超えたと、韓国の情報機関が明らかにした。"), "千人")
    assert claim.claimant == NIS
    # a body noun with no country says none, and stays as written
    claim = claim_with(claims_of("국방부는 북한군 사상자가 3천 명 안팎이라고 밝혔다."), "3천")
    assert claim.claimant == "국방부"


# --- blind round ------------------------------------------------------------------------------------------------
def test_a_chinese_according_to_with_only_a_comma_after_the_source_names_it() -> None:
    claim = claim_with(claims_of("据韩国国家情报院，朝鲜向俄派遣约1.1万名士兵。"), "1.1万名")
    assert claim.claimant == NIS
    # "据了解" (as is understood) names nobody
    assert claim_with(claims_of("据了解，朝鲜向俄派遣约1.1万名士兵。"), "1.1万名").claimant is None


def test_a_report_called_a_canard_in_russian_or_ukrainian_is_denied() -> None:
    claim = claim_with(claims_of("Песков назвал сообщения о 10 тысячах северокорейских военных «очередной уткой»."),
                       "10 тысячах")
    assert (claim.claimant, claim.denied) == ("Dmitry Peskov", True)
    claim = claim_with(claims_of("Захарова назвала дані про 12 тисяч військових КНДР «газетною качкою»."), "12 тисяч")
    assert claim.denied
