"""Find event triggers in a parsed sentence using the lexicon (``data/coding/triggers.tsv``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from communique.actors.names import state_in_lexicon
from communique.coding.denials import denied_share, state_of
from communique.coding.lexicon import CameoCode, cameo_table, idioms, modality_cues
from communique.coding.modality import condition_of
from communique.coding.parse_patterns import first
from communique.coding.pattern_keys import (
    TokenKeys,
    dates_it,
    find_items,
    not_a_trigger,
    relative_object,
    word_keys,
)
from communique.coding.patterns import TriggerRule, anchors, surface_lemmas, trigger_rules
from communique.coding.syntax import (
    GROUP_PARTY_ENTS,
    PARTY_ENTS,
    in_quotation,
    misparsed_subject,
    noun_tagged_verb,
    obligation,
    polite_request,
    share_of,
    stranded_infinitive,
    to_infinitive,
)
from communique.coding.transcript import answer_turn
from communique.coding.unreal_clauses import opens_inversion
from communique.coding.verdicts import quoted_copula, verdict_of
from communique.vocabulary import words

# dependents whose words can complete a multiword trigger ("sign ... agreement", "call on")
_NEAR_DEPS = {
    "dobj", "prt", "prep", "attr", "acomp", "xcomp", "ccomp", "advmod", "dative", "nsubjpass",
    "oprd", "compound", "amod", "npadvmod", "pobj", "agent", "nmod", "pcomp", "obj",
}  # fmt: skip
_SECOND_DEPS = {"pobj", "pcomp", "compound", "amod", "dobj", "prt", "nmod", "xcomp", "prep"}
# a verb's own clauses: a particle of their verb is no particle of the trigger ("called on X to
# *speed up* ..." is no "call up")
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp"})
_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")  # a complement clause with a subject of its own
DENIAL_VERBS = words("denial_verbs")  # what their clause says is the claim denied
# verbs whose "behind" / "by" / "with" names the party backed ("stood by X"); with no object the
# preposition is an adverb ("stood by while it happened": looked on, did nothing)
_BACKING_VERBS = words("behind_backing_verbs") | words("by_backing_verbs")
_BACKING_PREPS = frozenset({"behind", "by", "with"})
_VERB_TAGS = ("VB",)


@dataclass
class Trigger:
    token: Token
    rule: TriggerRule
    parts: list[Token] = field(default_factory=list)  # the required word(s) that matched
    ended_by: str = ""  # "broke up … march": the force that ended this gathering (its words)

    @property
    def cameo(self) -> CameoCode:
        return cameo_table()[self.rule.cameo]

    @property
    def tokens(self) -> list[Token]:
        return sorted([self.token, *self.parts], key=lambda t: t.i)

    def words(self, source: str | None = None) -> str:
        """The trigger as written: "signed … agreement"; its words cut from ``source`` (the
        article's text, where the parsed text differs in case) when given."""
        toks = self.tokens

        def text(tok: Token) -> str:
            return tok.text if source is None else source[tok.idx : tok.idx + len(tok.text)]

        out = text(toks[0])
        for prev, tok in zip(toks, toks[1:], strict=False):
            out += (" " if tok.i == prev.i + 1 else " … ") + text(tok)
        return out


SAY_VERBS = words("say_verbs")
GENERIC_SUBJECTS = words("generic_subjects")
PERSON_PRONOUNS = words("person_pronouns")
PLURAL_PRONOUNS = words("plural_pronouns")
CIRCUMSTANCE_PREPS = words("circumstance_preps")
LOCATION_PREPS = words("location_preps")
# of those, the ones that name only a place near which something happened: an event pattern's
# word after one is never what the verb acts on ("seized *near the town*"), where "in" and "at"
# may carry a pattern's own words ("respond *in* a firm manner")
NEARBY_PREPS = words("nearby_preps")


def reported_demand(tok: Token) -> tuple[Token, Token] | None:
    """``obligation`` when it is a demand someone reports: the clause is what a verb of saying
    (not negated: "did not say Y must") says of a party other than the speaker's own or no
    one in particular ("everyone must", "the world must", "it must be hard": vocabulary
    generic_subjects), nor the speaker ("the minister said he must consult ..."); not the
    epistemic or past "must have known", "should have acted", "must be behind it" (a copula asks only with an adjective: "Y must be ready to mediate"), "Y
    would need to" (what a case would require); a passive ("refugees must not be forced
    back") only with the one who would act named ("by X"), or with a named party as its
    subject ("X must be punished")."""
    found = obligation(tok)
    if found is None:
        return None
    clause, act = found
    say = clause.head
    if quoted_obligation(found, tok):
        say = clause  # '"Y must leave. ...," X said': the speaker is the quotation's
    elif clause.dep_ != "ccomp" or say.lemma_.lower() not in SAY_VERBS:
        return None
    if any(c.dep_ == "neg" for c in say.children):
        return None
    aux_cues = modality_cues().get("aux", {})
    if clause.i != act.i and any(
        c.dep_ == "aux" and aux_cues.get(c.lower_) == "hypothetical" for c in clause.children
    ):
        return None  # "Y would need to remain strong": what a case would require, no demand
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > tok.i for c in act.children):
        return None  # "must have known": what must be true, not what must be done
    if act.lemma_.lower() == "be" and not any(c.dep_ in ("acomp", "xcomp") for c in act.children):
        return None  # "must be behind the attack", "must be the culprit": what must be true
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if clause.i != act.i and subj is None:
        subj = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.dep_ == "expl" or (
        (subj.lemma_.lower() in GENERIC_SUBJECTS or subj.lower_ in GENERIC_SUBJECTS)
        and not any(t.ent_type_ in PARTY_ENTS for t in subj.subtree)
    ):
        return None
    if say.i != clause.i and _speaker_self(subj, say):
        return None  # "the minister said he must consult his cabinet": his own obligation
    passive = subj.dep_ == "nsubjpass" and subj.ent_type_ not in PARTY_ENTS
    if passive and first(act, "actor.agent") is None:
        return None  # "refugees must not be forced back": by whom, it does not say
    return found


def quoted_obligation(found: tuple[Token, Token], tok: Token) -> bool:
    """Whether the obligation is the main clause of a quotation with no verb of saying of its
    own ('"Y must leave. We have waited long enough," the minister said', or a transcript's
    answer, "MINISTER: Y must leave."): the speaker is whoever the story quotes (rule
    actor.quote_speaker), or the turn's label names."""
    # the sentence's own quotation marks only: an obligation in a sentence a paragraph-long
    # quotation runs over is left as it was read before resolve.running_quotation
    return found[0].dep_ == "ROOT" and (in_quotation(tok, running=False) or answer_turn(tok))


def _speaker_self(subj: Token, say: Token) -> bool:
    """Whether the pronoun subject of what is said stands for who says it: "he" or "she" for
    one person ("the minister", "Kovar", "he"), "they" for several ("the rebels said they
    must ..."); not "he" said by a state, a body or a crowd ("nurses marched, saying he must
    resign": someone else)."""
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    several = speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in PLURAL_PRONOUNS
    several = several or any(c.dep_ == "conj" for c in speaker.children)
    if subj.lower_ in PLURAL_PRONOUNS:
        return several
    if subj.lower_ not in PERSON_PRONOUNS or several:
        return False
    if speaker.ent_type_ in GROUP_PARTY_ENTS:
        return False
    return speaker.pos_ in ("NOUN", "PROPN") or speaker.lower_ in PERSON_PRONOUNS


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "aux":  # "X said Y must / needs to ...": a demand reported
        # "... *should* Y tighten the embargo": an inverted condition, no appeal to Y
        return not opens_inversion(tok) and reported_demand(tok) is not None
    if pos == "intent":  # "is willing / ready / prepared to <act>": a stated intention
        predicate = tok.pos_ == "ADJ" or tok.dep_ == "acomp" or tok.tag_ == "VBN"
        return predicate and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children
        )
    if pos == "conditional":  # "will respond if attacked": an answer promised on a condition
        return conditional_answer(tok)
    if pos == "copula":  # '"The duties are a mistake." ...': a quotation's verdict
        return quoted_copula(tok)
    if pos == "verb":
        return (
            tok.pos_ == "VERB"
            or (tok.tag_.startswith(_VERB_TAGS) and tok.pos_ != "AUX")
            or noun_tagged_verb(tok)
        )
    if pos == "noun":
        return tok.pos_ in ("NOUN", "PROPN") or (
            (tok.dep_ in _NOUN_DEPS or any(c.dep_ in ("det", "poss") for c in tok.children))
            and bool(hyphen_compound(tok))
        )
    return tok.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")


# the places of a noun phrase in its clause: a hyphenated compound's head there (or with a
# determiner of its own) is a noun, whatever part of speech the tagger gave its last word
# ("began a go-*slow*": an adjective)
_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos", "oprd"})


def hyphen_compound(tok: Token) -> tuple[str, ...]:
    """The lexicon forms of a hyphenated compound the tokenizer split ("a go-slow", "a
    work-to-rule", "a walk-out") at its head word (the one that hangs outside the compound):
    the words joined by hyphens and written solid ("go-slow", "goslow"); () for any other
    token. A compound noun of the lexicon is looked up as one word, as it is written (rule
    trigger.hyphen_compound)."""
    doc = tok.doc

    def joined(i: int) -> bool:  # doc[i] is a hyphen written with no space on either side
        return (
            0 < i < len(doc) - 1
            and doc[i].text == "-"
            and not doc[i].whitespace_
            and not doc[i - 1].whitespace_
        )

    start = end = tok.i
    while joined(start - 1) and start - 2 >= 0:
        start -= 2
    while joined(end + 1) and end + 2 < len(doc):
        end += 2
    if start == end:
        return ()
    span = doc[start : end + 1]
    if span.root.i != tok.i:
        return ()
    parts = [t.lower_ for t in span if t.text != "-"]
    return ("-".join(parts), "".join(parts))


WISH_VERBS = words("wish_verbs")
ANSWER_MODALS = words("answer_modals")
INVERTING_AUX = words("inverting_auxiliaries")  # "*should* X continue ...": a condition


