"""Blind round 20: claims in non-English copy, new languages and new number shapes.

Analysts compare how outlets in many languages report the same figures, so each sentence must give its claim
whole: claimant (and relay), the figure's value and hedge, what it counts, the subject.  This round adds Italian,
Portuguese, Dutch and Swedish wire copy ("secondo i servizi segreti", "segundo a inteligência", "volgens",
"enligt"), millions after a number word ("drei Millionen Granaten", "cinco millones de proyectiles", "quatre
millions d'obus", "четырёх миллионов снарядов"), Korean counts with "만"/"천" and "여"/"가량", Japanese "約…万…",
Chinese "…万名", Russian abbreviations ("13 тыс."), French digits grouped by a narrow no-break space, and
percentages in words ("60 Prozent", "60 процентов", "60퍼센트", "60 per cento").
None of these sentences comes from a seed, the brief or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claims_of
from foreign_claim_cases import BUDANOV, HUR, JCS, NIS, ZELENSKYY, Case, assert_case_holds, case_params

from store.analysis.claimants import fold

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space


CASES = [
    # --- Italian ----------------------------------------------------------------------------------------------------
    Case("Secondo i servizi segreti sudcoreani, circa 13.000 soldati nordcoreani sono stati schierati in Russia.",
         "National Intelligence Service", 13000, "approx", "soldiers", "troops_deployed"),
    Case("Il Pentagono ritiene che oltre 1.200 militari nordcoreani siano stati uccisi o feriti a Kursk.",
         "Pentagon", 1200, "at_least", "troops", "casualties"),
    Case("Quasi il 60 per cento delle granate sparate dalla Russia arriva dalla Corea del Nord, secondo Kiev.",
         "Kyiv", 60, "approx", "percent", "ammunition_share"),
    Case("Quattordicimila soldati nordcoreani combattono accanto ai russi, ha dichiarato Zelensky.",
         "~Zelensky", 14000, "exact", "soldiers", "troops_deployed"),
    Case("Secondo Seul, la Corea del Nord ha fornito alla Russia oltre tre milioni di proiettili.",
         "Seoul", 3_000_000, "at_least", "shells", "munitions_supplied"),
    # --- Portuguese -------------------------------------------------------------------------------------------------
    Case("Segundo a inteligência ucraniana, cerca de 11 mil soldados norte-coreanos foram enviados para Kursk.",
         "~inteligência ucraniana", 11000, "approx", "soldiers", "troops_deployed"),
    Case("De acordo com Seul, mais de 2.500 militares norte-coreanos morreram ou ficaram feridos.",
         "Seoul", 2500, "at_least", "troops", "casualties"),
    Case("A Coreia do Norte enviou à Rússia metade dos projéteis de artilharia que Moscou usa, disse Zelensky.",
         "~Zelensky", 50, "exact", "percent", "ammunition_share"),
    Case("O Pentágono estima que entre 9.000 e 11.000 soldados norte-coreanos estão na Rússia.",
         "Pentagon", 11000, "range", "soldiers", "troops_deployed", low=9000),
    # --- Dutch and Swedish ------------------------------------------------------------------------------------------
    Case("Volgens de Zuid-Koreaanse inlichtingendienst zijn ongeveer 10.500 Noord-Koreaanse soldaten naar "
         "Rusland gestuurd.", "~Zuid-Koreaanse inlichtingendienst", 10500, "approx", "soldiers", "troops_deployed"),
    Case("Enligt Pentagon har omkring 12 500 nordkoreanska soldater skickats till Ryssland.",
         "Pentagon", 12500, "approx", "soldiers", "troops_deployed"),
    # --- German: millions in words, "Prozent", an adjective without article ----------------------------------------
    Case("Nordkorea hat nach Angaben Kiews bereits drei Millionen Granaten an Russland geliefert.",
         "Kyiv", 3_000_000, "exact", "shells", "munitions_supplied"),
    Case("Laut ukrainischem Militärgeheimdienst kämpfen inzwischen etwa 13.000 nordkoreanische Soldaten in Kursk.",
         "Defence Intelligence of Ukraine", 13000, "approx", "soldiers", "troops_deployed"),
    Case("Fast 60 Prozent der russischen Artilleriegranaten kommen aus Nordkorea, sagte Selenskyj.",
         "Volodymyr Zelenskyy", 60, "approx", "percent", "ammunition_share"),
    Case("Mehr als zwei Millionen Granaten hat Pjöngjang nach Schätzungen des NIS an Moskau geschickt.",
         NIS, 2_000_000, "at_least", "shells", "munitions_supplied"),
    # --- French: narrow no-break space, millions, "quelque" -------------------------------------------------------
    Case(f"Selon les services de renseignement ukrainiens, quelque 11{NNBSP}500 soldats nord-coréens se trouvent "
         "dans la région de Koursk.", "~services de renseignement ukrainiens", 11500, "approx", "soldiers",
         "troops_deployed"),
    Case("La Corée du Nord aurait livré plus de quatre millions d'obus à la Russie, selon Séoul.",
         "Seoul", 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case(f"D'après Kiev, au moins 3{NNBSP}800 militaires nord-coréens ont été tués ou blessés.",
         "Kyiv", 3800, "at_least", "troops", "casualties"),
    # --- Spanish: millions in words ---------------------------------------------------------------------------------
    Case("Según el Pentágono, Corea del Norte ha enviado a Rusia unos cinco millones de proyectiles.",
         "Pentagon", 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("Cerca de 13.000 soldados norcoreanos combaten en Kursk, según la inteligencia ucraniana.",
         "~inteligencia ucraniana", 13000, "approx", "soldiers", "troops_deployed"),
    # --- Korean -----------------------------------------------------------------------------------------------------
    Case("국가정보원(국정원)에 따르면 북한군 1만3천여 명이 러시아 쿠르스크 지역에 배치됐다.",
         NIS, 13000, "approx", "troops", "troops_deployed"),
    Case("합동참모본부는 북한이 러시아에 병력 약 3천 명을 추가 파병한 것으로 보인다고 밝혔다.",
         JCS, 3000, "approx", "troops", "troops_deployed"),
    Case("러시아군이 쓰는 포탄의 60퍼센트가량이 북한산이라고 우크라이나 국방정보총국이 밝혔다.",
         "~우크라이나 국방정보총국", 60, "approx", "percent", "ammunition_share"),
    Case("국정원은 북한이 러시아에 포탄 400만 발 이상을 넘긴 것으로 보인다고 밝혔다.",
         NIS, 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case("북한군 사상자는 4천500명가량으로 추산된다고 국정원이 밝혔다.",
         NIS, 4500, "approx", "casualties", "casualties"),
    # --- Japanese ---------------------------------------------------------------------------------------------------
    Case("韓国国家情報院によると、北朝鮮兵約1万3000人がロシア西部に配備されている。",
         NIS, 13000, "approx", "troops", "troops_deployed"),
    Case("北朝鮮はロシアに砲弾400万発以上を供与したと、韓国国防省が明らかにした。",
         "South Korean defence ministry", 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case("ウクライナ国防省情報総局によれば、北朝鮮兵の死傷者は約4500人に上る。",
         HUR, 4500, "approx", "casualties", "casualties"),
    Case("ロシア軍の砲弾の60%近くは北朝鮮製だと、ゼレンスキー大統領が述べた。",
         ZELENSKYY, 60, "approx", "percent", "ammunition_share"),
    # --- Chinese ----------------------------------------------------------------------------------------------------
    Case("据韩国国家情报院称，约1.3万名朝鲜士兵已被部署到库尔斯克。",
         NIS, 13000, "approx", "troops", "troops_deployed"),
    Case("乌克兰国防部情报总局表示，朝鲜已向俄罗斯提供了超过400万枚炮弹。",
         HUR, 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case("据韩联社报道，朝鲜军队的伤亡人数约为4500人。", "Yonhap", 4500, "approx", "casualties", "casualties"),
    # --- Russian ----------------------------------------------------------------------------------------------------
    Case("Как сообщает южнокорейская разведка, около 13 тыс. военнослужащих КНДР находятся в Курской области.",
         "National Intelligence Service", 13000, "approx", "troops", "troops_deployed"),
    Case("По данным ГУР, КНДР поставила России более четырёх миллионов снарядов.",
         HUR, 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case("Около 60 процентов снарядов российская армия получает из КНДР, заявил Буданов.",
         BUDANOV, 60, "approx", "percent", "ammunition_share"),
    Case("По данным Пентагона, потери северокорейских войск превысили 4,5 тыс. человек.",
         "Pentagon", 4500, "at_least", "casualties", "casualties"),
    # --- Ukrainian --------------------------------------------------------------------------------------------------
    Case("За даними ГУР, понад 4,5 тисячі північнокорейських військових загинули або були поранені.",
         HUR, 4500, "at_least", "troops", "casualties"),
    Case("Близько 60 відсотків снарядів російська армія отримує з КНДР, заявив Буданов.",
         BUDANOV, 60, "approx", "percent", "ammunition_share"),
    Case("Як повідомляє Генштаб ЗСУ, КНДР передала Росії понад чотири мільйони снарядів.",
         "General Staff of the Armed Forces of Ukraine", 4_000_000, "at_least", "shells", "munitions_supplied"),
    # --- Polish -----------------------------------------------------------------------------------------------------
    Case("Według wywiadu Korei Południowej Korea Północna przekazała Rosji ponad cztery miliony pocisków.",
         "~wywiadu Korei Południowej", 4_000_000, "at_least", "shells", "munitions_supplied"),
    Case("Około 60 procent pocisków artyleryjskich używanych przez Rosję pochodzi z Korei Północnej – twierdzi HUR.",
         HUR, 60, "approx", "percent", "ammunition_share"),
    # --- a second batch, written after the first fixes and run before the next ones -------------------------------
    Case("Как сообщают украинские военные, около 500 северокорейских военных погибли под Курском.",
         "~украинские военные", 500, "approx", "troops", "casualties"),
    Case("합동참모본부(합참)에 따르면 북한은 러시아에 포탄 약 500만 발을 보냈다.",
         JCS, 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("北朝鮮兵の死傷者は3000人前後にのぼると、韓国国防省が明らかにした。",
         "South Korean defence ministry", 3000, "approx", "casualties", "casualties"),
    Case("防衛省によると、北朝鮮はロシアに砲弾約500万発を供与した。",
         "~防衛省", 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("국방부는 북한군 사상자가 3천 명 안팎이라고 밝혔다.", "국방부", 3000, "approx", "casualties", "casualties"),
    Case("По данным ГУР, КНДР передала России около миллиона снарядов.",
         HUR, 1_000_000, "approx", "shells", "munitions_supplied"),
    Case("За оцінками ГУР, Північна Корея передала Росії близько п'яти мільйонів снарядів.",
         HUR, 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("Як повідомляє українська розвідка, в Курській області перебувають близько 11 тисяч військових КНДР.",
         "~українська розвідка", 11000, "approx", "troops", "troops_deployed"),
    Case("Według HUR Korea Północna dostarczyła Rosji około pięciu milionów pocisków.",
         HUR, 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("Laut britischem Verteidigungsministerium sind rund 11.500 nordkoreanische Soldaten in Russland im Einsatz.",
         "~britisch", 11500, "approx", "soldiers", "troops_deployed"),
    Case("Según fuentes surcoreanas, unos 12 mil soldados norcoreanos combaten en Kursk.",
         "~fuentes surcoreanas", 12000, "approx", "soldiers", "troops_deployed"),
    Case("Selon le ministère sud-coréen de la Défense, près de 3 000 soldats nord-coréens ont été tués ou blessés.",
         "~ministère sud-coréen de la Défense", 3000, "approx", "soldiers", "casualties"),
    Case("Segundo o Ministério da Defesa ucraniano, cerca de 12 mil soldados norte-coreanos estão em Kursk.",
         "~Ministério da Defesa ucraniano", 12000, "approx", "soldiers", "troops_deployed"),
    # --- a third batch: speakers after their verb, "zufolge", millions in the singular ------------------------------
    Case("Cerca de 11 mil soldados norte-coreanos estão na Rússia, afirmou o presidente ucraniano, Volodymyr "
         "Zelensky.", "~Zelensky", 11000, "approx", "soldiers", "troops_deployed"),
    Case("Volgens het Pentagon zijn er 11.000 Noord-Koreaanse soldaten in Rusland.",
         "Pentagon", 11000, "exact", "soldiers", "troops_deployed"),
    Case("Según informó el Estado Mayor ucraniano, unos 3.000 soldados norcoreanos han muerto en Kursk.",
         "~Estado Mayor ucraniano", 3000, "approx", "soldiers", "casualties"),
    Case("КНДР поставила России почти три миллиона снарядов, заявил Буданов.",
         BUDANOV, 3_000_000, "approx", "shells", "munitions_supplied"),
    Case("КНДР передала Росії понад мільйон снарядів, повідомив Буданов.",
         BUDANOV, 1_000_000, "at_least", "shells", "munitions_supplied"),
    Case("Korea Północna dostarczyła Rosji ponad milion pocisków – twierdzi HUR.",
         HUR, 1_000_000, "at_least", "shells", "munitions_supplied"),
    Case("북한군 약 1만 명이 러시아에 파병된 것으로 알려졌다고 연합뉴스가 보도했다.",
         "Yonhap", 10000, "approx", "troops", "troops_deployed"),
    Case("北朝鮮兵1万人余りがロシアに派遣されたと、米国務省が明らかにした。",
         "~米国務省", 10000, "approx", "troops", "troops_deployed"),
    Case("朝鲜向俄罗斯提供了约500万枚炮弹，乌克兰国防部情报总局称。",
         HUR, 5_000_000, "approx", "shells", "munitions_supplied"),
    Case("北韓向俄羅斯提供了逾500萬枚砲彈，韓國國家情報院表示。",
         NIS, 5_000_000, "at_least", "shells", "munitions_supplied"),
    Case("Selenskyj zufolge kämpfen rund 11.000 nordkoreanische Soldaten in Kursk.",
         "Volodymyr Zelenskyy", 11000, "approx", "soldiers", "troops_deployed"),
    Case("Quelque 11 000 soldats nord-coréens ont été déployés en Russie, selon des sources militaires ukrainiennes.",
         "~sources militaires ukrainiennes", 11000, "approx", "soldiers", "troops_deployed"),
    # --- a fourth batch: a wire relaying a named source ("unter Berufung auf", "citant", "que cita", "citando",
    # "powołując się na", "з посиланням на") --------------------------------------------------------------------------
    Case("Laut Yonhap unter Berufung auf den Geheimdienst NIS sind rund 11.000 nordkoreanische Soldaten in Russland.",
         NIS, 11000, "approx", "soldiers", "troops_deployed", via="Yonhap"),
    Case("Selon l'agence Yonhap, citant le NIS, environ 11 000 soldats nord-coréens sont en Russie.",
         NIS, 11000, "approx", "soldiers", "troops_deployed", via="Yonhap"),
    Case("Según la agencia Yonhap, que cita al NIS, unos 11.000 soldados norcoreanos están en Rusia.",
         NIS, 11000, "approx", "soldiers", "troops_deployed", via="Yonhap"),
    Case("Segundo a agência Yonhap, citando o NIS, cerca de 11 mil soldados norte-coreanos estão na Rússia.",
         NIS, 11000, "approx", "soldiers", "troops_deployed", via="Yonhap"),
    Case("Reuters, powołując się na NIS, podała, że w Rosji przebywa około 11 tys. żołnierzy z KRLD.",
         NIS, 11000, "approx", "troops", "troops_deployed", via="Reuters"),
    Case("Як повідомляє Reuters з посиланням на ГУР, близько 11 тисяч військових КНДР перебувають у Курській області.",
         HUR, 11000, "approx", "troops", "troops_deployed", via="Reuters"),
]


@pytest.mark.parametrize("case", case_params(CASES))
def test_a_foreign_claim_gives_its_speaker_figure_and_subject(case: Case) -> None:
    assert_case_holds(case)


def test_there_are_enough_cases_in_every_language_family() -> None:
    assert len(CASES) >= 50


# --- what these rules must not read -------------------------------------------------------------------------------


def _figures(text: str) -> list[tuple[str, float]]:
    return [(f.surface, f.value) for c in claims_of(text) for f in c.figures]


def test_digits_before_a_foreign_scale_are_multiplied_by_it() -> None:
    # A comma before one or two digits is a decimal ("2,5 Millionen", "1,5 millones"); "11 mil" is 11,000.
    assert [v for _, v in _figures("Laut Kiew hat Nordkorea 2,5 Millionen Granaten geliefert.")] == [2_500_000]
    assert [v for _, v in _figures("Según Seúl, Corea del Norte ha recibido 1,5 millones de dólares.")] == [1_500_000]
    assert [v for _, v in _figures("Según Kiev, 11 mil soldados norcoreanos combaten en Kursk.")] == [11_000]


def test_english_mil_and_million_keep_their_english_reading() -> None:
    # "mil" after a currency sign or in English copy is no Spanish thousand; "3 million" is the English parser's.
    assert [v for _, v in _figures("The Pentagon said the contract was worth $2 mil, then 5 mil.")] == [2, 5]
    values = [v for _, v in _figures("The Pentagon said North Korea sent 3 million shells and millions of rounds.")]
    assert values == [3_000_000, 2_000_000]


def test_bare_millions_in_russian_are_not_a_count_of_their_own() -> None:
    # "сотни миллионов долларов" (hundreds of millions of dollars): no definite million is read from it.
    values = [v for _, v in _figures("По данным ГУР, КНДР получила сотни миллионов долларов.")]
    assert 1_000_000 not in values and 2_000_000 not in values


def test_an_ordinal_segundo_names_no_speaker() -> None:
    # "o segundo contingente" (the second contingent): "segundo" opens no attribution before a lower-case noun.
    claims = claims_of("O segundo contingente de 3.000 soldados norte-coreanos chegou à Rússia em dezembro.")
    assert [c.claimant for c in claims if c.figures] == [None]


def test_german_sei_is_no_italian_six() -> None:
    assert [v for _, v in _figures("Laut Kiew sei drei Millionen Granaten die Zahl.")] == [3_000_000]


def test_a_report_before_zufolge_names_no_speaker() -> None:
    # "Diesem Bericht zufolge" (according to this report): a document, no one to credit; a body is one.
    assert [c.claimant for c in claims_of("Diesem Bericht zufolge sind 11.000 nordkoreanische Soldaten in Kursk.")
            if c.figures] == [None]
    claims = claims_of("Dem ukrainischen Militärgeheimdienst zufolge sind 11.000 nordkoreanische Soldaten in Kursk.")
    assert [fold(c.claimant or "") for c in claims if c.figures] == [fold("Defence Intelligence of Ukraine")]


def test_a_korean_approximate_tail_does_not_swallow_a_subject_particle() -> None:
    # "3천 명가량이" (about 3,000): "가량" is the hedge; "1천 명이" alone keeps its exact count.
    claims = claims_of("국정원은 북한군 1천 명이 추가 파병됐다고 밝혔다.")
    assert [(f.value, f.qualifier) for c in claims for f in c.figures] == [(1000, "exact")]
