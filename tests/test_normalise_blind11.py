"""Blind round 11: newsletters, blogging and social platforms, reports, releases and API dumps in layouts not met before."""

from __future__ import annotations

import json

from normalise_samples import CLOSING, KO_LEDE, KO_PARA, LEDE, PARA, normalise_named as _normalise
from normalise_samples import body_texts as _body, passage_texts as _texts, removed_texts as _removed, texts_by_kind as _kinds

# --- Newsletters ----------------------------------------------------------------------------------


def test_newsletter_page_drops_its_preheader_and_button_rows_and_keeps_the_deck_under_the_headline():
    page = (
        "<html><head><title>How many shells has Pyongyang sent? - Korea Watch</title></head><body>"
        "<div>Plus: the artillery ledger</div><table><tr><td><a>View in browser</a></td></tr></table>"
        "<h1>How many shells has Pyongyang sent?</h1>"
        "<h3>A ledger of the artillery trade between North Korea and Russia</h3>"
        "<table><tr><td>Jane Park</td><td>Mar 10, 2025</td></tr></table>"
        "<table><tr><td><a>Like</a></td><td><a>Comment</a></td><td><a>Restack</a></td></tr></table>"
        f"<p>{LEDE}</p><p>{PARA}</p>"
        "<p>Today's issue is brought to you by DefenseDigest. Get the week's defence news in five minutes.</p>"
        f"<p>{CLOSING}</p><p>548 Market Street PMB 72296, San Francisco, CA 94104</p></body></html>"
    )
    result = _normalise(page, "issue.html")
    article = result.articles[0]
    assert article.title == "How many shells has Pyongyang sent?"
    assert _kinds(article)["dek"] == ["A ledger of the artillery trade between North Korea and Russia"]
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert "Today's issue is brought to you by" in _removed(result, "advertisement")[0]


