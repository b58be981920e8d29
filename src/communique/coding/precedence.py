"""The order in which argument rules are tried for a trigger: one place for all of it.

``actor_candidates`` and ``recipient_candidates`` list, best first, the arguments the rules
find; the coder takes the first that names an actor (``selection.py``). The order, for a
trigger that is

- a modal in reported speech ("X said Y *must* leave"): the reporting subject demands; the
  subject of the demanded act is asked;
- a noun: ``noun_actor`` / ``noun_recipient`` (their own order is documented there), after the
  doers named in an accusation's object ("an inquiry into abuses *by X*") and the one asked in
  a frame noun's clause ("the demand *that X* leave");
- a verb: what a complaint is about; for a judging verb the doer of the act it judges
  ("condemned the killing of ... *by X*") and an object moved after "as"; the guests of a
  hosted meeting ("hosted talks *between A and B*"); the verb's first target (object, else
  first prepositional object, else the subject of the demanded act, never the subject of what
  someone else claimed: "rejected the claim that X ..."), the doer inside the object of a
  demand or accusation, the author of a proposal acted on, the subject of the demanded act,
  the verb's other targets, then the targets of a frame's content ("threatened to strike *X*").

Then, for every trigger: the country asked for shelter, the scene and the aim of a protest
("blocked roads *to protest against X*"), the aim of aid, who must meet a condition, where a
material act happened (or the host of a visit: also "his *X* visit", "flew to X *for a
visit*", the subject or place of the clause of "the *visiting* Y"), the targets of the attack
a result belongs to, and where a frame's content would happen. A protest that reports a claim
("protested that X had ...") is aimed at that claim's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding import clause_arguments as ca
from communique.coding.frames import FRAME_TYPES, frame_contents, spoken_protest
from communique.coding.modality import condition_of
from communique.coding.noun_arguments import (
    BARRIER_ROOTS,
    between,
    declared_unwelcome,
    goods_kept_from,
    noun_actor,
    noun_recipient,
    provoker,
    scheme_owner,
    travel_origin,
    walked_on,
)
from communique.coding.parse_patterns import first
from communique.coding.syntax import (
    RELATIVE_TAGS,
    Arg,
    arg,
    child,
    governing_verb,
    is_passive,
    obligation,
    polite_request,
    prep_objects,
    reported_clause,
    with_conjuncts,
)
from communique.coding.triggers import (
    ANSWERED_PATTERN,
    CONSEQUENCE_PATTERN,
    KEPT_PATTERN,
    OFFENDERS_PATTERN,
    PUNISHMENT_PATTERN,
    RECOURSE_PATTERN,
    TARGET_PATTERN,
    Trigger,
    announced_threat_parts,
    answered_attack,
    first_person_doer,
    kept_condition,
    punished_party,
    punishment_sayer,
)
from communique.coding.verb_arguments import verb_actor, verb_recipient
from communique.coding.verdicts import (
    VERDICT_KEYS,
    denied_act_trigger,
    judged_thing,
    judged_words,
    reported_verdict,
)
from communique.coding.warned_conditions import complement_of_condition, in_warning
from communique.vocabulary import words

MEASURE_NOUNS = words("measure_nouns")
OWN_POSSESSIVES = words("own_possessives")


def own_held(found: Arg) -> bool:
    """ "*its* ambassador", "*their* troops": an argument whose every head the doer's own
    possessive pronoun holds (vocabulary own_possessives)."""
    return bool(found.heads) and all(
        any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in h.children)
        for h in found.heads
    )


VISIT_COURSE_VERBS = words("visit_course_verbs")  # "the king's visit *ended* in X"
FUNDING_NOUNS = words("funding_nouns")
EVENT_HEAD_NOUNS = words("event_head_nouns")
SHELTER = words("shelter_words")
IMPACT_VERBS = words("impact_verbs")
STATE_COERCION_NOUNS = words("state_coercion_nouns")
VISIT_CODES = ("042", "043", "044")
# a host holds a meeting of others; 045: a mediator stands between them
HOSTING_CODES = ("043", "044", "040", "045", "046")
PHASE_NOUNS = words("phase_nouns") | words("occurrence_nouns")
ASKING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})  # they name who is asked
ANSWERING_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE"})  # they answer a proposal
CHARGING_TYPES = frozenset({"REQUEST", "ACCUSE"})  # their object may name a doer
ANSWERING_SPEECH = frozenset({"REJECT", "ACCUSE"})  # "rejected the claim that X ..."
SPEECH_NOUNS = words("proposal_nouns") | words("claim_nouns")
# they judge an act named as their object: its doer is the one judged
JUDGING_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT"})
VOICING_VERBS = words("voicing_verbs")
ACCUSING_VERBS = words("accusing_verbs")
STANCE_TOPIC_PREPS = ("over", "at", "about", "against", "on", "to")  # "outrage *over* X"


def event_noun(tok: Token) -> Token:
    """The phrase a noun trigger heads: "a *mediation* effort" -> effort, "five *days of*
    drills" -> days (the event's modifiers and verb hang there)."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in EVENT_HEAD_NOUNS:
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in MEASURE_NOUNS
    ):
        return tok.head.head
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if amount is not None and tok.lemma_.lower() in FUNDING_NOUNS and _is_amount(amount):
        return amount  # "announced *60 million euros in aid*": the amount was announced
    return tok


