"""A crowd dispersed with the means of violent repression named in the act's own words ("dispersed
a crowd of miners *with tear gas*", however the parser hangs the phrase): CAMEO 175, not the
plain coercion (170) of a dispersal with no violence named (rule recode.dispersal_means).

Source: the CAMEO codebook (175 "use tactics of violent repression": tear gas, water cannon,
batons, rubber bullets; 170 "coerce", not otherwise specified).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

MEANS = words("repression_means")
DISPERSING = words("dispersing_lemmas")
PLAIN = "170"
REPRESSION = "175"


def dispersal_means(tok: Token, lemma: str, code: str) -> Token | None:
    """The word of a means of violent repression in the phrases of the dispersal ``tok`` (a
    trigger of lemma ``lemma`` coded ``code``), when it is a plain dispersal (170); else None."""
    if code != PLAIN or lemma not in DISPERSING:
        return None
    return next((t for t in tok.subtree if t.lemma_.lower() in MEANS and t.pos_ == "NOUN"), None)
