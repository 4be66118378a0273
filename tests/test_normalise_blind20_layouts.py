"""Blind round 20 (page layouts): one-line files that are themselves hostile markup; Google-cache and
archive.today wrappers; print views; <aside>s inside a story's <article>; "What we know" summaries kept as
text; live-blog entries; Q&A explainers; editors' notes and corrections kept at the end; syndication footers
in English and German; text from a PDF with folios, running heads and a word hyphenated over a page break; a
newsletter of stories set apart by ornaments; an Atom entry of XHTML content; Hugo front matter; a two-city
wire dateline under a headline in capitals; Korean, Japanese, Russian, German and French furniture words;
cookie notices, comment sections and share bars."""

from __future__ import annotations

from normalise_samples import PROSE_1 as S1
from normalise_samples import PROSE_2 as S2
from normalise_samples import PROSE_3 as S3
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

from store.normalise import normalise_bytes

S4 = (
    "Ukraine's defence ministry said its drones had struck a column of trucks carrying North Korean soldiers "
    "near the town of Sudzha late on Monday."
)
KO1 = "국방부는 5일 러시아 쿠르스크 지역에 투입된 북한군이 우크라이나군과 소규모 교전을 벌인 것으로 보인다고 밝혔다."
KO2 = "국방부 대변인은 북한군의 정확한 사상자 규모는 아직 파악되지 않았다며 관련 동향을 면밀히 추적하고 있다고 말했다."
JA1 = "韓国国家情報院は6日、ロシアに派遣された北朝鮮兵の一部がクルスク州の前線に配置されたと国会に報告した。"
JA2 = "国情院によると、北朝鮮兵はロシア軍の制服を着用し、極東地域の住民を装う身分証を支給されているという。"
RU1 = "Южнокорейская разведка сообщила, что северокорейские военные переброшены из учебных лагерей на Дальнем Востоке в Курскую область."
RU2 = "По данным ведомства, солдатам выдали российскую форму и документы жителей Бурятии."
DE1 = "Nordkoreanische Soldaten sind nach Angaben aus Seoul inzwischen an der Front im russischen Gebiet Kursk im Einsatz."
DE2 = "Der südkoreanische Geheimdienst schätzt ihre Zahl auf rund elftausend Mann, die in mehreren Zügen verlegt wurden."
FR1 = "Des soldats nord-coréens ont été déployés sur le front de Koursk, selon le renseignement sud-coréen cité mercredi par des députés."
FR2 = "Selon les services de Séoul, ces militaires portent des uniformes russes et des papiers d'identité de la Bouriatie."


def _html(body: str, title: str = "North Korean units move to Kursk front", head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def _page(data: bytes, name: str = "page.html"):  # type: ignore[no-untyped-def]
    return normalise_bytes(data, name, suffix=".html")


def _texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.passages]


def _joined(result) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for a in result.articles for p in a.passages)


def _keeps_each(result, *sentences: str) -> None:  # type: ignore[no-untyped-def]
    text = _joined(result)
    missing = [s for s in sentences if s not in text]
    assert not missing, (missing, text)


def _drops_each(result, *furniture: str) -> None:  # type: ignore[no-untyped-def]
    """Each piece of furniture is in no passage and on record among the removals (never dropped silently)."""
    text = _joined(result)
    removed = "\n".join(_removed(result))
    for piece in furniture:
        assert piece not in text, (piece, text)
        assert piece in removed, (piece, removed)


# --- one-line files that are hostile markup -------------------------------------------------------------------


def test_a_one_line_file_of_textual_markup_and_a_terminal_escape_is_an_article_shown_literally():
    line = "[@click=app.quit]Seoul says [red]11,000[/red] North Korean troops are in Kursk"
    article = _only(_normalise(line + " \x1b[31mtonight\x1b[0m\n"))
    assert _texts(article) == [line + " tonight"]
    assert "\x1b" not in (article.title or "")


def test_a_one_line_file_of_rich_style_tags_is_an_article_and_keeps_the_tags_as_printed():
    line = "[bold red]North Korean soldiers reach the Kursk front, Seoul's spies say[/]"
    article = _only(_normalise(line + "\n"))
    assert _texts(article) == [line]


def test_a_one_line_file_opening_with_a_link_action_tag_is_an_article():
    line = "[@click=screen.dismiss]Pyongyang sends more artillery shells to Russia by rail"
    article = _only(_normalise(line + "\n"))
    assert _texts(article) == [line]


def test_a_one_line_file_of_bare_tags_and_labels_is_still_no_article():
    result = _normalise("[@click=app.quit][red]Menu[/red] [b]Home[/b] [i]World[/i]\n")
    assert result.articles == [] and result.removed


# --- wrappers: caches, archives, print views ------------------------------------------------------------------


def test_a_google_cache_wrapper_is_not_text_and_the_cached_story_is_whole():
    banner = (
        '<div id="bN015htcoyT__google-cache-hdr"><div>This is Google\'s cache of '
        '<a href="https://example.org/nk-kursk">https://example.org/nk-kursk</a>. It is a snapshot of the page as it '
        "appeared on 6 Nov 2024 08:14:02 GMT. The current page could have changed in the meantime.</div>"
        '<div>Full version Text-only version View source</div><div>Tip: To quickly find your search term on this '
        "page, press Ctrl+F or ⌘-F (Mac) and use the find bar.</div></div>"
    )
    body = f"{banner}<article><h1>North Korean units move to Kursk front</h1><p>{S1}</p><p>{S2}</p><p>{S3}</p></article>"
    result = _page(_html(body))
    _keeps_each(result, S1, S2, S3)
    assert "Google's cache" not in _joined(result)
    assert "Text-only version" not in _joined(result)


