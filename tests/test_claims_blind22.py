"""Blind round 22: the gaps round 21 left open in claims, and claims as further unseen outlets phrase them.

A wire that cites its source after "while" or "but" ("KCNA did not mention it, while Yonhap, citing the NIS, said
…") keeps both; "the unit said" is the formation named before, and "it said" after it the same; Swedish copy counts
in words ("elvatusen", "tolv tusen") and names its bodies in Swedish ("Sydkoreas underrättelsetjänst"); the earlier
figure of a change ("down from 12,000 after 1,000 casualties") and the figure a correction rejects count what the
current one counts.  Then wire ledes, think-tank prose with footnotes, Telegram posts, Japanese outlets' English
editions, testimony, briefing transcripts, corrections, shares and ranges, each read whole; and the topics of such
passages.  None of these sentences comes from a seed, the brief's wording or an earlier test.
"""

from __future__ import annotations


import pytest
from claim_builders import claims_of
from claim_round_cases import Case, check_case, misread_cases

from store.analysis import latin_number_words
from store.analysis.topics import load_topic_taxonomy, topics_in_text

NIS = "National Intelligence Service"




# --- what the reference read wrongly; each case fails there -------------------------------------------------------
FIXED = [
    # a wire citing its source, in a clause opened by "while" or "but"
    Case("KCNA did not mention the deployment, while Yonhap, citing the NIS, said 11,000 troops were involved.",
         NIS, 11000, "exact", "troops", "troops_deployed", via="Yonhap"),
    Case("Moscow stayed silent, but Reuters, citing two US officials, said about 1,000 North Korean soldiers had been "
         "killed.", "US officials", 1000, "approx", "soldiers", "casualties", via="Reuters"),
    # Swedish counts in words, and Swedish names of bodies
    Case("Enligt Sydkoreas underrättelsetjänst har Nordkorea skickat elvatusen soldater till Ryssland.",
         NIS, 11000, "exact", "soldiers", "troops_deployed"),
    Case("Sydkoreas underrättelsetjänst uppger att tolv tusen nordkoreanska soldater finns i Kursk.",
         NIS, 12000, "exact", "soldiers", "troops_deployed"),
    Case("Enligt den sydkoreanska underrättelsetjänsten har omkring tolvtusen soldater skickats.",
         NIS, 12000, "approx", "soldiers", "troops_deployed"),
    Case("Nordkorea har skickat elva tusen soldater, enligt Sydkoreas försvarsministerium.",
         "Sydkoreas försvarsministerium", 11000, "exact", "soldiers", "troops_deployed"),
    Case("Enligt Ukraina har Nordkorea skickat 12 000 soldater till Kursk.",
         "Ukraine", 12000, "exact", "soldiers", "troops_deployed"),
    Case("Enligt amerikanska tjänstemän har omkring tretusen nordkoreanska soldater dödats eller sårats.",
         "amerikanska tjänstemän", 3000, "approx", "soldiers", "casualties"),
    Case("Ukrainas militära underrättelsetjänst uppger att Nordkorea har levererat fem miljoner granater.",
         "Defence Intelligence of Ukraine", 5_000_000, "exact", "shells", "munitions_supplied"),
    Case("Omkring tretusen nordkoreanska soldater har dödats eller sårats, säger Ukrainas president Volodymyr "
         "Zelenskyj.", "~Zelensk", 3000, "approx", "soldiers", "casualties"),
    # Norwegian and Danish "ifølge" (according to)
    Case("Ifølge Sør-Koreas etterretningstjeneste har Nord-Korea sendt tolv tusen soldater til Russland.",
         NIS, 12000, "exact", "soldiers", "troops_deployed"),
    # a figure quoted in single quotes after "put … at"
    Case("Ukraine's General Staff put North Korean losses at 'at least 4,000 killed or wounded' on its Telegram "
         "channel.", "~General Staff", 4000, "at_least", "casualties", "casualties", "Telegram"),
    # an answer is its speaker's
    Case("Asked by Rep. Joe Wilson how many North Korean troops were in Russia, Gen. Cavoli replied: \"About "
         "11,000.\"", "Cavoli", 11000, "approx", "troops", "troops_deployed"),
    Case("Asked about losses, the Pentagon spokesman answered that roughly 1,000 North Korean soldiers had been killed "
         "or wounded.", "~Pentagon spokesman", 1000, "approx", "soldiers", "casualties"),
    # shells that fail to fire, or "rounds" that "fail": a dud rate, not a share of the supply
    Case("Roughly a third of North Korea's shells fail to fire, according to Ukrainian gunners interviewed by the "
         "Financial Times.", "Ukrainian gunners", 100 / 3, "approx", "percent", "dud_rate", via="Financial Times"),
    Case("Roughly one in five North Korean mortar rounds fails, a soldier told Reuters.",
         "soldier", 20, "approx", "percent", "dud_rate", via="Reuters"),
    # a briefing transcript run into one paragraph: each turn is its speaker's, the answer counts what was asked
    Case("Q: How many North Korean soldiers have been killed? MR. KIRBY: We think several hundred.",
         "Kirby", 300, "approx", "soldiers", "casualties"),
    Case("QUESTION: How many North Korean troops are in Kursk? SINGH: About 11,000, we believe.",
         "Singh", 11000, "approx", "troops", "troops_deployed"),
    Case("How many troops has North Korea sent to Russia? Seoul says 11,000.",
         "Seoul", 11000, "exact", "troops", "troops_deployed"),
    # a correction: the retracted clause is nobody's, the corrected one its source's
    Case("An earlier version of this article said 12,000 troops had been killed; the correct figure, according to the "
         "NIS, is 1,200.", NIS, 1200, "exact", "casualties", "casualties"),
]

