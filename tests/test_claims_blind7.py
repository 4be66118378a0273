"""Blind round 7: posts and accounts, bracketed authorities, neighbouring clauses, relays, revisions and hedges.

The sentences follow the layouts of the round's blind files (wire copy citing
a newspaper citing an official, nested relays, denials, revised estimates,
conditional figures, rates, tables of sources, rival posts, quotes attributed
before, inside and after, spokespeople of organisations, anonymous officials);
none is copied from a seed.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.generic_sources import is_generic
from store.analysis.numbers import find_figures

# --- unnamed posts and named accounts ----------------------------------------------------------------------


def test_unnamed_posts_are_marked_unattributed_and_kept_apart_by_platform() -> None:
    # Before, every unnamed post in the corpus was one claimant, as if one person had written them all.
    claims = claims_of(
        "A widely shared post on X said that 7,000 North Koreans had died near Kursk.",
        "Another post, on TikTok, claimed that 50,000 North Korean troops were massing on the border.",
        "A post claimed that 300 North Korean soldiers had died.",
    )
    names = [c.claimant for c in claims]
    assert names == ["unattributed X post", "unattributed TikTok post", "unattributed social-media post"]
    assert all(is_generic(name) for name in names)  # never counted as an independent source


def test_a_post_on_a_named_channel_is_the_channels() -> None:
    claims = claims_of(
        "A post on the Telegram channel Rybar claimed that only 200 North Korean soldiers had been killed.",
        "The pro-Kremlin Telegram channel Two Majors wrote that 1,500 North Koreans were fighting near Sudzha.",
    )
    assert [(c.claimant, c.via) for c in claims] == [("Rybar", "Telegram"), ("Two Majors", "Telegram")]


# --- tables whose source cell names a country and, in brackets, its authority ------------------------------


def test_the_authority_in_brackets_is_the_rows_claimant() -> None:
    claims = claims_of(
        "| Source | Troops | Casualties |",
        "| --- | --- | --- |",
        "| Ukraine (Zelensky) | 12,000 | 3,000 |",
        "| South Korea (NIS) | 11,000 | 1,100 |",
        "| Russia (defence ministry) | 0 | 0 |",
    )
    by_row = {c.text.split("|")[1].strip(): c.claimant for c in claims}
    assert by_row == {
        "Ukraine (Zelensky)": "Zelensky",  # the person whose figure it is, not the country
        "South Korea (NIS)": "National Intelligence Service",
        "Russia (defence ministry)": "Russia's defence ministry",  # a kind of body alone is ambiguous
    }


# --- a count that starts after another --------------------------------------------------------------------


def test_plus_starts_a_count_of_its_own() -> None:
    figures = find_figures("Pyongyang sent 12,000 soldiers plus several thousand engineers to Kursk.")
    assert [(f.surface, f.unit) for f in figures] == [("12,000", "soldiers"), ("several thousand", "engineers")]


def test_the_engineers_beside_the_troops_are_a_claim_on_workers() -> None:
    claims = claims_of("North Korea has sent about 11,000 combat troops to Russia, plus several thousand engineers, "
                       "South Korean officials said.")
    assert sorted((c.subject, [f.surface for f in c.figures]) for c in claims) == [
        ("troops_deployed", ["about 11,000"]),
        ("workers_sent", ["several thousand"]),
    ]
    assert {c.claimant for c in claims} == {"South Korean officials"}
    assert len({c.id for c in claims}) == 2


def test_an_irregular_participle_is_no_noun_the_figure_counts() -> None:
    claims = claims_of("Ukraine's intelligence said 6,000 military builders sent to rebuild Kursk had arrived by June.")
    assert (claims[0].figures[0].unit, claims[0].subject) == ("builders", "workers_sent")


def test_a_casualty_verb_in_another_clause_is_not_lent() -> None:
    claims = claims_of("Officials said hundreds were killed and 2,000 went to Russia.")
    assert claim_with(claims, "2,000").figures[-1].unit != "casualties"
    assert claim_with(claims, "hundreds").subject == "casualties"
    # A clause that points back to the count ("put the number at") still counts the casualties.
    claims = claims_of("A lawmaker said as many as 4,000 had been killed or wounded, while the NIS put the number at "
                       '"more than 1,000".')
    assert claim_with(claims, "1,000").subject == "casualties"


def test_a_clause_after_since_has_cues_of_its_own() -> None:
    claims = claims_of("South Korea's spy agency said about 3,000 North Korean soldiers had been killed or wounded "
                       "since they were sent to fight for Russia, up from an earlier estimate of 1,000.")
    assert (claims[0].subject, claims[0].figures[0].surface) == ("casualties", "about 3,000")


# --- sources in the passive, in apposition, briefed, or owning the words -----------------------------------


def test_the_agent_of_a_passive_ends_where_its_noun_phrase_does() -> None:
    claims = claims_of("It is estimated by Ukrainian intelligence that 1,000 more workers arrived in March.")
    assert (claims[0].claimant, [f.surface for f in claims[0].figures]) == ("Ukrainian intelligence", ["1,000"])
    claims = claims_of("The figure of 15,000 labourers was given by South Korean officials to lawmakers.")
    assert claims[0].claimant == "South Korean officials"


def test_a_described_source_is_its_description() -> None:
    claims = claims_of("A third source, a Western diplomat in Seoul, told Reuters that North Korea had shipped "
                       "12 million shells.")
    assert (claims[0].claimant, claims[0].via) == ("Western diplomat in Seoul", "Reuters")


def test_how_many_speak_is_not_who_speaks() -> None:
    claims = claims_of("Two South Korean officials said that about 2,000 more troops had been sent in the spring.",
                       "One European intelligence officer said 14,000 North Korean soldiers were in Russia.")
    assert [c.claimant for c in claims] == ["South Korean officials", "European intelligence officer"]


def test_a_spokesperson_for_a_body_is_named_by_the_body() -> None:
    claims = claims_of("A spokesman for the European Commission said the bloc had information about 12,000 troops.")
    assert claims[0].claimant == "European Commission spokesman"


def test_the_body_that_briefed_a_lawmaker_is_the_source() -> None:
    claims = claims_of("Lee Seong-kweun, a lawmaker on the intelligence committee, said after a briefing by the NIS "
                       "that about 300 North Korean soldiers had been killed.")
    assert (claims[0].claimant, claims[0].via) == ("National Intelligence Service", "Lee Seong-kweun")


def test_in_the_colonels_words_is_the_colonels() -> None:
    claims = claims_of(
        "Colonel Andriy Kovalenko said 500 North Koreans joined a single assault.",
        "In the colonel's words, \"no fewer than 1,000 have been killed here.\"",
    )
    assert claim_with(claims, "1,000").claimant == "Andriy Kovalenko"


# --- revised and kept estimates ---------------------------------------------------------------------------


def test_a_raised_estimate_is_the_bodys_new_figure_not_a_range() -> None:
    claims = claims_of("South Korea's National Intelligence Service (NIS) has raised its estimate of North Korean "
                       "troops in Russia from 10,000 to 12,000, lawmakers said on Monday.")
    claim = claims[0]
    assert (claim.claimant, claim.via, claim.subject) == ("National Intelligence Service", "lawmakers",
                                                          "troops_deployed")
    assert [(f.value, f.qualifier) for f in claim.figures] == [(12000, "exact"), (10000, "exact")]


def test_a_body_revising_or_keeping_its_count_states_it() -> None:
    claims = claims_of("Ukraine's military intelligence agency revised its casualty count upward, to 4,000 killed "
                       "or wounded, from 3,000 a week earlier.")
    assert claims[0].claimant is not None and claims[0].figures[0].value == 4000
    claims = claims_of("South Korea's spy agency stands by its estimate of 11,000 troops.")
    assert claims[0].claimant == "National Intelligence Service"


# --- shares, hedges and denials ---------------------------------------------------------------------------


def test_a_bare_fraction_after_closer_to_is_a_share() -> None:
    claims = claims_of("Estonia's intelligence chief put the share of Russia's shells at 50%, while a Pentagon "
                       "official said the figure was closer to a third.")
    third = claim_with(claims, "a third")
    assert (third.claimant, third.figures[0].unit) == ("Pentagon official", "percent")


def test_a_count_in_millions_does_not_continue_a_share() -> None:
    claims = claims_of(
        "The sources said the shipments now made up roughly half of the shells Russia fires in Ukraine.",
        "A Western diplomat told Reuters that the true figure might be closer to 12 million.",
    )
    assert claim_with(claims, "12 million").figures[0].unit != "percent"


def test_questions_and_conditions_assert_no_figure() -> None:
    assert claims_of("Are 100,000 North Korean troops heading to Russia?")[0].hedged
    claims = claims_of("If Moscow asks for more, Pyongyang would be able to dispatch another 10,000 troops within "
                       "weeks, the minister said.")
    assert claims[0].hedged


def test_reports_called_a_fake_are_denied() -> None:
    claims = claims_of('Dmitry Peskov told reporters that reports of 12,000 North Korean troops were "another fake".')
    assert (claims[0].claimant, claims[0].denied) == ("Dmitry Peskov", True)


def test_a_bare_count_that_died_counts_casualties() -> None:
    claims = claims_of('Pentagon spokesperson Sabrina Singh told reporters that "a couple hundred" were believed to '
                       "have died.")
    assert claims[0].subject == "casualties"
