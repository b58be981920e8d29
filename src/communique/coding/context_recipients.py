"""Recipients the words around a sentence's event name: whom it was said to ("'We will not
yield,' X *told Y*"), who made the claim a denial answers ("..., *a charge Y denied*"), and the
doers of the act a judged noun refers back to ("Y seized a trawler. X condemned *the
seizure*"). Each sets the recipients of an event that found none of its own."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from communique.actors.lexicon import country_name
from communique.actors.spans import is_state
from communique.coding import frames
from communique.coding.candidate import Candidate
from communique.coding.clause_targets import (
    note_own_side,
    own_side_named,
    relative_object,
)
from communique.coding.domestic import (
    RESIGNATION,
    across_frontier,
    territory_object,
    walkout_abroad,
)
from communique.coding.home_story import home_story
from communique.coding.learned_choice import Decision, choose
from communique.coding.patterns import surface_lemmas
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import (
    RELATIVE_TAGS,
    adjunct_object,
    arg,
    to_infinitive,
    with_conjuncts,
)
from communique.coding.transcript import question_before
from communique.coding.triggers import Trigger
from communique.coding.verb_arguments import verb_actor
from communique.coding.verdicts import reported_thing
from communique.datafiles import read_tsv
from communique.linking.rules import load_rules
from communique.model import Actor
from communique.vocabulary import words

# "X told Y ...": reporting verbs that name whom it was said to
ADDRESSEE_VERBS = words("addressee_verbs")
ADDRESSED_TYPES = frames.FRAME_TYPES | {"SUPPORT", "AID", "CONCEDE", "RETREAT", "COOPERATE"}
CLAIM_WORDS = words("claim_nouns") | words("proposal_nouns")
REPORTING_VERBS = words("reporting_verbs")
# they judge an act: "condemned *the seizure*" may name one the story just told
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})
EARLIER_ACT_REACH = 4  # sentences back, for a noun of the act's own kind ('the visit')
# for a noun made from the act's own verb ('suspended ... *the suspension*'): the word itself
# names that act, so a story may tell of reactions, quotes and a byline in between
SAME_WORD_REACH = 8
GENERAL_ACT_REACH = 2  # for a general one ('the move'): further back it finds other acts
STEM = 4  # letters a verb and its noun share ("seize", "seizure")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class Act(NamedTuple):
    """An act the story told: its sentence, CAMEO root, doers, trigger words, and (for the
    general nouns of act_nouns.tsv) its PLOVER type, CAMEO code and recipients."""

    index: int
    root: str
    actors: list[Actor]
    words: str
    plover: str = ""
    code: str = ""
    recipients: tuple[Actor, ...] = ()
    # something said, not done: a statement the story reports ("X *said* ..."; rule
    # recipient.earlier_statement) or a denial ("Y *denied* that ..."): "the statement",
    # "the criticism" may name it, "the move", "the decision" never
    said: bool = False


# statements of stance are reactions themselves, not the act a general noun names: appeals
# (02x), demands (10x), disapproval, criticism, accusation and complaint (110-112, 114), praise
STANCE_CODES = ("02", "10", "110", "111", "112", "114", "051")


class ActNoun(NamedTuple):
    """A general act noun of act_nouns.tsv and the acts it may name."""

    plover: frozenset[str]
    codes: tuple[str, ...]
    stems: tuple[str, ...]
    both: bool

    def names_statement(self, act: Act) -> bool:
        """ "rejected *the statement*", "dismissed *the accusations*": a noun for something said
        names a statement of stance when its row lists that CAMEO code."""
        return bool(self.codes) and act.code.startswith(self.codes)

    def names_said(self) -> bool:
        """ "rejected *the statement*", "dismissed *the report*": a noun for a public statement
        (CAMEO 01 in its row) names a statement the story reports with no event of its own."""
        return "01" in self.codes

    def names_charge(self) -> bool:
        """ "rejected *the criticism*", "dismissed *the accusations*": a noun for a charge
        (CAMEO 11 in its row), which an uncoded statement may be when no coded charge is near."""
        return "11" in self.codes

    def names(self, act: Act) -> bool:
        if not (self.plover or self.codes or self.stems):
            return True
        return (
            act.plover in self.plover
            or act.code.startswith(self.codes)
            or any(w.lower().startswith(self.stems) for w in act.words.split())
        )


@lru_cache(maxsize=1)
def act_nouns() -> dict[str, ActNoun]:
    """act_nouns.tsv: "the move", "the law", "the deal" -> the acts each may name."""
    from communique.coding.lexicon import DATA_DIR

    def cells(v: str) -> tuple[str, ...]:
        return tuple(w for w in v.split("|") if w not in ("", "*", "-"))

    return {
        r["noun"]: ActNoun(
            frozenset(cells(r["plover"])),
            cells(r["cameo"]),
            cells(r["words"]),
            r["parties"] == "both",
        )
        for r in read_tsv(DATA_DIR / "act_nouns.tsv")
    }


def addressee(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "'We will not yield,' X *told Y*", "X *assured Y that* it would help": what a
    speaker says of its own acts, to someone, is aimed at them (rule recipient.addressee)."""
    told = addressed_speech(cand.trigger.token)
    if told is None:
        return
    verb, heads = told
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return
    said_by, _ = resolver.resolve(arg(with_conjuncts(speaker), "actor.nsubj"))
    own = {a.country for a in cand.actors if a.country}
    if not own or not own & {a.country for a in said_by if a.country}:
        return  # it reports someone else's act
    found = arg(heads, "recipient.addressee", verb=verb.text)
    got, _ = resolver.resolve(found, within=None, fallback="")
    codes = {a.code for a in cand.actors}
    got = [a for a in got if a.country and a.sector != "MED" and a.code not in codes]
    if got:
        cand.set_recipient_arg(got, found, [])


