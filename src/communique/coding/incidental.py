"""A page about something else, with a few political-looking words in it (rule
``filter.incidental_politics``).

A cycling club's ride report, a beekeepers' outing, a festival diary or a product's changelog
may name a border guard, a guide of some nationality, the club's "ambassador" or a town the trip
passed through. The coder reads such words as parties: the guard as a state's police, "a Slovak
guide" as Slovakia, the town where something happened as its government. Each reading alone
looks like a political event; the page as a whole shows that it is not about politics: few
distinct political words (``relevance.political_cues``), and no event on it whose side is
*named* as a political party.

The decision is made on the whole page, after the coder, from two signals measured over every
page of the story sets and the real pages (bench/stories/README.md, "gate37"):

- the page names few political subjects: it has at least ``MIN_WORDS`` words and at most
  ``MAX_CUES`` distinct political cues (minister, police, embassy, border, sanctions ...;
  ``relevance.StoryTopic.cues``). A wire brief of a hundred words is never judged: a few words
  say too little;
- no coded event of the page has a side *named* by the words of its own sentence
  (``named_side``): a state named by its name, an international body, a party of a political
  sector named by a proper name of its own (a named minister, a named armed group, a capital
  standing for its government: "Moscow said"), or a state's organ named with its state ("the
  Turkish government", "Chile's navy": the ``organ`` words of ``data/relevance/political.tsv``).
  A role word ("guards", "the leader", "police", "ambassadors"), a nationality word ("a Slovak
  guide"), a pronoun, a party taken from another sentence (a pronoun resolved to someone named
  earlier, a recipient assumed from the story: words the event's sentence does not hold) and the
  place where something happened are no names: they are how a page about something else
  mentions people.

On such a page every event is dropped, except violence, coercion or protest whose doer the page
does not name (``unattributed``: left to the rules for unattributed events); the page gets a note
saying why. A political page names its states or bodies at least once as a party: over the 553
political pages of bench/stories and realpages, one has events none of which names a side (a
long report), and it has 10 distinct cues; the off-topic pages that got events had 3 to 5.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.coding.calibration import CONTEXT_RECIPIENT_RULES, rule_ids
from communique.coding.rules import explain
from communique.model import Actor, Article, Dropped, Mention

RULE = "filter.incidental_politics"
# a page of at least MIN_WORDS words (relevance.SUBJECT_MIN_WORDS: shorter texts are never judged
# by their words) with at most MAX_CUES distinct political cues names few political subjects:
# the pages of the off-topic sets that the story gate lets through and that get events have 3-5,
# the political pages whose events name no side by name 10 or more (gate37)
MIN_WORDS = 150
MAX_CUES = 6
_WORD = re.compile(r"[a-z]+")
_NAME = re.compile(r"[A-Za-z][\w'’-]*")
# sectors of people and private bodies: a proper name of one of them (a motor club, a charity,
# a firm) names no political party
_PRIVATE = frozenset({"NGO", "HRI", "CVL", "BUS", "EDU", "MED", "LAB", "REL", "REF", "HLH", "AGR"})
# the bodies of political.tsv that no government forms
_NON_GOVERNMENTAL = frozenset({"NGO", "NGM"})
# the ways of finding a recipient that take it from outside the event's own words: the story's
# counterpart, an earlier act, the place where it happened
_TAKEN_RECIPIENT = CONTEXT_RECIPIENT_RULES | {"recipient.place"}


def named_side(actor: Actor, sentence: str) -> bool:
    """Whether ``actor`` is named as a political party by words of its own in ``sentence`` (the
    event's sentence; see the module's docstring)."""
    from communique.actors import lexicon as actor_lexicon
    from communique.actors.spans import is_state
    from communique.coding.nationality_heads import demonyms
    from communique.relevance import _political_table, political_cues

    text = actor.text or ""
    words = _WORD.findall(text.lower())
    if not words or " ".join(words) in _pronouns() or text not in sentence:
        return False  # a pronoun, or a party resolved from another sentence
    if actor.country in _political_table()["body"] - _NON_GOVERNMENTAL:
        return True  # an international body (the UN, the EU, the IMF), not a charity
    state = is_state(actor.country)
    if actor.sector is None and not state or (actor.sector or "").lstrip("~") in _PRIVATE:
        return False  # a person or thing of no known side, a private body
    nationality = demonyms()
    if state and words[-1] in _political_table().get("organ", ()):
        # "the Turkish government", "Chile's navy": a state's own organ (political.tsv "organ")
        named = set(_WORD.findall((actor_lexicon.country_name(actor.country) or "").lower()))
        if any(w in nationality or w in named for w in words[:-1]):
            return True
    cues = political_cues()
    if tuple(w for w in words if w != "the") in cues:
        return False  # "Police", "the Foreign Ministry": a role word, capitalised or not
    # a proper name: "Norway", "the UK", "Moscow", "Minister Laine", "Hamas"; not a nationality
    # word ("a Slovak guide"), nor a role word written with a capital
    return any(
        w[0].isupper() and w.lower() not in nationality and (w.lower(),) not in cues
        and w.lower() not in ("the", "a", "an")
        for w in _NAME.findall(text)
    )  # fmt: skip


def named_event(m: Mention) -> bool:
    """Whether an event has a side named as a political party by its sentence's own words
    (``named_side``): its doer, or a recipient not taken from the story or the event's place."""
    sentence = m.evidence.sentence_text or ""
    if any(named_side(a, sentence) for a in m.actor):
        return True
    if set(rule_ids(m.explanation)) & _TAKEN_RECIPIENT:
        return False
    return any(named_side(a, sentence) for a in m.recipient)


def incidental_page(text: str) -> tuple[int, tuple[str, ...]] | None:
    """The page's words and its distinct political cues when it names few political subjects
    (``MIN_WORDS``, ``MAX_CUES``), else None."""
    from communique.relevance import story_topic

    topic = story_topic(text)
    if topic.words < MIN_WORDS or len(topic.cues) > MAX_CUES:
        return None
    return topic.words, topic.cues


def drop_incidental(
    mentions: list[Mention], dropped: list[Dropped], text: str, article: Article | None = None
) -> list[Mention]:
    """``mentions`` less every event of a page that names few political subjects and no side of
    whose events is named as a political party (see the module's docstring); unattributed
    violence is kept. Each event left out is added to ``dropped``, and ``article`` gets a note."""
    page = incidental_page(text) if mentions else None
    if page is None or any(named_event(m) for m in mentions):
        return mentions
    words, cues = page
    why_page = (
        f"{len(cues)} political word{'' if len(cues) == 1 else 's'} in {words} words"
        + (f": {', '.join(cues)}" if cues else "")
        + "; no event names a state, a body or a named official as a party"
    )
    kept: list[Mention] = []
    for m in mentions:
        if m.unattributed:
            kept.append(m)
            continue
        sides = ", ".join(a.text for a in [*m.actor, *m.recipient]) or "no side"
        why = explain(RULE, sides=sides, why=why_page)
        dropped.append(Dropped.of(m, RULE, why))
    if article is not None and len(kept) < len(mentions):
        note = f"events left out: politics incidental to the page ({why_page}) [{RULE}]"
        article.notes = [*article.notes, note]
    return kept


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    from communique.vocabulary import words

    return frozenset(
        words("person_pronouns") | words("plural_pronouns") | words("first_person_pronouns")
        | {"it", "its", "him", "her", "his", "hers", "she", "he"}
    )  # fmt: skip
