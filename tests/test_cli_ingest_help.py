"""The `ingest` verb's help names every kind of package file ingest reads: a user who has a .docx,
an .epub or a gzipped export should not have to try it to find out."""

from __future__ import annotations

import re

from store.cli_parser import build_parser
from store.normalise.reading import PACKAGE_SUFFIXES


def test_the_ingest_help_names_every_package_and_notebook_suffix() -> None:
    overview = build_parser().format_help()
    ingest = " ".join(overview[overview.index("ingest") : overview.index("remove ")].split())
    for suffix in sorted(PACKAGE_SUFFIXES | {".ipynb"}):
        assert re.search(rf"\.?{suffix[1:]}\b", ingest, re.IGNORECASE), (suffix, ingest)
