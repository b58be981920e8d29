"""Modality of a trigger: asserted, future, hypothetical, negated or claimed (cues in modality.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.announced_start import announced_start
from communique.coding.lexicon import modality_cues
from communique.coding.noun_arguments import doing_clause
from communique.coding.syntax import (
    OBLIGATION_MODALS,
    effect_words,
    first_conjunct,
    obligation,
    polite_request,
)
from communique.coding.unreal_clauses import (
    conditioned_object,
    disowned_claim,
    inverted_condition,
    negative_phrase,
    no_share,
    or_face,
    or_face_before,
    planned_purpose,
    trailing_inversion,
)
from communique.vocabulary import words

STRENGTH = {"negated": 4, "hypothetical": 3, "claimed": 2, "future": 1, "asserted": 0}
MEASURE_NOUNS = words("measure_nouns")
COMING_NOUNS = words("coming_nouns")
AIM_NOUNS = frozenset({"attempt", "bid", "effort"})  # "in an attempt to ...": an aim
# verbs that report a clause: its "would" is a future, not a hypothetical
REPORTING_VERBS = words("reporting_verbs")
# speech acts: "X's demands", "its offer", "their threat" (the proposal nouns and threats)
SPEECH_ACT_NOUNS = words("proposal_nouns") | words("pledge_nouns")
PRESUPPOSING_PREPS = words("presupposing_preps")
BELIEF_VERBS = words("belief_verbs")
PASSIVE_PLAN_VERBS = words("passive_plan_verbs")  # "is *slated* to host": a plan in the passive
REFRAINING = words("refraining_verbs")  # "*refrained from* criticising X": not done
KEEPING_FROM = words("blocking_verbs") | words("keeping_from_verbs")  # "barred X from *-ing*"
# "*at* a meeting with X, Y pressed for ...", "*in* a call with X, Y urged ...": the setting a
# clause happens in is no content of its verb; only the clause's tense reaches it
SETTING_PREPS = words("setting_preps")
SCHEDULE_NOUNS = words("schedule_nouns")  # "set *a date* for a strike": a plan
CLAIMANT_NOUNS = words("claimant_nouns") | words("rumour_nouns")
CLAIM_LABELS = words("claim_label_nouns")
CONFIRMING_VERBS = words("confirming_verbs")
UNDERTAKING_VERBS = words(
    "undertaking_verbs"
)  # "set about", "go about": doing it  # "confirmed reports that ...": told as true
# "plans to open a fair in X *before heading to* Y": a gerund after a preposition of sequence is the
# subject's own act, one step of the same itinerary (vocabulary sequence_preps)
SEQUENCE_PREPS = words("sequence_preps")
# "a video *claims to show* troops shelling", "a clip *allegedly showing* police beating":
# what footage is only said to show is claimed (vocabulary depiction_verbs and its hedges)
DEPICTION_VERBS = words("depiction_verbs")
DEPICTION_HEDGE_VERBS = words("depiction_hedge_verbs")
DEPICTION_HEDGE_ADVERBS = words("depiction_hedge_adverbs")
# "would *not hesitate* to expel": the negation affirms readiness (branch threat38)
HESITANCY_VERBS = words("hesitancy_verbs")


# causative verbs with a bare infinitive ("make X release", "let X go", "help X rebuild"): the
# act is the causer's aim, its mood the causer's, as with "force X to release"
CAUSATIVE_VERBS = frozenset({"make", "let", "help"})


def _claimant_noun(subj: Token) -> Token | None:
    """The claimant or rumour noun a subject is ("*prosecutors* say", "*posts* say") or, for a
    part of a whole, the whole's ("*several of the posts* add that ...", "*one of the
    lawyers* said"); None for another subject."""
    if subj.lemma_.lower() in CLAIMANT_NOUNS:
        return subj
    if subj.tag_ in ("CD", "DT", "JJ", "JJS", "NN") or subj.pos_ in ("NUM", "PRON", "DET"):
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
                plural = whole is not None and whole.tag_ in ("NNS", "NNPS")
                if plural and whole.lemma_.lower() in CLAIMANT_NOUNS:  # type: ignore[union-attr]
                    return whole
    return None


_PLAN_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _reported_plan(chain: list[Token]) -> bool:
    """Whether a reported clause is told in the future ("said they *would* ask", "says it
    *will* appeal"): a word about a coming step, not a claim that an act was done."""
    return any(c.dep_ == "aux" and c.lower_ in _PLAN_AUX for word in chain for c in word.children)


def _causative(cur: Token) -> bool:
    return (
        cur.dep_ in ("ccomp", "xcomp")
        and cur.tag_ == "VB"
        and cur.head.lemma_.lower() in CAUSATIVE_VERBS
        and not any(c.dep_ == "aux" for c in cur.children)
    )


def _split_infinitive(cur: Token) -> bool:
    """ "Brazil offered *on Monday* to host talks": a phrase between a verb and its
    "to"-infinitive makes the small model hang the infinitive as an adverbial clause; when the
    verb is a cue of intent ("offer", "plan", "hope") with no object of its own, the infinitive
    is its complement, as without the phrase. Not "go" ("went to Paris *to hold talks*": a
    purpose, the talks held)."""
    if cur.dep_ != "advcl" or cur.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    head = cur.head
    lemma = head.lemma_.lower()
    if lemma == "go" or lemma not in modality_cues().get("gov", {}):
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in head.children)


def _acting_set(word: Token, below: Token) -> bool:
    """ "set" marks a plan only as "set to <verb>" ("is set to visit") or with the planned
    thing as its subject ("talks are set for Monday"); with a particle ("*set off* weeks of
    protests", "set up", "set out"), with the event as its object, or with a clause joined
    to it ("tents *were set on fire* and a woman was injured") it is an act of setting, and
    the event below it no plan (rule modality.cue). Not the base form ("agreed to set up
    patrols", "will set up"): the setting is then itself the plan."""
    if word.lemma_.lower() != "set" or word.tag_ == "VB":
        return False  # "agreed *to set up* patrols": the setting is the plan, as before
    if any(c.dep_ == "prt" for c in word.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in SCHEDULE_NOUNS for c in word.children):
        return False  # "unions *set a date* for a strike": scheduled, a plan
    return below.dep_ not in ("xcomp", "nsubj", "nsubjpass", "acomp")


