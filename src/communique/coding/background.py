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
no state or body (filter.background_no_party): one whose recipient rules found nothing with a
country ("pushed back across the river in 2011"), or only a person of no named country while its
doer is assumed, not named ("Joseph Okello was arrested in March 2021": the police of the
sentence's country, rule actor.arresting_police); a past act of two or more states ("A and B
fought two wars") is kept, as are acts upon each other (recipient.joint) and a named doer's act
upon a person ("the government condemned him at the time"). History told in the story's opening
sentence (``LEAD_SENTENCES``: a headline, or the first sentence of a text with
none) is what the story is about (an anniversary, a retrospective, a one-line item): kept.

Source: the PLOVER manual codes events the story reports; the CAMEO manual's events are
interactions between a source and a target actor; general news usage: a paragraph of
background history is context for the news, not news.
"""

from __future__ import annotations

from datetime import date

from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.relevance import SUBJECT_MIN_WORDS, story_topic

# an historical event read with a confidence below this is a low-confidence reading (a noun,
# an unattributed act, a recipient from the story's context), too weak for background history
BACKGROUND_MIN_CONFIDENCE = 0.5

# the sentences that open a story (a headline, or the first sentence of a text with none):
# history told there is what the story is about, not its background
LEAD_SENTENCES = 1

# a story not about politics keeps no history dated this many years or more before its
# publication even in its opening sentence (filter.old_history_offtopic): a walking guide's or
# a gallery's lead that sets the scene with a war of long ago ("trenches where two armies fought
# in 1916"); a political story's anniversary lead is kept, as the story is political
OLD_HISTORY_YEARS = 50

# history this many years or more before publication is told, not reported, in any story
# (filter.distant_past, branch noise17): a language column's medieval conquest, a politician's
# speech recalling a war of two centuries ago; no news story reports an act of that age as news.
# The opening sentence keeps it: there it is what the story is about (a history item)
DISTANT_PAST_YEARS = 200

# the rule an event's explanation names when no recipient rule applied; not said of doers who
# act upon each other ("X and Y signed a treaty": recipient.joint), an interaction all the same
_NO_RECIPIENT = "[recipient.none]"


_JOINT = "[recipient.joint"
# doers the coder assumes for an agentless passive: the police who alone arrest, the captor who
# frees, the court that convicts, the prosecutors who charge
_ASSUMED_DOERS = (
    "[actor.arresting_police",
    "[actor.releasing_captor",
    "[actor.convicting_court",
    "[actor.charging_prosecutors",
)


def no_party(m: Mention) -> bool:
    """Whether a past act is aimed at no state or body: no recipient with a country or body code,
    not done by its doers upon each other (recipient.joint), done by one state at most, and with
    no recipient at all or a doer assumed for an agentless passive (``_ASSUMED_DOERS``)."""
    if any(a.country for a in m.recipient) or _JOINT in m.explanation:
        return False
    if len({a.country for a in m.actor if a.country}) > 1:
        return False
    return not m.recipient or any(rule in m.explanation for rule in _ASSUMED_DOERS)


def background_reason(m: Mention) -> tuple[str, dict[str, str]] | None:
    """The rule (and its slots) that drops an historical event as vague background, or None
    when the event is kept (not historical, or a clearly told past act)."""
    if m.modality != "historical" or m.sentence < LEAD_SENTENCES:
        return None
    word = m.evidence.trigger
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


def not_political(text: str) -> bool:
    """Whether a story of some length (``SUBJECT_MIN_WORDS``: a short text's topic words are too
    few to judge) is about something other than politics: it names almost nothing political
    (``StoryTopic.no_political_subject``), or another topic's words weigh at least as much as its
    political words (an arts review, a stamp auction)."""
    topic = story_topic(text)
    if topic.words < SUBJECT_MIN_WORDS:
        return False
    return topic.no_political_subject or topic.other_outweighs_political


def old_history(m: Mention, published: date | None, years: int = OLD_HISTORY_YEARS) -> bool:
    """An historical event dated ``years`` or more before ``published``."""
    if m.modality != "historical" or not m.date or published is None:
        return False
    try:
        year = int(m.date[:4])
    except ValueError:
        return False
    return published.year - year >= years


def drop_background(
    mentions: list[Mention],
    dropped: list[Dropped],
    text: str | None = None,
    published: date | None = None,
) -> list[Mention]:
    """``mentions`` less the vague background events; each one left out is added to
    ``dropped`` with the rule that dropped it. With the story's ``text``, a story not about
    politics (``not_political``) keeps no history told after its opening sentence
    (filter.background_offtopic), nor, with ``published``, history of long ago in it
    (filter.old_history_offtopic)."""
    offtopic = text is not None and not_political(text)
    kept: list[Mention] = []
    for m in mentions:
        reason = background_reason(m)
        if (
            reason is None
            and offtopic
            and m.modality == "historical"
            and m.sentence >= LEAD_SENTENCES
        ):
            reason = "filter.background_offtopic", {"word": m.evidence.trigger}
        if reason is None and offtopic and old_history(m, published):
            reason = "filter.old_history_offtopic", {"word": m.evidence.trigger}
        if (
            reason is None
            and m.sentence >= LEAD_SENTENCES
            and old_history(m, published, DISTANT_PAST_YEARS)
        ):
            reason = "filter.distant_past", {"word": m.evidence.trigger, "year": m.date[:4]}
        if reason is None:
            kept.append(m)
            continue
        rule_id, slots = reason
        dropped.append(Dropped.of(m, rule_id, explain(rule_id, **slots)))
    return kept
