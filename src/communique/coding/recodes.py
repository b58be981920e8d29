"""Context rules that change a trigger's CAMEO code or drop it: motion verbs that are visits
(or deployments), a protest that reports a claim, a crowd's protest, a welcome with no visitor,
a courtesy call, violence whose doer is not named. Each returns the rule that decided."""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.lexicon import (
    BODY,
    CAPITAL,
    COUNTRY_NAME,
    GROUP,
    INTL,
    PEOPLE,
    ROLE,
    SEAT,
    everyday_people,
    lexicon,
    norm,
)
from communique.actors.organisations import org_heads
from communique.coding.candidate import Candidate
from communique.coding.frames import ACT_AIMS, act_aim, aim_clause, march_aim, spoken_protest
from communique.coding.rules import Because, rule
from communique.coding.syntax import Arg, arg, counted
from communique.coding.triggers import Trigger
from communique.coding.unattributed import crowd_subject
from communique.model import Actor
from communique.vocabulary import words

MOTION_VERBS = words("motion_verbs")
INCURSION_MOTION_VERBS = words("incursion_motion_verbs")
SEARCHED_PREMISES = words("searched_premises")  # homes, offices, cars: searched in a raid
DIPLOMATIC_PURPOSE = words("diplomatic_purpose")
PEACEKEEPING = words("peacekeeping_words")
CALLED_PERSONS = words("called_persons")
# sectors of people in the street (a business association's members march too)
PRIVATE_DOER_SECTORS = words("private_doer_sectors")
AID_AIMS = words("aid_aims")
STATE_FORCE_SECTORS = words("state_force_sectors")
OBSTRUCTION_VERBS = words("obstruction_verbs")
MOB_WORDS = words("mob_words")
# people held in a prison or camp, whose damage to it is a riot (rule recode.prison_riot)
HELD_PEOPLE = words("held_people")
DWELLINGS = words("dwelling_targets")  # "a mob burned *the home* of X": people attacked
POLICE_SECTORS = frozenset({"COP", "SPY"})  # police and security services, not soldiers
VISIT = "042"
# a force named in the singular ("the army arrived"); a singular title ("the defence minister
# arrived") is a traveller, not a deployment
FORCE_COLLECTIVES = words("force_collectives")
CARGO_CARRIERS = words("cargo_carriers")
CRAFT_NOUNS = words("craft_nouns")  # "a fishing *trawler* landed in X": no traveller
PRIVATE_TRAVELLERS = words("private_travellers")  # "Latvian *citizens* who flew into X"
EVACUATED_PEOPLE = words("evacuated_people")
TRADE_FLOWS = words("trade_flows")
TRADED = words("traded_things")
STATE_SPEAKERS = frozenset({"government", "ministry", "embassy", "cabinet", "administration"})
# military exercises named as nouns (triggers.tsv: CAMEO 150 show of force, 062 when joint)
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"})
# "in a strike / in a wage dispute / in protest": what a crowd's refusal, halt or closure was done in
DISPUTE_NOUNS = words("dispute_nouns")
WORK_REFUSAL_VERBS = words("work_refusal_verbs")
REFUSAL_VERBS = ("refuse", "decline")
# types of a crowd's act that, done in a strike or in protest, are that strike or protest
DISPUTE_ACT_TYPES = frozenset({"REJECT", "SANCTION", "COERCE"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# verbs of taking hold of someone or something by force (seize, grab, snatch): people seized
# are abducted (CAMEO 181) or, by police, arrested (173); things seized are property (171)
SEIZING_VERBS = words("seizing_verbs")
SEIZE_PROPERTY = "171"
SEIZE_PLACE = "192"  # occupy territory: "seized *the mayor* of a town" took no town
ABDUCT = "181"
ARREST = "173"


def is_motion(trig: Trigger) -> bool:
    return trig.rule.lemma in MOTION_VERBS and trig.cameo.code == VISIT


def is_incursion_motion(trig: Trigger) -> bool:
    """ "sailed into X's waters", "flew into its airspace" (CAMEO 150 through a verb of going;
    vocabulary incursion_motion_verbs)."""
    return trig.rule.lemma in INCURSION_MOTION_VERBS and trig.cameo.code == "150"


def motion_is_visit(cand: Candidate) -> bool:
    """'arrived in', 'went to', 'travelled to' are a visit (CAMEO 042) only for a diplomatic
    traveller going abroad, or with a diplomatic purpose. Troops arriving are a deployment
    (peacekeepers: AID 074; others: MOBILIZE 154); a trip at home is no event."""
    tok = cand.trigger.token
    sectors = {a.sector for a in cand.actors}
    lemmas = {t.lemma_.lower() for t in tok.subtree}
    if lemmas & PEACEKEEPING or "UNOMIL" in {a.code for a in cand.actors}:
        cand.recode = ("074", Because.of("recode.peacekeepers_arrive", word=tok.text))
        return bool(cand.actors)
    if (carried := _evacuated_subject(tok)) is not None:
        # "the patients were flown by army helicopters to hospitals": an evacuation, no troops
        cand.recode = ("073", Because.of("recode.evacuation_flight", word=tok.text, who=carried))
        return bool(cand.actors)
    if sectors & {"MIL"} and _forces_subject(tok):
        cand.recode = ("154", Because.of("recode.troops_arrive", word=tok.text))
        return bool(cand.actors)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    named_in = {t.lower_ for c in (subj.children if subj is not None else ()) if c.dep_ == "prep"
                for t in c.subtree}  # fmt: skip
    if (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.lemma_.lower() in CARGO_CARRIERS | CRAFT_NOUNS
    ):
        return False  # "a Mexican *tanker* arrived in X": a cargo delivered, no traveller
    if (
        subj is not None
        and subj.pos_ == "NOUN"
        and cand.actors
        and all(a.text and a.text.split()[-1].lower() in named_in for a in cand.actors)
    ):
        return False  # "the aid *from Japan* arrived": a thing sent by the named, no traveller
    if subj is not None and _partitive_head(subj).lemma_.lower() in PRIVATE_TRAVELLERS:
        return False  # "two *suspects* flew into X", "four of the freed *detainees*": no envoys
    if (
        subj is not None
        and subj.lower_ in ("who", "that")
        and tok.head.lemma_.lower() in PRIVATE_TRAVELLERS
    ):
        return False  # "Latvian citizens *who* flew into X"
    if (
        subj is None
        and tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and _partitive_head(tok.head).lemma_.lower() in PRIVATE_TRAVELLERS
    ):
        return False  # "motorists *heading* to X should expect queues": the noun the
        # participle describes travels as the subject would (branch offtopic39)
    if not any(a.country or a.sector for a in cand.actors):
        # "X, a freed aid worker, landed in <capital> and was met by his family": a traveller
        # with no state, office or group is no party; the capital is where he arrived, not a
        # government that hosts him (rule filter.motion_not_visit, branch metonymy43)
        return False
    if lemmas & DIPLOMATIC_PURPOSE:
        return True
    home = {a.country for a in cand.actors if a.country}
    dest = {a.country for a in cand.recipients if a.country}
    return bool(home and dest and not dest & home)


def _partitive_head(subj: Token) -> Token:
    """The noun a partitive subject counts ("*four of the detainees*", "*most of the
    hostages*", "*some of them*"): the object of its "of"; any other subject is itself."""
    if subj.pos_ not in ("NUM", "PRON", "DET", "ADJ") and subj.lemma_.lower() not in (
        "most",
        "some",
    ):
        return subj
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((d for d in c.children if d.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return subj


def _evacuated_subject(tok: Token) -> str | None:
    """The subject of a passive motion verb ("*the patients* were flown to hospitals"), or of
    the verb it is joined to ("the children crossed ... and were flown ..."), when it names
    people carried for care (vocabulary evacuated_people); else None."""
    if not any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        return None
    verb, subj = tok, None
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    if subj is None:
        return None
    carried = _partitive_head(subj)  # "nine of the most badly *injured*" (branch metonymy43)
    if not {carried.lower_, carried.lemma_.lower(), subj.lemma_.lower()} & EVACUATED_PEOPLE:
        return None
    return subj.text


# verbs that carry people somewhere (with motion_verbs): the evacuated are their object, or
# their subject in the passive ("were flown", "were airlifted")
CARRYING_VERBS = words("carrying_verbs")
# prepositions of a goal or place of motion: "flown *to* X", "landed *in* X"
MOTION_GOAL_PREPS = frozenset({"to", "into", "in", "at", "towards", "toward"})


def carried_people(tok: Token) -> Token | None:
    """The people an act of carrying moves for care ("flew *twelve of the wounded* to X", "*the
    patients* were flown to X"; vocabulary evacuated_people through a partitive), when the
    trigger is such a verb; else None."""
    if tok.lemma_.lower() not in MOTION_VERBS | CARRYING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            counted = [
                d
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for d in p.children
                if d.dep_ in ("pobj", "pcomp")
            ]  # "twelve of the most badly *wounded*"
            for head in (c, *counted):
                if {head.lower_, head.lemma_.lower()} & EVACUATED_PEOPLE:
                    return c
    return None


def carried_recipients(resolver, cand: Candidate) -> bool:
    """An evacuation (CAMEO 073 told by a verb of carrying people for care) is aid to the
    people carried, not to the place they are carried to: a capital or city after "to", "in",
    "at" is where they go, no government that receives aid (rule recipient.carried_people). The
    carried are the recipients when their own phrase names their nationality ("twelve wounded
    Somali children"); else the place is dropped all the same, and the story's counterpart
    (recipient.story_counterpart) may stand for them. Returns whether the recipients were
    changed."""
    tok = cand.trigger.token
    if "073" not in (cand.cameo_code, cand.trigger.cameo.code):
        return False
    if (carried := carried_people(tok)) is None:
        return False
    span = {t.i for t in tok.subtree}
    if cand.recipient_arg is not None:
        heads = cand.recipient_arg.heads
        if not heads or not all(
            h.i in span
            and (h == carried or (h.head.dep_ == "prep" and h.head.lower_ in MOTION_GOAL_PREPS))
            for h in heads
        ):
            return False  # the recipient was named otherwise ("flew the wounded *of X*")
    elif cand.recipients:
        return False
    found = arg([carried], "recipient.carried_people", who=carried.text)
    people, notes = resolver.resolve(found, fallback="recipient", people="recipient")
    if not any(t.ent_type_ in ("NORP", "GPE") for t in carried.subtree):
        people = []  # no nationality of their own: not placed by where they are carried to
    if people:
        cand.set_recipient_arg(people, found, notes)
    else:
        cand.clear_recipients()
        cand.notes.append(Because.of("recipient.carried_people", who=carried.text))
    return True


HARMED_PARTICIPLES = words("harmed_participles")
# words that may stand between "the" and a participle used as a noun ("the most badly wounded")
DEGREE_WORDS = frozenset({"most", "more", "less", "least", "very", "badly", "seriously"})


def people_participle(tok: Token) -> str | None:
    """A participle of harm used as a noun for the people it befell ("flew *the wounded* to X",
    "twelve of *the most seriously injured*", "*the detained* were freed"; vocabulary
    harmed_participles): the article "the" before it (only adverbs of degree between), no
    noun after it, and no subject, auxiliary, agent or object of its own. It names people,
    not an act (rule filter.people_participle); else None."""
    if tok.lower_ not in HARMED_PARTICIPLES or tok.tag_ not in ("VBN", "JJ", "NN", "NNS"):
        return None
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj", "npadvmod")
    if any(c.dep_ in own for c in tok.children):
        return None
    if tok.dep_ in ("amod", "compound"):  # the parse may hang it anywhere else: the words
        return None  # "the (most seriously) wounded" decide
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "the wounded soldiers": an adjective of a noun
    k = tok.i - 1
    while k >= 0 and (tok.doc[k].lower_ in DEGREE_WORDS or tok.doc[k].tag_ in ("RB", "RBS")):
        k -= 1
    if k < 0 or tok.doc[k].lower_ != "the":
        return None
    return tok.doc[k : tok.i + 1].text


def _forces_subject(tok) -> bool:
    """Whether the subject of a motion verb is troops (plural or a force), not one official.
    The subject of a verb it completes counts too: "*General X* is due to travel to Y" is one
    officer travelling, not a deployment."""
    subj = _clause_subject(tok, ("xcomp", "acomp", "advcl", "conj"))
    if subj is None:
        return True
    return subj.tag_ in ("NNS", "NNPS") or subj.lemma_.lower() in FORCE_COLLECTIVES


def state_subject(tok) -> bool:
    """Whether the subject of a verb (or of the verb it completes) is a state named by its
    own name ("Greece"), or its government, ministry or embassy; not a people ("Greeks")."""
    subj = _clause_subject(tok)
    if subj is None:
        return False
    return subj.ent_type_ == "GPE" or subj.lemma_.lower() in STATE_SPEAKERS


def _named_subject(tok) -> bool:
    """Whether the subject of a verb (or of the verb it is joined to) is a name ("Jordan closed
    its borders and blocked the crossing"), not a common noun a place word placed ("indigenous
    groups")."""
    subj = _clause_subject(tok)
    return subj is not None and subj.pos_ == "PROPN"


def _clause_subject(tok: Token, deps: tuple[str, ...] = ("xcomp", "advcl", "conj")) -> Token | None:
    """The subject (nsubj) of a verb or, when it has none, of the verb it hangs on by one of
    ``deps`` (a verb it completes or is joined to), climbing on; None when none has one."""
    verb = tok
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subj is None and verb.dep_ in deps and verb.head != verb:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj


def named_states(cand: Candidate) -> bool:
    """Doers that are states named by their own names ("Nigeria"), when the tagger did not
    mark the name as a place."""
    return bool(cand.actors) and all(
        a.sector is None and a.code == a.country and a.text == a.name and len(a.code or "") == 3
        for a in cand.actors
    )


def crowd(cand: Candidate) -> bool:
    """Doers that are people in the street (students, workers, "thousands"), not a state,
    a government body or an organisation speaking for itself."""
    return bool(cand.actors) and all(
        a.sector in PRIVATE_DOER_SECTORS or (a.sector is None and a.text.split()[-1].islower())
        for a in cand.actors
    )


def state_forces(cand: Candidate) -> bool:
    """Doers that are all a state's armed forces, police or security services."""
    return bool(cand.actors) and all(a.sector in STATE_FORCE_SECTORS for a in cand.actors)


def rioters(cand: Candidate) -> bool:
    """Doers that are all protesters, rioters or a mob (not people of a place or a trade)."""
    return bool(cand.actors) and all(
        a.sector == "OPP" or _role_word(a.text) in MOB_WORDS for a in cand.actors
    )


def held_rioters(cand: Candidate) -> bool:
    """Doers that are all people held in a prison or a camp (vocabulary held_people: inmates,
    prisoners, detainees), as their role word names them."""
    return bool(cand.actors) and all(_role_word(a.text) in HELD_PEOPLE for a in cand.actors)


def _role_word(text: str) -> str:
    """The last word of a doer's text, lower-cased: its role noun ("the angry *mob*")."""
    parts = text.split()
    return parts[-1].lower() if parts else ""


def police(cand: Candidate) -> bool:
    """Doers that are all police or security services (not soldiers)."""
    return bool(cand.actors) and all(a.sector in POLICE_SECTORS for a in cand.actors)


def forces_search(cand: Candidate) -> bool:
    """ "Police/soldiers/security forces *searched* the homes (offices, cars, bags) of X": a
    search by a state's forces of premises (vocabulary searched_premises), read as an investigation (CAMEO 090) by the
    PETRARCH-2 verb pattern; a search *for* someone with no object stays as it is, and searches
    of rubble or a lake are a rescue (senses.tsv) before this runs."""
    trig = cand.trigger
    if trig.rule.lemma != "search" or trig.cameo.code[:2] != "09":
        return False
    tok = trig.token
    if tok.pos_ != "VERB" or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in SEARCHED_PREMISES for c in tok.children
    ):
        return False
    # "tax inspectors and police searched the offices": officials searching alongside the
    # forces are the same raid
    return state_forces(cand) or (
        any(a.sector in STATE_FORCE_SECTORS for a in cand.actors)
        and all(a.sector in STATE_FORCE_SECTORS or a.sector == "GOV" for a in cand.actors)
    )


def joint_exercise(cand: Candidate) -> bool:
    """A military exercise (CAMEO 150, a noun) whose doers are two or more states or bodies of
    different countries ("*Turkey and Azerbaijan* began a military exercise"), or held with a
    named partner ("staged exercises *with Belarus*"): held together,
    it is military cooperation (CAMEO 062), as a 'joint' exercise is."""
    trig = cand.trigger
    if trig.cameo.code != "150" or trig.rule.lemma not in EXERCISE_NOUNS:
        return False
    if len({a.country for a in cand.actors if a.country}) >= 2:
        return True
    # "staged exercises *with Belarus*": a partner named after the noun or its verb
    tok = trig.token
    owners = [tok, tok.head] if tok.dep_ in ("dobj", "pobj") else [tok]
    preps = [c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "with"]
    partners = [t for p in preps for o in p.children for t in o.subtree]
    return any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in partners)  # "its *Thai* peers"


JOINT_ADVERBS = words("joint_adverbs")  # "jointly", "together": done by its doers together
JOINT_ADJECTIVES = words("joint_adjectives")  # "a joint operation", "combined offensives"
# acts whose joint doing is cooperation (material acts, CAMEO quad classes 2 and 4, and
# investigations, 09x), by the CAMEO 06x code for the kind of act: force and shows of force are
# military cooperation (062), police arrests and investigations judicial (063; soldiers' 062),
# the rest material cooperation (060)
JOINT_CODES = {"ASSAULT": "062", "MOBILIZE": "062", "COERCE": "063", "ACCUSE": "063"}
JOINT_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "AID", "RETREAT", "SEIZE"})