def _chain(tok: Token) -> list[Token]:
    """The trigger and the verbs/adjectives it hangs from within its clause ("is expected to visit")."""
    chain = [tok]
    cur = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
        cur = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        chain.append(cur)
        if cur.dep_ in ("dobj", "nsubjpass", "pobj") and (
            cur.lemma_.lower() in MEASURE_NOUNS
            # "could trigger *the return of* sanctions": they come only if their return does
            # (vocabulary coming_nouns)
            or (
                cur.lemma_.lower() in COMING_NOUNS
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
            )
        ):
            cur = cur.head  # "called off *a planned round of* talks": the verb over the round
            chain.append(cur)
    while (
        cur.dep_ in ("xcomp", "acomp", "conj")
        or (cur.dep_ == "acl" and cur.head.lemma_.lower() in AIM_NOUNS)  # "a *bid* to force"
        or _causative(cur)  # "an effort to make X *release* ...": as "force X to release"
        or _split_infinitive(cur)  # "offered *on Monday* to host talks"
    ) and cur.head.i != cur.i:
        if cur.dep_ == "conj" and (
            cur.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in cur.children)
        ):
            break  # "would not bow ... and *accused* Greece": a verb with its own tense
        cur = cur.head
        chain.append(cur)
    return chain


def _presence_due(word: Token, cues: dict[str, str]) -> Token | None:
    """ "X *is due* in Harare next week for talks": the adjective of presence-to-come
    (modality.tsv, where = presence) that is the predicate of the copula ``word`` a trigger in
    its "for"/"to" phrase hangs from; the visit and its talks are planned, not held."""
    if word.lemma_.lower() != "be":
        return None
    return next(
        (
            c
            for c in word.children
            if c.dep_ in ("acomp", "attr") and c.lower_ in cues and cues[c.lower_] == "future"
        ),
        None,
    )


def _sequence_host(clause: Token) -> Token | None:
    """The verb a gerund after a preposition of sequence hangs on ("will visit Y *before heading*
    to Z" -> "visit"), if the clause is such a gerund."""
    prep = clause.head
    if (
        clause.dep_ == "pcomp"
        and clause.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in SEQUENCE_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.i != clause.i
    ):
        return prep.head
    return None


def _claim_label(clause: Token) -> Token | None:
    """The label noun a clause is set out under after a colon ("*Another claim*: X expelled Y",
    "*Rumour*: ..."; vocabulary.tsv claim_label_nouns), if the clause hangs on one."""
    head = clause.head
    if (
        clause.dep_ in ("acl", "appos", "ccomp", "relcl")
        and head.i < clause.i
        and head.lemma_.lower() in CLAIM_LABELS
        and head.i + 1 < len(head.doc)
        and head.doc[head.i + 1].text == ":"
    ):
        return head
    return None


def _hedged_depiction(tok: Token) -> Token | None:
    """The hedge over a verb of showing that ``tok`` is shown by ("a video *claims to* show
    troops *shelling* ...", "footage *purporting to* show ...", "a clip *allegedly* showing
    police *beating* ...", "images *said to* show ..."): what footage is only claimed to show is
    a claim, not a known act (rule modality.cue), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "acl", "amod", "dobj", "xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in DEPICTION_VERBS and cur.pos_ == "VERB":
            break
    else:
        return None
    if cur.lemma_.lower() not in DEPICTION_VERBS:
        return None
    for c in cur.children:
        if c.dep_ == "advmod" and c.lower_ in DEPICTION_HEDGE_ADVERBS:
            return c
    if (
        cur.dep_ in ("xcomp", "acl", "advcl", "ccomp", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        and cur.head.lemma_.lower() in DEPICTION_HEDGE_VERBS
    ):
        return cur.head
    return None


def _be_to(word: Token, below: Token) -> bool:
    """ "The two sides *are to sign* agreements", "the president *is to visit* Tokyo", "they
    *were to meet*": "be" with a "to" infinitive says what is arranged or planned, not what is
    done (Merriam-Webster, be: "used with the infinitive to express futurity, arrangement in
    advance, or obligation")."""
    return (
        word.lemma_.lower() == "be"
        and below.dep_ == "xcomp"
        and below.head.i == word.i
        and below.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    )


def _litotes(word: Token) -> bool:
    """Whether a negated trigger says the opposite of a negative complement ("will not go
    *unanswered*", "will not leave it *unpunished*"): a promise to answer, not a denial
    (vocabulary litotes_complements)."""
    near = [*word.children, *(g for c in word.children if c.dep_ == "dobj" for g in c.children)]
    return any(
        c.dep_ in ("acomp", "oprd", "xcomp", "amod", "acl", "ccomp")
        and (
            c.lemma_.lower() in words("litotes_complements")
            or c.lower_ in words("litotes_complements")
        )
        for c in near
    )


def _kept_from(tok: Token) -> Token | None:
    """ "banned the firms *from trading with or investing in* X", "barred them from
    entering": the verb of stopping (vocabulary blocking_verbs and keeping_from_verbs) whose
    "from" clause the trigger is; what it stops is not done (rule modality.cue)."""
    if tok.tag_ != "VBG":
        return None
    cur = first_conjunct(tok)
    if cur.dep_ != "pcomp" or cur.head.lower_ != "from":
        return None
    verb = cur.head.head
    if verb.lemma_.lower() in KEEPING_FROM:
        return verb
    # "*refrained from* criticising X", "*shied away from* condemning": the subject keeps
    # itself from the act (vocabulary refraining_verbs; 'shy' with 'away'; branch forbid37)
    lemma = verb.lemma_.lower()
    if lemma in REFRAINING or (lemma == "shy" and any(c.lower_ == "away" for c in verb.children)):
        return verb
    return None


def _done_without(tok: Token) -> Token | None:
    """ "released him *without charging* him", "held for weeks *without being charged*", "left
    *without firing* a shot": the act a "without" gerund or participle names is not done; the
    preposition, else None (Merriam-Webster 'without' 2b: used to indicate that an action is
    not done; branch unrest14)."""
    if tok.tag_ not in ("VBG", "VBN"):
        return None
    cur = first_conjunct(tok)
    if cur.dep_ != "pcomp" or cur.head.lower_ != "without" or cur.head.dep_ != "prep":
        return None
    return cur.head


# nouns of intent whose denial is a refusal: "has *no intention of* handing over the suspects"
# (general English usage: to have no intention of doing a thing is to refuse to do it)
INTENTION_NOUNS = frozenset({"intention", "intent"})


def no_intention(tok: Token) -> Token | None:
    """The noun of "has *no intention of* extraditing him" (or "does not have any intention
    of") when ``tok`` is the act it governs: the act is refused, so not done (negated), and the
    refusal is made (recode.refusal)."""
    cur = first_conjunct(tok)
    if cur.tag_ != "VBG" or cur.dep_ != "pcomp" or cur.head.lower_ != "of":
        return None
    noun = cur.head.head
    if noun.lemma_.lower() not in INTENTION_NOUNS:
        return None
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in noun.head.children)
    )
    return noun if denied else None


