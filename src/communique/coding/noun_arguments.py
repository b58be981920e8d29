"""Who did it and to whom, for a noun trigger ("the visit", "sanctions", "an attack").

Actor: the possessor, "by X" / "from X", "between A and B", the subject of the verb that
governs the noun ("*paid* a visit", "*attended* the summit"), an actor-like modifier ("the
*U.S.* blockade"). Recipient: the object of to/against/on/with/toward/of/for/into/over after
the noun, and the receiver of a noun event ("X *faced* sanctions", "grateful *for* the aid").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.noun_stance import only_a_setting, stands_apart
from communique.coding.parse_patterns import find, first
from communique.coding.syntax import (
    MEASURE_CODES,
    RELATIVE_TAGS,
    Arg,
    arg,
    child,
    effect_words,
    governing_verb,
    prep_objects,
    with_conjuncts,
)
from communique.coding.verb_arguments import (
    RECIPIENT_PREPS,
    SERVED_CRIMES,
    TARGET_PREPS,
    verb_actor,
)
from communique.vocabulary import words


def is_place_name(tok: Token) -> bool:
    """A city or capital (not a country's name or adjective): "the *Madrid* talks", "the *Geneva*
    conference" name where an event was held."""
    from communique.actors import lexicon as lx
    from communique.actors.finder import country_of_place

    if tok.pos_ != "PROPN":
        return False
    keys, texts = lx.doc_keys([tok])
    hit = lx.lexicon().match_at(keys, texts, 0)
    if hit is not None:
        return hit[1].kind == lx.CAPITAL
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and bool(country_of_place(tok.text))


NOUN_RECIPIENT_PREPS = tuple(words("noun_recipient_preps"))
# verbs that put something in a state named by a noun event ("put exports *on hold*", "placed
# the firms *under sanctions*"): their subject does that event
PLACING_VERBS = ("put", "place", "keep", "add")  # "added X to its sanctions list" too
SAY_VERBS = words("say_verbs")
DOING_VERBS = words("doing_verbs")  # "the ban *that X introduced*": rule actor.relative_doer
COMMENTATORS = words("commentator_nouns")
PASSIVE_DOING_VERBS = words("passive_doing_verbs")  # "the closure was *ordered by* X"
CONSULT_ROOT = "04"  # CAMEO 04x consult: talks, meetings, negotiations (rule actor.talks_reporter)
MEDIATOR_WORDS = words("mediator_words")
NOUN_ACTOR_PREPS = tuple(words("noun_actor_preps"))
FORCE_NOUN_PREPS = tuple(words("force_noun_preps"))
SCENE_PREPS = words("scene_preps")
PROTEST_ROOT = "14"  # CAMEO 14x: protest
NAMED_TEXTS = words("named_texts")  # "the signing of a *pact* between A and B"
HELD_AT_PREPS = words("held_at_preps")  # "detained dozens *during* a sit-in by students"
GATHERING_ARREST_VERBS = words("gathering_arrest_verbs")  # "*arrested* 30 people at a rally"
# "*after* talks with X, Y said ...": the clause follows a meeting its subject took part in
SEQUEL_PREPS = words("sequel_preps")
MEETING_ROOT = "04"  # CAMEO 04 consult: meetings, visits, talks, calls have the clause's subject
MEASURE_NOUNS = words("measure_nouns")  # "after *hours of* talks"
BUNDLE_NOUNS = words("bundle_nouns")  # "a *package of* sanctions"
BUNDLE_VERBS = words("bundle_verbs")  # "*adopted* a package of sanctions"
DATE_ENTITIES = ("DATE", "TIME")  # "*Monday's* meeting": when, not who
RECEIVING_VERBS = words("receiving_verbs")
PROVOKING_VERBS = words("provoking_verbs")
REACTION_ROOTS = ("11", "12", "13", "14", "16", "17")  # what a provoking verb's subject receives
GRATITUDE = words("gratitude_words")
ANSWERING_VERBS = words("answering_verbs")
JUDGING_VERBS = words("judging_verbs")
VOICING_VERBS = words("voicing_verbs")  # "voiced alarm at strikes": not a scene
VOICED_CAUSE_PREPS = words("voiced_cause_preps")
PROPOSAL_NOUNS = words("proposal_nouns") - words("claim_nouns")
PARTICIPATION_VERBS = words("participation_verbs")
RESPONSE_VERBS = words("response_verbs")  # rule actor.response_with
DENIAL_VERBS = words("denial_verbs")  # "denied a part *in* the attacks": no part in them
SHARE_NOUNS = words("share_nouns")  # "denied any *role* in ..."
OBSERVING_VERBS = words("observing_verbs")  # "condemned the attack": not its doer
UNDERGOING_NOUNS = words("undergoing_nouns")  # "*Banda's* release": the one released
ABETTING_VERBS = words("abetting_verbs")  # "funded the protests": not their doer either
UNDERMINING_VERBS = words("undermining_verbs")  # "torpedoed the talks": not their party
NAMING_VERBS = words("naming_verbs")  # "called the attack cowardly": not its doer
# "the war *dominated* the summit": a subject that is a situation, not a doer
SITUATION_NOUNS = words("situation_nouns")
KIND_MODIFIERS = words("kind_modifiers")
# "the *embassy* bombing", "a *school* shooting": the building or place attacked, not the doer
TARGET_SITES = words("target_sites")
ATTACK_ROOTS = frozenset({"17", "18", "19", "20"})
SECURITY_FORCES = words("security_force_words")
# CAMEO roots whose noun's "of X" is the doer ("the visit of the president", "protests of X")
INTRANSITIVE_ROOTS = ("04", "14", "15")
# CAMEO roots whose noun's "of X" is what is given ("the export *of jets* to X", "the delivery
# *of aid* to X"), never the one it goes to
GOODS_ROOTS = ("07",)
MEDIATION_CODES = ("045", "0311", "0312")
# CAMEO roots of verbal and material conflict (quad classes 3 and 4)
CONFLICT_ROOTS = frozenset(f"{n:02d}" for n in range(10, 21))
WITHDRAWAL_ROOT = "08"
# CAMEO 0841 (release persons): "the release *of two Dutch nationals*" names who was set free,
# the one the release is for, never who freed them (unlike "the withdrawal *of Russian troops*")
RELEASE_CODE = "0841"
AID_ROOT = "07"  # CAMEO 07 Provide aid
AID_CARRIERS = words("aid_carriers")  # "a Qatari aid *flight*": rule actor.carrier_modifier
BARRIER_ROOTS = ("16", "17")  # embargoes, bans, blockades: on goods going somewhere
GOODS_END_PREPS = ("to", "into", "from", "for")
DOER_TARGET_PREPS = ("on", "upon", "against")
RESCUE_VERBS = words("rescue_verbs")
TRAVEL_HISTORY_VERBS = words("travel_history_verbs")
SCHEME_JOINING_VERBS = words("scheme_joining_verbs")
# "two reporters *spent* three nights in custody": the subject is the one held
CONFINEMENT_VERBS = words("confinement_verbs")


CARRYING_VERBS = ("carry", "bring", "transport", "ferry", "deliver")


def aid_carrier(noun: Token) -> Token | None:
    """The vehicle or shipment (vocabulary aid_carriers) that carries the aid noun: "an aid
    *flight*", "a *plane* carrying (40 tonnes of) aid"; else None."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        carrier = noun.head
    else:
        carried = noun
        if carried.dep_ == "pobj" and carried.head.lower_ == "of":
            carried = carried.head.head  # "40 tonnes *of* aid"
        verb = carried.head
        if (
            carried.dep_ != "dobj"
            or verb.dep_ != "acl"
            or verb.lemma_.lower() not in CARRYING_VERBS
        ):
            return None
        carrier = verb.head
    return carrier if carrier.lemma_.lower() in AID_CARRIERS else None


def received(noun: Token, code: str) -> bool:
    """Whether the verb governing *noun* gives its subject the noun's event: "X *faced*
    sanctions", "X's move *sparked* criticism" (a reaction only: "sparked clashes" names a party)."""
    verb = noun.head.lemma_.lower()
    return noun.dep_ == "dobj" and (
        verb in RECEIVING_VERBS or (verb in PROVOKING_VERBS and code[:2] in REACTION_ROOTS)
    )


def confined(noun: Token) -> Token | None:
    """The one held when a detention noun is where a verb of being or spending puts its subject
    ("*two reporters* spent three nights in custody", "*three fishermen* have been in
    detention", "*a teacher* spent a year behind bars"): that subject, else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "behind") or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in CONFINEMENT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def came_to_aid(noun: Token) -> Token | None:
    """ "X *came to* Y's *aid*", "rushed to our help": the verb of coming whose "to" holds a
    noun of help; Y, its possessor, is helped, not the helper (vocabulary rescue_verbs)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in RESCUE_VERBS else None


def shared_subject_verb(participle: Token) -> Token:
    """The verb whose subject a comma participle ("..., *drawing* criticism") shares: the one it
    hangs on, or, when the parser hung it on a relative clause ("X vetoed a text that demanded
    Y, *drawing* ..."), the verb of the main clause that clause belongs to."""
    head = participle.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    if comma and head.dep_ in ("relcl", "acl") and head.head.dep_ in ("dobj", "nsubjpass", "pobj"):
        gov = head.head.head if head.head.dep_ != "pobj" else governing_verb(head.head)
        if gov is not None and gov.pos_ in ("VERB", "AUX"):
            return gov
    return participle


def bundle_phrase(noun: Token) -> Token:
    """ "a new *package of* sanctions", "a fresh *round of* tariffs": the noun that names a batch
    of the measures the noun event is made of (vocabulary bundle_nouns), whose place in the
    clause is the event's when a verb that puts measures in force governs it (bundle_verbs:
    "the EU *adopted a package of* sanctions": the EU imposes them; not "is preparing a
    package"); else the noun itself."""
    bundle = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.dep_ == "prep"
        and bundle.pos_ == "NOUN"
        and bundle.lemma_.lower() in BUNDLE_NOUNS
        and bundle.head.lemma_.lower() in BUNDLE_VERBS
    ):
        return bundle
    return noun


