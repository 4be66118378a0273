"""Claims round 28 (Russian, Ukrainian, German, French, Spanish): the lead's listed gaps as general rules.

A Russian or Ukrainian denial names whose statement it rejects after the said noun, in the genitive ("назвал
«уткой» заявления Киева о …"): the owner's claim is filed beside the denial, as English "rejected Kyiv's claim
that …" files it; capitals standing for governments fold to one name in any case ("Сеула", "Вашингтона",
"Києва"); "the half" with its article closing a European clause ("von der Hälfte.", "la moitié.", "la mitad.") is
a 50 % share.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of


# --- (a) a Russian or Ukrainian denial of another's statement ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "denier", "owner", "subject"),
    [
        ("Песков назвал «уткой» заявления Киева о гибели около 4 000 военных КНДР.", "Dmitry Peskov", "Kyiv",
         "casualties"),
        ("Захарова назвала «фейком» заявления Киева о гибели 2 000 военных КНДР.", "Maria Zakharova", "Kyiv",
         "casualties"),
        ("МИД России отверг сообщения Сеула о том, что в Курской области находятся 11 тысяч военных КНДР.",
         "Russian Ministry of Foreign Affairs", "Seoul", "troops_deployed"),
        ("Песков назвал заявления Вашингтона о 12 тысячах военных КНДР в Курской области «уткой».",
         "Dmitry Peskov", "Washington", "troops_deployed"),
        ("Речник Кремля спростував заяви Києва про загибель 4 тисяч військових КНДР, назвавши їх вигадкою.",
         "Kremlin", "Kyiv", "casualties"),
    ],
)
def test_a_cyrillic_denial_files_the_owners_claim_beside_its_own(text: str, denier: str, owner: str,
                                                                  subject: str) -> None:
    claims = claims_of(text)
    denial = [c for c in claims if c.denied]
    owned = [c for c in claims if not c.denied and c.figures]
    assert [(c.claimant, c.subject) for c in denial] == [(denier, subject)]
    assert [(c.claimant, c.subject) for c in owned] == [(owner, subject)]
    assert owned[0].figures[0].value == denial[0].figures[0].value
    assert "«" not in owned[0].text and not owned[0].text.startswith(("Песков", "Захарова", "МИД", "Речник"))
    # a denial of a statement nobody is named to own files no second claim
    assert [(c.claimant, c.denied) for c in claims_of("Песков отверг заявления о гибели 4 000 военных КНДР.")] == [
        ("Dmitry Peskov", True)]


# --- (h) capitals in their Russian and Ukrainian cases ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По данным Сеула, в Россию отправлены 11 тысяч военных КНДР.", "Seoul"),
        ("По оценке Вашингтона, в Курской области находятся 12 тысяч военных КНДР.", "Washington"),
        ("За оцінкою Києва, загинули 4 тисячі військових КНДР.", "Kyiv"),
        ("По данным Киева, погибли 4 тысячи военных КНДР.", "Kyiv"),
        ("По данным Пхеньяна, в Россию отправлены 11 тысяч военных КНДР.", "Pyongyang"),
    ],
)
def test_a_capital_in_the_genitive_folds_to_its_english_name(text: str, name: str) -> None:
    assert claims_of(text)[0].claimant == name


def test_the_capitals_fold_with_their_english_copy() -> None:
    english = claims_of("Washington says 12,000 North Korean troops are in Kursk.")[0].claimant
    russian = claims_of("По оценке Вашингтона, в Курской области находятся 12 тысяч военных КНДР.")[0].claimant
    assert english == russian


# --- (f) "the half" closing a European clause -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("Kiewer Stellen sprechen bei der Artilleriemunition sogar von der Hälfte.", "der Hälfte"),
        ("Selon Kiev, les obus nord-coréens représentent la moitié.", "la moitié"),
        ("Según Kiev, los proyectiles norcoreanos representan la mitad.", "la mitad"),
    ],
)
def test_the_half_closing_a_european_clause_is_a_half_share(text: str, half: str) -> None:
    claim = claim_with(claims_of(text), half)
    assert (claim.subject, claim.figures[0].value, claim.figures[0].unit) == ("ammunition_share", 50, "percent")


def test_a_half_of_time_is_no_share() -> None:
    from store.analysis.numbers import find_figures

    assert find_figures("Das geschah in der ersten Hälfte.") == []
    assert [f.value for f in find_figures("Laut Kiew kommt die Hälfte.")] == [50]
