"""A nationality word on a firm, a trade, a team or a work is not its state (rule
``filter.private_nationality``).

"Japanese carmakers hit back", "a Mexican drama beat an Argentine thriller", "the Brazilians
attacked from the kick-off" (in a match report): the nationality word says where people or things
come from; it names no government. The coder resolves such words to the country, and the event
check (``communique.relevance.political_event``) then takes the event as one of a state or of
people the story ties to a country. Here the sides named that way lose the country for that check
(and a team, a work or a thing loses its sector too); an event that is then no longer political
is dropped. Heads of ``data/actors/private_heads.tsv`` decide: firms, trades and things always;
sport and the arts, and a plural demonym on its own ("the Americans"), only in a story whose words
are more of sport or entertainment than of politics (``data/relevance/topics.tsv``). A singular
demonym with an indefinite article ("a Dane", "an Italian") is a private person in any story.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from communique.datafiles import read_tsv
from communique.doctext import doc_text
from communique.model import Actor
from communique.relevance import political_event, story_topic

ACTORS = resources.files("communique") / "data" / "actors"
# topics whose stories make a team, a player or a work what a nationality word modifies
LEISURE_TOPICS = frozenset({"sport", "entertainment"})
ALWAYS = frozenset({"firm", "work", "thing"})
NO_SECTOR = frozenset({"sport", "arts", "thing"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


@lru_cache(maxsize=1)
def private_heads() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(ACTORS / "private_heads.tsv")}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality words (adjectives and people nouns) by lower-cased text: their kind."""
    out: dict[str, str] = {}
    for name in ("countries.tsv", "country_aliases.tsv"):
        for row in read_tsv(ACTORS / name):
            if row["kind"] in ("adjective", "people") and " " not in row["text"]:
                out.setdefault(row["text"].lower(), row["kind"])
    return out


def _leisure_story(text: str) -> bool:
    topic = story_topic(text)
    return topic.other[0] in LEISURE_TOPICS and topic.other_outweighs_political


def private_words(sent: Span) -> dict[str, str]:
    """The texts in ``sent`` (a nationality word, its head, or both together) that name no
    state, and the kind of what they name."""
    leisure = None
    nat = demonyms()
    heads = private_heads()
    out: dict[str, str] = {}

    def leisure_story() -> bool:
        nonlocal leisure
        if leisure is None:
            leisure = _leisure_story(doc_text(sent.doc))
        return leisure

    for tok in sent:
        low = tok.lower_
        if low not in nat or not tok.text[:1].isupper():
            continue
        head = tok.head
        if tok.dep_ in _MODIFIER_DEPS and head.i != tok.i:
            kind = heads.get(head.lower_)
            if kind is None or (kind not in ALWAYS and not leisure_story()):
                continue
            start = min(tok.i, *(c.i for c in head.lefts if c.dep_ in _MODIFIER_DEPS))
            for text in (
                tok.text,
                head.text,
                sent.doc[start : head.i + 1].text,
                sent.doc[tok.i : head.i + 1].text,
            ):
                out[text] = kind
        elif tok.dep_ not in _MODIFIER_DEPS:
            if any(c.lower_ in ("a", "an", "one") for c in tok.lefts):
                out[tok.text] = "work"  # "a Dane", "an Italian": a private person
            elif _plural(tok) and nat[low] == "people" and leisure_story():
                out[tok.text] = "sport"  # "the Brazilians" in a match report: a team
    return out


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s")


def plain_side(actor: Actor, kind: str) -> Actor:
    sector = None if kind in NO_SECTOR else actor.sector
    return replace(actor, name=None, country=None, sector=sector, code=sector)


def private_nationality(
    plover: str, actors: list[Actor], recipients: list[Actor], unattributed: bool, sent: Span
) -> str | None:
    """The nationality words that alone made the event political, if dropping their state
    leaves it none; else None."""
    if unattributed:
        return None
    words = private_words(sent)
    if not words:
        return None
    hit = [a.text for a in (*actors, *recipients) if a.text in words]
    if not hit:
        return None

    def plain(side: list[Actor]) -> list[Actor]:
        return [plain_side(a, words[a.text]) if a.text in words else a for a in side]

    if political_event(plover, plain(actors), plain(recipients), False):
        return None
    return ", ".join(hit)
