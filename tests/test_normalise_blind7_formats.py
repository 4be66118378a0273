"""Blind round 7, formats and encodings: UTF-16 without a BOM in other alphabets, files cut short or
padded with NULs, PDF ligatures, JSON Lines, nested API fields, MHTML saved pages, mailboxes,
quoted-printable pasted as text and tables set with tabs."""

from __future__ import annotations

import json
import quopri

import pytest
from normalise_samples import LONG_1, LONG_2, LONG_3, normalise_text, passage_texts

from store.errors import SourceError
from store.normalise import normalise_bytes, read_source

_RU_TITLE = "Ким Чен Ын направит в Россию ещё шесть тысяч военных"
_RU_BODY = (
    "Северная Корея направит в Курскую область 1000 саперов и 5000 военных строителей, "
    "заявил секретарь Совета безопасности России Сергей Шойгу после встречи с Ким Чен Ыном."
)
_KO_TITLE = "북한, 러시아에 포탄 추가 지원"
_KO_BODY = "합동참모본부는 북한이 최근 러시아에 포탄과 미사일을 추가로 보낸 정황이 포착됐다고 밝혔다. 가장 많은 컨테이너가 2만 개를 넘는다."

# --- Encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "encoding"),
    [(_RU_TITLE, _RU_BODY, "utf-16-le"), (_RU_TITLE, _RU_BODY, "utf-16-be"), (_KO_TITLE, _KO_BODY, "utf-16-be"), (_KO_TITLE, _KO_BODY, "utf-16-le")],
    ids=["russian-le", "russian-be", "korean-be", "korean-le"],
)
def test_utf16_without_a_bom_in_another_alphabet_is_decoded(title: str, body: str, encoding: str) -> None:
    # Cyrillic and Hangul put a NUL in the high byte only for spaces, digits and punctuation (and
    # Hangul's "가" puts one in the low byte), far fewer than ASCII-heavy text does.
    data = f"{title}\n\n{body}\n".encode(encoding)
    result = normalise_bytes(data, "ru.txt")
    assert (result.encoding, result.repairs[:1]) == (encoding, ["utf-16-without-bom"])
    assert result.articles[0].title == title and passage_texts(result.articles[0]) == [body]
    # One 16-bit word in eight below 32 (a NUL high byte, a control character as text), the rest
    # in another range: NULs on one side only, as in UTF-16 text, but no text when read so.
    words = [bytes([1 + i % 30, 0]) if i % 8 == 0 else bytes([i % 251, 0x91]) for i in range(800)]
    with pytest.raises(SourceError, match="binary"):
        normalise_bytes(b"".join(words if encoding.endswith("le") else [w[::-1] for w in words]), "table.txt")


def test_nul_padding_after_the_text_and_a_character_cut_at_the_end_are_repaired() -> None:
    text = f"Seoul says North Korea supplied 12,000 troops\n\n{LONG_1}\n\n{LONG_2}\n\nAnalysts call it a turning point \u2014 and the \u201c"
    data = text.encode("utf-8")[:-2] + b"\x00" * 300  # a download cut mid-character into a preallocated file
    result = normalise_bytes(data, "cut.txt")
    assert result.encoding == "utf-8"
    assert result.repairs[:2] == ["nul-padding-stripped x300", "cut-character-at-end"]
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2, "Analysts call it a turning point \u2014 and the"]
    with pytest.raises(SourceError):  # NULs inside the data, not only after it: binary still
        normalise_bytes(b"\x01\x02\x00\x00\x05\x00abc\x00\x00\x07" * 50 + b"\x00" * 100, "blob.txt")


def test_pdf_ligatures_are_spelt_out() -> None:
    text = "Arms shipments\n\nThe \ufb01rst con\ufb01rmed deliveries reached Russia in 2023, of\ufb01cials say; the \ufb02ow has grown and the e\ufb03cient rail link helped.\n"
    result = normalise_text(text)
    assert "ligatures-spelt-out x5" in result.repairs
    assert passage_texts(result.articles[0]) == ["The first confirmed deliveries reached Russia in 2023, officials say; the flow has grown and the efficient rail link helped."]


# --- JSON Lines and nested API fields --------------------------------------------------------------

