"""The small words a claimant's phrase is read by: auxiliaries, clause openers, prepositions, sentence adverbs.

Shared by the walk back from a reporting verb (``phrases``) and the reading of an appositive chain
(``appositive_chains``): a phrase ends at a clause opener or an auxiliary, and a prepositional phrase or a sentence
adverb is no speaker.
"""

from __future__ import annotations

AUX = frozenset(
    """is are was were be been being am has have had having do does did will would shall should can could may might
    must""".split()
)
BOUNDARY = frozenset(
    """that which who whom whose when where while whereas because as after before since until if though although
    but so than or nor yet unless whether once what how why""".split()
)
PREPOSITIONS = frozenset(
    """in on at of for from with by to into about over under during among between like per against despite amid
    amidst through across toward towards without within beyond""".split()
)
# Words that open a sentence and name nobody ("Similarly, …").
SENTENCE_ADVERBS = frozenset(
    """similarly however meanwhile nevertheless nonetheless additionally instead still also indeed moreover
    furthermore earlier later separately previously yet then thus so overall likewise elsewhere""".split()
)
