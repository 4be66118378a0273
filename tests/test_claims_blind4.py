"""Blind round 4: posts, platforms, agencies named by their country, denials, Q&As and list items.

The sentences are written in the layouts the round's blind files used (UN
statements, translated Telegram posts, ministry denials, briefings relayed by
lawmakers, think-tank ranges, fact checks, corrections, Q&As); none is copied
from a seed.  Each assertion names what an analyst reads off the sentence.
"""

from __future__ import annotations

import pytest

from store.analysis.claims import extract_claims
from store.analysis.denials import is_denial
from store.analysis.sentences import sentences_of
from store.analysis.subjects import load_subject_taxonomy
from store.models import Article, Claim, Passage, PassageKind


def article_of(*paragraphs: str, title: str = "Test", dateline: str | None = None) -> Article:
    passages = [
        Passage(id=f"b4art00001-{i:03d}", article_id="b4art00001", kind=PassageKind.BODY, text=text, order=i,
                paragraph=i + 1)
        for i, text in enumerate(paragraphs)
    ]
    return Article(id="b4art00001", source_file="b4.txt", source_sha256="0" * 64, ordinal=0, title=title,
                   outlet="Example Wire", passages=passages, dateline=dateline)


def claims_of(*paragraphs: str, title: str = "Test", dateline: str | None = None) -> list[Claim]:
    return extract_claims(article_of(*paragraphs, title=title, dateline=dateline), load_subject_taxonomy())


def claim_with(claims: list[Claim], surface_part: str) -> Claim:
    found = [c for c in claims if any(surface_part in f.surface for f in c.figures)]
    assert len(found) == 1, [(c.claimant, c.text, [f.surface for f in c.figures]) for c in claims]
    return found[0]


# --- social-media posts ------------------------------------------------------------------------------------


def test_a_post_shared_many_times_is_an_unnamed_post_and_its_shares_are_no_figure() -> None:
    claims = claims_of("A post shared 20,000 times on Telegram claimed that 5,000 North Koreans had died in one week.")
    assert len(claims) == 1
    claim = claims[0]
    # Round 7: an unnamed post is marked unattributed and kept apart by its platform (not one invented author).
    assert claim.claimant == "unattributed Telegram post"
    assert claim.via == "Telegram"
    assert [f.surface for f in claim.figures] == ["5,000"]
    assert claim.subject == "casualties"


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("A Facebook post shared 12,000 times said North Korea had sent 200,000 troops.", "Facebook"),
        ("A video posted on TikTok claimed that 40,000 North Korean soldiers had died.", "TikTok"),
        ("A viral post on X says that North Korea has sent 100,000 soldiers to Russia.", "X"),
    ],
)
def test_posts_of_every_platform_are_relayed_by_it(sentence: str, platform: str) -> None:
    claims = claims_of(sentence)
    assert [(c.claimant, c.via) for c in claims] == [(f"unattributed {platform} post", platform)]
    assert all(f.value < 1_000_000 and "times" not in f.surface for f in claims[0].figures)


def test_a_post_by_a_named_author_is_the_authors() -> None:
    claims = claims_of("A post by Ivan Sevcenko on X claimed that 14,000 North Korean troops were in Kursk.")
    assert claims[0].claimant == "Ivan Sevcenko"
    assert claims[0].via == "X"


def test_reach_counts_never_become_figures() -> None:
    claims = claims_of("The clip, with 1.2 million views, says 3,000 North Korean soldiers were killed, a blogger said.")
    assert [f.surface for c in claims for f in c.figures] == ["3,000"]


def test_the_post_still_points_back_to_the_unnamed_post() -> None:
    claims = claims_of(
        "A viral post on X says that North Korea has sent 100,000 soldiers to Russia.",
        "The post also claimed that 50,000 North Koreans had been killed.",
    )
    assert claim_with(claims, "50,000").claimant == "unattributed X post"


