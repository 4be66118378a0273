"""Blind round 5: mail forwards and senders, channel and chat exports, forum threads, encyclopedia pages,
lossy encodings, stray NULs, escaped entities, print views, live blogs and broken lines."""

from __future__ import annotations

import json

from store.models import PassageKind
from store.normalise import normalise_bytes
from normalise_samples import LONG_1, LONG_2, LONG_3, normalise_text, passage_texts



def _removed(result, reason: str) -> list[str]:
    return [r.text for r in result.removed if r.reason == reason]


# --- Mail ----------------------------------------------------------------------------------------

_FORWARD = """---------- Forwarded message ---------
From: Kevin Marsh <k.marsh@harbourtimes.example>
Date: Tue, 12 Nov 2024 at 18:04
Subject: Fwd: Kursk deployment - draft for tomorrow
To: Desk <worlddesk@harbourtimes.example>

Hi all,

See Ana's piece below, please check the numbers against the NIS briefing before it runs.

Thanks,
Kevin

> On Tue, 12 Nov 2024 at 16:40, Ana Ruiz <a.ruiz@harbourtimes.example> wrote:
>
> KYIV, Nov 12 - North Korean soldiers have begun taking part in combat in
> Russia's Kursk region, Ukraine's defence intelligence said on Tuesday,
> adding that some had already been killed in Ukrainian strikes.
>
> The agency said about 11,000 North Korean soldiers were in the region,
> where Russia has been trying to push out Ukrainian forces that crossed the
> border in August.
>
> --
> Ana Ruiz
> Correspondent, Kyiv
> Sent from my iPhone

--
Kevin Marsh | World Editor
Harbour Times
This email and any attachments are confidential and intended solely for the addressee.
"""


def test_forwarded_article_under_a_short_note_and_a_closing_is_kept_and_joined() -> None:
    result = normalise_text(_FORWARD)
    article = result.articles[0]
    passages = passage_texts(article)
    # The quoted message was wrapped by a mail client; its paragraphs come back whole.
    assert any(p.startswith("KYIV, Nov 12 - North Korean soldiers") and p.endswith("Ukrainian strikes.") for p in passages)
    assert any("about 11,000 North Korean soldiers" in p and p.endswith("border in August.") for p in passages)
    assert not any(r.reason == "sign-off" and "11,000" in r.text for r in result.removed)


def test_mail_chrome_and_signatures_go_to_the_audit() -> None:
    result = normalise_text(_FORWARD)
    passages = passage_texts(result.articles[0])
    for furniture in ("Kevin", "Sent from my iPhone", "Ana Ruiz", "Harbour Times", "Kevin Marsh | World Editor"):
        assert furniture not in passages
    assert not any("wrote:" in p or "confidential" in p for p in passages)
    assert any("wrote:" in text for text in _removed(result, "mail-chrome"))
    assert any("Correspondent, Kyiv" in text for text in _removed(result, "signature"))


def test_a_person_forwarding_is_the_author_not_the_outlet() -> None:
    article = normalise_text(_FORWARD).articles[0]
    assert article.outlet is None
    assert article.author == "Kevin Marsh"


def test_prose_that_quotes_a_post_is_no_reply_attribution() -> None:
    text = f"Troop numbers rise\n\n{LONG_1}\n\nOn Telegram, the governor wrote:\n\n{LONG_2}\n"
    assert "On Telegram, the governor wrote:" in passage_texts(normalise_text(text).articles[0])


def test_saved_mail_from_a_person_at_a_free_mail_service_names_the_author() -> None:
    mail = (
        "From: Jane Doe <jane.doe1987@gmail.com>\nTo: Research list <nk-watch@lists.example.org>\n"
        "Subject: Notes on the North Korean shell deliveries\nDate: Sat, 16 Nov 2024 21:17:03 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
        f"{LONG_1}\n\n{LONG_2}\n"
    )
    article = normalise_text(mail, ".eml").articles[0]
    assert article.author == "Jane Doe"
    assert article.outlet is None


