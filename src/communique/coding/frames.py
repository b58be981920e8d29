"""Triggers inside other triggers: what a frame word (agree, demand, reject, threaten, accuse)
governs is its content, not an event of its own ("vowed *to retaliate*", "urged X *to leave*");
an aim ("met *to discuss*") is no event; a light verb with a noun event does that event.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.decided_acts import decision_owner
from communique.coding.syntax import RELATIVE_TAGS
from communique.coding.triggers import Trigger, match
from communique.coding.verdicts import verdict_of
from communique.postags import FINITE_VERB_TAGS
from communique.vocabulary import words

# a trigger of one of these types takes the event it governs as its content
FRAME_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})
FINITE_TAGS = FINITE_VERB_TAGS  # Penn tags of a finite verb ("urged", "urges", "urge")
# frames whose content is the doer's own act: promised, threatened or refused
OWN_ACT_FRAMES = frozenset({"AGREE", "THREATEN", "REJECT"})
# an aim that is itself the political act: "workers stopped work *to protest* the bill"
PURPOSE_EVENTS = frozenset({"PROTEST"})
# dependency labels by which a frame word governs its content
CONTENT_DEPS = frozenset(
    {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acomp", "oprd", "nsubjpass",
     "acl", "relcl", "appos", "attr", "compound"}
)  # fmt: skip
LIGHT_FRAMES = words("light_frames")
MARCH_VERBS = words("march_verbs")  # "dockers *walked* to the port to demand X"
MARCH_PHRASAL = words("march_phrasal_verbs")  # "a caravan *set off* from X to demand ..."
MARCH_AIMS = words("march_aims")  # "... to *press for* higher wages": what a march is for
ACT_AIMS = words("act_aims")  # "vendors spread their goods on the steps *to denounce* X"
NOT_STREET_ACTS = words("not_street_acts")  # "wrote to the governor to demand X": no protest
ONLINE_ACT_WORDS = words("online_act_words")  # "flooded social media to denounce X": no street
PERMISSION_VERBS = words("permission_verbs")
# the types of a permission coded as an event of its own: easing (081x) or letting in (086x)
PERMISSION_TYPES = frozenset({"CONCEDE", "RETREAT"})


def permits(trig: Trigger) -> bool:
    """A verb of permission coded as easing or access ("*allowed* a convoy to reach X",
    "*let* inspectors visit the site"): the act it permits is its content, not an event of
    its own (rule filter.frame_content)."""
    return trig.token.lemma_.lower() in PERMISSION_VERBS and trig.cameo.plover in PERMISSION_TYPES


DENIAL_VERBS = words("denial_verbs")
CLAIM_NOUNS = words("claim_nouns")
CAUSE_PREDICATES = words("cause_predicates")


def denied_cause(tok: Token, gov: Trigger, path: list[str]) -> bool:
    """Whether the noun ``tok`` is the subject of a clause of blame or cause that a denial
    governs: "X denied that *Yian sanctions* were to blame for the shortages", "rejected claims
    that *Yian strikes* had caused the blackouts": the denial is of the blame, and what the
    claim names is no act of Y's told by the story (rule filter.denied_cause)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if gov.token.lemma_.lower() not in DENIAL_VERBS or gov.cameo.plover != "REJECT":
        return False
    if path[1:] not in (["ccomp"], ["acl", "dobj"], ["ccomp", "dobj"], ["acl", "pobj", "prep"]):
        return False
    if len(path) > 2 and tok.head.head.lemma_.lower() not in CLAIM_NOUNS:
        return False  # "rejected the plan that ..." names no claim
    clause = tok.head
    return clause.lemma_.lower() in CAUSE_PREDICATES or any(
        c.dep_ in ("xcomp", "prep", "acomp", "attr") and c.lemma_.lower() in CAUSE_PREDICATES
        for c in clause.children
    )


