"""Blind round 3: plain-text layouts (run-on lines, short articles, subtitles, releases, transcripts, inline data)."""

from __future__ import annotations

import base64
import codecs

import pytest

from store.errors import SourceError
from store.normalise import normalise_bytes
from store.normalise.characters import clean_text, squash_spaces
from store.normalise.reading import read_source
from store.normalise.run_on import RUN_ON_LENGTH

P1 = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's National "
    "Intelligence Service, which told lawmakers on Wednesday that at least 1,100 of them had been killed or wounded."
)
P2 = (
    "Lawmaker Lee Seong-kweun, who briefed reporters after the closed-door session, said the soldiers were suffering "
    "heavy losses because they lacked experience of drone warfare and were being used in “human wave” assaults."
)
P3 = (
    "Ukrainian officials have given higher estimates. Kyrylo Budanov, head of military intelligence, said in an "
    "interview that as many as 12,000 North Korean soldiers had been deployed and that “hundreds” had died."
)
P5 = (
    "Neither Moscow nor Pyongyang has publicly acknowledged the deployment, although Russian President Vladimir "
    "Putin and Kim Jong Un signed a mutual defence treaty in June."
)


def _passages(result):
    return [p.text for a in result.articles for p in a.passages]


# --- Run-on text --------------------------------------------------------------

_RUN_ON_BODY = " ".join([P1, P2, P3, "Gen. Ryder said on Dec. 5 that the U.S. saw no sign of a pullback.", P5] * 3)
_RUN_ON = "Kursk casualties: Seoul counts 1,100 North Korean dead and wounded. By Rui Costa, Lusitania Journal, 19 December 2024. " + _RUN_ON_BODY


def test_one_line_article_is_cut_into_passages_at_sentence_ends_and_its_header_is_read() -> None:
    assert len(_RUN_ON) > RUN_ON_LENGTH
    result = normalise_bytes(_RUN_ON.encode(), "one_line.txt")
    (article,) = result.articles
    assert article.title == "Kursk casualties: Seoul counts 1,100 North Korean dead and wounded"
    assert (article.author, article.outlet, article.published) == ("Rui Costa", "Lusitania Journal", "2024-12-19")
    texts = [p.text for p in article.passages]
    assert len(texts) >= 4 and max(map(len, texts)) < 1000
    assert all(t[-1] in ".”" for t in texts)  # every cut falls after a sentence's end
    # Nothing lost: the passages are the body, word for word.
    assert " ".join(texts) == _RUN_ON_BODY
    # Abbreviations do not end sentences: no passage starts inside one.
    assert not any(t.startswith(("Ryder", "5 that", "S. saw")) for t in texts)


def test_a_long_paragraph_without_a_header_keeps_its_first_sentence_in_the_text() -> None:
    text = "A few notes.\n\nShort opening. " + _RUN_ON_BODY
    result = normalise_bytes(text.encode(), "notes.txt")
    body = " ".join(_passages(result))
    assert "Short opening. " + _RUN_ON_BODY in body


def test_a_run_on_line_the_furniture_removes_goes_to_the_audit_whole() -> None:
    teaser = "Read more: " + _RUN_ON_BODY[:200]
    text = "\n\n".join(["Seoul counts the dead", P1, P2, P3, "Related stories", _RUN_ON_BODY, teaser]) + "\n"
    result = normalise_bytes(text.encode(), "related.txt")
    assert any(r.reason == "related-stories" and _RUN_ON_BODY in r.text for r in result.removed)


# --- Short articles and junk -----------------------------------------------------


def test_title_and_one_short_sentence_is_an_article() -> None:
    text = "Quit test\n\nOfficials said [@click=app.quit]12,000[/] troops \x1b[2J were sent, according to Seoul. [bold red]x[/]\n"
    result = normalise_bytes(text.encode(), "short.txt")
    (article,) = result.articles
    assert article.title == "Quit test"
    assert article.passages[0].text.startswith("Officials said [@click=app.quit]12,000[/] troops were sent")


@pytest.mark.parametrize(
    "text",
    ["Hello world\n", "asdf qwer zxcv\n\n1234 5678\n", "Share this article\nAdvertisement\nMost read\n", "12 34 56 78 90 11 12 13 14.\n"],
)
def test_files_without_a_sentence_still_hold_no_article(text: str) -> None:
    result = normalise_bytes(text.encode(), "junk.txt")
    assert result.articles == []
    assert result.removed  # audited, not silently dropped


def test_empty_and_binary_files_are_still_refused_with_one_line(tmp_path) -> None:
    for name, data in (("empty.txt", b""), ("bin.txt", b"\x00\x01\x02binary\x00" * 20)):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(SourceError) as raised:
            read_source(path)
        assert "\n" not in str(raised.value)


