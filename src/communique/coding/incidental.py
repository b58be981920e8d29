"""A page about something else, with a few political-looking words in it (rule
``filter.incidental_politics``).

A car club's rally diary, a festival report, a zoo's news or a product's release notes may name
a customs officer, an audience member of some nationality, "community ambassadors" or a city the
trip passed through. The coder reads such words as parties: the officer as a state's military, a
"Nepali" as Nepal, the city where something happened as its government. Each reading alone looks
like a political event; the page as a whole shows that it is not about politics: few distinct
political words (``relevance.political_cues``), and no event on it whose side is *named* as a
political party.

The decision is made on the whole page, after the coder, from two signals measured over every
page of the story sets and the real pages (bench/stories/README.md, "gate37"):

- the page names few political subjects: it has at least ``MIN_WORDS`` words and at most
  ``MAX_CUES`` distinct political cues (minister, police, embassy, border, sanctions ...;
  ``relevance.StoryTopic.cues``). A wire brief of a hundred words is never judged: a few words
  say too little;
- no coded event of the page has a *named* side (``named_side``): a state named by its name, an
  international body, or a party of a political sector named by a proper name of its own (a
  named minister, a named armed group, a capital standing for its government: "Moscow said"),
  or a state's organ named with its state ("the Turkish government", "Chile's navy": the
  ``organ`` words of ``data/relevance/political.tsv``). A role word
  ("officers", "the leader", "police", "ambassadors"), a nationality word ("a Nepali officer"),
  a pronoun, a party taken from another sentence (a pronoun resolved to someone named earlier, a
  recipient assumed from the story) and the place where something happened are no names: they are
  how a page about something else mentions people.

On such a page every event is dropped, except violence, coercion or protest whose doer the page
does not name (``unattributed``: left to the rules for unattributed events); the page gets a note
saying why. A political page names its states or bodies at least once as a party: over the 553
political pages of bench/stories and realpages, none has an event list without a named side and
at most ``MAX_CUES`` cues.
"""

from __future__ import annotations

import re

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


def named_side(actor: Actor) -> bool:
    """Whether ``actor`` is named as a political party by a name of its own (see the module's
    docstring)."""
    from communique.actors import lexicon as actor_lexicon
    from communique.actors.spans import is_state
    from communique.coding.nationality_heads import demonyms
    from communique.relevance import _political_table, political_cues

    words = _WORD.findall((actor.text or "").lower())
    if not words or " ".join(words) in _pronouns():
        return False
    if actor.country in _political_table()["body"] - _NON_GOVERNMENTAL:
        return True  # an international body (the UN, the EU, the IMF), not a charity
    if is_state(actor.country):
        name = actor_lexicon.country_name(actor.country) or ""
        if words == _WORD.findall(name.lower()):
            return True  # "Norway", "the United States"
    if actor.sector is None or actor.sector.lstrip("~") in _PRIVATE:
        return False  # a nationality word, a private body
    nationality = demonyms()
    if is_state(actor.country) and words[-1] in _political_table().get("organ", ()):
        # "the Turkish government", "Chile's navy": a state's own organ (political.tsv "organ")
        state = set(_WORD.findall((actor_lexicon.country_name(actor.country) or "").lower()))
        if any(w in nationality or w in state for w in words[:-1]):
            return True
    cues = political_cues()
    if tuple(w for w in words if w != "the") in cues:
        return False  # "Police", "the Foreign Ministry": a role word, capitalised or not
    names = [
        w
        for w in _NAME.findall(actor.text or "")
        if w[0].isupper() and w.lower() not in nationality and (w.lower(),) not in cues
        and w.lower() not in ("the", "a", "an")
    ]  # fmt: skip
    return bool(names)


def named_event(m: Mention) -> bool:
    """Whether an event has a side named as a political party (``named_side``): a doer not
    resolved from a pronoun, or a recipient the sentence's own words name."""
    rules = set(rule_ids(m.explanation))
    if not any(r.startswith("resolve.") for r in rules) and any(named_side(a) for a in m.actor):
        return True
    if rules & _TAKEN_RECIPIENT:
        return False
    return any(named_side(a) for a in m.recipient)


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
    if not mentions or any(named_event(m) for m in mentions):
        return mentions
    page = incidental_page(text)
    if page is None:
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


def _pronouns() -> frozenset[str]:
    from communique.vocabulary import words

    return frozenset(
        words("person_pronouns") | words("plural_pronouns") | words("first_person_pronouns")
        | {"it", "its", "him", "her", "his", "hers", "she", "he"}
    )  # fmt: skip
