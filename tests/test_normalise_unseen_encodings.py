"""Encodings and mojibake met in blind checks on unseen articles."""

from __future__ import annotations

from store.normalise import normalise_bytes

_BODY = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's "
    "intelligence service, which said that at least 1,100 of them had been killed or wounded."
)


def _texts(data: bytes) -> list[str]:
    result = normalise_bytes(data, "unseen.txt")
    return [p.text for article in result.articles for p in article.passages]


def _lossy(text: str, codepage: str) -> bytes:
    """UTF-8 read with ``codepage`` by a lenient decoder, then saved as UTF-8."""
    return text.encode("utf-8").decode(codepage, errors="replace").encode("utf-8")


def test_lossy_closing_quote_from_windows_1252_is_restored() -> None:
    text = f"Troops in Kursk\n\n{_BODY} Officials called them “human wave” assaults."
    passages = _texts(_lossy(text, "cp1252"))
    assert any("“human wave” assaults" in p for p in passages)
    assert not any("\ufffd" in p or "€" in p for p in passages)


def test_lossy_quotes_from_windows_1253_are_judged_by_position() -> None:
    text = f"Troops in Kursk\n\n{_BODY} He said “hundreds” had died. ‘We expect more,’ he added."
    passages = _texts(_lossy(text, "cp1253"))
    assert any("“hundreds” had died. ‘We expect more,’ he added." in p for p in passages)


def test_double_mojibake_with_a_lost_byte_is_restored() -> None:
    text = f"Troops in Kursk\n\n{_BODY} Officials called them “human wave” assaults."
    once = text.encode("utf-8").decode("cp1252", errors="replace")
    twice = once.encode("utf-8").decode("cp1252", errors="replace")
    passages = _texts(twice.encode("utf-8"))
    assert any("“human wave” assaults" in p for p in passages)
    assert not any("ï¿½" in p or "\ufffd" in p for p in passages)


def test_genuine_replacement_character_is_left_alone() -> None:
    text = f"Troops in Kursk\n\n{_BODY} The file was damaged here: \ufffd and there."
    assert any("damaged here: \ufffd and there" in p for p in _texts(text.encode("utf-8")))


def test_english_article_with_a_korean_line_in_cp949_is_decoded() -> None:
    text = f"N. Korean troops in Kursk\n\n북한군 1100명 사상… 국정원 “드론 공격에 취약”\n\n{_BODY}"
    result = normalise_bytes(text.encode("cp949"), "korean.txt")
    passages = [p.text for a in result.articles for p in a.passages]
    assert result.encoding in {"cp949", "euc_kr"}
    assert "북한군 1100명 사상… 국정원 “드론 공격에 취약”" in passages


def test_western_accents_still_read_as_windows_1252() -> None:
    text = f"Troops in Kursk\n\nBy José Müller, Café Gazette\n\n{_BODY} Señor Ångström agreed."
    result = normalise_bytes(text.encode("cp1252"), "western.txt")
    assert result.encoding == "cp1252"
    assert any("Señor Ångström agreed." in p.text for a in result.articles for p in a.passages)


def test_japanese_outlet_in_shift_jis_with_a_cjk_date_line() -> None:
    text = f"Tokyo Evening Standard - English\n\nNorth Korea's soldiers in Russia: casualties mount\n\n2024年12月19日 | By Sato Haruki\n\n北朝鮮兵、クルスクで死傷者1100人\n\n{_BODY}"
    result = normalise_bytes(text.encode("shift_jis"), "japan.txt")
    (article,) = result.articles
    assert (article.published, article.author) == ("2024-12-19", "Sato Haruki")
    assert "北朝鮮兵、クルスクで死傷者1100人" in [p.text for p in article.passages]


def test_korean_date_with_spaces_is_read() -> None:
    from store.normalise.dates import find_date

    found = find_date("입력 2024년 12월 19일 16:40")
    assert found is not None and found.iso == "2024-12-19"


def test_old_mac_roman_text_is_read_as_mac_roman() -> None:
    text = f"Kursk toll rises\n\nBy Aoife Byrne — Celtic Times\n\n{_BODY} Officials called them “human wave” assaults — Russia’s tactic."
    result = normalise_bytes(text.encode("mac_roman"), "mac.txt")
    assert result.encoding == "mac_roman"
    assert any("“human wave” assaults — Russia’s tactic." in p.text for a in result.articles for p in a.passages)


def test_spanish_capitals_in_windows_1252_are_not_taken_for_mac_punctuation() -> None:
    text = f"EL CAMIÓN DE PYONGYANG\n\nÒPERA Y ACCIÓN EN KURSK\n\n{_BODY} Señor Muñoz said \"so\"."
    result = normalise_bytes(text.encode("cp1252"), "es.txt")
    assert result.encoding == "cp1252"


def test_korean_outlet_signature_line_names_the_reporter() -> None:
    text = f"N. Korean troops in Kursk: NIS says 1,100 casualties\n\nPosted : 2024-12-19 16:40 | Reporter Kim Min-ji\n\n{_BODY}"
    (article,) = normalise_bytes(text.encode("cp949"), "korea.txt").articles
    assert (article.author, article.published) == ("Kim Min-ji", "2024-12-19")


def test_reporters_in_prose_are_no_byline() -> None:
    from store.normalise.metadata import parse_header

    assert parse_header("Reporters Without Borders said so") is None


def test_lossy_opening_single_quote_from_windows_1251_is_restored() -> None:
    text = f"Troops in Kursk\n\n{_BODY} He called it ‘a meat grinder’, officials said."
    passages = _texts(_lossy(text, "cp1251"))
    assert any("‘a meat grinder’, officials said." in p for p in passages)
