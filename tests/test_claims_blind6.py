"""Blind round 6: staff and descriptions that point back to a body, headline owners, handles, long quotations.

The sentences follow the layouts of the round's blind files (a think tank
whose analysts give the figure, a headline naming the speaker the body only
calls "he", rival posts, a commander's quotation over two paragraphs, an
interview's answers, an air-defence tally); none is copied from a seed.  Each
assertion names what an analyst reads off them.
"""

from __future__ import annotations

from pathlib import Path

from claim_builders import claim_with, claims_of

# --- staff and descriptions that point back to a body -----------------------------------------------------


def test_the_analysts_after_an_institute_spoke_are_the_institutes() -> None:
    claims = claims_of(
        "The Institute for the Study of War said on Thursday that North Korean units had joined assaults near Sudzha.",
        "The analysts estimated that roughly 3,000 North Korean soldiers had been killed or wounded.",
    )
    assert claim_with(claims, "3,000").claimant == "Institute for the Study of War"


def test_the_institutes_researchers_are_the_institute() -> None:
    claims = claims_of(
        "The Institute for the Study of War said North Korean units had joined assaults near Sudzha.",
        "The institute's researchers also wrote that Pyongyang had supplied up to 60% of the shells Russia fired.",
    )
    share = claim_with(claims, "60%")
    assert (share.claimant, share.subject) == ("Institute for the Study of War", "ammunition_share")


def test_the_think_tank_is_the_body_described_as_one_before_it_said_anything() -> None:
    claims = claims_of(
        "The Royal United Services Institute, a London think tank, published a study on Monday.",
        "The think tank said 4,000 North Korean soldiers had been killed or wounded.",
    )
    assert claim_with(claims, "4,000").claimant == "Royal United Services Institute"


def test_a_lead_in_naming_the_think_tank_lends_the_body_to_its_items() -> None:
    claims = claims_of(
        "The Royal United Services Institute, a London think tank, published a study on Monday.",
        "The think tank's main findings:",
        "- North Korea supplied about 60% of the artillery rounds Russia used in 2024.",
        "- Around 150 North Korean ballistic missiles were fired at Ukraine.",
    )
    assert {c.claimant for c in claims if c.figures} == {"Royal United Services Institute"}


def test_the_analysts_with_no_body_named_stay_analysts() -> None:
    claims = claims_of(
        "Fighting around Kursk intensified in January.",
        "The analysts estimated that roughly 3,000 North Korean soldiers had been killed or wounded.",
    )
    assert claim_with(claims, "3,000").claimant == "analysts"


def test_a_noun_opening_the_next_clause_is_no_apposition() -> None:
    # "…, the statement listed …": the statement is the subject of a new clause, not a description of "Kim".
    claims = claims_of(
        "Describing the gift as a gesture from Putin to Kim, the statement listed two bears among the transfers.",
        "They are being delivered to the Pyongyang Central Zoo, the statement added.",
    )
    assert claims and all(c.claimant != "Kim" for c in claims)


def test_staff_of_a_research_body_named_in_passing_are_its_staff() -> None:
    claims = claims_of(
        "A new study by the Korea Institute for Defense Analyses examines the deployment.",
        "The researchers estimated that North Korea had sent 3,000 more troops in January.",
    )
    assert claim_with(claims, "3,000").claimant == "Korea Institute for Defense Analyses"


def test_its_experts_are_the_body_it_points_back_to() -> None:
    claims = claims_of(
        "The Stockholm International Peace Research Institute tracks arms transfers worldwide.",
        "According to the institute, North Korea shipped at least 6 million shells to Russia by 2025.",
        "Its experts believe that North Korea has sent 3,000 more troops since January.",
    )
    assert claim_with(claims, "6 million").claimant == "Stockholm International Peace Research Institute"
    assert claim_with(claims, "3,000").claimant == "Stockholm International Peace Research Institute"
    claims = claims_of("Kim Jong Un praised the troops. His comments suggest that 3,000 more may be sent.")
    assert claim_with(claims, "3,000").claimant is None  # whose comments is a guess: still the writer's


# --- speakers set off by commas or trailing a participle ---------------------------------------------------