# --- Subtitles ---------------------------------------------------------------------

_CUES = ["North Korea has sent about 11,000 troops", "to Russia's Kursk region,", "according to South Korea's spy agency.", "At least 1,100 of them", "have been killed or wounded."]


def _srt() -> str:
    lines: list[str] = []
    for i, cue in enumerate(_CUES):
        lines += [str(i + 1), f"00:00:{i * 3:02d},000 --> 00:00:{i * 3 + 3:02d},000", cue, ""]
    return "\n".join(lines)


def test_srt_cues_become_running_text_and_timings_go_to_the_audit() -> None:
    result = normalise_bytes(_srt().encode(), "news.srt", suffix=".srt")
    assert _passages(result) == [" ".join(_CUES)]
    assert result.articles[0].title.startswith("North Korea has sent about 11,000 troops")
    (timing,) = [r for r in result.removed if r.reason == "subtitle-timing"]
    assert "00:00:03,000 --> 00:00:06,000" in timing.text and timing.line == 1


def test_vtt_header_settings_and_cue_tags_are_dropped() -> None:
    lines = ["WEBVTT", "Kind: captions", "Language: en", ""]
    for i, cue in enumerate(_CUES):
        lines += [f"00:00:{i * 3:02d}.000 --> 00:00:{i * 3 + 3:02d}.000 align:start position:0%", f"<c>{cue}</c>", ""]
    result = normalise_bytes("\n".join(lines).encode(), "news.vtt", suffix=".vtt")
    assert _passages(result) == [" ".join(_CUES)]
    assert not any("WEBVTT" in t or "<c>" in t for t in _passages(result))


def test_subtitle_suffixes_are_accepted_by_the_reader(tmp_path) -> None:
    path = tmp_path / "clip.srt"
    path.write_text(_srt(), encoding="utf-8")
    assert read_source(path).startswith(b"1\n")


# --- Press releases and transcripts -------------------------------------------------------


def test_press_release_labels_contacts_and_about_block_are_furniture() -> None:
    text = "\n".join(
        [
            "FOR IMMEDIATE RELEASE", "", "Institute publishes new estimate of North Korean casualties in Kursk", "",
            "SEOUL, December 26, 2024 /PRNewswire/ -- " + P1, "", P2, "",
            "About the Institute for Peninsula Studies", "The Institute for Peninsula Studies is an independent research centre founded in 2009.", "",
            "Media contact:", "Min-seo Lee", "+82 2 555 0199", "press@peninsulastudies.example", "", "###", "",
        ]
    )
    result = normalise_bytes(text.encode(), "release.txt")
    (article,) = result.articles
    assert article.title == "Institute publishes new estimate of North Korean casualties in Kursk"
    assert article.published == "2024-12-26" and article.dateline == "SEOUL"
    assert [p.text for p in article.passages][1:] == [P2]
    reasons = {r.reason for r in result.removed}
    assert {"press-release-label", "about-boilerplate", "contacts"} <= reasons
    assert any("+82 2 555 0199" in r.text for r in result.removed)


def test_transcript_questions_after_timestamps_are_not_headings_and_end_marker_goes() -> None:
    text = "\n".join(
        [
            "Pentagon briefing on North Korean troops — transcript", "December 16, 2024", "",
            "[00:00:20] GEN. RYDER: Our assessment remains that there are about 11,000 to 12,000 North Korean troops in the Kursk region.",
            "[00:01:05] Q: Do you have a casualty figure?",
            "[00:01:09] GEN. RYDER: I would say several hundred casualties, from light injuries to killed in action.",
            "", "[END OF TRANSCRIPT]", "",
        ]
    )
    result = normalise_bytes(text.encode(), "transcript.txt")
    (article,) = result.articles
    assert {p.kind for p in article.passages} == {"body"}
    assert any(r.reason == "end-marker" for r in result.removed)


# --- Inline data, markup, control codes ----------------------------------------------------


def test_inline_base64_image_is_dropped_from_the_text_and_noted_in_the_audit() -> None:
    blob = base64.b64encode(bytes(range(256)) * 400).decode()
    text = f"# North Korean troops in Kursk\n\nBy Rui Costa, Lusitania Journal\n\n![Troops in snow](data:image/png;base64,{blob})\n\n{P1}\n\n{P2}\n"
    result = normalise_bytes(text.encode(), "img.md", suffix=".md")
    assert max(len(t) for t in _passages(result)) < 500
    assert "Troops in snow" in _passages(result)
    (inline,) = [r for r in result.removed if r.reason == "inline-data"]
    assert inline.line == 5 and f"{len(blob):,} characters" in inline.text


