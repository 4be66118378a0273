"""The export formats by name: the short names the CLI and the files use, and the names people type.

Light on purpose (no corpus code): the CLI's parser reads it on every ``--help``.
"""

from __future__ import annotations

EXPORT_FORMATS = ("md", "csv", "json", "csl-json", "ris")
FORMAT_SUFFIX = {"md": ".md", "csv": ".csv", "json": ".json", "csl-json": ".json", "ris": ".ris"}

# The TUI's export dialog names the formats in full ("Markdown", "CSL-JSON"): a user who reads it
# there types that name at the command line.  Spelled without the hyphen, with an underscore or as
# the file extension, each still names one format.
_ALIASES = {
    "markdown": "md",
    "csljson": "csl-json",
    "csl": "csl-json",
    "zotero": "csl-json",
    "refman": "ris",
}


def export_format(name: str) -> str:
    """The short name of the format ``name`` names ("Markdown" → "md"); a ValueError for none."""
    key = name.strip().lower().lstrip(".").replace("_", "-").replace(" ", "-")
    if key in EXPORT_FORMATS:
        return key
    if (alias := _ALIASES.get(key.replace("-", ""))) is not None:
        return alias
    raise ValueError(f"unknown export format {name!r}; choose one of {', '.join(EXPORT_FORMATS)} (or markdown, csljson)")
