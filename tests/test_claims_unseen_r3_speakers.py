"""Blind round 3, who claims it: stacked speakers, relays, transcripts and references back.

Each case is written in a layout the seeds do not use (wire copy with long
attribution chains, a Yonhap-style briefing report, an interview transcript,
an interrogation report); the assertions name what an analyst would read off
the sentence, not what any one file contains.
"""

from __future__ import annotations

from store.analysis.claimants import clean_claimant
from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import Article, Claim, Passage, PassageKind


def article_of(*paragraphs: str, title: str = "Test") -> Article:
    passages = [
        Passage(id=f"r3art00001-{i:03d}", article_id="r3art00001", kind=PassageKind.BODY, text=text, order=i,
                paragraph=i + 1)
        for i, text in enumerate(paragraphs)
    ]
    return Article(id="r3art00001", source_file="r3.txt", source_sha256="0" * 64, ordinal=0, title=title,
                   outlet="Example Wire", passages=passages)


def claims_of(*paragraphs: str, title: str = "Test") -> list[Claim]:
    return extract_claims(article_of(*paragraphs, title=title), load_subject_taxonomy())


def claim_with(claims: list[Claim], surface_part: str) -> Claim:
    found = [c for c in claims if any(surface_part in f.surface for f in c.figures)]
    assert len(found) == 1, [(c.claimant, c.text) for c in claims]
    return found[0]


# --- a told-sentence tagged by the body that reports it ------------------------------------------------


def test_pronoun_told_interrogators_then_the_agency_said_goes_to_the_agency() -> None:
    claims = claims_of(
        "Ukrainian President Volodymyr Zelensky said two North Korean soldiers had been captured in Kursk.",
        "He told interrogators that 30 men in his company had been killed, the SBU said.",
    )
    claim = claim_with(claims, "30")
    assert claim.claimant == "SBU"
    assert all(c.claimant != "Volodymyr Zelensky" for c in claims if c.passage_id.endswith("001"))


def test_unnamed_person_told_interrogators_goes_to_the_agency() -> None:
    claims = claims_of(
        "A captured North Korean soldier told Ukrainian interrogators that his unit had been promised "
        "$2,000 a month, the SBU said."
    )
    assert [c.claimant for c in claims] == ["SBU"]
    assert claims[0].subject == "soldier_pay"


def test_words_told_to_reporters_stay_the_speakers_and_the_outlet_relays() -> None:
    for sentence in (
        "A senior official told reporters that 3,000 more troops were sent, according to Yonhap.",
        "A senior official told reporters that 3,000 more troops were sent, Yonhap reported.",
    ):
        claims = claims_of(sentence)
        assert [(c.claimant, c.via) for c in claims] == [("senior official", "Yonhap")], sentence


def test_named_speaker_then_trailing_teller_makes_the_teller_the_relay() -> None:
    claims = claims_of(
        "The National Intelligence Service also believes Pyongyang has supplied Russia with more than 9 million "
        "rounds of ammunition, lawmaker Lee Seong-kweun told reporters after a closed-door briefing."
    )
    assert len(claims) == 1
    assert claims[0].claimant == "National Intelligence Service"
    assert claims[0].via == "Lee Seong-kweun"


def test_trailing_teller_named_by_description_resolves_to_the_person() -> None:
    claims = claims_of(
        "North Korea has sent 3,000 more troops to Russia, the NIS said, according to lawmaker Lee Seong-kweun.",
        "The spy agency said about 4,700 North Korean soldiers have been killed or wounded, the lawmaker told "
        "reporters.",
    )
    claim = claim_with(claims, "4,700")
    assert claim.claimant == "National Intelligence Service"  # "the NIS", folded by the alias table
    assert claim.via == "Lee Seong-kweun"


def test_according_to_the_agency_after_an_unnamed_prisoner_resolves_to_the_agency() -> None:
    claims = claims_of(
        "Ukraine's Security Service said on Wednesday that two North Korean soldiers had been captured.",
        "The second prisoner told investigators that 30 men in his company had been killed, according to the "
        "agency.",
    )
    first = claim_with(claims, "two")
    assert claim_with(claims, "30").claimant == first.claimant == "Ukraine's Security Service"