def _is_amount(tok: Token) -> bool:
    """A sum of money: "$2 billion", "60 million euros" (a number word or a number on it)."""
    return tok.pos_ in ("NOUN", "NUM") and (
        tok.ent_type_ == "MONEY" or tok.like_num or any(c.like_num for c in tok.children)
    )


def shape(trig: Trigger) -> str:
    """Which argument rules apply: "aux" (a reported modal), "noun" or "verb"."""
    if trig.rule.pos in ("aux", "copula"):
        return trig.rule.pos
    if trig.token.pos_ in ("NOUN", "PROPN") and trig.rule.pos != "verb":
        return "noun"
    return "verb"


SAY_VERBS = words("say_verbs")
# what a speaker does by speaking: the acts a verb of saying can be joined to
SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "AGREE", "SUPPORT", "THREATEN"})


def actor_candidates(trig: Trigger) -> list[Arg]:
    tok = trig.token
    kind = shape(trig)
    if kind == "aux":  # "X said Y must / needs to ...": X demands
        found = obligation(tok)  # (a quotation's own main clause: its speaker, set later)
        return [verb_actor(found[0].head)] if found and found[0].dep_ != "ROOT" else []
    if kind == "noun":
        return noun_actor(event_noun(tok), trig.cameo.code[:2], trig.cameo.code)
    if kind == "copula":  # '"The duties are a mistake." ... she said': the speaker, not the
        return []  # subject (the sentence coder gives the quotation's speaker)
    if trig.rule.pattern in (OFFENDERS_PATTERN, TARGET_PATTERN):
        # "police said anyone who loots will be arrested": the speaker announces it
        say = announced_threat_parts(tok)[0]
        return [verb_actor(say).wrap("actor.speaker", head=say.text)] if say is not None else []
    if trig.rule.pattern == PUNISHMENT_PATTERN and (say := punishment_sayer(tok)) is not None:
        # "Poland said Belarus would face consequences": the punishment is the speaker's
        return [verb_actor(say).wrap("actor.speaker", head=say.text)]
    if trig.rule.pattern == KEPT_PATTERN:
        # "the minister said the crossing would stay closed until X pays": the speaker keeps
        # it (a quotation standing alone: its speaker, set by the sentence coder)
        if tok.dep_ != "ccomp":
            return []
        return [verb_actor(tok.head).wrap("actor.speaker", head=tok.head.text)]
    if trig.rule.pattern == CONSEQUENCE_PATTERN and tok.dep_ == "ccomp":
        subj = child(tok, "nsubj", "nsubjpass")
        if subj is not None and subj.lower_ not in ("we", "i") and first_person_doer(subj):
            # '"If they cross, *our navy* will be there," he said': the speaker's own forces
            return [verb_actor(tok.head).wrap("actor.speaker", head=tok.head.text), verb_actor(tok)]
    doer = verb_actor(tok)
    if not doer and trig.cameo.plover == "MOBILIZE" and is_passive(tok):
        forces = child(tok, "nsubjpass")
        if forces is not None:  # "the army was put on alert": the forces mobilised are the doer
            return [arg(with_conjuncts(forces), "actor.mobilized_subject")]
    if not doer and is_passive(tok):
        for part in trig.parts:  # "talks *were held between* A and B": the talks' parties
            parties = between(part)
            if parties:
                return [parties]
    if not doer and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "VBG":
        parties = between(tok)  # "*fighting between* A and B erupted": a gerund as a noun
        if parties:
            return [parties]
    head = tok.head
    if tok.dep_ == "conj" and trig.cameo.plover in SPOKEN_TYPES and not is_passive(tok):
        # "X said the measures were unfair *and called on* Y ...": the parser joined the verb to
        # the reported clause; when its subject is no actor, the speaker is tried next
        said = _reporting_verb(head)
        if said is not None:
            speaker = verb_actor(said)
            if speaker:
                return [doer, speaker.wrap("actor.speaker", head=said.text)]
    return [doer]


