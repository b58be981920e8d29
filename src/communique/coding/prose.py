"""Event words in prose that reports no event: analysis, opinion, trial reports and profiles.

An event word is no event of its own when its clause asks a question instead of stating a fact
("it is unclear *whether* X will expel ...", "*Will* X close its airspace?"), states a habit
("X *often* criticises Y": vocabulary habitual_adverbs), states a generic truth about a kind
("armies *that shell* cities commit crimes"), describes what someone does as a standing role
("the agency *that helps* refugees", "the force *mandated to protect* civilians": vocabulary
role_verbs), or names a past act only as the start of a period ("*since* the invasion"). Each check is one look at the trigger's clause in the parse: no scan
over patterns.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.charged_acts import charged_act
from communique.coding.claimed_attacks import claimed_act
from communique.coding.modality import condition_mark
from communique.coding.said_threats import commentator, own_subject
from communique.coding.standing_sanctions import standing_sanctions
from communique.coding.syntax import first_conjunct, is_passive, perfect
from communique.coding.transcript import guest_retold, questioner_turn
from communique.coding.triggers import offender_class
from communique.vocabulary import words

HABITUAL_ADVERBS = words("habitual_adverbs")
STANDING_SPAN_UNITS = words("standing_span_units")  # "for ten *years*" (standing_activity)
EARLIER_ADJECTIVES = words("earlier_adjectives")
TOPIC_NOUNS = words("topic_nouns")
VENUE_NOUNS = words("venue_nouns")
OCCURRENCE_NOUNS = words("occurrence_nouns")
STATE_VERBS = words("state_verbs")
CONTINUANCE_ADVERBS = words("continuance_adverbs")
VENUE_PREPS = words("venue_preps")
VENUE_VERBS = words("venue_verbs")
AUDIENCE_GATHERINGS = words("audience_gatherings")
GROUNDS_PREPS = words("grounds_preps")
FLIGHT_VERBS = words("flight_verbs")
# what fled from or displaced by: "fled *from* the fighting", "displaced *by* clashes"
FLIGHT_PREPS = frozenset({"from", "by"})
# a word before the noun that names a side: "fled *Russian* shelling", "escaped *rebel* attacks"
SIDE_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# the phrases that name a meeting's own parties: "talks *with* X", "a meeting *of* ministers"
PARTY_PREPS = frozenset({"with", "between", "of", "among"})
TOPIC_PREPS = frozenset({"about", "of", "on", "over"})
CHARACTER_WORDS = words("character_words")
CHARACTER_PREPS = frozenset({"for", "of", "on"})
OPINION_QUANTIFIERS = words("opinion_quantifiers")
OPINION_HOLDERS = words("opinion_holders")
INTEREST_GROUPS = words("interest_group_nouns")
# what people in the street do together is an act whoever counts them ("many Kenyans protested")
CROWD_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
CROWD_VERBS = words("crowd_verbs") | words("intransitive_protest_verbs")
HABITUAL_ADJECTIVES = words("habitual_adjectives")
RECURRING_UNITS = words("recurring_units")
RECURRING_DETERMINERS = words("recurring_determiners")
STANDING_ADVERBS = words("standing_adverbs")
RELATION_STATE_VERBS = words("relation_state_verbs")  # rule filter.standing_relation
RELATION_NOUNS = words("relation_nouns")
QUESTION_FRAME_VERBS = words("question_frame_verbs")  # rule filter.reporter_question
PRESS_ASKERS = words("press_askers")  # rule filter.reporter_question (the asker named)
EARLIER_OCCASION_ADVERBS = words("earlier_occasion_adverbs")  # rule filter.earlier_acts
FEELING_VERBS = words("feeling_verbs")
REVIEW_VERBS = words("review_verbs")
PROMISE_NOUNS = words("promise_nouns")
PROMISE_KEEPING_VERBS = words("promise_keeping_verbs")
PROMISE_BREAKING_VERBS = words("promise_breaking_verbs")
PLEDGE_VERBS = words("pledge_verbs")
GENERIC_DETERMINERS = frozenset({"any", "every"})
# dependents that make a plural noun a particular group, not a kind: "the", "its", "two", ...
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod", "quantmod", "appos"})
# "if" as a complementizer ("asked *if* ..."), not a condition: a complement clause, or any
# clause under a word of knowing or asking ("nobody knows *if* ...", "unclear *if* ...")
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "xcomp", "pcomp"})
QUESTION_WORDS = words("question_words")
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl"})
ROLE_VERBS = words("role_verbs")
OFFICE_HOLDERS = words("office_holders")
NAMED_TEXTS = words("named_texts")  # rule filter.text_kind
AGENT_GROUP_NOUNS = words("agent_group_nouns")  # rule filter.group_kind
SPECULATIVE_MODALS = words("speculative_modals")
SPECULATIVE_ADVERBS = words("speculative_adverbs")
LIKELIHOOD_WORDS = words("likelihood_words")
QUESTION_NOUNS = words("question_nouns")
RECALL_VERBS = words("recall_verbs")
SCENARIO_NOUNS = words("scenario_nouns")
SCENARIO_ORDINALS = words("scenario_ordinals")
REPORTING_VERBS = words("reporting_verbs")
# the subjects whose reported "could" is their own warning or plan ("said *it* could cut ..."):
# every subject pronoun
OWN_SUBJECTS = words("subject_pronouns")
# modals that put a "how"/"what" clause ahead of the facts ("how far X *would* go")
OPEN_MODALS = words("unreal_aux")
QUESTION_WH = words("question_wh_words")
PAST_QUESTION_AUX = frozenset({"did", "was", "were", "had"})  # "when *did* X ...?"
# date or time words that make a present-tense clause a particular act ("who *visits* Paris on
# Monday"), not a description
WHEN_ENTS = frozenset({"DATE", "TIME"})
# "lends $2bn *a year*", "*per week*", "*annually*": a rate, how often, not a date (rule
# filter.description)
RATE_DETERMINERS = words("rate_determiners")
RATE_UNITS = words("rate_units")
RATE_ADVERBS = words("rate_adverbs")
# texts and speech whose simple-present relative clause voices a stance now ("the statement,
# *which accuses* X", "a resolution *that calls for* Y"): not a description of their issuer
VOICING_NOUNS = words("document_nouns") | words("speech_nouns") | words("voicing_nouns")
# "those *who call for* a blockade": a pronoun a subject relative describes as a kind of people
DESCRIBED_PRONOUNS = frozenset({"those", "anyone", "whoever", "everyone"})
# verbs of being or being kept somewhere (rule filter.standing_presence)
PRESENCE_VERBS = words("presence_verbs")
DEPLOYING_VERBS = words("deploying_verbs")
# the codes a standing presence is read as: a show of force (CAMEO 150) or a deployment (154);
# a state of alert (152) is news of its own, and a stance or a sanction that "remains" is none
PRESENCE_CODES = frozenset({"150", "154"})
# how a noun hangs in its verb's clause: object, object of a preposition, the preposition
NOUN_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "attr"})


# reports of systematic violence and repression ("police routinely beat detainees") are events
# of their own in CAMEO coding: a habit of force is still force
SYSTEMATIC_TYPES = frozenset({"ASSAULT", "COERCE"})
# statements and stances (appeals, intents, demands, criticism, rejection, threats, and the
# praise and endorsement of CAMEO 05) told in the simple present are voiced now, not described
STANCE_ROOTS = words("statement_roots") | {"05"}
NATURAL_FORCES = words("natural_forces")
ANIMALS = words("animals")
# "killed *in* the earthquake", "*by* floods", "*during* the storm", "*since* the floods": the
# hazard as the cause
HAZARD_PREPS = frozenset({"by", "in", "during", "since"})


def _hazard(tok: Token) -> bool:
    """``tok`` names a natural hazard itself: not "a flood *of* refugees", "a storm *of* protest"."""
    named = tok.lemma_.lower() in NATURAL_FORCES or tok.lower_.removesuffix("s") in NATURAL_FORCES
    return named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _animal(tok: Token) -> bool:
    """``tok`` is a lower-case noun of an animal (vocabulary animals), singular or plural; a
    capitalised word is a name ("the Grey Wolves", "the Bears")."""
    if tok.pos_ != "NOUN" or not tok.text.islower():
        return False
    return tok.lemma_.lower() in ANIMALS or tok.lower_ in ANIMALS


def animal_doer(doers: list[Token]) -> str | None:
    """The doer that is a wild animal or insect ("wolves from Poland attacked sheep"), or a
    swarm or pack of them ("swarms of hornets invaded"), if any: no one's act."""
    for head in doers:
        for t in (head, *head.conjuncts):
            if _animal(t):
                return t.text
            for prep in t.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ == "of"
                    and any(o.dep_ == "pobj" and _animal(o) for o in prep.children)
                ):
                    return " ".join(w.text for w in t.subtree)
    return None


