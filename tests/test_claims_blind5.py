"""Blind round 5: bare counts, denied owners, names with particles and titles, posts, lists, tables and rates.

The sentences follow the layouts of the round's blind files (parliamentary
testimony relayed by a lawmaker, think-tank findings in bullets, denials by
Pyongyang and Moscow, rival social posts, corrections, joint statements, a
front-line quote attributed in the next paragraph, comparison tables); none
is copied from a seed.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.models import Claim


def claim_with_first(claims: list[Claim], surface_part: str) -> Claim:
    return claim_with(claims, surface_part, in_first_figure=True)


# --- what a figure counts when no noun follows it ----------------------------------------------------------


def test_a_national_force_that_numbered_a_figure_counts_troops() -> None:
    claims = claims_of("The North Korean force in Russia numbered 14,000 at its peak, officials said.")
    assert (claims[0].subject, claims[0].figures[0].unit) == ("troops_deployed", "troops")
    claims = claims_of("A second contingent of more than 10,000, possibly as many as 12,000, could follow, he said.")
    assert claims[0].subject == "troops_deployed"


def test_a_contingent_that_is_no_body_of_troops_counts_nothing() -> None:
    claims = claims_of("This time the animal contingent numbered around 70, according to the zoo.")
    assert claims[0].subject is None


def test_a_bare_count_after_a_casualty_count_is_read_by_its_own_clause() -> None:
    claims = claims_of(
        "The agency said around 300 North Korean soldiers had been killed and 2,700 wounded.",
        "The agency also estimated that 12,000 went to Russia in the first rotation and that a further 1,500 had "
        "been sent as replacements.",
    )
    sent = claims[1]
    assert sent.subject == "troops_deployed"  # not casualties: they went to Russia
    assert {f.surface for f in sent.figures} == {"12,000", "1,500"}
    assert all(f.unit == "soldiers" for f in sent.figures)


def test_a_corrected_figure_continues_the_count_it_corrects() -> None:
    claims = claims_of(
        "HUR spokesperson Andriy Yusov said around 11,000 North Korean soldiers were taking part in combat.",
        "The correct figure, according to HUR, is 11,000.",
    )
    assert claims[1].subject == "troops_deployed"


def test_a_share_put_lower_continues_the_share_just_given() -> None:
    claims = claims_of(
        "Kyrylo Budanov said Pyongyang provides about 50% of the shells Russia fires at the front.",
        "Estonian intelligence has put the share lower, at around 40%.",
    )
    assert [(c.claimant, c.subject) for c in claims] == [
        ("Kyrylo Budanov", "ammunition_share"),
        ("Estonian intelligence", "ammunition_share"),
    ]


def test_monthly_flows_have_subjects_of_their_own() -> None:
    claims = claims_of(
        "North Korea has been rotating troops at a rate of roughly 2,000 soldiers per month, analysts said.",
        "Go Myong-hyun said losses were running at about 1,000 a month during the heaviest fighting.",
    )
    assert [c.subject for c in claims] == ["troops_per_month", "casualties_per_month"]


def test_poor_quality_shells_are_a_dud_rate_and_artillery_pieces_are_artillery() -> None:
    assert claims_of("Lt. Gen. Kang Ho-pil said roughly 40% of the shells were of poor quality.")[0].subject == "dud_rate"
    claims = claims_of("According to the NIS, North Korea has also sent about 200 long-range artillery pieces.")
    assert claims[0].subject == "artillery_systems"


def test_a_toll_put_by_a_nations_estimate_is_casualties_owned_by_nobody() -> None:
    claims = claims_of("A Ukrainian estimate puts the toll at 3,000.")
    assert (claims[0].claimant, claims[0].subject) == (None, "casualties")


# --- names ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (("Jens-Peter van der Velde, a researcher at the Clingendael Institute, estimated that North Korea had lost "
          "as many as 1,200 soldiers."), "Jens-Peter van der Velde"),
        ('"They have taken hundreds of casualties," said Gen. Christopher G. Cavoli, NATO\'s top commander.',
         "Christopher G. Cavoli"),
        ("The Asan Institute's Go Myong-hyun said about 1,000 North Korean soldiers had been killed.", "Go Myong-hyun"),
        ("Russia's Defence Ministry said no North Korean soldiers were in Kursk.", "Russia's Defence Ministry"),
        ("People familiar with the matter said North Korean units had suffered dozens of deaths.", "unnamed sources"),
        ("Officials familiar with the matter said 12,000 troops were sent.", "Officials familiar with the matter"),
    ],
)
def test_the_claimant_is_the_whole_name(sentence: str, claimant: str) -> None:
    assert [c.claimant for c in claims_of(sentence)] == [claimant]


def test_a_title_abbreviation_after_according_to_leads_into_the_relays_name() -> None:
    claims = claims_of(
        "The North Korean force in Russia numbered 14,000, NIS Director Cho Tae-yong told lawmakers, according to "
        "Rep. Lee Seong-kweun, who briefed reporters after the session."
    )
    assert (claims[0].claimant, claims[0].via) == ("Cho Tae-yong", "Lee Seong-kweun")


def test_whom_a_speaker_told_ends_before_what_he_told_them() -> None:
    claims = claims_of("Dutch Defence Minister Ruben Brekelmans told reporters North Korea had sent some 11,000 troops.")
    assert (claims[0].claimant, claims[0].via) == ("Ruben Brekelmans", None)
    claims = claims_of("The spy agency said at least 100 had died, according to lawmakers briefed by the agency.")
    assert claims[0].via == "lawmakers"


def test_two_people_speaking_together_are_both_named_and_each_surname_stays_theirs() -> None:
    claims = claims_of(
        "Defence Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin said 10,000 troops were in Russia.",
        "Kim put the number of North Korean generals deployed at three, the ministry said later.",
    )
    assert claims[0].claimant == "Kim Yong-hyun and Lloyd Austin"
    assert claims[1].claimant != "Kim Yong-hyun and Lloyd Austin"


def test_the_agency_quoted_by_a_lawmaker_is_the_agency_named_before() -> None:
    claims = claims_of(
        "South Korea's National Intelligence Service (NIS) said casualties had risen to about 3,000.",
        "Lee quoted the agency as saying around 300 North Korean soldiers had been killed.",
        "The agency also estimated that 12,000 troops went to Russia.",
    )
    assert [c.claimant for c in claims] == ["National Intelligence Service"] * 3
    assert claims[1].via == "Lee"


# --- who owns a figure ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("By Ukraine's estimate, as many as 15,000 North Korean soldiers have been sent to Kursk.", "Ukraine"),
        ("As many as 15,000 North Korean soldiers have been sent to Kursk, by Ukraine's estimate.", "Ukraine"),
        ("By the Pentagon's count, 11,000 North Korean troops are in Kursk.", "Pentagon"),
        ("The number of troops was put at about 11,000 by the Joint Chiefs of Staff.", "Joint Chiefs of Staff"),
    ],
)
def test_an_estimate_named_by_its_owner_is_the_owners(sentence: str, owner: str) -> None:
    assert [c.claimant for c in claims_of(sentence)] == [owner]


@pytest.mark.parametrize(
    ("sentence", "denier", "owner", "surface"),
    [
        (("North Korea on Friday rejected Ukraine's claim that 4,000 of its soldiers had been killed or wounded, "
          'calling it "a fabrication".'), "North Korea", "Ukraine", "4,000"),
        (("North Korea's foreign ministry dismissed Seoul's assertion that 11,000 North Korean troops were deployed "
          'to Russia as "a smear campaign".'), "North Korea's foreign ministry", "Seoul", "11,000"),
        ("The Kremlin denied a report by South Korean intelligence that Pyongyang had sent 12,000 soldiers.",
         "Kremlin", "National Intelligence Service", "12,000"),
        ("Pyongyang denied the NIS report that 300 soldiers had died.", "Pyongyang", "National Intelligence Service", "300"),
    ],
)
def test_a_denied_figure_is_also_its_owners_claim(sentence: str, denier: str, owner: str, surface: str) -> None:
    claims = claims_of(sentence)
    assert [(c.claimant, c.denied) for c in claims] == [(denier, True), (owner, False)]
    owned = claims[1]
    assert [f.surface for f in owned.figures] == [surface]
    assert owned.text[owned.figures[0].start : owned.figures[0].end] == surface
    assert owned.subject == claims[0].subject and owned.id != claims[0].id
    assert "fabrication" not in owned.text and "smear" not in owned.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's Defence Ministry rejected a Ukrainian estimate that 3,000 North Korean troops had been killed.",
        "The Kremlin rejected the South Korean estimate that 12,000 troops were sent.",
        "Pyongyang also rejected the figure of 3,800.",
    ],
)
def test_a_denied_figure_nobody_named_owns_is_the_denial_only(sentence: str) -> None:
    claims = claims_of(sentence)
    assert len(claims) == 1 and claims[0].denied
    assert claims[0].claimant in ("Russia's Defence Ministry", "Kremlin", "Pyongyang")


def test_a_claim_given_without_evidence_is_hedged_but_not_denied() -> None:
    claims = claims_of("A Russian war blogger claimed that thousands of North Koreans had been killed, but gave no "
                       "evidence.")
    assert (claims[0].claimant, claims[0].hedged, claims[0].denied) == ("Russian war blogger", True, False)


# --- posts, quotes, lists and tables --------------------------------------------------------------------------


def test_several_posts_in_one_article_are_each_their_own() -> None:
    claims = claims_of(
        "A Telegram post by a pro-Russian military blogger claimed that only 200 North Korean soldiers had been "
        "killed.",
        "Another post, shared on X by a Ukrainian volunteer group, said that 5,000 North Koreans had died near Kursk.",
        "A third post, on VKontakte, claimed that 30,000 North Korean troops were massing near the border.",
    )
    assert [(c.claimant, c.via) for c in claims] == [
        ("pro-Russian military blogger", "Telegram"),
        ("Ukrainian volunteer group", "X"),
        ("unattributed VKontakte post", "VKontakte"),
    ]


def test_a_quote_attributed_in_the_next_paragraph_is_that_speakers() -> None:
    claims = claims_of(
        "Ukrainian commanders in the Kursk region say they face a growing number of North Korean soldiers.",
        '"We estimate there are 8,000 of them in our sector alone."',
        "That was the assessment of Oleksandr Kindratenko, a spokesman for Ukraine's special forces.",
        '"Around 30 of them were killed in one assault," he said.',
    )
    assert claim_with_first(claims, "8,000").claimant == "Oleksandr Kindratenko"
    assert claim_with_first(claims, "Around 30").claimant == "Oleksandr Kindratenko"


def test_list_items_without_a_source_are_the_lead_ins() -> None:
    claims = claims_of(
        "A new report by the International Institute for Strategic Studies (IISS) says North Korea sends a third "
        "of Russia's shells.",
        "The report's main findings:",
        "• North Korea has shipped an estimated 4 million to 5 million shells to Russia since 2023.",
        "• As many as 20% of the North Korean shells examined failed to explode, according to Ukraine.",
        "Separately, Russia fired 10,000 shells a day.",
    )
    assert claim_with_first(claims, "4 million").claimant == "International Institute for Strategic Studies"
    assert claim_with_first(claims, "20%").claimant == "Ukraine"  # an item with its own source keeps it
    assert claim_with_first(claims, "10,000").claimant is None  # the list has ended


def test_a_lead_in_that_names_nobody_lends_nothing() -> None:
    claims = claims_of("The figures are summarised below:", "• About 11,000 North Korean troops are in Kursk.")
    assert claims[0].claimant is None


def test_a_table_row_counting_two_subjects_is_a_claim_for_each() -> None:
    claims = claims_of(
        "| Source | Troops | Casualties |",
        "| --- | --- | --- |",
        "| Ukraine (HUR) | 12,000 | 4,000 |",
    )
    assert sorted((c.subject, c.figures[0].surface) for c in claims) == [
        ("casualties", "4,000"),
        ("troops_deployed", "12,000"),
    ]
    # Round 7: the authority in brackets, not the country ("HUR" folds to its full name).
    assert {c.claimant for c in claims} == {"Defence Intelligence of Ukraine"}
    assert len({c.id for c in claims}) == 2