def governor(tok: Token, trigger_at: dict[int, Trigger]) -> tuple[Trigger | None, list[str]]:
    """The nearest trigger above ``tok`` in the parse, and the dependency path up to it."""
    path: list[str] = []
    cur = tok
    while cur.head.i != cur.i:
        path.append(cur.dep_)
        cur = cur.head
        if cur.i in trigger_at:
            return trigger_at[cur.i], path
    return None, path


SETTING_PREPS = words("setting_preps")
SETTING_MARKS = words("setting_marks")


def in_setting(tok: Token, steps: int) -> bool:
    """Whether the path of ``steps`` arcs up from ``tok`` to its governor ends in a preposition
    of time or setting: "*In a call with* X, Y asked ...", "*during talks*, X rejected ..."
    say when and where the frame word was said, not what it asks or rejects."""
    cur = tok
    for _ in range(steps - 1):
        cur = cur.head
    if cur.dep_ == "advcl":  # "protested *after* a ship *rammed* a boat": a clause of time
        return any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in cur.children)
    return cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS


def split_clause(tok: Token, steps: int) -> bool:
    """Whether the path of ``steps`` arcs up from ``tok`` passes a complement clause that comes
    before its head with a semicolon between them ("X accused Y of ... *;* Y rejected the
    accusation"): two sentences joined by a semicolon, which the parser may hang one on the
    other's verb; the first is no content of the second (a reported clause follows its verb
    of saying, or stands before it with a comma: '"...," X said'). So too a clause told before
    a comma and a claim noun that refers back to it ("X accused Y of arming rebels, *a charge*
    Y denies"), which the parser may hang on the denial as its content."""
    cur = tok
    for _ in range(max(steps, 1)):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and cur.i < head.i:
            between = tok.doc[cur.right_edge.i + 1 : head.i]
            if any(t.text == ";" for t in between):
                return True
            if any(t.text == "," for t in between) and any(
                t.lemma_.lower() in CLAIM_NOUNS and t.pos_ == "NOUN" for t in between
            ):  # "X accused Y of ..., *a charge* Y denies": the noun refers back to the
                return True  # charge told before it, an act of its own

        cur = head
    return False


def own_relative_clause(tok: Token, steps: int, material: bool = False) -> bool:
    """Whether the path of ``steps`` arcs up from ``tok`` passes a relative clause with a
    subject of its own ("condemned the raid on the port, *which Ruritania denies*"): that clause
    states its subject's own act, not what the frame word asks, judges or rejects."""
    cur = tok
    for _ in range(steps):
        if (
            cur.dep_ == "relcl"
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS
                for c in cur.children
            )
            and not claim_content(cur)
        ):
            return True
        if cur.dep_ == "relcl" and _report_says(cur):
            return True  # "rejected a report *that accused* X": the report's own act, done
        if cur.dep_ == "relcl" and _passive_with_doer(cur):
            return True  # "demanded the release of a boat *that was seized by* X": X's act
        if material and cur.dep_ == "acl" and cur.tag_ == "VBN" and _agent_named(cur):
            # "the return of two boats *seized by* X": X's act, when it is a material one
            # (``material``; "amendments *proposed by* X" describes the thing; branch relacts)
            return True
        cur = cur.head
    return False


def _passive_with_doer(clause: Token) -> bool:
    """ "the release of a trawler *that was seized by the coast guard*": a relative clause in
    the past passive whose doer is named after "by" tells that doer's act as done, an event of
    its own, not what a frame over the noun asks or rejects (rule frame.passive_relative). Not
    with a modal ("boats that could be seized by ...") nor in the present ("people who are
    held by ..." may be a state, still told as the frame's content)."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux):
        return False
    if any(c.tag_ == "MD" for c in aux):
        return False
    return _agent_named(clause)


def _agent_named(clause: Token) -> bool:
    """Whether a passive clause or participle names its doer after "by": "(a boat that was)
    *seized by the coast guard*" (rule filter.frame_content)."""
    return any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in clause.children
    )


REPORT_NOUNS = words("report_nouns")
CARRYING_VERBS = words("joined_act_verbs")  # "to *help* find", "to *try* to reach"