def conditional_answer(tok: Token) -> bool:
    """ "X *will respond* if attacked", "would *take* all necessary measures if Y declared
    independence": a verb with a modal of the future and a condition (if, unless) whose doer is
    a named party or that has none ("if attacked", "if provoked"): the answer to another's act
    announced (rows of pos ``conditional``, recoded as threats: mention.conditional_threat);
    not "prices will fall if the rains fail" (the condition names no party)."""
    # "would *have to* review the treaty if ...": the modal on the 'have' of obligation the
    # answer hangs from is the answer's own (branch threat38)
    carriers = [tok]
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "have" and to_infinitive(tok):
        carriers.append(tok.head)
    if tok.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.lower_ in ANSWER_MODALS for v in carriers for c in v.children
    ):
        return False
    found = condition_of(tok)
    if found is None:
        return _bare_answer(tok)
    if found[0] not in ("if", "unless") and found[0] not in INVERTING_AUX:
        return False
    if _answers_text(tok):  # "would respond to the letter if Y sent one": a reply
        return False
    clause = found[1]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return clause.tag_ == "VBN"  # "if attacked", "if provoked"
    if any(_names_party(s) or hostile_act_noun(s) for s in subjects):
        return True
    # "unless the tariffs *are withdrawn*", "if the sanctions are not lifted": a passive with no
    # doer named leaves the act to the other party, whose act the answer waits on
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    return passive and not any(c.dep_ == "agent" for c in clause.children)


def _noun_rows_in_conflict(lemma: str, *, bare: bool) -> Iterator[bool]:
    """For each event row of the lexicon that reads ``lemma`` as a noun (only those with no
    required words, if ``bare``), in lexicon order: is its act one of material conflict (a CAMEO
    code of quad class 4, not a protest)?"""
    for rule in trigger_rules().get(lemma, ()):
        if rule.pos in ("noun", "any") and rule.event and not (bare and rule.items):
            code = cameo_table().get(rule.cameo)
            yield code is not None and code.quad_class == 4 and code.plover != "PROTEST"


@lru_cache(maxsize=4096)
def _hostile_noun_lemma(lemma: str) -> bool:
    """The lemma's first bare noun row is an act of material conflict."""
    return next(_noun_rows_in_conflict(lemma, bare=True), False)


def hostile_act_noun(tok: Token) -> bool:
    """ "*the raids* continue", "*the incursions* go on": a noun the trigger lexicon knows, by
    itself, as an act of material conflict (a bare noun row of quad class 4, not a protest). A condition whose
    subject is another's hostile act waits on that act's doer as one naming a party does: "we
    will take all necessary measures if the raids continue" answers the raiders (CAMEO 130;
    PLOVER THREATEN: a conditional promise of harm against those who act; branch threat38)."""
    return tok.pos_ == "NOUN" and _hostile_noun_lemma(tok.lemma_.lower())


def conditioned_on_hostile_act(tok: Token) -> bool:
    """ "would take all necessary measures *if the raids continue*": a threat set on the
    condition that another's hostile act (hostile_act_noun) goes on answers that act, as a
    promised response does (rule recipient.answered_move)."""
    found = condition_of(tok)
    if found is None or (found[0] not in ("if", "unless") and found[0] not in INVERTING_AUX):
        return False  # "*should* the raids go on, ...": an inverted condition is one too
    return any(c.dep_ in ("nsubj", "nsubjpass") and hostile_act_noun(c) for c in found[1].children)


DOCUMENT_NOUNS = words("document_nouns") | words("speech_nouns")
# what is answered when the answer is a reply: a text or a question put ("would respond *to
# the letter*", "will reply *to the questions*")
_ANSWERED_TEXTS = DOCUMENT_NOUNS | frozenset({"question", "query", "request", "invitation",
                                              "proposal", "offer", "call", "email"})  # fmt: skip


def _answers_text(tok: Token) -> bool:
    """ "would respond *to the letter*", "will respond *to his questions*": an answer whose
    'to' names a text, a question or a proposal is a reply, no threat (branch threat39)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.lemma_.lower() in _ANSWERED_TEXTS for o in c.children if o.dep_ == "pobj")
        for c in tok.children
    )


BARE_ANSWER_VERBS = words("bare_answer_verbs")
_ANSWER_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "advcl", "dative")
# "would respond *in kind*", "would respond*, without giving details*" / "*without delay*": how
# the answer comes (or that its form is left unsaid), not what it answers; still no object
_ANSWER_MANNER_PREPS = ("in", "without")


def _bare_answer(tok: Token) -> bool:
    """ "X said Russia *would respond*", "would respond in a way Europe will feel": an answer
    announced with no condition, no object and no addressee is an answer to the other party's
    act, a vague threat (not "would respond to the letter", "will respond after a review")."""
    if tok.lemma_.lower() not in BARE_ANSWER_VERBS:
        return False
    for c in tok.children:
        if c.dep_ in _ANSWER_COMPLEMENTS:
            return False
        if c.dep_ == "prep" and c.lower_ not in _ANSWER_MANNER_PREPS:
            return False
        if c.dep_ == "prep" and any(o.lower_ in ("writing", "course", "time") for o in c.children):
            return False  # "in writing", "in due course", "in time"
    return True


def wished_of(tok: Token) -> Token | None:
    """ "X *wants* Y to lift the duties", "X would *like* Y to leave": the named state, body or
    person whose act a verb of wishing asks for (a demand when said of another: "@wish"), or
    None ("X wants to talk", "voters want prices to fall")."""
    if tok.lemma_.lower() not in WISH_VERBS:
        return None
    for c in tok.children:
        if c.dep_ == "ccomp" and to_infinitive(c):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.ent_type_ in PARTY_ENTS:
                return subj
        if (
            c.dep_ == "dobj"
            and c.ent_type_ in PARTY_ENTS
            and any(
                x.dep_ == "xcomp" and any(a.tag_ == "TO" for a in x.children) for x in tok.children
            )
        ):
            return c
    return None


ORDER_VERBS = words("order_verbs")
REFUSABLE_PERMISSION = words("refusable_permission_verbs")
DEADLINE_VERBS = words("deadline_verbs")
DEADLINE_PREPS = words("deadline_preps")
TIME_UNITS = words("time_units")
SPLIT_PHRASES = tuple(tuple(p.split()) for p in sorted(words("split_phrases")))
# the same, by first word (in the order above): a word that starts none is passed over at once
_SPLIT_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in SPLIT_PHRASES:
    _SPLIT_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_PARTY_MODIFIERS = ("amod", "compound", "poss")


def _names_party(tok: Token) -> bool:
    """ "France", "the *French* ambassador", "*Niger*'s envoy": a named state, body or person."""
    return tok.ent_type_ in PARTY_ENTS or any(
        c.dep_ in _PARTY_MODIFIERS and c.ent_type_ in PARTY_ENTS for c in tok.children
    )


REFUSAL_MODALS = frozenset({"will", "would", "wo", "can", "ca", "could", "shall"})


def refused_permission(tok: Token) -> Token | None:
    """The negation of a permission refused for the time to come: "will *not* allow", "would
    never permit", "cannot allow" (vocabulary refusable_permission_verbs) with what it refuses,
    an object or a clause ("will not allow *foreign warships* to enter"), or None. Such a
    permission withheld is a refusal (CAMEO 12x, PLOVER REJECT: the lexicon row "@refusal"
    codes the permission as yielding, recode.refusal makes the refusal); "did not allow" is
    consent withheld (mention.withheld_consent), "should not allow" an opinion."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REFUSABLE_PERMISSION:
        return None
    kids = list(tok.children)
    neg = next((c for c in kids if c.dep_ == "neg"), None)
    if neg is None or not any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in kids):
        return None
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids):
        return None
    return neg


def not_idle(tok: Token) -> Token | None:
    """ "will not stand idly by", "would not sit idly by": a side's vow not to stay passive while
    another acts, a warning that it will act (PLOVER THREATEN; general English idiom, Merriam-
    Webster 'stand by': to remain inactive); the parse key "@not_idle" (the negation), or None.
    "stood idly by" (no negation, no will) is a reproach, no threat."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("stand", "sit"):
        return None
    kids = list(tok.children)
    neg = next((c for c in kids if c.dep_ == "neg"), None)
    if neg is None or not any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in kids):
        return None
    return neg if any(c.lower_ == "idly" for c in kids) else None


ENCOURAGING_VERBS = words("encouraging_verbs")
_SIDE_HEADS = frozenset({"side", "party", "country", "nation", "state", "government", "neighbour",
                         "neighbor", "member", "camp"})  # fmt: skip
_SIDE_COUNTS = frozenset({"both", "two", "all"})


def _names_sides(tok: Token) -> bool:
    """ "*both countries*", "*the two sides*", "*all parties*", "its two members": the sides of
    a quarrel named by a counted noun, which the resolver reads as the story's sides."""
    return tok.lemma_.lower() in _SIDE_HEADS and any(
        c.lower_ in _SIDE_COUNTS and c.dep_ in ("det", "predet", "nummod", "amod")
        for c in tok.children
    )


def encouraged_act(tok: Token) -> Token | None:
    """ "X *encouraged* Y to resume talks", "encouraged both countries to find a solution": the
    act a verb of encouraging (vocabulary encouraging_verbs) asks of a named state, body or
    person or of the sides of a quarrel (the to-infinitive after the object: "@appeal"), or
    None ("encouraged investment", "was encouraged by the progress")."""
    if tok.lemma_.lower() not in ENCOURAGING_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or not (_names_party(obj) or _names_sides(obj)):
        return None
    return _infinitive_after(tok, obj)


def _infinitive_after(tok: Token, obj: Token) -> Token | None:
    """The to-infinitive a verb governs after its object ("told *Manila* to *remove* the
    ship", "encouraged both sides to *talk*"), or None."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "advcl", "ccomp")
            and c.i > obj.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        ),
        None,
    )


def ordered_act(tok: Token) -> Token | None:
    """ "X *ordered* France to withdraw its troops", "*told* Manila to remove the ship", "*gave*
    the ambassador until Friday to leave": the act an order, an instruction or a deadline given
    to a named state, body or person asks of it (the infinitive: "@order"), or None ("ordered
    the arrest", "told reporters to expect delays", "gave the army a free hand")."""
    lemma = tok.lemma_.lower()
    if lemma not in ORDER_VERBS and lemma not in DEADLINE_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or not _names_party(obj):
        return None
    act = _infinitive_after(tok, obj)
    if act is None:
        act = stranded_infinitive(obj)  # "ordered a team *monitoring X* to leave"
    if act is None or lemma in ORDER_VERBS:
        return act
    deadline = any(
        (c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS)
        or (
            c.dep_ in ("npadvmod", "dobj")
            and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in TIME_UNITS)
        )
        for c in tok.children
    )
    return act if deadline else None


