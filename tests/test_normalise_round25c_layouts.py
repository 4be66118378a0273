"""Round 25c, layouts: a writer's line set in capitals under a masthead and a title, Chinese papers' mastheads
in their own script, and a region's or a topic's name set as a label over the headline.

Each case is written as an unseen source would write it; what must hold is the title, outlet, author and
date right, and the label out of the title but on record.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, body_texts, normalise_named, only_article, removed_texts

_HEADLINE = "North Korean units pulled back from Kursk front, Ukraine's intelligence says"

# --- a writer's line in capitals under the masthead and the title ------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"), [("Ukrainska Pravda", "Ukrainska Pravda"), ("Kyiv Post", "Kyiv Post"), ("Українська правда", "Ukrainska Pravda")]
)
@pytest.mark.parametrize(
    ("stamp", "writer"),
    [
        ("OLHA HLUSHCHENKO — 17 FEBRUARY 2025", "OLHA HLUSHCHENKO"),
        ("OLHA HLUSHCHENKO — MONDAY, 17 FEBRUARY 2025, 14:32", "OLHA HLUSHCHENKO"),
        ("ROMAN PETRENKO – 17 February 2025", "ROMAN PETRENKO"),
        ("MARIA DE LA CRUZ - 17 FEBRUARY 2025", "MARIA DE LA CRUZ"),
    ],
)
def test_a_writers_line_in_capitals_under_a_masthead_signs_and_dates_and_is_never_the_outlet(masthead: str, outlet: str, stamp: str, writer: str) -> None:
    result = normalise_named(f"{masthead}\n\n{_HEADLINE}\n\n{stamp}\n\n{PROSE_1}\n\n{PROSE_2}\n", "up.txt")
    article = only_article(result)
    # (kept as written: the page set it in capitals)
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, outlet, writer, "2025-02-17")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    # A paper's name in capitals in that slot signs nothing.
    paper = only_article(normalise_named(f"{masthead}\n\n{_HEADLINE}\n\n{stamp.replace(writer, 'THE KOREA HERALD')}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (paper.author, paper.published) == (None, "2025-02-17")


# --- Chinese papers' mastheads in their own script -----------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    # the paper, and its site (环球网, added in session 26)
    [("环球时报", "Global Times"), ("環球時報", "Global Times"), ("环球网", "Global Times"), ("環球網", "Global Times")],
)
def test_a_chinese_papers_masthead_in_its_own_script_names_the_paper(masthead: str, outlet: str) -> None:
    head = "韩国国情院称朝鲜向俄罗斯增派约3000名士兵"
    lede = "据韩联社报道，韩国国家情报院24日表示，朝鲜今年1至2月向俄罗斯增派了约3000名士兵。"
    more = "韩方估计，朝鲜军队在库尔斯克地区伤亡约4000人。"
    article = only_article(normalise_named(f"{masthead}\n\n{head}\n\n{lede}\n\n{more}\n"))
    assert (article.title, article.outlet) == (head, outlet)
    assert body_texts(article) == [lede, more]


def test_a_chinese_papers_weibo_account_names_the_paper() -> None:
    post = "【韩国军方：朝鲜向俄罗斯增派约3000名士兵】据韩联社报道，韩国联合参谋本部24日表示，朝鲜今年1至2月向俄罗斯增派了约3000名士兵。#朝鲜向俄增兵#"
    article = only_article(normalise_named(f"環球時報\n2月24日 10:15 来自 微博 weibo.com\n{post}\n转发 128  评论 356  赞 2041\n"))
    assert article.outlet == "Global Times"


# --- a region's or a topic's name over the headline ---------------------------------------------------------


@pytest.mark.parametrize("label", ["Korean Peninsula", "Asia Pacific", "Eastern Europe", "Defence Industry"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("under", ["", "By Jane Doe\n14 March 2025\n\n"])
def test_a_short_named_label_over_a_longer_headline_is_the_section_not_the_title(label: str, gap: str, under: str) -> None:
    result = normalise_named(f"{label}{gap}{_HEADLINE}\n\n{under}{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert article.title == _HEADLINE
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert label in removed_texts(result)


_SHORT_HEADLINES_OVER_DECKS = [
    ("Kim Visits Moscow", "The leader's second trip in a year comes as his troops fight in Kursk"),  # a verb: a headline
    ("Kim's Gambit", "Why Pyongyang sent its soldiers to fight for Russia"),  # a possessive: a headline
    ("Cannon Fodder", "Soldiers had been pulled back after heavy losses, officials in Kyiv said on Monday."),  # a deck's sentence under it
]


def test_a_named_label_between_the_masthead_and_the_headline_is_the_section() -> None:
    result = normalise_named(f"Ukrainska Pravda\n\nKorean Peninsula\n\n{_HEADLINE}\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet) == (_HEADLINE, "Ukrainska Pravda")
    assert "Korean Peninsula" in removed_texts(result)
    # A short headline over its deck stays the title: a verb, a possessive, or a sentence under it tells it from a label.
    for title, under in _SHORT_HEADLINES_OVER_DECKS:
        headed = only_article(normalise_named(f"{title}\n\n{under}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
        assert (headed.title, body_texts(headed)) == (title, [PROSE_1, PROSE_2])