# --- the blind round: wire ledes, think tanks, Telegram, Japanese outlets, testimony, transcripts, corrections -----
ROUND = FIXED + [
    Case("SEOUL, Nov 4 (Reuters) - North Korea has sent at least 1,500 more troops to Russia, South Korea's spy agency "
         "said on Tuesday.", NIS, 1500, "at_least", "troops", "troops_deployed"),
    Case("KYIV, Jan 9 (AP) — Ukraine's military intelligence said Thursday that some 4,000 North Korean troops have "
         "been killed or wounded.", "Defence Intelligence of Ukraine", 4000, "approx", "troops", "casualties"),
    Case("WASHINGTON (AP) — The Pentagon said Monday that roughly 10,000–12,000 North Korean troops have moved to "
         "Russia's Kursk region.", "Pentagon", 12000, "range", "troops", "troops_deployed"),
    Case("According to CSIS analysts, roughly half of the artillery ammunition Russia fired in 2024 came from North "
         "Korea.³", "CSIS analysts", 50, "approx", "percent", "ammunition_share"),
    Case("North Korea has sent Russia an estimated 4.8 million artillery shells, according to a report by the Royal "
         "United Services Institute.²", "Royal United Services Institute", 4_800_000, "approx", "shells",
         "munitions_supplied", hedged=True),
    Case("Budanov wrote on Telegram that six in ten shells fired by Russian guns were of North Korean origin.",
         "Budanov", 60, "exact", "percent", "ammunition_share", via="Telegram"),
    Case("\"Around 3,000 North Korean soldiers have been killed or wounded,\" Zelensky wrote on Telegram on Sunday.",
         "Zelensky", 3000, "approx", "soldiers", "casualties", via="Telegram"),
    Case("Andriy Yermak, head of Ukraine's presidential office, wrote on Telegram that 'about 12,000' North Korean "
         "troops were deployed.", "Andriy Yermak", 12000, "approx", "troops", "troops_deployed", via="Telegram"),
    Case("The Yomiuri Shimbun, citing multiple Japanese government sources, reported that some 10,000 North Korean "
         "soldiers had been deployed.", "~Japanese government sources", 10000, "approx", "soldiers",
         "troops_deployed", via="Yomiuri Shimbun"),
    Case("According to the Nikkei Asia, Japanese officials estimate that at least 5 million shells have been sent to "
         "Russia.", "Japanese officials", 5_000_000, "at_least", "shells", "munitions_supplied", via="Nikkei Asia"),
    Case("Nearly 60 percent of Russia's artillery shells are now supplied by North Korea, the Asahi Shimbun reported, "
         "citing a Japanese government source.", "~Japanese government source", 60, "approx", "percent",
         "ammunition_share", via="Asahi Shimbun"),
    Case("Testifying before the House Armed Services Committee, Defense Intelligence Agency director Lt. Gen. Jeffrey "
         "Kruse said some 11,000 North Korean troops were in Russia.", "Jeffrey Kruse", 11000, "approx", "troops",
         "troops_deployed"),
    Case("Under questioning from lawmakers, NIS director Cho Tae-yong said 10,000-12,000 North Korean troops were in "
         "Russia.", "Cho Tae-yong", 12000, "range", "troops", "troops_deployed"),
    Case("MR. RYDER: We assess that there are roughly 11,000 to 12,000 North Korean soldiers in the Kursk oblast.",
         "Ryder", 12000, "range", "soldiers", "troops_deployed"),
    Case("GEN. RYDER: Our assessment is that more than 1,000 DPRK soldiers have been killed or wounded in the past "
         "week.", "Ryder", 1000, "at_least", "soldiers", "casualties"),
    Case("Six in ten rounds fired by Russian artillery in the Kursk region are North Korean, a Ukrainian artillery "
         "officer told the Guardian.", "~Ukrainian artillery officer", 60, "exact", "percent", "ammunition_share",
         via="Guardian"),
    Case("A Ukrainian commander told the BBC that roughly one in three North Korean shells fails to explode.",
         "~Ukrainian commander", 100 / 3, "approx", "percent", "dud_rate", via="BBC"),
    Case("Between 11,000 and 12,000 North Korean troops were deployed, a NATO spokesperson said.",
         "~NATO spokesperson", 12000, "range", "troops", "troops_deployed"),
    Case("More than 4,000 North Korean casualties were reported by Ukrainian military intelligence in January.",
         "Defence Intelligence of Ukraine", 4000, "at_least", "casualties", "casualties"),
    Case("Pyongyang has dismissed as \"absurd\" reports that it supplied 5 million shells to Russia.",
         "Pyongyang", 5_000_000, "exact", "shells", "munitions_supplied", denied=True),
    Case("Moscow and Pyongyang have both denied the presence of North Korean troops, though Ukraine says 11,000 are "
         "fighting.", "Ukraine", 11000, "exact", "troops", "troops_deployed"),
    Case("North Korea may have suffered more than 1,000 casualties in a week, according to a U.S. official.",
         "~U.S. official", 1000, "at_least", "casualties", "casualties", hedged=True),
    Case("In written testimony to the Senate, CIA Director John Ratcliffe said North Korea had lost roughly 4,000 "
         "soldiers.", "John Ratcliffe", 4000, "approx", "soldiers", "casualties"),
    Case("Speaking at a Pentagon briefing on Tuesday, deputy press secretary Sabrina Singh said \"several hundred\" "
         "North Korean troops had been killed.", "Sabrina Singh", 300, "approx", "troops", "casualties"),
    Case("Upwards of 10,000 North Korean troops are now in Russia, a senior Ukrainian official said.",
         "~senior Ukrainian official", 10000, "at_least", "troops", "troops_deployed"),
    Case("No fewer than 3,000 North Korean soldiers have been killed, according to Ukraine's defence intelligence.",
         "Defence Intelligence of Ukraine", 3000, "at_least", "soldiers", "casualties"),
    Case("Four out of five artillery rounds Russia fires in Kursk are North Korean, Ukrainian gunners told the Kyiv "
         "Independent.", "Ukrainian gunners", 80, "exact", "percent", "ammunition_share", via="Kyiv Independent"),
    Case("One out of every three North Korean shells is a dud, according to Ukrainian artillerymen.",
         "Ukrainian artillerymen", 100 / 3, "exact", "percent", "dud_rate"),
    Case("Three-quarters of the ammunition Russia used in December was North Korean, the ISW said.",
         "ISW", 75, "exact", "percent", "ammunition_share"),
    Case("An estimated 1,000 to 1,500 North Korean troops are believed to have been killed, Western officials said.",
         "Western officials", 1500, "range", "troops", "casualties", hedged=True),
]


