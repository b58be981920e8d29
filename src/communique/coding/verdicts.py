"""Verdicts: a speaker's judgement of a thing, said with a verb of naming ("called the duties
*unjustified*", "described the launch *as a provocation*", "termed the talks *productive*").

The verb names no event of its own; what it says of its object does. The word that says it is
looked up in the word sets ``verdict_negative`` and ``verdict_positive`` of ``vocabulary.tsv``
(a criticism, CAMEO 111, or praise, CAMEO 051, in ``triggers.tsv`` through the parse keys
``@verdict_negative`` / ``@verdict_positive``); a predicate with neither ("called the meeting
a first step", "described the situation as calm") is ``@verdict``, a neutral description. A condemning word said of a claim ("called the allegations
*baseless*") denies it: ``@verdict_denial``, a rejection (CAMEO 120) that answers the accuser.

The predicate is found through the parse, with the small model's usual misreadings of the
construction: the object predicate (``oprd``), a second object, an ``as`` phrase, a noun set
beside the object (``appos``), or the object read as a clause with its own object.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from communique.coding.syntax import GROUP_PARTY_ENTS, PARTY_ENTS, QUOTES, RELATIVE_TAGS
from communique.coding.transcript import answer_turn
from communique.vocabulary import words

VERDICT_VERBS = words("verdict_verbs")
NEGATIVE = words("verdict_negative")
POSITIVE = words("verdict_positive")
VOTE_NOUNS = words("vote_nouns")  # "the vote", "the poll", "the count"
VOTE_APPROVAL = words("vote_verdict_positive")  # "peaceful", "orderly": said of a vote
NEGATED = words("verdict_negated")
SPOILING = words(
    "spoiling_verbs"
)  # "was *marred by* fraud": the 'by' noun is the verdict  # "was *not justified*": approval denied, a criticism
_WORDS = NEGATIVE | POSITIVE
# "said the vote *fell short of* international standards", "*did not meet* the requirements":
# a reported failure to reach a standard is a finding of fault (vocabulary standard_nouns)
STANDARDS = words("standard_nouns")
CLAIM_NOUNS = words("claim_nouns")  # what a condemning verdict denies, when it is said of it
_GENERAL_DETS = frozenset({"any", "every", "all", "no"})
_WHEN = ("DATE", "TIME")
# a thing judged with "its", "our" is the speaker's own; "his", "her" someone else's
_OWN = words("body_possessives") | words("speaker_possessives")
SAYING = words("say_verbs")
_CLAUSE_DEPS = ("aux", "auxpass", "mark", "expl")
_SMALL_CLAUSE_DEPS = ("oprd", "ccomp", "xcomp", "advcl", "acomp", "attr")
# a predicate's head (or its "of" noun: "an act *of aggression*") said of the object
_PRED_DEPS = ("oprd", "attr", "acomp", "xcomp", "dobj", "appos", "ccomp", "advcl")


VERDICT_KEYS = frozenset({"@verdict_negative", "@verdict_positive", "@verdict_denial"})
# verbs that deny their object of the thing judged: "said the count *lacked* transparency" says
# it was not transparent (its object is read as a denied word of verdict_negated)
LACKING = frozenset({"lack"})
# "said the visit *amounted to* interference", "*constituted* a breach": the noun of 'to' / the
# object is the predicate (vocabulary amounting_verbs)
AMOUNTING = words("amounting_verbs")
# "said the law *undermines* the rule of law": the verb itself is the verdict (vocabulary
# harming_verbs)
HARMING = words("harming_verbs")
# words whose "of" phrase is what is absent: "free *of* irregularities", "clear of fraud"
ABSENCE_WORDS = frozenset({"free", "clear", "devoid"})
# "said the claims were *untrue*", "called the video *a fabrication*", '"That is *a lie*," X said':
# a predicate of falsity denies the claim it is said of (rule trigger.falsity_verdict). Said of a
# claim noun any word that says a claim is not so; said of a thing that carries a claim or of a
# bare pronoun only a word whose own sense is 'not true' (vocabulary falsity_predicates)
FALSITY = words("falsity_predicates")
CLAIM_FALSITY = FALSITY | words("false_rating_words") | words("falsity_nouns")
CARRIERS = words("falsity_carrier_nouns")
# "That did not *happen*", "no such raid *took place*": an occurrence denied (occurrence_verbs)
OCCURRENCE = words("occurrence_verbs")
ALLEGING = words("alleging_adjectives")
# '"That is *not true*," X said': a word of truth denied calls the thing false (truth_words)
TRUTH = words("truth_words")
DENIAL_VERBS = words("denial_verbs")
# "There was *no beating*", "*no detainee* was tortured", "*not a single shot* was fired": an act
# of force told as not having happened, by a negative subject (vocabulary denied_act_words; rule
# trigger.denied_act)
DENIED_ACTS = words("denied_act_words")
_NOBODY = frozenset({"nobody", "none"})
# a bare pronoun that takes up the charge answered: "*That* is a lie", "*It* never happened"
BARE_PRONOUNS = frozenset({"it", "that", "this", "these", "those"})
# "is *nothing but* propaganda", "is *nothing other than* a lie": the noun after is the predicate
_NOTHING = frozenset({"nothing", "anything"})


def judged_thing(verb: Token) -> Token | None:
    """The thing a verdict verb judges, when the parser did not make it the verb's object
    ("called the British exercises a provocation" read as 'exercises' governing a clause,
    "labelled the drilling illegal" read as 'drilling' the subject of 'illegal')."""
    obj, head = _parts(verb)
    return obj if obj is not None and obj.dep_ not in ("dobj", "obj") else None


def judged_words(verb: Token) -> list[Token]:
    """``judged_thing`` with the modifiers the parser hung on the predicate instead ("the
    *Indian* blockade inhumane", 'Indian' read as a modifier of 'inhumane')."""
    obj, head = _parts(verb)
    if obj is None or obj.dep_ in ("dobj", "obj"):
        return []
    stray = []
    if head is not None:
        stray = [
            t
            for t in head.children
            if verb.i < t.i < obj.i and t.dep_ in ("amod", "compound", "poss", "nmod")
        ]
    return [*stray, obj]


def _parts(verb: Token) -> tuple[Token | None, Token | None]:
    if quoted_copula(verb):
        return _quoted(verb)
    if verb.lemma_.lower() in SAYING:
        return _reported(verb)
    return _object(verb)


def _object(verb: Token) -> tuple[Token | None, Token | None]:
    """(the thing judged, the predicate the parser made its head, if any): the verb's first
    object; else, as the small clause "X Y" is often read, the subject of a predicate on the
    verb ("labelled [the drilling illegal]"), or a noun read as a clause's head ("called [the
    exercises] a provocation", 'exercises' governing 'provocation')."""
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("dobj", "obj"):
            return c, None
    for c in verb.children:  # "the vote *was described* as a sham", "the vote, *which* X called
        if c.i < verb.i and (  # a sham": the thing judged before the verb
            c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS)
        ):
            return c, None
    for c in verb.children:  # a clause with no auxiliary or mark: no clause, a small clause
        if c.i <= verb.i or c.dep_ not in _SMALL_CLAUSE_DEPS or _clausal(c):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "npadvmod") and g.i < c.i), None)
        if subj is not None:
            return subj, c
        if c.dep_ in ("ccomp", "advcl"):
            return c, None
    return None, None


