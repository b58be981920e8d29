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

Source: the PLOVER manual (CONSULT codes the parties that meet); general English usage (a
prepositional phrase of place or time sets the scene of its verb).
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.coding.background import LEAD_SENTENCES
from communique.coding.characterised import characterised_act, trigger_token
from communique.coding.ended_activity import ended_activity
from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.vocabulary import words

# the rule an event's explanation names when no recipient rule applied
_NO_RECIPIENT = "[recipient.none]"


def meeting_setting(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a bare meeting noun (vocabulary members_meeting_words) inside a
    prepositional phrase, after the story's lead, with no other side found (recipient.none)."""
    if m.sentence < LEAD_SENTENCES or m.recipient or _NO_RECIPIENT not in m.explanation:
        return False
    tok = trigger_token(m, doc)
    if (
        tok is None
        or tok.pos_ != "NOUN"
        or tok.lemma_.lower() not in words("members_meeting_words")
    ):
        return False
    # "at a meeting of ministers", "after the council's meeting", "for a summit of the bloc"
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep"


def drop_setting_nouns(
    mentions: list[Mention], dropped: list[Dropped], doc: Doc | None = None
) -> list[Mention]:
    """``mentions`` less the meetings named only as a setting (filter.meeting_setting), the
    acts of force named only to rename a pronoun (filter.characterised_act, characterised.py)
    and the shows of force named only as what is ended (filter.ended_activity), all read in ``doc`` when given; each one left out is added to ``dropped``."""
    kept: list[Mention] = []
    for m in mentions:
        if doc is not None and meeting_setting(m, doc):
            rule_id = "filter.meeting_setting"
        elif doc is not None and characterised_act(m, doc):
            rule_id = "filter.characterised_act"
        elif doc is not None and ended_activity(m, doc):
            rule_id = "filter.ended_activity"
        else:
            kept.append(m)
            continue
        why = explain(rule_id, word=m.evidence.trigger, type=m.event_type)
        dropped.append(Dropped.of(m, rule_id, why))
    return kept
