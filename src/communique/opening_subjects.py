"""Opening subjects: the doer of a story's first sentence after a dateline, kept as its subject.

A wire story opens "OSLO, May 3 (Wire) -- Norway on Monday accused ...". The dateline is
blanked before parsing (``communique.parsing.parse_text``), but spaCy's small model still
misreads such an opening in three ways, and the event loses its doer:

- after the blanked dateline (a run of whitespace), "Norway on Monday *accused* Sweden of ..."
  is read as a noun phrase with a reduced relative clause ("Norway, accused on Monday ..."):
  the noun is the sentence's root and the verb a participle (relcl/acl) hanging on it, though
  the participle takes a direct object, which a passive participle does not;
- after a byline and a blanked dateline, "Norway" alone is read as a sentence of its own and
  "accused Sweden of ..." as the next, a clause with no subject;
- where the dateline is parsed as words (a dateline not found, a sentence coded on its own),
  the subject is read as an apposition of the dateline's place ("OSLO ... -- *Norway*"),
  the place taken as the verb's subject or as the root.

Anywhere in a story, a sentence whose only verb opens its object ("Lawyers in X *boycotted*
court hearings", "Thousands of miners *downed* tools") is often read as one noun phrase, the
verb an adjective on the object (amod), so the act has no doer; ``verb_read_as_modifier`` finds
it (no other finite verb in the sentence, no determiner or comma before the verb) and the verb
is made the head, with the opening noun phrase its subject and the noun its object.

This component re-hangs each as the sentence is written: the verb is the clause's head (a
past-tense verb), the opening noun phrase its subject, and a dateline place its modifier
(npadvmod), and a lone noun phrase the subject of the verb that follows it (the two sentences
one). It runs right after the parser (it reads tags and the tree only, like
``communique.guest_participles``), so every later step reads the repaired tree; no character
of the text changes, so every offset of the evidence stays as it was.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.postags import FINITE_VERB_TAGS, NOUN_TAGS

_NOUN_TAGS = NOUN_TAGS
_PARTICIPLE_DEPS = ("relcl", "acl")
_PARTICIPLE_TAGS = ("VBN", "VBD")
# a participle with one of these of its own is a clause of its own, or a passive one ("by X")
_CLAUSE_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl", "csubj", "agent")
_FINITE_TAGS = FINITE_VERB_TAGS
_DASHES = ("-", "--", "—", "–", ":")  # the end of a dateline ("OSLO (Wire) -- ")


def _opens_sentence(tok: Token) -> bool:
    """``tok``'s phrase opens its sentence: only whitespace (a blanked dateline) before it."""
    start = tok.sent.start
    return all(t.is_space for t in tok.doc[start : tok.left_edge.i])


def finite_participle(noun: Token) -> Token | None:
    """The verb a noun phrase's misread "reduced relative" really is: a participle hanging on
    ``noun`` (relcl/acl, after it, tagged VBN/VBD) with a direct object and no clause of its
    own, no comma between them ("Norway, accused on Monday, ..." is a true one); else None."""
    for v in noun.rights:
        if v.dep_ not in _PARTICIPLE_DEPS or v.tag_ not in _PARTICIPLE_TAGS:
            continue
        kids = list(v.children)
        if any(k.dep_ in _CLAUSE_DEPS for k in kids) or not any(k.dep_ == "dobj" for k in kids):
            continue
        if any(t.text == "," for t in noun.doc[noun.i + 1 : v.i]):
            continue
        return v
    return None


def _make_clause(verb: Token, subject: Token) -> None:
    """``verb`` heads the clause with ``subject`` as its subject; what hung on the subject after
    the verb (the final full stop, a trailing clause) now hangs on the verb."""
    verb.head = verb
    verb.dep_ = "ROOT"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    for c in [c for c in subject.rights if c.i > verb.i]:
        c.head = verb
    subject.head = verb
    subject.dep_ = "nsubj"


def _dateline_appos(place: Token) -> Token | None:
    """The apposition of ``place`` that is really the subject written after its dateline: it
    opens after a dash or a closing bracket ("OSLO (Wire) - *Norway* ..."); else None."""
    for a in place.rights:
        if a.dep_ != "appos" or a.tag_ not in _NOUN_TAGS:
            continue
        before = [t for t in place.doc[place.i + 1 : a.left_edge.i] if not t.is_space]
        if before and before[-1].text in (*_DASHES, ")"):
            return a
    return None