def _report_says(clause: Token) -> bool:
    """ "a report by X *that accused* the police of ...": a relative clause whose relative
    pronoun is the subject and whose noun is a report tells what the report (its author) did,
    not what a frame over the noun asks or rejects."""
    return clause.head.lemma_.lower() in REPORT_NOUNS and any(
        c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children
    )


REPORTER_PREPS = ("by", "from", "of")  # "a report *by* a charity", "claims *from* residents"


def claim_content(clause: Token) -> bool:
    """Whether a clause parsed as relative to the source of a claim is the claim's content: in
    "denied a report by a charity *that police had pushed 70 people back*", "that" fills no gap
    (the clause has a subject and an object of its own) and the noun it hangs on is who made a
    claim (vocabulary claim_nouns) named after by, from or of."""
    if not any(c.lower_ == "that" for c in clause.children if c.i < clause.i):
        return False
    own = [c for c in clause.children if c.lower_ != "that" and c.tag_ not in RELATIVE_TAGS]
    if not any(c.dep_ == "dobj" for c in own) and not any(c.dep_ == "nsubjpass" for c in own):
        return False
    source = clause.head
    if source.lemma_.lower() in CLAIM_NOUNS:  # "a report *that police had pushed 70 people*"
        return True
    for _ in range(3):  # "a report by the Network *of Guanacaste* that ...": up the name
        prep = source.head
        if not (source.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in REPORTER_PREPS):
            return False
        if prep.head.lemma_.lower() in CLAIM_NOUNS:
            return True
        source = prep.head
    return False


def is_purpose_clause(tok: Token) -> bool:
    """'... an agreement *to foster* cooperation', 'met *to discuss*': an aim, not an event;
    not the act a decision with an owner decided ("X's decision *to expel* Y":
    decided_acts.decision_owner)."""
    if decision_owner(tok) is not None:
        return False
    return tok.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def continues_aim(tok: Token, events: set[int]) -> bool:
    """ "hosted the talks *to help find* a solution", "met *to try to reach* a deal": the verb
    an aim's own verb hangs on is that aim too, not an event (``events``: the positions of the
    sentence's event words that are no aim). Only through verbs that carry their complement
    along (vocabulary.tsv joined_act_verbs: help, try, attempt ...): what an aim would *force*
    someone to do ("in an effort to force X to release ...") stays an event of its own, told
    as not done (modality)."""
    cur = tok
    while (
        cur.dep_ == "xcomp"
        and cur.head.i != cur.i
        and cur.head.i not in events
        and cur.head.lemma_.lower() in CARRYING_VERBS
    ):
        cur = cur.head
        if is_purpose_clause(cur):
            return True
    return False


def frame_contents(trig: Trigger) -> list[Token]:
    """What a frame word governs: "threatened *to retaliate*", "demanded *that X leave*",
    "called for *sanctions*", "agreed *to a truce*"."""
    tok = trig.token
    out = [*trig.parts]
    out += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "on", "upon"):
            out += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    # "threatened to close the port *and seize* ships": joined bare verbs are content too
    out += [c for v in list(out) if v.pos_ == "VERB" for c in v.conjuncts if c.tag_ == "VB"]
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i)) and t.i != tok.i]


def requested_act(verb: Token, trigger_at: dict[int, Trigger]) -> Trigger | None:
    """The frame (an appeal, a promise, a threat) whose infinitive content ``verb`` is or
    continues: "urged X *to allow* an inquiry", and the bare verbs joined to it, which the
    parser may hang on the finite frame verb itself: "urged X to close the camps, *release* the
    detainees and *allow* an inquiry" (a bare "release" cannot join the finite "urged")."""
    cur = verb
    while cur.dep_ == "conj" and cur.tag_ == "VB" and cur.head.i != cur.i:
        cur = cur.head
        frame = trigger_at.get(cur.i)
        if (
            frame is not None
            and frame.cameo.plover in FRAME_TYPES
            and cur.tag_ in FINITE_TAGS
            and any(c.dep_ == "xcomp" for c in cur.children)
        ):
            return frame
    if cur.dep_ == "xcomp" and (frame := trigger_at.get(cur.head.i)) is not None:
        return frame if frame.cameo.plover in FRAME_TYPES else None
    return None


