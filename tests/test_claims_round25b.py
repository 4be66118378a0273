"""Round 25b: claims as an unseen Ukrainska Pravda-style page, a Yonhap story and a Meduza note phrase them.

A paragraph's label ("Quote:", "Details:", "Background:", "Context:", "Source:") is never a claimant or a relay;
a "Quote:" paragraph is the words of the source a "Source: …" paragraph named before it, or of the last speaker.
A speaker's name with a syllable of two letters in title case ("Yang Uk") is a person's, so "He estimated …" after
it points back to them.  The losses of a body of troops ("the North Korean contingent") count casualties, not heads.  A
Korean clause reported by one body and passed on by another ("국정원은 …고 보고했다고 정보위원들이 전했다") is the
first's claim, the second relaying it.  "Их число" / "їхня кількість" (their number) continues the count before,
and "может достигать" (may reach) hedges the figure and makes it a ceiling.  A bracketed relative clause inside
a speaker's phrase ("The Pentagon (which said … ) believes") no longer hides the speaker, and a bracket naming
whose reckoning the figures are ("(Western estimate)", "(Pentagon figures)") names their claimant.  A speaker's
words relayed by an outlet citing someone ("…, the NIS said, Yonhap reported, citing a lawmaker") keep the whole
chain: "lawmaker via Yonhap".
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of
from claim_round_cases import Case, check_case

from store.analysis.claimants import fold, looks_like_person

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


# --- paragraph labels ---------------------------------------------------------------------------------------------
def test_a_quote_paragraph_is_the_source_paragraphs_speaker():
    claims = claims_of(
        "Source: HUR spokesperson Andrii Yusov on the national joint 24/7 newscast",
        'Quote: "According to our information, the losses of the North Korean contingent amount to about 4,000, of '
        'whom roughly a thousand were killed. These are the data as of mid-February."',
    )
    claim = claim_with(claims, "4,000")
    assert claim.claimant == "Andrii Yusov"
    assert claim.via is None
    assert claim.subject == "casualties"


def test_a_quote_paragraph_after_a_body_named_as_source():
    claims = claims_of(
        "Source: South Korea's National Intelligence Service in a closed-door briefing to lawmakers",
        'Quote: "Around 300 have died and 2,700 have been wounded."',
    )
    assert claim_with(claims, "300").claimant == NIS


def test_a_quote_paragraph_with_no_source_paragraph_is_the_last_speakers():
    claims = claims_of(
        "Details: Budanov said Pyongyang was rotating its units.",
        'Quote: "We count about 1,200 North Korean dead so far."',
    )
    assert claim_with(claims, "1,200").claimant == "Budanov"


@pytest.mark.parametrize(
    ("text", "claimant", "value"),
    [
        ("Details: Kovalenko said 3,000 North Korean soldiers had been killed near Sudzha.", "Kovalenko", 3000),
        ("Background: The NIS said in December that at least 100 North Korean soldiers had been killed.", NIS, 100),
        ("Context: US officials said in January that North Korea had suffered about 1,000 casualties.", "US officials",
         1000),
        ("Reminder: Zelensky said on Sunday that 4,000 North Korean troops had been killed or wounded.", "Zelensky",
         4000),
    ],
)
def test_a_paragraph_label_is_no_relay(text: str, claimant: str, value: int):
    claim = claim_with(claims_of(text), f"{value:,}")
    assert claim.claimant == claimant
    assert claim.via is None, claim.via


@pytest.mark.parametrize("label", ["Quote", "Details", "Background", "Context", "Source", "Reminder"])
def test_a_label_before_a_quotation_is_no_claimant(label: str):
    claim = claim_with(claims_of(f'{label}: "More than 600 North Korean soldiers were killed in January."'), "600")
    assert claim.claimant is None or fold(label) not in fold(claim.claimant), claim.claimant


# --- "he" after a speaker with a two-letter syllable --------------------------------------------------------------
def test_he_after_an_inverted_tag_naming_a_two_syllable_korean_name():
    claims = claims_of(
        '"The numbers keep climbing," said Yang Uk of the Asan Institute. He put the share of North Korean shells '
        "at around 60%."
    )
    share = claim_with(claims, "60%")
    assert share.claimant == "Yang Uk"
    assert share.subject == "ammunition_share"


def test_he_after_a_leader_whose_name_ends_in_two_letters():
    claims = claims_of("Kim Jong Un said 3,000 soldiers would go. He said 2,000 more would follow.")
    assert claim_with(claims, "2,000").claimant == "Kim Jong Un"


@pytest.mark.parametrize("name", ["Yang Uk", "Kim Jong Un"])
def test_a_name_with_a_two_letter_syllable_is_a_person(name: str):
    assert looks_like_person(name, syllables=True)  # as a speaker's name
    assert not looks_like_person(name.rsplit(None, 1)[0] + " UK", syllables=True)  # "UK" in capitals is a place


# --- the losses of a body of troops -------------------------------------------------------------------------------
CASES = [
    Case("The losses of the North Korean contingent now amount to about 3,800, the General Staff said.",
         "General Staff", 3800, "approx", "casualties", "casualties"),
    Case("Losses among the North Korean force have reached 2,500, according to HUR.", HUR, 2500, "exact",
         "casualties", "casualties"),
    # a Korean report passed on by lawmakers
    Case('국정원은 이날 비공개 보고에서 "북한군 전사자는 약 600명으로 파악된다"고 밝혔다고 국회 정보위원들이 전했다.',
         NIS, 600, "approx", "casualties", "casualties", via="정보위원들"),
    Case('국방정보본부는 "러시아에 파병된 북한군은 1만2천명 규모"라고 보고했다고 여당 의원이 전했다.',
         "~국방정보본부", 12000, "exact", "troops", "troops_deployed", via="의원"),
    # "their number may reach": the count before, continued, hedged, a ceiling
    Case("По оценке ГУР, в России находятся около 11 тысяч северокорейских военных. По данным американской разведки, "
         "их количество может достичь 15 тысяч.", "~американской разведки", 15000, "at_most", "troops",
         "troops_deployed", hedged=True),
    Case("За даними ГУР, у Курській області перебувають близько 11 тисяч військових КНДР. За оцінками Пентагону, "
         "їхня кількість може сягати 12 тисяч.", "Pentagon", 12000, "at_most", "troops", "troops_deployed",
         hedged=True),
    # a bracketed relative clause inside the speaker's phrase; a bracket naming whose figures they are
    Case("The Pentagon (which said in October that 10,000 had arrived) now believes 11,000 North Korean troops are "
         "in Kursk.", "Pentagon", 11000, "exact", "troops", "troops_deployed"),
    Case("Kirby (who briefed reporters at the White House on Wednesday) said 1,000 North Korean soldiers had died.",
         "Kirby", 1000, "exact", "soldiers", "casualties"),
    Case("North Korea has sent 12,000 troops to Russia (Pentagon figures).", "Pentagon", 12000, "exact", "troops",
         "troops_deployed"),
    Case("Russia has received about 9 million North Korean shells (Western estimate).", "~Western", 9_000_000,
         "approx", "shells", "munitions_supplied"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.text[:40])
def test_a_claim_the_reference_misread_is_read_whole(case: Case):
    check_case(case)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("About 300 North Korean soldiers have died, the NIS said, the Korea Herald reported, citing lawmakers.",
         "lawmakers via Korea Herald"),
        ("Some 600 North Korean soldiers have been killed, the NIS said, Yonhap reported, citing lawmaker Lee "
         "Seong-kweun.", "Lee Seong-kweun via Yonhap"),
    ],
)
def test_a_relay_that_cites_its_own_source_keeps_the_chain(text: str, via: str):
    claim = _only_figure_claim(text)
    assert claim.claimant == NIS
    assert claim.via == via  # the nearest hand first, then the outlet that reported it


def _only_figure_claim(text: str):
    found = [c for c in claims_of(text) if c.figures]
    assert len(found) == 1, [(c.claimant, c.text) for c in found]
    return found[0]


def test_a_korean_speaker_is_never_a_reported_verb():
    claim = claim_with(claims_of('국방정보본부는 "러시아에 파병된 북한군은 1만2천명 규모"라고 보고했다고 여당 의원이 전했다.'), "1만2천")
    assert "보고했다고" not in (claim.claimant or "") and "보고했다고" not in (claim.via or "")


def test_the_whole_unseen_page_reads_as_its_sources_said():
    claims = claims_of(
        "Ukraine's Defence Intelligence (HUR) estimates that North Korean troops fighting alongside Russia in Kursk "
        "Oblast have suffered around 3,900 casualties, including about 900 killed.",
        "Source: HUR spokesperson Andrii Yusov on the national joint 24/7 newscast",
        "Details: Yusov said the North Korean units had been pulled back from the front line for several weeks.",
        'Quote: "According to our information, the losses of the North Korean contingent amount to about 3,900."',
        "Background:",
        "In December, South Korea's National Intelligence Service (NIS) said at least 100 North Korean soldiers had "
        "been killed.",
    )
    assert {c.claimant for c in claims if c.figures} == {HUR, "Andrii Yusov", NIS}, [
        (c.claimant, c.text[:40]) for c in claims
    ]
    assert all(c.via is None for c in claims), [c.via for c in claims]
    quoted = [c for c in claims if c.text.startswith("Quote")]
    assert [f.unit for c in quoted for f in c.figures] == ["casualties"]
