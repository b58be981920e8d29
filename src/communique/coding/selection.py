"""Choose a trigger's actors and recipients: the first candidate argument (in the order of
``precedence.py``) that names an actor, with the checks that keep a candidate out."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from communique.actors.lexicon import country_name
from communique.actors.phrases import is_each_side
from communique.actors.spans import is_state
from communique.coding.candidate import Candidate
from communique.coding.clause_arguments import people_elsewhere, place_recipient
from communique.coding.domestic import domestic_kind, domestic_target, retaliation_note
from communique.coding.frames import act_aim, march_aim, spoken_protest
from communique.coding.home_story import unplaced_party
from communique.coding.precedence import actor_candidates, recipient_candidates
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import Arg, arg, prep_objects, with_conjuncts
from communique.coding.triggers import Trigger, match
from communique.model import Actor
from communique.vocabulary import words

MAKE_VISIT = "042"  # CAMEO 042: make a visit

DEPLOY_VERBS = words("deploy_verbs")
OWN_PRONOUNS = words("own_pronouns")
# sectors of a doer's own means ("sent troops", "deployed police"); None: things, unknown
OWN_MEANS = {"MIL", "COP", "SPY", None}
ACCUSATION_ROOT = "11"  # CAMEO 11 disapprove: criticise, accuse, blame, condemn
MILITARY = "MIL"
CHALLENGER_SECTORS = words("challenger_sectors")  # who takes on the state
CROWD_SECTORS = words("crowd_sectors")
STATE_FORCES = words("state_force_sectors")
UNDOING_NOUNS = words("undoing_nouns")
HOME_CRITICS = words("home_critic_sectors")
# rules whose argument is "the object of a preposition" of the trigger (or of its object)
OBJECT_OF_PREP = frozenset(
    {"recipient.verb_prep", "recipient.passive_prep", "recipient.participle_prep",
     "recipient.late_prep", "recipient.nested_prep", "recipient.inner_target",
     "recipient.governing_verb_prep"}
)  # fmt: skip
# an agreement names its parties as doers or with "with"/"between": these prepositions say
# where or about what, never with whom ("signed *at* the palace", "*on* the dam")
NOT_PARTY_PREPS = frozenset({"at", "on", "in", "into"})
DEMANDED = frozenset({"recipient.demanded_subject", "recipient.reported_demand_subject"})
SIGNING = "057"
ATTACK_TARGET_PREPS = ("on", "against", "in", "upon")
SUBJECT_RULES = frozenset({"actor.nsubj", "actor.shared", "actor.xcomp_subject"})
# everyday people ("fishermen", "nurses": resolver.everyday) are no general actors: only the
# doers of a protest and those arrested or attacked
PEOPLE_DOING = frozenset({"PROTEST"})
PEOPLE_SUFFERING = frozenset({"COERCE", "ASSAULT"})
# where an act happened, which names no one it was done to
HARM_PLACE_RULES = frozenset({"recipient.place", "recipient.act_place", "recipient.struck"})
CROWD_OBSTRUCTION = ("191", "192")  # blockade, occupy: a crowd's is an obstruction (144)
SPOKEN_PROTEST = "114"  # "protested against X": a complaint, a crowd's demonstration
VAGUE_PROTEST_VERBS = words("vague_protest_verbs")
PROTEST_CUES = words("protest_cues")
INTRANSITIVE_PROTEST = words("intransitive_protest_verbs")


def threat_venue(trig: Trigger, found: Arg) -> Token | None:
    """The verb of a threat's reported clause whose place phrase ``found`` names
    (recipient.place) when the place is only where the speaker says it will act: the verb is
    not the trigger, no word of the trigger's row, and no act the lexicon reads on its own
    ("would use every tool *in X*", "will answer this *in X*"); None when the place is where a
    threatened act falls ("threatened to impose a curfew *in X*", "would strike targets *in
    X*": the row or the verb names the act). Rule recipient.threat_venue."""
    parts = {p.i for p in trig.parts} | {trig.token.i}
    verbs = []
    for h in found.heads:
        prep = h.head
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return None
        verbs.append(prep.head)
    if not verbs or any(v.i in parts or match(v) is not None for v in verbs):
        return None
    return verbs[0]


def people_doing(trig: Trigger) -> str:
    """Which everyday people may do a protest (``ArgumentResolver.resolve``'s ``people``), or
    occupy, blockade or "protest against" (people in the street, whose act recode.crowd_obstruction
    and recode.crowd_protest make a protest): a
    counted crowd no list names ("hundreds of rickshaw pullers") only for a protest or strike
    word, or a march or rally with a protest cue in its sentence ("*against* the tax")."""
    # "farmers *laid siege* to parliament": a noun the doer's verb governs, as recodes.py reads it
    acted = trig.token.pos_ == "VERB" or trig.token.dep_ == "dobj"
    if trig.cameo.code in CROWD_OBSTRUCTION and acted:
        return "private"  # "fishermen blockaded the port": their obstruction (a protest)
    if spoken_protest(trig):
        return ""  # "fishermen protested that ...": a complaint, no protest
    if march_aim(trig) is not None or act_aim(trig) is not None:
        return "actor"  # "dockers walked to X *to demand* Y": people in the street march
    if trig.rule.lemma == "protest" and trig.cameo.code == SPOKEN_PROTEST:
        return "private"  # "fishermen protested against X": a crowd's (recode.crowd_protest)
    if trig.cameo.plover not in PEOPLE_DOING:
        return ""
    tok = trig.token
    if trig.rule.lemma in INTRANSITIVE_PROTEST and any(c.dep_ == "dobj" for c in tok.children):
        return ""  # "pilots struck the pylon", "shepherds marched their flocks": no protest
    if trig.rule.lemma not in VAGUE_PROTEST_VERBS:
        return "actor"
    cued = any(t.lemma_.lower() in PROTEST_CUES for t in tok.sent if t.i != tok.i)
    return "actor" if cued else "listed"


INTENT_TO_MEET = "036"  # "agreed to meet", "will hold talks"


def _joint_act_words(trig: Trigger) -> tuple[Token, ...]:
    """The words a place phrase hangs on when it says where joint doers did their act, not
    with whom: the trigger and its head ("signed a ceasefire *in X*"), and for a meeting
    agreed or planned its every word ("agreed to meet *in X*")."""
    tok = trig.token
    meeting = trig.cameo.code == INTENT_TO_MEET or trig.cameo.plover == "CONSULT"
    return (tok, tok.head, *trig.tokens) if meeting else (tok, tok.head)


def accused_object(trig: Trigger, found: Arg, resolver: ArgumentResolver, own: set[str]) -> bool:
    """ "a rights group accused *the security forces* of torture", "farmers accused *armed
    herders* of the raid": the direct object of an accusation or criticism (CAMEO 11) is the
    party accused, a target even when it is a force or group of the accuser's own state, which
    the rule for a doer's own means ("sent *troops*") would take for the doer's own
    (rule recipient.accused_own_side). Not in a story with a second main state beside the
    doer's (``ArgumentResolver.counterpart``): there "accused *soldiers* of firing on its
    fishermen" more likely means the other state's, which the counterpart rules find."""
    if found.rule != "recipient.dobj" or trig.cameo.code[:2] != ACCUSATION_ROOT:
        return False
    return not own or resolver.counterpart(own, before=trig.token.sent.end) is None


def _own_means(a: Actor, own: set[str], challengers: set[str], civilians: bool) -> bool:
    """ "sent *troops*": a common noun that only the context made the doer's countryman is the
    doer's own means, not a target; not when the doers take on the state (``challengers``:
    rebels' or protesters' "the army") or are civilians facing its forces."""
    return (
        a.country in own
        and a.text.islower()
        and a.sector in OWN_MEANS
        and not challengers
        and not (civilians and a.sector in STATE_FORCES)
    )


def own_thing(found: Arg, actor: Actor, own: set[str]) -> bool:
    """ "promised *French* support", "offered *Chinese* loans": the doer's own country named
    as an adjective on what it gives says whose the thing is, not to whom it goes."""
    return (
        found.rule == "recipient.dobj"
        and actor.country in own
        and not actor.sector
        and any(
            h.pos_ == "NOUN" and any(c.dep_ == "amod" and c.text == actor.text for c in h.children)
            for h in found.heads
        )
    )


def names_place(head: Token) -> bool:
    """Whether a phrase names a place ("the border village of X"), not a person or body."""
    if head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree)


