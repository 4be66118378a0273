"""Blind round 18 (reading and decoding): news-agency XML (NITF, NewsML-G2), feed and export fields
escaped once too often, JSONP-wrapped API answers, a story forwarded as an attached message, ISO 8859-15
and 8859-7 told from their Windows neighbours, Windows-1258 Vietnamese, UTF-8 seen through the DOS
codepage or three times through Windows-1252, Word, OpenDocument and gzip files, Python byte escapes,
NEL line ends, files joined with their byte-order marks, styled "bold" letters and EBCDIC."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest

from store.errors import SourceError
from store.normalise import normalise_bytes, read_source

EN_TITLE = "North Korean shells fuel Russian barrages near Kursk"
EN_P1 = "Ukrainian officers say about half of the artillery rounds now fired by Russian units near Kursk were made in North Korea."
EN_P2 = "“They arrive in wooden crates with Korean markings,” said a battery commander. “Many of them fail, but there are a lot of them.”"
EN_P3 = "Pyongyang has sent more than 9 million shells since 2023, according to South Korea’s intelligence service — a figure Moscow never confirmed."
EN = f"{EN_TITLE}\nNorthern Ledger\nMarch 4, 2025\n\n{EN_P1}\n\n{EN_P2}\n\n{EN_P3}\n"


def _passages(result) -> list[str]:
    return [passage.text for article in result.articles for passage in article.passages]


def _all_text(result) -> str:
    return "\n".join(_passages(result))


# --- Containers ----------------------------------------------------------------------------------


def test_nitf_story_gives_its_headline_byline_outlet_date_and_paragraphs_without_the_tagline():
    nitf = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN"><head><title>Shells account for half of Russia's fire</title>
<docdata><date.issue norm="20250329T080000Z"/></docdata><pubdata type="web" name="Northwire News"/></head>
<body><body.head><hedline><hl1>North Korean shells account for half of Russia's fire, Ukraine says</hl1></hedline>
<byline>By <person>Sam Okafor</person></byline></body.head>
<body.content><p>Ukraine's military intelligence chief said on Saturday that North Korean shells now account for about half of the rounds fired by Russian forces.</p>
<p>He said Pyongyang had also supplied around 150 ballistic missiles, some of which were used against Kyiv.</p></body.content>
<body.end><tagline>(Editing by Jo Lane)</tagline></body.end></body></nitf>"""
    result = normalise_bytes(nitf.encode(), "story.xml", suffix=".xml")
    (article,) = result.articles
    assert article.title == "North Korean shells account for half of Russia's fire, Ukraine says"
    assert (article.outlet, article.author) == ("Northwire News", "Sam Okafor")
    assert article.published.startswith("2025-03-29")
    assert _passages(result) == [
        "Ukraine's military intelligence chief said on Saturday that North Korean shells now account for about half of the rounds fired by Russian forces.",
        "He said Pyongyang had also supplied around 150 ballistic missiles, some of which were used against Kyiv.",
    ]


def test_newsml_g2_items_give_headline_byline_provider_and_inline_xhtml_text():
    item = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:{n}" standard="NewsML-G2">