UNANSWERED_VERBS = words("unanswered_verbs")
OPEN_QUESTION_WORDS = words("open_question_words")
_ADDRESSEE_DEPS = ("dative", "dobj")


def unanswered_question(tok: Token) -> Token | None:
    """ "declined *to say* whether X would ...", "refused *to tell* reporters how many ...",
    "declined *to say*.": the infinitive of a verb of telling (vocabulary unanswered_verbs)
    whose only content is a question left open (a clause opened by whether, if or a wh-word) or
    nothing at all ("@unanswered"): a question not answered, CAMEO 011 (decline comment), not a
    refusal of anything; "refused to say sorry", "declined to say the oath" keep their object
    (rule trigger.unanswered_question)."""
    for c in tok.children:
        if c.dep_ != "xcomp" or c.i < tok.i or not to_infinitive(c):
            continue
        if c.lemma_.lower() not in UNANSWERED_VERBS:
            continue
        for g in c.children:
            if g.dep_ in ("aux", "punct", "advmod", "npadvmod", "prep"):
                continue  # "to say *publicly*", "to say *at the briefing*"
            if g.dep_ in ("ccomp", "advcl", "xcomp", "dobj") and _question_clause(g):
                continue
            if (
                g.dep_ in _ADDRESSEE_DEPS
                and g.pos_ in ("PRON", "NOUN", "PROPN")
                and not any(x.dep_ in ("relcl", "acl") for x in g.children)
            ):
                continue  # "to tell reporters / them / Sweden": the one left without answer
            break
        else:
            return c
    return None


def _question_clause(head: Token) -> bool:
    """A clause that asks a question: its first word is whether, if or a wh-word ("whether
    Madrid would ...", "how many troops were sent", "what it wanted")."""
    first_word = min(head.subtree, key=lambda t: t.i)
    return first_word.lower_ in OPEN_QUESTION_WORDS and first_word.i != head.i


def dependents(tok: Token) -> dict[str, Token]:
    """Words near ``tok`` that may complete a multiword trigger, by lemma (and lower text), and
    "@wish" for a verb of wishing with someone's act as its object (``wished_of``), "@polite"
    for a polite request of someone's act ("would appreciate it if X ...": ``polite_request``), and
    "@verdict_negative" / "@verdict_positive" / "@verdict" for a verb of naming with what it
    says of its object (``verdicts.verdict_of``)."""
    found: dict[str, Token] = {}
    if (wished := wished_of(tok)) is not None:
        found["@wish"] = wished
    if (asked := polite_request(tok)) is not None:
        found["@polite"] = asked
    if (ordered := ordered_act(tok)) is not None:
        found["@order"] = ordered
    if (encouraged := encouraged_act(tok)) is not None:
        found["@appeal"] = encouraged
    if (refused := refused_permission(tok)) is not None:
        found["@refusal"] = refused
    if (share := denied_share(tok)) is not None:
        found["@denied_share"] = share
    if (idle := not_idle(tok)) is not None:
        found["@not_idle"] = idle
    if (unanswered := unanswered_question(tok)) is not None:
        found["@unanswered"] = unanswered
    if (verdict := verdict_of(tok)) is not None:
        found[verdict[0]] = verdict[1]

    def add(t: Token) -> None:
        for key in word_keys(t):  # a preposition is its word: "*according* to" is no "accord"
            found.setdefault(key, t)

    for child in tok.children:
        if child.dep_ == "advcl" and child.tag_ in ("VB", "VBG") and child.i > tok.i:
            add(child)  # "gathered *to demand* ...", "gathered, *chanting* ...": the verb only
            continue
        if complement_as_clause(tok, child):
            add(child)  # "held two guards *hostage*": the object's complement, misparsed
            continue
        if (
            child.dep_ == "relcl"
            and tok.pos_ == "NOUN"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        ):
            add(child)  # "measures *to protect* its rights": a noun's purpose, the verb only
            continue
        if child.dep_ not in _NEAR_DEPS or dates_it(child):
            continue
        add(child)
        if (
            child.dep_ == "ccomp"
            and tok.lemma_.lower() in DENIAL_VERBS
            and any(g.dep_ in _CLAUSE_SUBJECTS for g in child.children)
        ):
            continue  # "denied that it was blocking *aid*": the claim denied, not the object
        for grand in child.children:
            if grand.dep_ == "prt" and child.dep_ in _CLAUSE_DEPS:
                continue  # "called on X to *speed up* work": the particle is the other verb's
            if child.dep_ == "prep" and grand.dep_ == "advmod" and grand.i < child.i:
                add(grand)  # "sent them *back* across the border": a particle read as the
                continue  # adverb of the preposition after it is the verb's own
            if grand.dep_ in _SECOND_DEPS and not dates_it(grand):  # "X *on Sunday*"
                add(grand)
                if grand.dep_ in ("prep", "xcomp"):
                    for g3 in grand.children:
                        if g3.dep_ in ("pobj", "dobj", "compound"):
                            add(g3)
                        if (
                            g3.dep_ == "pobj"
                            and (sh := share_of(child)) is not None
                            and sh.i == g3.i
                        ):
                            # "closed all of its *border* posts": the counted noun's modifiers
                            for g4 in g3.children:
                                if g4.dep_ == "compound":
                                    add(g4)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        add(head)
    if tok.pos_ in ("VERB", "AUX"):
        for word in _split_phrase_words(tok):
            add(word)
    if (antecedent := relative_object(tok)) is not None:  # "the decree (which) he signed"
        add(antecedent)
        for mod in antecedent.children:
            if mod.dep_ in ("compound", "amod"):
                add(mod)
    return found


def complement_as_clause(verb: Token, child: Token) -> bool:
    """A bare noun or adjective after the verb's direct object that the parser hung on the verb
    as an adverbial clause ("held two guards *hostage*", "kept the crew *captive*"): the
    object's complement (rule trigger.complement_as_clause), a word of the verb's own pattern.
    Only a word right after the direct object, in no verb form of a clause (not a participle or
    past tense: the small model tags "hostage" a present-tense verb) and with no subject, object,
    auxiliary or subordinator of its own."""
    return (
        child.dep_ == "advcl"
        and child.tag_ in _COMPLEMENT_TAGS
        and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
        and child.i > verb.i
        and not any(g.dep_ in _CLAUSE_OWN for g in child.children)
        and child.nbor(-1).dep_ in ("dobj", "pobj", "nummod", "compound", "amod", "det")
    )


_COMPLEMENT_TAGS = frozenset({"NN", "NNS", "JJ", "VBP", "VB"})
_CLAUSE_OWN = frozenset(
    {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "ccomp", "xcomp", "dative"}
)


def _split_phrase_words(verb: Token) -> list[Token]:
    """The words of a fixed phrase (vocabulary ``split_phrases``: "persona non grata") standing
    together after ``verb`` in its own clause, however the parser attached them ("declared X's
    consul in the city of Y *persona non grata*" hangs the phrase on the place)."""
    doc = verb.doc
    found: list[Token] = []
    for t in verb.subtree:
        if t.i <= verb.i:
            continue
        for phrase in _SPLIT_BY_FIRST.get(t.lower_, ()):
            span = doc[t.i : t.i + len(phrase)]
            if tuple(w.lower_ for w in span) != phrase:
                continue
            clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None and clause.i == verb.i:
                found.extend(span)
    return found


def _idiom_words(tok: Token, deps: dict[str, Token]) -> set[str]:
    """Words that can make ``tok`` an idiom: its dependents, and for a participle the noun it
    modifies ("the video *released* by X": what was released)."""
    words = {w for w, t in deps.items() if t.i != tok.i}
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        words |= {tok.head.lemma_.lower(), tok.head.lower_}
    return words


def candidate_lemmas(tok: Token) -> list[str]:
    """Lemmas to look ``tok`` up by: the tagger's, the written word, and, where the tagger's
    lemma is no verb the lexicon knows ("raped" read as "rap"), the dictionary verbs whose
    written forms include the word."""
    return list(_candidate_lemmas(tok.lemma_.lower(), tok.lower_))


@lru_cache(maxsize=65536)
def _candidate_lemmas(lemma: str, lower: str) -> tuple[str, ...]:
    """``candidate_lemmas`` for a lemma and written word (a pure function of the two strings
    and the lexicon tables, so computed once per pair)."""
    rules, surface = trigger_rules(), surface_lemmas()
    out = [lemma, lower]
    lemma_known = lemma in rules or any(lemma in lems for lems in surface.get(lemma, ()))
    if not lemma_known:
        out += surface.get(lower, ())
    return tuple(dict.fromkeys(out))


def match(tok: Token) -> Trigger | None:
    """The most specific lexicon rule that ``tok`` satisfies, if any (None also when the first
    rule it satisfies is a no-event pattern: "declined to comment")."""
    if not_a_trigger(tok):
        return None
    # a split hyphenated compound ("a go-slow") when the word alone names no event
    for lemma in (*candidate_lemmas(tok), *hyphen_compound(tok)):
        rules = trigger_rules().get(lemma)
        if rules:
            found = _match_rules(tok, rules)
            if found is not False:
                return found or None
    return None


