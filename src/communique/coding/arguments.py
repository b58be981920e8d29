"""Who did it and to whom: actor and recipient words for a trigger, from the dependency parse.

Verbs: actor = nominal subject (or the "by" agent in the passive voice), inherited through
xcomp / conj / relative clauses / participles; recipient = direct object, dative, the object of
with/against/on/to/toward/at/upon, or the passive subject.  Nouns: actor = possessor, an
actor-like modifier ("U.S. blockade"), "by X", "from X", or the subject of the light verb that
governs it ("paid a visit"); recipient = the object of to/against/on/with/toward/of.
Each argument is the head word of a phrase; ``actors.ActorIndex`` turns it into actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

RECIPIENT_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "at", "into")
# tried only when nothing above named a recipient: "aid *for* Romania", "withdraw *from* Lebanon"
LATE_PREPS = ("for", "from", "over")
# verbs whose subject receives a noun event: "Iran *faced* sanctions from the US"
RECEIVING_VERBS = frozenset(
    {"face", "receive", "suffer", "get", "obtain", "win", "accept", "endure", "undergo", "come"}
)
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "own"})
NOUN_RECIPIENT_PREPS = (
    "to",
    "against",
    "on",
    "upon",
    "with",
    "toward",
    "towards",
    "of",
    "for",
    "into",
    "over",
)
NOUN_ACTOR_PREPS = ("by", "from")
# prepositions that put a noun event in the scene of a clause ("clashes *during* a protest")
SCENE_PREPS = ("in", "during", "at", "into", "to", "for", "through")
# nouns whose "of X" is the doer ("the visit of the president", "protests of students")
INTRANSITIVE_ROOTS = ("04", "14", "15")
RELATIVE_WORDS = ("who", "which", "that", "whom", "whose")


@dataclass
class Arg:
    heads: list[Token] = field(default_factory=list)
    how: str = ""

    def __bool__(self) -> bool:
        return bool(self.heads)


def with_conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words joined to it by "and"/"or" ("Russia and Cuba")."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            out.append(c)
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = _child(c, "pobj")
            if obj is not None:
                out.append((c.lower_, obj))
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def verb_actor(verb: Token, depth: int = 0) -> Arg:
    """The doer of a verb trigger."""
    if depth > 4:
        return Arg()
    if is_passive(verb):
        for c in verb.children:
            if c.dep_ == "agent":
                obj = _child(c, "pobj")
                if obj is not None:
                    return Arg(with_conjuncts(obj), "agent 'by'")
        if verb.dep_ == "acl":  # "the agreement signed by ..." handled above; bare participle
            return Arg()
        return Arg()
    subj = _child(verb, "nsubj", "csubj", "expl")
    if subj is not None and subj.dep_ != "expl":
        if subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
            return Arg(with_conjuncts(verb.head), "relative clause subject")
        return Arg(with_conjuncts(subj), "nsubj")
    head = verb.head
    if verb.dep_ == "xcomp":
        obj = _child(head, "dobj")
        if obj is not None and head.lemma_ not in ("promise", "offer"):
            return Arg(with_conjuncts(obj), f"object of '{head.text}' (controls '{verb.text}')")
        pass_subj = _child(head, "nsubjpass")
        if pass_subj is not None:
            return Arg(with_conjuncts(pass_subj), f"subject of '{head.text}'")
        inner = verb_actor(head, depth + 1)
        inner.how = f"subject of '{head.text}'" if inner else inner.how
        return inner
    if verb.dep_ in ("conj", "advcl", "pcomp") or (verb.dep_ == "ccomp" and head.dep_ != "ROOT"):
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "accused X of attacking"
            gov = head.head
            obj = _child(gov, "dobj")
            if obj is not None and gov.pos_ == "VERB":
                return Arg(with_conjuncts(obj), f"object of '{gov.text}'")
            inner = verb_actor(gov, depth + 1) if gov.pos_ == "VERB" else Arg()
            return inner
        inner = verb_actor(head, depth + 1)
        if inner:
            inner.how = f"shared with '{head.text}' ({verb.dep_})"
        return inner
    if verb.dep_ == "acomp":  # "Norway is *willing* to ...": the subject of the copula
        inner = verb_actor(head, depth + 1)
        if inner:
            inner.how = f"subject of '{head.text}' ({inner.how})"
        return inner
    if verb.dep_ == "relcl":
        return Arg()
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "troops attacking the town"
        return Arg(with_conjuncts(head), "noun modified by the participle")
    return Arg()


def verb_recipient(verb: Token) -> tuple[Arg, list[Arg]]:
    """The target of a verb trigger: its object, and the objects of its prepositions."""
    if is_passive(verb):
        subj = _child(verb, "nsubjpass")
        if subj is not None:
            if subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
                return Arg(with_conjuncts(verb.head), "relative clause passive subject"), []
            return Arg(with_conjuncts(subj), "passive subject"), []
        if verb.dep_ == "acl":
            return Arg(with_conjuncts(verb.head), "noun modified by the participle"), []
    heads: list[Token] = []
    how = ""
    obj = _child(verb, "dobj", "dative")
    if obj is not None and not is_own(obj):
        heads, how = with_conjuncts(obj), obj.dep_
    preps = _prep_objects(verb, RECIPIENT_PREPS)
    if obj is not None:  # "imposed sanctions on X": the preposition may hang on the object
        preps += _prep_objects(obj, RECIPIENT_PREPS)
    late = _prep_objects(verb, LATE_PREPS)
    if obj is not None:
        late += _prep_objects(obj, LATE_PREPS)
    return Arg(heads, how), [Arg(with_conjuncts(o), f"object of '{p}'") for p, o in [*preps, *late]]


def is_own(noun: Token) -> bool:
    """'withdrew *its* troops', 'lifted *their* ban': the doer's own, not a recipient."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)