_RECORDS = [
    {"title": "Seoul: 3,000 more troops sent", "source": "Han River Daily", "author": "Park Ji-won", "published_at": "2025-02-27T08:00:00Z", "content": LONG_1},
    {"title": "Zelensky offers prisoner swap", "source": "Kyiv Ledger", "author": "Iryna Melnyk", "published_at": "2025-01-12T15:40:00Z", "content": LONG_2},
]


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".json"])
def test_json_lines_give_one_article_per_line(suffix: str) -> None:
    data = "\n".join(json.dumps(record) for record in _RECORDS) + "\n"
    result = normalise_bytes(data.encode(), f"export{suffix}", suffix=suffix)
    assert [(a.title, a.outlet, a.author, a.published) for a in result.articles] == [
        ("Seoul: 3,000 more troops sent", "Han River Daily", "Park Ji-won", "2025-02-27"),
        ("Zelensky offers prisoner swap", "Kyiv Ledger", "Iryna Melnyk", "2025-01-12"),
    ]


def test_json_lines_cut_mid_record_keep_the_records_before_it() -> None:
    data = "\n".join(json.dumps(record) for record in _RECORDS) + '\n{"title": "Seoul estimates 600 de'
    result = normalise_bytes(data.encode(), "cut.jsonl", suffix=".jsonl")
    assert [a.title for a in result.articles] == ["Seoul: 3,000 more troops sent", "Zelensky offers prisoner swap"]


def test_lines_that_are_not_all_objects_are_no_json_lines() -> None:
    with pytest.raises(SourceError, match="'.jsonl'") as refused:
        normalise_bytes(b'{"a": 1}\nnot json at all\n{"b": 2}\n', "x.jsonl", suffix=".jsonl")
    assert "\n" not in refused.value.reason


def test_api_fields_named_for_their_format_and_a_brand_are_read() -> None:
    answer = {"data": {"results": [{"type": "article", "attributes": {
        "headline": "Russia hands North Korea air defence systems",
        "body_html": f"<p>{LONG_1}</p><p>{LONG_3}</p>",
        "first_published": "2024-11-22T10:00:00+09:00",
        "authors": [{"name": "Kang Min-ho"}],
        "brand": "Seoul Evening",
        "author_id": 1234,
    }}]}}
    (article,) = normalise_bytes(json.dumps(answer).encode(), "api.json", suffix=".json").articles
    assert (article.title, article.outlet, article.author, article.published) == ("Russia hands North Korea air defence systems", "Seoul Evening", "Kang Min-ho", "2024-11-22")
    assert passage_texts(article) == [LONG_1, LONG_3]


# --- Saved pages and mailboxes ----------------------------------------------------------------------

_PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pyongyang's artillery keeps Russia's guns firing | Eastern Front Monitor</title>
<meta property="og:site_name" content="Eastern Front Monitor"><meta name="author" content="Olena Kovalenko"></head>
<body><nav><a href="/">Home</a> <a href="/war">War</a></nav>
<article><h1>Pyongyang's artillery keeps Russia's guns firing</h1><p>{LONG_1}</p><p>{LONG_2}</p></article>
<footer>\u00a9 2025 Eastern Front Monitor. All rights reserved.</footer></body></html>"""


def _mhtml() -> bytes:
    page = quopri.encodestring(_PAGE.encode("utf-8")).decode("ascii")
    return f"""From: <Saved by Blink>
Snapshot-Content-Location: https://efmonitor.example/korea/artillery
Subject: Pyongyang's artillery keeps Russia's guns firing | Eastern Front Monitor
Date: Wed, 15 Jan 2025 10:12:44 +0200
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--x7----"


------MultipartBoundary--x7----
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable
Content-Location: https://efmonitor.example/korea/artillery

{page}
------MultipartBoundary--x7----
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==

------MultipartBoundary--x7------
""".encode("ascii")


_NEWSLETTER_WITH_IMAGES = f"""From: Korea Desk Briefing <desk@koreadesk.example>
To: reader@example.net
Subject: Kursk numbers
Date: Tue, 4 Feb 2025 07:01:58 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset="utf-8"

{LONG_1}

{LONG_2}
--alt
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset="utf-8"

