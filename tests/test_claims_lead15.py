"""Claims the lead found wrong on unseen wire and explainer pages (session 15).

Each sentence is a shape real coverage has (a Yonhap-style casualty report, an explainer comparing
estimates); none comes from a seed.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of


def test_a_count_whose_own_verb_is_a_loss_is_casualties_whatever_deployment_words_follow() -> None:
    claims = claims_of(
        "About 1,100 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's "
        "Kursk region, South Korea's Joint Chiefs of Staff said Monday."
    )
    assert claim_with(claims, "1,100").subject == "casualties"
    # A deployment count beside a loss keeps its own subject.
    both = claims_of("Of the 11,000 troops deployed to Kursk, about 3,000 soldiers were killed, the NIS said.")
    assert (claim_with(both, "11,000").subject, claim_with(both, "3,000").subject) == ("troops_deployed", "casualties")


def test_a_figure_released_by_a_body_without_an_auxiliary_is_that_bodys() -> None:
    claims = claims_of(
        "The estimate is higher than the figure of around 100 deaths released by the National Intelligence "
        "Service (NIS) last week."
    )
    assert claim_with(claims, "around 100").claimant == "National Intelligence Service"


def test_a_trailing_participle_after_an_irregular_past_verb_belongs_to_the_clause_subject() -> None:
    claims = claims_of(
        'Ukrainian President Volodymyr Zelenskyy put the figure higher, saying on Telegram that "more than 3,000" '
        "North Koreans had been killed or wounded."
    )
    assert claim_with(claims, "3,000").claimant == "Volodymyr Zelenskyy"
    gave = claims_of("Kyiv gave a far higher figure, saying 4,000 North Korean soldiers had been killed or wounded.")
    assert claim_with(gave, "4,000").claimant == "Kyiv"


def test_the_spy_agency_points_back_to_the_intelligence_service_not_the_last_body_to_speak() -> None:
    claims = claims_of(
        "South Korea's National Intelligence Service said last week that around 100 North Korean soldiers had died.",
        "About 1,100 North Korean soldiers have been killed or wounded, South Korea's Joint Chiefs of Staff said.",
        "The spy agency had said at least 200 more had been injured.",
    )
    assert claim_with(claims, "at least 200").claimant == "National Intelligence Service"
    # A description with no kind word still points to the last body.
    plain = claims_of(
        "South Korea's National Intelligence Service said around 100 North Korean soldiers had died.",
        "South Korea's Joint Chiefs of Staff said 1,100 had been killed or wounded.",
        "The agency also said at least 200 more had been injured.",
    )
    assert claim_with(plain, "at least 200").claimant == "South Korea's Joint Chiefs of Staff"


def test_a_negated_reporting_verb_says_nothing() -> None:
    claims = claims_of(
        "Ukraine's air force said more than 60 of the missiles were launched at cities last year.",
        "It did not say how many were intercepted.",
        "Officials would not say how many troops were sent.",
        "The ministry has never publicly disclosed how many soldiers died.",
    )
    assert [c.text for c in claims if "60" not in c.text] == []
    # "not only said" still says.
    assert claim_with(claims_of("Kyiv not only said 12,000 troops had arrived but named their units."),
                      "12,000").claimant == "Kyiv"


def test_the_agent_of_cited_by_ends_before_the_next_clauses_verb() -> None:
    claims = claims_of(
        "Asked whether the figure of 4,000 casualties cited by Kyiv was accurate, a US official said it was plausible."
    )
    assert claim_with(claims, "4,000").claimant == "Kyiv"


def test_evidence_found_by_others_is_not_the_source_of_an_estimate() -> None:
    claims = claims_of(
        "Analysts at the Royal United Services Institute estimate that only 30 to 40 per cent of the shells are "
        "usable, citing defects found by Ukrainian sappers."
    )
    assert claim_with(claims, "30 to 40").claimant == "Royal United Services Institute"
    # Officials briefed by someone pass on the briefer's words, as "lawmakers briefed by the NIS said" does: the
    # briefer is the source, and both hands it passed through stay readable (blind round 17).
    cited = claims_of("The Financial Times, citing officials briefed by the NIS, said 3,000 more troops had arrived.")
    assert (claim_with(cited, "3,000").claimant, claim_with(cited, "3,000").via) == (
        "National Intelligence Service", "officials via Financial Times")


def test_claims_split_from_one_sentence_never_share_an_id() -> None:
    # Garbled text of the kind a bad OCR or a spliced page gives: one sentence counting several subjects, whose
    # second group of figures starts where the first claim does.
    for text in (
        "A couple hundred North Korean troops were killed or wounded in place in the Kursk region, told Voice of "
        "America earlier this month reported the number of North Korean soldiers deployed to help Russia could "
        "rise to 406,989 which would mean about 60,000 soldiers serving in rotation within a year, he said.",
        "Epureanu also noted that Russia had 8,654 T-6s in storage in 100 reported citing a North Korean troops "
        "had been injured and several officers killed last week by missiles that Ukraine launched.",
    ):
        claims = claims_of(text)
        assert len(claims) >= 2
        assert len({c.id for c in claims}) == len(claims)


def test_a_bulleted_item_gives_its_source_without_the_bullet() -> None:
    # The normaliser writes Markdown and HTML list items with a leading "• ".
    claims = claims_of(
        "• The NIS estimated 300 killed and 2,700 wounded as of February.",
        "• A US official put losses at \"around 1,000\" in January.",
    )
    assert claim_with(claims, "2,700").claimant == "National Intelligence Service"
    assert claim_with(claims, "1,000").claimant == "US official"
    assert not any(c.text.startswith("•") for c in claims)


def test_a_label_naming_a_country_and_its_body_in_brackets_is_the_bodys() -> None:
    claims = claims_of(
        "• Ukraine (HUR): 11,000–12,000 soldiers in Kursk by December 2024.",
        "• South Korea (NIS): about 11,000, with 3,000 more sent in early 2025.",
    )
    assert claim_with(claims, "11,000–12,000").claimant == "Defence Intelligence of Ukraine"
    assert claim_with(claims, "3,000").claimant == "National Intelligence Service"
    # Only the first sentence of an item is the label's.
    more = claims_of("HUR: 11,000 soldiers in Kursk. Moscow said 2,000 had left.")
    assert claim_with(more, "2,000").claimant == "Moscow"


def test_words_that_run_into_a_clause_are_no_claimant() -> None:
    from store.analysis.claimants import clean_claimant

    assert clean_claimant("couple hundred North Korean forces were killed or wounded in combat in the Kursk region") is None
    assert clean_claimant("Yoon's entire cabinet and all of his aides have offered to resign") is None
    # Names keep their capitalised words, whatever they are.
    assert clean_claimant("the Institute for What Is Next") == "Institute for What Is Next"
    assert clean_claimant("South Korea's National Intelligence Service") == "National Intelligence Service"


def test_a_korean_wire_report_gives_each_figure_its_source_and_subject() -> None:
    claims = claims_of(
        "국가정보원은 27일 북한이 올해 1~2월 러시아에 약 3000명을 추가로 파병한 것으로 파악된다고 밝혔다.",
        "우크라이나 정보총국(HUR)은 앞서 북한군 사상자가 4000명을 넘었다고 주장한 바 있다.",
        '한편 젤렌스키 대통령은 "북한이 러시아 포탄의 60%를 공급하고 있다"고 말했다.',
    )
    # "1~2월" is January to February, no count; the bare count of people "sent as troops" (파병) is troops.
    assert not any(f.surface == "1" for c in claims for f in c.figures)
    sent = claim_with(claims, "3000명")
    assert (sent.claimant, sent.subject) == ("National Intelligence Service", "troops_deployed")
    # "…고 주장한 바 있다" (has claimed) reports; the bracketed acronym names the body.
    assert claim_with(claims, "4000명").claimant == "Defence Intelligence of Ukraine"
    # "한편" (meanwhile) opens the sentence, no part of the speaker's name; "젤렌스키 대통령" is President Zelensky,
    # named as the alias list spells him.
    assert claim_with(claims, "60%").claimant == "Volodymyr Zelenskyy"
    # A title is dropped only from a person the alias list knows: a spokesperson of a ministry stays as written.
    spokesperson = claims_of("국방부 대변인은 북한군 약 1만1000명이 쿠르스크에 배치됐다고 밝혔다.")
    assert claim_with(spokesperson, "1만1000명").claimant == "국방부 대변인"


def test_a_russian_report_gives_its_speakers_shares_and_counted_things() -> None:
    claims = claims_of(
        "Главное управление разведки Минобороны Украины (ГУР) оценивает поставки северокорейских снарядов в Россию "
        "примерно в 6 млн штук, заявил глава ведомства Кирилл Буданов.",
        "По его словам, почти половина снарядов, которые использует российская армия, произведена в КНДР.",
        "Ранее южнокорейская разведка сообщала, что Пхеньян отправил в Россию более 20 тысяч контейнеров с "
        "боеприпасами.",
        "По данным Пентагона, в Курской области находятся около 11 тысяч северокорейских военных.",
    )
    # ", заявил глава ведомства Кирилл Буданов": role words stand between the verb and the name; "6 млн штук"
    # (pieces) counts the shells named before, and "примерно в" hedges it.
    shells = claim_with(claims, "6 млн")
    assert (shells.claimant, shells.figures[0].unit, shells.figures[0].qualifier) == ("Kyrylo Budanov", "shells",
                                                                                     "approx")
    # "По его словам" is the man just named; "почти половина" is a share.
    half = claim_with(claims, "половина")
    assert (half.claimant, half.subject, half.figures[0].value) == ("Kyrylo Budanov", "ammunition_share", 50.0)
    # An imperfective past ("сообщала") reports, and a body in lower case can report it.
    containers = claim_with(claims, "20 тысяч")
    assert (containers.claimant, containers.figures[0].unit) == ("National Intelligence Service", "containers")
    # The genitive "Пентагона" is the Pentagon.
    assert claim_with(claims, "11 тысяч").claimant == "Pentagon"


def test_denials_in_russian_ukrainian_and_korean_are_denials() -> None:
    claims = claims_of(
        "В Кремле эти данные не комментируют. Песков назвал сообщения о поставках «спекуляциями».",
        "Північна Корея спростувала повідомлення про відправлення 12 тисяч військових.",
        "북한 외무성은 러시아 파병 사실을 부인했다.",
    )
    by_speaker = {c.claimant: c.denied for c in claims}
    assert by_speaker == {"Dmitry Peskov": True, "Північна Корея": True, "북한 외무성": True}
    # Reporting is no denial.
    assert not claim_with(claims_of("Южнокорейская разведка сообщила о 3 тысячах военных."), "3 тысячах").denied


def test_a_body_that_told_lawmakers_it_believed_is_the_speaker_not_its_audience() -> None:
    claims = claims_of(
        "Ukraine's military intelligence said 4,000 had been killed or wounded.",
        "Seoul has been more cautious still. Its National Intelligence Service told lawmakers it believed about 300 "
        "had died, but it acknowledged that the true figure could be higher.",
    )
    assert claim_with(claims, "about 300").claimant == "National Intelligence Service"


def test_saying_nothing_or_declining_to_say_is_no_claim() -> None:
    claims = claims_of("North Korea itself has said nothing about losses, though state media showed a memorial.")
    assert claims == []
    assert claims_of("Singh declined to say how many had been killed.") == []
    # A refusal followed by a statement still states it.
    later = claims_of("Officials declined to give a figure but said 2,000 troops had moved.")
    assert claim_with(later, "2,000").claimant == "Officials"


REPORT_WITH_NOTES = """North Korea's Munitions Pipeline to Russia: An Assessment

