"""Acts that a clause's grammar tells as not done (branch forbid34, issue #12 "no forbidden event").

Shapes the cue words of modality.tsv do not reach, each read from the parse (and the purpose of a
trip placed ahead, planned_purpose below):

- a negative phrase of time or manner on the act's verb ("*at no point* pushed back", "*in no
  way* helped", "*under no circumstances* will send"): a preposition whose object is a noun of
  time, occasion or manner with the determiner "no" (vocabulary negative_phrase_nouns) denies the
  act (rule modality.negative_phrase);
- a share denied in a named act ("played *no part in* the attack", "had *no role in* the
  raid"): a noun act after "in" hung on a share noun (vocabulary share_nouns) with "no", or on
  the verb whose object that noun is, was not done by the subject (rule modality.no_share);
- an inverted condition ("*Had* X closed its airspace, ...", "*Were* X to join ..."): a clause
  hung on another verb that opens with an auxiliary before its subject and no conjunction is a
  condition, as with "if" (rule modality.inverted_condition);
- a consequence set on a condition ("X *faces* new sanctions *unless* it ...", "X will face
  sanctions if ..."): a noun act that is the object of a verb of receiving (vocabulary
  receiving_verbs) in the present or future tense carrying an "if"/"unless" clause is only a
  prospect (rule modality.conditioned_object);
- a claim called false ("*allegations that* X looted villages *are fiction*"): the content
  clause of a claim noun that is the subject of 'be' with a predicate of falsity is denied
  (rule modality.disowned_claim).

Sources: English grammar (negative adverbials and subject-auxiliary inversion in conditional
clauses: Quirk et al., A Comprehensive Grammar of the English Language, 10.55 and 15.36; the
present tense of a main clause with a conditional clause refers to what would follow, 14.24).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.syntax import child
from communique.vocabulary import words

NEGATIVE_PHRASE_NOUNS = words("negative_phrase_nouns")
SHARE_NOUNS = words("share_nouns")
INVERTING_AUX = words("inverting_auxiliaries")
CONDITION_MARKS = words("condition_marks")
RECEIVING_VERBS = words("receiving_verbs")  # "*faces* sanctions": the subject receives them
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _noun_object_of(tok: Token, word: str) -> Token | None:
    """The preposition ``word`` ("in", "for") whose object the noun ``tok`` is, else None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return None
    prep = tok.head
    return prep if prep.dep_ == "prep" and prep.lower_ == word else None


def _no(noun: Token) -> Token | None:
    return next((d for d in noun.children if d.dep_ == "det" and d.lower_ == "no"), None)


def negative_phrase(verb: Token) -> str:
    """ "at no point", "in no way", "under no circumstances" on ``verb`` (a preposition on
    it whose object is a noun of vocabulary negative_phrase_nouns with the determiner "no"),
    as the cue words, else ''."""
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            key = f"{prep.lower_} no {obj.lemma_.lower()}"
            if key in NEGATIVE_PHRASE_NOUNS and _no(obj) is not None:
                return f"'{prep.text} no {obj.text}' [modality.negative_phrase]"
    return ""


def no_share(tok: Token) -> str:
    """ "played *no part in* the attack": the noun act ``tok`` after "in" on a share noun with
    "no" (or on the verb whose object that noun is), as the cue words, else ''."""
    prep = _noun_object_of(tok, "in")
    if prep is None:
        return ""
    holder = prep.head
    shares = [holder] if holder.pos_ == "NOUN" else []
    if holder.pos_ in ("VERB", "AUX"):
        shares = [c for c in holder.children if c.dep_ == "dobj"]
    for share in shares:
        if share.lemma_.lower() in SHARE_NOUNS and _no(share) is not None:
            return f"'no {share.text} in' [modality.no_share]"
    return ""


def inverted_condition(clause: Token) -> str:
    """ "*Had* X closed its airspace, the drones would ...": ``clause``, a clause with no
    conjunction before a main verb with a modal, whose first word is an auxiliary of vocabulary
    inverting_auxiliaries standing before its subject, as the cue words, else ''."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.i > clause.head.i:
        return ""  # (the parser may read the fronted clause as a complement of the main verb)
    if any(c.dep_ == "mark" for c in clause.children):
        return ""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children):
        return ""  # the main clause tells the consequence with a modal: "would", "will"
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in INVERTING_AUX or first.dep_ not in ("aux", "auxpass"):
        return ""
    if first.head.i != clause.i and first.head.head.i != clause.i:
        return ""
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None or subj.i < first.i:
        return ""
    return f"'{first.text}' before the subject: a condition [modality.inverted_condition]"


def trailing_inversion(verb: Token) -> Token | None:
    """The verb of an inverted condition told after ``verb``'s clause: "would respond *should
    X continue* the drills", "would close the strait *were X to* tighten the embargo" (rule
    modality.trailing_inversion). An auxiliary of vocabulary inverting_auxiliaries after
    ``verb`` whose own verb's subject follows it (no question: the sentence does not end in
    "?") opens it; the small parser hangs such a clause anywhere (a complement of the verb of
    saying, even the root), so only the word order is read. ``verb`` must carry a modal (the
    consequence: "would", "will", "could")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    ):
        return None
    for aux in verb.sent:
        if aux.i <= verb.i or aux.lower_ not in INVERTING_AUX:
            continue
        cond = aux.head
        if cond.i == verb.i or cond.i < aux.i:
            continue
        if opens_inversion(aux):
            return cond
    return None


