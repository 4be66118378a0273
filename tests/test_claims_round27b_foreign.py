"""Claims round 27b (foreign languages, names, topics): the QA sweep's findings C4-C6, C8, C12 and C13 as rules.

Each sentence is written anew (not the sweep's articles): a Russian body named after "в"/"у" ("В МИД России
отвергли …") is the ministry; the other side's soldiers killed ("военнослужащих ВСУ") are no North Korean losses;
German, Spanish and French wire copy cite a source after the verb ("unter Berufung auf", "que citó al", "cité par")
or name the speaker before "évoque", "spricht von", "geht … von" or a role set off by commas; a German price's
"2.500 €" is thousands; German spellings of names ("Selenskyj", "Peskow", "Lawrow") and "South Korean
intelligence" in five languages fold to one claimant; "shares" is a market word only beside a market; soldiers
"were captured" and "prisonniers" are the POW topic.
"""

from __future__ import annotations

import pytest

from claim_builders import claim_with, claims_of
from store.analysis.claimants import aliased
from store.analysis.numbers import find_figures
from store.analysis.topics import load_topic_taxonomy, topics_in_text

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


def _topics(text: str) -> set[str]:
    return {hit.topic for hit in topics_in_text(text, load_topic_taxonomy())}


# --- C4: a Russian body after a preposition is the body, named in English -----------------------------------------
def test_a_russian_ministry_after_v_is_the_ministry_not_the_preposition() -> None:
    claim = claim_with(claims_of("В МИД России вновь опровергли сообщения о том, что Пхеньян передал Москве 40% "
                                 "боеприпасов."), "40%")
    assert (claim.claimant, claim.denied) == ("Russian Ministry of Foreign Affairs", True)
    claim = claim_with(claims_of("У Міноборони Росії заявили, що на Курщині перебувають 500 військових КНДР."), "500")
    assert claim.claimant == "Russian Ministry of Defence"
    # the Russian forms fold to a "Ministry of …" key that English "Russia's Defence Ministry" does not fold into
    assert aliased("Russia's Defence Ministry") == "Russia's Defence Ministry"


def test_the_next_paragraph_does_not_inherit_a_ministry_with_its_preposition() -> None:
    claims = claims_of("В Кремле назвали это провокацией.",
                       "В МИД России также отвергли данные о поставках 60% снарядов из КНДР.")
    assert claim_with(claims, "60%").claimant == "Russian Ministry of Foreign Affairs"


def test_an_imperfective_estimate_names_the_body_that_made_it() -> None:
    claim = claim_with(claims_of("Южнокорейская разведка оценивала численность контингента в 10 тысяч военных."),
                       "10 тысяч")
    assert (claim.claimant, claim.subject) == (NIS, "troops_deployed")


def test_reports_of_deaths_are_casualties_not_troops_sent() -> None:
    # "о гибели" / "про загибель" (of the death of): a loss, even beside the region the troops are in
    claim = claim_with(claims_of("Захарова назвала «фейком» сообщения о гибели 600 военных КНДР в Курской области."),
                       "600")
    assert (claim.subject, claim.denied) == ("casualties", True)
    claim = claim_with(claims_of("Буданов повідомив про загибель 250 військових КНДР у Курській області."), "250")
    assert claim.subject == "casualties"


def test_a_word_of_time_before_a_russian_speaker_is_no_part_of_its_name() -> None:
    assert claim_with(claims_of("Накануне Буданов заявил о 9 тысячах военных КНДР."), "9 тысячах").claimant == (
        "Kyrylo Budanov")
    assert claim_with(claims_of("Раніше ГУР повідомило про 9 тисяч військових КНДР."), "9 тисяч").claimant == HUR


