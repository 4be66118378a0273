"""Normaliser follow-ups of session 17: embedded posts, wire sign-offs, controls in markup, bracketed
mastheads, forum flair and newsletter greetings."""

from __future__ import annotations

import json

import pytest

from store.models import PassageKind
from store.normalise import normalise_bytes

P1 = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's National "
    "Intelligence Service, which told lawmakers on Wednesday that at least 1,100 of them had been killed or wounded."
)
P2 = (
    "Lawmaker Lee Seong-kweun, who briefed reporters after the closed-door session, said the soldiers were suffering "
    "heavy losses because they lacked experience of drone warfare and were being used in assaults."
)
P3 = (
    "Neither Moscow nor Pyongyang has publicly acknowledged the deployment, although Russian President Vladimir "
    "Putin and Kim Jong Un signed a mutual defence treaty in June."
)
TITLE = "North Korean troops suffer heavy losses in Kursk"


def _normalise(text: str, name: str = "a.txt"):
    suffix = "." + name.rsplit(".", 1)[1]
    return normalise_bytes(text.encode("utf-8"), name, suffix=suffix)


def _passages(result):
    return [(p.kind, p.text) for a in result.articles for p in a.passages]


def _removed(result):
    return [(r.reason, r.text) for r in result.removed]


# --- 1. Embedded posts --------------------------------------------------------

POST = "North Korea now shipping artillery systems to Russia. The M-1989 Koksan are long-range guns https://t.co/ZHBemaVVXM pic.twitter.com/3lOtCi13TO"
SIGNATURE = "— Jane Roe (@janeroe_osint) November 14, 2024"


def test_an_embedded_post_and_its_signature_are_a_set_apart_quotation_not_prose_or_a_photo_credit():
    result = _normalise(f"{TITLE}\n\n{P1}\n\n{POST}\n\n{SIGNATURE}\n\n{P2}\n\n{P3}\n")
    kinds = {text: kind for kind, text in _passages(result)}
    assert kinds[POST] == PassageKind.PULLQUOTE
    assert kinds[SIGNATURE] == PassageKind.PULLQUOTE  # quoted with its post, naming its author
    assert kinds[P1] == kinds[P2] == PassageKind.BODY
    # The post follows its signature's order: post, then who posted it.
    texts = [text for _, text in _passages(result)]
    assert texts.index(SIGNATURE) == texts.index(POST) + 1


def test_a_post_signed_in_its_own_paragraph_is_set_apart_too():
    signed = f"Kim's troops are in Kursk now https://t.co/AbC123 {SIGNATURE}"
    result = _normalise(f"{TITLE}\n\n{P1}\n\n{signed}\n\n{P2}\n\n{P3}\n")
    assert (PassageKind.PULLQUOTE, signed) in _passages(result)


def test_an_undated_handle_line_under_a_paragraph_without_links_leaves_the_paragraph_as_prose():
    result = _normalise(f"{TITLE}\n\n{P1}\n\n{P2}\n\n— Jane Roe (@janeroe_osint)\n\n{P3}\n")
    assert (PassageKind.BODY, P2) in _passages(result)


# --- 2. A wire's sign-off glued to the last paragraph ----------------------------


@pytest.mark.parametrize("tag", ["Bloomberg", "(Yonhap)", "– AFP"])
def test_a_wires_sign_off_after_the_last_full_stop_is_split_off_as_a_credit(tag):
    result = _normalise(f"The Straits Times\n\n{TITLE}\n\n{P1}\n\n{P2}\n\n{P3} {tag}\n")
    article = result.articles[0]
    assert article.passages[-1].text == P3
    assert article.outlet == "The Straits Times"
    assert article.credit is not None and article.credit.startswith(tag.strip("()– "))  # still the story's credit
    assert ("wire-credit", tag) in _removed(result)


def test_a_wire_named_inside_the_last_sentence_stays_in_it():
    last = "Neither Moscow nor Pyongyang has confirmed the figures, which were first reported by Reuters."
    result = _normalise(f"{TITLE}\n\n{P1}\n\n{P2}\n\n{last}\n")
    assert result.articles[0].passages[-1].text == last
    assert not any(reason == "wire-credit" for reason, _ in _removed(result))


