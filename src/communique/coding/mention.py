"""From a Candidate to a Mention: the final CAMEO code (refusals, promised acts, conditional
threats, plans), modality, the event's date, location, evidence and the explanation, which names
the id of every rule that decided (``[rule.id]``, listed in ``data/coding/rules.tsv``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from communique.coding.candidate import Candidate
from communique.coding.captions import caption_present
from communique.coding.clause_dates import month_shortly_before
from communique.coding.confidence import confidence
from communique.coding.dates import (
    ResolvedDate,
    find_dates,
    happening,
    is_after,
    is_history,
    iso,
    named_days,
    resolve,
    weekend_of,
    years_counted,
)
from communique.coding.denials import own_denial
from communique.coding.framed_dates import (
    background_sentence,
    during_history,
    framed_history,
    future_in_past,
    origin_clause,
)
from communique.coding.history_dates import month_that_year, sentence_lead, year_noun
from communique.coding.hostile_promises import hostile_promise
from communique.coding.lexicon import CameoCode, cameo_table, intent_code, intent_table
from communique.coding.modality import (
    condition_of,
    is_negated,
    modality_of,
    no_intention,
    performed_speech_act,
    reported_joined_would,
)
from communique.coding.pattern_keys import ENVOY_TITLES, envoy_title
from communique.coding.prose import said_coercion, warned_coercion
from communique.coding.rules import Because, explain
from communique.coding.said_threats import commentator, said_possible_act
from communique.coding.syntax import (
    MEASURE_CODES,
    START_MARKERS,
    doc_chars,
    effect_words,
    first_conjunct,
    obligation,
    reporting_clause,
)
from communique.coding.text_terms import own_date_words, text_terms
from communique.coding.timeline import doc_entries, entry_at
from communique.coding.transcript import answer_turn
from communique.coding.triggers import (
    ANSWERED_PATTERN,
    CONSEQUENCE_PATTERN,
    KEPT_PATTERN,
    MEASURES_PATTERN,
    OFFENDERS_PATTERN,
    PUNISHMENT_PATTERN,
    RECOURSE_PATTERN,
    TARGET_PATTERN,
    Trigger,
    hyphen_compound,
    punishment_clause,
    warning_announcer,
)
from communique.coding.verdicts import VERDICT_KEYS, equating_verb
from communique.coding.warned_conditions import complement_condition
from communique.coding.warned_conditions import in_warning as _warned
from communique.doctext import doc_text
from communique.model import Evidence, Mention
from communique.vocabulary import words

# general intent codes that the promised act refines ("vowed to *attack*" -> threaten force)
GENERIC_INTENT = {"030"}
# the modals of a refusal: "will not / cannot / could not accept" is a refusal made (recode.refusal)
FUTURE_AUX = ("will", "would", "can", "could", "shall")
# verbs of taking part in, or taking, what a noun trigger names ("will not *attend* the talks")
TAKING_PART_VERBS = words("taking_part_verbs")
# verbs of permission, acceptance or agreement: withheld, they are a refusal ("did not allow")
CONSENT_VERBS = words("consent_verbs")
# an object or complement of a consent verb: what is withheld ("did not allow *the monitors*")
CONSENT_OBJECTS = ("dobj", "dative", "xcomp", "ccomp", "prep", "oprd")
# a future measure stated with these and a day it applies from is decided ("will impose duties
# from 1 June", "is set to lift the ban from Monday"), not a plan (modality.decided_measure)
DECIDED_CUES = ("will", "would", "shall", "'ll", "set", "due", "scheduled")
REPORTING_VERBS = words("reporting_verbs")
WARNING_VERBS = words("warning_verbs")
OWN_SUBJECTS = words("subject_pronouns")
DENIAL_CODE = "120"  # a denial is coded as the project codes "denied" (recode.own_denial)


def _aux_host(tok: Token) -> Token:
    """The verb whose auxiliaries carry a noun trigger's tense and modal: "would not *return* to
    talks", "will not *attend* the summit" (its object, or its preposition's object, of a verb of
    taking part: vocabulary taking_part_verbs; "will not *advance* the talks" predicts, refuses
    nothing); a verb trigger is its own."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    host = tok
    if tok.dep_ == "dobj":
        host = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        host = tok.head.head
    ok = host.pos_ == "VERB" and host.lemma_.lower() in TAKING_PART_VERBS
    return host if ok else tok


# words for anyone at all: "would not arrest *anyone* who protests" is a pledge, not a refusal
_ANY_PERSON = frozenset({"anyone", "anybody", "everyone", "everybody", "nobody", "people"})


def wanted_person(tok: Token) -> bool:
    """Whether a negated arrest or detention ("would not arrest *the minister*", "will not
    detain *him*") is of a particular person, one someone wants held: a refusal of judicial
    cooperation (CAMEO 1213, intent.tsv). "would not arrest anyone who protests", "will not
    detain protesters" (no one in particular) is a pledge of restraint, not a refusal."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _ANY_PERSON:
        return False
    if obj.pos_ in ("PROPN", "PRON"):
        return True
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("any", "no", "all", "a", "an")
        for c in obj.children
    )


def refusal_keeps_counterpart(cand: Candidate) -> bool:
    """ "Japan protested ... Seoul *will not withdraw* the ship": a refusal whose assumed
    target is the state the story sets against its doer (rule recipient.story_counterpart), not
    the doer's own state, keeps it: in a quarrel of two states a refusal answers the other side
    (rule recipient.refusal_counterpart). An assumed target at home ("would not back down"
    aimed at its own people) is dropped, and so is one of a refusal of a thing named with "a",
    a thing supposed rather than one the other side offered."""
    if cand.recipient_rule_id != "recipient.story_counterpart":
        return False
    tok = cand.trigger.token
    if any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in tok.children
    ):
        return False  # "would never *agree to a pact* on such terms": one supposed, none offered
    own = {a.country for a in cand.actors if a.country}
    return bool(cand.recipients) and all(
        a.country and a.country not in own for a in cand.recipients
    )


def withheld_consent(tok: Token) -> bool:
    """A finished or present consent verb negated by the doer, with what it withholds: "did not
    *allow* the monitors in", "does not *accept* the plan", "has never *recognised* the vote"
    (vocabulary consent_verbs): the refusal was made. Not "has not *yet* approved" or "did not
    *immediately* accept" (still pending), "should not allow" (a modal: an opinion or a duty),
    "urged X not *to accept*" (an infinitive: a demand), "did not agree *on* / *with*" (no
    agreement reached) or a verb with no object."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONSENT_VERBS:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.tag_ in ("MD", "TO") for c in kids if c.dep_ in ("aux", "auxpass")):
        return False
    if any(c.lower_ in ("yet", "immediately") for c in kids):
        return False
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_ in ("do", "have") for c in kids
    )
    # "did not agree *to* the plan" withholds it; "did not agree *on* a line / *with* Y" is
    # a failure to reach agreement, no refusal
    return finite and any(
        c.dep_ in CONSENT_OBJECTS and (c.dep_ != "prep" or c.lower_ == "to") for c in kids
    )


def _cameo(code: CameoCode) -> str:
    return f"CAMEO {code.code} {code.name} → PLOVER {code.plover}"


# CAMEO 081-086: easing sanctions or restrictions, accepting reform, releasing people, allowing
# access (ICEWS CAMEO codebook, 08 'Yield'): what a target wants, no price on a condition
YIELDING_CODES = frozenset({"081", "082", "083", "084", "085", "086"})


def conditional_threat(trig: Trigger, code: CameoCode, modality: str) -> tuple[str, str] | None:
    """A threat read from a condition ("will withdraw its troops *unless* Y agrees", "may halt
    talks *if* ...", "pay *or else* ..."): an act announced as the price of non-compliance is a
    threat (CAMEO 13x by what is threatened). "if" makes a threat only of an unwelcome act
    (conflict, withdrawal, halting) or when the condition is negated ("if X does not ...");
    a promise on condition ("will help if attacked") stays a promise."""
    answer = trig.rule.pos == "conditional"  # "will respond if attacked": a threat as worded
    if (code.plover == "THREATEN" and not answer) or modality not in ("future", "hypothetical"):
        return None
    found = condition_of(trig.token) or complement_condition(trig.token)
    if found is None:
        return None
    mark, clause = found
    # a withdrawal is unwelcome ("will pull its peacekeepers out if ..."); easing sanctions,
    # releasing people or allowing access (CAMEO 081-086, 'yield') is what the other side asks
    # for: offered on condition, a promise, no threat (branch threat38)
    unwelcome = code.quad_class in (3, 4) or (
        code.plover == "RETREAT" and code.code[:3] not in YIELDING_CODES
    )
    if mark not in ("unless", "or else") and not (
        unwelcome or is_negated(clause) or _warned(trig.token)
    ):  # "warned that it would ask the UN to act if X went on": a warning's price, a threat
        return None
    table = intent_table()
    threat = f"THREAT:{code.plover}"
    new = table.get((threat, code.code))  # exact threat row, else the future-intent row
    if not new:
        new = table.get((code.plover, code.code)) or table.get((code.plover, "*"))
        if not (new and new.startswith("13")):
            new = table.get((threat, "*"))
    new = new if new and new in cameo_table() else "130"
    return new, f"'{trig.token.text}' on condition ('{mark} {clause.text}')"


def threatened_code(act: CameoCode) -> str | None:
    """The CAMEO sub-code of a threat of ``act`` (a sanction, a cut, force: intent.tsv's
    THREAT rows, else its future-intent row when that is a threat), or None when it names none
    more precise than 130 (rule recode.threatened_act)."""
    if (act.quad_class not in (3, 4) and act.plover != "RETREAT") or act.plover == "PROTEST":
        # a promise of help or talks is no threat's content; nor is a crowd's protest under a
        # state's warning ("its troops would *march* into X": a move of force, not dissent)
        return None
    table = intent_table()
    new = table.get((f"THREAT:{act.plover}", act.code)) or table.get((act.plover, act.code))
    new = new or table.get((act.plover, "*")) or table.get((f"THREAT:{act.plover}", "*"))
    if act.plover == "THREATEN":
        new = act.code
    if not new or not new.startswith("13") or new == "130" or new not in cameo_table():
        return None
    return new


VERDICT_WORDS = {"@verdict_denial": "verdict_negative, said of a claim"}
VERDICT_NEGATIVE = words("verdict_negative")
VERDICT_POSITIVE = words("verdict_positive")
VOTE_APPROVAL = words("vote_verdict_positive")  # said of a vote (trigger.vote_approval)
TRUTH_WORDS = words("truth_words")
DENIED_ACTS = words("denied_act_words")  # rule trigger.denied_act


