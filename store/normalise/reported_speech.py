"""Whether a paragraph reports what someone said: a story's prose, never a picture's caption.

A caption says what the picture shows ("A Koksan gun on a flatcar in Khasan"), in the present or in no
tense at all; a paragraph that attributes a statement ("..., the agency said", "...고 밝혔다",
"...と発表した", "..., сообщил представитель") is the story itself, even when a labelled photo credit
("Photo: Reuters", "사진=연합뉴스") stands under it where its picture was.  (A photographer's credit in
an agency's form, "Jon Chol Jin/AP", follows its caption: that pairing is left as it is.)
"""

from __future__ import annotations

import re

_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|announced|reported|stated|added)\b"
    r"|\b(?:sagte|erklärte|teilte [^.]{0,60} mit|a déclaré|a indiqué|selon|dijo|afirmó|según|disse|segundo)\b"
    r"|(?:сообщил|заявил|сказал|отметил|по словам|по данным|повідоми|заяви|за даними|за словами)"
    r"|\b(?:powiedział|poinformował|przekazał|oświadczył|podał|według)"
    r"|(?:(?:밝혔|말했|전했|보고했|설명했|강조했|덧붙였|주장했|발표했|알렸)다(?:\.|$))"
    r"|(?:と(?:述べ|発表し|説明し|語っ|明らかにし)た|を明らかにした|によると)",
    re.IGNORECASE,
)


# "Photo: Reuters", "사진=연합뉴스", "[사진 출처 = 연합뉴스]", "Фото: ТАСС": a credit with its label, which may stand alone.
# A story's sources labelled under its paragraph, "Sources: AP, Reuters", "Źródło: PAP", "Джерела: Укрінформ", credit
# the story as much as a picture: under a paragraph that reports speech, they caption nothing.
_LABELLED_CREDIT = re.compile(
    r"[\[(（]?\s?(?:(?:photo|picture|image|credit|foto|фото|bild|사진|写真|照片|圖片|图片)s?(?: ?(?:출처|제공|credit|source))?"
    r"|sources?|źródł[oa]|джерел[оа]|источники?|quellen?|fuentes?|出典|출처)\s?[:=：＝]",
    re.IGNORECASE,
)


def labelled_credit(text: str) -> bool:
    return _LABELLED_CREDIT.match(text) is not None


def reports_speech(text: str) -> bool:
    """The paragraph attributes what it says to someone ("the ministry said", "밝혔다", "と述べた")."""
    return _REPORTED.search(text) is not None