def _match_rules(tok: Token, rules: list[TriggerRule]) -> Trigger | None | bool:
    """The first rule ``tok`` satisfies (None: a no-event pattern; False: none)."""
    deps: dict[str, Token] | None = None
    keyed: TokenKeys | None = None
    idiom = idioms().get(rules[0].lemma)
    possible = None
    # a pattern found only in a phrase of time hung on the word waits for one found elsewhere
    fallback: tuple[Trigger | None] | None = None
    if len(rules) > 8:  # only the patterns whose first word is near the trigger
        deps = dependents(tok)
        keyed = TokenKeys(tok, deps)
        index = anchors()[rules[0].lemma]
        possible = {n for key in keyed.all_keys() for n in index.get(key, ())}
    for n, rule in enumerate(rules):
        if possible is not None and rule.items and n not in possible:
            continue
        if not _pos_ok(tok, rule.pos):
            continue
        if not rule.items:
            if fallback is not None:  # a pattern matched, if only in a phrase: it decides
                return fallback[0]
            if idiom:  # "meet it halfway", "a press release": a figure of speech, no event
                deps = dependents(tok) if deps is None else deps
                if idiom & _idiom_words(tok, deps):
                    return None
            return Trigger(tok, rule) if rule.event else None
        if keyed is None:
            deps = dependents(tok) if deps is None else deps
            keyed = TokenKeys(tok, deps)
        hits = find_items(tok, rule.items, keyed, objects=bool(rule.source))
        if hits is None or _bare_backing(tok, hits) or _naming_complement_prep(tok, hits):
            continue
        if (rule.source or rule.event) and _at_place(
            tok, rule, hits, LOCATION_PREPS if not rule.event else NEARBY_PREPS
        ):
            # "arrested him *at a house*", "were seized *near the town*": where, not what
            # the pattern names
            continue
        found = Trigger(tok, rule, hits) if rule.event else None
        if not _in_circumstance(tok, hits):
            return found
        fallback = fallback or (found,)
    return fallback[0] if fallback else False


def _naming_complement_prep(tok: Token, hits: list[Token]) -> bool:
    """A preposition the pattern found hangs on the second noun of a naming verb ("called the
    shelling *an attack on* a member state", "which she called a step back *for* the region"):
    it belongs to what the thing is called, not to the verb, so no "call on" / "call for"
    appeal (rule trigger.naming_complement)."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
    return any(
        h.dep_ == "prep"
        and h.head.head.i == tok.i
        and h.head.i != tok.i
        and (h.head.dep_ == "oprd" or (h.head.dep_ == "dobj" and len(objects) > 1))
        for h in hits
    )


def _bare_backing(tok: Token, hits: list[Token]) -> bool:
    """A backing verb's "by" / "behind" / "with" that has no object of its own: "the police
    *stood by* while the crowd broke in" is looking on, not standing by someone (rule
    recipient.backed_party takes the object where there is one: "stood by its ally")."""
    return (
        tok.lemma_.lower() in _BACKING_VERBS
        and bool(hits)
        and all(
            h.lower_ in _BACKING_PREPS
            and h.head.i == tok.i
            and not any(c.dep_ in ("pobj", "pcomp") for c in h.children)
            for h in hits
        )
    )


def _at_place(tok: Token, rule: TriggerRule, hits: list[Token], preps: frozenset[str]) -> bool:
    """A pattern whose plain word (no preposition of its own) stands as the object of a
    preposition of place hung on the verb: the word says where the act happened, not what the
    verb takes. A converted no-event pattern then does not stop the trigger ("police arrested
    him *at a house*" is no "&ASYLUM" pattern of the dictionary: rule
    trigger.place_not_pattern); after a preposition of ``NEARBY_PREPS`` an event pattern does
    not name the act either ("engineers were seized by gunmen *near the town*" is no "seize +
    town" capture of territory)."""
    if any(":" in w for it in rule.items for w in it):
        return False
    for h in hits:
        head = h
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in preps and _hung_on(prep, tok):
            return True
    return False


def _hung_on(prep: Token, verb: Token) -> bool:
    """``prep`` hangs on ``verb``, or on the object of a phrase hung on it ("seized by gunmen
    *near* the town": the parser hangs the place on the agent)."""
    cur = prep.head
    for _ in range(3):
        if cur.i == verb.i:
            return True
        if cur.dep_ not in ("pobj", "prep", "agent") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _in_circumstance(tok: Token, hits: list[Token]) -> bool:
    """A word the pattern found stands in a phrase of time or circumstance hung on the verb
    ("suspended the strike *after talks*"): not what the verb acts on."""
    for h in hits:
        cur = h
        for _ in range(6):
            if cur.head.i == tok.i:
                if cur.dep_ == "prep" and cur.lower_ in CIRCUMSTANCE_PREPS:
                    return True
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return False


def _light_verb_pattern(t: Trigger, at: dict[int, Trigger]) -> bool:
    if not t.rule.source:
        return False
    for p in t.parts:
        other = at.get(p.i)
        if other is not None and not other.rule.source:
            return True
    return False


REPRESSION_ROOT = "17"  # CAMEO 17x: coerce (170 "broke up a rally", 175 repression)
PROTEST_ROOT = "14"  # CAMEO 14x: protest


def _doers_named(noun: Token) -> bool:
    """Whether a gathering noun names who held it: a possessor ("the miners' march"), a "by"
    phrase on it ("a march *by* miners") or one the parser hangs on the verb after it ("broke
    up a march *by* miners")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and c.i > noun.i
        and any(g.dep_ == "pobj" for g in c.children)
        for h in heads
        for c in h.children
    )


CONSEQUENCE_PATTERN = "@consequence"  # the mark of a trigger made by consequence_rule
COMMENTATOR_NOUNS = words("commentator_nouns")
SECURITY_FORCE_WORDS = words("security_force_words")
WARNING_VERBS = words("warning_verbs")
CONSEQUENCE_SAYERS = SAY_VERBS - WARNING_VERBS  # a warning is a threat of its own
# a warning's own modals of what may come: "warned that X *could* stop the cargo if ..." (the
# vocabulary note of warning_verbs: however modest the modal, the warner threatens it)
WARNED_MODALS = frozenset({"could", "may", "might"})
NOT_ACT_VERBS = words("not_act_verbs")  # "would face", "could lose": no act
# "the minister / a brigade commander / the spokesman warned ...": a state's speaker
OFFICIAL_NOUNS = words("person_role_nouns") | words("state_speaker_nouns")
OWN_SIDE_WORDS = frozenset({"we", "i", "it"})
OWN_SIDE_OWNERS = frozenset({"our", "my", "its"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})


def _clause_words(tok: Token, cond: Token) -> list[Token]:
    """The words of ``tok``'s own clause: its subtree without the condition clause ``cond``
    and without a clause that reports or frames it."""
    skip = {t.i for t in cond.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def _hostile_condition(cond: Token, hits: dict[int, Trigger]) -> bool:
    """Whether the condition clause ``cond`` names another side's act of conflict: a trigger
    of quad class 3 or 4 in it ("if X *seizes* another boat", "should *the expulsions*
    continue"), or a subject that is a noun of material conflict (hostile_act_noun); not a
    condition whose doer is the speaker's own side acting ("if we *are forced* ...")."""
    subjects = [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in FIRST_PERSON and s.dep_ == "nsubj" for s in subjects):
        return False
    if any(_conflict_noun(s) for s in subjects):
        return True
    quads = {hits[t.i].cameo.quad_class for t in cond.subtree if t.i in hits}
    if quads & {3, 4}:
        return True
    # "if Ruritanian troops cross the river again": another state's forces on the move, with
    # no act the lexicon names (a named act of cooperation decides: "if its troops withdraw")
    return not quads and any(_foreign_forces(s) for s in subjects)


STATIVE_ANSWERS = words("stative_answer_verbs")


def _unmet_demand(answer: Token, mark: str, cond: Token, hits: dict[int, Trigger]) -> bool:
    """Whether the condition clause ``cond`` is a demand left unmet by another side ("*unless*
    the government pays", "if our members *are not freed* by Friday", "if X does *not*
    withdraw"), and ``answer`` an act the speaker's side would do, not a state it would be in
    ("we will go back onto the land", not "we will be ruined", "would go bankrupt"): the
    PLOVER definition of THREATEN, a negative act against a target unless demands are met.
    The condition must name another's act: a trigger of its own, or a subject that names a
    party; not the speaker's own doing ("unless we are paid": 'we' acts on no one)."""
    if answer.lemma_.lower() in STATIVE_ANSWERS or any(
        c.dep_ in ("acomp", "attr", "oprd") for c in answer.children
    ):
        return False
    if mark != "unless" and not any(c.dep_ == "neg" for c in cond.children):
        return False
    subjects = [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in FIRST_PERSON and s.dep_ == "nsubj" for s in subjects):
        return False
    if any(t.i in hits for t in cond.subtree):
        return True  # "if our members are not *released*": the act asked of another
    return any(
        s.dep_ == "nsubj" and (_names_party(s) or s.lemma_.lower() in ORGAN_HEADS) for s in subjects
    )


@lru_cache(maxsize=4096)
def _conflict_noun_lemma(lemma: str) -> bool:
    """Any of the lemma's noun rows is an act of material conflict."""
    return any(_noun_rows_in_conflict(lemma, bare=False))


def _conflict_noun(tok: Token) -> bool:
    """ "if *such killings* continue": a noun the lexicon knows, in any of its rows, as an act
    of material conflict (a wider test than hostile_act_noun, for a condition's subject)."""
    return tok.pos_ == "NOUN" and _conflict_noun_lemma(tok.lemma_.lower())


def _foreign_forces(subj: Token) -> bool:
    """ "*Ruritanian troops*", "*Ruritania's navy*": a noun of vocabulary security_force_words
    with a state named before it (not "our troops")."""
    if subj.lemma_.lower() not in SECURITY_FORCE_WORDS and subj.lower_ not in SECURITY_FORCE_WORDS:
        return False
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "poss")]
    return any(
        c.ent_type_ in ("NORP", "GPE") or state_in_lexicon(c.text) for c in mods
    ) and not any(c.lower_ in OWN_SIDE_OWNERS | FIRST_PERSON for c in mods)


# heads of a subject that names a state's own organs ("the Government", "the ministry"), which
# speak for the state whose spokesman or minister reports their answer
ORGAN_HEADS = frozenset({"government", "ministry", "army", "navy", "military", "authorities",
                         "cabinet", "administration", "state", "country", "republic", "forces",
                         "police", "presidency"})  # fmt: skip


