"""Mojibake repair: codepage round trips fixed, genuine text in those scripts left alone."""

from __future__ import annotations

from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  the "sloppy" codecs browsers effectively use
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.normalise import normalise_bytes
from store.normalise.mojibake import repair_mojibake

FIXTURES = Path(__file__).parent / "fixtures" / "normalise"
ORIGINAL = "Kim’s “troops” — about 11,000 of them… arrived in Kursk · 40% of shells, €20bn"


def _garble(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec)


@pytest.mark.parametrize(
    "codec",
    ["sloppy-windows-1252", "latin-1", "sloppy-windows-1253", "sloppy-windows-1251", "sloppy-windows-1250"],
)
def test_utf8_read_through_a_codepage_is_restored(codec: str) -> None:
    garbled = _garble(ORIGINAL, codec)
    assert garbled != ORIGINAL
    repaired, repairs = repair_mojibake(garbled)
    assert repaired == ORIGINAL
    assert repairs and all(r.startswith("mojibake:") for r in repairs)


def test_the_two_windows_1253_strings_ftfy_leaves() -> None:
    repaired, repairs = repair_mojibake("capacityβ€”efforts and aΒ\xa0statement")
    assert repaired == "capacity—efforts and a\xa0statement"
    assert repairs == ["mojibake:cp1253 x2"]


def test_a_lone_turkish_letter_is_restored() -> None:
    assert repair_mojibake("Can KasapoÄŸlu said")[0] == "Can Kasapoğlu said"


def test_emoji_and_accents_are_restored() -> None:
    assert repair_mojibake(_garble("café 😀 naïve", "sloppy-windows-1252"))[0] == "café 😀 naïve"


@pytest.mark.parametrize(
    "text",
    [
        "Can Kasapoğlu, a non-resident fellow, said so.",
        "the Sŭngri chemical plant near the Russian border",
        "Η Βόρεια Κορέα έστειλε «στρατιώτες» στη Ρωσία — δήλωσαν αξιωματούχοι.",
        "Φίλιππος Β΄ της Μακεδονίας",
        "В\xa0Москве всё её» хорошо — заявил министр.",
        "Северная Корея отправила войска в Россию, сообщила разведка.",
        "Müller, Ærø, São Paulo, Łódź, İstanbul, ça va, ½ and ¾",
        "CAFÉ” said the sign",
        "Plain ASCII only, nothing to see.",
    ],
)
def test_genuine_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == (text, [])


def test_a_genuine_greek_document_keeps_its_numerals() -> None:
    document = "Η ιστορία του Φιλίππου\n\nΒ΄\n\nΟ βασιλιάς Φίλιππος Β΄ κυβέρνησε τη Μακεδονία για πολλά χρόνια."
    assert repair_mojibake(document)[0] == document


def test_line_count_never_changes() -> None:
    text = "a β€” b\nline two\n\nÃ© and Β\xa0 here\n"
    repaired, repairs = repair_mojibake(text)
    assert repairs and repaired != text  # something was repaired, so the count below was at stake
    assert repaired.count("\n") == text.count("\n")


_MOJIBAKE_PIECES = st.sampled_from(
    ["\n", "\n\n", " ", "North Korean troops", "β€”", "Β\xa0", "â€™", "â€œ", "Ã©", "Ã¼", "Ð¡ÐµÑƒÐ»", "ì„œìš¸", "Ø³Ø¦ÙˆÙ„", "\r\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_MOJIBAKE_PIECES, max_size=40).map("".join))
def test_line_count_never_changes_whatever_the_mix_of_damage(text: str) -> None:
    repaired, _ = repair_mojibake(text)
    assert repaired.count("\n") == text.count("\n")


def test_cp1252_mojibake_fixture() -> None:
    result = normalise_bytes((FIXTURES / "mojibake_cp1252.txt").read_bytes(), "mojibake_cp1252.txt")
    article = result.articles[0]
    text = "\n".join([article.title, *(p.text for p in article.passages)])
    assert article.title == "Kremlin’s shell shortage eases as North Korean supplies arrive"
    assert "â€" not in text and "Ã" not in text
    assert "“steady stream”" in text and "munitions — more" in text
    assert any(r.startswith("mojibake:") for r in result.repairs)


def test_cp1251_mojibake_fixture_keeps_its_genuine_russian_sentence() -> None:
    result = normalise_bytes((FIXTURES / "mojibake_cp1251.txt").read_bytes(), "mojibake_cp1251.txt")
    article = result.articles[0]
    text = "\n".join(p.text for p in article.passages)
    assert article.title == "Moscow’s new ally — and its price"
    assert "вЂ" not in text and "“The relationship is transactional,”" in text
    assert "Российские СМИ назвали договор «новой страницей» в отношениях двух стран" in text


def test_genuine_greek_fixture_is_unchanged() -> None:
    data = (FIXTURES / "greek_genuine.txt").read_bytes()
    result = normalise_bytes(data, "greek_genuine.txt")
    assert not any(r.startswith("mojibake") for r in result.repairs)
    text = "\n".join(p.text for p in result.articles[0].passages)
    assert "Can Kasapoğlu" in text and "Sŭngri" in text and "Φίλιππος Β΄ της Μακεδονίας" in text
    assert result.articles[0].title == "Η Βόρεια Κορέα στέλνει στρατό στη Ρωσία"