# --- platforms as relays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant", "via"),
    [
        ("Andrii Yusov, a HUR spokesperson, writing on Telegram, said that roughly 300 North Korean servicemen had "
         "been killed.", "Andrii Yusov", "Telegram"),
        ("Ukrainian President Volodymyr Zelensky said in a Telegram post that some 200 North Korean troops had been "
         "killed.", "Volodymyr Zelensky", "Telegram"),
        ("In a post on X, the analyst Ivan Sevcenko wrote that 14,000 North Korean troops were in Russia.",
         "Ivan Sevcenko", "X"),
        ('"About 3,000 North Korean soldiers have been killed or wounded," Zelensky wrote on Telegram.',
         "Zelensky", "Telegram"),
    ],
)
def test_a_platform_the_words_were_posted_on_relays_them(sentence: str, claimant: str, via: str) -> None:
    claims = claims_of(sentence)
    assert [(c.claimant, c.via) for c in claims] == [(claimant, via)]


def test_the_body_a_speaker_addressed_is_no_relay() -> None:
    claims = claims_of("South Korea's ambassador, Joonkook Hwang, told the Security Council that 12,000 soldiers had "
                       "been deployed.")
    assert claims[0].claimant == "Joonkook Hwang"
    assert claims[0].via is None


# --- an agency named by its country --------------------------------------------------------------------------


def test_the_countrys_spy_agency_is_the_agency_of_the_country_in_the_sentence() -> None:
    claims = claims_of(
        "South Korea's ambassador, Joonkook Hwang, told the Council that his Government had confirmed the "
        "deployment of some 12,000 soldiers, citing the country's spy agency."
    )
    assert claims[0].claimant == "National Intelligence Service"
    assert claims[0].via == "Joonkook Hwang"


def test_the_countrys_spy_agency_is_the_agency_the_article_already_named() -> None:
    claims = claims_of(
        "Rep. Lee Seong-kweun told reporters that the National Intelligence Service estimated around 300 North "
        "Korean soldiers had been killed.",
        "Citing the country's spy agency, the lawmaker said North Korea had also supplied Russia with about 13,000 "
        "containers of munitions.",
    )
    claim = claim_with(claims, "13,000")
    assert claim.claimant == "National Intelligence Service"
    assert claim.via == "Lee Seong-kweun"
    assert claim_with(claims, "300").via == "Lee Seong-kweun"


def test_the_countrys_spy_agency_follows_the_dateline_when_nothing_else_tells() -> None:
    claims = claims_of(
        "North Korea has sent 3,000 more troops to Russia, the nation's intelligence service said on Thursday.",
        dateline="KYIV",
    )
    assert claims[0].claimant == "Defence Intelligence of Ukraine"


def test_a_named_countrys_spy_agency_is_that_agency() -> None:
    for sentence, agency in (
        ("South Korea's spy agency says at least 100 North Korean soldiers have been killed.",
         "National Intelligence Service"),
        ("Ukraine's military intelligence agency said 1,000 North Koreans had died in a week.",
         "Defence Intelligence of Ukraine"),
    ):
        assert claims_of(sentence)[0].claimant == agency


def test_an_acronym_given_after_a_countrys_agency_is_the_same_claimant() -> None:
    claims = claims_of(
        "Ukraine's military intelligence agency (HUR) said more than 1,000 North Korean soldiers had been killed.",
        "The HUR said a further 3,000 soldiers could be sent.",
    )
    first = claim_with(claims, "1,000").claimant
    assert first is not None and claim_with(claims, "3,000").claimant == first  # not two claims naming nobody


def test_an_unknown_countrys_agency_stays_as_written() -> None:
    claims = claims_of("Citing the country's spy agency, officials said 500 troops had been sent.")
    assert claims[0].claimant is not None and "spy agency" in claims[0].claimant


# --- unit sizes are troops, not losses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The intelligence agency said a North Korean battalion of about 500 men had suffered heavy casualties.",
        "He said his battalion of about 500 men had lost dozens killed in a week.",
        "A regiment of some 2,000 soldiers was moved to the front after heavy losses, Ukraine said.",
    ],
)
def test_the_size_of_a_formation_is_never_counted_as_casualties(sentence: str) -> None:
    claims = claims_of(sentence)
    sizes = [f for c in claims for f in c.figures if f.surface.endswith(("500", "2,000"))]
    assert sizes
    for claim in claims:
        if claim.figures and claim.figures[0] in sizes:
            assert claim.subject != "casualties"


