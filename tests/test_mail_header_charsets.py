"""An e-mail whose Subject is labelled with one charset but holds bytes of another (a mailer that wrote
Windows-1251 and called it UTF-8) gets its title read in the bytes' own code page, not "����"."""

from __future__ import annotations

import base64
from pathlib import Path

from store.ingest_pool import prepare_file

SUBJECT = "КНДР направила 11 тысяч военных в Курскую область"
BODY = (
    "По данным южнокорейской разведки, КНДР направила около 11 тысяч военных в Курскую область.\n\n"
    "В Киеве заявили, что число может вырасти до 15 тысяч к концу года.\n"
)


def _mail(tmp_path: Path, label: str, subject_bytes: bytes) -> Path:
    encoded = base64.b64encode(subject_bytes).decode("ascii")
    text = (
        "From: Desk <desk@example.org>\nTo: list@example.org\n"
        f"Subject: =?{label}?B?{encoded}?=\nDate: Mon, 4 Nov 2024 09:00:00 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + BODY
    )
    path = tmp_path / "story.eml"
    path.write_bytes(text.encode("utf-8"))
    return path


def _title(path: Path) -> str | None:
    prepared = prepare_file(path)
    assert prepared.normalised is not None and prepared.normalised.articles
    return prepared.normalised.articles[0].title


def test_a_subject_mislabelled_utf8_that_holds_windows_1251_is_read_in_it(tmp_path: Path) -> None:
    assert _title(_mail(tmp_path, "utf-8", SUBJECT.encode("cp1251"))) == SUBJECT


def test_a_subject_in_its_declared_charset_is_read_as_declared(tmp_path: Path) -> None:
    assert _title(_mail(tmp_path, "koi8-r", SUBJECT.encode("koi8_r"))) == SUBJECT
    assert _title(_mail(tmp_path, "utf-8", SUBJECT.encode("utf-8"))) == SUBJECT
