"""Blind round 20: English claims, who claims what on whose authority, in forms the earlier rounds did not write.

Fractions of a million ("a quarter of a million shells"), newsroom abbreviations ("50pc", "1.2 mln"), a
speaker after a time noun ("the month US officials say …"), a figure set off between dashes with a source of
its own, a quoted speaker relaying a body ("Lee said: \"The NIS told us …\""), reports a body will not
confirm, "as few as", capability ("would be able to send"), a comparison dated "against 300 in December",
and the ranges, shares, hedges and weapon names the brief listed, each with what an analyst should read
off it.  Every input was written for this round (none copied from a seed or an earlier test).
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.analysis.claim_dates import claim_date
from store.models import Claim

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"
ISW = "Institute for the Study of War"


def _figured(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.figures]


def _only(claims: list[Claim]) -> Claim:
    found = _figured(claims)
    assert len(found) == 1, [(c.claimant, c.via, c.text, [f.surface for f in c.figures]) for c in claims]
    return found[0]


# --- one claim each: (sentence, claimant, via, first figure's value, its unit, subject) ------------------------------
# ``None`` for the subject means "not checked".

CASES = {
    # fractions of a million are one count, not a share and a million
    "quarter_of_a_million": (
        "North Korea has shipped a quarter of a million shells to Russia since August, Ukrainian officials said.",
        "Ukrainian officials", None, 250_000, "shells", "munitions_supplied"),
    "half_a_million": (
        "Pyongyang has sent half a million shells to Russia, a Ukrainian official said.",
        "Ukrainian official", None, 500_000, "shells", "munitions_supplied"),
    "three_quarters_of_a_million": (
        "Three-quarters of a million rounds have reached Russia from North Korea, Seoul's military said.",
        "Seoul's military", None, 750_000, "rounds", None),
    "a_third_of_a_million": (
        "Kim Byung-kee said a third of a million shells had gone north by rail.",
        "Kim Byung-kee", None, 1_000_000 / 3, "shells", None),
    # newsroom abbreviations
    "pc_joined": (
        "North Korea provides 50pc of Russia's shells, British intelligence said.",
        "British intelligence", None, 50, "percent", "ammunition_share"),
    "pc_spaced": (
        "North Korean ammunition makes up 40 pc of the shells Russia fires, analysts said.",
        "analysts", None, 40, "percent", "ammunition_share"),
    "mln": (
        "Pyongyang sent 1.2 mln shells last year, the ministry said.", "ministry", None, 1_200_000, "shells",
        "munitions_supplied"),
    "m_joined": (
        "North Korea supplied 1.5m artillery rounds in the autumn, Ukraine's HUR said.", HUR, None, 1_500_000,
        "rounds", "munitions_supplied"),
    # a time noun before the speaker is no part of the speaker
    "the_month_officials_say": (
        "The deployment began last October, the month US officials say the first 3,000 troops arrived in "
        "Vladivostok.", "US officials", None, 3000, "troops", "troops_deployed"),
    "the_week_officers_say": (
        "The offensive stalled in January, the week Ukrainian officers say 300 North Korean soldiers died.",
        "Ukrainian officers", None, 300, "soldiers", "casualties"),
    "the_same_month_intelligence_says": (
        "The troops arrived in October, the same month South Korean intelligence says 1,500 special forces landed "
        "in Vladivostok.", "National Intelligence Service", None, 1500, None, "troops_deployed"),
    # the brief's constructions that must keep working (written anew)
    "between_range": (
        "Between 10,000 and 12,000 North Korean soldiers are fighting in Kursk, the Pentagon said.", "Pentagon", None,
        11_000, "soldiers", "troops_deployed"),
    "as_many_as_spy_agency": (
        "As many as 15,000 North Korean workers have arrived in Russia this year, South Korea's spy agency said.",
        NIS, None, 15_000, "workers", "workers_sent"),
    "nearly_half_of_shells": (
        "North Korea now supplies nearly half of Russia's artillery shells, Ukraine's defence intelligence said.",
        HUR, None, 50, "percent", "ammunition_share"),
    "per_cent": (
        "North Korean shells make up 60 per cent of the ammunition Russia fires, Budanov said.", "Budanov", None, 60,
        "percent", "ammunition_share"),
    "dead_or_wounded": (
        "More than 4,000 dead or wounded North Koreans were counted in Kursk, Zelensky said.", "Zelensky", None, 4000,
        None, "casualties"),
    "anonymous_senior_official": (
        "About 1,500 North Korean troops have been killed, a senior Western official said on condition of "
        "anonymity.", "senior Western official", None, 1500, "troops", "casualties"),
    "report_by_isw": (
        "According to a report by the Institute for the Study of War, some 500 North Korean soldiers died last week.",
        ISW, None, 500, "soldiers", "casualties"),
    "spy_agency_apposed_acronym": (
        "South Korea's spy agency, the NIS, said about 4,700 North Korean troops had been killed or wounded.", NIS,
        None, 4700, "troops", "casualties"),
    "acronym_apposed_spy_agency": (
        "The NIS, South Korea's spy agency, said 1,100 North Korean soldiers had been killed.", NIS, None, 1100,
        "soldiers", "casualties"),
    "state_media_claimed": (
        "Pyongyang's state media KCNA claimed that 10,000 volunteers had signed up.", "KCNA", None, 10_000,
        "volunteers", None),
    "lawmakers_briefed_by": (
        "Lawmakers briefed by the NIS said some 2,000 North Korean soldiers had been killed.", NIS, "Lawmakers", 2000,
        "soldiers", "casualties"),
    "calibre_before_guns": (
        "North Korea has sent about 200 170mm self-propelled guns to Russia, Seoul's military said.",
        "Seoul's military", None, 200, "guns", "artillery_systems"),
    "missile_names_with_numbers": (
        "North Korea has sent more than 100 KN-23 and KN-24 missiles to Russia, Ukraine's military intelligence "
        "said.", HUR, None, 100, "missiles", "missiles_supplied"),
    "billions_of_dollars": (
        "North Korea earned $20 billion from its arms trade with Russia, a South Korean think tank estimated.",
        "South Korean think tank", None, 20e9, "USD", "payments"),
    "parenthesised_according_to": (
        "North Korea sent more troops (some 3,000, according to Seoul) to the front in January.", "Seoul", None,
        3000, "troops", "troops_deployed"),
    "dashed_count": (
        "North Korea has sent more troops to Russia - about 3,000 by the Pentagon's count - since January.",
        "Pentagon", None, 3000, "troops", "troops_deployed"),
    "told_committee_according_to_lawmaker": (
        "The NIS told a parliamentary committee that 1,100 North Korean troops had been killed, according to "
        "lawmaker Lee Seong-kweun.", NIS, "Lee Seong-kweun", 1100, "troops", "casualties"),
    # a quoted speaker who passes on a body's figure relays it
    "quoted_speaker_relays_body": (
        'Lee said: "The NIS told us 300 had died."', NIS, "Lee", 300, None, "casualties"),
    "quoted_after_comma_relays_body": (
        'Kirby said, "The Pentagon believes 10,000 troops are in Kursk."', "Pentagon", "Kirby", 10_000, "troops",
        "troops_deployed"),
    # more of the same written anew: a whole and a part of a million, relays and owners
    "one_and_a_half_million": (
        "North Korea has sent one and a half million shells, Ukraine's HUR said.", HUR, None, 1_500_000, "shells",
        "munitions_supplied"),
    "quarter_million_hyphenated": (
        "Russia has received a quarter-million North Korean shells, the NIS said.", NIS, None, 250_000, "shells",
        "munitions_supplied"),
    "says_inverted_citing": (
        "About 600 North Korean soldiers have died, says Kim Byung-kee, citing the NIS.", NIS, "Kim Byung-kee", 600,
        "soldiers", "casualties"),
    "estimates_set_off_by_commas": (
        "Some 11,000 North Korean troops, the Pentagon estimates, are now in Kursk.", "Pentagon", None, 11_000,
        "troops", "troops_deployed"),
    "official_told_broadcaster": (
        "North Korean troops number about 12,000, a Ukrainian intelligence official told the BBC.",
        "Ukrainian intelligence official", "BBC", 12_000, None, "troops_deployed"),
    "report_by_institute_as_much_as_bn": (
        "North Korea could earn as much as $20bn, according to a report by the Korea Institute for Defense Analyses.",
        "Korea Institute for Defense Analyses", None, 20e9, "USD", "payments"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_claimant_relay_and_figure(case: str) -> None:
    sentence, claimant, via, value, unit, subject = CASES[case]
    claim = _only(claims_of(sentence))
    assert (claim.claimant, claim.via) == (claimant, via)
    assert claim.figures[0].value == pytest.approx(value)
    if unit is not None:
        assert claim.figures[0].unit == unit
    if subject is not None:
        assert claim.subject == subject


# --- bounds and hedges ------------------------------------------------------------------------------------------------


def test_a_fraction_of_a_million_keeps_its_hedge_and_a_fraction_of_a_whole_stays_a_share() -> None:
    claim = _only(claims_of("Roughly a quarter of a million shells have been delivered, the NIS said."))
    assert claim.figures[0].qualifier == "approx" and claim.figures[0].value == 250_000
    claim = _only(claims_of("North Korea supplies a quarter of Russia's shells, the NIS said."))
    assert (claim.figures[0].value, claim.figures[0].unit) == (25, "percent")
    claim = _only(claims_of("Half of the North Korean shells are duds, a Ukrainian gunner said."))
    assert (claim.figures[0].value, claim.figures[0].unit) == (50, "percent")


def test_as_few_as_is_a_floor() -> None:
    claim = _only(claims_of("As few as 1,000 North Korean soldiers may still be fighting, a Western official said."))
    figure = claim.figures[0]
    assert (figure.qualifier, figure.low, figure.high, claim.hedged) == ("at_least", 1000, None, True)


@pytest.mark.parametrize("text", [
    "The Kremlin declined to confirm reports of 12,000 North Korean soldiers in Kursk.",
    "The Kremlin did not confirm reports that 12,000 North Korean troops were in Russia.",
    "The Pentagon would not confirm a figure of 500 North Korean casualties.",
])
def test_a_report_a_body_will_not_confirm_is_hedged_and_not_the_bodys(text: str) -> None:
    claim = _only(claims_of(text))
    assert claim.hedged
    assert claim.claimant not in {"Kremlin", "Pentagon"}
    assert not claim.denied  # not confirming is no denial


def test_what_a_country_would_be_able_to_send_is_hedged() -> None:
    claim = _only(claims_of("North Korea would be able to send up to 200,000 soldiers, analysts said."))
    assert claim.hedged and claim.figures[0].high == 200_000
    claim = _only(claims_of("North Korea could send up to 100,000 troops to Russia, a Ukrainian lawmaker said."))
    assert (claim.claimant, claim.hedged) == ("Ukrainian lawmaker", True)


def test_it_is_estimated_names_no_claimant_and_hedges() -> None:
    claim = _only(claims_of("It is estimated that 11,000 North Korean troops are now in Russia."))
    assert (claim.claimant, claim.hedged) == (None, True)


# --- two figures, two owners ------------------------------------------------------------------------------------------


def test_a_figure_between_dashes_with_its_own_source_is_that_sources_only() -> None:
    claims = claims_of("Some 3,000 North Korean soldiers — about a quarter of the force, according to Kyiv — have "
                       "been killed or wounded.")
    assert claim_with(claims, "quarter").claimant == "Kyiv"
    assert claim_with(claims, "3,000").claimant is None  # the article's own: Kyiv owns only the aside


def test_up_from_keeps_both_figures_and_what_they_count() -> None:
    claim = _only(claims_of("The number of North Korean troops in Kursk is now 12,000, up from 11,000 in December, "
                            "the NIS said."))
    assert [f.value for f in claim.figures] == [12_000, 11_000]
    assert claim.claimant == NIS and claim.subject == "troops_deployed"


def test_ranges_keep_their_bounds() -> None:
    for text in ("The Pentagon put the total at 10,000-12,000 troops.",
                 "Seoul estimates that North Korea has sent from 10,000 to 12,000 troops.",
                 "North Korea has deployed between 10,000 and 12,000 troops, according to the Pentagon."):
        figure = _only(claims_of(text)).figures[0]
        assert (figure.low, figure.high, figure.qualifier) == (10_000, 12_000, "range"), text


def test_a_weapon_named_with_digits_is_no_count() -> None:
    assert _figured(claims_of("Russia has fired KN-23 missiles at Kyiv, Ukraine's air force said.")) == []
    assert _figured(claims_of("North Korea sent 170mm self-propelled guns and 240mm rocket launchers to Russia, "
                              "the NIS said.")) == []


# --- dates ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The NIS now puts the toll at 4,700, against 3,000 in January.",
    "The Pentagon says 4,700 North Korean troops are in Kursk, up from 3,000 in January.",
    "The NIS now puts the toll at 4,700 killed or wounded, compared with 3,000 in January.",
])
def test_the_date_of_a_compared_figure_does_not_date_the_claim(text: str) -> None:
    assert claim_date(text, "2025-03-10", text.find("4,700")) == ("2025-03-10", "published")


def test_the_date_of_the_count_still_dates_it() -> None:
    text = "North Korea had 4,700 troops in Russia in February, up from 3,000 in October, according to the NIS."
    assert claim_date(text, "2025-03-10", text.find("4,700")) == ("2025-02", "stated")
