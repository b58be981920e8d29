"""Events with no named doer: violence, coercion and protest whose victims, target or place the
sentence names. News often reports these without saying who did them ("two guards were
killed", "a bomb killed four", "attacks left seven dead in X", "rallies were held in X"); an
analyst counting violence or unrest needs them. They are kept with an empty actor, flagged
``unattributed`` in the record and the explanation, with lower confidence (``confidence.py``),
and dropped when the same sentence has an attributed event of the same type.

``unattributed(cand, ...)`` returns the rule that keeps such a candidate, or None to drop it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.clause_arguments import PLACE_PREPS, place_recipient
from communique.coding.noun_arguments import confined
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import (
    Arg,
    arg,
    counted,
    elided_passive,
    is_passive,
    passive_subject,
    prep_objects,
    with_conjuncts,
)
from communique.model import Actor, Location
from communique.vocabulary import words

TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# forces a state shows when it mobilises ("extra troops were flown in", "reservists were called
# up"): the passive subject of a MOBILIZE verb, whose side the place they go to names
MOBILIZED_FORCES = words("mobilized_forces")
POLICE_FORCES = words("police_forces")
# a place on a frontier or at sea names two states or none: no side is known from it
SHARED_PLACES = words("shared_place_nouns")
REMAINS_NOUNS = words("remains_nouns")
# what "comes under attack / fire" in a report of violence ("a patrol came under attack near
# X"): a convoy, a post, a ship, troops; a policy or a minister that "came under attack" is
# criticised, not shot at (rule actor.unattributed_under_attack)
UNDER_ATTACK_TARGETS = words("under_attack_targets")
UNDER_ATTACK_VERBS = ("come", "fall")
DETENTION = "173"  # CAMEO 173 arrest, detain
MASS_WORDS = ("mass", "widespread", "sweeping", "numerous")  # "mass arrests"
REPRESSION = "175"  # CAMEO 175 use tactics of violent repression (tear gas, water cannon)
# the means of it the lexicon names by their head noun: tear gas, water cannon, rubber bullets,
# stun grenades, pepper spray
REPRESSION_MEANS = ("gas", "cannon", "bullet", "grenade", "spray", "teargas")
RESTRICTIONS = ("1723", "1724")  # CAMEO 1723 impose curfew, 1724 state of emergency, martial law
SIDE_ENTITIES = ("NORP", "GPE", "ORG")
DEPLOY_PREPS = ("to", "into", "in", "across", "along", "around", "at", "near", "outside", "on")
NOT_ACTORS = words("not_actor_words")
# words that make a vehicle or an object carrying them a weapon ("a car packed with
# *explosives*", "a *booby-trapped* motorcycle")
EXPLOSIVE_WORDS = words("explosive_words")
CASUALTY_WORDS = words("casualty_words")
CROWD_COUNTS = words("crowd_counts")
SWEEPING_VERBS = words("sweeping_verbs")
FIGHTING_NOUNS = words("fighting_nouns")
OUTBREAK_VERBS = words("outbreak_verbs")
STOPPAGES = words("stoppage_nouns")
GENERAL_STRIKE_WORDS = words("general_strike_words")
NOT_WORKPLACE_STRIKE = frozenset({"hunger"})  # a hunger strike: its strikers' own act
# recipient rules that name the victims of a passive ("a journalist was killed (in X)";
# "a travel ban was imposed *on X*": the preposition names the target; "tear gas was used
# *to disperse the crowd*": the aim's object)
PASSIVE_VICTIMS = (
    "recipient.passive_subject",
    # "four men were dragged from a car *and beaten*": the subject the joined passive shares
    "recipient.shared_passive_subject",
    "recipient.elliptical_passive",  # "Two guards killed in X": a headline's passive
    "recipient.passive_prep",
    "recipient.aim_object",  # "tear gas was used *to disperse the crowd*": whom it was aimed at
    "recipient.place",
    "recipient.victims_placed",
    # "a student died *after being shot* in X": the subject of the clause the passive hangs on
    "recipient.passive_clause_subject",
    # "the body of a councillor *who had been shot* in X": the noun the relative clause names
    "recipient.relative_passive_subject",
)
# acts done to a person's body or liberty (CAMEO 18x unconventional violence, 20x mass violence,
# 173 arrest and detention, 175 violent repression, 193 fighting with small arms: shooting):
# a passive of these whose subject no rule resolved still names its victim ("a locksmith was
# stabbed during a burglary in X"), placed where its clause or sentence says
PERSON_HARM = ("18", "20", "173", "175", "193")
MODIFIER_DEPS = ("acl", "relcl", "amod")  # a verb describing a noun is not the event
WORKERS_PROTESTS = ("142", "143")
BOMBINGS = "183"  # CAMEO 183x: suicide, car, roadside and other non-military bombing
# CAMEO 18 (unconventional violence: abduction, assault, bombing, assassination) and 20 (mass
# violence): a noun of these names harm done to people, with no casualty word needed
HARM_TO_PEOPLE = ("18", "20")
# buildings and places an attack noun names as hit ("an attack on a mosque", "the bombing of
# a school"), by its "on", "of" or "against" or as a modifier ("the consulate bombing")
SITES = words("target_sites") | words("dwelling_targets")
# verbs whose subject sets off a protest others make ("the verdict *sparked* riots in X"): the
# subject is its cause, not its participants
CAUSING_VERBS = words("causing_verbs")
SITE_PREPS = ("on", "of", "against")
# verbs that tell a state, not a happening: "the bombing of the consulate *remains* a grievance"
STATE_VERBS = ("be", "remain", "become", "seem")
# a raid or search on homes or offices is most often the police's search of them (coercion), not
# an armed attack on the building: no site rule for them
SEARCHES = ("raid", "search", "swoop")
# verbs by which a report, count or record tells an act ("monitors recorded 40 attacks",
# "looting was reported in X"): the act is the news, the recorder no doer of it
RECORDING_VERBS = words("recording_verbs")
# weapons and armed fire named as the "by" of a passive attack ("destroyed by shelling", "hit
# by mortar fire"): the means, not the doer (rule actor.unattributed_means)
WEAPON_AGENTS = words("weapon_agents")
ROUTE_PREPS = (
    "along",
    "around",
    "past",
    "through",
)  # the route of a march  # hunger strikes, strikes and boycotts


def unattributed(
    cand: Candidate, resolver: ArgumentResolver, location: Callable[[], Location | None]
) -> Because | None:
    """Why ``cand`` (which has no actor) is kept as an unattributed event, or None."""
    why = _unattributed(cand, resolver, location)
    tok = cand.trigger.token
    if why is not None and tok.pos_ == "VERB" and _gerund_noun(tok):
        # "*Shelling* killed two herders": the -ing form read as the noun of violence
        return Because.of("actor.unattributed_gerund", word=tok.text, why=why.text())
    return why


def _unattributed(
    cand: Candidate, resolver: ArgumentResolver, location: Callable[[], Location | None]
) -> Because | None:
    trig = cand.trigger
    tok = trig.token
    # the code after recoding: "drones *struck* X" is an attack, not the lexicon's labour strike
    code = cand.cameo_code
    plover = cand.plover
    if (victim := _participle_victim(tok)) is not None and plover == "ASSAULT":
        # "the body of a *kidnapped* engineer was found": the act done to the one found
        return _placed_people(cand, victim, resolver, location, "actor.unattributed_victim")
    if (
        tok.dep_ in MODIFIER_DEPS
        and not _relative_passive(cand, tok)
        and _rootless_blast(cand, tok) is None
    ):
        return None
    if (
        code[:4] in RESTRICTIONS
        and plover == "COERCE"
        and (why := _placed_restriction(cand, tok, resolver, location)) is not None
    ):
        # "a curfew was declared in X", "curfew imposed in X": only a place's authorities
        # impose a curfew, a state of emergency or martial law there
        return why
    if (held := confined(tok)) is not None and code.startswith(DETENTION):
        # "two reporters spent three nights *in custody*": the subject is the one held
        return _placed_people(cand, held, resolver, location, "actor.unattributed_confined")
    if code.startswith(DETENTION) and (held := _detained_of(tok)) is not None:
        # "the detention of the blogger X in Y": the noun's "of" names the people held
        return _held_in_place(cand, tok, held, resolver)
    if tok.pos_ == "VERB" and cand.plover == "PROTEST":  # "thousands protested against X"
        if _held_protest(cand):  # "a vigil was held in X": the noun's place, no one named
            return _placed_protest(tok, resolver, location, "actor.unattributed_protest")
        crowd = crowd_subject(tok)
        if crowd is None:
            return None
        # "thousands took to the streets of X": a crowd counted, no one named
        return _placed_protest(tok, resolver, location, "actor.unattributed_crowd", crowd)
    if plover == "MOBILIZE":
        return _mobilized(cand, tok, resolver, location)
    if plover not in TYPES:
        return None
    if tok.pos_ == "VERB" and not _gerund_noun(tok):
        if plover == "PROTEST":
            crowd = crowd_subject(tok)
            if crowd is None:
                return None
            # "thousands took to the streets of X": a crowd counted, no one named
            return _placed_protest(tok, resolver, location, "actor.unattributed_crowd", crowd)
        return _verb(cand, tok, resolver, location)
    if tok.pos_ not in ("NOUN", "PROPN") and not _gerund_noun(tok):
        return None
    if plover == "ASSAULT" and (verb := _means_of(tok)) is not None:
        # "three vans were struck by *artillery fire* in X": the means named, not the doer
        placed = _place_recipients(cand, verb, resolver, location, sentence=True)
        return Because.of("actor.unattributed_means", thing=tok.text) if placed else None
    if plover == "ASSAULT" and (target := _under_attack(tok)) is not None:
        # "an army patrol came *under attack* near X": the subject is the one attacked
        return _placed_people(cand, target, resolver, location, "actor.unattributed_under_attack")
    # "attacks left seven dead *in X*", "rallies were held *in X*": the place of the clause;
    # "a series of *explosions* rocked X": the amount word stands where the noun would
    head = tok.head.head if _counted_by(tok) else tok
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
    if plover == "PROTEST":
        if code[:3] in WORKERS_PROTESTS:
            if not _general_strike(tok) and not _workplace_strike(tok):
                return None  # a strike or boycott is its strikers' act: no one named, no event
            if _dated_by_year(tok):
                return None  # "the 1984 dock strike": an episode recalled by its year
            # "a general strike shut down offices across X": called across a country
            return _placed_protest(clause, resolver, location, "actor.unattributed_strike_wide")
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause != tok and tok.dep_ == "dobj" and subj is not None:
            if clause.lemma_.lower() in CAUSING_VERBS and tok.pos_ == "NOUN":
                # "the killing *sparked* rioting in X": the subject is the cause, no one named;
                # placed by the clause itself ("prompted protests abroad" is not placed there)
                return _caused_protest(tok, clause, resolver)
            if not is_crowd_count(subj):
                return None  # "fans held a rally": participants named, and no political actor
            # "hundreds staged a protest in X": a crowd counted, no one named
            return _placed_protest(clause, resolver, location, "actor.unattributed_crowd", subj)
        return _placed_protest(clause, resolver, location, "actor.unattributed_protest")
    casualties = {t.lemma_.lower() for t in tok.sent} & CASUALTY_WORDS
    if not casualties and code == REPRESSION and _means_told(tok, head):
        # "tear gas filled the streets of X", "water cannon were turned on the crowd": the
        # means of violent repression told with no one named using them
        if cand.recipients and all(a.country for a in cand.recipients):
            return Because.of("actor.unattributed_repression", word=tok.text)
        if not _place_recipients(cand, clause, resolver, location, sentence=True):
            return None
        return Because.of("actor.unattributed_repression", word=tok.text)
    # "the assassination of X", "an attempt on the life of X": the noun names the harm
    harm = not casualties and code[:2] in HARM_TO_PEOPLE
    # "condemned *the arrest* of three reporters", "are investigating *the shooting* of a
    # farmer": an act of force or coercion that a complaint or an inquiry names as done
    # (filter.reported_act), its victims named in its own phrase (rule actor.unattributed_reported)
    reported = (
        not casualties
        and not harm
        and cand.reported_in is not None
        and plover in ("ASSAULT", "COERCE")
        # one act ("the arrest of X"); a plural counts a series ("the arrests of forty
        # protesters since May"), which rules of counted or recorded acts read
        and tok.tag_ == "NN"
        and bool(cand.recipients)
        and _victims_of(tok, cand)
    )
    harm = harm or reported
    # "a wave of arrests", "a series of raids": acts counted, no one named
    counted_acts = (
        not casualties and not harm and plover == "COERCE" and (_counted_by(tok) or _numbered(tok))
    )
    # "heavy fighting raged in X", "clashes erupted in X": fighting told as breaking out
    outbreak = (
        not casualties
        and not harm
        and not counted_acts
        and plover == "ASSAULT"
        and tok.lemma_.lower() in FIGHTING_NOUNS
        and clause != tok
        and (clause.lemma_.lower() in OUTBREAK_VERBS or clause.lower_ in OUTBREAK_VERBS)
        and head.dep_ == "nsubj"
    )
    # "a firebomb attack on a church in X", "the shelling of a hospital in X": the noun's own
    # phrase names the building or place hit (rule actor.unattributed_site)
    # the noun told as the news, its clause's subject ("a firebomb attack on a church *gutted*
    # ..."), not a reason or an earlier act ("sanctions *over* strikes on villages")
    site = (
        None
        if casualties
        or harm
        or counted_acts
        or outbreak
        or plover != "ASSAULT"
        or head.dep_ not in ("nsubj", "nsubjpass")
        or clause.lemma_.lower() in STATE_VERBS
        or _dated_by_year(tok)
        else _site_target(tok)
    )
    # "looting was reported in X", "monitors recorded 40 attacks on clinics in X": a noun of
    # violence or coercion that a report, count or record is of (rule actor.unattributed_recorded)
    recorded = (
        not casualties
        and not harm
        and not counted_acts
        and not outbreak
        and site is None
        and _recorded(tok, head, clause)
    )
    if not casualties and not harm and not counted_acts and not outbreak:
        if site is None and not recorded:
            return None
        if site is not None and any(not a.code for a in cand.recipients):
            cand.set_recipients([], None)  # the building is no actor: the place stands for it
    if any(not a.code for a in cand.recipients):
        return None  # a phrase no rule resolved is no victim ("mass arrests")
    # "fighting flared along the front line in X, with three soldiers dead": casualties or
    # counted acts may take the place the sentence names, where the clause names none
    sentence = bool(casualties or counted_acts or site is not None or recorded)
    if not cand.recipients and not _place_recipients(cand, clause, resolver, location, sentence):
        return None
    if reported:
        frame = cand.reported_in.token.text if cand.reported_in is not None else ""
        return Because.of("actor.unattributed_reported", word=tok.text, frame=frame)
    if harm:
        return Because.of("actor.unattributed_harm", word=tok.text)
    if site is not None:
        return Because.of("actor.unattributed_site", word=tok.text, site=site.text)
    if recorded:
        return Because.of("actor.unattributed_recorded", word=tok.text, verb=clause.text)
    if counted_acts:
        amount = tok.head.head if _counted_by(tok) else tok  # "a wave of", "eight arrests"
        return Because.of("actor.unattributed_counted", word=amount.text)
    if outbreak:
        return Because.of("actor.unattributed_fighting", word=tok.text, verb=clause.text)
    return Because.of("actor.unattributed_noun", word=sorted(casualties)[0])


def _caused_protest(noun: Token, verb: Token, resolver: ArgumentResolver) -> Because | None:
    """A protest noun that a verb of causing governs ("the verdict *sparked* riots in X"), with
    no participants in its own phrase ("protests *by* students", "*from* traders"): kept where
    the clause places it, else None (rule actor.unattributed_protest)."""
    if prep_objects(noun, ("by", "from", "among")):
        return None
    where, placed = _clause_place(verb, resolver)
    if not placed:
        return None
    words_ = " ".join(h.text for h in where.heads)
    return Because.of("actor.unattributed_protest", place=words_, iso=placed[0].country)


def _dated_by_year(noun: Token) -> bool:
    """A noun whose own phrase names a year ("the bombing of the consulate *in 1985*", "the *2019*
    shelling of a depot"): an act recalled by its year, history rather than the news."""
    return any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in noun.subtree)


