"""Nouns that only set the scene of another act or rename it (rules filter.meeting_setting,
filter.characterised_act), dropped once the mentions of a text are coded.

A meeting named only as the setting of another act (rule filter.meeting_setting) is no
consultation: a bare meeting noun (vocabulary members_meeting_words: 'meeting',
'summit', 'session', 'talks') in a prepositional phrase ("Poland will bring the case up *at a
meeting of* NATO defence ministers", "the envoy spoke to the press *after a* security council
*meeting*") with no other side found (rule recipient.none) tells where or when the act took
place, not an interaction of its own. It completes rule filter.venue (prose.venue), which drops
such a setting when the meeting names no party at all: here it names one side only, its own
members. A meeting that is itself the news (its sentence's subject or object: "The meeting
ended without a deal", "held a meeting with X") and one between two named sides (recipient.joint)
are kept.

The same holds for an international body's own meeting (its doers all a bloc, an alliance or
a UN organ) whose other side is only the story's main counterpart, assumed because its
sentence names none (rule filter.assumed_meeting_setting, recipient.story_counterpart): "the
bloc's spokesman briefed journalists *during the session*", "would bring the case up *at the
alliance's summit*" set the time or place of the remark; the body's members meet each other (as rule
recipient.members_meeting reads them), and the assumed side is a guess about a setting. Only
after a preposition of time or place (vocabulary setting_preps; not "for talks", the aim of a
journey), and not when the noun names a side of its own ("talks *with* X", "a meeting
*between* X and Y"). A state's meeting named so is kept: a story often names the meeting it is
about again as a time ("after the talks"), and the counterpart it was held with is then right.

Source: the PLOVER manual (CONSULT codes the parties that meet); general English usage (a
prepositional phrase of place or time sets the scene of its verb).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.coding.background import LEAD_SENTENCES
from communique.coding.bystander_asides import bystander_aside, standing_aside
from communique.coding.characterised import characterised_act, trigger_token
from communique.coding.ended_activity import ended_activity
from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.vocabulary import words

# the rule an event's explanation names when no recipient rule applied
_NO_RECIPIENT = "[recipient.none]"
# a bloc, alliance, union or UN organ, not a state
BODY_PARTIES = ("EUR", "IGO", "UNO")
# the rule that assumes the story's main counterpart as the recipient of an untargeted act
_ASSUMED_RECIPIENT = "[recipient.story_counterpart]"


def meeting_setting(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a bare meeting noun (vocabulary members_meeting_words) inside a
    prepositional phrase, after the story's lead, with no other side found (recipient.none),
    or with only the story's counterpart assumed as its other side (rule
    filter.assumed_meeting_setting, :func:`assumed_setting`)."""
    if m.sentence < LEAD_SENTENCES:
        return False
    assumed = _ASSUMED_RECIPIENT in m.explanation
    if not assumed and (m.recipient or _NO_RECIPIENT not in m.explanation):
        return False
    tok = trigger_token(m, doc)
    if (
        tok is None
        or tok.pos_ != "NOUN"
        or tok.lemma_.lower() not in words("members_meeting_words")
    ):
        return False
    # "at a meeting of ministers", "after the council's meeting", "for a summit of the bloc"
    if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
        return False
    return not assumed or assumed_setting(m, tok)


def assumed_setting(m: Mention, tok: Token) -> bool:
    """Whether the meeting noun ``tok`` (the object of a preposition) of ``m`` is a body's own
    meeting named only as the time or place of another act, so that the story's counterpart,
    assumed as its other side (recipient.story_counterpart), is a guess about a setting: its
    doers are all international bodies (a bloc, an alliance, a UN organ: their meetings are
    among their own members, as rule recipient.members_meeting reads them), the preposition is
    one of time or place (vocabulary setting_preps: 'at', 'after', 'during', 'in' ...; not
    'for', which names the aim of a journey: 'flew to X for talks'), and the noun names no side
    of its own ('with X', 'between X and Y'). A state's 'after the talks' is kept: the
    meeting a story is about is often named so, with the counterpart it was held with."""
    if not m.actor or any(a.country not in BODY_PARTIES for a in m.actor):
        return False
    if tok.head.lower_ not in words("setting_preps"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def drop_setting_nouns(
    mentions: list[Mention], dropped: list[Dropped], doc: Doc | None = None
) -> list[Mention]:
    """``mentions`` less the meetings named only as a setting (filter.meeting_setting), the
    acts of force named only to rename a pronoun (filter.characterised_act, characterised.py)
    and the shows of force named only as what is ended (filter.ended_activity), and the acts
    told in an aside on a bystander (filter.bystander_aside), all read in ``doc`` when given;
    each one left out is added to ``dropped``."""
    kept: list[Mention] = []
    for m in mentions:
        if doc is not None and meeting_setting(m, doc):
            assumed = _ASSUMED_RECIPIENT in m.explanation
            rule_id = "filter.assumed_meeting_setting" if assumed else "filter.meeting_setting"
        elif doc is not None and characterised_act(m, doc):
            rule_id = "filter.characterised_act"
        elif doc is not None and ended_activity(m, doc):
            rule_id = "filter.ended_activity"
        elif doc is not None and bystander_aside(m, doc):
            rule_id = "filter.bystander_aside"  # (bystander_asides.py)
        elif doc is not None and standing_aside(m, doc):
            rule_id = "filter.standing_aside"  # (bystander_asides.py)
        else:
            kept.append(m)
            continue
        why = explain(rule_id, word=m.evidence.trigger, type=m.event_type)
        dropped.append(Dropped.of(m, rule_id, why))
    return kept