def requested_object(tok: Token, trigger_at: dict[int, Trigger]) -> Trigger | None:
    """ "urged X to allow *an inquiry by the UN*": an indefinite noun event that is the object
    of an act a frame asks for, promises or threatens has not happened either; so is the means
    of such an act: "urged both sides to settle the dispute *through talks*"."""
    if tok.pos_ != "NOUN":
        return None
    verb = tok.head
    if (
        tok.dep_ == "pobj"
        and verb.dep_ == "prep"
        and verb.lower_ in MEANS_PREPS
        and verb.head.pos_ == "VERB"
    ):
        verb = verb.head
    elif tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) for c in tok.children
    ):
        return None
    frame = requested_act(verb, trigger_at)
    return frame if frame is not None and frame.cameo.plover in UNREALISED_FRAMES else None


def object_frame(tok: Token, trigger_at: dict[int, Trigger]) -> Trigger | None:
    """A "that"-clause hung on the verb whose object is a frame noun states that noun's
    content: "renewed its *call* (...) *that* X *step down*" (the parser often attaches the
    clause to the verb)."""
    if tok.dep_ != "ccomp" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    for c in tok.head.children:
        frame = trigger_at.get(c.i)
        if c.dep_ == "dobj" and frame is not None and frame.cameo.plover in FRAME_TYPES:
            return frame
    return None


# frames whose content has not happened: asked for, promised, threatened
UNREALISED_FRAMES = frozenset({"REQUEST", "AGREE", "THREATEN"})
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
# prepositions naming the means of an act ("settle it *through* talks", "*by* negotiation")
MEANS_PREPS = frozenset({"through", "via", "by"})


def unrealised(tok: Token, frame: Trigger, path: list[str]) -> bool:
    """Whether a noun event with its own doer is what a frame asks for, promises or threatens,
    not one already told: "called for *a visit by X*", "urged *talks between A and B*" (not
    "demanded an end to *the blockade by X*" nor "*X's* blockade", which are there already)."""
    if frame.cameo.plover not in UNREALISED_FRAMES or not is_content(path):
        return False
    return tok.pos_ == "NOUN" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS) for c in tok.children
    )


# a complaint or a refusal whose comma-set participle makes a demand or a threat of its own
COMPLAINT_FRAMES = frozenset({"ACCUSE", "REJECT"})
# the verbal acts a comma-set participle adds to a complaint or a refusal: a demand, a threat, an
# accusation ("rejected the plan, *accusing* Y of ...": rule filter.participle_act)
ADJUNCT_ACTS = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
DOCUMENT_NOUNS = words("document_nouns")


def participle_act(trig: Trigger, frame: Trigger | None, path: list[str]) -> bool:
    """ "condemned the seizure*,* *demanding* the trucks' return", "lodged a protest*,* *warning*
    that ...", "rejected the plan*,* *accusing* Y of ...", "handed him a protest note *demanding*
    ...": a participle set off by a comma after a complaint or a refusal, or hung on the note or
    letter (vocabulary document_nouns) the complaint is made in, is a second act of the same doer
    (a demand, a threat or an accusation made with it), not what is complained of or refused
    (rule actor.shared gives it the complainer; rule filter.participle_act notes it)."""
    tok = trig.token
    if (
        frame is None
        or tok.tag_ != "VBG"
        or frame.cameo.plover not in COMPLAINT_FRAMES
        or trig.cameo.plover not in ADJUNCT_ACTS
        or tok.i < frame.token.i
    ):
        return False
    if path == ["acl", "dobj"]:  # "handed him a protest *note demanding* ...": the note's
        return tok.head.lemma_.lower() in DOCUMENT_NOUNS
    return path == ["advcl"] and tok.doc[tok.i - 1].lower_ == ","


