"""Follow-ups of blind round 19 on reading figures and cutting sentences.

* German, French and Spanish counts in words ("zwölftausend", "onze mille", "doce mil") and vague counts
  ("mehrere Hundert", "des milliers", "decenas de miles"), read from word tables as the Russian ones are.
* "a quarter" and "three-quarters" standing alone after a hedge ("Roughly a quarter have been wounded").
* Bullets glued into one line by a scraper ("… • … • …"): each item is a sentence of its own.
* "intelligence estimated eleven thousand": "estimated" is the speaker's verb there, not a hedge of the figure.
None of these inputs comes from a seed or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.analysis.numbers import find_figures
from store.analysis.sentences import sentences_of


def _figures(text: str) -> list[tuple[str, float, float | None, float | None, str, str]]:
    return [(f.surface, f.value, f.low, f.high, f.qualifier, f.unit) for f in find_figures(text)]


def _one(text: str) -> tuple[float, str, str]:
    found = find_figures(text)
    assert len(found) == 1, _figures(text)
    return found[0].value, found[0].qualifier, found[0].unit


# --- 1. number words of German, French and Spanish copy -------------------------------------------------------

WORDED = [
    # (sentence, value, qualifier, unit)
    ("Etwa elftausend nordkoreanische Soldaten wurden nach Russland verlegt.", 11000, "approx", "soldiers"),
    ("Zweihundertfünfzig nordkoreanische Soldaten sollen gefallen sein.", 250, "exact", "soldiers"),
    ("Mehr als dreitausend Soldaten aus Nordkorea kämpfen in Kursk.", 3000, "at_least", "soldiers"),
    ("Pjöngjang schickte fünfzehn Tausend Soldaten.", 15000, "exact", "soldiers"),
    ("Hunderte nordkoreanische Soldaten wurden verwundet.", 200, "approx", "soldiers"),
    ("Zehntausende Soldaten stehen bereit.", 20000, "approx", "soldiers"),
    ("Einige Tausend Soldaten wurden verlegt.", 2000, "approx", "soldiers"),
    ("Environ douze mille soldats nord-coréens sont en Russie.", 12000, "approx", "soldiers"),
    ("Deux cent cinquante soldats nord-coréens auraient été tués.", 250, "exact", "soldiers"),
    ("Plus de trois mille soldats nord-coréens combattent à Koursk.", 3000, "at_least", "soldiers"),
    ("Des milliers de soldats nord-coréens sont arrivés.", 2000, "approx", "soldiers"),
    ("Des dizaines de milliers de soldats pourraient suivre.", 20000, "approx", "soldiers"),
    ("Quelques centaines de soldats ont été blessés.", 200, "approx", "soldiers"),
    ("Unos once mil soldados norcoreanos están en Kursk.", 11000, "approx", "soldiers"),
    ("Doscientos cincuenta soldados norcoreanos murieron.", 250, "exact", "soldiers"),
    ("Más de tres mil soldados norcoreanos combaten en Rusia.", 3000, "at_least", "soldiers"),
    ("Miles de soldados norcoreanos llegaron a Rusia.", 2000, "approx", "soldiers"),
    ("Decenas de miles de soldados podrían seguir.", 20000, "approx", "soldiers"),
    ("Varios cientos de soldados resultaron heridos.", 300, "approx", "soldiers"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "unit"), WORDED, ids=[f"{i:02d}" for i in range(len(WORDED))])
def test_a_count_in_german_french_or_spanish_words_is_read(text: str, value: float, qualifier: str, unit: str) -> None:
    assert _one(text) == (value, qualifier, unit)


def test_a_vague_count_in_words_spans_what_its_english_twin_spans() -> None:
    # "mehrere Hundert" is "several hundred" (300 to 900); "des centaines" is "hundreds" (200 to 999).
    assert [(f[1], f[2], f[3]) for f in _figures("Mehrere Hundert Soldaten wurden getötet.")] == [(300, 300, 900)]
    assert [(f[1], f[2], f[3]) for f in _figures("Des centaines de soldats ont été tués.")] == [(200, 200, 999)]


def test_a_worded_count_gives_its_claim_speaker_and_subject() -> None:
    claim = claim_with(claims_of("Laut Kiew kämpfen dreizehntausend nordkoreanische Soldaten in der Region Kursk."),
                       "dreizehntausend")
    assert (claim.claimant, claim.subject) == ("Kyiv", "troops_deployed")
    assert claim.figures[0].value == 13000


@pytest.mark.parametrize("text", [
    "The helicopters were Mil Mi-8 transports, he said.",  # "Mil": a maker's name
    "They marched six miles to the front, the officer said.",  # English "miles"
    "Il avait vingt ans quand il est parti.",  # a number word with no scale: an age
    "Er war elf, als der Krieg begann.",
    "Dos Santos said the shells arrived in March.",
    "The stamp cost ten cents in 1950, the museum said.",
])
def test_words_that_are_no_foreign_count_stay_unread(text: str) -> None:
    assert not [f for f in _figures(text) if f[1] >= 100]


# --- 2. a quarter, three-quarters --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Roughly a quarter have been wounded, a Ukrainian commander said.", 25),
    ("Nearly three-quarters have already been rotated home, the agency said.", 75),
    ("About a third have since died of their wounds, Kyiv said.", 100 / 3),
    ("Around a quarter had been killed by drones, according to the unit.", 25),
])
def test_a_bare_quarter_after_a_hedge_is_a_share(text: str, value: float) -> None:
    found = find_figures(text)
    assert [(round(f.value, 3), f.unit) for f in found] == [(round(value, 3), "percent")]


@pytest.mark.parametrize("text", [
    "Profits in the first quarter have been weak, the firm said.",
    "It took a quarter of an hour.",
])
def test_a_quarter_that_is_no_share_stays_unread(text: str) -> None:
    assert not [f for f in find_figures(text) if f.unit == "percent"]


# --- 3. bullets glued into one line ------------------------------------------------------------------------------

def test_bullets_inside_a_line_cut_sentences() -> None:
    line = ("Key figures • About 11,000 troops were deployed, according to the NIS • Ukraine's HUR says 40% of "
            "shells come from North Korea • The Pentagon puts casualties at 4,000")
    assert sentences_of(line) == [
        "Key figures",
        "• About 11,000 troops were deployed, according to the NIS",
        "• Ukraine's HUR says 40% of shells come from North Korea",
        "• The Pentagon puts casualties at 4,000",
    ]


def test_each_glued_bullet_gives_its_figure_to_its_own_speaker() -> None:
    claims = claims_of("Key numbers: • About 12,000 North Korean troops are in Kursk, the NIS said • Zelensky said "
                       "3,000 North Korean soldiers had been killed or wounded")
    assert claim_with(claims, "12,000").claimant == "National Intelligence Service"
    assert "Zelensky" in (claim_with(claims, "3,000").claimant or "")


def test_a_bullet_glued_to_words_is_no_boundary() -> None:
    assert len(sentences_of("The •dot• style is a logo, the designer said.")) == 1


# --- 4. "estimated" as the speaker's verb ----------------------------------------------------------------------

def test_estimated_after_its_subject_is_a_verb_not_a_hedge() -> None:
    claim = claim_with(claims_of("A Seoul lawmaker told Yonhap that South Korean intelligence estimated twelve "
                                 "thousand North Korean troops were in Russia."), "twelve thousand")
    assert claim.figures[0].surface == "twelve thousand"
    assert claim.claimant == "National Intelligence Service"
    assert [f.surface for f in find_figures("The Pentagon estimated 9,000 troops were in Kursk.")] == ["9,000"]


@pytest.mark.parametrize(("text", "surface"), [
    ("An estimated 11,000 troops were sent.", "An estimated 11,000"),
    ("Estimated 11,000 troops were sent, the report said.", "Estimated 11,000"),
    ("Russia now fields the estimated 11,000 troops in Kursk.", "estimated 11,000"),
    ("Russia added an estimated 5,000 troops, with estimated 2,000 more in reserve.", "estimated 2,000"),
])
def test_estimated_as_a_hedge_stays_with_its_figure(text: str, surface: str) -> None:
    assert surface in [f.surface for f in find_figures(text)]