def natural_force(trigger: Token, doers: list[Token]) -> str | None:
    """The natural hazard that does the act at ``trigger`` (no one's act, so no event), or None.

    The doer is a hazard word or a named one ("*Typhoon* Halong", "*Storm* Bert": the kind is
    the name's compound); with no doer, the act's cause is one ("twelve people were killed *in
    the earthquake*", "*by* floods")."""
    for head in doers:
        for t in (head, *(c for c in head.children if c.dep_ == "compound")):
            if _hazard(t):
                return t.text
    if doers:
        return None
    for prep in trigger.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in HAZARD_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _hazard(obj):
                    return " ".join(t.text for t in obj.subtree)
        if (clause := _hazard_clause(prep)) is not None:
            return clause
    return None


# "killed *since* the monsoon rains began", "*after* the cyclone struck": a clause of time whose
# subject is a hazard dates the deaths from it, so it is their cause too
HAZARD_CLAUSE_MARKS = frozenset({"since", "after"})


def _hazard_clause(clause: Token) -> str | None:
    """The hazard subject of a clause of time ``clause`` opened by since/after, or None."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in HAZARD_CLAUSE_MARKS for c in clause.children
    ):
        return None
    for subj in clause.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and _hazard(subj):
            return " ".join(t.text for t in subj.subtree)
    return None


WARNING_VERBS = words("warning_verbs")
MANNER_BY_NOUNS = words("manner_by_nouns")
# verbs of saying and of answering: the clause they govern is said ("answered that ...")
SAYING_VERBS = words("say_verbs") | words("reply_verbs") | words("response_verbs")
WARNED_ROOTS = ("16", "17")  # sanctions and coercion (CAMEO 16x, 17x), not violence (18x-20x)


def _manner_by(prep: Token) -> bool:
    """A "by" phrase that tells how, not who ("disarmed *by force*", "dissolved *by decree*":
    vocabulary manner_by_nouns), though the parser labels it the passive's agent."""
    return prep.dep_ == "agent" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in MANNER_BY_NOUNS and not list(g.children)
        for g in prep.children
    )


def _doer_named(verb: Token) -> bool:
    return any(c.dep_ == "agent" and not _manner_by(c) for c in verb.children)


def _elided_base(tok: Token) -> Token | None:
    """The verb whose subject, auxiliary and governing clause ``tok`` shares: ``tok`` itself,
    or, for a participle joined by "and" with no subject, auxiliary or object of its own
    ("would be arrested *and punished*"), the first verb of the series (coordination
    ellipsis); None for a joined verb with its own arguments."""
    if tok.dep_ != "conj":
        return tok
    base = first_conjunct(tok)
    if base.i == tok.i or base.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD"):
        return None
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "dobj")
    return None if any(c.dep_ in own for c in tok.children) else base


def warned_coercion(tok: Token, cameo: str) -> bool:
    """Whether ``tok`` is a sanction or an act of coercion (CAMEO 16x, 17x) in the passive with
    no "by" doer, in the clause a verb of warning governs ("the minister *warned* that any
    march *would be dispersed*", "that candidates *could be sanctioned*"): the warner's own
    side's answer to those who defy it, a threat however modest the modal (rule actor.warner);
    a harm foreseen ("warned that civilians could be killed", 18x-20x) is none. A "by" phrase
    of manner ("would be disarmed *by force*") names no doer; a participle joined by "and" to
    the warned passive with no subject or auxiliary of its own ("would be arrested *and
    punished*") shares its subject, auxiliary and warner (coordination ellipsis)."""
    if not cameo.startswith(WARNED_ROOTS) or tok.pos_ != "VERB" or _doer_named(tok):
        return False
    base = _elided_base(tok)
    if base is None:
        return False
    return (
        base.dep_ == "ccomp"
        and base.head.lemma_.lower() in WARNING_VERBS
        and is_passive(base)
        and not _doer_named(base)
    )


FUTURE_MODALS = frozenset({"will", "shall", "would", "'ll"})