def test_an_archive_today_capture_as_copied_drops_its_capture_header():
    text = (
        "archive.today\nwebpage capture\n\nSaved from\nhttps://example.org/nk-kursk\n\nsearch\n\n"
        "6 Nov 2024 08:14:02 UTC\n\nAll snapshots from host example.org\n\nWebpage Screenshot\nshare download .zip report bug or abuse\n\n"
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n{S3}\n"
    )
    article = _only(_normalise(text))
    assert article.title == "North Korean units move to Kursk front"
    assert _kinds(article)["body"] == [S1, S2, S3]


def test_a_print_view_keeps_the_story_and_drops_its_print_and_close_links_and_printed_from_line():
    text = (
        "Print this page | Close window\n\n"
        "North Korean units move to Kursk front\n\nBy Lee Hyun-woo\nNovember 6, 2024\n\n"
        f"{S1}\n\n{S2}\n\n{S3}\n\n"
        "Printed from https://www.example.org/world/asia/nk-kursk on 06/11/2024\n"
    )
    article = _only(_normalise(text))
    assert article.title == "North Korean units move to Kursk front"
    assert article.author == "Lee Hyun-woo"
    assert article.published == "2024-11-06"
    assert _kinds(article)["body"] == [S1, S2, S3]


# --- inside the story: asides, summaries, live entries, Q&A ---------------------------------------------------


def test_asides_between_an_articles_paragraphs_are_removed_and_every_paragraph_is_kept():
    body = (
        "<article><h1>North Korean units move to Kursk front</h1>"
        f"<p>{S1}</p><aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Kim Jong Un visits missile factory</a></li>"
        "<li><a href=\"/b\">Russia and North Korea sign defence pact</a></li></ul></aside>"
        f"<p>{S2}</p><aside class=\"newsletter\"><p>Get our Asia briefing in your inbox every morning.</p>"
        "<button>Sign up</button></aside>"
        f"<p>{S3}</p></article>"
    )
    result = _page(_html(body))
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert "Kim Jong Un visits missile factory" not in _joined(result)
    assert "Asia briefing" not in _joined(result)


def test_a_what_we_know_summary_above_the_story_is_kept_as_text():
    text = (
        "North Korean units move to Kursk front\n\n"
        "What we know\n"
        "• North Korean soldiers have left training camps in the Russian Far East\n"
        "• Seoul says they wear Russian uniforms and carry papers from Buryatia\n"
        "• Kyiv says its drones struck a convoy near Sudzha\n\n"
        f"{S1}\n\n{S2}\n\n{S4}\n"
    )
    article = _only(_normalise(text))
    text_out = "\n".join(_texts(article))
    assert "Seoul says they wear Russian uniforms and carry papers from Buryatia" in text_out
    assert "Kyiv says its drones struck a convoy near Sudzha" in text_out
    assert _kinds(article)["body"][-3:] == [S1, S2, S4]


def test_live_blog_entries_with_times_keep_every_entry():
    text = (
        "Live: North Korean troops in Russia\n\n"
        f"09:42 GMT\n{S1}\n\n"
        f"10:15 GMT\n{S2}\n\n"
        f"11:03 GMT\n{S4}\n"
    )
    result = _normalise(text)
    _keeps_each(result, S1, S2, S4)
    assert all(not p.text.startswith(("09:42", "10:15", "11:03")) for a in result.articles for p in a.passages if p.kind == "body")


def test_a_question_and_answer_explainer_keeps_its_questions_as_headings_and_each_answer():
    text = (
        "Explained: why North Korea is sending soldiers to Russia\n\n"
        "How many soldiers has North Korea sent?\n\n"
        f"{S1}\n\n"
        "What does Pyongyang get in return?\n\n"
        f"{S3}\n\n"
        "Have they seen combat?\n\n"
        f"{S4}\n"
    )
    article = _only(_normalise(text))
    kinds = _kinds(article)
    assert kinds["body"] == [S1, S3, S4]
    assert "What does Pyongyang get in return?" in kinds.get("heading", [])
    assert article.title == "Explained: why North Korea is sending soldiers to Russia"


def test_an_editors_note_at_the_end_of_the_story_is_kept_as_text():
    note = (
        "Editor's note: This story has been updated to say that the convoy was struck near Sudzha, "
        "not near Sumy as first reported."
    )
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{S4}\n\n{note}\n"
    article = _only(_normalise(text))
    assert note in "\n".join(_texts(article))


def test_a_correction_line_at_the_end_of_a_page_is_kept_as_text():
    note = (
        "Correction: An earlier version of this article misstated the republic named on the soldiers' papers. "
        "It is Buryatia."
    )
    result = _page(_html(f"<article><h1>North Korean units move to Kursk front</h1><p>{S1}</p><p>{S2}</p><p><em>{note}</em></p></article>"))
    assert note in _joined(result)