def claimant(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "X said Y had broken the accord, *a charge Y denied*": a denial in a relative
    clause on a claim noun set beside a reported claim answers whoever made it (rule
    recipient.claimant)."""
    tok = cand.trigger.token
    noun = tok.head
    if tok.dep_ != "relcl" or noun.lemma_.lower() not in CLAIM_WORDS:
        return
    verb = noun.head
    for _ in range(3):  # "said Y *had violated* ..., a charge": up to the reporting verb
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS:
            break
        if verb.head.i == verb.i:
            return
        verb = verb.head
    else:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    found = arg(with_conjuncts(subj), "recipient.claimant", noun=noun.text, verb=verb.text)
    got, _ = resolver.resolve(found, within=None, fallback="")
    own = {a.country for a in cand.actors if a.country}
    got = [a for a in got if a.country and a.country not in own]
    if got:
        cand.set_recipient_arg(got, found, [])


# nouns that restate a proposal, demand or stance told just before: "..., *a condition* X
# rejected", "..., *a step* X ruled out" (vocabulary proposal_nouns, not claims; restating_nouns)
PROPOSAL_WORDS = (words("proposal_nouns") - words("claim_nouns")) | words("restating_nouns")


def proposer(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "The union asked for a 20 percent raise, *a demand the cabinet rejected*", "Y said X
    should close the border, *a step X has ruled out*": a rejection in a relative clause on a
    noun that restates the proposal, demand or stance the sentence told answers whoever put
    it forward, the subject of the clause the noun restates (the sayer, when it is reported),
    of the doer's own country or another (rule recipient.restated_proposer); never the doer itself."""
    tok = cand.trigger.token
    noun = tok.head
    if tok.dep_ != "relcl" or noun.lemma_.lower() not in PROPOSAL_WORDS:
        return
    if noun.i == 0 or noun.doc[noun.left_edge.i - 1].text not in (",", "—", "–", ";"):
        return  # set off by a comma: a restatement, not "rejected the plan it drafted"
    verbs: list[Token] = []
    cur = noun
    while cur.head.i != cur.i and cur.head.sent == noun.sent:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.i < noun.i:
            verbs.append(cur)
    said = [v for v in verbs if v.lemma_.lower() in REPORTING_VERBS]
    subjects = [
        s
        for v in [*said, *verbs]
        if (s := next((c for c in v.children if c.dep_ == "nsubj"), None)) is not None
        and s.tag_ not in RELATIVE_TAGS
        and s.lower_ not in ("it", "this", "that")
    ]
    if not subjects:
        return
    found = arg(with_conjuncts(subjects[0]), "recipient.restated_proposer", noun=noun.text)
    got, _ = resolver.resolve(found, within=None, fallback="")
    own = {a.code for a in cand.actors if a.code}
    got = [a for a in got if a.country and a.code not in own]
    if got:
        cand.set_recipient_arg(got, found, [])


def earlier_act(
    cand: Candidate,
    trigger_at: dict[int, Trigger],
    acts: list[Act],
    index_now: int,
    lead: tuple[Act, ...] = (),
) -> None:
    """ "Peru's navy seized a trawler. Chile *condemned the seizure*.": a judged act named
    by a definite noun with no doer of its own is the act of that kind the story told just
    before; its doers are the recipients (rule recipient.earlier_act). ``lead``: the acts of
    the story's opening sentence, which a general noun with no act near it names (rule
    recipient.lead_act)."""
    obj = reported_thing(cand.trigger)  # "X said *the tariffs* were unjustified"
    obj = obj or next((c for c in cand.trigger.token.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in ("it", "this"):  # "Y seized a trawler. X condemned *it*"
        noun = _event_noun_before(obj, trigger_at)
        if noun is None:
            pronoun_act(cand, obj, acts, index_now)
            return
        obj = noun  # "... was hit during *the attack*, denouncing it": the attack
    if obj is None:  # "*the move* was condemned by X"
        obj = next((c for c in cand.trigger.token.children if c.dep_ == "nsubjpass"), None)
    if obj is None or obj.lower_ not in act_nouns():  # "objected *to the move*"
        obj = _judged_in_phrase(cand.trigger.token, obj) or obj
    if obj is not None and obj in cand.trigger.parts and obj.lower_ not in act_nouns():
        obj = _stance_thing(obj) or obj  # "expressed opposition *to the test*"
    if obj is None or obj.pos_ != "NOUN":
        return
    general = act_nouns().get(obj.lower_)
    if general is not None and not definite_general(obj):
        general = None
    if general is not None and general.both:  # "signed a deal with Y. Z rejected *the deal*"
        general_act(cand, obj, general, acts, index_now, lead)
        return
    if definite_bare(obj) and _same_act(cand, obj, trigger_at, acts, index_now):
        return
    if general is not None:  # "condemned the (latest) move"
        general_act(cand, obj, general, acts, index_now, lead)


# the prepositions that name what a stance is about: "protested *against*", "objected *to*",
# "hit out *at*", "concern *over*", "support *for*"
JUDGED_PREPS = frozenset({"against", "to", "at", "over", "for", "about"})


def _judged_in_phrase(verb: Token, obj: Token | None) -> Token | None:
    """ "objected *to the move*", "voiced opposition *to the decision*": a general act noun
    in a phrase on the judging verb, or on its object noun."""
    for head in (verb, obj):
        if head is None:
            continue
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in JUDGED_PREPS:
                noun = next((c for c in p.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lower_ in act_nouns():
                    return noun
    return None


def _stance_thing(noun: Token) -> Token | None:
    """ "expressed firm opposition *to the test*", "voiced concern *over the launch*": the
    trigger's own noun of stance judges the definite noun of its against/to/at/over/for/about
    phrase (on the noun, or on the verb it is the object of: "voiced opposition *to the
    test*" as the parser may hang it), which may name an act the story told (rule
    recipient.earlier_act)."""
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for p in (c for h in heads for c in h.children):
        if p.dep_ == "prep" and p.lower_ in JUDGED_PREPS:
            thing = next((c for c in p.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ == "NOUN" and definite_bare(thing):
                return thing
    return None


def _same_act(
    cand: Candidate, obj: Token, trigger_at: dict[int, Trigger], acts: list[Act], index_now: int
) -> bool:
    """The act of the judged noun's kind (up to EARLIER_ACT_REACH sentences before) or word
    ("seized ... *the seizure*", up to SAME_WORD_REACH) the story told: its doers become the
    recipients; True when the search is over (found, or the judge's own act)."""
    act = trigger_at.get(obj.i)
    stem = obj.lemma_.lower()[:STEM]
    general = act_nouns().get(obj.lower_)
    said_noun = general is not None and general.names_said()  # "the statement", "the report"
    # things said that a said noun may name, other than praise ("called on Y to ...")
    said_codes = tuple(c for c in general.codes if c != "051") if said_noun else ()
    said_since = -1  # the sentence of the latest such thing said by another party
    stems = noun_stems(obj)
    back = list(reversed(acts))
    for pos, act_ in enumerate(back):
        index, root, actors, words_ = act_[:4]
        if index_now - index > SAME_WORD_REACH:
            break
        if (
            said_codes
            and act_.code not in (STATEMENT_CODE, ISSUED_CODE)
            and act_.code.startswith(said_codes)
            and index != index_now
            and not same_side(actors, cand.actors)
        ):
            said_since = max(said_since, index)
        if said_noun and act_.code in (STATEMENT_CODE, ISSUED_CODE) and index < said_since:
            continue  # something said since ("Y called on X to ..."): the general noun's
        if act_.code == STATEMENT_CODE:
            # "X said ... . Y backed X. Z rejected *the statement*": a noun for something said
            # names the last statement another party made near it, before an older text of its
            # word (recipient.issued_text) and before a praise told since (Y's backing)
            if (
                said_noun
                and index_now - index <= GENERAL_ACT_REACH
                and index != index_now
                and not same_side(actors, cand.actors)
                and not _issued_as(obj, acts, index, index_now, cand)
            ):
                why = Because.of("recipient.earlier_general_act", noun=obj.text, words=words_,
                                 n=index_now - index, who="its doers")  # fmt: skip
                cand.set_recipients(list(actors), why, assumed=False)
                return True
            continue  # a statement with no event: for the general nouns only
        same_kind = (
            act is not None
            and root == act.cameo.code[:2]
            and index_now - index <= EARLIER_ACT_REACH
        )
        same_word = _told_by_word(obj, stems, words_)
        if index == index_now or not (same_kind or same_word):
            continue
        if not same_word and any(
            index_now - a.index <= SAME_WORD_REACH
            and a.index != index_now
            and _told_by_word(obj, stems, a.words)
            and not _judged_before(a, stem)
            and not same_side(a.actors, cand.actors)
            for a in back[pos + 1 :]
        ):
            # "Peru *expelled* two diplomats. Chile recalled its envoy. Brazil condemned *the
            # expulsions*": the noun of another party's act told by its own verb names that
            # act, before a nearer act that is only of its kind (rule recipient.earlier_act)
            continue
        if same_word and _judged_before(act_, stem):
            # "China *regretted the decision* [aimed at Fiji]. Australia *welcomed the
            # decision*": a judgment of the same thing, whose target made it, not the judge
            if not act_.recipients or same_side(list(act_.recipients), cand.actors):
                continue
            why = Because.of("recipient.judged_alike", noun=obj.text, words=words_,
                             n=index_now - index)  # fmt: skip
            cand.set_recipients(list(act_.recipients), why, assumed=False)
            return True
        if same_side(actors, cand.actors):  # its own act: at whom that act was aimed
            own_act(cand, obj, act_, index_now)
            return True
        rule = "recipient.issued_text" if act_.code == ISSUED_CODE else "recipient.earlier_act"
        rule = "recipient.told_deed" if act_.code == DEED_CODE else rule
        why = Because.of(rule, noun=obj.text, words=words_, n=index_now - index, who="its doers")
        cand.set_recipients(list(actors), why, assumed=False)
        return True
    return False


def _issued_as(obj: Token, acts: list[Act], said_at: int, index_now: int, cand: Candidate) -> bool:
    """ "The ministers said *in a joint statement* ... Japan said it would raise the matter.
    X *rejected the statement*": the story introduced a text of the judged noun's own word
    ("a statement", "a declaration": recipient.issued_text) by another party, up to
    SAME_WORD_REACH sentences before, in an earlier sentence than a statement merely said: the
    definite noun takes up that text, not the nearer words of a speaker."""
    word = obj.lemma_.lower()
    return any(
        a.code == ISSUED_CODE
        and a.index < said_at
        and index_now - a.index <= SAME_WORD_REACH
        and a.words.lower().split()[-1].startswith(word[:STEM])
        and not same_side(a.actors, cand.actors)
        for a in acts
    )


def _judged_before(act: Act, stem: str) -> bool:
    """The earlier act is a stance taken on a thing of the same word ("regretted … decision",
    "welcomed … ruling": a praise, criticism, rejection or demand whose trigger ends in the
    noun), not the act the noun names."""
    first, *rest = act.words.lower().split()
    return (
        bool(rest)
        and not first.startswith(stem)
        and any(w.startswith(stem) for w in rest)
        and (act.code.startswith(STANCE_CODES) or act.code[:2] in ("12",))
    )


def told_before(noun: Token, plover: str, told: list[tuple[int, str, str]], index_now: int) -> bool:
    """Whether a judged act noun names an act the story coded in an earlier sentence (``told``:
    (sentence, PLOVER type, trigger words) of each event coded, with or without a doer): one of
    its type up to EARLIER_ACT_REACH sentences back, or of its word ("seized ... *the
    seizure*") up to SAME_WORD_REACH. "Gunmen shot two guards. X condemned *the killing*": the
    killing is coded once, from the first sentence."""
    stems = noun_stems(noun)
    for index, plover_, words_ in reversed(told):
        if index == index_now or index_now - index > SAME_WORD_REACH:
            continue
        if plover_ == plover and index_now - index <= EARLIER_ACT_REACH:
            return True
        if _told_by_word(noun, stems, words_):
            return True
    return False


NOMINAL_SUFFIXES = tuple(
    tuple(pair.split(">", 1)) for pair in sorted(words("stem_changing_nominals"))
)


def noun_stems(noun: Token) -> tuple[str, ...]:
    """The first STEM letters an act noun shares with its verb: its own ("seizure", "seize"),
    and the verb's where the noun is derived with a change of stem (vocabulary
    stem_changing_nominals: "expulsion" from "expel", "detention" from "detain")."""
    lemma = noun.lemma_.lower()
    out = [lemma[:STEM]] if len(lemma) >= STEM else []
    for suffix, verb_end in NOMINAL_SUFFIXES:
        for form in (lemma, noun.lower_):
            if form.endswith(suffix) or form.endswith(suffix + "s"):
                verb = form[: form.rindex(suffix)] + verb_end
                if len(verb) >= STEM and verb[:STEM] not in out:
                    out.append(verb[:STEM])
    return tuple(out)


def _told_by_word(noun: Token, stems: tuple[str, ...], words_: str) -> bool:
    """The act's trigger words hold the noun's own verb: "seized ... *the seizure*",
    "expelled ... *the expulsion*", "struck ... *the strikes*" (an irregular form)."""
    told = [w.lower() for w in words_.split()]
    return any(w.startswith(s) for s in stems for w in told) or _irregular_form(noun, words_)


def _irregular_form(noun: Token, words_: str) -> bool:
    """ "jets *struck* ... France condemned *the strikes*", "*shot* ... *the shooting*": a noun
    that is (or is a written form of) a verb with a written form among an act's trigger words
    (verb_forms_petrarch.tsv), where the two do not share their first letters."""
    verbs = {noun.lemma_.lower(), *surface_lemmas().get(noun.lower_, ())}
    return any(verbs.intersection(surface_lemmas().get(w.lower(), ())) for w in words_.split())


ENACTING_VERBS = words("enacting_verbs")
LAW_NOUNS = words("law_nouns")
# their written forms: a sentence with no trigger may carry no lemmas
ENACTING_FORMS = frozenset(
    f
    for v in ENACTING_VERBS
    for f in (v, v + "s", v + "es", v + "d", v + "ed", v + "ing", v.rstrip("e") + "ing")
    + ((v[:-1] + "ied", v[:-1] + "ies") if v.endswith("y") else ())
)
UNREAL_AUX = frozenset({"will", "would", "may", "might", "could", "should", "must", "shall"})


def legislative_acts(resolver: ArgumentResolver, sent: Span, index: int) -> list[Act]:
    """ "Georgia's parliament *passed a law* on foreign agents": making a law is no CAMEO event,
    but it is an act a later "condemned *the law*" or "*the move*" names (rule
    recipient.earlier_general_act); its doers are the subject's actors."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lower_ not in ENACTING_FORMS:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or obj.lower_.removesuffix("s") not in LAW_NOUNS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in UNREAL_AUX for c in tok.children):
            continue  # "did not pass", "will adopt": no law made
        actors, _ = resolver.resolve(arg(with_conjuncts(subj), "actor.nsubj"))
        actors = [a for a in actors if a.country]
        if actors:
            out.append(Act(index, "", actors, f"{tok.text} {obj.text}", "", "", ()))
    return out


STATEMENT_CODE = "010"  # a reported statement with no event of its own (CAMEO 010)
# a text or measure a party put out ("issued a statement", "imposed a package"): named by a later
# definite noun of the same word ("rejected *the statement*"; rule recipient.issued_text)
ISSUED_CODE = "text"
ISSUED_THINGS = words("issued_thing_nouns")
SAID_THINGS = words("issued_said_nouns")  # those of them that are speech (Act.said)
ISSUING_VERBS = words("issuing_verbs")


def _real_doers(resolver: ArgumentResolver, verb: Token) -> list[Actor]:
    """The placed actors of ``verb``'s subject (past a misparsed dateline), media left out;
    none when the verb is negated or unreal ("did not issue", "will decide")."""
    if any(c.dep_ == "neg" or c.lower_ in UNREAL_AUX for c in verb.children):
        return []
    found = verb_actor(verb)
    if not found:
        return []
    actors, _ = resolver.resolve(found)
    return [a for a in actors if a.country and a.sector != "MED"]


def issued_texts(resolver: ArgumentResolver, sent: Span, index: int) -> list[Act]:
    """ "Japan *issued a statement* criticising ...", "the EU *imposed a package* of sanctions",
    "*In a joint statement*, the ministers said ...": a text or measure a party put out, which a
    later definite noun of the same word names ("China rejected *the statement*"): an act whose
    doers are the subject's actors (rule recipient.issued_text), before any nearer act a general
    noun might name. Not when negated or unreal ("did not issue a statement")."""
    out = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ISSUED_THINGS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue  # only where the story introduces it: "a statement", "a new package"
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
            verb = verb.head  # "in a statement, X said": the reporting verb
            if verb.lemma_.lower() not in REPORTING_VERBS:
                continue
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if actors := _real_doers(resolver, verb):
            said = noun.lemma_.lower() in SAID_THINGS
            out.append(
                Act(index, "", actors, f"{verb.text} {noun.text}", "", ISSUED_CODE, (), said)
            )
    return out


# a deed told with no CAMEO event of its own ("OPEC *decided* to cut output", "parliament
# *voted* to join", "the North *carried out a test*"): named by a later definite noun of its
# word ("criticised *the decision*", "condemned *the test*") or a general act noun (rule
# recipient.told_deed)
DEED_CODE = "deed"
DEED_VERBS = words("deed_verbs")
DEED_NOUNS = words("deed_nouns")
PERFORMING_VERBS = words("performing_verbs")


def told_deeds(resolver: ArgumentResolver, sent: Span, index: int) -> list[Act]:
    """ "OPEC *decided* to cut output", "the council *voted* to open an inquiry", "the North
    *carried out a test*": deciding, voting, testing or launching is no CAMEO event, but it is
    an act whose doers a later "criticised *the decision*", "rejected *the vote*", "condemned
    *the test*" is aimed at (rule recipient.told_deed), not the story's counterpart nor the
    state of the sentence before; its doers are the subject's actors. Not when negated or
    unreal ("did not vote", "will decide")."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in DEED_VERBS:
            words_ = tok.text
        elif lemma in PERFORMING_VERBS:  # "carried out *a test*", "held *a vote*"
            noun = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "dobj"
                    and c.lemma_.lower() in DEED_NOUNS
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                ),
                None,
            )
            if noun is None:
                continue
            words_ = f"{tok.text} {noun.text}"
        else:
            continue
        if actors := _real_doers(resolver, tok):
            out.append(Act(index, "", actors, words_, "", DEED_CODE, ()))
    return out


def statement_acts(resolver: ArgumentResolver, sent: Span, index: int) -> list[Act]:
    """ "Finland's ministry *said* Norway had broken the accord": a statement the story
    reports, coded as no event, is still something a later "rejected *the statement*",
    "dismissed *the report*" or "*the criticism*" answers (rule recipient.earlier_general_act);
    its doers are the speaker's actors (the subject of a verb of saying, asserted)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ == "neg" or c.lower_ in UNREAL_AUX for c in tok.children):
            continue
        if not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
            continue  # "announced a package": no statement of what is so
        # the speaker as the coder reads a doer, past a misparsed dateline ("OSLO - X said")
        actors, _ = resolver.resolve(verb_actor(tok))
        actors = [a for a in actors if a.country and a.sector != "MED"]
        if actors:
            out.append(Act(index, "01", actors, tok.text, "", STATEMENT_CODE, (), True))
    return out


@lru_cache(maxsize=1)
def _said_noun_ids() -> np.ndarray:
    """The lower-case forms of the general act nouns that may name a statement the story
    reported (act_nouns.tsv rows for something said or a charge), as string ids."""
    said = [w for w, n in act_nouns().items() if n.names_said() or n.names_charge()]
    return np.array(sorted(get_string_id(w) for w in said), dtype="uint64")


def last_said_noun(doc: Doc) -> int:
    """The index of the story's last token that is a general noun for something said or a
    charge ("the statement", "the claims"), or -1: a statement told after it is named by no
    later noun, so ``statement_acts`` need not read it (the same acts, less work)."""
    hits = np.flatnonzero(np.isin(doc.to_array(LOWER), _said_noun_ids()))
    return int(hits[-1]) if len(hits) else -1


def general_act(
    cand: Candidate,
    obj: Token,
    general: ActNoun,
    acts: list[Act],
    index_now: int,
    lead: tuple[Act, ...] = (),
) -> None:
    """ "Poland expelled three Belarusian diplomats. Belarus condemned *the decision*": a
    general act noun (act_nouns.tsv: move, decision, step, law, vote, deal, sanctions) judged
    with no doer of its own is the most recent act of the kind it names that the story told
    before, not a stance itself; its doers (for a deal, all its parties) are the recipients
    (rule recipient.earlier_general_act). With no such act in the last GENERAL_ACT_REACH
    sentences, it is the act of that kind the story opened with (rule recipient.lead_act):
    "The EU imposed sanctions on ... (five paragraphs) ... Russia *condemned the measures*"."""
    own = {a.country for a in cand.actors if a.country}
    charge = _charge_against(cand, general, acts, index_now, own)
    if charge is not None:  # "X criticised Y ... (a statement by Z) ... Y *rejected the criticism*"
        _judge_act(cand, obj, general, charge, index_now, "recipient.charge_answered")
        return
    near = [a for a in reversed(acts) if 0 < index_now - a.index <= GENERAL_ACT_REACH]
    # "the criticism": a coded charge first, else a statement the story reported
    passes = [near]
    if general.names_charge() and not general.names_said():
        passes = [
            [a for a in near if a.code != STATEMENT_CODE],
            [a for a in near if a.code == STATEMENT_CODE],
        ]
    for acts_ in passes:
        for act in acts_:
            if not _names(general, act) or _own_words(general, cand, act, own):
                continue
            _judge_act(cand, obj, general, act, index_now, "recipient.earlier_general_act")
            return
    for act in lead:
        if index_now - act.index <= GENERAL_ACT_REACH or not _names(general, act):
            continue  # a near one was looked at above
        if _own_words(general, cand, act, own):
            continue
        if {a.country for a in act.actors if a.country} & own and not any(
            r.country for r in act.recipients
        ):
            return  # its own side's act, aimed at no one: the story's defaults decide
        _judge_act(cand, obj, general, act, index_now, "recipient.lead_act")
        return


def _charge_against(
    cand: Candidate, general: ActNoun, acts: list[Act], index_now: int, own: set[str]
) -> Act | None:
    """ "Albania denounced Serbia's declaration ... (four sentences) ... Hungary said it backed
    dialogue. Serbia *rejected the criticism*": a rejection of a noun for a charge ('the
    criticism', 'the accusations') answers the last charge the story told against the
    rejecter's own side (a coded ACCUSE aimed at it, up to SAME_WORD_REACH sentences before),
    not a nearer statement of another party that charged it with nothing (rule
    recipient.charge_answered)."""
    if cand.plover != "REJECT" or not own or not general.names_charge() or general.names_said():
        return None
    for act in reversed(acts):
        if index_now - act.index > SAME_WORD_REACH:
            return None
        if act.index == index_now or act.plover != "ACCUSE" or not act.actors:
            continue
        if {r.country for r in act.recipients if r.country} & own and not same_side(
            act.actors, cand.actors
        ):
            return act
    return None


def _own_words(general: ActNoun, cand: Candidate, act: Act, own: set[str]) -> bool:
    """ "Y rejected *the statement*", "Y dismissed *the criticism*": what a rejection or a
    charge answers is something another side said; its own side's words are never it."""
    return (
        bool(general.codes)
        and cand.plover in ("REJECT", "ACCUSE")
        and bool({a.country for a in act.actors if a.country} & own)
    )


def _names(general: ActNoun, act: Act) -> bool:
    """The general noun may name the act: one of its kind, and no statement of stance unless
    the noun is one for something said ("rejected *the statement*"); a reported statement
    with no event of its own only a noun for a statement (or a charge, when no coded one
    is near)."""
    if act.code == STATEMENT_CODE:
        return general.names_said() or general.names_charge()
    if act.said and not general.codes:  # "denied that ...": no move, no decision
        return False
    if not general.names(act):
        return False
    # "condemned the move": a reaction is not the move
    return not act.code.startswith(STANCE_CODES) or general.names_statement(act)


def _judge_act(
    cand: Candidate, obj: Token, general: ActNoun, act: Act, index_now: int, rule: str
) -> None:
    """The judged general noun is ``act``: its doers (for a deal, its parties) become the
    recipients, or, for the judge's own side's act, whom it was aimed at (own_act)."""
    own = {a.country for a in cand.actors if a.country}
    parties = list(act.actors)
    if {a.country for a in parties if a.country} & own:
        own_act(cand, obj, act, index_now)  # its own act: at whom that act was aimed
        return
    if general.both:  # "Y signed a deal with Z": both are its parties
        codes = {a.code for a in parties}
        partners = [r for r in act.recipients if r.code not in codes and r.country]
        if not {a.country for a in partners} & own:  # the judge's partner alone if party
            parties += partners
    if not parties:
        return
    rule = "recipient.told_deed" if act.code == DEED_CODE else rule
    why = Because.of(
        rule,
        noun=obj.text,
        words=act.words,
        n=index_now - act.index,
        who="its parties" if general.both else "its doers",
    )
    cand.set_recipients(parties, why, assumed=False)


def own_act(cand: Candidate, obj: Token, act: Act, index_now: int) -> None:
    """ "Police raided the camp. The interior minister *defended the operation*", "Poland
    expelled two Belarusian diplomats. Warsaw *defended the decision*": a judgement of an act
    its own side did is aimed at whom that act was aimed at (its recipients: at home for a
    domestic act), never at the foreign state the story names most (rule recipient.own_act);
    with no recipient, none is assumed (no story counterpart either)."""
    own = {a.code for a in cand.actors}
    cand.own_act = True
    got = [r for r in act.recipients if r.country and r.code not in own]
    got = got or [r for r in act.recipients if r.country]
    if not got:
        return  # a default it had (a domestic target) stays
    why = Because.of("recipient.own_act", noun=obj.text, words=act.words, n=index_now - act.index)
    cand.set_recipients(got, why, assumed=False)


def pronoun_act(cand: Candidate, obj: Token, acts: list[Act], index_now: int) -> None:
    """ "Peru seized a trawler on Monday. Chile *condemned it*.": "it" judged in the sentence
    after an act is that act (the last one the previous sentence told, not the judge's own);
    its doers are the recipients (rule recipient.earlier_act)."""
    own = {a.country for a in cand.actors if a.country}
    before = [a for a in acts if a[0] == index_now - 1 and a.code != STATEMENT_CODE]
    if not before:
        return
    index, _root, actors, words_, *_ = before[-1]
    if not actors or {a.country for a in actors if a.country} & own:
        return
    rule = "recipient.told_deed" if before[-1].code == DEED_CODE else "recipient.earlier_act"
    why = Because.of(rule, noun=obj.text, words=words_, n=index_now - index, who="its doers")
    cand.set_recipients(list(actors), why, assumed=False)


def judged_event_pronoun(cand: Candidate, trigger_at: dict[int, Trigger]) -> bool:
    """ "..., was hit during the *attack*, denouncing *it*": the recipient a judging verb got
    from "it" or "this" is the event a noun named earlier in the sentence, not an actor."""
    heads = cand.recipient_arg.heads if cand.recipient_arg is not None else []
    if len(heads) != 1 or heads[0].lower_ not in ("it", "this") or heads[0].dep_ != "dobj":
        return False
    obj = adjunct_object(heads[0])
    if obj is not None and obj.i not in trigger_at:
        return False  # "ordered a team to leave, accusing *it* of ...": the team (rule
        # resolve.adjunct_object), whatever event noun the clause above names
    return _event_noun_before(heads[0], trigger_at) is not None


def _event_noun_before(pron: Token, trigger_at: dict[int, Trigger]) -> Token | None:
    """The noun event the sentence names last before the pronoun ("the *attack*"), if any."""
    nouns = [
        t.token
        for i, t in trigger_at.items()
        if i < pron.i and t.token.pos_ == "NOUN" and t.token.sent == pron.sent
    ]
    return max(nouns, key=lambda t: t.i) if nouns else None


def definite_bare(noun: Token) -> bool:
    """ "*the* seizure", "*this* attack": a definite noun that names no doer or target of its
    own (no possessor, no modifier, no prepositional phrase)."""
    kids = [c for c in noun.children if not _date_words(c)]  # "the *14 October* drills"
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids) and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep", "acl", "relcl") for c in kids
    )


def _date_words(tok: Token) -> bool:
    """A modifier that only dates the noun ("the *14 October* drills", "*Sunday's* vote", "rejected
    the demand *on Wednesday*", where the parser hung the verb's date on the noun): it names no
    one."""
    if tok.dep_ == "prep":
        kids = list(tok.children)
        return bool(kids) and all(c.dep_ == "pobj" and _date_words(c) for c in kids)
    return tok.dep_ != "det" and all(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def definite_general(noun: Token) -> bool:
    """ "*the* move", "*the latest* move", "*this unilateral* decision": a definite general act
    noun whose modifiers name no one (no possessor, no nationality or name, no phrase)."""
    kids = [c for c in noun.children if not _date_words(c)]  # "the move *on Monday*"
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids) and not any(
        c.dep_ in ("poss", "compound", "nmod", "prep", "acl", "relcl")
        or (c.dep_ == "amod" and (c.ent_type_ or c.text[:1].isupper()))
        for c in kids
    )


def addressed_speech(tok: Token) -> tuple[Token, list[Token]] | None:
    """The reporting verb a trigger's clause is the speech of, and whom it was said to: the
    object of "told / assured / informed / reminded Y", the "to Y" of "said / wrote to Y"."""
    cur = tok.head if tok.dep_ == "aux" else tok  # "You *must* leave": the clause's verb
    for _ in range(3):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in ADDRESSEE_VERBS:
            verb = cur.head
            heads = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != cur.i]
            heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            heads = [h for o in heads for h in with_conjuncts(o)]
            return (verb, heads) if heads else None
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# event types aimed at someone: with no target in their sentence, the story's main counterpart
COUNTERPART_TYPES = words("counterpart_types")
GENERIC_ADDRESSEES = words("generic_addressees")  # "thanked *all* who helped"
# "slow to expel *governments* that rig votes": a class of states, no one state (generic_plural)
GENERIC_STATE_PLURALS = words("generic_state_plurals")
HOME_SECTORS = words("opposition_sectors")  # whose untargeted acts are aimed at home
TRADE_FLOWS = words("trade_flow_words")
BALLOT_VERBS = words("ballot_verbs")  # "voted in favour": on a motion, not at a state


def parallel_act(cand: Candidate) -> bool:
    """ "A, B and C sent rescue teams", "A and B condemned the test", "A and B welcomed the
    deal": an act several doers do side by side, each to a target, not with each other: a
    directed type in the linker's table (data/linking/types.tsv; a signing, 057, a meeting or a
    joint exercise are not)."""
    code = cand.cameo_code
    return load_rules().is_directed(cand.plover, code)


def parallel_doers(cand: Candidate) -> bool:
    """ "Latvia and Estonia *backed the request*": a parallel act (parallel_act) of doers of
    two or more countries, each judging the same act; doers of one country ("the ministry
    said it regretted ...") are one doer, not a pair."""
    return parallel_act(cand) and len({a.country for a in cand.actors if a.country}) > 1


# verbs whose object is whom they ask ("urged *X* to"), unlike "demanded *X*"
ASKING_VERBS = words("asking_verbs")


COURT_APPEALS = words("court_appeal_nouns")


def court_appeal(tok: Token) -> bool:
    """ "would file *an appeal* this week", "if the court rejects *his appeal*": a legal
    appeal, a noun with no "for" or "to" phrase of its own ("an appeal for calm", "an appeal
    to donors" are other requests); addressed to a court, not to a state."""
    return (
        tok.pos_ == "NOUN"
        and tok.lower_ in COURT_APPEALS
        and not any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children)
    )


# a stance for a party and one against: one doer does not take both towards one party at once
OPPOSITE_STANCES = {"SUPPORT": "ACCUSE", "ACCUSE": "SUPPORT"}


def judged_otherwise(cand: Candidate, iso: str, others: Sequence[Candidate]) -> bool:
    """ "X condemned *Y's* raids and said it *stood with its ally*", "X stood with *Z* and
    *condemned the shelling*": the same doer's opposite stance in the same sentence names
    ``iso`` as its own target, so ``iso`` is not this stance's target."""
    opposite = OPPOSITE_STANCES.get(cand.plover)
    own = {a.country for a in cand.actors if a.country}
    return opposite is not None and any(
        o is not cand
        and o.plover == opposite
        and not o.assumed_recipient
        and own & {a.country for a in o.actors if a.country}
        and iso in {r.country for r in o.recipients}
        for o in others
    )


DOMESTIC_OFFICES = words("domestic_office_words")
LOCAL_BODY_MODIFIERS = words("local_body_modifiers")
COURTS = words("court_words")
JUDICIARY = "JUD"
# a court's charges and verdicts are aimed at whoever it tries ("found the American guilty"),
# and its help to a foreign court is cooperation with that state
COURT_CROSSING_TYPES = ("ACCUSE", "COOPERATE")
# the words of a subject's own noun phrase ("Governor X", "the city's mayor, X"), not its clauses
_OFFICE_DEPS = ("compound", "amod", "appos", "poss", "nmod", "npadvmod")


def _office_word(tok: Token, offices: frozenset[str], depth: int = 0) -> Token | None:
    """The local-office or local-body word (or one of ``offices``) in ``tok``'s own noun
    phrase, or None."""
    if tok.lower_ in offices:
        return tok
    local = tok.lower_ in LOCAL_BODY_MODIFIERS and tok.dep_ in ("amod", "compound")
    if offices is DOMESTIC_OFFICES and local:
        return tok
    if depth > 3:
        return None
    for c in tok.children:
        if c.dep_ in _OFFICE_DEPS and (found := _office_word(c, offices, depth + 1)) is not None:
            return found
    return None


def _speaker_of(tok: Token) -> Token | None:
    """ "the governor said *he* would ask", "the ombudsman said *her office* would look into":
    the subject of the saying verb whose clause a pronoun (or a noun with a pronoun possessor)
    is the subject of."""
    pronoun = tok.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    verb = tok.head
    if not pronoun or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def domestic_office(cand: Candidate) -> str | None:
    """ "The regional governor *appealed for calm*", "the ombudsman said her office *would
    look into* the deaths", "the supreme court *rejected* the petition": the doer is a local
    office or body of its state (vocabulary domestic_office_words: governor, mayor, ombudsman
    ...; local_body_modifiers: an *electoral* commission, a *provincial* government, a *city*
    council) or a court (sector JUD, vocabulary court_words; not its charges or verdicts, nor
    its cooperation, COURT_CROSSING_TYPES), whose untargeted acts concern its own country: the
    words that tell so, or None."""
    heads = cand.actor_arg.heads if cand.actor_arg is not None else []
    offices = [DOMESTIC_OFFICES]
    if cand.plover not in COURT_CROSSING_TYPES and all(a.sector == JUDICIARY for a in cand.actors):
        offices.append(COURTS)
    for kind in offices:
        for h in heads:
            found = _office_word(h, kind)
            if found is None and (speaker := _speaker_of(h)) is not None:
                found = _office_word(speaker, kind)
            if found is None and kind is COURTS and h.pos_ == "PRON":
                found = h  # "*it* disbanded the party", "it" a court already
            if found is not None:
                return found.text
    return None


def generic_plural(word: Token) -> bool:
    """ "is slow to expel *governments* that rig votes", "rarely sanctions *governments*":
    a bare plural noun of states (vocabulary generic_state_plurals: no article, number,
    possessive or modifier of its own) names the class, not one state the story is about
    (rule recipient.generic_plural)."""
    return (
        word.lower_ in GENERIC_STATE_PLURALS
        and word.tag_ == "NNS"
        and not any(
            c.dep_ in ("det", "nummod", "poss", "amod", "compound", "nmod", "predet")
            or (c.dep_ == "prep" and c.lower_ == "of")  # "declared *states of* emergency"
            for c in word.children
        )
    )


def generic_addressee(tok: Token) -> Token | None:
    """The trigger's direct object or object of 'to' when it is a pronoun for people named by
    no one's name ("thanked *all* who helped", "appealed *to everyone*"; vocabulary
    generic_addressees), else None; "agreed *to all of* its terms" names the things it is of."""

    def generic(word: Token) -> bool:
        return word.lower_ in GENERIC_ADDRESSEES and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in word.children
        )

    for child in tok.children:
        if child.dep_ == "dobj" and generic(child):
            return child
        if child.dep_ == "dobj" and generic_plural(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and generic(obj):
                    return obj
    return None


def story_counterpart(
    resolver: ArgumentResolver, cand: Candidate, others: Sequence[Candidate] = ()
) -> None:
    """ "Freedonia shelled the border. Ruritania *vowed to retaliate*": an act aimed at someone
    that names no target in its sentence is aimed at the state the story names most, other
    than the doer's own (rule recipient.story_counterpart); an assumed target, not a found one.
    ``others``: the sentence's other events, whose opposite stance by the same doer rules out
    the state it names (judged_otherwise)."""
    if cand.recipients or cand.unattributed or cand.own_act:
        return  # "defended the operation" of its own police: not aimed abroad (own_act)
    ground = territory_object(cand.trigger.token, cand.actors) if cand.plover == "COERCE" else None
    if (
        cand.plover not in COUNTERPART_TYPES
        and not across_frontier(cand.trigger)
        and not ground
        and not walkout_abroad(cand.trigger, cand.actors)
    ):
        return  # "closed two border crossings": at the state across it; "walked out of the
        # joint commission": at the other side of it (recipient.walkout_not_home)
    if cand.joint and not parallel_act(cand):
        return  # "A and B agreed to ...": with each other
    if cand.cameo_code == RESIGNATION:
        return  # "the president resigned": granted to no one, at home or abroad
    if cand.trigger.token.lemma_.lower() in FOLLOWING_VERBS:
        return  # "Britain *followed* with 150 million": in step with another donor, not at it
    if cand.plover in ("AGREE", "AID") and _to_fund(cand.trigger.token):
        return  # "pledged 400 million euros *to the fund*": given to the fund, not to a state
    asker = _answered_request(cand, others)
    if asker is not None:
        # "the committee asked the minister to publish it, *and the minister agreed*": an
        # answer to a request its sentence tells goes to the asker, not to the story's state
        why = Because.of("recipient.answered_request", verb=asker.trigger.token.text)
        cand.set_recipients(list(asker.actors), why, assumed=True)
        cand.joint = False
        return
    own = {a.country for a in cand.actors if a.country}
    if not own:
        return
    if (generic := generic_addressee(cand.trigger.token)) is not None:
        # "the minister *thanked all who helped*": aimed at people named by no one's name;
        # "slow to expel *governments*": at a class of states (rule recipient.generic_plural)
        rule = (
            "recipient.generic_plural"
            if generic.lower_ in GENERIC_STATE_PLURALS
            else "recipient.generic_addressee"
        )
        cand.notes.append(Because.of(rule, word=generic.text))
        return
    if relative_object(resolver, cand, own):
        return  # "two Xian diplomats *whom it accused* of spying": at X
    if (word := own_side_named(resolver, cand, own)) is not None:
        note_own_side(cand, word)  # "would *work with its allies*": a target, not abroad
        return
    joined = _joined_target(resolver, cand, others, own)
    if joined is not None:
        # "X *summoned* Y's ambassador and *demanded* an explanation": the demand is made of
        # the party the verb it is joined to names, not of the state or body the story names most
        why = Because.of("recipient.joined_verb_target", verb=joined.trigger.token.text)
        cand.set_recipients(list(joined.recipients), why, assumed=True)
        cand.joint = False
        return
    if (members := members_meeting(cand)) is not None:
        # "EU foreign ministers will meet in Brussels next week": a bloc's own members meeting
        # among themselves, not with the state the story is about
        cand.notes.append(Because.of("recipient.members_meeting", words=members))
        return
    if (office := domestic_office(cand)) is not None:
        # "In the border town, the regional governor *appealed for calm*": a court's or a
        # local office's untargeted act concerns its own country, not the story's foreign state
        cand.notes.append(Because.of("recipient.domestic_office", words=office))
        home_story(resolver, cand, office=True)  # its own state's affairs
        return
    if cand.plover == "MOBILIZE" and all(a.sector == POLICE for a in cand.actors):
        return  # "police deployed in the capital": a show of force at home, not abroad
    if any(t.lower_ in TRADE_FLOWS for t in cand.trigger.tokens):
        return  # "halted rice exports": aimed at every buyer, not at one state
    if len(own) == 1 and all(a.sector in HOME_SECTORS for a in cand.actors):
        # "The opposition attacked the reshuffle": an opposition's untargeted act is aimed at
        # its own government, not at the state the story is about abroad
        iso = next(iter(own))
        name = country_name(iso) or iso
        why = Because.of("recipient.opposition_home", name=name)
        cand.set_recipients([Actor(text=name, name=name, country=iso)], why, assumed=True)
        return
    if cand.plover == "REQUEST" and _addressee_named(cand.trigger.token):
        # "called on *supporters* to ...": asked of people the sentence names, its own
        # state's people in a story of its own affairs
        home_story(resolver, cand)
        return
    if cand.plover in ("REQUEST", "DEMAND") and _own_obligee(cand.trigger.token):
        return  # '"*Our* sailors should be trained ...," the minister said': laid on its own
    if cand.plover == "REQUEST" and court_appeal(cand.trigger.token):
        return  # "would file *an appeal*", "rejects *his appeal*": to a court, not abroad
    heads = cand.actor_arg.heads if cand.actor_arg is not None else []
    if any((sp := resolver.index.at(h)) is not None and sp.country_guessed for h in heads):
        return  # "the government" of no named country: one guess is enough
    if aid_act(cand) and (given := resolver.memory.aid_beneficiary(own)) is not None:
        # "Japan sent relief to the Philippines ... South Korea said it would provide $2
        # million": a donor's untargeted aid goes where the story's aid goes
        _assume_state(cand, "recipient.aid_beneficiary", *given)
        return
    asked = asked_party(resolver, cand, own)
    if asked is not None:
        # "Q: Nepal objected to the road ... / A: We reject these claims": an answer's
        # untargeted stance is aimed at the party the question put to the speaker
        _assume_state(cand, "recipient.asked_party", *asked)
        return
    end = cand.trigger.token.sent.end
    if (attempt := any_attempt(resolver, cand.trigger.token)) is not None:
        # "rejected *any attempt to divide Somalia*": the attempt's makers, whom the sentence
        # does not name, are not the state the attempt is made upon (rule
        # recipient.attempt_against): the story's counterpart other than that state, if any
        noun, upon = attempt
        found = resolver.counterpart(own | upon, before=end) if upon else None
        if found is None:
            cand.notes.append(
                Because.of("recipient.attempt_against", word=noun.text, name="no one named")
            )
            return
        name = country_name(found[0]) or found[0]
        why = Because.of("recipient.attempt_against", word=noun.text, name=name)
        cand.set_recipients([Actor(text=name, name=name, country=found[0])], why, assumed=True)
        cand.joint = False
        return
    found = resolver.counterpart(own, before=end)
    if found is not None and found[0] in resolver.aside_states(cand.trigger.token):
        # "... (a reactions paragraph:) Ruritania urged restraint.": a state the story names
        # in one paragraph past its lead, not the act's, is an aside, not the act's target
        # (rule recipient.aside_state); nor is the next one: a story whose most likely
        # counterpart is an aside has none the act can be assumed to aim at
        name = country_name(found[0]) or found[0]
        cand.notes.append(Because.of("recipient.aside_state", name=name))
        found = None
    body = resolver.counterpart_body(own, before=end)
    if body is not None and (found is None or resolver.body_first(own, found[0])):
        # "Pakistan and the IMF reached a deal ... Pakistan *thanked* the staff": the body the
        # story is about, not a state named in passing, unless the story opened on that state
        why = Because.of(
            "recipient.story_body", name=body[0].name or body[0].text, count=str(body[1])
        )
        cand.set_recipients([body[0]], why, assumed=True)
        cand.joint = False
        return
    if found is not None and found[0] in (go := mediators(resolver, end)):
        # "the two sides agreed a truce in talks *mediated by* Norland. The rebels *vowed to
        # respect* it": the mediator or host of a process is no side of it (rule
        # recipient.mediator_not_target); the story's other state, if any
        name = country_name(found[0]) or found[0]
        cand.notes.append(Because.of("recipient.mediator_not_target", name=name))
        found = resolver.counterpart(own, before=end, skip=go)
    if (
        found is not None
        and cand.plover not in TALKS_HELD_TYPES
        and found[0] in (venues := venue_states(cand.trigger))
    ):
        # "quit *the Algiers talks*", "boycotted the round *in Khartoum*": the
        # state whose city names or holds the talks is no side of them (rule
        # recipient.venue_not_target); the story's other state, if any
        name = country_name(found[0]) or found[0]
        cand.notes.append(
            Because.of("recipient.venue_not_target", name=name, place=venues[found[0]])
        )
        found = resolver.counterpart(own, before=end, skip=set(venues) | mediators(resolver, end))
    if found is None and body is None:
        home_story(resolver, cand)  # "the minister praised the police": a story of home
        return
    if found is None or judged_otherwise(cand, found[0], others):
        return
    if not named_in_item(resolver, found[0], cand.trigger.token):
        return  # a page of datelined briefs: another item's state is not this item's target
    if cand.trigger.token.lemma_.lower() in BALLOT_VERBS:
        # "the United States *voted in favour*": a vote is cast on a motion before a body,
        # not at the state the story names most (rule recipient.vote_cast)
        name = country_name(found[0]) or found[0]
        cand.notes.append(
            Because.of("recipient.vote_cast", word=cand.trigger.token.text, name=name)
        )
        return
    skip = {found[0]} | mediators(resolver, end) | resolver.aside_states(cand.trigger.token)
    second = resolver.counterpart(own, before=end, skip=skip)
    if second is not None and not named_in_item(resolver, second[0], cand.trigger.token):
        second = None
    decision = choose(resolver, cand, own, found, second)
    if decision is not None and decision.iso is None:
        # no candidate scores above the learned floor: a guess too weak to assume
        first = country_name(found[0]) or found[0]
        cand.notes.append(_learned_note("no target", first, decision))
        return
    if decision is not None and decision.iso is not None:
        first = country_name(found[0]) or found[0]
        found = (decision.iso, decision.count)
    _assume_state(cand, "recipient.story_counterpart", *found)
    if decision is not None:  # the story's second counterpart, which the model prefers
        cand.notes.append(_learned_note(country_name(found[0]) or found[0], first, decision))
    if ground:  # "seized the islets": taken from the state that claims them
        cand.notes.append(Because.of("recipient.seized_ground", words=ground))


MEDIATING_VERBS = words("mediating_verbs")
MEDIATION_NOUNS = words("mediation_nouns")
HOSTED_PROCESSES = words("hosted_process_nouns")


NAMED_EVENT_NOUNS = words("named_event_nouns")  # talks, dialogue, round, process, accord ...
# holding, joining or agreeing to talks: the host may be a side ("officials will hold
# talks in Lima" of Chile with Peru), so the venue rule leaves these alone
TALKS_HELD_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE"})
VENUE_PREPS = frozenset({"in", "at"})


def venue_objects(noun: Token) -> list[Token]:
    """The places "in" or "at" which ``noun`` is held ("talks *in Oslo*", "the round *at*
    the palace"): the objects of its "in" and "at" phrases."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def venue_of(place: Token) -> Token | None:
    """The word ``place`` is the object of "in" or "at" on ("*talks* in Oslo", "*held* at
    X"), else None: ``venue_objects`` read from the place's side."""
    if place.dep_ == "pobj" and place.head.lower_ in VENUE_PREPS:
        return place.head.head
    return None


def hosted_process(tok: Token) -> bool:
    """Whether ``tok`` (its form or lemma) names talks held for others (vocabulary
    hosted_process_nouns: talks, round, consultations, process ...)."""
    return tok.lower_ in HOSTED_PROCESSES or tok.lemma_.lower() in HOSTED_PROCESSES


def _place_name(tok: Token) -> str:
    """A place's whole name: the token with the proper nouns compounded before it ("Mexico
    City", "Addis Ababa")."""
    start = tok.i
    while start > 0:
        before = tok.doc[start - 1]
        if (
            before.dep_ != "compound"
            or before.pos_ != "PROPN"
            or before.head.i not in (tok.i, start)
        ):
            break
        start -= 1
    return tok.doc[start : tok.i + 1].text


def venue_states(trig: Trigger) -> dict[str, str]:
    """States whose city names or holds the talks, round, dialogue or process the act is done
    to or in ("quit *the Algiers talks*", "boycotted the next round of
    talks *in Khartoum*", "walked out of *the Jeddah* process"; vocabulary named_event_nouns):
    {state: place}. A place before the noun or after "in" / "at" on it; a place name that the
    gazetteer puts in a state (places.gazetteer.place_country); a country's own name or
    adjective ("the Iran talks") names a side, not a venue, and is left out."""
    from communique.places.gazetteer import place_country

    toks = {t.i: t for t in trig.token.subtree}
    for part in trig.parts:
        toks.update({t.i: t for t in part.subtree})
    out: dict[str, str] = {}
    for noun in toks.values():
        if noun.lemma_.lower() not in NAMED_EVENT_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        places = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
        places += venue_objects(noun)
        for place in (q for p in places for q in with_conjuncts(p)):
            if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "FAC", ""):
                continue
            name = _place_name(place)
            if name.lower() in COUNTRY_WORDS():
                continue  # "the Iran talks": a side
            iso = place_country(name)
            if iso and is_state(iso):
                out.setdefault(iso, name)
    return out


@lru_cache(maxsize=1)
def COUNTRY_WORDS() -> frozenset[str]:  # noqa: N802 (a constant built on first use)
    """Lower-case names and adjectives of states, which name a side, not a venue."""
    from communique.actors import lexicon as lx

    return frozenset(
        " ".join(words).lower()
        for bucket in lx.lexicon().by_first.values()
        for items in bucket.values()
        for words, entry in items
        if entry.kind in (lx.COUNTRY_NAME, lx.COUNTRY_ADJ)
    )


def mediators(resolver: ArgumentResolver, before: int) -> set[str]:
    """The states the story, before the token index ``before``, names as the mediator, broker
    or host of talks: "talks *mediated by* X", "X *brokered* the deal", "*X's mediation*",
    "*Xian* mediators", "X, *the mediator*", "X *hosted* the talks" (vocabulary
    mediating_verbs, mediation_nouns, hosted_process_nouns)."""
    if resolver.mediators is None:  # the story is read once; each candidate takes its part
        resolver.mediators = _story_mediators(resolver)
    return {iso for i, iso in resolver.mediators if i < before}


def _story_mediators(resolver: ArgumentResolver) -> list[tuple[int, str]]:
    """(index of the mediating word, state) for every state the story names as a mediator,
    broker or host of talks (``mediators``), in text order."""
    doc = resolver.doc
    found: list[tuple[int, str]] = []

    def state(tok: Token | None, at: int) -> None:
        for t in with_conjuncts(tok) if tok is not None else ():
            sp = resolver.index.at(t)
            iso = sp.actor.country if sp is not None else None
            if iso and is_state(iso):
                found.append((at, iso))

    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in MEDIATING_VERBS and tok.pos_ == "VERB":
            hosted = [o for o in tok.children if o.dep_ == "dobj"]
            if tok.dep_ == "acl":  # "*talks* hosted by X"
                hosted.append(tok.head)
            elif tok.dep_ == "advcl":  # "began *talks* on Monday, hosted by X"
                hosted += [o for o in tok.head.children if o.dep_ == "dobj"]
            hosted += [  # "a new *round of talks*"
                g for h in list(hosted) for p in h.children if p.lower_ == "of" for g in p.children
            ]
            if lemma == "host" and not any(hosted_process(h) for h in hosted):
                continue  # "X hosted a dinner", "a summit hosted by X": no talks of others
            for c in tok.children:
                if c.dep_ == "agent":  # "talks mediated *by* X"
                    state(next((g for g in c.children if g.dep_ == "pobj"), None), tok.i)
                elif c.dep_ == "nsubj":  # "X brokered the deal", "X hosted *the talks*"
                    state(c, tok.i)
        elif tok.lower_ in MEDIATION_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss", "appos"):
                    state(c, tok.i)  # "Xian mediation", "X's mediation", "the mediator, X"
                elif c.dep_ == "prep" and c.lower_ == "by":  # "mediation by X"
                    state(next((g for g in c.children if g.dep_ == "pobj"), None), tok.i)
            if tok.dep_ == "appos":  # "X, the mediator"
                state(tok.head, tok.i)
            if tok.dep_ == "pobj" and tok.head.lower_ == "as":  # "X acted as mediator"
                verb = tok.head.head
                state(next((c for c in verb.children if c.dep_ == "nsubj"), None), tok.i)
    return found


HOSPITALITY_NOUNS = words("hospitality_nouns")
HOLDING_VERBS = words("talks_holding_verbs")


def talk_venues(resolver: ArgumentResolver, before: int) -> tuple[set[str], set[str]]:
    """The states the story, before the token index ``before``, names as where talks of others
    were held or as thanked for hosting them: "the last round was held *in Geneva*", "talks
    *in Oslo*", "thanked *Norway* for its hospitality" (vocabulary hosted_process_nouns,
    talks_holding_verbs, hospitality_nouns); not a state its sentence also names as a party
    ("A and B met *in A's capital*"). Two sets: the states thanked for hosting, and the
    states of the places talks were held in. Rule resolve.host_not_side."""
    doc = resolver.doc
    thanked: set[str] = set()
    venues: set[str] = set()

    def state(tok: Token | None, found: set[str]) -> None:
        sp = resolver.index.at(tok) if tok is not None else None
        iso = sp.actor.country if sp is not None else None
        if not (iso and is_state(iso)):
            return
        sent = tok.sent  # type: ignore[union-attr]
        party = any(
            o.actor.country == iso and not o.is_location and o.kind == "country"
            for o in resolver.index.spans
            if sent.start <= o.start < sent.end and o.start != sp.start  # type: ignore[union-attr]
        )
        if not party:
            found.add(iso)

    def talks(tok: Token) -> bool:
        # talks, or "rounds *of consultations*", "the last *of which*" (its antecedent)
        return hosted_process(tok) or any(
            hosted_process(g) for p in tok.children if p.lower_ == "of" for g in p.children
        )

    for tok in doc[:before]:
        hosting = tok.lemma_.lower() == "host" and any(
            talks(c) for c in tok.children if c.dep_ == "dobj"
        )
        if (tok.lower_ in HOSPITALITY_NOUNS and tok.pos_ == "NOUN") or hosting:
            if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "for":
                # "thanked X for its hospitality", "thanked X for hosting the talks"
                verb = tok.head.head
                state(next((c for c in verb.children if c.dep_ == "dobj"), None), thanked)
            for c in tok.children:  # "X's hospitality"
                if c.dep_ == "poss":
                    state(c, thanked)
        elif (host := venue_of(tok)) is not None:
            if talks(host):  # "talks *in Oslo*"
                state(tok, venues)
            elif host.lemma_.lower() in HOLDING_VERBS and host.pos_ in ("VERB", "AUX"):
                told = [c for c in host.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
                if host.dep_ in ("relcl", "acl"):
                    told.append(host.head)  # "rounds of talks, the most recent one held in X"
                if any(talks(t) for t in told):
                    state(tok, venues)
    return thanked, venues


ATTEMPT_NOUNS = words("attempt_nouns")
ANY_DETERMINERS = words("any_determiners")


def any_attempt(resolver: ArgumentResolver, verb: Token) -> tuple[Token, set[str]] | None:
    """ "rejected *any attempt to divide* X", "condemned *attempts to destabilise* X": the
    verb's object is an attempt noun (vocabulary attempt_nouns) told in general ('any', 'all',
    or a bare plural; not "the attempt", "Y's bid": one told or owned), with a to-infinitive
    of its own: the noun and the states named in that infinitive's phrase (those the attempt is
    made upon). None otherwise."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in ATTEMPT_NOUNS:
            continue
        if any(c.dep_ == "poss" for c in obj.children):
            return None
        dets = [c for c in obj.children if c.dep_ == "det"]
        if dets and not all(d.lower_ in ANY_DETERMINERS for d in dets):
            return None
        if not dets and obj.tag_ != "NNS":
            return None
        clause = next(
            (c for c in obj.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)), None
        )
        if clause is None:
            return None
        upon: set[str] = set()
        for t in clause.subtree:
            sp = resolver.index.at(t)
            if sp is not None:
                upon |= {a.country for a in sp.actors if a.country and is_state(a.country)}
        return obj, upon
    return None


BODY_PARTIES = ("EUR", "IGO", "UNO")  # a bloc, alliance, union or UN organ, not a state
MEETING_WORDS = words("members_meeting_words")
MEMBER_NOUNS = words("bloc_member_nouns")


def members_meeting(cand: Candidate) -> str | None:
    """ "ASEAN foreign ministers will meet in Jakarta", "a meeting of EU interior ministers",
    "the bloc's heads of state held an emergency summit": a meeting (vocabulary
    members_meeting_words) whose doers are all an international body's members (vocabulary
    bloc_member_nouns in the doer's words or the meeting's "of" phrase): its members meet each
    other, so it names no target and the story's counterpart is not assumed. Returns the words
    that tell it, or None."""
    meeting = [t for t in cand.trigger.tokens if {t.lemma_.lower(), t.lower_} & MEETING_WORDS]
    if not meeting:
        return None
    if not cand.actors or any(a.country not in BODY_PARTIES for a in cand.actors):
        return None
    texts = [a.text for a in cand.actors]
    texts += [" ".join(t.text for t in c.subtree) for c in meeting[0].children if c.lower_ == "of"]
    for text in texts:
        if any(w.lower().strip(",.'") in MEMBER_NOUNS for w in text.split()):
            return text
    return None


ANSWER_TYPES = ("AGREE", "REJECT", "CONCEDE")


def _answered_request(cand: Candidate, others: Sequence[Candidate]) -> Candidate | None:
    """The request an untargeted agreement or refusal answers, when it is the verb joined to
    that request in the same sentence and its doer is of the party asked ("X *asked* Y to ...,
    and Y *agreed*", "... but Y *refused*"; not "X urged Y to ..., and Z offered ..."); None
    otherwise."""
    tok = cand.trigger.token
    if cand.plover not in ANSWER_TYPES or tok.dep_ != "conj" or tok.head.i >= tok.i:
        return None
    for other in others:
        if (
            other is not cand
            and other.plover == "REQUEST"
            and other.trigger.token.i == tok.head.i
            and other.actors
            and not other.unattributed
            and {a.country for a in cand.actors} <= {a.country for a in other.recipients}
        ):
            return other
    return None


JOINED_TARGET_TYPES = words("joined_target_types")


def _joined_target(
    resolver: ArgumentResolver, cand: Candidate, others: Sequence[Candidate], own: set[str]
) -> Candidate | None:
    """The act of the same doer whose verb ``cand``'s untargeted verb is joined to by "and"
    (directly, or through that verb's "to" clause of aim: "summoned the envoy *to protest* ...
    and demanded ..."), when that act names its target in its own clause, another party than
    the doer's own: "X summoned Y's ambassador and *demanded* assurances", "accused Y of
    ... and *demanded* ...": one address to one party (rule recipient.joined_verb_target).
    None otherwise: for two acts of one type ("summoned X and lodged a protest": one complaint
    told twice, left to the linker), for either act of another type than vocabulary
    joined_target_types ("stood
    with Y and *condemned* the attack", "barricaded the road and *demanded* ..."), and for a
    target whose country was only inferred from the context ("the government")."""
    tok = cand.trigger.token
    if cand.plover not in JOINED_TARGET_TYPES or tok.dep_ != "conj" or tok.head.i >= tok.i:
        return None
    head = tok.head
    if head.dep_ in ("advcl", "xcomp") and to_infinitive(head) and head.head.i < head.i:
        head = head.head  # "summoned X *to protest* ... and demanded": the summoning's
    for other in others:
        if (
            other is not cand
            and other.trigger.token.i == head.i
            and other.plover in JOINED_TARGET_TYPES
            and other.plover != cand.plover  # "summoned X and lodged a protest": one complaint
            and other.recipients
            and not other.assumed_recipient
            and not other.unattributed
            and {a.country for a in other.actors if a.country} == own
            and not own & {a.country for a in other.recipients}
            and all(a.country for a in other.recipients)
            and not _inferred_target(resolver, other)
        ):
            return other
    return None


def _inferred_target(resolver: ArgumentResolver, cand: Candidate) -> bool:
    """Whether a target of ``cand`` got its country only from the context: a guess, or a bare
    word with no name or modifier of its own ("the government", "officials"; not "the
    *Nigerian* envoy", "*Russia's* envoy")."""
    heads = cand.recipient_arg.heads if cand.recipient_arg is not None else []
    for h in heads:
        sp = resolver.index.at(h)
        if sp is None:
            continue
        if sp.country_guessed:
            return True
        bare = h.pos_ != "PROPN" and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children
        )
        if sp.country_inferred and bare:
            return True
    return False


def named_in_item(resolver: ArgumentResolver, iso: str, token: Token) -> bool:
    """Whether ``iso`` is named in the item of a page of datelined briefs ("TBILISI - ...",
    "SEOUL - ...") or of a briefing page (mention.briefing_item) that holds ``token``, before
    the end of its sentence; True on a page that is one story. Each brief is a story of its
    own: the state a story's counterpart is counted over all the page's items is no target of
    an act in another item."""
    doc = token.doc
    # and a briefing page's items (numbered headings, bullets: rule mention.briefing_item)
    starts = resolver.item_starts
    if not starts:
        return True
    at = token.sent.start_char
    item = max((c for c in starts if c <= at), default=0)
    end = token.sent.end_char
    return any(
        getattr(s.actor, "country", None) == iso and item <= doc[s.start].idx < end
        for s in resolver.index.spans
    )


def asked_party(
    resolver: ArgumentResolver, cand: Candidate, own: set[str]
) -> tuple[str, int] | None:
    """(state, mentions) of the first state other than the doer's that the question right
    before the answer ``cand`` is in names (a transcript: coding/transcript.py), or None."""
    span = question_before(cand.trigger.token)
    if span is None:
        return None
    doc = resolver.doc
    states: list[str] = []
    for sent in doc.sents:
        if sent.start_char >= span[1]:
            break
        if sent.end_char <= span[0]:
            continue
        for sp in resolver.index.in_sentence(sent):
            states += [a.country for a in sp.actors if a.country and a.country not in own]
    states = [iso for iso in states if is_state(iso)]
    if not states:
        return None
    return states[0], states.count(states[0])


def _learned_note(choice: str, first: str, decision: Decision) -> Because:
    """The explanation of a learned choice (rule recipient.learned_choice)."""
    return Because.of(
        "recipient.learned_choice",
        choice=choice,
        score=f"{decision.score:.2f}",
        first=first,
        kept=f"{decision.kept:.2f}",
    )


def _assume_state(cand: Candidate, rule_id: str, iso: str, count: int) -> None:
    """Make the state ``iso`` (named ``count`` times in the way ``rule_id`` says) the assumed
    target of ``cand``: a convention, not words of its sentence."""
    name = country_name(iso) or iso
    why = Because.of(rule_id, name=name, count=str(count))
    cand.set_recipients([Actor(text=name, name=name, country=iso)], why, assumed=True)
    cand.joint = False


CONSULAR = words("consular_modifiers")


# resolutions of a pronoun or a bare noun to parties of earlier sentences
EARLIER_RESOLUTIONS = frozenset({
    "resolve.earlier_participants",
    "resolve.previous_plural_subject",
    "resolve.previous_plural_doer",
    "resolve.last_named_sides",
    "resolve.last_pair_of_people",
    "resolve.earlier_subject",
    "resolve.last_person",
})  # fmt: skip


def consular_nationals(cand: Candidate) -> None:
    """ "its consulate was *giving them consular help*": consular aid goes to the doer's own
    nationals abroad (rule recipient.consular_nationals), whatever party of an earlier
    sentence "them" or "the crew" was taken for, and with no target, not to the story's main
    counterpart; a target of a country its own sentence names stays."""
    if not aid_act(cand) or not consular_aid(cand.trigger) or cand.unattributed:
        return
    own = sorted({a.country for a in cand.actors if a.country})
    if not own:
        return
    if (
        cand.recipients
        and not cand.assumed_recipient
        and not any(n.rule in EARLIER_RESOLUTIONS for n in cand.recipient_notes)
    ):
        return  # "consular help to *Irish* nationals": named in its sentence
    _assume_state(cand, "recipient.consular_nationals", own[0], 0)


def consular_aid(trig: Trigger) -> bool:
    """ "providing *consular* help", "offered *consular* support": aid whose noun (the
    trigger's, or its verb's object) is modified by "consular"."""
    nouns = [*trig.tokens, *(c for t in trig.tokens for c in t.children if c.dep_ == "dobj")]
    return any(c.dep_ == "amod" and c.lower_ in CONSULAR for n in nouns for c in n.children)


POLICE = "COP"
# CAMEO 033 (and its 033x codes): express intent to provide material aid, a pledge of aid
AID_PLEDGE = "033"


def aid_act(cand: Candidate) -> bool:
    """Aid given or pledged: PLOVER AID, or a pledge of material aid (CAMEO 033x)."""
    return cand.plover == "AID" or cand.cameo_code.startswith(AID_PLEDGE)


FOLLOWING_VERBS = ("follow", "match")  # an act in step with another's, aimed where it was
FUND_NOUNS = words("fund_nouns")


def _to_fund(verb: Token) -> bool:
    """ "pledged 400 million euros *to the loss and damage fund*", "*for the UN appeal*": money
    with a fund or appeal (vocabulary fund_nouns) as where it goes."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in FUND_NOUNS
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("to", "into", "for")
        for o in p.children
    )


RULING_NOUNS = words("ruling_nouns")
JUDICIAL = "JUD"


def ruling_court(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "The High Court quashed the order. The ministry *rejected the ruling*": a reaction to a
    ruling, judgment or verdict that names no target is aimed at the court that gave it, the
    last court the story named as deciding something before it (rule recipient.ruling_court)."""
    if (cand.recipients and not cand.assumed_recipient) or cand.unattributed:
        return
    verb = cand.trigger.token
    ruling = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RULING_NOUNS),
        None,
    )
    if ruling is None:
        return
    doc = verb.doc
    court = next(
        (
            sp.actor
            for sp in sorted(resolver.index.spans, key=lambda sp: -sp.start)
            if sp.start < verb.i
            and sp.actor.sector == JUDICIAL
            and sp.actor.country
            and _acting(doc[sp.end - 1])
            and doc[sp.end - 1].head.i != verb.i  # not the reaction's own doer
        ),
        None,
    )
    if court is None:
        return
    why = Because.of("recipient.ruling_court", noun=ruling.text, court=court.text or "")
    cand.set_recipients([court], why, assumed=False)


REPORT_NOUNS = words("report_nouns") | words("issued_statement_nouns")
AUTHORING_VERBS = words("authoring_verbs")
SAY_VERBS = words("say_verbs")
REPORT_REACTIONS = ("REJECT", "ACCUSE")


def report_author(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "rejected as biased *a report by Amnesty International*", "UN experts reported that ...
    The government *rejected the report*": a rejection or criticism of a report or findings
    that names no target is aimed at the report's author, named with the noun ("by X", "from
    X", "X's report") or else the last subject of a verb of publishing or finding before it in
    the story, when that is not the reacting party itself (rule recipient.report_author)."""
    if (cand.recipients and not cand.assumed_recipient) or cand.unattributed:
        return
    if cand.plover not in REPORT_REACTIONS:
        return
    verb = cand.trigger.token
    noun = next((t for t in verb.subtree if t.i > verb.i and _rejected_report(t, verb)), None)
    if noun is None:
        return
    own = {a.country for a in cand.actors if a.country}
    author = _named_author(resolver, noun, own)
    if author is None:
        author = _last_author(resolver, verb, own)
    if author is None:
        return
    why = Because.of("recipient.report_author", noun=noun.text, author=author.text or "")
    cand.set_recipients([author], why, assumed=False)


def _rejected_report(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a report noun that ``verb`` takes as its object, directly or past an
    "as" complement the parser hung it on ("rejected *as biased* a report by X")."""
    if tok.dep_ not in ("dobj", "pobj") or tok.lemma_.lower() not in REPORT_NOUNS:
        return False
    cur = tok.head
    for _ in range(4):
        if cur.i == verb.i:
            return True
        as_word = cur.lower_ == "as" or any(c.lower_ == "as" for c in cur.children)
        if cur.pos_ in ("VERB", "AUX") and not as_word:
            return False
        cur = cur.head
    return False


def report_doer(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """ "a report by Amnesty *that accused* the police of torture": the act of a relative
    clause on a report, whose subject is the relative pronoun, is done by the report's author
    (rule actor.report_author)."""
    verb = cand.trigger.token
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in REPORT_NOUNS:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in verb.children):
        return None
    author = _named_author(resolver, verb.head, set())
    if author is None:
        return None
    return author, Because.of("actor.report_author", noun=verb.head.text, author=author.text or "")


def _author_span(resolver: ArgumentResolver, tok: Token, own: set[str]) -> Actor | None:
    """The actor the phrase headed by ``tok`` names ("*UN* investigators", "a panel of *UN*
    experts"), when it is no place and not the reacting party's own country."""
    for t in tok.subtree:
        sp = resolver.index.at(t)
        if sp is None or sp.is_location:
            continue
        if not sp.actor.country or sp.actor.country in own:
            return None
        return sp.actor
    return None


def _named_author(resolver: ArgumentResolver, noun: Token, own: set[str]) -> Actor | None:
    """ "*Amnesty's* report", "a report *by* / *from* Amnesty": the author the noun names."""
    for c in noun.children:
        if c.dep_ == "poss":
            return _author_span(resolver, c, own)
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            return _author_span(resolver, pobj, own) if pobj is not None else None
        if c.dep_ == "acl" and c.lemma_.lower() in AUTHORING_VERBS:  # "a statement issued *by* X"
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            return _author_span(resolver, pobj, own) if pobj is not None else None
    return None


def _last_author(resolver: ArgumentResolver, verb: Token, own: set[str]) -> Actor | None:
    """The subject of the last verb of publishing or finding before ``verb`` in the story, or
    of one of saying that says where it was said ("X said *in a statement*")."""
    doc = verb.doc
    for tok in reversed(doc[: verb.i]):
        if tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() not in AUTHORING_VERBS and not _said_in_report(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and (found := _author_span(resolver, subj, own)) is not None:
            return found
    return None


def _said_in_report(tok: Token) -> bool:
    """ "X said *in a statement*", "X told reporters, *in a communique*": a verb of saying
    whose phrase names the statement or report it was said in."""
    if tok.lemma_.lower() not in SAY_VERBS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "through")
        for p in tok.children
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in REPORT_NOUNS
    )


def _acting(head: Token) -> bool:
    """ "*The court* quashed the order", "the order was quashed *by the court*": a court that
    decided something, not one appealed to ("will appeal *to the Supreme Court*")."""
    if head.dep_ == "nsubj":
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"


def _own_obligee(word: Token) -> bool:
    """'"*We* must decide our own future"', '"*Our* police should be trained by partners who
    share our values"': a modal of obligation (should, must, ought; vocabulary
    obligation_modals) whose verb's subject is the speaker's own side (we, us, or a noun
    owned by our or my) lays the duty on the speaker, and asks nothing of the story's other
    state (rule recipient.own_obligee)."""
    if word.lower_ not in OBLIGATION_MODALS or word.dep_ not in ("aux", "ROOT"):
        return False
    verb = word.head if word.dep_ == "aux" else word
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subj.lower_ in ("we", "i"):
            return True
        return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children)
    return False


def _addressee_named(verb: Token) -> bool:
    """ "urged *residents* to stay", "called on *supporters* to": a request names whom it asks
    (a noun that is no state, or the coder would have it as the recipient)."""
    asks = verb.lemma_.lower() in ASKING_VERBS  # "urged *residents*", not "demanded *a vote*"
    # ... and only with what they are asked to do: "urged *restraint*", "urged *a return to
    # civilian rule*" name what is asked for, like "demanded", not whom
    asks = asks and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) for c in verb.children
    )
    heads = [c for c in verb.children if asks and c.dep_ in ("dobj", "dative")]
    heads += [
        o
        for p in verb.children
        if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "upon", "to") and p.i > verb.i
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")  # not "on Tuesday"
    ]
    return any(h.pos_ in ("NOUN", "PROPN") for h in heads)


