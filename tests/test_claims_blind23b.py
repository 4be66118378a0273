"""Blind round 23b: the claim gaps round 23 left open, and claims as still other outlets phrase them.

A claimant's phrase never runs back over a clause that counts something ("NIS estimates 1,100 casualties in Kursk
and the Pentagon puts …"); a clause of the article's own with a figure, joined before a speaker's, stays the
article's ("Losses rose to 3,000 and the Pentagon said 1,000 …"); a body named with its country in front, behind
"of" or as a demonym is one body ("Ukraine's Main Intelligence Directorate" is the HUR); a range whose ends are
written in different styles ("1.1m-1,250,000", "1.1 million – 1 250 000") is one range; "in a statement seen by
Reuters" relays; "analysts at RUSI" are RUSI's; a share of a unit killed is a casualty rate; a plan ("preparing to
send") is a forecast, hedged.  Then Reuters exclusives, the General Staff's daily tally, the JCS, a White House
readout, ISIS, quotes over two paragraphs, rhetorical questions and numbers in words.  None of these sentences
comes from a seed, the brief's wording or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of
from claim_round_cases import Case, check_case, misread_cases

from store.analysis.claimants import aliased
from store.analysis.hedges import is_hedged
from store.analysis.numbers import find_figures
from store.analysis.phrase_ends import content_side

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"

# --- what the reference read wrongly; each case fails there -------------------------------------------------------
FIXED = [
    # the second speaker's phrase stops at a clause that counts something
    Case("The NIS estimates 1,100 casualties in Kursk and the Pentagon puts the number at 1,200.", "Pentagon", 1200,
         "exact", "casualties", "casualties"),
    # the article's own clause before a speaker's
    Case("North Korean casualties rose to 3,000 and the Pentagon said another 1,000 were missing.", None, 3000, "exact",
         "casualties", "casualties"),
    # a body named with its country before it, or by its capital
    Case("Ukraine's Main Intelligence Directorate said on Telegram that 12,000 North Korean troops had been deployed.",
         HUR, 12000, "exact", "troops", "troops_deployed", "Telegram"),
    Case("Kyiv's military intelligence said scores of North Korean soldiers had been killed near Kursk.", HUR, 40,
         "approx", "soldiers", "casualties"),
    # a range's ends in two styles
    Case("Pyongyang may have shipped 1.1m-1,250,000 shells by October, an analyst said.", "analyst", 1_250_000,
         "range", "shells", "munitions_supplied", hedged=True),
    Case("South Korea's spy agency said North Korea had sent 1.1 million – 1 250 000 shells.", NIS, 1_250_000, "range",
         "shells", "munitions_supplied"),
    # the outlet that saw a document relays it
    Case("Pyongyang has sent 12,000 troops, the ministry said in a statement seen by Reuters.", "~ministry", 12000,
         "exact", "troops", "troops_deployed", via="Reuters"),
    # analysts named by where they work
    Case("Casualties, estimated by analysts at RUSI at just under 4,000, are mounting.", "RUSI", 4000, "approx",
         "casualties", "casualties", hedged=True),
    # a document's author, past the document ("The readout from …", "a … readout of the call")
    Case("The readout from the White House said the president raised the presence of some 12,000 North Korean troops "
         "in Kursk.", "White House", 12000, "approx", "troops", "troops_deployed"),
    Case("According to a White House readout of the call, the two leaders discussed the deployment of some 11,000 "
         "North Korean soldiers.", "White House", 11000, "approx", "soldiers", "troops_deployed"),
    Case("In a written reply seen by the Guardian, the UK Ministry of Defence said North Korea had supplied roughly "
         "half of Russia's shells.", "~Ministry of Defence", 50, "approx", "percent", "ammunition_share",
         via="Guardian"),
    # a question's people counted by the answers in its own paragraph
    Case("How many North Koreans have died? Kyiv says roughly 4,000; Seoul says about 300.", "Kyiv", 4000, "approx",
         "north koreans", "casualties"),
    # a plan is a forecast
    Case("North Korea is preparing to send an additional 30,000 troops early next year, officials said.", "officials",
         30000, "exact", "troops", "troops_deployed", hedged=True),
]

# --- the blind round: exclusives, daily tallies, the JCS, readouts, think tanks, questions, words ------------------
ROUND = FIXED + [
    Case("North Korea has supplied Russia with roughly 3 million artillery shells since August 2023, three people "
         "familiar with the matter told Reuters.", "unnamed sources", 3_000_000, "approx", "shells",
         "munitions_supplied", via="Reuters"),
    Case("The enemy lost 1,230 personnel over the past day, the General Staff of Ukraine's Armed Forces said on "
         "Telegram.", "~General Staff", 1230, "exact", "personnel", "casualties", "Telegram"),
    Case("The General Staff said the enemy lost 1,450 personnel and 12 tanks in the past 24 hours.", "~General Staff",
         1450, "exact", "personnel", "casualties"),
    Case("South Korea's Joint Chiefs of Staff said in a briefing that an estimated 3,000 additional North Korean "
         "troops had been sent to Russia.", "~Joint Chiefs of Staff", 3000, "approx", "troops", "troops_deployed"),
    Case("The Institute for Science and International Security estimated in a report that North Korea had shipped "
         "well over 20,000 containers of munitions.", "Institute for Science and International Security", 20000,
         "at_least", "containers", "munitions_supplied", hedged=True),
    Case("About 1,500 North Korean soldiers were killed in December alone, according to a document reviewed by The "
         "Wall Street Journal.", "Wall Street Journal", 1500, "approx", "soldiers", "casualties"),
    Case("The toll could reach 100,000 if the war drags on, analysts at the Royal United Services Institute "
         "estimated.", "~Royal United Services Institute", 100000, "at_most", "casualties", "casualties",
         hedged=True),
    Case("Twelve thousand North Korean soldiers are now in Russia, Ukrainian intelligence said.",
         "~Ukrainian intelligence", 12000, "exact", "soldiers", "troops_deployed"),
    Case("North Korea plans to send another 30,000 troops next year, the Ukrainian defence ministry said.",
         "~Ukrainian defence ministry", 30000, "exact", "troops", "troops_deployed", hedged=True),
    Case("Yonhap reported, citing the JCS, that a dozen North Korean howitzers had been shipped to Russia.", "~JCS", 12,
         "exact", "howitzers", "artillery_systems", via="Yonhap"),
    Case("Will North Korea send 100,000 more? Nobody in Seoul knows.", None, 100000, "exact", "troops",
         "troops_deployed", hedged=True),
    Case("\"We believe up to 3,000 have died,\" National Security Council spokesman John Kirby said in a statement.",
         "John Kirby", 3000, "at_most", "casualties", "casualties", hedged=True),
    Case("Britain's Ministry of Defence said in its daily intelligence update that North Korea had probably lost well "
         "over 1,000 troops.", "~Ministry of Defence", 1000, "at_least", "troops", "casualties", hedged=True),
    Case("The Kremlin flatly rejected a report that 15,000 North Korean workers had arrived in Russia.", "Kremlin",
         15000, "exact", "workers", "workers_sent", denied=True),
    Case("North Korea has delivered an estimated 200 long-range artillery pieces, the NIS said on Thursday.", NIS, 200,
         "approx", "pieces", "artillery_systems"),
    Case("Up to 1,000 North Korean troops could be killed each month if the fighting continues, a Pentagon official "
         "warned.", "~Pentagon official", 1000, "at_most", "troops", "casualties", hedged=True),
    Case("South Korean lawmaker Lee Seong-kweun, briefed by the spy agency, said about 100 North Korean soldiers had "
         "died.", "spy agency", 100, "approx", "soldiers", "casualties", via="Lee Seong-kweun"),
    Case("In a statement seen by the Financial Times, Ukraine's military intelligence said 4,000 North Korean soldiers "
         "had been wounded.", HUR, 4000, "exact", "soldiers", "casualties", "Financial Times"),
    Case("Russia has deployed well over 50,000 troops to Kursk, including about 11,000 North Koreans, the Pentagon "
         "said.", "Pentagon", 11000, "approx", "north koreans", "troops_deployed"),
    Case("A senior US official said roughly 90% of the unit had been killed or wounded.", "~senior US official", 90,
         "approx", "percent", "casualty_rate"),
    Case("North Korea has sent nearly twelve thousand soldiers, the White House said in a readout of the meeting.",
         "White House", 12000, "approx", "soldiers", "troops_deployed"),
    Case("Ukrainian forces have killed or wounded well over a thousand North Korean soldiers, Zelensky said in his "
         "nightly address.", "Zelensky", 1000, "at_least", "soldiers", "casualties"),
]


@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.text[:40])
def test_a_claim_the_reference_misread_is_read_whole(case: Case) -> None:
    check_case(case)


def test_the_blind_round_reads_every_sentence_whole() -> None:
    assert len(ROUND) >= 25
    assert misread_cases(ROUND) == []


def test_two_claimants_each_keep_their_own_figure_across_and() -> None:
    claims = claims_of("The NIS estimates 1,100 casualties in Kursk and the Pentagon puts the number at 1,200.")
    assert claim_with(claims, "1,100").claimant == NIS
    assert claim_with(claims, "1,200").claimant == "Pentagon"


def test_the_articles_own_figure_before_a_joined_speaker_is_nobodys() -> None:
    claims = claims_of("Losses rose to 3,000 and the Pentagon said 1,000 had died.")
    assert claim_with(claims, "3,000").claimant is None
    assert claim_with(claims, "1,000").claimant == "Pentagon"
    # coordinated speakers are still one claimant, and a time before them no clause of its own
    claims = claims_of("South Korea and the US said 11,000 North Korean troops were in Russia.")
    assert [c.claimant for c in claims] == ["South Korea and the US"]


@pytest.mark.parametrize(
    "written",
    ["Ukraine's Main Intelligence Directorate", "the Main Intelligence Directorate of Ukraine",
     "Ukrainian Main Intelligence Directorate", "Kyiv's Defense Intelligence"],
)
def test_an_agency_is_one_body_however_its_country_is_written(written: str) -> None:
    assert aliased(written) == HUR


def test_folding_a_country_leaves_other_names_alone() -> None:
    assert aliased("the National Intelligence Service of South Korea") == NIS
    assert aliased("Ukrainian officials") == "Ukrainian officials"
    assert aliased("Institute for the Study of War") == "Institute for the Study of War"
    assert aliased("US") == "the US"


def test_an_acronym_of_the_name_as_written_is_still_its_body() -> None:
    claims = claims_of("About 2,000 more troops have arrived, Ukraine's Main Intelligence Directorate said on Friday.",
                       "The MID added that 300 of them were engineers.")
    assert claim_with(claims, "2,000").claimant == claim_with(claims, "300").claimant == HUR


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("1.1m-1,250,000 shells", 1_100_000, 1_250_000), ("1.1m-1.3m shells", 1_100_000, 1_300_000),
     ("1.1 million – 1 250 000 shells", 1_100_000, 1_250_000), ("12,000 – 15,000 troops", 12000, 15000)],
)
def test_a_range_written_in_two_styles_is_one_range(text: str, low: float, high: float) -> None:
    (figure,) = find_figures(text)
    assert (figure.qualifier, figure.low, figure.high, figure.unit) == ("range", low, high, text.split()[-1])


def test_a_spaced_dash_joins_a_range_only_between_close_large_numbers() -> None:
    assert [f.qualifier for f in find_figures("1.1 million – 1.3 million shells")] == ["range"]
    assert [f.qualifier for f in find_figures("some 11,000 – 12,500 troops")] == ["range"]
    assert len(find_figures("500 - 600 troops")) == 2
    assert len(find_figures("North Korea sent 10,000 troops – 3,000 of them special forces")) == 2
    assert find_figures("It sent 20m-30m of cable.") == []  # lengths, not millions


def test_only_a_documents_seer_relays() -> None:
    claims = claims_of("In a letter obtained by the Financial Times, the NIS said 3,000 troops had died.")
    assert (claims[0].claimant, claims[0].via) == (NIS, "Financial Times")
    claims = claims_of("North Korean troops seen by Ukrainian drones numbered 200, Kyiv said.")
    assert claims[0].via is None


def test_a_plan_is_hedged_but_a_deed_is_not() -> None:
    assert is_hedged("North Korea is preparing to send an additional 30,000 troops")
    assert is_hedged("2,000 more troops would be sent")
    assert is_hedged("Pyongyang will deploy 3,000 more")
    assert not is_hedged("North Korea sent 3,000 troops")
    assert not is_hedged("He will meet 300 officials")


def test_a_share_of_a_unit_killed_is_a_casualty_rate() -> None:
    claims = claims_of("Up to 80 per cent of the battalion was killed, HUR said.")
    assert claim_with(claims, "80").subject == "casualty_rate"
    claims = claims_of("North Korea scores just 7 out of 100 on freedom, and its soldiers are killed in waves.")
    assert claim_with(claims, "7").subject is None


def test_a_figure_after_a_quantity_word_is_what_the_speaker_says() -> None:
    claims = claims_of("Losses rose to 3,000 and the Pentagon said another 1,000 were missing.")
    assert claim_with(claims, "3,000").claimant is None
    assert claim_with(claims, "1,000").claimant == "Pentagon"
    sentence = "The figure was 3,000, he said at a 2024 briefing."
    assert content_side(sentence, sentence.index(" at ")) == "left"  # a year in the occasion is no figure said
