"""Roles and bodies the text does not tie to a state (rules ``filter.private_role``,
``filter.private_named_body`` and ``filter.guessed_people``).

A role word whose sector comes from what it belongs to (``data/actors/roles.tsv``, sector '~':
official, director, president, chairman, head ...) is read as a state's official when nothing
names its owner. When a body, event or work of ``data/actors/private_bodies.tsv`` owns it ("the
tournament officials", "the club's president", "the director of the film", "its director" after
a film), it is that body's, and no state's. A state named after "of" in such a body's name ("the
National Gallery of Canada", "the University of Ghana") is part of a name, not the state acting.
People of no political sector (workers, traders, a crowd, a growers' union) whose state only the
story's most named country supplies (their mention's ``ActorSpan.country_guessed``),
in a story more of another topic (data/relevance/topics.tsv) than of politics, are not people
the text ties to that state. Each such side loses its country (and a role its
sector) for the event check (``communique.relevance.political_event``); an event that is then no
longer political is dropped. "Officials said", "election officials", "the director of the
intelligence service" and a union whose strike is a protest keep their events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from communique.coding.nationality_heads import plain_side as plain_national
from communique.coding.nationality_heads import private_words
from communique.datafiles import read_tsv
from communique.doctext import doc_text
from communique.model import Actor
from communique.relevance import people, political_event, story_topic

ACTORS = resources.files("communique") / "data" / "actors"
_OWNER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# a possessive pronoun that may stand for a body, event or work named before ("its director")
_NEUTER = frozenset({"its"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def private_bodies() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(ACTORS / "private_bodies.tsv")}


@lru_cache(maxsize=1)
def owned_roles() -> frozenset[str]:
    """Role words whose sector is that of what they belong to (roles.tsv sector '~')."""
    return frozenset(
        r["text"].lower()
        for r in read_tsv(ACTORS / "roles.tsv")
        if r["sector"].startswith("~") and " " not in r["text"] and r["kind"] in ("role", "group")
    )


def _private(tok: Token) -> bool:
    return tok.pos_ in _NOUNS and tok.lower_ in private_bodies()


def _antecedent(pron: Token) -> Token | None:
    """The noun "its" most likely stands for: the subject of the main verb of its own sentence
    (before it) or, failing that, of the sentence before."""
    doc = pron.doc
    sent = pron.sent
    spans = [doc[sent.start : pron.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    for span in spans:
        for tok in span:
            if tok.dep_ in _SUBJECTS and tok.head.dep_ == "ROOT" and tok.pos_ in _NOUNS:
                return tok
    return None


def role_owner(role: Token) -> Token | None:
    """The private body, event or work that owns ``role`` (a noun of private_bodies.tsv), if the
    sentence says one: a modifier ("tournament officials"), a possessor ("the club's president",
    "its director" after a film) or "of" ("the head of the school")."""
    for child in role.children:
        if child.dep_ in _OWNER_DEPS and child.i < role.i:
            if child.lower_ in private_bodies():  # "Tournament" may be tagged ADJ
                return child
            ante = _antecedent(child) if child.lower_ in _NEUTER else None
            if ante is not None and _private(ante):
                return ante
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _private(obj):
                    return obj
    return None


def _named_body(tok: Token) -> Token | None:
    """ "the Museum *of Ireland*": the private body whose name holds ``tok`` after "of"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    return prep.head if _private(prep.head) else None


def private_texts(sent: Span) -> dict[str, tuple[str, str]]:
    """Texts in ``sent`` naming a role a private body owns or a state inside a private body's
    name: their rule id and the owner's words."""
    roles = owned_roles()
    out: dict[str, tuple[str, str]] = {}
    for tok in sent:
        if tok.lower_ in roles and tok.pos_ in _NOUNS:
            owner = role_owner(tok)
            if owner is not None:
                start = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in _OWNER_DEPS)])
                found = ("filter.private_role", owner.text)
                out.setdefault(tok.text, found)
                out.setdefault(sent.doc[start : tok.i + 1].text, found)
        elif tok.pos_ == "PROPN" and (body := _named_body(tok)) is not None:
            out.setdefault(tok.text, ("filter.private_named_body", body.text))
    return out


def _other_subject(text: str) -> bool:
    """Whether the story's words are at least as much of another topic (weather, food, sport
    ...: data/relevance/topics.tsv) as of politics."""
    return story_topic(text).other_outweighs_political


def guessed_texts(
    sides: Iterable[Actor], guessed: Iterable[Actor], sent: Span | None = None
) -> set[str]:
    """The people among ``sides`` whose country only the story's most named state gave (they
    are among ``guessed``, the actors of the mentions the finder so placed: ``ArgumentResolver.
    guessed``), in a story more of another topic than of politics (in a political story the
    people it does not place are most likely the people of the state it is about: "traders
    demanding the border's reopening")."""
    if sent is not None and not _other_subject(doc_text(sent.doc)):
        return set()
    placed = {id(a) for a in guessed}
    return {a.text for a in sides if people(a) and a.country and id(a) in placed}


def _plain(actor: Actor, role: bool) -> Actor:
    sector = None if role else actor.sector
    return replace(actor, name=None, country=None, sector=sector, code=sector)


def private_sides(
    plover: str,
    actors: list[Actor],
    recipients: list[Actor],
    story_guessed: list[Actor],
    sent: Span,
    assumed_recipient: bool = False,
) -> tuple[str, dict[str, str]] | None:
    """(rule id, its slots) when the sides the text does not tie to a state alone made the
    event political; else None. ``story_guessed``: the actors whose country the finder only guessed
    from the story (``guessed_texts``). ``assumed_recipient``: the recipients are a convention drawn
    from the doer's country (a domestic target), which goes with the doer's country."""
    named = private_texts(sent)
    guessed = guessed_texts([*actors, *recipients], story_guessed, sent)
    # "the Dutch coach", "a Belgian film" (nationality_heads): only with an assumed target,
    # which filter.private_nationality (run before) does not set aside
    national = private_words(sent) if (named or guessed or assumed_recipient) else {}
    if not (named or guessed or any(a.text in national for a in actors)):
        return None

    def plain(side: list[Actor]) -> list[Actor]:
        out = []
        for a in side:
            if a.text in named or a.text in guessed:
                a = _plain(a, a.text in named)
            elif a.text in national:
                a = plain_national(a, national[a.text])
            out.append(a)
        return out

    doers = plain(actors)
    targets = plain(recipients)
    if assumed_recipient and doers != actors:
        targets = []  # "officials dismissed the protest": the doer's own country, assumed
    if political_event(plover, doers, targets, False):
        return None
    hit = [a for a in (*actors, *recipients) if a.text in named]
    if hit:
        rule, owner = named[hit[0].text]
        return rule, {"side": ", ".join(a.text for a in hit), "owner": owner}
    if guessed:
        words = ", ".join(a.text for a in (*actors, *recipients) if a.text in guessed)
        return "filter.guessed_people", {"side": words}
    words = ", ".join(a.text for a in actors if a.text in national)
    return "filter.private_nationality", {"words": words}
