"""Nothing dropped silently, nothing garbled: chat apps' own lines go to the audit with their reason,
tables whose cells wrap or whose rows are set apart by blank lines keep their rows, and a page of
prose in two columns is read column by column."""

from __future__ import annotations

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.normalise.chat_notices import is_date_separator
from store.normalise.tables import wrapped_pipe_rows
from store.normalise.two_columns import unfolded_two_columns
from tests.normalise_samples import (
    LONG_1,
    LONG_2,
    LONG_3,
    normalise_named,
    passage_texts,
)


def _removed(result, reason: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in result.removed if r.reason == reason]


def _passages(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for article in result.articles for text in passage_texts(article)]


# --- Chat exports: the apps' own lines ---------------------------------------------------------------


def test_whatsapp_day_headings_edit_marks_and_attachments_go_to_the_audit_with_their_reason() -> None:
    text = "\n".join(
        [
            "Tuesday, 12 November 2024",
            f"12/11/24, 09:14 - Jane Doe: {LONG_1}",
            "12/11/24, 09:15 - Tom Lee: IMG-20241112-WA0003.jpg (file attached)",
            f"12/11/24, 09:16 - Tom Lee: {LONG_2} <This message was edited>",
            "Today",
            "12/11/24, 09:17 - Jane Doe: Waiting for this message. This may take a while.",
            f"12/11/24, 09:21 - Jane Doe: {LONG_3}",
        ]
    )
    result = normalise_named(text)
    assert [a.author for a in result.articles] == ["Jane Doe", "Tom Lee", "Jane Doe"]
    assert _passages(result) == [LONG_1, LONG_2, LONG_3]  # the edit mark left the text
    assert _removed(result, "date-separator") == ["Tuesday, 12 November 2024", "Today"]
    system = _removed(result, "chat-system")
    assert "<This message was edited>" in system
    assert any("(file attached)" in s for s in system) and any("Waiting for this message" in s for s in system)


def test_a_date_ending_a_message_is_no_day_heading_unless_a_message_follows() -> None:
    text = "\n".join(
        [
            f"12/11/24, 09:14 - Jane Doe: {LONG_1}",
            f"12/11/24, 09:15 - Tom Lee: {LONG_2}",
            "Kyiv, 12 November 2024",  # a dateline: someone's words
        ]
    )
    result = normalise_named(text)
    assert {LONG_1, LONG_2} <= set(_passages(result))  # the messages themselves are read
    assert not _removed(result, "date-separator")
    assert "Kyiv, 12 November 2024" not in _removed(result, "chat-system")


COPIED_CHANNEL = (
    "12 November 2024\n\n"
    f"Kursk Front Watch, [12.11.2024 9:14]\n{LONG_1}\n\n"
    f"Kursk Front Watch, [12.11.2024 9:20]\n[ Photo ]\n{LONG_2}\n\n"
    "Kursk Front Watch, [12.11.2024 9:25]\n[ Album ]\n\n"
    "13 November 2024\n\n"
    f"Kursk Front Watch, [13.11.2024 8:00]\n{LONG_3}\n\n"
    "Kursk Front Watch, [13.11.2024 8:05]\nKursk Front Watch pinned a message\n"
)


def test_copied_telegram_channel_loses_its_media_placeholders_notices_and_day_headings_to_the_audit() -> None:
    result = normalise_named(COPIED_CHANNEL)
    assert _passages(result) == [LONG_1, LONG_2, LONG_3]
    assert [a.outlet for a in result.articles] == ["Kursk Front Watch"] * 3  # a channel's name stays its outlet
    assert _removed(result, "chat-system") == ["[ Photo ]", "[ Album ]", "Kursk Front Watch pinned a message"]
    assert _removed(result, "date-separator") == ["12 November 2024", "13 November 2024"]


def test_a_post_that_only_sounds_like_a_notice_in_one_of_its_lines_is_kept_whole() -> None:
    text = (
        f"Desk, [12.11.2024 9:14]\n{LONG_1}\n\n"
        f"Desk, [12.11.2024 9:20]\nRussian troops left\n{LONG_2}\n"
    )
    result = normalise_named(text)
    assert not _removed(result, "chat-system")
    assert "Russian troops left" in [a.title for a in result.articles] and LONG_2 in _passages(result)


def test_discord_export_attachment_and_reaction_blocks_and_join_notices_go_to_the_audit() -> None:
    text = (
        "==============================================================\nGuild: Frontline OSINT\nChannel: News / kursk\n"
        "==============================================================\n\n"
        f"[11/12/2024 9:14 AM] jane.doe\n{LONG_1}\n\n"
        f"[11/12/2024 9:15 AM] tomlee\n{LONG_2}\n{{Attachments}}\nhttps://cdn.discordapp.com/attachments/1/2/photo.jpg\n\n"
        "{Reactions}\n👍 (3)\n\n"
        "[11/12/2024 9:16 AM] jane.doe\nPinned a message.\n\n"
        "[11/12/2024 9:17 AM] newbie\nJoined the server.\n\n"
        f"[11/12/2024 9:18 AM] jane.doe\n{LONG_3}\n"
    )
    result = normalise_named(text)
    assert _passages(result) == [LONG_1, LONG_2, LONG_3]
    assert _removed(result, "chat-system") == [
        "{Attachments}", "https://cdn.discordapp.com/attachments/1/2/photo.jpg", "{Reactions}", "👍 (3)",
        "Pinned a message.", "Joined the server.",
    ]