def deployed(found: Arg) -> bool:
    """The argument is the object of a deployment verb: means, not a target."""
    return found.rule == "recipient.dobj" and any(
        h.head.lemma_.lower() in DEPLOY_VERBS for h in found.heads
    )


def document_possessor(found: Arg) -> Arg:
    """For a signed document, only its possessor can be a party ("X's accession protocol");
    a name inside it ("the Y Treaty") is the document's name."""
    heads = [c for h in found.heads for c in h.children if c.dep_ == "poss"]
    return Arg(heads, "recipient.document_possessor", inner=found)


RECIPROCAL = (("each", "other"), ("one", "another"))


def reciprocal(trig: Token) -> Token | None:
    """ "A and B accused *each other*", "criticised *one another's* plans", "talks *with each
    other*": the reciprocal pronoun among the trigger's own arguments (its object, the
    possessor of its object, a prepositional object), not inside another clause."""
    # "*each side* accused *the other*": the other side of a subject taken in turn
    each_side = any(c.dep_ == "nsubj" and is_each_side(c) for c in trig.children)
    for tok in trig.subtree:
        pair = (tok.doc[tok.i - 1].lower_, tok.lower_) if tok.i else ("", "")
        if pair not in RECIPROCAL and not (each_side and pair == ("the", "other")):
            continue
        head, hops = tok, 0
        while head.i != trig.i and hops < 4:
            if head != tok and head.pos_ in ("VERB", "AUX"):
                break  # inside a clause of its own
            head, hops = head.head, hops + 1
        if head.i == trig.i:
            return tok
    return None


