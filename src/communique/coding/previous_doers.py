"""Doers of an act told right after another act of force, with no doer of its own: "The
government declared a state of emergency. *A curfew was imposed* on the city.", "Security forces
broke up the protests. *The crackdown* left 12 dead." (rule actor.previous_act_doer)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.actors.index import ActorIndex
from communique.actors.memory import ActorMemory
from communique.actors.spans import is_state
from communique.coding.candidate import Candidate
from communique.coding.rules import Because
from communique.model import Actor
from communique.vocabulary import words

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force, before and now
STATE_SECTORS = words("state_force_sectors") | {"GOV"}  # a state's government or forces
DEFINITE = frozenset({"the", "this", "that"})
TOLL_VERBS = words("act_toll_verbs")  # "the crackdown *left* 12 dead"


def _untold_doer(tok: Token) -> str | None:
    """How the act at ``tok`` leaves its doer untold: a passive with no "by" agent ("was
    imposed"), or a definite act noun as the subject of a verb of its toll ("*The crackdown* left
    12 dead", vocabulary act_toll_verbs; not "*The raids* followed ...", a restatement); else
    None."""
    if tok.pos_ in ("VERB", "AUX"):
        deps = {c.dep_ for c in tok.children}
        if "auxpass" in deps and "agent" not in deps:
            return "a passive with no agent"
        return None
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in TOLL_VERBS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    ):
        return f"'{tok.text}' as the subject of '{tok.head.text}', with no doer"
    return None


def previous_act_doer(
    cand: Candidate, memory: ActorMemory, sent: Span, index: ActorIndex
) -> tuple[list[Actor], Because] | None:
    """The doer of the act of force told in the sentence right before, for an act of force with
    no doer named (a passive with no agent, a definite act noun as subject), when that doer is a
    state's government or forces (not rebels, not people), the earlier act was the sentence's
    main one, and this sentence names no place of another state. Not when the sentence before
    names the same act noun (another's act it was about: "repelled *an attack*")."""
    tok = cand.trigger.token
    if cand.plover not in FORCE_TYPES or sent.start == 0:
        return None
    how = _untold_doer(tok)
    if how is None:
        return None
    prev = sent.doc[sent.start - 1].sent
    if not prev.start <= memory.event_token < prev.end or memory.subject_type not in FORCE_TYPES:
        return None
    doers = memory.subject
    if not doers or not all(
        is_state(a.country) and (a.sector is None or a.sector in STATE_SECTORS) for a in doers
    ):
        return None
    own = {a.country for a in doers}
    if len(own) != 1:
        return None
    if tok.pos_ == "NOUN" and any(t.lemma_.lower() == tok.lemma_.lower() for t in prev):
        return None
    for sp in index.in_sentence(sent):
        if sp.is_location and is_state(sp.actor.country) and sp.actor.country not in own:
            return None  # "... were arrested *in Y*": another state's police, maybe
    why = Because.of(
        "actor.previous_act_doer",
        word=cand.trigger.words(),
        how=how,
        who=", ".join(a.text for a in doers),
    )
    return list(doers), why
