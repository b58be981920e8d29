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

from communique.coding.triggers import REPORTING_VERBS

RECIPIENT_PREPS = (
    "with", "against", "on", "upon", "onto", "to", "toward", "towards", "at", "into"
)  # fmt: skip
# nouns that count or measure a noun event ("days of talks", "a wave of attacks", "a round of
# talks"): the event's modifiers and verb hang on them
MEASURE_NOUNS = frozenset(
    {"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string",
     "number", "flurry", "barrage", "volley", "session"}
)  # fmt: skip
# prepositions naming a target inside a noun phrase ("a war *against* X", "links *with* X")
TARGET_PREPS = ("against", "on", "upon", "onto", "with", "toward", "towards", "to")
# tried only when nothing above named a recipient: "aid *for* Romania", "withdraw *from* Lebanon"
LATE_PREPS = ("for", "from", "over")
# verbs whose subject receives a noun event: "Iran *faced* sanctions from the US"
RECEIVING_VERBS = frozenset(
    {"face", "receive", "suffer", "get", "obtain", "win", "accept", "endure", "undergo", "come"}
)
# "X is *grateful for* the aid", "X *thanked* Y *for* its help": X received the noun event
GRATITUDE = frozenset({"grateful", "thankful", "thank", "appreciative", "gratitude", "thanks"})
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
# verbs whose subject takes part in the noun event they govern ("*attended* the summit")
PARTICIPATION_VERBS = frozenset(
    {"attend", "join", "hold", "host", "convene", "chair", "pay", "make", "begin", "start",
     "resume", "continue", "launch", "stage", "organize", "organise", "conduct", "undertake",
     "lead", "open"}
)  # fmt: skip
# nouns whose "of X" is the doer ("the visit of the president", "protests of students")
INTRANSITIVE_ROOTS = ("04", "14", "15")
RELATIVE_WORDS = ("who", "which", "that", "whom", "whose")
# participles that state the subject's own stance or activity, not something done to it:
# "X is *committed* to reform", "forces were *engaged* in fighting"
STATIVE_PARTICIPLES = frozenset(
    {"commit", "committed", "determine", "determined", "prepare", "prepared", "resolve",
     "resolved", "engage", "engaged", "involve", "involved", "oppose", "opposed", "dedicate",
     "dedicated", "obliged", "oblige", "bind", "bound"}
)  # fmt: skip
# texts whose participle clause states what their issuer does ("a resolution *condemning* X")
DOCUMENT_NOUNS = frozenset(
    {"resolution", "declaration", "statement", "letter", "communique", "communiqué", "report",
     "message", "note", "decree", "motion", "petition", "appeal", "bill", "document", "text",
     "memorandum", "editorial", "speech", "address", "proclamation", "manifesto", "plea"}
)  # fmt: skip


@dataclass
class Arg:
    heads: list[Token] = field(default_factory=list)
    how: str = ""
    others: list[Token] = field(default_factory=list)  # further subjects, if the first is not one

    def __bool__(self) -> bool:
        return bool(self.heads)


def with_conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words joined to it by "and"/"or" ("Russia and Cuba")."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            out.append(c)
    if tok.tag_ in ("NNS", "NNPS"):  # "the leaders of Egypt, *Ethiopia* and *Sudan*"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP", "ORG"):
                        out += [c for c in obj.conjuncts if c.i > obj.i and c.pos_ == "PROPN"]
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects; usually one, two when a dateline opens the sentence ("Moscow,
    May 2 -- The president *met* ...") or an apposition is misparsed."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl")]


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, object) for ``tok``'s prepositions among ``preps``."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = _child(c, "pobj")
            if obj is None:
                obj = _stranded_object(c)
            if obj is not None:
                out.append((c.lower_, obj))
    return out