<itemMeta><provider qcode="nprov:EXW"><name>Eastern Wire</name></provider><versionCreated>2025-03-3{n}T11:00:00Z</versionCreated></itemMeta>
<contentMeta><headline>{headline}</headline><by>By Lena Fischer</by></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>{text}</p><p>The agency said some of the soldiers may return to the front in the spring.</p></body></html></inlineXML></contentSet></newsItem>"""
    message = '<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>' + "".join(
        item.format(n=n, headline=headline, text=text)
        for n, headline, text in (
            (0, "North Korean troops withdraw from front line, Seoul says", "North Korean troops were pulled back from front-line positions in Kursk after heavy losses, Seoul said."),
            (1, "Kim sends engineers to Russian drone plant", "Dozens of North Korean engineers are working at a drone factory in Tatarstan, documents show."),
        )
    ) + "</itemSet></newsMessage>"
    result = normalise_bytes(message.encode(), "wire.xml", suffix=".xml")
    assert [a.title for a in result.articles] == ["North Korean troops withdraw from front line, Seoul says", "Kim sends engineers to Russian drone plant"]
    assert {(a.outlet, a.author) for a in result.articles} == {("Eastern Wire", "Lena Fischer")}
    assert result.articles[0].published.startswith("2025-03-30")
    assert "Dozens of North Korean engineers are working at a drone factory in Tatarstan, documents show." in _passages(result)


def test_entities_a_feed_or_an_export_escaped_once_too_often_are_decoded():
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Korea Watch Daily</title>
<entry><title type="html">Pyongyang&amp;amp;rsquo;s missiles hit Kharkiv</title><updated>2025-03-16T08:00:00Z</updated>
<content type="html">&amp;lt;p&amp;gt;Fragments recovered in Kharkiv belong to a KN-23 ballistic missile, investigators said on Sunday.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;&amp;amp;ldquo;The markings are unmistakable,&amp;amp;rdquo; the city&amp;amp;rsquo;s prosecutor said.&amp;lt;/p&amp;gt;</content></entry></feed>"""
    result = normalise_bytes(atom.encode(), "feed.atom", suffix=".atom")
    (article,) = result.articles
    assert article.title == "Pyongyang’s missiles hit Kharkiv"
    assert _passages(result) == [
        "Fragments recovered in Kharkiv belong to a KN-23 ballistic missile, investigators said on Sunday.",
        "“The markings are unmistakable,” the city’s prosecutor said.",
    ]
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Baltic Defence Review</title><item>
<title><![CDATA[Russia&rsquo;s new ally: the shell trains from Rajin]]></title>
<description><![CDATA[Trains of up to 40 wagons leave the port of Rajin every week&nbsp;&mdash; each carrying North Korean ammunition, analysts say.]]></description></item></channel></rss>"""
    result = normalise_bytes(rss.encode(), "feed.rss", suffix=".rss")
    assert result.articles[0].title == "Russia’s new ally: the shell trains from Rajin"
    assert "every week\u00a0— each carrying" in _all_text(result) or "every week — each carrying" in _all_text(result)
    lines = "\n".join(json.dumps(record) for record in (
        {"title": "Russia &amp; North Korea sign a military pact", "site": "Pacific Brief", "text": "The deal covers &quot;joint training&quot; and the exchange of military technology, state media said."},
        {"title": "Ukraine captures a North Korean soldier", "site": "Pacific Brief", "text": "Ukraine&#39;s security service said it had captured a wounded North Korean soldier in the Kursk region."},
    ))
    result = normalise_bytes(lines.encode(), "export.ndjson", suffix=".ndjson")
    assert result.articles[0].title == "Russia & North Korea sign a military pact"
    assert '"joint training"' in _all_text(result) and "Ukraine's security service" in _all_text(result)
    assert "&quot;" not in _all_text(result) and "&#39;" not in _all_text(result)


def test_an_api_answer_saved_as_jsonp_or_a_script_assignment_is_read():
    answer = {"articles": [{"title": "North Korea sends more artillery to Russia", "source": "Asia Defence Wire", "content": "North Korea has shipped another batch of 170mm self-propelled guns to Russia, according to analysts who tracked the trains.\n\nThe guns have a range of about 60 kilometres, the analysts said."}]}
    for wrapped in (f"callback({json.dumps(answer)});", f"/**/jQuery1830_17({json.dumps(answer)})", f"var data = {json.dumps(answer)};"):
        result = normalise_bytes(wrapped.encode(), "api.json", suffix=".json")
        (article,) = result.articles
        assert (article.title, article.outlet) == ("North Korea sends more artillery to Russia", "Asia Defence Wire")
        assert _passages(result) == answer["articles"][0]["content"].split("\n\n")


def test_a_story_forwarded_as_an_attached_message_is_the_article_and_the_covering_note_is_not():
    inner = (
        "From: Eastern Front Digest <desk@efd.example>\r\nSubject: North Korean howitzers spotted in Crimea\r\n"
        "Date: Thu, 27 Mar 2025 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Satellite images show North Korean Koksan howitzers at a Russian base in Crimea, far from the Kursk front.\r\n\r\n"
        "Analysts say the guns=E2=80=99 long range makes them useful for striking positions across the Dnipro.\r\n"
    )
    outer = (
        "From: Colleague <colleague@example.org>\r\nTo: analyst@example.org\r\nSubject: Fwd: North Korean howitzers spotted in Crimea\r\n"
        "Date: Thu, 27 Mar 2025 12:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n"
        "--XYZ\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nSee attached.\r\n\r\n"
        f"--XYZ\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n{inner}\r\n--XYZ--\r\n"
    )
    result = normalise_bytes(outer.encode(), "fwd.eml", suffix=".eml")
    (article,) = result.articles
    assert (article.title, article.outlet) == ("North Korean howitzers spotted in Crimea", "Eastern Front Digest")
    assert article.published.startswith("2025-03-27")
    assert _passages(result)[1] == "Analysts say the guns’ long range makes them useful for striking positions across the Dnipro."
    assert "See attached." not in _all_text(result)


# --- Codepages -----------------------------------------------------------------------------------

FR = (
    "Des obus nord-coréens pour l'armée russe\nLe Courrier de l'Est\n8 mars 2025\n\n"
    "Selon le renseignement sud-coréen, Pyongyang aurait livré plus de 9 millions d'obus à Moscou, pour plus de 5 milliards d'€.\n\n"
    "« Cette coopération est le cœur de l'alliance », résume une chercheuse à Séoul. Les sœurs des soldats n'ont reçu aucune nouvelle.\n"
)


def test_french_in_iso_8859_15_keeps_its_oe_and_euro_and_windows_1252_french_is_unchanged():
    result = normalise_bytes(FR.encode("iso8859_15"), "fr.txt", suffix=".txt")
    assert result.encoding == "iso8859_15"
    assert "le cœur de l'alliance" in _all_text(result) and "5 milliards d'€" in _all_text(result)
    assert "à Moscou" in _all_text(result)
    windows = FR.replace("5 milliards d'€", "5 milliards d’€").replace("l'alliance", "l’alliance")
    result = normalise_bytes(windows.encode("cp1252"), "fr.txt", suffix=".txt")
    assert result.encoding == "cp1252" and "le cœur de l’alliance" in _all_text(result)


GR = (
    "Στρατιώτες της Βόρειας Κορέας στο μέτωπο του Κουρσκ\n7 Μαρτίου 2025\n\n"
    "Σύμφωνα με τη νοτιοκορεατική υπηρεσία πληροφοριών, περίπου 11.000 στρατιώτες έχουν σταλεί στη Ρωσία. Άγνωστος παραμένει ο αριθμός των απωλειών.\n\n"
    "Άλλοι αναλυτές εκτιμούν ότι η Μόσχα ανταποδίδει με τεχνολογία και τρόφιμα.\n"
)


def test_greek_in_iso_8859_7_keeps_its_capital_alpha_with_tonos_and_windows_1253_greek_too():
    for codepage in ("iso8859_7", "cp1253"):
        result = normalise_bytes(GR.encode(codepage), "gr.txt", suffix=".txt")
        assert result.encoding == codepage
        assert "Άγνωστος παραμένει" in _all_text(result) and "Άλλοι αναλυτές" in _all_text(result)


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: letters with circumflex, breve or horn whole, tones as marks after them."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for mark in marks:
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1:
                try:
                    out += composed.encode("cp1258") + "".join(m for m in marks if m != mark).encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return out


def test_vietnamese_in_windows_1258_is_read_and_composed_and_greek_or_italian_are_not_taken_for_it():
    vi = (
        "Binh sĩ Triều Tiên tham chiến tại Kursk\n9 tháng 3 năm 2025\n\n"
        "Theo tình báo Hàn Quốc, khoảng 11.000 binh sĩ Triều Tiên đã được điều tới Nga và hàng nghìn người đã thương vong.\n\n"
        "Bình Nhưỡng còn cung cấp hàng triệu quả đạn pháo cho quân đội Nga, theo các sĩ quan Ukraine.\n"
    )
    result = normalise_bytes(_cp1258(vi), "vi.txt", suffix=".txt")
    assert result.encoding == "cp1258"
    assert result.articles[0].title == "Binh sĩ Triều Tiên tham chiến tại Kursk"
    assert "hàng triệu quả đạn pháo" in _all_text(result)
    assert unicodedata.is_normalized("NFC", _all_text(result))
    assert normalise_bytes(GR.encode("cp1253"), "gr.txt", suffix=".txt").encoding == "cp1253"
    it = "Perché la Corea del Nord manda soldati\n\nCosì l'esercito russo riceve più proiettili, però la qualità è bassa, dicono gli ufficiali ucraini già da mesi.\n"
    assert normalise_bytes(it.encode("cp1252"), "it.txt", suffix=".txt").encoding == "cp1252"


def test_utf8_seen_through_the_dos_codepage_is_repaired_and_genuine_box_drawing_stays():
    result = normalise_bytes(EN.encode("utf-8").decode("cp437").encode("utf-8"), "dos.txt", suffix=".txt")
    assert result.articles[0].title == EN_TITLE
    assert _passages(result) == [EN_P1, EN_P2, EN_P3]
    table = f"{EN_TITLE}\n\n{EN_P1}\n\n╔══════╦══════╗\n║ 2024 ║ 2025 ║\n╚══════╩══════╝\n\nΓ = 0.5, α ≥ 2 and π ≈ 3.14 in the model.\n"
    assert "╔══════╦══════╗" in _all_text(normalise_bytes(table.encode(), "t.txt", suffix=".txt")) or any(
        r.text.startswith("╔") for r in normalise_bytes(table.encode(), "t.txt", suffix=".txt").removed
    )
    assert "Γ = 0.5, α ≥ 2 and π ≈ 3.14" in _all_text(normalise_bytes(table.encode(), "t.txt", suffix=".txt"))


def _through_cp1252(text: str) -> str:
    """UTF-8 read as Windows-1252 the way browsers do: an undefined byte becomes its C1 control."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


