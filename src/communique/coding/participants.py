"""Turn argument head words into actors, using the spans the actor resolver found."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from communique.model import Actor

# dependents that stay inside a noun phrase when looking for the actor it names
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "nummod"}
_NP_PREPS = {"of", "from"}
SINGULAR_PRONOUNS = {"he", "she", "him", "his", "her", "it", "its", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "both", "themselves"}


def find_actor_spans(doc: Any, when: Any, dateline: str | None = None) -> list[Any]:
    """``communique.actors.find_actors`` when installed; an empty list otherwise.

    ``dateline`` is the article's dateline place when known (the ingest pipeline blanks the
    dateline out of the parsed text, so the finder cannot read it there)."""
    try:
        from communique.actors import find_actors
    except ImportError:
        return []
    return list(find_actors(doc, when, dateline=dateline))


class ActorIndex:
    """Actor spans of one document, looked up by token."""

    def __init__(self, spans: Sequence[Any]) -> None:
        self.spans = list(spans)
        self.by_token: dict[int, Any] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span)

    def at(self, tok: Token) -> Any | None:
        return self.by_token.get(tok.i)

    def in_sentence(self, sent: Any) -> list[Any]:
        """Actor spans that begin inside the sentence ``sent``."""
        return [sp for sp in self.spans if sent.start <= sp.start < sent.end]

    def _joined_before(self, head: Token, span: Any) -> list[Any]:
        """ "Brazilian President X *and* Argentine President Y held talks", parsed with X as a
        modifier of Y: actors named before ``span`` in the head's phrase, joined by "and"."""
        doc = head.doc
        if span.start >= 2 and doc[span.start - 1].lower_ == "and":
            before = self.at(doc[span.start - 2])  # "Moon Jae-in *and* Kim Jong Un met",
            if (  # however the parser split the first name
                before is not None
                and before is not span
                and before.end == span.start - 1
                and getattr(before, "kind", "") in ("person", "role", "country", "body")
            ):
                return [before]
        sub = [t for t in head.subtree if t.i < span.start]
        cut = next((t.i for t in reversed(sub) if t.dep_ == "cc" and t.lower_ == "and"), None)
        if cut is None:
            return []
        found: list[Any] = []
        for t in sub:
            sp = self.at(t)
            if (
                sp is not None
                and sp is not span
                and sp.end <= cut
                and sp not in found
                and getattr(sp, "kind", "") in ("person", "role", "country", "body")
            ):
                found.append(sp)
        return found

    def in_phrase(self, head: Token) -> list[Any]:
        """Actor spans naming the phrase headed by ``head``: the one containing it, or those
        inside its noun phrase ("Senior Hungarian and Romanian officials")."""
        span = self.at(head)
        if span is not None:  # "Cuban and Russian presidents": the shared-role conjuncts too
            shared = [
                sp
                for c in head.children
                if c.i < head.i
                and (sp := self.at(c)) is not None
                and sp is not span
                and sp.rule.endswith("(shares the role)")
            ]
            return [*shared, *self._joined_before(head, span), span]
        found: list[Any] = []
        stack = [(c, 1) for c in head.children]
        while stack:
            tok, depth = stack.pop(0)
            if depth > 3:
                continue
            if tok.dep_ == "prep" and tok.lower_ in _NP_PREPS:
                stack += [(c, depth + 1) for c in tok.children if c.dep_ == "pobj"]
                continue
            if tok.dep_ not in _NP_DEPS and tok.dep_ != "pobj":
                continue
            span = self.at(tok)
            if span is not None:
                # "dozens of Afghan *and Syrian* migrants": the shared-role conjuncts too
                for c in tok.children:
                    sp = self.at(c)
                    if (
                        c.i < tok.i
                        and sp is not None
                        and sp is not span
                        and sp not in found
                        and sp.rule.endswith("(shares the role)")
                    ):
                        found.append(sp)
                if span not in found:
                    found.append(span)
                # "the Turkish *and Greek* sides": modifiers joined to it name parties too;
                # a noun joined to it ("Sierra Leonean and *Liberian refugees*", parsed as
                # conjuncts) is searched for its own modifiers
                stack += [
                    (c, depth)
                    for c in tok.children
                    if c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN", "NOUN")
                ]
                continue
            stack += [(c, depth + 1) for c in tok.children]
        return found


