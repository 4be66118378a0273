"""Blind round 26: the claim gaps round 25 left open, and claims as unseen outlets phrase them.

A body named in lower case before a colon ("defence ministry: 1,500 more …") speaks, while a label ("update:")
still never does; a loss rate ("losing about 100 men per day", "dozens of soldiers a day", "killed every day",
"daily") is a daily casualty flow with a subject of its own; South Korea's intelligence in Russian and Ukrainian
("разведка Южной Кореи", "розвідка Південної Кореї", "южнокорейская разведка") is the NIS; the person an
"Interview with …" names answers its Q&A; the standard of a comparison ("twice as many as Russia admits", "more
than Moscow admits") says no figure; "earlier reports of 15,000" and "has since doubled its estimate to 22,000"
give superseded figures that never lead; a correction ("an earlier version said 1,200") retracts its figure even
without "of this article", and the source its wrong words named is not the claimant; a bracketed source after
"12,000 North Korean troops" or "150 KN-23s" is the figure's source.  None of these sentences comes from a seed,
the brief's examples verbatim, or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of
from claim_round_cases import Case, check_case, misread_cases

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"

# --- what the reference read wrongly; each case fails there -------------------------------------------------------
FIXED = [
    # a body in lower case before a colon
    Case("defence ministry: 1,500 more North Korean troops sent to Kursk", "defence ministry", 1500, "exact", "troops",
         "troops_deployed"),
    Case("Japan's defence ministry: about 12,000 North Korean soldiers in Russia.", "~Japan's defence ministry",
         12000, "approx", "soldiers", "troops_deployed"),
    Case("South Korea's spy agency: 1,100 North Korean soldiers killed or wounded.", NIS, 1100, "exact", "casualties",
         "casualties"),
    # a daily loss rate
    Case("The army is losing about 100 men per day in the Kursk salient, a North Korean defector told the BBC.",
         "~North Korean defector", 100, "approx", "men per day", "casualties_per_day", via="BBC"),
    Case("North Korea is losing dozens of soldiers a day near Sudzha, HUR said.", HUR, 24, "approx",
         "soldiers per day", "casualties_per_day"),
    Case("About 100 North Korean soldiers are killed every day, Ukrainian officials said.", "Ukrainian officials", 100,
         "approx", "soldiers per day", "casualties_per_day"),
    Case("North Korea loses about 100 men daily in Kursk, a Ukrainian drone commander said.",
         "~Ukrainian drone commander", 100, "approx", "men per day", "casualties_per_day"),
    # South Korea's intelligence in Russian and Ukrainian
    Case("Разведка Южной Кореи сообщила, что в Курскую область отправлено около 11 тысяч северокорейских военных.",
         NIS, 11000, "approx", "troops", "troops_deployed"),
    Case("Як повідомила розвідка Південної Кореї, у Курській області перебувають близько 11 тисяч військових КНДР.",
         NIS, 11000, "approx", "troops", "troops_deployed"),
    Case("Южнокорейская разведка оценивает потери КНДР в 3 тысячи человек убитыми и ранеными.", NIS, 3000, "exact",
         "casualties", "casualties"),
    # the standard of a comparison says no figure
    Case("North Korea has lost twice as many soldiers as Russia admits, some 4,000, Zelensky said.", "Zelensky", 4000,
         "approx", "soldiers", "casualties"),
    Case("North Korea has lost far more soldiers than Moscow admits, about 4,000, a Ukrainian commander said.",
         "~Ukrainian commander", 4000, "approx", "soldiers", "casualties"),
    # a source in brackets after a people or a weapon's designation
    Case("About 12,000 North Korean troops (NIS) are now in Kursk.", NIS, 12000, "approx", "troops", "troops_deployed"),
    Case("- Missiles: about 150 KN-23s (HUR)", HUR, 150, "approx", "KN-23s", "missiles_supplied"),
]

# --- the blind round: Q&A, bullet lists, abbreviated and East Asian figures, increments, changes, notes -----------
ROUND = FIXED + [
    Case("Q: How many North Korean soldiers are in Kursk? A: Our estimate is about 11,000.", None, 11000, "approx",
         "soldiers", "troops_deployed"),
    Case("• Troops: 11,000–12,000 (NIS)", NIS, 12000, "range", "troops", "troops_deployed"),
    Case("• Casualties: about 3,000 (HUR)", HUR, 3000, "approx", "casualties", "casualties"),
    Case("North Korea has sent 11k troops to Russia, a Western diplomat said.", "~Western diplomat", 11000, "exact",
         "troops", "troops_deployed"),
    Case("North Korea has sent 12 thousand troops to Russia, the Pentagon said.", "Pentagon", 12000, "exact", "troops",
         "troops_deployed"),
    Case("Ukraine's HUR puts the toll at 4k killed and wounded.", HUR, 4000, "exact", "casualties", "casualties"),
    Case("국정원은 북한군 약 1만1천 명이 쿠르스크에 있다고 밝혔다.", NIS, 11000, "approx", "troops", "troops_deployed"),
    Case("国家情報院によると、北朝鮮は1万2000人の兵士をロシアに派遣した。", NIS, 12000, "exact", "troops",
         "troops_deployed"),
    Case("据韩国国家情报院称，朝鲜已向俄罗斯派遣1.2万名士兵。", NIS, 12000, "exact", "troops", "troops_deployed"),
    Case("North Korea has sent a further 1,500 troops to Kursk, the NIS said.", NIS, 1500, "exact", "troops",
         "troops_deployed"),
    Case("North Korea now has about 11,000 troops in Kursk, down from 15,000 in December, HUR said.", HUR, 11000,
         "approx", "troops", "troops_deployed"),
    Case("North Korean troop numbers in Kursk have doubled to 22,000, HUR said.", HUR, 22000, "exact", "troops",
         "troops_deployed"),
    Case("In total since October, North Korea has lost 4,000 soldiers, Zelensky said.", "Zelensky", 4000, "exact",
         "soldiers", "casualties"),
    Case("Cumulative North Korean losses reached 4,000 killed and wounded, the General Staff said.", "General Staff",
         4000, "exact", "casualties", "casualties"),
    Case("Asked how many North Korean troops remained in Kursk, the spokesman said: \"Around 11,000.\"", "~spokesman",
         11000, "approx", "troops", "troops_deployed"),
    Case("North Korea has suffered more losses than the Kremlin admits — about 4,000 — a Ukrainian commander said.",
         "~Ukrainian commander", 4000, "approx", "casualties", "casualties"),
    # an unverified note hedges, but it is no denial
    Case("HUR said 1,000 North Korean soldiers had been killed, a figure that could not be independently verified.",
         HUR, 1000, "exact", "soldiers", "casualties", hedged=True),
]


@pytest.mark.parametrize("case", FIXED, ids=lambda case: case.text[:50])
def test_a_claim_the_reference_misread_is_read_whole(case: Case) -> None:
    check_case(case)


def test_the_blind_round_reads_every_sentence_whole() -> None:
    assert len(ROUND) >= 25
    assert misread_cases(ROUND) == []


def _lead(*paragraphs: str) -> tuple[str | None, float]:
    """The claimant and leading figure of the one claim the paragraphs make."""
    claims = [c for c in claims_of(*paragraphs) if c.figures]
    assert len(claims) == 1, [(c.claimant, [f.surface for f in c.figures]) for c in claims]
    return claims[0].claimant, claims[0].figures[0].value


def test_a_lower_case_body_before_a_colon_speaks_but_a_label_never_does() -> None:
    assert _lead("intelligence service: about 11,000 North Korean soldiers are in Russia") == (
        "intelligence service", 11000)
    for label in ("update", "background", "key data", "note", "the numbers"):
        assert _lead(f"{label}: 1,500 more North Korean troops sent to Kursk")[0] is None, label
    # a phrase with no body's head before the colon names nobody either
    assert _lead("the reason is simple: 1,500 more North Korean troops were sent to Kursk")[0] is None


def test_a_rate_after_the_verb_is_a_flow_but_a_day_after_an_event_is_not() -> None:
    rate = claims_of("About 100 North Korean soldiers are killed every day, Ukrainian officials said.")[0]
    assert (rate.figures[0].unit, rate.subject) == ("soldiers per day", "casualties_per_day")
    once = claims_of("About 100 North Korean soldiers were killed a day after arriving, HUR said.")[0]
    assert (once.figures[0].unit, once.subject) == ("soldiers", "casualties")
    monthly = claims_of("North Korea sends 500 troops monthly to Russia, the NIS said.")[0]
    assert (monthly.figures[0].unit, monthly.subject) == ("troops per month", "troops_per_month")


def test_daily_before_a_noun_is_no_rate_and_the_count_beside_it_is_still_read() -> None:
    # "daily" before a noun is an adjective: the count beside it is no rate.  (Checked over all the claims'
    # figures, this passed on a claim that had lost its figure.)
    claim = claim_with(claims_of("Some 300 North Korean soldiers daily reports say were killed, HUR said."), "300")
    assert claim.figures[0].unit != "soldiers per day"


def test_south_koreas_intelligence_is_the_nis_in_every_case_but_its_military_intelligence_is_not() -> None:
    for text in (
        "По данным разведки Южной Кореи, КНДР направила в Россию около 11 тысяч военных.",
        "Как сообщает южнокорейская разведка, около 11 тысяч военных КНДР находятся в Курской области.",
        "За даними розвідки Південної Кореї, КНДР відправила до Росії близько 11 тисяч військових.",
    ):
        assert _lead(text) == (NIS, 11000), text
    assert _lead("По данным военной разведки Южной Кореи, КНДР направила в Россию около 11 тысяч военных.")[0] != NIS


def test_an_interview_with_a_named_person_gives_their_answers() -> None:
    claims = claims_of(
        "Interview with Kyrylo Budanov, head of Ukraine's military intelligence.",
        "Q: How many North Korean soldiers are in Kursk?",
        "A: Our estimate is about 11,000.",
        "Q: And how many have been killed?",
        "A: About 1,000, maybe more.",
    )
    assert [(c.claimant, c.figures[0].value) for c in claims if c.figures] == [
        ("Kyrylo Budanov", 11000), ("Kyrylo Budanov", 1000)]


def test_the_standard_of_a_comparison_says_no_figure_but_an_as_clause_still_attributes() -> None:
    assert _lead("North Korea has shipped three times as many shells as Washington estimated, some 9 million, HUR "
                 "said.")[0] == HUR
    assert _lead("As the NIS said, about 11,000 North Korean troops are in Kursk.") == (NIS, 11000)


def test_someone_elses_earlier_figure_and_a_doubled_estimate_never_lead() -> None:
    assert _lead("Contrary to earlier reports of 15,000, the NIS now puts the number of North Korean troops in Russia "
                 "at 11,000.") == (NIS, 11000)
    assert _lead("The NIS put the figure at 11,000 in November but has since doubled its estimate to 22,000.") == (
        NIS, 22000)
    assert _lead("Seoul said an additional 3,000 troops had been sent, roughly doubling the number to 6,000.") == (
        "Seoul", 6000)


def test_a_correction_retracts_its_figure_and_the_source_it_misquoted_claims_nothing() -> None:
    claims = [c for c in claims_of("Correction: an earlier version said 1,200; the NIS figure is 1,100.") if c.figures]
    assert [(c.claimant, c.figures[0].value, c.denied) for c in claims] == [(None, 1200, True), (NIS, 1100, False)]
    claims = claims_of("Correction: An earlier version of this story said the NIS put North Korean casualties at "
                       "1,200.")
    assert [(c.claimant, c.figures[0].value, c.denied) for c in claims] == [(None, 1200, True)]
    # a version of something else is no correction
    claims = claims_of("A new version of the KN-23 missile has a range of 900 km, HUR said.")
    assert all(not c.denied for c in claims)


def test_a_quotation_wrapped_over_two_paragraphs_is_its_speakers_in_both() -> None:
    claims = claims_of("Zelensky said North Korea had sent \"around 11,000 troops, and",
                       "about 3,000 of them have already been killed or wounded\".")
    assert [(c.claimant, c.subject) for c in claims] == [("Zelensky", "troops_deployed"), ("Zelensky", "casualties")]
    # quoted paragraphs of their own, the speaker named in the first: as before
    claims = claims_of("Budanov told the BBC: \"North Korea has sent around 11,000 troops.",
                       "\"Of those, about 3,000 have been killed or wounded.\"")
    assert [(c.claimant, c.via) for c in claims] == [("Budanov", "BBC")] * 2
    # a paragraph that opens no quotation takes nothing from one closed before it
    claims = claims_of("\"North Korea has sent around 11,000 troops,\" Budanov said.",
                       "About 3,000 North Korean soldiers have been killed, the outlet estimated from satellite data.")
    assert claims[1].claimant != "Budanov"


def test_a_cyrillic_daily_loss_rate_is_a_flow() -> None:
    claim = claims_of("Північнокорейські війська втрачають до 100 бійців на день, повідомили в ГУР.")[0]
    assert claim.subject == "casualties_per_day"
