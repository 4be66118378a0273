"""Blind round 23: the gaps round 22 left open in claims, and claims as further unseen outlets phrase them.

A band of a vague count ("in the low thousands", "the high hundreds") is a third of its span; "Gen" between a
civilian office and a surname is a given name ("Defense Minister Gen Nakatani"); "declined to confirm or deny" speaks
as "neither confirmed nor denied" does; a figure that is the object of a speaker's verb ("not the 110,000 Kyiv
claimed") is that speaker's, and the words before it are not; "Russian state TV" is no bare "TV"; a digest's label
("BBC Monitoring: Russian state TV says …") relays; "X says A and Y says B" is two claims; "aware of reports that"
vouches for nothing; "briefed lawmakers that" tells them, and "said after being briefed by" passes the briefer's
word on.  Then digests, Korean lawmakers, ISW, HUR on TV, NATO, the UN panel, Japan's spokesmen, Russian denials,
nested and passive attribution, ranges and shares, killed and wounded in one sentence, two claimants in one.  None
of these sentences comes from a seed, the brief's wording or an earlier test.
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
    # a band of a vague count
    Case("North Korean casualties are in the low thousands, a US official told the Washington Post.", "US official",
         1000, "approx", "casualties", "casualties", via="Washington Post"),
    Case("The number of North Korean dead is in the high hundreds, a Pentagon spokesman said.",
         "~Pentagon spokesman", 700, "approx", "casualties", "casualties"),
    Case("North Korean losses are likely in the mid-thousands, according to two US officials.", "US officials", 4000,
         "approx", "casualties", "casualties", hedged=True),
    # "Gen" after a civilian office: his given name
    Case("Japan's Defense Minister Gen Nakatani told reporters that about 10,000 North Korean soldiers were in Russia.",
         "Gen Nakatani", 10000, "approx", "soldiers", "troops_deployed"),
    # confirming or denying nothing: the speaker's, hedged, not denied
    Case("The Kremlin declined to confirm or deny that 11,000 North Korean troops were fighting in Kursk.", "Kremlin",
         11000, "exact", "troops", "troops_deployed", hedged=True),
    Case("Peskov did not confirm or deny reports that 12,000 North Korean soldiers had been deployed to Russia.",
         "Peskov", 12000, "exact", "soldiers", "troops_deployed", hedged=True),
    # the figure a speaker's verb has as object, with no "that"
    Case("North Korea sent about 12,000 troops, not the 110,000 Kyiv claimed.", "Kyiv", 110000, "exact", "troops",
         "troops_deployed"),
    Case("The Pentagon said 12,000 troops were sent, far fewer than the 100,000 Zelensky had claimed.", "Zelensky",
         100000, "exact", "troops", "troops_deployed"),
    # a medium named with whose it is
    Case("Russian state TV said on Sunday that Ukraine had lost 300 soldiers near Kursk.", "Russian state TV", 300,
         "exact", "soldiers", "casualties"),
    Case("BBC Monitoring: Russian state TV says Ukraine lost 500 troops in the Kursk region.", "Russian state TV", 500,
         "exact", "troops", "casualties", via="BBC Monitoring"),
    Case("Rossiya-1's evening news said Ukraine had lost 300 soldiers in the Kursk region over the past day.",
         "~Rossiya-1", 300, "exact", "soldiers", "casualties"),
    # two claimants, each with a figure, joined by "and"; a bare figure after the second speaker's verb
    Case("US officials estimate 1,000 North Korean dead; South Korea's spy agency says 300.", NIS, 300, "exact",
         "casualties", "casualties"),
    Case("Seoul says 11,000 North Korean troops are in Russia and Kyiv says 12,000.", "Kyiv", 12000, "exact", "troops",
         "troops_deployed"),
    # "about" after a noun it belongs to; a body with no information vouches for nothing
    Case("The Kremlin said on Thursday that it had \"no information\" about 11,000 North Korean troops in Kursk.",
         "Kremlin", 11000, "exact", "troops", "troops_deployed", hedged=True),
    # a person after their country's possessive
    Case("Ukraine's Budanov, speaking on state TV, said North Korean losses had reached 4,000.", "Budanov", 4000,
         "exact", "casualties", "casualties"),
    # a second claimant's clause without its verb
    Case("The NIS put North Korean casualties at about 1,100, and Ukraine's HUR at 3,000.", HUR, 3000, "exact",
         "casualties", "casualties"),
    # aware of reports: vouches for nothing
    Case("Japan's top government spokesman said Tokyo was aware of reports that 11,000 North Korean troops had been "
         "deployed.", "~government spokesman", 11000, "exact", "troops", "troops_deployed", hedged=True),
    # briefing someone that …; saying after being briefed
    Case("The NIS briefed lawmakers that 1,100 North Korean soldiers had been killed or wounded.", NIS, 1100, "exact",
         "soldiers", "casualties"),
    Case("Lawmaker Lee Seong-kweun told reporters the NIS had briefed the intelligence committee that 300 North Korean "
         "soldiers had died.", NIS, 300, "exact", "soldiers", "casualties", via="Lee Seong-kweun"),
    Case("About 300 North Korean soldiers have been killed, lawmakers said after being briefed by the spy agency.",
         "spy agency", 300, "approx", "soldiers", "casualties", via="lawmakers"),
]

# --- the blind round: digests, lawmakers, think tanks, TV, NATO, the UN, Japan, denials, nesting, ranges ------------
ROUND = FIXED + [
    Case("Democratic Party lawmaker Park Sun-won, who was briefed by the NIS, told reporters that about 1,100 North "
         "Korean soldiers had been killed or wounded.", NIS, 1100, "approx", "soldiers", "casualties",
         via="Park Sun-won"),
    Case("According to lawmakers briefed by the spy agency, about 3,000 more North Korean troops were dispatched in "
         "January and February.", "spy agency", 3000, "approx", "troops", "troops_deployed", via="lawmakers"),
    Case("ISW assesses that North Korea has likely deployed as many as 12,000 troops to Kursk Oblast.", "ISW", 12000,
         "at_most", "troops", "troops_deployed", hedged=True),
    Case("In its latest assessment, ISW said North Korean forces had likely suffered up to 4,000 casualties.", "ISW",
         4000, "at_most", "casualties", "casualties", hedged=True),
    Case("HUR spokesman Andriy Yusov said on national television that up to 12,000 North Korean troops were training "
         "in eastern Russia.", "Andriy Yusov", 12000, "at_most", "troops", "troops_deployed"),
    Case("Speaking on the national telethon, Ukraine's military intelligence spokesman Andriy Yusov said North Korea "
         "had sent 4 million shells.", "Andriy Yusov", 4_000_000, "exact", "shells", "munitions_supplied"),
    Case("NATO Secretary General Mark Rutte told a press conference in Brussels that more than 10,000 North Korean "
         "troops had been sent to Russia.", "Mark Rutte", 10000, "at_least", "troops", "troops_deployed"),
    Case("The UN Panel of Experts on North Korea estimated in its report that Pyongyang had shipped between 1 million "
         "and 2 million shells.", "~UN Panel of Experts", 2_000_000, "range", "shells", "munitions_supplied",
         hedged=True),
    Case("Japan's chief cabinet secretary, Yoshimasa Hayashi, told a regular news conference that some 10,000 North "
         "Korean soldiers were believed to be in Russia.", "Yoshimasa Hayashi", 10000, "approx", "soldiers",
         "troops_deployed", hedged=True),
    Case("The Russian Defence Ministry dismissed as \"a provocation\" claims that 11,000 North Korean soldiers were "
         "fighting in Kursk.", "Russian Defence Ministry", 11000, "exact", "soldiers", "troops_deployed", denied=True),
    Case("Russian Defence Ministry spokesman Igor Konashenkov denied that North Korean troops were involved, "
         "dismissing reports of 11,000 soldiers as \"an information operation\".", "Igor Konashenkov", 11000,
         "exact", "soldiers", "troops_deployed", denied=True),
    Case("A Ukrainian officer told CNN that his commander had said some 200 North Korean soldiers were killed in one "
         "assault.", "~Ukrainian officer", 200, "approx", "soldiers", "casualties", via="CNN"),
    Case("Zelensky told the Financial Times that Budanov had said 3,000 North Korean troops were killed or wounded.",
         "Budanov", 3000, "exact", "troops", "casualties", via="Zelensky"),
    Case("It was reported by Yonhap that 1,500 North Korean special forces troops had arrived in Vladivostok.",
         "Yonhap", 1500, "exact", "troops", "troops_deployed"),
    Case("It has been reported by the Wall Street Journal that up to 100,000 North Korean troops could be sent.",
         "Wall Street Journal", 100000, "at_most", "troops", "troops_deployed", hedged=True),
    Case("As many as 15,000 North Korean soldiers could be in Russia by year-end, according to a senior NATO official.",
         "~senior NATO official", 15000, "at_most", "soldiers", "troops_deployed", hedged=True),
    Case("North Korea has sent between 10,000 and 12,000 troops, according to the Pentagon.", "Pentagon", 12000,
         "range", "troops", "troops_deployed"),
    Case("Roughly a third of the shells Russia fires come from North Korea, according to RUSI.", "RUSI", 100 / 3,
         "approx", "percent", "ammunition_share"),
    Case("North Korea has sent a division-sized force of about 11,000 troops, the NIS said.", NIS, 11000, "approx",
         "troops", "troops_deployed"),
    Case("Ukraine's HUR said 300 North Korean soldiers had been killed and 2,700 wounded since January.", HUR, 2700,
         "exact", "casualties", "casualties"),
    Case("The Pentagon said 11,000 North Korean troops were in Kursk, while Ukraine's HUR said the number was 12,000.",
         HUR, 12000, "exact", "troops", "troops_deployed"),
    Case("Kyiv said 4,000 North Korean troops had been killed or wounded, while Seoul put the number at 1,100.",
         "Seoul", 1100, "exact", "casualties", "casualties"),
    Case("The Yonhap news agency reported that 4,000 North Korean troops had been killed, citing the NIS.", NIS, 4000,
         "exact", "troops", "casualties", via="Yonhap"),
    Case("Up to 100,000 North Korean troops could eventually be sent, South Korean intelligence believes.",
         "National Intelligence Service", 100000, "at_most", "troops", "troops_deployed", hedged=True),
    Case("Pyongyang sent 12,000 troops, according to the Pentagon, not the 110,000 some reports claimed.", "Pentagon",
         12000, "exact", "troops", "troops_deployed"),
    Case("Seoul says 11,000 North Korean troops are in Russia and Kyiv says 12,000.", "Seoul", 11000, "exact",
         "troops", "troops_deployed"),
    Case("Citing an unnamed NIS official, the JoongAng Ilbo said some 2,000 North Korean troops had been rotated "
         "home.", "NIS official", 2000, "approx", "troops", "troops_deployed", via="JoongAng Ilbo"),
    Case("South Korea's Joint Chiefs of Staff estimated on Monday that about 4,700 North Korean soldiers had been "
         "killed or wounded.", "~Joint Chiefs of Staff", 4700, "approx", "soldiers", "casualties", hedged=True),
    Case("Ukrainian forces captured two North Korean soldiers, Zelensky said, adding that about 3,000 had been "
         "killed.", "Zelensky", 3000, "approx", "casualties", "casualties"),
    Case("Estimates range from 11,000 to 15,000 troops, according to US and South Korean officials.",
         "~South Korean officials", 15000, "range", "troops", "troops_deployed"),
    Case("The Kremlin dismissed as \"nonsense\" Western claims that up to 100,000 North Korean troops could be sent.",
         "Kremlin", 100000, "at_most", "troops", "troops_deployed", denied=True),
    Case("A senior US defence official told reporters on condition of anonymity that North Korea had suffered around "
         "1,000 casualties in a week.", "~senior US defence official", 1000, "approx", "casualties", "casualties"),
    Case("According to Britain's Ministry of Defence, North Korean losses likely exceed 4,000.",
         "~Ministry of Defence", 4000, "at_least", "casualties", "casualties", hedged=True),
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


def _by_figure(text: str) -> dict[float, tuple[str | None, bool, bool]]:
    return {f.value: (c.claimant, c.hedged, c.denied) for c in claims_of(text) for f in c.figures}


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("in the low thousands", 1000, 3999),
        ("in the mid-thousands", 4000, 6999),
        ("in the high hundreds", 700, 999),
        ("in the upper hundreds", 700, 999),
        ("in the low tens of thousands", 10_000, 39_999),
        ("in the lower hundreds of thousands", 100_000, 399_999),
    ],
)
def test_a_band_of_a_vague_count_is_a_third_of_its_span(words: str, low: float, high: float) -> None:
    (figure,) = find_figures(f"North Korean losses are {words}, officials said.")
    assert (figure.low, figure.high, figure.qualifier) == (low, high, "approx")
    assert figure.surface == words.removeprefix("in the ")


def test_only_a_band_word_right_before_the_count_narrows_it() -> None:
    (figure,) = find_figures("North Korea's losses were in the high-hundreds.")
    assert (figure.low, figure.high) == (700, 999)
    (figure,) = find_figures("Thousands of North Korean troops were sent.")
    assert (figure.low, figure.high) == (2000, 9999)
    # "high" or "low" before other words bands nothing
    (figure,) = find_figures("Losses ran high: hundreds were killed.")
    assert (figure.low, figure.high) == (200, 999)


def test_gen_is_a_given_name_only_between_a_civilian_office_and_one_surname() -> None:
    assert _speakers("Defence Minister Gen Nakatani said 10,000 troops were in Russia.") == ["Gen Nakatani"]
    # a rank: alone, after a military office, with a full stop, or before a full name
    assert _speakers("Gen Cavoli said 11,000 troops were in Kursk.") == ["Cavoli"]
    assert _speakers("NATO commander Gen Cavoli said 11,000 troops were in Kursk.") == ["Cavoli"]
    assert _speakers("Army Chief of Staff Gen Smith said 11,000 troops were in Kursk.") == ["Smith"]
    assert _speakers("Defense Minister Gen. Nakatani said 10,000 troops were in Russia.") == ["Nakatani"]
    assert _speakers("Defence Minister Gen No Kwang Chol said 11,000 troops were in Kursk.") == ["No Kwang Chol"]


def test_a_refusal_to_confirm_alone_still_says_nothing() -> None:
    assert _by_figure("The Kremlin refused to confirm or deny reports that 11,000 North Korean troops were in Kursk.") \
        == {11000: ("Kremlin", True, False)}
    assert _speakers("Kremlin spokesman Dmitry Peskov declined to confirm or deny reports that 12,000 North Korean "
                     "soldiers were deployed.") == ["Dmitry Peskov"]
    # "would not confirm" with nothing joined to it: the reports' figure, nobody's
    assert _speakers("Kirby would not confirm reports that 1,000 North Korean soldiers had died.") == [None]
    assert _speakers("Kirby declined to confirm reports that 1,000 North Korean soldiers had died.") == [None]


def test_a_figure_the_speakers_verb_has_as_object_is_theirs_alone() -> None:
    claims = [c for c in claims_of("North Korea sent 12,000 troops, not the 110,000 Kyiv claimed.") if c.figures]
    assert [(c.claimant, [f.value for f in c.figures]) for c in claims] == [(None, [12000]), ("Kyiv", [110000])]
    claims = [c for c in claims_of("The Pentagon said 12,000 troops were sent, not the 110,000 that some reports "
                                   "claimed.") if c.figures]
    assert [[f.value for f in c.figures] for c in claims] == [[12000], [110000]]
    assert claims[0].claimant == "Pentagon"
    # a count the speaker's words hold as subject, and a figure before a name without a verb of saying: as before
    assert _speakers("The 11,000 troops Seoul reported are now in Kursk.") == ["Seoul"]
    assert _speakers("Of the 3,000 casualties Kyiv reported, 300 were killed.") == ["Kyiv"]


def test_the_medium_alone_names_no_outlet() -> None:
    assert _speakers("Russian state TV reported that 300 Ukrainian soldiers were killed.") == ["Russian state TV"]
    assert _speakers("Russia's state-run TV said 300 Ukrainian soldiers were killed.") == ["Russia's state-run TV"]
    assert _speakers("Russian state television said 300 Ukrainian soldiers were killed.") == [
        "Russian state television"]
    assert _speakers("Chinese state broadcaster CCTV said 300 Ukrainian soldiers were killed.") == ["CCTV"]


def test_a_digest_label_relays_a_described_source() -> None:
    claims = [c for c in claims_of("Yonhap: South Korean officials say 3,000 more North Korean troops were sent.")
              if c.figures]
    assert [(c.claimant, c.via) for c in claims] == [("South Korean officials", "Yonhap")]
    # a heading word relays nothing; a place before the colon neither
    claims = [c for c in claims_of("Update: NIS says 3,000 more North Korean troops were sent to Russia.") if c.figures]
    assert [(c.claimant, c.via) for c in claims] == [(NIS, None)]
    claims = [c for c in claims_of("Kyiv: officials say 3,000 more North Korean troops were sent.") if c.figures]
    assert [c.via for c in claims] == [None]


def test_a_figure_right_after_the_verb_is_what_the_speaker_says() -> None:
    claims = [c for c in claims_of("Seoul says 11,000 troops were sent and Kyiv says 12,000 were sent.") if c.figures]
    assert [(c.claimant, [f.value for f in c.figures]) for c in claims] == [("Seoul", [11000]), ("Kyiv", [12000])]
    # a prepositional phrase before the verb, with no name after "and", is still nobody
    assert _speakers("Losses rose to 3,000 and 1,000 had died, the ministry said.") == ["ministry"]
    assert _speakers("How many troops has North Korea sent to Russia? Seoul says 11,000.") == ["Seoul"]


def test_a_bare_figure_after_a_speakers_verb_counts_what_the_clause_before_counted() -> None:
    claims = [c for c in claims_of("Kyiv puts North Korean dead at about 4,000; Seoul says 1,100.") if c.figures]
    assert [(c.claimant, c.subject) for c in claims] == [("Kyiv", "casualties"), ("Seoul", "casualties")]
    # a clause with a verb of its own counts nothing the other clause's verb did
    (claim,) = [c for c in claims_of("Hundreds were killed and 2,000 went to Russia, Kyiv said.") if c.figures]
    assert [f.unit for f in claim.figures] == ["casualties", ""]
    (claim,) = [c for c in claims_of("Hundreds were killed; Seoul says 2,000 went to Russia.") if c.figures][-1:]
    assert claim.figures[-1].unit == ""


def test_a_gapped_put_clause_names_its_own_speaker() -> None:
    claims = [c for c in claims_of("South Korea put the number at 11,000 and Ukraine at 12,000.") if c.figures]
    assert [(c.claimant, [f.value for f in c.figures]) for c in claims] == [("South Korea", [11000]),
                                                                           ("Ukraine", [12000])]
    # "at" with no figure after the name: no clause of a speaker's
    assert _speakers("The Pentagon put the number at 12,000 and Kursk at the centre of the fighting.") == ["Pentagon"]


def test_about_after_a_noun_it_belongs_to_hedges_no_figure() -> None:
    assert [f.qualifier for f in find_figures("Peskov was asked about 11,000 North Korean troops.")] == ["exact"]
    assert [f.qualifier for f in find_figures("Reports about 3,000 deaths spread.")] == ["exact"]
    # after a verb of saying, or opening a clause, "about" hedges
    assert [f.qualifier for f in find_figures("Seoul said about 11,000 troops were in Kursk.")] == ["approx"]
    assert [f.qualifier for f in find_figures("About 11,000 troops were in Kursk.")] == ["approx"]


def test_a_country_before_a_surname_is_no_part_of_it() -> None:
    assert _speakers("Russia's Shoigu said 11,000 troops were in Kursk.") == ["Shoigu"]
    # a body, an acronym or an outlet after the possessive: as before
    assert _speakers("Russia's Defence Ministry said 11,000 troops were in Kursk.") == ["Russia's Defence Ministry"]
    assert _speakers("Japan's Kyodo said 11,000 troops were in Kursk.") == ["Kyodo"]


def test_said_or_reported_describing_the_words_before_names_no_speaker() -> None:
    assert _speakers("The 11,000 North Korean troops said to be in Kursk are fighting hard.") == [None]
    assert _speakers("Some of the 11,000 North Korean soldiers reported killed were officers.") == [None]
    # the verbs with what they say after them: a speaker
    assert _speakers("Budanov said to reporters that 11,000 troops were in Kursk.") == ["Budanov"]
    assert _speakers("Kyiv reported 300 North Korean soldiers killed.") == ["Kyiv"]


def test_reports_a_speaker_only_knows_of_are_hedged() -> None:
    assert _by_figure("Seoul is looking into reports that 3,000 more North Korean troops were sent.")[3000][1] is True
    assert _by_figure("The Pentagon said it was not aware of 3,000 more troops arriving.")[3000][1] is True
    assert _by_figure("Seoul said 3,000 more North Korean troops were sent.")[3000][1] is False
    assert _by_figure("Seoul said media reports of 3,000 more North Korean troops were accurate.")[3000][1] is False


def test_briefing_someone_that_is_telling_them() -> None:
    assert _speakers("The spy agency informed the parliamentary intelligence committee that about 3,000 more troops "
                     "were sent.") == ["spy agency"]
    # "briefed by" is passive, "informed sources said that" names the sources
    assert [(c.claimant, c.via) for c in claims_of("Lawmakers briefed by the NIS said 300 North Korean soldiers had "
                                                   "been killed.") if c.figures] == [(NIS, "Lawmakers")]
    assert _speakers("Well-informed sources said that 3,000 more troops were sent.") == ["unnamed sources"]
    # said after something other than a briefing: the speaker's own
    assert [(c.claimant, c.via) for c in claims_of("About 300 North Korean soldiers have been killed, lawmakers said "
                                                   "after visiting the NIS.") if c.figures] == [("lawmakers", None)]


# --- topics of such passages ----------------------------------------------------------------------------------------


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Russian state TV said no North Korean soldiers were fighting anywhere.", "state_media"),
        ("Kremlin-controlled NTV called the reports a myth invented in Kyiv.", "state_media"),
        ("North Korea has sent a division-sized force to Russia's Far East.", "troops"),
        ("Pyongyang's expeditionary force arrived by train.", "troops"),
    ],
)
def test_a_passage_gets_the_topic_its_words_name(text: str, topic: str) -> None:
    assert topic in _topics(text)


def test_state_tv_is_state_media_but_a_state_of_affairs_is_not() -> None:
    assert "state_media" in _topics("State-run TV showed the parade.")
    assert "state_media" not in _topics("The state of the TV industry in Russia is poor.")
