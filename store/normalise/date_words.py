"""The words a date line sets beside its date: "Published", "입력", "года", a weekday, a time and its zone.

What is left of a date line once these are gone names the writer or the outlet.
"""

from __future__ import annotations

import re

DATE_WORDS = re.compile(
    # ("Old" is the post-age icon's text that forum software prints before each post's date.)
    r"^(?:published|updated|last updated|last|first|posted|first published|modified|edited|on|at|date|time|old|"
    # What a broadcast, a transcript or a filed report says of its date.
    r"recorded|aired|broadcast|filed|dated|revised|debated|\d{1,2}\s?[ap]\.m\.|"  # (a record's "debated on ...", "3 p.m.")
    # The same words in Korean ("입력 2024.11.13", "2024/11/13 15:20 송고"), Russian and Ukrainian datelines.
    r"입력|수정|업데이트|송고|송고시간|기사입력|최종수정|등록|보도일시|배포일시|보도일|배포일|이후|\.?\([월화수목금토일]\)|опубликовано|обновлено|опубліковано|оновлено|"
    # A portal's run-together stamp, with 오전/오후 for a.m./p.m.: "입력2025.03.24. 오전 10:15".
    r"(?:입력|수정|업데이트|송고|송고시간|기사입력|최종수정|등록)(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?|오전|오후|\.|"
    r"года|г\.|року|р\.|publikacja|aktualizacja|"  # "28 октября 2024 года": the word for "year" after the date
    r"publié|publiée|modifié|modifiée|le|à|mis|mise|jour|actualisé|actualisée|publicado|publicada|actualizado|actualizada|el|pubblicato|pubblicata|aggiornato|aggiornata|il|alle|"
    r"\d{1,2}h\d{2}|น\.|นาฬิกา|aktualisiert|veröffentlicht|am|um|uhr|\d{1,2}時\d{1,2}分|更新|配信|公開|发布|發布|"  # fr, de, ja
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?|"
    # The weekday before the date in Arabic, Turkish, Indonesian and Vietnamese ("الإثنين", "Pazartesi", "Senin,",
    # "Thứ hai,"), and the time zones Indonesian and Vietnamese pages print after the time ("10:15 WIB", "(GMT+7)").
    r"(?:الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|\(gmt[+-]\d{1,2}\)|wib|wita|wit"
    # ... and in Ukrainian and Russian ("Ольга Глущенко — Понеділок, 17 лютого 2025", "Среда, 12 марта 2025").
    r"|понеділок|вівторок|середа|четвер|п['’ʼ]ятниця|субота|неділя|понедельник|вторник|среда|пятница|суббота|воскресенье)[,،]?|"
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|[ap]\.?m\.?|@)$",  # ("On March 12, 2025 @ 9:00 am": a blog's stamp)
    re.IGNORECASE,
)


def is_date_word(token: str) -> bool:
    """A word a date line sets beside its date ("Published", "입력", "года", "10:15"), no name's."""
    return DATE_WORDS.match(token) is not None


HOUR_MERIDIEM = re.compile(r"\b(\d{1,2}) ([ap]\.m\.)", re.IGNORECASE)  # "3 p.m.": an hour without minutes, one token
TIME_TOKEN = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?)$", re.IGNORECASE)
TIME_ZONE = re.compile(r"^\(?(?:[A-Z]{2,4}|GMT[+-]?\d{0,2}|UTC[+-]?\d{0,2})\)?$")  # ("15:30 (JST)": the zone in brackets too)