def cut_off_subject(noun: Token) -> Token | None:
    """The verb a noun phrase read as a sentence of its own is the subject of: the root of the
    next sentence, a finite verb right after the phrase (on the same line) with no subject of
    its own; else None. The phrase is ``noun``'s subtree, all of its sentence."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].tag_ not in _FINITE_TAGS or doc[nxt].dep_ != "ROOT":
        return None
    verb = doc[nxt]
    if not verb.is_sent_start or not _opens_sentence(noun):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in noun.subtree):
        return None
    return verb


_RELATIVE_PRONOUNS = ("which", "who", "that", "whose")


def verb_after_relative(noun: Token) -> Token | None:
    """The main verb of "X, *which* lies between the two countries, *called* on ...": the small
    model reads the verb after the relative clause's closing comma as a participle (acl/relcl)
    on the clause's last noun, and ``noun`` is left the root of a sentence with no verb. The
    verb: a past form (VBD/VBN) with no subject, auxiliary or agent of its own, right after a
    comma, inside a relative clause (opened by which/who/that/whose) that hangs on ``noun``;
    else None."""
    for rel in noun.rights:
        if rel.dep_ != "relcl" or rel.left_edge.lower_ not in _RELATIVE_PRONOUNS:
            continue
        for v in rel.subtree:
            if (
                v.dep_ in _PARTICIPLE_DEPS
                and v.i > rel.i
                and v.tag_ in _PARTICIPLE_TAGS
                and v.i > 0
                and v.doc[v.i - 1].text == ","
                and not any(k.dep_ in _CLAUSE_DEPS for k in v.children)
            ):
                return v
    return None


def verb_read_as_modifier(root: Token) -> tuple[Token, Token, Token] | None:
    """(verb, subject, object) of a sentence whose only verb the small model read as an
    adjective on its object: "Lawyers in X *boycotted* court hearings" parsed as one noun phrase
    ("boycotted court hearings", the lawyers its subject or the hearings an apposition of
    "Thousands of miners"), so the act loses its doer. ``root`` is the sentence's root, a noun;
    the verb a past form (VBD/VBN) with no dependents of its own that opens the object's phrase
    (no determiner before it: "the boycotted hearings" is a true modifier) right after the
    subject's phrase, no comma between; the sentence has no other finite verb. Else None."""
    sent = root.sent
    if any(t.tag_ in _FINITE_TAGS or t.tag_ == "MD" for t in sent if t.dep_ != "amod"):
        return None
    for subject, obj, at in _subject_object(root):
        if at >= obj.i or root.doc[at - 1].text == ",":
            continue
        verb = root.doc[at]
        if (
            verb.head.i == obj.i
            and verb.dep_ == "amod"
            and verb.tag_ in _PARTICIPLE_TAGS
            and not list(verb.children)
            and subject.tag_ in _NOUN_TAGS
        ):
            return verb, subject, obj
    return None


def _subject_object(root: Token) -> list[tuple[Token, Token, int]]:
    """The (subject, object, where the verb would be) a verbless noun-rooted sentence may
    hide: the root's own subject before it ("Lawyers ... [boycotted hearings]": right after the
    subject's phrase), or an apposition after the root ("Thousands of miners [downed tools]":
    the apposition's first word)."""
    pairs = [(c, root, c.right_edge.i + 1) for c in root.lefts if c.dep_ == "nsubj"]
    # (a subject the parser hung on the would-be adjective itself is found by the actor finder:
    # rule actor.misparsed_subject)
    pairs += [
        (root, c, c.left_edge.i) for c in root.rights if c.dep_ == "appos" and c.tag_ in _NOUN_TAGS
    ]
    return pairs


def _make_transitive(verb: Token, subject: Token, obj: Token) -> None:
    """``verb`` heads the sentence with ``subject`` and ``obj``; the final punctuation and any
    trailing clause that hung on the old root now hang on the verb."""
    holders = [obj, subject] if obj.head.i == subject.i else [obj]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    for holder in holders:
        for c in [c for c in holder.rights if c.i > obj.i and c.dep_ in _MOVED_DEPS]:
            c.head = verb
    subject.head = verb
    subject.dep_ = "nsubj"
    obj.head = verb
    obj.dep_ = "dobj"


_MOVED_DEPS = ("punct", "advcl", "npadvmod", "cc", "conj")


def repair(doc: Doc) -> None:
    # only the sentences' roots and the subjects are candidates (from the array of labels)
    strings = doc.vocab.strings
    labels = numpy.array([strings["ROOT"], strings["nsubj"]], dtype=numpy.uint64)
    at = numpy.flatnonzero(numpy.isin(doc.to_array(DEP).astype(numpy.uint64), labels))
    joins: list[tuple[int, int]] = []  # (subject, verb): two sentences made one, at the end
    for i in at.tolist():
        tok = doc[i]
        if tok.tag_ not in _NOUN_TAGS:
            continue
        if tok.dep_ == "ROOT":
            verb = finite_participle(tok)
            if verb is not None and _opens_sentence(tok):  # "  Norway on Monday accused ..."
                _make_clause(verb, tok)
                continue
            verb = verb_after_relative(tok)
            if verb is not None:  # "Norway, which ..., accused Sweden ..."
                _make_clause(verb, tok)
                continue
            verb = cut_off_subject(tok)
            if verb is not None:  # "  Norway | accused Sweden ..."
                joins.append((tok.i, verb.i))
                continue
            found = verb_read_as_modifier(tok)
            if found is not None:  # "Lawyers in X boycotted court hearings."
                _make_transitive(*found)
                continue
        subject = _dateline_appos(tok)
        if subject is None or not _opens_sentence(tok):
            continue
        place = tok
        if place.dep_ == "nsubj" and place.head.tag_.startswith("VB"):
            verb = place.head  # "OSLO (Wire) - Norway accused ...": the place read as subject
            subject.head = verb
            subject.dep_ = "nsubj"
            if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                verb.tag_ = "VBD"  # (its subject is now the one named, not the place)
        else:
            verb = finite_participle(subject)
            if verb is None or place.dep_ != "ROOT":
                continue
            _make_clause(verb, subject)
            for c in [c for c in place.rights if c.i > verb.i]:
                c.head = verb
        place.head = verb
        place.dep_ = "npadvmod"
    if joins:  # a head across a sentence boundary: through the arrays, which re-find sentences
        arr = doc.to_array([HEAD, DEP]).astype(numpy.int64)
        for subject, verb in joins:
            arr[subject] = (verb - subject, strings["nsubj"])
        doc.from_array([HEAD, DEP], arr.astype(numpy.uint64))


@Language.component("communique_opening_subjects")
def opening_subjects(doc: Doc) -> Doc:
    if len(doc):
        repair(doc)
    return doc