def trigger_reasons(trig: Trigger, code: str) -> list[str]:
    """Which lexicon row made the trigger: a hand-written one, or a converted PETRARCH-2
    pattern named by its CAMEO.2.0.txt line; and the written form, where the tagger's lemma
    was not the one looked up."""
    rule, tok = trig.rule, trig.token
    if rule.pattern == CONSEQUENCE_PATTERN:  # "we will not remain silent if X ...": no word row
        why = [explain("trigger.conditional_consequence", word=tok.text, code=code)]
    elif rule.pattern == KEPT_PATTERN:  # "will stay closed until X pays"
        why = [explain("trigger.kept_until", words=trig.words(), code=code)]
    elif rule.pattern == MEASURES_PATTERN:  # "may weigh new steps against X"
        why = [explain("trigger.measures_against", words=trig.words(), code=code)]
    elif rule.pattern == PUNISHMENT_PATTERN:  # "said X would face consequences"
        why = [explain("trigger.announced_punishment", words=trig.words(), code=code)]
        if (made := punishment_clause(tok)) != tok:  # "X will be made to pay dearly"
            why.append(explain("trigger.made_to_pay", verb=made.text))
    elif rule.pattern == OFFENDERS_PATTERN:  # "said anyone who loots will be arrested"
        why = [explain("trigger.offenders_punished", words=trig.words(), code=code)]
    elif rule.pattern == ANSWERED_PATTERN:  # "would respond to any attack"
        why = [explain("trigger.answered_attack", words=trig.words(), code=code)]
    elif rule.pattern == RECOURSE_PATTERN:  # "will bring the matter before the council"
        why = [explain("trigger.forum_recourse", words=trig.words(), code=code)]
    elif rule.pattern == TARGET_PATTERN:  # "said every convoy is a legitimate target"
        why = [explain("trigger.declared_target", words=trig.words(), code=code)]
    elif rule.source:
        why = [explain("trigger.petrarch", words=trig.words(), rule=rule.describe(), code=code,
                       source=" ".join(rule.source.split()))]  # fmt: skip
    else:
        why = [explain("trigger.lexicon", words=trig.words(), rule=rule.describe(), code=code)]
    warned = warning_announcer(trig)
    if warned is not None:  # "warned that anyone armed will be disarmed by force": the clause
        why.append(explain("trigger.warning_content", verb=warned.text))
    verdict = next((k for it in rule.items for k in it if k in VERDICT_KEYS), None)
    if verdict is not None and trig.parts:  # "called the duties *unjustified*"
        said = trig.parts[-1]
        falsity = verdict == "@verdict_denial" and said.lemma_.lower() not in VERDICT_NEGATIVE
        words_of = "falsity_predicates, said of a claim" if falsity else None
        denied = falsity and said.lemma_.lower() in DENIED_ACTS  # '"There was no beating"'
        if denied:
            words_of = "denied_act_words, told as not done"
        elif falsity and said.pos_ in ("VERB", "AUX"):  # '"That did not happen," X said'
            words_of = "occurrence_verbs, negated"
        elif falsity and said.lemma_.lower() in TRUTH_WORDS:  # '"That is not true," X said'
            words_of = "truth_words, denied"
        why.append(explain("trigger.verdict", verb=tok.text, word=said.text,
                           words=words_of or VERDICT_WORDS.get(verdict, verdict[1:])))  # fmt: skip
        if rule.pos == "copula" and answer_turn(tok):  # "MINISTER: That is untrue."
            why.append(explain("trigger.answer_verdict", verb=tok.text))
        if denied:  # '"No detainee was *tortured*," X said': the charged act denied
            why.append(explain("trigger.denied_act", word=said.text, verb=tok.text))
        elif falsity:  # "said the claims were *untrue*", "'That never *happened*,' X said"
            why.append(explain("trigger.falsity_verdict", word=said.text, verb=tok.text))
        if (
            verdict == "@verdict_positive"
            and said.lemma_.lower() not in VERDICT_POSITIVE
            and said.lower_ not in VERDICT_POSITIVE
            and (said.lemma_.lower() in VOTE_APPROVAL or said.lower_ in VOTE_APPROVAL)
        ):  # "described the vote as *peaceful*": a word that approves a vote
            why.append(explain("trigger.vote_approval", word=said.text))
        if (equated := equating_verb(trig.parts[-1])) is not None:  # "*amounted to* X"
            why.append(explain("trigger.verdict_equating", verb=equated.text))
    if rule.pos == "aux" and (found := obligation(tok)) is not None:
        clause, act = found  # "X said Y needs to allow ...": the act asked for, named
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        asked = " ".join(t.text for t in act.subtree if t.i >= act.i and not t.is_punct)
        why.append(explain("trigger.reported_obligation", word=tok.text, act=asked[:80],
                           who=f"'{subj.text}'" if subj is not None else "its subject",
                           say=clause.head.text))  # fmt: skip
    for part in trig.parts:  # "summoned *B*": the envoy named with the title before
        if part.lower_ not in ENVOY_TITLES and (title := envoy_title(part)):
            why.append(explain("trigger.envoy_surname", name=part.text, title=title[0]))
    if trig.ended_by:  # "broke up a march by miners": the march took place
        why.append(explain("trigger.ended_gathering", word=tok.text, force=trig.ended_by))
    if rule.lemma in hyphen_compound(tok):  # "a go-*slow*": the compound, as written
        why.append(explain("trigger.hyphen_compound", word=tok.text, lemma=rule.lemma))
    elif rule.lemma not in (tok.lemma_.lower(), tok.lower_):
        why.append(explain("trigger.surface_form", word=tok.text, lemma=rule.lemma,
                           tagged=tok.lemma_))  # fmt: skip
    return why


def present_tense(verb: Token) -> bool:
    """A verb in the present progressive ("is hosting"): with a weekday or date, news means
    the coming one ("Peru is hosting talks on Friday"). The simple present without a weekday
    is left alone: headlines and leads use it for what has happened ("Chile condemns ...")."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


TIME_MARKS = ("when", "as", "once", "after", "before", "until", "while")
# the future of a main clause over a present-tense time clause ("will speak ... when he arrives")
TIME_CLAUSE_FUTURE_AUX = ("will", "shall", "'ll", "would", "’ll")
FUTURE_CLIMB = 6  # words from a time clause up to the future verb it depends on


UNSCHEDULED_ROOTS = words("unscheduled_roots")
SAY_VERBS = words("say_verbs")


def looks_ahead(verb: Token, date_kind: str, cameo: str = "", coming: bool = False) -> bool:
    """Whether date words on ``verb`` name a coming day though the verb is not in the future
    tense: the present progressive ("Peru *is hosting* talks on Friday") and the simple present
    with a weekday ("the president *flies* to Lima on Sunday": a schedule), or with a month and
    day still to come this year (``coming``: "the board *meets* on June 9", also as what was
    said: "the board meets on June 9, diplomats said"). Riots, violence
    and coercion are not scheduled (vocabulary unscheduled_roots): in the simple present with a weekday they are a caption or
    headline of what happened ("Protesters *clash* with police on Tuesday")."""
    if present_tense(verb):
        return True
    if any(cameo.startswith(root) for root in UNSCHEDULED_ROOTS) or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if date_kind == "weekday":
        return verb.dep_ == "ROOT"
    return (
        coming
        and date_kind in ("mdy", "dmy")
        and (
            verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS)
        )
    )


def _coming_this_year(expr: object, pub: date | None) -> bool:
    """Whether a month and day with no year ("on June 9") fall after ``pub`` in its year."""
    if pub is None or getattr(expr, "kind", "") not in ("mdy", "dmy"):
        return False
    found = resolve(expr, pub, True)  # type: ignore[arg-type]
    return bool(
        found and found.date and found.date[:4] == str(pub.year) and found.date > pub.isoformat()
    )


def future_time_clause(tok: Token) -> bool:
    """Whether ``tok`` stands in a present-tense time clause under a future one ("will speak to
    parliament *when he arrives* on Monday"): English puts the future there in the present. The
    future of reported speech counts too ("said Lisbon *would* raise it *when ministers meet* on
    Monday"): a present tense there cannot tell of a past meeting."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    head = verb.head
    # "will become the first to *address* X when ...", "would ask partners to impose sanctions
    # on the officers involved when ...": up to the future verb, not past a past-tense one
    for _ in range(FUTURE_CLIMB):
        if any(c.dep_ == "aux" and c.lower_ in TIME_CLAUSE_FUTURE_AUX for c in head.children):
            return True
        if head.head.i == head.i or head.tag_ == "VBD":
            return False
        head = head.head
    return False


def scheduled_for(span: Span) -> bool:
    """ "called a general strike *for* March 12", "set the vote *for* Thursday": a day that
    something is set for is a coming one (not "*for* Monday's protest": a day that dates a
    noun)."""
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    return span.start > 0 and doc[span.start - 1].lower_ == "for" and after not in ("'s", "’s")


def is_measure(code: CameoCode) -> bool:
    return code.code.startswith(MEASURE_CODES)


def spoken_warning(tok: Token) -> str | None:
    """'"*There may be* retaliation," he said': a noun of punishment in an existential clause
    that a verb of saying reports is a warning given, whatever the modal on its "be". Returns
    the verb of saying."""
    be = tok.head
    if tok.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
        return None
    say = be.head
    if be.dep_ == "ccomp" and say.lemma_.lower() in REPORTING_VERBS:
        return say.text
    return None


def warned_act(tok: Token) -> str | None:
    """The verb of warning that reports ``tok``'s act as its own subject's ("X *warned* that
    it could reimpose sanctions"), reached through the reported clause and the verbs joined
    to it; None when the clause names another doer ("warned that prices could rise", "that Y
    could retaliate")."""
    verb = reporting_clause(tok, WARNING_VERBS)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.dep_ == "nsubj" and subject.lower_ in OWN_SUBJECTS):
        return verb.head.text
    return None


def _made_clear(verb: Token) -> bool:
    """ "made (it) clear that ...", "made plain that ...": a phrase of saying (Merriam-Webster
    'make clear': to state plainly)."""
    return verb.lemma_.lower() == "make" and any(
        c.lower_ in ("clear", "plain") and c.dep_ in ("ccomp", "oprd", "acomp", "dobj", "xcomp")
        for c in verb.children
    )


def threat_sayer(tok: Token) -> str | None:
    """The verb of saying that reports a conditional act ("Beijing *warned* it could retaliate
    if ..."), reached through the reported clause and the verbs joined to it; the threat it
    carries was made, whatever the modal of the act. A speculation in the writer's own voice
    ("X could retaliate if ...") has none, and stays hypothetical."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
        lemma = verb.lemma_.lower()  # "cautioned that it would ... if": a warning, too
        if (lemma in REPORTING_VERBS or lemma in WARNING_VERBS) and verb.pos_ == "VERB":
            if any(c.dep_ == "nsubj" and commentator(c) for c in verb.children):
                return None  # "..., said Jane Roe, an analyst": a guess (filter.speculation)
            return f"'{verb.text}'"
        if _made_clear(verb):  # "made clear that it would cut supplies if ..."
            return f"'{verb.text} clear'"
    return None


def event_verb(tok: Token) -> Token:
    """The verb whose tense tells an event's time: the trigger itself, or for a noun event the
    verb it is the object or subject of ("*held* talks", "the ban *took* effect")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        return tok.head
    return tok


MEANS_VERBS = words("means_verbs")


def scene_verb(verb: Token) -> Token:
    """The verb whose scene a bare present participle describes ("police evicted farmers
    *occupying* a plantation on Wednesday", "suspended two broadcasters, *accusing* them of
    ..."), or the 'to' infinitive of purpose of a verb of using means ("police used water
    cannon *to disperse* a march on Tuesday", vocabulary means_verbs): the participle's or
    infinitive's act is told as part of that verb's, on its day (rules date.story_reference,
    date.participle_scene); else ``verb`` itself."""
    if (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in MEANS_VERBS
    ):  # "used water cannon *to disperse* a march on Tuesday": the purpose achieved
        return verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in ("acl", "advcl")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return verb
    head = verb.head
    for _ in range(4):  # "evicted *farmers* occupying": up from the noun to its verb
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else verb


DECISION_VERBS = words("decision_verbs")


def past_event(tok: Token) -> bool:
    """A verb in the past tense ("clashed", "has criticised"), a noun event that is the
    object or subject of one ("held talks"), or a present-tense statement that a past-tense
    reporting verb reports ("'We urge ...,' she said")."""
    verb = event_verb(tok)
    if past_tense(verb):
        return True
    # "answered *by ordering* a tariff", "retaliated by expelling two diplomats": a gerund of
    # the means a past act was done by is that act, done then
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "by"
        and verb.head.head.pos_ in ("VERB", "AUX")
        and past_tense(verb.head.head)
    ):
        return True
    # "suspended two broadcasters, *accusing* them of lies": a bare present participle tells
    # an act of the past verb's scene (rule date.participle_scene)
    scene = scene_verb(verb)
    if scene.i != verb.i and past_tense(scene):
        return True
    # "parliament *voted to cut* aid": the act a past decision took (vocabulary decision_verbs)
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in DECISION_VERBS
        and past_tense(verb.head)
    ):
        return True
    # '"We call on both sides to talk," the minister *said*': a statement quoted or reported
    # in the present was made when it was said
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBP", "VBZ", "VB")
        and verb.head.lemma_.lower() in REPORTING_VERBS
        and past_tense(verb.head)
    )