def _stranded_object(prep: Token) -> Token | None:
    """The small model sometimes reads a reduced relative clause after a preposition as a clause
    of its own ("granted asylum to five officers *holed up* in ...": "officers" parsed as the
    subject of "holed", the preposition left with no object). The noun right after the
    preposition, subject of such a participle, is its object."""
    doc = prep.doc
    for i in range(prep.i + 1, min(prep.i + 8, len(doc))):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
            if verb.tag_ in ("VBN", "VBG", "VBD") and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children
            ):
                return tok
            return None
        if tok.head.i <= prep.i or tok.head.i > i + 6 or tok.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def reported_clause(verb: Token) -> Token | None:
    """ "Russia launched attacks on Kyiv, officials said, *killing* five": a participle the
    parser hung on the reporting verb belongs to the reported clause."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)


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
        subj = _child(verb, "nsubjpass")
        if subj is not None and verb.lemma_.lower() in STATIVE_PARTICIPLES:
            return Arg(with_conjuncts(subj), "subject of the state")  # "X is committed to"
        return Arg()
    subjs = subjects(verb)
    subj = subjs[0] if subjs else None
    if subj is not None and subj.pos_ == "VERB":  # "The Red Cross *operating* in Iraq said"
        subj = _child(subj, "nsubj") or subj
    if subj is not None and subj.dep_ != "expl":
        if subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
            return Arg(with_conjuncts(verb.head), "relative clause subject")
        return Arg(with_conjuncts(subj), "nsubj", [t for t in subjs[1:] if t.dep_ != "expl"])
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
            if gov.pos_ == "ADJ" and gov.dep_ == "acomp":  # "X is *guilty of violating*"
                inner = verb_actor(gov.head, depth + 1)
                if inner:
                    inner.how = f"subject of '{gov.head.text} {gov.text}' ({inner.how})"
                return inner
            inner = verb_actor(gov, depth + 1) if gov.pos_ == "VERB" else Arg()
            return inner
        reported = reported_clause(verb)
        if reported is not None:  # "X launched attacks, officials said, *killing* five"
            head = reported
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
        if head.lemma_.lower() in DOCUMENT_NOUNS and head.head.pos_ in ("VERB", "AUX"):
            # "passed a resolution *condemning* X": the one who issued the text
            inner = verb_actor(head.head, depth + 1)
            if inner:
                inner.how = f"issuer of the '{head.text}' ({inner.how})"
            return inner
        return Arg(with_conjuncts(head), "noun modified by the participle")
    return Arg()


def verb_recipient(verb: Token) -> tuple[Arg, list[Arg]]:
    """The target of a verb trigger: its object, and the objects of its prepositions."""
    if is_passive(verb) and verb.lemma_.lower() not in STATIVE_PARTICIPLES:
        subj = _child(verb, "nsubjpass")
        if subj is not None:
            if subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
                return Arg(with_conjuncts(verb.head), "relative clause passive subject"), []
            # "sanctions were imposed *on Iran*": when the subject is the thing done, the
            # preposition names the target
            preps = prep_objects(verb, ("on", "upon", "against", "to"))
            if subj.pos_ == "NOUN":  # "a camp *for Sudanese refugees* was attacked"
                preps += inner_targets([subj], depth=1)
            return Arg(with_conjuncts(subj), "passive subject"), [
                Arg(with_conjuncts(o), f"object of '{p}'") for p, o in preps
            ]
        if verb.dep_ == "acl":  # "the embargo *imposed on Cuba*": the preposition's object
            preps = prep_objects(verb, ("on", "upon", "onto", "against", "to"))
            return Arg(with_conjuncts(verb.head), "noun modified by the participle"), [
                Arg(with_conjuncts(o), f"object of '{p}'") for p, o in preps
            ]
        if verb.dep_ in ("pcomp", "advcl"):  # "Putin, after *being welcomed* by X, ..."
            gov = verb.head.head if verb.dep_ == "pcomp" else verb.head
            subj = _child(gov, "nsubj", "nsubjpass") if gov.pos_ in ("VERB", "AUX") else None
            if subj is not None:
                return Arg(with_conjuncts(subj), f"subject of '{gov.text}' (passive clause)"), []
    heads: list[Token] = []
    how = ""
    obj = _child(verb, "dobj", "dative")
    if obj is None:
        obj = _up_to_object(verb)
    if obj is not None and not is_own(obj):
        heads, how = with_conjuncts(obj), obj.dep_
    preps = prep_objects(verb, RECIPIENT_PREPS)
    if obj is not None:  # "imposed sanctions on X": the preposition may hang on the object
        preps += prep_objects(obj, RECIPIENT_PREPS)
    late = prep_objects(verb, LATE_PREPS)
    if obj is not None:
        late += prep_objects(obj, LATE_PREPS)
    # "mobilized reservists *for a war against X*": the target of the purpose noun
    nested = [
        (f"{p} … {q}", o2)
        for p, o in late
        if o.pos_ == "NOUN"
        for q, o2 in prep_objects(o, TARGET_PREPS)
    ]
    found = [*preps, *late, *nested]
    starts = [obj] if obj is not None and obj.pos_ == "NOUN" else []
    starts += [o for _p, o in found if o.pos_ == "NOUN" or o.tag_ == "VBG"]
    seen = {o.i for _p, o in found}
    inner = [(p, o) for p, o in inner_targets(starts) if o.i not in seen]
    return Arg(heads, how), [
        Arg(with_conjuncts(o), f"object of '{p}'") for p, o in [*found, *inner]
    ]


# prepositions naming who a common-noun phrase is for or against ("a commitment *to* X")
INNER_PREPS = ("to", "for", "with", "against", "toward", "towards")


def inner_targets(nouns: list[Token], depth: int = 2) -> list[tuple[str, Token]]:
    """Targets named deeper inside common-noun phrases that are no actors themselves:
    "reneged on his commitment *to the Zambian people*", "suspended part of an aid programme
    *for Bosnia*", "accepted a formula for ending its dispute *with its partners*"; through
    "of" and one more phrase, never through a clause."""
    out: list[tuple[str, Token]] = []
    frontier = [(n.text, n) for n in nouns]
    for _ in range(depth):
        nxt: list[tuple[str, Token]] = []
        for path, noun in frontier:
            if noun.tag_ == "VBG":  # "for *settling* its dispute with X"
                obj = _child(noun, "dobj")
                if obj is not None:
                    nxt.append((f"{path} {obj.text}", obj))
            pcomps = [  # "a plan for *settling* ...": a gerund the parser hangs as pcomp
                (c.lower_, o)
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for o in c.children
                if o.dep_ == "pcomp" and o.tag_ == "VBG"
            ]
            for p, o in [*prep_objects(noun, (*INNER_PREPS, "of")), *pcomps]:
                if p != "of" and o.tag_ != "VBG":
                    out.append((f"{path} {p}", o))
                if o.pos_ == "NOUN":
                    nxt.append((f"{path} {p} {o.text}", o))
                elif o.tag_ == "VBG":  # "a formula for *ending* its dispute with X"
                    obj = _child(o, "dobj")
                    if obj is not None:
                        nxt.append((f"{path} {p} {o.text} {obj.text}", obj))
        frontier = nxt
    return out


def _up_to_object(verb: Token) -> Token | None:
    """In "kidnapped *up to 16* advisers" the parser reads "up" as the verb's particle and the
    counted noun as the object of "to"; that noun is the direct object."""
    for up in verb.children:
        if up.dep_ in ("prt", "prep", "advmod") and up.lower_ == "up":
            for to in up.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    obj = _child(to, "pobj")
                    if obj is not None and any(c.dep_ == "nummod" for c in obj.children):
                        return obj
    return None


def is_own(noun: Token) -> bool:
    """'withdrew *its* troops', 'lifted *their* ban': the doer's own, not a recipient."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)


