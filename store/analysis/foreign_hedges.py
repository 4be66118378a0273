"""Hedges in Russian, Ukrainian, Korean, Japanese and Chinese copy: the words ``hedges`` lists, translated.

"их число может достигать 12 тысяч" (their number may reach 12,000), "추정된다" (is estimated), "とみられる"
(is thought to): a figure ventured, not asserted, as "may", "estimated" or "thought to" venture it in English.
"""

from __future__ import annotations

import re

# Russian and Ukrainian: may/could, possibly, probably, presumably, allegedly, not confirmed or verified.
_CYRILLIC = re.compile(
    r"(?<![а-яёіїєґ])(?:може|можуть|может|могут|мог|могла|могло|могли|міг|могла|змогли|"
    r"возможно|можливо|вероятно|ймовірно|імовірно|предположительно|припустимо|якобы|нібито|начебто|"
    r"по\s+предварительным\s+оценкам|не\s+подтвержд[а-яё]*|не\s+підтвердж[а-яєіїґ]*|"
    r"не\s+удалось\s+(?:проверить|подтвердить)|"
    r"не\s+вдалося\s+(?:перевірити|підтвердити)|по\s+оценкам|за\s+оцінками|оценивает|оцінює|оценил|оцінив)"
    r"(?![а-яёіїєґ])",
    re.IGNORECASE,
)
# Korean: estimated (추정, 추산), possibility (가능성), "appears to" (것으로 보인다), "is known to" (알려졌다),
# may (수 있다).
_HANGUL = re.compile(r"추정|추산|가능성|것으로\s*(?:보인|보이|알려)|수\s*있다|수\s*있을|확인되지\s*않")
# Japanese and Chinese: estimated, possibility, "is seen as", apparently, unconfirmed; may, reportedly.
_HAN = re.compile(
    r"推定|推計|可能性|とみられ|と見られ|模様|未確認|確認されていない|見込み|恐れ|可能|据报|估计|或许|也许|未经证实"
)


def foreign_hedged(text: str) -> bool:
    """Whether ``text`` (holding letters of another script) ventures its figure in that script's words."""
    return bool(_CYRILLIC.search(text) or _HANGUL.search(text) or _HAN.search(text))
