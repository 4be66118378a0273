"""Mail bodies sent as raw 8-bit text, and quoted-printable soft breaks after a space."""

from __future__ import annotations

from store.normalise import normalise_bytes
from tests.normalise_samples import passage_texts

RUSSIAN = "По данным южнокорейской разведки, Северная Корея отправила в Курскую область около 11 000 солдат."
SECOND = "Президент Украины заявил, что потери составили почти 40% первого контингента, и это не опровергли."


def _mail(charset: str, encoding: str, body: bytes) -> bytes:
    head = (
        "From: desk@example.ru\nTo: me@example.com\nSubject: Troops\nDate: Wed, 13 Nov 2024 09:00:00 +0300\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {encoding}\n\n"
    )
    return head.encode("ascii") + body


def test_an_8bit_body_in_a_legacy_charset_is_its_text_not_unicode_escapes() -> None:
    for charset in ("koi8-r", "utf-8", "windows-1251"):
        raw = _mail(charset, "8bit", f"{RUSSIAN}\n\n{SECOND}\n".encode(charset))
        (article,) = normalise_bytes(raw, "troops.eml").articles
        texts = passage_texts(article)
        assert RUSSIAN in texts and SECOND in texts, (charset, texts)
        assert not any("\\u04" in text for text in texts)


def test_a_quoted_printable_soft_break_after_a_space_joins_the_line() -> None:
    """Encoders cut lines at 76 columns, mid-word ("sai=") or just after a space ("could =")."""
    body = (
        "Ukraine=E2=80=99s president sai=\nd a further 12,000 troops could =\n"
        "follow, and that losses in Kurs=\nk were close to 40% of the first contingent =E2=80=94 a =\n"
        "figure Moscow has not disputed.\n"
    )
    expected = (
        "Ukraine’s president said a further 12,000 troops could follow, and that losses in Kursk were close to 40% "
        "of the first contingent — a figure Moscow has not disputed."
    )
    (article,) = normalise_bytes(_mail("utf-8", "quoted-printable", body.encode("ascii")), "troops.eml").articles
    assert passage_texts(article) == [expected]
    (pasted,) = normalise_bytes(body.encode("ascii"), "pasted.txt").articles  # the layer copied out of a source view
    assert passage_texts(pasted) == [expected]