def test_a_speaker_set_off_by_commas_after_anothers_verb_relays_it() -> None:
    claims = claims_of(
        "The National Intelligence Service said North Korean units had been rotated out of Kursk.",
        "The agency also estimated, Park Sun-won said, that North Korea had earned about $20 billion from arms sales.",
    )
    earned = claim_with(claims, "$20 billion")
    assert (earned.claimant, earned.via, earned.subject) == ("National Intelligence Service", "Park Sun-won",
                                                              "payments")
    assert len([c for c in claims if "$20 billion" in c.text]) == 1


def test_a_trailing_saying_is_the_clauses_subjects() -> None:
    claims = claims_of(
        "Ukraine's foreign minister, Andrii Sybiha, dismissed the denial, saying that at least 1,500 North Koreans "
        "had already been killed or wounded."
    )
    killed = claim_with(claims, "1,500")
    assert (killed.claimant, killed.subject) == ("Andrii Sybiha", "casualties")
    claims = claims_of("Kremlin spokesman Dmitry Peskov declined to comment, saying the treaty allowed mutual help.",
                       "He said 12,000 was a Western invention.")
    assert claim_with(claims, "12,000").claimant == "Dmitry Peskov"


def test_a_participle_with_no_comma_before_it_attributes_nothing() -> None:
    claims = claims_of("A post saying that 5,000 North Koreans had died went viral.")
    assert claim_with(claims, "5,000").claimant != "post"


# --- the speaker a headline names -------------------------------------------------------------------------


def test_he_with_no_speaker_before_is_the_headlines_speaker() -> None:
    claims = claims_of(
        "KYIV — Ukraine's military intelligence chief on Tuesday gave the highest figure yet.",
        "He said that 12,000 North Korean soldiers were now deployed in the Kursk region.",
        "He added that hundreds of them had already been killed.",
        "Kyrylo Budanov did not say how the figures had been obtained.",
        title="Budanov: 12,000 North Korean troops now in Kursk",
    )
    assert claim_with(claims, "12,000").claimant == "Kyrylo Budanov"
    assert claim_with(claims, "hundreds").claimant == "Kyrylo Budanov"


def test_an_opening_role_is_the_person_the_headline_names() -> None:
    claims = claims_of(
        "Ukraine's spy chief said that 12,000 North Korean troops were now in Kursk.",
        title="Kyrylo Budanov: 12,000 North Korean troops in Kursk",
    )
    assert claims[0].claimant == "Kyrylo Budanov"
    claims = claims_of(
        "Ukraine's spy chief said that 12,000 North Korean troops were now in Kursk.",
        title="North Korean troops in Kursk, Kyrylo Budanov says",
    )
    assert claims[0].claimant == "Kyrylo Budanov"


def test_a_headline_label_or_a_person_named_in_the_body_wins_over_the_headline() -> None:
    claims = claims_of("He said that 12,000 North Korean troops were now in Kursk.",
                       title="Report: 12,000 North Korean troops in Kursk")
    assert claims[0].claimant is None  # "Report" names nobody, and no person was named
    claims = claims_of(
        "Defence Minister Rustem Umerov spoke on Monday.",
        "Umerov said 12,000 North Korean troops were in Kursk. He added that 1,000 had been killed.",
        title="Budanov: 12,000 North Korean troops in Kursk",
    )
    assert claim_with(claims, "1,000").claimant == "Rustem Umerov"
    claims = claims_of("Ukraine's spy chief said that 12,000 North Korean troops were now in Kursk.",
                       title="Zelensky: North Korea is sending more troops")
    assert claims[0].claimant == "Ukraine's spy chief"  # the body never names Zelensky in full: no guess


def test_a_sentence_ending_in_an_acronym_gives_no_given_name() -> None:
    claims = claims_of(
        "The oil pays for troops sent to Russia, the foreign secretary told the BBC.",
        "Analysts have warned for months about the growing partnership.",
    )
    assert [c.claimant for c in claims if "partnership" in c.text] == ["Analysts"]
    claims = claims_of(
        "Ukraine's president spoke on Saturday.",
        "Zelenskiy said 12,000 North Korean troops were in Kursk, Volodymyr Zelenskiy added in a video.",
    )
    assert claim_with(claims, "12,000").claimant == "Volodymyr Zelenskiy"


# --- posts and handles ------------------------------------------------------------------------------------


