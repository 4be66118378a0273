"""Character-level cleaning: escapes, controls, invisibles, NFC, and what must survive."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from store.normalise import clean_text
from store.normalise.characters import (
    INVISIBLE_CHARACTERS,
    normalise_newlines,
    squash_spaces,
)


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text)


def test_csi_sequences_are_removed_whole() -> None:
    assert clean_text("\x1b[1;31mred\x1b[0m text") == "red text"
    assert clean_text("a\x1b[2Kb\x1b[10;20Hc") == "abc"


def test_osc_sequences_are_removed_with_their_payload() -> None:
    assert clean_text("\x1b]0;window title\x07Body") == "Body"
    assert clean_text("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\") == "link"


def test_eight_bit_c1_forms_are_removed_whole() -> None:
    assert clean_text("as \x9b31mmuch\x9b0m as") == "as much as"
    assert clean_text("x\x9d2;title\x9cy") == "xy"


def test_unterminated_osc_stops_at_the_end_of_the_line() -> None:
    assert clean_text("\x1b]0;never closed\nnext line") == "\nnext line"


def test_other_controls_are_removed_but_newline_and_tab_stay() -> None:
    assert clean_text("a\x00b\x07c\x7fd\x85e\tf\ng") == "abcde\tf\ng"


def test_invisible_and_bidi_characters_are_removed() -> None:
    text = "Py\u200bong\u200cyang\u200d \u2060said\ufeff \u00adit \u202eevil\u202c \u2066iso\u2069 \u200eLRM\u200f"
    assert clean_text(text) == "Pyongyang said it live iso LRM"  # (the override showed "evil" as "live")
    assert not any(ch in clean_text(text) for ch in INVISIBLE_CHARACTERS)


def test_markup_looking_text_is_kept_verbatim() -> None:
    text = "Press [@click=app.quit] or [bold]this[/bold] and [red]x[/] — [link=https://a]b[/link]"
    assert clean_text(text) == text


def test_output_is_nfc() -> None:
    assert clean_text("Jose\u0301") == "José"
    # A control between a letter and its combining mark still composes.
    assert clean_text("e\x00\u0301") == "é"


def test_crlf_and_cr_become_lf() -> None:
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert normalise_newlines("a\u2028b\u2029c") == "a\nb\nc"


def test_visible_text_in_other_scripts_is_untouched() -> None:
    for text in ("Северная Корея", "Η Βόρεια Κορέα", "북한군", "Kasapoğlu", "Sŭngri", "«quotes» “curly” — dash"):
        assert clean_text(text) == text


def test_squash_spaces_turns_typographic_spaces_into_one_space() -> None:
    assert squash_spaces("  a\u00a0\u00a0b\u2009c\t d  ") == "a b c d"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_text_is_idempotent_nfc_and_control_free(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not _has_controls(cleaned)
    assert not any(ch in cleaned for ch in INVISIBLE_CHARACTERS)


_escape_parts = st.sampled_from(
    ["\x1b[", "\x1b]", "\x9b", "\x9d", "\x07", "\x1b\\", "\x9c", "31m", "0;t", "[", "]", "a", " ", "\n", "\u200b", "\u0301"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_escape_parts, max_size=40).map("".join))
def test_clean_text_handles_escape_soup(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert "\x1b" not in cleaned and not _has_controls(cleaned)