def exchange_verb(trig: Token, found: Arg) -> Token | None:
    """ "A and B *exchanged* fire", "*traded* accusations" (the noun trigger's verb): a verb
    of giving in turn (vocabulary exchange_verbs) whose subject is the doers, with no partner
    named by "with"; else None."""
    verb = trig
    if found.rule == "actor.governing_verb_subject" and trig.dep_ == "dobj":
        verb = trig.head
    elif found.rule not in SUBJECT_RULES:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXCHANGE_VERBS:
        return None
    given = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "with" for t in given for c in t.children):
        return None  # "A and B exchanged fire *with* C"
    return verb


def attack_subject(verb: Token) -> tuple[Token, Arg] | None:
    """ "the air strike *on X* killed twelve people": a subject that is an attack noun with
    its target ("on", "against") or its place ("in"), and those words."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    targets = [o for _p, o in prep_objects(subj, ATTACK_TARGET_PREPS)]
    if not targets:
        return None
    return subj, arg(targets, "recipient.victims_of_attack", noun=subj.text)


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "X, *along with Y*, condemned ...", "X, *together with Y*, ...", "X, *alongside Y*,
    ...": the others named with the subject, on it or on its verb."""
    out: list[Token] = []
    for tok in [verb, *subjects]:
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "prep" and low == "alongside":
                out += [o for o in c.children if o.dep_ == "pobj"]
            elif low in ("along", "together"):
                out += [o for w in c.children if w.lower_ == "with"
                        for o in w.children if o.dep_ == "pobj"]  # fmt: skip
            elif (
                c.dep_ == "prep" and low == "with" and c.i > 0
                and c.doc[c.i - 1].lower_ in ("along", "together")
            ):  # fmt: skip
                out += [o for o in c.children if o.dep_ == "pobj"]
    return [h for o in out for h in with_conjuncts(o)]


def _texts(tokens: list[Token]) -> str:
    return ", ".join(t.text for t in tokens)


VOICING_VERBS = words("voicing_verbs")
EXCHANGE_VERBS = words("exchange_verbs")


def _pattern_words(trig: Trigger, found: Arg) -> bool:
    """Whether the argument is only words of the trigger's own pattern ("voiced *opposition*")."""
    return bool(found.heads) and all(any(h.i == p.i for p in trig.parts) for h in found.heads)


def _party_owned(noun: Token) -> bool:
    """ "regret over *Hungary's* decision", "regret at *the Libyan* decision": a pattern word
    that is another party's act names that party (its possessor or the nationality before it),
    whom the feeling voiced is aimed at (rule recipient.dobj and the like; branch relacts). Not
    the feeling itself: "conveyed *Senegal's* support for X" is Senegal's own support."""
    return noun.dep_ == "pobj" and any(
        c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
        for c in noun.children
    )


VENUE_FACILITIES = words("venue_facility_nouns")
VENUE_PREPS = ("at", "in")
# acts done *at* a place to whoever is there: "shots were fired at the police academy"
PLACE_STRUCK_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def facility_venue(trig: Trigger, found: Arg) -> Token | None:
    """ "offered to fund 40 places a year *at the X Police college*", "spoke *at the Y
    Defence Academy*": a college, school, hospital or hall named for a state's force or body
    is where a word or a promise is given, not to whom (rule recipient.facility_venue): the
    facility noun, or None. Attacks, arrests, protests and deployments *at* a place are aimed
    at whoever is there, and keep it; so does a body named by its purpose ("the Centre *for*
    ...", "the Institute *of* ...")."""
    if (
        trig.cameo.plover in PLACE_STRUCK_TYPES
        or found.rule not in OBJECT_OF_PREP
        or found.prep not in VENUE_PREPS
    ):
        return None
    return next(
        (
            h
            for h in found.heads
            if h.lower_ in VENUE_FACILITIES
            # "at the International Centre *for* the Settlement of Disputes": a body named by
            # its purpose, to which a case or request is addressed
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in h.children)
        ),
        None,
    )