# force a state uses on people (CAMEO 17x coercion, 18x assault, 19x fighting)
OBLIGATION_MODALS = words("obligation_modals")
FORCE_ROOTS = ("17", "18", "19")
FORCE_SECTORS = words("state_force_sectors")  # police, soldiers, security services
CROWD_FIGHTING = ("190", "193")  # of 19x, the force used on crowds: fighting, small arms
CROWD_SECTORS = words("crowd_sectors")
# recipients that only say where it happened, not whom it was done to
PLACE_RULES = frozenset(
    {"recipient.place", "recipient.domestic_target", "recipient.place_of_clause"}
)
# a protest the sentence before told: (sentence, its crowd, its trigger words)
Protest = tuple[int, list[Actor], str]


def protest_crowd(cand: Candidate) -> list[Actor]:
    """Who took part in a protest event: its doers when they are people in the street; for a
    protest by no one named ("thousands marched", "a rally in X"), the crowd itself, placed in
    the country the protest is placed in."""
    if cand.plover != "PROTEST":
        return []
    if cand.actors:
        if all(a.sector in CROWD_SECTORS for a in cand.actors):
            return list(cand.actors)
        return []
    iso = next((a.country for a in cand.recipients if a.country and len(a.country) == 3), None)
    if iso is None:
        return []
    tok = cand.trigger.token
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ in ("NOUN", "NUM"):  # "*thousands* marched"
        text = subj.text
    else:  # "the *sit-in*"
        toks = cand.trigger.tokens
        text = tok.doc[toks[0].i : toks[-1].i + 1].text if len(toks) <= 3 else tok.text
    return [Actor(text=text, country=iso, sector="OPP")]