def _own_side(subj: Token, sayer: Token) -> bool:
    """Whether ``subj``, the doer of a reported answer, speaks through ``sayer``: "we", "it",
    "our navy", "its army", "the government" (a common noun naming no state), or the sayer's
    own state by name; not "they", "he", another state or a commentator's subject."""
    low = subj.lower_
    if low in OWN_SIDE_WORDS:
        return True
    if subj.pos_ == "PRON":
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_SIDE_OWNERS for c in subj.children):
        return True
    lemma = subj.lemma_.lower()  # "the government", "the army": a state's organ, no thing
    organ = lemma in ORGAN_HEADS or lemma in SECURITY_FORCE_WORDS
    if subj.pos_ != "PROPN" and not organ:
        return False  # "Ruritanian rice would face checks": goods, no doer
    named = [t for t in subj.subtree if t.pos_ in ("PROPN", "ADJ")]
    theirs = next((f for t in named if (f := state_in_lexicon(t.text))), None)
    if theirs is None:
        if organ:
            return True
        # a body's own name ("the Islamic Emirate will ...") said by an official whose state
        # the sentence does not name: the official speaks for it
        return subj.ent_type_ in ("ORG", "GPE") and state_of(sayer) is None
    mine = state_of(sayer)
    return mine is None or mine == theirs


def first_person_doer(subj: Token) -> bool:
    """ "*we* will ...", "*our navy* will ...": a doer the quotation's speaker names as their own."""
    return subj.lower_ in ("we", "i") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children
    )


def reporter(say: Token) -> Token | None:
    """The subject of the verb of saying or warning ``say``: its own, or the one it shares
    with the verb it is joined to ("the committee said ... *and warned* that ...")."""
    own = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if own is None and say.dep_ == "conj" and say.head.pos_ in ("VERB", "AUX"):
        return next((c for c in say.head.children if c.dep_ == "nsubj"), None)
    if own is None and say.dep_ == "advcl" and say.tag_ == "VBG" and say.head.pos_ == "VERB":
        # "the general spoke last, *warning* that ...": a participle set off after the main
        # verb shares its subject (English grammar: a supplementary -ing clause's understood
        # subject is the main clause's; branch threats47)
        return next((c for c in say.head.children if c.dep_ == "nsubj"), None)
    return own


def dropped_warning(say: Token, hits: dict[int, Trigger]) -> bool:
    """Whether ``say`` is a verb of warning (vocabulary warning_verbs) that no row reads as a
    threat of its own: no trigger at it, or its bare row ('warned that ...') whose sense
    senses.tsv drops as a forecast or advice. What the warning's clause says then decides,
    read as a clause a verb of saying reports (rule trigger.warning_content): 'warned that
    anyone found armed *will be disarmed by force*' is the warner's threat, 'warned that prices
    could rise' stays none (PLOVER THREATEN: a warning of coercive or violent action)."""
    if say.lemma_.lower() not in WARNING_VERBS:
        return False
    own = hits.get(say.i)
    if own is None:
        return True
    if own.token.i != say.i or own.rule.items:
        return False  # a row with its words ("warned of retaliation") is the threat itself
    from communique.coding.senses import sense_of  # senses.py reads this module

    found = sense_of(own)
    return found is not None and found[0].cameo is None


def warning_announcer(trig: Trigger) -> Token | None:
    """The verb of warning that reports a threat read from its clause (consequence_rule,
    offenders_rule, declared_target_rule), or None when a verb of saying reports it."""
    tok = trig.token
    if trig.rule.pattern == CONSEQUENCE_PATTERN:
        say = tok.head if tok.dep_ == "ccomp" else None
    elif trig.rule.pattern in (OFFENDERS_PATTERN, TARGET_PATTERN):
        say = announced_threat_parts(tok)[0]
    else:
        return None
    return say if say is not None and say.lemma_.lower() in WARNING_VERBS else None


def consequence_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "If X's troops cross the river again, *we will not remain silent*", "should the
    deportations go on, the cabinet *will refer* the dispute to the AU, the ministry
    said": a side's own act announced with will/would/shall (vocabulary answer_modals) as the
    answer to another side's act of conflict named in a condition (if, unless, an inverted
    'should') is a threat, whatever verb tells the answer (PLOVER THREATEN: a statement of a
    future or conditional coercive act against a target; CAMEO 130 when the act is not
    named by a trigger of its own). Only in reported speech (a verb of saying, not of warning,
    whose subject is no commentator) whose speaker is the answer's doer's side (_own_side);
    not when the clause of the answer holds a trigger of its own (the act it names decides:
    "would send aid if attacked" stays a promise), nor with a condition that names no act of
    conflict ("will sign if they agree"). The rule: trigger.conditional_consequence."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
        return None
    kids = list(tok.children)
    if tok.dep_ != "ccomp":
        return None
    say = tok.head
    # "he warned that X could stop the cargo if ...": a warning no row reads decides by its
    # clause (rule trigger.warning_content), with the modals of a warning too
    warned = dropped_warning(say, hits)
    modals = ANSWER_MODALS | WARNED_MODALS if warned else ANSWER_MODALS
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (say.lemma_.lower() not in CONSEQUENCE_SAYERS and not warned):
        return None
    sayer = reporter(say)
    if sayer is None or sayer.lemma_.lower() in COMMENTATOR_NOUNS or not _own_side(subj, sayer):
        return None
    if warned and (
        tok.lemma_.lower() in NOT_ACT_VERBS
        or not (
            sayer.pos_ == "PRON"
            or sayer.ent_type_ == "PERSON"
            or sayer.lemma_.lower() in OFFICIAL_NOUNS
            or state_of(sayer) is not None
            or first_person_doer(subj)
        )
    ):
        # "the bank warned that Zambia would face a recession if ...": what a side would
        # suffer is no act (vocabulary not_act_verbs), and a warner that is no state's speaker
        # (a bank, an agency; not "he", an official, a person or a state) announces no
        # state's act
        return None
    if any(c.dep_ == "neg" for c in say.children):
        return None
    found = condition_of(tok)
    if found is None or (found[0] not in ("if", "unless") and found[0] not in INVERTING_AUX):
        return None
    cond = found[1]
    if found[0] == "unless" and any(c.dep_ == "neg" for c in kids):
        return None  # "would not cross the line unless attacked": restraint promised, no threat
    if any(t.i in hits for t in _clause_words(tok, cond) if t.i != say.i):
        return None
    if not (_hostile_condition(cond, hits) or _unmet_demand(tok, found[0], cond, hits)):
        return None
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="conditional", items=(), cameo="130", line=0,
        pattern=CONSEQUENCE_PATTERN,
    )  # fmt: skip


KEPT_PATTERN = "@kept_until"  # the mark of a trigger made by kept_until_rule
KEPT_VERBS = words("kept_measure_verbs")  # stay, remain, keep
KEPT_STATES = words("kept_measure_states")  # closed, suspended, in force, in custody ...
KEPT_MARKS = frozenset({"until", "till", "unless"})


def _kept_state(tok: Token) -> Token | None:
    """The state a measure is kept in: "will *stay closed*", "would *remain in force*", "will
    *be kept shut*", "will *keep* the border *closed*" (vocabulary kept_measure_states: a
    closure, a suspension, a ban, custody), or None ("will stay open", "remain calm")."""
    for c in tok.children:
        if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advmod", "prt", "dobj"):
            if c.lower_ in KEPT_STATES or c.lemma_.lower() in KEPT_STATES:
                return c
            if c.dep_ == "dobj":  # "keep the crossing closed" parsed with the state on the object
                for g in c.children:
                    if g.dep_ in ("amod", "acomp", "oprd") and g.lower_ in KEPT_STATES:
                        return g
        if c.dep_ == "prep" and c.lower_ in ("in", "under"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in KEPT_STATES:
                return obj
    return None


def _demanded_party(cond: Token) -> Token | None:
    """The party named as the doer of what an "until"/"unless" clause waits for: "until
    *Ruritania* pays", "unless *the Freedonian government* refunds the fees"; a state, a
    nationality, a body, not "we", not a thing ("until the storm passes")."""
    subj = next((c for c in cond.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in FIRST_PERSON or subj.pos_ == "PRON":
        return None
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subj.children):
        return None
    if subj.ent_type_ in GROUP_PARTY_ENTS or state_in_lexicon(subj.text):
        return subj
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "poss")]
    if any(c.ent_type_ in GROUP_PARTY_ENTS or state_in_lexicon(c.text) for c in mods):
        return subj
    return None


def kept_condition(tok: Token) -> tuple[Token, Token] | None:
    """The "until"/"unless" clause of a measure announced to be kept, and the party it waits
    for (kept_until_rule), or None."""
    for c in tok.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ in KEPT_MARKS for m in c.children):
            continue
        if (party := _demanded_party(c)) is not None:
            return c, party
    return None


def kept_until_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "The minister said the crossing *would stay closed until Ruritania pays* its debts",
    "the tariffs *will remain in force unless Freedonia refunds* the fees": a measure a side
    announces it will keep in force until, or unless, another named side does what is asked
    is a threat of a coercive act continued until demands are met (PLOVER THREATEN: a
    statement of intent to commit a negative act against a target unless demands are met;
    CAMEO 130). The measure is kept (vocabulary kept_measure_verbs: stay, remain, keep) in a
    state of closure, suspension or custody (kept_measure_states), with will/would/shall, in a
    clause a verb of saying or warning reports (its speaker no commentator) or in a quotation;
    not negated, not with a trigger of its own in the clause ('will keep imposing duties until
    ...': that act decides), not waiting for a thing ("until the storm passes") or for the
    speaker's own side. The rule: trigger.kept_until."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in KEPT_VERBS:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in ANSWER_MODALS for c in kids):
        return None
    if any(c.dep_ == "neg" for c in kids) or _kept_state(tok) is None:
        return None
    found = kept_condition(tok)
    if found is None:
        return None
    if tok.dep_ == "ccomp":
        say = tok.head
        if say.lemma_.lower() not in SAY_VERBS or any(c.dep_ == "neg" for c in say.children):
            return None
        sayer = reporter(say)
        if sayer is None or sayer.lemma_.lower() in COMMENTATOR_NOUNS:
            return None
    elif not (tok.dep_ == "ROOT" and in_quotation(tok)):
        return None
    skip = {t.i for t in found[0].subtree}
    own = hits.get(tok.i)
    if own is not None:
        if own.token.i != tok.i or own.cameo.plover not in ("COERCE", "SANCTION"):
            return None
        skip |= {p.i for p in own.parts}  # "will stay in custody until ...": the measure kept
    if any(t.i in hits for t in tok.subtree if t.i not in skip and t.i != tok.i):
        return None
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="verb", items=(), cameo="130", line=0, pattern=KEPT_PATTERN
    )


