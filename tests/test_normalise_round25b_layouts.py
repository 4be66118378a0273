"""Round 25b, layouts: a Ukrainian news site's text as its readers copy it (the masthead over the headline,
the writer and the stamp under it, a photo's caption with its credit, "Source:"/"Details:"/"Quote:" label
paragraphs, an advert's label, a donation appeal and a "Read more:" pointer), mastheads in their own scripts,
a yearless day-first dateline, a wiki's section-edit links in other forms and languages, and an HTML table's
caption.

Each case is written as an unseen source would write it; what must hold is the body whole and in order,
the title, outlet, date and author right, furniture left out but on record.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

from store.normalise.outlets import outlet_table

_HEADLINE = "North Korean units pulled back from Kursk front, Ukraine's intelligence says"

# --- a Ukrainian news site's masthead, byline and stamp ------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("Ukrainska Pravda", "Ukrainska Pravda"), ("Українська правда", "Ukrainska Pravda"), ("Kyiv Post", "Kyiv Post")],
)
@pytest.mark.parametrize(
    "stamp",
    [
        "Roman Petrenko — Tuesday, 11 March 2025, 09:15",
        "Roman Petrenko – Tue, 11 March 2025, 09:15",
        "Roman Petrenko - Tuesday, 11 March 2025",
        "Roman Petrenko, Tuesday, 11 March 2025",
        "Roman Petrenko — 11 March 2025, 09:15",
    ],
)
def test_a_masthead_over_the_headline_is_the_outlet_and_the_name_and_stamp_under_it_sign_and_date(masthead: str, outlet: str, stamp: str) -> None:
    text = f"{masthead}\n\n{_HEADLINE}\n\n{stamp}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    result = normalise_named(text, "up.txt")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, outlet, "Roman Petrenko", "2025-03-11")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert stamp in removed_texts(result)
    # A place before the dash is no writer.
    placed = only_article(normalise_named(text.replace("Roman Petrenko", "New York")))
    assert (placed.author, placed.published) == (None, "2025-03-11")


@pytest.mark.parametrize("stamp", ["Roman Petrenko, Kyiv Post — Tuesday, 11 March 2025, 09:15", "Roman Petrenko, Kyiv Post, 11 March 2025"])
def test_a_writer_and_the_outlet_before_the_stamp_sign_and_name_the_outlet(stamp: str) -> None:
    result = normalise_named(f"{_HEADLINE}\n\n{stamp}\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (_HEADLINE, "Kyiv Post", "Roman Petrenko", "2025-03-11")
    assert body_texts(article) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize("stamp", ["Ольга Глущенко — Понеділок, 17 лютого 2025, 14:32", "Ирина Петрова — среда, 17 февраля 2025"])
def test_the_sites_own_language_edition_signs_dates_and_keeps_its_source_line(stamp: str) -> None:
    lede = "Головне управління розвідки оцінює втрати північнокорейських військових у Курській області в 4 тисячі осіб."
    source = "Джерело: речник ГУР Андрій Юсов в етері телемарафону"
    details = "Деталі: Юсов сказав, що підрозділи відведені з передової."
    text = f"Українська правда\n\nКНДР втратила близько 4 тисяч військових\n\n{stamp}\n\n{lede}\n\n{source}\n\n{details}\n"
    article = only_article(normalise_named(text))
    assert (article.outlet, article.author, article.published) == ("Ukrainska Pravda", stamp.split(" — ")[0], "2025-02-17")
    assert [(p.kind, p.text) for p in article.passages] == [("body", lede), ("body", source), ("body", details)]


# --- the site's furniture: an advert's label, a donation appeal, a "Read more:" pointer -----------------------


@pytest.mark.parametrize("advert", ["Advertisement:", "ADVERTISEMENT:", "Advertising:"])
@pytest.mark.parametrize(
    "appeal",
    [
        "Support Ukrainska Pravda on Patreon!",
        "Support the Kyiv Post via Buy Me a Coffee.",
        "Підтримайте Українську правду на Patreon!",
        "Journalists fight on their own front line. Support Ukrainska Pravda or become our patron!",
    ],
)
def test_an_adverts_label_and_a_donation_appeal_between_paragraphs_are_no_text(advert: str, appeal: str) -> None:
    text = f"{_HEADLINE}\n\n{PROSE_1}\n\n{advert}\n\n{PROSE_2}\n\n{appeal}\n\n{PROSE_3}\n"
    result = normalise_named(text)
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert advert in removed_texts(result, "advertisement")
    assert appeal in removed_texts(result, "support-appeal")


@pytest.mark.parametrize(
    "ask",
    [
        "Subscribe to our Telegram channel!",
        "Join us on Telegram",
        "Ukrainska Pravda is the place where you will find the most up-to-date news about the war. Follow us on Telegram, Twitter, and YouTube.",
    ],
)
def test_a_sites_ask_to_follow_its_channels_is_no_text(ask: str) -> None:
    result = normalise_named(f"{_HEADLINE}\n\n{PROSE_1}\n\n{ask}\n\n{PROSE_2}\n\n{PROSE_3}\n")
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert ask in removed_texts(result)
    # Prose that asks someone to join someone stays.
    said = "The brigade's commander said volunteers would join us on the front line within weeks, officials said."
    assert said in body_texts(only_article(normalise_named(f"{_HEADLINE}\n\n{PROSE_1}\n\n{said}\n\n{PROSE_2}\n")))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_read_more_label_and_the_related_headline_under_it_close_no_story(gap: str) -> None:
    related = "Zelensky says Kyiv is ready to hand over captured North Korean soldiers"
    text = f"{_HEADLINE}\n\n{PROSE_1}\n\n{PROSE_2}\n\nAdvertisement:\n\nRead more:{gap}{related}\n"
    result = normalise_named(text)
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2]
    assert any(related in removed for removed in removed_texts(result, "related-stories"))
    # A pointer that is a sentence of the story stays.
    kept = f"Read more: the full report runs to 40 pages and names every unit.\n\n{PROSE_3}"
    assert [p.text for p in only_article(normalise_named(f"{_HEADLINE}\n\n{PROSE_1}\n\n{kept}\n")).passages][1:] == kept.split("\n\n")
    # A digest's "Read more:" over each item's link ends nothing: the items under the last one stay.
    digest = f"{_HEADLINE}\n\n{PROSE_1}\nRead more:\nhttps://example.com/a\n\n{PROSE_2}\nRead more:\nhttps://example.com/b\n\n{PROSE_3}\n\n{PROSE_1}\n"
    assert body_texts(only_article(normalise_named(digest)))[-2:] == [PROSE_3, PROSE_1]


# --- a photo's caption that ends with its credit ---------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    ["North Korean servicemen. Stock photo: Getty Images", "Troops at a parade in Pyongyang. Illustrative photo: Reuters", "A Koksan gun. File photo: AP"],
)
def test_a_caption_ending_in_a_labelled_photo_credit_is_a_caption(caption: str) -> None:
    text = f"Ukrainska Pravda\n\n{_HEADLINE}\n\nRoman Petrenko — Tuesday, 11 March 2025, 09:15\n\n{caption}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text))
    assert [(p.kind, p.text) for p in article.passages][0] == ("caption", caption)
    assert body_texts(article) == [PROSE_1, PROSE_2]


# --- label paragraphs: whose words follow ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Source: Defence Intelligence of Ukraine spokesperson Andrii Yusov on the national joint 24/7 newscast",
        "Source: HUR spokesperson Andrii Yusov in a comment to Radio Liberty",
        "Джерело: речник ГУР Андрій Юсов в етері телемарафону",
        "Context: the units arrived in Kursk Oblast in late October",
    ],
)
def test_a_label_paragraph_naming_the_source_is_text_not_a_heading(label: str) -> None:
    details = "Details: Yusov said the units had not taken part in assaults for about three weeks and were being retrained."
    quote = 'Quote: "They have drawn conclusions from their losses, and we expect them to return with new tactics."'
    text = f"{_HEADLINE}\n\n{PROSE_1}\n\n{label}\n\n{details}\n\n{quote}\n\nBackground:\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text))
    assert [(p.kind, p.text) for p in article.passages] == [
        ("body", PROSE_1), ("body", label), ("body", details), ("body", quote), ("body", "Background:"), ("body", PROSE_2)
    ]


# --- mastheads in their own scripts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("Медуза", "Meduza"), ("«Медуза»", "Meduza"), ("한겨레", "The Hankyoreh"), ("Радио Свобода", "Radio Free Europe/Radio Liberty")],
)
def test_a_masthead_in_its_own_script_names_the_outlet(masthead: str, outlet: str) -> None:
    article = only_article(normalise_named(f"{masthead}\n\n{_HEADLINE}\n\n11 March 2025, 09:15\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.title, article.outlet, article.published) == (_HEADLINE, outlet, "2025-03-11")
    assert body_texts(article) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize(
    ("native", "outlet"),
    [
        ("Медуза", "Meduza"), ("Укрінформ", "Ukrinform"), ("조선중앙통신", "Korean Central News Agency"), ("데일리NK", "Daily NK"),
        ("자유아시아방송", "Radio Free Asia"), ("Голос Америки", "Voice of America"), ("南華早報", "South China Morning Post"),
        ("日本経済新聞", "Nikkei Asia"), ("Би-би-си", "BBC News"), ("香港電台", "RTHK"),
    ],
)
def test_the_outlet_list_knows_the_outlets_it_lists_by_their_names_in_their_own_scripts(native: str, outlet: str) -> None:
    found = outlet_table().lookup(native)
    assert found is not None and found.name == outlet


# --- a yearless day-first dateline -------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["Kuala Terengganu", "Kota Kinabalu", "Tokyo", "SEOUL"])
@pytest.mark.parametrize("day", ["5 November", "5 Nov", "November 5"])
def test_a_yearless_dateline_line_is_no_heading_and_dates_the_story_by_the_year_it_mentions(place: str, day: str) -> None:
    mention = "The first units crossed the border in October 2024, officials said."
    text = f"{_HEADLINE}\n\n{place}, {day}\n\n{PROSE_1} {mention}\n\n{PROSE_2}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert [p.kind for p in article.passages] == ["body", "body"]
    assert (article.published, article.date_ambiguous, article.dateline, article.author) == ("2024-11-05", True, place, None)
    assert f"{place}, {day}" in removed_texts(result)
    # A writer's name in the place's slot signs the story.
    signed = only_article(normalise_named(f"{_HEADLINE}\n\nJane Kim, {day}\n\n{PROSE_1} {mention}\n\n{PROSE_2}\n"))
    assert (signed.author, signed.published) == ("Jane Kim", "2024-11-05")


# --- a wiki's section-edit links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    ["[edit | edit source]", " [ edit ]", "[править | править код]", "[редагувати | редагувати код]", "[편집 | 원본 편집]", "[Quelltext bearbeiten]"],
)
def test_a_wiki_section_headings_edit_links_go_and_the_heading_stays(edit: str) -> None:
    text = f"North Korean involvement in the Russian invasion of Ukraine\n\n{PROSE_1}\n\nDeployment{edit}\n\n{PROSE_2}\n\nCasualties{edit}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text, "wiki.txt"))
    assert [(p.kind, p.text) for p in article.passages] == [
        ("body", PROSE_1), ("heading", "Deployment"), ("body", PROSE_2), ("heading", "Casualties"), ("body", PROSE_3)
    ]


def test_a_wiki_pages_section_heading_with_its_edit_link_beside_it_is_kept() -> None:
    def section(name: str) -> str:
        return (
            f'<div class="mw-heading mw-heading2"><h2 id="{name}">{name}</h2><span class="mw-editsection">'
            '<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1" title="Edit section">'
            '<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>'
        )

    title = "North Korean involvement in the Russian invasion of Ukraine"
    page = (
        f"<html><head><title>{title} - Wikipedia</title></head><body><h1>{title}</h1><div id='siteSub'>From Wikipedia, "
        f"the free encyclopedia</div><div class='mw-parser-output'><p>{PROSE_1}</p>{section('Deployment')}<p>{PROSE_2}</p>"
        f"{section('Casualties')}<p>{PROSE_3}</p></div></body></html>"
    )
    article = only_article(normalise_named(page, "wiki.html"))
    assert [(p.kind, p.text) for p in article.passages] == [
        ("body", PROSE_1), ("heading", "Deployment"), ("body", PROSE_2), ("heading", "Casualties"), ("body", PROSE_3)
    ]


def test_another_languages_wiki_masthead_is_no_heading() -> None:
    text = f"Участие КНДР во вторжении России в Украину\n\nМатериал из Википедии — свободной энциклопедии\n\n{PROSE_1}\n\nПотери[править | править код]\n\n{PROSE_2}\n"
    result = normalise_named(text, "wiki.txt")
    assert [(p.kind, p.text) for p in only_article(result).passages] == [("body", PROSE_1), ("heading", "Потери"), ("body", PROSE_2)]
    assert "Материал из Википедии — свободной энциклопедии" in removed_texts(result)


# --- an HTML table's caption -------------------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["<thead><tr><th>Source</th><th>Troops</th></tr></thead><tbody>", "<tr><th>Source</th><th>Troops</th></tr>"])
def test_a_tables_caption_is_its_caption_not_a_row(head: str) -> None:
    rows = "<tr><td>NIS</td><td>11,000</td></tr><tr><td>Pentagon</td><td>12,000</td></tr>"
    tail = "</tbody>" if "<tbody>" in head else ""
    page = (
        f"<html><body><article><h1>{_HEADLINE}</h1><p>{PROSE_1}</p><table><caption>Estimates of North Korean troops in Russia</caption>"
        f"{head}{rows}{tail}</table><p>{PROSE_2}</p></article></body></html>"
    )
    article = only_article(normalise_named(page, "table.html"))
    passages = [(p.kind, p.text) for p in article.passages]
    assert passages[1] == ("caption", "Estimates of North Korean troops in Russia")
    assert [text for _kind, text in passages[2:5]] == ["| Source | Troops |", "| NIS | 11,000 |", "| Pentagon | 12,000 |"]
    assert passages[-1] == ("body", PROSE_2)
    assert not any("Estimates" in text for kind, text in passages if kind == "body")


# --- more Ukrainian sites as copied: a lone byline under a masthead's headline, a time-first short stamp ----------


def test_a_lone_name_under_a_mastheads_headline_is_the_byline() -> None:
    result = normalise_named(f"Ukrainska Pravda\n\n{_HEADLINE}\n\nOlha Hlushchenko\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.outlet, article.author) == (_HEADLINE, "Ukrainska Pravda", "Olha Hlushchenko")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]


@pytest.mark.parametrize("masthead", ["UNIAN", "RBC-Ukraine", "РБК-Україна"])
def test_a_time_first_stamp_with_a_two_digit_year_dates_the_story_and_an_interest_pointer_is_no_text(masthead: str) -> None:
    pointer = "You may also be interested in news: Ukraine says 30,000 Russian troops were hit in March"
    text = f"{masthead}\n\n{_HEADLINE}\n\n12:45, 07.03.25\n\n{PROSE_1}\n\n{PROSE_2}\n\n{pointer}\n\n{PROSE_3}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.published) == (_HEADLINE, "2025-03-07")
    assert article.outlet in ("UNIAN", "RBC-Ukraine")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert pointer in removed_texts(result, "related-link")
