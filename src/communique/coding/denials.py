"""Denials told with no denial verb (rule recode.own_denial, branch threat36).

A side that reports its own act as not done ("the ministry said it *did not order* the
shelling", "Chile said its forces *played no part in* the raid", "the embassy said the United
States *was not behind* the hack") denies the act or the accusation: PLOVER REJECT, which takes
refusals and denials of responsibility or of a claim (CAMEO 016 'deny responsibility' has no
PLOVER type; the project codes denials as REJECT 120, as it codes "denied"). The act itself was
not done, so it is no event; the denial was made, so it is asserted.

It is a denial only when the one who says it is the one said not to have done it: a verb of
saying (vocabulary say_verbs, reply_verbs) reports the negated clause, and the clause's
doer is the sayer ("it", "we", "his country", a noun owned by "its" or "our", the sayer's own
name or state). "Police did not fire on the crowd, witnesses said" (others tell it) and
"police did not fire" (the writer tells it) stay negated acts. A negated act to come ("will not
attack") is a refusal or a pledge (rule recode.refusal), a guess ("may not have ordered") no
denial, and "has not yet ..." a thing still pending.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.names import state_in_lexicon
from communique.coding.patterns import trigger_rules
from communique.model import Actor
from communique.vocabulary import words

SAY_VERBS = words("say_verbs") | words("reply_verbs")
OWN_SIDE_HEADS = words("own_side_heads")
SPEAKER_GROUP_HEADS = words("speaker_group_heads")
INSTITUTION_OWNERS = frozenset({"its", "our"})
OWN_PRONOUNS = frozenset({"it", "we", "i", "he", "she", "they"})
OWN_OWNERS = frozenset({"its", "our", "my", "his", "her", "their"})
SHARE_NOUNS = words("share_nouns")
PENDING = frozenset({"yet", "still", "immediately"})
NEG_DETS = frozenset({"no", "never"})
# "did not play *any* / *a* role in": a share denied by the verb's negation
SHARE_DETS = frozenset({"any", "a", "an"})


def _negation(tok: Token) -> Token | None:
    """The verb that a negation of ``tok`` hangs on: the trigger verb ("did *not* order"), the
    verb a noun trigger is the object of ("did not order *the shelling*"), or the verb of "had no
    role in / played no part in / was not behind" X."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and _negated(verb):
            return verb
        if verb.dep_ in ("ROOT",) or verb.head == verb:
            return None
        if verb.pos_ in ("VERB", "AUX"):
            # a clause of its own: "were *not* exercising to join the fight" negates the
            # exercise, not its aim
            return None
        verb = verb.head
    return None


def _negated(verb: Token) -> bool:
    """ "did *not* order", "*never* ordered", "played *no* part", "had *no* role"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in NEG_DETS for d in c.children)
        for c in verb.children
    )


def _done_before(verb: Token) -> bool:
    """A finished or present act told as not done: no modal ("will not", "may not"), no
    "yet" or "still", no infinitive."""
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in kids):
        return False
    if any(c.lower_ in PENDING for c in kids):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") or any(
        c.dep_ == "aux" and c.lemma_ in ("do", "have", "be") for c in kids
    )


def _sayer_verb(verb: Token) -> Token | None:
    """The verb of saying that reports ``verb``'s clause: its head ("said it did not ...") or a
    verb after it ("We did not order it, the ministry said")."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("ccomp", "conj") or head.head == head:
            break
        head = head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in SAY_VERBS:
            return head
    for c in verb.children:
        if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SAY_VERBS and c.i > verb.i:
            return c
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def state_of(tok: Token) -> str | None:
    """The state a subject names ("the United States", "the US embassy", "Chilean officials")."""
    names = [t for t in tok.subtree if t.pos_ in ("PROPN", "ADJ") and t.i <= tok.i]
    for t in names:
        found = state_in_lexicon(t.text)
        if found:
            return found
    whole = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")
    return state_in_lexicon(whole) if whole else None


def _own(subj: Token, sayer: Token, actors: list[Actor]) -> bool:
    """Whether ``subj``, the doer of the negated clause, is the sayer's own side."""
    if subj.lower_ in OWN_PRONOUNS:
        return True
    owners = {c.lower_ for c in subj.children if c.dep_ == "poss"}
    if owners & INSTITUTION_OWNERS:  # "*its* police", "*our* pilots": the sayer's own
        return True
    if owners & OWN_OWNERS:  # "*his* country", "*their* forces", "*her* party"
        return subj.lemma_.lower() in OWN_SIDE_HEADS | SPEAKER_GROUP_HEADS
    if subj.lower_ in OWN_OWNERS:  # "was not behind" of a possessive subject
        return True
    mine, theirs = state_of(sayer), state_of(subj)
    if mine and theirs:
        return mine == theirs
    if (
        mine
        and subj.lemma_.lower() in OWN_SIDE_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    ):  # "the Dutch ministry said *the government* ...": the sayer's own state's
        return True
    countries = {a.country for a in actors if a.country}
    return bool(mine) and countries == {mine}


def own_denial(tok: Token, actors: list[Actor]) -> str | None:
    """The verb of saying when the negated act of ``tok`` is its sayer's own denial, or None."""
    verb = _negation(tok)
    if verb is None or not _done_before(verb):
        return None
    say = _sayer_verb(verb)
    if say is None or any(c.dep_ == "neg" for c in say.children):
        return None
    sayer, subj = _subject(say), _subject(verb)
    if sayer is None or subj is None:
        return None
    return say.text if _own(subj, sayer, actors) else None


def denied_share(tok: Token) -> Token | None:
    """ "said its army *had no hand* in the raid", "said it *played no part* in it", "said its
    troops *did not take part* in it": a share noun (vocabulary share_nouns) with "no", or with
    no determiner but "any" or "a" on a negated verb, the object of a verb its own side's sayer
    reports, with what it had no share in ("in" or "with" after it); the parse key
    "@denied_share" of triggers.tsv (a denial, REJECT), or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SHARE_NOUNS or tok.dep_ != "dobj":
        return None
    if not any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children) and not (
        any(c.dep_ == "neg" for c in tok.head.children)
        and all(d.lower_ in SHARE_DETS for d in tok.children if d.dep_ == "det")
    ):  # "did *not* take part in", "did not play *any* role in" (branch denial40)
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "with")), None)
    if prep is None:
        prep = next(
            (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "with")), None
        )
    if prep is None or own_denial(tok, []) is None:
        return None
    for obj in prep.children:  # "no part in *the bombing*": the act's own denial (its recode)
        if obj.dep_ == "pobj" and any(
            r.event and not r.items for r in trigger_rules().get(obj.lemma_.lower(), [])
        ):
            return None
    return prep