def _site_target(tok: Token) -> Token | None:
    """The building or place an attack noun's own phrase names as hit ("a firebomb *attack on a
    church*", "the *bombing of a school*", "a *market bombing*": vocabulary target_sites,
    dwelling_targets), else None; not a noun told as none ("no attack on the base")."""
    if _told_as_none(tok) or tok.lemma_.lower() in SEARCHES:
        return None
    if any(t.lower_.startswith("cyber") for t in (tok, *tok.children)):
        return None  # "a cyberattack on a hospital's servers": no armed attack
    for c in tok.children:
        if c.dep_ == "compound" and c.lemma_.lower() in SITES:
            return c  # "the consulate bombing"
    for _p, obj in prep_objects(tok, SITE_PREPS):
        for t in with_conjuncts(obj):
            if t.lemma_.lower() in SITES or t.lower_ in SITES:
                return t
    return None


def _recorded(tok: Token, head: Token, clause: Token) -> bool:
    """A noun of violence or coercion that a report, count or record is of: the object of a
    verb of recording ("a monitoring group *logged* 40 raids", "the group *recorded* the
    detentions"), or the subject of one in the passive ("looting *was reported* in X", "gunfire
    was heard"): vocabulary recording_verbs; not a noun told as none ("no looting was
    reported") nor a verb's object negated ("did not record any attack")."""
    if clause == tok or _told_as_none(tok) or _told_as_none(head):
        return False
    if clause.lemma_.lower() not in RECORDING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if head.dep_ == "dobj":
        return not is_passive(clause)
    return head.dep_ == "nsubjpass"