HEADLINE_ENDS = (".", "!", "?", ":", '"', "”", "'")


def headline_present(tok: Token, sent: Span, index: int) -> bool:
    """A headline's simple present ("Peru *expels* diplomats", "Chile condemns raid"): the
    story's first sentence, a paragraph of its own with no closing stop, whose main verb is in
    the simple present with no auxiliary; headlines tell what has happened in the present
    (rule date.headline_news)."""
    verb = event_verb(tok)
    if index != 0 or verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    text = sent.text.rstrip()
    after = sent.text[len(text) :] + doc_text(sent.doc)[sent.end_char : sent.end_char + 3]
    return bool(text) and not text.endswith(HEADLINE_ENDS) and "\n" in after


PROMISE_VERBS = REPORTING_VERBS | words("pledge_verbs")


def promised_in(tok: Token) -> Token | None:
    """The past verb of saying, announcing or promising whose reported clause or "to"
    complement tells an act still to come ("announced it *would invest*", "said it will send
    troops", "promised *to build* a road"), else None."""
    verb = event_verb(tok)
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in PROMISE_VERBS:
        return None
    return head if past_tense(head) else None


def past_tense(verb: Token) -> bool:
    """ "clashed", "has criticised", "were arrested", "was imposing"."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if verb.tag_ == "VBG":
        # the past progressive ("troops *were shelling* the town", "said it *was imposing*
        # sanctions": the present of the time said, shifted back): past, not the day of
        # publication
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return any(c.lemma_ == "be" and c.tag_ == "VBD" for c in auxes) and not any(
            c.tag_ == "MD" for c in auxes
        )
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return True  # a simple past the tagger read as a participle ("drivers *protested*")
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_ != "will"
        for c in verb.children
    )


def pluperfect(tok: Token) -> str | None:
    """'had met', 'had been expelled' (or a noun event under one: 'had said *at a meeting*'):
    the past perfect, which news uses for what happened before the story's events. A bare
    present participle of a past perfect's scene ("X *had halted* grain sales to Y, *blaming*
    Y for ...") is told in that earlier time too. Returns the verb's words, or None."""
    if tok.tag_ == "VBG" and (scene := scene_verb(tok)).i != tok.i:
        earlier = pluperfect(scene)
        return f"{earlier} … {tok.text}" if earlier is not None else None
    verb = tok
    for _ in range(3):  # a noun event: up through its preposition to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ != "VBN":
        return None
    top = verb  # "said X happened *and that* Y *had lodged* a protest": the first conjunct's
    for _ in range(4):  # report holds the later ones too
        if top.dep_ != "conj" or top.head.i == top.i:
            break
        top = top.head
    reported = (
        (verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in REPORTING_VERBS)
        or (top.dep_ == "ccomp" and top.head.lemma_.lower() in REPORTING_VERBS)
        or _according_to(top)  # "X *had asked* Y to ..., *according to* two officials"
    )
    if reported and not _told_as_recent(verb):
        # "police said protesters *had thrown* stones": reported, not earlier (unless so said:
        return None  # "police *had earlier* arrested 12, a group said")
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("had", "'d")), None)
    return f"{had.text} {verb.text}" if had is not None else None


def _according_to(verb: Token) -> bool:
    """ "X had asked Y ..., *according to* officials": the clause is attributed to a source, as
    by a verb of saying (reported speech, its past perfect a backshifted past)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "according"
        and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


BACKGROUND_HEADS = words("background_act_heads")
# "a man *suspected in* the attack", "the *suspect in* the bombing": "in" names the act itself
SUSPECT_WORDS = words("suspect_words")


def background_act(tok: Token) -> str | None:
    """ "the suspect *in* the bombing", "accused *of* the attack", "blamed *for* the raid", "the
    group *behind* the attack": an event noun named as what someone is held to have done is an
    earlier act. Returns the words that hold it ('suspect in'), or None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.dep_ == "ROOT":
        return None
    prep, holder = tok.head, tok.head.head
    if prep.lower_ == "behind" and prep.dep_ == "prep":
        return "behind"
    if holder.lower_ not in BACKGROUND_HEADS and holder.lemma_.lower() not in BACKGROUND_HEADS:
        return None
    if prep.lower_ in ("in", "during", "amid", "at", "on") and holder.lower_ not in SUSPECT_WORDS:
        return None  # "arrested 20 people *in the protest*": the scene of the arrest
    return f"{holder.text} {prep.text}"


def _never_after(verb: Token) -> str | None:
    """ "signed X *but never* ratified it": the 'never' of a past verb joined to this one by
    'but', else None."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and c.i > verb.i:
            never = next((n for n in c.children if n.dep_ == "neg" and n.lower_ == "never"), None)
            if never is not None:
                return f"but {never.text} {c.text}"
    return None


def former_act(tok: Token) -> str | None:
    """An act of the past that the story does not date, told as such: "Somalia *once*
    welcomed the troops" (a 'once' before a simple past: at some time before; not "once
    again"), "X *signed* the treaty *but never* ratified it", "the treaty, *signed* by X, *was
    never* ratified" (a 'never' on what came of it says the act is long done). Returns the
    words, or None."""
    verb = tok
    for _ in range(3):  # a noun event: up through its object or preposition to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBD":
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ == "once" and c.i < verb.i:
                after = c.nbor(1).lower_ if c.i + 1 < len(c.doc) else ""
                if after not in ("again", "more"):
                    return f"{c.text} {verb.text}"
        never = _never_after(verb)
        if never is not None:
            return f"{verb.text} … {never}"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        main = verb.head.head  # "the treaty, signed by X, was never ratified"
        past = main.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were") for c in main.children
        )
        never = next((c for c in main.children if c.dep_ == "neg" and c.lower_ == "never"), None)
        if past and never is not None:
            return f"{verb.text} … {never.text} {main.text}"
    return None


ANAPHORIC_TIME_PREPS = ("after", "following", "during", "in", "at")
# "accused him *at the time*": the time the sentence before named
ANAPHORIC_TIME_NOUNS = ("time", "point", "moment")


def anaphoric_history(tok: Token, published: date | None) -> ResolvedDate | None:
    """ "X sent rescuers *after that disaster*", "*During that war*, Y hosted troops", "the AU
    suspended X *after the takeover*": an act placed by a happening the story named just before
    ("that"/"those"/"the" + a happening noun; "the" only when the sentence before dates nothing
    recent) took
    place in that happening's year, when the sentence before dated it well before publication
    ("... an earthquake in April 2015."). None otherwise."""
    if published is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ANAPHORIC_TIME_PREPS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
        if det not in ("that", "those", "the"):
            continue
        at_time = prep.lower_ == "at" and noun.lower_ in ANAPHORIC_TIME_NOUNS
        if at_time:
            det = "the"  # "at the time", "at that time": whatever time the sentence before named
        elif prep.lower_ == "at" or not happening(noun.lower_):
            continue
        sent = tok.sent
        if sent.start == 0:
            return None
        before = tok.doc[sent.start - 1].sent
        if det == "the" and not at_time and not _names_happening(before, noun):
            continue  # "a flood hit X in 2022. Y pledged aid after *the earthquake*": another one
        dated = [
            found
            for expr in find_dates(before.text)
            if expr.kind not in RELATIVE_YEAR_KINDS  # "that year" points back too
            and (found := resolve(expr, published, False)) is not None
            and found.date
        ]
        if not dated:  # "The following spring X ...": a time counted from one named before
            chained = _year_in(before, None, published, CHAIN_DEPTH - 1)
            dated = [chained] if chained is not None and chained.date else []
        old = [found for found in dated if is_history(found, published)]
        if not old or (det == "the" and len(old) < len(dated)):
            continue  # "after *the* takeover": only when the sentence before dates nothing recent
        return ResolvedDate(
            old[0].date[:4], "year", f"{prep.text} {det} {noun.text} ({old[0].text})"
        )
    return None


LATER_THAN_PREPS = ("after", "following")  # "*after* the 2015 vote": later than a happening


def after_named_year(tok: Token, published: date | None) -> ResolvedDate | None:
    """ "*After the 2015 vote*, police detained hundreds", "recalled its envoy *following the
    2019 coup*": an act with no date words of its own placed after a happening that its own words
    date well before publication (a year or month and year before the happening noun) happened
    in that happening's wake, at the latest soon after it: history of that year, as an act placed
    by a happening the sentence before dated (rule date.after_named_year). None otherwise."""
    if published is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [tok, tok.head] if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else [tok]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in LATER_THAN_PREPS:
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or noun.pos_ != "NOUN":
                continue
            year = next(
                (
                    c
                    for c in noun.children
                    if c.i < noun.i
                    and c.dep_ in ("nummod", "compound", "amod", "nmod")
                    and _YEAR_WORD.fullmatch(c.text)
                ),
                None,
            )  # "the *2015* vote", "the March *2019* coup"
            if year is None:
                continue
            found = ResolvedDate(year.text, "year", year.text)
            if is_history(found, published):
                text = f"{prep.text} {tok.doc[noun.left_edge.i : noun.i + 1].text}"
                return ResolvedDate(year.text, "year", text)
    return None


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")


BALLOT_NOUNS = words("ballot_nouns")  # "that vote": an election by another name


def anaphoric_object(verb: Token, published: date | None) -> ResolvedDate | None:
    """ "The court annulled *that election* after ...": a verb with no date words of its own
    whose object is 'that' or 'those' and a happening noun the sentence before dated well
    before publication acts in that happening's time; its year (rule date.anaphoric_anchor),
    else None. Used only as the anchor of an act told in an "after"/"since" clause hanging on
    a verb that was coded as no event."""
    if published is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    sent = verb.sent
    if sent.start == 0:
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if obj.lower_ in ("that", "those"):  # the small parser's "that -> election" misparse
            noun = next((c for c in obj.children if c.i == obj.i + 1), None)
            det = obj.lower_
        else:
            noun = obj
            det = next((c.lower_ for c in obj.children if c.dep_ == "det"), None)
        if noun is None or det not in ("that", "those"):
            continue
        if not happening(noun.lower_) and noun.lemma_.lower() not in BALLOT_NOUNS:
            continue
        before = verb.doc[sent.start - 1].sent
        dated = [
            found
            for expr in find_dates(before.text)
            if expr.kind != "sameyear"
            and (found := resolve(expr, published, False)) is not None
            and found.date
        ]
        old = [found for found in dated if is_history(found, published)]
        if old and len(old) == len(dated):  # the sentence before dates nothing recent
            return ResolvedDate(old[-1].date[:4], "year", f"{det} {noun.text} ({old[-1].text})")
    return None


def _names_happening(before: Span, noun: Token) -> bool:
    """Whether the sentence ``before`` can be where "the" + ``noun`` was named: it names that
    happening, or none of another kind ("soldiers seized power in 2023 ... after the coup")."""
    others = [t for t in before if t.pos_ in ("NOUN", "PROPN") and happening(t.lower_)]
    return not others or any(t.lemma_.lower() == noun.lemma_.lower() for t in others)


def _texts_before(tok: Token, expr_start: int) -> list[str]:
    """The sentence before ``tok``'s (if any) and its own sentence up to ``expr_start``."""
    sent = tok.sent
    texts = [sent.text[:expr_start]]
    if sent.start > 0:
        texts.insert(0, tok.doc[sent.start - 1].sent.text)
    return texts