# verbs that answer a claim by denying it govern a reported clause too ("denied *that* ...")
DENIAL_VERBS = words("denial_verbs")


def _reporting_verb(clause: Token) -> Token | None:
    """The verb of saying (or denying) that reports ``clause``, a clause a verb is joined to:
    its own head ("X *said* the measures were unfair and called on Y"), or, for a clause
    reported inside a reported clause, the outer one ("X *said* the accord showed that talks
    work and urged Y"; "X *denied* that anyone had been hurt and warned Y"): a speaker's
    statements follow each other, the things reported do not speak (English grammar)."""
    if clause.dep_ != "ccomp":
        return None
    gov = clause.head
    if gov.lemma_.lower() in SAY_VERBS or gov.lemma_.lower() in DENIAL_VERBS:
        return gov
    if gov.dep_ == "ccomp" and gov.head.lemma_.lower() in SAY_VERBS:
        return gov.head
    return None


def recipient_candidates(trig: Trigger) -> list[Arg]:
    tok, code = trig.token, trig.cameo
    claim = spoken_protest(trig)
    if claim is not None:  # "protested that *X's troops* had crossed": the accused
        subj = child(claim, "nsubj", "nsubjpass")
        head = [arg(with_conjuncts(subj), "recipient.complaint_subject")] if subj else []
        return head + _result_targets(trig)
    out: list[Arg] = []
    if trig.rule.pattern in (OFFENDERS_PATTERN, TARGET_PATTERN):
        # "any *Malian* soldier found there will be treated as an enemy": who it falls on
        subj = announced_threat_parts(tok)[1]
        return (
            [arg(with_conjuncts(subj), "recipient.punished_party", verb=tok.text)] if subj else []
        )
    if trig.rule.pattern == PUNISHMENT_PATTERN:
        # "said *Belarus* would face consequences": the side that is to receive them
        subj = punished_party(tok)
        return (
            [arg(with_conjuncts(subj), "recipient.punished_party", verb=tok.text)] if subj else []
        )
    if trig.rule.pattern == KEPT_PATTERN:
        # "would stay closed until *X* pays": who must comply
        found_kept = kept_condition(tok)
        if found_kept is None:
            return []
        cond, party = found_kept
        return [arg(with_conjuncts(party), "recipient.kept_until_party", verb=cond.text)]
    if trig.rule.pattern == ANSWERED_PATTERN:
        # "would respond to *X's* attack", "to any attack *by X*": the attacker, else the doer
        # of the act answered (recipient.answered_move)
        attack = answered_attack(tok)
        doers = [a for a in noun_actor(attack, "19")] if attack is not None else []
        return [a for a in doers if a][:1]
    if trig.rule.pattern in (CONSEQUENCE_PATTERN, RECOURSE_PATTERN):
        # "the government will take the matter *to the UN* should X go on": the answer's
        # words name no target (a venue, a place); who must stop is the condition's doer,
        # else the doer of the act answered (recipient.answered_move)
        found = ca.condition_subject(tok)
        if found and all(h.dep_ == "nsubjpass" for h in found.heads):
            return []  # "if our ships are attacked": the victims, not who must stop
        if found is None and trig.rule.pattern == RECOURSE_PATTERN:
            return []  # no condition: the act answered decides (recipient.answered_move)
        return [found]
    if code.quad_class == 3 and code.plover != "THREATEN" and condition_of(tok) is not None:
        # "could file a complaint with the WTO *if Korea* refuses": a conditional threat is
        # aimed at who must comply, not at the venue (rule recipient.condition_over_venue)
        found = ca.condition_subject(tok)
        if found:
            out.append(found.wrap("recipient.condition_over_venue"))
    elif code.plover == "REQUEST" and in_warning(tok):
        # "warned that it would ask the council to send monitors *if X* went on": a request
        # warned of on condition is a threat aimed at who must comply, not at the body asked
        # (the condition on the verb or, as the parser often hangs it, on its complement)
        for v in (tok, complement_of_condition(tok)):
            found = ca.condition_subject(v) if v is not None else None
            if found:
                out.append(found.wrap("recipient.condition_over_venue"))
                break
    keys = {k for it in trig.rule.items for k in it}
    if "@refusal" in keys:  # "will not allow *X's ships* to enter": whom the refusal is for
        out.append(ca.refused_party(tok))
    if "@not_idle" in keys:  # "will not stand idly by *while X* ...": whose act it will not watch
        out.append(ca.watched_party(tok))
    if code.plover == "ACCUSE":  # "filed a complaint with X, *accusing Y* of ...": Y
        out += _accusing_participle(tok)
    verb = tok.pos_ == "VERB"
    if code.plover == "PROTEST" and verb:
        out.append(ca.mission_target(tok))  # "rallied outside *the X embassy*"
    if code.plover == "SUPPORT" and verb:
        out.append(ca.supported_party(tok))  # "rallied *in support of X*": the party backed
    elif code.plover == "SUPPORT" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        out.append(ca.supported_party(tok.head.head))  # the noun "*solidarity* with X" itself
    kind = shape(trig)
    out += {"aux": _aux_recipients, "noun": _noun_recipients}.get(kind, _verb_recipients)(trig)
    if code.plover == "REQUEST" and {p.lemma_.lower() for p in trig.parts} & SHELTER:
        out.append(ca.place_recipient(tok))  # "sought asylum *in X*"
    if code.plover == "PROTEST" and verb:
        out.append(ca.scene_target(tok))  # "threw stones during rallies *against X*"
        out.append(ca.protest_aim_target(tok))  # "blocked roads *to protest against X*"
    if code.plover in ("AID", "COOPERATE", "MOBILIZE") and verb:
        out.append(ca.aim_object(tok))  # "sent engineers *to help rebuild X*"
    if code.plover == "MOBILIZE" and verb:
        out.append(ca.provocation_subject(tok))  # "scrambled jets *after X's bombers* entered"
    if code.plover in ("ASSAULT", "COERCE") and verb:
        out.append(ca.aim_object(tok))  # "opened fire *to disperse the crowd*": its target
    if code.plover in ("THREATEN", "REQUEST") or code.quad_class in (3, 4):
        # "threatened to strike *unless X* ...": who must comply is the target
        clauses = [tok, *(c for c in frame_contents(trig) if c.pos_ == "VERB")]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "have":
            clauses.append(tok.head)  # "*if X* refused, Y would have to review ...": on 'have'
        if tok.pos_ == "NOUN" and tok.dep_ == "attr":  # "there will be consequences *if X*"
            clauses.append(tok.head)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            clauses.append(tok.head)  # "will resume air *strikes unless X* hands him over"
        for v in clauses:
            found = ca.condition_subject(v)
            if (
                found
                and (first_found := next((a for a in out if a), None))
                and own_held(first_found)
            ):
                # "would recall *its* ambassador unless X apologised": the doer's own envoy
                # or troops are what it acts with; who must comply is the target
                out.insert(0, found)
            else:
                out.append(found)
    if code.quad_class in (2, 4) and code.plover != "CONSULT":
        out.append(ca.place_recipient(tok))  # last resort: where it happened
        gov = governing_verb(tok) if tok.pos_ == "NOUN" else None
        if gov is None and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
            gov = tok.head  # "held drills *around X*": the place hangs on the light verb
        if gov is not None and code.quad_class == 4:  # "took part in shelling *in X*"
            out.append(ca.place_recipient(gov))
        if code.quad_class == 4 and tok.pos_ == "NOUN":
            out += _struck(event_noun(tok))  # "an airstrike *hit* a school *in X*"
    elif code.code in VISIT_CODES:  # "arrived *in X*": the host country
        out.append(ca.place_recipient(tok))
        if shape(trig) == "noun":
            out += _visit_noun_hosts(event_noun(tok))
        elif tok.dep_ == "amod" and tok.tag_ == "VBG":  # "the *visiting* X minister"
            out += _visiting_hosts(tok.head)
    out += _result_targets(trig)
    if code.plover in FRAME_TYPES:  # "threatened to impose a curfew *in X*"
        out += [ca.place_recipient(c) for c in frame_contents(trig) if c.pos_ == "VERB"]
    return out