def _relative_passive(cand: Candidate, tok: Token) -> bool:
    """A passive relative clause whose victims the noun it hangs on names ("a councillor *who
    was shot dead* in X last week"): the clause tells the act, not a description."""
    if tok.dep_ != "relcl" or not is_passive(tok):
        return False
    if cand.recipient_rule_id == "recipient.relative_passive_subject":
        return True
    return _relative_subject(tok) is not None


def _relative_subject(verb: Token) -> Token | None:
    """The noun a passive relative clause hangs on where its subject is "who" ("a councillor
    *who* was shot dead"), else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ != "relcl" or subj is None or subj.lower_ not in ("who", "whom"):
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _gerund_noun(tok: Token) -> bool:
    """A verbal noun of violence the small model tags as a verb form ("*Shelling* killed two
    herders", "*Shelling* wounds four in X": the subject, or a headline's first word taken as its
    root): an -ing form with no subject, auxiliary or object of its own, read as the noun."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "csubj", "ROOT"):
        return False
    if tok.dep_ == "ROOT" and tok.i != tok.sent.start:
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
    if any(c.dep_ in own for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if tok.dep_ == "ROOT":  # "Shelling wounds four ...": the headline's verb read as an object
        return any(c.lemma_.lower() in CASUALTY_WORDS for c in objects)
    return not objects


def _under_attack(tok: Token) -> Token | None:
    """The subject that "came / fell under" the attack noun ``tok`` ("*a convoy* came under
    attack", "*the base* came under rocket fire") where it is a thing or force shot at
    (vocabulary under_attack_targets), else None."""
    prep = tok.head
    if (
        tok.dep_ != "pobj"
        or prep.lower_ != "under"
        or prep.head.lemma_.lower() not in UNDER_ATTACK_VERBS
    ):
        return None
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and (named := counted(subj)) is not None:
        subj = named  # "two of the convoys came under attack"
    if subj is None or subj.lemma_.lower() not in UNDER_ATTACK_TARGETS:
        return None
    return subj


def _participle_victim(tok: Token) -> Token | None:
    """The victim a past participle names when what is found of them is the sentence's news
    ("the body of a *kidnapped* engineer", "the remains of two *murdered* journalists"): the
    noun the participle describes, else None."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN":
        return None
    victim = tok.head
    if victim.dep_ != "pobj" or victim.head.lower_ != "of":
        return None
    remains = victim.head.head  # (spaCy lemmatises "corpses" as "corps": the word too)
    found = remains.lemma_.lower() in REMAINS_NOUNS or remains.lower_ in REMAINS_NOUNS
    return victim if found else None


def _means_told(tok: Token, head: Token) -> bool:
    """A noun of the means of violent repression (tear gas, water cannon) as its clause's
    subject ("tear gas *filled* the streets") or as what a passive was done with ("protesters
    were scattered *with tear gas*")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REPRESSION_MEANS:
        return False  # "a crackdown saw X blocked": the campaign, not a means used
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and is_passive(tok.head.head)


def _placed_restriction(
    cand: Candidate,
    tok: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
) -> Because | None:
    """A curfew, state of emergency or martial law with no one named imposing it, placed where
    its clause (else its sentence, not a dateline) says; None for one told as none ("there was
    *no* curfew") or with no place."""
    if _told_as_none(tok):
        return None
    if tok.pos_ == "NOUN" and tok.dep_ not in ("nsubj", "nsubjpass", "attr", "ROOT"):
        return None  # "eased / lifted the curfew": the verb's own act, not a curfew imposed
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "attr") else tok
    if cand.recipients and all(a.country for a in cand.recipients):
        placed = True  # "a curfew was imposed *on the district of X*": the place named
    else:
        placed = _imposed_on(cand, clause, resolver) or _place_recipients(
            cand, clause, resolver, location, sentence=True
        )
    return Because.of("actor.unattributed_restriction", word=tok.text) if placed else None


def _imposed_on(cand: Candidate, verb: Token, resolver: ArgumentResolver) -> bool:
    """A restriction noun whose verb's "on" names the place ("Curfew *imposed on* Kenyan town",
    a headline's passive with no auxiliary): that place's actors, where they have a country,
    are the recipients (rule recipient.passive_prep)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    where = arg([o for _p, o in prep_objects(verb, ("on",))], "recipient.passive_prep")
    placed = [a for a in resolver.resolve(where, within=None, fallback="")[0] if a.country]
    if placed:
        cand.set_recipients(placed, Because.of("recipient.passive_prep", p="on"))
    return bool(placed)


def _held_in_place(
    cand: Candidate, noun: Token, held: Token, resolver: ArgumentResolver
) -> Because | None:
    """A detention noun that is its clause's subject, naming the people held and where ("the
    detention of the blogger X *in Y* has entered its third month"): the people where they
    resolve to a country, else the place its own phrase names; None for a noun in another
    role ("riots that followed *X's imprisonment*": a cause recalled, not the news) or with no
    place of its own."""
    if (
        noun.dep_ not in ("nsubj", "nsubjpass", "ROOT")
        and not _recorded(noun, noun, noun.head)
        # "the union condemned *the arrest* of its leader": a complaint tells one act as done
        # (filter.reported_act, rule actor.unattributed_reported); a plural counts a series
        and (cand.reported_in is None or noun.tag_ != "NN")
    ):
        return None  # "the group documented the detention of X in Y": recorded, the news
    found, _ = resolver.resolve(arg(with_conjuncts(held), "recipient.place"), within=None,
                                fallback="")  # fmt: skip
    victims = [a for a in found if a.country]
    if not victims:
        # "the detention of the blogger X *in Y*": on the noun, the people or their name
        named = [noun, held, *(c for c in held.children if c.dep_ == "appos")]
        where = arg([o for t in named for _p, o in prep_objects(t, ("in", "at"))],
                    "recipient.place")  # fmt: skip
        victims = [a for a in resolver.resolve(where, within=None, fallback="")[0] if a.country]
    if not victims:
        return None
    cand.set_recipients(victims, Because.of("recipient.held_or_found", who=held.text))
    return Because.of("actor.unattributed_detention", word=noun.text, who=held.text)


def _detained_of(noun: Token) -> Token | None:
    """The people a detention noun names as held ("the *arrest* of the union organiser X", "the
    *detentions* of critics"): the object of its "of", a noun or a name; None for a verb, a
    noun told as none ("no arrests of ..."), or no "of"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if _told_as_none(noun):
        return None
    for _p, held in prep_objects(noun, ("of",)):
        if held.pos_ in ("NOUN", "PROPN") and held.lemma_.lower() not in NOT_ACTORS:
            return held
    return None


def _placed_people(
    cand: Candidate,
    people: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
    rule: str,
) -> Because | None:
    """An act done to ``people`` with no doer named: they are the recipients where they resolve
    to a country, else the place of the clause (or of the sentence, not a dateline)."""
    clause = people.head
    while clause.dep_ not in ("ROOT", "conj", "advcl", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    found, _ = resolver.resolve(arg(with_conjuncts(people), "recipient.place"), within=None,
                                fallback="")  # fmt: skip
    victims = [a for a in found if a.country]
    if not victims:
        victims = _clause_place(clause, resolver)[1]
    if not victims and (place := _named_place(location)) is not None:
        victims = [_place_actor(place)]
    if not victims:
        return None
    cand.set_recipients(victims, Because.of("recipient.held_or_found", who=people.text))
    return Because.of(rule, word=cand.trigger.token.text, who=people.text)


def forces_without_side(cand: Candidate, resolver: ArgumentResolver) -> bool:
    """A show of force whose doer is the forces mobilised, named with no side ("extra police
    were sent to X": police, but whose?): no country, or one guessed from the story, not named
    by the forces' own words."""
    if cand.plover != "MOBILIZE" or cand.actor_rule != "actor.mobilized_subject":
        return False
    if not any(a.country for a in cand.actors):
        return True
    return not any(_names_side(h, resolver) for h in cand.actor_arg.heads)


def _names_side(forces: Token, resolver: ArgumentResolver) -> bool:
    """Whether the forces' own words name their side: a possessor ("Kenya's police") or a
    modifier that names a country ("*Malawian* soldiers", "the *Thai* army")."""
    for t in forces.subtree:
        if t.i == forces.i:
            continue
        if t.dep_ == "poss" or t.ent_type_ in SIDE_ENTITIES:
            return True
        if t.dep_ in ("amod", "compound", "nmod") and t.text[:1].isupper():
            named, _ = resolver.resolve(arg([t], "actor.nsubj"), within=None, fallback="")
            if any(a.country for a in named):
                return True
    return False


def _mobilized(
    cand: Candidate,
    verb: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
) -> Because | None:
    """A show of force in the passive with no doer and no side named ("extra troops were flown
    in to X", "reservists have been called up in X"): PLOVER's MOBILIZE is a state's display of
    its own forces, and forces sent about a state's own territory are its own. The doer is the
    state of the place the clause names (else the sentence, not a dateline), flagged
    unattributed; None where no place is named or the place is a frontier or sea, which names
    no one side ("sent to the border with X")."""
    if verb.pos_ != "VERB" or not is_passive(verb):
        return None
    forces = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if forces is not None and (named := counted(forces)) is not None:
        forces = named  # "thousands of gendarmes were mobilised"
    if forces is None or forces.lemma_.lower() not in MOBILIZED_FORCES:
        return None
    goals = [o for _p, o in prep_objects(verb, DEPLOY_PREPS)]
    # "to the northern region *of X*": the place a general noun names
    goals += [o for g in goals for _p, o in prep_objects(g, ("of",))]
    where = arg(goals, "recipient.place") if goals else place_recipient(verb)
    heads = [h for t in where.heads for h in (t, *t.subtree)]
    if any(h.lemma_.lower() in SHARED_PLACES for h in heads):
        return None
    placed = [a for a in resolver.resolve(where, within=None, fallback="")[0] if a.country]
    name = placed[0].text if placed else ""
    iso = placed[0].country if placed else None
    if iso is None:
        place = _named_place(location)
        if place is None:
            if cand.actors:  # a side guessed from the story, none named: flagged as such
                return Because.of("actor.unattributed_forces_story", forces=forces.text)
            return None
        name, iso = place.name, place.country
    police = forces.lemma_.lower() in POLICE_FORCES or any(
        c.lemma_.lower() in POLICE_FORCES for c in forces.children if c.dep_ == "compound"
    )
    text = " ".join(t.text for t in forces.subtree if t.dep_ != "det")
    cand.actors = [Actor(text=text, country=iso, sector="COP" if police else "MIL")]
    cand.actor_arg = Arg([forces], "actor.forces_of_place", {"place": name, "iso": iso})
    cand.actor_notes = []
    return Because.of("actor.unattributed_forces", forces=forces.text, place=name, iso=iso)


def _general_strike(tok: Token) -> bool:
    """A general strike: "a *general* / *nationwide* strike", a hartal, a bandh, a stayaway."""
    lemma = tok.lemma_.lower()
    if lemma in GENERAL_STRIKE_WORDS:  # a hartal, a bandh, a stayaway
        return True
    return lemma in STOPPAGES and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in GENERAL_STRIKE_WORDS
        for c in tok.children
    )


def _workplace_strike(tok: Token) -> bool:
    """A strike named by the trade or workplace that stops: "a *hospital* strike", "the *port*
    strike", "a *bus* strike" (a common noun before it, not a proper name: "the Renault strike"
    names a firm). The noun names who strike, the workers of that trade or place (Merriam-Webster
    strike 3a: a work stoppage by a body of workers), so the strike is placed and kept
    unattributed as a general strike is (rule actor.unattributed_strike_wide, protest37); a
    hunger strike is its strikers' own act."""
    if tok.lemma_.lower() not in STOPPAGES or tok.lemma_.lower() == "boycott":
        return False
    if tok.dep_ in ("compound", "amod", "nmod"):
        return False  # "airline strike *talks*": the strike names what the talks are about
    return any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.i == tok.i - 1
        and c.lemma_.lower() not in NOT_WORKPLACE_STRIKE
        for c in tok.children
    )


def _held_protest(cand: Candidate) -> bool:
    """A passive verb whose matched protest noun is its subject ("a vigil *was held*", "rallies
    were staged"): the noun's event, told with a verb of holding; not a strike or boycott."""
    tok = cand.trigger.token
    if not is_passive(tok) or cand.cameo_code[:3] in WORKERS_PROTESTS:
        return False
    return any(p.dep_ == "nsubjpass" and p.head.i == tok.i for p in cand.trigger.parts)


def crowd_subject(verb: Token) -> Token | None:
    """The subject of an active protest verb when it counts a crowd ("thousands", "tens of
    thousands", "a crowd") instead of naming who marched; shared by a verb joined to it."""
    if is_passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "thousands gathered and *marched*"
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return subj if is_crowd_count(subj) else None


def is_crowd_count(subj: Token) -> bool:
    """ "thousands", "tens of thousands", "a crowd": a count with no "of" naming who (in
    "hundreds of fans" the fans are named)."""
    if subj.lemma_.lower() not in CROWD_COUNTS and subj.lower_ not in CROWD_COUNTS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)


