"""Round 28b of export: a format is named the way the user read it, in the TUI or the docs."""

from __future__ import annotations

import pytest
from tui_fixtures import fixture_corpus

from store.errors import StoreError


@pytest.mark.parametrize(("typed", "short"), [("markdown", "md"), ("Markdown", "md"), ("CSL-JSON", "csl-json"),
                                             ("csljson", "csl-json"), ("csl_json", "csl-json"), ("RIS", "ris"),
                                             (".csv", "csv")])
def test_every_format_is_known_by_its_full_name_too(typed: str, short: str) -> None:
    from store.export import render_export

    corpus = fixture_corpus()
    ids = [p.id for p in corpus.article("art-reuters").passages[:2]]
    assert render_export(corpus, ids, typed) == render_export(corpus, ids, short)


def test_the_parser_can_take_a_format_by_its_full_name() -> None:
    from store.export_formats import EXPORT_FORMATS, export_format

    assert [export_format(name) for name in ("Markdown", "CSV", "JSON", "CSL-JSON", "RIS")] == list(EXPORT_FORMATS)
    with pytest.raises(ValueError, match="markdown"):  # the error names the long names too
        export_format("docx")
    from store.export import render_export

    corpus = fixture_corpus()
    with pytest.raises(StoreError, match="md, csv"):  # and an export in it is refused with the choices
        render_export(corpus, [corpus.article("art-reuters").passages[0].id], "pdf")