def _accusing_participle(tok: Token) -> list[Arg]:
    """ "X filed a complaint with the Y, *accusing* Z of ...", "X criticised the move,
    *blaming* Z", "X unsealed an indictment *charging* Z": a participle of accusing (vocabulary
    accusing_verbs) on the complaint's verb or on its object names whom it is against, rather
    than the body it was filed with."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ == "dobj" else None)
    if verb is None:
        return []
    # "unsealed an indictment *charging* Z with ...", "filed a complaint *accusing* Z": the
    # participle may also hang on the verb's object
    objs = [tok] if tok.pos_ != "VERB" else [c for c in verb.children if c.dep_ == "dobj"]
    held = [c for o in objs for c in o.children if c.dep_ == "acl"]
    for c in [*verb.children, *held]:
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in ACCUSING_VERBS:
            obj = child(c, "dobj")
            if obj is not None:
                return [arg(with_conjuncts(obj), "recipient.accusing_participle", verb=c.text)]
    return []


def _struck(noun: Token) -> list[Arg]:
    """ "an Israeli airstrike *hit a school* in X": an attack noun that is the subject of a verb
    of impact (vocabulary impact_verbs) targets that verb's object, else where it struck."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in IMPACT_VERBS:
        return []
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    out = [arg([h for o in objs for h in with_conjuncts(o)], "recipient.struck", verb=verb.text)]
    place = ca.place_recipient(verb)  # "hit a school *in X*", also on the object
    if place:
        out.append(place.wrap("recipient.struck", verb=verb.text))
    return [a for a in out if a]