def test_date_separator_is_a_date_alone_or_with_a_weekday() -> None:
    assert all(map(is_date_separator, ["12 November 2024", "Tuesday, 12 November 2024", "— 12.11.2024 —", "Yesterday", "2024-11-12"]))
    assert not any(map(is_date_separator, ["12 November 2024: troops arrive", "Kyiv, 12 November 2024", "11,000 troops", "12:30"]))


# --- Tables: rows set apart by blank lines, cells wrapped onto the next line --------------------------


def _table_claims(article):  # type: ignore[no-untyped-def]
    return {
        (c.claimant, c.subject, tuple(f.surface for f in c.figures))
        for c in extract_claims(article, load_subject_taxonomy())
        if c.text.startswith("|")
    }


def test_space_table_with_a_blank_line_between_rows_keeps_its_rows() -> None:
    table = (
        "Source                      Troops      Casualties\n\n"
        "South Korea (NIS)           11,000      1,100\n\n"
        "Ukraine (HUR)               12,000      3,000\n\n"
        "United States (Pentagon)    10,000      1,000\n"
    )
    article = normalise_named(f"Estimates\n\n{LONG_1}\n\n{table}\n{LONG_2}\n").articles[0]
    texts = passage_texts(article)
    assert [t for t in texts if t.startswith("|")] == [
        "| Source | Troops | Casualties |",
        "| South Korea (NIS) | 11,000 | 1,100 |",
        "| Ukraine (HUR) | 12,000 | 3,000 |",
        "| United States (Pentagon) | 10,000 | 1,000 |",
    ]
    assert ("Pentagon", "casualties", ("1,000",)) in _table_claims(article)


def test_space_table_cells_wrapped_onto_the_next_line_join_their_row() -> None:
    table = (
        "Source                 Troops      Casualties    Note\n"
        "South Korea            11,000      1,100         briefing to\n"
        "  (NIS)                                          lawmakers\n"
        "Ukraine (HUR)          12,000      3,000         intelligence\n"
        "                                                 estimate\n"
        "United States          10,000      1,000         Pentagon\n"
        "  (Pentagon)\n"
    )
    article = normalise_named(f"Estimates\n\n{LONG_1}\n\n{table}\n{LONG_2}\n").articles[0]
    texts = passage_texts(article)
    assert [t for t in texts if t.startswith("|")] == [
        "| Source | Troops | Casualties | Note |",
        "| South Korea (NIS) | 11,000 | 1,100 | briefing to lawmakers |",
        "| Ukraine (HUR) | 12,000 | 3,000 | intelligence estimate |",
        "| United States (Pentagon) | 10,000 | 1,000 | Pentagon |",
    ]
    claims = _table_claims(article)
    assert ("National Intelligence Service", "troops_deployed", ("11,000",)) in claims
    assert ("Pentagon", "troops_deployed", ("10,000",)) in claims


def test_a_note_under_a_table_is_no_wrapped_cell_and_prose_past_a_blank_line_stays_prose() -> None:
    table = "Source            Troops     Casualties\nNIS               11,000     1,100\nHUR               12,000     4,000\nSource: briefings\n"
    prose = "The agency's figures are rough.  Officials say so.\nThey add that losses are hard to count.  Russia denies it.\n"
    texts = passage_texts(normalise_named(f"Estimates\n\n{LONG_1}\n\n{table}\n{prose}\n{LONG_2}\n").articles[0])
    assert "| HUR | 12,000 | 4,000 |" in texts
    assert not any("briefings" in t and "|" in t for t in texts)
    assert not any("Officials" in t and "|" in t for t in texts)


def test_a_group_label_over_its_rows_is_no_wrapped_cell() -> None:
    from store.normalise.space_tables import aligned_table_rows

    # (Three rows above the label, so that a table is read at all: with fewer nothing is rewritten, and the
    # label could not be joined to a row whatever the rule did.)
    lines = [
        "Source              Troops      Casualties",
        "Pentagon            10,000      1,000",
        "NIS                 11,000      1,100",
        "Ukraine",
        "  HUR               12,000      3,000",
        "  General Staff     11,000      2,000",
    ]
    assert aligned_table_rows(lines) >= 3
    assert "| NIS | 11,000 | 1,100 |" in lines and "Ukraine" in lines


