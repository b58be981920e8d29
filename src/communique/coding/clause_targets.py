"""Targets an act's own sentence names outside its verb's arguments, read before the story's
counterpart is assumed for an act that names none (context_recipients.story_counterpart).

A news sentence often names whom an act is aimed at in a way the verb's own arguments do not:

- "Canada expelled two Chinese diplomats *whom it accused of spying*": an act told in a
  relative clause whose antecedent is its object is aimed at the party the antecedent names
  (rule recipient.relative_object).
- "Lima would *work with its allies*", "the minister *thanked his lawyers*": an act whose own
  object (or 'with' / 'to' phrase) names its target as the doer's own people or as others named
  as nobody in particular (vocabulary relational_nouns: "its allies", "partners") has a target;
  it is no other state's, so the story's counterpart is not assumed (rule
  recipient.own_side_named).

Source: general English grammar (a relative clause's gap is filled by its antecedent); the
PLOVER manual (the target is the party the act is done to).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import arg, with_conjuncts
from communique.vocabulary import words

RELATIONAL_NOUNS = words("relational_nouns")
# the types whose own object names whom they are aimed at
OWN_SIDE_TYPES = words("own_side_target_types")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})
SUMMING_DEPS = ("appos", "npadvmod")  # ", a step the minister ruled out"
TARGET_PREPS = ("with", "to")  # "work with its allies", "spoke to his supporters"
VERB_TAGS = ("VERB", "AUX")
OWN_PRONOUNS = words("own_possessives")


def _object_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause on ``verb`` hangs on, when that noun fills its object gap:
    the clause has a subject of its own (not a relative pronoun), no direct object but a
    relative pronoun, and no relative adverb or preposition with a relative pronoun ("the
    area *where* X patrols", "exercises *in which* Y took part")."""
    if verb.dep_ != "relcl" or verb.pos_ not in VERB_TAGS:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None  # "officials who rejected it": the noun is the subject, not the object
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS:
            return None  # "the court whose jurisdiction X rejects" and the like: own object
        if c.lower_ in RELATIVE_ADVERBS:
            return None
        if c.dep_ == "prep" and any(o.lower_ in RELATIVE_PRONOUNS for o in c.children):
            return None
    return noun


def _restates(noun: Token) -> bool:
    """A noun set off by a comma that restates the clause before it (", *a step* the
    minister ruled out"): its relative clause answers that clause's doer (rule
    recipient.restated_proposer), not a party the noun names."""
    before = noun.left_edge.i - 1
    return noun.dep_ in SUMMING_DEPS and before >= 0 and noun.doc[before].text == ","


def relative_object(resolver: ArgumentResolver, cand: Candidate, own: set[str]) -> bool:
    """Aim ``cand`` at the party its relative clause's antecedent names ("sanctions on *Xian
    judges* it accused of torture": at X), another than the doer's own; whether it did (rule
    recipient.relative_object)."""
    noun = _object_antecedent(cand.trigger.token)
    if noun is None or _restates(noun):
        return False
    found = arg(with_conjuncts(noun), "recipient.relative_object", noun=noun.text)
    got, notes = resolver.resolve(found, within=None, fallback="")
    got = [a for a in got if a.country and a.country not in own]
    if not got:
        return False
    cand.set_recipient_arg(got, found, notes)
    cand.assumed_recipient, cand.joint = False, False
    return True


def _target_heads(verb: Token) -> list[Token]:
    """The verb's direct or indirect objects and the objects of its 'with' / 'to' phrases."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [h for c in heads for h in with_conjuncts(c)]


def own_side_named(resolver: ArgumentResolver, cand: Candidate, own: set[str]) -> Token | None:
    """The word by which ``cand``'s own verb names its target as the doer's own people ("thanked
    *its lawyers*") or as others named as nobody in particular ("work with *its allies*"), for
    an act of a type done to whom its object names; else None (rule recipient.own_side_named)."""
    if cand.plover not in OWN_SIDE_TYPES:
        return None
    for head in _target_heads(cand.trigger.token):
        if head.pos_ != "NOUN" or head.tag_ != "NNS":
            continue  # "its lawyers", "partners": people named by a plural common noun
        if head.lemma_.lower() in RELATIONAL_NOUNS:
            return head
        span = resolver.index.at(head)
        party = span.actor if span is not None else None
        if party is None or party.country not in own or not party.sector:
            continue
        owned = any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in head.children)
        if owned or not (span.country_guessed or span.country_inferred):
            return head  # "its lawyers"; "Chilean fishermen" (not "the sailors": unplaced)
    return None


def note_own_side(cand: Candidate, word: Token) -> None:
    cand.notes.append(Because.of("recipient.own_side_named", word=word.text))
