"""Untargeted asides of a doer whose own act in the same sentence names its target
(rule filter.untargeted_aside).

A verbal act that is aimed at someone (an accusation or criticism, an agreement or offer, a
rejection, a demand or appeal, support or praise, a threat: vocabulary directed_types) coded with
no recipient at all, because no recipient rule found anyone ("[recipient.none]"), is no event of
its own when the same doer (one country and sector: a president and the rebels of his country are
two doers), in the same sentence, does something to a named party: "the minister
condemned the raid on the embassy and said the country *stood firm*", "the ambassador welcomed the
vote but said her government *wanted* a smaller mission". The untargeted verb is the other half
of the one statement whose target the coder found; coded alone it would be an event aimed at no
one. It is dropped, shown by ``communique code --dropped``. Kept: acts that stand without a
target (an attack, a retreat, a protest, a meeting), a verb whose object names a person or body
the coder did not resolve (``untargeted_reactions.names_addressee``), doers acting upon each other
(recipient.joint), and an untargeted act in a sentence where its doer names no target at all.

Source: the CAMEO codebook defines these codes as acts of a source upon a target, and the PLOVER
event records are dyadic; news style tells a statement in several verbs of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.coding.rules import explain, rule
from communique.coding.untargeted_reactions import names_addressee
from communique.model import Dropped, Mention
from communique.vocabulary import words

RULE = rule("filter.untargeted_aside")
DIRECTED_TYPES = words("directed_types")
# the rule an explanation names when no recipient rule found anyone
_NO_RECIPIENT = "[recipient.none]"


def _doers(m: Mention) -> set[str]:
    """The doers of ``m`` as CAMEO-style codes, country and sector ("GBRGOV", "AGOREB"): a
    state named alone ("Japan", "Tokyo") is its government. Two doers of one country but of
    other sectors (a president and the rebels, a court and a former minister) are two doers."""
    out = set()
    for a in m.actor:
        if a.country:
            out.add(a.country + (a.sector or "GOV"))
        elif a.code:
            out.add(a.code)
    return out


def targeted_act(m: Mention, mentions: list[Mention]) -> Mention | None:
    """Another act of ``m``'s sentence by one of ``m``'s doers (``_doers``) that names its target
    (not negated); None when ``m`` has a recipient, is of a type that stands without one, or
    its sentence has no such act."""
    if m.recipient or not m.actor or m.event_type not in DIRECTED_TYPES:
        return None
    if _NO_RECIPIENT not in m.explanation:
        return None
    doers = _doers(m)
    if not doers:
        return None
    for o in mentions:
        if o is m or o.sentence != m.sentence or not o.recipient or o.modality == "negated":
            continue
        if doers & _doers(o):
            return o
    return None


def drop_untargeted_asides(
    mentions: list[Mention], dropped: list[Dropped], doc: Doc | None = None
) -> list[Mention]:
    """``mentions`` less the untargeted asides (``targeted_act``) whose verb names no
    unresolved addressee; each one left out is added to ``dropped``."""
    kept: list[Mention] = []
    for m in mentions:
        other = targeted_act(m, mentions)
        if other is None or names_addressee(m, doc):
            kept.append(m)
            continue
        why = explain(RULE, word=m.evidence.trigger, other=other.evidence.trigger)
        dropped.append(Dropped.of(m, RULE, why))
    return kept