def test_cited_intercepts_are_evidence_and_the_speaker_stays_the_claimant() -> None:
    claim = claim_with(claims_of("Главное управление разведки, ссылаясь на радиоперехваты, сообщило о 9 тысячах "
                                 "военных КНДР."), "9 тысячах")
    assert claim.claimant == HUR
    claim = claim_with(claims_of("Агентство Ёнхап со ссылкой на данные ГУР сообщило о 9 тысячах военных КНДР."),
                       "9 тысячах")
    assert claim.claimant == HUR  # the data's owner, not "данные ГУР"


def test_a_speaker_after_as_an_agency_reported_says_it_and_the_agency_relays() -> None:
    claim = claim_with(claims_of("Как сообщал ТАСС, в МИД России ранее отвергали данные о 9 тысячах военных КНДР."),
                       "9 тысячах")
    assert (claim.claimant, claim.via) == ("Russian Ministry of Foreign Affairs", "TASS")
    claim = claim_with(claims_of("Как сообщает РИА Новости, Захарова заявила, что 9 тысяч военных КНДР — вымысел."),
                       "9 тысяч")
    assert claim.via == "RIA Novosti" and claim.claimant != "RIA Novosti"


# --- C5: the other side's losses ---------------------------------------------------------------------------------
def test_ukrainian_soldiers_killed_are_no_north_korean_casualties() -> None:
    claim = claim_with(claims_of("По данным Минобороны России, за неделю уничтожено свыше 1 500 военнослужащих ВСУ "
                                 "в Курской области."), "1 500")
    assert claim.subject is None
    claim = claim_with(claims_of("Минобороны России сообщило о ликвидации ВСУ под Суджей более 700 военных."), "700")
    assert claim.subject is None
    # Ukraine's forces as the ones who kill: still North Korean losses
    claim = claim_with(claims_of("ЗСУ ліквідували 90 військових КНДР на Курщині, повідомив Генштаб."), "90")
    assert claim.subject == "casualties"


# --- C6: who says it in German, Spanish and French copy ---------------------------------------------------------
def test_a_german_speaker_citing_a_body_after_the_verb_relays_it() -> None:
    claim = claim_with(claims_of("„Mindestens 500 Soldaten wurden getötet“, sagte die Abgeordnete Park Sun-won unter "
                                 "Berufung auf den Geheimdienst NIS."), "500")
    assert (claim.claimant, claim.via) == (NIS, "Park Sun-won")


def test_a_spanish_lawmaker_who_cited_a_body_relays_it() -> None:
    claim = claim_with(claims_of("Según el legislador surcoreano Park Sun-won, que citó al NIS, unos 500 soldados "
                                 "norcoreanos murieron en Kursk."), "500")
    assert (claim.claimant, claim.via) == (NIS, "Park Sun-won")


def test_a_french_unnamed_source_cited_by_an_agency_is_the_source_not_the_agency() -> None:
    claim = claim_with(claims_of("Moscou tirerait 60 % d'obus nord-coréens, selon un responsable militaire ukrainien "
                                 "cité par l'AFP."), "60 %")
    assert claim.via == "AFP" and claim.claimant not in (None, "AFP")


@pytest.mark.parametrize(
    ("text", "surface", "claimant"),
    [
        ("Le Pentagone évoque de son côté environ 11 000 soldats.", "11 000", "Pentagon"),
        ("Kiew spricht inzwischen von 14.000 Soldaten.", "14.000", "Kyiv"),
        ("Seoul geht mittlerweile von 13.000 Soldaten aus.", "13.000", "Seoul"),
        ("Le NIS avance pour sa part environ 200 morts.", "200", NIS),
        ("Rund 200 Soldaten seien gefallen, bestätigte der NIS.", "200", NIS),
        ("Unos 900 soldados norcoreanos murieron en Kursk, confirmó el Pentágono.", "900", "Pentagon"),
        ("El ministro de Defensa surcoreano, Kim Yong-hyun, afirmó el lunes que unos 3.000 soldados norcoreanos "
         "murieron.", "3.000", "Kim Yong-hyun"),
    ],
)
def test_a_speaker_before_a_european_verb_of_saying_or_a_role_with_its_name(text: str, surface: str,
                                                                            claimant: str) -> None:
    assert claim_with(claims_of(text), surface).claimant == claimant