def content_subject(verb: Token) -> Arg:
    """The subject of a demanded/threatened act: "demanded *that the US* cancel ..."."""
    for c in verb.children:
        # a clause is a clause even when the tagger misreads its verb ("that the US *apologise*")
        clause = c.pos_ in ("VERB", "AUX") or _child(c, "nsubj", "nsubjpass") is not None
        if c.dep_ in ("ccomp", "xcomp") and clause and _is_demanded(c):
            subj = _child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return Arg(with_conjuncts(subj), f"subject of the demanded act '{c.text}'")
    return Arg()


def noun_content_subject(noun: Token) -> Arg:
    """The one asked or accused in a frame noun's clause: "the demand *that Israel* ease",
    also when the parser hangs the clause on the verb ("repeated its demand today that X ...")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    for c in clauses:
        if c.pos_ in ("VERB", "AUX") and _is_demanded(c):
            subj = _child(c, "nsubj", "nsubjpass")
            if subj is not None and subj.lower_ not in RELATIVE_WORDS and not is_own(subj):
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


PLACE_PREPS = ("in", "inside", "across", "throughout", "near", "outside")


def place_recipient(tok: Token) -> Arg:
    """Where a material act happened ("lifted a curfew *in Montenegro*", "shelled targets *in
    X*", "fired at positions *near X*"): the people and authorities of that place are affected."""
    places = prep_objects(tok, PLACE_PREPS)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for _p, o in prep_objects(tok, ("at", "on", "against", "into", "to"))]
    for obj in objs:
        places += prep_objects(obj, PLACE_PREPS)
        places += [("of", o) for o in prep_objects(obj, ("of",)) for o in [o[1]] if o.ent_type_]
    # "killed in a car bomb explosion *in a district of Beirut*": places nested in the phrase
    frontier = [o for _p, o in places]
    for _ in range(3):
        frontier = [o for f in frontier for _p, o in prep_objects(f, (*PLACE_PREPS, "of"))]
        places += [("in", o) for o in frontier]
    return Arg([o for _p, o in places], "place where it happened") if places else Arg()


