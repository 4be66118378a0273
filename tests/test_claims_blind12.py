"""Blind round 12: who claims which figure, on whose authority, in phrasings earlier rounds did not cover.

Ages set off by commas, fifths and tenths, denials called "groundless" or "a
smear" (and one taken back), what a speaker cites that is no source ("citing
intelligence reports", "citing its own assessment"), documents "seen by" an
outlet, "according to Reuters, which cited …", a toll put "in the thousands",
a headline's closing source ("… 12,000 — NIS"), a list whose lead-in says what
its items count, and adverbs inside a count's noun phrase.  None is copied
from a seed or an earlier round; each assertion names what an analyst reads
off the claim.  The last tests guard phrasings that already read right.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.models import Claim

NIS = "National Intelligence Service"


def _figures(claims: list[Claim]) -> list[tuple[float, str]]:  # every figure's (value, unit), in order
    return [(f.value, f.unit) for c in claims for f in c.figures]


# --- numbers that count nothing, and shares -----------------------------------------------------------------------


def test_an_age_between_commas_after_a_name_is_no_figure() -> None:
    # was "72 troops": the age borrowed the sentence's noun and became an unattributed troop count
    claims = claims_of("Russian President Vladimir Putin, 72, has never confirmed the presence of North Korean troops.")
    assert _figures(claims) == []
    claims = claims_of("Kim Yong-bok, 58, a retired general, said about 11,000 troops had been sent.")
    assert _figures(claims) == [(11000, "troops")]
    # A list of counts after a comma is no age.
    assert [v for v, _u in _figures(claims_of("In Kursk, 12, 15 and 20 soldiers died on three days."))] == [12, 15, 20]


def test_fifths_and_tenths_are_shares() -> None:
    claim = claim_with(
        claims_of("Roughly one-fifth of the North Korean contingent has been killed or wounded, a U.S. official said."),
        "one-fifth",
    )
    figure = claim.figures[0]
    assert (figure.value, figure.unit, figure.qualifier) == (20, "percent", "approx")  # was 1 "fifth"
    assert claim.claimant == "U.S. official"
    claim = claim_with(claims_of("A tenth of all shells Russia fires come from North Korea, Budanov said."), "tenth")
    assert (claim.figures[0].value, claim.subject, claim.claimant) == (10, "ammunition_share", "Budanov")
    claims = claims_of("Two-fifths of the artillery ammunition Russia uses is North Korean, Estonian intelligence said.")
    assert claim_with(claims, "Two-fifths").figures[0].value == 40


def test_an_adverb_in_a_counts_noun_phrase_is_not_what_it_counts() -> None:
    claims = claims_of(
        "Pyongyang has provided at least 50 domestically made 170mm self-propelled guns and 20 240mm multiple rocket "
        "launchers, the NIS said."
    )
    # was 50 "domestically", and no figure for the launchers ("20 240" read as 20,240 glued to "mm")
    assert _figures(claims) == [(50, "guns"), (20, "launchers")]
    assert {c.subject for c in claims} == {"artillery_systems"}
    assert sorted(_figures(claims_of("North Korea sent 12 family members and 3,000 newly arrived troops."))) == [
        (12, "members"), (3000, "troops")
    ]


# --- denials ------------------------------------------------------------------------------------------------------


def test_a_figure_called_groundless_or_a_smear_is_denied() -> None:
    claim = claim_with(
        claims_of("Pyongyang's envoy to the UN called the figure of 10,000 troops \"groundless rumours\"."), "10,000"
    )
    # Denied (six words stand between "called" and the rejection), and no hedge: a denial rejects the figure.
    assert claim.denied and not claim.hedged
    claim = claim_with(
        claims_of("North Korea's foreign ministry said claims of 10,000 troops were \"nothing but a smear campaign\"."),
        "10,000",
    )
    assert claim.denied and claim.claimant == "North Korea's foreign ministry"


def test_a_denial_taken_back_asserts_the_figure_after_it() -> None:
    claim = claim_with(
        claims_of(
            "The Pentagon initially said it had no evidence of the deployment, but later confirmed 10,000 troops "
            "were in Russia."
        ),
        "10,000",
    )
    assert claim.claimant == "Pentagon" and not claim.denied  # was denied
    claim = claim_with(
        claims_of("Moscow denied sending troops, but has since acknowledged that about 12,000 were there."), "12,000"
    )
    assert (claim.claimant, claim.denied) == ("Moscow", False)  # was nobody's: "has since" hid the subject
    # The figure inside what is denied stays denied, whatever is confirmed after it.
    claim = claim_with(
        claims_of("Moscow denied that 12,000 troops were there, but confirmed that talks took place."), "12,000"
    )
    assert claim.denied


# --- what is cited, and who relays it -----------------------------------------------------------------------------


def test_cited_reports_are_a_noun_not_a_reporting_verb() -> None:
    claims = claims_of(
        "A Ukrainian official told the Financial Times, citing intelligence reports, that 15,000 North Korean troops "
        "were in Kursk."
    )
    # was two claims: the official's without a figure, and "intelligence" claiming the 15,000 ("reports, that")
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.claimant, claim.via, claim.subject) == ("Ukrainian official", "Financial Times", "troops_deployed")


def test_cited_work_nobody_is_named_for_leaves_the_claim_with_its_speaker() -> None:
    claim = claim_with(
        claims_of(
            "More than 1,000 North Korean troops were killed in a single week, the NIS said, citing its own assessment."
        ),
        "1,000",
    )
    assert (claim.claimant, claim.via) == (NIS, None)  # was "its own assessment", relayed by the NIS
    claim = claim_with(
        claims_of(
            "Russia has fired some 60 KN-23 and KN-24 ballistic missiles at Ukraine, Ukraine's prosecutor general said, "
            "citing debris analysis."
        ),
        "60",
    )
    assert (claim.claimant, claim.via) == ("Ukraine's prosecutor general", None)  # was "debris analysis"
    # A cited analysis with an author is that author's.
    assert claim_with(claims_of("Some 2,000 troops were killed, Kyiv said, citing a RUSI analysis."), "2,000").claimant == (
        "RUSI"
    )


def test_a_document_seen_by_an_outlet_is_its_authors_relayed_by_the_outlet() -> None:
    claim = claim_with(
        claims_of("A NIS report seen by Reuters says the number of North Korean dead is at least 300."), "300"
    )
    assert (claim.claimant, claim.via, claim.subject) == (NIS, "Reuters", "casualties")  # was Reuters alone
    claim = claim_with(
        claims_of("An internal Pentagon assessment obtained by Politico says North Korea has sent 12,000 troops."),
        "12,000",
    )
    assert (claim.claimant, claim.via) == ("Pentagon", "Politico")
    # A document nobody is named as writing is the outlet's to vouch for.
    claim = claim_with(claims_of("A confidential report seen by The Times says 3,000 North Koreans have died."), "3,000")
    assert (claim.claimant, claim.via) == ("Times", None)


def test_an_outlet_which_cited_a_source_relays_it() -> None:
    claim = claim_with(
        claims_of("According to Reuters, which cited a NATO official, the deployment numbers around 11,000 troops."),
        "11,000",
    )
    assert (claim.claimant, claim.via) == ("NATO official", "Reuters")  # was Reuters's own
    claim = claim_with(
        claims_of("Yonhap, which quoted a military source, said 3,000 more troops had left for Russia."), "3,000"
    )
    assert claim.via == "Yonhap" and "military" in claim.claimant


def test_told_us_names_no_outlet() -> None:
    # was relayed by "the US": "us" read as the country's alias
    claim = claim_with(claims_of("\"The NIS told us: 'About 1,100 have been killed or wounded,'\" Lee said."), "1,100")
    assert (claim.claimant, claim.subject) == (NIS, "casualties") and claim.via != "the US"
    assert claim_with(claims_of("Kim told us that 3,000 had died."), "3,000").via is None
    assert claim_with(claims_of("Kim told the BBC that 3,000 had died."), "3,000").via == "BBC"


def test_a_report_described_or_branded_false_is_the_describers_denial() -> None:
    claim = claim_with(
        claims_of("The Kremlin spokesman, Dmitry Peskov, described the reports of 10,000 soldiers as \"another canard\"."),
        "10,000",
    )
    assert (claim.claimant, claim.denied) == ("Dmitry Peskov", True)  # was nobody's
    # Describing something that is no statement names no speaker.
    claim = claim_with(
        claims_of("The ministry described the situation in Kursk as stable, with 3,000 troops there."), "3,000"
    )
    assert claim.claimant is None and not claim.denied


# --- tolls put in words, headlines and lists ----------------------------------------------------------------------


def test_each_agent_a_figure_is_put_at_by_claims_it() -> None:
    claims = claims_of(
        "The deployment — put at 11,000 by Seoul and 12,000 by Washington — is the largest of its kind."
    )
    # was one claim of the article's own holding both figures
    assert [(c.claimant, c.figures[0].value, c.subject) for c in claims] == [
        ("Seoul", 11000, "troops_deployed"), ("Washington", 12000, "troops_deployed")
    ]
    claims = claims_of("The toll, estimated at 1,100 by South Korea's spy agency and 4,000 by Kyiv, keeps rising.")
    assert [(c.claimant, c.figures[0].value) for c in claims] == [(NIS, 1100), ("Kyiv", 4000)]
    # "by the end of the year" names no agent.
    assert claim_with(
        claims_of("The shipments were put at 3 million shells by the end of the year."), "3 million"
    ).claimant is None


def test_a_share_between_two_fractions_and_a_share_it_rose_from() -> None:
    claim = claim_with(
        claims_of(
            "The United States estimates that between a third and a half of Russia's shells now come from North Korea."
        ),
        "a third",
    )
    figure = claim.figures[0]
    assert (figure.qualifier, figure.low, figure.high) == ("range", pytest.approx(100 / 3), 50)  # was no figure
    assert claim.subject == "ammunition_share"
    claim = claim_with(
        claims_of(
            "North Korea accounts for about half of all shells Russia fires, up from a third last year, Estonian "
            "intelligence said."
        ),
        "about half",
    )
    assert [f.value for f in claim.figures] == [50, pytest.approx(100 / 3)]  # the share it rose from was lost
    assert claim.claimant == "Estonian intelligence"
    # "the first half" is no share, whatever follows it.
    assert _figures(claims_of("Deliveries slowed in the first half last year, officials said.")) == []



def test_a_toll_put_in_the_thousands_is_the_putters() -> None:
    claims = claims_of(
        "Hundreds of North Korean soldiers have been killed, U.S. officials say, though Ukraine puts the toll in the "
        "thousands."
    )
    hundreds, thousands = claim_with(claims, "Hundreds"), claim_with(claims, "thousands")
    assert hundreds.claimant == "U.S. officials"
    assert (thousands.claimant, thousands.subject) == ("Ukraine", "casualties")  # was the officials'
    assert thousands.figures[0].low == 2000
    claim = claim_with(claims_of("Analysts put the figure in the region of 3,000 troops."), "3,000")
    assert (claim.claimant, claim.figures[0].qualifier) == ("Analysts", "approx")
    assert claim.figures[0].surface == "in the region of 3,000"


def test_a_headlines_closing_source_claims_its_figure() -> None:
    claim = claim_with(claims_of("N. Korea troops: 12,000 — NIS"), "12,000")
    assert (claim.claimant, claim.subject) == (NIS, "troops_deployed")  # was the article's own voice
    assert claim_with(claims_of("North Korea has sent 12,000 troops to Russia — NIS"), "12,000").claimant == NIS
    assert claim_with(claims_of("Kursk deployment tops 11,000: Pentagon"), "11,000").claimant == "Pentagon"
    # Only a passage of one sentence: a paragraph's last words do not own its first sentence's figure.
    claims = claims_of("About 3,000 troops had died by March. Officials confirmed it - Reuters")
    assert claim_with(claims, "3,000").claimant is None
    assert all(c.claimant != "Reuters" for c in claims)


def test_a_list_lead_in_says_what_its_items_count() -> None:
    claims = claims_of("Estimates of the deployment vary:", "• NIS: 11,000", "• Pentagon: 12,000", "• HUR: 15,000")
    assert [(c.claimant, c.figures[0].value, c.figures[0].unit, c.subject) for c in claims] == [
        (NIS, 11000, "troops", "troops_deployed"),  # was a bare 11,000 on no subject
        ("Pentagon", 12000, "troops", "troops_deployed"),
        ("Defence Intelligence of Ukraine", 15000, "troops", "troops_deployed"),
    ]
    claims = claims_of("Estimates of North Korea's share of Russia's artillery shells:", "• Budanov: 50%")
    claim = claim_with(claims, "50%")
    assert claim.subject == "ammunition_share"
    assert claim.claimant is None  # was "North Korea's share of Russia's artillery shells": what, not who
    # The count ends with the list.
    claims = claims_of("Casualty figures by source:", "- NIS: about 1,100", "The war goes on with 200 tanks lost.")
    assert claim_with(claims, "1,100").subject == "casualties"
    assert claim_with(claims, "200").subject == "tanks"


# --- phrasings that already read right (guards) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "claimant", "value", "subject"),
    [
        ("Seoul's spy agency, which has a mixed track record, said on Wednesday that North Korea had deployed around "
         "11,000 soldiers.", "11,000", NIS, 11000, "troops_deployed"),
        ("The number, first reported by The Wall Street Journal, puts the North Korean contingent at roughly 12,000.",
         "12,000", "Wall Street Journal", 12000, "troops_deployed"),
        ("One in three shells fired at Ukrainian positions is North Korean, a Ukrainian commander said.",
         "One in three", "Ukrainian commander", 100 / 3, "ammunition_share"),
        ("Nearly two-thirds of Russia's artillery ammunition is of North Korean origin, the Estonian defence chief said.",
         "two-thirds", "Estonian defence chief", 200 / 3, "ammunition_share"),
        ("Tens of thousands of North Korean workers have been sent to Russian construction sites, the South Korean "
         "government said.", "Tens of thousands", "South Korean government", 20000, "workers_sent"),
        ("From 10,000 to 12,000 North Korean soldiers are stationed in the Kursk region, U.S. officials said.",
         "From 10,000", "U.S. officials", 11000, "troops_deployed"),
        ("North Korean casualties stand at around 1,000 (according to the Pentagon).", "1,000", "Pentagon", 1000,
         "casualties"),
        ("Twelve thousand North Korean soldiers are in Russia, the NIS said.", "Twelve thousand", NIS, 12000,
         "troops_deployed"),
        ("According to a NATO official quoted by Politico, North Korea has supplied 40 percent of the shells used by "
         "Russia.", "40 percent", "NATO official", 40, "ammunition_share"),
    ],
)
def test_phrasings_that_already_read_right(
    sentence: str, surface: str, claimant: str, value: float, subject: str
) -> None:
    claim = claim_with(claims_of(sentence), surface)
    assert claim.claimant == claimant and claim.subject == subject
    assert claim.figures[0].value == pytest.approx(value)


def test_a_forecast_and_a_disputed_figure_are_hedged_and_dates_are_no_figures() -> None:
    claim = claim_with(
        claims_of(
            "Kim Jong Un could send as many as 100,000 soldiers to Russia over the coming year, according to analysts "
            "at the Institute for the Study of War."
        ),
        "100,000",
    )
    assert claim.hedged and (claim.figures[0].low, claim.figures[0].high) == (None, 100000)
    assert claim_with(claims_of("Pyongyang has sent about 12,000 troops to Russia, a figure disputed by Moscow."),
                      "12,000").hedged
    assert _figures(claims_of("The first troops arrived in 2024 and were deployed on 12 November, officials said.")) == []
    assert _figures(claims_of("For more information call 02-3703-1234 or see page 12.")) == []


def test_a_pronoun_after_a_titled_speaker_continues_their_claims() -> None:
    claims = claims_of(
        "Maj. Gen. Vadym Skibitskyi, deputy head of HUR, spoke to reporters in Kyiv on Monday.",
        "He said North Korea had sent 120 artillery systems.",
    )
    claim = claim_with(claims, "120")
    assert (claim.claimant, claim.subject) == ("Vadym Skibitskyi", "artillery_systems")