# "officers swung batons *to break up* a vigil", "fired rubber bullets *to disperse* a rally":
# what force is used for, ending a gathering (vocabulary dispersal_verbs), names its crowd
DISPERSAL_VERBS = words("dispersal_verbs")
GATHERING_NOUNS = words("gathering_nouns")


def dispersed_crowd(cand: Candidate) -> list[Actor]:
    """The crowd that force is used to disperse, told in its purpose clause ("swung batons
    *to break up a vigil by nurses*", "fired rubber bullets *to disperse a rally*"): the
    gathering's "by" people, else the gathering itself, of the force's own country: police
    disperse crowds at home. (People dispersed, "to disperse the crowd", are the dispersal's
    own target already.)"""
    own = next((a.country for a in cand.actors if a.country and len(a.country) == 3), None)
    if own is None:
        return []
    tok = cand.trigger.token
    for verb in (tok, tok.head):
        for c in verb.children:
            lemma = c.lemma_.lower()
            if c.dep_ not in ("advcl", "xcomp") or lemma not in DISPERSAL_VERBS:
                continue
            if lemma == "break" and not any(
                p.dep_ == "prt" and p.lower_ == "up" for p in c.children
            ):
                continue
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is None:
                continue
            doc = obj.doc
            if obj.lemma_.lower() in GATHERING_NOUNS:
                by = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"), None)
                who = next((w for w in by.children if w.dep_ == "pobj"), None) if by else None
                if who is None:
                    text = doc[obj.left_edge.i : obj.i + 1].text
                else:  # "tens of thousands of students": to the last noun of the "of" chain
                    last = who
                    while True:
                        of = next(
                            (p for p in last.children if p.dep_ == "prep" and p.lower_ == "of"),
                            None,
                        )
                        nxt = (
                            next((w for w in of.children if w.dep_ == "pobj"), None) if of else None
                        )
                        if nxt is None:
                            break
                        last = nxt
                    text = doc[who.left_edge.i : last.i + 1].text
            else:
                continue
            return [Actor(text=text, country=own, sector="OPP")]
    return []