def between(noun: Token) -> Arg:
    """The parties of a joint noun event ("talks *between A and B*")."""
    objs = prep_objects(noun, ("between", "among", "amongst"))
    heads = [h for _p, o in objs for h in with_conjuncts(o)]
    return Arg(heads, "'between X and Y' after the noun") if heads else Arg()


# modifiers that say what kind of event a noun is, not who does it
KIND_MODIFIERS = frozenset({"state", "official", "working", "private", "goodwill", "courtesy"})


def noun_actor(noun: Token, root: str, code: str = "") -> list[Arg]:
    """Candidate doers of a noun trigger, best first ("his visit", "the U.S. blockade",
    "aid from Russia", "the blockade imposed by X", the subject of "paid a visit"; "talks
    between A and B": both, a joint event)."""
    out: list[Arg] = []
    poss = _child(noun, "poss")
    if poss is not None:
        out.append(Arg(with_conjuncts(poss), "possessor"))
    actor_preps = NOUN_ACTOR_PREPS if root != "08" else ("by",)  # "withdrawal from X": left
    out += [
        Arg(with_conjuncts(o), f"'{p} X' after the noun")
        for p, o in prep_objects(noun, actor_preps)
    ]
    parties = between(noun)
    if parties and code not in MEDIATION_CODES:
        out.append(parties)
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in PARTICIPATION_VERBS:
        inner = verb_actor(head)  # "X will *attend* a summit of Y": X takes part
        if inner:
            inner.how = f"subject of '{head.text}' ({inner.how})"
            out.append(inner)
    if root in INTRANSITIVE_ROOTS:
        out += [
            Arg(with_conjuncts(o), "'of X' after the noun") for _p, o in prep_objects(noun, ("of",))
        ]
    for c in noun.children:  # "imposed by the United States" on a participle
        if c.dep_ == "acl" and c.lemma_.lower() not in RECEIVING_VERBS:
            for g in c.children:
                if g.dep_ == "agent":
                    obj = _child(g, "pobj")
                    if obj is not None:
                        out.append(Arg(with_conjuncts(obj), f"'{c.text} by X'"))
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i < noun.i
        and c.lower_ not in KIND_MODIFIERS  # "a *state* visit" is a kind of visit
    ]
    if mods:
        out.append(Arg(mods, "modifier of the noun"))
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        out += [
            Arg(with_conjuncts(o), f"'{p} X' with '{head.text}'")
            for p, o in prep_objects(head, NOUN_ACTOR_PREPS)
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


MEDIATION_CODES = ("045", "0311", "0312")


def noun_recipient(noun: Token, root: str, code: str = "") -> list[Arg]:
    """Candidate targets of a noun trigger ("sanctions *against Iran*", "an attack *on X*",
    "mediation *between A and B*")."""
    preps = (
        NOUN_RECIPIENT_PREPS
        if root not in INTRANSITIVE_ROOTS
        else tuple(p for p in NOUN_RECIPIENT_PREPS if p != "of")
    )
    if root == "08":  # "the withdrawal *from* Panama": the place or side left
        preps = (*preps, "from")
    found = prep_objects(noun, preps)
    for _p, o in prep_objects(noun, ("of",)):  # "suspension of links *with* X"
        found += [(f"of … {q}", o2) for q, o2 in prep_objects(o, TARGET_PREPS)]
        if root == "08":  # "withdrawal of forces *from* X"
            found += [(f"of … {q}", o2) for q, o2 in prep_objects(o, ("from",))]
    out = [Arg(with_conjuncts(o), f"'{p} X' after the noun") for p, o in found]
    if code in MEDIATION_CODES:
        out.append(between(noun))
    for c in noun.children:  # "the sanctions *faced by Iran*": the one who faces them
        if c.dep_ == "acl" and c.lemma_.lower() in RECEIVING_VERBS:
            out += [
                Arg(with_conjuncts(o), f"'{c.text} by X'") for _p, o in prep_objects(c, ("by",))
            ]
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the embargo *imposed on Cuba* by X"
            out += [
                Arg(with_conjuncts(o), f"'{c.text} {p} X' after the noun")
                for p, o in prep_objects(c, ("on", "upon", "onto", "against", "to"))
            ]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in GRATITUDE:
        thanker = head.head  # "Cuba is *grateful for* the help": Cuba received it
        subj = _child(thanker, "nsubj") or (
            _child(thanker.head, "nsubj") if thanker.dep_ == "acomp" else None
        )
        if thanker.lemma_.lower() in ("thank", "praise") and _child(thanker, "dobj") is not None:
            subj = _child(thanker, "nsubj")  # "Cuba thanked Russia for its help": Cuba received
        if subj is not None:
            out.insert(
                0, Arg(with_conjuncts(subj), f"subject of '{thanker.text} for' (received it)")
            )
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        subj = _child(head, "nsubj", "nsubjpass")
        if subj is not None:
            out.insert(0, Arg(with_conjuncts(subj), f"subject of '{head.text}' (receives it)"))
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        out += [
            Arg(with_conjuncts(o), f"object of '{p}'")
            for p, o in prep_objects(head, RECIPIENT_PREPS)
        ]
    gov = governing_verb(noun)
    if gov is not None and code[:2] in CONFLICT_ROOTS:
        # "engaged *in* ethnic cleansing ... *against* X": the target hangs on the verb
        out += [
            Arg(with_conjuncts(o), f"object of '{gov.text} … {p}'")
            for p, o in prep_objects(gov, ("against", "on", "upon", "toward", "towards"))
            if o.i != noun.i
        ]
    return out


# CAMEO roots of verbal and material conflict (quad classes 3 and 4)
CONFLICT_ROOTS = frozenset(f"{n:02d}" for n in range(10, 21))


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun event hangs on through a preposition ("engaged *in* fighting")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "ADJ"):
        return head.head
    return None