def test_a_newsletter_sender_stays_the_outlet() -> None:
    mail = (
        "From: Harbour Times <newsletter@harbourtimes.example>\nTo: reader@example.org\n"
        "Subject: Morning briefing\nDate: Sat, 16 Nov 2024 06:00:00 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
        f"{LONG_1}\n\n{LONG_2}\n"
    )
    assert normalise_text(mail, ".eml").articles[0].outlet == "Harbour Times"


def test_tracking_link_targets_leave_the_text_for_the_audit() -> None:
    text = (
        "THE EASTERN FRONT BRIEF\n\n"
        f"Troops reach the front <https://click.mlsend.example/link/c/YT0xNjQ5MDQ4&c=abc124>\n{LONG_1} Read more <https://click.mlsend.example/link/c/YT0x>\n\n"
        f"{LONG_2}\n\nForward this to a colleague who would find it useful.\n"
    )
    result = normalise_text(text)
    passages = passage_texts(result.articles[0])
    assert not any("click.mlsend" in p or "<http" in p for p in passages)
    assert "Troops reach the front" in passages
    assert any("YT0xNjQ5MDQ4" in t for t in _removed(result, "link-target"))
    assert "Forward this to a colleague who would find it useful." not in passages


# --- Exports and threads --------------------------------------------------------------------------


def test_channel_post_with_its_link_appended_is_a_post_not_a_title() -> None:
    export = {
        "name": "Front Digest",
        "type": "public_channel",
        "messages": [
            {"id": 1, "type": "message", "date": "2024-11-04T09:12:44", "from": "Front Digest",
             "text": [{"type": "bold", "text": "Urgent:"}, f" {LONG_1} ", {"type": "link", "text": "https://t.me/frontdigest/102"}]},
        ],
    }
    article = normalise_text(json.dumps(export), ".json").articles[0]
    assert article.title_derived
    assert any("11,000 North Korean soldiers" in p.text and p.kind == PassageKind.BODY for p in article.passages)


def test_discord_export_gives_one_article_per_message_by_its_author_in_its_channel() -> None:
    export = {
        "guild": {"id": "1", "name": "OSINT Hub"},
        "channel": {"id": "2", "name": "dprk-russia"},
        "messages": [
            {"id": "10", "type": "Default", "timestamp": "2024-11-07T08:14:22.123+00:00", "content": LONG_1,
             "author": {"id": "7", "name": "geo_owl", "isBot": False}},
            {"id": "11", "type": "Reply", "timestamp": "2024-11-07T09:02:10.000+00:00", "content": LONG_2,
             "author": {"id": "8", "name": "hanbando_ru", "isBot": False}},
            {"id": "12", "type": "GuildMemberJoin", "timestamp": "2024-11-07T09:05:00.000+00:00", "content": "",
             "author": {"id": "9", "name": "newbie"}},
        ],
    }
    articles = normalise_text(json.dumps(export), ".json").articles
    assert [a.author for a in articles] == ["geo_owl", "hanbando_ru"]
    assert {a.outlet for a in articles} == {"dprk-russia"}
    assert [a.published for a in articles] == ["2024-11-07", "2024-11-07"]


def test_comment_thread_controls_and_vote_counts_are_furniture() -> None:
    text = (
        "r/geopolitics\nPosted by u/steppe_watcher\n7 hr. ago\n\n"
        f"{LONG_1}\n\n1.4k\nShare\nSave\nReport\n\nSort by: Best\n\nlevel 1\nu/kraken_ops\n· 6 hr. ago\n\n"
        f"{LONG_2}\n\n312\nReply\nShare\n\nlevel 1\nu/[deleted]\n· 5 hr. ago\n\n[removed]\n\n"
        "level 1\nu/AutoModerator\n\nI am a bot, and this action was performed automatically. Please contact the moderators.\n\n"
        f"{LONG_3}\n"
    )
    result = normalise_text(text)
    passages = [p for a in result.articles for p in passage_texts(a)]
    for chrome in ("1.4k", "312", "Reply", "Report", "Sort by: Best", "level 1", "· 6 hr. ago", "[removed]"):
        assert chrome not in passages
    assert not any("I am a bot" in p for p in passages)
    assert LONG_2 in passages and LONG_3 in passages
    assert "1.4k" in _removed(result, "vote-count")


