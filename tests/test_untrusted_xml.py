"""Every XML reader parses through one safe parser: entities are never resolved, nothing is fetched."""

from __future__ import annotations

from store.normalise.untrusted_xml import local_name, parse_xml_bytes, parse_xml_text


def test_an_external_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    xml = f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><r><t>&x;</t></r>'
    root = parse_xml_text(xml)
    assert root is not None
    from lxml import etree

    assert b"TOP-SECRET-CONTENT" not in etree.tostring(root)


def test_nested_entities_are_not_expanded():
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    xml = f'<!DOCTYPE r [<!ENTITY l0 "lol">{laughs}]><r>&l8;</r>'.encode()
    root = parse_xml_bytes(xml)
    assert root is None or len("".join(root.itertext())) < 1000


def test_a_declaration_naming_another_encoding_is_dropped_from_decoded_text():
    root = parse_xml_text('<?xml version="1.0" encoding="windows-1251"?><item><title>Сеул</title></item>')
    assert root is not None and root.findtext("title") == "Сеул"


def test_text_that_is_no_xml_gives_none():
    assert parse_xml_bytes(b"") is None
    assert parse_xml_text("just words, no markup") is None


def test_local_names_drop_namespaces_in_both_spellings():
    assert local_name("{http://purl.org/dc/elements/1.1/}creator") == "creator"
    assert local_name("dc:creator") == "creator"
    assert local_name("item") == "item"