# --- 3. Controls in markup ------------------------------------------------------


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}</article></body></html>"


def test_a_terminal_colour_code_in_a_page_goes_whole_and_is_recorded():
    coloured = P1.replace("11,000 troops", "\x1b[31m11,000 troops\x1b[0m")
    result = _normalise(_page([coloured, P2, P3]), "a.html")
    texts = [text for _, text in _passages(result)]
    assert P1 in texts
    assert not any("[31m" in t or "[0m" in t or "\x1b" in t for t in texts)
    assert "escape-sequences x2" in result.repairs


def test_controls_spelt_as_character_references_neither_lose_the_page_nor_go_unrecorded():
    spelt = P2.replace("reporters", "&#27;[1mreporters&#x1b;[0m").replace("session", "session&#1;")
    result = _normalise(_page([P1, spelt, P3.replace("June", "June&#127;")]), "a.html")
    texts = [text for _, text in _passages(result)]
    assert texts[-3:] == [P1, P2, P3]
    assert "escape-sequences x2" in result.repairs
    assert "controls-stripped x2" in result.repairs
    # A reference to Windows-1252 punctuation is no control: "&#x92;" stays an apostrophe.
    quoted = _normalise(_page([P1, P2.replace("'", "&#x92;"), P3]), "a.html")
    assert not any(r.startswith("controls-stripped") for r in quoted.repairs)


def test_escapes_and_controls_in_a_feed_are_recorded_before_its_parser_drops_them():
    item = P1.replace("troops", "\x1b[31mtroops\x1b[0m\x01")
    feed = f"<?xml version='1.0'?><rss><channel><item><title>{TITLE}</title><description>{item}</description></item></channel></rss>"
    result = _normalise(feed, "feed.xml")
    assert P1 in [text for _, text in _passages(result)]
    assert "escape-sequences x2" in result.repairs and "controls-stripped x1" in result.repairs


def test_a_json_exports_escaped_colour_code_is_still_stripped_and_recorded():
    result = _normalise(json.dumps({"title": TITLE, "text": P1.replace("troops", "\x1b[1mtroops\x1b[0m") + "\n\n" + P2}), "a.json")
    assert P1 in [text for _, text in _passages(result)]
    assert "escape-sequences x2" in result.repairs


# --- 4. A masthead with a formatting tag in it ------------------------------------


def test_a_masthead_line_with_a_formatting_tag_is_the_outlet_not_the_title():
    result = _normalise(f"Daily [i]Times\n\n{TITLE}\n\nBy Jane Park\n\n{P1}\n\n{P2}\n")
    article = result.articles[0]
    assert article.title == TITLE
    assert article.dek is None
    assert ("preamble", "Daily [i]Times") in _removed(result)


def test_bracketed_words_that_are_no_formatting_tag_still_keep_a_line_from_being_a_masthead():
    result = _normalise(f"[Analysis] Kursk losses\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert not any(text == "[Analysis] Kursk losses" and reason == "preamble" for reason, text in _removed(result))


# --- 5. Forum flair and newsletter greetings ------------------------------------------


def test_a_posts_flair_is_removed_as_a_topic_label_and_a_wire_slug_stays_a_wire_service_line():
    flair = _normalise(f"Posted by u/kursk_watcher 5 hours ago\n\n{TITLE}\nRussia/Ukraine\n\n{P1}\n\n{P2}\n")
    assert ("topic-label", "Russia/Ukraine") in _removed(flair)
    slug = _normalise(f"UKRAINE-CRISIS/NORTHKOREA\n\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert ("wire-service-line", "UKRAINE-CRISIS/NORTHKOREA") in _removed(slug)


def test_a_newsletters_greeting_is_neither_its_dek_nor_its_title():
    greeting = "Good morning, and welcome to the Korea Brief."
    result = _normalise(f"{TITLE}\n\n{greeting}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    article = result.articles[0]
    assert article.title == TITLE
    assert article.dek is None
    assert (PassageKind.BODY, greeting) in _passages(result)


def test_a_greeting_to_the_reader_by_name_is_a_salutation():
    result = _normalise(f"Subject: Morning Brief: Kursk losses\n\nGood morning, Jane!\n\n{P1}\n\n{P2}\n")
    assert ("salutation", "Good morning, Jane!") in _removed(result)