def _placed_protest(
    clause: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
    rule: str,
    crowd: Token | None = None,
) -> Because | None:
    """The rule keeping a protest with no participants named, placed where its clause says it
    happened, else where the sentence (not the dateline) says; None where nothing says."""
    slots = {"crowd": crowd.text} if crowd is not None else {}
    where, placed = _clause_place(clause, resolver)
    if not placed:  # "marched *through* X": the route of a march is where it happened
        where = arg([o for _p, o in prep_objects(clause, ROUTE_PREPS)], "recipient.place")
        placed = [a for a in resolver.resolve(where, within=None, fallback="")[0] if a.country]
    if placed:
        words = " ".join(h.text for h in where.heads)
        return Because.of(rule, place=words, iso=placed[0].country, **slots)
    place = _named_place(location)
    if place is not None:
        return Because.of(rule, place=place.name, iso=place.country, **slots)
    return None


def _clause_place(clause: Token, resolver: ArgumentResolver) -> tuple[Arg, list[Actor]]:
    """Where the clause happened, and the actors (with a country) of that place."""
    where = place_recipient(clause)
    for c in clause.children:  # "left seven dead *in X*": the place may hang on the complement
        if not where and c.dep_ in ("oprd", "acomp"):
            where = place_recipient(c)
    if not where and clause.lemma_.lower() in SWEEPING_VERBS:  # "protests *swept* X"
        where = arg([c for c in clause.children if c.dep_ == "dobj"], "recipient.place")
    placed, _ = resolver.resolve(where, within=None, fallback="")
    return where, [a for a in placed if a.country]


