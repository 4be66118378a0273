"""Round 26b (Korean, Japanese, Cyrillic): what the QA sweep's unseen articles showed, in other words.

A Japanese speaker wrapped in an owner ("ロシアの…"), a title ("…報道官") or a bracketed short name ("…（国情院）")
is the body or person the alias list knows; a Korean estimate put "at" a figure ("…명으로 추산했지만", "…명으로 보고
있다") is its topic's claim, clause by clause; a Russian or Ukrainian second source after a contrast ("…, проте
розвідка Південної Кореї оцінює …") claims the figures after it; prisoners taken ("생포", "捕虜", "взяли в плен") are
no troops deployed nor losses; "ліквідували" counts losses and "450 загинули" / "1 200 отримали поранення" count
casualties; a Cyrillic daily or monthly rate ("на день", "в сутки", "щомісяця") is a flow, while a briefing's "за
сутки" tally stays a count; Korean and Japanese passages get topic tags like any other.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.topics import load_topic_taxonomy, topics_in_text

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


# --- who says it ---------------------------------------------------------------------------------------------------
def test_a_japanese_speaker_with_owner_and_title_is_the_known_person() -> None:
    claim = claim_with(claims_of("ロシアのペスコフ報道官は、北朝鮮兵約1万人の派遣を否定した。"), "1万")
    assert claim.claimant == "Dmitry Peskov"


def test_a_japanese_body_with_its_short_name_in_brackets_is_the_known_body() -> None:
    claim = claim_with(claims_of("国家情報院（国情院）は、ロシアに派遣された北朝鮮兵が約1万5000人に増えたと分析した。"), "1万5000")
    assert claim.claimant == NIS


def test_korean_estimates_put_at_a_figure_in_two_clauses_are_two_claims() -> None:
    claims = claims_of("합참은 북한군 병력을 1만명으로 추정했지만, 국정원은 1만5천명으로 보고 있다.")
    assert claim_with(claims, "1만명").claimant == "Joint Chiefs of Staff"
    assert claim_with(claims, "1만5천명").claimant == NIS


def test_a_ukrainian_second_source_after_a_contrast_claims_its_own_figure() -> None:
    claims = claims_of("За оцінкою Пентагону, в Курській області воюють 10 тисяч військових КНДР, проте розвідка "
                       "Південної Кореї оцінює їхню кількість у 13 тисяч.")
    assert claim_with(claims, "10 тисяч").claimant == "Pentagon"
    assert claim_with(claims, "13 тисяч").claimant == NIS


def test_a_russian_second_source_after_a_contrast_claims_its_own_figure() -> None:
    claims = claims_of("По данным ГУР, в Курской области воюют около 11 тысяч северокорейских военных, однако "
                       "Пентагон оценивает их число в 14 тысяч.")
    assert claim_with(claims, "11 тысяч").claimant == HUR
    assert claim_with(claims, "14 тысяч").claimant == "Pentagon"


# --- what the figure counts ---------------------------------------------------------------------------------------
def test_korean_prisoners_taken_are_no_troops_deployed() -> None:
    claim = claim_with(claims_of("우크라이나 특수부대는 쿠르스크에서 북한군 병사 3명을 포로로 잡았다고 밝혔다."), "3명")
    assert claim.subject not in ("troops_deployed", "casualties")


def test_japanese_prisoners_taken_are_no_troops_deployed() -> None:
    claim = claim_with(claims_of("ウクライナ特殊作戦軍は、クルスク州で北朝鮮兵5人を捕虜にしたと明らかにした。"), "5人")
    assert claim.subject not in ("troops_deployed", "casualties")


def test_a_ukrainian_elimination_counts_losses() -> None:
    claim = claim_with(claims_of("За минулий тиждень на Курщині Сили оборони ліквідували 250 північнокорейських вояків."),
                       "250")
    assert claim.subject == "casualties"


def test_a_cyrillic_count_of_the_dead_and_the_wounded_counts_casualties() -> None:
    claims = claims_of("За даними Генштабу ЗСУ, 450 загинули, ще 1 200 отримали поранення.")
    for part in ("450", "1 200"):
        claim = claim_with(claims, part)
        assert claim.subject == "casualties"
        assert next(f for f in claim.figures if part in f.surface).unit == "casualties"


def test_the_troops_of_a_contingent_are_counted_in_people() -> None:
    claim = claim_with(claims_of("Чисельність північнокорейського контингенту в Росії сягає 12 000 осіб, повідомила "
                                 "військова розвідка."), "12 000")
    assert claim.subject == "troops_deployed"


def test_cyrillic_daily_and_monthly_rates_are_flows_and_a_past_day_tally_is_a_count() -> None:
    daily = claim_with(claims_of("Северокорейские подразделения теряют около 80 бойцов в сутки, утверждает Буданов."), "80")
    assert daily.subject == "casualties_per_day"
    monthly = claim_with(claims_of("Пхеньян щомісяця надсилає до Росії 1 500 військових, вважають у ГУР."), "1 500")
    assert monthly.subject == "troops_per_month"
    tally = claim_with(claims_of("Генштаб ВСУ сообщил, что за сутки ликвидированы 150 военных КНДР."), "150")
    assert tally.subject == "casualties"


# --- topics ---------------------------------------------------------------------------------------------------------
def test_korean_and_japanese_passages_get_topic_tags() -> None:
    assert {"surrender_pows", "kursk", "casualties"} <= _topics("쿠르스크 전선에서 포로가 된 북한군 병사는 사상자 집계에서 빠졌다.")
    assert {"artillery", "kursk", "casualties"} <= _topics("クルスク州では砲弾が不足し、北朝鮮兵の死傷者が増えている。")
    assert "surrender_pows" not in _topics("포로셴코 전 대통령은 북한의 파병을 비판했다.")  # Poroshenko holds "포로"


def test_the_size_of_a_dispatch_between_noun_and_count_keeps_the_troops() -> None:
    claim = claim_with(claims_of("합참은 북한군 파견 규모가 8천명에 이른다고 밝혔다."), "8천명")
    assert (claim.subject, claim.figures[0].unit) == ("troops_deployed", "troops")
    claim = claim_with(claims_of("米国防総省は、北朝鮮兵の派遣規模を約9000人と推計した。"), "9000人")
    assert (claim.subject, claim.figures[0].unit) == ("troops_deployed", "troops")


def test_a_cyrillic_daily_loss_of_people_is_a_daily_casualty_rate():
    # "осіб" (persons) per day: the rate counts people lost, as "men per day" does
    from store.analysis import analyse_articles
    from store.normalise import normalise_text

    text = "Втрати\n\nЗа даними ГУР, підрозділи КНДР втрачають до 100 осіб на день.\n"
    claims = analyse_articles(normalise_text(text, "t.txt", "0" * 64).articles)
    assert [(c.subject, [f.value for f in c.figures]) for c in claims] == [("casualties_per_day", [100.0])]