def _pobj_word(prep: Token) -> str:
    return next((g.lower_ for g in prep.children if g.dep_ == "pobj"), "")


def _joint_marker(trig: Trigger) -> Token | None:
    """The word that says the trigger's act was done together: an adverb on its verb
    ("jointly rescued", "patrolled together", "side by side", "hand in hand") or an
    adjective on its noun, the noun its verb's pattern names, or the noun of an "in" phrase
    on the verb ("a *joint* operation", "dismantled a ring in a *joint* operation")."""
    tok = trig.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    nouns = [t for t in (tok, *trig.parts) if t.pos_ in ("NOUN", "PROPN")]
    if verb is not None:
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS:
                return c
            if (
                c.dep_ in ("advmod", "npadvmod", "prep")
                and c.lower_ in ("side", "hand")
                and any(g.dep_ == "prep" and g.lower_ in ("by", "in") for g in c.children)
            ):
                return c  # "side by side", "hand in hand"
            if c.dep_ == "prep" and (c.lower_, _pobj_word(c)) in (("by", "side"), ("in", "hand")):
                return c  # "side by side" parsed as "side" + "by side"
            if c.dep_ == "prep" and c.lower_ == "in":
                nouns += [g for g in c.children if g.dep_ == "pobj"]
    for n in nouns:
        mark = next(
            (c for c in n.children if c.dep_ in ("amod", "compound") and c.lower_ in
             JOINT_ADJECTIVES), None,
        )  # fmt: skip
        if mark is not None:
            return mark
    return None