# --- "a figure cited by X" ------------------------------------------------------------------------------


def test_a_figure_cited_by_a_body_is_the_bodys_and_the_teller_relays_it() -> None:
    claims = claims_of(
        "Lim Eul-chul, a professor at Kyungnam University, told the Korea Herald that Moscow was paying in cash.",
        "He said the payments could be as high as $10 billion a year, a figure cited by the Korea Institute for "
        "National Unification.",
    )
    claim = claim_with(claims, "$10 billion")
    assert claim.claimant == "Korea Institute for National Unification"
    assert claim.via == "Lim Eul-chul"
    assert claim.figures[0].qualifier == "at_most"


def test_an_estimate_cited_by_others_stays_with_whoever_made_it() -> None:
    claims = claims_of(
        "The Korea Institute for Defense Analyses has estimated that North Korea earned as much as $20 billion "
        "from arms sales, a figure cited by South Korean officials in parliament."
    )
    assert [c.claimant for c in claims] == ["Korea Institute for Defense Analyses"]


def test_a_figure_given_by_the_agent_of_a_passive_is_the_agents() -> None:
    claims = claims_of("A figure of 1,100 casualties was given by South Korea's intelligence service in December.")
    assert claims[0].claimant == "National Intelligence Service"  # South Korea's intelligence service, by name
    goods = claims_of("Some 5,000 shells were provided by North Korea in the first month.")
    assert goods[0].claimant is None  # goods "provided by" a country are no statement


# --- chains and nesting -----------------------------------------------------------------------------------


def test_quoting_chains_like_citing() -> None:
    claims = claims_of(
        "Moon Seong-mook, a former South Korean military officer, quoting a defector, told the newspaper that "
        "each North Korean soldier was being paid about $2,000 a month."
    )
    assert (claims[0].claimant, claims[0].via) == ("defector", "Moon Seong-mook")
    kremlin = claims_of(
        "The Kremlin, quoting Foreign Minister Sergei Lavrov, said cooperation with Pyongyang broke no rules."
    )
    assert (kremlin[0].claimant, kremlin[0].via) == ("Sergei Lavrov", "Kremlin")


def test_quoting_evidence_keeps_the_speaker() -> None:
    claims = claims_of(
        "Ukraine's military intelligence agency, quoting intercepted radio traffic, said as many as 1,000 North "
        "Koreans had died."
    )
    assert claims[0].claimant == "Defence Intelligence of Ukraine" and claims[0].via is None  # the agency, by name


def test_speaker_saying_what_another_assesses_is_one_claim_relayed() -> None:
    claims = claims_of(
        "Deputy press secretary Sabrina Singh said the US now assesses that roughly 12,000 North Korean troops "
        "are in the Kursk region.",
        'She said it was "too early" to say how many had been killed.',
    )
    assert [(c.claimant, c.via) for c in claims] == [("the US", "Sabrina Singh"), ("Sabrina Singh", None)]
    assert claims[0].text.startswith("Deputy press secretary")


def test_speaker_saying_what_he_believes_stays_one_speaker() -> None:
    claims = claims_of("John Kirby said he believed about 1,000 North Korean soldiers had been killed.")
    assert [(c.claimant, c.via) for c in claims] == [("John Kirby", None)]


# --- references back --------------------------------------------------------------------------------------


def test_one_word_subject_takes_over_he() -> None:
    claims = claims_of(
        "Ukrainian President Volodymyr Zelensky visited the front on Monday.",
        "John Kirby said about 1,000 North Korean soldiers had been killed.",
        "Zelensky, speaking in Kyiv, disagreed. He added that 3,800 had been killed or wounded.",
    )
    assert claim_with(claims, "3,800").claimant == "Volodymyr Zelensky"