Key findings

- North Korea has likely shipped more than 20,000 containers of munitions to Russia since August 2023.[1]
- Russian forces may fire up to 10,000 shells a day, of which North Korean rounds could make up half.[2]
- Wikipedia-style marks with no notes in the document are still removed.[7]

Satellite imagery of the port of Rajin showed at least 64 rail cars loaded with containers on a single day in
October 2024, the highest count since the shipments began, according to the analysts who reviewed it.[1]

[1] South Korean Ministry of National Defense, press briefing, Feb. 2025.
[2] Author's calculation based on RUSI data.
"""


def test_a_figure_marked_with_a_note_is_the_noted_sources_unless_the_note_is_the_writers_own() -> None:
    from store.analysis import analyse_articles
    from store.normalise import normalise_bytes

    article = normalise_bytes(REPORT_WITH_NOTES.encode(), "brief.txt", suffix=".txt").articles[0]
    texts = [p.text for p in article.passages]
    assert any(text.endswith("since August 2023.[1]") for text in texts)  # the mark stays: its note is here
    assert any(text.endswith("are still removed.") for text in texts)  # no note [7]: the mark goes
    # A paragraph ending in a kept mark still ends a sentence: it stays in the article as body.
    assert [p.kind for p in article.passages if p.text.endswith("reviewed it.[1]")] == ["body"]
    claims = analyse_articles([article])
    assert claim_with(claims, "20,000").claimant == "South Korean Ministry of National Defense"
    assert claim_with(claims, "10,000").claimant is None  # "Author's calculation": the report's own


def test_a_print_view_whose_paragraphs_end_in_kept_note_marks_keeps_its_article() -> None:
    from store.normalise import normalise_bytes

    page = (
        "- Harbour Watch - https://harbour.example -\n\nRajin Port: Busier Than Ever\n\n"
        "Posted By Min-ji Seo On March 12, 2025 @ 9:00 am In Analysis | No Comments\n\n"
        # Paragraphs of under thirty words: only their final stop tells them from a headline.
        "North Korea has sent an additional 3,000 troops to Russia this year, South Korean officials said, most of "
        "them to the Kursk region.[1]\n\n"
        "The Joint Chiefs of Staff said Pyongyang had also shipped about 240 rocket launchers since the autumn.[2]\n\n"
        "URLs in this post:\n\n[1] South Korean Ministry of National Defense, briefing\n[2] Planet Labs imagery\n"
    )
    result = normalise_bytes(page.encode(), "print.txt", suffix=".txt")
    assert len(result.articles) == 1  # the marks once made every paragraph look unfinished: all was furniture
    assert [p.text[-12:] for p in result.articles[0].passages if p.kind == "body"] == ["k region.[1]", "e autumn.[2]"]


def test_a_body_named_before_which_said_is_the_claimant_a_place_is_not() -> None:
    for sentence, body in (
        ('The estimate is in line with that of the Pentagon, which said in January that North Korean casualties '
         'were "in the low thousands".', "Pentagon"),
        ("The figure came from the Institute for the Study of War, which said 12,000 troops had arrived.",
         "Institute for the Study of War"),
        ("The figure is higher than that of South Korea's defence ministry, which estimated 11,000 troops.",
         "South Korea's defence ministry"),
    ):
        claims = claims_of(sentence)
        assert [c.claimant for c in claims] == [body], sentence
    assert [c.claimant for c in claims_of("The troops arrived in Kursk, which said 3,000 more would follow.")] == [None]
