"""Tables laid out with runs of spaces (plain-text reports, pdftotext, e-mails) keep their columns end to end."""

from __future__ import annotations

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from tests.normalise_samples import LONG_1, LONG_2, normalise_named, passage_texts

TABLE = (
    "Source            Troops     Casualties\n"
    "NIS               11,000     1,100\n"
    "HUR               12,000     4,000\n"
    "Pentagon          10,000     hundreds\n"
)


def _claims(article):  # type: ignore[no-untyped-def]
    return [
        (c.claimant, c.subject, [f.surface for f in c.figures])
        for c in extract_claims(article, load_subject_taxonomy())
        if c.text.startswith("|")
    ]


def test_space_aligned_table_gives_one_claim_per_subject_with_the_row_source() -> None:
    result = normalise_named(f"What each agency says\n\n{LONG_1}\n\n{TABLE}\n{LONG_2}\n")
    article = result.articles[0]
    assert passage_texts(article) == [
        LONG_1,
        "| Source | Troops | Casualties |",
        "| NIS | 11,000 | 1,100 |",
        "| HUR | 12,000 | 4,000 |",
        "| Pentagon | 10,000 | hundreds |",
        LONG_2,
    ]
    claims = _claims(article)
    assert ("Pentagon", "troops_deployed", ["10,000"]) in claims
    assert ("Pentagon", "casualties", ["hundreds"]) in claims
    by_row = {(claimant, subject): figures for claimant, subject, figures in claims}
    assert len(claims) == 6 and len({claimant for claimant, _s, _f in claims}) == 3
    assert sorted(figures[0] for figures in by_row.values()) == ["1,100", "10,000", "11,000", "12,000", "4,000", "hundreds"]


def test_indented_table_with_rule_and_right_aligned_figures() -> None:
    text = (
        f"Estimates\n\n{LONG_1}\n"
        "    Estimate by                 Troops deployed       Killed\n"
        "    ---------------------       ---------------       ------\n"
        "    South Korea (NIS)                    11,000          300\n"
        "    Ukraine (Zelensky)                   12,000        3,000\n"
        "    US (Pentagon)                        10,000     hundreds\n"
        f"\n{LONG_2}\n"
    )
    article = normalise_named(text).articles[0]
    assert "| Ukraine (Zelensky) | 12,000 | 3,000 |" in passage_texts(article)
    claims = _claims(article)
    assert ("Zelensky", "troops_deployed", ["12,000"]) in claims
    assert ("Zelensky", "casualties", ["3,000"]) in claims


def test_table_in_a_plain_text_email() -> None:
    mail = (
        "From: Analyst Desk <desk@example.org>\nTo: list@example.org\n"
        "Subject: Weekly figures on the North Korean deployment\nDate: Mon, 25 Nov 2024 09:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{LONG_1}\n\n{TABLE}\n{LONG_2}\n"
    )
    article = normalise_named(mail, "weekly.eml").articles[0]
    assert "| HUR | 12,000 | 4,000 |" in passage_texts(article)
    assert ("Pentagon", "troops_deployed", ["10,000"]) in _claims(article)


def test_a_prose_line_right_above_the_head_stays_prose() -> None:
    above = "The agencies differ.  Their figures follow."
    article = normalise_named(f"Figures\n\n{LONG_1}\n\n{above}\n{TABLE}\n{LONG_2}\n").articles[0]
    texts = passage_texts(article)
    assert "| Source | Troops | Casualties |" in texts and "| NIS | 11,000 | 1,100 |" in texts
    assert not any("agencies differ" in t and "|" in t for t in texts)


def _unchanged(text: str) -> list[str]:
    """Passages of ``text``; none of them may have become a table row."""
    texts = passage_texts(normalise_named(text).articles[0])
    assert not any(t.startswith("|") for t in texts), texts
    return texts


def test_prose_with_double_spaces_after_full_stops_is_no_table() -> None:
    prose = (
        "The agency's figures are rough.  Officials in Seoul say so themselves.  The total rose to 11,000 in November.\n"
        "They add that casualties are hard to count.  Ukraine's estimate is 3,000 killed.  Russia denies it all.\n"
        "Analysts caution against reading too much into any one figure.  The Pentagon says 10,000.  Others disagree.\n"
    )
    texts = _unchanged(f"A note on the numbers\n\n{prose}\n{LONG_2}\n")
    assert "They add that casualties are hard to count. Ukraine's estimate is 3,000 killed. Russia denies it all." in texts


def test_indented_quote_verse_and_code_are_no_tables() -> None:
    quote = (
        '    "We have never seen anything like this," said one official, who spoke on condition of anonymity\n'
        "    because he was not authorised to brief the press, adding that the deployment of 11,000 soldiers\n"
        "    was unprecedented.\n"
    )
    verse = "Roses are red,     violets are blue,\nNorth Korea sent     troops, it's true,\nEleven thousand     or twelve, who knew.\n"
    code = "    x = 11000        # troops\n    y = 3000         # casualties\n    z = x + y        # total\n"
    texts = _unchanged(f"Odds and ends\n\n{LONG_1}\n\n{quote}\n{verse}\n{code}\n{LONG_2}\n")
    assert "Roses are red, violets are blue," in texts and "y = 3000 # casualties" in texts


def test_page_set_in_two_columns_of_prose_is_no_table() -> None:
    page = (
        "  North Korean troops were first spotted in       Analysts in Seoul said the deployment was\n"
        "  the Kursk region in late October, according     the largest since the Korean War, and that\n"
        "  to Ukrainian military intelligence, which       it gave Pyongyang combat experience that\n"
        "  said about 11,000 soldiers had arrived by       no other army in the region could match,\n"
    )
    _unchanged(f"THE DAILY BULLETIN\n\n{page}\n{LONG_2}\n")


def test_markdown_table_padded_with_spaces_is_left_to_its_own_reader() -> None:
    table = "| Source   | Troops   |\n|----------|----------|\n| NIS      | 11,000   |\n| HUR      | 12,000   |\n"
    texts = passage_texts(normalise_named(f"Figures\n\n{LONG_1}\n\n{table}\n{LONG_2}\n").articles[0])
    assert "| NIS | 11,000 |" in texts


def test_table_in_korean_counts_wide_characters_as_two_columns() -> None:
    table = "출처          병력       사상자\n국정원        11,000     1,100\n우크라이나    12,000     4,000\n미국          10,000     수백\n"
    article = normalise_named(f"북한군 파병 규모\n\n{LONG_1}\n\n{table}\n{LONG_2}\n").articles[0]
    texts = passage_texts(article)
    assert texts[1:5] == ["| 출처 | 병력 | 사상자 |", "| 국정원 | 11,000 | 1,100 |", "| 우크라이나 | 12,000 | 4,000 |", "| 미국 | 10,000 | 수백 |"]
    # The "출처" (source) column names each row's claimant.
    claimants = {claimant for claimant, _subject, figures in _claims(article) if "12,000" in figures}
    assert claimants == {"우크라이나"}


def test_contents_page_and_headless_timeline_are_no_tables() -> None:
    contents = "Contents\nSummary                                   1\nDeployment                                3\nOutlook                                  12\n"
    timeline = "Oct 2024     First troops reach Russia's Far East\nNov 2024     Units move to Kursk oblast\nDec 2024     First reported combat losses\n"
    _unchanged(f"North Korea's war in Europe\n\n{contents}\n{LONG_1}\n\n{timeline}\n{LONG_2}\n")
