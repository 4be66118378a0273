"""People named by their role with no name given: "the volunteer", "a medic", "the activist"."""

from __future__ import annotations

# People named by what they do, with no earlier mention: "the volunteer said", "a medic added".  ``SOURCE_NOUNS``
# cannot hold every such noun, so the agent-noun endings count too ("volunteer", "activist", "historian",
# "serviceman"); those endings are long enough that few things ("a list", "a human") wear them.  "-ant" is left
# out ("reliant", "restaurant"): its people are listed.
_AGENT_ENDINGS = ("eer", "ist", "ian", "man", "men")
_PERSON_NOUNS_EXTRA = frozenset(
    """fighter survivor eyewitness villager marine paratrooper sniper translator interpreter nurse guard trooper
    conscript recruit deserter captive refugee defender student agent respondent dissident mercenary sergeant
    lieutenant informant participant combatant migrant servant assistant consultant""".split()
)
# Words with an agent ending that name no one.
_NOT_AGENTS = frozenset("""list human german career twist wrist exist assist consist insist resist persist amen omen
    specimen abdomen""".split())


def is_person_noun(word: str) -> bool:
    """Whether a lower-case noun names a person by role ("volunteer", "medics"), so may be a source."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if singular in _PERSON_NOUNS_EXTRA or word in _PERSON_NOUNS_EXTRA:
        return True
    return len(singular) >= 5 and singular.endswith(_AGENT_ENDINGS) and singular not in _NOT_AGENTS
