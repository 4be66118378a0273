"""Exports carry full citations in every format, never overwrite silently, and defuse CSV formulas."""

import csv
import io
import json

import pytest

from store.corpus import Corpus
from store.errors import ExportExistsError, StoreError
from store.export import EXPORT_FORMATS, next_free_path, render_export, write_export
from store.models import Article, Claim, Figure, Passage


def _corpus() -> Corpus:
    article = Article(
        id="a1", source_file="dump.txt", source_sha256="s", ordinal=0, title="Troops [@click=app.quit] arrive",
        outlet="Example Times", credit="Bloomberg", author="Jane Roe", published="2024-11-05",
        published_raw="Nov. 5, 2024",
    )
    article.passages = [
        Passage(id="a1-000", article_id="a1", kind="body", order=0, paragraph=1,
                text="South Korean officials estimate as many as 15,000 North Korean troops have been deployed."),
        Passage(id="a1-001", article_id="a1", kind="body", order=1, paragraph=2, text="=HYPERLINK(\"http://x\") -2+3"),
        Passage(id="a1-002", article_id="a1", kind="caption", order=2, text="@ troops, a photo"),
    ]
    claim = Claim(
        id="c1", article_id="a1", passage_id="a1-000", text=article.passages[0].text, start=0, end=88,
        claimant="South Korean officials", via=None, subject="troops_deployed", hedged=False,
        figures=[Figure(value=15000, low=None, high=15000, unit="troops", qualifier="at_most", surface="as many as 15,000")],
    )
    return Corpus.from_records([article], [claim])


IDS = ["a1-000", "a1-001", "a1-002"]


def test_markdown_quotes_the_text_and_cites_everything():
    text = render_export(_corpus(), IDS, "md")
    assert "> South Korean officials estimate as many as 15,000" in text
    # The title's brackets are escaped, so a renderer shows them instead of reading a link.
    for needle in ("*Troops \\[@click=app.quit\\] arrive*", "Example Times (via Bloomberg)", "Jane Roe", "2024-11-05",
                   "`dump.txt`", "¶1", "`a1-000`", "Claim by South Korean officials", "≤ 15,000 troops"):
        assert needle in text
    # A reader gets the subject's name, not the taxonomy's id.
    assert "Claim by South Korean officials: North Korean troops deployed — ≤ 15,000 troops" in text
    assert "troops_deployed" not in text


def test_csl_json_leaves_out_an_unknown_outlet_and_brackets_a_derived_title():
    article = Article(id="a2", source_file="note.txt", source_sha256="t", ordinal=0, title="Shells arrive by rail…",
                      title_derived=True)
    article.passages = [Passage(id="a2-000", article_id="a2", kind="body", order=0, paragraph=1,
                                text="Shells arrive by rail, analysts say.")]
    item = json.loads(render_export(Corpus.from_records([article], []), ["a2-000"], "csl-json"))[0]
    assert "container-title" not in item
    assert item["title"] == "[Shells arrive by rail…]"
    # Markdown still names the outlet as unknown, in words a reader understands.
    assert "Unknown outlet" in render_export(Corpus.from_records([article], []), ["a2-000"], "md")


def test_csv_has_citation_columns_and_neutralises_formula_cells():
    rows = list(csv.DictReader(io.StringIO(render_export(_corpus(), IDS, "csv"))))
    assert [r["passage_id"] for r in rows] == IDS
    first = rows[0]
    assert (first["outlet"], first["credit"], first["author"], first["published"], first["paragraph"]) == (
        "Example Times", "Bloomberg", "Jane Roe", "2024-11-05", "1")
    assert (first["claimant"], first["qualifier"], first["high"]) == ("South Korean officials", "at_most", "15000")
    assert (first["subject"], first["subject_label"]) == ("troops_deployed", "North Korean troops deployed")
    assert rows[1]["text"].startswith("'=HYPERLINK")
    assert rows[2]["text"].startswith("'@")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_json_and_csl_json_carry_the_citation():
    data = json.loads(render_export(_corpus(), IDS, "json"))
    assert data[0]["claims"][0]["claimant"] == "South Korean officials"
    assert data[0]["source_file"] == "dump.txt" and data[0]["paragraph"] == 1
    csl = json.loads(render_export(_corpus(), IDS, "csl-json"))
    assert csl[0]["id"] == "a1-000"
    assert csl[0]["container-title"] == "Example Times"
    assert csl[0]["issued"] == {"date-parts": [[2024, 11, 5]]}
    assert csl[0]["author"] == [{"literal": "Jane Roe"}]
    assert "paragraph 1" in csl[0]["note"] and "South Korean officials" in csl[0]["note"]
    assert "North Korean troops deployed ≤ 15,000 troops" in csl[0]["note"]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_write_never_overwrites_without_force(tmp_path, fmt):
    target = tmp_path / "out.txt"
    target.write_text("keep me")
    with pytest.raises(ExportExistsError):
        write_export(_corpus(), IDS, fmt, target)
    assert target.read_text() == "keep me"
    write_export(_corpus(), IDS, fmt, target, force=True)
    assert "a1-000" in target.read_text()


def test_next_free_path_picks_a_new_name(tmp_path):
    (tmp_path / "sel.md").write_text("x")
    (tmp_path / "sel-1.md").write_text("x")
    assert next_free_path(tmp_path / "sel.md") == tmp_path / "sel-2.md"
    assert next_free_path(tmp_path / "new.md") == tmp_path / "new.md"