def _skip_recipient(trig: Trigger, found: Arg) -> bool:
    code = trig.cameo
    if (
        trig.rule.lemma in VOICING_VERBS
        and _pattern_words(trig, found)
        and not any(_party_owned(h) for h in found.heads)
    ):
        return True  # "voiced *opposition* to X": the feeling voiced, not a party (OPP)
    if code.plover == "AID" and found.rule == "recipient.dobj" and _pattern_words(trig, found):
        return True  # "sent *doctors* to X": the help sent (the pattern's word), not its taker
    if (
        code.plover == "CONSULT"
        and found.rule in OBJECT_OF_PREP
        and found.prep == "at"
        and any(names_place(h) or h.ent_type_ not in ("PERSON", "ORG", "NORP") for h in found.heads)
    ):
        return True  # "met *at* the border village": where, not with whom
    return (
        code.code == SIGNING
        and found.prep in NOT_PARTY_PREPS
        and (found.rule in OBJECT_OF_PREP or found.rule == "recipient.complained_about")
    )  # "signed agreements *at* the palace / *on* the dam"


def harmed_people(cand: Candidate) -> bool:
    """Whether the act's recipients are people the sentence names as those it was done to (an
    object or passive subject naming a group, a body or a person), not a place it happened in."""
    arg_ = cand.recipient_arg
    return (
        bool(cand.recipients)
        and arg_ is not None
        and arg_.rule not in HARM_PLACE_RULES
        and all(r.sector for r in cand.recipients)
    )


