"""An untargeted remark told in one breath with a targeted act of the same doer (rule
``same_act.untargeted_aside``).

"The minister welcomed the ruling and urged calm", "the embassy condemned the raid on the
village and said it stood firmly with its partners", "the ministry rejected the claim and
vowed to defend the coast": one statement, of which one verb names whom it is
aimed at and the other names no one. The interaction the statement makes is the targeted act;
the untargeted verb adds no dyad (PLOVER's statement codes need a target to be an
interaction), and the project's dedupe already folds an untargeted mention into a targeted one
of the same type. So in one sentence, a verbal act aimed at no one (PLOVER types of vocabulary
untargeted_aside_types: appeals, promises, backing, refusals, threats) by a single
doer, joined by "and" (or a bare participle, or a verb of saying) to a targeted statement of
the same doer and modality (CAMEO quad class 1 or 3; a deed beside an appeal is two acts), is
dropped, recorded as dropped beside it, and the kept act's explanation names
it. Meetings stay (a body's members meeting among themselves aim at no one), as do complaints
(a complaint is aimed at the doer of what it is about, named or not: "condemned the raid"),
acts by two or more doers together ("A and B agreed ...": a joint act needs no target), and
material acts. Two statements hang together through their verbs, never through a setting noun
("demanded their release *during a visit*": the visit is no statement of the demand).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.coding.own_readings import fold_into, states_of
from communique.coding.triggers import Trigger
from communique.model import Mention
from communique.vocabulary import words

RULE = "same_act.untargeted_aside"
ASIDE_TYPES = words("untargeted_aside_types")
SAY_VERBS = words("say_verbs")
# realised tellings: "said it had welcomed ... and urged ..." mixes claimed and asserted
REALISED = frozenset({"asserted", "claimed"})
# CAMEO quad classes of statements (verbal cooperation, verbal conflict): "sent police to the
# border and urged travellers to wait" is a deed and an appeal, not one statement
STATEMENT_QUADS = frozenset({1, 3})
# noun-phrase links from an event noun up to the verb whose object it is
# (not through a preposition: "demanded ... *during a visit*" names a setting, not a statement)
_NOUN_LINKS = frozenset({"dobj", "conj", "compound", "appos"})


def _anchor(tok: Token) -> Token:
    """The verb a trigger word is told by: itself when a verb, else the verb whose object its
    noun phrase is ("issued a *call* for calm" -> issued)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in _NOUN_LINKS:
            return cur
        cur = cur.head
    return cur


def _bare_participle(tok: Token) -> bool:
    """ "..., *urging* calm": a participle clause with no word of time or cause."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "prep") and c.i < tok.i for c in tok.children)
    )


def _clause_root(verb: Token) -> Token:
    """The main verb that ``verb`` continues: up through verbs joined by "and", bare
    participle clauses ("welcomed ... and *urged*", "condemned ..., *urging* ...") and
    the clause of a verb of saying ("condemned ... and said it *stood* with ...")."""
    cur = verb
    for _ in range(8):
        if cur.head.i == cur.i:
            return cur
        if (
            (cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"))
            or _bare_participle(cur)
            or (cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SAY_VERBS)
        ):
            cur = cur.head
        else:
            return cur
    return cur


def told_together(a: Trigger, b: Trigger) -> bool:
    """The two triggers are told in one breath: their verbs continue one main verb."""
    return _clause_root(_anchor(a.token)).i == _clause_root(_anchor(b.token)).i


def _aside(m: Mention) -> bool:
    return (
        m.event_type in ASIDE_TYPES
        and not m.recipient
        and len(m.actor) == 1
        and bool(states_of(m.actor))
        and m.modality != "negated"
    )


def _same_breath(m: Mention, other: Mention) -> bool:
    """``other`` is a targeted statement (CAMEO quad class 1 or 3: verbal cooperation or
    conflict) of ``m``'s doer, told with its modality."""
    return (
        bool(other.recipient)
        and other.quad_class in STATEMENT_QUADS
        and states_of(other.actor) == states_of(m.actor)
        and (other.modality == m.modality or {m.modality, other.modality} <= REALISED)
    )


def drop_untargeted_asides(
    mentions: list[Mention],
    trigger_of: dict[int, Trigger],
    drop: Callable[[Mention, str, str], None] | None = None,
) -> list[Mention]:
    """The sentence's mentions without the untargeted asides (see the module docstring);
    ``trigger_of`` maps id(mention) to its trigger; ``drop(m, why, rule)`` is called for each
    mention dropped."""
    out = []
    for m in mentions:
        kept = None
        if _aside(m) and id(m) in trigger_of:
            kept = next(
                (
                    o
                    for o in mentions
                    if o is not m
                    and id(o) in trigger_of
                    and _same_breath(m, o)
                    and told_together(trigger_of[id(m)], trigger_of[id(o)])
                ),
                None,
            )
        if kept is None:
            out.append(m)
            continue
        fold_into(kept, m, RULE, drop)
    return out
