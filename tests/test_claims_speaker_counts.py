"""A number in the words naming the speaker ("Three soldiers told Reuters …") counts who speaks, not what they claim."""

from __future__ import annotations

from test_claims_blind6 import claims_of


def surfaces(sentence: str) -> list[list[str]]:
    return [[f.surface for f in claim.figures] for claim in claims_of(sentence)]


def test_the_speakers_own_count_is_no_figure_of_the_claim() -> None:
    claims = claims_of("Three Ukrainian soldiers told Reuters that 200 North Korean soldiers had been killed near Kursk.")
    # Round 7: how many speak is not who speaks ("Three" is dropped from the name).
    assert [(c.claimant, [f.surface for f in c.figures]) for c in claims] == [("Ukrainian soldiers", ["200"])]
    assert claims[0].subject == "casualties"
    assert surfaces("One officer said as many as 60 percent of the shells his brigade faces are North Korean.") == [
        ["as many as 60 percent"]
    ]


def test_figures_inside_an_attribution_but_outside_the_speakers_words_stay() -> None:
    # The anchor of a passive or an estimating verb spans the figure; the speaker's words do not.
    assert surfaces("A figure of 1,100 casualties was given by South Korea's intelligence service in December.") == [
        ["1,100"]
    ]
    assert surfaces("Seoul's spy agency, which estimates about 1,100 casualties, said it had no information.") == [
        ["about 1,100"]
    ]


def test_a_counted_description_set_off_before_the_speakers_name_is_the_speaker() -> None:
    claims = claims_of("One worker, Kim Kyong Hui, told CBS News that 3,000 workers had been sent to Russian factories.")
    assert [(c.claimant, [f.surface for f in c.figures]) for c in claims] == [("Kim Kyong Hui", ["3,000"])]


def test_a_count_set_off_before_a_parenthetical_speaker_stays_the_claim() -> None:
    # The claim is on both sides of "Budanov said": the count before it is what he claims.
    claims = claims_of("Some 200 soldiers, Budanov said, were killed in the assault on the village.")
    assert [f.surface for c in claims for f in c.figures] == ["Some 200"]