def _reported(verb: Token) -> tuple[Token | None, Token | None]:
    """ "X said *the duties were illegal*", "*The duties are illegal*, X said", "X said *the
    embargo was not justified*": the subject and the predicate of a plain copula (or a passive
    read as one) the verb of saying reports, before or after it (not one with a modal: "would
    be a mistake" is a warning; not a question or a condition; not a pronoun, which is no thing
    named). The thing judged names its doer (``_owned``) or is a definite noun whose doer the
    story told before (``reported_thing``)."""
    for c in verb.children:
        if c.dep_ == "ccomp" and (subj := denied_occurrence(c)) is not None:
            return subj, c  # '"That did not happen," X said': the charge denied
        if c.dep_ == "ccomp" and (act := denied_act(c)) is not None:
            return act[0], c  # '"No detainee was tortured," X said': the charge denied
        if c.dep_ == "ccomp" and _copular(c):
            subj, pred = _copula_parts(c)
            if subj is not None and not _owned(subj):  # '"This embargo is illegal," X said *of
                subj = next((o for o in _said_of(verb) if _owned(o)), subj)  # the U.S. measures*'
            if subj is not None and (_judged(subj) or _bare_denial(subj, pred)):
                return subj, pred
            return None, None
    return None, None


def _copula_parts(c: Token) -> tuple[Token | None, Token | None]:
    """(subject, predicate) of a plain copula or judging passive, None for one with a modal, a
    question or a condition ("would be a mistake", "whether it was legal")."""
    if any(
        (g.dep_ == "aux" and g.lemma_ != "have" and not (g.lemma_ == "do" and _short_of(c)))
        or (g.dep_ == "mark" and g.lower_ != "that")
        for g in c.children
    ):  # "did not meet the requirements": the "do" of a denied standard, no modal
        return None, None
    subj = next((g for g in c.children if g.dep_ in _REPORTED_SUBJ), None)
    pred = c if c.lemma_ != "be" else None
    pred = pred or next((g for g in c.children if g.dep_ in ("acomp", "attr")), None)
    if subj is not None and subj.dep_ == "csubj":  # "the *Indian* shelling was ...": its
        subj = next((g for g in subj.children if g.dep_ == "nsubj"), subj)  # doer, as read
    if subj is None or pred is None:
        return None, None
    if subj.pos_ not in ("NOUN", "PROPN") and not _bare_denial(subj, pred):
        return None, None
    return subj, pred