def test_a_sentence_opening_word_is_no_one_word_subject() -> None:
    claims = claims_of(
        "John Kirby said about 1,000 North Korean soldiers had been killed.",
        "However, the fighting continued. He added that 3,800 had been killed or wounded.",
    )
    assert claim_with(claims, "3,800").claimant == "John Kirby"


def test_the_spy_chief_points_back_to_the_person() -> None:
    claims = claims_of(
        "Kyrylo Budanov told a Ukrainian broadcaster that North Korea had sent 12,000 troops.",
        "The spy chief added that Pyongyang had also sent 150 ballistic missiles.",
    )
    assert claim_with(claims, "150").claimant == "Kyrylo Budanov"


def test_the_post_points_back_to_the_post_not_the_last_body() -> None:
    claims = claims_of(
        "A viral post on X says that North Korea has sent 100,000 soldiers to Russia.",
        "South Korea's National Intelligence Service has said that about 11,000 troops were deployed.",
        "The post also claimed that 50,000 North Koreans had been killed.",
    )
    post = claim_with(claims, "100,000").claimant
    assert post is not None and claim_with(claims, "50,000").claimant == post


def test_an_acronym_whose_letters_are_not_the_initials_still_resolves() -> None:
    claims = claims_of(
        "Ukraine's Security Service (SBU) said two North Korean soldiers had been captured.",
        "The SBU said 30 men in one company had been killed.",
        title="Statement by the Defence Intelligence of Ukraine (HUR)",
    )
    sbu = claim_with(claims, "two").claimant
    assert sbu is not None and claim_with(claims, "30").claimant == sbu
    hur = claims_of("The HUR has information that Pyongyang will send up to 3,000 soldiers.",
                    title="Statement by the Defence Intelligence of Ukraine (HUR)")
    assert hur[0].claimant == "Defence Intelligence of Ukraine"


def test_appositive_description_after_a_body_does_not_hide_it() -> None:
    claims = claims_of(
        "North Korea received more than 1 million barrels of oil from Russia, the Open Source Centre, a British "
        "research group, said in a report.",
        "The shipments broke a cap of 500,000 barrels a year, the group said.",
    )
    assert [c.claimant for c in claims] == ["Open Source Centre", "Open Source Centre"]


def test_demonym_estimates_is_a_noun_not_a_speaker() -> None:
    claims = claims_of("That is the upper end of Western estimates; the lower end is roughly 11,000.")
    assert [c.claimant for c in claims] == [None]  # the figure is still found; it names nobody


# --- transcripts ----------------------------------------------------------------------------------------


def test_transcript_answers_belong_to_the_interviewee() -> None:
    claims = claims_of(
        "The Review spoke to Daniel Okafor, a senior fellow at the Baltic Security Institute.",
        "Q: How many North Korean soldiers are in Russia today?",
        "Okafor: Our best estimate is between 11,000 and 12,000 troops in the Kursk area.",
        "Okafor: Budanov said 50% last year. Today I'd say it's closer to a third.",
    )
    assert claim_with(claims, "11,000").claimant == "Daniel Okafor"
    assert claim_with(claims, "50%").claimant == "Budanov"
    assert [c.claimant for c in claims if c.text.startswith("Today")] == ["Daniel Okafor"]


def test_a_label_that_names_no_one_is_no_transcript_speaker() -> None:
    claims = claims_of("Claim: North Korea has sent 100,000 soldiers to Russia.", "Verdict: False")
    assert [c.claimant for c in claims] == [None]


# --- names ----------------------------------------------------------------------------------------------


def test_clean_claimant_keeps_the_person_and_the_institution() -> None:
    assert clean_claimant("Park Sun-won of the main opposition Democratic Party") == "Park Sun-won"
    assert clean_claimant("Ukrainian artillery officers interviewed for this report") == "Ukrainian artillery officers"
    assert clean_claimant("U.S. intelligence assessments") == "U.S. intelligence"
    assert clean_claimant("the Pentagon's estimate") == "Pentagon"