# --- C8: continental number formats --------------------------------------------------------------------------------
def test_a_continental_price_groups_thousands_with_a_stop() -> None:
    assert [f.value for f in find_figures("Jeder Soldat bekommt angeblich rund 2.500 € pro Monat.")] == [2500]
    assert [f.value for f in find_figures("El régimen cobra unos 3.500 dólares por soldado.")] == [3500]


def test_a_round_continental_price_is_no_year() -> None:
    assert [f.value for f in find_figures("Pro Soldat zahlt Moskau rund 2.000 € im Monat.")] == [2000]


def test_half_at_a_clause_end_is_a_share() -> None:
    claim = claim_with(claims_of("Kiewer Stellen sprechen bei der Artilleriemunition sogar von der Hälfte."), "Hälfte")
    assert claim.figures[0].value == 50


# --- C12: names in German, and South Korean intelligence in five languages -------------------------------------------
@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Selenskyj", "Volodymyr Zelenskyy"), ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),
        ("Peskow", "Dmitry Peskov"), ("Dmitri Peskow", "Dmitry Peskov"), ("Sergej Lawrow", "Sergei Lavrov"),
        ("renseignement militaire ukrainien", HUR), ("ukrainischen Militärgeheimdienst", HUR),
        ("South Korean intelligence", NIS), ("South Korea's intelligence service", NIS),
        ("services de renseignement sud-coréens", NIS), ("inteligencia surcoreana", NIS),
        ("südkoreanischen Geheimdienst", NIS), ("servizi segreti sudcoreani", NIS),
        ("МИД России", "Russian Ministry of Foreign Affairs"),
    ],
)
def test_a_foreign_spelling_folds_to_the_one_name(written: str, name: str) -> None:
    assert aliased(written) == name


def test_a_german_sentence_credits_zelensky_as_english_copy_does() -> None:
    claim = claim_with(claims_of("Laut Wolodymyr Selenskyj kämpfen 12.000 nordkoreanische Soldaten."),
                       "12.000")
    assert claim.claimant == "Volodymyr Zelenskyy"


# --- C13: topics --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Britain shares Seoul's view that the troops are in Kursk.",
        "Pyongyang's share of Russian artillery fire has grown, Kyiv says.",
        "The NIS now puts North Korea's share at nearly 60 per cent of the shells.",
    ],
)
def test_share_without_a_market_is_no_market_topic(text: str) -> None:
    assert "markets" not in _topics(text)
    # a company's shares moving, or shares beside investors, still are
    assert "markets" in _topics("Hanwha shares climbed 6% after the report.")
    assert "markets" in _topics("Defence shares rose while investors weighed the news.")


@pytest.mark.parametrize(
    "text",
    [
        "Three North Korean soldiers have been captured near Sudzha, Kyiv said.",
        "The prisoners told Ukrainian interrogators they had trained for months.",
        "Trois soldats nord-coréens ont été faits prisonniers près de Soudja.",
        "Drei nordkoreanische Soldaten wurden bei Sudscha gefangen genommen.",
        "Tres soldados norcoreanos fueron capturados cerca de Sudzha.",
    ],
)
def test_soldiers_taken_prisoner_are_the_pow_topic(text: str) -> None:
    assert "surrender_pows" in _topics(text)
    # ground taken is no prisoner, troops or not
    assert "surrender_pows" not in _topics("The village of Plekhovo was captured by Russian troops on Monday.")


# --- known gaps in other helpers' files (see the report) ---------------------------------------------------------
def test_a_russian_denial_of_kyivs_statement_files_kyivs_claim() -> None:
    claims = claims_of("Захарова назвала «фейком» заявления Киева о гибели 2 000 военных КНДР.")
    claim = claim_with([c for c in claims if not c.denied], "2 000")  # beside the denial, as in English copy
    assert (claim.claimant, claim.subject) == ("Kyiv", "casualties")
