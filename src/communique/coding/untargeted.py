"""Verbal acts aimed at no one (rule filter.untargeted_directed).

PLOVER's and CAMEO's events are interactions of a source and a target. Some types are acts of
one party upon another by their very meaning: an accusation or criticism is of someone, a demand
or appeal is made to someone, support goes to someone, a rejection answers someone, a threat is
made against someone (the PLOVER manual's definitions of ACCUSE, REQUEST, SUPPORT, REJECT,
THREATEN; CAMEO's 02, 05, 11, 12, 13 families). When the coder finds no target at all for such
an act (no recipient rule applied: rule recipient.none), not even from the story's context, the
sentence tells a stance or a remark with no counterpart ("the mayor denied that the tender was
rigged", "exporters hailed the new tariff schedule", "the kidnappers asked for money", "the
bishop appealed for calm"), not an
interaction between political actors: no event. The set of types is vocabulary
``directed_act_types``. Acts that stand without a target are kept: force, arrests, protests,
mobilisation, pledges and meetings (AGREE, CONSULT: "the ministers will meet on Monday", "X
pledged 50 million to the fund"), and doers acting upon each other (recipient.joint), and
events with no named doer (unattributed acts, their own rules). So is such an act told in the
story's opening sentence (background.LEAD_SENTENCES: a headline, or the first sentence of a
text with none; a sentence coded alone is its own lead): what the story is about, whose
counterpart the rest of the story names ("Minister defends police"), not a remark on the side.

A meeting named only as the setting of another act (rule filter.meeting_setting) is no
consultation either: a bare meeting noun (vocabulary members_meeting_words: 'meeting',
'summit', 'session', 'talks') in a prepositional phrase ("Poland will bring the case up *at a
meeting of* NATO defence ministers", "the envoy spoke to the press *after a* security council
*meeting*") with no other side found (rule recipient.none) tells where or when the act took
place, not an interaction of its own. It completes rule filter.venue (prose.venue), which drops
such a setting when the meeting names no party at all: here it names one side only, its own
members. A meeting that is itself the news (its sentence's subject or object: "The meeting
ended without a deal", "held a meeting with X") and one between two named sides (recipient.joint)
are kept.

Source: the PLOVER manual (event types and their source/target roles); the CAMEO manual
(verbal interaction codes need a target actor); general English usage (a prepositional phrase
of place or time sets the scene of its verb).
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.coding.background import LEAD_SENTENCES
from communique.coding.characterised import characterised_act, trigger_token
from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.vocabulary import words

# the rule an event's explanation names when no recipient rule applied
_NO_RECIPIENT = "[recipient.none]"


def untargeted(m: Mention) -> bool:
    """Whether ``m`` is an act that needs a target (vocabulary directed_act_types) coded with no
    recipient at all and no recipient rule behind it, by a named doer, after the story's lead."""
    return (
        m.sentence >= LEAD_SENTENCES
        and m.event_type in words("directed_act_types")
        and not m.recipient
        and not m.unattributed
        and bool(m.actor)
        and _NO_RECIPIENT in m.explanation
    )


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


def drop_untargeted(
    mentions: list[Mention], dropped: list[Dropped], doc: Doc | None = None
) -> list[Mention]:
    """``mentions`` less the directed acts with no target (filter.untargeted_directed), the
    meetings named only as a setting (filter.meeting_setting) and the acts of force named only
    to rename a pronoun (filter.characterised_act, characterised.py), the last two read in
    ``doc`` when given; each one left out is added to ``dropped``."""
    kept: list[Mention] = []
    for m in mentions:
        if untargeted(m):
            rule_id = "filter.untargeted_directed"
        elif doc is not None and meeting_setting(m, doc):
            rule_id = "filter.meeting_setting"
        elif doc is not None and characterised_act(m, doc):
            rule_id = "filter.characterised_act"
        else:
            kept.append(m)
            continue
        dropped.append(
            Dropped(
                m.article_id,
                m.sentence,
                m.evidence.trigger,
                rule_id,
                explain(rule_id, word=m.evidence.trigger, type=m.event_type),
                m.evidence.sentence_text,
            )
        )
    return kept