def choose(resolver: ArgumentResolver, trig: Trigger) -> Candidate:
    """The trigger's actors and recipients, with the rules that chose them."""
    tok = trig.token
    claim = spoken_protest(trig)
    actors: list[Actor] = []
    notes: list[Because] = []
    actor_arg = Arg()
    actor_args, recipient_args = actor_candidates(trig), recipient_candidates(trig)
    doing = people_doing(trig)
    suffering = "recipient" if trig.cameo.plover in PEOPLE_SUFFERING else ""
    for fallback in ("", "actor"):
        for found in actor_args:
            if fallback and found.rule == "actor.noun_modifier":
                continue  # "Strategic Partnership": a title word is no doer
            actors, notes = resolver.resolve(found, fallback=fallback, people=doing)
            if actors:
                actor_arg = found
                break
        if actors:
            break
    if actors and actor_arg.rule in SUBJECT_RULES:
        extra = companions(tok, actor_arg.heads)
        if extra:  # "X, along with Y, condemned ...": Y acts too
            more, _ = resolver.resolve(arg(extra, "actor.companion"), fallback="")
            codes = {a.code for a in actors}
            more = [a for a in more if a.code not in codes]
            if more:
                actors = [*actors, *more]
                notes = [*notes, Because.of("actor.companion", words=_texts(extra))]
    cand = Candidate(trig, actors, [], actor_arg, notes)
    own = {a.country for a in actors if a.country}
    each = reciprocal(tok) if len(actors) > 1 else None
    if each is not None:
        # "A and B accused each other('s plans on Y)": each side does it to the other, whatever
        # else the phrase names
        words_ = f"{tok.doc[each.i - 1].text} {each.text}"
        cand.set_recipients(
            [replace(a) for a in actors], Because.of("recipient.reciprocal", words=words_)
        )
        recipient_args = []
    elif len(own) > 1 and (giving := exchange_verb(tok, actor_arg)) is not None:
        # "A and B *exchanged* fire / *traded* accusations / *swapped* prisoners": what each
        # side gives the other goes to the other, as with "each other"
        cand.set_recipients(
            [replace(a) for a in actors], Because.of("recipient.exchanged", verb=giving.text)
        )
        recipient_args = []
    vague: Token | None = None
    for fallback in ("", "recipient"):
        for found in recipient_args:
            if _skip_recipient(trig, found):
                continue
            if (venue := facility_venue(trig, found)) is not None:
                if not fallback:
                    cand.notes.append(Because.of("recipient.facility_venue", noun=venue.text))
                continue
            if trig.cameo.code == SIGNING and found.rule in (
                "recipient.dobj",
                "recipient.participle_noun",
            ):
                found = document_possessor(found)
            got, rnotes = resolver.resolve(
                found, within=None, fallback=fallback, people=suffering, own=own
            )
            if (
                not got
                and fallback
                and not suffering
                and accused_object(trig, found, resolver, own)
                and not any(h.lemma_.lower() in RELATIONAL_NOUNS for h in found.heads)
            ):  # ("accusing *its neighbour*": the other state, which a later rule finds)
                # "accused *herders* of the raid": everyday people are the accused, as the
                # harmed are of an attack, when no party word names the object
                got, rnotes = resolver.resolve(
                    found, within=None, fallback=fallback, people="recipient", own=own
                )
            got = [a for a in got if all(a is not b for b in actors)]
            if found.rule == "recipient.visiting_host":  # the visitor is hosted abroad
                got = [a for a in got if not (a.country and a.country in own)]
            if found.rule == "recipient.struck":  # a thing struck names no one; an attack
                got = [a for a in got if a.country and actors]  # by no one is left as it was
            if (
                found.rule == "recipient.place"
                and len(actors) > 1
                and trig.cameo.quad_class <= 2
                and all(h.head.head in _joint_act_words(trig) for h in found.heads)
            ):
                continue  # "A and B signed a ceasefire *in X*", "agreed to meet *in X*": where
            if found.rule in (
                "recipient.place",
                "recipient.goods_kept_from",
                "recipient.supplies_stopped_to",
                "recipient.travel_origin",
                "recipient.act_place",
            ):
                # "in a *television* debate": no place
                got = [a for a in got if a.country and a.sector in (None, "GOV")]
            if (
                found.rule == "recipient.place"
                and trig.cameo.plover == "SANCTION"
                and own
                and got
                and {a.country for a in got} <= own
            ):
                # "X's minister announced the duties *in <a city of X>*": a sanction is laid on
                # another; a place of the doer's own state is where it acted, not its target
                why = Because.of(
                    "recipient.own_place_not_sanctioned",
                    place=" ".join(h.text for h in found.heads),
                )
                if why not in cand.notes:
                    cand.notes.append(why)
                continue
            if found.rule == "recipient.stopped_goods_party":
                # "lorries from X", "Xian traders": only a state is the measure's target, and
                # not the doer's own ("stopped pumping gas *from Russia*")
                got = [a for a in got if a.country and a.country not in own]
            if (
                found.rule == "recipient.place"
                and trig.cameo.plover == "THREATEN"
                and got
                and (venue := threat_venue(trig, found)) is not None
            ):
                # "warned that X would use every legal tool *in <a city>*": where the speaker
                # will act, a verb no row reads as an act on the place; not whom it threatens
                why = Because.of(
                    "recipient.threat_venue",
                    place=" ".join(h.text for h in found.heads),
                    verb=venue.text,
                )
                if why not in cand.notes:
                    cand.notes.append(why)
                continue
            if (
                trig.cameo.plover == "THREATEN"
                and found.rule in DEMANDED
                and own
                and got
                and {a.country for a in got} <= own
            ):
                continue  # "warned that *X* would act if Y ...": its own act
            # "sent *troops*", "mobilized *reservists*": a common noun that only the context
            # made the doer's countryman is the doer's own means, not a target; with joint doers
            # of two countries ("A and B agreed ... on missing *people*") one of theirs is a topic
            # ... but rebels' or protesters' "the army" or "police" are the state's, their target
            # ("villagers clashed with *soldiers*": people in the street do not own the army)
            challengers = {a.sector for a in actors} & CHALLENGER_SECTORS
            civilians = bool(actors) and all(a.sector in CROWD_SECTORS for a in actors)
            # "accused *the security forces* / *armed herders* of ...": whom an accusation
            # names as its object is the accused, never the accuser's means
            accused = (
                accused_object(trig, found, resolver, own)
                and len(own) == 1
                and any(_own_means(a, own, challengers, civilians) for a in got)
            )
            got = [
                a
                for a in got
                if not (
                    a.country in own
                    and (
                        len(own) > 1 or (_own_means(a, own, challengers, civilians) and not accused)
                    )
                )
                and not (
                    deployed(found)
                    and a.sector in OWN_MEANS
                    and (a.text.islower() or a.sector == MILITARY)
                )  # "scrambled two *Dutch F-16 jets*": forces sent are means, whoever's they are
                and not own_thing(found, a, own)
            ]
            if got and (named := envoys_named_before(resolver, found, own, got, trig)) is not None:
                got, rnotes = named  # "accused *foreign embassies*": the ones the story named
            if got:
                if accused and any(a.country in own for a in got):
                    why = Because.of("recipient.accused_own_side", word=found.heads[0].text)
                    rnotes = [*rnotes, why]
                cand.recipients, cand.recipient_arg, cand.recipient_notes = got, found, rnotes
                break
            if (vague := vague_others(found)) is not None:
                # "urged *its partners* to tighten sanctions on X": the target is named, but as
                # nobody in particular; no guess from a preposition further on
                cand.notes.append(Because.of("recipient.vague_others", word=vague.text))
                break
        if cand.recipients or vague is not None:
            break
    if not actors and trig.cameo.plover in PEOPLE_SUFFERING and harmed_people(cand):
        # "herders killed 12 villagers", "bouncers detained a man": everyday people (no general
        # actors) are the doers of violence or coercion done to people the sentence names
        # (rule actor.everyday_harm)
        for found in actor_args:
            got, gnotes = resolver.resolve(found, fallback="", people="listed")
            got = [a for a in got if all(a is not r for r in cand.recipients)]
            if got:
                actors = got
                cand.actors, cand.actor_arg = got, found
                cand.actor_notes = [*gnotes, Because.of("actor.everyday_harm", verb=tok.text)]
                own = {a.country for a in actors if a.country}
                break
    if not actors and trig.cameo.plover in PEOPLE_SUFFERING and reciprocal(tok) is not None:
        # "rival herders *fought each other*": everyday people who harm one another are
        # both its doers and those it was done to (rule actor.reciprocal_harm)
        for found in actor_args:
            got, gnotes = resolver.resolve(found, fallback="", people="listed")
            if got:
                actors = got
                cand.actors, cand.actor_arg = got, found
                cand.actor_notes = [*gnotes, Because.of("actor.reciprocal_harm", verb=tok.text)]
                if not cand.recipients:
                    cand.recipients = list(got)
                own = {a.country for a in actors if a.country}
                break
    if (
        trig.cameo.quad_class == 4
        and cand.recipients
        and claim is None
        and each is None
        and all(r.text.islower() and r.country in own for r in cand.recipients)
    ):
        # "gunmen killed 12 *people* in <a foreign town>": victims that only the context made
        # the doer's countrymen are placed by where it happened, when that is elsewhere
        placed, _ = resolver.resolve(place_recipient(tok), within=None, fallback="")
        placed = [a for a in placed if a.country and a.country not in own]
        if placed:
            cand.set_recipients(placed, Because.of("recipient.victims_placed"))
        elif (attack := attack_subject(tok)) is not None:
            # "X's offensive *on Y* has killed 300 people": the victims are the attack's target
            noun, targets = attack
            placed, _ = resolver.resolve(targets, within=None, fallback="")
            placed = [a for a in placed if a.country and a.country not in own]
            if placed:
                cand.set_recipients(
                    placed, Because.of("recipient.victims_of_attack", noun=noun.text)
                )
    if (
        cand.recipients
        and cand.recipient_arg is not None
        and cand.recipient_arg.heads
        and own
        and all(r.text.islower() and r.country in own for r in cand.recipients)
    ):
        # "sent 60 migrants *back to X*", "gave tents to families *who fled from X*": people
        # only the context made the doer's countrymen are the state's the sentence names
        found = people_elsewhere(tok, cand.recipient_arg.heads)
        placed, pnotes = resolver.resolve(found, within=None, fallback="")
        placed = [a for a in placed if a.country not in own | {None} and a.sector in (None, "GOV")]
        if placed:
            cand.recipients, cand.recipient_arg, cand.recipient_notes = placed, found, pnotes
    if (home := own_government_call(trig, cand, actors)) is not None:
        cand.set_recipients([home], Because.of("recipient.own_government_call", name=home.name))
    codes = {a.code for a in actors}
    kept = [
        r
        for r in cand.recipients
        if not (
            r.code
            and r.code in codes
            and len(actors) == 1
            and (
                r.text == actors[0].text
                or (r.text.lower() in OWN_PRONOUNS and r.name == actors[0].name)
            )
        )  # "broke *his* promise": the doer is not his own recipient
    ]
    cand.recipients = kept
    if not kept:
        cand.recipient_arg, cand.recipient_rule, cand.recipient_notes = None, None, []
    if not kept and domestic_kind(trig) and claim is None and len(actors) <= 1:
        target = domestic_target(resolver, trig, actors)
        if target is not None:
            cand.set_recipients([target[0]], target[1], assumed=True)
        elif (note := retaliation_note(trig)) is not None:
            cand.notes.append(note)
    elif (
        kept
        and trig.cameo.plover == "COERCE"
        and domestic_kind(trig)
        and claim is None
        and len(actors) == 1
        and actors[0].country
        and all(not r.country and not r.sector for r in kept)
    ):
        # "police detained *John Doe, the mayor of a northern town*": a person the story places
        # nowhere, held by a state's own forces, is one of its people, as a target-less
        # crackdown is aimed at home (rule recipient.unplaced_detainee)
        target = domestic_target(resolver, trig, actors)
        if target is not None and target[1].rule == "recipient.domestic_target":
            iso = target[0].country
            cand.recipients = [replace(r, country=iso, code=None) for r in kept]
            cand.recipient_notes = [
                *cand.recipient_notes,
                Because.of("recipient.unplaced_detainee", name=target[0].name),
            ]
    elif kept and claim is None:
        unplaced_party(resolver, cand)  # "urged *the commission* to ...": its own state's
    if (
        not cand.recipients
        and trig.cameo.code == MAKE_VISIT
        and actors
        and len({a.country for a in actors}) == 1  # "the X president's visit": one visitor
        and (host := dateline_host(resolver, actors[0])) is not None
    ):
        # "KYIV (Wire) - The Polish president's visit began with ...": filed from the host
        cand.set_recipients([host[0]], host[1], assumed=True)
    elif not cand.recipients and trig.cameo.code == MAKE_VISIT and resolver.memory.filed_only:
        # "COLOMBO - ... during the trip": where the story was filed, not the visit's host
        rule, place = resolver.memory.filed_only
        why = f"no host from the dateline: '{place}' is where the story was filed"
        cand.notes.append(Because.of(rule, why=why))
    if len(actors) > 1 and not cand.recipients:
        cand.joint = True
    return cand