def test_text_saved_three_times_through_windows_1252_is_peeled_to_the_end():
    triple = _through_cp1252(_through_cp1252(_through_cp1252(EN)))
    result = normalise_bytes(triple.encode("utf-8"), "triple.txt", suffix=".txt")
    assert result.articles[0].title == EN_TITLE
    assert _passages(result) == [EN_P1, EN_P2, EN_P3]


# --- Packages and archives -----------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    comment = '<w:p><w:r><w:delText>deleted words</w:delText></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}{comment}</w:body></w:document>')
        package.writestr("word/comments.xml", f'<w:comments xmlns:w="{W}"><w:comment><w:p><w:r><w:t>check this figure</w:t></w:r></w:p></w:comment></w:comments>')
    return buffer.getvalue()


def _odt(heading: str, paragraphs: list[str]) -> bytes:
    ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    body = f'<text:h text:outline-level="1">{heading}</text:h>' + "".join(
        f"<text:p>{p}<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>" for p in paragraphs
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {ns}><office:body><office:text>{body}</office:text></office:body></office:document-content>')
    return buffer.getvalue()


def test_word_and_opendocument_files_are_read_without_comments_notes_or_deletions(tmp_path: Path):
    docx = tmp_path / "briefing.docx"
    docx.write_bytes(_docx([EN_TITLE, "Northern Ledger, March 4, 2025", EN_P1, EN_P3]))
    result = normalise_bytes(read_source(docx), docx.name, suffix=".docx")
    assert result.articles[0].title == EN_TITLE
    assert EN_P1 in _passages(result) and EN_P3 in _passages(result)
    assert "docx-text-extracted" in result.repairs
    assert not {"deleted words", "check this figure", "HYPERLINK"} & set(_all_text(result).split("\n"))
    odt = tmp_path / "note.odt"
    odt.write_bytes(_odt(EN_TITLE, [EN_P1, EN_P2]))
    result = normalise_bytes(read_source(odt), odt.name, suffix=".odt")
    assert result.articles[0].title == EN_TITLE
    assert _passages(result) == [EN_P1, EN_P2]


def test_a_document_suffix_on_something_else_and_a_damaged_package_are_refused_in_one_line(tmp_path: Path):
    fake = tmp_path / "notes.docx"
    fake.write_bytes(b"plain words")
    with pytest.raises(SourceError, match="'.docx'"):
        read_source(fake)
    damaged = tmp_path / "cut.docx"
    damaged.write_bytes(_docx([EN_TITLE, EN_P1])[:300])
    with pytest.raises(SourceError) as refused:
        read_source(damaged)
    assert "damaged" in refused.value.reason and "\n" not in refused.value.reason


def test_a_gzip_page_is_read_as_the_page_and_a_damaged_archive_is_refused(tmp_path: Path):
    page = f"<html><head><title>{EN_TITLE}</title></head><body><article><h1>{EN_TITLE}</h1><p>{EN_P1}</p><p>{EN_P3}</p></article></body></html>"
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(page.encode()))
    result = normalise_bytes(read_source(packed), packed.name, suffix=".gz")
    assert result.articles[0].title == EN_TITLE and EN_P1 in _passages(result)
    assert "gzip-decompressed" in result.repairs
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    with pytest.raises(SourceError, match="gzip"):
        read_source(cut)


