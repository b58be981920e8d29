"""Elliptical passives: "Five journalists *arrested* in dawn raid", "Governor *sacked* after scandal".

Headlines, standfirsts, captions and live-blog fragments drop the auxiliary (and the articles) of
a passive. spaCy's small model then reads the past participle in one of two ways, both wrong for
the coder:

- as an active past verb with the people who suffered the act as its subject ("Governor
  [nsubj] sacked [ROOT]"), so the patients are coded as the doer;
- as a participle hanging on a sentence that is one noun phrase ("journalists [ROOT] arrested
  [acl]"), so no event, or one with no target, is coded.

A past form of a verb done to people or things (vocabulary ``elliptical_passive_participles``:
arrest, detain, deport, expel, kill, sack, summon, ...) after a noun phrase, with no auxiliary,
no object of its own and no verb that shares one ("arrested and charged *him*"), is read as the
passive it is: the noun phrase becomes its passive subject (nsubjpass) and the verb a past
participle (VBN) heading the clause. The coder then reads it like any passive: the noun phrase
is the target, a "by" phrase the doer; with none, the doer stays empty (violence and coercion
are marked unattributed) unless the story's own event of that kind names one. Attack verbs a
doer also uses with no object ("rebels *attacked* at dawn"; vocabulary
``elliptical_attack_participles``) are read so only after a common noun that names no armed
force or group ("Embassy *stormed* as protests spread"). A verb with a directional preposition
("police *shot at* the crowd") or a subject pronoun ("they *arrested* ...") stays active.

Rule name in the event's explanation: ``parse.elliptical_passive``. It runs right after the
parser with the other parse repairs (tags and the tree only; no character changes).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.postags import FINITE_OR_MODAL_TAGS
from communique.vocabulary import words

PARTICIPLES = words("elliptical_passive_participles")
ATTACK_PARTICIPLES = words("elliptical_attack_participles")
DOER_NOUNS = words("security_force_words") | words("armed_group_words")
RULE = "parse.elliptical_passive"

_SUBJECT_TAGS = ("NN", "NNS", "NNP", "NNPS", "CD")
# a verb with one of these of its own is active or already passive
_ACTIVE_DEPS = (
    "aux",
    "auxpass",
    "nsubjpass",
    "dobj",
    "obj",
    "dative",
    "ccomp",
    "attr",
    "expl",
)
# an aim or a motion right after the verb: "shot *at* the crowd", "shot *to* the top of the charts"
_DIRECTIONAL = ("at", "upon", "into", "through", "toward", "towards", "to", "past", "across")
_FINITE_TAGS = FINITE_OR_MODAL_TAGS
_PLACE_WORDS = ("outside", "inside", "near", "off", "opposite", "beyond", "behind")
_AIMED = ("shot",)  # a verb a doer aims with a preposition ("shot at", "shot into")


def _plural_doer(noun: Token) -> bool:
    lower = noun.lower_
    return lower in DOER_NOUNS or lower.rstrip("s") in DOER_NOUNS


def _place_phrase(obj: Token) -> bool:
    """The "object" opens with a preposition of place the model read as an adjective
    ("arrested *outside* parliament", "seized *off* the coast")."""
    first = obj.doc[obj.left_edge.i]
    return first.i < obj.i and first.lower_ in _PLACE_WORDS and first.tag_ in ("JJ", "RB", "RP")


def _takes_object(verb: Token) -> bool:
    """``verb`` has an object of its own, a directional preposition ("shot *at*"), or a
    conjoined verb with an object it may share ("arrested and charged *him*")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and _place_phrase(c):
            continue  # "arrested *outside parliament*": a place misread as the object
        if c.dep_ in _ACTIVE_DEPS:
            return True
        aimed = verb.lower_ in ATTACK_PARTICIPLES or verb.lower_ in _AIMED
        # "police *shot at* the crowd"; "detained *at* a checkpoint" is a place
        if aimed and c.dep_ == "prt" and c.i == verb.i + 1:
            return True  # "prices shot up", "the crowd stormed off"
        if aimed and c.dep_ == "prep" and c.lower_ in _DIRECTIONAL and c.i == verb.i + 1:
            return True
        verbal = c.dep_ == "conj" and c.tag_.startswith("VB")
        if verbal and any(k.dep_ in ("dobj", "obj") for k in c.children):
            return True
    return False


def _eligible(verb: Token, subject: Token) -> bool:
    form = verb.lower_
    if form not in PARTICIPLES and form not in ATTACK_PARTICIPLES:
        return False
    if subject.tag_ not in _SUBJECT_TAGS or subject.i > verb.i or _takes_object(verb):
        return False
    if form in ATTACK_PARTICIPLES and form not in PARTICIPLES:
        if subject.tag_ not in ("NN", "NNS") or _plural_doer(subject):
            return False
        if any(_plural_doer(t) for t in subject.lefts if t.dep_ in ("compound", "amod")):
            return False
    # "Norway, accused on Monday, ...": a true reduced relative
    return not any(t.text == "," for t in verb.doc[subject.i + 1 : verb.i])


def elliptical_subject(verb: Token) -> Token | None:
    """The noun phrase an elliptical passive ``verb`` is said of (its head), or None."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.dep_ == "ROOT":  # "Governor [nsubj] sacked [ROOT] after scandal"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _eligible(verb, subj):
            return None
        return subj
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":  # "journalists [ROOT] arrested [acl]"
        noun = verb.head
        if noun.i > verb.i or noun.tag_ not in _SUBJECT_TAGS:
            return None
        if any(t.tag_ in _FINITE_TAGS and t.i != verb.i for t in verb.sent):
            return None  # the sentence has a verb of its own
        if next(c.i for c in noun.rights if c.dep_ == "acl") != verb.i:
            return None  # only the first participle after the noun
        if not _eligible(verb, noun):
            return None
        return noun
    return None


def _make_passive(verb: Token, subject: Token) -> None:
    if verb.dep_ == "acl":
        verb.head = verb
        verb.dep_ = "ROOT"
        for c in [c for c in subject.rights if c.i > verb.i]:
            c.head = verb  # the full stop, a trailing clause
        subject.head = verb
    verb.tag_ = "VBN"
    subject.dep_ = "nsubjpass"


def repair(doc: Doc) -> None:
    found = []
    for tok in doc:
        if tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("ROOT", "acl"):
            subj = elliptical_subject(tok)
            if subj is not None:
                found.append((tok, subj))
    for verb, subj in found:
        _make_passive(verb, subj)


@Language.component("communique_elliptical_passives")
def elliptical_passives(doc: Doc) -> Doc:
    if len(doc):
        repair(doc)
    return doc
