"""English irregular forms, which the light stemmer cannot group: "fight" / "fought", "bring" / "brought".

A reader types the form in their head ("strike depot") while the report wrote another ("drones
struck the depot"); the forms are one or two edits apart at best ("send" / "sent") and often more
("bring" / "brought"), so neither stemming nor typo matching joins them.  Each set is one word's
forms; a query word in a set also finds the others, at a stem sibling's weight.

Left out: forms that are mostly another word in news copy ("left", "found", "wound", "saw", "rose",
"lay", "bound", "felt"), and the stop words "said" and "told".
"""

from __future__ import annotations

_FORM_SETS = (
    ("fight", "fought"),
    ("strike", "struck", "stricken"),
    ("bring", "brought"),
    ("send", "sent"),
    ("buy", "bought"),
    ("sell", "sold"),
    ("seek", "sought"),
    ("catch", "caught"),
    ("think", "thought"),
    ("shoot", "shot"),
    ("lose", "lost"),
    ("hold", "held"),
    ("build", "built"),
    ("fly", "flew", "flown", "flies", "flying"),
    ("go", "went", "gone"),
    ("take", "took", "taken"),
    ("give", "gave", "given"),
    ("begin", "began", "begun"),
    ("win", "won"),
    ("hide", "hid", "hidden"),
    ("lead", "led"),
    ("meet", "met"),
    ("keep", "kept"),
    ("spend", "spent"),
    ("sink", "sank", "sunk"),
    ("steal", "stole", "stolen"),
    ("freeze", "froze", "frozen"),
    ("choose", "chose", "chosen"),
    ("break", "broke", "broken"),
    ("speak", "spoke", "spoken"),
    ("write", "wrote", "written"),
    ("drive", "drove", "driven"),
    ("fall", "fell", "fallen"),
    ("throw", "threw", "thrown"),
    ("grow", "grew", "grown"),
    ("know", "knew", "known"),
    ("withdraw", "withdrew", "withdrawn"),
    ("draw", "drew", "drawn"),
    ("blow", "blew", "blown"),
    ("swear", "swore", "sworn"),
    ("forbid", "forbade", "forbidden"),
    ("come", "came"),
    ("become", "became"),
    ("stand", "stood"),
    ("understand", "understood"),
    ("die", "died", "dies", "dying"),
    ("pay", "paid"),
    ("flee", "fled"),
    ("feed", "fed"),
    ("bleed", "bled"),
    ("hang", "hung"),
    ("dig", "dug"),
    ("man", "men"),
    ("woman", "women"),
    ("child", "children"),
    ("crisis", "crises"),
    ("analysis", "analyses"),
)

_FORMS: dict[str, tuple[str, ...]] = {
    form: tuple(other for other in forms if other != form) for forms in _FORM_SETS for form in forms
}


def irregular_forms(word: str) -> tuple[str, ...]:
    """The other forms of the irregular word ``word`` (folded) is a form of; () for any other word."""
    return _FORMS.get(word, ())
