"""Russian and Ukrainian copy (TASS, RIA, Meduza, Ukrainska Pravda, Suspilne registers), and names across languages.

Russian and Ukrainian capitalise only the first word of a body's name, so a
name read as capitalised words was cut to its head ("Объединённый") or its
tail ("Минобороны Украины"); a role before a person's name stayed in the
claimant ("Глава ГУР Кирилл Буданов"); dates ("4 декабря") and calibres
("240-миллиметровые") were read as counts; and the casualty words of German,
French and Spanish copy were no unit anyone compares.  Each sentence is
written for these tests; each assertion names what an analyst reads off the
claim.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.models import Claim

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff"


def _only(claims: list[Claim]) -> Claim:
    with_figures = [c for c in claims if c.figures]
    assert len(with_figures) == 1, [(c.claimant, c.text) for c in claims]
    return with_figures[0]


# --- bodies named in lower case after their head -----------------------------------------------------------------


def test_a_body_named_after_its_verb_runs_through_its_lower_case_words_to_the_stop() -> None:
    claim = _only(claims_of(
        "Северная Корея в январе и феврале отправила в Россию ещё около 3000 военнослужащих, сообщил в четверг "
        "Объединённый комитет начальников штабов Южной Кореи."
    ))
    assert claim.claimant == JCS  # was "Объединённый": the name cut to its capitalised first word


def test_a_body_named_before_its_verb_runs_back_to_its_capitalised_head() -> None:
    claim = _only(claims_of(
        "Головне управління розвідки Міноборони України заявило, що КНДР відправила до Росії ще 3 тисячі військових."
    ))
    assert claim.claimant == HUR  # was "Міноборони України", the capitalised words before the verb
    ru = _only(claims_of(
        "Главное управление разведки сообщило, что в Курской области находятся около 11 тысяч военных КНДР."
    ))
    assert ru.claimant == HUR  # was none: no capitalised word stood right before the verb


def test_a_body_the_alias_list_does_not_know_keeps_all_its_words_as_written() -> None:
    claim = _only(claims_of(
        "Служба безопасности Украины сообщила, что перехватила переговоры о 500 погибших северокорейских военных."
    ))
    assert claim.claimant == "Служба безопасности Украины"  # was "Украины"
    assert claim.figures[0].unit == "casualties"


def test_a_body_in_the_locative_after_said_in_is_the_speaker() -> None:
    claim = _only(claims_of(
        "Північна Корея передала Росії понад 6 мільйонів снарядів, повідомили в Головному управлінні розвідки "
        "Міноборони України."
    ))
    assert claim.claimant == HUR  # was "Головному"


def test_a_long_genitive_after_according_to_is_read_whole() -> None:
    claim = _only(claims_of(
        "По данным Национальной разведывательной службы Южной Кореи, КНДР передала России около 6 млн "
        "артиллерийских снарядов."
    ))
    assert claim.claimant == NIS  # was "Национальной разведывательной службы", the country cut off
    assert claim.figures[0].value == 6_000_000


# --- roles before people -------------------------------------------------------------------------------------------


def test_a_role_and_its_body_before_a_name_give_way_to_the_person() -> None:
    budanov = _only(claims_of("Глава ГУР Кирилл Буданов сообщил, что КНДР передала России более 100 баллистических ракет."))
    assert budanov.claimant == "Kyrylo Budanov"  # was "Глава ГУР Кирилл Буданов"
    singh = _only(claims_of(
        "Представитель Пентагона Сабрина Сингх заявила журналистам, что в Курской области находятся около 11 тысяч "
        "военных КНДР."
    ))
    assert singh.claimant == "Sabrina Singh"
    yusov = _only(claims_of(
        "За словами речника Головного управління розвідки Андрія Юсова, у Курській області загинули близько 4 тисяч "
        "військових КНДР."
    ))
    assert yusov.claimant == "Andrii Yusov"  # was "речника Головного управління"


def test_a_role_named_with_no_person_leaves_the_body_it_speaks_for() -> None:
    minister = _only(claims_of(
        "Министр обороны России Андрей Белоусов заявил, что в Курской области воюют 11 тысяч военных КНДР."
    ))
    assert minister.claimant == "Андрей Белоусов"  # the person after the role and the country
    body = _only(claims_of(
        "Представитель Минобороны Южной Кореи заявил, что КНДР отправила в Россию ещё около 3000 военнослужащих."
    ))
    assert body.claimant == "Минобороны Южной Кореи"  # no person named: the body, not "Кореи"


def test_an_outlet_named_before_the_speaker_after_the_verb_relays_the_speaker() -> None:
    claim = _only(claims_of("«Мы видим около 12 тысяч военных КНДР», — сказал в интервью Би-би-си начальник ГУР "
                            "Кирилл Буданов."))
    assert claim.claimant == "Kyrylo Budanov"  # was "Би-би-си", the outlet the interview was given to
    assert claim.via == "Би-би-си"


def test_citing_a_source_makes_it_the_speaker_and_the_agency_its_relay() -> None:
    claim = _only(claims_of(
        "Как сообщает агентство Ёнхап со ссылкой на Национальную службу разведки, около 4000 северокорейских "
        "военных были убиты или ранены."
    ))
    assert (claim.claimant, claim.via) == (NIS, "Yonhap")  # was "Ёнхап", the agency


def test_according_to_information_is_an_attribution_too() -> None:
    claim = _only(claims_of("По информации Генерального штаба ВСУ, в боях погибли 300 военных КНДР."))
    # Was none: "по информации" was no cue.  The alias list names the body in every language (session 19).
    assert claim.claimant == "General Staff of the Armed Forces of Ukraine"


# --- dates and calibres are no counts ------------------------------------------------------------------------------


def test_a_day_and_a_genitive_month_is_a_date_not_a_count() -> None:
    claims = claims_of(
        "Договор о всеобъемлющем стратегическом партнёрстве вступил в силу 4 декабря 2024 года.",
        "Верховна Рада заявила, що 12 березня КНДР відправила ще 3 тисячі військових.",
    )
    figures = [f.surface for c in claims for f in c.figures]
    assert figures == ["3 тисячі"]  # was "4" (counting "декабря") and "12" (counting "березня")


def test_a_calibre_counts_nothing_and_leaves_the_weapons_counted() -> None:
    claims = claims_of(
        "Пхеньян передал Москве 240-миллиметровые реактивные системы залпового огня и 170-мм самоходные гаубицы.",
        "КНДР передала Росії щонайменше 100 тисяч снарядів калібру 152 мм, заявив Юсов.",
        "Было передано не менее 50 самоходных гаубиц калибра 170 мм.",
    )
    figures = [(f.surface, f.unit) for c in claims for f in c.figures]
    # was ("240", "огня"), ("170", "гаубицы"), ("152", "мм") and ("не менее 50", "калибра")
    assert figures == [("щонайменше 100 тисяч", "shells"), ("не менее 50", "howitzers")]


# --- casualty words in other languages -----------------------------------------------------------------------------


def test_casualty_words_of_spanish_german_and_french_copy_count_casualties() -> None:
    claims = claims_of(
        "Según el Estado Mayor Conjunto, Corea del Norte sufrió 2.700 heridos.",
        "Nach Angaben des südkoreanischen Geheimdienstes gab es 300 Tote und 2700 Verwundete.",
        "Selon le renseignement sud-coréen, 300 morts nord-coréens.",
    )
    units = [(f.surface, f.unit) for c in claims for f in c.figures]
    # was "heridos", "und" (the conjunction after "Tote"), "" and "nord-coréens"
    assert units == [("2.700", "casualties"), ("300", "casualties"), ("2700", "casualties"), ("300", "casualties")]


# --- one name across languages -------------------------------------------------------------------------------------


def test_the_pentagon_and_the_kremlin_in_european_copy_fold_to_their_english_names() -> None:
    claims = claims_of(
        "Le Pentagone estime que 11 000 soldats nord-coréens sont déployés dans la région de Koursk.",
        "El Pentágono calcula que 12.000 soldados norcoreanos están desplegados en Kursk.",
        "Der Kreml bestreitet, dass 10.000 nordkoreanische Soldaten in Kursk kämpfen.",
    )
    assert [claim_with(claims, n).claimant for n in ("11 000", "12.000", "10.000")] == ["Pentagon", "Pentagon", "Kremlin"]


def test_chinese_names_of_the_nis_and_yonhap_fold_to_their_english_names() -> None:
    claim = _only(claims_of("据韩联社报道，国家情报院13日表示，约1.1万名朝鲜士兵已被部署到库尔斯克。"))
    assert (claim.claimant, claim.via) == (NIS, "Yonhap")  # was "国家情报院" via "韩联社"


def test_a_count_after_a_country_in_the_dative_is_no_label() -> None:
    claim = _only(claims_of("КНДР передала России 200 ракет, сообщило Министерство обороны России утром в среду."))
    # was no figure ("России 200" read as a name like "Boeing 747") and the claimant "Министерство"
    assert (claim.claimant, claim.figures[0].value, claim.figures[0].unit) == (
        "Russian Ministry of Defence", 200, "missiles")
