"""How alike two passages are, measured two ways.

*verbatim* is rapidfuzz's normalised Indel ratio on case-folded,
punctuation-free text: it is high only when the same words come in nearly the
same order, i.e. when one outlet re-used the other's paragraph.

*content* is the cosine (Ochiai coefficient) between the sets of content
words of the two passages: it is high when the passages say the same thing
in other words.  Cosine rather than rapidfuzz's token_set_ratio because
token_set_ratio scores 100 whenever one passage's words are a subset of the
other's, so a four-word caption would "match" every long paragraph that
happens to contain its words; cosine divides by both sizes.

Both are 0-100 and computed for whole articles at once as matrices, because
the alignment needs every pair and per-pair Python calls would be too slow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils

# Function words that every passage of every article shares; counting them
# would make unrelated paragraphs on the same story look alike.
STOPWORDS = frozenset(
    """
    a an the and or but nor if then than so as of to in on at by for with from into onto over under
    about after before during since until while up down out off again further also too very just only
    is are was were be been being am has have had having do does did doing will would shall should can
    could may might must it its itself they them their theirs themselves he him his himself she her hers
    herself we us our ours you your yours i me my mine this that these those there here which who whom
    whose what when where why how all any both each few more most other some such no not own same
    said says say saying told tells tell according per
    """.split()
)

# A passage needs this many content words before its content similarity is
# trusted; below it, only verbatim similarity can link it (headings, credits).
MIN_CONTENT_WORDS = 3

_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}\b)")


def comparable_text(text: str) -> str:
    """Case-folded, punctuation-free text with digit groups joined ("15,000" -> "15000")."""
    return utils.default_process(_THOUSANDS.sub("", text))


def content_words(processed: str) -> frozenset[str]:
    return frozenset(w for w in processed.split() if w not in STOPWORDS and len(w) > 1)


@dataclass(slots=True)
class SimilarityMatrices:
    """``verbatim[i, j]`` and ``content[i, j]`` for left passage i and right passage j (0-100)."""

    verbatim: np.ndarray
    content: np.ndarray

    @property
    def combined(self) -> np.ndarray:
        """The higher of the two: the similarity reported to the user."""
        return np.maximum(self.verbatim, self.content)


def similarity_matrices(left: Sequence[str], right: Sequence[str]) -> SimilarityMatrices:
    if not left or not right:
        empty = np.zeros((len(left), len(right)), dtype=np.float32)
        return SimilarityMatrices(empty, empty.copy())
    left_processed = [comparable_text(t) for t in left]
    right_processed = [comparable_text(t) for t in right]
    verbatim = process.cdist(left_processed, right_processed, scorer=fuzz.ratio, dtype=np.float32)
    content = _content_cosine([content_words(t) for t in left_processed], [content_words(t) for t in right_processed])
    return SimilarityMatrices(verbatim, content)


def passage_similarity(a: str, b: str) -> SimilarityMatrices:
    """The same measures for a single pair (1x1 matrices); handy for tests and tools."""
    return similarity_matrices([a], [b])


def _content_cosine(left: list[frozenset[str]], right: list[frozenset[str]]) -> np.ndarray:
    # Each passage's word set becomes a Python int used as a bit set, so an
    # intersection size is one AND and one bit_count in C.  For article-sized
    # inputs (~100 x 100) this takes a few milliseconds and, unlike a BLAS
    # matrix product, never stalls on thread start-up when the machine is busy.
    vocabulary: dict[str, int] = {}
    for words in (*left, *right):
        for word in words:
            vocabulary.setdefault(word, len(vocabulary))

    def mask(words: frozenset[str]) -> int:
        bits = 0
        for word in words:
            bits |= 1 << vocabulary[word]
        return bits

    right_masks = [mask(words) for words in right]
    right_sizes = np.array([len(words) for words in right], dtype=np.float32)
    cosine = np.zeros((len(left), len(right)), dtype=np.float32)
    for i, words in enumerate(left):
        if len(words) < MIN_CONTENT_WORDS:
            continue
        bits = mask(words)
        shared = np.fromiter(((bits & other).bit_count() for other in right_masks), dtype=np.float32, count=len(right))
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine[i] = 100.0 * shared / np.sqrt(len(words) * right_sizes)
    cosine[:, right_sizes < MIN_CONTENT_WORDS] = 0.0
    return np.nan_to_num(cosine, nan=0.0, posinf=0.0)
