"""Acts aimed at someone that the story tells with no one they are aimed at.

The CAMEO manual defines its verbal and diplomatic categories as interactions of a source with
a target: one consults, praises, accuses, threatens, yields to or cooperates with someone
(CAMEO 04 consult, 05 engage in diplomatic cooperation, 06 material cooperation, 08 yield,
11 disapprove, 13 threaten), and a rejection (12) answers someone's proposal, demand or claim.
When no recipient rule applied ([recipient.none]: no object, no addressee, no counterpart the
story names) the words are a remark, not an interaction the coder can place: "the minister
*defended* the police", "officials *met* in the capital", "the judges *ruled in favour* of the
petition". Two readings of REJECT are the same: a refusal of one's own future act with no one
whose demand it refuses ("we *will not recognise* the new border", recode.refusal; not "will
not accept *these demands*": its object, a word of vocabulary request_nouns, is someone's
request, proposal or offer, which it answers), and a denial
with no claimant ("the spokesman *denied that* the decision was political": CAMEO 016, a
statement, which the project does not code). An act told in the story's opening sentence
(``LEAD_SENTENCES``: a headline, or the first sentence of a text with none) is what the story is
about and is kept, its target left to the rest of the story (or unnamed: PLOVER codes a
sentence's act with a blank target). Each such event is dropped with rule
filter.untargeted_act (``communique code --dropped`` shows it). Material acts (force, arrests,
aid, sanctions, deployments), appeals and intents (REQUEST, AGREE: "called for calm",
"pledged 400 million euros to the fund") and joint acts ("X and Y met": recipient.joint) are
kept.

Source: CAMEO 1.1b3 codebook category definitions (Schrodt 2012); PLOVER manual: an event is
an interaction between a source and a target actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.background import LEAD_SENTENCES
from communique.coding.frames import is_denial
from communique.model import Mention
from communique.vocabulary import words

# PLOVER types whose CAMEO categories are acts upon a target (see the module docstring)
TARGETED_TYPES = frozenset({"ACCUSE", "CONCEDE", "CONSULT", "COOPERATE", "SUPPORT", "THREATEN"})

# the rules an event's explanation names when no recipient rule applied, and for a refusal
_NO_RECIPIENT = "[recipient.none]"
_REFUSAL = "[recode.refusal]"
# "will not accept *the demands*", "rejected the proposal": someone's request, proposal or offer
REQUEST_NOUNS = words("request_nouns")


def untargeted(m: Mention, trigger: Token) -> bool:
    """The event is an act aimed at someone told with no one it is aimed at (see above)."""
    if m.sentence < LEAD_SENTENCES or m.recipient or _NO_RECIPIENT not in m.explanation:
        return False
    if m.event_type in TARGETED_TYPES:
        return True
    if m.event_type != "REJECT":
        return False
    if _REFUSAL in m.explanation:
        return not answers_request(trigger)
    return is_denial(trigger)


def answers_request(verb: Token) -> bool:
    """ "will not accept *these demands*", "would not consider *the offer*": the refused act's
    object is someone's request, proposal or offer (vocabulary request_nouns)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in REQUEST_NOUNS for c in verb.children)