def test_a_syndication_footer_is_not_body_and_is_on_record():
    footer = "This article was originally published by The Korea Times and is republished here with permission."
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n{S3}\n\n{footer}\n"
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert article.outlet == "The Korea Times"
    _drops_each(result, footer)


def test_a_german_syndication_footer_is_not_body():
    footer = "Dieser Artikel erschien zuerst bei der Deutschen Welle."
    text = f"Nordkoreanische Soldaten an der Front\n\n{DE1}\n\n{DE2}\n\n{footer}\n"
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [DE1, DE2]
    _drops_each(result, footer)


# --- text from a PDF ------------------------------------------------------------------------------------------


def test_a_pdf_text_with_folios_running_heads_and_a_word_hyphenated_over_a_page_break_is_one_story():
    text = (
        "KOREA SECURITY MONITOR                                   November 2024\n\n"
        "North Korean units move to Kursk front\n\n"
        f"{S1}\n\n"
        "Analysts in Seoul said the transfer of troops was being paid for partly with oil de-\n\n"
        "1\n\f"
        "KOREA SECURITY MONITOR                                   November 2024\n\n"
        "liveries and partly with technical help for Pyongyang's missile programme.\n\n"
        f"{S4}\n\n"
        "2\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S3, S4]
    assert "KOREA SECURITY MONITOR" not in _joined(result)


# --- several stories in one file ------------------------------------------------------------------------------


def test_a_newsletter_of_stories_set_apart_by_diamond_ornaments_gives_each_story():
    text = (
        "North Korean units move to Kursk front\n\n"
        f"{S1}\n\n{S2}\n\n"
        "◆ ◆ ◆\n\n"
        "Drones strike convoy near Sudzha, Kyiv says\n\n"
        f"{S4}\n\n{S3}\n"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles] == [
        "North Korean units move to Kursk front",
        "Drones strike convoy near Sudzha, Kyiv says",
    ]
    assert [p.text for p in result.articles[1].passages if p.kind == "body"] == [S4, S3]


def test_an_atom_entry_with_xhtml_content_gives_its_paragraphs_title_author_and_date():
    text = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Korea desk</title>'
        "<entry><title>North Korean units move to Kursk front</title><author><name>Lee Hyun-woo</name></author>"
        "<published>2024-11-06T08:00:00Z</published>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        f"<p>{S1}</p><p>{S2}</p><p>{S3}</p></div></content></entry></feed>"
    )
    article = _only(_normalise(text, "feed.atom"))
    assert article.title == "North Korean units move to Kursk front"
    assert article.author == "Lee Hyun-woo"
    assert article.published == "2024-11-06"
    assert _kinds(article)["body"] == [S1, S2, S3]


def test_markdown_with_yaml_front_matter_gives_title_author_and_date_and_no_field_is_text():
    text = (
        "---\ntitle: \"North Korean units move to Kursk front\"\nauthor: Lee Hyun-woo\ndate: 2024-11-06\n"
        "tags: [north-korea, russia]\n---\n\n"
        f"{S1}\n\n{S2}\n\n## Paid in oil\n\n{S3}\n"
    )
    article = _only(_normalise(text, "post.md"))
    assert (article.title, article.author, article.published) == ("North Korean units move to Kursk front", "Lee Hyun-woo", "2024-11-06")
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert "tags:" not in "\n".join(_texts(article))


def test_an_all_capitals_headline_over_a_two_city_reuters_dateline():
    text = (
        "NORTH KOREAN UNITS MOVE TO KURSK FRONT, SEOUL SAYS\n\n"
        "By Josh Kim\n\n"
        "SEOUL/KYIV, Nov 6 (Reuters) - " + S1 + "\n\n" + S2 + "\n"
    )
    article = _only(_normalise(text))
    assert article.title == "NORTH KOREAN UNITS MOVE TO KURSK FRONT, SEOUL SAYS"
    assert article.author == "Josh Kim"
    assert article.outlet == "Reuters"
    assert _kinds(article)["body"][-1] == S2
    assert S1 in _kinds(article)["body"][0]


# --- furniture words in other languages -----------------------------------------------------------------------


