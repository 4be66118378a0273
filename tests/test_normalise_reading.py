"""Reading source files: refusals with clear reasons, and decoding."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from store.errors import SourceError
from store.normalise import normalise_bytes, read_source, reading
from store.normalise.reading import binary_reason, decode_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "normalise"


def _refusal(path: Path | str) -> str:
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)  # one line for the user
    return caught.value.reason


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "no such file" in _refusal(tmp_path / "absent.txt")


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "directory" in _refusal(folder)


def test_empty_and_whitespace_only_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in _refusal(empty)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\r\n   \n")
    assert "whitespace" in _refusal(blank)
    blank16 = tmp_path / "blank16.txt"
    blank16.write_bytes("   \n  ".encode("utf-16"))
    assert "whitespace" in _refusal(blank16)


def test_binary_files_are_refused(tmp_path: Path) -> None:
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Some text\x00\x00\x01\x02 more")
    assert "binary" in _refusal(nul)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(1, 9)) * 200 + b"abc")
    assert "binary" in _refusal(noise)
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"IHDR" * 10)
    assert "PNG" in _refusal(png)


def test_unsupported_suffixes_are_refused_with_the_suffix_named(tmp_path: Path) -> None:
    for name in ("report.pdf", "notes.docx", "photo.png"):
        path = tmp_path / name
        path.write_bytes(b"plain words")
        reason = _refusal(path)
        assert Path(name).suffix in reason and "unsupported" in reason


def test_supported_suffixes_are_accepted(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.text", "f.markdown", "no_suffix"):
        path = tmp_path / name
        path.write_bytes(b"North Korea sent troops to Russia, officials said on Tuesday.")
        assert read_source(path).startswith(b"North Korea")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"text")
    path.chmod(0)
    assert "cannot read" in _refusal(path)


def test_unreadable_file_is_refused_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"text")

    def fail(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading.os, "open", fail)  # what read_source opens with (a pipe must not block it)
    assert "permission denied" in _refusal(path)


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    assert "too large" in _refusal(path)


def test_normalise_bytes_refuses_empty_and_binary_content() -> None:
    for data in (b"", b"   \n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"ab\x00cd" * 50):
        with pytest.raises(SourceError):
            normalise_bytes(data, "x.txt")


def test_text_made_only_of_escape_codes_is_refused() -> None:
    with pytest.raises(SourceError):
        normalise_bytes(b"\x1b[0m\n\x1b[2J\n", "x.txt")


def test_utf8_with_and_without_bom() -> None:
    assert decode_bytes("Séoul".encode()).encoding == "utf-8"
    decoded = decode_bytes(codecs.BOM_UTF8 + "Séoul".encode())
    assert decoded.encoding == "utf-8-sig" and decoded.text == "Séoul"


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = "Kyiv — Київ".encode("utf-16")
    assert binary_reason(data) is None
    decoded = decode_bytes(data)
    assert decoded.text == "Kyiv — Київ" and decoded.encoding.startswith("utf-16")
    assert decode_bytes("Kyiv — Київ".encode("utf-16-be")[0:0] + codecs.BOM_UTF16_BE + "Kyiv".encode("utf-16-be")).text == "Kyiv"


def test_utf16_without_bom_is_recognised() -> None:
    decoded = decode_bytes("North Korean troops in Kursk".encode("utf-16-le"))
    assert decoded.text == "North Korean troops in Kursk"
    assert "utf-16-without-bom" in decoded.repairs


def test_windows_1252_bytes_are_read_as_windows_1252() -> None:
    decoded = decode_bytes("Kim’s “troops” — in Kursk, café".encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Kim’s “troops” — in Kursk, café"


def test_cyrillic_legacy_bytes_are_detected() -> None:
    text = "Северная Корея отправила войска в Россию, сообщила разведка Южной Кореи во вторник."
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text


def test_stray_legacy_bytes_in_utf8_keep_the_utf8() -> None:
    data = "Seoul — Pyongyang, «quoted» ".encode() + b"it\x92s"
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("it’s") and "—" in decoded.text


def test_crlf_and_bom_fixture_normalises_to_lf() -> None:
    data = (FIXTURES / "crlf_bom.txt").read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data
    result = normalise_bytes(data, "crlf_bom.txt")
    assert result.encoding == "utf-8-sig"
    assert "crlf" in result.repairs
    article = result.articles[0]
    assert article.title == "Seoul protests Russia-North Korea defence pact"
    assert all("\r" not in p.text and "\ufeff" not in p.text for p in article.passages)
    assert len(article.passages_of("body")) == 3