def joint_act(cand: Candidate) -> tuple[str, str] | None:
    """ "Chadian and Nigerien soldiers mounted a *joint* offensive on militant camps",
    "Spanish and Portuguese coast guards *jointly* rescued fishermen": a material act that two or
    more parties of different countries are said to do together is cooperation between them
    (CAMEO 06x: 062 "joint military games and manoeuvres", 063 judicial cooperation; PLOVER
    COOPERATE), by the kind of act (``JOINT_CODES``). Returns the CAMEO code and the marker
    word, or None. Acts of the doers upon each other ("A and B fought", "exchanged fire") say
    no "joint" and stay conflict; talk and statements ("jointly condemned") keep their type."""
    trig = cand.trigger
    plover = cand.plover
    if plover not in JOINT_TYPES and not (plover == "ACCUSE" and trig.cameo.code[:2] == "09"):
        return None
    if len({a.country for a in cand.actors if a.country}) < 2:
        return None
    mark = _joint_marker(trig)
    if mark is None:
        return None
    code = JOINT_CODES.get(plover, "060")
    if code == "063" and not police(cand):  # soldiers' joint raid: military; others: material
        code = "062" if state_forces(cand) else "060"
    return code, mark.text


def courtesy_call(trig: Trigger) -> bool:
    """ "X called on <person>" with no "to"-clause and no "for": a courtesy visit (CAMEO 042);
    "called on X *to* withdraw" and "called on X for help" stay requests."""
    tok = trig.token
    if trig.rule.lemma != "call" or trig.cameo.code != "020":
        return False
    if not any(p.lower_ in ("on", "upon") for p in trig.parts):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children):
        return False
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if any(
        t.dep_ in ("xcomp", "acl", "relcl", "ccomp") and t.pos_ in ("VERB", "AUX")
        for t in obj.subtree
    ):
        return False  # "called on parties *to* exercise restraint" parsed inside the object
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in CALLED_PERSONS