PUNISHMENT_PATTERN = "@punishment"  # the mark of a trigger made by punishment_rule
PUNISHMENT_VERBS = words("punishment_receiving_verbs")
PUNISHMENT_NOUNS = words("punishment_nouns")
PUNISHMENT_MODALS = ANSWER_MODALS | frozenset({"could", "may", "might"})
COSTLY_ADVERBS = words("costly_adverbs")


def punishment_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "Poland said *Belarus would face consequences* if ...", "the ministry said the
    aggressors *will pay a heavy price*": a speaker's statement that another side will or may
    receive punishment (vocabulary punishment_receiving_verbs with a noun of punishment_nouns
    as its object) announces that punishment: the speaker's threat against that side (PLOVER
    THREATEN; CAMEO 130, not specified), as the "warned that X would face / would pay" rows of
    triggers.tsv read it after a verb of warning. Only in a clause a verb of saying reports
    (not of warning, which has its own rows; not negated, not by a commentator), whose subject
    is not the speaker's own side; not "would not face", "faced consequences" (no modal: what
    happened). The rule: trigger.announced_punishment (actor.speaker, recipient.punished_party)."""
    if tok.pos_ != "VERB":
        return None
    clause = punishment_clause(tok)
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in PUNISHMENT_MODALS for c in clause.children):
        return None
    negated = any(c.dep_ == "neg" for c in (*kids, *clause.children))
    if tok.lemma_.lower() == "go" and any(c.lower_ == "unpunished" for c in kids):
        if not negated:  # "the raid *will not go unpunished*": it will be punished
            return None
    elif (
        negated
        or tok.lemma_.lower() not in PUNISHMENT_VERBS
        or not any(  # "X would face consequences", "X will pay dearly"
            (c.dep_ == "dobj" and c.lemma_.lower() in PUNISHMENT_NOUNS)
            or (tok.lemma_.lower() == "pay" and c.dep_ == "advmod" and c.lower_ in COSTLY_ADVERBS)
            for c in kids
        )
    ):
        return None
    subj = _punished_subject(clause)
    say = punishment_sayer(tok)
    if subj is None or say is None or say.i in hits:
        return None
    if (
        tok.lemma_.lower() == "pay"
        and not any(c.dep_ == "dobj" for c in kids)
        and not (_names_party(subj) or state_of(subj) or subj.lower_ in CLASS_PRONOUNS)
    ):
        return None  # "consumers will pay heavily for the tax": a cost, no one punishes
    sayer = reporter(say)
    if _own_side(subj, sayer) and subj.lower_ != "they":
        return None  # "we will pay a price": the speaker's own cost, no threat
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="verb", items=(), cameo="130", line=0,
        pattern=PUNISHMENT_PATTERN,
    )  # fmt: skip


def punishment_clause(tok: Token) -> Token:
    """The verb that carries the modal and the subject of a punishment's verb: "X *will be
    made* to pay a heavy price" (a passive 'make' over 'pay': the punishment imposed on X,
    Merriam-Webster make 'to compel to act', rule trigger.made_to_pay), else the verb itself."""
    head = tok.head
    if (
        tok.dep_ in ("xcomp", "advcl")  # the parser hangs "to pay" either way
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and head.lemma_.lower() == "make"
        and any(c.dep_ == "auxpass" for c in head.children)
    ):
        return head
    return tok


def _punished_subject(clause: Token) -> Token | None:
    deps = ("nsubj", "nsubjpass") if clause.lemma_.lower() == "make" else ("nsubj",)
    return next((c for c in clause.children if c.dep_ in deps), None)


def punished_party(tok: Token) -> Token | None:
    """The subject of a punishment said to await a side (punishment_rule) when it names a
    party ("*Belarus* would face consequences", "*Manila* will pay a price"); None for "those
    responsible", "anyone who ...": the target is then the story's other side."""
    subj = _punished_subject(punishment_clause(tok))
    if subj is None or not (_names_party(subj) or state_of(subj)):
        return None
    return subj


def punishment_sayer(tok: Token) -> Token | None:
    """The verb of saying (not of warning) that reports ``tok``'s clause, with a subject that
    is no commentator and no negation, or None."""
    tok = punishment_clause(tok)
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in CONSEQUENCE_SAYERS:
        return None
    say = tok.head
    sayer = reporter(say)
    if sayer is None or sayer.lemma_.lower() in COMMENTATOR_NOUNS:
        return None
    if any(c.dep_ == "neg" for c in say.children):
        return None
    return say


OFFENDERS_PATTERN = "@offenders_punished"  # the mark of a trigger made by offenders_rule
TARGET_PATTERN = "@declared_target"  # the mark of a trigger made by declared_target_rule
LEGAL_PUNISHMENT_NOUNS = words("legal_punishment_nouns")
PASSIVE_PUNISHMENT_VERBS = words("passive_punishment_verbs")
PASSIVE_SANCTION_VERBS = words("passive_sanction_verbs")
# a state's powers over people in its own jurisdiction: arrest, detention, prosecution and the
# administrative sanctions (not 'punish', said by foreign ministries of attacks abroad too)
DOMESTIC_POWER_VERBS = (PASSIVE_PUNISHMENT_VERBS - {"punish"}) | PASSIVE_SANCTION_VERBS
LIABILITY_WORDS = words("liability_adjectives")
CLASS_DETERMINERS = words("class_determiners")
CLASS_PRONOUNS = words("class_pronouns")
OFFENDER_NOUNS = words("offender_nouns")
ENEMY_NOUNS = words("declared_enemy_nouns")
LAW_NOUNS = words("law_nouns")
HEDGED_TARGET = words("hedged_target_adjectives")


def _announcer(tok: Token, hits: dict[int, Trigger]) -> Token | None:
    """The verb of saying or warning that reports ``tok``'s clause (``tok`` the clause's verb,
    or a verb joined to it: 'said that X would be treated as ..., and that Y *will be held*
    ...'), with a subject that is no commentator, not negated and no trigger of its own (a
    warning the lexicon reads already is the threat), or None."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY_VERBS:
        return None
    say = clause.head
    sayer = reporter(say)
    if sayer is None or sayer.lemma_.lower() in COMMENTATOR_NOUNS:
        return None
    if say.i in hits and not dropped_warning(say, hits):
        return None  # a warning a row reads is the threat itself
    if sayer.lemma_.lower() in LAW_NOUNS or any(c.dep_ == "neg" for c in say.children):
        return None  # "the law says offenders will be jailed": a law's penalty, no threat
    if any(
        t.lower_ == "under" and any(o.lemma_.lower() in LAW_NOUNS for o in t.children)
        for t in tok.sent
    ):
        return None  # "under the new law, anyone who ... will be jailed": what a law lays down
    return say


def announced_threat_parts(tok: Token) -> tuple[Token | None, Token | None]:
    """For a trigger of offenders_rule or declared_target_rule: the verb of saying that
    reports it (its subject is the doer: actor.speaker) and the side the punishment or the
    violence falls on, the clause's subject when it is no bare pronoun of a class ('anyone',
    'those': the story decides who), or None."""
    say = _announcer(tok, {})
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in CLASS_PRONOUNS | OWN_SIDE_WORDS:
        subj = None
    return say, subj


def offender_class(subj: Token) -> bool:
    """A subject that names a class of people by what they do or may do, not one party: 'any
    officer', 'every soldier', 'anyone', 'those', 'leaders *who* continue ...', 'soldiers
    *found* deserting', 'deserters', 'those responsible' (English grammar: a generic noun phrase
    with a restrictive relative clause or a universal determiner reads as a condition: 'anyone
    who X will be punished' = 'if anyone X, they will be punished')."""
    low = subj.lemma_.lower()
    if low in CLASS_PRONOUNS or low in OFFENDER_NOUNS:
        return True
    kids = list(subj.children)
    if any(c.dep_ == "det" and c.lower_ in CLASS_DETERMINERS for c in kids):
        return True
    return subj.pos_ in ("NOUN", "PRON") and any(c.dep_ in ("relcl", "acl") for c in kids)


def _participle_class(tok: Token, kids: list[Token]) -> Token | None:
    """ "anyone found with a rifle will be disarmed", "anyone spreading rumours would be
    arrested": the small parser may read the participle as a clausal subject with the class
    pronoun as its own subject, or split the clause in two (_stranded_class); the class
    pronoun is the passive's subject."""
    clause = next(
        (c for c in kids if c.dep_ == "csubjpass" and c.tag_ in ("VBN", "VBD", "VBG")), None
    )
    if clause is not None:
        return next(
            (
                c
                for c in clause.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in CLASS_PRONOUNS
            ),
            None,
        )
    return _stranded_class(tok)


def _stranded_class(tok: Token) -> Token | None:
    """ "said anyone caught looting would be arrested": the small parser may split the
    reported clause in two, a participle ('caught', read as a past verb with 'anyone' as its
    subject) and the passive punishment with no subject of its own, both hung on the verb of
    saying. The class pronoun of the participle just before the passive is the passive's
    subject (English grammar: 'anyone caught X' is one noun phrase, the class)."""
    if tok.dep_ not in ("ccomp", "conj") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return None
    first = tok.left_edge.i
    for part in tok.head.children:
        if (
            part.dep_ == "ccomp"
            and part.i < tok.i
            and part.right_edge.i + 1 == first
            and part.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" for c in part.children)
        ):
            return next(
                (
                    c
                    for c in part.children
                    if c.dep_ == "nsubj" and c.i < part.i and c.lemma_.lower() in CLASS_PRONOUNS
                ),
                None,
            )
    return None


def _modal_future(kids: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PUNISHMENT_MODALS for c in kids)