# --- Escapes, line ends and characters -----------------------------------------------------------


def test_python_byte_escapes_of_utf8_are_decoded_and_other_escapes_stay():
    escaped = "".join(ch if ch.isascii() else "".join(f"\\x{byte:02x}" for byte in ch.encode()) for ch in EN)
    result = normalise_bytes(escaped.encode(), "log.txt", suffix=".txt")
    assert _passages(result) == [EN_P1, EN_P2, EN_P3]
    code = f"{EN_TITLE}\n\n{EN_P1} The parser matched the bytes \\x41\\x42 and a lone \\xe9 in its pattern, engineers said.\n\n{EN_P3}\n"
    assert "\\x41\\x42 and a lone \\xe9" in _all_text(normalise_bytes(code.encode(), "code.txt", suffix=".txt"))


def test_nel_line_ends_are_lines_and_files_joined_with_their_marks_are_items():
    result = normalise_bytes(EN.replace("\n", "\x85").encode(), "nel.txt", suffix=".txt")
    assert result.articles[0].title == EN_TITLE and _passages(result) == [EN_P1, EN_P2, EN_P3]
    second = EN.replace(EN_TITLE, "Pyongyang’s missiles strike Kharkiv").replace("March 4", "March 5")
    result = normalise_bytes(codecs.BOM_UTF8 + EN.encode() + b"\n" + codecs.BOM_UTF8 + second.encode(), "joined.txt", suffix=".txt")
    assert [a.title for a in result.articles] == [EN_TITLE, "Pyongyang’s missiles strike Kharkiv"]