def _people_going(going: Token) -> bool:
    """The ones going are people named by a plural common noun ("grain growers", "hundreds of
    cyclists", "a column of veterans"), not a state or a body named by a proper noun."""
    mover = next((c for c in going.children if c.dep_ == "nsubj"), None)
    if mover is None and going.dep_ == "acl":  # "a column of veterans *headed* towards X"
        mover = going.head
    if mover is None:
        return False
    if crowd_subject(going) is not None:
        return True
    named = next((o for p in mover.children if p.lower_ == "of" for o in p.children), None)
    if named is not None:  # "hundreds of cyclists", "a column of veterans": the ones named
        mover = named
    return mover.tag_ == "NNS" and mover.pos_ == "NOUN"


def burned_dwelling(verb: Token) -> Token | None:
    """What a mob burned, destroyed or looted when it is a home or a place of worship
    (vocabulary dwelling_targets: "set fire to *the house* of a headman", "burned down *a
    chapel*"): the people who live or worship there are attacked (CAMEO 180/1712, an attack),
    not a riot in the street; the word, else None."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "down", "up")):
        things += [o for o in prep.children if o.dep_ == "pobj"]  # "set fire *to* X"
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "set fire to X" read as
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"):
            things += [o for o in prep.children if o.dep_ == "pobj"]  # the object's "to"
    for thing in things:
        for word in (thing, *(c for c in thing.children if c.dep_ == "conj")):
            if word.lemma_.lower() in DWELLINGS or word.lower_ in DWELLINGS:
                return word
    return None


def disappearance_cue(tok: Token) -> Token | None:
    """The words of the trigger's sentence that say the one taken was not seen again: "has
    not been seen / heard from since", "went missing", "vanished", "whereabouts remain
    unknown" (an enforced disappearance; Merriam-Webster 'disappear' 1: to pass from view,
    to cease to be seen), told of the one taken: the cue's clause holds the taking ("went
    missing after soldiers took her away"), or its subject is a pronoun or the taken noun; the
    cue word, else None (branch unrest14)."""
    taken = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    for word in tok.sent:
        if word.i == tok.i:
            continue
        lemma = word.lemma_.lower()
        if lemma in ("see", "hear") and any(c.dep_ == "neg" for c in word.children):
            if not any(c.lower_ == "since" for c in word.subtree):
                continue
            clause = word  # "has not been seen since"
        elif lemma == "missing" and word.head.lemma_.lower() == "go":
            clause = word.head  # "went missing"
        elif lemma == "vanish":
            clause = word
        elif lemma == "whereabouts" and any(t.lower_ == "unknown" for t in word.head.subtree):
            clause = word  # "his whereabouts remain unknown": its possessor
        else:
            continue
        if tok in clause.subtree:  # "vanished after agents *seized* her"
            return word
        who = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if any(w.tag_ in ("PRP", "PRP$") or _same_taken(w, taken) for w in who):
            return word
    return None


def _same_taken(word: Token, taken: set[str]) -> bool:
    """ "*the* reporters have not been seen since": the taken noun told again as known (a
    definite determiner), not "a third reporter went missing"."""
    return word.lemma_.lower() in taken and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in word.children
    )


def context_recode(cand: Candidate) -> None:
    """Set ``cand.recode`` when the context gives the trigger another CAMEO code."""
    trig, tok = cand.trigger, cand.trigger.token
    if spoken_protest(trig):  # "a union *protested* that wages were cut": a complaint
        cand.recode = ("114", Because.of("recode.spoken_protest", word=tok.text))
    spoken = trig.rule.lemma == "protest" and trig.cameo.code == "114"
    # "students protested against X", "thousands protested against X": a crowd demonstrates
    if spoken and (crowd(cand) or (not cand.actors and crowd_subject(tok) is not None)):
        cand.recode = ("141", Because.of("recode.crowd_protest", word=tok.text))
    if trig.cameo.code.startswith("173") and (gone := disappearance_cue(tok)) is not None:
        # "agents took her away ...; she has not been seen since": an enforced disappearance
        cand.recode = ("181", Because.of("recode.disappearance", word=tok.text, cue=gone.text))
    going = march_aim(trig)
    if going is not None and (crowd(cand) or (not cand.actors and _people_going(going))):
        # "pensioners walked to the ministry *to demand* X": people in the street on a march
        cand.recode = ("141", Because.of("recode.march_aim", word=tok.text, verb=going.text))
    acting = act_aim(trig) if going is None else None
    if acting is not None and (crowd(cand) or (not cand.actors and _people_going(acting))):
        # "vendors spread their goods on the steps *to oppose* the fees": a crowd's act done
        # to press a demand is a demonstration
        cand.recode = ("141", Because.of("recode.act_aim", word=tok.text, verb=acting.text))
    if (
        trig.rule.lemma == "protest"
        and trig.cameo.code == "141"
        and (state_subject(tok) or named_states(cand))
    ):
        # "Greece protested the overflights", "summoned the envoy to protest X": a state's
        # protest is a diplomatic complaint (GUIDE: PROTEST is a physical demonstration)
        cand.recode = ("114", Because.of("recode.state_protest", word=tok.text))
        if cand.assumed_recipient:  # a state's complaint is aimed abroad, not at home
            cand.clear_recipients()
    if trig.rule.lemma == "welcome" and trig.cameo.code == "043" and not cand.recipients:
        # "welcomed what she called X's return": praise, no visitor received
        cand.recode = ("051", Because.of("recode.welcome_without_visitor", word=tok.text))
    if courtesy_call(trig):
        cand.recode = ("042", Because.of("recode.courtesy_call"))
    if (
        trig.rule.lemma == "boycott"
        and trig.cameo.code == "143"
        and (state_subject(tok) or named_states(cand))
        and any(c.dep_ == "dobj" and c.lemma_.lower() in TRADED for c in tok.children)
    ):  # "Saudi Arabia boycotted Qatari goods": a state's boycott of trade is an embargo
        cand.recode = ("163", Because.of("recode.state_boycott", word=tok.text))
    if trig.rule.lemma == "resume" and trig.cameo.code == "061":
        flow = next((p for p in trig.parts if p.lemma_.lower() in TRADE_FLOWS), None)
        if flow is not None:  # "resumed beef exports to X": the halt on them is eased
            cand.recode = (
                "085",
                Because.of("recode.resumed_trade", word=f"{tok.text} {flow.text}"),
            )
    if trig.cameo.code[:3] == "144" and (
        state_forces(cand) or state_subject(tok) or (named_states(cand) and _named_subject(tok))
    ):
        # "troops occupied the TV building", "authorities blocked access to X", "Hungary
        # blocked the crossing": the state restricting movement or seizing a place is
        # coercion, not a crowd's obstruction
        code = "192" if trig.rule.lemma == "occupy" else "191"
        cand.recode = (code, Because.of("recode.state_obstruction", word=tok.text))
    if joint_exercise(cand):
        # "Turkey and Azerbaijan began a military exercise": two states' exercise is a joint one
        cand.recode = ("062", Because.of("recode.joint_exercise", word=tok.text))
    if trig.rule.lemma == "raid" and trig.cameo.code == "190" and police(cand):
        # "police raided the newspaper's offices": a raid to search and confiscate (CAMEO 1711
        # codes raids), not an armed attack
        cand.recode = ("1711", Because.of("recode.police_raid", word=tok.text))
    if trig.rule.lemma == "storm" and trig.cameo.code == "145" and state_forces(cand):
        # "police stormed the newspaper's offices", "soldiers stormed the broadcaster": a
        # state's forces forcing their way into a building make a raid (CAMEO 1711 codes
        # raids), not the crowd's riot the 145 reading names
        cand.recode = ("1711", Because.of("recode.forces_storm", word=tok.text))
    if (
        trig.rule.lemma == "storm"
        and trig.cameo.code == "145"
        and cand.actors
        and all(armed_side(a, []) for a in cand.actors)
    ):
        # "gunmen stormed a hotel", "militants stormed the jail": armed men forcing their way
        # into a building attack it (CAMEO 190), which is no crowd's riot
        cand.recode = ("190", Because.of("recode.armed_storm", word=tok.text))
    if forces_search(cand):
        # "police searched the homes of six activists", "soldiers searched houses for weapons":
        # forces going through people's homes, offices or cars use coercive power (a raid,
        # CAMEO 1711), which outranks the investigation reading (CAMEO 090)
        cand.recode = ("1711", Because.of("recode.forces_search", word=tok.text))
    obstructing = trig.cameo.plover == "COERCE" and trig.rule.lemma in OBSTRUCTION_VERBS
    acted = tok.pos_ == "VERB" or tok.dep_ == "dobj"  # "farmers *laid siege* to parliament"
    if (trig.cameo.code in ("191", "192") or obstructing) and acted and crowd(cand):
        # "protesters occupied the airport", "fishing boats encircled the trawler", "farmers
        # laid siege to the parliament": a crowd's obstruction, not a military occupation or
        # blockade
        cand.recode = ("144", Because.of("recode.crowd_obstruction", word=tok.text))
    strike = crowd_strike(cand)
    if strike is not None:
        # "teachers launched a strike", "doctors launched a hunger strike": people in the street
        # stop work (CAMEO 143) or refuse food (142); they launch no air strike
        cand.recode = (strike, Because.of("recode.crowd_strike", word=tok.text))
    if crowd_strike_threat(cand):
        # "the union warned it would strike", "nurses threatened a strike": people in the
        # street threaten to stop work, a threat of protest (CAMEO 133), not of force (138)
        cand.recode = ("133", Because.of("recode.crowd_strike_threat", word=tok.text))
    dispute = crowd_dispute_act(cand)
    if dispute is not None:
        # "bakers closed their shops in a strike", "farmers withheld their crops in a dispute
        # over prices", "a monk set himself on fire in protest": people in the street refusing,
        # halting or closing (or harming themselves) in a strike or a protest strike or protest
        cand.recode = (
            dispute[0],
            Because.of("recode.crowd_dispute_act", word=tok.text, what=dispute[1]),
        )
    if trig.cameo.code in ("171", "1712") and held_rioters(cand):
        # "inmates set fire to their mattresses", "prisoners wrecked the kitchen": people held
        # in a prison damaging it riot there (CAMEO 145); they attack no one's property
        cand.recode = ("145", Because.of("recode.prison_riot", word=tok.text))
    elif trig.cameo.code in ("171", "1712") and rioters(cand):
        if (home := burned_dwelling(tok)) is not None:
            # "a mob burned down the home of X": the people living there are attacked
            cand.notes.append(Because.of("recode.mob_attack", word=tok.text, thing=home.text))
        else:
            # "rioters set fire to cars", "protesters looted shops": a violent protest
            cand.recode = ("145", Because.of("recode.crowd_riot", word=tok.text))
    seized = seized_kind(cand)
    if seized is not None:
        cand.recode = seized
    helped = aid_purpose(trig)
    if helped is not None:
        cand.recode = ("073", Because.of("recode.aid_purpose", word=tok.text, aim=helped))
    aim = force_aim(trig)
    if aim is not None:
        cand.recode = (DEPLOY, Because.of("recode.force_aim", word=tok.text, aim=aim))
    left = leave_deadline(trig)
    if left is not None:
        cand.recode = (EXPEL, Because.of("recode.deadline_to_leave", word=tok.text, act=left))


def crowd_dispute_act(cand: Candidate) -> tuple[str, str] | None:
    """The code and phrase of a refusal, halt, closure or self-harm by people in the street
    told as done "in a strike", "in a dispute", "in industrial action" (a strike, 143) or "in
    protest" (a protest, 140): the trigger verb's own "in" phrase names the dispute."""
    trig = cand.trigger
    tok = trig.token
    if tok.pos_ != "VERB":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # no actor found for "bakers": a plural common noun as subject is people, not a state
    people = not cand.actors and subj is not None and subj.tag_ == "NNS"
    if not (crowd(cand) or people):
        return None
    if trig.cameo.plover not in DISPUTE_ACT_TYPES and not (
        trig.cameo.plover == "ASSAULT" and any(c.lower_ in REFLEXIVES for c in tok.children)
    ):
        return None
    heads = [tok, *(p for p in trig.parts if p.head.i == tok.i and p.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ != "pobj":
                continue
            if lemma == "action" and not any(c.lower_ == "industrial" for c in noun.children):
                continue
            if lemma in DISPUTE_NOUNS:
                code = "140" if lemma == "protest" else "143"
                return code, f"{prep.text} {noun.text}"
    if trig.cameo.plover == "REJECT" and tok.lemma_.lower() in REFUSAL_VERBS:
        # "dockers refused to load ships", "miners refused to go underground": people in the
        # street refusing to do their work stop it, a strike
        for verb in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            lemma = verb.lemma_.lower()
            underground = lemma == "go" and any(c.lower_ == "underground" for c in verb.children)
            if lemma in WORK_REFUSAL_VERBS or underground:
                return "143", f"to {verb.text}"
            if (aim := _pressed_demand(tok, verb)) is not None:
                # "farmers refused to sell their crop to the mills, demanding a better price":
                # a refusal to trade or work made to press a demand is a strike or boycott
                return "143", f"to {verb.text}, {aim.text}"
    return None


def _pressed_demand(refusal: Token, act: Token) -> Token | None:
    """The demand a crowd's refusal is made to press: a participle after a comma or a
    "to"-clause of demanding or denouncing (vocabulary act_aims) on the refusal or on the act
    refused ("refused to sell their crop, *demanding* a better price"); else None."""
    for c in (*refusal.children, *act.children):
        if c.dep_ == "advcl" and c.lemma_.lower() in ACT_AIMS and c.i >= act.i and aim_clause(c):
            return c
    return None


def crowd_strike(cand: Candidate) -> str | None:
    """The code of a "launched a strike" (CAMEO 195, read as an air or missile strike) whose
    doers are people in the street: a strike (143), or a hunger strike (142)."""
    trig = cand.trigger
    if trig.cameo.code != "195" or trig.token.pos_ != "VERB" or not crowd(cand):
        return None
    noun = next((p for p in trig.parts if p.lemma_.lower() == "strike"), None)
    if noun is None:
        return None
    return "142" if any(c.lower_ == "hunger" for c in noun.children) else "143"


def crowd_strike_threat(cand: Candidate) -> bool:
    """Whether a threat of force (CAMEO 138) read from the word "strike" is made by people in
    the street (workers, teachers, a union: ``crowd``): they threaten to stop work, which the
    CAMEO codebook codes as a threat of political dissent (133: threaten to protest, strike
    or boycott), not a threat of military force."""
    trig = cand.trigger
    if trig.cameo.code != "138" or not crowd(cand):
        return False
    return any(p.lemma_.lower() == "strike" for p in trig.parts)


FORCE_AIMS = words("force_aims")
SEND_VERBS = words("deploy_verbs")
DEPLOY = "154"


def force_aim(trig: Trigger) -> str | None:
    """ "sent warships and jets *to encircle* the island": forces sent with an aim of force are
    a deployment (CAMEO 154), not military aid (072). Returns the aim's verb."""
    tok = trig.token
    if trig.cameo.plover != "AID" or trig.rule.lemma not in SEND_VERBS:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return _infinitive_of([*tok.children, *(g for o in objects for g in o.children)], FORCE_AIMS)


def _infinitive_of(tokens: list[Token], lemmas: frozenset[str]) -> str | None:
    """The first of ``tokens`` that is a to-infinitive clause ("*to encircle* the island", "*to
    leave* the country") of one of ``lemmas``: its verb."""
    for c in tokens:
        if (
            c.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and c.lemma_.lower() in lemmas
            and any(a.tag_ == "TO" for a in c.children)
        ):
            return c.text
    return None


LEAVE_VERBS = words("leave_verbs")
ULTIMATUM = "139"
EXPEL = "166"


def leave_deadline(trig: Trigger) -> str | None:
    """ "gave the envoy 72 hours *to leave* the country": a deadline to leave is the expulsion
    order itself (CAMEO 166), not an ultimatum (139) beside it. Returns the act's verb."""
    tok = trig.token
    if trig.cameo.code != ULTIMATUM or tok.pos_ != "VERB":
        return None
    # the act hangs on the verb ("gave X 48 hours *to leave*") or on the time it is given
    acts = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")]
    acts += [g for c in tok.children for g in c.children if c.dep_ in ("dobj", "npadvmod")]
    return _infinitive_of(acts, LEAVE_VERBS)


def aid_purpose(trig: Trigger) -> str | None:
    """ "sent a warship *to help* the search", "deployed troops *to assist* flood victims":
    forces sent to help are aid (CAMEO 073), not a show of force. Returns the aim's verb."""
    if trig.cameo.plover != "MOBILIZE":
        return None
    tok = trig.token
    for c in tok.children:
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in AID_AIMS
            and any(a.tag_ == "TO" for a in c.children)
        ):
            return c.text
    return None


CLASH_WORDS = words("clash_words")
ARMED_WORDS = words("armed_group_words")  # "rebels", "fighters": not a crowd in the street
PLACE_RULES = frozenset({"recipient.place", "recipient.domestic_target"})
CLASH_RIOT, CLASH_REPRESSION, CLASH_BATTLE = "145", "175", "190"


def armed_side(side: Actor, forces: list[Actor]) -> bool:
    """Whether ``side``, a private side of a clash, is an armed group rather than a crowd: its
    words name fighters ("armed opposition fighters", "rebels": vocabulary armed_group_words,
    and "armed"), or an army meets a group named by its proper name or acronym ("soldiers
    battled the PLM"; "members of the PLM" and police are still a crowd)."""
    said = [w.strip(".,'\"").lower() for w in side.text.split()]
    if "armed" in said or any(w in ARMED_WORDS or w.rstrip("s") in ARMED_WORDS for w in said):
        return True
    if not any(f.sector == "MIL" for f in forces) or any(
        f.sector in POLICE_SECTORS for f in forces
    ):
        return False
    last = side.text.split()[-1].strip(".,'\"") if side.text.split() else ""
    named = len(last) > 1 and last.isupper()  # "the PLM"
    titled = len(said) > 1 and all(w[:1].isupper() for w in side.text.split()[-2:])
    return named or titled  # "the opposition Popular Liberation Movement"


def crowd_clash(cand: Candidate) -> Candidate | None:
    """ "Protesters clashed with police", "police clash with supporters of X", "clashes between
    police and protesters": a clash between people in the street and a state's police or
    soldiers is two events, as PETRARCH-2 codes it (PROTEST * WITH [145:175]): the crowd
    protests violently against the forces (CAMEO 145) and the forces use violent repression on
    the crowd (CAMEO 175), whichever side the sentence names first (rule recode.crowd_clash).
    Recodes ``cand`` as the crowd's riot and returns the forces' repression."""
    trig = cand.trigger
    if trig.rule.lemma not in CLASH_WORDS or cand.unattributed or cand.embedded:
        return None
    if cand.plover not in ("ASSAULT", "PROTEST"):
        return None
    sides = [*cand.actors, *cand.recipients]
    if len(cand.actors) > 1 and cand.recipient_rule_id in PLACE_RULES:
        sides = list(cand.actors)  # "police and protesters clashed *in X*": where, not whom
    people = [a for a in sides if a.sector in PRIVATE_DOER_SECTORS]
    forces = [a for a in sides if a.sector in STATE_FORCE_SECTORS]
    if not people or not forces or len(people) + len(forces) != len(sides):
        return None
    if {a.country for a in people} != {a.country for a in forces}:
        return None  # "Palestinian youths clashed with Israeli troops": a fight across a border
    tok = trig.token
    crowd_text = ", ".join(a.text for a in people)
    force_text = ", ".join(a.text for a in forces)
    # "clashes between soldiers and the PLM": a battle, not a street clash (recode.armed_clash)
    armed = any(armed_side(a, forces) for a in people)
    rid = "recode.armed_clash" if armed else "recode.crowd_clash"

    def side(actors: list[Actor], recipients: list[Actor], code: str, what: str) -> Candidate:
        why = Because.of(rid, word=trig.words(), crowd=crowd_text,
                         forces=force_text, what=what)  # fmt: skip
        doer = Arg([tok], rule("actor.clash_side"), {"word": trig.words()})
        out = Candidate(trig, actors, [], doer, recode=(code, why), notes=list(cand.notes))
        out.set_recipients(recipients, Because.of("recipient.clash_side", word=trig.words()))
        return out

    if armed:  # each side's attack on the other
        battle = side(people, forces, CLASH_BATTLE, "the armed group's attack on the forces")
        cand.actors, cand.actor_arg, cand.actor_notes = battle.actors, battle.actor_arg, []
        cand.set_recipients(battle.recipients, battle.recipient_rule)
        cand.recode, cand.joint, cand.assumed_recipient = battle.recode, False, False
        return side(forces, people, CLASH_BATTLE, "the forces' attack on the armed group")
    repression = side(forces, people, CLASH_REPRESSION, "the forces' violent repression")
    if cand.actors == people and cand.recipients == forces:  # "protesters clashed with police"
        why = Because.of("recode.crowd_clash", word=trig.words(), crowd=crowd_text,
                         forces=force_text, what="the crowd's violent protest")  # fmt: skip
        cand.recode = (CLASH_RIOT, why)
    else:  # "police clashed with protesters", "police and protesters clashed"
        riot = side(people, forces, CLASH_RIOT, "the crowd's violent protest")
        cand.actors, cand.actor_arg, cand.actor_notes = riot.actors, riot.actor_arg, []
        cand.set_recipients(riot.recipients, riot.recipient_rule)
        cand.recode, cand.joint, cand.assumed_recipient = riot.recode, False, False
    return repression


def _names_people(noun: Token) -> bool:
    """Whether a noun names people: a person's role or a group of people in
    the actor lexicon ("a *priest*", "three aid *workers*": roles.tsv kinds role and group, the
    people of a country), an everyday person (people.tsv), or a count of them ("*dozens* of
    villagers"); not a body, a place or a thing the actor finder also knows ("the state
    *broadcaster*", "the *ministry*", "an oil *tanker*": an organisation's head noun is none)."""
    named = counted(noun) or noun
    if named.pos_ == "PROPN":  # a name: a town, a ship or a person, which the tagger confuses
        return False
    if named.lemma_.lower() in org_heads():
        return False
    kinds = {
        entry.kind
        for word in {norm(named.lower_), norm(named.lemma_)}
        for entry in lexicon().entries((word,))
    }
    if kinds & _BODY_KINDS:
        return bool(kinds & _PERSON_KINDS) and named.tag_ in ("NNS", "NNPS")
    if kinds & _PERSON_KINDS:
        return True
    people = everyday_people()
    return named.lower_ in people or named.lemma_.lower() in people


_BODY_KINDS = frozenset({BODY, SEAT, CAPITAL, COUNTRY_NAME, INTL})
_PERSON_KINDS = frozenset({ROLE, GROUP, PEOPLE})
SUSPECT_SECTOR = "CRM"  # criminals (CAMEO actor sector)


def _suspects(noun: Token) -> bool:
    """Whether the people seized are suspects or criminals ("seized two *suspected* thieves",
    "seized the *suspects*": an actor of sector CRM, the word "suspect" or the modifier
    "suspected"): taking hold of them is apprehending them, an arrest (CAMEO 173), whoever does
    it, not an abduction."""
    named = counted(noun) or noun
    if named.lemma_.lower() == "suspect" or any(
        c.dep_ == "amod" and c.lower_ == "suspected" for c in named.children
    ):
        return True
    return any(
        sp.root.i == named.i and sp.label_.endswith(SUSPECT_SECTOR)
        for sp in noun.doc.spans.get("communique_actors", ())
    )


def seized_kind(cand: Candidate) -> tuple[str, Because] | None:
    """What a verb of seizing (vocabulary seizing_verbs) took, by its object, not by any word a
    pattern found near it: people seized ("gunmen *seized* a vicar", "three engineers *were
    grabbed*", "seized the mayor of a town") are abducted (CAMEO 181; PLOVER ASSAULT,
    abduction) or, by police or security officers, arrested (173), whatever place or thing a
    pattern found among the object's modifiers; a thing seized whose owners a pattern word named ("seized *the
    trucks* of aid workers") is property (171). Rules recode.people_seized and
    recode.things_seized; None where the lexicon's code already fits."""
    trig, tok = cand.trigger, cand.trigger.token
    if trig.rule.lemma not in SEIZING_VERBS or tok.pos_ != "VERB":
        return None
    code = trig.cameo.code
    if code not in (SEIZE_PROPERTY, SEIZE_PLACE, ABDUCT):
        return None
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in tok.children) else ("dobj",)
    obj = next((c for c in tok.children if c.dep_ in deps), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if code in (SEIZE_PROPERTY, SEIZE_PLACE) and _names_people(obj):
        new = ARREST if police(cand) or _suspects(obj) else ABDUCT
        return new, Because.of("recode.people_seized", word=tok.text, who=obj.text)
    parts = {p.i for p in trig.parts}
    named = counted(obj) or obj
    if code == ABDUCT and obj.pos_ == "NOUN" and not _names_people(obj) and obj.i not in parts:
        owners = [p for p in trig.parts if p.i != tok.i and p.i != named.i]
        if owners and all(_owner_or_modifier(o, obj) for o in owners):
            # "seized the trucks *of aid workers*": the people own the thing taken
            return SEIZE_PROPERTY, Because.of("recode.things_seized", word=tok.text, what=obj.text)
    return None


def _owner_or_modifier(word: Token, thing: Token) -> bool:
    """Whether ``word`` names the owners of ``thing`` ("the lorries *of three relief workers*",
    "the *workers'* lorries") or only describes it ("the *national* radio station"), not people
    carried in it ("a bus full of pilgrims", "a boat carrying migrants": a hijacking)."""
    head = counted(word) or word
    for w in {word, head}:
        if w.head.i == thing.i and w.dep_ in ("poss", "amod", "compound"):
            return True
        if w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.i == thing.i:
            return True
    return False