def offenders_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "The minister said *any officer who joins the rebels will face a court martial*",
    "police said *anyone who loots will be arrested*", "it said *leaders who do so will be
    held criminally responsible*", "said *Estonia would be held responsible*": a speaker's
    statement that a class of offenders (offender_class) or a named party will or would be
    punished (a passive verb of vocabulary passive_punishment_verbs; 'held' responsible or
    accountable; 'brought to justice'; or face / receive a legal punishment of vocabulary
    legal_punishment_nouns) announces that punishment: the speaker's threat (PLOVER THREATEN:
    a statement of intent to commit a negative act against a target unless demands are met;
    CAMEO 137 Threaten with repression for a class of offenders, 130 for a named party). Only
    in a clause a verb of saying or warning reports (not by a commentator, not negated, not a
    trigger itself); with will/would/could/may; not negated; not past ('were arrested').
    The rule: trigger.offenders_punished."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids) or not _modal_future(kids):
        return None
    lemma = tok.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in kids)
    subj = next((c for c in kids if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
    if subj is None and passive:
        subj = _participle_class(tok, kids)
    if subj is None:
        return None
    if passive:
        held = lemma == "hold" and any(
            c.dep_ in ("oprd", "acomp", "advmod") and c.lemma_.lower() in LIABILITY_WORDS
            for c in kids
        )
        brought = lemma == "bring" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_ == "justice" for o in c.children)
            for c in kids
        )
        met = _met_with_force(tok, kids)
        forced = _by_force(kids) or lemma in PASSIVE_FORCE_VERBS
        dealt = lemma == "deal" and _firmly(kids)  # "will be dealt with firmly"
        # "whoever shelters them will be treated as an accomplice / like the killers
        # themselves": the punishment of the offence shared (branch threats47)
        treated = lemma == "treat" and _treated_as_offender(kids)
        sanction = lemma in PASSIVE_SANCTION_VERBS  # "will be dismissed": for a class only
        if not (
            held
            or brought
            or met
            or forced
            or dealt
            or treated
            or sanction
            or lemma in PASSIVE_PUNISHMENT_VERBS
        ):
            return None
    elif not (
        lemma in PUNISHMENT_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in LEGAL_PUNISHMENT_NOUNS for c in kids)
    ) and not _answers_to_law(tok, kids):
        return None
    generic = offender_class(subj)
    if not generic and not (passive and (_names_party(subj) or state_of(subj))):
        return None
    if passive and not generic and (lemma in PASSIVE_SANCTION_VERBS or lemma == "charge"):
        return None  # "the minister will be dismissed / charged": news of a plan, no threat
    say = _announcer(tok, hits)
    if say is None:
        return None
    own = hits.get(tok.i)
    if (
        say.i in hits
        and own is not None
        and own.token.i == tok.i
        and lemma in PASSIVE_PUNISHMENT_VERBS
    ):
        return None  # "warned that anyone who ... would be arrested": the lexicon's reading of
        # the warned arrest stands (recode.planned, actor.warner, aimed at the warner's people)
    sayer = reporter(say)
    if not generic and _own_side(subj, sayer):
        return None  # "we will be held responsible": the speaker's own liability
    if passive and (forced or (met and met.lemma_.lower() == "force")):
        cameo = "138"  # "will be disarmed by force", "will be met with force"
    elif passive and lemma in PASSIVE_SANCTION_VERBS:
        cameo = "132"  # "will be dismissed / banned / fined": an administrative sanction
    elif passive and met:
        cameo = "130"  # "any incursion will be met with a firm response": a class of acts
    else:
        cameo = "137" if generic else "130"
    return TriggerRule(
        lemma=lemma, pos="verb", items=(), cameo=cameo, line=0, pattern=OFFENDERS_PATTERN,
    )  # fmt: skip


def coercion_at_home(tok: Token) -> bool:
    """Whether an offenders_rule trigger announces coercion done to people where the speaker
    governs: disarmed, removed or hunted by force, dealt with firmly, made to answer under the
    law ('anyone found armed *will be disarmed by force*', '*will answer under the criminal
    code*'): a state's executive enforcing its own order, aimed at home like a police
    warning (rule recipient.domestic_target); not 'will be met with force', said of
    incursions and attacks from abroad too, nor 'held accountable', said by foreign ministries."""
    kids = list(tok.children)
    if tok.lemma_.lower() == "answer":
        return _answers_to_law(tok, kids)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    if tok.lemma_.lower() == "deal":
        return _firmly(kids)
    if tok.lemma_.lower() in DOMESTIC_POWER_VERBS:
        # "anyone spreading rumours *will be arrested*", "teachers who stay away *will be
        # dismissed*": arrest, charge or dismissal of a class is a power the speaker's state
        # holds only at home (not 'punished' or 'held accountable', said of acts abroad too)
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None) or _participle_class(
            tok, kids
        )
        return subj is not None and offender_class(subj)
    return _by_force(kids) or tok.lemma_.lower() in PASSIVE_FORCE_VERBS


RESPONSE_NOUNS = words("coercive_response_nouns")
PASSIVE_FORCE_VERBS = words("passive_force_verbs")
FIRM_MANNER = words("firm_manner_adverbs")
FIRM_ADJECTIVES = words("firm_response_adjectives")
LEGAL_FORUM_NOUNS = words("legal_forum_nouns")


def _met_with_force(tok: Token, kids: list[Token]) -> Token | None:
    """ "any attempt *will be met with force / with the firmness of the law / with a firm
    response*": the noun of a coercive answer (vocabulary coercive_response_nouns; 'response'
    and 'reaction' only with an adjective of firmness, firm_response_adjectives: 'a positive
    response' is none) after 'with' of a passive 'meet', or None."""
    if tok.lemma_.lower() != "meet":
        return None
    for c in kids:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for o in c.children:
            low = o.lemma_.lower()
            if o.dep_ == "pobj" and low in RESPONSE_NOUNS:
                return o
            if (
                o.dep_ == "pobj"
                and low in ("response", "reaction", "answer")
                and any(
                    a.dep_ == "amod" and a.lemma_.lower() in FIRM_ADJECTIVES for a in o.children
                )
            ):
                return o
    return None


def _firmly(kids: list[Token]) -> bool:
    """ "will be dealt with *firmly*": an adverb of firm manner (vocabulary
    firm_manner_adverbs) on the verb, or read by the parser as the object of its 'with' (the
    particle of 'deal with', often so parsed inside quotation marks)."""
    return any(c.dep_ == "advmod" and c.lower_ in FIRM_MANNER for c in kids) or any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.tag_ == "RB" and o.lower_ in FIRM_MANNER for o in c.children)
        for c in kids
    )


def _by_force(kids: list[Token], preps: tuple[str, ...] = ("by",)) -> bool:
    """ "*will be disarmed / removed / cleared by force*": a passive done 'by force' (the
    agent phrase of the parse, or a 'by' phrase), an act of coercion whatever the verb; with
    ``preps`` ('by', 'with') also an answer given 'with force'."""
    return any(
        c.dep_ in ("agent", "prep")
        and c.lower_ in preps
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "force" for o in c.children)
        for c in kids
    )


def _treated_as(kids: list[Token]) -> Token | None:
    """The noun of the 'as' or 'like' phrase of a passive 'treat', 'regard' or 'consider'
    ('will be treated *as an enemy*', 'will be treated *like the killers* themselves', 'in
    the same way *as the killers*'), or None."""
    preps = [c for c in kids if c.dep_ == "prep"]
    for c in list(preps):
        if c.lower_ == "in":  # "in the same way / manner as ...": its 'as' phrase
            preps += [
                p for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in ("way", "manner")
                for p in o.children if p.dep_ == "prep"
            ]  # fmt: skip
    return next(
        (o for c in preps if c.lower_ in ("as", "like") for o in c.children if o.dep_ == "pobj"),
        None,
    )


def _treated_as_offender(kids: list[Token]) -> bool:
    """ "anyone who hides them *will be treated as an accomplice* / *like the killers
    themselves*": a passive 'treat' whose 'as' or 'like' noun names offenders (vocabulary
    offender_nouns): those who help an offence are to be punished as its doers are (rule
    trigger.offenders_punished; branch threats47)."""
    noun = _treated_as(kids)
    return noun is not None and noun.lemma_.lower() in OFFENDER_NOUNS


def _answers_to_law(tok: Token, kids: list[Token]) -> bool:
    """ "anyone who ... *will answer before the courts / under the criminal code / to the
    law*": to answer to a law or a court is to be held liable under it (Merriam-Webster answer,
    intransitive: 'to be responsible or accountable'; vocabulary legal_forum_nouns)."""
    if tok.lemma_.lower() != "answer":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "before", "under")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in LEGAL_FORUM_NOUNS for o in c.children)
        for c in kids
    )