def is_force_on_crowd(cand: Candidate) -> bool:
    """Force (CAMEO 17x-19x) by police, soldiers or security services, or by no one named,
    whose recipient is none or only the place where it happened."""
    code = cand.cameo_code
    if cand.plover not in ("ASSAULT", "COERCE") or code[:2] not in FORCE_ROOTS:
        return False
    if code[:2] == "19" and code not in CROWD_FIGHTING:
        return False  # shelling, air strikes: no one uses them on a crowd in the street
    if cand.actors and not all(a.sector in FORCE_SECTORS for a in cand.actors):
        return False
    if not cand.recipients:
        return True
    # a place only: coercion (17x) or police force is at the crowd; soldiers shelling a town
    # "as thousands marched" in the capital are not
    policing = code[:2] == "17" or bool(cand.actors) and all(a.sector == "COP" for a in cand.actors)
    return policing and cand.recipient_rule_id in PLACE_RULES


def crowd_target(
    cand: Candidate, kept: list[Candidate], earlier: Protest | None, index: int
) -> None:
    """ "Police *fired tear gas* as thousands marched", "officers used water cannon *during the
    rally*", "X protested. Police *fired tear gas*": force the police use with no one named as
    its target is aimed at the crowd of the protest its sentence (else the sentence before)
    tells (rule recipient.protest_crowd)."""
    if not is_force_on_crowd(cand):
        return
    own = {a.code for a in cand.actors}
    found = [
        (o.trigger.words(), "in its sentence", protest_crowd(o)) for o in kept if o is not cand
    ]
    if earlier is not None and index - earlier[0] == 1:
        found.append((earlier[2], "in the sentence before", earlier[1]))
    for words_, where, crowd in found:
        crowd = [a for a in crowd if a.code not in own]
        if crowd:
            # as sure as before: the crowd is read from the context, not from the act's words
            placed = bool(cand.recipients) and not cand.assumed_recipient
            why = Because.of("recipient.protest_crowd", protest=words_, where=where)
            cand.set_recipients(crowd, why, assumed=not placed)
            return
    crowd = dispersed_crowd(cand)
    if crowd:  # "swung batons to break up a vigil by nurses" (rule recipient.dispersed_crowd)
        placed = bool(cand.recipients) and not cand.assumed_recipient
        cand.set_recipients(
            crowd, Because.of("recipient.dispersed_crowd", crowd=crowd[0].text), assumed=not placed
        )


