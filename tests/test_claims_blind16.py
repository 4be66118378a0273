"""Blind round 16: who claims which figure, in registers earlier rounds did not cover.

A committee hearing's transcript (ranked and titled speakers, numbered
questions), a fact-check and an op-ed, a roundup of posts ("X, head of …, on
Telegram: '…'"), a correction ("which the JCS put at 14,000"), wires citing
officials "familiar with the intelligence", figures revised over time ("up
from about a third in the spring"), and dpa, AFP, EFE, Xinhua, Kyodo and Thai
copy: their thousands separators, hedges, shares, sources and denials.  None
is copied from a seed or an earlier round; each assertion names what an
analyst reads off the claim.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.generic_sources import generic_claimant
from store.models import Claim

NIS = "National Intelligence Service"


def _only(claims: list[Claim]) -> Claim:
    with_figures = [c for c in claims if c.figures]
    assert len(with_figures) == 1, [(c.claimant, c.text) for c in claims]
    return with_figures[0]


def _read(claim: Claim) -> tuple[float, str, str]:  # the main figure's value, unit and qualifier
    figure = claim.figures[0]
    return figure.value, figure.unit, figure.qualifier


# --- a hearing's transcript -------------------------------------------------------------------------------------

HEARING = (
    "Witnesses: Lieutenant General Sir Rob Magowan, Deputy Chief of the Defence Staff; Dr Emily Ferris, Senior "
    "Research Fellow, RUSI",
    "Q1 Chair: General, can you give the committee the current estimate?",
    "Lt Gen Magowan: Our assessment is that around 11,000 North Korean soldiers were deployed to the Kursk region. "
    "We think that number has since grown, possibly to 12,000.",
    "Q4 Derek Twigg: Dr Ferris, what about munitions?",
    "Dr Ferris: The best open-source estimates suggest North Korea has shipped more than 8 million artillery shells.",
)


def test_a_ranked_or_titled_speaker_label_answers_in_the_name_the_transcript_gives() -> None:
    claims = claims_of(*HEARING)
    # was no claimant: a rank or title before a surname ("Lt Gen Magowan:") made the label no person's
    assert claim_with(claims, "11,000").claimant == "Rob Magowan"
    assert claim_with(claims, "12,000").claimant == "Rob Magowan"  # the answer's next sentence is his too
    # was "best open-source estimates": estimates nobody is named for are the witness's reading of them
    assert claim_with(claims, "8 million").claimant == "Emily Ferris"


def test_a_numbered_question_labels_its_asker() -> None:
    claims = claims_of("Q3 Mark Francois: Ukraine's intelligence puts the toll at 3,000 killed and wounded.")
    assert claim_with(claims, "3,000").claimant == "Ukraine's intelligence"  # a named source still wins
    claims = claims_of("Q3 Mark Francois: By my count 3,000 have been killed.")
    assert claim_with(claims, "3,000").claimant == "Mark Francois"  # was None: "Q3" hid the person


# --- relays, chains and sources named in passing ----------------------------------------------------------------


def test_reports_in_a_countrys_media_citing_sources_are_those_sources_relayed_by_that_media() -> None:
    claim = _only(claims_of(
        "Some reports in South Korean media, citing unnamed government sources, have said Pyongyang could eventually "
        "send as many as 100,000."
    ))
    assert (claim.claimant, claim.via) == ("unnamed government sources", "South Korean media reports")  # was None
    assert generic_claimant("reports in the Russian press") == "Russian media reports"


def test_officials_familiar_with_the_intelligence_are_the_officials() -> None:
    claim = _only(claims_of(
        "The Wall Street Journal, citing U.S. officials familiar with the intelligence, reported that roughly 40 "
        "percent of Russia's artillery shells now come from North Korea."
    ))
    assert (claim.claimant, claim.via) == ("U.S. officials", "Wall Street Journal")  # was "U.S. officials familiar with"


def test_a_speaker_quoted_from_a_platform_in_a_roundup_owns_the_quotation() -> None:
    claim = _only(claims_of(
        "Andriy Kovalenko, head of Ukraine's Centre for Countering Disinformation, on Telegram: \"About 300 North "
        "Koreans were killed in the past week alone.\""
    ))
    assert (claim.claimant, claim.via, claim.subject) == ("Andriy Kovalenko", "Telegram", "casualties")  # was None
    claim = _only(claims_of(
        "Ukrainian President Volodymyr Zelensky, on X: \"According to preliminary data, the number of North Korean "
        "soldiers killed and wounded already exceeds 3,000.\""
    ))
    # was "preliminary data": data nobody is named for is the speaker's, and "exceeds" is more than
    assert (claim.claimant, claim.via) == ("Volodymyr Zelensky", "X")
    assert _read(claim) == (3000, "casualties", "at_least")


def test_a_figure_a_body_put_at_in_a_relative_clause_is_the_bodys() -> None:
    claim = _only(claims_of(
        "Editor's note: This article was updated on Jan. 14 to correct the total, which the JCS put at 14,000."
    ))
    assert claim.claimant == "JCS"  # was the article's own
    assert _only(claims_of("The toll, which Kyiv puts at 3,000, is higher than earlier.")).claimant == "Kyiv"
    # A participle with no relative pronoun before it names no speaker: the agent after "by" does.
    assert _only(claims_of("The deployment, put at 11,000 by Seoul, grew.")).claimant == "Seoul"


def test_a_new_speaker_after_according_to_and_claims_its_own_figure() -> None:
    claims = claims_of(
        "By November, the figure had risen to some 11,000 troops, according to the Pentagon, and U.S. officials now "
        "say between 11,000 and 12,000."
    )
    # was one claim of the Pentagon's holding both: "the Pentagon, and U.S. officials" read as one list
    assert claim_with(claims, "some 11,000").claimant == "Pentagon"
    assert claim_with(claims, "between 11,000").claimant == "U.S. officials"


def test_a_correction_naming_whose_estimate_is_right_gives_it_to_them() -> None:
    claim = _only(claims_of("This story has been corrected to show that the NIS estimate is 11,000 troops, not 10,000."))
    assert (claim.claimant, claim.figures[0].value) == (NIS, 11000)  # was the article's own
    # Whom a speaker told is no owner of the figure after it.
    claim = _only(claims_of("Kim told Reuters the figure was 3,000."))
    assert (claim.claimant, claim.via) == ("Kim", "Reuters")


def test_whom_a_lawmaker_told_is_neither_the_source_nor_the_relay() -> None:
    claim = _only(claims_of(
        "Rep. Lee Seong-kweun, who sits on the intelligence committee, told reporters the NIS estimated casualties at "
        "\"about 3,000\", up from 1,100 in December."
    ))
    assert (claim.claimant, claim.via) == (NIS, "Lee Seong-kweun")  # was "reporters the NIS", relayed by Lee
    claim = _only(claims_of("Rep. Lee Seong-kweun told reporters that the NIS estimated casualties at about 3,000."))
    assert (claim.claimant, claim.via) == (NIS, "Lee Seong-kweun")  # was Lee's own


def test_a_threads_post_numbers_are_no_part_of_its_source() -> None:
    claims = claims_of(
        "1/ Ukraine's HUR now says 12,000 North Korean troops are in Kursk.",
        "2/ The HUR also claims about 4,000 have been killed or wounded, a figure Seoul has not confirmed.",
    )
    # was "1/ Ukraine's HUR" and "2/ The HUR", two sources nobody could fold with the HUR
    assert [c.claimant for c in claims] == ["Defence Intelligence of Ukraine"] * 2


def test_claims_called_fantasy_are_denied() -> None:
    claim = _only(claims_of(
        "Russian war blogger Rybar wrote on Telegram that Ukrainian claims of 3,000 casualties were \"fantasy\"."
    ))
    assert (claim.claimant, claim.denied) == ("Rybar", True)  # was asserted
    claim = _only(claims_of(
        "North Korea's state news agency KCNA called reports of 10,000 troops in Kursk \"a smear campaign\"."
    ))
    assert (claim.claimant, claim.denied) == ("KCNA", True)  # was nobody's denial


# --- what the figures count ---------------------------------------------------------------------------------------


def test_men_sent_to_die_are_a_deployment_not_a_toll() -> None:
    claim = _only(claims_of(
        "A regime that cannot feed its own people has shipped some 12,000 young men to die in a war that is not theirs."
    ))
    assert claim.subject == "troops_deployed"  # was casualties: "to die" is the purpose of sending them
    assert _only(claims_of("Some 3,000 North Korean soldiers have died in Kursk, Kyiv says.")).subject == "casualties"


def test_something_like_is_a_hedge() -> None:
    claim = _only(claims_of("Russia fires something like 10,000 shells a day, a Western official said."))
    assert claim.figures[0].qualifier == "approx"  # was exact


def test_a_share_risen_from_in_a_season_or_year_is_read() -> None:
    claim = _only(claims_of(
        "Budanov said in December that North Korea had supplied nearly half of the artillery shells Russia used, up "
        "from about a third in the spring."
    ))
    assert [round(f.value, 1) for f in claim.figures] == [50, 33.3]  # the earlier share was lost
    claim = _only(claims_of("Budanov said the share of shells rose to half, up from a third in 2023."))
    assert [round(f.value, 1) for f in claim.figures] == [50, 33.3]


# --- German, French and Spanish wire copy ---------------------------------------------------------------------


def test_stops_group_thousands_in_german_and_spanish_copy() -> None:
    claim = _only(claims_of(
        "Nordkorea hat nach Einschätzung des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach Russland entsandt."
    ))
    assert _read(claim) == (11000, "soldiers", "approx")  # was 11 "entsandt"
    assert claim.subject == "troops_deployed"
    claim = _only(claims_of("Experten halten zwischen 10.000 und 12.000 Soldaten für realistisch."))
    assert (claim.figures[0].low, claim.figures[0].high) == (10000, 12000)
    # A decimal stays one: before a scale word, after a currency sign, or from a leading zero.
    assert _read(_only(claims_of("Pyongyang earned $1.125 billion, the report said.")))[0] == 1.125e9
    assert _read(_only(claims_of("Corea del Norte recibió 1.500 millones de dólares, dijo el NIS.")))[0] == 1.5
    assert _read(_only(claims_of("The shell is 0.125 inches wide, the report said.")))[0] == 0.125


def test_european_wire_sources_hedges_and_shares() -> None:
    claim = _only(claims_of(
        "Séoul (AFP) - La Corée du Nord a envoyé environ 11 000 soldats en Russie, a indiqué mercredi le "
        "renseignement sud-coréen."
    ))
    assert (claim.claimant, _read(claim)) == ("National Intelligence Service", (11000, "soldiers", "approx"))
    claim = _only(claims_of(
        "Selon le président ukrainien Volodymyr Zelensky, plus de 3 000 soldats nord-coréens ont été tués ou blessés."
    ))
    assert (claim.claimant, claim.subject, claim.figures[0].qualifier) == ("Volodymyr Zelensky", "casualties", "at_least")
    claim = _only(claims_of(
        "Corea del Norte ha desplegado unos 12.000 soldados en Rusia, según informó este miércoles el Servicio "
        "Nacional de Inteligencia (NIS) de Corea del Sur."
    ))
    assert (claim.claimant, _read(claim)) == (NIS, (12000, "soldiers", "approx"))
    claim = _only(claims_of(
        "De acuerdo con el presidente ucraniano, Volodímir Zelenski, más de 3.000 soldados norcoreanos han muerto."
    ))
    assert (claim.claimant, _read(claim)) == ("Volodímir Zelenski", (3000, "soldiers", "at_least"))  # not "norcoreanos"
    claim = _only(claims_of(
        "Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj sind mehr als 3.000 nordkoreanische Soldaten "
        "getötet oder verwundet worden."
    ))
    assert (claim.claimant, claim.subject) == ("Volodymyr Zelenskyy", "casualties")
    claim = _only(claims_of("Nordkorea hat rund 11.000 Soldaten entsandt, sagte der NIS am Mittwoch."))
    assert claim.claimant == NIS  # the speaker after its verb
    claim = _only(claims_of(
        "Laut dem ukrainischen Militärgeheimdienst HUR stammt inzwischen etwa die Hälfte der von Russland "
        "verschossenen Artilleriegranaten aus Nordkorea."
    ))
    assert (claim.claimant, claim.subject, claim.figures[0].value) == (
        "Defence Intelligence of Ukraine", "ammunition_share", 50)
    claim = _only(claims_of(
        "D'après les services de renseignement ukrainiens, près de la moitié des obus tirés par la Russie proviennent "
        "de Corée du Nord."
    ))
    assert (claim.subject, claim.figures[0].high) == ("ammunition_share", 50)


def test_european_denials_and_datelines() -> None:
    denial = claims_of("Der Kreml bestreitet die Anwesenheit nordkoreanischer Truppen.")
    # Was no claim ("Der Kreml" is no person); the German spelling folds to the English one.
    assert [(c.claimant, c.denied) for c in denial] == [("Kremlin", True)]
    assert [c.denied for c in claims_of("El Kremlin niega la presencia de tropas norcoreanas.")] == [True]
    claim = _only(claims_of("Seúl, 18 dic (EFE).- Corea del Norte ha desplegado unos 12.000 soldados en Rusia."))
    assert [f.value for f in claim.figures] == [12000]  # was also 18 "dic", a day of the month


# --- Chinese, Japanese and Thai copy ----------------------------------------------------------------------------


def test_chinese_sources_counts_and_denials() -> None:
    claim = _only(claims_of("新华社首尔1月13日电 韩国国家情报院13日说，朝鲜已向俄罗斯派遣约1.1万名士兵。"))
    assert (claim.claimant, _read(claim)) == ("National Intelligence Service", (11000, "troops", "approx"))  # was None, exact "people"
    claim = _only(claims_of("据韩联社报道，国家情报院向国会情报委员会表示，朝鲜士兵约300人死亡、2700人受伤。"))
    # The agency and the news agency by their Chinese names fold to the names English coverage uses.
    assert (claim.claimant, claim.via, claim.subject) == ("National Intelligence Service", "Yonhap", "casualties")
    assert [(c.claimant, c.denied) for c in claims_of("俄罗斯方面否认有朝鲜士兵参战。")] == [("Russia", True)]


def test_japanese_counts_exceeded_and_halves_assessed() -> None:
    claim = _only(claims_of("ウクライナのゼレンスキー大統領は、北朝鮮兵の死傷者が3000人を超えたと述べた。"))
    assert claim.figures[0].qualifier == "at_least"  # was exact
    claim = _only(claims_of("ロシアが使用する砲弾の約半分は北朝鮮製だとウクライナ国防省情報総局は分析している。"))
    assert (claim.claimant, claim.subject, claim.figures[0].value) == (
        "Defence Intelligence of Ukraine", "ammunition_share", 50)  # was no figure


def test_thai_counters_count_the_noun_before_them() -> None:
    claim = _only(claims_of(
        "สำนักข่าวยอนฮัประบุว่า หน่วยข่าวกรองแห่งชาติของเกาหลีใต้เปิดเผยว่า เกาหลีเหนือส่งทหารประมาณ 11,000 นายไปยังรัสเซีย"
    ))
    # was 11,000 "นายไปย" (the counter glued to the next words), exact, nobody's
    assert _read(claim) == (11000, "troops", "approx")
    assert (claim.claimant, claim.via, claim.subject) == (
        "หน่วยข่าวกรองแห่งชาติของเกาหลีใต้", "สำนักข่าวยอนฮัป", "troops_deployed")
    claim = _only(claims_of("ทหารเกาหลีเหนือบาดเจ็บกว่า 1,000 นาย ตามข้อมูลของยูเครน"))
    assert (claim.claimant, claim.subject, claim.figures[0].qualifier) == ("ยูเครน", "casualties", "at_least")
    assert [c.denied for c in claims_of("รัสเซียปฏิเสธว่าไม่มีทหารเกาหลีเหนืออยู่ในประเทศ")] == [True]