def _visit_noun_hosts(noun: Token) -> list[Arg]:
    """The host of a visit noun named outside its own prepositions: a place name before it
    when a possessor is the visitor ("the premier's *Japan* visit"), else the place of the
    journey it is the purpose of ("flew *to X* for a three-day visit"), else, for a visit noun
    that is the subject of its clause, where that clause happens ("*In X*, the premier's visit
    was overshadowed by ...", "the king's visit ended in X": rule recipient.visit_clause_place)."""
    out: list[Arg] = []
    clause = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in ("VERB", "AUX"):
        course = clause.lemma_.lower() in VISIT_COURSE_VERBS  # "the visit *ended* in X"
        places = [  # "*In X*, the visit was ...": a fronted place sets the whole clause
            o
            for _p, o in prep_objects(clause, ("in",))
            if o.ent_type_ in ("GPE", "LOC") and (course or o.i < noun.i)
        ]
        if places:
            out.append(arg(places, "recipient.visit_clause_place", verb=clause.text))
    if any(c.dep_ == "poss" for c in noun.children):
        places = [
            c
            for c in noun.children
            if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in ("GPE", "LOC")
        ]
        if places:
            out.append(arg(places, "recipient.visit_destination", noun=noun.text))
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "on") and head.head.pos_ == "VERB":
        journey = head.head
        place = ca.place_recipient(journey)
        targets = [o for _p, o in prep_objects(journey, ("to", "into"))]
        if targets:
            out.append(arg(targets, "recipient.visit_journey", verb=journey.text, noun=noun.text))
        if place:
            out.append(place.wrap("recipient.visit_journey", verb=journey.text, noun=noun.text))
    return out


def _visiting_hosts(visitor: Token) -> list[Arg]:
    """The host of "the *visiting* X": the subject of the clause the visitor is an object in
    ("Y told the visiting X ...", "in a gesture to the visiting X, Y ..."), else where that
    clause happens ("the visiting X met ... *in Y*")."""
    out: list[Arg] = []
    verb, cur = None, visitor
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur
            break
    if verb is None:
        return out
    if visitor.dep_ not in ("nsubj", "nsubjpass"):
        clause = verb
        subj = child(clause, "nsubj")
        for _ in range(4):  # "in what was seen as a snub to the visiting X, *Y* ...": the
            if subj is not None or clause.head.i == clause.i:  # subject of the clause above
                break
            clause = clause.head
            subj = child(clause, "nsubj") if clause.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.pos_ != "PRON":
            out.append(arg(with_conjuncts(subj), "recipient.visiting_host", verb=clause.text))
    place = ca.place_recipient(verb)
    if place:
        out.append(place.wrap("recipient.visiting_place", verb=verb.text))
    return out