def day_named_before(tok: Token, expr_start: int, published: date) -> ResolvedDate | None:
    """ "Police detained 40 people *that day*": the last day (not a future one) named before
    the words (``expr_start``: their offset in the sentence), in their sentence or the one
    before, however long before publication."""
    found = None
    for text in _texts_before(tok, expr_start):
        for _, day in named_days(text, published):
            found = day
    return found


def year_named_before(tok: Token, expr_start: int, published: date) -> ResolvedDate | None:
    """ "The junta expelled troops in January 2023 and the ambassador *later that year*": the
    year of the last date named before the words (``expr_start``: their offset in the
    sentence), in their sentence or the one before (rule date.same_year). Date words that
    themselves point back ("later that year", "two years later", "the following spring",
    "back then") name the year they resolve to, counted from the time named before them in
    turn, so a chain of them keeps its years ("In 2019 ... Later that year ... Two years
    later ..."; rules date.same_year and date.years_counted, branch history36)."""
    found = _year_in(tok.sent, expr_start, published, CHAIN_DEPTH)
    if found is None or not found.date:
        return None
    return ResolvedDate(found.date[:4], "year", found.text)


# date words that count from a year named before them (coding.dates): "that year", "two years
# later", "the following year", "back then"
RELATIVE_YEAR_KINDS = frozenset({"sameyear", "yearshift", "yearshift1", "thentime"})
# date words that count days, weeks or a month from a time named before them ("two weeks
# later", "that day", "the following month"): in a chain, the year of that time
SAME_YEAR_COUNTS = frozenset({"shift", "shift1", "hours", "sameday", "samemonth", "monthshift1"})
# how many sentences back a chain of such words may reach (each link one sentence back)
CHAIN_DEPTH = 3


def _shifted_year(expr: object, base: ResolvedDate | None) -> ResolvedDate | None:
    """The year relative date words ``expr`` name, counted from ``base`` (a resolved date):
    "that year" and "back then" its year, "two years later" two on, "the following year" one
    on, "in the years that followed" the next (its first); None without a base."""
    if base is None or not base.date or not base.date[:4].isdigit():
        return None
    year = int(base.date[:4])
    kind = getattr(expr, "kind", "")
    g = getattr(expr, "groups", ())
    text = getattr(expr, "text", "") or ""
    if kind == "yearshift":
        sign = {"later": 1, "earlier": -1}.get((g[2] or "").lower())
        if sign is None:
            return None
        year += sign * years_counted(g)
    elif kind == "yearshift1":
        year += -1 if (g[0] or "").lower() in ("previous", "preceding") else 1
    elif kind == "thentime" and "follow" in text.lower():
        year += 1
    elif kind == "monthshift1" and base.date[5:7] in ("01", "12"):
        return None  # "the following month" after December: the year is not the base's
    return ResolvedDate(f"{year:04d}", "year", base.text)


def _year_in(sent: Span, end: int | None, published: date, depth: int) -> ResolvedDate | None:
    """The last date named in ``sent`` (up to the offset ``end``, else all of it), relative
    date words resolved against the date named before them; when the sentence (so far) names
    none, the sentence before's, ``depth`` sentences back at most (chains of relative words
    only: a sentence with no date words ends the search, as year_named_before always did)."""
    text = sent.text if end is None else sent.text[:end]
    found: ResolvedDate | None = None
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    for expr in sorted(find_dates(text), key=lambda e: e.start):
        relative = (
            expr.kind in RELATIVE_YEAR_KINDS or expr.kind in SAME_YEAR_COUNTS
        ) and not expr.text.lower().endswith("ago")
        if relative:
            base = found
            if base is None and depth > 0 and before is not None:
                base = _year_in(before, None, published, depth - 1)
            day = _shifted_year(expr, base)
        else:
            day = resolve(expr, published, False)
        if day is not None and day.date:
            found = day
    if found is None:  # "The dispute dates *to 2014*, when ...": a year the parser tags as a
        # date, with no preposition the date patterns know
        found = _bare_year(sent, end, published)
    if (
        found is None
        and before is not None
        and depth > 0
        and (end is not None or _same_paragraph(before, sent))
    ):
        # the sentence's own words name no time: the one before's (through one with no date
        # words only within a paragraph: "In 2016 ... Police arrested 40. *In the aftermath*")
        return _year_in(before, None, published, depth - 1)
    return found


def _bare_year(sent: Span, end: int | None, published: date) -> ResolvedDate | None:
    """The last year (a four-digit number from 1800 to publication's year that the parser
    tags as a date on its own: "dates to *2014*", "the *2014* case") in ``sent`` before the
    offset ``end``; None when there is none."""
    found = None
    for t in sent:
        if end is not None and t.idx - sent.start_char >= end:
            break
        if (
            t.ent_type_ == "DATE"
            and len(t.text) == 4
            and t.text.isdigit()
            and 1800 <= int(t.text) <= published.year
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("-", "\u2013", "to"))
        ):
            found = ResolvedDate(t.text, "year", t.text)
    return found


def _same_paragraph(before: Span, sent: Span) -> bool:
    """Whether sentence ``before`` and the next, ``sent``, are in one paragraph."""
    gap = doc_text(sent.doc)[before.start_char : sent.start_char]
    return "\n" not in gap[len(gap.rstrip()) :] and "\n" not in gap.strip()


def _last_date_before(
    tok: Token, expr_start: int, published: date, skip: tuple[str, ...]
) -> ResolvedDate | None:
    """The last date (resolved against ``published``) named before the date words at
    ``expr_start``, in their sentence or the one before (``_texts_before``), date words of a
    kind in ``skip`` passed over; None when there is none."""
    found = None
    for text in _texts_before(tok, expr_start):
        for expr in find_dates(text):
            if expr.kind in skip:
                continue
            day = resolve(expr, published, False)
            if day is not None and day.date:
                found = day
    return found


def month_named_before(tok: Token, expr_start: int, published: date) -> ResolvedDate | None:
    """ "Tension rose in June 2025 ... Afghan forces attacked the posts *later that month*":
    the month of the last date of a day or month named before the words, in their sentence or
    the one before (rule date.same_month)."""
    found = _last_date_before(tok, expr_start, published, ("sameyear", "samemonth"))
    if found is None or not found.date or found.precision not in ("day", "month"):
        return None
    return ResolvedDate(found.date[:7], "month", found.text)


def counted_from_period(
    tok: Token, date_expr: object, published: date
) -> tuple[ResolvedDate, str] | None:
    """ "In 2015 troops stormed the palace and the president resigned *five days later*": date
    words that count days or weeks from a time the sentence (or the one before) named last
    before them, when that is a year or a month (no day) well before publication, count from
    it: the month or year the counted span falls in, and the words of the base (rule
    date.counted_from_period); None when the last date named is a day, recent, or the span
    leaves that year."""
    start = getattr(date_expr, "start", None)
    if start is None:
        return None
    skip = (*COUNTED_KINDS, "sameyear", "samemonth", "sameday")
    found = _last_date_before(tok, start, published, skip)
    if found is None or not found.date or found.precision not in ("year", "month"):
        return None
    if not is_history(found, published):
        return None
    words = found.text or ""
    if found.precision == "year":  # a count of days or weeks: told as part of that year
        return ResolvedDate(found.date[:4], "year", getattr(date_expr, "text", None)), words
    try:
        first = date.fromisoformat(found.date[:7] + "-01")
    except ValueError:
        return None
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    ends = [resolve(date_expr, d, False) for d in (first, last)]  # type: ignore[arg-type]
    if any(e is None or not e.date for e in ends):
        return None
    lo, hi = ends[0].date or "", ends[1].date or ""  # type: ignore[union-attr]
    if lo[:7] == hi[:7]:
        return ResolvedDate(lo[:7], "month", getattr(date_expr, "text", None)), words
    return ResolvedDate(found.date[:4], "year", getattr(date_expr, "text", None)), words


