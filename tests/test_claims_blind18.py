"""Blind round 18: headline labels, outlets named with what they are, rejections, and European figures.

Wire headlines end with their source ("…: Seoul", "… — Ukrainian intelligence"); an
outlet is named with its kind and owner ("South Korea's Yonhap news agency"); a body
is named with its known acronym in brackets ("…'s intelligence directorate (HUR)");
a denial calls a figure a "smear" or "fake news" in so many words; a report
"published on Monday" estimated; and German, French, Spanish, Ukrainian and Japanese
copy write percentages, thousands, halves and speakers their own way.  Each
assertion names what an analyst reads off the claim.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.models import Claim

HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service"


def _only(claims: list[Claim]) -> Claim:
    with_figures = [c for c in claims if c.figures]
    assert len(with_figures) == 1, [(c.claimant, c.text) for c in claims]
    return with_figures[0]


# --- headline labels ----------------------------------------------------------------------------------------------


def test_a_country_or_capital_closing_a_headline_is_its_government() -> None:
    claim = _only(claims_of("North Korea has sent 3,000 more troops to Russia: Seoul"))
    assert (claim.claimant, claim.subject) == ("Seoul", "troops_deployed")  # was None: a place label was refused
    assert _only(claims_of("North Korea sent 3,000 more troops to Russia - South Korea")).claimant == "South Korea"
    # A region is a section of the site, not a source; a dateline opens a headline, it does not close one.
    assert _only(claims_of("North Korean troops in Kursk: 11,000 - Europe")).claimant is None


def test_a_body_or_a_countrys_officials_closing_a_headline_own_its_figure() -> None:
    claim = _only(claims_of("Some 12,000 North Korean troops now in Russia — Ukrainian intelligence"))
    assert claim.claimant == "Ukrainian intelligence"  # was None: the label's lower-case head was not read
    assert _only(claims_of("N. Korean troops in Kursk number 11,000 - US officials")).claimant == "US officials"
    assert _only(claims_of("North Korea has sent 3,000 troops to Russia - a report")).claimant is None


# --- outlets and bodies named with what they are -------------------------------------------------------------------


def test_an_outlet_named_with_its_kind_and_owner_is_its_name() -> None:
    claim = _only(claims_of("About 12,000 North Korean troops have been deployed, the Yonhap news agency reported."))
    assert claim.claimant == "Yonhap"  # was "Yonhap news agency": one agency, three claimants
    claim = _only(claims_of("About 1,500 North Korean troops arrived this week, South Korea's Yonhap news agency "
                            "said, citing a government source."))
    assert claim.via == "Yonhap"  # was "South Korea's Yonhap news agency"
    claim = _only(claims_of("Russia's TASS news agency, citing the Defence Ministry, said 12,000 North Korean "
                            "workers would be sent."))
    assert (claim.claimant, claim.via) == ("Defence Ministry", "TASS")  # was via "Russia's TASS news agency"
    claim = _only(claims_of("Japan's Kyodo News, citing a government source, said North Korea would send another "
                            "1,500 troops."))
    assert claim.via == "Kyodo"  # was "Japan's Kyodo News"; "Kyodo News" is an alias of Kyodo
    # But an unknown one-word outlet keeps its kind ("Interfax" alone would read as a surname and be folded with a
    # person's name), and a body keeps its country.
    claim = _only(claims_of("About 1,000 North Korean troops were killed, the Interfax news agency reported."))
    assert claim.claimant == "Interfax news agency"
    claim = _only(claims_of("South Korea's Joint Chiefs of Staff said about 3,000 more troops were sent."))
    assert claim.claimant == "South Korea's Joint Chiefs of Staff"  # not the American one


def test_an_outlet_named_by_its_kind_is_the_body_it_and_the_outlet_point_back_to() -> None:
    claims = claims_of("South Korea's government-funded Yonhap news agency said 300 North Korean troops were killed.",
                       "The outlet also said that 2,000 troops were wounded.",
                       "It added that 500 more troops were sent.")
    assert [c.claimant for c in claims if c.figures] == ["Yonhap"] * 3


def test_a_known_acronym_in_brackets_names_the_body() -> None:
    claim = _only(claims_of("In a statement, the Ukrainian Defence Ministry's intelligence directorate (HUR) said that "
                            "around 3,000 North Korean soldiers had arrived in Kursk region."))
    assert claim.claimant == HUR  # was "Ukrainian Defence Ministry's intelligence directorate"
    claim = _only(claims_of("Ukraine's Main Directorate of Intelligence (GUR) said some 11,000 North Korean soldiers "
                            "were in Kursk."))
    assert claim.claimant == HUR  # was "Ukraine's Main Directorate of Intelligence": the bracket cut to "(GU"
    # A person's bracket names their agency or party, not them.
    claim = _only(claims_of("Kyrylo Budanov (HUR) said some 11,000 North Korean soldiers were in Kursk."))
    assert claim.claimant == "Kyrylo Budanov"


def test_seouls_nis_is_the_nis() -> None:
    claim = _only(claims_of("Seoul's NIS says North Korea has sent 3,000 more troops to Russia"))
    assert claim.claimant == NIS  # was "Seoul's NIS"


def test_a_report_published_on_a_day_is_its_authors() -> None:
    claim = _only(claims_of("A RUSI report published on Monday estimated that North Korean shells made up half of "
                            "all those fired by Russia."))
    assert (claim.claimant, claim.subject) == ("RUSI", "ammunition_share")  # was None
    claim = _only(claims_of("According to a RUSI report published on Monday, 16,000 containers had been shipped."))
    assert claim.claimant == "RUSI"  # was "RUSI report published"


def test_a_toll_put_at_several_hundred_is_the_speakers() -> None:
    claim = _only(claims_of('Kirby had earlier put the toll at "several hundred".'))
    assert (claim.claimant, claim.subject) == ("Kirby", "casualties")  # was None


# --- rejections ---------------------------------------------------------------------------------------------------


def test_a_figure_called_fake_past_a_long_description_is_denied() -> None:
    claim = _only(claims_of("North Korea's foreign ministry called reports that 10,000 troops had been sent "
                            '"groundless rumours".'))
    assert claim.denied  # was asserted: seven words stood between "called" and the rejection
    claim = _only(claims_of('Russia\'s foreign ministry spokeswoman Maria Zakharova called the claim of 12,000 North '
                            'Korean soldiers "fake news".'))
    assert (claim.claimant, claim.denied) == ("Maria Zakharova", True)
    claim = _only(claims_of('Kim Yo Jong branded the South Korean estimate of 1,100 casualties a "fabrication".'))
    assert (claim.claimant, claim.denied) == ("Kim Yo Jong", True)
    # Calling on someone rejects nothing.
    claim = _only(claims_of("Zelenskyy called on allies to counter Russian propaganda, saying 12,000 North Korean "
                            "troops were in Kursk."))
    assert (claim.claimant, claim.denied) == ("Zelenskyy", False)


def test_the_10000_figure_called_or_dismissed_is_the_deniers() -> None:
    for text in ('Pyongyang has called the 10,000 figure "a smear campaign".',
                 'Pyongyang has dismissed the 10,000 figure as "a smear campaign".'):
        claim = _only(claims_of(text))
        assert (claim.claimant, claim.denied) == ("Pyongyang", True), text  # was (None, …): a figure's comma


def test_european_copy_that_neither_confirms_nor_denies_denies_nothing() -> None:
    claim = _only(claims_of("Le Kremlin n'a ni confirmé ni démenti la présence de 10 000 soldats nord-coréens."))
    assert not claim.denied  # was denied: "démenti" read without its "ni"
    claim = _only(claims_of("Der Kreml hat die Berichte über 10.000 Soldaten nicht dementiert."))
    assert not claim.denied
    claim = _only(claims_of("Der Kreml dementierte die Berichte über 10.000 Soldaten."))
    assert (claim.claimant, claim.denied) == ("Kremlin", True)  # was None: the past tense was no cue


# --- European and Cyrillic figures, subjects and speakers -----------------------------------------------------------


def test_percentages_in_words_of_other_languages_are_shares() -> None:
    claim = _only(claims_of("Nordkorea liefert nach Einschätzung Kiews rund 60 Prozent der russischen "
                            "Artilleriegranaten."))
    assert (claim.figures[0].unit, claim.subject) == ("percent", "ammunition_share")  # was unit "russischen"
    claim = _only(claims_of("Según Kiev, Corea del Norte suministra alrededor del 60 por ciento de los proyectiles "
                            "rusos."))
    assert (claim.figures[0].unit, claim.subject) == ("percent", "ammunition_share")  # was "shells", 60 of them
    claim = _only(claims_of("За даними ГУР, КНДР постачає близько 60 відсотків снарядів для Росії."))
    assert (claim.claimant, claim.figures[0].unit, claim.subject) == (HUR, "percent", "ammunition_share")


def test_a_ukrainian_half_in_the_genitive_is_a_share_and_its_assessor_speaks() -> None:
    claim = _only(claims_of("Згідно з оцінкою ГУР, Північна Корея постачає Росії близько половини снарядів."))
    assert (claim.claimant, claim.figures[0].value, claim.subject) == (HUR, 50.0, "ammunition_share")  # was none


def test_thousands_grouped_by_stops_or_spaces_at_a_clauses_end() -> None:
    claim = _only(claims_of("Der ukrainische Geheimdienst schätzt die Zahl der nordkoreanischen Soldaten in Kursk auf "
                            "rund 12.000."))
    assert (claim.figures[0].value, claim.subject) == (12000.0, "troops_deployed")  # was 12.0, and "die" a death
    claim = _only(claims_of("Die Zahl der getöteten nordkoreanischen Soldaten liegt nach Angaben Kiews bei etwa 1.000."))
    assert (claim.claimant, claim.figures[0].value, claim.subject) == ("Kyiv", 1000.0, "casualties")
    claim = _only(claims_of("Les services ukrainiens évaluent le nombre de soldats nord-coréens à environ 12 000."))
    assert (claim.figures[0].value, claim.subject) == (12000.0, "troops_deployed")  # was 12 and 0
    # English copy keeps its decimals.
    claim = _only(claims_of("The Pentagon said the ratio of shells fired rose to 3.125."))
    assert claim.figures[0].value == 3.125


def test_german_half_of_the_artillery_ammunition_is_a_share() -> None:
    claim = _only(claims_of("Laut dem ukrainischen Militärgeheimdienst HUR hat Nordkorea etwa die Hälfte der "
                            "russischen Artilleriemunition geliefert."))
    assert (claim.claimant, claim.subject) == (HUR, "ammunition_share")  # was subject None


def test_a_french_plural_speaker_before_its_verb() -> None:
    claim = _only(claims_of("Les services de renseignement sud-coréens estiment à environ 11 000 le nombre de soldats "
                            "nord-coréens déployés en Russie."))
    assert (claim.claimant, claim.subject) == ("National Intelligence Service", "troops_deployed")  # was None


def test_a_japanese_speaker_after_a_comma_says_the_clause_before() -> None:
    claim = claim_with(claims_of("北朝鮮はロシアに最大1万5000人の兵士を派遣する可能性があると、ウクライナ国防省情報総局が"
                                 "明らかにした。"), "1万5000")
    assert (claim.claimant, claim.subject) == (HUR, "troops_deployed")  # was None: "と、" kept the speaker apart


def test_a_german_speaker_after_the_quotation_with_an_indefinite_article() -> None:
    claim = _only(claims_of('"Wir gehen von etwa 12.000 nordkoreanischen Soldaten aus", sagte ein Sprecher des '
                            "ukrainischen Geheimdienstes."))
    # was (None, unit "aus"): "ein" ended the speaker's phrase, and a preposition was read as the counted noun
    assert (claim.claimant, claim.figures[0].unit) == ("Sprecher des ukrainischen Geheimdienstes", "soldiers")


def test_spanish_sources_cited_by_an_agency_are_the_sources_relayed_and_losses_are_casualties() -> None:
    claim = _only(claims_of("Según fuentes de inteligencia citadas por Reuters, Corea del Norte ha perdido unos 1.000 "
                            "soldados."))
    # was ("Reuters", None, "troops_deployed"): the sources were no phrase, and "perdido" (lost) no loss
    assert (claim.claimant, claim.via, claim.subject) == ("fuentes de inteligencia", "Reuters", "casualties")


def test_a_figure_said_last_year_yields_to_the_one_given_now() -> None:
    claim = _only(claims_of("The NIS said last year that North Korea had shipped more than 13,000 containers; it now "
                            "puts the figure at over 20,000."))
    assert [f.value for f in claim.figures] == [20000.0, 13000.0]  # was 13,000 first: last year's count led


def test_a_figure_set_against_its_owners_in_a_comparison_is_the_owners() -> None:
    claims = claims_of("The ISW's estimate of 12,000 troops is higher than the Pentagon's 10,000.")
    assert claim_with(claims, "10,000").claimant == "Pentagon"  # was ISW's: one claim held both estimates
    assert claim_with(claims, "12,000").claimant == "ISW"
    # A country's own forces are no estimate of theirs.
    claim = _only(claims_of("The deployment, compared with Russia's 600,000 troops, is small."))
    assert claim.claimant is None


def test_a_japanese_body_named_with_its_countrys_particle_is_the_body() -> None:
    claim = _only(claims_of("北朝鮮兵の死者は300人、負傷者は2700人に上ると、韓国の国家情報院が明らかにした。"))
    assert (claim.claimant, [f.value for f in claim.figures]) == (NIS, [300.0, 2700.0])  # was None, then "韓国の…"
