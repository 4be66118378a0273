"""Scripts that end a sentence without a full stop still make articles.

Thai and Lao separate sentences with a space and end a paragraph with its last letter; Khmer, Burmese and
Devanagari have stops of their own (។ ။ ।).  Asking every paragraph for a Latin or CJK stop rejected whole
articles in those scripts as "no article text found".
"""

from __future__ import annotations

from store.models import PassageKind
from store.normalise import normalise_bytes

THAI = (
    "เกาหลีเหนือส่งทหารไปรัสเซียเพิ่ม\n\n"
    "สำนักข่าวยอนฮัประบุว่า หน่วยข่าวกรองแห่งชาติของเกาหลีใต้เปิดเผยว่า เกาหลีเหนือส่งทหารประมาณ 11,000 นายไปยังรัสเซีย\n\n"
    "ประธานาธิบดีเซเลนสกีของยูเครนกล่าวว่า ทหารเกาหลีเหนือเสียชีวิตและบาดเจ็บแล้วกว่า 3,000 นาย\n\n"
    "หน่วยข่าวกรองทหารของยูเครนระบุว่า กระสุนปืนใหญ่ที่รัสเซียใช้เกือบครึ่งหนึ่งมาจากเกาหลีเหนือ\n"
)


def _bodies(text: str) -> list[str]:
    result = normalise_bytes(text.encode("utf-8"), "story.txt", suffix=".txt")
    return [p.text for a in result.articles for p in a.passages if p.kind == PassageKind.BODY]


def test_a_thai_article_keeps_its_paragraphs_as_body_text() -> None:
    result = normalise_bytes(THAI.encode("utf-8"), "thai.txt", suffix=".txt")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "เกาหลีเหนือส่งทหารไปรัสเซียเพิ่ม"  # short, first: still the headline
    bodies = [p.text for p in article.passages if p.kind == PassageKind.BODY]
    assert len(bodies) == 3 and bodies[0].startswith("สำนักข่าวยอนฮัประบุว่า")


def test_khmer_and_devanagari_stops_end_sentences() -> None:
    khmer = [
        "ក្រសួងការពារជាតិកូរ៉េខាងត្បូងបាននិយាយថា កូរ៉េខាងជើងបានបញ្ជូនទាហានប្រហែល ១១០០០ នាក់ទៅរុស្ស៊ី។",
        "មន្ត្រីអ៊ុយក្រែនបាននិយាយថា ទាហានកូរ៉េខាងជើងជាច្រើនពាន់នាក់បានរងរបួស ឬស្លាប់នៅក្នុងតំបន់គួរស្គ។",
    ]
    hindi = [
        "दक्षिण कोरिया की खुफिया एजेंसी ने कहा कि उत्तर कोरिया ने रूस में लगभग 11,000 सैनिक भेजे हैं।",
        "यूक्रेन के अधिकारियों के अनुसार कुर्स्क क्षेत्र में कई हज़ार उत्तर कोरियाई सैनिक मारे गए या घायल हुए।",
    ]
    for sentences in (khmer, hindi):
        text = "Headline over the story\n\n" + "\n\n".join(sentences) + "\n"
        assert _bodies(text) == sentences, sentences[0]
