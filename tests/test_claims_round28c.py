"""Claims round 28c: what the session's sweeps still read wrongly, as general rules in sentences of our own.

A denier is no relay of what it denies; a Cyrillic demonstrative between "У Кремлі" and its verb keeps the
speaker; German casualty participles and demonyms count people; a kind word leading into a figure ("the dead at
300") names that figure's toll; a plural-only term ("goods") never finds its singular ("Good afternoon").
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.topics import load_topic_taxonomy, topics_in_text
from store.compare.toll_kinds import toll_of

# --- a transcript's greeting under a full-name label ---------------------------------------------------------------


def test_greetings_before_a_turn_or_an_answer_are_no_claims() -> None:
    claims = claims_of("MR. JOHN KIRBY: Thank you, everyone. Three announcements to start, then we'll take your "
                       "questions.", "Q: How many have died?", "MR. JOHN KIRBY: Thanks, Tom. We think a couple of hundred.")
    assert [c.text for c in claims] == ["We think a couple of hundred."]
    assert claims[0].claimant == "John Kirby"


# --- denials -----------------------------------------------------------------------------------------------------


def test_a_denier_of_a_named_bodys_reports_is_not_its_relay() -> None:
    claims = claims_of("Zakharova dismissed Pentagon reports about 9,500 soldiers as contradictory.")
    denial = next(c for c in claims if c.denied)
    assert denial.claimant == "Zakharova" and denial.via is None
    owned = [c for c in claims if not c.denied and c.figures]
    assert [c.claimant for c in owned] == ["Pentagon"]
    assert owned[0].via is None and "contradictory" not in owned[0].text


def test_a_denied_body_named_with_intelligence_before_reports_keeps_its_own_claim() -> None:
    claims = claims_of("The Kremlin rejected Ukrainian intelligence reports of 2,500 casualties as a fabrication, "
                       "saying no such units exist.")
    assert [c.claimant for c in claims if c.denied] == ["Kremlin"]
    owned = [c for c in claims if not c.denied]
    assert len(owned) == 1 and owned[0].text == "Ukrainian intelligence reports of 2,500 casualties"


def test_a_cyrillic_demonstrative_between_the_place_and_its_verb_keeps_the_denier() -> None:
    for sentence in ("У Міноборони РФ ці цифри назвали «фейком».", "В МИД России эти сообщения назвали «вымыслом»."):
        claims = claims_of("ГУР повідомило про 9 тисяч військових КНДР.", sentence)
        denial = [c for c in claims if c.denied]
        assert denial and denial[0].claimant, sentence


# --- units and kinds --------------------------------------------------------------------------------------------


def test_german_participles_and_demonyms_count_casualties() -> None:
    claims = claims_of("Nach Angaben Kiews sind mehr als 3.500 Nordkoreaner getötet oder verwundet worden.")
    assert claim_with(claims, "3.500").subject == "casualties"
    claims = claims_of("Laut Budanow sind 600 Nordkoreaner gefallen.")
    assert claim_with(claims, "600").subject == "casualties"
    assert claim_with(claims, "600").figures[0].unit == "casualties"


def test_a_kind_word_leading_into_a_figure_names_its_toll() -> None:
    claims = claims_of("Officials put the dead at roughly 450 and the wounded at 1,900, Kyiv said.")
    claim = claim_with(claims, "450")
    kinds = {f.surface: toll_of(claim, f) for f in claim.figures}
    assert kinds == {"roughly 450": "killed", "1,900": "wounded"}


def test_a_ukrainian_hedge_before_a_percentage_makes_it_approximate() -> None:
    claims = claims_of("За оцінкою розвідки, близько 60% снарядів надходить з КНДР.")
    assert claim_with(claims, "60%").figures[0].qualifier == "approx"


# --- names ------------------------------------------------------------------------------------------------------


def test_south_korea_and_a_korean_lawmaker_fold_to_their_english_names() -> None:
    claims = claims_of("Раніше Південна Корея оцінювала кількість військових КНДР у 10 тисяч.")
    assert claim_with(claims, "10 тисяч").claimant == "South Korea"
    claims = claims_of("За даними розвідки, у Курській області близько 9 тисяч військових КНДР.")
    assert claim_with(claims, "9 тисяч").claimant == "розвідка"  # the genitive, in the nominative
    claims = claims_of("이성권 의원은 북한군 사상자가 2천명을 넘었다고 말했다.")
    assert claim_with(claims, "2천명").claimant == "Lee Seong-kweun"


# --- topics -----------------------------------------------------------------------------------------------------


def test_a_plural_only_term_does_not_find_its_singular() -> None:
    taxonomy = load_topic_taxonomy()
    assert topics_in_text("Good evening. It is good to see you all here.", taxonomy) == []
    assert [h.topic for h in topics_in_text("Russia shipped goods to Pyongyang.", taxonomy)] == ["payments"]


# --- a second source of the same figure, recipients, document names ----------------------------------------------


def test_a_second_body_giving_the_same_figure_files_its_own_claim() -> None:
    claims = claims_of("Kyiv said in March that some 9,500 soldiers remained, the same figure the Pentagon had given "
                       "reporters a week before.")
    by_claimant = {c.claimant: c for c in claims if c.figures}
    assert set(by_claimant) == {"Kyiv", "Pentagon"}
    assert by_claimant["Pentagon"].figures[0].value == 9500 and by_claimant["Pentagon"].via is None
    assert by_claimant["Pentagon"].subject == by_claimant["Kyiv"].subject == "troops_deployed"
    claims = claims_of("Kyiv put the toll at 2,000 killed or wounded, the same figure the Defense Intelligence Agency "
                       "(DIA) gave in January.")
    assert {c.claimant for c in claims if c.figures} == {"Kyiv", "Defense Intelligence Agency"}


def test_those_who_were_told_pass_on_what_they_heard() -> None:
    claims = claims_of("Parliamentarians were told that roughly 1,200 North Korean troops had been killed.")
    assert claim_with(claims, "1,200").claimant == "Parliamentarians"
    claims = claims_of("The recruits were told to fight on, and 300 of them died.")
    assert claim_with(claims, "300").claimant is None


def test_a_dotted_country_before_a_ministry_keeps_the_ministry() -> None:
    claims = claims_of("Some 10,500 soldiers are deployed, according to a U.K. Ministry of Defence update.")
    assert claim_with(claims, "10,500").claimant == "UK Ministry of Defence"
    claims = claims_of("About 40% of shells came from Pyongyang, per an Institute for the Study of War assessment.")
    assert claim_with(claims, "40%").claimant == "Institute for the Study of War"


def test_unpunctuated_speakers_after_a_count_are_no_unit() -> None:
    claims = claims_of("Pyongyang has now sent 13,000 soldiers analysts believe.")
    figure = claim_with(claims, "13,000").figures[0]
    assert figure.unit == "soldiers"
    assert claim_with(claims, "13,000").subject == "troops_deployed"


def test_a_key_figures_item_takes_its_bracketed_source() -> None:
    claims = claims_of("By the numbers", "Wounded or killed: 2,800+ (Budanov, Feb. 2)", "Prisoners held: 4 (SBU)")
    assert claim_with(claims, "2,800").claimant == "Budanov"
    assert claim_with(claims, "4").claimant == "SBU"
    claims = claims_of("By the numbers", "Troops near the border: 4,000 (Sudzha)")
    assert claim_with(claims, "4,000").claimant is None  # a place in brackets names where, not who