def _aux_recipients(trig: Trigger) -> list[Arg]:
    """ "X said Y must / needs to ...": Y, the subject of the demanded act, is asked; of a
    passive ("refugees must not be forced back by Z"), the one who would do it."""
    found = obligation(trig.token)
    if found is None:
        return []
    clause, act = found
    by = first(act, "actor.agent")
    if by is not None:
        return [arg(with_conjuncts(by.arg), "recipient.obliged_agent")]
    if clause.i == trig.token.i:  # "Y *needs* to ...": the verb of obligation's own subject
        subj = child(clause, "nsubj", "nsubjpass")
        return [arg(with_conjuncts(subj), "recipient.reported_demand_subject")] if subj else []
    subj = first(trig.token, "recipient.reported_demand_subject")
    return [arg(with_conjuncts(subj.arg), subj.rule)] if subj else []


def _noun_recipients(trig: Trigger) -> list[Arg]:
    tok, code = trig.token, trig.cameo
    out: list[Arg] = []
    if code.plover == "ACCUSE":  # "an inquiry into abuses *by X*", nearest phrase last
        inner = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("into", "of")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        out += [ca.doer_in(o) for o in reversed(inner)]
    if code.plover in ASKING_TYPES:
        subj = ca.noun_content_subject(tok)  # "its demand that *X* pay ..."
        if subj:
            out.append(subj)
    head = event_noun(tok)
    out += noun_recipient(head, code.code[:2], code.code)
    if head != tok:  # "60 million euros in aid *for X*": the noun's own too
        out += noun_recipient(tok, code.code[:2], code.code)
    if head != tok and head.dep_ == "dobj" and tok.lemma_.lower() in FUNDING_NOUNS:
        # "announced 60 million euros in aid *for X*": the sum's verb names who gets it
        out += [
            arg(with_conjuncts(o), "recipient.governing_verb_prep", prep=p, p=p)
            for p, o in prep_objects(head.head, ("for", "to"))
        ]
    return out