def opens_inversion(aux: Token) -> bool:
    """Whether ``aux`` ("should", "were", "had") stands right before its verb's subject in a
    statement ("... *should* X continue the drills"): an inverted condition, no appeal that X
    should act ("X should go": the subject before it) and no question."""
    if aux.lower_ not in INVERTING_AUX or aux.dep_ not in ("aux", "auxpass"):
        return False
    if aux.sent[-1].text == "?":
        return False
    subj = child(aux.head, "nsubj", "nsubjpass")
    if subj is None or subj.i < aux.i or subj.left_edge.i != aux.i + 1:
        return False
    before = aux.doc[aux.i - 1].lower_ if aux.i > aux.sent.start else ""
    return before not in ("that", "if", "whether", "why")


ALTERNATIVE_PRICE_VERBS = words("punishment_receiving_verbs")
# the plain forms after "or" ("leave or *face* arrest", "or *risk* arrest" is no price named)
ALTERNATIVE_PRICE_FORMS = frozenset({"face", "incur", "suffer"})


def or_face(verb: Token) -> bool:
    """ "gave them two days to leave *or face* arrest", "must pay *or face* sanctions": a verb
    of receiving punishment (vocabulary punishment_receiving_verbs) joined by "or" after a
    verb of what is asked: what is received is the price of not doing it, an alternative set
    as a condition (English grammar: "or" after an imperative or a demand reads "if not",
    Quirk et al. 13.36: "Leave or face arrest" = "if you do not leave, you will face arrest")."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in ALTERNATIVE_PRICE_VERBS:
        return False
    first = verb.head
    return first.i < verb.i and any(
        c.dep_ == "cc" and c.lower_ == "or" and first.i < c.i < verb.i for c in first.children
    )


_NOUN_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def or_face_before(tok: Token) -> Token | None:
    """The verb of "... *or face* <tok>" read from the words, for a noun act right after it
    ('to leave the square or face arrest', 'or face new sanctions'): the small parser often
    takes "face" there for a noun, so the words decide (as or_face does for a clean parse);
    None if the words are not there."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    j = tok.i - 1
    while j > tok.sent.start and tok.doc[j].pos_ in _NOUN_PHRASE_TAGS and tok.i - j <= 4:
        if tok.doc[j].lower_ in ALTERNATIVE_PRICE_FORMS:
            break
        j -= 1
    verb = tok.doc[j]
    if verb.lower_ not in ALTERNATIVE_PRICE_FORMS or j - 1 < tok.sent.start:
        return None
    return verb if tok.doc[j - 1].lower_ == "or" else None


def _price_cue(verb: Token) -> str:
    """The cue words of a price set as the alternative to a demand ("or face")."""
    return f"'or {verb.text}': a prospect [modality.conditioned_object]"


def conditioned_object(tok: Token) -> str:
    """ "X *faces* new sanctions *unless* it admits inspectors": the noun act ``tok``, object
    of a verb of receiving not in the past that carries an "if"/"unless" clause, as the cue
    words, else ''. The doer's own act on condition ("would call a strike if ...") is left to
    the threat rules (recode.conditional_threat)."""
    if (verb := or_face_before(tok)) is not None:  # "leave *or face* arrest": misparsed
        return _price_cue(verb)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj":
        return ""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in _PAST_TAGS:
        return ""
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return ""  # "would call a strike if ...": the doer's own act on condition, a threat
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return ""
    if or_face(verb):  # "leave the square *or face* arrest": the price of not leaving
        return _price_cue(verb)
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        mark = next(
            (m for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS), None
        )
        if mark is not None and mark.i > tok.i:
            return f"'{verb.text} … {mark.text}': a prospect [modality.conditioned_object]"
    return ""


# time words that place a present-tense verb's act ahead ("heads to X *next week*", "*tomorrow*")
COMING_TIME_WORDS = frozenset({"next", "coming", "tomorrow"})


def _coming_time(verb: Token) -> Token | None:
    """A time phrase on ``verb`` that lies ahead: "next week", "this coming Monday", "tomorrow"
    (an adverbial noun, or the object of a preposition on the verb)."""
    for c in verb.children:
        nouns = [c] if c.dep_ in ("npadvmod", "advmod") else []
        if c.dep_ == "prep":
            nouns = [o for o in c.children if o.dep_ == "pobj"]
        for n in nouns:
            if n.lower_ in COMING_TIME_WORDS or any(
                d.dep_ in ("amod", "det") and d.lower_ in COMING_TIME_WORDS for d in n.children
            ):
                return n
    return None


def planned_purpose(tok: Token) -> str:
    """ "X flies to Y *next month* for *negotiations*": the noun act ``tok`` in the "for"
    phrase of a verb not in the past whose act is placed ahead by its own time words is the
    plan's purpose, not held (rule modality.planned_purpose)."""
    prep = _noun_object_of(tok, "for")
    if prep is None:
        return ""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in _PAST_TAGS:
        return ""
    when = _coming_time(verb)
    if when is None:
        return ""
    said = " ".join(t.text for t in when.subtree)
    return f"'{verb.text} … {said} for': a plan [modality.planned_purpose]"


FALSE_WORDS = words("false_rating_words") | words("falsity_nouns")
CLAIM_NOUNS = words("claim_nouns") | words("rumour_nouns")


def disowned_claim(clause: Token) -> str:
    """ "*Allegations that* X looted villages *are pure fiction*": ``clause``, the content
    clause of a claim noun (vocabulary claim_nouns, rumour_nouns) that is the subject of a
    'be' whose predicate calls it false (vocabulary false_rating_words, falsity_nouns), as the
    cue words, else '' (rule modality.disowned_claim)."""
    if clause.dep_ not in ("acl", "ccomp"):
        return ""
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return ""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return ""
    for pred in noun.head.children:
        if pred.dep_ in ("acomp", "attr") and pred.lemma_.lower() in FALSE_WORDS:
            return f"'{noun.text} … {noun.head.text} {pred.text}' [modality.disowned_claim]"
    return ""