def test_a_number_alone_on_its_line_is_kept_away_from_controls() -> None:
    text = f"Estimates compared\n\n{LONG_1}\n\nTroops in Kursk\n11,000\n\n{LONG_2}\n"
    assert "11,000" in passage_texts(normalise_text(text).articles[0])


# --- Encyclopedia pages ---------------------------------------------------------------------------


def test_citation_marks_go_and_the_reference_apparatus_is_audited() -> None:
    text = (
        "North Korean involvement in the war\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "North Korea has supplied artillery ammunition and ballistic missiles and, from October 2024, troops.[1][2] "
        "South Korean intelligence estimated that about 11,000 soldiers had been sent.[3] Kyiv gave 12,000.[4][a]\n\n"
        "By early 2024, Ukrainian intelligence said North Korean shells made up about half of those fired.[6][citation needed]\n\n"
        "References\n\n"
        '1. ^ "North Korea sends troops to Russia, Seoul says". Harbour Times. 18 October 2024. Retrieved 20 October 2024.\n'
        '2. ^ Kim, J. (19 October 2024). "Pyongyang\'s soldiers in the east". Meridian Daily.\n'
        '3. ^ "NIS briefs lawmakers on deployment". Seoul Ledger. 13 November 2024.\n\n'
        "This page was last edited on 2 December 2024, at 10:14 (UTC).\n"
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.\n"
    )
    result = normalise_text(text)
    article = result.articles[0]
    passages = passage_texts(article)
    assert article.outlet == "Wikipedia"
    assert any(p.endswith("troops. South Korean intelligence estimated that about 11,000 soldiers had been sent. Kyiv gave 12,000.") for p in passages)
    assert not any("[1]" in p or "[citation needed]" in p or "^" in p for p in passages)
    assert not any("last edited" in p or "Creative Commons" in p for p in passages)
    assert any("Harbour Times" in t for t in _removed(result, "reference-entry"))
    assert any("citation-marks" in r for r in result.repairs)


def test_brackets_the_writer_set_apart_are_not_citation_marks() -> None:
    text = f"Markup in copy\n\n{LONG_1} Officials said [b]15,000[/b] and [sic] in the cable.\n\n{LONG_2}\n"
    passages = passage_texts(normalise_text(text).articles[0])
    assert any("[b]15,000[/b] and [sic]" in p for p in passages)


# --- Encodings ------------------------------------------------------------------------------------


def test_curly_quotes_written_as_question_marks_are_restored() -> None:
    text = (
        "North Korea?s troops ?not ready? for drone war, Seoul says\n\n"
        "South Korea?s spy agency told lawmakers the soldiers were struggling. ?They are being used as cannon fodder,? "
        "one lawmaker said. It said Pyongyang?s soldiers had only a few weeks? training.\n\n"
        "Is the deployment growing? The agency said it was ?highly likely?.\n"
    )
    data = text.encode("latin-1")
    result = normalise_bytes(data, "q.txt")
    article = result.articles[0]
    assert article.title == "North Korea’s troops “not ready” for drone war, Seoul says"
    passages = passage_texts(article)
    assert "“They are being used as cannon fodder,” one lawmaker said" in passages[0]
    assert "a few weeks’ training" in passages[0]
    # A real question keeps its mark.
    assert passages[1] == "Is the deployment growing? The agency said it was “highly likely”."


def test_question_marks_in_a_text_without_damaged_contractions_stay() -> None:
    text = f"Who counts the troops?\n\nWhat does Seoul know? {LONG_1} Is it ?plausible? to ask?\n\n{LONG_2}\n"
    passages = passage_texts(normalise_text(text).articles[0])
    assert any("Is it ?plausible? to ask?" in p for p in passages)


