"""Normalising source files: bytes -> clean articles with typed passages and an audit.

Public API::

    read_source(path) -> bytes                      # SourceError for unusable files
    normalise_bytes(data, source_file, *, suffix=".txt") -> NormalisedFile
    clean_text(text) -> str                         # character-level cleaning alone

Rules that are data live beside the code: ``furniture.toml`` (page furniture
patterns and section words) and ``outlets.toml`` (outlet names and aliases).
"""

from store.normalise.characters import clean_text
from store.normalise.pipeline import normalise_bytes, normalise_text, summarise_removals
from store.normalise.reading import SUPPORTED_SUFFIXES, read_source

__all__ = [
    "SUPPORTED_SUFFIXES",
    "clean_text",
    "normalise_bytes",
    "normalise_text",
    "read_source",
    "summarise_removals",
]
