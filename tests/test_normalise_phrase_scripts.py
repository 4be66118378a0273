"""Scripts that space phrases rather than words and end sentences with no stop (Thai, Lao, Khmer).

A paragraph of Thai holds a handful of spaces and no full stop: read as Latin text it is a short line of
a few "words", shaped like a headline or a label, and a whole article was removed as furniture.
"""

from __future__ import annotations

from store.normalise import normalise_bytes
from store.normalise.shapes import word_count

THAI = "\n\n".join([
    "เกาหลีเหนือส่งทหารเพิ่มอีก 3,000 นายไปรัสเซีย",
    "สำนักข่าวกรองแห่งชาติของเกาหลีใต้ระบุว่า เกาหลีเหนือได้ส่งทหารเพิ่มเติมประมาณ 3,000 นายไปยังรัสเซียในช่วงเดือนมกราคม"
    "และกุมภาพันธ์ ทำให้จำนวนทหารทั้งหมดอยู่ที่ประมาณ 14,000 นาย",
    "หน่วยข่าวกรองระบุว่า ทหารเกาหลีเหนือได้รับบาดเจ็บและเสียชีวิตราว 4,000 นาย ในการสู้รบที่ภูมิภาคเคิร์สก์ของรัสเซีย",
    "นักวิเคราะห์กล่าวว่า การส่งทหารครั้งนี้แสดงให้เห็นถึงความสัมพันธ์ทางทหารที่ลึกซึ้งยิ่งขึ้นระหว่างเปียงยางและมอสโก",
]) + "\n"


def test_a_thai_article_keeps_its_headline_and_every_paragraph() -> None:
    result = normalise_bytes(THAI.encode("utf-8"), "thai.txt", suffix=".txt")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "เกาหลีเหนือส่งทหารเพิ่มอีก 3,000 นายไปรัสเซีย"
    assert [p.text for p in article.passages if p.kind == "body"] == THAI.strip().split("\n\n")[1:]


def test_a_paragraph_of_thai_counts_as_many_words_as_its_letters_make() -> None:
    paragraph = THAI.split("\n\n")[1]
    assert len(paragraph.split()) < 10  # spaces between phrases only
    assert word_count(paragraph) >= 30
    # A short Thai headline stays short.
    assert word_count(THAI.split("\n\n")[0]) < 12
