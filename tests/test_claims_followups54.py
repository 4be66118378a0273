"""Follow-ups of the claim rounds: audiences told, two-level citations, unnamed role nouns, quoted continuations."""

from __future__ import annotations

import pytest

from tests.claim_builders import claim_with, claims_of

_SENT = "that 12,000 North Korean troops had been sent to Russia."


@pytest.mark.parametrize("audience", ["US officials", "South Korean lawmakers", "European diplomats", "reporters"])
def test_an_audience_told_is_no_relay(audience: str) -> None:
    claim = claim_with(claims_of(f"Kim Byung-kee told {audience} {_SENT}"), "12,000")
    assert (claim.claimant, claim.via) == ("Kim Byung-kee", None)


@pytest.mark.parametrize(("outlet", "relay"), [("Reuters", "Reuters"), ("the BBC", "BBC"),
                                                ("Yonhap News Agency", "Yonhap")])  # by the alias list's name
def test_an_outlet_told_is_the_relay(outlet: str, relay: str) -> None:
    claim = claim_with(claims_of(f"Kim Byung-kee told {outlet} {_SENT}"), "12,000")
    assert (claim.claimant, claim.via) == ("Kim Byung-kee", relay)


def test_a_named_speaker_citing_a_source_to_an_outlet_is_the_relay() -> None:
    claim = claim_with(claims_of(f"Kyrylo Budanov told Reuters, citing military intelligence, {_SENT}"), "12,000")
    assert (claim.claimant, claim.via) == ("military intelligence", "Kyrylo Budanov")


@pytest.mark.parametrize("speaker", ["An official", "A senior South Korean official"])
def test_an_unnamed_speaker_citing_a_source_leaves_the_outlet_as_relay(speaker: str) -> None:
    claim = claim_with(claims_of(f"{speaker} told Reuters, citing the spy agency NIS, {_SENT}"), "12,000")
    assert claim.via == "Reuters"
    assert claim.claimant not in (None, "Reuters") and "official" not in claim.claimant


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The volunteer said 300 North Korean soldiers were killed.", "volunteer"),
        ('"300 North Korean soldiers were killed," the volunteer said.', "volunteer"),
        ("The activist added that 300 North Korean soldiers were killed.", "activist"),
        ("A serviceman said 300 North Korean soldiers were killed.", "serviceman"),
        ("The officer added that 300 North Korean soldiers were killed.", "officer"),
    ],
)
def test_a_role_never_named_is_the_claimant_as_written(sentence: str, claimant: str) -> None:
    claim = claim_with(claims_of("Fighting in Kursk continued.", sentence), "300")
    assert claim.claimant == claimant
    assert claim.subject == "casualties"


def test_a_plain_thing_is_no_role_claimant() -> None:
    claim = claim_with(claims_of("Fighting in Kursk continued.", "The list said 300 North Korean soldiers were killed."),
                       "300")
    assert claim.claimant != "list"


@pytest.mark.parametrize("quoted", ["'at least 4,000 were lost'", "He said: 'at least 4,000 were lost'."])
def test_a_quoted_loss_after_a_casualty_count_is_casualties(quoted: str) -> None:
    claims = claims_of("Ukraine estimates 3,000 North Korean casualties in Kursk.", quoted)
    assert claim_with(claims, "4,000").subject == "casualties"


@pytest.mark.parametrize("quoted", ['"At least 4,000," he said.', "Asked how many, he said: “About 4,000.”"])
def test_a_quotation_of_a_bare_figure_continues_the_casualty_count(quoted: str) -> None:
    claims = claims_of("Ukraine estimates 3,000 North Korean casualties in Kursk.", quoted)
    assert claim_with(claims, "4,000").subject == "casualties"


def test_a_quoted_bare_figure_with_no_count_before_has_no_subject() -> None:
    claims = claims_of("Fighting went on near the border.", '"At least 4,000," he said.')
    assert claim_with(claims, "4,000").subject is None
