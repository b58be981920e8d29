"""Which historical events a story's background keeps (issue #12 item 4).

A story recalls its background: "In 2018 Ruritania expelled four Freedonian diplomats",
"the two countries fought a war in the 1990s", "years of protests led the army to step in".
An event in historical mode (its own date well before publication: dates.is_history) is at most
an optional event: a careful coder may code a clearly told past act of one party upon another,
and the coder keeps it, marked historical with its own date. Vague background is no event: a
past act with no one it was done to (no recipient rule applied: "troops fought deadly clashes
in 2011", "the army deployed along the border in 2019"), one with no named doer ("the 2019
riots", "protests after the arrest of a candidate"), or one the coder reads with little
confidence (below ``BACKGROUND_MIN_CONFIDENCE``: the noun and context readings). Each such
event is dropped with its own rule (filter.background_no_recipient, filter.background_no_doer,
filter.background_low_confidence), shown by ``communique code --dropped``. So is a past act aimed at
no state or body (filter.background_no_party: its recipient rules found only people of no named
country, "he was arrested in May 2021", or a thing, "pushed the group out of the city in 2011"),
and a plan of the same kind (filter.plan_no_party, an event in future mode: "EU ministers will
meet next month", "the army would restore order"): an act no one is named as the target of is
the story's background or schedule, not an interaction; a plan or past act of two or more
states ("the two governments would set up a committee", "A and B fought two wars") is kept, as
are acts upon each other (recipient.joint). History told in the story's opening sentence (``LEAD_SENTENCES``: a headline, or the first sentence of a text with
none) is what the story is about (an anniversary, a retrospective, a one-line item): kept.

Source: the PLOVER manual codes events the story reports; the CAMEO manual's events are
interactions between a source and a target actor; general news usage: a paragraph of
background history is context for the news, not news.
"""

from __future__ import annotations

from communique.coding.rules import explain
from communique.model import Dropped, Mention

# an historical event read with a confidence below this is a low-confidence reading (a noun,
# an unattributed act, a recipient from the story's context), too weak for background history
BACKGROUND_MIN_CONFIDENCE = 0.5

# the sentences that open a story (a headline, or the first sentence of a text with none):
# history told there is what the story is about, not its background
LEAD_SENTENCES = 1

# the rule an event's explanation names when no recipient rule applied; not said of doers who
# act upon each other ("X and Y signed a treaty": recipient.joint), an interaction all the same
_NO_RECIPIENT = "[recipient.none]"


_JOINT = "[recipient.joint"
# a local office's or a court's untargeted act concerns its own country (rule
# recipient.domestic_office): left untargeted on purpose, not for want of a target
_DOMESTIC_OFFICE = "[recipient.domestic_office"


def no_party(m: Mention) -> bool:
    """Whether an event is aimed at no state or body: no recipient with a country or body code,
    not done by its doers upon each other (recipient.joint), and done by one state at most."""
    if any(a.country for a in m.recipient) or _JOINT in m.explanation:
        return False
    return len({a.country for a in m.actor if a.country}) < 2


def background_reason(m: Mention) -> tuple[str, dict[str, str]] | None:
    """The rule (and its slots) that drops an historical event as vague background, or a plan
    aimed at no one, or None when the event is kept (not historical nor a plan, or a clearly
    told past act or plan)."""
    if m.sentence < LEAD_SENTENCES:
        return None
    word = m.evidence.trigger
    if m.modality == "future":
        if m.actor and not m.unattributed and _DOMESTIC_OFFICE not in m.explanation and no_party(m):
            return "filter.plan_no_party", {"word": word}
        return None
    if m.modality != "historical":
        return None
    if m.unattributed or not m.actor:
        return "filter.background_no_doer", {"word": word}
    if not m.recipient and _NO_RECIPIENT in m.explanation:
        return "filter.background_no_recipient", {"word": word}
    if m.confidence < BACKGROUND_MIN_CONFIDENCE:
        return "filter.background_low_confidence", {
            "word": word,
            "confidence": f"{m.confidence:.2f}",
        }
    if no_party(m):
        return "filter.background_no_party", {"word": word}
    return None


def drop_background(mentions: list[Mention], dropped: list[Dropped]) -> list[Mention]:
    """``mentions`` less the vague background events; each one left out is added to
    ``dropped`` with the rule that dropped it."""
    kept: list[Mention] = []
    for m in mentions:
        reason = background_reason(m)
        if reason is None:
            kept.append(m)
            continue
        rule_id, slots = reason
        dropped.append(
            Dropped(
                m.article_id,
                m.sentence,
                m.evidence.trigger,
                rule_id,
                explain(rule_id, **slots),
                m.evidence.sentence_text,
            )
        )
    return kept