def test_a_post_by_a_handle_is_the_handles() -> None:
    claims = claims_of(
        "A post on Telegram claimed that 7,000 North Korean soldiers had been killed near Kursk.",
        "A widely shared post on X by @kursk_watch said that only 400 North Koreans had died.",
    )
    assert [(c.claimant, c.via) for c in claims] == [
        ("unattributed Telegram post", "Telegram"),
        ("@kursk_watch", "X"),
    ]


def test_an_e_mail_address_is_no_handle() -> None:
    claims = claims_of("A post on X from tips@example.org claimed that 3,000 North Korean troops had died.")
    assert claims[0].claimant == "unattributed X post"


# --- a quotation over several paragraphs ------------------------------------------------------------------


def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_end() -> None:
    claims = claims_of(
        "Colonel Serhiy Marchenko, who commands a brigade in the Kursk sector, described weeks of fighting.",
        '"They come in waves of 30 to 40 men, without armour.',
        '"In one week we counted more than 200 North Korean dead in front of our positions," Marchenko said.',
    )
    assert claim_with(claims, "30 to 40").claimant == "Serhiy Marchenko"
    assert claim_with(claims, "200").claimant == "Serhiy Marchenko"


def test_a_closed_quotation_is_not_given_to_the_next_speaker() -> None:
    claims = claims_of(
        '"About 1,000 of them were killed in January."',
        '"We counted more than 200 dead in one week," Marchenko said.',
    )
    assert claim_with(claims, "1,000").claimant is None


# --- what a figure counts ---------------------------------------------------------------------------------


def test_the_size_of_an_assault_wave_is_neither_a_deployment_nor_losses() -> None:
    claims = claims_of('"They come in waves of 30 to 40 men, without armour," the commander said.')
    assert claim_with(claims, "30 to 40").subject is None
    claims = claims_of("A contingent of 12,000 troops was sent to Kursk, officials said.")
    assert claim_with(claims, "12,000").subject == "troops_deployed"


def test_the_contingent_estimated_at_a_figure_counts_troops() -> None:
    claims = claims_of("Japan's defence ministry estimated the contingent at more than 10,000.")
    assert claim_with(claims, "10,000").subject == "troops_deployed"
    claims = claims_of("The air force numbered 110,000, the ministry said.")
    assert claim_with(claims, "110,000").subject is None


def test_the_members_a_figure_includes_are_not_what_it_counts() -> None:
    claims = claims_of("Officials said the deployment is about 14,000, including engineers and workers sent in spring.")
    assert claim_with(claims, "14,000").subject != "workers_sent"
    claims = claims_of("North Korea has sent 1,000 engineers and workers to rebuild Kursk, officials said.")
    assert claim_with(claims, "1,000").subject == "workers_sent"


def test_an_answer_counts_what_its_question_asked_for() -> None:
    claims = claims_of(
        "Q: How many North Korean soldiers are in Russia now?",
        "A: Our estimate is about 14,000, including engineers and workers sent in the spring.",
    )
    assert claim_with(claims, "14,000").subject == "troops_deployed"
    claims = claims_of(
        "Q: How long will they stay?",
        "A: Our estimate is about 14,000, officials say.",
    )
    assert claim_with(claims, "14,000").subject is None  # the question counted nothing


def test_an_air_defence_tally_is_no_supply_of_missiles() -> None:
    claims = claims_of("Ukraine's General Staff said it had shot down 14 of 17 missiles launched overnight.")
    assert all(c.subject != "missiles_supplied" for c in claims)
    claims = claims_of("North Korea has supplied at least 100 KN-23 ballistic missiles to Russia, officials said.")
    assert claim_with(claims, "100").subject == "missiles_supplied"


# --- the modules stay small -------------------------------------------------------------------------------


def test_phrases_still_names_the_reporting_verbs_it_moved() -> None:
    from store.analysis import phrases, reporting_verbs

    text = 'Officials said 11,000 were sent, the ministry told reporters, and "50%" was put at 40% by HUR.'
    assert phrases.verb_hits(text) == reporting_verbs.verb_hits(text)
    assert phrases.VERB_WORDS is reporting_verbs.VERB_WORDS


def test_every_analysis_module_stays_under_400_lines() -> None:
    import store.analysis

    folder = Path(store.analysis.__file__).parent
    assert len(list(folder.glob("*.py"))) > 30
    long = {p.name: n for p in folder.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400}
    assert long == {}