def is_content(path: list[str]) -> bool:
    """Whether a dependency path (trigger up to a frame word) makes the trigger the frame's
    direct content: "vowed *to retaliate*", "agreed *to a truce*", "demanded *the release*"."""
    return path in (["xcomp"], ["ccomp"], ["dobj"], ["pobj", "prep"], ["pcomp", "prep"])


def light_frame(trig: Trigger, trigger_at: dict[int, Trigger]) -> bool:
    """Whether a light frame verb's object is (or is modified by) a noun event ("undertook a
    *mediation* mission"; but "undertook *to* pay" is a promise), or "take part in" takes a noun
    event ("took part in the assault")."""
    if trig.rule.lemma == "take" and trig.token.pos_ == "VERB":
        return _takes_part_in_event(trig.token, trigger_at)
    if trig.rule.lemma not in LIGHT_FRAMES or trig.token.pos_ != "VERB":
        return False
    for obj in trig.token.children:
        if obj.dep_ != "dobj":
            continue
        if obj.i in trigger_at or any(
            c.dep_ == "compound" and c.i in trigger_at for c in obj.children
        ):
            return True
    return False


def _takes_part_in_event(verb: Token, trigger_at: dict[int, Trigger]) -> bool:
    """ "troops *took part in* the assault / in exercises": what they take part in is the event
    (the parser hangs "in" on "part" or on the verb); a pattern of "take" that does not name
    "part" ("troops took" = seized) does not apply to "took part" at all."""
    part = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "part"), None)
    if part is None:
        return False
    trig = trigger_at.get(verb.i)
    if trig is not None and not any("part" in item for item in trig.rule.items):
        return True  # "soldiers *took* part in a parade": no pattern of "take" with a subject
    preps = [c for t in (verb, part) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
    return any(o.dep_ == "pobj" and o.i in trigger_at for p in preps for o in p.children)


def is_denial(tok: Token) -> bool:
    """ "denied any involvement", "dismissed the reports", "denied that ...", "denied imposing a
    ban", "charges *that X denied*" (not "denied entry", "rejected the invitation")."""
    lemma = tok.lemma_.lower()
    if lemma in ("refute", "disown") or tok.lower_ in ("denial", "denials"):
        return True
    if lemma not in DENIAL_VERBS:  # "called the allegations *baseless*": a verdict denying
        found = verdict_of(tok)
        return found is not None and found[0] == "@verdict_denial"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj.lemma_.lower() in CLAIM_NOUNS
    if any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in tok.children):
        return True
    return lemma == "deny" and tok.dep_ in ("relcl", "ccomp", "conj", "ROOT")


def spoken_protest(trig: Trigger) -> Token | None:
    """ "X *protested that* troops had crossed": "protest" reporting a claim is a verbal
    complaint (CAMEO 114), not a rally; returns the reported clause."""
    tok = trig.token
    if trig.rule.lemma != "protest" or trig.cameo.plover != "PROTEST" or tok.pos_ != "VERB":
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp"), None)


# criticisms and official complaints (CAMEO 111, 114), and investigations (090: "police are
# investigating *the stabbing* of X", "opened an inquiry into *the beating* of Y"): what an
# inquiry looks into, named by a definite noun, has happened (branch unrest17)
REPORTED_FRAME_CODES = ("111", "114", "090")
NOT_TOLD_FRAMES = words("reaction_frames_not_told")
UNTOLD_MODIFIERS = words("untold_act_modifiers")
COMPLAINT_PREPS = words("complaint_preps")