def modality_of(tok: Token) -> tuple[str, str]:
    """(modality, the cue that decided it)."""
    cues = modality_cues()
    best, cue = "asserted", ""
    plan: tuple[str, str] | None = None  # the unreal modality a governing verb of plan gave

    def offer(mod: str, why: str) -> None:
        nonlocal best, cue
        if STRENGTH[mod] > STRENGTH[best]:
            best, cue = mod, why

    chain = _chain(tok)
    kept = _kept_from(tok)
    if kept is not None:  # "barring them *from investing* in X": an act they may not do
        offer("negated", f"'{kept.text} … from'")
    if (without := _done_without(tok)) is not None:  # "released him *without charging* him"
        offer("negated", f"'{without.text}'")
    if (intent := no_intention(tok)) is not None:  # "has no intention of extraditing him"
        offer("negated", f"'no {intent.text} of'")
    if tok.lemma_.lower() in SPEECH_ACT_NOUNS and any(c.dep_ == "poss" for c in tok.children):
        # "if Y agrees to *X's demands*", "will not accept *its offer*": someone's act named by
        # a possessed noun has been made; what may happen to it is the other verb's modality
        chain = [tok]
    elif tok.pos_ == "NOUN" and doing_clause(tok):
        # "would appeal against *the embargo that X imposed*": an act a past clause of doing
        # tells as done by its own subject has happened, whatever the verb over the noun says
        # (rule actor.relative_doer; branch relacts)
        chain = [tok]
    elif tok.dep_ == "pobj" and tok.head.lower_ in PRESUPPOSING_PREPS:
        # "would defend his record *amid protests*", "will travel *despite the attacks*": what
        # the clause happens amid, despite or following has happened, whatever the clause's mood
        chain = [tok]
    clause = chain[-1]
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "nsubj"
        and (due := _presence_due(tok.head, cues.get("presence", {}))) is not None
    ):
        # "the signing of the pact *is pending*", "a visit *is expected* in May", "an attack
        # *is imminent*": a noun event whose copula says it is still to come (branch forbid37)
        offer("future", f"'{tok.head.text} {due.text}'")
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and (mark := condition_mark(tok.head)):
        # "*if a strike* by rail workers goes ahead", "unless talks resume": the noun's
        # happening is the condition set, not a fact
        offer("hypothetical", f"'{mark}'")
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS
    setting = _setting_verb(tok)
    if reported and tok.pos_ == "VERB":
        # "*prosecutors* say the men attacked ...": the act a party's case in court says was
        # done is a claim (not a known event its clause names: "say the 2019 riots were ...")
        claimant = next(
            (
                c
                for c in clause.head.children
                if c.dep_ == "nsubj" and _claimant_noun(c) is not None
            ),
            None,
        )
        if claimant is not None and not _reported_plan(chain):
            # "the lawyers said they *would ask* the court": a party's word about its own
            # coming step is a plan, the future below, no claim of a past act (modality.claimant_plan)
            said = _claimant_noun(claimant)
            offer("claimed", f"'{said.text} {clause.head.text}'")  # type: ignore[union-attr]
    label = _claim_label(clause)
    if label is not None:  # "Another claim: X expelled Y": the labelled act is a claim
        offer("claimed", f"'{label.text}:'")
    hedge = _hedged_depiction(tok)
    if hedge is not None:  # "a video *claims to show* troops shelling ...": only claimed
        offer("claimed", f"'{hedge.text}' … shown")
    none = _none_object(tok)  # "held *no* talks", "imposed *no* new tariffs": none took place
    if none is not None and (mod := cues.get("neg", {}).get(none.lower_)):
        offer(mod, f"'{none.text} {none.head.text}'")
    for i, word in enumerate(chain):
        if (
            setting is not None and word.i == setting.i
        ):  # "at talks with X, Y *pressed for* ...": only a future reaches it
            tense = [cues.get("aux", {}).get(c.lower_) for c in word.children if c.dep_ == "aux"]
            # "X said it *would* raise the matter at a meeting of ...": reported "would" is a
            # future too, as for the clause's own act
            would = reported and any(c.dep_ == "aux" and c.lower_ == "would" for c in word.children)
            if "future" in tense or would:
                offer("future", f"'{word.text}'")
            continue
        if i > 0 and word.lemma_.lower() == "go" and word.tag_ in ("VBD", "VBN"):
            pass  # "went (straight) into talks": a past 'go' enters them, no plan (rule modality.cue)
        elif i > 0 and _acting_set(word, chain[i - 1]):
            pass  # "set off protests", "were set on fire": an act of setting, no plan
        elif (
            i > 0
            and word.lemma_.lower() in PASSIVE_PLAN_VERBS
            and not any(c.dep_ == "auxpass" for c in word.children)
        ):
            pass  # "the opposition *slated* the deal" (criticised it): only "is slated to" plans
        elif i > 0 and _be_to(word, chain[i - 1]):
            offer("future", f"'{word.text} to'")  # "the two sides *are to* sign": arranged
        elif i > 0 and (due := _presence_due(word, cues.get("presence", {}))) is not None:
            offer("future", f"'{word.text} {due.text}'")  # "*is due* in X next week for talks"
        elif i > 0 and word.lemma_.lower() in cues.get("gov", {}):
            mod = cues["gov"][word.lemma_.lower()]
            if word.lemma_.lower() == "able" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                for c in (*word.children, *word.head.children)
            ):
                mod = "future"  # "will be able to meet": the ability is the plan
            offer(mod, f"'{word.text}'")
            if plan is None and mod in ("future", "hypothetical"):
                plan = (mod, f"'{word.text}'")
        if (
            i > 0
            and word.lemma_.lower() == "call"
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in word.children)
        ):
            offer("negated", f"'{word.text} off'")  # "called off the talks": they did not happen
        for c in word.children:
            low, lemma = c.lower_, c.lemma_.lower()
            if c.dep_ in ("aux", "auxpass"):
                mod = cues.get("aux", {}).get(low) or cues.get("aux", {}).get(lemma)
                if mod == "hypothetical" and low == "would" and reported:
                    mod = "future"  # "X said Y would ...": future in reported speech
                if mod:
                    offer(mod, f"'{c.text}'")
                elif low == "to" and _headline_future(word):
                    offer("future", f"headline '{c.text} {word.text}'")
                if reported and lemma == "have" and c.lower_ == "had":
                    offer("claimed", f"reported '{clause.head.text} … had'")
            elif i == 0 and c.dep_ == "neg" and _litotes(word):
                continue  # "will *not* go unanswered": the negation is the idiom's, not the act's
            elif i > 0 and c.dep_ == "neg" and word.lemma_.lower() in HESITANCY_VERBS:
                # "would *not hesitate* to expel them", "did not hesitate to condemn": a
                # negated verb of holding back affirms the act it governs (litotes: readiness
                # to come with a modal of the future, the act done without one); the modal on
                # the verb still makes it a plan or a threat (rule modality.cue)
                offer("asserted", f"'{c.text} {word.text}': readiness, no denial")
                continue
            elif c.dep_ == "neg" or (
                c.dep_ in ("det", "advmod")
                and low in ("never", "no")
                and (c.head.pos_ == "VERB" or i == 0)  # "made *no* arrests"
            ):
                mod = cues.get("neg", {}).get(low)
                if mod:
                    offer(mod, f"'{c.text}'")
            elif c.dep_ == "advmod" and low in cues.get("adv", {}):
                mod = cues["adv"][low]
                if (
                    mod == "future"
                    and word.tag_ in ("VBD", "VBN")
                    and not any(a.dep_ == "aux" for a in word.children)
                ):
                    continue  # "X *later* met Y": a past tense stays past
                offer(mod, f"'{c.text}'")
            elif c.dep_ == "mark" and low in cues.get("mark", {}):
                offer(cues["mark"][low], f"'{c.text}'")
            elif c.dep_ == "det" and i == 0 and low in cues.get("det", {}):
                offer(cues["det"][low], f"'{c.text}'")  # "would respond to *any* attack"
            elif (
                # "a *planned* visit", and after the noun: "a dialogue *scheduled* for May"
                (c.dep_ in ("amod", "compound") or (c.dep_ == "acl" and c.tag_ == "VBN"))
                and (i == 0 or word.lemma_.lower() in MEASURE_NOUNS)
                and low in cues.get("amod", {})
            ):
                offer(cues["amod"][low], f"'{c.text}'")
    if tok.pos_ in ("NOUN", "PROPN") and best == "asserted":
        # "is due back in Juba *for another round of talks*": the noun under the phrases of a
        # 'be' of presence-to-come, however deep ("round of talks")
        verb = tok
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if (due := _presence_due(verb, cues.get("presence", {}))) is not None:
            offer("future", f"'{verb.text} {due.text}'")
    # "is expected to open a fair in Lima *before heading* to Quito", "will visit Y next week
    # *after stopping* in Z": a step of a planned itinerary is as planned as the act it is placed by;
    # a past clause ("opened the fair before heading to Y") keeps its gerund asserted
    host = _sequence_host(clause)
    if host is not None and best == "asserted":
        mod, why = modality_of(host)
        if mod in ("future", "hypothetical"):
            offer(mod, f"'{clause.head.text} {clause.text}' in a plan: {why}")
    # "Y has to stop *the shelling*", "must allow inspectors to *visit*", "needs to ensure
    # that fuel *reaches* ...": what someone must do, down a chain of clauses, is not done
    found = _obligated(chain, clause, reported)
    if found:
        offer("hypothetical", found)
    # "hoped the other side would *meet* ...": a wish about someone's act is no act
    if clause.dep_ == "ccomp" and cues.get("gov", {}).get(clause.head.lemma_.lower()) == (
        "hypothetical"
    ):
        offer("hypothetical", f"'{clause.head.text}'")
    # "a witness *testified* that soldiers burned ...", "*described how* ...": a claim about it
    # and "posts claim that troops crossed ... and *attacked* ...": a verb joined to the claimed
    # clause with a tense of its own is part of the same claim
    told = first_conjunct(clause)
    if told.dep_ == "ccomp" and told.head.lemma_.lower() in cues.get("clause", {}):
        offer(cues["clause"][told.head.lemma_.lower()], f"'{told.head.text}'")
    # "is concerned by *reports* that two candidates were detained": the content of a noun of
    # report or allegation is what the report says, not an act the text tells as done; a report
    # confirmed ("confirmed reports that ...") is told as true
    told_by = _content_noun(told, cues.get("content", {}))
    if told_by is not None:
        offer(cues["content"][told_by.lemma_.lower()], f"'{told_by.text} that'")
    # "denied *reports of* a raid by its army", "amid *allegations of* torture": a noun act
    # after 'of' on such a noun is the report's content too (branch forbid37)
    told_by = _content_of(tok, cues.get("content", {}))
    if told_by is not None:
        offer(cues["content"][told_by.lemma_.lower()], f"'{told_by.text} of'")
    # "a *strike* by the miners *would* cripple the economy", "the *offensive*, *if* it
    # happens, would be ...": a noun event that is the subject of a verb of what might be
    # ("the ban *would take effect* on 1 June" is a measure decided, only its day ahead)
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.i != tok.i
        and not effect_words(tok.head)
    ):
        for c in tok.head.children:
            low = c.lower_
            if c.dep_ == "aux" and cues.get("aux", {}).get(low) == "hypothetical":
                offer("hypothetical", f"'{c.text}'")
            elif c.dep_ == "advcl" and any(
                m.dep_ == "mark" and cues.get("mark", {}).get(m.lower_) == "hypothetical"
                for m in c.children
            ):
                offer("hypothetical", f"'{next(m.text for m in c.children if m.dep_ == 'mark')}'")
    # "*nobody* expects ...", "*no* country recognised ...": a subject that counts no one
    for word in chain:
        sharer = word
        while (  # "*no* officer had carried a gun *or made* an arrest": a joined verb with no
            sharer.dep_ == "conj"  # subject of its own shares its head's
            and sharer.head.i != sharer.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in sharer.children)
        ):
            sharer = sharer.head
        passive = any(c.dep_ == "auxpass" for c in word.children)
        subjects = [*word.children]
        if sharer != word:  # the same voice only: "no weapons *had been moved* and
            subjects += [  # *accused* X" does not share "no weapons" as its doer
                c for c in sharer.children if c.dep_ == ("nsubjpass" if passive else "nsubj")
            ]
        for c in subjects:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            said = c.lower_ if c.lower_ in cues.get("subj", {}) else ""
            said = said or next(
                (
                    d.lower_
                    for d in c.children
                    if d.dep_ in ("det", "preconj")  # "*neither* X nor Y attended"
                    and d.lower_ in cues.get("subj", {})
                ),
                "",
            )
            if said:
                offer(cues["subj"][said], f"'{said}' as the subject")
            elif _not_nor_subject(c) and cues.get("neg", {}).get("not"):
                # "*not* X *nor* Y have sent troops": both named subjects are denied the act
                offer(cues["neg"]["not"], "'not' … 'nor' on the subject")
    # "there is *no* evidence that troops crossed ...": a clause that a negated noun holds
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN":
        no = next((d for d in clause.head.children if d.dep_ == "det" and d.lower_ == "no"), None)
        if no is not None and cues.get("neg", {}).get("no"):
            offer(cues["neg"]["no"], f"'{no.text} {clause.head.text}'")
    # "ready to talk, but *only once* X withdrew", "would remain ... *until* X ended": a
    # condition to be met, not an act that happened
    for word in chain:
        found = _pending_condition(word)
        if found:
            offer("hypothetical", found)
    # the clause itself may be conditional: "if X attacks", "unless ..."
    head = clause
    if head.dep_ == "conj" and head.head.dep_ == "advcl":
        head = head.head  # "if the court orders X to leave *and it refuses*": both conditions
    if head.dep_ == "advcl":
        for c in head.children:
            if c.dep_ == "mark" and c.lower_ in cues.get("mark", {}):
                mod = cues["mark"][c.lower_]
                if best == "negated" and mod == "hypothetical":
                    # "if X does *not* reopen the border": a condition, not a fact denied
                    best, cue = mod, f"'{c.text}' … '{cue.strip(chr(39))}': a condition"
                offer(mod, f"'{c.text}'")
    # "*Had* X closed its airspace, ...": an inverted condition (rule modality.inverted_condition)
    found = inverted_condition(head)
    if found:
        if best == "negated":  # "Had X *not* closed ...": a condition, not a fact denied
            best, cue = "hypothetical", f"{found} … '{cue.strip(chr(39))}'"
        offer("hypothetical", found)
    # "X *faces* new sanctions *unless* ...": a consequence set on a condition
    found = conditioned_object(tok)
    if found:
        offer("hypothetical", found)
    # "flies to Y next month *for negotiations*": the purpose of a planned trip
    found = planned_purpose(tok)
    if found:
        offer("future", found)
    # "called a strike *from Monday*", "declared a boycott *as of* 9 May": set to begin
    found = announced_start(tok)
    if found:
        offer("future", found)
    # "has *at no point* pushed boats back", "played *no part in* the attack", "allegations
    # that X looted ... *are fiction*": denied acts
    found = (
        no_share(tok)
        or next((f for w in chain if (f := negative_phrase(w))), "")
        or disowned_claim(first_conjunct(clause))
    )
    if found:
        offer("negated", found)
    found = _condition_opener(tok)
    if found:
        if best == "negated":
            # "as long as X does *not* withdraw": a condition, not a fact denied
            best, cue = "hypothetical", f"{found} … '{cue.strip(chr(39))}': a condition"
        offer("hypothetical", found)
    found = talk_topic(chain)
    if found:  # "has said nothing *about sending* troops": an act named as what talk is about
        offer("hypothetical", found)
    found = habitual_cue(tok)
    if found:  # "Moscow *usually* answers such expulsions by ...": a habit, no act that happened
        offer("hypothetical", found)
    if (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in BELIEF_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    ):
        # "officials *expect* the coast guard to seize more boats": another's act in a "to"
        # clause under a verb of belief or expectation is foreseen, not done
        offer("hypothetical", f"'{clause.head.text}' … 'to': a prediction")
    if (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in BELIEF_VERBS
        and not any(c.dep_ == "auxpass" for c in tok.children)  # not "is believed to have"
        and any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() != "have"  # not a perfect infinitive ("expects to have won")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    ):
        # "Italian officials say they *expect to* accept", "*expects to* sign within weeks":
        # a verb of prediction that is itself the trigger foresees its subject's own act; the
        # act is to come, not made (Merriam-Webster expect 1a 'to anticipate or look forward to
        # the coming or occurrence of'; branch forbid37)
        offer("future", f"'{tok.text} to': foreseen")
    if best == "future" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in BELIEF_VERBS:
        # "I *think* the government will impose sanctions", "analysts *predict* the army will
        # attack": a future act someone believes in is foreseen, not planned or threatened
        best, cue = "hypothetical", f"'{clause.head.text}' … '{cue.strip(chr(39))}': a prediction"
    if best == "claimed" and plan is not None:
        # "the minister said officers *had planned to* storm the palace", "prosecutors say the
        # men plotted to bomb ...": what is claimed is the plan; the act planned is not done
        best, cue = plan[0], f"{plan[1]}: a plan, claimed by {cue}"
    return best, cue


def _content_noun(told: Token, content: dict[str, str]) -> Token | None:
    """The noun of report or allegation (modality.tsv, where = content) whose 'that' clause
    ``told`` is, not one confirmed (vocabulary confirming_verbs), or None. The parser may hang
    the clause on the last noun of a phrase after the report noun ("denied *reports* on
    opposition websites *that* troops arrived", "*claims* in the press *that* ..."): a clause
    opened by the conjunction 'that' (not the pronoun of a relative clause: "websites that
    published it") with a subject of its own belongs to the report noun the phrase hangs on
    (English grammar: a content clause complements a noun of saying, Quirk et al. 17.26;
    branch forbid37)."""
    if told.dep_ not in ("acl", "ccomp", "relcl"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in told.children):
        return None
    noun = told.head
    if told.dep_ == "relcl":
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in told.children):
            return None
        for _ in range(2):  # "reports *on websites*", "claims *by officials in* the capital"
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in content:
                break
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                return None
            noun = noun.head.head
    return _unconfirmed(noun, content)


