"""Round 26c, layouts: a plain note's "key: value" head with no fences, "Name, City" bylines in plain text,
and "Source:" in other languages opening a paragraph.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, normalise_named, only_article, passage_texts

# --- "key: value" lines at the top of a plain note, no "---" fences ---------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "title: Pyongyang's shells keep arriving, analysts find\nsource: Baltic Ledger\ndate: 2024-12-02",
        "headline: Pyongyang's shells keep arriving, analysts find\npublication: Baltic Ledger\npublished: 2 December 2024",
    ],
)
def test_lower_case_field_lines_at_the_top_are_read_as_fields(head: str) -> None:
    result = normalise_named(f"{head}\n\n{PROSE_1}\n\n{PROSE_2}\n", "note.txt")
    article = only_article(result)
    assert article.title == "Pyongyang's shells keep arriving, analysts find"
    assert (article.outlet, article.published) == ("Baltic Ledger", "2024-12-02")
    assert passage_texts(article) == [PROSE_1, PROSE_2]
    # In capitals, or fenced as front matter, the same block reads the same.
    for variant in (head.upper().replace("PYONGYANG'S SHELLS KEEP ARRIVING, ANALYSTS FIND", article.title), f"---\n{head}\n---"):
        again = only_article(normalise_named(f"{variant}\n\n{PROSE_1}\n\n{PROSE_2}\n", "note.txt"))
        assert (again.title, again.published) == (article.title, article.published)


def test_a_writer_and_link_field_in_lower_case_are_read_too() -> None:
    head = "headline: Shells and rockets by rail\nby: Agnė Kazlauskienė\nlink: https://ledger.example/shells"
    article = only_article(normalise_named(f"{head}\n\n{PROSE_1}\n\n{PROSE_2}\n", "note.txt"))
    assert (article.title, article.author, article.url) == ("Shells and rockets by rail", "Agnė Kazlauskienė", "https://ledger.example/shells")


# --- "Name, City" in plain text: the writer and where the story was filed from --------------------------


@pytest.mark.parametrize(
    ("line", "author", "place"),
    [("Tomas Valiunas, Kaunas", "Tomas Valiunas", "Kaunas"), ("Олег Бондар, Дніпро", "Олег Бондар", "Дніпро")],
)
def test_a_bare_name_and_city_line_under_the_title_is_the_byline(line: str, author: str, place: str) -> None:
    result = normalise_named(f"Shells and rockets by rail\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n", "story.txt")
    article = only_article(result)
    assert (article.author, article.dateline, article.outlet) == (author, place, None)
    assert line not in passage_texts(article)
    # A place and its region is no writer and no city after one.
    region = only_article(normalise_named(f"Shells and rockets by rail\n\nBelgorod Oblast, Russia\n\n{PROSE_1}\n\n{PROSE_2}\n", "story.txt"))
    assert region.author is None


@pytest.mark.parametrize("tail", ["", " — 4 March 2025"])
def test_a_by_line_with_a_city_after_the_name_gives_no_outlet(tail: str) -> None:
    result = normalise_named(f"Shells and rockets by rail\n\nBy Ruta Petraitis, Kaunas{tail}\n\n{PROSE_1}\n\n{PROSE_2}\n", "story.txt")
    article = only_article(result)
    assert (article.author, article.dateline, article.outlet) == ("Ruta Petraitis", "Kaunas", None)
    # A known outlet after the name is still the outlet.
    known = only_article(normalise_named(f"Shells and rockets by rail\n\nBy Ruta Petraitis, Reuters{tail}\n\n{PROSE_1}\n\n{PROSE_2}\n", "story.txt"))
    assert (known.author, known.outlet) == ("Ruta Petraitis", "Reuters")


# --- "Source:" in other languages opening a paragraph: words of the story, never a heading ---------------


@pytest.mark.parametrize("label", ["Źródło", "Quelle", "Fuente", "Zdroj"])
def test_a_labelled_source_line_in_the_body_is_no_heading(label: str) -> None:
    line = f"{label}: Gazeta Nadbużańska"
    article = only_article(normalise_named(f"Shells and rockets by rail\n\n{PROSE_1}\n\n{line}\n\n{PROSE_2}\n\n{PROSE_3}\n", "story.txt"))
    kinds = {p.text: p.kind for p in article.passages}
    assert line in kinds
    assert kinds[line] != "heading"