def declared_target_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "The rebels said *every army convoy is a legitimate target*", "the militia said any
    soldier found in the valley *would be treated as an enemy*": a side's declaration that a
    class of people or things, or a named party, is a target or an enemy (vocabulary
    declared_enemy_nouns, the attribute of a copula or the 'as' phrase of a passive 'treat' or
    'regard') announces violence against them: the speaker's threat with military force
    (PLOVER THREATEN, a warning of violent action; CAMEO 138). Only in a clause a verb of
    saying or warning reports (no commentator, not negated); not negated; the subject a class
    (every, any, all: offender_class) or a named party; not 'a potential / likely target'
    (a risk assessed, no declaration). The rule: trigger.declared_target."""
    if tok.dep_ in ("aux", "auxpass"):
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    noun = None
    if (
        tok.lemma_ == "be"
        and tok.tag_ in ("VBZ", "VBP", "MD")
        or (tok.lemma_ == "be" and _modal_future(kids))
    ):
        noun = next((c for c in kids if c.dep_ == "attr"), None)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    elif tok.lemma_.lower() in ("treat", "regard", "consider") and any(
        c.dep_ == "auxpass" for c in kids
    ):
        if not _modal_future(kids):
            return None
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        noun = _treated_as(kids)  # "as an enemy", "like an invader" (branch threats47)
    else:
        return None
    if noun is None or subj is None or noun.lemma_.lower() not in ENEMY_NOUNS:
        return None
    if tok.lemma_ == "be" and noun.lemma_.lower() != "target":
        return None  # "X is our enemy": an opinion of a side, no act announced
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children):
        return None  # "is a target of hackers": what others do to it
    if any(c.lemma_.lower() in HEDGED_TARGET for c in noun.children):
        return None
    if not (offender_class(subj) or _names_party(subj) or state_of(subj)):
        return None
    if _announcer(tok, hits) is None:
        return None
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="verb", items=(), cameo="138", line=0,
        pattern=TARGET_PATTERN,
    )  # fmt: skip


MEASURES_PATTERN = "@measures_against"  # the mark of a trigger made by measures_rule
STEP_NOUNS = words("punitive_step_nouns")
STEP_VERBS = words("step_taking_verbs")
_PLAN_TAGS = ("VBG",)  # "is preparing / considering steps against X": a plan under way


RECOURSE_PATTERN = "@forum_recourse"  # the mark of a trigger made by recourse_rule
RECOURSE_VERBS = words("recourse_verbs")
RECOURSE_MATTERS = words("recourse_matter_nouns")
RECOURSE_FORUMS = words("recourse_forum_nouns")
RECOURSE_BODIES = words("recourse_named_bodies")
JUDICIAL_OFFICERS = words("judicial_officer_nouns")


def _forum(tok: Token) -> bool:
    """A court, a tribunal, arbitration or an international body named as where a matter is
    taken ('the International Court of Justice', 'the Security Council', 'the SADC Organ',
    'the UN'): a noun of vocabulary recourse_forum_nouns, or a proper name of a council,
    commission or organ (vocabulary recourse_named_bodies; 'the ethics committee', 'the full
    chamber' are a body's own procedure, no recourse against anyone)."""
    for t in (tok, *tok.conjuncts):
        low = t.lemma_.lower()
        if low in RECOURSE_FORUMS:
            return True
        if t.pos_ == "PROPN" and low in RECOURSE_BODIES:
            return True
    return False


def recourse_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "If the evictions go on, the cabinet *will bring the dispute before* the
    regional court", "we *will take the issue to* the Security Council": a side's announced
    act of taking a matter, an issue or a dispute before a court, a tribunal, arbitration or
    an international body (vocabulary recourse_verbs with an object of recourse_matter_nouns
    and 'to' or 'before' a forum, _forum) with will/would/shall is a statement of intent to act
    against the other side of the dispute: a threat of a non-force step (PLOVER THREATEN: a
    statement of intent to commit a negative act against a target; CAMEO 131 Threaten
    non-force, 'all non-force threats not otherwise specified'; the codebook has no code of
    its own for a threat of legal or diplomatic recourse, and 115 'bring lawsuit against' is
    the act done). The target is who must stop (a condition's doer) or the doer of the act
    the story told last against the speaker's side (recipient.answered_move). Not negated,
    not a court's or a judge's referral, not said by a commentator. The rule:
    trigger.forum_recourse."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RECOURSE_VERBS or tok.i in hits:
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ANSWER_MODALS for c in kids):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in RECOURSE_MATTERS for c in kids):
        return None
    if not any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "before")
        and any(o.dep_ == "pobj" and _forum(o) for o in c.children)
        for c in kids
    ):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    low = subj.lemma_.lower()
    if low in RECOURSE_FORUMS or low in RECOURSE_BODIES or low in COMMENTATOR_NOUNS:
        return None  # "the court will refer the case to a higher court": procedure
    if low in JUDICIAL_OFFICERS:
        return None
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="verb", items=(), cameo="131", line=0,
        pattern=RECOURSE_PATTERN,
    )  # fmt: skip


ANSWERED_PATTERN = "@answered_attack"  # the mark of a trigger made by answered_attack_rule
ANSWERING_VERBS = words("attack_answering_verbs")


def answered_attack(tok: Token) -> Token | None:
    """The act of conflict an answer announced with will/would names as what it answers
    ('would respond *to any attack*', 'will answer *every incursion*', 'would retaliate *against
    any strike*'): a noun the lexicon knows as an act of material conflict (hostile_act_noun),
    the object of 'answer' or the object of 'to' / 'against' after the verb, or None."""
    for c in tok.children:
        if c.dep_ == "dobj" and (hostile_act_noun(c) or armed_act_noun(c)):
            return c
        if c.dep_ == "prep" and c.lower_ in ("to", "against"):
            found = next(
                (o for o in c.children
                 if o.dep_ == "pobj" and (hostile_act_noun(o) or armed_act_noun(o))),
                None,
            )  # fmt: skip
            if found is not None:
                return found
    return None


ARMED_ACT_NOUNS = words("armed_act_nouns")
ARMED_MODIFIERS = words("armed_act_modifiers")


def armed_act_noun(tok: Token) -> bool:
    """ "would answer every *military operation*", "will respond to any *armed move*": a noun
    of an undertaking (vocabulary armed_act_nouns) that a word of arms (armed_act_modifiers)
    makes an act of force; 'a diplomatic move', 'a police operation' are none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ARMED_ACT_NOUNS:
        return False
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_MODIFIERS for c in tok.children
    )


def answered_attack_rule(tok: Token, hits: dict[int, Trigger]) -> TriggerRule | None:
    """ "Tehran *would respond to any attack* with overwhelming force", "the guerrillas *will
    answer every incursion*": a side's answer to another's act of conflict (answered_attack),
    announced with will/would/shall (vocabulary answer_modals; attack_answering_verbs: answer,
    respond, retaliate, react), is a threat to strike back at whoever does it (PLOVER
    THREATEN: a statement of intent to commit a negative act against a target, a warning of
    coercive or violent action; CAMEO 130, or 138 Threaten with military force when the answer
    is 'with force' or 'militarily'). Not negated; not a reply to a text or an offer ('would
    respond to the letter': no act of conflict). The act answered (any attack) keeps its own reading, hypothetical). The rule: trigger.answered_attack."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ANSWERING_VERBS or tok.i in hits:
        return None
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ANSWER_MODALS for c in kids):
        return None
    if answered_attack(tok) is None:
        return None
    if not any(c.dep_ == "nsubj" for c in kids):
        return None
    forced = _by_force(kids, ("by", "with")) or any(
        c.dep_ == "advmod" and c.lower_ == "militarily" for c in kids
    )
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="verb", items=(), cameo="138" if forced else "130",
        line=0, pattern=ANSWERED_PATTERN,
    )  # fmt: skip


def measures_rule(tok: Token) -> TriggerRule | None:
    """ "the bloc announced that it *might weigh new measures against* the junta's officers",
    "Britain *will take steps against* X", "is preparing measures against X": an unnamed step
    (vocabulary punitive_step_nouns) that a side will, would or may take, or is preparing or
    weighing (step_taking_verbs), aimed by 'against' at a named party, is a threat of an
    unspecified coercive act (PLOVER THREATEN: a statement of a future coercive act against a
    target; CAMEO 130). Not "took measures against X" (done: the act, not a threat), not
    "measures against the virus" (no party), not negated. The rule: trigger.measures_against."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STEP_NOUNS or tok.dep_ != "dobj":
        return None
    verb = tok.head
    if verb.lemma_.lower() not in STEP_VERBS or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in PUNISHMENT_MODALS for c in kids)
    planned = verb.tag_ in _PLAN_TAGS and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids)
    if not (modal or planned):
        return None
    against = [
        o
        for p in (*tok.children, *kids)
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not any(_names_party(o) or o.lemma_.lower() in ORGAN_HEADS for o in against):
        return None
    return TriggerRule(
        lemma=tok.lemma_.lower(), pos="noun", items=(), cameo="130", line=0,
        pattern=MEASURES_PATTERN,
    )  # fmt: skip


def find_triggers(sent: Span) -> list[Trigger]:
    """Triggers in a sentence; a word used to complete another trigger is not a trigger itself."""
    found = [t for t in (match(tok) for tok in sent) if t is not None]
    at = {t.token.i: t for t in found}
    # "opened an investigation", "expected to visit": a converted pattern whose required word
    # is itself a hand-written trigger leaves the event to that word (as filter.light_verb)
    found = [t for t in found if not _light_verb_pattern(t, at)]
    # "granted … asylum" and "asylum … granted" name one event: the governing word keeps it
    for t in found:
        for p in list(t.parts):
            other = at.get(p.i)
            if (
                other is not None
                and t.token.head.i == p.i
                and t.token.dep_ in ("amod", "compound")
                and other.token.pos_ in ("NOUN", "PROPN")
                and misparsed_subject(t.token) is None  # "X threatened attacks": a verb
            ):  # "*joint* … exercises": a modifier claiming the noun event it modifies joins
                t.parts = [q for q in t.parts if q.i != p.i]  # that event, which keeps it
                if all(q.i != t.token.i for q in other.parts):
                    other.parts = sorted([*other.parts, t.token], key=lambda q: q.i)
                continue
            mutual = other is not None and any(q.i == t.token.i for q in other.parts)
            governed = p.head.i == t.token.i or (p.dep_ == "pobj" and p.head.head.i == t.token.i)
            if mutual and governed:  # "exempted X *from* the duties": the verb keeps the noun
                if misparsed_subject(p) is not None:  # "Trump imposed duties" read as a noun
                    t.parts = [q for q in t.parts if q.i != p.i]  # phrase: the verb keeps it
                else:
                    other.parts = [q for q in other.parts if q.i != t.token.i]
    used = {p.i for t in found for p in t.parts}
    # "police broke up *a march by* miners": the gathering ended by force, with its doers
    # named, took place: it stays an event of its own (rule trigger.ended_gathering)
    for t in found:
        if not t.cameo.code.startswith(REPRESSION_ROOT):
            continue
        for p in t.parts:
            if p.i in at and at[p.i].cameo.code.startswith(PROTEST_ROOT) and _doers_named(p):
                used.discard(p.i)
                at[p.i].ended_by = t.words()
    for t in found:  # the demanded act is content
        if t.rule.pos == "aux" and (ob := obligation(t.token)) is not None:
            used.add(ob[1].i)
    kept = [t for t in found if t.token.i not in used]
    hits = {t.token.i: t for t in found} | {p.i: t for t in found for p in t.parts}
    for tok in sent:  # an answer on condition told with no trigger word of its own
        if tok.i in hits:
            continue
        rule = (
            consequence_rule(tok, hits)
            or punishment_rule(tok, hits)
            or measures_rule(tok)
            or recourse_rule(tok, hits)
            or answered_attack_rule(tok, hits)
        )
        if rule is not None:
            kept.append(Trigger(tok, rule))
    for tok in sent:  # a punishment or a target announced for a class of offenders or a party
        own = hits.get(tok.i)
        if own is not None and (own.token.i != tok.i or own not in kept):
            continue  # part of another trigger's words
        rule = (
            offenders_rule(tok, hits)
            or declared_target_rule(tok, hits)
            or kept_until_rule(tok, hits)
        )
        if rule is not None:  # "would be arrested": the arrest announced is the threat
            kept = [t for t in kept if t is not own]
            kept.append(Trigger(tok, rule))
    return sorted(kept, key=lambda t: t.token.i)