def reported_act(tok: Token, frame: Trigger, path: list[str]) -> bool:
    """Whether a noun event is what a criticism or an official complaint is about, told as done:
    "condemned *the killing* of X", "protested over *Tuesday's arrest* of Y", "lodged a protest
    over *the shelling* of Z" (rule filter.reported_act). The act happened; the complaint is a
    second event. Not a warning or an allegation (vocabulary reaction_frames_not_told: "warned
    against *an attack*", "blamed X for *the attack*"), an indefinite or general noun ("condemned
    attacks on civilians", "any attack"), nor one marked as not yet or not surely done
    (vocabulary untold_act_modifiers: "the *planned* expulsions", "the *alleged* killing")."""
    if frame.cameo.plover != "ACCUSE" or not frame.cameo.code.startswith(REPORTED_FRAME_CODES):
        return False
    lemmas = {frame.token.lemma_.lower(), frame.rule.lemma.lower()}
    if lemmas & NOT_TOLD_FRAMES:
        return False
    if (tok.dep_ == "relcl" and tok.tag_ == "VBD") or (
        tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")
    ):
        # "protested over a drone strike *that killed* three people", "condemned the shells
        # *fired* at the town": a past clause on what the complaint is about tells it as done
        thing = tok.head
        return thing.pos_ == "NOUN" and _about(thing, frame, path[1:])
    if tok.pos_ != "NOUN":
        return False
    if not _about(tok, frame, path):
        return False
    if any(c.dep_ == "amod" and c.lower_ in UNTOLD_MODIFIERS for c in tok.children):
        return False
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "det" and c.lower_ in DEFINITE_DETS)
        # "protested over *a drone strike* that killed three": a past clause on it tells
        # the act as done, however indefinite its article (branch drops)
        or (c.dep_ == "relcl" and c.tag_ == "VBD" and not _modal(c))
        for c in tok.children
    )


def _modal(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in verb.children)


def _about(noun: Token, frame: Trigger, path: list[str]) -> bool:
    """Whether ``noun`` is what the complaint is about: its object ("condemned *the arrest*"),
    or the object of a complaint preposition on it or on the trigger's noun ("protested *over*
    the arrest", "lodged a protest *over* the arrest")."""
    if path == ["dobj"]:
        return True
    if path == ["pobj"]:  # "looking *into* the abduction": the preposition is the trigger's
        return noun.head.lower_ in COMPLAINT_PREPS and noun.head.i in {t.i for t in frame.tokens}
    return (
        path in (["pobj", "prep"], ["pobj", "prep", "dobj"])
        and noun.head.lower_ in COMPLAINT_PREPS
        and noun.head.head.i in {t.i for t in frame.tokens}
    )


def march_aim(trig: Trigger) -> Token | None:
    """ "retired dockers *walked* to the port authority *to demand* their pensions", "dairy
    farmers *rode* into town *to denounce* milk quotas": the verb of going (vocabulary
    march_verbs) whose "to"-clause of purpose is a demand or a denunciation (march_aims) is a
    march; the verb of going, else None."""
    tok = trig.token
    if trig.rule.lemma not in MARCH_AIMS or tok.dep_ != "advcl":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    return head if going_verb(head) else None


def act_aim(trig: Trigger) -> Token | None:
    """ "street vendors *spread* their goods across the steps of the city hall *to oppose* the
    fees", "villagers *carried* empty buckets to the district office, *demanding* water": an act
    of the body (no event word of its own, no verb of saying, writing, meeting, travel or of an
    institution's procedure: vocabulary not_street_acts) whose purpose clause ("to"-infinitive)
    or participle clause after a comma is a demand or a denunciation (vocabulary act_aims) is
    done to make the demand seen: a demonstration (CAMEO 141, "demonstrate or rally", PLOVER
    PROTEST: a public act by people to press a demand), when people in the street do it
    (recode.act_aim). Returns the act's verb, else None; a verb of going is a march
    (``march_aim``)."""
    tok = trig.token
    if trig.rule.lemma not in ACT_AIMS or tok.dep_ != "advcl":
        return None
    head = tok.head
    if head.i > tok.i or head.pos_ != "VERB" or going_verb(head):
        return None
    if not aim_clause(tok):
        return None
    lemma = head.lemma_.lower()
    if lemma in NOT_STREET_ACTS or head.tag_ == "VB" or match(head) is not None:
        return None
    if head.tag_ == "VBG" and not any(c.dep_ == "aux" for c in head.children):
        return None
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
        return None  # "stood up to denounce", "spoke up": a word said, no act
    if any(c.dep_ == "dobj" and match(c) is not None for c in head.children):
        return None  # "staged *a sit-in*, demanding X": the object is the protest told
    aim = {t.i for t in tok.subtree}
    for t in head.subtree:
        if t.i in aim:
            continue
        social = t.lower_ == "media" and t.i > 0 and t.doc[t.i - 1].lower_ == "social"
        if social or t.lower_ in ONLINE_ACT_WORDS:
            return None  # "flooded social media to denounce X": online, not in the street
    return head