def test_markup_and_escape_codes_come_through_as_literal_text() -> None:
    text = (
        "Officials dispute [bold red]casualty[/] figures\n\n"
        "Officials said [@click=app.quit]12,000[/] troops \x1b[2J\x1b[31mwere sent\x1b[0m to Kursk, according to Seoul, "
        "and [link=https://evil.example]this one[/link] repeated \x1b]8;;https://evil.example\x07the figure\x1b]8;;\x07.\n"
    )
    result = normalise_bytes(text.encode(), "markup.txt")
    (article,) = result.articles
    assert article.title == "Officials dispute [bold red]casualty[/] figures"
    body = article.passages[0].text
    assert "[@click=app.quit]12,000[/]" in body and "[link=https://evil.example]this one[/link]" in body
    assert "\x1b" not in body and "evil.example\x07" not in body and "were sent to Kursk" in body


def test_a_lone_c1_control_from_double_mojibake_does_not_swallow_the_rest_of_the_line() -> None:
    # Double-encoded "”" leaves U+009D, an 8-bit OSC introducer, in the text: only a terminated
    # sequence may be stripped as one.
    assert clean_text("human wave\x9d assaults continued.") == "human wave assaults continued."
    assert clean_text("title \x9d0;evil\x07 kept") == "title  kept"


def _sloppy(data: bytes) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_double_encoded_utf8_mixed_with_clean_lines_is_repaired_whole() -> None:
    double = _sloppy(_sloppy(P2.encode()).encode())
    text = "\n\n".join(["Kursk losses: what Seoul says", P1, double, _sloppy(P5.encode())]) + "\n"
    result = normalise_bytes(text.encode(), "mixed.txt")
    assert _passages(result) == [P1, P2, P5]


def test_utf16_with_and_without_bom_and_crlf_tabs_read_cleanly() -> None:
    lines = ["Title:\tSeoul counts 1,100 casualties", "Source:\tDnipro Daily", "Date:\t21/12/2024", "", "\t" + P1, "", "\t" + P5, ""]
    crlf = "\r\n".join(lines)
    for data in (codecs.BOM_UTF16_LE + crlf.encode("utf-16-le"), crlf.encode("utf-16-be"), crlf.encode()):
        result = normalise_bytes(data, "f.txt")
        (article,) = result.articles
        assert (article.title, article.outlet, article.published) == ("Seoul counts 1,100 casualties", "Dnipro Daily", "2024-12-21")
        assert [p.text for p in article.passages] == [P1, P5]


def test_nbsp_zero_width_and_soft_hyphens_leave_clean_words() -> None:
    text = "\n\n".join(
        ["North\u00a0Korean troops in\u00a0Kursk", P1.replace("intelligence", "intel\u00adli\u00adgence").replace("Intelligence", "Intel\u00adligence"), "\ufeff" + P5.replace("treaty", "trea\u200dty")]
    )
    result = normalise_bytes(text.encode(), "nbsp.txt")
    assert result.articles[0].title == "North Korean troops in Kursk"
    assert [squash_spaces(t) for t in _passages(result)] == [P1, P5]


def test_central_european_codepage_is_not_read_as_windows_1252() -> None:
    text = "\n\n".join(
        ["Wojsko Korei Północnej w Kursku: straty rosną", "Według wywiadu co najmniej 1100 żołnierzy zostało zabitych lub rannych, a Kijów podaje wyższe liczby.", P1]
    )
    result = normalise_bytes(text.encode("cp1250"), "pl.txt")
    assert result.encoding == "cp1250"
    assert result.articles[0].title == "Wojsko Korei Północnej w Kursku: straty rosną"
    assert "żołnierzy" in result.articles[0].passages[0].text


def test_windows_1252_text_with_accents_and_smart_quotes_stays_windows_1252() -> None:
    text = "\n\n".join(["North Korea’s shells: “half of Russia’s supply”", "By François Lefèvre – Rhône Gazette – 22 Dec 2024", P1, "The café owner, Zoë, said prices had risen by £3 a week since the troops arrived in the region."])
    result = normalise_bytes(text.encode("cp1252"), "fr.txt")
    assert result.encoding == "cp1252"
    article = result.articles[0]
    assert (article.title, article.author, article.outlet) == ("North Korea’s shells: “half of Russia’s supply”", "François Lefèvre", "Rhône Gazette")


def test_cyrillic_names_in_an_english_article_survive_cp1251() -> None:
    text = "\n\n".join(["Budanov: losses in the hundreds", "By Oksana Hnatiuk, Volga Review, 21 December 2024", "Intelligence chief Кирило Буданов (Kyrylo Budanov) said on Saturday that hundreds of North Korean soldiers had died in Kursk.", P1])
    result = normalise_bytes(text.encode("cp1251"), "uk.txt")
    assert result.encoding == "cp1251"
    assert "Кирило Буданов" in result.articles[0].passages[0].text