def _judged(subj: Token) -> bool:
    return _owned(subj) or _definite(subj)


def quoted_copula(tok: Token) -> bool:
    """Whether ``tok`` is the copula of a sentence that is all quotation, its speaker named in
    a sentence before or after ('"The duties are a mistake. ..." <...>, she said.'): the main
    verb, a form of "be", the sentence opening with a quotation mark; or of a sentence of a
    transcript's answer turn, its speaker's own words as a quotation's are ("MINISTER: That
    is completely untrue."; rule trigger.answer_verdict)."""
    return (
        tok.lemma_ == "be"
        and tok.dep_ == "ROOT"
        and (tok.sent[0].text in QUOTES or answer_turn(tok))  # "MINISTER: That is untrue."
        and tok.i < tok.sent.end - 1
        and tok.doc[tok.i + 1].dep_ != "nsubj"  # "Is it ...?": a question
        and not any(t.text == "?" for t in tok.sent)
    )


def _quoted(verb: Token) -> tuple[Token | None, Token | None]:
    if (act := denied_act(verb)) is not None:  # '"There was no beating." ...': a charge denied
        return act[0], verb
    subj, pred = _copula_parts(verb)
    if subj is not None and (_judged(subj) or _bare_denial(subj, pred)):
        return subj, pred
    return None, None