def aim_clause(tok: Token) -> bool:
    """Whether the adverbial clause of ``tok`` tells what an act is for: a "to"-infinitive
    ("... *to denounce* X") or a participle after a comma ("..., *demanding* X")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == ","


def going_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb of going (vocabulary march_verbs), or a phrasal one (vocabulary
    march_phrasal_verbs: "set off", "set out")."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in MARCH_VERBS or any(
        f"{lemma} {c.lower_}" in MARCH_PHRASAL for c in tok.children if c.dep_ == "prt"
    )


CONVICTING_LEMMAS = frozenset({"convict", "find"})  # "convicted X of", "found X guilty of"
# the acts a conviction reports as done: violence and coercion ("guilty of awarding contracts"
# to relatives is a crime of another kind, not a political act of cooperation)
CONVICTED_TYPES = frozenset({"ASSAULT", "COERCE"})


def convicted_act(tok: Token, frame: Trigger, kind: str) -> Token | None:
    """ "judges *convicted* three soldiers *of torturing* detainees", "the jury found X *guilty
    of attacking* Y", "X was convicted of *the killing* of Y": a conviction (CAMEO 116) for an
    act reports that the act happened, the court being the source of the claim and the
    convicted person its doer (PLOVER/CAMEO practice: the act is coded as well as the
    verdict). Returns the convicted person, else None; never a charge or an allegation
    ("accused of", "charged with"), nor an acquittal (rule frame.convicted_act)."""
    if frame.cameo.code != "116" or frame.token.lemma_.lower() not in CONVICTING_LEMMAS:
        return None
    if kind not in CONVICTED_TYPES:
        return None
    cur = tok
    if cur.dep_ == "dobj" and cur.head.tag_ == "VBG":  # "of ordering *the massacre*"
        cur = cur.head
    if cur.dep_ not in ("pcomp", "pobj") or cur.head.lower_ != "of" or cur.head.dep_ != "prep":
        return None
    if cur.dep_ == "pcomp" and cur.tag_ != "VBG":
        return None
    host = cur.head.head
    verb = frame.token
    own = {t.i for t in frame.tokens}
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    people += [c for t in frame.tokens if t.i != verb.i for c in t.children if c.dep_ == "nsubj"]
    if host.i not in own and host.i not in {p.i for p in people}:
        return None
    return people[0] if people else None


ACQUITTAL_VERBS = words("acquittal_verbs")


def acquitted_act(tok: Token) -> Token | None:
    """ "a court *acquitted* four soldiers *of killing* a trader", "they were *cleared of
    torturing* prisoners": what someone is acquitted of is not told as done; the acquittal
    verb, else None (rules actor.convicted_doer, filter.frame_content)."""
    cur = tok
    if cur.dep_ == "dobj" and cur.head.tag_ == "VBG":  # "of ordering *the shelling*"
        cur = cur.head
    if cur.dep_ not in ("pcomp", "pobj") or cur.head.lower_ != "of" or cur.head.dep_ != "prep":
        return None
    host = cur.head.head
    if host.pos_ in ("NOUN", "PROPN", "PRON") and host.dep_ in ("dobj", "nsubjpass"):
        host = host.head  # "acquitted *four soldiers* of killing": "of" on the object
    return host if host.lemma_.lower() in ACQUITTAL_VERBS and host.pos_ == "VERB" else None
