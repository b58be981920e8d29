"""The doers of a definite visit, talks or meeting noun told before ("Egypt and Ethiopia opened
talks in Khartoum. *The talks* ended without agreement"; "X's premier flew to Y. *The visit*
was cut short").

A noun of consultation (CAMEO 04: a visit, a trip, talks, negotiations) with the definite
article and no party of its own (no possessor, no "of", "by", "between", "with", "to", "among")
names the act of that kind the story told last, a few sentences before: it takes that act's
doers, and its recipients when it has none of its own (rule actor.earlier_gathering). Source:
general English usage: the definite article marks a noun as one the reader already knows
(Merriam-Webster "the", 1a: "used as a function word to indicate that a following noun or noun
equivalent is definite or has been previously specified by context"). A guess from the story,
explained and less sure than a named doer.
"""

from __future__ import annotations

from communique.coding.candidate import Candidate
from communique.coding.context_recipients import Act
from communique.coding.rules import Because
from communique.coding.syntax import arg, with_conjuncts
from communique.model import Actor

# how many sentences back the act may be told
GATHERING_REACH = 4
# prepositions that name a party or host of the noun itself
OWN_PARTY_PREPS = frozenset({"of", "by", "between", "with", "to", "among", "from", "for"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# verbs of a journey: a sentence that tells another journey of its own ("fans who travelled
# for the match said the trip was long") has its own traveller for "the trip"
JOURNEY_VERBS = frozenset({"travel", "fly", "arrive", "journey", "sail"})


def _bare_definite(tok) -> bool:
    if tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ for c in kids):
        return False  # "the Freedonian visit", "the Japan trip": a party of its own
    return not any(c.dep_ == "prep" and c.lower_ in OWN_PARTY_PREPS for c in kids)


def earlier_gathering(
    cand: Candidate, acts: list[Act], index: int
) -> tuple[list[Actor], tuple[Actor, ...], Because] | None:
    """The doers (and recipients) of the story's last act of the noun's kind, for a definite
    consultation noun with no party of its own; or None."""
    tok = cand.trigger.token
    code = cand.cameo_code or ""
    if cand.actors or not code.startswith("04") or not _bare_definite(tok):
        return None
    if code.startswith("042") and any(
        t.pos_ == "VERB" and t.lemma_.lower() in JOURNEY_VERBS for t in tok.sent if t.i != tok.i
    ):
        return None
    for act in reversed(acts):
        if act.index >= index or index - act.index > GATHERING_REACH:
            continue
        if act.root != "04" or not act.actors or act.said:
            continue
        if code[:3] == "042" and act.code[:3] not in ("042", "043"):
            continue  # "the visit" names a visit told before, not talks
        doers, hosts = list(act.actors), act.recipients
        if act.code[:3] == "043":  # "X was received by Y": the visitor is the one received
            doers, hosts = list(act.recipients), tuple(act.actors)
        if not any(a.country for a in doers):
            continue
        who = ", ".join(a.text or a.code or "" for a in doers)
        return (
            doers,
            tuple(a for a in hosts if a.country),
            Because.of("actor.earlier_gathering", noun=tok.text, who=who, n=str(index - act.index)),
        )
    return None


# gatherings whose attendees a participle names ("a summit attended by the leaders of X, Y")
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "session", "forum", "gathering"})
# prepositions that set an act at a gathering ("signed *at* a summit", "adopted *during* a meeting")
AT_GATHERING_PREPS = frozenset({"at", "during", "on"})
# a part of a gathering it is set at ("at *the end of* a summit", "on *the sidelines of* a forum")
GATHERING_PARTS = frozenset({"end", "close", "start", "opening", "sidelines", "margins"})


def _attendee_heads(noun, part, verb) -> list:
    """The heads named by "attended by X" on a gathering noun (or, as the parser may hang it,
    on the part of it or on the verb the gathering sets)."""
    hung = [c for c in verb.children if c.dep_ == "advcl" and c.i > noun.i]
    for acl in [*noun.children, *part.children, *hung]:
        if acl.dep_ not in ("acl", "advcl") or acl.lemma_.lower() != "attend":
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            return [h for o in agent.children if o.dep_ == "pobj" for h in with_conjuncts(o)]
    return []


def gathering_attendees(resolver, cand: Candidate) -> tuple[list[Actor], Because] | None:
    """ "The communique was signed *at a meeting attended by* the ministers of X, Y and Z": an
    act with no doer of its own set at a gathering whose attendees a participle names was
    done by those attendees (rule actor.gathering_attendees); or None."""
    tok = cand.trigger.token
    if cand.actors:
        return None
    if tok.lemma_.lower() in GATHERING_NOUNS and tok.pos_ == "NOUN":
        verb = tok.head  # "at the close of *a summit* ..., attended by X": the summit's own
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return _attendees(resolver, tok, _attendee_heads(tok, tok.head, verb))
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in AT_GATHERING_PREPS:
            continue
        for part in prep.children:
            if part.dep_ != "pobj":
                continue
            noun = part
            if part.lemma_.lower() in GATHERING_PARTS:  # "at the end *of* a summit"
                of = [o for p in part.children if p.lower_ == "of" for o in p.children]
                noun = next((o for o in of if o.dep_ == "pobj"), part)
            if noun.lemma_.lower() not in GATHERING_NOUNS:
                continue
            if (found := _attendees(resolver, noun, _attendee_heads(noun, part, tok))) is not None:
                return found
    return None


def _attendees(resolver, noun, heads: list) -> tuple[list[Actor], Because] | None:
    """The attendees named by ``heads``, when they are at least two parties of known states."""
    if not heads:
        return None
    actors, _notes = resolver.resolve(arg(heads, "actor.gathering_attendees", noun=noun.text))
    actors = [a for a in actors if a.country]
    if len(actors) < 2:
        return None
    who = ", ".join(a.text or a.code or "" for a in actors)
    return actors, Because.of("actor.gathering_attendees", noun=noun.text, who=who)


# what a story calls the party on a visit once it has told the visit (general English)
GUEST_NOUNS = frozenset({"visitor", "guest"})


def visiting_party(
    cand: Candidate, acts: list[Act], index: int
) -> tuple[list[Actor], Because] | None:
    """ "X's premier arrived in Y for a state visit. *The visitors* signed ten agreements": the
    subject "the visitors" / "the guests" of an act with no doer is the party of the visit the
    story told last, a few sentences before (rule actor.visiting_party); or None."""
    tok = cand.trigger.token
    if cand.actors:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in GUEST_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children):
        return None
    for act in reversed(acts):
        if act.index >= index or index - act.index > GATHERING_REACH:
            continue
        if act.code[:3] not in ("042", "043") or not act.actors or act.said:
            continue
        # "X was received by Y" (043, hosting): the visitor is the one received
        doers = list(act.recipients if act.code[:3] == "043" else act.actors)
        if any(a.country for a in doers):
            who = ", ".join(a.text or a.code or "" for a in doers)
            return doers, Because.of(
                "actor.visiting_party", noun=subj.text, who=who, n=str(index - act.index)
            )
    return None
