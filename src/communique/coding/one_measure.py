"""One restrictive measure told twice in one sentence (rule ``same_act.one_measure``).

News copy names one package of measures with several words: "the government froze the
officials' assets and barred its citizens from trading with them", "adopted new sanctions on
the regime, banning its airline from European airports", "imposed sanctions and travel bans on
six generals", "closed the border, suspending all crossings". Each word may read as its own
CAMEO code: an embargo or sanctions (163), a cut in relations or aid (160, 162), an
administrative sanction or ban (172). CAMEO codes one act per package, and so does PLOVER
(SANCTION and the COERCE of administrative sanctions are the same kind of restriction, put on
a party by its doer). So in one sentence, two mentions that

- are both restrictive measures (CAMEO codes of vocabulary measure_codes),
- have the same doers (the same actor states, at least one),
- are told with one breath: one trigger spells out the other in a bare participle clause
  ("..., *banning* ..."), the two verbs are joined by "and" ("froze ... *and barred* ..."), or
  both trigger words hang on one verb ("imposed *sanctions* and *travel bans*"),
- and are not aimed at two different foreign parties (sanctions on one state and a ban on
  another's ships are two acts),

are one act. The mention aimed at a party outside the doer's own states is kept (the package's
target; "barred *its citizens* from trading" names who must obey it, not whom it hits), else the
SANCTION (CAMEO 16x names the package, an administrative ban is one of its parts), else the one
told first; the other is dropped, recorded as dropped beside the kept act, and the kept
act's explanation names it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.coding.rules import explain
from communique.coding.triggers import Trigger
from communique.model import Actor, Mention
from communique.vocabulary import words

RULE = "same_act.one_measure"
MEASURE_CODES = words("measure_codes")
# realised tellings: "said it had frozen the assets and barred ..." mixes claimed and asserted
REALISED = frozenset({"asserted", "claimed"})
# noun-phrase links from an event noun up to the verb whose object it is
_NOUN_LINKS = frozenset({"dobj", "pobj", "prep", "conj", "compound", "appos", "nsubjpass"})


def is_measure(cameo: str) -> bool:
    """A restrictive measure: a CAMEO code starting with one of vocabulary measure_codes."""
    return any(cameo.startswith(code) for code in MEASURE_CODES)


def _anchor(tok: Token) -> Token:
    """The verb a trigger word is told by: itself when a verb, else the verb whose object its
    noun phrase is ("adopted a package of *sanctions*" -> adopted)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in _NOUN_LINKS:
            return cur
        cur = cur.head
    return cur


def _bare_participle(tok: Token) -> bool:
    """ "..., *banning* 40 ships": a participle clause with no word of time or cause."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "prep") and c.i < tok.i for c in tok.children)
    )


def _clause_root(verb: Token) -> Token:
    """The main verb that ``verb`` continues: up through verbs joined by "and" and bare
    participle clauses ("froze ... and *barred*", "adopted ..., cutting ... and *banning*")."""
    cur = verb
    for _ in range(8):
        if cur.head.i == cur.i:
            return cur
        if (cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX")) or _bare_participle(cur):
            cur = cur.head
        else:
            return cur
    return cur


def _told_together(a: Trigger, b: Trigger) -> bool:
    return _clause_root(_anchor(a.token)).i == _clause_root(_anchor(b.token)).i


def _states(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.country for a in actors if a.country)


def _aimed_abroad(m: Mention) -> frozenset[str]:
    """The mention's target states outside its doer's own."""
    return _states(m.recipient) - _states(m.actor)


def _one_act(m: Mention, other: Mention) -> bool:
    if not (is_measure(m.cameo or "") and is_measure(other.cameo or "")):
        return False
    doers = _states(m.actor)
    if not doers or doers != _states(other.actor):
        return False
    if m.modality != other.modality and not {m.modality, other.modality} <= REALISED:
        return False
    mine, theirs = _aimed_abroad(m), _aimed_abroad(other)
    return not (mine and theirs and not mine & theirs)


def _better(m: Mention, other: Mention) -> bool:
    """``m`` is the telling to keep over ``other``: aimed abroad, else a SANCTION (CAMEO 16x
    names the package; an administrative ban, 172, is one of its parts), else told first."""
    mine, theirs = bool(_aimed_abroad(m)), bool(_aimed_abroad(other))
    if mine != theirs:
        return mine
    if (m.event_type == "SANCTION") != (other.event_type == "SANCTION"):
        return m.event_type == "SANCTION"
    return (m.evidence.trigger_start or 0) < (other.evidence.trigger_start or 0)


def merge_one_measure(
    mentions: list[Mention],
    trigger_of: dict[int, Trigger],
    drop: Callable[[Mention, str, str], None] | None = None,
) -> list[Mention]:
    """The sentence's mentions with each restrictive measure told twice kept once (see the
    module docstring); ``trigger_of`` maps id(mention) to its trigger; ``drop(m, why, rule)``
    is called for each mention dropped."""
    gone: set[int] = set()
    for m in mentions:
        if id(m) in gone or id(m) not in trigger_of:
            continue
        for other in mentions:
            if other is m or id(other) in gone or id(other) not in trigger_of:
                continue
            if not _one_act(m, other):
                continue
            if not _told_together(trigger_of[id(m)], trigger_of[id(other)]):
                continue
            kept, lost = (m, other) if _better(m, other) else (other, m)
            why = explain(RULE, word=lost.evidence.trigger, other=kept.evidence.trigger)
            kept.explanation += "; " + why
            gone.add(id(lost))
            if drop is not None:
                drop(lost, why, RULE)
            if lost is m:
                break
    return [m for m in mentions if id(m) not in gone]
