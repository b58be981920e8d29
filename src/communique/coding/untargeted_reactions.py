"""Untargeted statements of the other side in a domestic dispute (rule filter.untargeted_other_side).

A statement that needs someone it is said to (an appeal, a demand, a criticism or accusation, a
rejection: CAMEO 02, 10, 11, 120; vocabulary reaction_statement_codes) coded with no recipient at
all names no dyad. Where the story has an act of the same type that does name its target, done
by a doer of the same country on the other side of the state (a ministry's accusation and a
party's; the opposition's rejection and the electoral commission's denial: vocabulary
state_sectors), the untargeted one is a reaction in that dispute whose addressee the coder could
not find; linking may not join it to the other side's act (rule link.untargeted_other_side), and
coded alone it would be an event with no one it was aimed at. It is dropped, shown by ``communique
code --dropped``. An act that stands without a target (an attack, a retreat, a protest) and an
untargeted statement of a story with no such act of the other side are kept.

Source: the CAMEO codebook defines these codes as acts of a source upon a target; the PLOVER
event records are dyadic; state_sectors is the CAMEO 1.1b3 actor codebook's line between the
state's own bodies and the rest.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.coding.rules import explain, rule
from communique.linking.compare import other_side_of_state
from communique.model import Dropped, Mention
from communique.vocabulary import words

RULE = rule("filter.untargeted_other_side")
STATEMENT_CODES = tuple(sorted(words("reaction_statement_codes")))


def _statement(m: Mention) -> bool:
    return bool(m.cameo) and m.cameo.startswith(STATEMENT_CODES)


# pronouns that name a person or group as the one a statement is made to or about
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def names_addressee(m: Mention, doc: Doc | None) -> bool:
    """Whether the trigger's sentence names someone the statement is made to or about, whom
    the coder did not resolve to an actor: a person pronoun or a named person, body or people
    as the verb's object ("accused *him* of ...", "urged *Dawit Alemu* to ...")."""
    start, end = m.evidence.trigger_start, m.evidence.trigger_end
    if doc is None or start is None or end is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for child in span.root.children:
        if child.dep_ not in ("dobj", "dative", "iobj"):
            continue
        if child.lower_ in _PERSON_PRONOUNS or child.ent_type_ in _NAMED:
            return True
    return False


def other_side_act(m: Mention, mentions: list[Mention]) -> Mention | None:
    """An act of ``m``'s type in the story that names its target, done by a doer of ``m``'s
    country on the other side of the state; None when ``m`` names a target, is no statement
    of the kind, or the story has no such act."""
    if m.recipient or not m.actor or not _statement(m):
        return None
    for o in mentions:
        if o is m or o.event_type != m.event_type or not o.recipient:
            continue
        if other_side_of_state(m.actor, o.actor):
            return o
    return None


def drop_untargeted_other_side(
    mentions: list[Mention], dropped: list[Dropped], doc: Doc | None = None
) -> list[Mention]:
    """``mentions`` less the untargeted statements of the other side of a domestic dispute
    (not those whose verb names a person or body as its object: ``names_addressee``); each one
    left out is added to ``dropped``."""
    kept: list[Mention] = []
    for m in mentions:
        other = other_side_act(m, mentions)
        if other is None or names_addressee(m, doc):
            kept.append(m)
            continue
        doer = ",".join(a.code or a.text for a in other.actor)
        why = explain(RULE, word=m.evidence.trigger, other=other.evidence.trigger, doer=doer)
        dropped.append(Dropped.of(m, RULE, why))
    return kept