def test_styled_bold_letters_of_a_post_are_read_as_plain_letters():
    def bold(text: str) -> str:
        return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else c for c in text)

    post = f"{bold(EN_TITLE)}\n\n{EN_P1} {bold('This is a turning point.')}\n\n{EN_P3}\n"
    result = normalise_bytes(post.encode(), "post.txt", suffix=".txt")
    assert result.articles[0].title == EN_TITLE
    assert f"{EN_P1} This is a turning point." in _passages(result)


def test_an_ebcdic_export_is_read():
    plain = EN.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    result = normalise_bytes(plain.encode("cp037"), "wire.txt", suffix=".txt")
    assert result.encoding == "cp037"
    assert result.articles[0].title == EN_TITLE
    assert "about half of the artillery rounds" in _all_text(result)


# --- Captions, editors' documents, note exports and web archives ---------------------------------


def test_subrip_styling_and_substation_override_blocks_leave_the_captions():
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\n{\\an8}<i>North Korea’s soldiers</i> have been\nseen near Kursk, officials say.\n\n"
        "2\n00:00:04,500 --> 00:00:08,000\n<font color=\"#ffff00\">Seoul estimates</font> that about\n11,000 troops were sent.\n"
    )
    text = _all_text(normalise_bytes(srt.encode(), "clip.srt", suffix=".srt"))
    assert "North Korea’s soldiers have been seen near Kursk, officials say." in text
    assert "Seoul estimates that about 11,000 troops were sent." in text
    assert "{" not in text and "<" not in text


