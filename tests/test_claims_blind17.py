"""Blind round 17: briefed speakers, gapped lists, revisions, and wire copy in seven languages.

"Yonhap, citing officials briefed by the NIS, said …" and "Lawmakers briefed
by the NIS said …" pass on the same agency's words: the agency is the claimant
in both, and every hand the words passed through stays readable in ``via``,
nearest first ("officials via Yonhap").  Further: speakers after their verb with
no article ("…, said officials"), lists that name the verb once ("the NIS
estimates 11,000; the Pentagon, 12,000"), estimates given "earlier" and "now",
and Korean, Japanese, Chinese, Russian, Ukrainian, German and French copy: their
citing and briefing words, revisions, ranges and counters.  Each assertion
names what an analyst reads off the claim.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.claimants import clean_claimant
from store.models import Claim

NIS = "National Intelligence Service"


def _only(claims: list[Claim]) -> Claim:
    with_figures = [c for c in claims if c.figures]
    assert len(with_figures) == 1, [(c.claimant, c.text) for c in claims]
    return with_figures[0]


def _who(claim: Claim) -> tuple[str | None, str | None]:
    return claim.claimant, claim.via


# --- speakers someone briefed -----------------------------------------------------------------------------------


def test_a_relay_citing_briefed_officials_gives_the_briefer_and_the_whole_chain() -> None:
    claim = _only(claims_of("Yonhap, citing officials briefed by the NIS, said about 11,000 North Korean troops "
                            "had been deployed to Kursk."))
    assert _who(claim) == (NIS, "officials via Yonhap")  # was ("officials", "Yonhap"): the agency was lost
    # The same agency whoever the briefed speakers are: the rule "Lawmakers briefed by the NIS said" already kept.
    assert _who(_only(claims_of("Lawmakers briefed by the NIS said about 11,000 North Korean troops had been "
                                "deployed to Kursk."))) == (NIS, "Lawmakers")


def test_briefed_speakers_after_according_to_in_apposition_or_in_a_relative_clause() -> None:
    claim = _only(claims_of("According to lawmakers briefed by the NIS, some 3,000 North Korean soldiers have been "
                            "killed or wounded."))
    assert _who(claim) == (NIS, "lawmakers")  # was ("lawmakers", None)
    claim = _only(claims_of("Lee Seong-kweun, a lawmaker briefed by the NIS, told reporters that about 4,000 North "
                            "Korean soldiers had been killed or wounded."))
    assert _who(claim) == (NIS, "Lee Seong-kweun")  # was Lee alone
    claim = _only(claims_of("A lawmaker who was briefed by the NIS told reporters 100 North Korean soldiers had died."))
    assert _who(claim) == (NIS, "lawmaker")  # was "briefed by the NIS", a phrase named as the speaker


def test_a_briefed_speaker_reported_by_an_outlet_keeps_the_outlet_in_the_chain() -> None:
    claim = _only(claims_of("Yonhap reported that lawmakers briefed by the NIS said 12,000 troops had been sent."))
    assert _who(claim) == (NIS, "lawmakers via Yonhap")  # was via "lawmakers": Yonhap dropped
    claim = _only(claims_of("Earlier, South Korean lawmakers briefed by the NIS put the casualties at around 300 dead."))
    assert _who(claim) == (NIS, "South Korean lawmakers")  # the briefer's name ends before "put"


def test_a_document_seen_by_the_relaying_paper_is_its_authors() -> None:
    claim = _only(claims_of("The Washington Post, citing a Ukrainian intelligence assessment seen by the paper, "
                            "reported that North Korea had sent 20,000 containers."))
    assert _who(claim) == ("Ukrainian intelligence", "Washington Post")  # was "… assessment seen by"


def test_an_author_named_in_apposition_past_a_long_description_owns_the_estimate() -> None:
    claim = _only(claims_of(
        "The report, by the Royal United Services Institute (RUSI), a London-based defence think tank whose analysts "
        "have tracked the arms transfers since 2023, estimated that 16,000 containers had been shipped."
    ))
    assert claim.claimant == "Royal United Services Institute"  # was None
    claim = _only(claims_of("A study by the Korea Institute for Defense Analyses found that North Korea earned "
                            "$20 billion."))
    assert claim.claimant == "Korea Institute for Defense Analyses"  # was None: "found that" reports a finding


def test_owners_claims_and_figures_in_quoted_words() -> None:
    claim = _only(claims_of("The BBC could not independently verify Zelensky's claim that 3,000 North Koreans had been "
                            "killed."))
    assert claim.claimant == "Zelensky"  # was None: the claim is his, the BBC only could not check it
    claims = claims_of('Ukraine\'s estimate of 4,000 casualties could not be verified, and the Pentagon put the number '
                       'in the "low thousands."')
    assert claim_with(claims, "thousands").claimant == "Pentagon"  # was Ukraine's: a quote hid "in the low"
    claim = _only(claims_of("Officials in Washington and Seoul, citing intelligence from Ukraine, said the number of "
                            "North Korean casualties had topped 3,000."))
    assert claim.claimant == "Ukraine"  # was "intelligence from Ukraine"


def test_quoted_as_saying_by_an_outlet_names_the_relay() -> None:
    claim = _only(claims_of("Up to 100,000 North Korean troops could be sent, Zelensky was quoted as saying by the "
                            "Kyiv Independent."))
    assert _who(claim) == ("Zelensky", "Kyiv Independent")  # was via None


# --- speakers after their verb ----------------------------------------------------------------------------------


def test_plural_speakers_after_the_verb_need_no_article() -> None:
    assert _only(claims_of("About 12,000 troops were sent, said officials.")).claimant == "officials"  # was None
    assert _only(claims_of("About 12,000 troops were sent, said officials in Seoul.")).claimant == "officials in Seoul"
    claim = _only(claims_of("About 12,000 troops were sent, said officials familiar with the matter."))
    assert claim.claimant == "officials"
    assert _who(_only(claims_of("About 12,000 troops were sent, said lawmakers who were briefed by the NIS."))) == (
        NIS, "lawmakers")
    # A named person's place is no part of the name.
    assert _only(claims_of('"About 12,000 are there," said Wallace Gregson in Washington.')).claimant == (
        "Wallace Gregson")
    # Experts quoted inside a quotation leave it to its speaker; "it" after "say analysts" is not the analysts.
    claims = claims_of('"Pyongyang sent at least 10,000 troops, say experts," Boris Michuk said.')
    assert [c.claimant for c in claims] == ["Boris Michuk"]
    claims = claims_of(
        "Kim could use the crisis to drive a wedge between Seoul and Washington, say analysts.",
        "North Korea has sent thousands of troops, with benefits for 600 of them, it said.",
    )
    assert claims[0].claimant == "analysts" and claim_with(claims, "600").claimant is None


def test_a_hyphenated_title_is_a_title() -> None:
    assert clean_claimant("NATO Secretary-General Mark Rutte") == "Mark Rutte"  # was the whole phrase
    assert clean_claimant("Commander-in-Chief Oleksandr Syrskyi") == "Oleksandr Syrskyi"
    assert clean_claimant("Jean-Claude Juncker") == "Jean-Claude Juncker"


# --- lists and revisions ---------------------------------------------------------------------------------


def test_a_list_that_names_the_verb_once_gives_each_speaker_its_figure() -> None:
    claims = claims_of("The NIS estimates 11,000 troops; the Pentagon, 12,000; and Ukraine, as many as 15,000.")
    assert claim_with(claims, "11,000").claimant == NIS
    assert claim_with(claims, "12,000").claimant == "Pentagon"  # all three were the NIS's
    assert claim_with(claims, "15,000").claimant == "Ukraine"
    claims = claims_of('Ukraine says 4,000; Seoul says 1,100; Washington, "hundreds."')
    assert claim_with(claims, "hundreds").claimant == "Washington"  # was Seoul's
    claims = claims_of("Seoul puts the toll at 1,100; Kyiv, at about 4,000.")
    assert (claim_with(claims, "1,100").claimant, claim_with(claims, "4,000").claimant) == ("Seoul", "Kyiv")


def test_a_bare_half_before_its_verb_is_a_share() -> None:
    claims = claims_of("Russia fired roughly 10,000 shells a day in 2024, of which about half came from North Korea, "
                       "according to Estonian intelligence.")
    claim = claim_with(claims, "half")
    assert (claim.claimant, claim.figures[0].value, claim.subject) == ("Estonian intelligence", 50, "ammunition_share")
    claim = _only(claims_of("Of the shells Russia fires, nearly half are North Korean, Budanov said."))
    assert (claim.figures[0].surface, claim.figures[0].unit) == ("nearly half", "percent")  # was no figure
    assert not [c for c in claims_of("The first half was quiet, officials said.") if c.figures]


def test_a_figure_given_earlier_yields_to_the_one_given_now() -> None:
    claim = _only(claims_of("The NIS, which had earlier put the number at 10,000, now believes about 12,000 troops "
                            "are in Russia."))
    assert [f.surface for f in claim.figures] == ["about 12,000", "10,000"]  # was 10,000 first
    claim = _only(claims_of("Ukraine initially estimated 500 casualties but now says at least 3,000 North Korean "
                            "soldiers have been killed or wounded."))
    assert claim.figures[0].value == 3000


# --- Korean, Japanese, Chinese ----------------------------------------------------------------------------------


def test_korean_citing_and_briefing_words() -> None:
    claim = _only(claims_of("연합뉴스는 국정원 보고를 받은 국회 정보위원들을 인용해 북한군 사상자가 3000명에 달한다고 보도했다."))
    assert claim.claimant == NIS and claim.via is not None and claim.via.startswith("국회 정보위원들 via ")  # was 연합뉴스
    claim = _only(claims_of("국정원 보고를 받은 국회 정보위원들은 북한군 사상자가 3000명에 달한다고 밝혔다."))
    assert _who(claim) == (NIS, "국회 정보위원들")  # was "받": a verb's ending read as the topic
    claim = _only(claims_of("연합뉴스는 정부 소식통을 인용해 북한군 1만1000명이 파병됐다고 보도했다."))
    assert claim.claimant == "정부 소식통" and claim.via is not None


def test_a_cited_korean_report_is_its_authors() -> None:
    claim = _only(claims_of("이성권 의원은 국정원 보고를 인용해 북한군 약 300명이 숨지고 2700명이 다쳤다고 전했다."))
    assert _who(claim) == (NIS, "Lee Seong-kweun")  # was "국정원 보고" (the NIS report) via the lawmaker


def test_a_korean_revision_is_its_topics_claim_and_the_new_figure_leads() -> None:
    claim = _only(claims_of("국정원은 북한군 사상자 추정치를 1100명에서 3000명으로 상향 조정했다."))
    assert claim.claimant == NIS  # was None
    assert [f.value for f in claim.figures] == [3000, 1100]  # was 1,100 first


def test_japanese_citing_views_and_revisions() -> None:
    claim = _only(claims_of("聯合ニュースは、国情院から報告を受けた議員の話として、北朝鮮兵の死傷者が約3000人に上ったと伝えた。"))
    assert claim.claimant == NIS and claim.via is not None and claim.via.startswith("議員 via ")  # was None
    claim = _only(claims_of("ウクライナ国防省情報総局は、ロシアが使う砲弾の約半分が北朝鮮製だとの見方を示した。"))
    assert claim.claimant is not None  # was None: "gave the view that" attributes
    claim = _only(claims_of("国家情報院は北朝鮮兵の死傷者数の推計を1100人から3000人に上方修正した。"))
    assert claim.claimant == NIS and claim.figures[0].value == 3000


def test_chinese_according_to_citing_and_counters() -> None:
    claims = claims_of("据韩国国家情报院称，约1.1万名朝鲜士兵已被部署到库尔斯克地区。")
    assert len(claims) == 1  # was split at "据" into an empty claim and one with no subject
    assert (claims[0].claimant, claims[0].figures[0].unit, claims[0].subject) == (
        "National Intelligence Service", "troops", "troops_deployed")
    claim = _only(claims_of("韩联社援引国情院消息称，朝鲜向俄罗斯运送了约1300万发炮弹。"))
    assert _who(claim) == (NIS, "Yonhap")  # was "韩联社援引国情院消息" with no figure
    assert (claim.figures[0].value, claim.figures[0].unit, claim.subject) == (13_000_000, "shells", "munitions_supplied")
    claim = _only(claims_of("据韩国国防部估计，朝鲜已向俄罗斯运送约2万个集装箱的弹药。"))
    assert (claim.figures[0].value, claim.figures[0].unit) == (20_000, "containers")
    claim = _only(claims_of("북한은 러시아에 약 1만3000개 컨테이너 분량의 탄약을 보낸 것으로 추정된다고 국정원이 밝혔다."))
    assert (claim.figures[0].value, claim.figures[0].unit) == (13_000, "containers")  # was no figure
    claims = claims_of("据韩联社报道，过去3个月里朝鲜向俄罗斯运送了约1300万发炮弹。")
    assert [f.value for c in claims for f in c.figures] == [13_000_000]  # "3个月" (three months) is no count


def test_cjk_ranges_approximations_and_generic_counters() -> None:
    claim = _only(claims_of("美国国防部发言人表示，约有1.1万至1.2万名朝鲜士兵在库尔斯克。"))
    figure = claim.figures[0]
    assert (figure.low, figure.high, figure.qualifier, figure.unit) == (11_000, 12_000, "range", "troops")  # was 12,000
    claim = _only(claims_of("据乌克兰方面估计，朝鲜士兵伤亡人数约为4000人。"))
    assert claim.figures[0].qualifier == "approx"  # "约为" (about), was exact
    claim = _only(claims_of("北朝鮮はロシアに砲弾など弾薬を詰めたコンテナ約2万個を送ったと韓国軍合同参謀本部が明らかにした。"))
    assert (claim.figures[0].value, claim.figures[0].unit) == (20_000, "containers")  # was no figure


def test_chinese_revision_and_hundred_millions() -> None:
    claim = _only(claims_of("国家情报院将朝鲜士兵伤亡人数从1100人上调至3000人。"))
    assert claim.claimant == NIS and [f.value for f in claim.figures] == [3000, 1100]
    claim = _only(claims_of("据韩联社报道，朝鲜或已获得约2亿发炮弹的订单。"))
    assert claim.figures[0].value == 200_000_000  # 亿, the simplified 億


# --- Russian, Ukrainian, German, French -------------------------------------------------------------------------


def test_cyrillic_ranges_are_ranges() -> None:
    claim = _only(claims_of("За оцінками ГУР, КНДР передала Росії від 4 до 5 млн снарядів."))
    figure = claim.figures[0]
    assert (figure.low, figure.high, figure.qualifier, figure.unit) == (4e6, 5e6, "range", "shells")
    assert len(claim.figures) == 1  # was "up to 5 million" and a "4" counting nothing
    claim = _only(claims_of("По данным ГУР, КНДР поставила от 500 тыс. до 1 млн снарядов."))
    assert [(f.low, f.high) for f in claim.figures] == [(500_000, 1_000_000)]
    claim = _only(claims_of("По оценкам Пентагона, в Курской области находятся от 11 000 до 12 000 северокорейских "
                            "военных."))
    assert [(f.low, f.high, f.unit) for f in claim.figures] == [(11_000, 12_000, "troops")]  # digits, no scale word
    claim = _only(claims_of("По данным ГУР, в Курской области находятся до 12 тыс. военных КНДР."))
    assert claim.figures[0].qualifier == "at_most"  # "до" alone is still "up to"


def test_german_and_french_cues_are_not_names() -> None:
    claim = _only(claims_of("Nach Angaben Kiews wurden bislang etwa 4000 nordkoreanische Soldaten getötet oder verwundet."))
    assert claim.claimant == "Kyiv"  # was "Nach Angaben Kiews", read as a person's full name
    claim = _only(claims_of("D'après Kiev, près de 4 000 soldats nord-coréens auraient été tués ou blessés."))
    assert claim.claimant == "Kyiv"
    claim = _only(claims_of("Der US-Geheimdienst schätzt, dass bis zu 15.000 Soldaten entsandt werden könnten."))
    assert claim.claimant == "US-Geheimdienst"  # was "the US": a compound's head is no acronym of its own
    claim = _only(claims_of("Südkoreas Geheimdienst NIS geht von rund 3000 Toten und Verletzten aus."))
    assert claim.claimant == NIS  # was None: "geht von … aus" (assumes) attributes


def test_a_french_figure_put_forward_by_someone_is_theirs() -> None:
    claim = _only(claims_of("Le Pentagone a refusé de confirmer le chiffre de 12 000 soldats avancé par Séoul."))
    assert claim.claimant == "Seoul"  # was None
    claim = _only(claims_of("Selon les chiffres fournis par le renseignement ukrainien, environ 4 000 soldats "
                            "nord-coréens ont été tués ou blessés."))
    assert claim.claimant == "renseignement ukrainien"