@pytest.mark.parametrize("case", FIXED, ids=[f"{i:02d}" for i in range(len(FIXED))])
def test_a_claim_the_reference_misread_is_read_whole(case: Case) -> None:
    check_case(case)


def test_the_blind_round_reads_every_sentence_whole() -> None:
    assert len(ROUND) >= 25 + len(FIXED)
    assert misread_cases(ROUND) == []


# --- each rule, with what it must not read ------------------------------------------------------------------------


def _speakers(*paragraphs: str) -> list[str | None]:
    return [c.claimant for c in claims_of(*paragraphs) if c.figures]


def test_a_clause_opened_by_while_ends_the_speakers_chain_only_at_a_name() -> None:
    assert _speakers("Russia stayed silent, while Reuters, citing two US officials, said 11,000 troops were involved.") \
        == ["US officials"]
    assert [c.via for c in claims_of("Russia stayed silent, while Reuters, citing two US officials, said 11,000 troops "
                                     "were involved.") if c.figures] == ["Reuters"]
    # a name right before the verb, in an aside: the aside is no new speaker's clause
    assert _speakers("The minister, while Ukraine burned, said 11,000 troops were involved.") == ["minister"]
    # no name after "while": the chain is read as before, back to the speaker of the main clause
    assert _speakers("Military analysts told BI that, while the limited number of reports makes it hard to be sure, "
                     "Russia had refurbished around 9,800 tanks.") == ["Military analysts"]