def test_ttml_and_youtube_timed_text_captions_are_read_as_running_text():
    ttml = """<?xml version="1.0" encoding="utf-8"?><tt xmlns="http://www.w3.org/ns/ttml"><body><div>
<p begin="00:00:01.000" end="00:00:04.000">North Korea’s soldiers have been<br/>seen near Kursk, officials say.</p>
<p begin="00:00:04.500" end="00:00:08.000">[Music] Seoul estimates that about 11,000 troops were sent to Russia.</p></div></body></tt>"""
    text = _all_text(normalise_bytes(ttml.encode(), "captions.xml", suffix=".xml"))
    assert "North Korea’s soldiers have been seen near Kursk, officials say." in text
    assert "Seoul estimates that about 11,000 troops were sent to Russia." in text and "[Music]" not in text
    timed = """<?xml version="1.0" encoding="utf-8" ?><transcript><text start="0.5" dur="3.2">north korea&amp;#39;s soldiers have been seen</text>
<text start="3.7" dur="2.9">near kursk, officials say. seoul estimates that</text><text start="6.6" dur="3.1">11,000 troops were sent &amp;amp; many were killed.</text></transcript>"""
    text = _all_text(normalise_bytes(timed.encode(), "transcript.xml", suffix=".xml"))
    assert "korea's soldiers have been seen near kursk, officials say." in text
    assert "11,000 troops were sent & many were killed." in text


def test_a_body_given_as_a_draft_js_or_editor_js_document_is_read():
    blocks = {
        "blocks": [
            {"key": "a1", "text": "Dozens of North Korean engineers are working at the Alabuga drone plant, leaked documents show.", "type": "unstyled", "entityRanges": []},
            {"key": "a2", "text": "Output", "type": "header-two", "entityRanges": []},
            {"key": "a3", "text": "The plant builds Geran-2 drones for the Russian army.", "type": "unstyled", "entityRanges": []},
        ],
        "entityMap": {},
    }
    editor = {"time": 1744300000, "blocks": [{"id": "x", "type": "paragraph", "data": {"text": blocks["blocks"][0]["text"]}}, {"id": "y", "type": "paragraph", "data": {"text": blocks["blocks"][2]["text"]}}]}
    for body in (blocks, editor):
        answer = {"title": "North Korean engineers in Tatarstan", "source": "Volga Monitor", "content": body}
        result = normalise_bytes(json.dumps(answer).encode(), "api.json", suffix=".json")
        assert result.articles[0].title == "North Korean engineers in Tatarstan"
        assert blocks["blocks"][0]["text"] in _passages(result) and blocks["blocks"][2]["text"] in _passages(result)
        assert "unstyled" not in _all_text(result) and "entityMap" not in _all_text(result)


def test_an_evernote_export_gives_one_article_per_note():
    note = """<note><title>{title}</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>{text}</div><div><br/></div><div>Ukrainian officers say many of the shells fail to explode.</div></en-note>]]></content><created>2025041{n}T080000Z</created></note>"""
    enex = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n<en-export application="Evernote">' + "".join(
        note.format(n=n, title=title, text=text)
        for n, title, text in ((2, "NK munitions - reading notes", "North Korea has supplied Russia with millions of shells since 2023, South Korea estimates."), (3, "NK troops - briefing", "About 11,000 North Korean soldiers were sent to Russia, the agency said."))
    ) + "</en-export>"
    result = normalise_bytes(enex.encode(), "notes.enex", suffix=".enex")
    assert [a.title for a in result.articles] == ["NK munitions - reading notes", "NK troops - briefing"]
    assert result.articles[0].published.startswith("2025-04-12")
    assert "North Korea has supplied Russia with millions of shells since 2023, South Korea estimates." in _passages(result)


def _warc_response(url: str, page: str, *, chunked: bool = False) -> bytes:
    body = page.encode()
    if chunked:
        body = b"".join(b"%x\r\n%s\r\n" % (len(body[i : i + 100]), body[i : i + 100]) for i in range(0, len(body), 100)) + b"0\r\n\r\n"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + (b"Transfer-Encoding: chunked\r\n" if chunked else b"") + b"\r\n" + body
    head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    return head.encode() + http + b"\r\n\r\n"