def _feeling_with(verb: Token) -> Arg:
    """ "registered its displeasure *with India* over the expulsions", "expressed its anger
    *with Y*": the party a voiced feeling is held against, named by "with" on the feeling's
    noun (a proper name or a nationality), before what it is about (rule recipient.feeling_with;
    branch relacts)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for _p, o in prep_objects(obj, ("with",)):
            if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG"):
                return arg(with_conjuncts(o), "recipient.feeling_with", noun=obj.text)
    return Arg()


# nouns of something said, proposed, promised or threatened (vocabulary proposal_nouns,
# pledge_nouns, speech_nouns): "repeated *the government's charge*" (rule recipient.act_noun_author)
AUTHORED_ACT_NOUNS = words("proposal_nouns") | words("pledge_nouns") | words("speech_nouns")
AUTHORING_VERBS = words("act_voicing_verbs")
LED_CROWDS = words("led_crowd_nouns")  # "repeated", "renewed", "lodged" the act named


def _authored_object(trig: Trigger, obj: Arg) -> bool:
    """The direct object is a noun of the trigger's own pattern ("repeated … *charge*", "lodged
    … *protest*"), a noun of something said, proposed or promised, with a possessor that is not a
    pronoun, under a verb by which its subject makes, voices or repeats that act (vocabulary
    act_voicing_verbs; not "welcomed *China's* offer", which answers it): the noun names the act
    itself, and its possessor ("*the government's* charge") is who makes it."""
    if trig.token.lemma_.lower() not in AUTHORING_VERBS:
        return False  # "welcomed *China's offer*": an answer to the possessor, who is its target
    at = {t.i for t in trig.tokens}
    return any(
        h.i in at
        and h.i != trig.token.i
        and h.pos_ == "NOUN"
        and h.lemma_.lower() in AUTHORED_ACT_NOUNS  # an act, not a person ("Y's ambassador")
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in h.children)
        for h in obj.heads
    )


def _verb_recipients(trig: Trigger) -> list[Arg]:
    tok, plover = trig.token, trig.cameo.plover
    obj, preps = verb_recipient(tok)
    if obj and reported_verdict(trig):  # '"... unjustified," the minister *told reporters*':
        obj = None  # whom a verdict is told to is not what it judges
    if obj and obj.rule == "recipient.dobj" and _authored_object(trig, obj):
        # "repeated *the government's charge* against X", "renewed *Kyiv's call* for ...": the
        # object is the act the pattern names, and its possessor is the act's author (the
        # doer's side), never its target; a preposition on the noun names the target
        # (rule recipient.act_noun_author)
        noun = obj.heads[0]
        preps = [
            p.wrap("recipient.act_noun_author", noun=noun.text)
            if p.heads and p.heads[0].head.head.i == noun.i
            else p
            for p in preps
        ]
        obj = None
    if (
        obj
        and plover == "PROTEST"
        and obj.heads
        and all(
            h.i in {t.i for t in trig.parts} and h.lemma_.lower() in LED_CROWDS for h in obj.heads
        )
    ):
        # "would bring *its members* onto the streets": the crowd led out is who protests, not
        # whom the protest is against (vocabulary led_crowd_nouns)
        obj = None
    targets = ([obj] if obj else []) + preps
    demanded = ca.content_subject(tok) if plover in ASKING_TYPES else Arg()  # "that *X* pay"
    if plover == "REJECT" and demanded and ca.denies_claim(tok):
        # "denied that Y's authorities had any role": Y is what the claim was about; the
        # denial answers the one who made it (rules recipient.claimant, recipient.accuser)
        demanded = Arg()
    said = child(tok, "dobj")
    if plover in ANSWERING_SPEECH and said is not None and said.lemma_.lower() in SPEECH_NOUNS:
        # "rejected *the claim that X* ...", "dismissed calls that X resign": what someone
        # else said about X; the rejection answers them, not X
        demanded = Arg()
    out: list[Arg] = []
    asked = polite_request(tok) if plover == "REQUEST" else None
    if asked is not None and asked.lower_ not in ("you", "your"):
        out.append(arg(with_conjuncts(asked), "recipient.polite_request"))  # "if *X* allowed"
    if plover == "ACCUSE" and trig.rule.lemma in VOICING_VERBS:
        out.append(_feeling_with(tok))  # "registered its displeasure *with X* over ..."
    if plover == "ACCUSE":  # "complained to the UN *about* X": X is accused
        about = ca.complained_about(tok)
        if about and (not obj or obj.rule != "recipient.dobj"):
            out.append(about)
    if plover in JUDGING_TYPES or tok.lemma_.lower() == "protest":
        # "condemned (protested) the killing of fishermen *by X*": X, not them
        out.append(ca.act_doer(child(tok, "dobj")))
        judged = child(tok, "dobj")
        if judged is not None and judged.lemma_.lower() in STATE_COERCION_NOUNS:
            # "condemned the arrest of its nationals *in X*": X's authorities arrested them
            place = ca.place_recipient(judged)
            for _p, held in prep_objects(judged, ("of",)):  # "of its nationals *in X*"
                place = place or ca.place_recipient(held)
            if place:
                out.append(place.wrap("recipient.act_place", noun=judged.text))
    if plover in JUDGING_TYPES and not obj:  # "denounced as illegal *X's seizure*"
        out.append(ca.shifted_object(tok))
    verdict = any(it & VERDICT_KEYS for it in trig.rule.items)
    judging = verdict or plover in ("SUPPORT", "ACCUSE")
    if judging and (judged := judged_thing(tok) or child(tok, "dobj")) is not None:
        parties = between(judged).heads  # "called (welcomed) the accord *between A and B*"
        if not parties and judged.lemma_.lower() in PHASE_NOUNS:
            # "welcomed the *resumption of* talks between A and B": the talks' parties
            parties = [h for _p, o in prep_objects(judged, ("of",)) for h in between(o).heads]
        parties = parties or [  # "said the talks *with X* were constructive"
            h for _p, o in prep_objects(judged, ("with",)) for h in with_conjuncts(o)
        ]
        if parties:
            out.append(arg(parties, "recipient.judged_parties", thing=judged.text))
    if trig.rule.lemma in VOICING_VERBS and plover in JUDGING_TYPES:
        # "expressed outrage over the killing of migrants *by X*": the doer of the act the
        # stance is about, before the act's own words
        stance = child(tok, "dobj")
        for head in (tok, stance) if stance is not None else (tok,):
            for _p, topic in prep_objects(head, STANCE_TOPIC_PREPS):
                doer = ca.act_doer(topic)
                if doer:
                    out.append(doer)
    which = child(tok, "dobj") if verdict and tok.dep_ == "relcl" else None
    if which is not None and which.i < tok.i and which.tag_ in RELATIVE_TAGS:
        # "X held a referendum, *which* Y called a sham": the act the clause hangs on, and
        # who did it (the subject of the verb it is the object of)
        act = tok.head
        if act.dep_ == "pobj" and act.head.dep_ == "prep":  # "a referendum in the region, which"
            act = act.head.head
        if act.pos_ in ("NOUN", "PROPN"):
            out.append(ca.act_doer(act))
        done = act if act.pos_ == "VERB" else act.head if act.dep_ in ("dobj", "obj") else None
        if done is not None and done.pos_ == "VERB":  # "held a census in X, which": held's doer
            doer = verb_actor(done)
            if doer:
                out.append(doer.wrap("recipient.judged_antecedent", thing=act.text))
    if verdict and not obj and not denied_act_trigger(trig):  # not "*no detainee* was tortured"
        judged = judged_thing(tok)  # "called *the British exercises* a provocation" (misparsed)
        if judged is not None:
            out.append(ca.act_doer(judged))
            for heads in ([judged], judged_words(tok)[:-1]):  # "the *Indian* blockade inhumane"
                if heads:
                    out.append(
                        arg(heads, "recipient.judged_thing", verb=tok.text, thing=judged.text)
                    )
    if trig.cameo.code in HOSTING_CODES:  # "hosted talks *between A and B*"
        out.append(ca.hosted_parties(tok))
    if trig.cameo.code[:2] in BARRIER_ROOTS:  # "blocked aid *from entering X*", "*to X*"
        out = travel_origin(tok) + out + goods_kept_from(tok)  # "barred *travellers from X*"
        out += declared_unwelcome(tok)  # "declared two Xian diplomats persona non grata"
    out += scheme_owner(tok)  # "would not take part *in the EU's* pool"
    if plover == "PROTEST" or trig.cameo.code == "164":  # "walked out *after X blocked* it"
        out += provoker(tok)
    if plover in ("PROTEST", "REJECT") or trig.cameo.code == "164":
        out += walked_on(tok)  # "walked out *during X's speech*", "the summit *hosted by X*"
    if targets:
        out.append(targets[0])
    elif demanded:
        out.append(demanded)
    if plover in CHARGING_TYPES:  # "demanded an admission *by X*"
        dobj = child(tok, "dobj")
        if dobj is None:  # "called *for* an end to the blockade by X"
            dobj = next((o for _p, o in prep_objects(tok, ("for",))), None)
        out.append(ca.doer_in(dobj))
    if plover in ANSWERING_TYPES:  # "rejected *calls by X*"
        out.append(ca.proposer(obj.heads[0] if obj else None))
    if targets and demanded:
        out.append(demanded)
    out += targets[1:]
    if plover in FRAME_TYPES:  # "threatened to strike *X*": the content's target
        for content in frame_contents(trig):
            if content.pos_ == "VERB":
                out.append(ca.hosted_parties(content))  # "ready to host talks *between A and B*"
                c_obj, c_preps = verb_recipient(content)
                out += ([c_obj] if c_obj else []) + c_preps
                out.append(ca.aim_object(content))  # "offered to lend engineers *to rebuild X*"
            elif content.pos_ in ("NOUN", "PROPN"):  # "called for *sanctions against X*"
                if not (plover in ANSWERING_SPEECH and content.lemma_.lower() in SPEECH_NOUNS):
                    out.append(ca.noun_content_subject(content))
                out += noun_recipient(content, "")
    return out


def _result_targets(trig: Trigger) -> list[Arg]:
    """ "fired rockets at camps in X, *killing* 50": the result shares the attack's target."""
    tok = trig.token
    if not (
        trig.cameo.quad_class == 4
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.head.pos_ == "VERB"
    ):
        return []
    attack = reported_clause(tok) or tok.head  # "..., officials said, killing 5"
    obj, preps = verb_recipient(attack)
    return [*([obj] if obj else []), *preps, ca.place_recipient(attack)]