# who takes on a state from within: their acts are not that state's own
CHALLENGERS = words("challenger_sectors")
CIVIC = words("civic_sectors")  # rights groups, unions, media: society, not the state


def same_side(doers: list[Actor], judges: list[Actor]) -> bool:
    """Whether an act's doers are the judges' own side: the same country, unless the doers are
    rebels, armed gangs or opposition of it ("Gunmen abducted 40 students. The president
    condemned the abduction": not the president's own act), and the same part of it: the state,
    or society (civic_sectors) judging the state's acts."""
    own = {_side(a) for a in judges if a.country and a.sector not in CHALLENGERS}
    theirs = {_side(a) for a in doers if a.country and a.sector not in CHALLENGERS}
    return bool(own & theirs)


def _side(actor: Actor) -> tuple[str | None, bool]:
    """An actor's side: its country, and whether it speaks for society rather than the state
    (vocabulary civic_sectors: "Police arrested forty protesters. *Rights groups* condemned
    the arrests": not the rights groups' own act)."""
    return actor.country, actor.sector in CIVIC


# a state's armed forces and government: their untargeted violence in a story of fighting
# between two states is at the other one (rule recipient.fighting_counterpart)
ARMED_STATE_SECTORS = frozenset({None, "GOV", "MIL"})
# acts of conflict that set one state against another when the story told no attack between
# them: an accusation ("X said Y's troops shelled ..."), a threat, coercion, a show of force
# (PLOVER verbal and material conflict; rule recipient.conflict_counterpart)
CONFLICT_TYPES = frozenset({"ACCUSE", "THREATEN", "COERCE", "MOBILIZE"})