def _verb(
    cand: Candidate,
    tok: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
) -> Because | None:
    if _shared_agents(tok) and _weapon_agent(tok) is None:
        # "a cyclist was hit by a car *and killed*": the joined passive's "by" names its doer,
        # whom no rule resolved to a party (as "was killed by a car"): no unattributed event
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or _rootless_blast(cand, tok)
    if subj is None and tok.dep_ in ("advcl", "conj"):  # "a bomb exploded, *killing* four"
        # "a grenade was thrown into a bar, *injuring* nine": the passive's subject
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (named := counted(subj)) is not None:
        subj = named  # "a series of explosions rocked X, *killing* five": the explosions
    thing = subj is not None and _weapon(subj) and not is_passive(tok)
    if not cand.recipients:
        if thing and cand.plover == "ASSAULT" and (obj := _struck(tok)) is not None:
            # "drones struck a depot in X", "after drones struck the city": the struck place
            return _struck_place(cand, tok, obj, resolver, location, subj.text)
        if is_passive(tok) and cand.cameo_code.startswith(BOMBINGS):
            # "a car bomb was detonated outside a barracks in X": no doer and no victims named,
            # placed where its clause, else its sentence, says
            placed = _place_recipients(cand, tok, resolver, location, sentence=True)
            return Because.of("actor.unattributed") if placed else None
        if (means := _weapon_agent(tok)) is not None and cand.plover == "ASSAULT":
            # "two houses were destroyed by shelling in X": the means named, not the doer
            placed = _place_recipients(cand, tok, resolver, location, sentence=True)
            return Because.of("actor.unattributed_means", thing=means.text) if placed else None
        if (victim := _passive_victim(cand, tok)) is not None:
            # "a locksmith was stabbed during a burglary in X": the victim no rule resolved
            return _placed_people(cand, victim, resolver, location, "actor.unattributed_passive")
        if not (thing and cand.plover == "ASSAULT"):
            return None
        # "a bomb went off near a market in X": no victims named, the place of the blast
        _where, placed = _clause_place(tok, resolver)
        if placed:
            cand.set_recipients(placed, Because.of("recipient.place_of_clause", verb=tok.text))
            return Because.of("actor.unattributed_thing", thing=subj.text)
        if _named_place(location) is None:
            return None
        return Because.of("actor.unattributed_thing", thing=subj.text)
    rule = cand.recipient_rule_id
    if is_passive(tok):  # "a journalist was killed (in <a city>)": the victims or the place
        return Because.of("actor.unattributed") if rule in PASSIVE_VICTIMS else None
    # a plain object: named, not resolved from a reference or a guess
    plain_object = rule == "recipient.dobj" and all(
        n.stage == "mention" for n in cand.recipient_notes
    )
    # "a bomb exploded *in X*": no victims named, the place of the blast; "shells landed on a
    # camp *for displaced people*": the victims named inside the target's phrase
    placed = rule in ("recipient.place", "recipient.inner_target") and cand.plover == "ASSAULT"
    if rule == "recipient.verb_prep" and cand.plover == "ASSAULT" and cand.recipient_arg:
        # "a suicide blast kills seven *at a hall in X*": where the weapon struck, placed by a
        # preposition of place ("strikes *on* the army" names a target, not a place)
        heads = cand.recipient_arg.heads
        placed = all(a.country for a in cand.recipients) and all(
            h.head.lower_ in (*PLACE_PREPS, "at") for h in heads
        )
    if cand.plover != "ASSAULT" and subj is not None and subj.lemma_.lower() in STOPPAGES:
        return None  # "a strike *shut down* schools": the stoppage's effect, no coercion
    if subj is not None and _weapon(subj) and (plain_object or placed):
        return Because.of("actor.unattributed_thing", thing=subj.text)
    return None