def test_the_unit_is_the_formation_named_before_and_it_said_is_the_same() -> None:
    paragraphs = ("Ukraine's 47th Mechanized Brigade posted drone footage of the battle.",
                  "The unit said it had destroyed three North Korean positions.",
                  "It said 40 North Korean soldiers were killed.")
    assert _speakers(*paragraphs) == ["Ukraine's 47th Mechanized Brigade"]
    assert _speakers("The Special Operations Forces published a video on Sunday.",
                     "The unit said 40 North Korean soldiers were killed.") == ["Special Operations Forces"]
    # named nowhere, "the unit" stays itself, and "it said" points back to it
    assert _speakers("The unit said it had destroyed three positions.", "It said 40 North Korean soldiers were killed.") \
        == ["unit"]
    # never the body that spoke last: a spy agency is no unit
    assert _speakers("The NIS said North Korea had sent more troops.",
                     "The unit said 40 North Korean soldiers were killed.") == ["unit"]


@pytest.mark.parametrize(
    ("words", "value", "low", "high"),
    [
        ("elvatusen soldater", 11000, 11000, 11000),
        ("tolv tusen soldater", 12000, 12000, 12000),
        ("tvåhundrafemtio soldater", 250, 250, 250),
        ("tjugotvåtusen soldater", 22000, 22000, 22000),
        ("elva tusen fem hundra soldater", 11500, 11500, 11500),
        ("flera tusen soldater", 3000, 3000, 9000),
        ("tusentals soldater", 2000, 2000, 9999),
        ("några hundra soldater", 200, 200, 500),
    ],
)
def test_swedish_counts_in_words(words: str, value: float, low: float, high: float) -> None:
    (count,) = latin_number_words.worded_counts(words).values()
    assert (count.value, count.low, count.high) == (value, low, high)