# nouns that are someone's speech act: "rejected *calls by* X", "welcomed X's *proposal*"
PROPOSAL_NOUNS = frozenset(
    {"call", "demand", "request", "proposal", "offer", "plan", "appeal", "suggestion",
     "initiative", "statement", "plea", "ultimatum", "accusation", "charge", "claim", "remark",
     "comment", "criticism", "allegation", "idea"}
)  # fmt: skip
# prepositions naming what a complaint is about ("complained to the UN *over* X")
COMPLAINT_PREPS = ("over", "about", "against", "at")


def proposer(obj: Token | None) -> Arg:
    """Whose proposal a verb acts on: "rejected *calls by Belarus*", "welcomed *Iran's* offer"."""
    if obj is None or obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return Arg()
    for c in obj.children:
        if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES:
            return Arg(with_conjuncts(c), f"author of the '{obj.text}'")
    for p, o in prep_objects(obj, ("by", "from", "of")):
        return Arg(with_conjuncts(o), f"author of the '{obj.text}' ('{p}')")
    return Arg()


def complained_about(verb: Token) -> Arg:
    """The accused of a complaint addressed to someone: "complained *to the UN over* X"."""
    found = prep_objects(verb, COMPLAINT_PREPS)
    for obj in [c for c in verb.children if c.dep_ == "dobj"]:
        found += prep_objects(obj, COMPLAINT_PREPS)
    for p, o in found:
        return Arg(with_conjuncts(o), f"object of '{p}' (what the complaint is about)")
    return Arg()