def _weapon_agent(verb: Token) -> Token | None:
    """The weapon or armed fire a passive verb names by its "by" ("destroyed *by shelling*",
    "hit *by mortar fire*", "damaged *by a drone*": vocabulary weapon_agents, the head or a
    modifier of it), which tells the means of the attack, not who made it; else None."""
    if not is_passive(verb):
        return None
    for agent in [*(c for c in verb.children if c.dep_ == "agent"), *_shared_agents(verb)]:
        for means in (c for c in agent.children if c.dep_ in ("pobj", "pcomp")):
            named = [means, *(c for c in means.children if c.dep_ in ("compound", "amod"))]
            if any(t.lemma_.lower() in WEAPON_AGENTS or t.lower_ in WEAPON_AGENTS for t in named):
                return means
    return None


def _shared_agents(verb: Token) -> list[Token]:
    """The "by" phrases of the passives ``verb`` is joined to with its subject and auxiliary
    left out ("was hit *by a car* and killed": ``syntax.elided_passive``), when it has none of
    its own: the doer they name is the joined verb's too; [] otherwise."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    found: list[Token] = []
    head = elided_passive(verb)
    while head is not None and not found:
        found = [c for c in head.children if c.dep_ == "agent"]
        head = elided_passive(head)
    return found


def _means_of(noun: Token) -> Token | None:
    """The passive verb whose "by" names the weapon or armed fire ``noun`` ("were hit by *mortar
    fire*"), else None (``_weapon_agent``)."""
    if noun.dep_ not in ("pobj", "pcomp") or noun.head.dep_ != "agent":
        return None
    verb = noun.head.head
    means = _weapon_agent(verb)
    return verb if means is not None and means.i == noun.i else None


def _weapon(subj: Token) -> bool:
    """A subject that is a thing, not a doer (vocabulary not_actor_words: "a *bomb* went off"),
    or a vehicle or object told as carrying explosives ("a lorry *stuffed with explosives* went
    off", "a *booby-trapped* motorcycle", "a scooter *rigged with a bomb*": vocabulary
    explosive_words in the subject's own phrase, not in a relative clause; rule
    actor.unattributed_vehicle_bomb)."""
    if subj.lemma_.lower() in NOT_ACTORS:
        return True
    if subj.pos_ != "NOUN":
        return False
    for t in subj.subtree:
        if t.i != subj.i and t.dep_ == "relcl":
            return False  # "a man who had made a bomb": the phrase describes a person
        if t.lower_ in EXPLOSIVE_WORDS or t.lemma_.lower() in EXPLOSIVE_WORDS:
            return True
    return False


def _rootless_blast(cand: Candidate, tok: Token) -> Token | None:
    """The subject of a verb of attack the parser read as a participle describing a noun, in a
    sentence with no finite verb ("A device concealed inside a cart *detonated* near a
    station": the noun "device" the root, "detonated" hung on "cart"): the sentence's root
    noun where it is a weapon (``_weapon``), else None (rule actor.unattributed_vehicle_bomb)."""
    if cand.plover != "ASSAULT" or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return None
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in tok.sent):
        return None  # a finite verb elsewhere: the participle does describe its noun
    if any(c.dep_ in ("dobj", "agent", "auxpass") for c in tok.children):
        return None  # "the device *planted by* rebels", "a bomb that *killed* four"
    return root if _weapon(root) else None