def test_swedish_number_words_count_only_with_a_scale() -> None:
    found = latin_number_words.worded_counts("Klockan tolv kom sex tusen soldater.")
    assert [count.value for count in found.values()] == [6000]
    # "tolv", "sex", "tre" alone are an age, a clock or an English word as often as a count
    assert latin_number_words.worded_counts("Klockan tolv sade tre av dem sex saker.") == {}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # between two counts in words: a range, its ends each whole
        ("Laut Pentagon wurden zwischen zehntausend und zwölftausend Soldaten geschickt.", [(10000, 12000)]),
        ("Selon Kiev, entre dix mille et douze mille soldats sont en Russie.", [(10000, 12000)]),
        ("Según Kiev, entre diez mil y doce mil soldados están en Rusia.", [(10000, 12000)]),
        ("Enligt Pentagon har Nordkorea skickat mellan tiotusen och tolvtusen soldater.", [(10000, 12000)]),
        # without "between", two counts side by side, never summed
        ("Selon Kiev, dix mille soldats et douze mille ouvriers et deux mille et trois mille obus.",
         [(10000, 10000), (12000, 12000), (2000, 2000), (3000, 3000)]),
    ],
)
def test_two_counts_in_words_are_a_range_after_between_and_never_summed(text: str, spans: list[tuple]) -> None:
    assert sorted((f.low, f.high) for c in claims_of(text) for f in c.figures) == sorted(spans)
    # "and" inside one count still joins its words
    for joined, value in (("Selon Kiev, cent vingt et un mille obus sont arrivés.", 121000),
                          ("Selon Kiev, mille et un soldats sont arrivés.", 1001),
                          ("Laut Kiew kamen zwei Millionen und dreihunderttausend Granaten an.", 2_300_000)):
        assert [f.value for c in claims_of(joined) for f in c.figures] == [value]


def test_the_earlier_figure_of_a_change_counts_what_the_current_one_counts() -> None:
    claims = claims_of("The NIS said 11,000 North Korean troops remain in Kursk, down from 12,000 after 1,000 "
                       "casualties.")
    by_value = {f.value: (f.unit, c.subject) for c in claims for f in c.figures}
    assert by_value == {11000: ("troops", "troops_deployed"), 12000: ("troops", "troops_deployed"),
                        1000: ("casualties", "casualties")}
    claims = claims_of("About 11,000 North Korean soldiers are still in Kursk, down from 12,000 before the wounded "
                       "were evacuated, Seoul said.")
    assert {(f.value, f.unit, c.subject) for c in claims for f in c.figures} == {
        (11000, "soldiers", "troops_deployed"), (12000, "soldiers", "troops_deployed")}
    # a correction's rejected figure: the same count
    claims = claims_of("The Pentagon said 1,000 North Korean troops were killed, not 10,000 as previously reported.")
    assert [f.unit for c in claims for f in c.figures] == ["troops"]  # (the rejected one is no figure of the claim)
    # no change, no borrowing: a figure "from" a place keeps its own noun
    claims = claims_of("Kyiv said 5,000 casualties came from 30 villages.")
    assert [f.unit for c in claims for f in c.figures] == ["casualties", "villages"]


def test_a_correction_retracts_only_its_own_clause() -> None:
    claims = [c for c in claims_of("An earlier version of this article said 12,000 troops had been killed; the NIS "
                                   "put the figure at 1,200.") if c.figures]
    assert [(c.claimant, [f.value for f in c.figures], c.denied) for c in claims] == [
        (None, [12000], True), (NIS, [1200], False)]
    # no correction before the semicolon: one claim, as before
    claims = [c for c in claims_of("Seoul raised its estimate; the NIS put the figure at 1,200.") if c.figures]
    assert [(c.claimant, c.denied) for c in claims] == [(NIS, False)]


