"""Follow-ups on unseen inputs: items dropped without a trace, a capitals label over the headline, a
subscription appeal and a table's rule, a headline read as a placed byline, yearless dates outside a
"PLACE, date" dateline, and a page escaped three times."""

from __future__ import annotations

import json

from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import removed_texts as _removed

# --- Nothing dropped silently ------------------------------------------------------------------------


def test_news_api_item_without_title_or_text_is_recorded_as_left_out():
    data = {
        "status": "ok",
        "articles": [
            {"source": {"name": "Euro Wire"}, "title": "EU: up to 15,000 North Korean troops could join offensive", "url": "https://x.example/1", "content": LEDE},
            {"source": {"id": "tw", "name": "The Wire Today"}, "author": None, "title": "", "url": "https://x.example/2", "publishedAt": None, "content": None},
        ],
    }
    text = json.dumps(data, indent=1)
    result = _normalise(text, "api.json")
    assert [a.title for a in result.articles] == ["EU: up to 15,000 North Korean troops could join offensive"]
    [left_out] = _removed(result, "empty-item")
    assert "The Wire Today" in left_out and "https://x.example/2" in left_out
    url_line = text[: text.index("https://x.example/2")].count("\n") + 1
    assert next(r for r in result.removed if r.reason == "empty-item").line == url_line  # the item's own line


def test_json_lines_item_without_text_is_recorded_as_left_out():
    records = [
        {"title": "Seoul says 1,500 troops sent", "url": "https://x.example/1", "source": "Wire", "content": LEDE},
        {"title": "", "url": "https://x.example/2", "source": "Wire", "content": None},
        {"title": "Kyiv counts the toll", "url": "https://x.example/3", "source": "Wire", "content": PARA},
    ]
    result = _normalise("\n".join(json.dumps(r) for r in records) + "\n", "items.jsonl")
    assert [a.title for a in result.articles] == ["Seoul says 1,500 troops sent", "Kyiv counts the toll"]
    assert _removed(result, "empty-item") == ["Source: Wire; URL: https://x.example/2"]


def test_feed_item_without_title_or_text_is_recorded_as_left_out():
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Defence Monitor</title>\n'
        f"<item><title>North Korean shells fill Russia's stocks</title><link>https://defmon.example/a1</link><description>{LEDE}</description></item>\n"
        "<item><link>https://defmon.example/a3</link><description></description></item>\n"
        "</channel></rss>\n"
    )
    result = _normalise(feed, "feed.xml")
    assert len(result.articles) == 1
    assert _removed(result, "empty-item") == ["Source: Defence Monitor; URL: https://defmon.example/a3"]


# --- A label in capitals over the headline -----------------------------------------------------------


_WIRES = (
    "FROM THE WIRES\n\n"
    "Pyongyang denies troop deployment; Seoul says 1,500 already in Vladivostok\n"
    f"Seoul, Oct 18 (Wire Service) -- {LEDE}\n\n{PARA}\n\n(Reporting by Hyonhee Shin; Editing by Ed Davies)\n\n-- END --\n\n"
    "Ukraine says 3,000 North Koreans killed or wounded\n"
    f"KYIV, Jan 12 (Wire Service) -- {CLOSING}\n\n{PARA}\n\n(Reporting by Olena Harmash; Editing by Peter Graff)\n"
)


def test_capitals_label_over_the_headline_is_no_title():
    result = _normalise(_WIRES)
    first, second = result.articles
    assert first.title == "Pyongyang denies troop deployment; Seoul says 1,500 already in Vladivostok"
    assert first.dek is None
    assert _removed(result, "section-label") == ["FROM THE WIRES"]
    assert second.title == "Ukraine says 3,000 North Koreans killed or wounded"


def test_headline_in_capitals_is_no_label():
    # A figure or a sentence's punctuation makes the line in capitals a headline; so does a capitals line under it.
    deck = "Ukraine's spy agency says the losses came in a week of assaults near Sudzha\n\n"
    counted = _normalise(f"3,000 KILLED IN KURSK\n\n{deck}{LEDE}\n\n{PARA}\n\n{CLOSING}\n").articles[0]
    assert counted.title == "3,000 KILLED IN KURSK"
    stacked = _normalise(f"KIM GAMBLES AGAIN\n\nTROOPS REACH THE KURSK FRONT LINE\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n").articles[0]
    assert stacked.title == "KIM GAMBLES AGAIN"


def test_dateline_in_ordinary_capitals_dates_like_one_in_capitals():
    first, second = _normalise(_WIRES).articles
    assert (first.published_raw, second.published_raw) == ("Oct 18", "Jan 12")
    assert first.published is None and second.published is None  # no year anywhere in the file
    assert first.dateline == "Seoul" and second.dateline == "KYIV"


# --- Subscription appeal and a table's rule ------------------------------------------------------------


def test_subscription_appeal_naming_the_outlet_and_table_rule_are_furniture():
    text = (
        "# Casualty estimates diverge\n\n"
        f"{LEDE}\n\n{PARA}\n\n"
        "| Source | Estimate |\n|---|---|\n| Pentagon | hundreds killed |\n| NIS | ~1,100 casualties |\n\n"
        "*Subscribe to Research Desk for weekly briefings.*\n"
    )
    result = _normalise(text, "note.md")
    assert _removed(result, "newsletter-signup") == ["Subscribe to Research Desk for weekly briefings."]
    assert _removed(result, "table-rule") == ["|---|---|"]
    assert not _removed(result, "icon")
    assert all("Subscribe" not in p for p in _body(result.articles[0]))