def _passive_victim(cand: Candidate, verb: Token) -> Token | None:
    """The subject of an agentless passive of harm to a person or their liberty (PERSON_HARM)
    that no rule resolved as a recipient: a noun or name that is no thing (vocabulary
    not_actor_words), else None."""
    code = cand.cameo_code
    if not (code[:2] in PERSON_HARM or code[:3] in PERSON_HARM) or not is_passive(verb):
        return None
    if any(c.dep_ == "agent" for c in verb.children) or _shared_agents(verb):
        return None  # "was attacked by critics": a doer named, no rule resolved it
    subj = _relative_subject(verb) or passive_subject(verb) or _clause_subject(verb)
    if subj is not None and (named := counted(subj)) is not None:
        subj = named  # "a number of traders were abducted"
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if subj.lemma_.lower() in NOT_ACTORS or subj.lower_ in NOT_ACTORS:
        return None
    return subj


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a passive after a preposition hangs on ("a goatherd died
    *after being shot*": the goatherd), else None."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)


def _named_place(location: Callable[[], Location | None]) -> Location | None:
    """The place the sentence names, with its country; not a dateline's nor one guessed."""
    place = location()
    return place if place is not None and place.source == "text" and place.country else None


def _place_actor(place: Location) -> Actor:
    return Actor(text=place.name, name=place.name, country=place.country)


