"""The "Key: value" fields a header block holds, and what each key gives.

"Source: Reuters", "Автор: Ирина Соколова", "来源：环球网": a field's key names what its value is,
in the languages of the region's press.  ``metadata`` reads header lines with these.
"""

from __future__ import annotations

import re

FIELD = re.compile(
    r"^(?P<key>title|headline|subject|transcript|to|cc|source|outlet|publication|publisher|site|site name|feed|from|issued by|by|author|authors"
    r"|byline|writer|words|prepared by|written by|date|sent|published|published on|publish date|pub date|posted|posted on|updated|last updated|edited"
    r"|url|link|original url|original link|canonical url|permalink|department|division|category|views|hits"
    # A notes app's page properties under the title (Notion: "Created: November 4, 2024 9:15 AM", "Status: Draft").
    r"|created|created time|created at|date created|last edited|last edited time|status|clipped from"
    # When a note-taker saved the page: the capture's day, never the publication's ("Saved: 2025-01-21").
    r"|saved|saved on|accessed|accessed on|retrieved|retrieved on|captured on|archived on|clipped|clipped on"
    # The same fields in the languages of the region's press (German, Polish, Spanish, French, Russian, Ukrainian,
    # Chinese, whose colon is full-width: "来源：环球网").
    r"|autor|auteur|autore|автор|текст|quelle|źródło|fuente|источник|джерело|datum|fecha|дата публикации|дата публікації|дата|stand"
    r"|опубликовано|обновлено|опубліковано|оновлено|veröffentlicht|aktualisiert|publicado|actualizado|opublikowano|publikacja|aktualizacja|data publikacji|来源|來源|作者|记者|記者"
    # A Korean ministry's release dates itself in a field: "보도시점: 2025. 2. 13.(목) 15:00 이후" (for release after).
    r"|보도시점|보도일시|배포일시|보도일|배포일"
    # The writer's field on Turkish, Indonesian, Vietnamese and Persian pages: "Haber: Mehmet Yılmaz", "Oleh: Rina
    # Wulandari", "Tác giả: …", "نویسنده: علی رضایی".
    r"|autorius|autorė|autors|haber|yazan|yazar|muhabir|oleh|penulis|pewarta|tác giả|نویسنده|الكاتب|المصدر|مصدر|منبع|kaynak|sumber|nguồn)"
    r"\s*[:：]\s*(?P<value>\S.{0,300})$",
    re.IGNORECASE,
)
FIELD_KIND = {
    "title": "title", "headline": "title", "subject": "title", "transcript": "title",
    "to": "recipient", "cc": "recipient",  # a forwarded e-mail's header block: read, then dropped
    "source": "outlet", "outlet": "outlet", "publication": "outlet", "publisher": "outlet",
    "site": "outlet", "site name": "outlet", "feed": "outlet", "from": "outlet",
    "issued by": "outlet",  # a press release's issuing body is where it ran
    "by": "author", "prepared by": "author", "written by": "author", "author": "author", "authors": "author", "byline": "author", "writer": "author", "words": "author",
    "date": "date", "sent": "date", "published": "date", "published on": "date", "publish date": "date",
    "pub date": "date", "posted": "date", "posted on": "date", "updated": "date", "last updated": "date", "edited": "date",
    "url": "url", "link": "url", "original url": "url", "original link": "url",
    "canonical url": "url", "permalink": "url",
    "created": "date", "created time": "date", "created at": "date", "date created": "date",
    "last edited": "date", "last edited time": "date", "status": "label", "clipped from": "url",
    "saved": "label", "saved on": "label", "accessed": "label", "accessed on": "label", "retrieved": "label",
    "retrieved on": "label", "captured on": "label", "archived on": "label", "clipped": "label", "clipped on": "label",
    "department": "label", "division": "label", "category": "label", "views": "label", "hits": "label",  # read, dropped
    "autor": "author", "auteur": "author", "autore": "author", "автор": "author",
    "текст": "author",  # a magazine's credit of its writer over the text ("Текст: Иван Петров", beside "Фото: ...")
    "quelle": "outlet", "źródło": "outlet", "fuente": "outlet", "источник": "outlet", "джерело": "outlet",
    "datum": "date", "fecha": "date", "дата": "date", "stand": "date", "дата публикации": "date", "дата публікації": "date",
    # "Опубликовано: 03.02.2025 12:40": the words for "published" and "updated" as a field's key.
    "опубликовано": "date", "обновлено": "date", "опубліковано": "date", "оновлено": "date", "veröffentlicht": "date",
    "aktualisiert": "date", "publicado": "date", "actualizado": "date", "opublikowano": "date",
    # A Polish page's stamps: "Publikacja: 05.11.2024 14:30", "Aktualizacja: ...".
    "publikacja": "date", "aktualizacja": "date", "data publikacji": "date",
    "来源": "outlet", "來源": "outlet", "作者": "author", "记者": "author", "記者": "author",
    "autorius": "author", "autorė": "author", "autors": "author",  # (Lithuanian, Latvian)
    "haber": "author", "yazan": "author", "yazar": "author", "muhabir": "author", "oleh": "author", "penulis": "author",
    "pewarta": "author", "tác giả": "author", "نویسنده": "author", "الكاتب": "author",
    # "Source" in Arabic, Persian, Turkish, Indonesian and Vietnamese: "المصدر : الجزيرة + وكالات".
    "المصدر": "outlet", "مصدر": "outlet", "منبع": "outlet", "kaynak": "outlet", "sumber": "outlet", "nguồn": "outlet",
    "보도시점": "date", "보도일시": "date", "배포일시": "date", "보도일": "date", "배포일": "date",
}

# "الجزيرة + وكالات", "Yonhap, agencies": the outlet and the wires it drew on, which are no part of its name.
AND_AGENCIES = re.compile(r"\s*(?:\+|,|&|and|و)\s*(?:وكالات|agencies|wires|agences|agenturen|агентства|агентств|ajansları|ajanslar)$", re.IGNORECASE)
# What a date line sets beside its date that dates nothing: a video's count and tags ("183,402 views … #NorthKorea"),
# an Arabic page's Hijri date beside the Gregorian one ("25 شعبان 1446 هـ - 24 فبراير 2025 مـ").
DATE_LINE_EXTRAS = re.compile(
    r"\d[\d,.]*\s?[KkMm]? views?\b|(?<!\S)#\w{1,40}"
    r"|(?:\d{1,2} )?(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة) \d{4} ?هـ|(?<!\S)[مه]ـ(?!\S)",
    re.IGNORECASE,
)


_TITLE_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "de", "la", "le", "du", "des", "der", "die", "und", "&", "a", "an", "in"})


def prose_like(value: str) -> bool:
    """"Source: government statements compiled by Strait Monitor." names no outlet: it is a note in words."""
    return sum(1 for w in value.split() if w[:1].islower() and w not in _TITLE_CONNECTORS) > 2
