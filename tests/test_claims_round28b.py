"""Claims round 28b: what the session's QA sweeps read wrongly, as general rules in sentences of our own.

A figure of added troops ("another 2,000", "2,000 more", "додатково"), a forecast ("might climb to 20,000",
"with 5,000 more anticipated") and a part of a whole ("of whom 9,000 are near Kursk", "dont 9 000") count no
present total: the tracker and comparisons set them apart instead of pooling them with the totals.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.present_counts import FORECAST, INCREMENT, PART, why_not_present
from store.compare.subject_figures import estimates, is_set_apart

LEAD = "Pyongyang has about 10,000 soldiers in Russia, according to Western estimates."


def _apart(claims, surface: str) -> bool:
    claim = claim_with(claims, surface)
    return is_set_apart(claim, next(f for f in claim.figures if surface in f.surface))


# --- increments ------------------------------------------------------------------------------------------


def test_added_troops_are_an_increment_not_a_total() -> None:
    claims = claims_of(LEAD, "Seoul's spy agency said another 2,000 soldiers had left for Russia in March.")
    assert _apart(claims, "2,000")
    claims = claims_of(LEAD, "Kyiv believes Pyongyang shipped roughly 2,500 more soldiers to the front this winter.")
    assert _apart(claims, "2,500")
    assert not _apart(claims, "10,000")  # the total stays an estimate
    claims = claims_of("Seoul said 9,000 or more soldiers are in Russia.", "Kyiv said more than 9,500 troops arrived.",
                       "Kyiv said another 700 troops arrived.")
    assert not _apart(claims, "9,000") and not _apart(claims, "9,500")  # "or more", "more than": no increment
    assert _apart(claims, "700")


def test_an_increment_beside_its_running_total_is_left_out_of_the_estimates() -> None:
    claims = claims_of("Lawmakers said Pyongyang has deployed a further 500 to 1,500 soldiers, bringing its "
                       "contingent to some 12,500.")
    claim = claim_with(claims, "12,500")
    assert [f.surface for f in estimates(claim)] == ["some 12,500"]


def test_cyrillic_words_of_addition_mark_an_increment() -> None:
    claims = claims_of(LEAD, "За оцінкою розвідки, КНДР направила додатково 2 тисячі військових.")
    claim = next(c for c in claims if "тисяч" in c.text)
    assert why_not_present(claim.text, claim.figures[0]) == INCREMENT and is_set_apart(claim, claim.figures[0])
    claims = claims_of(LEAD, "По данным Сеула, КНДР дополнительно направила около 2 000 военных.")
    claim = next(c for c in claims if "2 000" in c.text)
    assert why_not_present(claim.text, claim.figures[0]) == INCREMENT


# --- forecasts -------------------------------------------------------------------------------------------


def test_a_modal_change_to_a_figure_is_a_forecast() -> None:
    claims = claims_of(LEAD, "That number might climb to 20,000 by summer, a Ukrainian diplomat said.")
    claim = claim_with(claims, "20,000")
    assert why_not_present(claim.text, claim.figures[0]) == FORECAST
    assert estimates(claim) == []  # no present count to set against 10,000
    claims = claims_of(LEAD, "The contingent may have reached 12,000 by January, an analyst said.")
    claim = claim_with(claims, "12,000")
    assert why_not_present(claim.text, claim.figures[0]) is None  # a past modal estimates the present


def test_figures_still_expected_are_a_forecast_beside_the_present_count() -> None:
    claims = claims_of("Officials counted 10,500 soldiers already in Kursk, with 5,000 more anticipated, Kyiv says.")
    claim = claim_with(claims, "10,500")
    assert [f.surface for f in estimates(claim)] == ["10,500"]


# --- parts -----------------------------------------------------------------------------------------------


def test_a_part_named_after_its_whole_is_no_total() -> None:
    claims = claims_of("Kyiv said 13,000 North Korean soldiers are in Russia, of whom 9,000 are near Kursk.")
    claim = claim_with(claims, "13,000")
    assert [f.surface for f in estimates(claim)] == ["13,000"]
    part = next(f for f in claim.figures if "9,000" in f.surface)
    assert why_not_present(claim.text, part) == PART


def test_french_dont_and_including_a_place_make_a_part() -> None:
    claims = claims_of("D'après Kyiv, près de 13 000 soldats nord-coréens seraient en Russie, dont 9 000 près "
                       "de Koursk.")
    claim = next(c for c in claims if "13 000" in c.text)
    assert [f.value for f in estimates(claim)] == [13000]
    claims = claims_of("The agency said 13,000 soldiers, including 9,000 in the Kursk region, were deployed.")
    assert [f.value for f in estimates(claim_with(claims, "13,000"))] == [13000]


# --- whose "country's spy agency", whose share ------------------------------------------------------------

NIS = "National Intelligence Service"


def test_the_country_of_the_speakers_adjective_owns_the_spy_agency() -> None:
    claims = claims_of("Kyiv's HUR has put Pyongyang's share of Russia's shells at a third.",
                       "A South Korean diplomat, citing the country's spy agency, said 11,500 troops are in Russia.")
    assert claim_with(claims, "11,500").claimant == NIS  # not HUR, named before, nor the RGB of "Pyongyang's"


def test_a_country_the_sentence_says_sent_troops_owns_no_agency() -> None:
    claims = claims_of("A US officer, citing the country's intelligence service, said North Korea had sent 11,500.")
    assert claim_with(claims, "11,500").claimant == "Central Intelligence Agency"


def test_a_share_without_its_noun_continues_the_share_just_given() -> None:
    claims = claims_of("Pyongyang now provides close to half of all artillery rounds Russia fires, analysts say. "
                       "Estonia's intelligence service has put North Korea's share at roughly 35%.",
                       "Others put it slightly higher, at about 55 per cent.")
    assert claim_with(claims, "35%").subject == "ammunition_share"
    assert claim_with(claims, "55").subject == "ammunition_share"


# --- counts a speaker cites are their compiler's ------------------------------------------------------------


def test_figures_compiled_by_a_body_make_it_the_source_and_the_speaker_its_relay() -> None:
    claim = claim_with(claims_of("Two officials, speaking on condition of anonymity, said roughly 3,500 North Korean "
                                 "soldiers had been killed or wounded, citing data collected by South Korea's NIS."),
                       "3,500")
    assert claim.claimant == NIS
    assert claim.via is not None and "officials" in claim.via


# --- a figure named as the one a speaker gave -----------------------------------------------------------------


def test_a_figure_a_follow_up_names_as_given_is_its_speakers() -> None:
    claims = claims_of("Kyiv says 2,800 North Korean soldiers have been killed or wounded.",
                       "That is well above the 2,800 Washington has given.")
    claim = claims[-1]
    assert (claim.claimant, claim.subject) == ("Washington", "casualties")
    claims = claims_of("The Pentagon estimates 1,300 North Korean soldiers have been killed or wounded, far short of "
                       "the 2,800 Kyiv gave last week.")
    assert claim_with(claims, "1,300").claimant == "Pentagon"
    assert claim_with(claims, "2,800").claimant == "Kyiv"


def test_a_post_captioned_with_its_author_and_platform_is_the_authors() -> None:
    claims = claims_of("Kyiv says 2,800 North Korean soldiers have been killed or wounded.",
                       'A post from Budanov on Telegram: "By our count, at least 2,900 North Koreans are now out of '
                       'action."')
    claim = claim_with(claims, "2,900")
    assert (claim.claimant, claim.via) == ("Budanov", "Telegram")


# --- a source and its relay closing the sentence; dates the sentence gives otherwise ----------------------------


def test_according_to_a_body_then_a_speaker_is_the_body_relayed_by_the_speaker() -> None:
    claims = claims_of("About 1,500 North Korean soldiers have been wounded, according to the spy agency, Park said.")
    assert len(claims) == 1  # no second claim "Park said." without a figure
    assert claims[0].claimant is not None and "spy agency" in claims[0].claimant
    assert claims[0].via == "Park"


def test_a_date_relative_to_another_date_is_not_the_publication_date() -> None:
    from store.analysis.claim_dates import claim_date

    assert claim_date("NATO had put the toll at several hundred two weeks earlier.", "2025-03-20") == (None, None)
    assert claim_date("Ukraine said 3,000 were killed.", "2025-03-20") == ("2025-03-20", "published")


def test_a_season_dates_a_claim_by_its_year() -> None:
    from store.analysis.claim_dates import claim_date

    assert claim_date("Of the 12,000 troops sent last summer, 3,000 have fallen.", "2025-03-20") == ("2024", "stated")
    assert claim_date("Seoul said 12,000 troops arrived in the spring.", "2025-07-01") == ("2025", "stated")


# --- Korean: a date before the verb, a perfect estimate, a described lawmaker briefed by the NIS ----------------


def test_a_korean_topic_reports_with_a_day_before_the_verb() -> None:
    claims = claims_of("국가정보원은 북한군 사상자가 4천명에 이른 것으로 파악된다고 20일 밝혔다.")
    assert claims[0].claimant == NIS


def test_a_korean_estimate_in_the_perfect_is_the_topics() -> None:
    claims = claims_of("앞서 국정원은 북한군 약 1만2천명이 러시아에 파견된 것으로 추정한 바 있다.")
    assert claims[0].claimant == NIS


def test_a_korean_lawmaker_briefed_after_by_the_nis_relays_it_and_loses_the_description() -> None:
    claims = claims_of("정보위원회 야당 간사인 박선원 의원은 이날 국정원 보고를 받은 뒤 \"전사자는 약 400명\"이라고 말했다.")
    assert claims[0].claimant == NIS
    assert claims[0].via is not None and "간사인" not in claims[0].via and "박선원" in claims[0].via


# --- Thai: a speaker a space before the verb, declining to comment ---------------------------------------------


def test_a_thai_speaker_before_a_spaced_verb_loses_the_clause_opener() -> None:
    claims = claims_of("ขณะที่กระทรวงกลาโหมสหรัฐ ระบุว่า มีทหารเกาหลีเหนือราว 12,000 นาย")
    assert claims[0].claimant == "กระทรวงกลาโหมสหรัฐ"


def test_declining_to_comment_in_thai_is_no_denial() -> None:
    claims = claims_of("ขณะที่กระทรวงกลาโหมสหรัฐ ระบุว่า มีทหารเกาหลีเหนือราว 12,000 นาย",
                       "ด้านกระทรวงกลาโหมรัสเซียปฏิเสธที่จะแสดงความคิดเห็น")
    assert not any(c.denied for c in claims)


def test_declining_to_comment_beside_a_figure_in_thai_is_no_denial() -> None:
    claims = claims_of("กระทรวงกลาโหมรัสเซียปฏิเสธที่จะแสดงความคิดเห็นต่อรายงานทหาร 12,000 นาย")
    assert not any(c.denied for c in claims)


# --- a transcript's greetings and turn-taking claim nothing ------------------------------------------------------


def test_greetings_and_turn_taking_are_pleasantries_but_answers_are_not() -> None:
    from store.analysis.pleasantries import is_pleasantry

    for sentence in ("ADMIRAL JOHN KIRBY: Good morning, all.", "Thanks so much, everybody.", "MS. SINGH: Okay.",
                     "Two announcements at the top, then we will take questions."):
        assert is_pleasantry(sentence), sentence
    for sentence in ("Thank you. We think about 12,000.", "No, they have not withdrawn.", "Great care is needed.",
                     "Thanks to Seoul's help, we know the toll."):
        assert not is_pleasantry(sentence), sentence


def test_a_labelled_greeting_gives_no_claim() -> None:
    claims = claims_of("MS. SABRINA SINGH: Good morning, everyone. Two announcements at the top, then we will take "
                       "questions.", "MS. SINGH: Thanks very much, everybody.")
    assert [c.text for c in claims if not c.figures] == []
