"""Targets and doers named in the clauses and phrases around a trigger, not in its own
arguments: the one asked in a demand ("demanded *that X* withdraw"), who must meet a threat's
condition, who an act's aim is for, the author of a proposal, where a material act happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.modality import condition_mark
from communique.coding.syntax import Arg, arg, child, is_own, prep_objects, with_conjuncts
from communique.coding.unreal_clauses import inverted_condition, trailing_inversion
from communique.vocabulary import words

RELATIVE_WORDS = words("relative_words")
MODALS = words("modals")
PLACE_PREPS = tuple(words("place_preps"))
PROPOSAL_NOUNS = words("proposal_nouns")
AIM_TARGET_PREPS = ("against", "at", "over")
OWN_POSSESSIVES = words("own_possessives")
PERSONAL_POSSESSIVES = words("personal_possessives")  # "*her* supporters": a person's
COMPLAINT_PREPS = tuple(words("complaint_preps"))
MISSION_NOUNS = words("mission_nouns")
ENDING_NOUNS = words("ending_nouns")
DEPARTURE_NOUNS = words("departure_nouns")
MEDIATOR_WORDS = words("mediator_words")
SUPPORTER_NOUNS = words("supporter_nouns")
DENIAL_VERBS = words("denial_verbs")
BACKING_PHRASE_NOUNS = words("backing_phrase_nouns")  # rule recipient.supported_party


def is_demanded(clause: Token) -> bool:
    """A clause that states the act asked for: "(that) X *pay*", "X *should* leave"."""
    if clause.tag_ == "VB":
        return True
    return any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS)
        or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    )


def content_subject(verb: Token) -> Arg:
    """The subject of a demanded/threatened act: "insisted *that the ministry* resign"."""
    for c in verb.children:
        # a clause is a clause even when the tagger misreads its verb ("that X *apologise*")
        clause = c.pos_ in ("VERB", "AUX") or child(c, "nsubj", "nsubjpass") is not None
        if c.dep_ in ("ccomp", "xcomp") and clause and is_demanded(c):
            subj = child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return arg(with_conjuncts(subj), "recipient.demanded_subject", act=c.text)
    return Arg()


def denies_claim(verb: Token) -> bool:
    """ "X denied *that Y's authorities had* any role": a verb of denying (vocabulary
    denial_verbs) whose clause states a fact, with no modal and no bare verb (not an act asked
    for, "rejected that Y *should* pay"). The clause's subject is what the claim was about, not
    whom the denial answers: that is the one who made the claim."""
    if verb.lemma_.lower() not in DENIAL_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        c.tag_ != "VB" and not any(a.dep_ == "aux" and a.lower_ in MODALS for a in c.children)
        for c in clauses
    )


def noun_content_subject(noun: Token) -> Arg:
    """The one asked or accused in a frame noun's clause: "the call *that X* step down",
    also when the parser hangs the clause on the verb ("renewed its call today that X ...")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    for c in clauses:
        if c.pos_ in ("VERB", "AUX") and is_demanded(c):
            subj = child(c, "nsubj", "nsubjpass")
            if subj is not None and subj.lower_ not in RELATIVE_WORDS and not is_own(subj):
                return arg(with_conjuncts(subj), "recipient.demanded_subject", act=c.text)
    return Arg()


def supported_party(verb: Token) -> Arg:
    """ "rallied in Bamako *in support of the transitional government*", "rallied *in solidarity
    with X*": the party a rally or a show of support backs is named in its own phrase ("in" and
    a noun of backing, vocabulary backing_phrase_nouns, then "of", "with" or "for"), also when the
    parser hangs the phrase on the verb's object or on a place after it ("outside the embassy in
    X *in support of Y*")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    heads += [o for h in list(heads) for _p, o in prep_objects(h, PLACE_PREPS + ("outside",))]
    for head in heads:
        for _p, noun in prep_objects(head, ("in",)):
            if noun.lemma_.lower() not in BACKING_PHRASE_NOUNS:
                continue
            found = prep_objects(noun, ("of", "with", "for"))
            # "rallied in solidarity *with X*": the parser may hang the preposition right after
            # the noun on the verb
            if not found:
                found = [
                    (c.lower_, o)
                    for c in head.children
                    if c.dep_ == "prep"
                    and c.lower_ in ("with", "for")
                    and c.i == noun.i + 1
                    and (o := child(c, "pobj")) is not None
                ]
            if found:
                p, obj = found[0]
                return arg(with_conjuncts(obj), "recipient.supported_party", noun=noun.text, p=p)
    return Arg()


def _not_talks(places: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The places less talks, accords and processes (vocabulary named_event_nouns): "suspended
    its participation *in the Lima talks*" tells what the act is about, not where it happened,
    and the city the talks are named after is no place whose people it hurts (rule
    recipient.talks_not_place)."""
    return [(p, o) for p, o in places if o.lemma_.lower() not in NAMED_EVENT_NOUNS]