# head words of organisations that are almost always domestic to the story's country
DOMESTIC_ORG_WORDS = frozenset(
    {"party", "union", "front", "movement", "congress", "league", "council", "committee",
     "association", "federation", "alliance", "coalition", "army", "brigade", "brigades",
     "group", "organisation", "organization", "militia", "faction", "bloc", "society", "forum",
     "tigers", "unit", "network", "assembly", "guard", "authority", "commission", "agency",
     "ministry", "court", "tribunal", "police", "syndicate", "confederation"}
)  # fmt: skip
ACTOR_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC"})
NOT_ACTORS = frozenset(
    {"explosion", "blast", "bomb", "bombing", "attack", "fire", "device", "mine", "minefield",
     "shell", "rocket", "missile", "accident", "crash", "report", "statement", "decision",
     "plan", "law", "bill", "resolution", "agreement", "deal", "talks", "violence", "fighting",
     "clashes", "war", "crisis", "situation", "access", "move", "measure", "measures", "ban",
     "sanctions", "it", "this", "that", "which", "who", "what", "there"}
)  # fmt: skip
_PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "punct", "appos", "nummod"}


def phrase_tokens(head: Token, limit: int = 12) -> list[Token]:
    """The noun phrase headed by ``head``: its modifiers, "of X", but not relative clauses."""
    out = [head]
    stack = list(head.children)
    while stack and len(out) < limit:
        tok = stack.pop()
        inside = (
            tok.dep_ in _PHRASE_DEPS
            or (tok.dep_ == "prep" and tok.lower_ in _NP_PREPS)
            or (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head in out)
        )
        if inside:
            out.append(tok)
            stack += list(tok.children)
    return sorted(out, key=lambda t: t.i)


def is_actor_like(head: Token, group_words: frozenset[str]) -> bool:
    """Whether a subject/agent that no actor rule resolved still names a doer: a named entity
    (organisation, nationality, place, person, facility) or a collective noun."""
    if head.lower_ in NOT_ACTORS or head.lemma_.lower() in NOT_ACTORS:
        return False
    if head.pos_ in ("PRON", "NUM", "DET") or head.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    if head.ent_type_ in ACTOR_ENTS:
        return True
    return head.lower_ in group_words or head.lemma_.lower() in group_words


NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})


@lru_cache(maxsize=1)
def _group_table() -> dict[str, str]:
    """Group and body words of the actor lexicon (``data/actors/roles.tsv``) -> sector."""
    from communique.actors import lexicon as lx

    out: dict[str, str] = {}
    for bucket in lx.lexicon().by_first.values():
        for key, items in bucket.items():
            for _words, entry in items:
                if entry.kind in (lx.GROUP, lx.BODY) and len(key) == 1:
                    out.setdefault(key[0], (entry.sector or "").lstrip("~="))
    return out


def group_words() -> frozenset[str]:
    return frozenset(_group_table()) | DOMESTIC_ORG_WORDS


def group_sector(head: Token) -> str | None:
    table = _group_table()
    return table.get(head.lower_) or table.get(head.lemma_.lower()) or None


def unique_actors(spans: Sequence[Any]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[str] = set()
    for span in spans:
        a = span.actor if hasattr(span, "actor") else span
        key = a.code or a.name or a.text
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$") or tok.lower_ in PLURAL_PRONOUNS


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "round"})


def is_plural_anaphor(tok: Token) -> bool:
    """'they', 'their', 'both', 'the two countries'."""
    if tok.lower_ in PLURAL_PRONOUNS:
        return True
    if tok.lemma_.lower() in TIME_UNITS:  # "a two-day visit": a duration
        return False
    return any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children
    )