def _content_of(tok: Token, content: dict[str, str]) -> Token | None:
    """The noun of report or allegation that a noun act is the object of 'of' after
    ("*reports of* a raid", "*allegations of* torture by police"), not one confirmed, or None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    return _unconfirmed(tok.head.head, content)


def _unconfirmed(noun: Token, content: dict[str, str]) -> Token | None:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in content:
        return None
    return None if noun.head.lemma_.lower() in CONFIRMING_VERBS else noun


def _not_nor_subject(subj: Token) -> bool:
    """A subject denied by "not ... nor" ("*Not* the army *nor* the militias are blocking
    ..."): a "not" on the first of the joined subjects and a "nor" joining the next; a bare
    "not" is left alone ("not all states signed" says some did)."""
    return any(c.dep_ == "neg" and c.lower_ == "not" for c in subj.children) and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in subj.children
    )


def _setting_verb(tok: Token) -> Token | None:
    """The verb of a clause that a noun event is the setting of ("*at* a meeting with X, Y
    pressed for ...", "*during* talks, Y refused ..."): its wishes, requests and negation are the
    clause's own, not the setting's."""
    prep = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in SETTING_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _headline_future(verb: Token) -> bool:
    """A headline's future: "Peru *to expel* diplomats", a sentence whose root is an
    infinitive with its own subject (prose says "Peru will expel" or "is to expel")."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)


def _obligated(chain: list[Token], clause: Token, reported: bool) -> str:
    """The cue of an obligation the act is under, else '': a verb of obligation with 'to'
    over it in its clause ("Y *has to* stop the shelling"; not the past of a narration,
    "police *had to* fire tear gas", which says they did), or a modal or verb of obligation
    on a clause above it, up to a verb of saying ("Y *must* allow X to visit")."""
    for word in chain[1:]:
        if obligation(word) is not None and (word.tag_ != "VBD" or reported):
            return f"'{word.text} to'"
    cur = clause
    for _ in range(4):
        head = cur.head
        if cur.dep_ not in ("ccomp", "xcomp") or head.i == cur.i:
            break
        if head.lemma_.lower() in REPORTING_VERBS:
            break
        modal = next(
            (c for c in head.children if c.dep_ == "aux" and c.lemma_.lower() in OBLIGATION_MODALS),
            None,
        )
        if modal is not None:
            return f"'{modal.text} {head.text}' above it"
        if obligation(head) is not None and head.tag_ != "VBD":
            return f"'{head.text} to' above it"
        cur = head
    return ""


PERFORMATIVE_VERBS = words("performative_verbs")
PERFORMATIVE_FRAMES = words("performative_frames")
SUBJECT_PRONOUNS = words("subject_pronouns")
_SPEAKERS = SUBJECT_PRONOUNS & words("first_person_pronouns")  # "i", "we"
_REPORTED_SPEAKERS = SUBJECT_PRONOUNS - {"it"}  # people: "he said *he* would like to"
_LET_FRAMES = words("leave_frames")  # "let me", "allow me to": asking leave


def performed_speech_act(tok: Token) -> str:
    """The frame that makes a speech act said in the conditional or as a wish a performed
    one, else '': "*I would like to* thank X", "*we wish to* express our support", "*let me*
    condemn", "he said *he would like to* thank X" (by saying so the speaker thanks, condemns,
    welcomes). Also for what such an act names ("thank X for *its mediation*"): the frame's
    mood is not theirs. A polite request ("we *would appreciate* it if X ...") is made by
    saying it, too."""
    if polite_request(tok) is not None:
        return f"'{next(c.text for c in tok.children if c.dep_ == 'aux')} {tok.text}': a polite request"
    for word in _chain(tok):
        if word.lemma_.lower() not in PERFORMATIVE_VERBS or word.dep_ not in ("xcomp", "ccomp"):
            continue
        frame = word.head
        lemma = frame.lemma_.lower()
        if lemma not in PERFORMATIVE_FRAMES:
            continue
        if lemma in _LET_FRAMES:  # "let me condemn", "allow me to thank"
            me = [c for c in (*word.children, *frame.children) if c.dep_ in ("nsubj", "dobj")]
            if any(c.lower_ in ("me", "us") for c in me):
                return f"'{frame.text} {me[0].text}'"
            continue
        subj = next((c for c in frame.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        reported = frame.dep_ == "ccomp" and frame.head.lemma_.lower() in REPORTING_VERBS
        if subj.lower_ in _SPEAKERS or (reported and subj.lower_ in _REPORTED_SPEAKERS):
            aux = next((c.text + " " for c in frame.children if c.dep_ == "aux"), "")
            return f"'{subj.text} {aux}{frame.text} to {word.text}'"
    return ""


CONDITION_MARKS = words("condition_marks")
# time words that state a condition when the clause is "only ..." or its governor is not yet
# real ("will talk *once* X withdraws", "would stay *until* X ends")
PENDING_MARKS = words("pending_marks")
UNREAL_AUX = words("unreal_aux")


def _pending_condition(word: Token) -> str:
    """The cue of a condition still to be met that ``word``'s clause states, else ''."""
    mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ in PENDING_MARKS), None)
    if mark is None:
        return ""
    only = any(c.lower_ == "only" and c.i < mark.i for c in word.children) or any(
        c.lower_ == "only" for c in mark.children
    )
    if only:
        return f"'only {mark.text}': a condition"
    if word.dep_ != "advcl":
        return ""
    gov = word.head
    unreal = any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in gov.children)
    if unreal:
        return f"'{mark.text}' under '{gov.text}' (not yet real): a condition"
    if mark.lower_ in UNTIL_MARKS and _present(word) and not _past(gov):
        # "they stay our guests *until* our men are freed": an end still to come
        return f"'{mark.text}' + present tense under '{gov.text}': a condition [modality.until_present]"
    return ""


UNTIL_MARKS = frozenset({"until", "till"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _present(verb: Token) -> bool:
    """A verb in the simple present, or with a present auxiliary ("are freed", "is ended")."""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS for c in verb.children
    )


def _past(verb: Token) -> bool:
    """A verb in the past, or with a past auxiliary ("had kept", "was held")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


# multi-word conjunctions of a condition ("provided that", "as long as", "in case of"), as word
# tuples indexed by their last word
_OPENERS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in words("condition_openers"):
    _OPENERS.setdefault(_phrase.split()[-1], []).append(tuple(_phrase.split()))
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_DURATION_OPENERS = frozenset({("as", "long", "as"), ("so", "long", "as")})
_BARE_VERB_OPENERS = frozenset({("provided",), ("providing",)})


def _condition_opener(tok: Token) -> str:
    """The cue of a multi-word conjunction of a condition (vocabulary condition_openers) whose
    clause or phrase holds ``tok``, else '': "*provided that* the rebels withdraw", "*as long
    as* the protesters block the road", "*in case of* an attack on X". The condition runs from
    the opener to the next comma, semicolon or dash, or to a modal ("will") that starts the
    main clause; an opener of a clause needs a finite verb in it ("*as long as* three months"
    is a length of time), "as long as" a present one ("*for as long as* the rebels held it" is a
    past span), and a bare "provided"/"providing" must not be a verb ("X *provided* arms to
    rebels who attacked ..."). An act in a relative clause ("... the rebels *who attacked*")
    is taken as known."""
    if tok.dep_ == "relcl":
        return ""
    sent = tok.sent
    doc = tok.doc
    lo = tok.i
    while lo > sent.start:
        prev = doc[lo - 1]
        if prev.text in _BREAKS or (prev.tag_ == "MD" and prev.head.i != tok.i):
            break
        lo -= 1
    hi = tok.i + 1
    while hi < sent.end and doc[hi].text not in _BREAKS:
        hi += 1
    for end in range(tok.i - 1, lo - 1, -1):
        for phrase in _OPENERS.get(doc[end].lower_, ()):
            start = end - len(phrase) + 1
            if start < lo or tuple(t.lower_ for t in doc[start : end + 1]) != phrase:
                continue
            if phrase[-1] != "of":
                span = doc[end + 1 : hi]
                finite = [t for t in span if t.tag_ in _FINITE]
                if not finite:
                    continue
                if phrase in _DURATION_OPENERS and finite[0].tag_ == "VBD":
                    continue
            if phrase in _BARE_VERB_OPENERS:
                word = doc[start]
                before = doc[start - 1] if start > sent.start else None
                if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children):
                    continue
                if before is not None and (before.pos_ in ("ADP", "AUX") or before.dep_ == "aux"):
                    continue
                verbal = word.dep_ in ("ROOT", "conj", "relcl", "pcomp", "acl")
                if verbal and word.tag_ in ("VBD", "VBN", "VBG") and start != sent.start:
                    continue
            return f"'{doc[start : end + 1].text}'"
    return ""


INVERTING_MARKS = words("inverting_auxiliaries")  # "*should* X continue": an "if" by inversion


def condition_mark(clause: Token) -> str | None:
    """The "if" or "unless" (vocabulary condition_marks) that makes ``clause``, an adverbial
    clause, a condition set on the word it hangs on ("may halt talks *if* X ..."), or None.
    The one test of a condition clause for modality, prose and senses."""
    if clause.dep_ != "advcl":
        return None
    return next(
        (m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS),
        None,
    )


def condition_of(tok: Token) -> tuple[str, Token] | None:
    """A condition attached to the trigger's clause: ("unless", clause), ("if", clause), or
    ("or else", the word "else"). "will withdraw *unless* X agrees", "may halt talks *if* ...",
    "must pay *or else* face sanctions"."""
    if (verb := or_face_before(tok)) is not None:  # "leave *or face* arrest"
        return "or else", verb
    for word in _chain(tok):
        for c in word.children:
            mark = condition_mark(c)
            if mark:
                return mark, c
            if c.lower_ == "else" and any(s.lower_ == "or" for s in word.children):
                return "or else", c
            if c.dep_ == "conj" and any(
                g.lower_ == "else" for g in c.children
            ):  # "pay or else face ...": the threat is the "else" part
                return "or else", c
            if or_face(c) and any(t.i == tok.i for t in c.subtree):
                return "or else", c  # "leave *or face* arrest": the price of not leaving
            if c.dep_ == "advcl" and inverted_condition(c):  # "*Should* talks fail, X will ..."
                return c.doc[c.left_edge.i].lower_, c
    for word in _chain(tok):  # "would respond *should X continue* ..." (after the clause)
        cond = trailing_inversion(word)
        if cond is not None:
            aux = next(a for a in cond.children if a.lower_ in INVERTING_MARKS)
            return aux.lower_, cond
    return None


def _none_object(tok: Token) -> Token | None:
    """The "no" of a verb trigger's object: "the two countries have held *no* trade talks"."""
    if tok.pos_ != "VERB":
        return None
    return next(
        (
            d
            for obj in tok.children
            if obj.dep_ == "dobj"
            for d in obj.children
            if d.dep_ == "det" and d.lower_ == "no"
        ),
        None,
    )


def is_negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in clause.children)


_GENERAL_AUX = frozenset({"VBZ", "VBP", "MD"})  # has, have, is, are, does; would, will
# "*whenever* X meets Y": the parser takes the conjunction as a mark or as an adverb of its clause
_RECURRENCE_DEPS = frozenset({"mark", "advmod"})


def _general_tense(verb: Token) -> bool:
    """Whether a verb is of a tense that can state a habit: present ("answers", "are
    arrested"), present perfect ("has answered") or with a modal ("would answer"); a simple
    past ("expelled", "were arrested") tells acts as they happened and is left alone."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _GENERAL_AUX for c in verb.children)


def _dated(verb: Token) -> bool:
    """Whether a verb has a date of its own ("on Monday", "in March 2019", "yesterday"); not a
    recurring one ("*each* spring", "*every* year")."""
    for c in verb.children:
        when = c
        if c.dep_ == "prep":
            when = next((o for o in c.children if o.dep_ == "pobj"), c)
        elif c.dep_ not in ("npadvmod", "advmod", "tmod"):
            continue
        if when.ent_type_ in ("DATE", "TIME") and not any(
            d.lower_ in ("each", "every") for d in when.children
        ):
            return True
    return False


def _every_time(word: Token) -> bool:
    """ "*every time* a truce is announced", "*each time* X meets Y": a noun of recurrence."""
    return word.lemma_.lower() in ("time", "occasion") and any(
        d.dep_ == "det" and d.lower_ in ("each", "every") for d in word.children
    )


def habitual_cue(tok: Token) -> str:
    """The cue that makes the trigger's clause a habit or a generic statement, else '' (the
    habit rows of modality.tsv): "X *usually* answers such expulsions by expelling ...", "has
    *often* kidnapped ...", "*whenever* X meets Y, Z protests", "*every time* ... both sides
    accuse", "*tends to* / *used to* respond", "*has a history of* arresting", "*in the past* X
    has recalled ...". Climbs from the trigger through
    the words it hangs on ("by *expelling*", "to such *expulsions*") to its clause's verbs; a
    relative or reported clause is a boundary (its habit is not its head's: "the rebels, who
    *often* raid villages, attacked ..." keeps the attack). A verb told in the simple past or
    with a date of its own keeps its act ("as it usually does, X *expelled* Y on Friday")."""
    cues = modality_cues()
    adverbs, marks = cues.get("habit", {}), cues.get("habit_mark", {})
    govs, nouns = cues.get("habit_gov", {}), cues.get("habit_noun", {})
    preps = cues.get("habit_prep", {})
    cur, below = tok, None
    for _ in range(10):
        lemma = cur.lemma_.lower()
        if cur.pos_ in ("VERB", "AUX"):
            # "*tends to* answer", "*used to* bomb": a habit; "used tear gas to disperse ...":
            # a use, no habit
            if (
                below is not None
                and below.dep_ == "xcomp"
                and lemma in govs
                and (lemma != "use" or not any(c.dep_ == "dobj" for c in cur.children))
            ):
                return f"'{cur.text} to': a habit"
            general = _general_tense(cur) and not _dated(cur)
            for c in cur.children:
                low = c.lower_
                if c.dep_ in _RECURRENCE_DEPS and low in marks:
                    return f"'{c.text}': a habit"
                if c.dep_ == "advcl" and any(
                    m.dep_ in _RECURRENCE_DEPS and m.lower_ in marks for m in c.children
                ):
                    return f"'{next(m.text for m in c.children if m.lower_ in marks)}': a habit"
                if c.dep_ == "npadvmod" and _every_time(c):
                    return f"'{' '.join(t.text for t in c.subtree if t.i <= c.i)}': a habit"
                # "*each time* a rocket is fired, X shells ...": the opening clause, parsed as
                # the verb's clause, holds the noun of recurrence
                if c.dep_ in ("advcl", "ccomp") and c.i < cur.i:
                    every = next(
                        (g for g in c.children if g.dep_ == "npadvmod" and _every_time(g)), None
                    )
                    if every is not None:
                        return f"'{' '.join(t.text for t in every.subtree if t.i <= every.i)}': a habit"
                if not general:
                    continue
                if c.dep_ == "advmod" and low in adverbs:
                    return f"'{c.text}': a habit"
                if c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in preps:
                    return f"'{' '.join(t.text for t in c.subtree)}': a habit"
        elif (
            lemma in nouns
            and cur.dep_ == "dobj"
            and cur.head.lemma_.lower() == "have"
            and below is not None
            and below.dep_ == "prep"
        ):
            return f"'{cur.head.text} … {cur.text} {below.text}': a habit"
        if cur.dep_ == "relcl" and _every_time(cur.head):
            return f"'{' '.join(t.text for t in cur.head.subtree if t.i <= cur.head.i)}': a habit"
        if cur.dep_ in ("relcl", "ccomp", "ROOT", "parataxis", "appos") or cur.head.i == cur.i:
            break
        below, cur = cur, cur.head
    return ""


def talk_topic(chain: list[Token]) -> str:
    """ "has said nothing *about sending* troops", "talked *about imposing* sanctions", "was
    asked *about deploying* soldiers": a gerund with no subject of its own after "about" names
    the act as what is talked, asked or thought about, not as done: hypothetical (rule
    modality.talk_topic). A gerund with its own doer ("complained about *Y's troops shelling*
    the town") tells another's act that is talked about as done, and "set about" or "go about"
    (to begin, to carry out: vocabulary undertaking_verbs) does the act; both are left alone.
    Source: English grammar (a preposition's complement names its topic; "about" = concerning,
    Merriam-Webster about 3); branch forbidden41."""
    for word in chain:
        if word.pos_ in ("NOUN", "PROPN"):
            continue
        gerund = first_conjunct(word)
        if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
            return ""
        about = gerund.head
        if about.lower_ != "about" or about.dep_ != "prep":
            return ""
        if about.head.lemma_.lower() in UNDERTAKING_VERBS:
            return ""
        if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in gerund.children):
            return ""
        return f"'{about.text} {gerund.text}': an act talked about [modality.talk_topic]"
    return ""


_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "amod", "acl", "xcomp"})


def reported_joined_would(tok: Token) -> bool:
    """ "X said it opposed the ban *and would take* necessary measures": the verb of the
    trigger's clause carries "would" and is joined by "and" to a clause a verb of reporting
    governs, so it is reported too: the "would" of reported speech, a future, not a
    hypothetical (as "X said it would ..."; rule modality.reported_threat)."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("xcomp", "acl"):
            break
        if verb.dep_ not in _PHRASE_DEPS or verb.head.i == verb.i:
            return False
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    if verb.dep_ != "conj":
        return False
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "ccomp" and first.head.lemma_ in REPORTING_VERBS
