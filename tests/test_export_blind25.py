"""Session 25, exports as a first-day analyst makes them.

- A passage that opens with a quotation mark was cited in RIS and CSL-JSON as '""Some of them…," the NIS
  said…"': the wrapper ran into the passage's own mark and read as an empty quotation.  The wrapper is now
  a pair the passage neither starts nor ends with.
- Exporting to "/etc/hostname/x.md" (a folder named that is a file) said "folder does not exist", sending
  the user to look for it; it says the name is a file.
"""

from __future__ import annotations

import json

import pytest

from store.corpus import Corpus
from store.errors import StoreError
from store.export import render_export, write_export
from store.models import Article, Passage

QUOTED = '"Some of them have already engaged in combat," the NIS said, citing “satellite imagery”.'
PLAIN = "South Korea's spy agency said about 11,000 North Korean troops were in Kursk."


def _corpus() -> Corpus:
    article = Article(id="kursk", source_file="kursk.html", source_sha256="k" * 64, ordinal=1,
                      title="Seoul: 11,000 North Korean troops in Kursk", outlet="Korea Test Daily",
                      published="2024-11-05", url="https://example.org/news/kursk")
    article.passages = [
        Passage(id=f"kursk-00{i}", article_id="kursk", kind="body", text=text, order=i, paragraph=i + 1)
        for i, text in enumerate((PLAIN, QUOTED, "“Not one,” the ministry said."))
    ]
    return Corpus.from_records([article], [])


def _ris_notes(text: str) -> list[str]:
    return [line.split("  - ", 1)[1] for line in text.splitlines() if line.startswith("N1  - ")]


def test_a_passage_opening_with_a_quotation_mark_is_quoted_whole_in_ris() -> None:
    corpus = _corpus()
    notes = _ris_notes(render_export(corpus, ["kursk-000", "kursk-001", "kursk-002"], "ris"))
    for passage, note in zip(("kursk-000", "kursk-001", "kursk-002"), notes, strict=True):
        text = corpus.passages.get(passage).text
        body = note.split(" (paragraph", 1)[0]
        assert body[1:-1] == text, note  # the passage exactly, between one pair of marks
        assert not {body[0], body[-1]} & {text[0], text[-1]}, f"the wrapper runs into the passage's own marks: {note}"
    assert notes[0].startswith(f'"{PLAIN}" (paragraph 1;'), "a plain passage keeps its straight quotes"


def test_a_passage_opening_with_a_quotation_mark_is_quoted_whole_in_csl_json() -> None:
    corpus = _corpus()
    (item,) = json.loads(render_export(corpus, ["kursk-001"], "csl-json"))
    quoted = item["note"].split(": ", 1)[1]
    assert quoted[1:-1] == QUOTED and quoted[0] != '"', item["note"]
    assert item["URL"] == "https://example.org/news/kursk" and item["container-title"] == "Korea Test Daily"


def test_exporting_under_a_file_says_it_is_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.txt").write_text("not a folder")
    with pytest.raises(StoreError) as raised:
        write_export(_corpus(), ["kursk-000"], "md", tmp_path / "notes.txt" / "out.md")
    message = str(raised.value)
    assert "is a file, not a folder" in message and "does not exist" not in message, message
    assert "\n" not in message
    with pytest.raises(StoreError, match="folder does not exist"):  # a folder that is not there is said so
        write_export(_corpus(), ["kursk-000"], "md", tmp_path / "missing" / "out.md")