def _place_recipients(
    cand: Candidate,
    clause: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
    sentence: bool,
) -> bool:
    """Set the place of ``clause`` as the recipients (rule recipient.place_of_clause), else,
    with ``sentence``, the place the sentence names (recipient.place_of_sentence); False where
    no place is known."""
    _where, placed = _clause_place(clause, resolver)
    if placed:
        cand.set_recipients(placed, Because.of("recipient.place_of_clause", verb=clause.text))
        return True
    place = _named_place(location) if sentence else None
    if place is None:
        return False
    cand.set_recipients(
        [_place_actor(place)], Because.of("recipient.place_of_sentence", place=place.name)
    )
    return True


def _struck_place(
    cand: Candidate,
    verb: Token,
    obj: Token,
    resolver: ArgumentResolver,
    location: Callable[[], Location | None],
    thing: str,
) -> Because | None:
    """A weapon striking a target with no doer named ("drones struck a depot and a terminal
    in X"): the place of the target (or of one of its conjuncts), else the place of the clause,
    else the place the sentence names ("smoke rose over X after drones struck the city"). The
    place's country is the recipient; None where no place is known (not a dateline's)."""
    where = Arg()
    for target in with_conjuncts(obj):
        where = arg([o for _p, o in prep_objects(target, PLACE_PREPS)], "recipient.place")
        if not where:  # "tore through a van *carrying miners in X*": inside the target's phrase
            inner = [t for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS]
            where = arg(inner[:1], "recipient.place")
        if where:
            break
    placed = [a for a in resolver.resolve(where, within=None, fallback="")[0] if a.country]
    if not placed:
        where, placed = _clause_place(verb, resolver)
    if placed:
        words = " ".join(h.text for h in where.heads)
        cand.set_recipients(placed, Because.of("recipient.struck_place", place=words))
        return Because.of("actor.unattributed_strike", thing=thing)
    place = _named_place(location)
    if place is None:
        return None
    cand.set_recipients(
        [_place_actor(place)], Because.of("recipient.struck_place", place=place.name)
    )
    return Because.of("actor.unattributed_strike", thing=thing)


def _counted_by(tok: Token) -> bool:
    """Whether ``tok`` is what an amount word before it names ("a series of *explosions*")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    named = counted(tok.head.head)
    return named is not None and named.i == tok.i


def _told_as_none(noun: Token) -> bool:
    """A noun with the determiner "no": "there was *no* curfew", "*no* arrests of ..."."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _numbered(tok: Token) -> bool:
    """A plural act noun counted or told as many ("led to *eight* arrests", "*mass* arrests
    followed the rally"): acts counted, as "a wave of arrests" is; not "no arrests"."""
    if tok.tag_ != "NNS" or _told_as_none(tok):
        return False
    return any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "compound") and c.lower_ in MASS_WORDS)
        for c in tok.children
    )


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _struck(verb: Token) -> Token | None:
    """What a weapon's verb struck: its object ("drones struck *a depot*"), else what its
    "through", "into" or "onto" names ("an IED tore *through a minibus*", "rockets slammed
    *into a depot*": rule actor.unattributed_strike)."""
    obj = _object(verb)
    if obj is None:
        obj = next((o for _p, o in prep_objects(verb, ("through", "into", "onto"))), None)
    return obj


def drop_doubles(kept: list[Candidate], drop: Callable[..., None]) -> list[Candidate]:
    """An unattributed event is dropped when the sentence has an attributed one of its type,
    and the sentence keeps one unattributed event per type: a verb's before a noun's ("a car
    *bomb* exploded, *killing* four": the killing)."""
    # by the lexicon's type: a rally told beside a recoded violent protest ("protesters *set
    # fire* to a post", 145) is an event of its own
    attributed = {c.trigger.cameo.plover for c in kept if c.actors and not c.unattributed}
    first: dict[str, Candidate] = {}
    for c in sorted(
        (c for c in kept if c.unattributed), key=lambda c: c.trigger.token.pos_ != "VERB"
    ):
        first.setdefault(c.trigger.cameo.plover, c)
    out = []
    for c in kept:
        plover = c.trigger.cameo.plover
        if c.unattributed and (plover in attributed or first[plover] is not c):
            drop(c.trigger, "filter.unattributed_double")
        else:
            out.append(c)
    return out


def _victims_of(noun: Token, cand: Candidate) -> bool:
    """Whether the recipients were found in the noun's own "of" phrase ("the arrest *of three
    reporters*", "the shooting *of a farmer*")."""
    arg_ = cand.recipient_arg
    if arg_ is None or not arg_.heads:
        return False
    inside = {t.i for _, o in prep_objects(noun, ("of",)) for t in o.subtree}
    return all(h.i in inside for h in arg_.heads)
