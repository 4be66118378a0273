"""Blind round 24: the claim gaps round 23 left open, and claims as fact-checkers, intercepts and leaks phrase them.

A share of a body of troops lost is a casualty rate, and its loss word must stand in the share's own clause; the
share of a stated total leads its claim ("a third of the 11,000 troops were killed"), and a comma that groups
thousands ends no clause; shells held are a stock, never a delivery ("put Russia's shell stocks at well over 6
million"); a correction with no source after its semicolon splits into the retracted figure and the article's own;
a running total that names what it counts ("raising the total number of North Korean soldiers in Russia to
13,000") leads; "…, X said, Y reported" relays X through Y; a legislature told is an audience, not a relay; a
fact-checker's rubric ("AP FACT CHECK:") names its outlet, and its verdict ("rated as False", "found no evidence
for") denies; "is heard saying" speaks; "judges with … confidence that" attributes, and moderate confidence hedges;
a document set off before its seer ("A memo …, obtained by Politico, put …") is relayed; "denied it had sent"
denies without "that"; "nothing to say about reports" vouches for none; a quotation calling reports a lie (or what
its speaker was asked about fake) denies them; "…, said the defence ministry" names a body after the verb; "X
issued a statement saying …" is X's; '"… not free." Zelensky said … that …' is two sentences, the quotation no word
of Zelensky's.  None of these sentences comes from a seed, the brief's wording or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of
from claim_round_cases import Case, check_case, misread_cases

from store.analysis.numbers import find_figures
from store.analysis.sentences import sentences_of
from store.analysis.subjects import clause_breaks
from store.analysis.topics import load_topic_taxonomy, topics_in_text

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"

# --- what the reference read wrongly; each case fails there -------------------------------------------------------
FIXED = [
    # a share of a unit lost
    Case("Nearly 70% of one North Korean assault company was killed or wounded within a week, a Ukrainian drone "
         "commander said.", "~Ukrainian drone commander", 70, "approx", "percent", "casualty_rate"),
    Case("Ukraine's military intelligence said up to 30 per cent of a North Korean brigade had been wiped out in three "
         "days.", HUR, 30, "at_most", "percent", "casualty_rate"),
    # the share of a stated total, past a comma that groups thousands
    Case("About a quarter of the 12,000 North Korean soldiers sent to Kursk have been killed or wounded, a Western "
         "official said.", "~Western official", 25, "approx", "percent", "casualty_rate"),
    # shells held
    Case("Researchers at the Kiel Institute put Russia's artillery shell stockpile at roughly 4 million.",
         "Kiel Institute", 4_000_000, "approx", "shells", "munitions_stocks"),
    # a correction with no source after the semicolon
    Case("A previous version of this story misreported the number of North Korean workers sent to Russia as 50,000; "
         "the correct figure is 15,000.", None, 15000, "exact", "workers", "workers_sent", denied=False),
    # a document's author
    Case("A leaked NATO slide estimated North Korean losses at 4,500.", "NATO", 4500, "exact", "casualties",
         "casualties"),
    Case("A memo from the Pentagon, obtained by Politico, put North Korean losses at 2,500.", "Pentagon", 2500,
         "exact", "casualties", "casualties", via="Politico"),
    # denied, "that" left out
    Case("The Kremlin denied it had received 5,000 North Korean workers to rebuild Kursk.", "Kremlin", 5000, "exact",
         "workers", "workers_sent", denied=True),
    # a recording's voice
    Case("A Russian paratrooper is heard saying in the intercepted recording that 120 North Korean soldiers died in "
         "one night.", "~Russian paratrooper", 120, "exact", "soldiers", "casualties"),
    # an intelligence judgement, held with moderate confidence
    Case("The Defence Intelligence Agency judges with moderate confidence that Pyongyang has shipped some 9,000 "
         "containers.", "Defence Intelligence Agency", 9000, "approx", "containers", "munitions_supplied",
         hedged=True),
    # fact-checkers' verdicts
    Case("REUTERS FACT CHECK: Posts saying 80,000 North Korean soldiers have been killed are false.", "Reuters", 80000,
         "exact", "soldiers", "casualties", denied=True),
    Case("PolitiFact rated as Mostly False a viral claim that 60,000 North Korean troops had died.", "PolitiFact",
         60000, "exact", "troops", "casualties", denied=True),
    Case("Full Fact found no evidence to support a claim that 200,000 North Korean soldiers were in Ukraine.",
         "Full Fact", 200000, "exact", "soldiers", "troops_deployed", denied=True),
    # nothing to say about reports; a quotation calling them a fabrication
    Case("Peskov said he had nothing to say about reports that 2,000 more North Korean soldiers had arrived.",
         "Peskov", 2000, "exact", "soldiers", "troops_deployed", hedged=True),
    Case("\"Pure fabrication,\" the Russian embassy in London said of claims that 12,000 North Korean troops were "
         "fighting in Kursk.", "~Russian embassy", 12000, "exact", "troops", "troops_deployed", denied=True),
    # two trailing tags
    Case("Some 3,000 North Korean troops are believed to have been sent to Russia in a second wave, the NIS told "
         "lawmakers on Thursday, Yonhap reported.", NIS, 3000, "approx", "troops", "troops_deployed", via="Yonhap",
         hedged=True),
    # a body named by what it is, after the verb
    Case("Roughly 1,000 North Korean soldiers have been killed, said the defence ministry in Kyiv.",
         "~defence ministry", 1000, "approx", "soldiers", "casualties"),
    # a share of soldiers lost, as a ratio
    Case("North Korea may have lost as many as one in five of its soldiers in Kursk, a US official estimated.",
         "US official", 20, "at_most", "percent", "casualty_rate", hedged=True),
    # a quotation rejecting what its speaker was asked about
    Case("\"Fake news,\" Kremlin spokesman Dmitry Peskov said when asked about the 10,000 North Korean soldiers.",
         "Dmitry Peskov", 10000, "exact", "soldiers", "troops_deployed", denied=True),
    # what a published document says, its publisher says
    Case("Russian state television aired a report denying that 11,000 North Korean troops were fighting in Kursk.",
         "Russian state television", 11000, "exact", "troops", "troops_deployed", denied=True),
    Case("Ukraine's special forces released a video on Telegram saying 50 North Korean soldiers were killed.",
         "~special forces", 50, "exact", "soldiers", "casualties", via="Telegram"),
    # a range of millions written "1.5m … 2m"
    Case("Pyongyang has supplied between 1.5m and 2m shells, the Estonian defence ministry estimated.",
         "~Estonian defence ministry", 2_000_000, "range", "shells", "munitions_supplied", hedged=True),
    # a recording published by an agency
    Case("According to an intercepted conversation published by the SBU, a Russian commander said 60 North Korean "
         "soldiers had been killed.", "~Russian commander", 60, "exact", "soldiers", "casualties", via="SBU"),
    # a document set off before its seer, then a verb with "at" after its object
    Case("A slide from a Pentagon briefing, seen by the New York Times, estimated North Korean losses at 3,000.",
         "Pentagon", 3000, "exact", "casualties", "casualties", via="New York Times"),
]

# --- the blind round: wires, intercepts, imagery, parliaments, fractions, ranges, totals ---------------------------
ROUND = FIXED + [
    Case("About 3,000 North Korean troops were additionally dispatched to Russia in January and February, the NIS "
         "said.", NIS, 3000, "approx", "troops", "troops_deployed"),
    Case("Pyongyang has shipped about 13,000 containers of munitions since August, the JCS said in a report to the "
         "National Assembly.", "JCS", 13000, "approx", "containers", "munitions_supplied"),
    Case("Satellite images analysed by Beyond Parallel show at least 2,000 containers stacked at Rajin.",
         "Beyond Parallel", 2000, "at_least", "containers", "munitions_supplied"),
    Case("Russian Foreign Ministry spokeswoman Maria Zakharova called the reports of 12,000 North Korean soldiers "
         "\"a canard\".", "Maria Zakharova", 12000, "exact", "soldiers", "troops_deployed", denied=True),
    Case("In an intercepted radio exchange released by Ukraine's SBU, a Russian officer complains that 40 North Korean "
         "soldiers were lost.", "~Russian officer", 40, "exact", "soldiers", "casualties"),
    Case("\"We judge that roughly 11,000 North Korean troops remain in Kursk,\" the DIA said in a statement.", "DIA",
         11000, "approx", "troops", "troops_deployed"),
    Case("Three-quarters of the artillery rounds fired by Russia in the Kursk region come from North Korea, a senior "
         "Ukrainian commander estimated.", "~Ukrainian commander", 75, "exact", "percent", "ammunition_share",
         hedged=True),
    Case("North Korea has delivered between 200 and 250 Koksan howitzers, according to South Korea's defence "
         "ministry.", "~defence ministry", 250, "range", "howitzers", "artillery_systems"),
    Case("Pyongyang has sent from 4 million to 6 million shells, analysts at the Korea Institute for Defense Analyses "
         "estimated.", "Korea Institute for Defense Analyses", 6_000_000, "range", "shells", "munitions_supplied",
         hedged=True),
    Case("Another 600 North Korean soldiers were killed in January, bringing the total number of dead to about 1,100, "
         "the NIS said.", NIS, 1100, "approx", "casualties", "casualties"),
    Case("Britain's defence secretary told the House of Commons that around 1,000 North Korean soldiers had been "
         "killed in Kursk.", "~defence secretary", 1000, "approx", "soldiers", "casualties"),
    Case("Answering a parliamentary question, Japan's defence ministry said some 10,000 North Korean troops were "
         "believed to be in Russia.", "~defence ministry", 10000, "approx", "troops", "troops_deployed", hedged=True),
    Case("Japan's Kyodo news agency, citing unnamed government sources, said North Korea had sent roughly 3,000 more "
         "soldiers.", "~unnamed", 3000, "approx", "soldiers", "troops_deployed", via="Kyodo"),
    Case("The Kremlin said it had no information about 3,000 more North Korean troops arriving in Kursk.", "Kremlin",
         3000, "exact", "troops", "troops_deployed", hedged=True),
    Case("Seoul's spy agency estimated that some two-fifths of the North Korean force in Kursk had been killed or "
         "wounded.", NIS, 40, "approx", "percent", "casualty_rate", hedged=True),
    Case("Roughly half of Russia's artillery shells come from North Korea, according to a report by the Royal United "
         "Services Institute.", "Royal United Services Institute", 50, "approx", "percent", "ammunition_share"),
    Case("North Korea's state news agency KCNA denied it had sent 10,000 troops, calling the reports \"a smear "
         "campaign\".", "KCNA", 10000, "exact", "troops", "troops_deployed", denied=True),
    Case("AP FACT CHECK: A viral post claiming that 100,000 North Korean troops have died in Ukraine is false.",
         "Associated Press", 100000, "exact", "troops", "casualties", denied=True),
    Case("\"That is an absolute lie,\" Russia's ambassador said of reports that 11,000 North Korean soldiers were in "
         "Kursk.", "~ambassador", 11000, "exact", "soldiers", "troops_deployed", denied=True),
    Case("The Defense Intelligence Agency judges with high confidence that North Korea will send another 5,000 "
         "troops.", "Defense Intelligence Agency", 5000, "exact", "troops", "troops_deployed", hedged=True),
    Case("\"We lost 30 North Koreans today,\" a Russian officer is heard saying in an intercepted call.",
         "~Russian officer", 30, "exact", "north koreans", "casualties"),
    Case("Analysts at CSIS put Russia's shell stocks at well over 6 million.", "CSIS", 6_000_000, "at_least",
         "shells", "munitions_stocks"),
    Case("Between a fifth and a quarter of North Korean troops in Kursk had been killed or wounded, a Ukrainian "
         "commander estimated.", "~Ukrainian commander", 25, "range", "percent", "casualty_rate", hedged=True),
    Case("The North's troops have suffered losses of about 40 percent, the NIS believes.", NIS, 40, "approx",
         "percent", "casualty_rate", hedged=True),
    Case("Estonian intelligence chief Kaupo Rosin told reporters that half of the shells Russia fires in Ukraine come "
         "from North Korea.", "Kaupo Rosin", 50, "exact", "percent", "ammunition_share"),
    Case("Roughly one in three shells fired by Russian forces is now of North Korean origin, a Ukrainian artillery "
         "commander told Reuters.", "~Ukrainian artillery commander", 100 / 3, "approx", "percent",
         "ammunition_share", via="Reuters"),
    Case("Rep. Lee Seong-kweun of the People Power Party told reporters the spy agency had estimated North Korean "
         "casualties at 3,000.", "spy agency", 3000, "exact", "casualties", "casualties", via="Lee Seong-kweun"),
    Case("The White House said it had seen no evidence to support Ukrainian claims that 15,000 North Korean troops had "
         "been sent.", "White House", 15000, "exact", "troops", "troops_deployed", denied=True),
    Case("The Multilateral Sanctions Monitoring Team said in its first report that North Korea had transferred at least "
         "9 million rounds to Russia.", "Multilateral Sanctions Monitoring Team", 9_000_000, "at_least", "rounds",
         "munitions_supplied"),
    Case("Nine in ten North Korean soldiers sent to the front had been killed or wounded, a Ukrainian commander "
         "claimed.", "~Ukrainian commander", 90, "exact", "percent", "casualty_rate"),
    Case("About one-tenth of the North Korean contingent had been killed, according to South Korean lawmakers.",
         "South Korean lawmakers", 10, "approx", "percent", "casualty_rate"),
    Case("Some 12k North Korean troops remain in Kursk, per a Ukrainian intelligence estimate.",
         "~Ukrainian intelligence", 12000, "approx", "troops", "troops_deployed"),
    Case("North Korea has sent 10 to 12 thousand troops, Japan's chief cabinet secretary said.",
         "~chief cabinet secretary", 12000, "range", "troops", "troops_deployed"),
    Case("Kim Jong Un's sister dismissed as \"fiction\" reports that North Korea had lost 4,000 soldiers.", "~sister",
         4000, "exact", "soldiers", "casualties", denied=True),
    Case("The JCS said 1,000 more North Korean troops arrived in December, raising the cumulative total to 14,000.",
         "JCS", 14000, "exact", "troops", "troops_deployed"),
    Case("An estimated 3,000-4,000 North Korean troops have been killed or wounded, according to Western "
         "intelligence.", "Western intelligence", 4000, "range", "troops", "casualties", hedged=True),
    Case("The Kremlin has neither confirmed nor denied reports that 12,000 North Korean soldiers are in Russia.",
         "Kremlin", 12000, "exact", "soldiers", "troops_deployed", hedged=True, denied=False),
]


@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.text[:40])
def test_a_claim_the_reference_misread_is_read_whole(case: Case) -> None:
    check_case(case)


def test_the_blind_round_reads_every_sentence_whole() -> None:
    assert len(ROUND) >= 25 + len(FIXED)
    assert misread_cases(ROUND) == []


# --- each rule, with what it must not read ------------------------------------------------------------------------


def _lead(text: str) -> tuple[str | None, float, str | None]:
    (claim,) = [c for c in claims_of(text) if c.figures]
    return claim.claimant, claim.figures[0].value, claim.subject


def test_a_share_of_a_stated_total_leads_and_the_total_is_its_context() -> None:
    claimant, value, subject = _lead("Roughly a third of the 11,000 troops Pyongyang sent were killed, officials said.")
    assert (claimant, round(value, 1), subject) == ("officials", 33.3, "casualty_rate")
    (claim,) = claims_of("Roughly a third of the 11,000 troops Pyongyang sent were killed, officials said.")
    assert [f.value for f in claim.figures][1:] == [11000]
    # a count with no share keeps its own subject
    assert _lead("About 11,000 troops were killed, officials said.")[2] == "casualties"


def test_a_loss_word_in_another_clause_makes_no_casualty_rate() -> None:
    claims = claims_of("North Korea scores just 7 out of 100 on freedom, and its soldiers are killed in waves.")
    assert claim_with(claims, "7").subject is None
    claims = claims_of("The rouble lost 5% of its value this week, and soldiers were killed near Kursk.")
    assert claim_with(claims, "5%").subject is None
    # a share of money, markets or ground lost is no share of troops
    for text in ["The won lost 1.2% against the dollar.", "Russia has lost 40% of the territory it seized, ISW said.",
                 "Shares of Samsung dropped 3% before paring losses."]:
        (claim,) = claims_of(text)
        assert claim.subject is None, text
    claims = claims_of("Up to 80 per cent of the battalion was killed, HUR said.")
    assert claim_with(claims, "80").subject == "casualty_rate"


def test_a_speaker_with_a_that_clause_of_their_own_tags_no_quotation_before_them() -> None:
    text = ("North Korea scores just 3 out of 100 and is designated \"not free.\" Zelensky said in the interview that "
            "North Korean troops had been killed.")
    assert len(sentences_of(text)) == 2
    assert claim_with(claims_of(text), "3 out of 100").subject is None
    # a tag after the quotation stays with it
    assert len(sentences_of("\"We sent 3,000 troops.\" Zelensky said on Monday.")) == 1


def test_a_comma_grouping_thousands_ends_no_clause() -> None:
    sentence = "A third of the 11,000 troops were killed, officials said."
    assert clause_breaks(sentence) == [sentence.index(", officials")]
    sentence = "In 2024, 1,100 died; 3,000, or more, were hurt."
    assert clause_breaks(sentence) == [7, 19, sentence.index(", or"), sentence.index(", were")]


def test_shells_held_are_a_stock_and_shells_shipped_a_delivery() -> None:
    assert _lead("CSIS estimates Russia has well over 6 million shells in storage.")[2] == "munitions_stocks"
    assert _lead("North Korea has sent 6 million shells from its stockpiles, CSIS said.")[2] == "munitions_supplied"
    assert _lead("North Korea has sent 6 million shells, CSIS said.")[2] == "munitions_supplied"
    # shells drawn from a stock, or traded, are delivered
    assert _lead("In exchange for food, Russia received millions of rounds from North Korean stocks, CSIS said.")[2] \
        == "munitions_supplied"


def test_a_correction_without_a_named_source_is_the_articles_own() -> None:
    claims = [c for c in claims_of("An earlier version of this article said 12,000 North Korean troops had been "
                                   "killed; the figure was 1,200.") if c.figures]
    assert [(c.claimant, c.figures[0].value, c.denied) for c in claims] == [(None, 12000, True), (None, 1200, False)]
    # a source named after the semicolon: as before
    claims = [c for c in claims_of("An earlier version of this article said 12,000; the correct figure, according to "
                                   "the NIS, is 1,200.") if c.figures]
    assert [(c.claimant, c.denied) for c in claims] == [(None, True), (NIS, False)]
    # a semicolon with no correction before it cuts nothing
    claims = [c for c in claims_of("The NIS said 12,000 troops were sent; the figure was 1,200 last year.")
              if c.figures]
    assert len(claims) == 1


def test_a_running_total_leads_even_when_it_names_what_it_counts() -> None:
    assert _lead("Some 2,000 more troops have been sent, raising the total number of North Korean soldiers in Russia "
                 "to 13,000, Seoul said.")[1] == 13000
    assert _lead("Another 3,000 troops arrived in January, bringing the total to about 14,000, the NIS said.")[1] == 14000
    # a sentence with no running total keeps the writer's order
    assert _lead("Some 2,000 more troops have been sent to Russia and 13,000 are there now, Seoul said.")[1] == 2000


def test_a_second_trailing_tag_relays_the_first() -> None:
    (claim,) = [c for c in claims_of("Some 3,000 troops were sent, the NIS said, Yonhap reported.") if c.figures]
    assert (claim.claimant, claim.via) == (NIS, "Yonhap")
    claims = [c for c in claims_of("Some 3,000 troops were sent, the NIS said, and Kyiv said 4,000.") if c.figures]
    assert [(c.claimant, c.via) for c in claims] == [(NIS, None), ("Kyiv", None)]
    # a description of the first speaker between them, with a verb of its own, is no second tag
    claims = claims_of("\"They are taking casualties,\" said Chan, a senior analyst with the institute, told the BBC.")
    assert ("Chan", None) in [(c.claimant, c.via) for c in claims]


def test_a_legislature_told_is_an_audience_but_an_outlet_told_relays() -> None:
    for audience in ["the House of Commons", "the Bundestag", "the Diet", "the House of Lords"]:
        (claim,) = claims_of(f"The minister told {audience} that 3,000 North Korean troops were sent.")
        assert (claim.claimant, claim.via) == ("minister", None), audience
    (claim,) = claims_of("The minister told the Financial Times that 3,000 North Korean troops were sent.")
    assert claim.via == "Financial Times"


def test_a_fact_check_rubric_names_its_outlet_but_a_bare_rubric_names_nobody() -> None:
    assert _lead("AP FACT CHECK: Posts claiming 100,000 North Korean troops died are false.")[0] == "Associated Press"
    assert _lead("FACT CHECK: 100,000 North Korean troops have died.")[0] is None


def test_a_verdict_verb_needs_a_verdict() -> None:
    (claim,) = claims_of("Snopes rated the claim that 50,000 North Korean soldiers died \"False\".")
    assert (claim.claimant, claim.denied) == ("Snopes", True)
    assert _lead("The agency rates 30 North Korean units highly.")[0] is None


def test_heard_saying_speaks_only_with_its_verb() -> None:
    assert _lead("A Russian commander can be heard telling his men that 200 North Korean soldiers were killed.")[0] == \
        "Russian commander"
    assert _lead("I heard saying 3,000 troops arrived is common.")[0] is None


def test_judges_attributes_only_before_that() -> None:
    assert _lead("The CIA judges that about 12,000 North Korean troops are in Russia.")[0] == "CIA"
    assert _lead("US intelligence judged with high confidence that 12,000 troops were in Russia.")[0] == \
        "US intelligence"
    assert _lead("Three judges ruled 3,000 troops were sent illegally.")[0] is None


def test_less_than_high_confidence_hedges() -> None:
    for wording, hedged in [("with moderate confidence", True), ("with low confidence", True),
                            ("with low-to-moderate confidence", True), ("with high confidence", False)]:
        (claim,) = claims_of(f"The DIA assessed {wording} that 11,000 North Korean troops were in Kursk.")
        assert claim.hedged is hedged, wording


def test_a_speaker_with_nothing_to_say_vouches_for_nothing() -> None:
    (claim,) = claims_of("The Kremlin said it had \"no comment\" on reports that 3,000 troops had arrived.")
    assert claim.hedged is True
    (claim,) = claims_of("The Kremlin said it had nothing to add: 3,000 troops had arrived.")
    assert claim.hedged is False


def test_denied_with_that_left_out_denies_but_rejecting_a_plan_does_not() -> None:
    assert [c.denied for c in claims_of("Pyongyang denied it had sent 10,000 troops.")] == [True]
    assert [c.denied for c in claims_of("Ukraine rejected the peace plan, which would cap its army at 800,000.")
            if c.figures] == [False]


def test_a_quotation_calling_reports_a_lie_denies_them_and_one_affirming_them_does_not() -> None:
    (claim,) = claims_of("\"That is the truth,\" the ambassador said of reports that 11,000 North Korean soldiers were "
                         "in Kursk.")
    assert claim.denied is False
    (claim,) = claims_of("\"A lie,\" the ambassador said of reports that 11,000 North Korean soldiers were in Kursk.")
    assert claim.denied is True


def test_a_figure_after_at_is_no_inverted_speaker() -> None:
    (claim,) = claims_of("A Pentagon slide, seen by the New York Times, estimated North Korean losses at 3,000.")
    assert claim.claimant == "Pentagon"
    # an inverted speaker after the figure is read as before
    (claim,) = claims_of("The toll is about 3,000, said General Oleksandr Syrskyi at a briefing on Monday.")
    assert claim.claimant == "Oleksandr Syrskyi"


def test_a_document_opening_the_sentence_is_relayed_by_its_seer_and_troops_seen_by_drones_are_not() -> None:
    (claim,) = claims_of("A dossier from the NIS, reviewed by the JoongAng Ilbo, put North Korean losses at 4,700.")
    assert (claim.claimant, claim.via) == (NIS, "JoongAng Ilbo")
    (claim,) = [c for c in claims_of("North Korean troops, seen by Ukrainian drones, numbered 200, Kyiv said.")
                if c.figures]
    assert claim.via is None


def test_a_participle_after_a_published_document_speaks_for_its_publisher() -> None:
    assert _lead("The Kremlin issued a statement saying that 11,000 North Korean troops were not in Kursk.")[0] == \
        "Kremlin"
    # a participle after a clause with no document: as before
    assert _lead("Reports surfaced, saying 300 North Korean soldiers died.")[0] is None


def test_millions_written_with_m_make_a_range_with_a_word_between_but_lengths_do_not() -> None:
    for text in ["between 1.5m and 2m shells", "1.5m to 2m shells", "from 1.5m to 2.5m shells"]:
        (figure,) = find_figures(text)
        assert (figure.qualifier, figure.low, figure.unit) == ("range", 1_500_000, "shells"), text
    assert find_figures("a 20m and 30m race") == []
    assert [f.value for f in find_figures("1.5m and 300 shells")] == [300]


# --- topics of such passages ----------------------------------------------------------------------------------------


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


def test_a_stock_of_weapons_is_no_stock_market_but_a_stock_market_is() -> None:
    for text, topic in [
        ("Analysts put Russia's shell stocks at well over 6 million.", "artillery"),
        ("Russia's stocks of ammunition are running low.", "artillery"),
        ("Russia's tank stocks in storage are dwindling.", "tanks"),
        ("Russia's missile stocks are low after the winter strikes.", "missiles"),
    ]:
        found = _topics(text)
        assert topic in found and "markets" not in found, text
    assert "markets" in _topics("Seoul stocks fell after the news of the deployment.")