<html><body><p>{LONG_1}</p><p>{LONG_2}</p><img src="cid:logo"></body></html>
--rel
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-ID: <logo>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
--rel--
--alt--
"""


@pytest.mark.parametrize("suffix", [".mhtml", ".mht"])
def test_mhtml_saved_page_is_read_as_the_page(suffix: str) -> None:
    result = normalise_bytes(_mhtml(), f"page{suffix}", suffix=suffix)
    (article,) = result.articles
    assert "mhtml-unpacked" in result.repairs
    assert (article.title, article.outlet, article.author) == ("Pyongyang's artillery keeps Russia's guns firing", "Eastern Front Monitor", "Olena Kovalenko")
    assert passage_texts(article) == [LONG_1, LONG_2]
    # The part names no charset; its bytes are UTF-8, not ASCII with replacement characters.
    assert "\u00a9 2025 Eastern Front Monitor. All rights reserved." in [r.text for r in result.removed]
    # A newsletter whose HTML alternative carries its images (multipart/related inside) is mail still.
    mail = normalise_bytes(_NEWSLETTER_WITH_IMAGES.encode(), "news.eml", suffix=".eml")
    assert "mhtml-unpacked" not in mail.repairs
    assert [(a.title, a.outlet) for a in mail.articles] == [("Kursk numbers", "Korea Desk Briefing")]


def _message(subject: str, day: int, body: str) -> str:
    return (
        f"From desk@koreadesk.example Mon Jan {day} 07:00:00 2025\n"
        "From: Korea Desk Briefing <desk@koreadesk.example>\nTo: reader@example.net\n"
        f"Subject: {subject}\nDate: Mon, {day} Jan 2025 07:00:00 +0000\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n\n"
    )


@pytest.mark.parametrize("suffix", [".mbox", ".txt"])
def test_mailbox_gives_one_article_per_message(suffix: str) -> None:
    mailbox = _message("Pyongyang denies losses", 13, LONG_1) + _message("Captured soldier speaks", 14, f"{LONG_2}\n\n>From the interview, officials learned more.")
    result = normalise_bytes(mailbox.encode(), f"box{suffix}", suffix=suffix)
    assert [(a.title, a.outlet, a.published) for a in result.articles] == [
        ("Pyongyang denies losses", "Korea Desk Briefing", "2025-01-13"),
        ("Captured soldier speaks", "Korea Desk Briefing", "2025-01-14"),
    ]
    assert passage_texts(result.articles[1]) == [LONG_2, "From the interview, officials learned more."]
    assert not any("MIME-Version" in p.text or p.text.startswith("From desk") for a in result.articles for p in a.passages)


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".mhtml", ".mht", ".mbox", ".org", ".adoc", ".rst", ".wiki"])
def test_new_suffixes_are_read(tmp_path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"file{suffix}"
    path.write_bytes(b"Title line\n\nSome text.\n")
    assert read_source(path) == b"Title line\n\nSome text.\n"


# --- Text pasted with a transfer encoding, tables set with tabs ------------------------------------


def test_quoted_printable_pasted_as_text_is_decoded() -> None:
    body = "Ukraine\u2019s intelligence chief said North Korea had sent around 120 self-propelled guns and 240mm rocket launchers to the Kursk region.\n\n\u201cThis is a new stage,\u201d he said in an interview published on Sunday, adding that more were expected.\n"
    text = "Pyongyang's heavy guns reach Kursk\n\n" + quopri.encodestring(body.encode("utf-8")).decode("ascii")
    result = normalise_text(text)
    assert "quoted-printable-decoded" in result.repairs
    assert passage_texts(result.articles[0]) == [line for line in body.split("\n") if line]
    # Prose with equals signs and a hex-looking code or two is left as written.
    prose = f"Ratios =\n\nThe exchange rate was 1 =A0 in the table =\nand the note said x =2B y.\n\n{LONG_1}\n"
    assert "quoted-printable-decoded" not in normalise_text(prose).repairs


def test_table_set_with_tabs_keeps_its_columns() -> None:
    text = (
        f"Casualty estimates compared\n\n{LONG_1}\n\n"
        "Source\tKilled\tWounded\tDate\nSouth Korea (NIS)\t300\t2,700\tJan 2025\nUkraine\t-\t3,000+\tJan 2025\n\n"
        f"{LONG_2}\n"
    )
    result = normalise_text(text)
    assert passage_texts(result.articles[0]) == [
        LONG_1, "| Source | Killed | Wounded | Date |", "| South Korea (NIS) | 300 | 2,700 | Jan 2025 |", "| Ukraine | - | 3,000+ | Jan 2025 |", LONG_2,
    ]
    # An indented paragraph and a single tabbed line are no table.
    single = normalise_text(f"Report\n\n\t{LONG_1}\n\nName\tValue\tNote\n\n{LONG_2}\n")
    assert "| Name | Value | Note |" not in passage_texts(single.articles[0]) and LONG_1 in passage_texts(single.articles[0])