def test_czech_text_in_windows_1250_is_read_as_windows_1250() -> None:
    text = (
        "Pražský Zpravodaj — 22. listopadu 2024\n\nCzech ammunition initiative races North Korean shells\n\n"
        "By Jiří Dvořák and Kateřina Novotná\n\n"
        f"{LONG_1}\n\n\"Every shell we deliver matters,\" said Tomáš Pojar, the national security adviser.\n"
    )
    result = normalise_bytes(text.encode("cp1250"), "cz.txt")
    article = result.articles[0]
    assert result.encoding == "cp1250"
    assert article.author == "Jiří Dvořák and Kateřina Novotná"
    assert article.published == "2024-11-22"


def test_norwegian_name_in_windows_1252_stays_windows_1252() -> None:
    text = f"Oslo backs Kyiv\n\nPrime Minister Jonas Gahr Støre said Norway would fund more shells. {LONG_1}\n\n{LONG_2}\n"
    result = normalise_bytes(text.encode("cp1252"), "no.txt")
    assert result.encoding == "cp1252"
    assert "Støre" in result.articles[0].passages[0].text


def test_a_few_stray_nul_bytes_in_utf8_text_are_cleaned_not_refused() -> None:
    text = f"Harbour Times\nThursday 31 October 2024\n\nUS says 8,000 North Korean troops moved toward border\n\n{LONG_1}\n\n{LONG_2}\n\n{LONG_3}\n"
    data = text.encode("utf-8").replace(b"Kursk", b"Kur\x00sk", 1).replace(b"\n\nSeoul", b"\n\x00\n\nSeoul", 1)
    result = normalise_bytes(data, "nul.txt")
    assert any("Kursk oblast" in p.text for p in result.articles[0].passages)
    assert not any("\x00" in p.text for p in result.articles[0].passages)


def test_html_entities_left_in_plain_text_are_decoded() -> None:
    text = (
        "Steppe Observer &ndash; 3 December 2024\n\n&quot;Storm Corps&quot; soldiers learn to fight drones\n\n"
        "Ukraine&#39;s military intelligence said North Korean soldiers in Russia&#x2019;s Kursk region were adapting to drone attacks, after heavy losses.\n\n"
        "&ldquo;They are learning quickly,&rdquo; a spokesman said of the troops &amp; their officers.\n"
    )
    result = normalise_text(text)
    article = result.articles[0]
    assert article.title == '"Storm Corps" soldiers learn to fight drones'
    assert article.outlet == "Steppe Observer"
    assert article.published == "2024-12-03"
    assert "“They are learning quickly,” a spokesman said of the troops & their officers." in passage_texts(article)


# --- Layout ---------------------------------------------------------------------------------------


def test_publication_line_above_a_date_line_is_the_masthead_and_the_headline_the_title() -> None:
    for masthead in ("Kyivpost", "Dnipro Courier"):
        text = f"{masthead}\nNovember 6, 2024\n\nNorth Korean soldiers killed in first clash, officials say\n\n{LONG_1}\n\n{LONG_2}\n"
        article = normalise_text(text).articles[0]
        assert article.title == "North Korean soldiers killed in first clash, officials say"
        assert article.outlet == masthead
        assert article.published == "2024-11-06"
        assert masthead not in passage_texts(article)


def test_a_place_above_a_date_line_is_not_taken_for_a_masthead() -> None:
    text = f"Tokyo\nNovember 6, 2024\n\nNorth Korean soldiers killed in first clash, officials say\n\n{LONG_1}\n\n{LONG_2}\n"
    assert normalise_text(text).articles[0].outlet is None


def test_a_line_cut_mid_sentence_is_joined_to_its_lower_case_continuation() -> None:
    text = (
        "North Korean general wounded in strike\n\n"
        "The source said the strike hit a building where Russian and North Korean officers were meeting. Several hundred soldiers\r"
        "are believed to be in the area.\r\n\r\n"
        f"{LONG_1}\r\n"
    )
    passages = passage_texts(normalise_text(text).articles[0])
    assert any(p.endswith("Several hundred soldiers are believed to be in the area.") for p in passages)