def test_mailing_list_footer_preheader_and_platform_reminder_are_furniture():
    text = (
        "Weekly briefing on the Korean peninsula | View this email in your browser\n\n"
        f"The Peninsula Brief: Kursk rotation\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "You're currently a free subscriber. Upgrade to paid for the full archive.\n\nOur mailing address is:\n\nWant to change how you receive these emails?\n"
        "You can update your preferences or unsubscribe from this list.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "The Peninsula Brief: Kursk rotation"
    assert _texts(article) == [LEDE, PARA, CLOSING]


# --- Blogging and social platforms, Korean portals ------------------------------------------------


def test_clap_and_response_counts_beside_a_blog_platforms_chrome_go():
    text = (
        "North Korea's Soldiers in Kursk\nWhat the casualty figures tell us about the deployment\n\n"
        "Alex Chen\nFollow\n6 min read\n·\nMar 24, 2025\n\n842\n\n3\n\n"
        f"{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n842\n\n3\n\nWritten by Alex Chen\n1.1K Followers\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "vote-count") == ["842\n3", "842\n3"]
    # Figures set one a line away from any chrome are a table's, and stay.
    table = f"Estimates compared\n\n{LEDE}\n\nTroops in Kursk\n\n11,000\n\n12,000\n\n{PARA}\n"
    assert {"11,000", "12,000"} <= set(_texts(_normalise(table).articles[0]))


def test_an_abridged_tally_line_is_a_reaction_bar_and_a_name_beside_its_follow_button_is_the_author():
    page = (
        "<html><head><title>North Korea's war dividend | by Min-ji Lee | Medium</title></head><body><article>"
        "<h1>North Korea's war dividend</h1><h2>What Pyongyang gets for its soldiers and shells</h2>"
        "<div><a>Min-ji Lee</a> <span>·</span> <button>Follow</button></div>"
        f"<div><span>1.2K</span> <span>14</span></div><p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></article></body></html>"
    )
    article = _normalise(page, "post.html").articles[0]
    assert article.author == "Min-ji Lee"
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert "1.2K 14" not in _texts(article)


def test_social_post_head_names_the_poster_and_its_controls_go():
    text = (
        "Dr. Sarah Kim\nSenior Fellow, Northeast Asia | Former State Department\n3d • Edited •\n\n"
        f"North Korea's support for Russia is no longer just shells.\n\n{LEDE}\n\n{PARA}\n\n…see more\n\n"
        "37 comments • 19 reposts\nLike\nComment\nRepost\nSend\n"
    )
    article = _normalise(text).articles[0]
    assert article.author == "Sarah Kim"  # (a title is no part of the name: round 11b)
    assert article.title != "Dr. Sarah Kim"
    assert _body(article)[-2:] == [LEDE, PARA]
    assert not {"…see more", "Repost", "Send"} & set(_texts(article))
    # A name over an ordinary date line, without the network's marks, is a headline (a profile's).
    profile = _normalise(f"Kim Jong Un\nMarch 12, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert profile.title == "Kim Jong Un" and profile.author is None


def test_a_pages_post_head_names_the_outlet_and_the_translation_prompt_goes():
    text = (
        "Radio Free Asia\nMarch 12, 2025 at 9:14 AM  ·\n\n"
        f"{LEDE}\n\n{PARA}\n\nSee translation\nAll reactions:\n1.4K\n212 comments\n"
    )
    article = _normalise(text).articles[0]
    assert article.outlet == "Radio Free Asia" and article.author is None
    assert article.published == "2025-03-12"
    assert _texts(article) == [LEDE, PARA]


def test_thread_opening_post_names_its_poster_and_its_link_preview_and_community_go():
    text = (
        "r/worldnews\n•\nPosted by u/kimchianalyst\n5 hr. ago\n\nNorth Korea sends 3,000 more troops to Russia, Seoul says\n\n"
        f"reuters.com/world/asia-pacific/...\n\n{LEDE}\n\n{PARA}\n\n1.8k\nShare\nAward\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.author == "kimchianalyst"
    assert article.title == "North Korea sends 3,000 more troops to Russia, Seoul says"
    assert _texts(article) == [LEDE, PARA]


def test_channel_export_view_counter_in_the_signature_is_no_author():
    page = (
        "<html><body><div class=\"history\">"
        + "".join(
            f'<div class="message default clearfix" id="m{n}"><div class="body">'
            f'<div class="pull_right date details" title="24.03.2025 1{n}:15:00 UTC+03:00">1{n}:15</div>'
            f'<div class="from_name">WarMonitor</div><div class="text">{text}</div>'
            f'<div class="signature details">👁 15.2K</div></div></div>'
            for n, text in ((0, LEDE), (1, PARA))
        )
        + "</div></body></html>"
    )
    articles = _normalise(page, "messages.html").articles
    assert [a.author for a in articles] == [None, None]
    assert [a.outlet for a in articles] == ["WarMonitor", "WarMonitor"]


def test_korean_byline_with_its_subscribe_button_reactions_and_tip_line():
    text = (
        "북한, 러시아에 포탄 1천200만발 이상 보낸 듯\n\n입력 2025.03.24 10:15\n\n이영희 기자 구독\n\n"
        f"{KO_LEDE}\n\n{KO_PARA}\n\n이 기사가 마음에 드셨다면 좋아요를 눌러주세요\n좋아요 12 화나요 3\n\n제보는 카톡 okjebo\n"
    )
    article = _normalise(text).articles[0]
    assert article.author == "이영희"
    assert _texts(article) == [KO_LEDE, KO_PARA]


def test_korean_deck_right_above_the_wire_dateline_is_the_deck():
    deck = '국정원 "북한군 전사자 늘어나자 병력 보충 차원으로 추가 파병한 것으로 보여"'
    text = f"北, 러시아에 3천명 추가 파병\n\n{deck}\n\n(서울=연합뉴스) 김철수 기자 = {KO_LEDE}\n\n{KO_PARA}\n"
    article = _normalise(text).articles[0]
    assert _kinds(article)["dek"] == [deck]
    assert article.author == "김철수"


# --- Documents: word processors, reports, releases ------------------------------------------------


def test_sub_heading_a_word_processor_export_sets_between_paragraphs_is_kept():
    page = (
        "<html><head><meta name=Generator content=\"Microsoft Word 15\"><title>Briefing note</title></head><body>"
        "<div class=WordSection1><p class=MsoTitle>North Korean artillery in the Kursk offensive</p>"
        f"<p class=MsoNormal>{LEDE}</p><h2>Equipment</h2>"
        + "".join(
            "<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
            "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            f"<![endif]>{item}<o:p></o:p></p>"
            for item in ("170mm Koksan self-propelled guns", "240mm multiple rocket launchers")
        )
        + f"<p class=MsoNormal>{PARA}</p><p class=MsoNormal>{CLOSING}</p></div></body></html>"
    )
    kinds = _kinds(_normalise(page, "note.htm").articles[0])
    assert "Equipment" in kinds["heading"]
    assert [t for t in kinds["body"] if t in (LEDE, PARA, CLOSING)] == [LEDE, PARA, CLOSING]
    assert any("Koksan" in t for t in kinds["body"])


def test_report_footnotes_leave_the_text_with_their_marks_and_co_authors_under_the_title_sign_it():
    text = (
        "THE NORTH KOREA–RUSSIA AXIS                                       3\n\n"
        "Artillery, Troops and Technology:\nAssessing North Korea's Support for Russia\n\nVictor Cha and Ellen Kim\n\n"
        "Introduction\n\nNorth Korea has sent an additional 3,000 troops to Russia this year,\n"
        "South Korea's military said, adding to the 11,000 already de-\nployed.1 The Joint Chiefs of Staff said "
        "Pyongyang had also shipped\nabout 220 artillery pieces.2\n\n1 Joint Chiefs of Staff, press briefing, March 24, 2025.\n2 Ibid.\n\n"
        "CENTER FOR STRATEGIC AND INTERNATIONAL STUDIES | CSIS.ORG\n\f"
        "4                                       THE NORTH KOREA–RUSSIA AXIS\n\n"
        "Officials in Seoul believe North Korea is receiving air defence sys-\ntems for its satellite programme in return.3\n\n"
        "3 Author interview with a South Korean official, March 2025.\n\n"
        "CENTER FOR STRATEGIC AND INTERNATIONAL STUDIES | CSIS.ORG\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.author == "Victor Cha and Ellen Kim"
    assert _body(article) == [
        (
            "North Korea has sent an additional 3,000 troops to Russia this year, South Korea's military said, adding to "
            "the 11,000 already deployed. The Joint Chiefs of Staff said Pyongyang had also shipped about 220 artillery pieces."
        ),
        "Officials in Seoul believe North Korea is receiving air defence systems for its satellite programme in return.",
    ]
    assert len(_removed(result, "footnote")) == 2
    # Without marks in the text that agree with it, a paragraph opening with a figure is no note.
    figures = f"Page one\n\n{LEDE}\n\n3 North Korean soldiers were captured near Kursk, Ukraine said.\n\nREPORT | PAGE\n\fREPORT | PAGE\n\n{PARA}\n"
    assert "3 North Korean soldiers were captured near Kursk, Ukraine said." in _body(_normalise(figures).articles[0])


def test_press_release_contact_line_takes_its_address_and_number_along():
    text = (
        "FOR IMMEDIATE RELEASE\nMarch 24, 2025\n\nContact: Press Office\npress@example-mission.org\n+1 (212) 555-0143\n\n"
        f"Joint Statement on the DPRK's Transfer of Troops and Weapons to Russia\n\nNEW YORK — {LEDE}\n\n{PARA}\n\n###\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Joint Statement on the DPRK's Transfer of Troops and Weapons to Russia"
    assert article.outlet is None
    assert _removed(result, "contacts") == ["Contact: Press Office\npress@example-mission.org\n+1 (212) 555-0143"]


# --- Pages, feeds and API dumps -------------------------------------------------------------------


def test_api_response_with_an_article_of_typed_blocks_in_an_envelope():
    data = {
        "status": "ok",
        "data": {"article": {
            "headline": "Seoul: North Korea adds 3,000 troops in Russia",
            "byline": [{"name": "Kim Tong-hyung"}],
            "published_at": "2025-03-24T02:15:00Z",
            "body": [
                {"type": "paragraph", "text": LEDE},
                {"type": "image", "caption": "North Korean soldiers at a parade in Pyongyang.", "credit": "AP Photo/Jon Chol Jin"},
                {"type": "paragraph", "text": PARA},
                {"type": "related", "items": [{"headline": "Kim visits munitions factory"}]},
                {"type": "paragraph", "text": CLOSING},
            ],
        }},
    }
    article = _normalise(json.dumps(data), "article.json").articles[0]
    assert article.title == "Seoul: North Korea adds 3,000 troops in Russia"
    assert article.author == "Kim Tong-hyung"
    assert _kinds(article)["body"] == [LEDE, PARA, CLOSING]
    assert _kinds(article)["caption"] == ["North Korean soldiers at a parade in Pyongyang. AP Photo/Jon Chol Jin"]


def test_amp_navigation_drawer_goes_and_a_caption_crediting_an_agency_under_the_byline_stays():
    page = (
        '<!doctype html><html amp lang="en"><head><title>N Korea ships more guns to Russia</title></head><body>'
        "<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul><li>Home</li><li>News</li><li>Analysis</li><li>Subscribe</li></ul></amp-sidebar>"
        "<h1>N Korea ships more guns to Russia</h1><p>By Colin Zwirko | March 24, 2025</p>"
        '<p class="caption">Koksan self-propelled guns at a 2023 parade. Photo: KCNA</p>'
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></body></html>"
    )
    article = _normalise(page, "amp.html").articles[0]
    assert _kinds(article) == {"caption": ["Koksan self-propelled guns at a 2023 parade. Photo: KCNA"], "body": [LEDE, PARA, CLOSING]}


def test_caption_with_an_agency_credit_under_a_plain_byline_is_no_masthead():
    text = f"N Korea ships more guns\n\nBy Colin Zwirko\n\nKoksan guns at a 2023 parade. Photo: KCNA\n\n{LEDE}\n\n{PARA}\n"
    assert "Koksan guns at a 2023 parade. Photo: KCNA" in _texts(_normalise(text).articles[0])


def test_archive_toolbar_goes_and_a_date_given_twice_dates_the_story():
    page = (
        "<html><head><title>North Korean troops back in Kursk</title></head><body>"
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><table><tr><td>24 captures</td>"
        "<td>01 Mar 2025 - 30 Mar 2025</td></tr><tr><td>FEB</td><td>MAR</td><td>APR</td></tr></table></div>"
        "<!-- END WAYBACK TOOLBAR INSERT -->"
        f"<h1>North Korean troops back in Kursk</h1><p>03/24/2025 March 24, 2025</p><p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p>"
        "</body></html>"
    )
    article = _normalise(page, "archived.html").articles[0]
    assert _texts(article) == [LEDE, PARA, CLOSING]
    assert article.published == "2025-03-24"


def test_gallery_counters_over_credited_captions_part_no_items():
    text = (
        "North Korea's weapons in Russia, in pictures\n\n1 of 12\n"
        "A Koksan self-propelled gun captured by Ukrainian forces in Kursk. Photograph: Ukrainian armed forces\nPrevious\nNext\n\n"
        f"2 of 12\nA KN-23 missile fragment examined in Kyiv, January 2024. Photograph: Reuters\n\n{LEDE}\n\n{PARA}\n"
    )
    articles = _normalise(text).articles
    assert len(articles) == 1
    assert articles[0].title == "North Korea's weapons in Russia, in pictures"
    assert len(_kinds(articles[0])["caption"]) == 2
    assert not {"Previous", "Next"} & set(_texts(articles[0]))


def test_share_box_items_that_keep_their_bullet_glyph_go():
    text = f"Russia's North Korean gunners\n\n{LEDE}\n\n{PARA}\n\nShare this:\n• Twitter\n• Facebook\n"
    assert _texts(_normalise(text).articles[0]) == [LEDE, PARA]


def test_live_page_last_updated_time_goes():
    text = f"North Korea-Russia: live updates\n\nLast updated 14:35 GMT\n\n14:35 GMT\n{LEDE}\n\n13:10 GMT\n{PARA}\n"
    result = _normalise(text)
    assert "Last updated 14:35 GMT" in "\n".join(_removed(result, "entry-time"))
    assert _body(result.articles[0]) == [LEDE, PARA]


def test_writers_post_split_off_by_page_extraction_is_no_second_author():
    page = (
        "<html><head><title>Pyongyang's soldiers return to the front</title></head><body>"
        "<h1>Pyongyang's soldiers return to the front</h1><p class=\"byline\">Richard Lloyd Parry, Asia Editor</p>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></body></html>"
    )
    assert _normalise(page, "story.html").articles[0].author == "Richard Lloyd Parry"


def test_briefing_named_beside_its_date_is_no_outlet():
    text = (
        "Department Press Briefing – March 24, 2025\n\nMatthew Miller, Department Spokesperson\n\n"
        f"MR MILLER: Good afternoon, everyone. {LEDE}\n\nQUESTION: And the artillery?\n\nMR MILLER: {PARA}\n"
    )
    article = _normalise(text).articles[0]
    assert article.outlet is None
    assert article.published == "2025-03-24"


def test_title_derived_from_a_channel_post_skips_its_leading_icons():
    page = (
        "<html><body><div class=\"history\">"
        + "".join(
            f'<div class="message default clearfix" id="m{n}"><div class="body">'
            f'<div class="pull_right date details" title="24.03.2025 1{n}:15:00 UTC+03:00">1{n}:15</div>'
            f'<div class="from_name">WarMonitor</div><div class="text">⚡️🇰🇵 {text}</div></div></div>'
            for n, text in ((0, LEDE), (1, PARA))
        )
        + "</div></body></html>"
    )
    titles = [a.title for a in _normalise(page, "messages.html").articles]
    assert [t[:12] for t in titles] == ["North Korea ", "The Joint Ch"]


def test_newsletter_author_over_a_yearless_date_signs_the_issue_without_dating_it():
    text = (
        "View in browser\n\nPeninsula Dispatch\n\nThe KN-23 keeps flying\n"
        "How Russia's use of North Korean missiles is improving their accuracy\n\nTom Lee\nMar 24\n\n∙ Paid\n\n"
        f"{LEDE}\n\n{PARA}\n\nShare\n"
    )
    article = _normalise(text).articles[0]
    assert article.author == "Tom Lee"
    assert article.published is None
    assert _body(article) == [LEDE, PARA]


def test_mailing_list_plain_text_part_loses_its_heading_stars_and_its_footer():
    text = (
        f"** The Peninsula Brief: Kursk rotation\n{'-' * 60}\n\n{LEDE}\n\n{PARA}\n\n** Equipment\n{'-' * 60}\n\n{CLOSING}\n\n"
        f"{'=' * 60}\nCopyright (C) 2025 Peninsula Institute, All rights reserved.\n\nOur mailing address is:\n"
        "Peninsula Institute\n1800 K St NW\nWashington, DC 20006\n\nWant to change how you receive these emails?\n"
        "You can ** update your preferences (https://example.us1.list-manage.com/profile?u=abc)\n"
        "or ** unsubscribe from this list (https://example.us1.list-manage.com/unsubscribe?u=abc)\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "The Peninsula Brief: Kursk rotation"
    assert [(p.kind, p.text) for p in article.passages] == [("body", LEDE), ("body", PARA), ("heading", "Equipment"), ("body", CLOSING)]


def test_korean_portal_buttons_go_and_its_run_together_stamp_dates_the_story():
    text = (
        "북한, 러시아에 병력 3천명 추가 파병\n\n입력2025.03.24. 오전 10:15  수정2025.03.24. 오전 11:02\n기사원문\n"
        "김철수 기자\n구독\n\n공감\n댓글\n본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기\n\n"
        f"{KO_LEDE}\n\n{KO_PARA}\n"
    )
    article = _normalise(text).articles[0]
    assert article.published == "2025-03-24"
    assert _texts(article) == [KO_LEDE, KO_PARA]


def test_name_in_capitals_over_the_issue_date_is_no_headline():
    text = (
        "READ IN APP\n\nThe KN-23 keeps flying\nHow Russia's use of North Korean missiles is improving their accuracy\n\n"
        f"TOM LEE\nMAR 24\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\nLIKE\nCOMMENT\nRESTACK\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "The KN-23 keeps flying"
    assert _kinds(article)["dek"] == ["How Russia's use of North Korean missiles is improving their accuracy"]
    assert "MAR 24" not in _texts(article)  # the yearless date is a header line, and dates nothing
    assert article.published is None