def dateline_host(resolver: ArgumentResolver, visitor: Actor) -> tuple[Actor, Because] | None:
    """The host of a visit that names none, in a story filed from a city of another state than
    the visitor's: the dateline's state (rule recipient.visit_dateline)."""
    iso, place = resolver.memory.dateline_country, resolver.memory.dateline_place
    if not visitor.country or not iso or not is_state(iso) or iso == visitor.country:
        return None
    name = country_name(iso) or iso
    why = Because.of("recipient.visit_dateline", place=place or iso, name=name)
    return Actor(text=name, name=name, country=iso), why


def own_government_call(trig: Trigger, cand: Candidate, actors: list[Actor]) -> Actor | None:
    """ "Lawmakers called for a *suspension of the deal with X*": a call of a country's own
    voices (legislators, the opposition, civil society) for undoing their side's commitment to
    another state asks their own government, not that state; the government of their country,
    or None (rule recipient.own_government_call)."""
    found = cand.recipient_arg
    if trig.cameo.plover != "REQUEST" or found is None or found.rule != "recipient.inner_target":
        return None
    if len(actors) != 1 or actors[0].sector not in HOME_CRITICS or not actors[0].country:
        return None
    iso = actors[0].country
    if len(iso) != 3 or any(r.country == iso for r in cand.recipients):
        return None
    for head in found.heads:
        up = head
        for _ in range(5):
            if up.head.i == up.i or up.i == trig.token.i:
                break
            up = up.head
            if up.pos_ == "NOUN" and up.lemma_.lower() in UNDOING_NOUNS:
                name = country_name(iso) or iso
                return Actor(text=name, name=name, country=iso, sector="GOV")
    return None


