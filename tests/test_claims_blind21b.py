"""Blind round 21b: the gaps round 21 left open in claims, then a further round of unseen phrasings.

An earlier figure after its claim ("…, the commander said, down from 15,000 last year") is the same rate as the
current one; a count whose noun is left out ("About 8,000 are now in Kursk") counts the plural the paragraph is
about; a transcript's answer ("KIRBY: We think about 300.") is its capitalised speaker's and counts what the
question asked, losses included; a body that "raised the toll of North Korean dead up to 2,300" says so; Swedish
copy counts in "miljoner" and names shells in definite plurals and compounds ("granaterna", "artillerigranater");
"states" after "the two" is a noun, not a verb of saying.  None of these sentences comes from a seed, the brief's
wording or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claims_of

from store.models import Claim

NIS = "National Intelligence Service"


def _with_figures(*paragraphs: str) -> list[Claim]:
    return [c for c in claims_of(*paragraphs) if c.figures]


# --- an earlier figure is the same rate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea is sending 10,000 artillery shells per day to Russia, the commander said, down from 15,000 "
        "last year.",
        "Russia fires about 20,000 shells a day, a Ukrainian battalion commander said, up from 12,000 in the spring.",
        "Pyongyang ships some 40 containers a week, a Seoul official said, up from 25 in January.",
    ],
)
def test_an_earlier_figure_after_the_claim_keeps_the_rate(text: str) -> None:
    figures = [f for c in _with_figures(text) for f in c.figures]
    assert len(figures) == 2
    assert figures[0].unit == figures[1].unit and " per " in figures[0].unit
    subjects = {c.subject for c in _with_figures(text)}
    assert subjects == {None}  # a rate lands in no count's subject, the earlier one no more than the current


# --- an elliptical count --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "unit", "subject"),
    [
        (("North Korean troops have been fighting in Kursk since the autumn. About 8,000 are now in Kursk, "
          "Zelensky said.",), "troops", "troops_deployed"),
        (("North Korean troops have been fighting in Kursk since the autumn.",
          "About 8,000 are now in Kursk, Zelensky said."), "troops", "troops_deployed"),
        (("Zelensky said North Korean soldiers were sent to the front. Some 3,000 remain near Sudzha, he said.",),
         "soldiers", "troops_deployed"),
        (("North Korean artillery shells have been piling up at Russian depots near the border.",
          "About 2 million were delivered last year, the NIS said."), "shells", "munitions_supplied"),
    ],
)
def test_an_elliptical_count_counts_the_plural_before_it(paragraphs: tuple[str, ...], unit: str, subject: str) -> None:
    (claim,) = _with_figures(*paragraphs)
    assert (claim.figures[0].unit, claim.subject) == (unit, subject)


# --- a transcript's answer --------------------------------------------------------------------------------------


def test_a_capitalised_speaker_answering_a_question_is_the_claimant() -> None:
    (claim,) = _with_figures("Q: How many North Korean troops are in Russia now?", "KIRBY: We think a few hundred.")
    assert (claim.claimant, claim.subject) == ("Kirby", "troops_deployed")
    (claim,) = _with_figures("Q: Can you give a number?", "MR. RYDER: We assess roughly 11,000 North Korean troops.")
    assert claim.claimant == "Ryder"
    # a capitalised label that is no surname names nobody
    (claim,) = _with_figures("Q: How many North Korean troops are in Russia now?", "UPDATE: About 300 more arrived.")
    assert claim.claimant is None


@pytest.mark.parametrize(
    "question",
    [
        "Q: How many North Korean soldiers have been killed?",
        "Q: How many North Korean troops has Pyongyang lost so far?",
        "Q: And how many North Korean soldiers were wounded in the January fighting?",
    ],
)
def test_an_answer_counts_the_losses_its_question_asked_for(question: str) -> None:
    (claim,) = _with_figures(question, "KIRBY: We think about 300.")
    assert (claim.claimant, claim.subject) == ("Kirby", "casualties")


# --- a body raising its toll ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ukraine's military intelligence raised the toll of North Korean dead up to 2,300.",
         "Defence Intelligence of Ukraine"),
        ("On Friday, the NIS revised the count of North Korean casualties to 4,700.", NIS),
        ("The NIS lowered the estimate of North Korean troops in Kursk down to 10,000.", NIS),
    ],
)
def test_a_body_changing_a_toll_of_something_says_it(text: str, claimant: str) -> None:
    (claim,) = _with_figures(text)
    assert claim.claimant == claimant


# --- Swedish copy -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Nordkorea har levererat 3 miljoner granater, uppger den sydkoreanska underrättelsetjänsten.", 3e6,
         "munitions_supplied"),
        ("Enligt Sydkoreas underrättelsetjänst har Nordkorea skickat 5 miljoner artillerigranater till Ryssland.", 5e6,
         "munitions_supplied"),
        ("Granaterna, cirka 2 miljoner, har skickats till Ryssland, enligt Sydkoreas underrättelsetjänst.", 2e6,
         "munitions_supplied"),
        ("Hälften av artillerigranaterna som Ryssland använder kommer från Nordkorea, enligt Zelenskyj.", 50,
         "ammunition_share"),
        ("Noord-Korea heeft 1,5 miljoen artilleriegranaten geleverd, volgens de Zuid-Koreaanse inlichtingendienst.",
         1.5e6, "munitions_supplied"),
    ],
)
def test_swedish_and_dutch_millions_and_shells(text: str, value: float, subject: str) -> None:
    (claim,) = _with_figures(text)
    assert (claim.figures[0].value, claim.subject) == (value, subject)


def test_a_swedish_speaker_after_its_verb_keeps_its_adjective() -> None:
    (claim,) = _with_figures("Nordkorea har skickat 11 000 soldater, uppger den ukrainska underrättelsetjänsten.")
    assert claim.claimant == "ukrainska underrättelsetjänsten"


# --- "states" as a noun ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Experts on the relationship between the two states have said North Korea sent 10,000 troops.",
         "Experts on the relationship between the two states"),
        ("EU member states said 10,000 North Korean troops were sent.", "EU member states"),
        ("Officials in both states have said 12,000 troops were sent.", "Officials in both states"),
    ],
)
def test_states_after_a_determiner_is_a_noun(text: str, claimant: str) -> None:
    (claim,) = _with_figures(text)
    assert claim.claimant == claimant


# --- a further blind round: what it found --------------------------------------


def test_a_described_source_after_according_to_drops_its_relative_clause() -> None:
    (claim,) = _with_figures("An estimated 1,000 North Korean soldiers were killed in December alone, according to a "
                             "Western official who spoke on condition of anonymity.")
    assert claim.claimant == "Western official"
    # a bare "people" is only its description: no source of its own
    (claim,) = _with_figures("About 1,000 soldiers were killed, according to people who have seen the report.")
    assert claim.claimant is None


def test_a_wire_citing_its_source_after_while() -> None:
    claims = _with_figures("KCNA did not mention the deployment, while Yonhap, citing the NIS, said 11,000 troops were "
                           "involved.")
    assert [(c.claimant, c.via) for c in claims] == [(NIS, "Yonhap")]
