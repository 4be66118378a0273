"""`nkru-tui compare` prints each subject's verdict as the comparison reached it, never "consistent" by default."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_cli_verbs import nkru, seeded_db  # noqa: E402,F401  (the fixture is used by name)

from store import cli_output  # noqa: E402


def _printed(data, capsys) -> str:
    cli_output.print_comparison(data)
    return " ".join(capsys.readouterr().out.split())


def test_each_verdict_is_printed_in_its_own_words(capsys):
    data = {
        "left": {"type": "outlet", "name": "A"}, "right": {"type": "outlet", "name": "B"}, "pairs": [],
        "claims": [
            {"subject": "casualties", "conflict": True, "verdict": "conflict",
             "contradicted": [{"side": "right", "figure": "≈ 4,000", "against": "hundreds"},
                              {"side": "left", "figure": "hundreds", "against": "≈ 4,000"}]},
            {"subject": "troops_deployed", "conflict": False, "verdict": "consistent", "contradicted": []},
            {"subject": "ammunition_share", "conflict": False, "verdict": "incomparable", "contradicted": []},
            {"subject": "payments", "conflict": False, "verdict": "right-only", "contradicted": []},
        ],
    }
    out = _printed(data, capsys)
    # One clash of two figures, listed from each side, is one: no "(+1 more)".
    assert "casualties: CONFLICT: right ≈ 4,000 against hundreds " in out and "more)" not in out
    assert "troops_deployed: consistent" in out
    assert "ammunition_share: not comparable" in out
    assert "payments: right side only" in out and "payments: consistent" not in out
    assert "┏" not in out  # two outlets pair no passages: no empty table


def test_seeds_outlets_one_sided_subjects_are_not_called_consistent(seeded_db):  # noqa: F811
    result = nkru("compare", "Business Insider", "The Straits Times", "--db", str(seeded_db), check=True)
    # A long verdict wraps at the terminal's width: its next line neither names a subject nor is indented.
    lines: list[str] = []
    for line in result.stdout.splitlines():
        if lines and line.strip() and not line.startswith(" ") and not re.match(r"[a-z_]+: ", line) and " vs " not in line:
            lines[-1] += " " + line
        else:
            lines.append(line)
    lines = [" ".join(line.split()) for line in lines]
    verdicts = dict(line.split(": ", 1) for line in lines if ": " in line and not line.startswith(("┃", "│")))
    assert verdicts["casualties"].startswith("CONFLICT") and "against" in verdicts["casualties"]
    one_sided = [subject for subject, verdict in verdicts.items() if verdict.endswith("side only")]
    assert one_sided, "the seeds' outlets each report subjects the other does not"
    assert verdicts["troops_deployed"].startswith("consistent")  # both report it, and their figures allow each other
