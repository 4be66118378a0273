"""Headers of copy from European outlets: month names, "By" words and one-word paper names in their languages."""

from __future__ import annotations

import pytest

from store.normalise import normalise_bytes
from store.normalise.dates import find_date
from store.normalise.metadata import parse_byline
from store.normalise.outlets import has_publication_word

BODY = (
    "North Korea has sent another 3,000 soldiers to Russia, the South Korean military said on Friday, "
    "bringing the total to about 14,000 according to officials in Seoul.\n\n"
    "The deployment began in October and has drawn warnings from Kyiv and Washington about a wider war.\n"
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Berlin, 20. Dezember 2024", "2024-12-20"),
        ("Wien, 3. Jänner 2025", "2025-01-03"),
        ("Paris, le 5 août 2024", "2024-08-05"),
        ("Madrid, 20 de diciembre de 2024", "2024-12-20"),
        ("Lisboa, 7 de março de 2024", "2024-03-07"),
        ("Roma, 1 marzo 2023", "2023-03-01"),
        ("Amsterdam, 12 februari 2025", "2025-02-12"),
        ("Warszawa, 20 grudnia 2024 r.", "2024-12-20"),
        ("Москва, 21 декабря 2024 г.", "2024-12-21"),
        ("Київ, 3 березня 2025", "2025-03-03"),
    ],
)
def test_day_first_dates_with_a_foreign_month_name(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso == iso and not found.ambiguous


def test_an_impossible_foreign_date_is_found_but_not_invented() -> None:
    found = find_date("Le 31 février 2024")
    assert found is not None and found.iso is None


def test_a_month_name_without_a_day_is_no_date() -> None:
    assert find_date("mai 2024") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("Von Anna Schmidt", "Anna Schmidt"), ("Par Claire Dubois", "Claire Dubois"),
     ("Por María José García", "María José García"), ("Door Jan de Vries", "Jan de Vries"),
     ("di Marco Rossi", "Marco Rossi")],
)
def test_by_in_other_languages_opens_a_byline(line: str, author: str) -> None:
    parsed = parse_byline(line)
    assert parsed is not None and parsed[0] == author


@pytest.mark.parametrize("line", ["Por favor, lea esto", "Par for the course", "Von der Leyen visits Kyiv"])
def test_those_words_before_anything_but_a_name_are_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Berliner Tagesblatt", True), ("Münchner Abendzeitung", True), ("Hamburger Morgenpost", True),
     ("Het Dagblad", True), ("Corriere della Sera", True), ("El Diario del Sur", True),
     ("Anna Schmidt", False), ("Blatt", False), ("Compost", False)],
)
def test_publication_words_include_european_papers_and_their_one_word_names(name: str, expected: bool) -> None:
    assert has_publication_word(name) is expected


def test_a_german_header_gives_title_outlet_author_and_date() -> None:
    text = ("Nordkorea schickt weitere Soldaten nach Russland\n\nBerliner Tagesblatt\n20. Dezember 2024\n"
            "Von Anna Schmidt\n\n" + BODY)
    article = normalise_bytes(text.encode(), "de.txt", suffix=".txt").articles[0]
    assert article.title == "Nordkorea schickt weitere Soldaten nach Russland"
    assert (article.outlet, article.author, article.published) == ("Berliner Tagesblatt", "Anna Schmidt", "2024-12-20")
    assert article.passages[0].text.startswith("North Korea has sent")
