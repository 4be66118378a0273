"""A claimant's phrase ends at a wh-word and never opens with a preposition such as "Despite"."""

import pytest

from store.analysis.attribution import find_anchors


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Kim Jong Il opened the Pothonggang Department Store in December 2010 in what officials said was an "
         "attempt to show that the economy was improving.", "officials"),
        ("That matches what the NIS told lawmakers in Seoul.", "National Intelligence Service"),
    ],
)
def test_the_speaker_after_a_wh_word_is_the_claimant(sentence, claimant):
    assert [a.claimant for a in find_anchors(sentence)] == [claimant]


def test_a_phrase_opened_by_despite_claims_nothing():
    sentence = ("Despite a supermajority of the world's states condemning Russia's invasion of Ukraine, the Kim "
                "regime has chosen to back Russia.")
    assert [a.claimant for a in find_anchors(sentence)] == []


@pytest.mark.parametrize("name", ["HUR", "the GUR", "Ukraine's HUR", "Defense Intelligence of Ukraine"])
def test_ukraines_military_intelligence_has_one_name_under_its_acronyms(name):
    from store.analysis.claimants import aliased

    assert aliased(name) == "Defence Intelligence of Ukraine"
