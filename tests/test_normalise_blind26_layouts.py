"""Blind round 26, layouts: a writer's name of four words set in capitals, a section's label in capitals over the
headline, a short deck with no byline under it, a Chinese portal's and Japanese papers' mastheads, a think tank's
brief kept as LaTeX source, an author box at the story's foot, Japanese bylines (a closing credit in full-width
brackets, a place and a writer joined by "＝" with the stamp run on), a share box flattened to one line, and a
web story's "Page 1 of 3" set between dashes.

Each case is written as an unseen source would write it; what must hold is the body whole and in order, the
title, outlet, author and date right, and furniture out of the text but on record.
"""

from __future__ import annotations

import textwrap

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts, texts_by_kind

_HEADLINE = "North Korean units pulled back from Kursk front, Ukraine's intelligence says"

# --- a writer's name of four words, joined by particles, set in capitals under a masthead ------------------


@pytest.mark.parametrize(
    ("stamp", "writer"),
    [
        ("MARIA DE LA CRUZ — 17 FEBRUARY 2025", "MARIA DE LA CRUZ"),
        ("LUDWIG VAN DER BERG - 17 FEBRUARY 2025", "LUDWIG VAN DER BERG"),
        ("Maria de la Cruz, 17 February 2025", "Maria de la Cruz"),
    ],
)
def test_a_four_word_name_joined_by_particles_signs_the_story_and_is_never_the_outlet(stamp: str, writer: str) -> None:
    result = normalise_named(f"Kyiv Post\n\n{_HEADLINE}\n\n{stamp}\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, "Kyiv Post", writer, "2025-02-17")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    # Four capitalised words with no particle between them are a desk's name, and sign nothing.
    desk = only_article(normalise_named(f"Kyiv Post\n\n{_HEADLINE}\n\nNORTH KOREA WAR DESK — 17 FEBRUARY 2025\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (desk.outlet, desk.author) == ("Kyiv Post", None)


# --- a section's label in capitals over the headline --------------------------------------------------------


@pytest.mark.parametrize("label", ["KOREAN PENINSULA", "EASTERN EUROPE", "WORLD NEWS", "LOCAL NEWS"])
@pytest.mark.parametrize("masthead", ["", "Kyiv Post\n\n"])
def test_a_section_label_in_capitals_over_the_headline_is_neither_title_nor_outlet(label: str, masthead: str) -> None:
    result = normalise_named(f"{masthead}{label}\n\n{_HEADLINE}\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet) == (_HEADLINE, "Kyiv Post" if masthead else None)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert label in removed_texts(result, "section-label")
    # A headline in capitals over its deck stays the title: "ARMS FOR OIL" has the small word a headline has
    # and a region's name has not.
    deck = "How North Korea became Russia's arsenal of shells and soldiers"
    headed = only_article(normalise_named(f"{masthead}ARMS FOR OIL\n\n{deck}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (headed.title, headed.dek) == ("ARMS FOR OIL", deck)


# --- a short deck under a headline, with no byline ----------------------------------------------------------


@pytest.mark.parametrize("deck", ["Seoul says the troops moved weeks ago", "Kyiv counts fewer units near Sudzha"])
def test_a_short_deck_right_under_a_plain_headline_is_the_deck_not_a_heading(deck: str) -> None:
    article = only_article(normalise_named(f"{_HEADLINE}\n\n{deck}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"))
    assert article.title == _HEADLINE
    assert texts_by_kind(article) == {"dek": [deck], "body": [PROSE_1, PROSE_2, PROSE_3]}
    # A heading the markup sets under the title stays a heading.
    marked = only_article(normalise_named(f"# {_HEADLINE}\n\n## {deck}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n", "note.md"))
    assert texts_by_kind(marked)["heading"] == [deck]


# --- mastheads: Japanese papers' online editions (the Chinese portal is in round25c) ------------------------------------------


_JA_HEAD = "北朝鮮兵、クルスク前線から後退か…韓国情報機関"
_JA_1 = "韓国の情報機関、国家情報院は4日、ロシア西部のクルスク州に派遣された北朝鮮の兵士が前線から後退したと明らかにした。"
_JA_2 = "国家情報院によると、北朝鮮の兵士はおよそ1万1000人がロシアに派遣され、多くの死傷者が出ているという。"


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("読売新聞オンライン", "The Yomiuri Shimbun"), ("毎日新聞", "The Mainichi"), ("産経ニュース", "The Sankei Shimbun")],
)
def test_a_japanese_papers_masthead_names_the_paper_and_is_no_title(masthead: str, outlet: str) -> None:
    article = only_article(normalise_named(f"{masthead}\n\n{_JA_HEAD}\n\n2024/11/04 15:30\n\n{_JA_1}\n\n{_JA_2}\n"))
    assert (article.title, article.outlet, article.published) == (_JA_HEAD, outlet, "2024-11-04")
    assert body_texts(article) == [_JA_1, _JA_2]


# --- Japanese bylines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("credit", ["（ソウル支局 山田太郎記者）", "（ソウル支局　山田太郎記者）"])
def test_a_japanese_closing_credit_in_brackets_signs_the_story_and_leaves_the_body(credit: str) -> None:
    result = normalise_named(f"NHKニュース\n\n{_JA_HEAD}\n\n2024年11月4日 15時30分\n\n{_JA_1}\n\n{_JA_2}\n\n{credit}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_JA_HEAD, "NHK", "山田太郎", "2024-11-04")
    assert body_texts(article) == [_JA_1, _JA_2]


@pytest.mark.parametrize("stamp", ["ソウル＝鈴木花子2024年11月4日 15時30分", "ソウル＝鈴木花子 2024年11月4日 15時30分"])
def test_a_japanese_place_and_writer_joined_by_an_equals_sign_with_the_stamp_run_on_sign_and_date(stamp: str) -> None:
    result = normalise_named(f"朝日新聞デジタル\n\n{_JA_HEAD}\n\n{stamp}\n\n{_JA_1}\n\n{_JA_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_JA_HEAD, "The Asahi Shimbun", "鈴木花子", "2024-11-04")
    assert body_texts(article) == [_JA_1, _JA_2]
    assert stamp in removed_texts(result)


# --- a think tank's brief as LaTeX source --------------------------------------------------------------------

_LATEX = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage{hyperref}
%% Draft for the Korea programme -- not for circulation
\title{North Korea's Troops in Kursk: What Seoul Knows}
\author{Jenny Town\thanks{Senior Fellow, Stimson Center}}
\date{14 March 2025}
\begin{document}
\maketitle

\begin{abstract}
South Korea's intelligence service told lawmakers on Wednesday that North Korean units had moved from training grounds in the Russian Far East to the front line in Kursk.
\end{abstract}

\section{Deployment}
The agency said the soldiers were issued Russian uniforms and identity papers describing them as residents of the \emph{Buryatia} republic.\footnote{Yonhap, 13 March 2025.}

Analysts in Seoul said the transfer of troops was being paid for partly with oil deliveries and partly with technical help for Pyongyang's missile programme~\cite{kida2025}.
\end{document}
"""


def test_a_latex_brief_gives_its_title_author_date_and_prose_with_notes_and_set_up_on_record() -> None:
    result = normalise_named(_LATEX, "brief.tex")
    article = only_article(result)
    assert (article.title, article.author, article.published) == ("North Korea's Troops in Kursk: What Seoul Knows", "Jenny Town", "2025-03-14")
    assert texts_by_kind(article) == {"body": [PROSE_1, PROSE_2, PROSE_3], "heading": ["Deployment"]}
    assert [p.text for p in article.passages] == [PROSE_1, "Deployment", PROSE_2, PROSE_3]
    removed = removed_texts(result)
    assert "Yonhap, 13 March 2025." in removed and "Senior Fellow, Stimson Center" in removed
    assert "\\usepackage{hyperref}" in removed
    assert not any("\\" in p.text or "{" in p.text for p in article.passages)


def test_a_latex_briefs_wrapped_paragraphs_read_whole_and_two_authors_are_named_as_written() -> None:
    wrapped = [textwrap.fill(p, 72) for p in (PROSE_1, PROSE_2, PROSE_3)]
    source = (
        "\\documentclass{article}\n\\title{Kursk and after}\n\\author{Jenny Town \\and Sam Greene}\n\\date{\\today}\n"
        f"\\begin{{document}}\n\\maketitle\n\n{wrapped[0]}\n\n\\subsection*{{The money}}\n{wrapped[1]}\n\n{wrapped[2]}\n\\end{{document}}\n"
    )
    article = only_article(normalise_named(source, "brief.tex"))
    assert (article.title, article.author, article.published) == ("Kursk and after", "Jenny Town and Sam Greene", None)
    assert [p.text for p in article.passages] == [PROSE_1, "The money", PROSE_2, PROSE_3]


# --- an author box at the story's foot ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "About the author: Olha Hlushchenko is a Kyiv Post reporter covering defence and security.",
        "About the author — Olha Hlushchenko is a reporter at the Kyiv Post covering defence.",
        "ABOUT THE AUTHOR\nOlha Hlushchenko is a Kyiv Post reporter covering defence and security.",
    ],
)
def test_an_author_box_under_the_story_is_no_body_and_names_the_writer_nobody_else_signs(box: str) -> None:
    result = normalise_named(f"Kyiv Post\n\n{_HEADLINE}\n\n17 February 2025\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{box}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, "Kyiv Post", "Olha Hlushchenko", "2025-02-17")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert box.replace("\n", " ") in [t.replace("\n", " ") for t in removed_texts(result, "author-bio")]


def test_a_russian_author_box_with_a_dash_names_the_writer_and_leaves_the_body() -> None:
    head = "Севернокорейские части отведены с курского фронта"
    lede = "Служба разведки Южной Кореи сообщила депутатам, что северокорейские подразделения переброшены на передовую в Курской области."
    more = "По данным ведомства, солдатам выдали российскую форму и документы жителей Бурятии."
    box = "Об авторе: Ирина Петрова — корреспондент, пишет о войне."
    result = normalise_named(f"{head}\n\n17 февраля 2025\n\n{lede}\n\n{more}\n\n{box}\n")
    article = only_article(result)
    assert (article.title, article.author, article.published) == (head, "Ирина Петрова", "2025-02-17")
    assert body_texts(article) == [lede, more]
    assert removed_texts(result, "author-bio") == [box]


def test_a_pages_author_box_is_not_the_markups_author_and_its_share_box_is_no_deck() -> None:
    page = (
        f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>"
        "<div class='share'><span>Share this article</span> <button>Copy link</button> <a>Facebook</a> <a>Twitter</a> <a>X</a></div>"
        f"<p>By Olha Hlushchenko</p><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p>"
        "<div class='author-box'><h3>About the author</h3><p>Olha Hlushchenko is a reporter at Kyiv Post covering defence.</p></div>"
        "</article></body></html>"
    )
    result = normalise_named(page, "story.html")
    article = only_article(result)
    assert (article.title, article.author) == (_HEADLINE, "Olha Hlushchenko")
    assert texts_by_kind(article) == {"body": [PROSE_1, PROSE_2, PROSE_3]}
    assert any(t.startswith("Share this article") for t in removed_texts(result))


# --- a web story's pages in one file -------------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["— Page {n} of 3 —", "[Page {n} of 3]", "- Page {n} of 3 -"])
def test_a_pagers_page_of_line_between_dashes_or_brackets_leaves_the_body_whole(mark: str) -> None:
    pages = [mark.format(n=n) for n in (1, 2, 3)]
    text = f"{_HEADLINE}\n\nBy Olha Hlushchenko\n17 February 2025\n\n{PROSE_1}\n\n{pages[0]}\n\n{PROSE_2}\n\n{pages[1]}\n\n{PROSE_3}\n\n{pages[2]}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.author, article.published) == (_HEADLINE, "Olha Hlushchenko", "2025-02-17")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert removed_texts(result, "page-number") == pages


# --- a writer's stamp with a weekday, set apart by a bar, on a page with no masthead ---------------------------


@pytest.mark.parametrize("stamp", ["Olha Hlushchenko | Monday, 17 February 2025", "Olha Hlushchenko · Mon, 17 Feb 2025, 14:32"])
@pytest.mark.parametrize("above", [False, True])
def test_a_writers_stamp_with_a_weekday_after_a_bar_signs_the_story_and_names_no_outlet(stamp: str, above: bool) -> None:
    head = f"{stamp}\n\n{_HEADLINE}" if above else f"{_HEADLINE}\n\n{stamp}"
    article = only_article(normalise_named(f"{head}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, None, "Olha Hlushchenko", "2025-02-17")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    # An outlet's name in that slot is still the outlet.
    paper = only_article(normalise_named(f"{_HEADLINE}\n\n{stamp.replace('Olha Hlushchenko', 'Kyiv Post')}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (paper.outlet, paper.author) == ("Kyiv Post", None)


@pytest.mark.parametrize("mark", ["(continued)", "(cont.)", "[cont'd]"])
def test_the_headline_printed_again_as_its_continuation_is_furniture_not_a_heading(mark: str) -> None:
    repeat = f"{_HEADLINE} {mark}"
    text = f"{_HEADLINE}\n\nBy Olha Hlushchenko\n17 February 2025\n\n{PROSE_1}\n\n{repeat}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert repeat in removed_texts(result, "jump-line")


# --- Korean and Japanese pages' pictures, stamps and share rows -----------------------------------------------

_KO_HEAD = "북한군, 쿠르스크 전선서 후퇴"
_KO_1 = "북한군이 러시아 쿠르스크 지역에서 전선 후방으로 물러난 것으로 파악됐다고 국가정보원이 4일 밝혔다."
_KO_2 = "국정원은 북한군 사상자가 4천명을 넘어선 것으로 추정했다."


@pytest.mark.parametrize("caption", ["러시아 쿠르스크 지역의 북한군 병사들. 우크라이나군 제공", "쿠르스크 전선으로 이동하는 북한군 병사들. 우크라이나 특수작전군 영상 캡처"])
def test_a_korean_caption_closed_by_its_source_is_a_caption_and_the_share_row_is_furniture(caption: str) -> None:
    text = f"한겨레\n\n{_KO_HEAD}\n\n등록 2024-11-04 15:30\n\n박지영 기자\n\n{caption}\n\n{_KO_1}\n\n{_KO_2}\n\n기사 공유하기\n페이스북 트위터 카카오톡\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_KO_HEAD, "The Hankyoreh", "박지영", "2024-11-04")
    assert texts_by_kind(article) == {"caption": [caption], "body": [_KO_1, _KO_2]}
    assert "기사 공유하기\n페이스북 트위터 카카오톡" in removed_texts(result, "share-prompt")


def test_a_japanese_caption_closed_by_the_wires_that_passed_it_on_is_a_caption_and_a_bracketed_zone_dates() -> None:
    caption = "ロシア西部クルスク州の前線（ロイター＝共同）"
    text = f"共同通信\n\n{_JA_HEAD}\n\n2024年11月4日 15:30 (JST)\n\n{caption}\n\n{_JA_1}\n\n{_JA_2}\n"
    article = only_article(normalise_named(text))
    assert (article.title, article.outlet, article.published) == (_JA_HEAD, "Kyodo News", "2024-11-04")
    assert texts_by_kind(article) == {"caption": [caption], "body": [_JA_1, _JA_2]}
    # A story's closing wire tag after its last full stop stays the paragraph's.
    tagged = f"{_JA_2}（ロイター＝共同）"
    closing = only_article(normalise_named(f"共同通信\n\n{_JA_HEAD}\n\n2024年11月4日 15:30 (JST)\n\n{_JA_1}\n\n{tagged}\n"))
    assert texts_by_kind(closing) == {"body": [_JA_1, tagged]}


@pytest.mark.parametrize("player", ["Listen to this article\n4 min", "Listen to this article\n6 min listen"])
def test_an_audio_players_length_under_its_listen_prompt_is_no_heading(player: str) -> None:
    result = normalise_named(f"{_HEADLINE}\n\nBy Olha Hlushchenko\n17 February 2025\n\n{player}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    article = only_article(result)
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert player.split("\n")[1] in removed_texts(result)
