"""Blind round 19: claims in non-English copy (Korean, Japanese, Chinese, Russian, Ukrainian, German, French,
Spanish, Polish).

Analysts line up how outlets in many languages report the same figures (11,000 / 12,000 / 15,000 North
Korean troops, 40 % or half of Russia's shells, "hundreds" / 1,000 / 4,000 casualties), so each sentence
must give its claim whole: who says it (claimant, and the outlet relaying it), the figure's value and
hedge, what it counts, and the subject.  Numbers come as digits with each language's own grouping and
scale words ("1만2000명", "1.1万名", "12 тисяч", "11 tys."), as words ("двенадцать тысяч", "onze mille",
"逾千人", "수백 명"), as ranges ("от 10 до 12 тысяч", "1만~1만2000명") and as shares in words ("la moitié", "절반", "半数").
None of these sentences comes from a seed or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claims_of
from foreign_claim_cases import HUR, JCS, NIS, ZELENSKYY, Case, assert_case_holds, case_params

from store.models import Claim

CASES = [
    # --- Korean: the speaker as topic, "…에 따르면", and the source after the quote ------------------------------
    Case("국정원은 북한이 러시아에 약 1만2000명의 병력을 파병한 것으로 파악된다고 밝혔다.",
         NIS, 12000, "approx", "troops", "troops_deployed"),
    Case("합참은 쿠르스크 전선에 투입된 북한군 사상자가 4천여 명에 이른다고 밝혔다.",
         JCS, 4000, "approx", "casualties", "casualties"),
    Case("북한이 러시아에 1만~1만2000명을 파병했다고 국정원이 밝혔다.",
         NIS, 12000, "range", "troops", "troops_deployed", low=10000),
    Case("젤렌스키 대통령은 러시아군이 쓰는 포탄의 절반가량이 북한산이라고 말했다.",
         ZELENSKYY, 50, "approx", "percent", "ammunition_share"),
    Case("연합뉴스는 정부 소식통을 인용해 북한군 전사자가 최소 300명이라고 보도했다.",
         "정부 소식통", 300, "at_least", "casualties", "casualties", via="Yonhap"),
    Case("북한군 약 1만1천 명이 쿠르스크 지역에 배치됐다고 우크라이나 정보총국(HUR)이 밝혔다.",
         HUR, 11000, "approx", "troops", "troops_deployed"),
    Case("우크라이나 국방정보총국에 따르면 북한군 사상자가 수백 명에 달한다.",
         "우크라이나 국방정보총국", 200, "approx", "casualties", "casualties"),
    Case("북한이 러시아에 보낸 포탄은 러시아가 쓰는 포탄의 40퍼센트 수준이라고 국방부는 설명했다.",
         "국방부", 40, "exact", "percent", "ammunition_share"),
    Case("북한군 병력 1만5000명이 러시아에 주둔하고 있다고 미 국무부가 밝혔다.",
         "미 국무부", 15000, "exact", "troops", "troops_deployed"),
    Case("국정원에 따르면 북한군 전사자는 1천 명을 넘어섰다.",
         NIS, 1000, "at_least", "casualties", "casualties"),
    Case("국정원은 북한군 사상자가 3천 명 이상이라고 밝혔다.",
         NIS, 3000, "at_least", "casualties", "casualties"),
    # --- Japanese -------------------------------------------------------------------------------------------------
    Case("韓国国家情報院によると、北朝鮮はロシアに約1万2000人の兵士を派遣した。",
         NIS, 12000, "approx", "troops", "troops_deployed"),
    Case("ロシア軍が使う砲弾の半数は北朝鮮製だと、ウクライナ国防省情報総局が明らかにした。",
         HUR, 50, "exact", "percent", "ammunition_share"),
    Case("ゼレンスキー大統領は、北朝鮮兵約1万1000人がクルスク州に配備されていると語った。",
         ZELENSKYY, 11000, "approx", "troops", "troops_deployed"),
    Case("日本の防衛省は、北朝鮮がロシアに派遣した兵力を1万〜1万2000人と推計している。",
         "日本の防衛省", 12000, "range", "troops", "troops_deployed", low=10000),
    Case("聯合ニュースによれば、北朝鮮はロシア軍の砲弾の約40%を供給している。",
         "Yonhap", 40, "approx", "percent", "ammunition_share"),
    Case("北朝鮮兵の死傷者は数百人に上ると、米政府高官が述べた。",
         "米政府高官", 200, "approx", "casualties", "casualties"),
    Case("北朝鮮兵の戦死者は千人を超えたと、韓国国防省が明らかにした。",
         "South Korean defence ministry", 1000, "at_least", "casualties", "casualties"),
    # --- Chinese (simplified) -------------------------------------------------------------------------------------
    Case("据韩联社报道，朝鲜已向俄罗斯派遣约1.1万名士兵。",
         "Yonhap", 11000, "approx", "troops", "troops_deployed"),
    Case("乌克兰国防部情报总局称，在库尔斯克阵亡或受伤的朝鲜士兵逾千人。",
         HUR, 1000, "at_least", "troops", "casualties"),
    Case("韩国国家情报院估计，朝鲜在俄部署的兵力约为1.2万人。",
         NIS, 12000, "approx", "troops", "troops_deployed"),
    Case("泽连斯基说，俄军约40%的炮弹来自朝鲜。",
         ZELENSKYY, 40, "approx", "percent", "ammunition_share"),
    Case("据乌方估计，朝鲜军队伤亡人数已超过4000人。",
         "Ukraine", 4000, "at_least", "casualties", "casualties"),
    Case("韩国国家情报院表示，朝鲜向俄罗斯派遣了1万至1.2万名军人。",
         NIS, 12000, "range", "troops", "troops_deployed", low=10000),
    Case("据美国国务院透露，朝鲜提供的炮弹占俄军所用炮弹的一半。",
         "美国国务院", 50, "exact", "percent", "ammunition_share"),
    Case("据韩联社报道，朝鲜士兵伤亡人数达数百人。",
         "Yonhap", 200, "approx", "casualties", "casualties"),
    # --- Chinese (traditional) ------------------------------------------------------------------------------------
    Case("據韓聯社報導，北韓已向俄羅斯派遣約1.2萬名士兵。",
         "Yonhap", 12000, "approx", "troops", "troops_deployed"),
    Case("韓國國家情報院表示，北韓軍隊的傷亡人數已超過3000人。",
         NIS, 3000, "at_least", "casualties", "casualties"),
    Case("澤倫斯基表示，俄軍使用的砲彈約有一半來自北韓。",
         ZELENSKYY, 50, "approx", "percent", "ammunition_share"),
    Case("據烏克蘭軍方統計，北韓士兵死傷人數約4000人。",
         "烏克蘭軍方", 4000, "approx", "casualties", "casualties"),
    # --- Russian --------------------------------------------------------------------------------------------------
    Case("По данным Национальной службы разведки Южной Кореи, в Россию направлено около 12 тысяч северокорейских "
         "военных.", NIS, 12000, "approx", "troops", "troops_deployed"),
    Case("Буданов заявил, что КНДР поставляет почти половину всех снарядов, которые использует российская армия.",
         "Kyrylo Budanov", 50, "approx", "percent", "ammunition_share"),
    Case("В Курской области находятся от 11 до 12 тысяч военных КНДР, сообщил Пентагон.",
         "Pentagon", 12000, "range", "troops", "troops_deployed", low=11000),
    Case("Двенадцать тысяч северокорейских солдат переброшены в Курскую область, утверждает Зеленский.",
         ZELENSKYY, 12000, "exact", "troops", "troops_deployed"),
    Case("По словам Буданова, потери северокорейских войск составили около четырёх тысяч человек убитыми и "
         "ранеными.", "Kyrylo Budanov", 4000, "approx", "casualties", "casualties"),
    Case("Как сообщил Пентагон, погибли несколько сотен северокорейских военных.",
         "Pentagon", 300, "approx", "troops", "casualties"),
    Case("По оценкам южнокорейской разведки, погибли более тысячи военнослужащих КНДР.",
         "National Intelligence Service", 1000, "at_least", "troops", "casualties"),
    # --- Ukrainian ------------------------------------------------------------------------------------------------
    Case("За даними ГУР, у Курській області перебувають близько 11 тисяч північнокорейських військових.",
         HUR, 11000, "approx", "troops", "troops_deployed"),
    Case("Зеленський заявив, що КНДР постачає Росії майже половину снарядів.",
         ZELENSKYY, 50, "approx", "percent", "ammunition_share"),
    Case("За словами Буданова, КНДР відправила до Росії від 10 до 12 тисяч солдатів.",
         "Kyrylo Budanov", 12000, "range", "troops", "troops_deployed", low=10000),
    Case("Дванадцять тисяч північнокорейських бійців воюють на Курщині, повідомив Генштаб ЗСУ.",
         "General Staff of the Armed Forces of Ukraine", 12000, "exact", "troops", "troops_deployed"),
    Case("За даними ГУР, кількість загиблих північнокорейських військових перевищила тисячу.",
         HUR, 1000, "at_least", "casualties", "casualties"),
    Case("Як повідомив Буданов, у боях загинули кілька сотень північнокорейських солдатів.",
         "Kyrylo Budanov", 300, "approx", "troops", "casualties"),
    # --- German ---------------------------------------------------------------------------------------------------
    Case("Laut dem südkoreanischen Geheimdienst NIS hat Nordkorea rund 11.000 Soldaten nach Russland geschickt.",
         NIS, 11000, "approx", "soldiers", "troops_deployed"),
    Case("Nach Angaben des ukrainischen Militärgeheimdienstes HUR stammen etwa 40 Prozent der russischen "
         "Artilleriegranaten aus Nordkorea.", HUR, 40, "approx", "percent", "ammunition_share"),
    Case("Zwölftausend nordkoreanische Soldaten kämpfen in der Region Kursk, sagte der südkoreanische "
         "Geheimdienst NIS.", NIS, 12000, "exact", "soldiers", "troops_deployed"),
    Case("Die Hälfte der Granaten, die Russland verschießt, kommt laut Kiew aus Nordkorea.",
         "Kyiv", 50, "exact", "percent", "ammunition_share"),
    Case("Nordkorea hat zwischen 10.000 und 12.000 Soldaten entsandt, teilte der Geheimdienst NIS mit.",
         NIS, 12000, "range", "soldiers", "troops_deployed", low=10000),
    Case("Laut Kiew wurden mehrere Hundert nordkoreanische Soldaten getötet oder verwundet.",
         "Kyiv", 300, "approx", "soldiers", "casualties"),
    # --- French ---------------------------------------------------------------------------------------------------
    Case("Selon le renseignement sud-coréen, environ 12 000 soldats nord-coréens ont été déployés en Russie.",
         "National Intelligence Service", 12000, "approx", "soldiers", "troops_deployed"),
    Case("Onze mille soldats nord-coréens combattent aux côtés des forces russes, a affirmé le président "
         "Volodymyr Zelensky.", "~Zelensky", 11000, "exact", "soldiers", "troops_deployed"),
    Case("La Corée du Nord fournirait la moitié des obus utilisés par l'armée russe, selon Kiev.",
         "Kyiv", 50, "exact", "percent", "ammunition_share"),
    Case("D'après le Pentagone, les pertes nord-coréennes s'élèvent à quelque 4 000 morts et blessés.",
         "Pentagon", 4000, "approx", "casualties", "casualties"),
    Case("Entre 10 000 et 12 000 militaires nord-coréens se trouvent en Russie, a indiqué jeudi le NIS.",
         NIS, 12000, "range", "troops", "troops_deployed", low=10000),
    Case("Selon Séoul, plusieurs centaines de soldats nord-coréens ont été tués.",
         "Seoul", 300, "approx", "soldiers", "casualties"),
    # --- Spanish --------------------------------------------------------------------------------------------------
    Case("Según el Servicio Nacional de Inteligencia (NIS), unos 11.000 soldados norcoreanos fueron enviados a Rusia.",
         NIS, 11000, "approx", "soldiers", "troops_deployed"),
    Case("De acuerdo con Kiev, cerca del 40 % de los proyectiles que usa Rusia proceden de Corea del Norte.",
         "Kyiv", 40, "approx", "percent", "ammunition_share"),
    Case("Doce mil soldados norcoreanos luchan en Kursk, aseguró el presidente ucraniano, Volodímir Zelenski.",
         "~Zelenski", 12000, "exact", "soldiers", "troops_deployed"),
    Case("El Pentágono calcula que más de 1.000 soldados norcoreanos han muerto o resultado heridos.",
         "Pentagon", 1000, "at_least", "soldiers", "casualties"),
    Case("Corea del Norte habría suministrado la mitad de los proyectiles de artillería de Rusia, según Seúl.",
         "Seoul", 50, "exact", "percent", "ammunition_share"),
    Case("Entre 10.000 y 12.000 efectivos norcoreanos están en Rusia, según el Estado Mayor surcoreano.",
         "~Estado Mayor surcoreano", 12000, "range", "troops", "troops_deployed", low=10000),
    # --- Polish ---------------------------------------------------------------------------------------------------
    Case("Według NIS Korea Północna wysłała do Rosji około 11 tys. żołnierzy.",
         NIS, 11000, "approx", "troops", "troops_deployed"),
    Case("Jak poinformował Pentagon, straty wojsk północnokoreańskich sięgają 4 tysięcy zabitych i rannych.",
         "Pentagon", 4000, "exact", "casualties", "casualties"),
    Case("Według danych HUR w obwodzie kurskim walczy 12 tysięcy żołnierzy z Korei Północnej.",
         HUR, 12000, "exact", "troops", "troops_deployed"),
    Case("Według Seulu od 10 do 12 tys. żołnierzy z Korei Północnej przebywa w Rosji.",
         "Seoul", 12000, "range", "troops", "troops_deployed", low=10000),
    Case("Korea Północna dostarcza Rosji połowę pocisków artyleryjskich – powiedział Zełenski.",
         "Volodymyr Zelenskyy", 50, "exact", "percent", "ammunition_share"),
    Case("Dwanaście tysięcy żołnierzy z Korei Północnej walczy w obwodzie kurskim, według HUR.",
         HUR, 12000, "exact", "troops", "troops_deployed"),
    # --- a second batch, written after the first fixes and run before the next ones ---------------------------------
    Case("북한은 지금까지 러시아에 포탄 약 1천만 발을 보낸 것으로 추정된다고 국가정보원이 밝혔다.",
         NIS, 10_000_000, "approx", "shells", "munitions_supplied"),
    Case("합동참모본부에 따르면 북한군 2천여 명이 추가로 파병됐다.", JCS, 2000, "approx", "troops", "troops_deployed"),
    Case("北朝鮮はこれまでに兵士約1万5000人をロシアに派遣したと、韓国の国家情報院が明らかにした。",
         NIS, 15000, "approx", "troops", "troops_deployed"),
    Case("据乌克兰总统泽连斯基透露，朝鲜士兵伤亡人数已达近4000人。",
         ZELENSKYY, 4000, "approx", "casualties", "casualties"),
    Case("韓國國防部表示，北韓已向俄羅斯派遣約1.5萬名士兵。", "韓國國防部", 15000, "approx", "troops", "troops_deployed"),
    Case("Как заявил Зеленский, в боях под Курском погибли и были ранены около трёх тысяч военных КНДР.",
         ZELENSKYY, 3000, "approx", "troops", "casualties"),
    Case("Понад три тисячі північнокорейських військових загинули або були поранені, повідомив Зеленський.",
         ZELENSKYY, 3000, "at_least", "troops", "casualties"),
    Case("Według ukraińskiego wywiadu wojskowego straty Korei Północnej wynoszą około 4 tys. zabitych i rannych.",
         "ukraińskiego wywiadu wojskowego", 4000, "approx", "casualties", "casualties"),
    Case("Ministerstwo Obrony Ukrainy poinformowało, że w Rosji przebywa 11 tys. żołnierzy z KRLD.",
         "Ministerstwo Obrony Ukrainy", 11000, "exact", "troops", "troops_deployed"),
    Case("Korea Północna wysłała do Rosji kilka tysięcy żołnierzy – twierdzi wywiad Korei Południowej.",
         "wywiad Korei Południowej", 3000, "approx", "troops", "troops_deployed"),
    Case("Według prezydenta Wołodymyra Zełenskiego w obwodzie kurskim walczy 11 tys. żołnierzy z KRLD.",
         "Volodymyr Zelenskyy", 11000, "exact", "troops", "troops_deployed"),
    Case("Nach Angaben Kiews sind rund 12.000 nordkoreanische Soldaten in Kursk im Einsatz.",
         "Kyiv", 12000, "approx", "soldiers", "troops_deployed"),
    Case("Selon le Pentagone, près de la moitié des obus tirés par la Russie viennent de Corée du Nord.",
         "Pentagon", 50, "approx", "percent", "ammunition_share"),
    # --- a third batch: documents named with their owner, counts of the killed, hundreds in words -----------------
    Case("미국 국방부는 북한군 약 1만1000명이 쿠르스크에 있다고 발표했다.",
         "Pentagon", 11000, "approx", "troops", "troops_deployed"),
    Case("국정원 분석에 따르면 러시아군 포탄의 절반 이상이 북한산이다.",
         NIS, 50, "at_least", "percent", "ammunition_share"),
    Case("米国防総省によると、北朝鮮兵約1万2000人のうち数千人が死傷した。",
         "Pentagon", 2000, "approx", "casualties", "casualties"),
    Case("朝鲜中央通讯社否认朝鲜向俄罗斯派遣了1万名士兵。", "KCNA", 10000, "exact", "troops", "troops_deployed"),
    Case("Генштаб ВСУ сообщил, что за сутки было уничтожено около двухсот северокорейских военных.",
         "General Staff of the Armed Forces of Ukraine", 200, "approx", "troops", "casualties"),
    Case("Північна Корея передала Росії близько половини своїх снарядів, заявив Буданов.",
         "Kyrylo Budanov", 50, "approx", "percent", "ammunition_share"),
    Case("Prawie połowa pocisków używanych przez Rosję pochodzi z Korei Północnej – ocenia wywiad Korei Południowej.",
         "wywiad Korei Południowej", 50, "approx", "percent", "ammunition_share"),
    Case("Около двухсот пятидесяти военных КНДР погибли, заявил Буданов.",
         "Kyrylo Budanov", 250, "approx", "troops", "casualties"),
    Case("Двести тысяч снарядов передала КНДР, сообщил Буданов.",
         "Kyrylo Budanov", 200_000, "exact", "shells", "munitions_supplied"),
]


@pytest.mark.parametrize("case", case_params(CASES))
def test_a_foreign_claim_gives_its_speaker_figure_and_subject(case: Case) -> None:
    assert_case_holds(case)


def test_there_are_enough_cases_in_every_language_family() -> None:
    assert len(CASES) >= 50


# --- what these rules must not read -------------------------------------------------------------------------------


def test_a_number_word_without_a_scale_counts_nothing() -> None:
    # An age and a date in words: only a scale word ("тысяч", "сотен") makes a count of a number word.
    claims = claims_of("По словам Буданова, двенадцать северокорейских военных сдались в плен в пятницу.")
    assert not [f for c in claims for f in c.figures]
    # Hundreds alone count only a noun the taxonomy knows: "сто лет" (a hundred years) is no figure.
    assert not [f for c in claims_of("За сто лет ничего не изменилось, сказал Песков.") for f in c.figures]


def test_a_scale_after_digits_is_read_once_with_its_digits() -> None:
    claim = claim_of_value(claims_of("За даними ГУР, у Курській області перебувають 12 тисяч військових КНДР."), 12000)
    assert [f.surface for f in claim.figures] == ["12 тисяч"]  # not also a vague "тисяч" (thousands)


def test_a_kanji_scale_inside_a_name_is_no_count() -> None:
    # "千葉" (Chiba) and "百済" hold the scale kanji with no counter after them.
    claims = claims_of("千葉県の防衛省関係者は、百済の遺跡について説明した。")
    assert not [f for c in claims for f in c.figures]


def test_english_copy_naming_a_pole_keeps_its_english_attribution() -> None:
    # A Polish letter routes a sentence through the foreign readers; an English one must still find its speaker.
    claim = claim_of_value(claims_of(
        "Polish defence minister Władysław Kosiniak-Kamysz said about 11,000 North Korean troops were in Russia."
    ), 11000)
    assert claim.claimant is not None and "Kosiniak-Kamysz" in claim.claimant
    assert claim.subject == "troops_deployed"


def test_a_polish_genitive_name_folds_to_its_nominative_alias() -> None:
    claim = claim_of_value(claims_of("Według Pentagonu Korea Północna wysłała do Rosji 12 tys. żołnierzy."), 12000)
    assert claim.claimant == "Pentagon"  # "Pentagonu": the genitive after "według", the next words not its own


def claim_of_value(claims: list[Claim], value: float) -> Claim:
    found = [c for c in claims if any(f.value == value for f in c.figures)]
    assert len(found) == 1, [(c.claimant, [f.surface for f in c.figures]) for c in claims]
    return found[0]