def test_a_korean_page_drops_its_most_viewed_list_and_keeps_its_paragraphs():
    text = (
        "북한군, 쿠르스크서 우크라이나군과 교전\n\n"
        f"{KO1}\n\n{KO2}\n\n"
        "많이 본 뉴스\n1 김정은, 미사일 공장 현지지도\n2 러시아 외무장관 방북\n3 환율 1400원 돌파\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [KO1, KO2]
    assert "김정은, 미사일 공장 현지지도" not in _joined(result)


def test_a_japanese_page_drops_its_read_together_block_and_keeps_its_paragraphs():
    text = (
        "北朝鮮兵、クルスク前線に配置　韓国情報機関\n\n"
        f"{JA1}\n\n"
        "あわせて読みたい\n・金正恩氏、ミサイル工場を視察\n・ロシア外相が平壌を訪問\n\n"
        f"{JA2}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [JA1, JA2]
    assert "ロシア外相が平壌を訪問" not in _joined(result)


def test_a_russian_page_drops_its_see_also_line_and_partner_news_block():
    text = (
        "Северокорейские военные переброшены в Курскую область\n\n"
        f"{RU1}\n\nСмотрите также: Ким Чен Ын посетил ракетный завод\n\n{RU2}\n\n"
        "Новости партнеров\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [RU1, RU2]
    _drops_each(result, "Ким Чен Ын посетил ракетный завод")


def test_a_german_pages_might_interest_you_block_is_removed():
    text = (
        "Nordkoreanische Soldaten an der Front\n\n"
        f"{DE1}\n\n{DE2}\n\n"
        "Das könnte Sie auch interessieren\nKim Jong Un besucht Raketenfabrik\nRussland und Nordkorea schließen Pakt\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [DE1, DE2]
    assert "Kim Jong Un besucht Raketenfabrik" not in _joined(result)


def test_a_french_pages_read_too_line_between_paragraphs_is_removed():
    text = (
        "Des soldats nord-coréens sur le front de Koursk\n\n"
        f"{FR1}\n\nÀ lire également : Kim Jong-un inspecte une usine de missiles\n\n{FR2}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [FR1, FR2]
    _drops_each(result, "Kim Jong-un inspecte une usine de missiles")


# --- cookie notices, comments, share bars, captions -----------------------------------------------------------


def test_a_cookie_notice_above_the_story_is_removed_with_its_buttons():
    text = (
        "We use cookies to personalise content and ads and to analyse our traffic. "
        "By clicking Accept all you agree to the storing of cookies on your device.\n"
        "Accept all\nManage preferences\n\n"
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korean units move to Kursk front"
    assert _kinds(article)["body"] == [S1, S2]
    assert "cookies" not in _joined(result)


def test_a_comment_section_after_the_story_is_not_its_text():
    text = (
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n{S3}\n\n"
        "14 Comments\n\nJoin the conversation\n\n"
        "kimchi_watcher · 2h ago\nThis has been obvious for months, nobody wants to admit it.\n\n"
        "Reply · Report\n"
    )
    result = _normalise(text)
    assert len(result.articles) == 1
    assert _kinds(result.articles[0])["body"] == [S1, S2, S3]
    assert "Join the conversation" not in _joined(result)


def test_a_share_bar_and_a_photo_credit_between_paragraphs_leave_the_story_whole():
    text = (
        f"North Korean units move to Kursk front\n\n{S1}\n\n"
        "Share on Facebook\nShare on X\nCopy link\n\n"
        "North Korean soldiers at a training ground in a video released by Ukraine's military intelligence. "
        "(HUR/AFP via Getty Images)\n\n"
        f"{S2}\n\n{S3}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert "Share on Facebook" not in _joined(result)


def test_a_pull_quote_lifted_from_mid_sentence_and_set_with_a_capital_is_not_body_twice():
    quote = "The soldiers were issued Russian uniforms and identity papers"
    body = (
        f"<article><h1>North Korean units move to Kursk front</h1><p>{S1}</p>"
        f'<blockquote class="pullquote"><p>{quote}</p></blockquote><p>{S2}</p><p>{S3}</p></article>'
    )
    article = _only(_page(_html(body)))
    assert _kinds(article)["body"] == [S1, S2, S3]


def test_a_body_line_with_hostile_markup_in_a_longer_story_keeps_its_words_literally():
    line = "[link=https://evil.example]Kyiv says 200 North Korean soldiers were killed in one assault near Plekhovo.[/link]"
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{line}\n\n{S2}\n"
    result = _normalise(text)
    article = _only(result)
    assert line in "\n".join(_texts(article))


# --- round two: more hostile one-liners, wrappers and layouts ------------------------------------------------


def test_a_one_line_sentence_in_markup_with_an_osc_hyperlink_escape_keeps_its_words_and_loses_the_escape():
    text = (
        "\x1b]8;;https://evil.example\x1b\\[@click=app.bell]Kyiv says North Korean troops "
        "attacked near Plekhovo overnight.\x1b]8;;\x1b\\\n"
    )
    article = _only(_normalise(text))
    (line,) = _texts(article)
    assert "\x1b" not in line and "8;;" not in line
    assert line == "[@click=app.bell]Kyiv says North Korean troops attacked near Plekhovo overnight."


def test_a_hostile_markup_headline_over_its_byline_and_date_is_an_article():
    line = "[b][@click=app.quit]Russia flies North Korean wounded to Moscow hospitals[/b]"
    article = _only(_normalise(f"{line}\nBy Park Ji-won\nNovember 7, 2024\n"))
    assert _texts(article) == [line]
    assert (article.author, article.published) == ("Park Ji-won", "2024-11-07")


def test_a_korean_one_liner_wrapped_in_markup_is_an_article():
    line = "[bold]국정원 \"북한군, 쿠르스크 전선 배치\"…러시아 군복 착용[/bold]"
    article = _only(_normalise(line + "\n"))
    assert _texts(article) == [line]


def test_an_atom_entry_with_escaped_html_content_keeps_each_paragraph():
    text = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Korea desk</title>'
        "<entry><title>Drones strike convoy near Sudzha, Kyiv says</title><updated>2024-11-05T21:10:00Z</updated>"
        f'<content type="html">&lt;p&gt;{S4}&lt;/p&gt;&lt;p&gt;{S1}&lt;/p&gt;</content></entry></feed>'
    )
    article = _only(_normalise(text, "feed.xml"))
    assert article.title == "Drones strike convoy near Sudzha, Kyiv says"
    assert article.published == "2024-11-05"
    assert _kinds(article)["body"] == [S4, S1]


def test_markdown_front_matter_with_an_authors_list_and_a_timestamped_date_and_the_title_repeated_as_h1():
    text = (
        "---\ntitle: 'Drones strike convoy near Sudzha, Kyiv says'\nauthors:\n  - Oksana Melnyk\n"
        "date: 2024-11-05T21:10:00+02:00\ndraft: false\n---\n\n"
        "# Drones strike convoy near Sudzha, Kyiv says\n\n"
        f"{S4}\n\n{S1}\n"
    )
    article = _only(_normalise(text, "post.md"))
    assert article.title == "Drones strike convoy near Sudzha, Kyiv says"
    assert article.author == "Oksana Melnyk"
    assert article.published == "2024-11-05"
    assert _texts(article) == [S4, S1]


def test_a_restructuredtext_article_with_a_field_list_gives_title_author_and_date():
    text = (
        "=============================================\n"
        "Drones strike convoy near Sudzha, Kyiv says\n"
        "=============================================\n\n"
        ":author: Oksana Melnyk\n:date: 2024-11-05\n\n"
        f"{S4}\n\n{S1}\n"
    )
    article = _only(_normalise(text, "story.rst"))
    assert article.title == "Drones strike convoy near Sudzha, Kyiv says"
    assert article.author == "Oksana Melnyk"
    assert article.published == "2024-11-05"
    assert _texts(article) == [S4, S1]


def test_a_pdf_texts_page_n_of_m_footers_and_a_numbered_running_head_are_not_text():
    text = (
        "Drones strike convoy near Sudzha, Kyiv says\n\n"
        f"{S4}\n\n"
        "Page 1 of 2\n\f"
        "2 | Korea Security Monitor\n\n"
        f"{S1}\n\n{S3}\n\n"
        "Page 2 of 2\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [S4, S1, S3]
    assert "Page 2 of 2" not in _joined(result)
    assert "Korea Security Monitor" not in _joined(result)


def test_an_editors_note_above_the_story_is_kept_as_text_and_is_no_deck():
    note = "Editor's note: This is the second part of a series on North Korea's soldiers in Russia's war."
    text = f"Drones strike convoy near Sudzha, Kyiv says\n\n{note}\n\n{S4}\n\n{S1}\n"
    article = _only(_normalise(text))
    assert note in _texts(article)
    assert article.dek != note


def test_a_french_pages_newsletter_prompt_and_share_buttons_are_removed():
    text = (
        "Des soldats nord-coréens sur le front de Koursk\n\n"
        f"{FR1}\n\n"
        "Abonnez-vous à notre newsletter Asie pour recevoir chaque matin l'essentiel de l'actualité.\n\n"
        f"{FR2}\n\n"
        "Partager sur Facebook\nPartager sur X\nCopier le lien\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [FR1, FR2]
    _drops_each(result, "Abonnez-vous à notre newsletter Asie", "Partager sur Facebook")


def test_a_german_pages_cookie_banner_share_line_and_home_link_are_removed():
    text = (
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.\n"
        "Alle akzeptieren\nEinstellungen\n\n"
        "Nordkoreanische Soldaten an der Front\n\n"
        f"{DE1}\n\n{DE2}\n\n"
        "Artikel teilen\nZur Startseite\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "Nordkoreanische Soldaten an der Front"
    assert _kinds(article)["body"] == [DE1, DE2]
    _drops_each(result, "Zur Startseite", "Artikel teilen")


def test_a_spanish_pages_comment_section_is_not_text():
    text = (
        "Soldados norcoreanos en el frente de Kursk\n\n"
        "Soldados norcoreanos fueron desplegados en el frente de Kursk, según el servicio de inteligencia surcoreano citado el miércoles.\n\n"
        "Los militares visten uniformes rusos y llevan documentos de identidad de la república de Buriatia, según Seúl.\n\n"
        "Comentarios (12)\n\n"
        "juanma_77 · hace 2 horas\nEsto se sabía desde hace meses y nadie dijo nada.\n\nResponder\n"
    )
    result = _normalise(text)
    assert len(result.articles) == 1
    assert "Esto se sabía desde hace meses" not in _joined(result)
    assert "Los militares visten uniformes rusos" in _joined(result)


def test_a_korean_pages_share_bar_subscribe_button_and_photo_marker_caption_leave_the_story():
    text = (
        "북한군, 쿠르스크서 우크라이나군과 교전\n\n"
        "기자 구독\n좋아요\n공유하기\n\n"
        f"{KO1}\n\n"
        "▲ 러시아 쿠르스크 지역의 북한군 추정 병력. [사진=우크라이나 정보총국]\n\n"
        f"{KO2}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [KO1, KO2]
    assert "공유하기" not in _joined(result)


def test_a_russian_pages_subscribe_prompt_and_source_line_are_removed():
    text = (
        "Северокорейские военные переброшены в Курскую область\n\n"
        f"{RU1}\n\n{RU2}\n\n"
        "Подписывайтесь на наш канал в Telegram\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _kinds(article)["body"] == [RU1, RU2]
    _drops_each(result, "Подписывайтесь на наш канал в Telegram")


def test_a_plain_text_newsletter_of_numbered_stories_under_a_contents_gives_each_story():
    text = (
        "KOREA WATCH — Issue 212\n\nIn today's issue:\n1. North Korean units move to Kursk front\n"
        "2. Drones strike convoy near Sudzha\n\n"
        "— — —\n\n"
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n"
        "— — —\n\n"
        f"Drones strike convoy near Sudzha\n\n{S4}\n\n{S3}\n\n"
        "— — —\n\n"
        "You are receiving this email because you subscribed to Korea Watch. Unsubscribe\n"
    )
    result = _normalise(text)
    titled = {a.title: [p.text for p in a.passages if p.kind == "body"] for a in result.articles}
    assert titled.get("North Korean units move to Kursk front") == [S1, S2]
    assert titled.get("Drones strike convoy near Sudzha") == [S4, S3]
    assert "You are receiving this email" not in _joined(result)


def test_a_live_blog_with_a_key_events_box_and_entry_times_keeps_each_entry_once():
    text = (
        "Live: North Korean troops in Russia\n\n"
        "Key events\n"
        "9m ago\nDrones strike convoy near Sudzha\n"
        "1h ago\nSeoul briefs lawmakers on troop moves\n\n"
        "Show key events only\n\n"
        f"9m ago\nDrones strike convoy near Sudzha\n{S4}\n\n"
        f"1h ago\nSeoul briefs lawmakers on troop moves\n{S1}\n"
    )
    result = _normalise(text)
    text_out = _joined(result)
    assert text_out.count(S4) == 1 and text_out.count(S1) == 1
    assert "Show key events only" not in text_out


def test_a_print_view_of_a_page_drops_its_url_line_and_print_button():
    body = (
        '<div class="print-header"><a href="javascript:window.print()">Print</a> | <a href="#" onclick="window.close()">Close</a></div>'
        f"<h1>North Korean units move to Kursk front</h1><p>{S1}</p><p>{S2}</p>"
        '<p class="print-url">URL: https://www.example.org/world/asia/nk-kursk</p>'
    )
    result = _page(_html(body))
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S2]
    assert "URL:" not in _joined(result)


# --- round three ----------------------------------------------------------------------------------------------


def test_a_plain_text_pull_quote_lifted_from_mid_sentence_with_a_capital_is_no_second_body_paragraph():
    quote = "The soldiers were issued Russian uniforms and identity papers describing them as residents of the Buryatia republic"
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n“{quote}”\n\n{S3}\n"
    article = _only(_normalise(text))
    assert _kinds(article)["body"] == [S1, S2, S3]


def test_a_one_line_sentence_closed_inside_bold_tags_is_an_article():
    line = "[b]Kyiv says North Korean soldiers have taken part in assaults near Plekhovo in Kursk.[/b]"
    article = _only(_normalise(line + "\n"))
    assert _texts(article) == [line]


def test_a_one_line_txt_file_of_a_script_tag_and_a_headline_keeps_the_headline_literally():
    line = "<script>alert(1)</script>Seoul says 11,000 North Korean troops are in Kursk"
    result = _normalise(line + "\n")
    assert "Seoul says 11,000 North Korean troops are in Kursk" in _joined(result)
    assert line in _joined(result)  # shown as printed: a text file's tags are its characters


def test_a_title_case_two_city_dateline_names_the_wire():
    text = (
        "North Korean units move to Kursk front, Seoul says\n\n"
        "Seoul/Kyiv, Nov 6 (Reuters) - " + S1 + "\n\n" + S2 + "\n"
    )
    article = _only(_normalise(text))
    assert article.outlet == "Reuters"
    assert _kinds(article)["body"][-1] == S2


def test_an_update_note_above_the_story_and_a_dated_correction_under_it_are_kept():
    update = "Update, Nov. 6, 2:30 p.m.: This story has been updated with comment from the Pentagon."
    correction = "Correction, Nov. 7: An earlier version of this story gave the wrong date for the drone strike."
    text = f"Drones strike convoy near Sudzha, Kyiv says\n\n{update}\n\n{S4}\n\n{S1}\n\n{correction}\n"
    article = _only(_normalise(text))
    texts = _texts(article)
    assert update in texts and correction in texts
    assert texts.index(S4) < texts.index(correction)


def test_an_amp_page_drops_its_sidebar_menu_carousel_credits_and_ad_and_keeps_the_story():
    body = (
        '<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/asia">Asia</a></li></ul></amp-sidebar>'
        "<article><h1>North Korean units move to Kursk front</h1>"
        '<amp-carousel type="slides" layout="responsive" width="4" height="3"><figure><amp-img src="a.jpg" width="4" height="3"></amp-img>'
        "<figcaption>Soldiers at a railway station in Vladivostok. Photo: Reuters</figcaption></figure></amp-carousel>"
        f"<p>{S1}</p>"
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/nk"><div fallback>Advertisement</div></amp-ad>'
        f"<p>{S2}</p><p>{S3}</p>"
        '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share></article>'
    )
    article = _only(_page(_html(body, head='<link rel="canonical" href="https://example.org/nk">')))
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert "Advertisement" not in "\n".join(_texts(article))


def test_a_page_with_an_aside_set_inside_a_paragraph_keeps_both_halves_of_the_paragraph():
    body = (
        "<article><h1>North Korean units move to Kursk front</h1>"
        f"<p>{S1} <aside class=\"inline-related\"><a href=\"/x\">Related: Kim Jong Un visits missile factory</a></aside> {S2}</p>"
        f"<p>{S3}</p></article>"
    )
    result = _page(_html(body))
    _keeps_each(result, S1, S2, S3)
    assert "Kim Jong Un visits missile factory" not in _joined(result)


def test_a_question_and_answer_page_with_h2_questions_keeps_questions_as_headings_and_answers_as_body():
    body = (
        "<article><h1>Explained: North Korea's soldiers in Russia</h1>"
        f"<h2>How many soldiers are there?</h2><p>{S1}</p>"
        f"<h2>What does Pyongyang get?</h2><p>{S3}</p>"
        f"<h2>Have they fought?</h2><p>{S4}</p></article>"
    )
    article = _only(_page(_html(body, title="Explained: North Korea's soldiers in Russia")))
    kinds = _kinds(article)
    assert kinds["body"] == [S1, S3, S4]
    assert kinds.get("heading", [])[-3:] == ["How many soldiers are there?", "What does Pyongyang get?", "Have they fought?"]


def test_an_rss_items_appeared_first_footer_and_related_list_in_content_encoded_are_not_body():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Korea Monitor</title><item><title>North Korean units move to Kursk front</title>"
        "<pubDate>Wed, 06 Nov 2024 08:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[<p>{S1}</p><p>{S2}</p><h3>Related</h3><ul><li><a href=\"/a\">Kim Jong Un visits missile factory</a></li>"
        "<li><a href=\"/b\">Russia and North Korea sign defence pact</a></li></ul>"
        "<p>The post <a href=\"/nk\">North Korean units move to Kursk front</a> appeared first on <a href=\"/\">Korea Monitor</a>.</p>]]>"
        "</content:encoded></item></channel></rss>"
    )
    article = _only(_normalise(text, "feed.rss"))
    assert _kinds(article)["body"] == [S1, S2]
    assert article.published == "2024-11-06"


def test_a_japanese_syndication_footer_and_a_korean_one_are_not_body():
    ja_footer = "この記事は共同通信の配信記事です。"
    ko_footer = "이 기사는 연합뉴스가 제공한 기사입니다."
    ja = _only(_normalise(f"北朝鮮兵、クルスク前線に配置\n\n{JA1}\n\n{JA2}\n\n{ja_footer}\n"))
    ko = _only(_normalise(f"북한군, 쿠르스크서 교전\n\n{KO1}\n\n{KO2}\n\n{ko_footer}\n"))
    assert _kinds(ja)["body"] == [JA1, JA2]
    assert _kinds(ko)["body"] == [KO1, KO2]


def test_a_newsletter_of_stories_set_apart_by_an_unspaced_em_dash_rule_gives_each_story():
    text = (
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n"
        "———\n\n"
        f"Drones strike convoy near Sudzha, Kyiv says\n\n{S4}\n\n{S3}\n"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles] == [
        "North Korean units move to Kursk front",
        "Drones strike convoy near Sudzha, Kyiv says",
    ]


def test_a_byline_of_two_writers_over_a_two_city_dateline():
    text = (
        "NORTH KOREAN UNITS MOVE TO KURSK FRONT\n\n"
        "By Josh Kim and Olena Harmash\n\n"
        "SEOUL/KYIV, Nov 6 (Reuters) - " + S1 + "\n\n" + S2 + "\n"
    )
    article = _only(_normalise(text))
    assert article.author is not None and "Josh Kim" in article.author and "Olena Harmash" in article.author
    assert article.outlet == "Reuters"


# --- round four -----------------------------------------------------------------------------------------------


def test_one_line_files_of_theme_variable_and_colour_markup_are_articles_kept_as_printed():
    for line in (
        "[$accent]Pyongyang denies sending troops to Russia as Seoul publishes photos[/]",
        "[#ff0000 on black]North Korean casualties mount in Kursk, Kyiv says[/]",
        "[bold italic]Moscow and Pyongyang ratify their mutual defence treaty[/bold italic]",
    ):
        article = _only(_normalise(line + "\n"))
        assert _texts(article) == [line], line


def test_a_timeline_of_dated_lines_in_the_story_is_kept_as_its_text():
    entries = [
        "Oct 18: Seoul's spy agency says North Korea has begun sending special forces to Russia.",
        "Oct 28: NATO confirms North Korean units have been deployed to the Kursk region.",
        "Nov 5: Kyiv says its forces have fought North Korean soldiers for the first time.",
    ]
    text = "North Korean units move to Kursk front\n\n" + S1 + "\n\nTimeline\n\n" + "\n".join(entries) + "\n\n" + S3 + "\n"
    result = _normalise(text)
    _keeps_each(result, S1, S3, *entries)


def test_a_by_the_numbers_box_of_bullets_is_kept_as_text():
    items = [
        "• 11,000: North Korean soldiers Seoul says are in Russia",
        "• 3,000: more Seoul expects to follow by the end of the year",
        "• 170mm: the calibre of the Koksan guns sent by rail",
    ]
    text = "North Korean units move to Kursk front\n\n" + S1 + "\n\nBy the numbers\n" + "\n".join(items) + "\n\n" + S2 + "\n"
    result = _normalise(text)
    _keeps_each(result, S1, S2, "North Korean soldiers Seoul says are in Russia", "the calibre of the Koksan guns sent by rail")


def test_a_print_views_numbered_links_list_is_not_body():
    text = (
        "North Korean units move to Kursk front\n\n"
        f"{S1} [1]\n\n{S2}\n\n{S3} [2]\n\n"
        "Links\n[1] https://www.example.org/world/asia/nis-briefing\n[2] https://www.example.org/world/asia/oil-for-troops\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert all("https://www.example.org" not in t for t in _texts(article))
    _keeps_each(result, S2)
    assert any(S1 in t for t in _kinds(article)["body"]) and any(S3 in t for t in _kinds(article)["body"])


def test_a_markdown_digest_of_stories_set_apart_by_rules_gives_each_story():
    text = (
        f"## North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n---\n\n"
        f"## Drones strike convoy near Sudzha, Kyiv says\n\n{S4}\n\n{S3}\n"
    )
    result = _normalise(text, "digest.md")
    assert [a.title for a in result.articles] == [
        "North Korean units move to Kursk front",
        "Drones strike convoy near Sudzha, Kyiv says",
    ]


def test_an_archive_today_saved_page_drops_its_header_table_and_keeps_the_story():
    header = (
        '<div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today</a><br>webpage capture</td>'
        '<td>Saved from</td><td><input type="text" value="https://example.org/nk-kursk"></td>'
        "<td>history ← prior next →</td><td>6 Nov 2024 08:14:02 UTC</td></tr>"
        '<tr><td>All snapshots from host <a href="/example.org">example.org</a></td></tr>'
        "<tr><td>Webpage</td><td>Screenshot</td><td>share</td><td>download .zip</td><td>report bug or abuse</td></tr></table></div>"
    )
    body = f"{header}<div id=\"CONTENT\"><article><h1>North Korean units move to Kursk front</h1><p>{S1}</p><p>{S2}</p><p>{S3}</p></article></div>"
    result = _page(_html(body))
    article = _only(result)
    assert _kinds(article)["body"] == [S1, S2, S3]
    assert "snapshots" not in _joined(result) and "prior next" not in _joined(result)


def test_a_live_blogs_pinned_label_and_entry_share_buttons_leave_each_entry():
    text = (
        "Live: North Korean troops in Russia\n\n"
        f"Pinned\n10:15 GMT\n{S2}\nShare\n\n"
        f"11:03 GMT\n{S4}\nShare\n\n"
        f"09:42 GMT\n{S1}\nShare\n"
    )
    result = _normalise(text)
    _keeps_each(result, S1, S2, S4)
    assert all(p.text not in ("Pinned", "Share") for a in result.articles for p in a.passages)


# --- round five -----------------------------------------------------------------------------------------------


def test_bracketed_korean_and_japanese_related_headings_mid_story_take_their_lists_and_the_story_goes_on():
    ko = _normalise(f"북한군, 쿠르스크서 교전\n\n{KO1}\n\n[관련기사]\n김정은, 미사일 공장 현지지도\n러시아 외무장관 방북\n\n{KO2}\n")
    ja = _normalise(f"北朝鮮兵、クルスク前線に配置\n\n{JA1}\n\n【関連記事】\n金正恩氏、ミサイル工場を視察\nロシア外相が平壌を訪問\n\n{JA2}\n")
    assert _kinds(_only(ko))["body"] == [KO1, KO2]
    assert _kinds(_only(ja))["body"] == [JA1, JA2]
    _drops_each(ko, "러시아 외무장관 방북")
    _drops_each(ja, "ロシア外相が平壌を訪問")


def test_japanese_and_korean_captions_crediting_a_handout_in_brackets_are_captions():
    ja_caption = "クルスク州で撮影されたとされる北朝鮮兵の映像（ウクライナ国防省提供）"
    ko_caption = "쿠르스크 지역의 북한군 추정 병력 (우크라이나 정보총국 제공)"
    ja = _only(_normalise(f"北朝鮮兵、クルスク前線に配置\n\n{JA1}\n\n{ja_caption}\n\n{JA2}\n"))
    ko = _only(_normalise(f"북한군, 쿠르스크서 교전\n\n{KO1}\n\n{ko_caption}\n\n{KO2}\n"))
    assert _kinds(ja)["body"] == [JA1, JA2] and _kinds(ja)["caption"] == [ja_caption]
    assert _kinds(ko)["body"] == [KO1, KO2] and _kinds(ko)["caption"] == [ko_caption]


def test_a_japanese_paragraph_closed_by_a_wire_tag_in_brackets_stays_body():
    closing = "政府は関係国と連携して情報の収集と分析を進めると述べた。（共同）"
    article = _only(_normalise(f"北朝鮮兵、クルスク前線に配置\n\n{JA1}\n\n{closing}\n\n{JA2}\n"))
    assert "caption" not in _kinds(article)
    assert _kinds(article)["body"] == [JA1, closing, JA2]


def test_a_cached_copy_notice_over_the_story_is_not_its_title():
    text = (
        "This is the cached copy of https://example.org/nk-kursk as it appeared on 6 Nov 2024.\n\n"
        f"North Korean units move to Kursk front\n\n{S1}\n\n{S2}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korean units move to Kursk front"
    assert _kinds(article)["body"] == [S1, S2]