RELATIONAL_NOUNS = words("relational_nouns")
ENVOY_GROUP_NOUNS = words("envoy_group_nouns")
OUTSIDE_MODIFIERS = words("outside_modifiers")
ORGANISATION_GROUP_NOUNS = words("organisation_group_nouns")
BODY_COUNTRIES = ("NGO", "UNO", "IGO")  # non-governmental and international bodies
# the sectors a group word for organisations outside government is placed in (CAMEO 1.1b3:
# human rights, development, NGO, civilians, media), or none
CIVIL_GROUP_SECTORS = (None, "HRI", "DEV", "NGO", "CVL", "MED")
STATEMENT_CODE_ROOTS = words("statement_roots")
GROUP_OBJECT_RULES = ("recipient.dobj", "recipient.doer_in")
ENVOY_REACH = 8  # events told before whose foreign envoys a later "foreign embassies" may mean


def envoys_named_before(
    resolver: ArgumentResolver, found: Arg, own: set[str], got: list[Actor], trig: Trigger
) -> tuple[list[Actor], list[Because]] | None:
    """ "accused *certain Western embassies* of meddling", "*the foreign diplomats*": a plural
    noun for envoys (vocabulary envoy_group_nouns) with an outside modifier ('foreign',
    'Western'; vocabulary outside_modifiers) as a verb's object means the foreign embassies,
    delegations or envoys the story named as parties of its last events, not of the doer's
    state (rule recipient.envoys_named_before); with none told, it names no state: never the
    dateline's or the doer's own. Another plural noun with an outside modifier ('foreign
    governments') that the resolver placed in the doer's or the dateline's state names no state
    (rule recipient.outside_group). ``got``: the parties the resolver found; ``trig``: the
    act (organisation groups are read only for statements, vocabulary statement_roots). None
    when the object is no such noun."""
    if found.rule not in GROUP_OBJECT_RULES or len(found.heads) != 1:
        return None
    head = found.heads[0]
    said = trig.cameo.code[:2] in STATEMENT_CODE_ROOTS  # an appeal, criticism, rejection ...
    if said and (bodies := bodies_named_before(resolver, head, got)) is not None:
        return bodies
    if found.rule != "recipient.dobj":
        return None
    if head.tag_ != "NNS" or not any(
        c.dep_ == "amod" and c.lower_ in OUTSIDE_MODIFIERS for c in head.children
    ):
        return None
    if head.lemma_.lower() not in ENVOY_GROUP_NOUNS:
        # "urged *foreign governments* to ...": outside the doer's and the dateline's state,
        # whichever the group word was placed in (rule recipient.outside_group)
        home = own | {resolver.memory.dateline_country} - {None}
        if not got or not all(a.country in home for a in got):
            return None
        why = Because.of("recipient.outside_group", word=head.text)
        return [Actor(text=head.text, sector=got[0].sector)], [why]
    told: dict[str, Actor] = {}
    for group in resolver.memory.history[-ENVOY_REACH:]:
        for a in group:
            words_ = {w.strip(".,'").lower() for w in (a.text or "").split()}
            if a.country and a.country not in own and words_ & ENVOY_GROUP_NOUNS:
                told.setdefault(a.country, a)
    if told:
        why = Because.of(
            "recipient.envoys_named_before", word=head.text, who=", ".join(sorted(told))
        )
        return [replace(a) for a in told.values()], [why]  # copies: memory's stay as told
    bare = Actor(text=head.text, sector="GOV")
    why = Because.of("recipient.envoys_named_before", word=head.text, who="none told: no state")
    return [bare], [why]