def falsity_word(pred: Token | None, vocab: frozenset[str] = FALSITY) -> Token | None:
    """The word of ``vocab`` that calls a thing untrue, when it is the predicate itself ("were
    *untrue*", "is *a lie*", "complete *lies*", "false *and* baseless") or the noun after
    "nothing but" ("is nothing but *propaganda*"); not a modifier of another noun ("a *false*
    start", "a *lie* detector"), which says nothing of the thing judged."""
    if pred is None:
        return None
    heads = [pred, *(c for c in pred.children if c.dep_ == "conj")]
    if pred.lower_ in _NOTHING:
        heads += [g for p in pred.children if p.dep_ == "prep" and p.lower_ in ("but", "than")
                  for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        heads += [g for a in pred.children if a.lower_ == "other"
                  for p in a.children if p.lower_ == "than"
                  for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    for t in heads:
        if t.lemma_.lower() in vocab or t.lower_ in vocab:
            return t
    return None


def _bare_denial(subj: Token, pred: Token | None) -> bool:
    """'"*That* is a lie," X said', 'X said *it* was untrue': a bare pronoun called false takes
    up the charge it answers (vocabulary falsity_predicates); so does a claim called false
    whatever its determiner ('*claims* circulating online that X ... are untrue': the claim is
    the charge, told with its content; rule trigger.falsity_verdict)."""
    if _bare(subj):
        return falsity_word(pred) is not None or _untrue(pred)
    claim = subj.pos_ == "NOUN" and subj.lemma_.lower() in CLAIM_NOUNS
    return claim and (falsity_word(pred, CLAIM_FALSITY) is not None or _untrue(pred))


def _untrue(pred: Token | None) -> bool:
    """ "is *not true*", "were not accurate": a word of truth (vocabulary truth_words) denied."""
    return pred is not None and pred.lemma_.lower() in TRUTH and _negated(pred)


def _denial_participle(verb: Token) -> bool:
    """ "rejected the report, *calling* it fiction": a participle of naming on a verb of denial
    (vocabulary denial_verbs) says how the denial was worded; it is that one denial, not a
    second (rule trigger.falsity_verdict)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    head = verb.head  # hung by the parser on the denied report's content clause ("denied a
    for _ in range(4):  # report that it had sold X ..., *calling* it fiction"): the denial above
        if head.lemma_.lower() in DENIAL_VERBS:
            return True
        if head.head == head:
            return False
        head = head.head
    return False


def _content_second_objects(verb: Token, obj: Token) -> list[Token]:
    """ "called the claim that X shelled the town *a fiction*": the small model hangs the
    verdict on the claim's content clause as that clause's second object; the later of two
    objects of the clause is what the verb of naming says of the claim (not for verbs of
    saying, whose clause is the thing said)."""
    if verb.lemma_.lower() not in VERDICT_VERBS or obj.lemma_.lower() not in CLAIM_NOUNS:
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i]
    clauses += [c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > obj.i]
    out = []
    for clause in clauses:
        objects = [g for g in clause.children if g.dep_ == "dobj"]  # "that" read as one
        if len(objects) >= 2 and objects[-1].i > clause.i:
            out.append(objects[-1])
    return out


def _bare(tok: Token) -> bool:
    """A pronoun standing alone for a thing said ("*that* never happened", read as a pronoun, a
    determiner or a conjunction by the small model), not a noun's determiner."""
    return (
        tok.lower_ in BARE_PRONOUNS
        and tok.pos_ not in ("NOUN", "PROPN")
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")
    )


def denied_occurrence(clause: Token) -> Token | None:
    """The subject of a clause that says a charged thing did not take place: "that / this / it",
    or an act marked as charged or with "such", with a negated verb of occurrence (vocabulary
    occurrence_verbs; "take place") and no modal ("That *did not happen*", "the alleged raid
    *never took place*", "no such strike occurred"); None otherwise ("will not happen" is a
    forecast, "did not happen to know" no occurrence, "the meeting did not take place" a thing
    called off)."""
    lemma = clause.lemma_.lower()
    if lemma == "take":
        if not any(c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children):
            return None
    elif lemma not in OCCURRENCE:
        return None
    kids = list(clause.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):  # "did not happen *to know*"
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ not in ("do", "have") for c in kids):
        return None  # "will not happen", "could not have happened"
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    such = any(c.lower_ == "such" for c in subj.children)
    neg = any(c.dep_ == "neg" for c in kids) or any(c.lower_ == "no" for c in subj.children)
    if not neg:
        return None
    if _bare(subj):
        return subj
    if subj.pos_ == "NOUN" and (
        such or any(c.dep_ == "amod" and c.lower_ in ALLEGING for c in subj.children)
    ):
        return subj
    return None


def _negative(noun: Token, clause: Token) -> bool:
    """Whether a subject says that none of its kind was: "no" on it ("*no* detainee", "*no*
    one"), a negative pronoun ("nobody"), or "not a single" ("*not a single* shot", the "not"
    hung on the noun or on its verb)."""
    if noun.lower_ in _NOBODY:
        return True
    kids = list(noun.children)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return True
    if not any(c.lower_ == "single" for c in kids):
        return False
    return any(c.lower_ == "not" for c in kids) or any(c.dep_ == "neg" for c in clause.children)


def denied_act(clause: Token) -> tuple[Token, Token] | None:
    """(the thing the clause speaks of, the word of the act) when a clause tells an act of
    force (vocabulary denied_act_words) as not having happened, by a negative subject and with
    no modal or condition: "there was *no beating*" (the noun after "there be"), "*no
    detainee* was *tortured*", "*nobody* was *detained*", "*not a single shot* was *fired*";
    None otherwise ("no one will be arrested" is a promise, "if no one is hurt" a condition,
    "police did not detain him" a plain negated act). Said by a speaker after a charge of that
    act, it denies the charge (rule trigger.denied_act)."""
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.lemma_ not in ("do", "have", "be") for c in kids):
        return None  # "no one will be arrested", "no shot could have been fired"
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in kids):
        return None  # "if no one is hurt", "whether anyone was beaten"
    if clause.lemma_ == "be" and any(c.dep_ == "expl" for c in kids):
        for c in kids:
            if (
                c.dep_ in ("attr", "nsubj", "dobj")
                and c.i > clause.i
                and c.lemma_.lower() in DENIED_ACTS
                and _negative(c, clause)
            ):
                return c, c
        return None
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in DENIED_ACTS:
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _negative(subj, clause):
        return None
    return subj, clause


