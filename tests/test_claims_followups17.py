"""Follow-ups to claims round 17: one name per body across scripts, relay chains folded hand by hand, debris
before a name, a document's compound author, and two speakers set against each other in one sentence.

Each assertion names what an analyst reads off the claim: who said it, through whom, and which figure is whose.
"""

from __future__ import annotations

import random

import pytest
from claim_builders import claim_with, claims_of

from store.analysis.claimant_folding import canonicalise_claimants, folded_via
from store.analysis.claimant_refold import FoldedNames, canonicalise_claimants_since
from store.analysis.claimants import aliased, clean_claimant
from store.models import Claim

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff"
GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"


# --- 1. aliases ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "body"), [
    ("韩国国家情报院", NIS),  # Chinese, with the country
    ("韩国国情院", NIS),
    ("국정원", NIS),
    ("국가정보원", NIS),
    ("연합뉴스", "Yonhap"),
    ("聯合ニュース", "Yonhap"),
    ("联合通讯社", "Yonhap"),
    ("합참", JCS),
    ("합동참모본부", JCS),
    ("Генштаб ЗСУ", GENERAL_STAFF),
    ("Генеральний штаб ЗСУ", GENERAL_STAFF),
    ("ウクライナ国防省情報総局", HUR),
    ("Ukrainian military intelligence", HUR),
    ("Ukraine's military intelligence", HUR),
    ("Kiews", "Kyiv"),
    ("Kiew", "Kyiv"),
    ("Séoul", "Seoul"),
    ("乌方", "Ukraine"),  # "the Ukrainian side"
    ("韩方", "South Korea"),
])
def test_a_body_named_in_another_script_or_spelling_is_one_claimant(written, body):
    assert aliased(written) == body


def test_a_korean_sentence_naming_the_joint_chiefs_gives_the_body_english_copy_names():
    claim = claim_with(claims_of("합참은 북한군 1만1000명이 러시아에 파병됐다고 밝혔다."), "1만1000명")
    assert claim.claimant == JCS  # was "합참": the same body as the Russian and Ukrainian copy's, split in three


def test_a_declined_ukrainian_general_staff_folds_to_its_english_name():
    claims = [_claim(1, "Генерального штабу ЗСУ")]
    canonicalise_claimants(claims)
    assert claims[0].claimant == GENERAL_STAFF


# --- 2. relay chains --------------------------------------------------------------------------------------------


def _claim(number: int, name: str, via: str | None = None) -> Claim:
    return Claim(id=f"c{number}", article_id="a1", passage_id="p1", text="…", start=0, end=1, claimant=name,
                 claimant_in_file=name, via=via)


@pytest.mark.parametrize(("via", "folded"), [
    ("officials via 연합뉴스", "officials via Yonhap"),
    ("officials via 聯合ニュース", "officials via Yonhap"),
    ("lawmakers via the AP", "lawmakers via Associated Press"),
    ("агентства Ёнхап via 국정원", "Yonhap via National Intelligence Service"),  # each link in its own case
    ("Yonhap", "Yonhap"),
])
def test_each_hand_of_a_relay_chain_is_aliased_on_its_own(via, folded):
    claims = [_claim(1, NIS, via=via)]
    canonicalise_claimants(claims)
    assert claims[0].via == folded  # was the chain as written: no link folded, "officials via 연합뉴스"
    assert folded_via(folded) == folded  # folding again changes nothing


def test_a_briefed_chain_names_the_agency_in_english_whatever_script_it_was_written_in():
    claims = [_claim(1, NIS, via="officials via 聯合ニュース"), _claim(2, NIS, via="officials via Yonhap")]
    canonicalise_claimants(claims)
    assert claims[0].via == claims[1].via == "officials via Yonhap"


_NAMES = ["Kyrylo Budanov", "Budanov", "K. Budanov", "국정원", "NIS", "Генерального штабу ЗСУ", "Сеула", "Yonhap"]
_VIAS = [None, "Yonhap", "officials via 연합뉴스", "lawmakers via агентства Ёнхап", "Сеула via the AP", "합참 via officials"]


@pytest.mark.parametrize("seed", range(6))
def test_refolding_relay_chains_gives_the_fold_of_the_whole(seed):
    rng = random.Random(seed)
    before = [_claim(i, rng.choice(_NAMES), rng.choice(_VIAS)) for i in range(40)]
    canonicalise_claimants(before)
    state = FoldedNames.of(before)
    assert state is not None
    grown = [*before, *(_claim(100 + i, rng.choice(_NAMES), rng.choice(_VIAS)) for i in range(6))]
    whole = [_claim(i, c.claimant_in_file, c.via) for i, c in enumerate(grown)]
    canonicalise_claimants_since(grown, state)
    canonicalise_claimants(whole)
    assert [(c.claimant, c.via) for c in grown] == [(c.claimant, c.via) for c in whole]
    assert all(" via " not in (c.via or "") or "연합뉴스" not in c.via for c in grown)