def witnessed_signing(verb: Token, noun: Token) -> bool:
    """ "The two presidents *witnessed the signing* of 14 agreements": leaders who witness a
    signing are its parties (their officials sign), not onlookers; guests *attend* one."""
    return noun.lemma_.lower() == "signing" and verb.lemma_.lower() == "witness"


RAISING_VERBS = words("raising_verbs")
RAISING_PHRASAL_VERBS = words("raising_phrasal_verbs")
RAISING_PREPS = words("raising_preps")


def raises(verb: Token) -> bool:
    """ "*raised* the detention *with* the interior ministry", "would *bring up* the attack *at*
    the council": a verb of bringing a matter up for discussion, with the one it is raised
    with or the forum (vocabulary raising_verbs, raising_phrasal_verbs with 'up',
    raising_preps); not "raised tariffs on X" (rule actor.raised_not_doer)."""
    lemma = verb.lemma_.lower()
    if lemma in RAISING_PHRASAL_VERBS:
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return False
    elif lemma not in RAISING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # the parser may hang "with Y"
    # on the object raised ("raised *the detention with* Y") or on the last noun of its "of"
    # phrase ("raised the detention of *the activists with* Y"; branch forbid37)
    objects += [
        p
        for o in objects
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        c.dep_ == "prep" and c.lower_ in RAISING_PREPS for h in (verb, *objects) for c in h.children
    )