def test_losses_beside_a_formation_size_are_still_casualties() -> None:
    claims = claims_of("Ukraine said a regiment of some 2,000 troops had been destroyed, with 300 killed.")
    assert claims[0].subject == "casualties"
    assert claims[0].figures[0].surface == "300"


# --- numbered list items -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "1. The ISW estimate of 10,000 to 12,000 troops is based on Ukrainian and South Korean data.",
        "3. About 40% of Russia's shells came from North Korea in 2024, according to CSIS.",
        "12) Pyongyang has sent 3,000 more soldiers, the NIS said.",
    ],
)
def test_a_claim_starts_at_the_sentence_not_the_list_number(item: str) -> None:
    claims = claims_of(item)
    assert claims
    passage_text = item
    for claim in claims:
        assert claim.text[:1].isalpha(), claim.text
        assert passage_text[claim.start : claim.end] == claim.text
        assert claim.claimant is None or not claim.claimant[:1].isdigit()
        assert all(f.surface not in ("1", "3", "12") for f in claim.figures)


def test_an_owned_estimate_is_its_owners() -> None:
    claims = claims_of("2. RUSI's figure of up to 15,000 includes engineers and labourers.")
    assert claims[0].claimant == "RUSI"
    claims = claims_of("The ISW estimate of 10,000 to 12,000 troops is based on Ukrainian data.")
    assert claims[0].claimant == "ISW"
    assert claims_of("The South Korean figure of 1,100 dead is older.")[0].claimant is None  # a demonym names nobody


# --- denials ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The Kremlin on Thursday dismissed reports that thousands of North Korean soldiers were fighting in "
         "Ukraine as fake.", "Kremlin"),
        ("Kremlin spokesman Dmitry Peskov denied that any North Korean troops were taking part in combat.",
         "Dmitry Peskov"),
        ("Russia's Defence Ministry rejected a Ukrainian estimate that 3,000 North Korean troops had been killed.",
         "Russia's Defence Ministry"),
        ("Pyongyang also rejected the figure.", "Pyongyang"),
        ("Russia's Foreign Ministry refuted reports that North Korea had supplied 50% of the shells.",
         "Russia's Foreign Ministry"),
        ('Russia\'s embassy in Seoul called the claims "groundless speculation".', "Russia's embassy in Seoul"),
        ("There is no evidence that North Korea sent 200,000 troops, a spokesperson for the Pentagon told AFP.",
         "Pentagon spokesperson"),  # round 7: named like "A Pentagon spokesperson"
    ],
)
def test_a_claimant_who_denies_is_marked_as_denying(sentence: str, claimant: str) -> None:
    claims = claims_of(sentence)
    assert [(c.claimant, c.denied) for c in claims] == [(claimant, True)]


def test_a_correction_retracts_the_articles_own_earlier_figure() -> None:
    claims = claims_of("Correction: An earlier version of this article said 15,000 North Korean soldiers had been "
                       "deployed.")
    assert [(c.claimant, c.denied) for c in claims] == [(None, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Western officials said on Wednesday that about 12,000 North Korean soldiers were in Russia.",
        "The Kremlin did not deny that 3,000 North Korean troops were in Kursk, a Ukrainian official said.",
        "Seoul neither confirmed nor denied reports that 1,500 more troops had left, the agency said.",
        "Ukraine said 11,000 troops had arrived; it rejected a peace plan the same day.",
    ],
)
def test_assertions_are_not_denials(sentence: str) -> None:
    claims = claims_of(sentence)
    assert claims and all(not c.denied for c in claims)  # the figure is still a claim, asserted


def test_rejecting_a_plan_names_no_claimant() -> None:
    assert claims_of("Ukraine rejected the peace plan on Monday.") == []


def test_denial_cues_need_something_said_to_deny() -> None:
    assert is_denial("Moscow denied that any soldiers were there")
    assert is_denial("Officials dismissed the figure as inflated")
    assert not is_denial("Putin dismissed his defence minister in May")
    assert not is_denial("Kyiv rejected the offer of talks")


# --- who speaks: relative clauses, stacked sources, datelines, Q&As -------------------------------------------