def place_recipient(tok: Token) -> Arg:
    """Where a material act happened ("imposed a curfew *in X*", "shelled villages *in X*",
    "fired at posts *near X*"): the people and authorities of that place are affected."""
    places = _not_talks(prep_objects(tok, PLACE_PREPS))
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for _p, o in prep_objects(tok, ("at", "on", "against", "into", "to"))]
    objs += [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN", "NUM")]
    for obj in objs:
        places += _not_talks(prep_objects(obj, PLACE_PREPS))
        for _p, inner in prep_objects(obj, ("of",)):
            if inner.ent_type_:
                places.append(("of", inner))
            else:  # "deployed hundreds *of officers in X*", "detained dozens *of people in X*"
                places += prep_objects(inner, PLACE_PREPS)
    # "killed in a blast *in a suburb of X*": places nested in the phrase
    frontier = [o for _p, o in places]
    for _ in range(3):
        frontier = [o for f in frontier for _p, o in prep_objects(f, (*PLACE_PREPS, "of"))]
        places += [("in", o) for o in frontier]
    return arg([o for _p, o in places], "recipient.place") if places else Arg()


ORIGIN_MOTION_VERBS = words("origin_motion_verbs")
NAMED_EVENT_NOUNS = words("named_event_nouns")  # "participation in the Lima talks"


def people_elsewhere(verb: Token, people: list[Token]) -> Arg:
    """Where people that only the story's context placed in the doer's own state come from or
    are sent: their relative clause of origin ("gave tents to families *who fled from X*", rule
    recipient.people_origin), else the act's destination ("sent 60 migrants *back to X*", rule
    recipient.people_destination)."""
    for person in people:
        for rel in person.children:
            if rel.dep_ not in ("relcl", "acl") or rel.lemma_.lower() not in ORIGIN_MOTION_VERBS:
                continue
            if origin := [o for _p, o in prep_objects(rel, ("from",))]:
                return arg(origin, "recipient.people_origin", noun=person.text, verb=rel.text)
    ends = [o for _p, o in prep_objects(verb, ("to",))]
    for c in verb.children:  # "sent them *back to X*": the particle holds the destination
        if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home"):
            ends += [o for _p, o in prep_objects(c, ("to",))]
    if ends:
        return arg(ends, "recipient.people_destination", verb=verb.text)
    return Arg()


def proposer(obj: Token | None) -> Arg:
    """Whose proposal a verb acts on: "turned down *proposals by X*", "welcomed *X's* offer"."""
    if obj is None or obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return Arg()
    for c in obj.children:
        if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES:
            return arg(with_conjuncts(c), "recipient.proposer", noun=obj.text)
    for p, o in prep_objects(obj, ("by", "from", "of")):
        return arg(with_conjuncts(o), "recipient.proposer_prep", noun=obj.text, p=p)
    return Arg()


def complained_about(verb: Token) -> Arg:
    """The accused of a complaint addressed to someone: "complained *to the UN about* X"."""
    found = prep_objects(verb, COMPLAINT_PREPS)
    for obj in [c for c in verb.children if c.dep_ == "dobj"]:
        found += prep_objects(obj, COMPLAINT_PREPS)
    for p, o in found:
        # "protested against the arrest of a reporter *by X's police*": the act's doer, not
        # the people it was done to
        if o.pos_ == "NOUN" and (doer := doer_in(o) or _victims_doer(o)):
            return doer
        return arg(with_conjuncts(o), "recipient.complained_about", prep=p, p=p)
    return Arg()


def _victims_doer(act: Token) -> Arg:
    """ "the arrest of a reporter *by X*" parsed with the by-phrase on the people: its doer."""
    for _p, people in prep_objects(act, ("of",)):
        for _q, o in prep_objects(people, ("by",)):
            return arg(with_conjuncts(o), "recipient.doer_in", noun=act.text)
    return Arg()


def condition_subject(tok: Token) -> Arg:
    """Who must comply with a threat's condition: "... *unless X* pays", "... *if X* goes
    ahead"."""
    for c in tok.children:
        # "*Should X* continue the raids, ...": a fronted inverted condition is one too
        if c.pos_ not in ("VERB", "AUX") or not (condition_mark(c) or inverted_condition(c)):
            continue
        subj = child(c, "nsubj", "nsubjpass")
        if subj is not None:
            return arg(with_conjuncts(subj), "recipient.condition_subject", verb=c.text)
    cond = trailing_inversion(tok)  # "... *should X* continue the drills"
    subj = child(cond, "nsubj", "nsubjpass") if cond is not None else None
    if subj is not None:
        return arg(with_conjuncts(subj), "recipient.condition_subject", verb=cond.text)
    return Arg()


def aim_object(verb: Token) -> Arg:
    """Who an act is for, named in its aim: "sent engineers *to help rebuild X*", "offered
    loans *to support X*"."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            continue
        cur = c
        for _ in range(3):
            obj = child(cur, "dobj")
            if obj is None:  # "to disperse *hundreds* marching on X", parsed as a clause
                small = child(cur, "ccomp")
                obj = child(small, "nsubj") if small is not None and small.tag_ == "VBG" else None
            if obj is not None and (not is_own(obj) or _someones_backers(obj)):
                heads = with_conjuncts(obj)
                if obj.pos_ == "NOUN":  # "to help flood victims *in X*": the people's place
                    where = prep_objects(obj, ("in",)) + prep_objects(cur, ("in",))
                    heads = [o for _p, o in where if o.ent_type_ == "GPE"] + heads
                return arg(heads, "recipient.aim_object", aim=c.text, verb=cur.text)
            nxt = child(cur, "xcomp")
            if nxt is None:
                break
            cur = nxt
    return Arg()


def provocation_subject(verb: Token) -> Arg:
    """Whom a show of force answers, named as the doer of what set it off: "scrambled jets
    *after* X's bombers entered its airspace", "put troops on alert *after* X fired a missile"."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
            continue
        subj = child(c, "nsubj")
        if subj is not None and subj.pos_ != "PRON":
            return arg(with_conjuncts(subj), "recipient.provocation", verb=c.text)
    return Arg()


def protest_aim_target(verb: Token) -> Arg:
    """Whom a protest is aimed at, named in its aim: "blocked roads *to protest against X*",
    "marched *to denounce X's policy*", "staged a sit-in *to show their anger at X*"."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            continue
        obj = child(c, "dobj")
        found = [o for _p, o in prep_objects(c, AIM_TARGET_PREPS)]
        if obj is not None:
            if not is_own(obj):
                found.insert(0, obj)
            found += [o for _p, o in prep_objects(obj, (*AIM_TARGET_PREPS, "to"))]
        if found:
            return arg([t for o in found for t in with_conjuncts(o)], "recipient.protest_aim",
                       aim=c.text)  # fmt: skip
    return Arg()


def _someones_backers(noun: Token) -> bool:
    """ "to disperse *her* supporters": a person's backers, not the force's own people."""
    return noun.lemma_.lower() in SUPPORTER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in noun.children
    )


def mission_target(verb: Token) -> Arg:
    """ "marched *past the X embassy*", "rallied *outside the X consulate*": the country whose
    mission the crowd goes to."""
    for p, obj in prep_objects(verb, ("past", "outside", "at", "near", "to", "in", "before")):
        if obj.lemma_.lower() in MISSION_NOUNS:
            return arg(with_conjuncts(obj), "recipient.mission", p=p, noun=obj.text)
    return Arg()


def scene_target(verb: Token) -> Arg:
    """The target of the scene an act happens in: "threw stones *during rallies against X*",
    "clashed *at a march against X*"."""
    for p, scene in prep_objects(verb, ("during", "at", "in", "amid", "amidst")):
        for q, obj in prep_objects(scene, ("against", "over")):
            doer = doer_in(obj)  # "rallies against *abuses by the army*": the doer
            if doer and obj.pos_ == "NOUN":
                return Arg(doer.heads, "recipient.scene_doer", {"p": p, "q": q}, inner=doer)
            return arg(with_conjuncts(obj), "recipient.scene_target", p=p, q=q)
    return Arg()


def doer_in(noun: Token | None) -> Arg:
    """The doer named inside an object noun: "demanded an apology *by X*", "investigating
    abuses *by X*", "crimes *committed by X*"."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return Arg()
    if noun.lemma_.lower() in ENDING_NOUNS:  # "demanded an end *to the blockade by X*"
        for _p, o in prep_objects(noun, ("to", "of")):
            found = doer_in(o) if o.lemma_.lower() not in ENDING_NOUNS else Arg()
            if found:
                return found
    for _p, o in prep_objects(noun, ("by",)):
        return arg(with_conjuncts(o), "recipient.doer_in", noun=noun.text)
    verb = noun.head
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        # "regretted the ruling *by X*": 'by' hung on the active verb right after its object
        for p in verb.children:
            o = child(p, "pobj")
            if p.dep_ == "prep" and p.lower_ == "by" and p.i == noun.right_edge.i + 1 and o:
                return arg(with_conjuncts(o), "recipient.doer_in", noun=noun.text)
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    obj = child(a, "pobj")
                    if obj is not None:
                        return arg(
                            with_conjuncts(obj),
                            "recipient.doer_in_participle",
                            verb=c.text,
                            noun=noun.text,
                        )
    return Arg()


def act_doer(noun: Token | None) -> Arg:
    """The doer of an act named as an object, also when "by X" hangs on the act's own object:
    "condemned the killing of fishermen *by X*", "welcomed the release of the crew *by X*"."""
    found = doer_in(noun)
    if found or noun is None:
        return found
    if noun.lemma_.lower() in DEPARTURE_NOUNS:  # "demanded the withdrawal *of X* from Y"
        doers = [h for _p, o in prep_objects(noun, ("of",)) for h in with_conjuncts(o)]
        if doers:
            return arg(doers, "recipient.departing", noun=noun.text)
    for _p, o in prep_objects(noun, ("of",)):
        inner = doer_in(o)
        if inner:
            return arg(inner.heads, "recipient.doer_in", noun=noun.text)
    return Arg()


def hosted_parties(verb: Token) -> Arg:
    """ "hosted *talks between A and B*", "ready to host a meeting *between A and B*": the
    parties of the meeting a host holds are its guests."""
    obj = child(verb, "dobj")
    if obj is None:
        if verb.lemma_.lower() not in MEDIATOR_WORDS:
            return Arg()
        # "offered to *mediate between A and B*": the sides a mediator stands between
        heads = [h for _p, o in prep_objects(verb, ("between",)) for h in with_conjuncts(o)]
        return arg(heads, "recipient.mediated_parties", verb=verb.text) if heads else Arg()
    heads = [h for _p, o in prep_objects(obj, ("between", "among")) for h in with_conjuncts(o)]
    return arg(heads, "recipient.hosted_parties", noun=obj.text) if heads else Arg()


def shifted_object(verb: Token) -> Arg:
    """ "denounced as illegal *X's seizure of the islands*": a long object moved after an
    "as"-phrase is parsed as the object of "as"; one with its own possessor is the object."""
    if child(verb, "dobj") is not None:
        return Arg()
    for _p, o in prep_objects(verb, ("as",)):
        owner = [c for c in o.children if c.dep_ == "poss"]
        if owner:
            return arg([h for c in owner for h in with_conjuncts(c)], "recipient.shifted_object",
                       noun=o.text)  # fmt: skip
    return Arg()


def refused_party(tok: Token) -> Arg:
    """Whom a refused permission is aimed at: "will not allow *X's warships* to enter", "would
    not permit *X* to open a base" (the object of the permission or the subject of the act it
    would let happen)."""
    for c in tok.children:
        party = c if c.dep_ == "dobj" else None
        if c.dep_ in ("ccomp", "xcomp"):
            # "allow *X's ships* to enter", not "permit its ports *to be used*" (acted on)
            party = child(c, "nsubj")
        if party is None:
            continue
        if any(d.dep_ == "poss" for d in party.children) or party.pos_ == "PRON":
            return Arg()  # "won't allow *our fishermen* to be harassed": its own, no target
        return arg(with_conjuncts(party), "recipient.refused_party", verb=tok.text)
    return Arg()


WATCHED_MARKS = frozenset({"while", "if", "as", "when"})


def watched_party(tok: Token) -> Arg:
    """Whom a vow not to stand idly by is aimed at: the doer of what it will not watch ("will
    not stand idly by *while X* masses troops")."""
    for c in tok.children:
        if c.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in WATCHED_MARKS for m in c.children
        ):
            continue
        subj = child(c, "nsubj")
        if subj is not None and subj.pos_ != "PRON":
            return arg(with_conjuncts(subj), "recipient.watched_party", verb=c.text)
    return Arg()