# date words counted from a day ("two days later", "the following day"): from the day the
# story named before them, when it named one
COUNTED_KINDS = ("shift", "shift1", "hours")
# ... counting forward ("a week later", "the following day"): in a past-tense clause they count
# from an earlier day, never from publication (rule date.counted_unanchored)
COUNTED_FORWARD = re.compile(r"\b(?:later|following|next|after)\b", re.I)


HAPPENING_OFFSET_UNITS = {"day": 1, "week": 7}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def happening_offset(sent: Span, date_expr: object) -> tuple[int, str] | None:
    """ "*Two days after* the election on Sunday, X accused ...": date words on the noun of an
    "after"/"before" phrase counted in days or weeks date the happening the act is counted
    from; the act is that many days on (or back): (days, the counting words), or None."""
    start = getattr(date_expr, "start", None)
    if start is None:
        return None
    span = sent.char_span(
        sent.start_char + start, sent.start_char + getattr(date_expr, "end", start),
        alignment_mode="expand",
    )  # fmt: skip
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.lower_ in ("after", "before") and tok.dep_ == "prep":
            break
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return None
        tok = tok.head
    else:
        return None
    unit = next((c for c in tok.children if c.dep_ == "npadvmod"), None)
    if unit is None and tok.head.dep_ == "npadvmod":
        unit = tok.head  # "*A day* after the vote on Sunday": the parser hangs "after" on it
    if unit is None or unit.lemma_.lower() not in HAPPENING_OFFSET_UNITS:
        return None
    count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
    if count is None:
        return None
    n = int(count.text) if count.text.isdigit() else COUNT_WORDS.get(count.lower_)
    if not n or n > 31:
        return None
    days = n * HAPPENING_OFFSET_UNITS[unit.lemma_.lower()]
    return (days if tok.lower_ == "after" else -days), f"{count.text} {unit.text} {tok.text}"


def _history_anchor(why: Because, published: date | None) -> str | None:
    """The date of the event an undated earlier act was placed before (the ``anchor`` of rule
    date.before_event or date.anaphoric_anchor), when it ends well before publication; None
    otherwise (rule modality.before_history)."""
    if why.rule not in ("date.before_event", "date.anaphoric_anchor") or published is None:
        return None
    anchor = why.slots_dict().get("anchor") or ""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(anchor))
    if precision is None or not anchor[:4].isdigit():
        return None
    if not is_history(ResolvedDate(anchor, precision, None), published):
        return None
    return anchor


def _story_day_before(reference: tuple[str, str, str] | None) -> date | None:
    """The day the story named before an event's words (not one it names only later)."""
    if reference is None or reference[2].startswith("later"):
        return None
    try:
        return date.fromisoformat(reference[0])
    except ValueError:
        return None


def _told_as_recent(tok: Token) -> bool:
    """'had *earlier* threatened', 'had *earlier in the day* ...': the past perfect of what
    happened shortly before the story's events."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(c.dep_ == "advmod" and c.lower_ == "earlier" for c in verb.children)


def present_perfect(tok: Token) -> str | None:
    """'have struck down', 'has been imposed' (or a noun event under one: 'has imposed
    *sanctions*'): the present perfect, which says an event has happened by now, not when.
    Returns the verb's words, or None."""
    verb = event_verb(tok)
    if verb.tag_ != "VBN":
        return None
    have = next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
        ),
        None,
    )
    return f"{have.text} {verb.text}" if have is not None else None


STATEMENT_ROOTS = words("statement_roots")
# statements (CAMEO roots or codes): said on the story's news day (rule date.statement_lead_day)
REACTION_ROOTS = tuple(words("attributed_statement_roots"))
REPEATED = words("repeated_adverbs")


