"""A deployment, patrol or other show of force named only as the thing being ended (rule
filter.ended_activity): "announced *the end of* its troop deployment", "confirmed *the
suspension of* its naval patrols", "demanded *an end to* the deployment of foreign troops". The
act the sentence tells is the ending (a de-escalation, CAMEO 087, or a demand for it), not a
deployment or patrol going on; the noun inside "the end of" / "the suspension of" is no act of
its own.

Source: general English usage (the object of "the end of X" is what stops); the CAMEO
codebook's 087 "De-escalate military engagement" (withdrawing or ending a deployment) as
against 15x (showing force).
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.coding.characterised import trigger_token
from communique.model import Mention
from communique.vocabulary import words


def ended_activity(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a noun of a show of force (PLOVER MOBILIZE) that is the object of "of" or
    "to" after a noun of ending (vocabulary ending_act_nouns: 'the end of', 'an end to', 'the
    suspension of', 'the withdrawal of')."""
    if m.event_type != "MOBILIZE":
        return False
    tok = trigger_token(m, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in ("of", "to") or prep.dep_ != "prep":
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in words("ending_act_nouns")