def said_coercion(tok: Token, cameo: str) -> bool:
    """Whether ``tok`` is a sanction or an act of coercion (CAMEO 16x, 17x) in the future
    passive ("will", "shall", "would" be), with no "by" doer, in the clause a verb of saying
    or answering governs (vocabulary say_verbs, reply_verbs, response_verbs): '"Anyone who blocks the road *will be arrested*," the police chief said',
    '"Any march *would be dispersed*," the minister said': the subject a class of people or
    acts by what they do ('anyone who', 'any attempt', 'those found': triggers.offender_class),
    so the clause lays down a rule, a condition ("if anyone marches, it will be dispersed").
    What a side says will be done to those who defy it, with no other doer, is its own side's
    threat (rule actor.announcer; the
    speaker must be a state's organ or the state, domestic.warning_doer). A past report
    ("said 40 people were arrested") tells a done act, left to the rules for those
    (actor.arresting_police); "must be punished" is a demand, not a promise; a formal charge
    ("will be prosecuted") is the prosecutors' (actor.charging_prosecutors)."""
    if not cameo.startswith(WARNED_ROOTS) or tok.pos_ != "VERB" or _doer_named(tok):
        return False
    base = _elided_base(tok)
    if base is None:
        return False
    if base.dep_ != "ccomp" or base.head.lemma_.lower() not in SAYING_VERBS:
        return False
    if not any(c.dep_ == "auxpass" for c in base.children) or _doer_named(base):
        return False
    if any(c.dep_ == "neg" for c in base.children):
        return False  # "will not be prosecuted": a promise of lenience, no threat
    subj = next((c for c in base.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not offender_class(subj):
        return False  # "said the nine men would be tried": a plan told, no rule laid down
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in base.children)


def no_event(tok: Token, plover: str, cameo: str = "") -> tuple[str, dict[str, str]] | None:
    """(rule id, explanation slots) when the trigger at ``tok`` (of PLOVER type ``plover``,
    CAMEO code ``cameo``) is no event in its prose."""
    if questioner_turn(tok):
        # "Q: Reports say X expelled your diplomats. Will you respond?": a question's telling
        return "filter.transcript_question", {}
    if guest_retold(tok):
        # "HOST: The envoy says the bloc will sue at the tribunal." before the envoy answers
        return "filter.transcript_paraphrase", {}
    for check in (
        open_question,
        yes_no_question,
        date_question,
        speculation,
        scenario,
        recalled_for,
        reporter_question,
        standing_state,
        standing_presence,
        standing_relation,
        habitual,
        generic_kind,
        generic_subject,
        rule_of_use,
        description,
        aside,
        standing_activity,
        earlier_kind,
        claimed_act,
        role,
        office_topic,
        text_kind,
        group_kind,
        period_start,
        coming_protest,
        topic,
        charged_act,
        venue,
        grounds,
        flight_cause,
        opinion,
        feeling,
        under_review,
        kept_promise,
        summary_noun,
        standing_sanctions,
    ):
        if check in (habitual, description, standing_activity) and plover in SYSTEMATIC_TYPES:
            continue
        if check is description and cameo[:2] in STANCE_ROOTS and not described_stance(tok):
            continue  # "an interference *which* Cotonou *denies*": a stance held now, voiced
        if check is standing_presence and cameo not in PRESENCE_CODES:
            continue  # "remain on alert", "remain committed", "penalties remain": not a presence
        if check is coming_protest and plover != "PROTEST":
            continue
        if check is grounds and plover in CROWD_TYPES:
            continue  # "clashed with police *at a rally*": the rally was held
        if check is aside and plover in CROWD_TYPES:
            continue  # "the militia, which seized the town, ...": force is told as an act
        if check is opinion and (plover in CROWD_TYPES or tok.lemma_.lower() in CROWD_VERBS):
            continue  # "many Kenyans protested against the tax": a crowd's act
        if check is speculation and warned_coercion(tok, cameo):
            continue  # "warned that candidates *could be sanctioned*": the warner's threat
        found = check(tok)
        if found is not None:
            return found
    return None


def _clause_path(tok: Token) -> list[Token]:
    """The trigger and every word above it, up to the sentence root."""
    path = [tok]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def open_question(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "It is unclear *whether* X will act", "nobody knows *if* X acted", "*whether* X attends
    remains open": a clause put as an open question states no act."""
    for word in _clause_path(tok):
        for c in word.children:
            if c.dep_ != "mark":
                continue
            low = c.lower_
            if low == "whether" or (
                low == "if"
                and (
                    word.dep_ in QUESTION_CLAUSE_DEPS or word.head.lemma_.lower() in QUESTION_WORDS
                )
            ):
                return "filter.open_question", {"cue": c.text}
        found = _question_noun_clause(word)
        if found:
            return "filter.open_question", {"cue": found}
    return None


def _question_noun_clause(verb: Token) -> str:
    """ "questions *over how far* X would go", "doubts about what Y will do": a "how"/"what"
    clause with a modal, the object of a preposition after a noun of an open question
    (vocabulary question_nouns), asks about an act ahead; '' when ``verb`` heads none."""
    if verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep":
        return ""
    noun = verb.head.head
    if noun.lemma_.lower() not in QUESTION_NOUNS:
        return ""
    wh = next((t for t in verb.subtree if t.lower_ in QUESTION_WH and t.i < verb.i), None)
    if wh is None or not any(c.dep_ == "aux" and c.lower_ in OPEN_MODALS for c in verb.children):
        return ""
    return f"{noun.text} {verb.head.text} {wh.text}"


def _guessed_chain(tok: Token) -> list[Token]:
    """The trigger and the words above it that carry its mood: the verb of a noun object
    ("seek *support*"), and up through infinitives, "by"-gerunds and joined verbs ("is likely
    to seek", "could retaliate by *expelling*"). A noun inside another noun phrase ("the
    ministers responsible for the *crackdown*") is told as given, and stops the climb."""
    chain = [tok]
    cur = tok
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in OCCURRENCE_NOUNS
    ):  # "trigger *the return of* sanctions": the sanctions come when the return does
        tok = cur = tok.head.head
        chain.append(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX")):
            cur = tok.head if tok.dep_ == "dobj" else tok.head.head
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
            cur = tok.head  # "an *invasion* is unlikely"
        else:
            return chain
        chain.append(cur)
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ in ("xcomp", "acomp") or (
            cur.dep_ == "conj" and not any(c.dep_ == "aux" for c in cur.children)
        ):
            cur = head
        elif cur.dep_ == "pcomp" and head.dep_ in ("prep", "conj"):
            cur = first_conjunct(head).head  # "or *by* inviting"
        else:
            break
        chain.append(cur)
    return chain


def _guess_cue(word: Token) -> str:
    """The modal, adverb or adjective of possibility on ``word``, else ''."""
    if word.pos_ == "ADJ" and word.lemma_.lower() in LIKELIHOOD_WORDS:
        return word.text
    kids = list(word.children)
    if any(c.dep_ == "neg" for c in kids):
        return ""  # "could not stop": a past inability, "may not": left to modality
    for c in kids:
        if c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS:
            if perfect(word):
                return ""  # "may have attacked": a guess about a past act, an allegation
            return c.text
        if c.dep_ == "advmod" and c.lower_ in SPECULATIVE_ADVERBS:
            return c.text
        if c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_WORDS and word.lemma_ == "be":
            return c.text  # "an invasion *is unlikely*"
    return ""


def _commentator_reports(top: Token) -> bool:
    """Whether the clause at ``top`` is what a commentator (vocabulary commentator_nouns)
    says: "*critics say* he would ...", "*analysts said* X was likely to ..."."""
    return (
        top.dep_ == "ccomp"
        and top.head.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ == "nsubj" and commentator(c) for c in top.head.children)
    )


def _own_saying(top: Token) -> bool:
    """Whether the clause at ``top`` is reported by a verb of saying as its doer's own
    warning or plan: "X said *it* could cut supplies", '"*We* could close the border," he
    said'; not a commentator's guess about someone else ("she said *Eritrea* was likely to")."""
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    if _commentator_reports(top):
        return False
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in OWN_SUBJECTS:
        return True
    # "Egypt's minister said *Cairo* might recall its envoy": the sayer's own state named
    sayer = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    return sayer is not None and subject.dep_ == "nsubj" and own_subject(subject, sayer)


def speculation(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Beijing *may* retaliate against ...", "Tbilisi *could* retaliate by expelling ...",
    "Eritrea was *likely to* seek support", "an invasion is *unlikely*": an act under a modal
    or word of possibility that no verb of saying by its doer reports is a guess or a
    scenario, no act (vocabulary speculative_modals, speculative_adverbs, likelihood_words).
    A doer's own warning reported ("X said it could cut supplies if ...") stays."""
    chain = _guessed_chain(tok)
    top = chain[-1]
    cue = next((found for word in chain if (found := _guess_cue(word))), "")
    if not cue and _commentator_reports(top):
        # "critics say he *would* give away too much": a commentator's "would" is a guess
        cue = next(
            (
                c.text
                for word in chain
                for c in word.children
                if c.dep_ == "aux" and c.lower_ == "would"
            ),
            "",
        )
    if not cue:
        return None
    if _own_saying(top) or top.lemma_.lower() in REPORTING_VERBS:
        return None
    if _conditional(chain) and not _commentators_say(tok):
        return None  # "Norway may suspend its mediation if ...": a conditional threat
    return "filter.speculation", {"cue": cue}


def _conditional(chain: list[Token]) -> bool:
    """Whether a word of the chain has an "if"/"unless" clause: a condition set on the act."""
    return any(condition_mark(c) for word in chain for c in word.children)


def _commentators_say(tok: Token) -> bool:
    """Whether a verb of saying in the sentence has a commentator as its subject ("...,
    *analysts said*, and X may retaliate if ..."): the condition is their scenario."""
    return any(
        t.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ == "nsubj" and commentator(c) for c in t.children)
        for t in tok.sent
    )


def yes_no_question(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*Will* X close its airspace?", "*Did* troops shell the dam?": a question with the
    auxiliary before the subject and no question word asks whether the act happens. A
    question with a question word ("why did X expel ...?") takes the act as given, and an act
    in a clause under the question (a relative or adverbial clause) is not asked about."""
    sent = tok.sent
    last = next(
        (t for t in reversed(sent) if not (t.is_punct or t.is_space) or t.text == "?"), None
    )
    if last is None or last.text != "?":
        return None
    asked = next(  # "*Who* does X blame?", "*Whom* did Y attack?": the party is what is asked
        (
            c
            for c in tok.children
            if c.tag_ in ("WP", "WP$") and c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < tok.i
        ),
        None,
    )
    if asked is not None:
        return "filter.asked_party", {"cue": asked.text}
    root = sent.root
    path = _clause_path(tok)
    # "Did X attack *after* Y expelled ...?": a clause on the asked verb is taken as given;
    # one inside what is asked ("does anyone believe X will yield *because* Y asks?") is asked
    if any(w.dep_ in SUBORDINATE_DEPS and w.head.i == root.i for w in path[:-1]):
        return None
    if any(w.dep_ in SUBORDINATE_DEPS for w in path[:-1]) and not any(
        w.dep_ in QUESTION_CLAUSE_DEPS and w.head.i == root.i for w in path[:-1]
    ):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return None
    first = next((t for t in sent if not (t.is_punct or t.is_space) and t.dep_ != "cc"), None)
    if first is None or first.i >= subject.i or first.pos_ != "AUX":
        return None
    if any(t.tag_ in WH_TAGS for t in sent if t.i < subject.i):
        return None
    return "filter.question", {"cue": first.text}


def date_question(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*When did* X accept Y as a country?", "*When was* the treaty signed?": a direct
    question asking when an act took place (an explainer's or FAQ's heading) tells of a past
    act whose date is the question; it is no event of the news day (its answer, dated, is).
    Only "when" with a past auxiliary before the subject, the question ending in "?"."""
    sent = tok.sent
    opener = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opener is None or opener.lower_ != "when":
        return None  # most sentences: no need to list their words
    words_ = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words_) < 3 or sent[-1].text != "?" and not sent.text.rstrip().endswith("?"):
        return None
    first, second = words_[0], words_[1]
    if first.lower_ != "when" or second.lower_ not in PAST_QUESTION_AUX:
        return None
    if any(w.dep_ in SUBORDINATE_DEPS for w in _clause_path(tok)[:-1]):
        return None  # "When did X say that Y *would* ...": an act under the asked one
    return "filter.date_question", {"cue": f"{first.text} {second.text}"}


def standing_state(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "X *still holds* 800 political prisoners", "the EU *already has* sanctions on Y": a
    verb of holding or having (vocabulary state_verbs) in the simple present with an adverb of
    continuance (vocabulary continuance_adverbs) tells a state that goes on, not an act done
    now (rule filter.standing_state)."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
    if verb.lemma_.lower() not in STATE_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    cue = next(
        (c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in CONTINUANCE_ADVERBS),
        None,
    )
    return ("filter.standing_state", {"verb": verb.text, "cue": cue}) if cue else None


def reporter_question(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*Asked* about the pipeline, a spokeswoman said ...", "*When asked* whether ...", "When
    she *was asked* about ...": a passive participle of asking (vocabulary question_frame_verbs)
    that heads an adverbial clause with no doer named after "by" tells a reporter's question put
    to the speaker of the main clause, no request of that speaker's (nor of anyone named)."""
    if tok.lemma_.lower() not in QUESTION_FRAME_VERBS:
        return None
    aside = _question_aside(tok)
    if aside is not None:
        return "filter.reporter_question", {"cue": aside}
    if tok.tag_ != "VBN" or tok.dep_ != "advcl":
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None  # "Asked by Haiti for help, Kenya ...": the asker is named
    if any(c.dep_ in ("aux", "nsubj") for c in tok.children):
        return None  # "Having asked Y to ...": an active perfect, the speaker's own request
    if any(c.dep_ == "dobj" for c in tok.children):
        return None  # "Asked the embassy ...": an active verb the tagger read as a participle
    return "filter.reporter_question", {"cue": tok.text}


def _question_aside(tok: Token) -> str | None:
    """The cue when a verb of asking is a passive participle set beside the noun it describes,
    however the parser read it: "The ministry*, asked* about the fence, said ..." (a comma
    between a subject and its own verb is no English: the participle is a reduced relative
    clause, "who was asked", and the speaker is the one asked), or "a spokesman *asked* about it
    by reporters" (the asker named after "by" is the press). Either tells a reporter's question
    put to the speaker, no request of the speaker's. Not with an object of its own ("X, asked Y
    to ...") nor with the main verb before it (the participle then ends the clause)."""
    if any(c.dep_ in ("dobj", "dative", "aux") for c in tok.children):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None:
        asker = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if asker is not None and asker.lemma_.lower() in PRESS_ASKERS:
            return f"{tok.text} by {asker.text}"
        return None  # "asked by Haiti": the asker is a party
    if tok.tag_ not in ("VBD", "VBN") or tok.i < 2 or tok.nbor(-1).text != ",":
        return None
    subj = tok.nbor(-2)
    described = subj.dep_ in ("nsubj", "nsubjpass") and subj.head == tok  # the parser's reading
    described = described or (tok.dep_ == "acl" and tok.head == subj)
    if not described or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head if tok.head != subj else subj.head
    later = [head] if head.i > tok.i else []  # "X, asked ..., said": read as said's clause
    later += [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]  # "..., replied"
    if not any(v.pos_ in ("VERB", "AUX") and v.nbor(-1).text == "," for v in later):
        return None  # no verb of the subject's own after the participle's clause: no aside
    return f", {tok.text}"


def standing_relation(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "X *maintains* close *ties* with Y", "has *enjoyed* good *relations* with Y for decades": a
    verb of keeping or having (vocabulary relation_state_verbs) with a noun of relations
    (vocabulary relation_nouns) in the simple present or a perfect, with no auxiliary of the
    future and no date, tells a standing relation, no act done now; not "restored", "cut",
    "strengthened" or "established ties", which are acts (their verbs are no state verbs)."""
    found = _strained_relations(tok)
    if found is not None:
        return found
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if verb.lemma_.lower() not in RELATION_STATE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS for c in verb.children):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = verb.tag_ in ("VBZ", "VBP") and not aux
    if not (present or perfect(verb)):
        return None
    if any(c.ent_type_ in ("DATE", "TIME") for c in verb.subtree if c.i > verb.i) and not any(
        c.lower_ in ("decades", "years", "centuries", "long", "generations") for c in verb.subtree
    ):
        return None  # "has maintained ties since Monday's vote": dated
    cue = next(c.text for c in verb.children if c.dep_ == "dobj")
    return "filter.standing_relation", {"verb": verb.text, "cue": cue}


def _strained_relations(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*relations* between X and Y *have been strained* since 2021", "*ties* between X and Y
    *are strained*": a noun of relations (vocabulary relation_nouns) as the subject of a
    passive or adjectival predicate in the simple present or the present perfect, with no
    modal, tells how the relation stands, no act done now (rule filter.standing_relation);
    not "relations *became* strained", "*were* strained by the expulsion" (a past, a change)."""
    noun = tok if tok.dep_ in ("nsubj", "nsubjpass") else None
    verb = tok.head if noun is not None else tok
    if noun is None:
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.lemma_.lower() not in RELATION_NOUNS or noun.head.i != verb.i:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return None  # "relations could be strained": a forecast
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in aux):
        pass  # "have been strained", "are strained" (parsed as a passive)
    elif verb.lemma_ in ("be", "remain") and any(c.dep_ == "acomp" for c in verb.children):
        aux = aux + [verb]  # "are strained", "have remained tense"
    else:
        return None
    finite = [c for c in aux if c.tag_ in ("VBZ", "VBP", "VBD")]
    if not finite or any(c.tag_ == "VBD" for c in finite):
        return None  # "were strained by the expulsion": a past told with its cause
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "are strained by X's raids": the raids are the act
    return "filter.standing_relation", {"verb": noun.text, "cue": verb.text}


def habitual(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "X *often* criticises Y", "police *routinely* detain ...", "*frequent* visits", "holds
    elections *every four years*": a habit or a schedule is no particular act (vocabulary
    habitual_adverbs, habitual_adjectives, recurring_units, recurring_determiners)."""
    has_perfect = perfect(tok)
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS and tok.pos_ in ("VERB", "AUX"):
            return "filter.habitual", {"cue": c.text}
        if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS and has_perfect:
            return "filter.habitual", {"cue": c.text}  # "has *long* campaigned against ..."
        if c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES and tok.pos_ == "NOUN":
            return "filter.habitual", {"cue": c.text}
        if (  # "holds elections *every four years*": a schedule
            c.dep_ == "npadvmod"
            and c.lower_ in RECURRING_UNITS
            and tok.pos_ in ("VERB", "AUX")
            and any(d.dep_ == "det" and d.lower_ in RECURRING_DETERMINERS for d in c.children)
        ):
            return "filter.habitual", {"cue": " ".join(t.text for t in c.subtree)}
    return None


def generic_kind(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Armies *that shell* cities commit war crimes", "any government that jails reporters":
    a present-tense relative clause on a bare plural (or "any"/"every" noun) says what a kind
    of doer does, not what someone did. Not when the clause has a subject of its own (an
    object relative: "..., *which* Bogota *denies*"): that subject's act, of no kind."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBP", "VBZ"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    if any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in tok.children):
        return None  # "villages, which Bogota denies": the clause's own subject acts, not the kind
    head = tok.head
    if head.pos_ != "NOUN":
        return None
    dets = [c for c in head.children if c.dep_ == "det"]
    if dets and all(d.lower_ in GENERIC_DETERMINERS for d in dets):
        return "filter.generic", {"kind": head.text}
    if head.tag_ != "NNS" or any(c.dep_ in PARTICULAR_DEPS for c in head.children):
        return None
    if any(c.ent_type_ for c in head.children if c.dep_ in ("amod", "compound")):
        return None  # "Ruritanian troops who shell ...": a particular force
    return "filter.generic", {"kind": head.text}


# the modals of a rule that says what will or may happen to whoever breaks it (rule_of_use)
RULE_MODALS = frozenset({"will", "'ll", "wo", "may", "can", "shall", "might", "could"})
# pronouns that pick out whoever does something ("*anyone who* smokes", "*those who* ...")
WHOEVER_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "those", "whoever"})
# named entities of states and their bodies: a rule said in a sentence that names one is that
# state's (a law), not a service's
STATE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def rule_of_use(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Members who miss three classes *will be banned* from booking", "guests who smoke
    *may be fined*", "anyone who parks here *will be charged*": a main clause in the passive
    with a modal and no one named to act ("by ..."), said of a kind of people picked out by
    what they do (a present-tense relative clause on a bare plural, an "any"/"every" noun, or
    "anyone", "those" who ...), is a rule of use of a club, a shop or a service: what will
    happen to whoever breaks it, no act nor threat of anyone. Not under a speaker ("the
    minister warned that any march would be dispersed": the warner's threat, actor.warner),
    nor with a doer named, nor said of particular people ("the men who were held ..."), nor in
    a sentence that names a state, a nationality or an organisation (a state's law)."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or not is_passive(tok):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    rel = next((c for c in subj.children if c.dep_ == "relcl"), None) if subj is not None else None
    if subj is None or rel is None:
        return None
    if subj.lower_ in WHOEVER_PRONOUNS:
        if rel.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") for c in rel.children
        ):
            return None
    elif generic_kind(rel) is None:
        return None
    if any(t.ent_type_ in STATE_ENTITIES for t in tok.sent):
        return None  # "under Hungary's new law, journalists who ... will be jailed": a state's
    return "filter.rule_of_use", {"kind": subj.text}  # rule, told as news of that state


def generic_subject(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*Protests* are a regular part of life here", "*Kidnappings* are common on the road":
    a bare plural event noun as the subject of a present-tense "be" with a noun or adjective
    complement says what such acts are like, no particular act (not with a named doer, place
    or time of its own, "protests in X are ...", nor with date words in the clause)."""
    head = tok.head
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ != "nsubj":
        return None
    if head.lemma_ != "be" or head.tag_ not in ("VBP", "VBZ"):
        return None
    if not any(c.dep_ in ("attr", "acomp") for c in head.children):
        return None
    if any(c.dep_ in PARTICULAR_DEPS for c in tok.children):
        return None
    if any(t.ent_type_ for t in tok.subtree if t.i != tok.i):
        return None
    if any(t.ent_type_ in WHEN_ENTS for t in head.subtree):
        return None
    return "filter.generic_subject", {"kind": tok.text, "verb": head.text}


def description(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "The agency *that helps* refugees has run out of money", "Kenya, *which supplies* most
    of the grain, ...": a simple-present relative clause with no date or time words describes
    what its noun does as a standing role or habit, no particular act (a clause with its own
    date words, "who *visits* Paris on Monday", is a schedule, and one in another tense or with
    an auxiliary tells an act). Not for violence or repression (as filter.habitual), nor for a
    statement or stance, which the present tense reports as voiced now ("a claim *which*
    Cotonou *denies*")."""
    verb = tok
    while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.dep_ in NOUN_PHRASE_DEPS:
        verb = verb.head  # "the agency that licenses arms *exports*": the clause's event noun
    if verb != tok and verb.pos_ in ("VERB", "AUX"):
        return description(verb)
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBP", "VBZ"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None
    if tok.head.pos_ not in ("NOUN", "PROPN") and tok.head.lower_ not in DESCRIBED_PRONOUNS:
        return None
    if any(t.ent_type_ in WHEN_ENTS and not _rate(t) for t in tok.subtree):
        return None
    return "filter.description", {"who": tok.head.text}


def _rate(t: Token) -> bool:
    """Whether the date word ``t`` belongs to a rate, how often or how much per period ("$2bn
    *a year*", "*per week*", "*annually*"), not to a date: "a"/"per" before a unit of time, or
    an adverb of rate (vocabulary rate_determiners, rate_units, rate_adverbs)."""
    if t.lower_ in RATE_ADVERBS:
        return True
    unit = t if t.lemma_.lower() in RATE_UNITS else None
    if unit is None and t.lower_ in RATE_DETERMINERS:
        unit = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return unit is not None and unit.lemma_.lower() in RATE_UNITS
    if unit is None or unit.i == 0:
        return False
    return unit.doc[unit.i - 1].lower_ in RATE_DETERMINERS


def _in_own_clause(t: Token, verb: Token) -> bool:
    """Whether ``t`` belongs to the clause of ``verb`` itself, not to a clause inside it ("in
    Kenya, *which signed* a deal in 2019": the date is the deal's)."""
    while t.i != verb.i:
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def described_stance(tok: Token) -> bool:
    """Whether a stance verb (an appeal, an endorsement, a demand, a refusal ...) in a
    simple-present relative clause describes its noun: a subject relative on a party or a kind
    of people ("the party *that backs* the president", "lawmakers *who back* the president",
    "those *who call for* a blockade", "a junta *that rejects* mediation") says who the noun
    is by its standing stance or role, no statement voiced now (rule filter.description). An
    object relative with a subject of its own ("a claim *which* Cotonou *denies*") is that
    subject's stance, voiced now, and a text or speech that holds the stance ("the statement,
    *which accuses* X", "votes *that call for* Y") voices it, as an act or a claim does
    ("orders *that defy* the court"): the head must be a party or people the actor
    finder knows, or a pronoun of people ("those")."""
    if tok.dep_ != "relcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in WH_TAGS for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in VOICING_NOUNS:
        return False
    # a party or people the actor finder knows, or a pronoun of people: not an act or a claim
    # ("orders *that defy* the court" are the orders' defiance, told now)
    return head.lower_ in DESCRIBED_PRONOUNS or any(
        span.start <= head.i < span.end
        or (span.root.head.i == head.i and span.root.dep_ in ("compound", "amod"))
        for span in tok.doc.spans.get("communique_actors", ())
    )  # "the *cabinet* committee": a body the finder names by its modifier


def standing_presence(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "French soldiers *remain* in Chad", "Turkish forces *are stationed* in
    Cyprus": a verb of being or being kept somewhere (vocabulary presence_verbs) in the simple
    present, active ("remain", "stay") or a passive of state ("are stationed", "are based"),
    with no modal and no date of its own, tells a presence that stands, no deployment or show
    of force done now (rule filter.standing_presence). "remained in the town after the
    deadline", "were stationed on the border last week", "will station a brigade" stay acts."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") else tok
    if (held := _held_deployment(verb)) is not None:
        return "filter.standing_presence", {"verb": held}
    if verb.lemma_.lower() not in PRESENCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in ("remain", "stay"):
            return None  # "troops remained", "will remain": a past or a future act
    elif not (
        verb.tag_ == "VBN"
        and len(aux) == 1
        and aux[0].dep_ == "auxpass"
        and aux[0].tag_ in ("VBZ", "VBP")
    ):
        return None  # "were stationed", "have been stationed since Monday", "will be based"
    for t in verb.subtree:
        if t.ent_type_ in WHEN_ENTS and _in_own_clause(t, verb):
            return None  # "remain in the town on Tuesday": dated, an act of that day
    if any(c.dep_ == "advmod" and c.lower_ in ("now", "today", "tonight") for c in verb.children):
        return None  # "troops remain there today": a report of the day
    return "filter.standing_presence", {"verb": verb.text}


def _held_deployment(verb: Token) -> str | None:
    """ "Chile *has* troops *deployed* in Haiti", "Peru, which *has* two battalions *stationed*
    on the border, ...", "*with* troops *deployed* in Haiti": a participle of deploying or
    stationing (vocabulary deploying_verbs, presence_verbs) with no auxiliary of its own that
    says what a holder has (the object, or the small clause, of "have" in the simple present
    or the present perfect) or what goes with it ("with troops deployed") tells forces that
    stand where they are, not a deployment done now (rule filter.standing_presence). Not with
    a date of the participle's own other than its start ("since 2019"): "has troops deployed
    there on Tuesday" is news of that day. The cue words, or None."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in PRESENCE_VERBS | DEPLOYING_VERBS:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "has deployed troops", "were deployed": the act itself
    holder = None
    if verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() == "have":
        holder = verb.head  # "has troops deployed in X" (parsed as a small clause)
    elif (
        verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "have"
    ):
        holder = verb.head.head  # "has troops deployed in X" (the object's participle)
    with_ = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "with"]
    if holder is not None:
        aux = [c for c in holder.children if c.dep_ == "aux"]
        present = holder.tag_ in ("VBZ", "VBP") and not aux
        perfect = [a.lower_ for a in aux] in (["has"], ["have"]) and holder.tag_ in ("VBN", "VBD")
        if not (present or perfect):
            return None  # "had troops deployed", "will have troops deployed"
        cue = holder
    elif with_:
        cue = with_[0]  # "with troops deployed in X"
    else:
        return None
    start = {
        w.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("since", "for")
        for w in p.subtree
    }  # fmt: skip
    for t in verb.subtree:
        if t.ent_type_ in WHEN_ENTS and t.i not in start and _in_own_clause(t, verb):
            return None  # "has troops deployed there on Tuesday": that day's news
    return f"{cue.text} … {verb.text}"


def aside(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Ghana, *which hosted* earlier rounds, welcomed the deal", "Chile, *which has sent*
    troops to the mission, said ...": a relative clause set off by commas on the subject of its
    clause, in the simple past, the simple present or the present perfect and with no date or
    time words of its own, says who the subject is (its background), not what the sentence
    reports; and "postponed the vote *it had promised*": a restrictive relative clause in the
    past perfect names its noun by what came before the sentence's act (one set off by commas,
    "the commander, whom it had vowed to capture", tells something new and stays). Neither is
    an event of its own, nor is an event noun the clause's verb takes ("which hosted earlier
    rounds *of talks*"). Not for force, coercion or protest (the caller skips those: "the
    militia, which seized the town, ..."), nor with a passive, a modal or a future ("which
    will host talks"), nor with its own date in the simple past or present ("Kenya, which
    recalled its envoy on Monday, ...")."""
    verb = tok
    while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.dep_ in NOUN_PHRASE_DEPS:
        verb = verb.head  # "which hosted earlier rounds *of talks*": the clause's event noun
    if verb != tok and verb.pos_ in ("VERB", "AUX"):
        found = aside(verb)
        return (found[0], {**found[1], "clause": verb.text}) if found else None
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" or c.lemma_ != "have" for c in auxes):
        return None
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    comma = tok.left_edge.i > head.i and tok.doc[tok.left_edge.i - 1].text == ","
    if any(c.tag_ == "VBD" for c in auxes) and not comma:  # "the vote it *had promised*"
        return "filter.aside", {"who": head.text, "tense": "past perfect"}
    if tok.tag_ not in ("VBD", "VBP", "VBZ") and not auxes:
        return None
    if any(t.ent_type_ in WHEN_ENTS for t in tok.subtree):
        return None
    subject = first_conjunct(head)  # "Kenya and Ghana, which ..."
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not comma:
        return None  # a restrictive clause picks out its noun: "the party that won ..."
    return "filter.aside", {"who": head.text, "tense": "aside"}


def standing_activity(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "the mission, *which has patrolled* the zone *since 2014*, ...", "observers *who have
    been monitoring* the vote *for three months*": a relative clause in the present perfect
    (simple or progressive) on its own subject with "since" or "for" a span of time (vocabulary
    standing_span_units) describes an activity that has gone on up to now, who its noun is,
    not an act the sentence reports (rule filter.standing_activity). Not for violence or
    repression (the caller skips them, as for filter.habitual), nor with a modal or a
    passive, nor with a subject of its own ("the talks, which X has hosted since May")."""
    verb = tok
    while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.dep_ in NOUN_PHRASE_DEPS:
        verb = verb.head  # "which has hosted *talks* for three years": the clause's event noun
    if verb != tok and verb.pos_ in ("VERB", "AUX"):
        return standing_activity(verb)
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or not perfect(tok):
        return None
    if not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children
    ):
        return None  # "who had hosted them since Monday": a past perfect tells a bounded act
    if any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children):
        return None  # "who have been barred from talks since ...": done to them, not theirs
    if tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children):
        return None  # "the talks, which Qatar has hosted since May": Qatar's act, told of the talks
    own = [t for t in tok.subtree if t.head.i == tok.i or _in_object(t, tok)]
    for c in own:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "since" and any(d.dep_ in ("pobj", "pcomp") for d in c.children):
            return "filter.standing_activity", {"verb": tok.text, "cue": c.text}
        if c.lower_ == "for" and any(
            d.dep_ == "pobj" and d.lemma_.lower() in STANDING_SPAN_UNITS for d in c.children
        ):
            return "filter.standing_activity", {"verb": tok.text, "cue": c.text}
    return None


def _in_object(t: Token, verb: Token) -> bool:
    """Whether ``t`` hangs on the object phrase of ``verb`` ("hosted talks between X and Y *for
    three years*": the parser may hang the span on the object's last noun), not in a clause of
    its own."""
    while t.head.i != verb.i:
        if t.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return t.dep_ in ("dobj", "prep", "pobj")


def role(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "The force *mandated to protect* civilians", "a team *tasked with delivering* aid", "the
    envoy was *empowered to negotiate*": what a word of giving a task or a power (vocabulary
    role_verbs) governs is the task, a role, not an act done."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":  # "tasked *with* delivering"
        head = head.head
    elif not (
        tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return None
    if head.i == tok.i or head.lemma_.lower() not in ROLE_VERBS:
        return None
    return "filter.role", {"role": head.text}


def office_topic(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "the EU's special representative *for the dialogue*", "the UN rapporteur *on torture*",
    "the envoy for the peace *talks*, X, said": an event noun that names the field of an office
    (the object of 'for' or 'on' hung on a title noun, vocabulary office_holders) is a word of
    the title, no act. An envoy sent or named as an object ("sent an envoy for talks") keeps
    its noun: there the talks are the errand."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    word = first_conjunct(tok)  # "for peace and *reconciliation*"
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "on"):
        return None
    office = prep.head
    if office.lemma_.lower() not in OFFICE_HOLDERS or office.dep_ == "dobj":
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in office.children):
        return None
    return "filter.office_topic", {"office": office.text}


def text_kind(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "will not renew a police *cooperation* agreement", "the defence *cooperation* pact":
    an event noun written as a modifier of a named text (vocabulary named_texts: agreement,
    pact, treaty, memorandum ...) says what kind of text it is, no act of its own; what is
    done to the text (signed, renewed, scrapped) is the event (rule filter.text_kind)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("compound", "amod"):
        return None
    text = tok.head
    while text.dep_ == "compound" and text.head.i != text.i and text.head.pos_ == "NOUN":
        text = text.head  # "a police cooperation *framework agreement*"
    if text.i == tok.i or text.lemma_.lower() not in NAMED_TEXTS or text.pos_ != "NOUN":
        return None
    return "filter.text_kind", {"text": text.text}


def group_kind(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "a *hacking* group", "a *kidnapping* gang", "a *smuggling* ring": an act word written
    as a modifier of a noun for a band of people (vocabulary agent_group_nouns) says what the
    band does, as English compounds name a group by its trade; it is no act told (rule
    filter.group_kind)."""
    if tok.pos_ not in ("NOUN", "VERB") or tok.dep_ not in ("compound", "amod"):
        return None
    if tok.pos_ == "VERB" and tok.tag_ != "VBG":
        return None  # "a *trained* unit", "an *armed* group" are no act words anyway
    group = tok.head
    if group.i == tok.i or group.pos_ != "NOUN" or group.lemma_.lower() not in AGENT_GROUP_NOUNS:
        return None
    return "filter.group_kind", {"group": group.text}


# nouns that name when a period began: "since the *start* of the war"
PERIOD_STARTS = frozenset({"start", "beginning", "outbreak", "onset", "launch", "dawn", "eve"})


def earlier_kind(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*past* truces", "*previous* rounds of talks", "*prior* raids": an event noun its
    adjective places before the story's time, acts recalled in general and not reported
    (vocabulary earlier_adjectives)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if verb.pos_ == "VERB" and any(  # "who *in the past* brokered truces"
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ == "past" for o in p.children)
        for p in verb.children
    ):
        return "filter.earlier_acts", {"cue": "in the past"}
    if verb.pos_ == "VERB" and perfect(verb):
        word = next(  # "have *clashed before*": on earlier occasions, no act the story reports
            (
                c
                for c in verb.children
                if c.dep_ == "advmod"
                and c.lower_ in EARLIER_OCCASION_ADVERBS
                and not list(c.children)
            ),
            None,
        )
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
        if word is not None and not dated:  # "struck it before, in June": a dated act, told
            return "filter.earlier_acts", {"cue": word.text}
    if tok.pos_ != "NOUN":
        return None
    word = next(
        (c for c in tok.children if c.dep_ == "amod" and c.lower_ in EARLIER_ADJECTIVES), None
    )
    if word is None:
        return None
    return "filter.earlier_acts", {"cue": word.text}


def coming_protest(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Extra police were drafted into the city *ahead of* the rally", "shops closed *prior
    to* the march": a protest noun after "ahead of" or "prior to" names a happening still to
    come when the sentence's act was done, no protest held (rule filter.coming_protest)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if (prep.lower_, prep.head.lower_) in (("of", "ahead"), ("to", "prior")):
        return "filter.coming_protest", {"cue": f"{prep.head.text} {prep.text}"}
    return None


def period_start(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*Since* the invasion, prices have soared": a noun event named as the start of a
    period is background to the sentence, not its news."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return None
    if tok.head.lower_ == "since":
        return "filter.background", {"cue": tok.head.text}
    # "since the start / outbreak / beginning of the invasion": the same, one noun further
    of, start = tok.head, tok.head.head
    if (
        of.lower_ == "of"
        and start.lemma_.lower() in PERIOD_STARTS
        and start.dep_ == "pobj"
        and start.head.lower_ == "since"
    ):
        return "filter.background", {"cue": f"{start.head.text} the {start.text} of"}
    return None


def topic(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "The *history* of protest in X", "the *value* of dialogue between A and B", "a *book*
    about the siege": an event word named as the topic of a noun of ideas, works or memory
    (vocabulary topic_nouns) names a subject, not an act (filter.topic); "he *thrives on*
    attacking his critics", "*known for* jailing reporters", "a *record of* expelling envoys",
    "he is *known to* hunt down informers": one after a word naming a trait (vocabulary
    character_words) says what someone is like (filter.character)."""
    if tok.dep_ == "xcomp" and tok.head.tag_ == "VBN" and tok.head.lower_ in CHARACTER_WORDS:
        return "filter.character", {"trait": f"{tok.head.text} to"}  # "is *known to* jail"
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:  # "*protest* movements"
        cur = cur.head
    if cur.dep_ not in ("pobj", "pcomp"):
        return None
    prep, holder = cur.head.lower_, cur.head.head
    if prep in TOPIC_PREPS and holder.pos_ == "NOUN" and holder.lemma_.lower() in TOPIC_NOUNS:
        return "filter.topic", {"topic": holder.text}
    if prep in CHARACTER_PREPS and holder.lemma_.lower() in CHARACTER_WORDS:
        return "filter.character", {"trait": f"{holder.text} {cur.head.text}"}
    return None


def summary_noun(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "X seized three trawlers, *the latest clash* in a long dispute", "X expelled two envoys
    *in the most serious clash* in years": an event noun ranked by a superlative ('latest',
    'worst', 'most serious') set off in apposition or as 'in the ... X' on a verb sums up the
    acts its sentence tells as one of a series; it is no act of its own (filter.summary_noun;
    general English usage)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    rank = next(
        (
            c
            for c in tok.children
            if c.dep_ == "amod"
            and c.i < tok.i
            and (c.tag_ == "JJS" or any(a.lower_ == "most" for a in c.children))
        ),
        None,
    )
    if rank is None:
        return None
    head = tok.head
    if tok.dep_ in ("appos", "npadvmod") and head.i < tok.i:
        return "filter.summary_noun", {"cue": rank.text}
    start = tok.left_edge.i
    if (
        tok.dep_ == "dobj"
        and start > 0
        and tok.doc[start - 1].text == ","
        and any(c.dep_ in ("dobj", "conj") and head.i < c.i < start for c in head.children)
    ):  # "seized two boats and detained ten, *the latest clash*": an apposition misread as
        # a second object
        return "filter.summary_noun", {"cue": rank.text}
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        return "filter.summary_noun", {"cue": rank.text}
    return None


def venue(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "The cabinet approved the plan *at a closed meeting*", "the envoy *told the meeting*",
    "they met *on the sidelines of a summit*": a meeting noun (vocabulary venue_nouns) that is
    only the setting or the audience of another act, and names no party of its own (no
    possessor, no "with", "between" or "of" phrase), is where that act happened, not a meeting
    event of its own (filter.venue). So is a street gathering (vocabulary audience_gatherings:
    "*told a rally* in the capital", "addressed the crowd") that a speaker tells or addresses:
    the gathering is the speech's audience, not a demonstration of the speaker's."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or (lemma not in VENUE_NOUNS and lemma not in AUDIENCE_GATHERINGS):
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS) for c in tok.children
    ):
        return None  # "a meeting *with* X", "*their* meeting", "a meeting *of* ministers"
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in VENUE_VERBS:
        return "filter.venue", {"cue": head.text}
    if lemma not in VENUE_NOUNS:
        return None  # a rally "at" which something happened is still a rally
    if tok.dep_ != "pobj" or head.i == tok.i:
        return None
    if head.lower_ in VENUE_PREPS:
        return "filter.venue", {"cue": head.text}
    # "on the *sidelines* of a summit": one noun further
    holder = head.head
    if head.lower_ == "of" and holder.lower_ in VENUE_PREPS:
        return "filter.venue", {"cue": f"{holder.text} of"}
    return None


def grounds(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "deployed troops *at the request of* the government", "observers came *at its
    invitation*", "would raise it *at a rights dialogue*": a noun act after "at" (vocabulary
    grounds_preps) that is no meeting noun (those are filter.venue's) is the grounds or the
    setting of another act, which is the news; not an event of its own (filter.grounds)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.lemma_.lower() in VENUE_NOUNS:
        return None
    if tok.head.lower_ not in GROUNDS_PREPS or tok.head.head.i == tok.head.i:
        return None
    return "filter.grounds", {"cue": tok.head.text, "act": tok.head.head.text}


def flight_cause(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Families who *fled fighting* near X", "villagers *escaping the violence*", "thousands
    *displaced by clashes*": a noun act that people flee from (vocabulary flight_verbs) is why
    they moved, the setting of their flight, and names no doer of its own; no event unless it
    names a side ("fled *Russian* shelling", "the shelling *of* X *by* Y", "*their* raids")."""
    gerund = tok.tag_ == "VBG" and tok.dep_ == "xcomp"  # the small model: "fled *fighting*"
    if tok.pos_ != "NOUN" and not gerund:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in FLIGHT_PREPS and head.i != tok.i:
        head = head.head  # "fled *from* the fighting", "displaced *by* clashes"
    elif tok.dep_ != "dobj" and not gerund:
        return None
    if head.i == tok.i or head.lemma_.lower() not in FLIGHT_VERBS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS | FLIGHT_PREPS):
            return None  # "*their* raids", "the shelling *of* the city *by* the army"
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in SIDE_ENTITIES:
            return None  # "fled *Russian* shelling"
    return "filter.flight_cause", {"verb": head.text}


def opinion(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*Most* Lebanese blame the political class", "*many* voters oppose sending troops": a
    share of a people or of commentators (vocabulary opinion_quantifiers, opinion_holders)
    holding a view is public opinion, no act of anyone's; not for what crowds do."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        share = next(
            (
                c
                for c in subj.children
                if c.dep_ in ("amod", "det", "nummod") and c.lower_ in OPINION_QUANTIFIERS
            ),
            None,
        )
        if share is None:
            if _standing_grievance(verb, subj):
                return "filter.opinion", {"who": _phrase(subj)}
            return None
        if subj.ent_type_ == "NORP" or subj.lemma_.lower() in OPINION_HOLDERS:
            return "filter.opinion", {"who": f"{share.text} {subj.text}"}
    return None


def _standing_grievance(verb: Token, subj: Token) -> bool:
    """ "Indonesian exporters *complain* that ...", "farmers say cheap imports ...": a bare
    plural of an economic interest group (vocabulary interest_group_nouns) as the subject of a
    simple present with no auxiliary and no date words voices a standing grievance of a trade,
    no statement made by anyone on a day."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in INTEREST_GROUPS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl") for c in subj.children):
        return False
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.ent_type_ in WHEN_ENTS for t in verb.subtree)


def feeling(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "She *felt* betrayed by X", "residents feel threatened": an event word after a verb of
    how someone feels or seems (vocabulary feeling_verbs) names a feeling, not an act."""
    if tok.dep_ in ("acomp", "oprd") and tok.head.lemma_.lower() in FEELING_VERBS:
        return "filter.feeling", {"verb": tok.head.text}
    for c in tok.children:  # the small model reads "felt" as the passive's auxiliary
        if c.dep_ == "auxpass" and (c.lemma_.lower() in FEELING_VERBS or c.lower_ in FEELING_VERBS):
            return "filter.feeling", {"verb": c.text}
    return None


def under_review(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "The United States said it was *reviewing its assistance* to X", "London will reconsider
    its sanctions": an event noun whose possessor is a possessive pronoun, the object of a verb
    of putting a measure back in question (vocabulary review_verbs), is the subject's own
    measure under review, no act done now."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in REVIEW_VERBS:
        return None
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return None
    return "filter.under_review", {"verb": tok.head.text}


def kept_promise(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "accused the government of failing to *keep its promises*", "must *honour its
    commitments*", "*reneged on* the pledge": a promise noun that a verb of keeping or breaking
    takes as its object (directly or through "on" or "by") is a promise made before, whose
    keeping the clause tells; no new promise (vocabulary promise_nouns, promise_keeping_verbs)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PROMISE_NOUNS:
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("on", "by"):
        verb = verb.head  # "reneged *on* its pledge", "abide *by* its commitments"
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in PROMISE_KEEPING_VERBS and lemma not in PROMISE_BREAKING_VERBS:
        return None
    if lemma in PROMISE_KEEPING_VERBS and _renewed(verb):
        return None  # "we *will keep* our promise", "vowed to honour its pledge": said again
    return "filter.kept_promise", {"verb": verb.text}


def _renewed(verb: Token) -> bool:
    """The holder says it will keep the promise ("*will* keep", "*vowed to* honour", "*we*
    keep our promises"): the promise made again, not only recalled."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in verb.children
    ):
        return True
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return True  # "*we keep* our promises": the holder speaking of its own promise
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PLEDGE_VERBS


def scenario(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "*In one scenario*, X signs a lease", "*In the worst case*, Y mobilises", "Analysts
    sketch three scenarios. *In the second*, Y mobilises ...": a sentence set in a scenario by
    an "in" phrase on its main verb tells an imagined course of events, no act (vocabulary
    scenario_nouns, scenario_ordinals)."""
    root = tok.sent.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = obj.lemma_.lower() in SCENARIO_NOUNS or (
                obj.lemma_.lower() == "case"
                and any(c.lower_ in SCENARIO_ORDINALS for c in obj.children)
            )
            if named or (obj.lower_ in SCENARIO_ORDINALS and _scenarios_before(tok)):
                return "filter.scenario", {"cue": f"{prep.text} {_phrase(obj)}"}
    return None


def _phrase(obj: Token) -> str:
    return " ".join(t.text for t in obj.subtree)


def _scenarios_before(tok: Token) -> bool:
    """Whether one of the two sentences before ``tok``'s names scenarios or outcomes."""
    doc, start = tok.doc, tok.sent.start
    earlier = [s for s in doc.sents if s.end <= start][-2:]
    return any(t.lower_ in SCENARIO_NOUNS for s in earlier for t in s)  # no lemmas there


def recalled_for(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "Peru recalled its ambassador from Mexico *for consultations*": what an envoy is
    recalled or summoned for is the recall's aim, talks at home, no event with the host
    (vocabulary recall_verbs)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() in RECALL_VERBS:
        return "filter.aim", {"head": verb.text}
    return None