def observes(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` speaks of, judges, remembers or withstands the noun event it governs
    rather than doing it: "*condemned* the attack", "*survived* the attack", "*torpedoed* the
    talks", "*weaponised* food aid", and a naming verb
    with a judgement after its object ("*called* the attack cowardly", not "called a strike");
    not a verb with a particle ("called off the talks"). A verb that brings the event up with
    someone or at a forum ("*raised* the detention *with* the ministry", "will *take up* the
    attack *at* the council") speaks of it too (rule actor.raised_not_doer)."""
    if raises(verb):
        return True
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in OBSERVING_VERBS or lemma in ABETTING_VERBS or lemma in UNDERMINING_VERBS:
        return True
    if lemma in NAMING_VERBS and any(
        c.dep_ in ("dobj", "oprd") and c.i < noun.i for c in verb.children
    ):
        return True  # "which she *called* an attack": the name given to it, not an act done
    return lemma in NAMING_VERBS and any(
        c.i > noun.i
        and (
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "dobj")
            or (c.dep_ == "advmod" and c.lower_.endswith("ly"))  # "cowardly" read as an adverb
        )
        for c in verb.children
    )


def between(noun: Token) -> Arg:
    """The parties of a joint noun event ("talks *between A and B*"); not the sides a mediator
    stands between ("to *mediate* between A and B", "*mediation* between A and B": rule
    recipient.mediated_parties)."""
    if noun.lemma_.lower() in MEDIATOR_WORDS:
        return Arg()
    objs = prep_objects(noun, ("between", "among", "amongst"))
    if not objs and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        # "fighting *broke out between* A and B": the parser hangs "between" on the verb
        objs = prep_objects(noun.head, ("between", "among", "amongst"))
        # "47 fighters were killed, *among them* two commanders": a part of the group named,
        # no sides of a joint event
        objs = [(p, o) for p, o in objs if o.pos_ != "PRON"]
    if not objs:  # "the signing *of a pact between A and B*": the parties of the text made
        objs = [
            q
            for _p, o in prep_objects(noun, ("of",))
            if o.lemma_.lower() in NAMED_TEXTS
            for q in prep_objects(o, ("between", "among", "amongst"))
        ]
    heads = [h for _p, o in objs for h in with_conjuncts(o)]
    return arg(heads, "actor.between") if heads else Arg()


def _names_owner(noun: Token) -> bool:
    """ "*Russian* troops", "*its* diplomats", "*NATO* forces": the noun phrase says whose."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "poss", "compound", "nmod")
        and (c.pos_ == "PROPN" or c.tag_ in ("JJ", "PRP$"))
        for c in noun.children
    )


# verbs of arresting and punishing: whom they name did what they are arrested for ("blamed X
# for the strike" is left to the judging verbs)
PUNISHING_VERBS = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict",
     "punish", "prosecute", "fine", "execute", "hang"}
)  # fmt: skip


def punished_for(noun: Token) -> Arg:
    """ "Police arrested 200 activists *for attacks* on trains", "X was jailed *for* the
    bombing": the act someone is arrested, charged or punished for is theirs, whoever did
    the arresting (rule actor.punished_for)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "over") or prep.dep_ != "prep":
        return Arg()
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUNISHING_VERBS:
        return Arg()
    who = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if who is None or who.pos_ not in ("NOUN", "PROPN"):
        return Arg()
    return arg(with_conjuncts(who), "actor.punished_for", verb=verb.text)


def _possessor_undergoes(noun: Token) -> bool:
    """ "called for *Banda's release*", "protested *his arrest*": with no "of" phrase, the
    possessor of a noun of what is done to people is the one it is done to, not the doer
    ("Kenya's release *of* the prisoners" keeps Kenya as the doer)."""
    return noun.lemma_.lower() in UNDERGOING_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _placed_be(be: Token) -> bool:
    """ "X was *in Washington* for talks": a 'be' that places its subject somewhere, so that a
    'for' phrase on it names what the subject is there for (not "X is for talks": in favour)."""
    # "X is *due in Y* (next week) for talks", "is due *back in* Y": the place may hang on the
    # adjective of presence the 'be' takes (branch dates6; the plan itself: modality.tsv presence)
    heads = [be]
    for c in be.children:
        if c.dep_ == "acomp":
            heads += [c, *(a for a in c.children if a.dep_ == "advmod")]
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.dep_ == "pobj" for o in c.children)
        for h in heads
        for c in h.children
    )


def misplaced_agent(noun: Token) -> list[Token]:
    """ "condemned *the killing* of three guards *by gunmen*": the parser often hangs a noun
    object's "by" doer on the active verb above it. An active verb (no passive auxiliary, not a
    bare participle) takes no "by" agent, and a "by" with a name or a noun (not a gerund of
    means, "by *sending* troops", nor a date, "by Friday") after the noun object is the noun's.
    So for a gathering the verb's act was done in ("detained dozens *during a sit-in by
    students*", "arrested 40 *at a rally by* teachers": vocabulary held_at_preps)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in HELD_AT_PREPS and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return []
    if verb.pos_ != "VERB" or verb.tag_ == "VBN":
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [
        o
        for p, o in prep_objects(verb, ("by",))
        if o.i > noun.i
        and o.pos_ in ("NOUN", "PROPN")
        and o.tag_ != "VBG"
        and o.ent_type_ not in DATE_ENTITIES
    ]


def held_at_gathering(noun: Token) -> Token | None:
    """ "police arrested *30 people* at a rally", "detained *dozens* during a sit-in": the
    people a verb of arrest (vocabulary gathering_arrest_verbs) takes at or during a gathering
    with no doers of its own named are among its participants; the verb's object, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in HELD_AT_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING_ARREST_VERBS:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "30 people were arrested at a rally": the passive subject, not an object
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")),
        None,
    )


CALL_NOUNS = words("act_call_nouns")  # rule actor.call_maker


def noun_actor(noun: Token, root: str, code: str = "") -> list[Arg]:
    """Candidate doers of a noun trigger, best first ("his visit", "the U.S. blockade",
    "aid from X", "the blockade imposed by X", the subject of "paid a visit"; "talks
    between A and B": both, a joint event)."""
    out: list[Arg] = []
    if (came := came_to_aid(noun)) is not None and (helper := verb_actor(came)):
        out.append(helper.wrap("actor.came_to_aid", verb=came.text))
    poss = first(noun, "actor.possessor") if came is None else None
    if (
        poss is not None
        and poss.arg.ent_type_ not in DATE_ENTITIES
        and not _possessor_undergoes(noun)
    ):
        out.append(arg(with_conjuncts(poss.arg), poss.rule))
    punished = punished_for(noun)
    if punished:  # "arrested 200 activists *for arson attacks*": the activists' attacks
        out.append(punished)
    if code.startswith("173") and confined(noun) is not None:
        # "*two reporters* spent a night in custody": held; not "X and Y are *in talks*"
        return out
    # "the withdrawal *from* X" names the place left; "the withdrawal *of Russian* troops", who
    # left, when the words name whose they are
    actor_preps = NOUN_ACTOR_PREPS if root != WITHDRAWAL_ROOT else ("by", "of")
    out += [
        arg(with_conjuncts(o), "actor.noun_prep", prep=p, p=p)
        for p, o in prep_objects(noun, actor_preps)
        if root != WITHDRAWAL_ROOT or p != "of" or (_names_owner(o) and code != RELEASE_CODE)
    ]
    out += [  # "the arrest of X *by police*": the parser hangs the doer on the one acted on
        arg(with_conjuncts(o2), "actor.noun_prep", prep=f"of … {q}", p=f"of … {q}")
        for _p, o in prep_objects(noun, ("of",))
        for q, o2 in prep_objects(o, ("by",))
        if root != WITHDRAWAL_ROOT
    ]
    out += [
        arg(with_conjuncts(o), "actor.verb_by_agent", verb=noun.head.text)
        for o in misplaced_agent(noun)
    ]
    parties = between(noun)
    if parties and code not in MEDIATION_CODES:
        out.append(parties)
    if code.startswith(PROTEST_ROOT) and (held := held_at_gathering(noun)) is not None:
        # "police arrested 30 people *at a rally*": those held took part in it
        out.append(arg(with_conjuncts(held), "actor.held_at_gathering", verb=held.head.text))
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_ == "be":
        culprit = verb_actor(head.head)  # "*X* was behind the attack": X did it
        if culprit:
            out.append(culprit.wrap("actor.behind", verb=head.head.text))
    if noun.dep_ == "dobj" and head.lemma_.lower() in PARTICIPATION_VERBS:
        inner = verb_actor(head)  # "X will *attend* a summit of Y": X takes part
        if inner:
            out.append(inner.wrap("actor.participant", head=head.text))
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in RESPONSE_VERBS:
        answerer = verb_actor(head.head)  # "X *responded with* snap drills": X held them
        if answerer:
            out.append(answerer.wrap("actor.response_with", verb=head.head.text))
    if (
        noun.dep_ == "pobj"
        and (head.lower_ in ("on", "in") or head.lower_ == "for" and _placed_be(head.head))
        and head.head.lemma_ == "be"
        and (subj := next((c for c in head.head.children if c.dep_ == "nsubj"), None))
    ):  # "X is *on a visit* to Y", "X and Y are *in talks*", "X was in Y *for talks*": the one
        # the clause is about
        out.append(arg(with_conjuncts(subj), "actor.copula_prep", p=head.text))
    if root in INTRANSITIVE_ROOTS:
        out += [arg(with_conjuncts(o), "actor.noun_of") for _p, o in prep_objects(noun, ("of",))]
    if (
        noun.dep_ == "compound"
        and noun.head.lemma_.lower() in CALL_NOUNS
        and noun.head.dep_ == "pobj"
    ):  # "closed *after* the unions' *strike* call", "*in answer to* a *boycott* call by
        # the unions": who made the call the act answered (not "X's strike call went unheeded")
        caller = noun.head
        poss = next((c for c in caller.children if c.dep_ == "poss"), None)
        whose = [poss] if poss is not None else [o for _p, o in prep_objects(caller, ("by",))]
        whose += [m.arg for m in find(caller, "actor.participle_agent")]
        out += [
            arg(with_conjuncts(w), "actor.call_maker", call=caller.text)
            for w in whose
            if w.ent_type_ not in DATE_ENTITIES
        ]
    out += [  # "the embargo imposed *by the United States*"
        arg(with_conjuncts(m.arg), m.rule, verb=m.nodes["participle"].text)
        for m in find(noun, "actor.participle_agent")
    ]
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i < noun.i
        and c.lower_ not in KIND_MODIFIERS  # "a *state* visit" is a kind of visit
        and not is_place_name(c)  # "the *Madrid* talks": where, not who
        and not (root in ATTACK_ROOTS and c.lemma_.lower() in TARGET_SITES)  # "embassy bombing"
    ]
    pairs = [p for m in mods for p in hyphen_partners(m)]  # "the *US-Chile* talks": both
    if pairs:
        out.append(arg([*pairs, *mods], "actor.hyphen_pair"))
    if mods:
        out.append(arg(mods, "actor.noun_modifier"))
    carrier = aid_carrier(noun) if root == AID_ROOT else None
    if carrier is not None:
        # "a *Qatari* aid flight", "a *Turkish* aid ship", "a *Russian* plane carrying aid": the
        # aid noun names what the vehicle carries; the state or body named on it sends it
        senders = [
            c
            for c in carrier.children
            if c.dep_ in ("amod", "compound", "nmod")
            and c.i < noun.i
            and c.ent_type_ in ("NORP", "GPE", "ORG")
        ]
        if senders:
            out.append(arg(senders, "actor.carrier_modifier", noun=carrier.text))
    head = noun.head
    if received(noun, code):
        out += [
            arg(with_conjuncts(o), "actor.receiving_verb_prep", prep=p, p=p, verb=head.text)
            for p, o in prep_objects(head, NOUN_ACTOR_PREPS)
        ]
        return out  # the subject of "faced" receives the event
    held = bundle_phrase(noun)  # "imposed *a new package of* sanctions": the verb's object
    governor = held.head
    if (
        (held.dep_ in ("dobj", "attr", "nsubjpass") or _misread_object(held))
        and governor.pos_ in ("VERB", "AUX")
        and (
            witnessed_signing(governor, noun)  # "the leaders *witnessed the signing* of": theirs
            or (
                not observes(governor, noun)
                and governor.lemma_.lower() not in JUDGING_VERBS  # "X protested *attacks*"
                and not stands_apart(
                    governor, noun, root
                )  # "endorsed the proposal", "demanded an embargo"
            )
        )
        and not any(  # "Israel's *war* dominated the summit": a situation takes no part
            c.dep_ == "nsubj" and c.lemma_.lower() in SITUATION_NOUNS for c in governor.children
        )
        and not doing_clause(noun)  # "challenged the ban *that Y introduced*": Y's, not X's
    ):
        inner = verb_actor(governor) if held.dep_ != "nsubjpass" else Arg()
        if inner:
            out.append(inner.wrap("actor.governing_verb_subject", head=governor.text))
        if held.dep_ == "nsubjpass" and governor.lemma_.lower() in PASSIVE_DOING_VERBS:
            # "the closure *was ordered by* X": the passive's agent, as "X ordered the closure"
            agents = [
                o
                for a in governor.children
                if a.dep_ == "agent"
                for o in a.children
                if o.dep_ == "pobj"
            ]
            if agents:
                out.append(
                    arg(
                        with_conjuncts(agents[0]),
                        "actor.governing_passive_agent",
                        verb=governor.text,
                    )
                )
    if noun.dep_ == "nsubj" and code.startswith(MEASURE_CODES) and effect_words(head):
        say = head.head  # "X said *the ban* would take effect on 1 June": X imposed it
        if head.dep_ == "ccomp" and say.lemma_.lower() in SAY_VERBS:
            inner = verb_actor(say)
            if inner:
                out.append(inner.wrap("actor.measure_announcer", verb=say.text))
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and code.startswith(CONSULT_ROOT)
        and prep_objects(noun, ("with",))
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SAY_VERBS
    ):  # "*Talks with X* resumed on Monday, Y officials said": Y's talks with X
        inner = verb_actor(head.head)  # not an analyst's or an expert's account
        if inner and not any(h.lemma_.lower() in COMMENTATORS for h in inner.heads):
            out.append(inner.wrap("actor.talks_reporter", noun=noun.text, verb=head.head.text))
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in PLACING_VERBS:
        inner = verb_actor(head.head)  # "X put exports *on hold*": X holds them
        if inner:
            out.append(inner.wrap("actor.governing_verb_subject", head=head.head.text))
    scene = scene_verb(noun, root)
    if scene is not None:  # "youths threw stones *during demonstrations*": the clause's subject
        inner = verb_actor(scene)
        # "police detained 100 people *during a rally*": police do not hold the rally
        policing = root == "14" and any(h.lemma_.lower() in SECURITY_FORCES for h in inner.heads)
        if inner and not policing:
            out.append(inner.wrap("actor.scene_subject", head=scene.text))
    return out


def scene_verb(noun: Token, root: str) -> Token | None:
    """The verb of the clause a noun event is the scene of, whose subject takes part in it:
    "threw stones *during demonstrations*", "*in a call with* X, Y said", "*after (hours of)
    talks* with X, Y agreed", "at a news conference *after talks* with X, Y said" (after or
    following only a meeting, visit, talks or call: the one who speaks after an attack did
    not make it); none when the noun has a doer of its own ("during *Y's* visit")."""
    if any(c.dep_ == "poss" and c.ent_type_ not in DATE_ENTITIES for c in noun.children):
        return None
    phrase = noun
    measure = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and measure.dep_ == "pobj"
        and measure.lemma_.lower() in MEASURE_NOUNS
    ):  # "after *hours of* talks"
        phrase = measure
    prep, verb = phrase.head, phrase.head.head
    frame = None
    if verb.dep_ == "pobj" and verb.head.lower_ in SCENE_PREPS and verb.head.dep_ == "prep":
        frame, verb = verb, verb.head.head  # "*at a news conference after* talks with X": nested
    if phrase.dep_ != "pobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in JUDGING_VERBS:
        return None  # "X investigated Y's role *in* it": no part in it
    if only_a_setting(noun, prep, frame, root) or _denied_part(verb):
        return None  # "in response to an attack", "during the truce", "denied a part in it"
    if stands_apart(verb, noun, root):
        return None  # "appealed for aid", "favoured the plan in talks"
    if frame is None and verb.lemma_.lower() in VOICING_VERBS and prep.lower_ in VOICED_CAUSE_PREPS:
        # "voiced alarm *at* air strikes", "expressed sympathy *for* the victims of the raid":
        # the noun event is what the voiced feeling is about, not a scene the speaker acts in
        # (a rights office that deplores strikes did not fly them); "*during* talks" still is
        return None
    if prep.lower_ in SCENE_PREPS or (
        prep.lower_ in SEQUEL_PREPS and root == MEETING_ROOT and prep.dep_ in ("prep", "advcl")
    ):
        return verb
    return None


def _denied_part(verb: Token) -> bool:
    """ "*denied any role* in the attacks": a denial verb whose object is a part, role or link
    (vocabulary share_nouns) has no part in the noun event after it; "*during talks* with X, Y
    rejected the proposal" still took part in the talks."""
    return verb.lemma_.lower() in DENIAL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS for c in verb.children
    )


def _goods_ends(noun: Token) -> list[Arg]:
    """ "a blockade on fuel *entering X*", "an embargo on arms *to X*", "a ban on imports *from
    X*": a barrier's target is where the goods it stops go to or come from."""
    out: list[Arg] = []
    for p, goods in prep_objects(noun, ("on", "of", "against")):
        ends = prep_objects(goods, GOODS_END_PREPS)
        # "a ban on exports *of onions to X*": the parser hangs the end on what is exported
        ends += [
            e
            for _o, kind in prep_objects(goods, ("of",))
            for e in prep_objects(kind, GOODS_END_PREPS)
        ]
        for q, end in ends:
            out.append(arg(with_conjuncts(end), "recipient.goods_end", p=p, goods=goods.text, q=q))
        for verb in goods.children:  # "fuel *entering* X", "goods *bound for* X"
            if verb.dep_ != "acl":
                continue
            ends = [o for o in verb.children if o.dep_ == "dobj"]
            ends += [o for _q, o in prep_objects(verb, GOODS_END_PREPS)]
            if ends:
                out.append(arg(ends, "recipient.goods_end", p=p, goods=goods.text, q=verb.text))
    return out


def goods_kept_from(verb: Token) -> list[Arg]:
    """ "blocked aid *from entering X*", "barred fuel from reaching X", "blocked EU aid *to X*":
    a verb of stopping goods targets the place they are kept from reaching."""
    goods = [o for o in verb.children if o.dep_ == "dobj"]
    out: list[Arg] = []
    froms = [
        c for t in [verb, *goods] for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
    ]
    for going in [c for p in froms for c in p.children if c.dep_ in ("pcomp", "pobj")]:
        if going.tag_ != "VBG" or not goods:
            continue
        ends = [o for o in going.children if o.dep_ == "dobj"]
        ends += [o for _q, o in prep_objects(going, GOODS_END_PREPS)]
        if ends:
            heads = [h for e in ends for h in with_conjuncts(e)]
            out.append(arg(heads, "recipient.goods_kept_from", goods=goods[0].text, q=going.text))
    for g in goods:  # "blocked EU aid *to X*": where the goods were to go
        ends = prep_objects(g, GOODS_END_PREPS) + prep_objects(verb, ("to", "into"))
        for q, end in ends:
            out.append(arg(with_conjuncts(end), "recipient.goods_kept_from", goods=g.text, q=q))
    for going in verb.children:  # "stopped *pumping* gas *to X*": where the supplies went
        if going.dep_ != "xcomp" or going.tag_ != "VBG":
            continue
        for q, end in prep_objects(going, ("to", "into")):
            out.append(
                arg(with_conjuncts(end), "recipient.supplies_stopped_to", verb=going.text, q=q)
            )
        out += stopped_goods_party(going)
    return out


def declared_unwelcome(verb: Token) -> list[Arg]:
    """ "declared two Xian diplomats *persona non grata*" parsed as a clause ('diplomats' the
    subject of 'persona'): the people declared unwelcome are the ones the expulsion is laid on
    (rule recipient.declared_unwelcome; Vienna Convention on Diplomatic Relations art. 9)."""
    out: list[Arg] = []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp", "oprd") or clause.lower_ not in (
            "persona",
            "grata",
        ):
            continue
        for subj in clause.children:
            if subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN"):
                out.append(
                    arg(with_conjuncts(subj), "recipient.declared_unwelcome", noun=subj.text)
                )
    return out


def stopped_goods_party(going: Token) -> list[Arg]:
    """ "stopped *clearing* lorries *from X*", "stopped clearing *X's* / *Xian* trucks",
    "stopped *issuing* visas *to Xian* traders": the party whose goods, vehicles or permits a
    stopped gerund names (its object's origin 'from', its owner or nationality, or whom the
    permits were for, by the name before that noun) is the one the measure is laid on (rule
    recipient.stopped_goods_party; PLOVER SANCTION: the target of an embargo or a suspension of
    trade)."""
    out: list[Arg] = []
    objs = [o for o in going.children if o.dep_ == "dobj"]
    ends = [
        *prep_objects(going, ("from", "to", "into")),
        *(p for o in objs for p in prep_objects(o, ("from", "to", "for"))),
    ]
    for q, end in ends:
        if end.tag_ == "VBG":
            continue  # "from entering X": goods_kept_from's
        owners = _owner_words(end)
        heads = owners or with_conjuncts(end)
        out.append(arg(heads, "recipient.stopped_goods_party", verb=going.text, q=q))
    for o in objs:
        if owners := _owner_words(o):
            out.append(arg(owners, "recipient.stopped_goods_party", verb=going.text, q=o.text))
    return out


def _owner_words(noun: Token) -> list[Token]:
    """The capitalised words before ``noun`` that may name whose it is ("*Xian* trucks", "*X's*
    lorries"); the resolver keeps only those that name a state."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss")
        and c.i < noun.i
        and (c.pos_ == "PROPN" or c.is_title)
        and c.i != noun.sent.start
    ]


def travel_origin(verb: Token) -> list[Arg]:
    """ "barred entry to foreign nationals *who have been in X*", "banned travellers *arriving
    from X*": a restriction on people by where they have been targets that place (vocabulary
    travel_history_verbs)."""
    people = [o for o in verb.children if o.dep_ in ("dobj", "dative")]
    people += [o for t in [verb, *people] for _p, o in prep_objects(t, ("to", "for", "on"))]
    out: list[Arg] = []
    for person in people:
        for clause in person.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in (
                TRAVEL_HISTORY_VERBS
            ):
                continue
            places = [o for o in clause.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
            places += [o for _q, o in prep_objects(clause, ("in", "from", "to", "through"))]
            places = [o for o in places if o.pos_ == "PROPN"]
            if places:
                heads = [h for o in places for h in with_conjuncts(o)]
                out.append(arg(heads, "recipient.travel_origin", verb=clause.text))
    return out


def scheme_owner(verb: Token) -> list[Arg]:
    """ "would not take part *in the European Union's* relocation pool", "participate *in the
    UN* mission": whose scheme, fund or mission a state joins or stays out of (vocabulary
    scheme_joining_verbs), named as the possessor or the proper name before the noun."""
    if verb.lemma_.lower() not in SCHEME_JOINING_VERBS:
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "part")]
    out: list[Arg] = []
    for _p, scheme in [po for h in holders for po in prep_objects(h, ("in",))]:
        if scheme.pos_ != "NOUN":
            continue
        owner = [c for c in scheme.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not owner:
            owner = [c for c in scheme.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            owner = owner[-1:]  # "the United Nations relocation scheme": the name's head
        if owner:
            heads = [h for o in owner for h in with_conjuncts(o)]
            out.append(arg(heads, "recipient.scheme_owner", noun=scheme.text))
    return out


PROVOCATION_MARKS = ("after", "when", "as", "because")


def provoker(verb: Token) -> list[Arg]:
    """ "walked out of the plenary *after X blocked* the text", "*when X objected*": a walkout,
    boycott or protest set off by another's act, told in a clause of time or cause on it, is
    aimed at that act's doer (not at the protesters' own side)."""
    out: list[Arg] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or clause.pos_ != "VERB":
            continue
        marks = [m for m in clause.children if m.dep_ in ("mark", "advmod") and m.i < clause.i]
        if not any(m.lower_ in PROVOCATION_MARKS for m in marks):
            continue
        doer = verb_actor(clause)
        if doer and all(h.pos_ == "PROPN" for h in doer.heads):
            out.append(doer.wrap("recipient.provoker", verb=clause.text))
    return out


# a walkout or boycott (vocabulary walkout_verbs) of a meeting between parties (vocabulary
# walkout_meeting_nouns), and who is walked out on: the speaker of the speech it was made
# during, or the one who called the meeting (vocabulary convening_participles)
WALKOUT_VERBS = words("walkout_verbs")
WALKOUT_MEETINGS = words("walkout_meeting_nouns")
WALKOUT_SPEECHES = words("walkout_speech_nouns")
CONVENING = words("convening_participles")


def left_meeting(verb: Token) -> Token | None:
    """ "walked out *of the commission*", "stayed away *from the summit*", "boycotted *the
    talks*": the meeting between parties that a walkout or boycott leaves or shuns, or None."""
    if verb.lemma_.lower() not in WALKOUT_VERBS:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))]
    for h in holders:
        for c in h.children:
            obj = c if c.dep_ == "dobj" else child(c, "pobj") if c.dep_ == "prep" else None
            if obj is not None and obj.lemma_.lower() in WALKOUT_MEETINGS:
                return obj
    return None


def walked_on(verb: Token) -> list[Arg]:
    """ "walked out *during a speech by X*", "during *X's* address": the speaker a walkout is
    made against; "stayed away from the summit *hosted by X*", "boycotted *X's* conference":
    who called the meeting shunned (CAMEO 143: the target is the party protested against)."""
    if verb.lemma_.lower() not in WALKOUT_VERBS:
        return []
    out: list[Arg] = []
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))]
    for h in holders:
        for _p, speech in prep_objects(h, ("during", "at", "over")):
            if speech.lemma_.lower() not in WALKOUT_SPEECHES:
                continue
            by = [o for _q, o in prep_objects(speech, ("by", "of")) if o.pos_ in ("NOUN", "PROPN")]
            owner = by or [c for c in speech.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owner:
                out.append(arg(owner[:1], "recipient.walked_out_on", noun=speech.text))
    meeting = left_meeting(verb)
    if meeting is not None:
        callers = [
            o
            for c in meeting.children
            if c.dep_ == "acl" and c.lemma_.lower() in CONVENING
            for _p, o in prep_objects(c, ("by",))
        ]
        callers += [c for c in meeting.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if callers:
            out.append(arg(callers[:1], "recipient.walked_out_on", noun=meeting.text))
    return out


def hyphen_partners(mod: Token) -> list[Token]:
    """ "the *Chilean*-Peruvian talks", "*US*-Chile trade": the modifier joined to ``mod`` by a
    hyphen, which names a party as well."""
    doc = mod.doc
    return [
        c
        for c in mod.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i == mod.i - 2
        and doc[mod.i - 1].text in ("-", "–")
        and not is_place_name(c)
    ]


def noun_recipient(noun: Token, root: str, code: str = "") -> list[Arg]:
    """Candidate targets of a noun trigger ("sanctions *against X*", "an attack *on X*",
    "mediation *between A and B*")."""
    preps = (
        NOUN_RECIPIENT_PREPS
        if root not in INTRANSITIVE_ROOTS and root not in GOODS_ROOTS
        else tuple(p for p in NOUN_RECIPIENT_PREPS if p != "of")
    )
    if root == WITHDRAWAL_ROOT:  # "the withdrawal *from* X": the place or side left
        preps = (*preps, "from")
    if root in ATTACK_ROOTS:  # "tear gas *at* demonstrators"
        preps = (*preps, *FORCE_NOUN_PREPS)
    found = prep_objects(noun, preps)
    for _p, o in prep_objects(noun, ("of",)):  # "suspension of links *with* X"
        found += [(f"of … {q}", o2) for q, o2 in prep_objects(o, TARGET_PREPS)]
        if root == WITHDRAWAL_ROOT:  # "withdrawal of forces *from* X"
            found += [(f"of … {q}", o2) for q, o2 in prep_objects(o, ("from",))]
    if root == WITHDRAWAL_ROOT:  # "withdrawal of its diplomats *from X*": X before its own
        found.sort(key=lambda po: not po[0].endswith("from"))
    for p, o in prep_objects(noun, NOUN_ACTOR_PREPS):  # "attacks by rebels *on X*": the
        if o.pos_ in ("NOUN", "PROPN"):  # parser hangs the target on the doer
            found += [(f"{p} … {q}", o2) for q, o2 in prep_objects(o, DOER_TARGET_PREPS)]
    if noun.lemma_.lower() in SERVED_CRIMES:  # "charged with *treason for X*": whom the
        found = [(p, o) for p, o in found if p != "for"]  # crime served (recipient.charge_content)
    out = [arg(with_conjuncts(o), "recipient.noun_prep", prep=p, p=p) for p, o in found]
    if root in BARRIER_ROOTS:
        out += _goods_ends(noun)
    if code in MEDIATION_CODES:
        parties = between(noun)
        out.append(arg(parties.heads, "recipient.between") if parties else parties)
    for c in noun.children:  # "the sanctions *faced by X*": the one who faces them
        if c.dep_ == "acl" and c.lemma_.lower() in RECEIVING_VERBS:
            out += [
                arg(with_conjuncts(o), "recipient.receiver_agent", verb=c.text)
                for _p, o in prep_objects(c, ("by",))
            ]
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the embargo *imposed on X* by Y"
            out += [
                arg(with_conjuncts(o), "recipient.noun_participle_prep", prep=p, p=p, verb=c.text)
                for p, o in prep_objects(c, ("on", "upon", "onto", "against", "to"))
            ]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in GRATITUDE:
        thanker = head.head  # "X is *grateful for* the help": X received it
        subj = child(thanker, "nsubj") or (
            child(thanker.head, "nsubj") if thanker.dep_ == "acomp" else None
        )
        if thanker.lemma_.lower() in ("thank", "praise") and child(thanker, "dobj") is not None:
            subj = child(thanker, "nsubj")  # "X thanked Y for its help": X received
        if subj is not None:
            out.insert(0, arg(with_conjuncts(subj), "recipient.grateful", word=thanker.text))
    if (
        noun.dep_ == "dobj"
        and head.lemma_.lower() in ANSWERING_VERBS
        and noun.lemma_.lower() in PROPOSAL_NOUNS
    ):  # "if *X* rejects Y's demands": a demand or offer is made to the one who answers it
        responder = verb_actor(head)
        if responder:
            out.insert(0, responder.wrap("recipient.responder", verb=head.text))
    helped = child(noun, "poss") if came_to_aid(noun) is not None else None
    if helped is not None:  # "came to *our* aid": the one helped
        out.insert(0, arg(with_conjuncts(helped), "recipient.came_to_aid", word=noun.text))
    receiver = first(noun, "recipient.receiver_subject")  # "*X* faced sanctions"
    if receiver is not None:
        out.insert(0, arg(with_conjuncts(receiver.arg), receiver.rule, verb=head.text))
    elif received(noun, code) and child(head, "nsubj") is not None:
        out.insert(0, arg(with_conjuncts(child(head, "nsubj")), "recipient.receiver_subject",
                          verb=head.text))  # fmt: skip  # "*X* sparked criticism from Y"
    elif received(noun, code) and head.dep_ == "advcl":
        shared = verb_actor(shared_subject_verb(head))  # "X passed the law, *drawing* ... Y": X
        if shared:
            out.insert(0, shared.wrap("recipient.receiver_subject", verb=head.text))
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in PLACING_VERBS:
        placed = child(head.head, "dobj")  # "placed *three banks* under sanctions"
        if placed is not None and placed.i != noun.i:
            rid = "recipient.placed_object"
            out.insert(0, arg(with_conjuncts(placed), rid, verb=head.head.text))
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        given = child(head, "dative")  # "granted *Turkey* a waiver": who gets the noun's act
        if given is not None and given.pos_ in ("PROPN", "NOUN"):
            out.insert(0, arg(with_conjuncts(given), "recipient.governing_verb_dative",
                              verb=head.text))  # fmt: skip
        out += [
            arg(with_conjuncts(o), "recipient.governing_verb_prep", prep=p, p=p)
            for p, o in prep_objects(head, RECIPIENT_PREPS)
        ]
    gov = governing_verb(noun)
    if gov is not None and code[:2] in CONFLICT_ROOTS:
        # "engaged *in* shelling ... *against* X": the target hangs on the verb
        out += [
            arg(with_conjuncts(o), "recipient.governing_verb_target", verb=gov.text, p=p)
            for p, o in prep_objects(gov, ("against", "on", "upon", "toward", "towards"))
            if o.i != noun.i
        ]
    return out


def doing_clause(noun: Token) -> bool:
    """ "the ban *that Peru introduced*", "the raids *Kosovo police carried out*": a relative
    clause of doing (vocabulary doing_verbs) with a subject of its own names the noun event's
    doer (rule actor.relative_doer), so the subject of the verb the noun is the object of
    ("X challenged the ban ...") is not (rule actor.governing_verb_subject; branch relacts)."""
    return any(
        gapped_clause(c)
        and c.lemma_.lower() in DOING_VERBS
        and not any(a.tag_ == "MD" or a.dep_ == "neg" for a in c.children)  # "might", "never"
        and any(
            g.dep_ == "nsubj" and g.tag_ not in RELATIVE_TAGS and g.lower_ not in ("that", "which")
            for g in c.children
        )
        for c in noun.children
    )


def gapped_clause(clause: Token) -> bool:
    """A relative clause on a noun, or a past clause the parser hung on it as its content with
    "that" as a mark whose verb lacks its object ("the accusations *that X levelled at* Y":
    the object is the noun itself, a relative clause)."""
    if clause.dep_ == "relcl":
        return True
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children)
    )


def _misread_object(noun: Token) -> bool:
    """ "residents *joined a march* through the capital": the small model can read the object of
    a verb of taking part (vocabulary participation_verbs) as an adverbial noun phrase
    (npadvmod); a noun with its article right after that verb, which has no object of its own,
    is its object (rule actor.governing_verb_subject, protest37)."""
    head = noun.head
    return (
        noun.dep_ == "npadvmod"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in PARTICIPATION_VERBS
        and noun.i > head.i
        and any(c.dep_ == "det" and c.i == head.i + 1 for c in noun.children)
        and not any(c.dep_ in ("dobj", "obj") for c in head.children)
    )