# --- A headline read as a placed byline ---------------------------------------------------------------


def test_short_headline_over_a_foreign_byline_stays_the_title():
    body = (
        "Nordkoreanische Soldaten kämpfen nach Angaben des ukrainischen Geheimdienstes inzwischen in der Region Kursk an der Seite russischer Truppen.\n\n"
        "Der Geheimdienst sprach von rund 12.000 Soldaten, die Pjöngjang nach Russland geschickt habe.\n"
    )
    article = _normalise(f"Nordkoreanische Truppen in Kursk\nVon Anna Müller\n\n{body}").articles[0]
    assert (article.title, article.author) == ("Nordkoreanische Truppen in Kursk", "Anna Müller")
    english = _normalise(f"North Korean Troops in Kursk\nBy Anna Schmidt\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (english.title, english.author) == ("North Korean Troops in Kursk", "Anna Schmidt")
    french = _normalise(f"Des soldats nord-coréens à Koursk\nPar Jean Dupont\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (french.title, french.author) == ("Des soldats nord-coréens à Koursk", "Jean Dupont")


def test_placed_byline_beside_a_date_still_names_the_writer():
    article = _normalise(f"Troops reach the Kursk front\nJane Doe in Kyiv\nDecember 19, 2024\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (article.title, article.author) == ("Troops reach the Kursk front", "Jane Doe")


# --- Yearless dates outside a "PLACE, date" dateline ------------------------------------------------------

_LATER = "The agency said at least 200 had been killed since November 2024, fighting alongside Russian marines."


def test_yearless_date_line_under_the_headline_dates_like_a_dateline():
    article = _normalise(f"North Korean troops reach Kursk front\nDec 19\n\n{LEDE}\n\n{_LATER}\n").articles[0]
    assert (article.published, article.published_raw) == ("2024-12-19", "Dec 19")
    undated = _normalise(f"North Korean troops reach Kursk front\nDec 19\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (undated.published, undated.published_raw) == (None, "Dec 19")  # no year in the file: none guessed


def test_dateline_without_a_place_dates_the_story():
    dashed = _normalise(f"North Korean troops reach Kursk front\n\nDec 19 — {LEDE}\n\n{_LATER}\n").articles[0]
    assert (dashed.published, dashed.published_raw) == ("2024-12-19", "Dec 19")
    wired = _normalise(f"North Korean troops reach Kursk front\n\nDec 19 (Yonhap) -- {LEDE}\n\n{_LATER}\n").articles[0]
    assert (wired.published, wired.published_raw, wired.outlet) == ("2024-12-19", "Dec 19", "Yonhap")


def test_timeline_entries_opening_with_dates_are_no_dateline():
    text = (
        "How the deployment unfolded\n\n"
        "Oct 8 — The first North Korean troops were shipped from Chongjin to Vladivostok aboard Russian navy vessels.\n\n"
        "Oct 23 — Ukrainian intelligence reported the first units in Kursk, where they joined Russian marines.\n"
    )
    article = _normalise(text).articles[0]
    assert article.published_raw is None


# --- A page escaped three times ------------------------------------------------------------------------


def test_triply_escaped_page_reads_without_entities():
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kim&amp;amp;#8217;s troops &amp;amp;mdash; the Kursk toll</title></head>\n'
        "<body><article><h1>Kim&amp;amp;#8217;s troops &amp;amp;mdash; the Kursk toll</h1>\n<p>By Jane Park</p>\n"
        "<p>North Korea&amp;amp;#8217;s soldiers have suffered heavy losses in Kursk &amp;amp;mdash; about 3,000 killed or wounded, "
        "Ukraine&amp;amp;#8217;s president said on Sunday, in a figure that could not be verified independently.</p>\n"
        "<p>South Korea&amp;amp;#8217;s spy agency put the toll lower &amp;amp;mdash; around 1,100 &amp;amp;mdash; in its own "
        "briefing to lawmakers in Seoul on Monday afternoon.</p>\n"
        "<p>The agency said the troops had been pulled back from the front line after the losses, citing intercepted "
        "communications and satellite imagery.</p>\n</article></body></html>\n"
    )
    result = _normalise(page, "page.html")
    article = result.articles[0]
    assert article.title == "Kim’s troops — the Kursk toll"
    assert not any("&" in p.text for p in article.passages)
    assert article.passages[0].text.startswith("North Korea’s soldiers")
    assert any(r.startswith("html-entities x") for r in result.repairs)


def test_a_headline_set_in_capitals_over_its_deck_stays_the_title() -> None:
    # Only section words and fillers make a label ("FROM THE WIRES"); names and a verb make a headline.
    text = ("KIM MEETS PUTIN\n\nLeaders sign a defence pact in Pyongyang\n\n"
            "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday, state media said.\n\n"
            "The pact commits each side to help the other if attacked, KCNA reported.\n")
    article = _normalise(text, "caps.txt").articles[0]
    assert article.title == "KIM MEETS PUTIN"