def _said_of(verb: Token) -> list[Token]:
    return [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip


# the subject of a reported copula: "the *Indian* shelling was" read as a clausal subject, "the
# embargo *is not justified*" as a passive
_REPORTED_SUBJ = ("nsubj", "nsubjpass", "csubj")
_DEFINITE = words("definite_determiners")


def _copular(clause: Token) -> bool:
    """A plain copula ("were illegal") or a participle of judgement read as a passive ("is not
    justified")."""
    if clause.lemma_ == "be" or clause.lemma_ in LACKING or _short_of(clause) is not None:
        return True
    if clause.lemma_ in AMOUNTING or clause.lemma_ in HARMING:
        return True
    return clause.tag_ == "VBN" and any(
        g.dep_ == "auxpass" and g.lemma_ == "be" for g in clause.children
    )


def _short_of(clause: Token) -> Token | None:
    """The word that says a reported clause's subject fails a standard: "short" of "the vote
    *fell short of* international standards" (its "of" noun a word of ``STANDARDS``), or the
    standard of "the process *did not meet* the requirements"; None otherwise ("fell short of
    expectations / of a majority", "met the ministers")."""
    if clause.lemma_ == "fall":
        for c in clause.children:
            if c.lower_ == "short":
                for p in c.children:
                    if (
                        p.dep_ == "prep"
                        and p.lower_ == "of"
                        and any(g.lemma_.lower() in STANDARDS for g in p.children)
                    ):
                        return c
    if clause.lemma_ == "meet" and any(c.dep_ == "neg" for c in clause.children):
        for c in clause.children:
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STANDARDS:
                return c
    return None


def _definite(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children
    )


def reported_verdict(trig: Any) -> bool:
    """Whether a trigger (a ``triggers.Trigger``) is a verdict a verb of saying reports, or a
    quotation says ('"The duties are a mistake." ...')."""
    tok = trig.token
    return (tok.lemma_.lower() in SAYING or quoted_copula(tok)) and any(
        it & VERDICT_KEYS for it in trig.rule.items
    )


def judged_object(trig: Any) -> Token | None:
    """The thing a verdict (a ``triggers.Trigger`` of a verb of naming or saying) judges:
    "described *the referendum* as flawed", "said *the poll* lacked transparency"."""
    if not any(it & VERDICT_KEYS for it in trig.rule.items):
        return None
    return _parts(trig.token)[0]


def reported_thing(trig: Any) -> Token | None:
    """The thing a reported verdict (a ``triggers.Trigger``) judges ("the minister said *the
    tariffs* were unjustified"), None for any other trigger. One that names no doer is the
    act of that kind the story told before; a verdict whose thing has no doer found is a
    ruling on a thing of no one ("police said the protest was illegal"), no event."""
    if not reported_verdict(trig):
        return None
    subj, _pred = _parts(trig.token)
    return subj


def _negated(pred: Token) -> bool:
    """Whether a reported predicate is denied ("was *not* justified", "is not a fair deal")."""
    if pred.lemma_ in LACKING:  # "lacked transparency": not transparent
        return True
    clause = pred.head if pred.dep_ in ("acomp", "attr") else pred
    # "was *neither* free nor fair": denied as a "not"
    return any(g.dep_ == "neg" for g in clause.children) or any(
        g.lower_ == "neither" for g in pred.children
    )


def _owned(noun: Token) -> bool:
    """Whether a thing judged in reported speech names whose it is or with whom: a possessor,
    a nationality or a named body on it, or a "by", "of", "with" or "between" phrase ("said
    *the Pakistani* claims were baseless"); "police said the protest was illegal" is a ruling
    on a thing of no one named, not a verdict on another's act."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in _OWN:
            return True
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in GROUP_PARTY_ENTS:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "with", "between"):
            return True
    return noun.ent_type_ in PARTY_ENTS  # "said NATO was a threat"


def _clausal(clause: Token) -> bool:
    return any(g.dep_ in _CLAUSE_DEPS for g in clause.children)


def _predicates(verb: Token, obj: Token) -> list[Token]:
    """Heads of what is said of ``obj``, in text order."""
    out: list[Token] = []
    for c in verb.children:
        if c.i <= obj.i:
            continue
        if c.dep_ in _PRED_DEPS and (c.pos_ != "VERB" or c.dep_ in ("oprd", "acomp", "attr")):
            # "called the duties *unjustified*" (the participle read as a verb); "called the X
            # attack *a war crime*" read as 'attack' (the predicate) with its own object
            inner = [g for g in c.children if g.dep_ in ("dobj", "attr", "oprd") and g.i > c.i]
            out += inner or [c]
        elif c.dep_ == "advcl" and c.tag_ == "VBG":  # "the Russian *shelling* an act of ..."
            out += [g for g in c.children if g.dep_ == "dobj"]  # read as a clause on 'Russian'
        elif c.dep_ == "advmod" and _listed(c):  # "a step *forward*" read as the verb's adverb
            out.append(c)
    for t in obj.subtree:  # "described X *as* a provocation", also hung inside the object
        if t.i > obj.i and t.dep_ == "prep" and t.lower_ == "as" and t.head.pos_ != "VERB":
            out += [g for g in t.children if g.dep_ in ("pobj", "amod", "acomp", "attr")]
    for c in verb.children:
        if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as":
            out += [g for g in c.children if g.dep_ in ("pobj", "amod", "acomp", "attr")]
    for c in obj.children:
        if c.i <= obj.i:
            continue
        if c.dep_ in ("appos", "dobj", "oprd", "attr", "acomp"):  # "the vote *a sham*"
            out.append(c)
        elif c.dep_ in ("amod", "acl") and _listed(c):  # "the decision *illegal*": an
            out.append(c)  # adjective after its noun is the predicate misread as its modifier
        elif c.dep_ == "prep":  # "the talks with Somalia *constructive*" read as its object,
            for g in c.children:  # or as an adjective after it ("in Uganda *free and fair*")
                if g.dep_ != "pobj":
                    continue
                if _listed(g) and not any(d.dep_ == "det" for d in g.children):
                    out.append(g)
                out += [a for a in g.children if a.dep_ == "amod" and a.i > g.i]
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the duties imposed by X *a violation*"
            out += [g for g in c.children if g.dep_ == "dobj"]  # a participle has no object
    # "called a meeting *last week*": when, not what it is called
    return sorted({t for t in out if t.ent_type_ not in _WHEN}, key=lambda t: t.i)


def _listed(tok: Token) -> bool:
    return tok.lemma_.lower() in _WORDS or tok.lower_ in _WORDS


def _judgement(pred: Token, negated: bool = False) -> tuple[str, Token] | None:
    """The evaluative word of a predicate: its head, an adjective on it ("a *positive* step")
    or the noun of its "of" phrase ("an act *of aggression*", "a *violation* of ..."); of a
    denied one, a word whose denial condemns ("is not *justified*", vocabulary
    verdict_negated)."""
    short = _short_of(pred)
    if short is not None:  # "fell *short* of the standards": a finding of fault
        return "@verdict_negative", short
    cands = [pred]
    cands += [c for c in pred.children if c.dep_ in ("amod", "compound", "conj", "advmod")]
    if pred.lemma_.lower() in SPOILING and pred.tag_ == "VBN":  # "*marred by* irregularities"
        cands += [g for c in pred.children  # "*riddled with* irregularities"
                  if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if pred.lemma_ in LACKING:  # "lacked *transparency*"
        cands += [c for c in pred.children if c.dep_ == "dobj"]
    if pred.lemma_ in HARMING and not negated:  # "said the law *undermines* ..."
        return "@verdict_negative", pred
    if pred.lemma_ in AMOUNTING:  # "*amounted to* interference", "*constituted* a breach"
        cands += [c for c in pred.children if c.dep_ == "dobj"]
        cands += [g for c in pred.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for c in list(cands):  # "was nothing *short of* a massacre": the 'of' noun
        if c.lower_ == "short" and c.dep_ in ("amod", "acomp", "advmod"):
            cands += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ == "of" and pred.lower_ not in ABSENCE_WORDS:
            cands += [g for g in c.children if g.dep_ == "pobj"]
    sets = (("@verdict_negative", NEGATED),) if negated else (
        ("@verdict_negative", NEGATIVE), ("@verdict_positive", POSITIVE)
    )  # fmt: skip
    for kind, vocab in sets:
        for t in cands:
            if t.lemma_.lower() in vocab or t.lower_ in vocab:
                return kind, t
    return None


def _vote_approval(pred: Token) -> tuple[str, Token] | None:
    """A word that approves a vote said of one ("the poll was *peaceful*", "described the
    election as *orderly* and *credible*", "*well organised*"): praise, as the words of
    verdict_positive (vocabulary vote_verdict_positive, rule trigger.vote_approval)."""
    cands = [pred, *(c for c in pred.children if c.dep_ in ("conj", "amod", "acomp"))]
    cands += [g for c in cands if c.dep_ == "conj" for g in c.children if g.dep_ == "conj"]
    for t in cands:
        if t.lemma_.lower() in VOTE_APPROVAL or t.lower_ in VOTE_APPROVAL:
            return "@verdict_positive", t
    return None


def _framing_what(verb: Token, obj: Token) -> bool:
    """Whether the verdict is a free relative hung on "in" ("a grenade went off, killing two,
    *in what police called* a terrorist attack", "in what officials described as a revenge
    killing"): the speaker names the act the clause around it reports, a description of that act
    rather than a criticism of a party; the act itself is the event (rule
    trigger.framing_description). "Thanked the host *for what he called* a historic summit"
    judges a thing of its own, and keeps its verdict."""
    return obj.lower_ == "what" and verb.dep_ == "pcomp" and verb.head.lower_ == "in"


def verdict_of(verb: Token) -> tuple[str, Token] | None:
    """("@verdict_negative" | "@verdict_positive" | "@verdict", the word that says it) for a
    verb of naming with an object and something said of it; None otherwise ("called a
    meeting", "called on X to", "called him")."""
    lemma = verb.lemma_.lower()
    quoted = quoted_copula(verb)
    if not quoted and (verb.pos_ != "VERB" or (lemma not in VERDICT_VERBS and lemma not in SAYING)):
        return None
    obj, head = _parts(verb)
    if obj is None:
        return None
    if head is not None and (act := denied_act(head)) is not None and act[0] == obj:
        return "@verdict_denial", act[1]  # '"There was no beating," X said' (trigger.denied_act)
    preds = [head] if head is not None else _predicates(verb, obj)
    if preds and _framing_what(verb, obj):  # "killed five *in what police called* an attack"
        return "@verdict", preds[0]
    if (
        preds
        and (
            any(c.dep_ == "neg" for c in verb.children)
            or any(c.dep_ == "det" and c.lower_ in _GENERAL_DETS for c in obj.children)
            or any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children)
        )
    ):  # "called *its* operation legitimate": a speaker's word on its own act judges no other  # "did not consider it a threat", "considers *any* interference unacceptable": no act
        return "@verdict", preds[0]  # is judged (a stance in general, or no verdict given)
    if head is not None and denied_occurrence(head) == obj:  # '"That did not happen," X said'
        return "@verdict_denial", head
    if obj.lemma_.lower() in CLAIM_NOUNS or obj.lower_ in CLAIM_NOUNS:
        vocab: frozenset[str] | None = CLAIM_FALSITY  # "said the claims were *untrue*"
    elif obj.lemma_.lower() in CARRIERS or _bare(obj):
        vocab = FALSITY  # "called the video *a fabrication*", '"That is *a lie*," X said'
    else:
        vocab = None
    negated = (quoted or lemma in SAYING) and head is not None and _negated(head)
    untrue = next((p for p in preds if _untrue(p)), None) if vocab is not None and negated else None
    if untrue is not None:  # '"That is *not true*," X said'
        return ("@verdict", untrue) if _denial_participle(verb) else ("@verdict_denial", untrue)
    if vocab is not None and not negated:
        for pred in [*preds, *_content_second_objects(verb, obj)]:
            if (word := falsity_word(pred, vocab)) is not None:
                if _denial_participle(verb):  # "denied it, *calling* it a lie": one denial
                    return "@verdict", word
                return "@verdict_denial", word
    vote = obj.lemma_.lower() in VOTE_NOUNS or obj.lower_ in VOTE_NOUNS
    for pred in preds:
        found = _judgement(pred, negated)
        if found is None and vote and not negated:
            # "described the vote as *peaceful* and *orderly*": approval of a vote
            found = _vote_approval(pred)
        if found is not None:
            if found[0] == "@verdict_negative" and obj.lemma_.lower() in CLAIM_NOUNS:
                return "@verdict_denial", found[1]  # "called the allegations *baseless*"
            return found
    return ("@verdict", preds[0]) if preds else None


def equating_verb(word: Token) -> Token | None:
    """The verb that equates a reported thing with a verdict word, for the rule that explains
    it: "*amounted to* an unfriendly act", "*constituted* a breach" (vocabulary
    amounting_verbs), or the verdict verb itself ("the law *undermines* ...", harming_verbs)."""
    tok: Token | None = word
    for _ in range(4):
        if tok is None:
            return None
        if tok.lemma_ in HARMING or tok.lemma_ in AMOUNTING:
            return tok
        tok = tok.head if tok.head != tok else None
    return None


def denied_act_trigger(trig: Any) -> bool:
    """Whether a trigger (a ``triggers.Trigger``) is a denial told by an act of force said not to
    have happened ('"No detainee was *tortured*," X said'; rule trigger.denied_act): the act's
    word is the last of its parts."""
    return (
        bool(trig.parts)
        and trig.parts[-1].lemma_.lower() in DENIED_ACTS
        and any("@verdict_denial" in it for it in trig.rule.items)
    )


def answer_denial(trig: Any) -> bool:
    """Whether a trigger is a denial said by the main 'be' of a transcript's answer turn
    ("MINISTER: That is completely untrue."; rule trigger.answer_verdict)."""
    return (
        trig.rule.pos == "copula"
        and answer_turn(trig.token)
        and any("@verdict_denial" in it for it in trig.rule.items)
    )
