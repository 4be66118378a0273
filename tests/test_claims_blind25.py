"""Blind round 25: the claim gaps round 24 left open, and claims as unseen outlets phrase them.

A time of day after an inverted speaker ("…, said the ministry at 3 pm") ends no speaker, and a time of day
("3 pm", "10 a.m.", "0900 GMT") counts nothing; prisoners taken ("captured two North Korean soldiers") count no
losses unless their clause lists losses too, so the casualty total of the sentence leads; an answer given as a
quotation's tag ('"Several thousand," the spokesman replied when asked how many …') speaks, and "how many North
Koreans" names what the answer counts; "north of" is a floor and "south of" a ceiling; ", maybe more" after a
figure is a floor; "rose by 5 percentage points to 30 per cent" and "rose by 2,000 to 13,000" are a change and
the level it reached (the level leads), never a range; a role in lower case before a name ("military intelligence
chief Kyrylo Budanov spoke …") makes that person the antecedent of the next "he said"; a document nobody is named
for ("according to a statement translated from Ukrainian") relays nothing; a speaker inside a bracket the sentence
goes on after, with a figure of their own, owns the bracket alone; a body that "has since raised its estimate" or
"updated the number" to a figure still claims it; prisoners taken are about POWs.  None of these sentences comes from a
seed, the brief's examples verbatim, or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claims_of
from claim_round_cases import Case, check_case, misread_cases

from store.analysis.numbers import find_figures
from store.analysis.topics import load_topic_taxonomy, topics_in_text

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"

# --- what the reference read wrongly; each case fails there -------------------------------------------------------
FIXED = [
    # a time of day after an inverted speaker
    Case("Around 1,000 North Korean soldiers were killed, said the ministry at 3 pm on Monday.", "~ministry", 1000,
         "approx", "soldiers", "casualties"),
    Case("North Korea has lost 300 soldiers, said the General Staff at 10 a.m.", "General Staff", 300, "exact",
         "soldiers", "casualties"),
    Case("More than 1,000 North Korean troops have been killed, said a spokesman at noon.", "~spokesman", 1000,
         "at_least", "troops", "casualties"),
    # an answer as a quotation's tag, the question naming what is counted
    Case("\"Several thousand,\" the spokesman replied when asked how many North Korean soldiers were in Kursk.",
         "~spokesman", 3000, "approx", "soldiers", "troops_deployed"),
    Case("\"Three thousand, maybe more,\" Zelensky said when asked how many North Koreans had died.", "Zelensky", 3000,
         "at_least", "north koreans", "casualties"),
    # "north of" a figure
    Case("North of 10 million shells have been shipped to Russia, sources told Reuters.", "~unnamed", 10_000_000,
         "at_least", "shells", "munitions_supplied", via="Reuters"),
    Case("The death toll among North Korean troops is well north of 1,000, according to one Western diplomat.",
         "~Western diplomat", 1000, "at_least", "troops", "casualties"),
    # a change, then the level it reached
    Case("North Korean losses rose by 5 percentage points to 30 per cent, HUR said.", HUR, 30, "exact", "percent",
         "casualty_rate"),
    Case("The number of North Korean troops in Russia rose by 2,000 to 13,000, the NIS said.", NIS, 13000, "exact",
         "troops", "troops_deployed"),
    # "he said" after a person named behind a role in lower case
    Case("Ukrainian military intelligence chief Kyrylo Budanov spoke to reporters in Kyiv on Tuesday. \"North Korea "
         "has already lost more than 4,000 men,\" he said.", "Kyrylo Budanov", 4000, "at_least", "men", "casualties"),
    # a document nobody is named for relays nothing
    Case("According to a statement translated from Ukrainian, the General Staff said 23 North Korean soldiers were "
         "killed near Kurakhove.", "General Staff", 23, "exact", "soldiers", "casualties"),
]

# --- the blind round: headlines, anonymous sources, relays, passives, questions, shares, rates ------------------
ROUND = FIXED + [
    Case("N. Korea troops in Kursk: 11,000, says Seoul", "Seoul", 11000, "exact", "troops", "troops_deployed"),
    Case("As many as 12,000 North Korean soldiers may be fighting in Kursk, a senior US official said.",
         "~senior US official", 12000, "at_most", "soldiers", "troops_deployed", hedged=True),
    Case("Upwards of 1,500 North Korean troops have been killed, according to a person familiar with the assessment.",
         "~unnamed", 1500, "at_least", "troops", "casualties"),
    Case("About 4,000 North Korean soldiers have been killed or wounded, a senior official who spoke on condition of "
         "anonymity said.", "~senior official", 4000, "approx", "soldiers", "casualties"),
    Case("A senior official, who spoke on condition of anonymity because he was not authorised to brief the media, "
         "said 3,000 North Korean troops had been killed.", "~senior official", 3000, "exact", "troops", "casualties"),
    Case("Yonhap, citing the NIS, reported that 1,100 North Korean soldiers had been killed or wounded.", NIS, 1100,
         "exact", "soldiers", "casualties", via="Yonhap"),
    Case("The Korea Herald, citing a lawmaker briefed by the NIS, said about 300 North Korean soldiers had died.", NIS,
         300, "approx", "soldiers", "casualties", via="Korea Herald"),
    Case("Yonhap reported, citing military sources, that about 1,000 more North Korean soldiers had arrived.",
         "~military sources", 1000, "approx", "soldiers", "troops_deployed", via="Yonhap"),
    Case("Sources told Yonhap that North Korea had sent about 1,500 more troops.", "~unnamed", 1500, "approx",
         "troops", "troops_deployed", via="Yonhap"),
    Case("People familiar with the intelligence told the Wall Street Journal that 1,000 North Koreans had died.",
         "~unnamed", 1000, "exact", "north koreans", "casualties", via="Wall Street Journal"),
    Case("It is estimated that 12,000 North Korean troops have been deployed to Russia.", None, 12000, "exact",
         "troops", "troops_deployed", hedged=True),
    Case("It has been estimated that North Korea has shipped 9 million shells.", None, 9_000_000, "exact", "shells",
         "munitions_supplied", hedged=True),
    Case("Did 3,000 North Koreans die in Kursk?", None, 3000, "exact", "north koreans", "casualties", hedged=True),
    Case("Tens of thousands of North Korean workers have been sent to Russia, the NIS said.", NIS, 20000, "approx",
         "workers", "workers_sent"),
    Case("North Korea has sent at least a division's worth of troops — roughly 10,000 — to Russia, NATO said.", "NATO",
         10000, "approx", "troops", "troops_deployed"),
    Case("North Korea sent between 10,000 and 12,000 troops (a figure Moscow disputes), the Pentagon said.",
         "Pentagon", 12000, "range", "troops", "troops_deployed"),
    Case("North Korea has sent a further 3,000 troops (some estimates put it at 3,000-5,000), the JCS said.", "JCS",
         5000, "range", "troops", "troops_deployed"),
    Case("Some 4,000 — perhaps as many as 5,000 — North Korean soldiers have been wounded, South Korean intelligence "
         "believes.", "National Intelligence Service", 4000, "approx", "soldiers", "casualties", hedged=True),
    Case("Pyongyang's losses could be \"in the low thousands\", a British defence source said.", "~British defence",
         1000, "approx", "casualties", "casualties", hedged=True),
    # a per-day rate is a flow: no count's subject, but the daily loss rate's own
    Case("North Korean units are losing about 100 soldiers a day, a Ukrainian commander said.", "~Ukrainian commander",
         100, "approx", "soldiers per day", "casualties_per_day"),
    # a share of shells and a share of the force, in one sentence
    Case("Pyongyang has now provided roughly 60% of the artillery rounds used by Russia, and North Korean casualties "
         "stand at about 30% of its force, the NIS said.", NIS, 60, "approx", "percent", "ammunition_share"),
    Case("Pyongyang has now provided roughly 60% of the artillery rounds used by Russia, and North Korean casualties "
         "stand at about 30% of its force, the NIS said.", NIS, 30, "approx", "percent", "casualty_rate"),
    Case("About 60 per cent of the shells Russia fires come from North Korea, Budanov said.", "Budanov", 60, "approx",
         "percent", "ammunition_share"),
    Case("North Korean artillery now accounts for a third of Russia's fire, up 10 percentage points since spring, a "
         "Ukrainian commander said.", "~Ukrainian commander", 100 / 3, "exact", "percent", "ammunition_share"),
    # translated statements of Russian and Ukrainian officials
    Case("\"The enemy has lost up to 500 North Korean soldiers in the past week,\" the General Staff of the Armed "
         "Forces of Ukraine wrote on Telegram.", "~General Staff", 500, "at_most", "soldiers", "casualties",
         via="Telegram"),
    Case("\"Around 200 servicemen from the DPRK were eliminated,\" Ukraine's Special Operations Forces said in a "
         "Telegram post, according to a translation by the Kyiv Independent.", "~Special Operations Forces", 200,
         "approx", "servicemen", "casualties", via="Kyiv Independent"),
    Case("\"We estimate up to 2,000 North Korean soldiers have died,\" Shoigu's deputy told state media, according to "
         "a translation.", "~Shoigu's deputy", 2000, "at_most", "soldiers", "casualties", hedged=True),
    Case("Maria Zakharova, the Russian foreign ministry spokeswoman, told a briefing in Moscow that reports of 12,000 "
         "North Korean troops were \"another fake\".", "Maria Zakharova", 12000, "exact", "troops", "troops_deployed",
         denied=True),
]


@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.text[:40])
def test_a_claim_the_reference_misread_is_read_whole(case: Case) -> None:
    check_case(case)


def test_the_blind_round_reads_every_sentence_whole() -> None:
    assert len(ROUND) >= 25 + len(FIXED)
    assert misread_cases(ROUND) == []


# --- each rule, with what it must not read ------------------------------------------------------------------------


def _lead(*paragraphs: str) -> tuple[str | None, float, str | None]:
    claims = [c for c in claims_of(*paragraphs) if c.figures]
    claim = claims[-1]
    return claim.claimant, claim.figures[0].value, claim.subject


def test_a_time_of_day_counts_nothing_but_a_rate_or_a_count_still_does() -> None:
    for text in ["at 3 pm", "at 10 a.m. local time", "at 0900 GMT", "at 9 o'clock", "at 3pm", "at 10 AM"]:
        assert find_figures(text) == [], text
    assert [(f.value, f.unit) for f in find_figures("11,000 troops at 3 p.m.")] == [(11000, "troops")]
    assert [f.unit for f in find_figures("40 a month")] == ["per month"]
    assert [f.unit for f in find_figures("5 amphibious ships and 3 ammunition depots")] == ["ships", "depots"]


def test_a_time_of_day_after_an_inverted_speaker_keeps_the_speaker() -> None:
    claims = [c for c in claims_of("Some 400 North Koreans were killed, said Budanov at 15:30 local time.")
              if c.figures]
    assert [(c.claimant, [f.value for f in c.figures]) for c in claims] == [("Budanov", [400])]


def test_prisoners_taken_count_no_losses_unless_their_clause_lists_losses() -> None:
    assert _lead("Ukraine said it captured two North Korean soldiers, out of some 1,100 killed or wounded.") == \
        ("Ukraine", 1100, "casualties")
    assert _lead("Kyiv said 300 North Korean soldiers had been killed, wounded or captured.")[2] == "casualties"
    assert _lead("Ukraine's forces captured two North Korean soldiers in Kursk, Zelensky said.")[2] == "prisoners_taken"
    # the surrendered are no troops sent either: the dead lead the one claim
    claims = [c for c in claims_of("Some 40 North Korean soldiers surrendered, while about 3,000 were killed, Kyiv "
                                   "said.") if c.figures]
    assert [(c.figures[0].value, c.subject) for c in claims] == [(40, "prisoners_taken"), (3000, "casualties")]


def test_an_answer_speaks_as_a_tag_but_not_as_a_deed() -> None:
    assert _lead("\"About 3,000 have died,\" Kirby replied.")[0] == "Kirby"
    assert _lead("\"3,000,\" the spokeswoman answered when asked how many North Koreans were in Kursk.") == \
        ("spokeswoman", 3000, "troops_deployed")
    assert _lead("Ukraine responded to the deployment of 12,000 North Korean troops with strikes.")[0] is None
    # North Koreans lend their noun to an answer only as what was asked for
    (claim,) = claims_of("Many North Koreans go to work every day on farms, which had declined to 3,600 by 2023.")
    assert [f.unit for f in claim.figures] == [""]


def test_north_of_is_a_floor_and_south_of_a_ceiling() -> None:
    assert [(f.qualifier, f.value) for f in find_figures("north of 3,000 troops")] == [("at_least", 3000)]
    assert [(f.qualifier, f.value) for f in find_figures("south of 3,000 troops")] == [("at_most", 3000)]
    assert [(f.qualifier, f.value) for f in find_figures("upward of 300 troops")] == [("at_least", 300)]


def test_maybe_more_after_a_figure_is_a_floor_but_a_bare_figure_is_exact() -> None:
    assert [f.qualifier for f in find_figures("2,000, maybe more, and 300 wounded")] == ["at_least", "exact"]
    assert [f.qualifier for f in find_figures("3,000 or even more")] == ["at_least"]
    assert [f.qualifier for f in find_figures("2,000, and maybe 300 more")][:1] == ["exact"]


def test_a_change_by_and_the_level_it_reached_are_two_figures_and_the_level_leads() -> None:
    assert [(f.value, f.qualifier) for f in find_figures("rose by 5 percentage points to 30 per cent")] == \
        [(5, "exact"), (30, "exact")]
    assert [f.value for f in find_figures("rose by about 1,000 to some 12,000 troops")] == [1000, 12000]
    assert _lead("The NIS said North Korean casualties rose by about 1,000 to 4,000.")[1] == 4000
    # a range of a change, and plain ranges, stay ranges
    for text in ["cut by 10 to 12 percent", "between 5 and 10 percentage points", "2,000 to 13,000 troops"]:
        assert [f.qualifier for f in find_figures(text)] == ["range"], text


def test_a_person_named_behind_a_lower_case_role_is_the_next_he() -> None:
    for opening in ["Defence Minister Andrii Sybiha visited the front on Monday.",
                    "Foreign minister Andrii Sybiha visited the front on Monday."]:
        assert _lead(opening, "\"We have counted 3,000 North Korean dead,\" he said.")[0] == "Andrii Sybiha"


def test_a_document_nobody_is_named_for_relays_nothing_but_a_named_one_does() -> None:
    (claim,) = claims_of("According to a statement, the General Staff said 23 North Korean soldiers were killed.")
    assert (claim.claimant, claim.via) == ("General Staff", None)
    (claim,) = claims_of("Zelensky said 12,000 North Korean soldiers were fighting in Kursk, according to a statement.")
    assert (claim.claimant, claim.via) == ("Zelensky", None)
    for text in ["According to a statement by the Kremlin, 12,000 North Korean soldiers were fighting in Kursk.",
                 "According to a Kremlin statement, 12,000 North Korean soldiers were fighting in Kursk."]:
        assert _lead(text)[0] == "Kremlin", text


def test_a_speaker_in_a_bracket_mid_sentence_owns_only_the_bracket() -> None:
    for text, outer, inner in [
        ("Up to 3,000 North Korean soldiers (the NIS says 1,100) have been killed, according to Zelensky.",
         (3000, "Zelensky"), (1100, NIS)),
        ("Some 12,000 North Korean troops (Kyiv puts the figure at 15,000) are in Kursk, the Pentagon said.",
         (12000, "Pentagon"), (15000, "Kyiv")),
    ]:
        claims = [c for c in claims_of(text) if c.figures]
        assert [(c.figures[0].value, c.claimant, c.via) for c in claims] == [(*outer, None), (*inner, None)], text
        assert [len(c.figures) for c in claims] == [1, 1], text  # the bracket's figure is no word of the others'
    # a bracket with no figure of its own is a tag of the words before it, relayed as before
    (claim,) = claims_of("About 11,000 North Korean soldiers (Seoul said on 4 November) are fighting in Kursk, the "
                         "Pentagon said.")
    assert (claim.claimant, claim.via) == ("Seoul", "Pentagon")


def test_a_body_revising_its_own_count_still_claims_it_but_a_deed_is_no_word() -> None:
    before = "South Korea's spy agency said in November that about 11,000 North Korean troops were in Russia."
    assert _lead(before, "The agency has since raised its estimate to 12,000.")[:2] == (NIS, 12000)
    assert _lead(before, "The agency updated the number to 12,000 on Friday.")[:2] == (NIS, 12000)
    assert _lead("Pyongyang increased the number of troops in Kursk to 12,000 in December.")[0] is None


# --- topics of such passages ----------------------------------------------------------------------------------------


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


def test_prisoners_taken_are_about_pows_but_a_village_captured_is_not() -> None:
    for text in ["Two North Korean soldiers were taken prisoner by Ukrainian special forces.",
                 "Ukraine has offered to swap captured North Korean soldiers for Ukrainians held in Russia.",
                 "Zelensky proposed a prisoner swap.", "The POWs were shown on video."]:
        assert "surrender_pows" in _topics(text), text
    assert "surrender_pows" not in _topics("Russian forces captured the village of Kurakhove.")