def test_a_one_page_web_archive_is_read_as_its_page_and_an_archive_of_many_as_its_pages(tmp_path: Path):
    page = f"<html><head><title>{EN_TITLE}</title></head><body><article><h1>{EN_TITLE}</h1><p>{EN_P1}</p><p>{EN_P3}</p></article></body></html>"
    request = b"WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 20\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n\r\n"
    single = tmp_path / "capture.warc.gz"
    single.write_bytes(gzip.compress(request) + gzip.compress(_warc_response("https://x.example/a", page, chunked=True)))
    result = normalise_bytes(read_source(single), single.name, suffix=".gz")
    assert result.articles[0].title == EN_TITLE and EN_P1 in _passages(result)
    assert "HTTP/1.1" not in _all_text(result) and "WARC" not in _all_text(result)
    other = page.replace(EN_TITLE, "A second page of the crawl", 2).replace(EN_P1, "")
    many = tmp_path / "crawl.warc"
    many.write_bytes(_warc_response("https://x.example/a", page) + _warc_response("https://x.example/b", other))
    pages = normalise_bytes(read_source(many), many.name, suffix=".warc").articles
    assert [a.title for a in pages] == [EN_TITLE, "A second page of the crawl"]
    assert EN_P1 in [p.text for p in pages[0].passages] and EN_P1 not in [p.text for p in pages[1].passages]


def test_markup_in_an_api_field_whose_entities_were_escaped_twice_reads_without_them():
    answer = {"articles": [{"title": "North Korea&amp;rsquo;s role grows", "source": "Pacific Brief", "content": "<p>North Korea&amp;rsquo;s role in the war is growing, analysts say.</p><p>&amp;ldquo;It is now a partner,&amp;rdquo; one said.</p>"}]}
    result = normalise_bytes(json.dumps(answer).encode(), "api.json", suffix=".json")
    assert result.articles[0].title == "North Korea’s role grows"
    assert _passages(result) == ["North Korea’s role in the war is growing, analysts say.", "“It is now a partner,” one said."]


def test_a_text_saved_as_a_one_line_string_literal_gets_its_lines_back():
    literal = '"' + EN.replace("\n", "\\n").replace("“", '\\"').replace("”", '\\"') + '"'
    result = normalise_bytes(literal.encode(), "field.txt", suffix=".txt")
    assert result.articles[0].title == EN_TITLE
    assert _passages(result)[0] == EN_P1 and "\\n" not in _all_text(result)
    one_line = f"{EN_P1} The script printed \\n once, and the parser kept it."
    assert "\\n once" in _all_text(normalise_bytes(one_line.encode(), "one.txt", suffix=".txt"))


def _xlsx(rows: list[list[object]]) -> bytes:
    strings: list[str] = []
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def cell(ref: str, value: object) -> str:
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        strings.append(str(value))
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'

    sheet = "".join(f'<row r="{r + 1}">' + "".join(cell(f"{'ABCDE'[c]}{r + 1}", v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/workbook.xml", f'<workbook xmlns="{main}"/>')
        package.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
        package.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{sheet}</sheetData></worksheet>')
    return buffer.getvalue()


def test_a_media_monitors_excel_export_gives_one_article_per_row_with_its_dates(tmp_path: Path):
    rows: list[list[object]] = [
        ["Date", "Headline", "Source", "Content"],
        [45763, "North Korean troops return to Kursk front", "Frontline Herald", "Ukrainian officials said North Korean troops had returned to the Kursk front after a pause of several weeks."],
        [45764, "Seoul warns of deeper Russia ties", "Korea Pulse", "South Korea warned that Russia might give North Korea advanced missile technology in return for troops."],
    ]
    path = tmp_path / "mentions.xlsx"
    path.write_bytes(_xlsx(rows))
    result = normalise_bytes(read_source(path), path.name, suffix=".xlsx")
    assert [(a.title, a.outlet) for a in result.articles] == [("North Korean troops return to Kursk front", "Frontline Herald"), ("Seoul warns of deeper Russia ties", "Korea Pulse")]
    assert [a.published[:10] for a in result.articles] == ["2025-04-16", "2025-04-17"]