def condition_subject(tok: Token) -> Arg:
    """Who must comply with a threat's condition: "... *unless Israel* rescinded",
    "... *if the United States* goes ahead"."""
    for c in tok.children:
        if (
            c.dep_ != "advcl"
            or c.pos_ not in ("VERB", "AUX")
            or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        ):
            continue
        subj = _child(c, "nsubj", "nsubjpass")
        if subj is not None:
            return Arg(with_conjuncts(subj), f"subject of the condition '{c.text}'")
    return Arg()


def aim_object(verb: Token) -> Arg:
    """Who an act is for, named in its aim: "sent troops *to help defend X*", "offered aid
    *to support X*"."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            continue
        cur = c
        for _ in range(3):
            obj = _child(cur, "dobj")
            if obj is not None and not is_own(obj):
                return Arg(with_conjuncts(obj), f"object of the aim '{c.text} … {cur.text}'")
            nxt = _child(cur, "xcomp")
            if nxt is None:
                break
            cur = nxt
    return Arg()


# a country's missions abroad: a crowd at one of them protests against that country
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "residence"})


def mission_target(verb: Token) -> Arg:
    """ "marched *past the Japanese Embassy*", "rallied *outside the U.S. consulate*": the
    country whose mission the crowd goes to."""
    for p, obj in prep_objects(verb, ("past", "outside", "at", "near", "to", "in", "before")):
        if obj.lemma_.lower() in MISSION_NOUNS:
            return Arg(with_conjuncts(obj), f"the mission '{p} {obj.text}'")
    return Arg()


def scene_target(verb: Token) -> Arg:
    """The target of the scene an act happens in: "threw stones *during demonstrations
    against X*", "clashed *at a rally against X*"."""
    for p, scene in prep_objects(verb, ("during", "at", "in", "amid", "amidst")):
        for q, obj in prep_objects(scene, ("against", "over")):
            doer = doer_in(obj)  # "protests against *violations by the army*": the doer
            if doer and obj.pos_ == "NOUN":
                return Arg(doer.heads, f"object of '{p} … {q}'; {doer.how}")
            return Arg(with_conjuncts(obj), f"object of '{p} … {q}'")
    return Arg()


# nouns of stopping something: who must stop it is the doer of that thing
ENDING_NOUNS = frozenset({"end", "halt", "lifting", "removal", "cessation", "repeal", "stop"})


def doer_in(noun: Token | None) -> Arg:
    """The doer named inside an object noun: "demanded an admission *by Moscow*",
    "investigating crimes *by X*", "crimes *committed by X*"."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return Arg()
    if noun.lemma_.lower() in ENDING_NOUNS:  # "demanded an end *to the embargo by X*"
        for _p, o in prep_objects(noun, ("to", "of")):
            found = doer_in(o) if o.lemma_.lower() not in ENDING_NOUNS else Arg()
            if found:
                return found
    for _p, o in prep_objects(noun, ("by",)):
        return Arg(with_conjuncts(o), f"'by X' in the '{noun.text}'")
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    obj = _child(a, "pobj")
                    if obj is not None:
                        return Arg(with_conjuncts(obj), f"'{c.text} by X' in the '{noun.text}'")
    return Arg()