def test_a_sentence_naming_the_figures_source_credits_the_unclaimed_figure_before_it() -> None:
    # a think tank's footnoted figure, its source in the next sentence or the next paragraph
    assert _speakers("North Korea has supplied an estimated 6 million rounds to Russia since 2023.[12] The figure "
                     "comes from a RUSI assessment.") == ["RUSI"]
    assert _speakers("About 11,000 North Korean troops are in Kursk.",
                     "These estimates are drawn from Ukrainian military intelligence.") == [
        "Defence Intelligence of Ukraine"]
    # a figure someone claims keeps its claimant; "from the start of the war" names no one; nor does a paragraph
    # further on name the source of one two paragraphs back
    assert _speakers("North Korea has supplied 6 million rounds, the NIS said. The figure comes from a RUSI "
                     "assessment.") == [NIS]
    assert _speakers("About 11,000 North Korean troops are in Kursk. The figure came from the start of the war.") \
        == [None]
    assert _speakers("About 11,000 North Korean troops are in Kursk.", "The weather was cold.",
                     "The figure comes from the Pentagon.") == [None]


def test_the_agency_is_the_agency_named_before_even_one_that_said_nothing() -> None:
    claims = [c for c in claims_of("The NIS did not give a figure, but lawmakers briefed by the agency said about 300 "
                                   "had died.") if c.figures]
    assert [(c.claimant, c.via) for c in claims] == [(NIS, "lawmakers")]
    assert _speakers("Ukraine's SBU raided a depot.", "The agency said 40 North Korean shells were found.") == ["SBU"]
    # no agency named: the description stays itself
    assert _speakers("Seoul held a briefing.", "The agency said 40 North Korean shells were found.") == ["agency"]


def test_shells_that_fail_are_duds_but_talks_that_fail_are_not() -> None:
    (claim,) = [c for c in claims_of("Two in five North Korean shells failed to fire, Kyiv said.") if c.figures]
    assert claim.subject == "dud_rate"
    (claim,) = [c for c in claims_of("About 60% of Russia's shells come from North Korea as peace talks fail, Kyiv "
                                     "said.") if c.figures]
    assert claim.subject == "ammunition_share"


def test_replied_and_answered_say_only_what_follows_them() -> None:
    assert _speakers("Asked how many troops were in Russia, Cavoli replied that about 11,000 were there.") == ["Cavoli"]
    # "replied to", "answered questions": nothing said follows
    assert _speakers("Ukraine replied to the strike with 200 drones.") == [None]
    assert _speakers("Cavoli answered questions from 30 senators.") == [None]


# --- topics of such passages ----------------------------------------------------------------------------------------


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Japan's Defense Ministry believes some 10,000 North Korean soldiers are stationed in Russia's Far East.",
         "troops"),
        ("The Korea Institute for Defense Analyses said Russia had received more than 9 million rounds.", "artillery"),
        ("In written testimony, CIA Director John Ratcliffe spoke of North Korea's losses.", "intelligence"),
        ("Nordkorea har skickat elvatusen soldater till Ryssland, enligt Sydkoreas underrättelsetjänst.", "troops"),
        ("Laut Kiew wurden 3.000 nordkoreanische Soldaten getötet oder verwundet.", "casualties"),
        ("Selon Séoul, la Corée du Nord a livré des millions d'obus à la Russie.", "artillery"),
        ("По данным ГУР, в Курской области погибли более 300 северокорейских военнослужащих.", "casualties"),
        ("ЗСУ знищили 200 солдатів КНДР на Курщині.", "kursk"),
    ],
)
def test_a_passage_gets_the_topic_its_words_name(text: str, topic: str) -> None:
    assert topic in _topics(text)


def test_an_outlet_named_nikkei_is_no_market() -> None:
    assert "markets" not in _topics("According to the Nikkei Asia, Japanese officials estimate 5 million shells.")
    assert "markets" in _topics("The Nikkei 225 index fell 2% after the launch.")