class _Party(NamedTuple):
    """The doers, targets and trigger words of an act of the story or of the sentence."""

    plover: str
    actors: Sequence[Actor]
    recipients: Sequence[Actor]
    words: str
    index: int


def _foes(own: set[str], acts: Sequence[_Party], types: frozenset[str]) -> dict[str, _Party]:
    """The states that acts of ``types`` set against the state ``own``, as their doer or their
    target, each with the last such act."""
    sides: dict[str, _Party] = {}
    for act in acts:
        if act.plover not in types:
            continue
        doers = {a.country for a in act.actors if a.country and is_state(a.country)}
        targets = {a.country for a in act.recipients if a.country and is_state(a.country)}
        if own & doers and not own & targets:
            sides.update((iso, act) for iso in targets - own)
        elif own & targets and not own & doers:
            sides.update((iso, act) for iso in doers - own)
    return sides


def _unreal_or_paired(tok: Token) -> bool:
    """ "aircraft that violate our skies *would be shot down*", "accused X of planning *to
    attack* ...": an attack only threatened, planned or supposed is aimed at whom its own
    words name, not at the side a quarrel sets against its doer; "*clashes between* the army
    and the guard": a fight that names both its sides in a 'between' phrase; "the offensive in
    which its forces *retook* the region": an attack told in a relative clause describes the
    thing it hangs on (often a past war), no new act of the quarrel."""
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    if tok.dep_ in ("xcomp", "relcl") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in UNREAL_AUX for v in verbs for c in v.children
    ):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def fighting_counterpart(
    cand: Candidate,
    acts: list[Act],
    index_now: int,
    kept: Sequence[Candidate] = (),
    said_by: Sequence[Actor] = (),
    resolver: ArgumentResolver | None = None,
) -> None:
    """ "Thai artillery shelled a Cambodian village. ... Thai troops *returned fire*": an attack
    by a state's forces that names no target, in a story whose attacks of the last
    SAME_WORD_REACH sentences set that state against exactly one other state (as doer or
    target), is aimed at that state (rule recipient.fighting_counterpart); not a police action
    (at home), nor one by rebels or other non-state doers, nor a joint act. When those attacks
    set it against no state, the story's acts of conflict of those sentences and the sentence's
    own other events (CONFLICT_TYPES: "India *accused* Pakistan of shelling its posts ...
    Pakistani troops *opened fire*") may (rule recipient.conflict_counterpart); first of all the
    state ``said_by`` that reports the attack ("Djibouti said Eritrean troops *opened fire*": the
    accuser, sentence.accusers), when it is one. Acts of conflict of other sentences count only
    for the state the story pairs with the doer's (``resolver``'s counterpart): a side quarrel
    told in passing ("Y has accused X of planning to attack it") does not make Y the target."""
    if cand.plover != "ASSAULT" or cand.recipients or cand.joint or cand.unattributed:
        return
    own = {a.country for a in cand.actors if a.country}
    if len(own) != 1 or not is_state(next(iter(own))):
        return
    if any(a.sector not in ARMED_STATE_SECTORS for a in cand.actors):
        return  # police, rebels, militias, crowds: their violence is often at home
    told = [
        _Party(a.plover, a.actors, a.recipients, a.words, a.index)
        for a in acts
        if 0 < index_now - a.index <= SAME_WORD_REACH
    ]
    rule = "recipient.fighting_counterpart"
    sides = _foes(own, told, frozenset({"ASSAULT"}))
    if not sides and not _unreal_or_paired(cand.trigger.token):
        here = [
            _Party(c.plover, c.actors, c.recipients, c.trigger.token.text, index_now)
            for c in kept
            if c is not cand and not c.unattributed
        ]
        if said_by:  # the state that reports the attack accuses its doer of it
            here = [_Party("ACCUSE", said_by, cand.actors, cand.trigger.token.text, index_now)]
            told = []
        sides = _foes(own, told + here, CONFLICT_TYPES | {"ASSAULT"})
        rule = "recipient.conflict_counterpart"
        if told and resolver is not None and len(sides) == 1:
            paired = resolver.counterpart(own, before=cand.trigger.token.sent.end)
            if paired is None or paired[0] not in sides:
                return  # not the story's quarrel: a side one told in passing
    if len(sides) != 1:
        return
    ((iso, act),) = sides.items()
    name = country_name(iso) or iso
    why = Because.of(rule, name=name, words=act.words, n=index_now - act.index)
    cand.set_recipients([Actor(text=name, name=name, country=iso)], why, assumed=True)
