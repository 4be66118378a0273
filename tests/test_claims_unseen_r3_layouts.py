"""Blind round 3, layouts: figures in tables, counts continued across sentences, less common reporting forms."""

from __future__ import annotations

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.analysis.table_rows import is_table_row
from store.models import Article, Claim, Passage, PassageKind


def claims_of(*paragraphs: str | tuple[str, PassageKind]) -> list[Claim]:
    passages = []
    for i, item in enumerate(paragraphs):
        text, kind = item if isinstance(item, tuple) else (item, PassageKind.BODY)
        passages.append(
            Passage(id=f"r3lay00001-{i:03d}", article_id="r3lay00001", kind=kind, text=text, order=i, paragraph=i + 1)
        )
    article = Article(id="r3lay00001", source_file="r3.txt", source_sha256="0" * 64, ordinal=0, title="Test",
                      outlet="Example Review", passages=passages)
    return extract_claims(article, load_subject_taxonomy())


# --- tables -----------------------------------------------------------------------------------------------


def test_a_table_row_is_a_claim_of_its_source_column_counting_its_column_head() -> None:
    claims = claims_of(
        ("Source | Troops deployed | Date", PassageKind.CAPTION),
        ("South Korea (NIS) | 11,000 | Nov 2024", PassageKind.CAPTION),
        ("Ukraine (HUR) | 14,000 | Jan 2025", PassageKind.CAPTION),
    )
    assert [(c.claimant, c.figures[0].value, c.figures[0].unit, c.subject) for c in claims] == [
        # Round 7: the authority in brackets is the claimant ("NIS" and "HUR" fold to their full names).
        ("National Intelligence Service", 11000.0, "troops", "troops_deployed"),
        ("Defence Intelligence of Ukraine", 14000.0, "troops", "troops_deployed"),
    ]
    row = claims[0]
    figure = row.figures[0]
    assert row.text[figure.start : figure.end] == "11,000"  # offsets point into the row as written


def test_a_markdown_table_with_a_share_column_and_no_source_column() -> None:
    claims = claims_of(
        "| Sector | Share of shells from North Korea (%) |",
        "|---|---|",
        "| Kursk | 60% |",
    )
    assert len(claims) == 1
    assert (claims[0].claimant, claims[0].figures[0].unit, claims[0].subject) == (None, "percent", "ammunition_share")


def test_rows_without_a_head_are_not_guessed_at() -> None:
    assert claims_of(("South Korea | 11,000 | Nov 2024", PassageKind.CAPTION)) == []
    assert not is_table_row("Zelensky said 11,000 troops | more to come\nnext line")


# --- a count continued ------------------------------------------------------------------------------------


def test_the_number_continues_the_count_before_it() -> None:
    claims = claims_of(
        "About 11,000 North Korean troops were sent to Russia last autumn, according to South Korea.",
        "Ukraine's intelligence service said in January that the number had reached fourteen thousand.",
    )
    later = claims[-1]
    assert (later.figures[0].unit, later.subject) == ("troops", "troops_deployed")


def test_a_further_figure_continues_a_casualty_count_as_casualties() -> None:
    claims = claims_of(
        "Several hundred North Korean soldiers had been killed or wounded by December, the Pentagon said.",
        "According to Ukraine's General Staff, the figure rose to 3,000 by mid-January.",
    )
    assert claims[-1].subject == "casualties"


def test_a_bare_number_without_a_pointer_back_stays_uncounted() -> None:
    claims = claims_of(
        "About 11,000 North Korean troops were sent to Russia, according to South Korea.",
        "The South Koreans say 15,000 in total.",
    )
    assert (claims[-1].figures[0].unit, claims[-1].subject) == ("", None)


def test_a_count_is_not_continued_far_away() -> None:
    claims = claims_of(
        "About 11,000 North Korean troops were sent to Russia, according to South Korea.",
        "Talks continued.",
        "Prices rose.",
        "Markets fell.",
        "The number reached 14,000, a ministry said.",
    )
    assert claims[-1].subject is None


# --- reporting forms --------------------------------------------------------------------------------------


def test_has_given_an_estimate_of_attributes_the_figure() -> None:
    claims = claims_of(
        "South Korea's spy agency has said that about 11,000 North Korean troops were deployed.",
        "The US Department of Defense has given a similar estimate of 11,000 to 12,000.",
    )
    last = claims[-1]
    assert last.claimant == "Pentagon"
    assert (last.figures[0].qualifier, last.subject) == ("range", "troops_deployed")


def test_has_information_that_attributes_the_figure() -> None:
    claims = claims_of("Ukraine's military intelligence has information that Pyongyang will send 3,000 more soldiers.")
    assert claims[0].claimant == "Defence Intelligence of Ukraine"


def test_complained_is_a_reporting_verb() -> None:
    claims = claims_of(
        "A Russian military blogger complained that one in five North Korean shells exploded in the barrel."
    )
    assert claims[0].claimant == "Russian military blogger"
    assert claims[0].subject == "dud_rate"
