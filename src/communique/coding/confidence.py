"""How sure the coder is of a mention, and how much it reads as the sentence's main event."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.resolver import EARLIER, NO_ACTOR_RULE
from communique.vocabulary import words

REPORTING_VERBS = words("reporting_verbs")
# actor rules that read the doer straight off the trigger: the surest
DIRECT_ACTOR_RULES = frozenset({"actor.nsubj", "actor.agent", "actor.possessor"})


def clause_rank(tok: Token) -> int:
    """How central a trigger's clause is: 2 = the main clause (the root, its conjuncts and
    xcomp chain, or the clause a reporting verb reports: "X said *it would retaliate*");
    1 = a complement clause or the object of a main verb ("launched an *offensive*");
    0 = subordinate (adverbial, relative, participial clauses, prepositional phrases)."""
    cur = tok
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
        cur = cur.head
        if clause_rank(cur) == 2:
            return 1 if tok.dep_ in ("nsubj", "nsubjpass") else 2
        return 0
    for _ in range(6):
        if cur.dep_ == "ROOT":
            return 2
        if cur.dep_ in ("xcomp", "conj") and cur.head.pos_ in ("VERB", "AUX", "ADJ"):
            cur = cur.head
            continue
        if cur.dep_ == "ccomp":
            head = cur.head
            if head.dep_ == "ROOT" and (
                head.lemma_.lower() in REPORTING_VERBS or head.pos_ == "VERB"
            ):
                return 2 if head.lemma_.lower() in REPORTING_VERBS else 1
            return 1
        break
    return 0


def confidence(cand: Candidate, modality: str = "asserted") -> float:
    tok = cand.trigger.token
    score = 0.45
    rule = cand.actor_rule
    if rule in DIRECT_ACTOR_RULES:
        score += 0.2
    elif rule:
        score += 0.1
    notes = {n.rule for n in cand.actor_notes}
    if notes & EARLIER:  # a reference resolved to earlier participants: a guess
        score -= 0.1
    if notes & NO_ACTOR_RULE:  # a doer no actor rule knows
        score -= 0.1
    if cand.unattributed:
        score -= 0.15
    if (cand.recipients and not cand.assumed_recipient) or cand.joint:
        score += 0.1
    # "X said Y must ...": as central as the reporting verb ("..., *saying* he must" is not)
    aux = cand.trigger.rule.pos == "aux"
    rank = clause_rank(tok) if not aux else clause_rank(tok.head.head)
    if aux and rank == 2:
        score += 0.15
    score += (0.0, 0.07, 0.15)[rank]
    if tok.pos_ in ("NOUN", "PROPN"):
        score -= 0.1
    if cand.embedded:
        score -= 0.2
    if cand.notes:
        score -= 0.05
    if modality == "hypothetical":  # "if it is attacked": a condition, not the news
        score -= 0.1
    if cand.trigger.rule.with_words:
        score += 0.05
    return round(max(0.05, min(0.99, score)), 3)