def bodies_named_before(
    resolver: ArgumentResolver, head: Token, got: list[Actor]
) -> tuple[list[Actor], list[Because]] | None:
    """ "rejected the criticism *by the rights groups*", "dismissed *foreign organisations*":
    a plural noun for non-state organisations (vocabulary organisation_group_nouns) with a
    modifier or 'the', as the object or the by-phrase of the act, that the resolver placed in
    a state or nowhere means the non-governmental and international bodies the story named as
    parties of its last events (rule recipient.bodies_named_before); None when it names none
    or the noun is no such group."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in ORGANISATION_GROUP_NOUNS:
        return None
    if any(c.dep_ == "nummod" for c in head.children):
        return None  # "closed 3,000 civic groups": so many groups, none told before
    if not any(c.dep_ in ("amod", "compound", "det") for c in head.children):
        return None
    if any(a.country in BODY_COUNTRIES or a.sector not in CIVIL_GROUP_SECTORS for a in got):
        return None  # a body of its own, or armed or state groups ("attacked *armed groups*")
    told: dict[str, Actor] = {}
    for group in resolver.memory.history[-ENVOY_REACH:]:
        for a in group:
            if a.country in BODY_COUNTRIES:
                told.setdefault(a.name or a.text, a)
    if not told:
        return None
    why = Because.of("recipient.bodies_named_before", word=head.text, who=", ".join(told))
    return [replace(a) for a in told.values()], [why]  # copies: memory's stay as told


def vague_others(found: Arg) -> Token | None:
    """ "urged *its partners* / *other allies* to ...": a verb's object that names the other
    side of a relation and no one in it (the resolver found nobody): that noun, whose target is
    nobody the text names (rule recipient.vague_others); else None."""
    if found.rule != "recipient.dobj" or len(found.heads) != 1:
        return None
    head = found.heads[0]
    return head if head.lemma_.lower() in RELATIONAL_NOUNS and head.tag_ == "NNS" else None