# --- 3. debris before a name -----------------------------------------------------------------------------------


def test_a_spreadsheet_formula_before_the_speaker_is_no_part_of_its_name():
    claim = claim_with(claims_of("+SUM(1,2) The Pentagon estimated 12,000 North Korean troops were in Kursk."), "12,000")
    assert claim.claimant == "Pentagon"  # was "+SUM The Pentagon"


@pytest.mark.parametrize(("raw", "name"), [
    ("=A1*2 NIS", NIS),
    ("** Reuters", "Reuters"),
    ("• Ukraine", "Ukraine"),  # a bullet the page kept
    ("@DefenceU", "@DefenceU"),  # a handle opens with its sign
])
def test_a_name_opens_with_a_letter_a_digit_or_a_handle_sign(raw, name):
    assert clean_claimant(raw) == name


# --- 4. a document's compound author -------------------------------------------------------------------------------


def test_a_military_intelligence_estimate_is_the_intelligence_service_s():
    claims = claims_of("North Korea sent 12,000 troops, per a Ukrainian military intelligence estimate.")
    assert claim_with(claims, "12,000").claimant == HUR  # was "Ukrainian military": the army, not its spies


def test_a_plain_military_estimate_stays_the_military_s():
    claims = claims_of("North Korea sent 12,000 troops, per a Ukrainian military estimate.")
    assert claim_with(claims, "12,000").claimant == "Ukrainian military"


# --- 5. two speakers set against each other ---------------------------------------------------------------------


def _whose(claims: list[Claim]) -> dict[str, str | None]:
    return {figure.surface: claim.claimant for claim in claims for figure in claim.figures}


def test_japanese_contrast_gives_each_figure_its_own_speaker():
    claims = claims_of("ウクライナ側は1万2000人と推定しているが、韓国政府は1万1000人とみている。")
    assert _whose(claims) == {"1万2000人": "Ukraine", "1万1000人": "韓国政府"}  # was both the Ukrainian side's


def test_chinese_contrast_gives_each_figure_its_own_speaker():
    claims = claims_of("乌方估计有1.2万人，而韩方估计为1.1万人。")
    assert _whose(claims) == {"1.2万人": "Ukraine", "1.1万人": "South Korea"}  # was nobody's
    assert [c.text for c in claims] == ["乌方估计有1.2万人", "韩方估计为1.1万人。"]  # the connective is neither's


def test_korean_contrast_gives_each_figure_its_own_speaker():
    claims = claims_of("우크라이나는 북한군이 1만2000명이라고 주장했지만, 한국 정부는 1만1000명이라고 밝혔다.")
    assert _whose(claims) == {"1만2000명": "우크라이나", "1만1000명": "한국 정부"}


def test_english_contrast_still_gives_each_figure_its_own_speaker():
    claims = claims_of("Ukraine puts the figure at 12,000, while Seoul estimates 11,000.")
    assert _whose(claims) == {"12,000": "Ukraine", "11,000": "Seoul"}


def test_a_relay_and_its_source_split_by_a_comma_stay_one_claim():
    claims = claims_of("据韩联社报道，国家情报院表示，朝鲜已向俄罗斯派遣1.1万人。")
    claim = claim_with(claims, "1.1万")
    assert (claim.claimant, claim.via) == (NIS, "Yonhap")


def test_a_clause_without_a_speaker_of_its_own_leaves_the_sentence_one_claim():
    claims = claims_of("国防省は1万2000人と推定しているが、詳細は明らかにしていない。")
    assert _whose(claims) == {"1万2000人": "国防省"}


def test_a_word_of_time_before_an_estimate_names_nobody():
    claims = claims_of("目前估计有1.2万人。")
    assert [c.claimant for c in claims] == [None]  # the figure is still found; it names nobody


def test_a_chinese_but_clause_with_its_own_speaker_is_its_own_claim():
    claims = claims_of("国家情报院表示，朝鲜已派遣1.1万人，但乌克兰称有1.2万人。")
    assert _whose(claims) == {"1.1万人": NIS, "1.2万人": "乌克兰"}  # was both the NIS's


def test_a_reported_estimate_keeps_its_relay_when_a_contrast_follows():
    claims = claims_of("据韩联社报道，国家情报院估计有1.1万人，但五角大楼认为为1.2万人。")
    first, second = claim_with(claims, "1.1万人"), claim_with(claims, "1.2万人")
    assert (first.claimant, first.via) == (NIS, "Yonhap")
    assert (second.claimant, second.via) == ("Pentagon", None)


def test_a_korean_count_after_but_is_no_speaker():
    claims = claims_of("국정원은 1만1000명이 파병됐다고 밝혔지만, 이 중 3000명이 사상했다고 덧붙였다.")
    assert set(_whose(claims).values()) == {NIS}  # not "명", the counter of "3000명이"