def test_pipe_table_continuation_rows_join_the_row_above() -> None:
    lines = [
        "| Source | Troops | Note |",
        "|  | deployed |  |",
        "|---|---|---|",
        "| South Korea (NIS) | 11,000 | deployed to Kursk in |",
        "| | | October |",
        "",
        "| Ukraine | HUR | 12,000 |",
        "| | GUR | estimate |",  # a row of a group: first cell empty, but most cells filled
        "| | | 13,000 |",  # a figure: a row of its own
    ]
    assert wrapped_pipe_rows(lines) == 2
    assert lines == [
        "| Source | Troops deployed | Note |",
        "",
        "|---|---|---|",
        "| South Korea (NIS) | 11,000 | deployed to Kursk in October |",
        "",
        "",
        "| Ukraine | HUR | 12,000 |",
        "| | GUR | estimate |",
        "| | | 13,000 |",
    ]


# --- Two columns of prose (pdftotext -layout) ----------------------------------------------------------

TWO_COLUMNS = [
    "SHELLS FOR OIL: THE PYONGYANG-MOSCOW TRADE IN NUMBERS AND WHAT IT MEANS FOR THE FRONT",
    "",
    "Pyongyang   has   supplied  Moscow  with      while  its  own  factories  expanded. In",
    "millions  of  artillery shells since the      return,  analysts  believe,  North Korea",
    "summer   of  2023,  according  to  South      has  received  oil,  food and, possibly,",
    "Korean estimates, and the shipments have      technology for its satellite and missile",
    "continued by rail and by sea through the      programmes.",
    "port of Rajin despite sanctions. Western",
    "officials say the ammunition, much of it          The  exchange has deepened since the",
    "decades  old,  has helped Russia keep up      two  countries  signed  a mutual defence",
    "its rate of fire along the front              treaty   in   June  2024,  which  Moscow",
    "                                              ratified in November of that year.",
    "",
    "1 Estimates by the Korea Institute for Defense Analyses, published in its quarterly review, January 2025.",
]


def test_two_columns_of_prose_are_read_left_column_then_right() -> None:
    lines = list(TWO_COLUMNS)
    assert unfolded_two_columns(lines) == 10
    assert len(lines) == len(TWO_COLUMNS)  # the file's other lines keep their numbers
    assert lines[:2] == TWO_COLUMNS[:2] and lines[-2:] == TWO_COLUMNS[-2:]  # title and footnote cross the gutter
    assert [line for line in lines[2:-2] if line] == [
        # The left column's last sentence goes on at the top of the right column.
        (
            "Pyongyang has supplied Moscow with millions of artillery shells since the summer of 2023, according to South "
            "Korean estimates, and the shipments have continued by rail and by sea through the port of Rajin despite "
            "sanctions. Western officials say the ammunition, much of it decades old, has helped Russia keep up its rate of "
            "fire along the front while its own factories expanded. In return, analysts believe, North Korea has received "
            "oil, food and, possibly, technology for its satellite and missile programmes."
        ),
        "The exchange has deepened since the two countries signed a mutual defence treaty in June 2024, which Moscow ratified in November of that year.",
    ]


def test_tables_contents_verse_and_short_two_column_blocks_are_not_unfolded() -> None:
    contents = ["Summary of the findings of the review            1"] * 3 + ["Deployment of the troops to the Kursk region      3"] * 5
    timeline = [f"Oct {2010 + i}     First troops reach Russia's Far East by train and sea" for i in range(8)]
    verse = [
        "The trains ran north through the night,         and none of them came back by day;",
        "they carried shells and men to fight,           and no one knew the price to pay.",
        "In Kursk the snow fell on the line,             the orders came in a foreign tongue,",
        "the rations short, the weather fine,            the soldiers tired, the soldiers young.",
    ] * 2
    short = TWO_COLUMNS[:7]
    for block in (contents, timeline, verse, short):
        lines = list(block)
        unfolded_two_columns(lines)
        assert lines == block


def test_the_pipeline_unfolds_two_columns_and_joins_wrapped_pipe_cells() -> None:
    from store.normalise import normalise_bytes

    page = "\n".join(["Shells for oil", "", *TWO_COLUMNS[2:-2], ""]).encode()
    article = normalise_bytes(page, "report.txt", suffix=".txt").articles[0]
    body = " ".join(p.text for p in article.passages)
    assert "since the summer of 2023, according to South Korean estimates" in body
    assert "fire along the front while its own factories expanded" in body
    table = "\n".join([
        "Estimates of the deployment", "",
        "North Korean troops in Russia, as each source put it in late 2024.", "",
        "| Source | Troops | Note |", "|---|---|---|",
        "| South Korea (NIS) | 11,000 | deployed to Kursk in |", "| | | October |",
        "| Ukraine (HUR) | 12,000 | estimate |", "",
    ]).encode()
    rows = [p.text for p in normalise_bytes(table, "table.md", suffix=".md").articles[0].passages if "|" in p.text]
    assert any("deployed to Kursk in October" in row for row in rows)