def content_subject(verb: Token) -> Arg:
    """The subject of a demanded/threatened act: "demanded *that the US* cancel ..."."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and _is_demanded(c):
            subj = _child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return Arg(with_conjuncts(subj), f"subject of the demanded act '{c.text}'")
    return Arg()


MODALS = frozenset({"should", "must", "would", "will", "to", "shall", "ought"})


def _is_demanded(clause: Token) -> bool:
    """A clause that states the act asked for: "(that) the US *cancel*", "X *should* leave"."""
    if clause.tag_ == "VB":
        return True
    return any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS)
        or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    )


def place_recipient(tok: Token) -> Arg:
    """Where a material act happened ("lifted a curfew *in Montenegro*"): the people and
    authorities of that place are affected by it."""
    places = _prep_objects(tok, ("in", "inside", "across"))
    obj = _child(tok, "dobj")
    if obj is not None:
        places += _prep_objects(obj, ("in", "inside", "across"))
    return Arg([o for _p, o in places], "place where it happened") if places else Arg()


def noun_actor(noun: Token, root: str) -> list[Arg]:
    """Candidate doers of a noun trigger, best first ("his visit", "the U.S. blockade",
    "aid from Russia", "the blockade imposed by X", the subject of "paid a visit")."""
    out: list[Arg] = []
    poss = _child(noun, "poss")
    if poss is not None:
        out.append(Arg(with_conjuncts(poss), "possessor"))
    out += [
        Arg(with_conjuncts(o), f"'{p} X' after the noun")
        for p, o in _prep_objects(noun, NOUN_ACTOR_PREPS)
    ]
    if root in INTRANSITIVE_ROOTS:
        out += [
            Arg(with_conjuncts(o), "'of X' after the noun")
            for _p, o in _prep_objects(noun, ("of",))
        ]
    for c in noun.children:  # "imposed by the United States" on a participle
        if c.dep_ == "acl" and c.lemma_.lower() not in RECEIVING_VERBS:
            for g in c.children:
                if g.dep_ == "agent":
                    obj = _child(g, "pobj")
                    if obj is not None:
                        out.append(Arg(with_conjuncts(obj), f"'{c.text} by X'"))
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    if mods:
        out.append(Arg(mods, "modifier of the noun"))
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        out += [
            Arg(with_conjuncts(o), f"'{p} X' with '{head.text}'")
            for p, o in _prep_objects(head, NOUN_ACTOR_PREPS)
        ]
        return out  # the subject of "faced" receives the event
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        inner = verb_actor(head) if noun.dep_ != "nsubjpass" else Arg()
        if inner:
            inner.how = f"subject of '{head.text}' ({inner.how})"
            out.append(inner)
    if (
        noun.dep_ == "pobj"
        and head.lower_ in SCENE_PREPS
        and head.head.pos_ == "VERB"
        and not any(c.dep_ == "poss" for c in noun.children)
    ):  # "youths threw stones *during demonstrations*": the clause's subject
        inner = verb_actor(head.head)
        if inner:
            inner.how = f"subject of '{head.head.text}' ({inner.how}), the noun in its phrase"
            out.append(inner)
    return out


def noun_recipient(noun: Token, root: str) -> list[Arg]:
    preps = (
        NOUN_RECIPIENT_PREPS
        if root not in INTRANSITIVE_ROOTS
        else tuple(p for p in NOUN_RECIPIENT_PREPS if p != "of")
    )
    out = [Arg(with_conjuncts(o), f"'{p} X' after the noun") for p, o in _prep_objects(noun, preps)]
    for c in noun.children:  # "the sanctions *faced by Iran*": the one who faces them
        if c.dep_ == "acl" and c.lemma_.lower() in RECEIVING_VERBS:
            out += [
                Arg(with_conjuncts(o), f"'{c.text} by X'") for _p, o in _prep_objects(c, ("by",))
            ]
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        subj = _child(head, "nsubj", "nsubjpass")
        if subj is not None:
            out.insert(0, Arg(with_conjuncts(subj), f"subject of '{head.text}' (receives it)"))
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        out += [
            Arg(with_conjuncts(o), f"object of '{p}'")
            for p, o in _prep_objects(head, RECIPIENT_PREPS)
        ]
    return out