def test_unknown_ids_and_empty_selection_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="unknown passage id"):
        render_export(_corpus(), ["nope"], "md")
    with pytest.raises(StoreError, match="nothing to export"):
        write_export(_corpus(), [], "md", tmp_path / "x.md")
    with pytest.raises(StoreError, match="unknown export format"):
        render_export(_corpus(), IDS, "docx")


@pytest.mark.parametrize("force", [False, True])
def test_a_write_the_system_refuses_is_one_clear_error_and_leaves_no_temporary_file(tmp_path, monkeypatch, force):
    """A full disk (or a read-only or pseudo filesystem) fails the write: a StoreError naming the file, no traceback."""
    import errno
    import os as os_module

    real_fdopen = os_module.fdopen

    def full_disk(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        handle.close()
        raise OSError(errno.ENOSPC, os_module.strerror(errno.ENOSPC))

    monkeypatch.setattr("store.export.os.fdopen", full_disk)
    target = tmp_path / "out.md"
    with pytest.raises(StoreError, match=r"out\.md: cannot write it \(No space left on device\)"):
        write_export(_corpus(), IDS, "md", target, force=force)
    assert list(tmp_path.iterdir()) == []


def test_a_folded_claimant_is_cited_with_the_name_the_source_gives() -> None:
    corpus = _corpus()
    claim = corpus.claims[0]
    claim.claimant, claim.claimant_in_file = "Kyrylo Budanov", "Budanov"  # folded across the corpus
    assert claim.named_in_source == "Budanov"
    markdown = render_export(corpus, IDS[:1], "md")
    assert "Claim by Kyrylo Budanov (named in the source as Budanov)" in markdown
    row = next(csv.DictReader(io.StringIO(render_export(corpus, IDS[:1], "csv"))))
    assert (row["claimant"], row["named_in_source"]) == ("Kyrylo Budanov", "Budanov")
    claim.claimant_in_file = "Kyrylo Budanov"  # the source's own spelling: nothing to add
    assert claim.named_in_source is None
    assert "named in the source" not in render_export(corpus, IDS[:1], "md")


def test_the_claims_pane_shows_the_name_the_source_gives_beside_the_folded_one() -> None:
    from tui.formatting import claimant_label

    claim = _corpus().claims[0]
    claim.claimant, claim.claimant_in_file = "Kyrylo Budanov", "Budanov"
    assert claimant_label(claim) == "Kyrylo Budanov (as Budanov)"
    claim.claimant_in_file = None  # a database written before the field existed
    assert claimant_label(claim) == "Kyrylo Budanov"


def test_an_export_path_ending_in_a_slash_names_a_folder_not_a_file(tmp_path):
    missing = f"{tmp_path}/exports/"
    with pytest.raises(StoreError, match="folder does not exist"):
        write_export(_corpus(), IDS, "md", missing)
    assert not (tmp_path / "exports").exists(), "no file named after the folder"


def test_a_claim_nobody_is_named_for_reads_the_same_in_every_export_and_listing():
    from store.compare.figure_tracker import FigureRow
    from store.models import OWN_VOICE

    corpus = _corpus()
    corpus.claims[0].claimant = None
    for fmt in ("md", "csl-json"):
        assert OWN_VOICE in render_export(corpus, IDS, fmt)
    row_fields = {name: None for name in FigureRow.__dataclass_fields__}
    row = FigureRow(**{**row_fields, "claimant": None, "via": None, "denied": False})
    assert row.claimant_text == OWN_VOICE


def test_a_csl_note_for_a_claim_of_no_figure_says_who_and_no_dash():
    article = Article(id="a3", source_file="quote.txt", source_sha256="u", ordinal=0, title="A diplomat speaks")
    text = "Without North Korean shells, the offensive would have stalled, one diplomat said."
    article.passages = [Passage(id="a3-000", article_id="a3", kind="body", order=0, paragraph=1, text=text)]
    claim = Claim(id="c3", article_id="a3", passage_id="a3-000", text=text, start=0, end=len(text),
                  claimant="diplomat", via="Reuters", subject=None, hedged=False, figures=[])
    note = json.loads(render_export(Corpus.from_records([article], [claim]), ["a3-000"], "csl-json"))[0]["note"]
    assert note.splitlines()[-1] == "Claim (diplomat, via Reuters)"
    with_figure = json.loads(render_export(_corpus(), ["a1-000"], "csl-json"))[0]["note"]
    assert with_figure.splitlines()[-1] == "Claim (South Korean officials): North Korean troops deployed ≤ 15,000 troops"


def test_markdown_marks_in_a_title_cannot_end_its_italics_or_start_a_link() -> None:
    from store.export import markdown_literal

    assert markdown_literal("N. Korea *may* send [1] 10_000 troops") == "N. Korea \\*may\\* send \\[1\\] 10\\_000 troops"
    article = Article(id="a9", source_file="a_b_c.txt", source_sha256="u", ordinal=0, title="Kim's *new* army_",
                      outlet="Example Times", passages=[Passage(id="a9-000", article_id="a9", text="Text.", kind="body",
                                                                order=0, paragraph=1)])
    text = render_export(Corpus([article], []), ["a9-000"], "md")
    assert "*Kim's \\*new\\* army\\_*" in text  # one italic span, the title's own marks literal
    assert "Source file: `a_b_c.txt`" in text  # a file name as code: its underscores are no emphasis
