"""The page frames decided before the parse: a page whose frame makes the coder drop every
candidate needs no parse (issue #12: off-topic stories cost little).

Three frames of the coder are read from the story's text alone (``coding.fiction``,
``coding.role_play``) and drop every candidate of the page, bar exceptions that need the
parse:

- ``filter.role_play`` (a simulation in which people play states): no exception. Decided here
  whenever the coder would decide it.
- ``filter.lesson`` (a lesson or exercise page whose sentences are examples, not reports:
  ``coding.lesson_page``): no exception. Decided here whenever the coder would decide it.
- ``filter.game_or_contest`` (a game's rules or a contest's rounds): an act whose own argument
  names a work ("banned the game") is kept. Decided here when no sentence of the page could hold
  such an act with a political party: none names a work (a noun of kind ``work`` in
  ``data/relevance/fiction.tsv``) together with a political word.
- ``filter.plot`` (a review that tells a work's plot): as above, and a sentence dated by a news
  day ("on Monday", "yesterday") is kept too; decided here when no sentence names a work or a
  news day together with a political word.

A political word here is a political cue of the story gate (``relevance.political_cues``:
minister, police, embassy, sanctions ...) or a name of the actor lexicon that has a country or a
political sector (a state, its capital or adjective, an IGO or NGO, an armed group): the event
check after the coder (``relevance.political_event``) keeps no event without a political party,
and those are how a page names one. The sentences are found by punctuation and line breaks, the
words by letters, so each test reads only the text. A page that has such a sentence is parsed
and coded as before, and the coder applies the same rules with their exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.coding.fiction import NEWS_DAYS, fiction_words, game_or_contest, review_of_work
from communique.coding.lesson_page import lesson_page
from communique.coding.page_frame import WORD
from communique.coding.role_play import role_play_story

# a sentence ends at . ! ? (and a closing quote or bracket) before white space, or at a line break
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+|\s*\n\s*")
_PLURALS = ("s", "es")


def frame_before_parse(
    text: str, declared: str | None = None, reviewed: bool = False
) -> tuple[str, str] | None:
    """(rule id, why) when the page's frame makes the coder drop every candidate it could code
    (see the module's docstring), else None. ``declared``: the words by which the page's
    metadata or URL files it as a review, ``reviewed`` whether its JSON-LD is a Review of a
    creative work (``page_sections.declared_kinds``; ``fiction.review_of_work``)."""
    if (why := role_play_story(text)) is not None:
        return "filter.role_play", why
    if (why := lesson_page(text)) is not None:
        return "filter.lesson", why
    review = review_of_work(text, declared, reviewed)
    if review is not None:
        if not any(_news_of_work(s, days=True) for s in _sentences(text)):
            return "filter.plot", review
        return None
    contest = game_or_contest(text)
    if contest is not None and not any(_news_of_work(s, days=False) for s in _sentences(text)):
        return "filter.game_or_contest", contest
    return None


def note(rule: str, why: str) -> str:
    """The note an article stopped by ``frame_before_parse`` is stored with."""
    return f"not coded: off-topic: {why} ({rule}, decided before the parse); --all-topics codes it"


def _sentences(text: str) -> Iterator[str]:
    for part in _SENTENCE_END.split(text):
        if part.strip():
            yield part


def _news_of_work(sentence: str, days: bool) -> bool:
    """Whether ``sentence`` could hold news about a work (it names a work, or with ``days`` a
    news day) and names a political party (see the module's docstring)."""
    words = WORD.findall(sentence.lower())
    work = fiction_words().work
    about = any(_is_work(w, work) for w in words) or (days and not NEWS_DAYS.isdisjoint(words))
    return about and _political_words(sentence, words)


def _is_work(word: str, work: frozenset[str]) -> bool:
    """``word`` or its singular ("films") is a noun of a work."""
    return word in work or any(word.endswith(e) and word[: -len(e)] in work for e in _PLURALS)


def _political_words(sentence: str, words: list[str]) -> bool:
    from communique.actors import lexicon as actor_lexicon
    from communique.relevance import cues_of

    if cues_of(words):
        return True
    texts = actor_lexicon.tokenize(sentence)
    keys = [actor_lexicon.norm(t) for t in texts]
    lex = actor_lexicon.lexicon()
    for i in range(len(keys)):
        found = lex.match_at(keys, texts, i)
        if found is not None and _political_entry(found[1]):
            return True
    return False


def _political_entry(entry) -> bool:  # noqa: ANN001 (actors.lexicon.Entry)
    from communique.relevance import political_sector

    return bool(entry.country) or political_sector(entry.sector)