def test_a_broken_word_after_a_short_first_line_is_no_heading() -> None:
    text = (
        "THE DEFENCE OBSERVER                          November 2024\n\nPyongyang's Expeditionary Force\n\n"
        "North Korea's decision to send troops to fight alongside Russia marks a serious\n"
        "escalation. According to South Korean intelligence, around 11,000 soldiers were\n"
        "moved to Russia's Far East in October and later west to the Kursk region.\n\n"
        "The deploy-\n"
        "ment followed months of growing military cooperation, including shipments of\n"
        "millions of artillery shells and dozens of ballistic missiles to Russia.\n\n"
        "                             — 1 —\n"
        "THE DEFENCE OBSERVER                          November 2024\n\n"
        "Moscow has neither confirmed nor denied the presence of North Korean soldiers in\n"
        "the Kursk region, while Pyongyang called the cooperation a sovereign right.\n\n"
        "                             — 2 —\n"
    )
    article = normalise_text(text).articles[0]
    assert not any(p.kind == PassageKind.HEADING and "deploy" in p.text for p in article.passages)
    assert any(p.text.startswith("The deploy-ment followed months") for p in article.passages)


def test_print_view_page_title_names_the_site_and_a_placed_byline_the_author() -> None:
    page = (
        "<html><head><title>Print: North Korean artillery crews spotted near Kursk | The Baltic Ledger</title></head><body>"
        '<div class="noprint"><a href="javascript:window.print()">Print this page</a></div>'
        "<h1>North Korean artillery crews spotted near Kursk</h1>"
        '<p class="byline">By Marta Kalnina, Riga</p><p class="date">Published: 14 November 2024</p>'
        f"<p>{LONG_1}</p><p>{LONG_2}</p><p>{LONG_3}</p></body></html>"
    )
    article = normalise_text(page, ".html").articles[0]
    assert article.outlet == "The Baltic Ledger"
    assert article.author == "Marta Kalnina"


def test_live_blog_entries_keep_the_page_order_under_the_headline() -> None:
    entries = [LONG_1, LONG_2, LONG_3]
    body = "".join(
        f"<div class='entry'><time>{16 - k}:00 GMT</time><p class='entry-author'>Sam Whitfield</p><p>{entry}</p>"
        "<div class='share'><a>Share</a></div></div>\n"
        for k, entry in enumerate(entries)
    )
    page = (
        "<!DOCTYPE html><html><head><title>Troops in Russia: live updates | Meridian Daily</title></head><body><main><article>"
        "\n<h1>Troops in Russia: live updates</h1>\n<p class='standfirst'>Follow our live coverage as Kyiv and Seoul report more soldiers moving to the front.</p>\n"
        f"{body}</article></main></body></html>"
    )
    passages = passage_texts(normalise_text(page, ".html").articles[0])
    order = [next(i for i, p in enumerate(passages) if p == entry) for entry in entries]
    standfirst = next(i for i, p in enumerate(passages) if p.startswith("Follow our live coverage"))
    assert standfirst < order[0] < order[1] < order[2]


def test_source_note_in_words_under_a_table_is_no_outlet() -> None:
    text = f"How many troops? The estimates compared\n\n{LONG_1}\n\n{LONG_2}\n\nSource: government statements compiled by the author.\n"
    assert normalise_text(text).articles[0].outlet is None


def test_forwarded_subject_loses_the_mail_clients_prefix() -> None:
    assert normalise_text(_FORWARD).articles[0].title == "Kursk deployment - draft for tomorrow"


def test_forum_profile_fields_beside_a_post_are_furniture() -> None:
    text = f"Re: North Korean troops in Kursk\n\n{LONG_1}\n\n• Posts: 4,212\n• Joined: Mar 2011\n\n{LONG_2}\n"
    result = normalise_text(text)
    passages = passage_texts(result.articles[0])
    assert "• Posts: 4,212" not in passages and "• Joined: Mar 2011" not in passages
    assert any("Joined: Mar 2011" in t for t in _removed(result, "forum-chrome"))