def test_a_reports_noun_after_a_preposition_names_nobody() -> None:
    claims = claims_of("Members of the Security Council traded accusations on Monday over reports that North Korea "
                       "had sent soldiers.")
    assert claims == []


def test_the_person_before_who_said_is_the_claimant() -> None:
    claims = claims_of("The highest official estimate comes from Ukraine's President Volodymyr Zelensky, who said in "
                       "January that about 4,000 North Koreans had been killed or wounded.")
    assert claims[0].claimant == "Volodymyr Zelensky"
    place = claims_of("Eight soldiers were killed in an incident in Kursk, who said 300 more had fled.")
    assert claim_with(place, "300").claimant != "Kursk"


def test_according_to_a_lawmaker_the_agency_said_is_the_agencys_through_the_lawmaker() -> None:
    claims = claims_of(
        "According to Park Sun-won, a Democratic Party lawmaker on the intelligence committee, the National "
        "Intelligence Service said the North had earned roughly $20 billion."
    )
    assert [(c.claimant, c.via) for c in claims] == [("National Intelligence Service", "Park Sun-won")]


def test_a_wire_dateline_with_a_double_dash_is_not_part_of_the_claimant() -> None:
    claims = claims_of("SEOUL, March 5 (Yonhap) -- The Joint Chiefs of Staff (JCS) said Wednesday that North Korean "
                       "casualties had reached about 4,700.")
    assert claims[0].claimant == "Joint Chiefs of Staff"


def test_an_agency_then_a_trailing_unnamed_lawmaker_is_one_claim() -> None:
    claims = claims_of("SEOUL, Feb. 13 (Korea JoongAng Daily) -- South Korea's spy agency believes North Korea will "
                       "send 3,000 more soldiers to Russia, a lawmaker said Wednesday after a closed-door briefing.")
    assert [(c.claimant, c.via) for c in claims] == [("National Intelligence Service", "lawmaker")]


def test_answers_in_a_qa_are_the_interviewees() -> None:
    claims = claims_of(
        "Interview by Sophie Martin",
        "Victor Cha is the Korea Chair at the Center for Strategic and International Studies.",
        "Q: How many troops has North Korea sent?",
        "A: Our best assessment is that around 12,000 North Korean troops went in the first wave.",
        "Q: And ammunition?",
        "A: North Korea may now account for half of the shells Russia fires. Ukrainian officials have put it even "
        "higher, at 60%.",
    )
    assert claim_with(claims, "12,000").claimant == "Victor Cha"
    assert claim_with(claims, "half").claimant == "Victor Cha"
    assert claim_with(claims, "60%").claimant == "Ukrainian officials"


def test_citing_unauthored_intelligence_keeps_the_speaker() -> None:
    claims = claims_of("Seoul's Joint Chiefs of Staff said in a text message that a further 3,000 may have been "
                       "dispatched, citing intelligence shared with allies.")
    assert claims[0].claimant == "Seoul's Joint Chiefs of Staff"


def test_a_death_toll_counts_casualties() -> None:
    claims = claims_of("South Korea's National Intelligence Service put the death toll at around 300 in January.")
    assert claims[0].subject == "casualties"


def test_a_quotation_closing_on_its_stop_ends_the_sentence() -> None:
    text = ('A post shared more than 20,000 times claimed that "100,000 North Korean troops are now fighting in '
            'Ukraine." There is no evidence for this figure.')
    assert len(sentences_of(text)) == 2
    joined = '"We lost 3,000 men." Zelensky said so on Monday.'
    assert len(sentences_of(joined)) == 1  # the speaker right after the quotation keeps it
    claims = claims_of(text)
    post = claim_with(claims, "100,000")
    assert post.claimant == "unattributed social-media post" and not post.denied  # no platform named


def test_a_description_given_in_apposition_lets_the_noun_point_back() -> None:
    claims = claims_of(
        "A pro-Kremlin Telegram channel, Rybar, said on Sunday that North Korean special forces had retaken two "
        "villages.",
        "The channel claimed that Ukrainian forces had lost 400 men in the fighting.",
    )
    assert claim_with(claims, "400").claimant == "Rybar"