def news_statement(tok: Token, cameo: str) -> bool:
    """A statement made in the present perfect ("has urged", "has warned") is the story's news,
    unless an adverb makes it repeated or earlier ("has *repeatedly* accused")."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") else tok
    return cameo[:2] in STATEMENT_ROOTS and not any(
        c.dep_ == "advmod" and c.lower_ in REPEATED for c in verb.children
    )


PERFECT_LEAD_WHERE = "later, the latest day the story names"
CAPTION_DAY_WHERE = "(a caption's day)"  # the day named is a caption's (date.caption_day)


THREAT_ACT_PATTERNS = (
    CONSEQUENCE_PATTERN,
    OFFENDERS_PATTERN,
    TARGET_PATTERN,
    PUNISHMENT_PATTERN,
    RECOURSE_PATTERN,
    ANSWERED_PATTERN,
    KEPT_PATTERN,
)


def _threat_from_act(trig: Trigger, code: CameoCode, modality: str) -> bool:
    """Whether the event is a threat read from the act threatened, not from a word of
    threatening: an act announced on condition (recode.conditional_threat) or a punishment,
    answer or target announced in a clause (trigger.offenders_punished, .declared_target,
    .conditional_consequence, .punishment_awaits). Date words of that act date the act, which
    is still to come; the threat is dated to the statement (PLOVER: the event is the threat
    made, rule date.threatened_act)."""
    if trig.rule.pattern in THREAT_ACT_PATTERNS:
        return True
    return conditional_threat(trig, code, modality) is not None


def perfect_lead(cand: Candidate) -> bool:
    """An undated statement told in the present perfect ("X and Y *have called on* Z to stop
    ...", "has condemned"), with no day named before it: the story's news up to now, which
    the acts told below with their days add up to (rule date.perfect_lead)."""
    tok = cand.trigger.token
    return present_perfect(tok) is not None and news_statement(tok, cand.trigger.cameo.code)


def build_mention(
    cand: Candidate,
    sent: Span,
    index: int,
    article_id: str,
    date_expr: object,
    published: tuple[date | None, str | None],
    location: object,
    reference: tuple[str, str, str] | None = None,
    fixed: tuple[str | None, str | None, Because, str | None] | None = None,
    shared: str | None = None,
    day_reason: Because | None = None,
    lead: tuple[str, str] | None = None,
    set_aside: Because | None = None,
    decided: object = None,
    caption: bool = False,
) -> Mention:
    """``reference``: the day the story named for earlier events (date, words, where);
    ``fixed``: a date worked out from another event of the sentence (date, precision,
    explanation, the words that told it: an "after" clause); ``shared``: the participle whose date words date it;
    ``lead``: the first day the story names for what has happened (date, words), the lead's;
    ``day_reason``: why ``published`` is the story's day when it is not the publication date
    (a dateline's day, date.dateline); ``set_aside``: date words of the sentence that date
    something else (date.before_happening, date.standing_relative); ``decided``: the saying's
    date words of a sentence whose measure is given only the day it takes effect
    (date.decided_day); ``caption``: the sentence stands in a photo caption or a gallery's
    slide (coding/captions.py), whose simple present tells what the picture shows
    (date.caption_news)."""
    trig = cand.trigger
    code = lex = trig.cameo
    table = cameo_table()
    why = trigger_reasons(trig, _cameo(lex))
    dated: list[str] = []  # the date rules applied, in order (Mention.date_rules)
    headline = False  # a headline's present, dated as news of the story's day
    # a caption's present ("Police *fire* tear gas ..."): what the picture shows, not a plan
    caption_told = caption and caption_present(event_verb(trig.token))

    def date_why(rule_id: str, /, **slots: object) -> None:
        why.append(explain(rule_id, **slots))
        dated.append(rule_id)

    if cand.recode and cand.recode[0] in table:
        code = table[cand.recode[0]]
        why.append(f"{cand.recode[1].text()} → {_cameo(code)}")
    found = obligation(trig.token) if trig.rule.pos == "aux" else None
    if found and found[0].dep_ == "ROOT":  # '"Y must leave," ...': the quotation was said
        modality, cue = "asserted", ""
    else:  # "X *will tell* Y that Z must ...": a reported demand's mood is that of its saying
        modality, cue = modality_of(found[0].head if found else trig.token)
    modality_rule = "modality.cue" if cue else "modality.default"
    if modality == "negated" and any("@denied_share" in it for it in trig.rule.items):
        # "said it had *no hand* in the plot": the "no" is the denial, which was made
        modality, cue, modality_rule = "asserted", "'no'", "modality.denial_made"
    if modality == "negated" and trig.rule.pattern == CONSEQUENCE_PATTERN:
        # "we will *not* remain silent if X ...": the negation is part of the answer announced
        modal = next((c.text for c in trig.token.children if c.dep_ == "aux"), "will")
        modality, cue, modality_rule = "future", f"'{modal}'", "modality.cue"
    if trig.rule.pattern in (
        PUNISHMENT_PATTERN,
        OFFENDERS_PATTERN,
        TARGET_PATTERN,
        RECOURSE_PATTERN,
        ANSWERED_PATTERN,
        KEPT_PATTERN,
    ) and (modality in ("future", "hypothetical") or trig.rule.pattern == TARGET_PATTERN):
        # "X said Y would face consequences": the threat was made when said
        modality, cue, modality_rule = (
            "asserted",
            f"'{trig.token.head.text}'",
            "modality.threat_made",
        )
    if modality == "negated" and any("@not_idle" in it for it in trig.rule.items):
        # "will *not* stand idly by": the negation is the warning's own words, given
        modality, cue, modality_rule = "asserted", "'not'", "modality.threat_made"
    if cand.unrealised and modality == "asserted":  # "called for *a visit by X*": not made
        modality, cue = "hypothetical", cand.unrealised
        modality_rule = cand.unrealised_rule or "modality.unrealised"
    if modality in ("future", "hypothetical") and trig.cameo.plover == "THREATEN":
        said = spoken_warning(trig.token)
        if said is not None:  # "there may be retaliation, he said": the warning was given
            modality, cue, modality_rule = "asserted", said, "modality.warning"
    if (
        modality == "hypothetical"
        and trig.cameo.plover == "THREATEN"
        and reported_joined_would(trig.token)
    ):  # "said it opposed the ban *and would take* measures": a threat reported as made
        modality, cue, modality_rule = "future", "'would'", "modality.reported_threat"
    threatened_day = None
    if (
        date_expr is not None
        and date_expr is not decided
        and published[0] is not None
        and not getattr(date_expr, "past_clause", False)
        and own_date_words(trig.token, sent.start_char, date_expr.start)  # type: ignore[attr-defined]
        and _threat_from_act(trig, code, modality)
    ):
        # "said it would blockade the ministry *on Saturday* if ...": the day of the act
        # threatened, still to come; the threat was made when said (rule date.threatened_act)
        ahead = resolve(date_expr, published[0], True)  # type: ignore[arg-type]
        if ahead is not None and ahead.date and ahead.date > published[0].isoformat():
            threatened_day = Because.of(
                "date.threatened_act", text=getattr(date_expr, "text", ""), word=trig.token.text
            )
            date_expr = decided
    effective_note = None
    effective = getattr(date_expr, "effective", "")
    if is_measure(code) or code.code.startswith("13"):
        applies = bool(effective)
    else:  # "a ceasefire *took effect* on Sunday": the truce itself begins that day
        applies = effective not in ("", *START_MARKERS) and not (
            trig.token.dep_ == "nsubj" and effect_words(trig.token.head)
        )
    effective_past = None
    if (
        applies
        and published[0] is not None
        and date_expr is not None
        # the measure's own starting words, not a clause's "came into force" ("since the
        # accord came into force in 2021"), which tells an act of its own
        and effective in (*START_MARKERS, "effective")
    ):
        # "banned poultry imports *from March 2018* until mid-2019", "was excluded *from the
        # 2018 games*": a measure that took effect (or a happening it kept someone from) well
        # before publication was decided no later than then: the act is history of that time,
        # not news of the day it is told (rule date.effective_past)
        then = resolve(date_expr, published[0], False)  # type: ignore[arg-type]
        # words that read as a coming day too ("from 1 June", no year) may be still to come
        coming = resolve(date_expr, published[0], True)  # type: ignore[arg-type]
        told_past = trig.token.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in trig.token.children
        )
        if (
            then is not None
            and then.date
            and is_history(then, published[0], told_past)
            and coming is not None
            and coming.date == then.date
        ):
            applies, effective_past = False, (date_expr.text, effective)  # type: ignore[attr-defined]
    if applies:
        # "imposed tariffs *effective next month*": that is when they apply, not when decided
        effective_note = explain("date.effective", text=date_expr.text, words=effective)  # type: ignore[union-attr]
        # "said on Wednesday it would impose duties from Friday": dated the day it was told
        date_expr = decided
        if (
            modality == "future"
            and is_measure(code)
            and cue.lower().strip("'") in DECIDED_CUES
            and conditional_threat(trig, code, modality) is None
        ):  # "will impose duties from 1 June": the measure is decided, only its day is ahead
            modality, cue, modality_rule = "asserted", effective, "modality.decided_measure"
    if modality in ("future", "hypothetical") and (said := performed_speech_act(trig.token)):
        modality, cue, modality_rule = "asserted", said, "modality.performative"
    pub, pub_precision = published
    terms = None
    if modality in ("asserted", "claimed") and fixed is None:
        # "respect a 1987 protocol under which X *promised* ...": a term of the old text
        terms = text_terms(trig.token, pub)
        if (
            terms is not None
            and date_expr is not None
            and own_date_words(terms[1], sent.start_char, date_expr.start)  # type: ignore[attr-defined]
        ):
            terms = None  # "under which X withdrew its troops in 1995": its own date words
        if terms is not None:
            date_expr = None
    resolved: ResolvedDate | None = None
    counted: date | None = None
    weekend_day: tuple[str, str, str] | None = None
    unanchored: str | None = None
    same_day: str | None = None
    same_year: str | None = None
    same_month: str | None = None  # "later that month" after a month named (date.same_month)
    that_year: str | None = None  # "in December that year" (date.month_that_year)
    then_base: str | None = None  # the time "back then" points to (date.then_history)
    happening: tuple[str | None, str | None, str] | None = None  # date.counted_from_happening
    year_count: str | None = None  # the year "two years later" counts from (date.years_counted)
    counted_period: str | None = (
        None  # a past year or month named before (date.counted_from_period)
    )
    if date_expr is not None:  # "is hosting talks on Friday": the progressive looks ahead
        kind = getattr(date_expr, "kind", "")
        scheduled = looks_ahead(trig.token, kind, code.code, _coming_this_year(date_expr, pub))
        if scheduled and caption_told:
            # "Police *fire* tear gas at marchers on Tuesday" under a picture: the day shown
            scheduled = False
            date_why("date.caption_news", verb=event_verb(trig.token).text)
        ahead = (
            modality == "future" or scheduled or getattr(date_expr, "future_clause", False)
        ) and (
            not getattr(date_expr, "past_clause", False)
            # "called a strike *from Wednesday*": the start phrase's day is the strike's, to
            # come, though the calling is past (rule modality.announced_start)
            or "modality.announced_start" in cue
        )
        resolved = resolve(date_expr, pub, ahead)  # type: ignore[arg-type]
        counted = _story_day_before(reference) if kind in COUNTED_KINDS else None
        period = (
            counted_from_period(trig.token, date_expr, pub)
            if kind in ("shift", "shift1") and pub is not None and not ahead
            else None
        )
        if period is not None:
            # "In 2015 troops stormed the palace and the president resigned *five days
            # later*": counted from the year the sentence named, not from the story's day
            resolved, counted_period, counted = period[0], period[1], None
        if counted is not None and not getattr(date_expr, "text", "").lower().endswith("ago"):
            # "Peru protested *two days later*": counted from the day the story named
            resolved = resolve(date_expr, counted, ahead)  # type: ignore[arg-type]
        else:
            counted = None
        offset = (
            happening_offset(sent, date_expr)
            if counted is None and kind not in (*COUNTED_KINDS, "yearshift")
            else None
        )
        if offset is not None and resolved is not None and resolved.precision == "day":
            # "two days after the election on Sunday": counted from the election's day
            moved = date.fromisoformat(resolved.date) + timedelta(days=offset[0])  # type: ignore[arg-type]
            happening = (resolved.date, resolved.text, offset[1])
            resolved = ResolvedDate(moved.isoformat(), "day", resolved.text)
        same = (
            day_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            if kind == "sameday" and pub is not None
            else None
        )
        if (
            kind == "yearshift"
            and pub is not None
            and (
                base := year_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            )
        ):  # "expelled the envoy in 2008 and restored ties *two years later*": 2010
            g = date_expr.groups  # type: ignore[attr-defined]
            sign = {"later": 1, "earlier": -1}.get(g[2].lower())
            if sign is not None and base.date:
                year = int(base.date[:4]) + sign * years_counted(g)
                resolved = ResolvedDate(f"{year:04d}", "year", date_expr.text)  # type: ignore[attr-defined]
                year_count = base.text or ""
        if (
            kind == "yearshift1"
            and pub is not None
            and (base := year_named_before(trig.token, date_expr.start, pub))  # type: ignore[attr-defined]
            and base.date
        ):  # "signed a protocol in 2019. *The following year*, ...": 2020
            sign = -1 if date_expr.groups[0].lower() in ("previous", "preceding") else 1  # type: ignore[attr-defined]
            year = int(base.date[:4]) + sign
            resolved = ResolvedDate(f"{year:04d}", "year", date_expr.text)  # type: ignore[attr-defined]
            year_count = base.text or ""
        if (
            kind in ("yearshift", "yearshift1") and resolved is None
        ):  # "two years later", no year named before
            unanchored = getattr(date_expr, "text", "")
        if kind == "samemonth" and pub is not None:  # "... in June 2025. Y attacked the posts
            month_before = month_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            if month_before is not None:  # *later that month*": 2025-06
                resolved, same_month = month_before, getattr(date_expr, "text", "")
        if kind == "sameyear" and pub is not None:  # "... in January 2023 and expelled the
            year_before = year_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            if year_before is not None:  # ambassador *later that year*": 2023
                resolved, same_year = year_before, getattr(date_expr, "text", "")
        if kind == "rel_month" and pub is not None and resolved is not None:
            # "In 2021 ... the two met in *December that year*": that year's December
            month_in = month_that_year(
                date_expr,
                sent.text,
                year_named_before(trig.token, date_expr.start, pub),  # type: ignore[attr-defined]
                resolved,
            )
            if month_in is not None:
                resolved, that_year = month_in, month_in.text
        if kind == "monthshift1" and pub is not None:  # "... in March. *The following
            # month* Y recalled its envoy": April
            month_before = month_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            if month_before is not None and month_before.date:
                sign = -1 if date_expr.groups[0].lower() in ("previous", "preceding") else 1  # type: ignore[attr-defined]
                y, m = int(month_before.date[:4]), int(month_before.date[5:7]) + sign
                y, m = (y + 1, 1) if m > 12 else (y - 1, 12) if m < 1 else (y, m)
                resolved = ResolvedDate(f"{y:04d}-{m:02d}", "month", getattr(date_expr, "text", ""))
                same_month = getattr(date_expr, "text", "")
        if kind == "thentime" and pub is not None:  # "In 2016 ... *Back then*, police ...",
            # "*In the aftermath*, X withdrew its envoy": the time the story named before
            base = year_named_before(trig.token, date_expr.start, pub)  # type: ignore[attr-defined]
            then_text = getattr(date_expr, "text", "")
            then = None
            if base is not None and base.date and base.date[:4].isdigit():
                year = int(base.date[:4])
                then = (
                    ResolvedDate(None, None, then_text, span=(year + 1, year + 1))
                    if "follow" in then_text.lower()  # "in the years that followed": no one year
                    else ResolvedDate(base.date[:4], "year", then_text)
                )
            if then is not None and is_history(then, pub):
                resolved, then_base = then, base.text or ""  # type: ignore[union-attr]
        if same is not None:  # "... marched on March 2. Police detained 40 *that day*"
            resolved = ResolvedDate(same.date, "day", same.text)
            same_day = getattr(date_expr, "text", "")
        if (
            counted is None
            and counted_period is None
            and (
                kind in ("shift", "shift1")
                # "48 hours later" with no day named before: a day counted from none
                or (
                    kind == "hours"
                    and resolved is not None
                    and pub is not None
                    and resolved.date != pub.isoformat()
                )
            )
            and not ahead
            and trig.token.tag_ == "VBD"
            and COUNTED_FORWARD.search(getattr(date_expr, "text", ""))
        ):  # "In 2016 ... Three weeks later Peru expelled ...": counted from a day the story
            unanchored = getattr(date_expr, "text", "")  # names no day of: not publication's
            resolved = None
        if kind == "weekend" and reference is not None and pub is not None:
            # "over the weekend" ... the story names the day elsewhere ("on Sunday")
            saturday = weekend_of(date_expr, pub, ahead)  # type: ignore[arg-type]
            if reference[0] in (saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()):
                resolved = ResolvedDate(reference[0], "day", resolved.text if resolved else None)
                weekend_day = reference
    if resolved is None and getattr(date_expr, "kind", "") in ("thentime", "monthshift1"):
        date_expr = None  # "back then" with no old time named before: as if no date words
    anaphor = framed = None
    after_year = None
    if date_expr is None and modality in ("asserted", "claimed"):
        anaphor = resolved = anaphoric_history(trig.token, pub)
        if resolved is None and past_tense(trig.token) and present_perfect(trig.token) is None:
            # "*After the 2015 vote*, police detained hundreds": in an old happening's wake
            after_year = resolved = after_named_year(trig.token, pub)
    # a timeline page's entry ("2021 / *April 28:* Tajik forces shelled ..."): its label dates
    # what its paragraph tells that has no date words of its own
    entry = None
    if date_expr is None and modality in ("asserted", "claimed") and pub is not None:
        entry = entry_at(doc_entries(sent.doc, pub), trig.token.idx)
        if entry is not None:
            resolved, anaphor = ResolvedDate(entry.date, entry.precision, entry.text), None
            after_year = None
    if terms is not None:
        resolved, anaphor, entry, after_year = terms[0], None, None, None
    noun_year = opening = None
    # an act told as done with no date words of its own: the history readings below
    told_undated = date_expr is None and fixed is None and modality in ("asserted", "claimed")
    if (
        resolved is None
        and told_undated
        and background_act(trig.token) is None
        and pluperfect(trig.token) is None
    ):  # "In 2019 X closed ..., and Y answered by *closing* ...": history of that year
        framed = resolved = framed_history(trig.token, pub)
    past_future = None
    if (
        fixed is None
        and modality == "future"
        and pub is not None
        and (seen_from := future_in_past(trig.token)) is not None
    ):  # "banned X's wine in 2013, weeks before X *was to initial* the accord": a plan of
        # that old time, history of its year, not one still to come (rule date.past_future)
        if resolved is None and date_expr is None:
            past_future = resolved = framed_history(trig.token, pub, own_would=True)
        elif resolved is not None and resolved.date and is_history(resolved, pub, True):
            past_future = resolved
        if past_future is not None:
            modality, cue = "historical", f"'{seen_from}' under '{past_future.text}'"
            modality_rule = "modality.historical"
    if (
        resolved is None and told_undated and terms is None
    ):  # "Chile's *2019 expulsion* of ...", "the *2012 movement shut down* ...": that year
        noun_year = resolved = year_noun(trig.token, pub)
    if (
        resolved is None and told_undated and terms is None and background_act(trig.token) is None
    ):  # "*In 2016*, X was arrested in Y; he *was later jailed*": the sentence's time
        opening = resolved = sentence_lead(trig.token, pub)
    background = None
    if (
        resolved is None
        and date_expr is None
        and fixed is None
        and modality == "asserted"
        and background_act(trig.token) is None
        and pluperfect(trig.token) is None
    ):  # "In 2019 the two states fell out. Ankara *also* recalled its ambassador": that year
        background = resolved = background_sentence(trig.token, pub)
    origin = None
    if fixed is None and modality in ("asserted", "claimed") and (resolved is None or date_expr):
        # "a year-long dispute that began when X put duties on Y": the act began it, long ago;
        # date words outside its clause ("raised duties *on Tuesday*, ... that began when")
        # are the current act's
        origin = origin_clause(trig.token, pub, getattr(date_expr, "start", None))
        if origin is not None:
            resolved = origin[0]
    during = None
    if (
        origin is None
        and resolved is None
        and date_expr is None
        and fixed is None
        and modality in ("asserted", "claimed")
    ):  # "burned villages during the occupation, which ended in 2001": of that time
        during = during_history(trig.token, pub)
        if during is not None:
            resolved = during[0]
    if resolved is not None and modality == "asserted" and is_after(resolved, pub):
        modality, cue = "future", f"date '{resolved.text}' after publication"
        modality_rule = "modality.date_after_publication"
    coming: str | None = None
    if (
        modality == "future"
        and resolved is not None
        and resolved.date
        and resolved.precision in ("month", "year")
        and not resolved.span
        and pub is not None
        and resolved.date == iso(pub, resolved.precision)
        and getattr(date_expr, "kind", "") != "weekend"  # two days, not a period
    ):  # "will provide more aid *this year*", "ready to host talks *next week*": the current
        # period the act is planned for, which holds the day it was promised and says nothing
        # of it: dated as one with no date words (a coming month, "in September", stays)
        coming, resolved = resolved.text, None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in trig.token.children)
    past = trig.token.tag_ in ("VBD", "VBN") and not modal
    if (
        resolved is not None
        and modality in ("asserted", "claimed")
        and is_history(resolved, pub, past)
    ):  # "X said Y *had imposed* the ban last year": a claim about history is history too
        modality, cue = "historical", f"date '{resolved.text}' well before publication"
        modality_rule = "modality.historical"
    elif (
        resolved is None
        and fixed is not None
        and fixed[0]
        and modality == "asserted"
        and is_history(ResolvedDate(fixed[0], fixed[1], fixed[3]), pub, not modal)
    ):  # "In July 2017 X seized ... two weeks *after* Y detained ...": counted back, still old;
        # a noun too ("the ban came after *riots* in 2009"): what came before an old act is old
        modality, cue = "historical", f"date {fixed[0]} well before publication"
        modality_rule = "modality.historical"
    elif (
        resolved is None
        and fixed is not None
        and not fixed[0]
        and modality == "asserted"
        and (anchor := _history_anchor(fixed[2], pub)) is not None
    ):  # "Chad sent troops in 2015, *months after* rebels attacked ...": undated, but what
        # came before an old act is older still
        modality, cue = (
            "historical",
            f"before '{fixed[2].slots_dict().get('event', '')}' ({anchor})",
        )
        modality_rule = "modality.before_history"
    elif (
        resolved is None
        and fixed is None
        and date_expr is None
        and unanchored is None
        and modality == "asserted"
        and pub is not None
        and background_act(trig.token) is None
        and (former_words := former_act(trig.token)) is not None
    ):  # "Chile *once* accused Peru of spying": at some time in the past, told as background
        modality, cue = "historical", f"'{former_words}'"
        modality_rule = "modality.formerly"
    if (
        modality == "negated"
        and (
            any(c.dep_ == "aux" and c.lemma_ in FUTURE_AUX for c in _aux_host(trig.token).children)
            or withheld_consent(trig.token)
            or no_intention(trig.token) is not None
        )
        and (code.plover != "COERCE" or wanted_person(trig.token))
    ):  # "will not negotiate", "did not allow the monitors in": a refusal made
        new = intent_code(f"REFUSAL:{code.plover}", code.code)
        if new and new in table:
            old, code = code, table[new]
            why.append(explain("recode.refusal", old=old.plover, code=_cameo(code)))
            # "will not negotiate": the refusal itself was made, so it is asserted
            modality, cue, modality_rule = "asserted", cue, "modality.refusal"
            if cand.assumed_recipient and not refusal_keeps_counterpart(cand):
                # "would not back down": aimed at who demands it, not at the doer's people
                cand.clear_recipients()
            elif cand.assumed_recipient:  # "X will not withdraw the ship": at the other side
                names = ", ".join(a.name or a.text for a in cand.recipients)
                why.append(explain("recipient.refusal_counterpart", name=names))
    if (
        modality == "negated"
        and code.plover != "REJECT"
        and (denier := own_denial(trig.token, cand.actors)) is not None
        and DENIAL_CODE in table
    ):  # "the ministry said it did not order the shelling": a denial, made
        old, code = code, table[DENIAL_CODE]
        why.append(explain("recode.own_denial", old=old.plover, verb=denier, code=_cameo(code)))
        modality, cue, modality_rule = "asserted", f"'{denier}'", "modality.denial_made"
        if cand.assumed_recipient:
            cand.clear_recipients()
    content = cand.content
    if (
        content is not None
        and code.plover == "AGREE"
        and code.code in GENERIC_INTENT
        and not any(c.dep_ == "neg" for c in content.token.children)
    ):  # "promised *not* to use force": a pledge of restraint, not an intent to use it
        new = intent_code(content.cameo.plover, content.cameo.code)
        if new and new in table and new != code.code:
            code = table[new]
            why.append(
                explain(
                    "recode.promised_act",
                    word=trig.token.text,
                    content=content.words(),
                    type=content.cameo.plover,
                    code=_cameo(code),
                )
            )
    if (
        content is not None
        and code.code == "130"
        and (sub := threatened_code(content.cameo)) is not None
        and not any(c.dep_ == "neg" for c in content.token.children)
    ):  # "warned that it would *cut* gas supplies": the threat of a cut (CAMEO 1311)
        code = table[sub]
        why.append(explain("recode.threatened_act", word=trig.token.text,
                           content=content.words(), code=_cameo(code)))  # fmt: skip
    if (
        code.plover == "AGREE"
        and code.code in GENERIC_INTENT
        and (harm := hostile_promise(trig.token)) is not None
        and "130" in table
    ):  # "vowed to make X pay dearly": a promise of harm is a threat
        code = table["130"]
        why.append(explain("recode.hostile_promise", word=trig.token.text, cue=harm))
    threat = conditional_threat(trig, code, modality)
    if threat is not None:
        code = table[threat[0]]
        why.append(explain("recode.conditional_threat", cue=threat[1], code=_cameo(code)))
        sayer = threat_sayer(trig.token)
        if sayer is not None:  # "said it could file a complaint if ...": the threat was made
            modality, cue, modality_rule = "asserted", sayer, "modality.threat_made"
    warner = warned_act(trig.token) if modality == "hypothetical" else None
    if (
        warner is None
        and modality == "hypothetical"
        and (warned_coercion(trig.token, code.code) or said_coercion(trig.token, code.code))
    ):  # "warned that candidates *could be sanctioned*", "answered that any attack *would be
        # met with force*" (rule actor.announcer)
        warner = first_conjunct(trig.token).head.text
    possible = None
    if warner is None and modality == "hypothetical" and code.plover != "PROTEST":
        possible = said_possible_act(trig.token)  # "said it could cut supplies"
    if (warner or possible) and code.quad_class in (3, 4) and code.plover != "THREATEN":
        new = intent_code(code.plover, code.code)  # "warned that it could reimpose sanctions"
        if new and new in table and new.startswith("13"):
            old, code = code, table[new]
            if warner is not None:
                why.append(explain("recode.warned_act", old=old.plover, verb=warner,
                                   code=_cameo(code)))  # fmt: skip
            else:
                why.append(explain("recode.said_possible_act", old=old.plover, verb=possible,
                                   code=_cameo(code)))  # fmt: skip
            modality, cue, modality_rule = (
                "asserted",
                f"'{warner or possible}'",
                "modality.threat_made",
            )
    if (modality == "future" or past_future is not None) and code.plover not in (
        "AGREE",
        "THREATEN",
    ):  # a plan, still to come or of an old time (date.past_future): its intent code
        new = intent_code(code.plover, code.code)
        if new and new in table:
            old, code = code, table[new]
            why.append(explain("recode.planned", old=old.plover, code=_cameo(code)))
    if cand.unattributed:
        why.append(cand.unattributed.text())
    else:
        why.append(f"actor '{', '.join(a.text for a in cand.actors)}' = {cand.actor_text()}")
    if cand.recipients:
        names = ", ".join(a.text for a in cand.recipients)
        why.append(f"recipient '{names}' = {cand.recipient_text()}")
    elif cand.joint:
        why.append(explain("recipient.joint"))
    else:
        why.append(explain("recipient.none"))
    why.append(explain(modality_rule, modality=modality, cue=cue))
    if effective_note:
        why.append(effective_note)
        dated.append("date.effective")
        if decided is not None and date_expr is decided:
            date_why("date.decided_day", text=getattr(decided, "text", ""))
    if coming is not None:
        date_why("date.coming_period", text=coming)
    if resolved is not None and resolved.date:
        date_value, precision, date_text = resolved.date, resolved.precision, resolved.text
        date_why("date.expression", text=date_text, date=date_value)
        if resolved.end is not None:  # "between April and September": a stretch of months
            date_why("date.month_range", text=date_text, start=date_value, end=resolved.end)
        if effective_past is not None:
            date_why("date.effective_past", text=effective_past[0], words=effective_past[1])
        if counted is not None and reference is not None:
            date_why("date.counted_from_story_day", text=reference[1],
                     date=reference[0], where=reference[2])  # fmt: skip
        if same_day is not None:
            date_why("date.same_day", text=same_day, date=date_value)
        if same_year is not None:
            date_why("date.same_year", text=same_year, date=date_value)
        if same_month is not None:
            date_why("date.same_month", text=same_month, date=date_value)
        if that_year is not None:
            date_why("date.month_that_year", text=that_year, date=date_value)
        if noun_year is not None:
            date_why("date.year_noun", text=noun_year.text, date=date_value)
        if opening is not None:
            date_why("date.sentence_lead", text=opening.text, date=date_value)
        if happening is not None:
            date_why("date.counted_from_happening", words=happening[2], text=happening[1],
                     day=happening[0], date=date_value)  # fmt: skip
        if year_count is not None:
            date_why("date.years_counted", text=date_text, base=year_count, date=date_value)
        if then_base is not None:
            date_why("date.then_history", text=date_text, base=then_base, date=date_value)
        if counted_period is not None:
            date_why("date.counted_from_period", text=date_text, base=counted_period,
                     date=date_value)  # fmt: skip
        if weekend_day is not None:
            date_why("date.weekend_day", text=weekend_day[1], date=weekend_day[0],
                     where=weekend_day[2])  # fmt: skip
        if shared:
            date_why("date.shared", word=shared)
        if anaphor is not None:
            date_why("date.anaphoric_history", text=anaphor.text)
        if after_year is not None:
            date_why("date.after_named_year", text=after_year.text, date=date_value)
        if entry is not None:
            date_why("date.timeline_entry", text=entry.text, date=date_value)
        if framed is not None:
            date_why("date.framed_history", text=framed.text, date=framed.date)
        if past_future is not None:
            date_why("date.past_future", text=past_future.text, date=date_value)
        if terms is not None:
            date_why("date.text_terms", text=terms[0].text, noun=terms[1].head.text)
        if background is not None:
            date_why("date.background_sentence", text=background.text, date=background.date)
        if resolved.span:
            date_why("date.period", text=date_text, start=resolved.span[0], end=resolved.span[1])
    elif resolved is not None and resolved.span and not resolved.date and modality == "historical":
        # "shelled the posts *decades ago*": history, with no year named
        date_value = precision = None
        date_text = resolved.text
        if then_base is not None:  # "in the years that followed" an old year
            date_why("date.then_history", text=date_text, base=then_base, date="-")
        elif origin is not None:
            date_why("date.origin_clause", words=origin[1], length=origin[2])
        elif during is not None:
            date_why("date.during_history", words=during[1])
        elif opening is not None:  # "In 2017 X was arrested; he was *later* jailed"
            date_why("date.sentence_lead", text=opening.text, date="a later time, not said")
        else:
            date_why("date.long_ago", text=resolved.text)
    elif fixed is not None:  # "a day after Hamas fired rockets": from the main event's day
        date_value, precision, date_text = fixed[0], fixed[1], fixed[3]
        why.append(fixed[2].text())
        dated.append(fixed[2].rule)
    elif unanchored is not None:
        date_value = precision = None
        date_text = unanchored
        date_why("date.counted_unanchored", text=unanchored)
    elif (held := background_act(trig.token)) is not None:
        # "the suspect *in the market bombing*": an earlier act, not one of the story's day
        date_value = precision = date_text = None
        date_why("date.background_act", word=trig.token.text, head=held)
    elif (former := former_act(trig.token)) is not None:
        # "X *once* expelled Y", "signed it *but never* ratified it": an act long done
        date_value = precision = date_text = None
        date_why("date.formerly", words=former)
    elif (earlier := pluperfect(trig.token)) is not None:
        date_value = precision = date_text = None
        anchor = _story_day_before(reference) or (pub if pub_precision == "day" else None)
        if anchor is not None and _told_as_recent(trig.token):
            # "officers *had earlier* threatened ...": shortly before the story's day
            date_value = month_shortly_before(anchor)
            precision = "month" if date_value else None
            result = f"dated to its month, {date_value}" if date_value else "date unknown"
            date_why("date.before_event", words=f"{earlier}' with 'earlier", event="the story's day",
                     anchor=anchor.isoformat(), result=result)  # fmt: skip
        else:
            date_why("date.earlier", verb=earlier)
    elif (
        pub is not None
        and _story_day_before(reference) is not None
        and (perfect := present_perfect(trig.token)) is not None
        and not news_statement(trig.token, code.code)
    ):  # "Courts *have struck down* the order": by now, not on the day named before
        # the publication month, or its year when the week before publication began in the
        # month before ("has imposed" on 2 May may be 30 April)
        date_value, precision, date_text = iso(pub, "month"), "month", None
        if month_shortly_before(pub) is None:
            early = pub - timedelta(days=7)
            date_value, precision = (
                (iso(pub, "year"), "year") if early.year == pub.year else (None, None)
            )
        date_why("date.perfect", verb=perfect, date=date_value or "unknown")
    elif (
        reference is not None
        and lead is not None
        and reference[0] < lead[0]
        and reference[2].endswith("before")
        and modality in ("asserted", "claimed")
        and code.code.startswith(REACTION_ROOTS)
        and past_event(trig.token)
    ):  # "China rejected the protest" after "had entered the waters on Saturday": the news
        # of the lead's day, not the day of what is reacted to
        date_value, precision, date_text = lead[0], "day", None
        date_why("date.statement_lead_day", text=reference[1], lead=lead[1], date=lead[0])
    elif (
        reference is not None
        and modality in ("asserted", "claimed")
        and (
            past_event(trig.token)
            or (headline := headline_present(trig.token, sent, index))
            or caption_told
        )
    ):
        date_value, precision, date_text = reference[0], "day", None
        told = event_verb(trig.token)
        if headline:  # "Peru expels diplomats" over a story that names the day
            date_why("date.headline_news", verb=told.text)
        elif caption_told and not past_event(trig.token):  # "Police fire tear gas at ..."
            date_why("date.caption_news", verb=told.text)
        elif not past_tense(told) and (scene_verb(told).i != told.i or told.dep_ == "xcomp"):
            date_why("date.participle_scene", verb=told.text)  # "..., *accusing* them of"
        if reference[2].endswith(CAPTION_DAY_WHERE):
            date_why("date.caption_day", text=reference[1], date=reference[0])
        if reference[2] == PERFECT_LEAD_WHERE:
            date_why("date.perfect_lead", text=reference[1], date=reference[0])
        else:
            date_why("date.story_reference", text=reference[1], date=reference[0],
                     where=reference[2])  # fmt: skip
    elif (
        reference is not None
        and modality == "future"
        and (promise := promised_in(trig.token)) is not None
    ):  # "announced it would invest": still to come, but told on the day of the announcing
        date_value, precision, date_text = reference[0], "day", None
        date_why("date.promise_day", verb=promise.text, text=reference[1], date=reference[0],
                 where=reference[2])  # fmt: skip
    elif pub is not None:
        date_value = iso(pub, pub_precision or "day")
        precision, date_text = pub_precision, None
        day_reason = day_reason or Because.of("date.publication")
        why.append(day_reason.text())
        dated.append(day_reason.rule)
    else:
        date_value = precision = None
        date_text = resolved.text if resolved is not None else None
    if set_aside is not None:
        why.append(set_aside.text())
        dated.append(set_aside.rule)
    if threatened_day is not None:
        why.append(threatened_day.text())
        dated.append(threatened_day.rule)
    if cand.embedded:
        why.append(explain("filter.embedded_own_act", word=trig.token.head.text))
    why += [n.text() for n in cand.notes]
    toks = trig.tokens
    # the article's own words: the parsed text may differ in case (a headline parsed in
    # sentence case, communique.articles.headline), never in length
    article = sent.doc._.communique_article
    own = article.text if article is not None else ""
    if len(own) != doc_chars(sent.doc):
        own = doc_text(sent.doc)
    raw = sent.text  # (a dateline blanked for the parse stays out of the evidence)
    lead = len(raw) - len(raw.lstrip())
    start = sent.start_char + lead
    text = own[start : start + len(raw.strip())]
    evidence = Evidence(  # the sentence without surrounding whitespace, offsets to match
        sentence_text=text,
        start=start,
        end=start + len(text),
        trigger=trig.words(own),
        trigger_start=toks[0].idx,
        trigger_end=toks[-1].idx + len(toks[-1].text),
    )
    return Mention(
        article_id=article_id,
        sentence=index,
        event_type=code.plover,
        actor=cand.actors,
        recipient=cand.recipients,
        evidence=evidence,
        explanation="; ".join(why),
        date_rules=tuple(dated),
        mode=code.mode,
        context=list(code.context),
        cameo=code.code,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        modality=modality,
        date=date_value,
        date_precision=precision,
        date_text=date_text,
        location=location,  # type: ignore[arg-type]
        confidence=confidence(cand, modality),
        unattributed=cand.unattributed is not None,
    )
