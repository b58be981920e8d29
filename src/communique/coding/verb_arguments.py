"""Who did it and to whom, for a verb trigger: the rules over the parse around a verb.

Actor: the subject, or the "by" agent of a passive, inherited through xcomp / conj / relative
clauses / participles. Recipient: the object, the dative, the object of with/against/on/to/
toward/at/upon/into, the passive subject, and targets named deeper inside common-noun phrases.
Each function returns ``Arg``s whose rule ids are listed in ``data/coding/rules.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.decided_acts import decision_owner_rule
from communique.coding.parse_patterns import find, first
from communique.coding.syntax import (
    GROUP_PARTY_ENTS,
    Arg,
    appositive_anchor,
    arg,
    child,
    comma_subjects,
    day_fronted_subject,
    elided_passive,
    is_own,
    is_passive,
    misparsed_main_verb,
    misparsed_subject,
    orderer_speaks,
    passive_subject,
    prep_objects,
    reported_clause,
    share_of,
    with_conjuncts,
)
from communique.coding.text_authors import text_author
from communique.vocabulary import words

RECIPIENT_PREPS = tuple(words("recipient_preps"))
TARGET_PREPS = tuple(words("target_preps"))
LATE_PREPS = tuple(words("late_preps"))
FIRING_VERBS = words("firing_verbs")  # "firing *from* the X side": where from, not the target
ORIGIN_NOUNS = words("origin_nouns")
INTERCEPT_VERBS = words("interception_verbs")  # rule recipient.launcher
LAUNCH_PARTICIPLES = words("launch_participles")
INNER_PREPS = tuple(words("inner_preps"))
# "on *charges of* spying for X": the crime charged, no target (rule recipient.charge_content)
CHARGE_NOUNS = words("charge_nouns")
# "charged him with *treason* for X", "jailed for *espionage* for X": whom the crime served
SERVED_CRIMES = words("served_crime_nouns")
BEHIND_BACKING = words("behind_backing_verbs")  # rule recipient.backed_party
DURATION_NOUNS = words("duration_nouns")  # rule actor.purpose_governor
BY_BACKING = words("by_backing_verbs")
STATIVE_PARTICIPLES = words("stative_participles")
FEELING_PARTICIPLES = words("feeling_participles")
DOCUMENT_NOUNS = words("document_nouns")
WRITING_VERBS = words("writing_verbs")  # rule actor.writer
DOCUMENT_SENDING_VERBS = words("document_sending_verbs")  # rule actor.document_sender
SAY_VERBS = words("say_verbs")
REPORTING_VERBS = words("reporting_verbs")
GROUP_LEADING = words("group_leading_verbs")  # rule actor.led_group
INSTRUMENT_USE = words("instrument_use_participles")  # rule actor.instrument_user
CASUALTY_PARTICIPLES = words("casualty_participles")  # rule actor.casualty_clause
TALKS_HOLD_VERBS = words("talks_hold_verbs")  # rule actor.talks_reporter
COMMENTATORS = words("commentator_nouns")
CLAUSE_MARKS = words("setting_marks")  # rule actor.conjunction_object
JOINING_VERBS = frozenset({"join"})  # "X joined Y in condemning Z"
# "expelled from X" with no "by": the country one is sent out of sends one out
EXPEL_VERBS = frozenset({"expel", "deport"})
INTENTION_NOUNS = frozenset({"intention", "intent"})  # "X has no *intention* of extraditing Y"
STEP_NOUNS = words("step_nouns")  # "X took the *step* of expelling Y"
SAID_THINGS = words("claim_nouns") | words("speech_nouns")  # "the claims were false": no doer
ADDRESSED_ACTS = words("addressed_speech_verbs")  # rule actor.judgment_sayer
READINESS = words("readiness_adjectives")  # "X said Y was *ready* to talk but rejected ..."
PASSIVE_TARGET_PREPS = ("on", "upon", "against", "to")
PARTICIPLE_TARGET_PREPS = ("on", "upon", "onto", "against", "to")
EASING_VERBS = words("measure_easing_verbs")  # rule recipient.eased_measure_target
IMPOSING_PARTICIPLES = words("measure_imposing_verbs")
DOER_TARGET_PREPS = ("on", "upon", "against")


def conjunction_object(verb: Token) -> Token | None:
    """The noun the parser hung as an object on the conjunction ('after', 'since': vocabulary
    setting_marks) that opens a finite clause with no subject ("a day *after* Mali's
    *minister* accused"), before the verb (rule actor.conjunction_object); or None."""
    for c in verb.children:
        if c.i > verb.i or c.dep_ not in ("mark", "prep", "npadvmod"):
            continue
        for t in c.subtree:
            if (
                t.dep_ == "pobj"
                and t.i < verb.i
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.lower_ in CLAUSE_MARKS
                and t.head.dep_ in ("mark", "prep")
                and c in (t.head, t.head.head)  # not deeper: "after what X described as ..."
            ):
                return t
    return None


def group_leaders(subj: Token) -> list[Token]:
    """ "Eight countries *led by Freedonia and Ruritania*", "the two states, *joined by X*": the
    named parties a plural subject noun's participle ('led', 'joined': vocabulary
    group_leading_verbs) brings in with 'by' (rule actor.led_group)."""
    if subj.tag_ != "NNS":
        return []
    for acl in subj.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in GROUP_LEADING:
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return with_conjuncts(obj)
    return []


def instrument_user(agent: Token) -> Token | None:
    """ "hit by missiles *fired by X*", "struck by a drone *operated by X*", "bombed by aircraft
    *belonging to X*": the one a passive's agent noun was used by (its participle of use, with
    'by' or, for 'belonging', 'to': vocabulary instrument_use_participles) is the doer (rule
    actor.instrument_user); 'a missile *built by* X' names no user."""
    for acl in agent.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in INSTRUMENT_USE:
            continue
        if acl.tag_ == "VBG" and acl.lemma_.lower() != "belong":
            continue  # "a truck *carrying* aid to X": X is where it went, not its user
        deps = ("prep",) if acl.tag_ == "VBG" else ("agent",)
        for by in acl.children:
            if by.dep_ not in deps or (by.dep_ == "prep" and by.lower_ != "to"):
                continue
            obj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def casualty_clause(verb: Token) -> Token | None:
    """ "All 60 people were *killed when* the ferry *was hit by* rockets fired by X": a passive
    of death or injury (vocabulary casualty_participles) with no agent of its own takes the
    doer of the passive 'when'/'after'/'as' clause that tells how it came about (rule
    actor.casualty_clause). That clause's verb, or None."""
    if verb.lemma_.lower() not in CASUALTY_PARTICIPLES:
        return None
    for cl in verb.children:
        if cl.dep_ != "advcl" or cl.i < verb.i or not is_passive(cl):
            continue
        marks = {c.lower_ for c in cl.children if c.dep_ in ("mark", "advmod")}
        if marks & {"when", "after", "as"} and any(c.dep_ == "agent" for c in cl.children):
            return cl
    return None


def talks_reporter(verb: Token, depth: int) -> Arg:
    """ "*Talks with X* were held in Y on Monday, *Z officials said*": a passive of holding
    talks (vocabulary talks_hold_verbs) whose subject names one party with 'with', reported by
    a verb of saying, is the reporter's (rule actor.talks_reporter); not an analyst's."""
    subj = child(verb, "nsubjpass")
    say = verb.head
    if (
        subj is None
        or verb.lemma_.lower() not in TALKS_HOLD_VERBS
        or not prep_objects(subj, ("with",))
        or verb.dep_ != "ccomp"
        or say.lemma_.lower() not in SAY_VERBS
    ):
        return Arg()
    inner = verb_actor(say, depth + 1)
    if not inner or any(h.lemma_.lower() in COMMENTATORS for h in inner.heads):
        return Arg()
    return inner.wrap("actor.talks_reporter", noun=subj.text, verb=say.text)


def modal_clause_sayer(verb: Token) -> Token | None:
    """ "X said Y *would* seek guarantees and *summoned* the ambassador": a simple past with no
    subject or auxiliary of its own, joined to a verb that has a modal ('would', 'will'), cannot
    share that modal (it would be 'summon'); it is the past of the saying verb above, whose
    subject it shares (rule actor.sayer_conjunct). The saying verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if verb.tag_ == "VBN" and (passive or head.tag_ != "VB"):
        return None  # "would be inspected and *returned*": the participle shares 'would be'
    up = head
    for _ in range(6):
        if up.head == up:
            return None
        up = up.head
        if up.lemma_.lower() in SAY_VERBS and up.tag_ == "VBD":
            return up
    return None


def feeler(verb: Token) -> Token | None:
    """ "X was (deeply) *disappointed* by Y's decision": the one a participle of feeling
    (vocabulary feeling_participles) is said of, whether parsed as a passive or as the
    complement of 'be'; that one voices the feeling."""
    if verb.lemma_.lower() not in FEELING_PARTICIPLES or verb.tag_ not in ("VBN", "JJ"):
        return None
    subj = child(verb, "nsubjpass", "nsubj")
    if subj is None and verb.dep_ == "acomp":
        subj = child(verb.head, "nsubj", "nsubjpass")
    return subj


# what a feeling is about: "disappointed *by / with / at / over* the decision"
FEELING_CAUSE_PREPS = ("by", "with", "at", "over", "about")


def opening_place_subject(verb: Token) -> Token | None:
    """ "In Port Louis, Mauritius's parliament ratified ...": a finite verb with no subject
    whose opening "in"/"at" phrase's object has an apposition that ends right before the verb;
    that apposition is the subject (the place is only where it happened)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.lower_ not in ("in", "at", "from"):
            continue
        place = child(prep, "pobj")
        if place is None:
            continue
        for appos in place.children:
            if appos.dep_ == "appos" and appos.i < verb.i and appos.right_edge.i == verb.i - 1:
                return appos
    return None


def purpose_governor(verb: Token) -> Token | None:
    """The verb whose purpose a "to"-infinitive states when the small model hangs it on a word
    that has no subject: on an object predicate ("kept the gates *locked* to protest": the
    keeping) or, as an infinitival relative, on a time noun of the clause ("closed their kiosks
    for a third *week* to protest": the closing; vocabulary duration_nouns). Else None."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.dep_ == "oprd" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if (
        verb.dep_ == "relcl"
        and head.lemma_.lower() in DURATION_NOUNS
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ == "VERB"
    ):
        return head.head.head
    return None


VOTE_VERBS = frozenset({"vote", "ballot"})  # tally_object


def tally_object(head: Token, obj: Token) -> bool:
    """A number that is the object of a verb of voting ("voted *60* to 40 to reject", "voted
    12-3 to approve"): the vote's tally, not one who does what the "to"-clause says (general
    English usage: the voters do it; rule actor.controller_object)."""
    return head.lemma_.lower() in VOTE_VERBS and (obj.pos_ == "NUM" or obj.like_num)


DOCUMENT_ADJUNCT_PREPS = frozenset({"in", "with", "through", "via"})


def _document_adjunct_verb(noun: Token) -> Token | None:
    """The verb whose adjunct "in/with/through a statement" ``noun`` is ("X replied *in a
    statement* urging Y", "ended the talks *with a communique* calling on Y"): a text named in
    the manner or instrument phrase of a verb is the text of that verb's own subject, so the
    participle clause it carries states that subject's act (rule actor.document_adjunct).
    None when the noun is not a document noun, not such an object, or its possessor or a "by"
    phrase names another author ("in a statement by the opposition")."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in DOCUMENT_ADJUNCT_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children
    ):
        return None
    return verb


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "``", "''"})


def series_lead(verb: Token) -> Token | None:
    """The first verb of a series "X rejected the report, *said* the goods were checked, and
    accused Y" that the parser hung below the verb of saying after it as its reported clause,
    leaving that verb without a subject: a finite verb of saying with no subject of its own, a
    comma just before it and, before the comma, a finite clause with a subject it governs,
    the subject outside quotation marks ('"The talks failed," said X' reports a quotation; a
    closed quoted word after the subject, 'rejected it as "absurd", said ...', is no bar). A finite
    verb must have a subject in English; the only one there is the first verb's, so both verbs
    (and the ones joined to the second by "and") share it (rule actor.series_subject)."""
    if verb.lemma_.lower() not in SAY_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if verb.dep_ != "ROOT" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(
        c.i > verb.i and c.dep_ in ("dobj", "attr", "appos") and c.pos_ in ("NOUN", "PROPN")
        for c in verb.children
    ):
        return None  # "..., said a spokesman": the subject after the verb, misread as its object
    lead = next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i),
        None,
    )
    if lead is None or lead.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in lead.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    marks = [t.i for t in verb.doc[verb.sent.start : verb.i] if t.text in QUOTE_MARKS]
    if len(marks) % 2 or (marks and marks[0] < subj.i):
        return None  # '"The talks failed," said ...': a quotation, not the narrator's series
    return lead


def verb_actor(verb: Token, depth: int = 0) -> Arg:
    """The doer of a verb trigger."""
    if depth > 4:
        return Arg()
    owned = decision_owner_rule(verb)
    if owned is not None:  # "X's decision *to expel* Y", "the decision of X *to lift* ...": X;
        # "X took the decision *to suspend* Y", "the decision was taken by X" (decision_taker)
        owner, owner_rule = owned
        return arg(with_conjuncts(owner), owner_rule, noun=verb.head.text, verb=verb.head.head.text)
    gov = purpose_governor(verb)
    if gov is not None:  # "kept their stalls closed *to protest*": the ones who kept them so
        inner = verb_actor(gov, depth + 1)
        return inner.wrap("actor.purpose_governor", head=gov.text) if inner else inner
    felt = feeler(verb)
    if felt is not None:  # "X was disappointed by Y": X, not Y
        return arg(with_conjuncts(felt), "actor.feeler", word=verb.text)
    misparsed = misparsed_subject(verb)
    if misparsed is not None:  # "Trump imposed duties" read as a noun phrase
        return arg(with_conjuncts(misparsed), "actor.misparsed_subject", noun=misparsed.text)
    crowd = misparsed_main_verb(verb)
    if crowd is not None:  # "Hundreds of migrants protested at ..." read as a noun phrase
        return arg(with_conjuncts(crowd), "actor.misparsed_subject", noun=crowd.text)
    anchor = appositive_anchor(verb)
    if anchor is not None:  # "after Mali's *minister*, X, *accused* Y" read as 'minister accused'
        return arg(with_conjuncts(anchor), "actor.appositive_verb", noun=anchor.text)
    fronted = day_fronted_subject(verb)
    if fronted is not None:  # "On Friday Peru declared ...": 'Peru' read as the day's object
        return arg(with_conjuncts(fronted), "actor.day_fronted_subject", noun=fronted.text)
    if is_passive(verb):
        agent = first(verb, "actor.agent")
        if agent is not None:
            user = instrument_user(agent.arg)
            if user is not None:  # "hit by missiles fired by X": X
                return arg(
                    with_conjuncts(user),
                    "actor.instrument_user",
                    noun=agent.arg.text,
                    verb=verb.text,
                )
            return arg(with_conjuncts(agent.arg), agent.rule)
        if (joined := elided_passive(verb)) is not None:
            # "were arrested by police *and beaten*": the doer of the passive it is joined to
            inner = verb_actor(joined, depth + 1)
            if inner:
                return inner.wrap("actor.shared", head=joined.text, dep=verb.dep_)
        how = casualty_clause(verb)
        if how is not None:  # "were killed when the plane was hit by missiles fired by X"
            cause = verb_actor(how, depth + 1)
            if cause:
                return cause.wrap("actor.casualty_clause", verb=verb.text, clause=how.text)
        reporter = talks_reporter(verb, depth)
        if reporter:  # "Talks with X were held on Monday, Y officials said": Y's
            return reporter
        if verb.dep_ == "acl":  # "the agreement signed by ..." handled above; bare participle
            return Arg()
        if verb.lemma_.lower() in EXPEL_VERBS:  # "the envoy was expelled *from Mali*"
            source = next((o for p, o in prep_objects(verb, ("from",)) if o.pos_ == "PROPN"), None)
            if source is not None:
                return arg(with_conjuncts(source), "actor.expelled_from", place=source.text)
        stance = first(verb, "actor.stative_subject")  # "X is committed to"
        return arg(with_conjuncts(stance.arg), stance.rule) if stance else Arg()
    subjs = [m.arg for m in find(verb, "actor.nsubj")]
    if len(subjs) > 1:  # "A recap: on Monday, *X* expelled ...": two subjects, a colon between
        stop = [t.i for t in verb.sent if t.text in (":", ";") and subjs[0].i < t.i < verb.i]
        if stop:
            subjs = sorted(subjs, key=lambda t: not (stop[-1] < t.i < verb.i))
    if len(subjs) > 1 and premodifier_subject(subjs[0], subjs[1]):
        # "The opposition Gambian Democratic Party criticised ...": the small model reads the
        # common noun before a name as a subject of its own; the name is the subject
        subjs = subjs[1:]
    subj = subjs[0] if subjs else None
    if subj is None and (lead := series_lead(verb)) is not None:
        # "X rejected the report, *said* the goods were checked, and accused Y": the parser
        # reads the first verb of the series as the report of the second; their subject is one
        inner = verb_actor(lead, depth + 1)
        return inner.wrap("actor.series_subject", head=lead.text) if inner else inner
    if subj is not None and subj.pos_ == "VERB":  # "The aid agency *working* in X said"
        subj = child(subj, "nsubj") or subj
    if subj is not None and subj.dep_ != "expl":
        relative = first(verb, "actor.relative_subject")
        if relative is not None and relative.nodes["pronoun"].i == subj.i:
            return arg(with_conjuncts(relative.arg), relative.rule)
        joined = comma_subjects(verb)
        if subj in joined:  # "Kenya, Uganda sign border deal"
            return arg(joined, "actor.comma_subjects")
        leaders = group_leaders(subj)
        if leaders:  # "Eight countries *led by X and Y* agreed": the group and its leaders
            return arg(
                [*with_conjuncts(subj), *leaders], "actor.led_group", verb=leaders[0].head.head.text
            )
        author = text_author(subj)
        if author is not None:  # "a report *by X* accused Y", "a resolution *adopted by X*"
            return arg(with_conjuncts(author), "actor.text_author", noun=subj.text,
                       author=subj.doc[author.left_edge.i : author.i + 1].text)  # fmt: skip
        found = arg(with_conjuncts(subj), "actor.nsubj")
        found.others = [t for t in subjs[1:] if t.dep_ != "expl"]
        return found
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "Turkey blocked aid ...": the small model reads a name before a finite verb with no
        # subject as a noun-phrase adverbial; it is the subject. In a headline it may read the
        # title before the verb as part of a compound noun ("Turkish FM *visits* Baghdad")
        named = next(
            (
                c
                for c in verb.children
                if c.i < verb.i
                and c.ent_type_ not in ("DATE", "TIME")
                and (
                    (c.dep_ == "npadvmod" and c.pos_ == "PROPN")
                    or (c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN"))
                )
            ),
            None,
        )
        if named is not None:
            return arg(with_conjuncts(named), "actor.npadvmod_subject")
    if subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "In Port Louis, *Mauritius's parliament* ratified ...": the small model hangs the
        # subject after an opening place phrase on the place as an apposition
        opened = opening_place_subject(verb)
        if opened is not None:
            return arg(with_conjuncts(opened), "actor.opening_place_apposition")
    if subj is None and verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "..., a day after *Mali's foreign minister*, X, accused Y": the small model hangs a
        # finite clause's subject on its conjunction as that word's object; it is the subject
        obj = conjunction_object(verb)
        if obj is not None:
            return arg(with_conjuncts(obj), "actor.conjunction_object", conj=obj.head.text)
    head = verb.head
    if (
        subj is not None
        and verb.dep_ == "ccomp"
        and head.lemma_.lower() in SAY_VERBS
        and head.dep_ == "ROOT"
    ):  # "*there will be* consequences, the president said": the one who says it
        inner = verb_actor(head, depth + 1)
        return inner.wrap("actor.speaker", head=head.text) if inner else inner
    if verb.dep_ == "xcomp":
        for rid in ("actor.controller_object", "actor.head_passive_subject"):
            hit = first(verb, rid)
            if hit is not None and tally_object(head, hit.arg):
                continue  # "voted 60 to 40 to reject": the tally is no doer; the voters are
            if hit is not None:
                return arg(with_conjuncts(hit.arg), rid, head=head.text, verb=verb.text)
        inner = verb_actor(head, depth + 1)
        return inner.wrap("actor.xcomp_subject", head=head.text) if inner else inner
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ == "xcomp"
        and head.head.pos_ in ("VERB", "AUX")
    ):  # "X urged Y to *show* restraint and *offered* to mediate": a finite verb is no
        # infinitive's twin but the governing verb's, so X offered
        inner = verb_actor(head.head, depth + 1)
        return inner.wrap("actor.shared", head=head.head.text, dep=verb.dep_) if inner else inner
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VBG"
        and head.dep_ == "pcomp"
        and head.head.dep_ == "prep"
        and head.head.head.tag_ in ("VBD", "VBZ")
    ):  # "X accused Y of sending ships and *handed* a note to ...": a finite verb is no
        # gerund's twin but the governing verb's, so X handed the note
        gov = head.head.head
        inner = verb_actor(gov, depth + 1)
        return inner.wrap("actor.shared", head=gov.text, dep=verb.dep_) if inner else inner
    sayer = modal_clause_sayer(verb)
    if sayer is not None:  # "X said Y *would* seek guarantees and *summoned* Z": X summoned
        inner = verb_actor(sayer, depth + 1)
        return inner.wrap("actor.sayer_conjunct", head=sayer.text) if inner else inner
    if verb.dep_ in ("conj", "advcl", "pcomp") or (verb.dep_ == "ccomp" and head.dep_ != "ROOT"):
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "accused X of attacking"
            gov = head.head
            if gov.lemma_.lower() in JOINING_VERBS and head.lower_ == "in":
                # "X joined Y in condemning Z": both X and Y condemn
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
                if subj is not None and obj is not None:
                    heads = [*with_conjuncts(subj), *with_conjuncts(obj)]
                    return arg(heads, "actor.joined", gov=gov.text)
            accused = first(verb, "actor.accused_object") or first(
                verb, "actor.accused_passive_subject"
            )  # "accused X of attacking", "X was accused of attacking"
            if accused is not None:
                return arg(with_conjuncts(accused.arg), accused.rule, gov=gov.text)
            if (
                gov.lemma_.lower() in STEP_NOUNS
                and gov.dep_ == "dobj"
                and head.lower_ == "of"
                and gov.head.lemma_.lower() in ("take", "make")
            ):  # "X took the rare *step of expelling* Y": X expels
                inner = verb_actor(gov.head, depth + 1)
                if inner:
                    inner = inner.wrap("actor.step_subject", head=gov.head.text, noun=gov.text)
                return inner
            if (
                gov.lemma_.lower() in INTENTION_NOUNS
                and gov.dep_ == "dobj"
                and head.lower_ == "of"
                and gov.head.lemma_.lower() == "have"
            ):  # "X has no *intention of extraditing* Y": X would be the one to extradite
                inner = verb_actor(gov.head, depth + 1)
                if inner:
                    inner = inner.wrap("actor.intention_subject", head=gov.head.text, noun=gov.text)
                return inner
            if gov.pos_ == "ADJ" and gov.dep_ == "acomp":  # "X is *guilty of violating*"
                inner = verb_actor(gov.head, depth + 1)
                if inner:
                    inner = inner.wrap("actor.guilty_subject", head=gov.head.text, adj=gov.text)
                return inner
            return verb_actor(gov, depth + 1) if gov.pos_ == "VERB" else Arg()
        reported = reported_clause(verb)
        if reported is not None:  # "X shelled the port, officials said, *wounding* four"
            head = reported
        elif (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and is_passive(head)
            and not any(c.dep_ == "agent" for c in head.children)
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in REPORTING_VERBS
        ):  # "X reported that the embassy was hit, *denouncing* it": the one who reported
            inner = verb_actor(head.head, depth + 1)
            return (
                inner.wrap("actor.shared", head=head.head.text, dep=verb.dep_) if inner else inner
            )
        elif (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBZ")
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in REPORTING_VERBS
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SAID_THINGS
                for c in head.children
            )
        ):  # "X said the claims were false and *accused* Y": claims accuse no one, X does
            inner = verb_actor(head.head, depth + 1)
            return inner.wrap("actor.claim_sayer", head=head.head.text) if inner else inner
        elif joined_to_subordinate(verb):
            # "X said Y had carried out raids *since* the accord took effect *and called on*
            # Z": the parser joins the statement to the time clause, whose subject does not
            # speak; it is joined to the report, the sayer's act (rule actor.judgment_sayer)
            sayer = head.head.head
            inner = verb_actor(sayer, depth + 1)
            return inner.wrap("actor.judgment_sayer", head=sayer.text) if inner else inner
        elif _joined_to_report(verb) and (
            (head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))
            or (
                head.lemma_.lower() == "be"
                and verb.lemma_.lower() in ADDRESSED_ACTS
                and not _ready(head)
            )
            or (
                _past_perfect(head)
                and verb.lemma_.lower() in ADDRESSED_ACTS
                and _addresses_named(verb)
            )
        ):  # "X said Y *must* leave and *accused* Y": a past verb shares no modal, so it is the
            # sayer's; "X said the vote *was* flawed and *called on* Y": a judgment, then an act
            # addressed to someone, the sayer's; "X said Y *had broken* the truce and *called
            # on* Z": a simple past after a past perfect is the narrative's, the sayer's
            inner = verb_actor(head.head, depth + 1)
            return inner.wrap("actor.judgment_sayer", head=head.head.text) if inner else inner
        elif (
            _joined_to_report(verb)
            and verb.lemma_.lower() in ADDRESSED_ACTS
            and _names_own_target(head, verb)
        ):  # "X said Peru still held the men and *accused* Lima of ...": Peru does not accuse
            # its own capital; the act is the sayer's
            inner = verb_actor(head.head, depth + 1)
            return inner.wrap("actor.not_own_target", head=head.head.text) if inner else inner
        elif orderer_speaks(verb):
            # "X ordered Y's diplomat *to leave*, *accusing* Z of ...": the one who gave the
            # order accuses, not the one ordered
            inner = verb_actor(head.head, depth + 1)
            if inner:
                inner = inner.wrap("actor.controller_participle", head=head.head.text)
            return inner
        inner = verb_actor(head, depth + 1)
        if inner:
            inner = inner.wrap("actor.shared", head=head.text, dep=verb.dep_)
        return inner
    if verb.dep_ == "acomp":  # "Norway is *willing* to ...": the subject of the copula
        inner = verb_actor(head, depth + 1)
        return inner.wrap("actor.copula_subject", head=head.text) if inner else inner
    if verb.dep_ == "relcl":
        return Arg()
    noun = first(verb, "actor.participle_noun")  # "troops *attacking* the town"
    if noun is None:
        return Arg()
    if head.lemma_.lower() in DOCUMENT_NOUNS and head.head.pos_ in ("VERB", "AUX"):
        # "passed a resolution *condemning* X": the one who issued the text
        inner = verb_actor(head.head, depth + 1)
        return inner.wrap("actor.issuer", noun=head.text) if inner else inner
    if (issuing := _document_adjunct_verb(head)) is not None:
        # "X replied *in a statement urging* Y to ...", "ended the summit *with a communique
        # calling on* Y": the text of an adjunct of X's own verb is X's text
        inner = verb_actor(issuing, depth + 1)
        if inner:
            inner = inner.wrap("actor.document_adjunct", noun=head.text, verb=issuing.text)
        return inner
    writer = head.head.head if head.dep_ == "pobj" else None
    if (
        writer is not None
        and head.head.lower_ == "to"
        and head.head.dep_ in ("prep", "dative")
        and writer.lemma_.lower() in WRITING_VERBS
    ):  # "X wrote to his counterpart *asking* Y to ...": the writer asks, not the addressee
        inner = verb_actor(writer, depth + 1)
        return inner.wrap("actor.writer", verb=writer.text, noun=head.text) if inner else inner
    if (sender := _document_sender(head)) is not None:
        # "X handed a note to Y's ambassador, *asking* Z to ...": the note asks, its sender
        inner = verb_actor(sender, depth + 1)
        return (
            inner.wrap("actor.document_sender", verb=sender.text, noun=head.text)
            if inner
            else inner
        )
    return arg(with_conjuncts(noun.arg), noun.rule)


def _document_sender(addressee: Token) -> Token | None:
    """The verb of handing or sending a text (vocabulary document_sending_verbs: hand,
    deliver, send ...) whose object is a text (vocabulary document_nouns: a note, a letter)
    and whose 'to' phrase, on the verb or on the text, is ``addressee``: a participle the
    parser hangs on the addressee ("handed a note *to the ambassador*, asking ...") says
    what the text says (rule actor.document_sender). None otherwise."""
    prep = addressee.head
    if addressee.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return None
    top = prep.head
    if top.pos_ in ("NOUN", "PROPN") and top.dep_ == "dobj":
        verb, texts = top.head, [top]
    elif top.pos_ in ("VERB", "AUX"):
        verb, texts = top, [c for c in top.children if c.dep_ == "dobj"]
    else:
        return None
    if verb.lemma_.lower() not in DOCUMENT_SENDING_VERBS:
        return None
    return verb if any(t.lemma_.lower() in DOCUMENT_NOUNS for t in texts) else None


def _past_perfect(verb: Token) -> bool:
    """ "had broken": a past participle with the auxiliary 'had' (a reported earlier act)."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    )


def _addresses_named(verb: Token) -> bool:
    """ "urged *Khartoum*", "called on *London*": a named party is the verb's object or the
    object of its 'on'/'upon' ("demanded a ransom" addresses no one named)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.lower_ in ("on", "upon") for g in c.children]
    return any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "ORG", "NORP") for o in objs)


# words that open a time or reason clause (English grammar)
SUBORDINATE_MARKS = frozenset(
    {"after", "as", "because", "before", "since", "until", "when", "while"}
)


def joined_to_subordinate(verb: Token) -> bool:
    """ "X said Y had broken the truce *since* it took effect and *called on* Z": a past
    statement addressed to a named party (vocabulary addressed_speech_verbs) that the parser
    joins to a time or reason clause inside a clause a verb of saying reports, after a past
    perfect (the shape of rule actor.judgment_sayer)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in ADDRESSED_ACTS
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATE_MARKS for c in head.children)
        and head.head.dep_ == "ccomp"
        and _past_perfect(head.head)
        and head.head.head.lemma_.lower() in REPORTING_VERBS
        and _addresses_named(verb)
    )


def _ready(be: Token) -> bool:
    """ "said Beijing *was ready* to talk with Y but rejected ...": a 'be' clause of a party's
    own readiness (vocabulary readiness_adjectives) tells what its subject will do, not a
    judgment, so a verb joined to it is the subject's."""
    return any(c.dep_ == "acomp" and c.lemma_.lower() in READINESS for c in be.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in be.children
    )


def _joined_to_report(verb: Token) -> bool:
    """ "X said Y ... and *accused* Z": a past or present verb joined to a clause a verb of
    saying reports (the shape of rules actor.judgment_sayer and actor.not_own_target)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in REPORTING_VERBS
    )


def _state_of(tok: Token) -> str | None:
    """The state a proper name (with its compound words: "Buenos Aires") names in the actor
    lexicon, as a country or its capital or seat; None for anything else."""
    from communique.actors.names import state_in_lexicon

    if tok.pos_ != "PROPN":
        return None
    words_ = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i]
    start, end = min(t.i for t in words_), max(t.i for t in words_) + 1
    return state_in_lexicon(tok.doc[start:end].text)


def _names_own_target(clause: Token, verb: Token) -> bool:
    """Whether the subject of a reported ``clause`` and the object of ``verb`` joined to it
    name the same state ("said *Russia* held ... and accused *Moscow*"): the verb's object, the
    object of a preposition on the verb ("called *on Moscow*") or on its object ("demanded
    sanctions *against Moscow*", "demanded an apology *from Moscow*")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    own = _state_of(subj)
    if own is None:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objs]
    objs += [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(own == _state_of(o) for o in objs)


def _prep_args(found: list[tuple[str, Token]], rule_id: str) -> list[Arg]:
    return [arg(with_conjuncts(o), rule_id, prep=p, p=p) for p, o in found]


def auxiliary(verb: Token) -> bool:
    """``verb`` has an auxiliary of its own, or is no clause's head (a participle on a noun, a
    verb joined to another): only a clause's head can have dropped its auxiliary."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return verb.dep_ != "ROOT" or not any(c.dep_ == "nsubjpass" for c in verb.children)


def eased_measure_targets(obj: Token) -> list[tuple[str, Token]]:
    """ "lifted the suspension *imposed on X*", "eased the sanctions *placed on X* in 2020": the
    party a participle of imposing (vocabulary measure_imposing_verbs) on a measure that a verb
    of easing takes names is whom the easing benefits (rule recipient.eased_measure_target)."""
    return [
        found
        for c in obj.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in IMPOSING_PARTICIPLES
        for found in prep_objects(c, DOER_TARGET_PREPS)
    ]


def verb_recipient(verb: Token) -> tuple[Arg, list[Arg]]:
    """The target of a verb trigger: its object, and the objects of its prepositions."""
    if feeler(verb) is not None:  # "X was disappointed *by Y's decision*": Y's act
        causes = prep_objects(verb, FEELING_CAUSE_PREPS)
        if causes:
            return arg(with_conjuncts(causes[0][1]), "recipient.feeling_cause"), []
        return Arg(), []
    misparsed = misparsed_subject(verb) is not None  # "Trump imposed duties on X"
    if is_passive(verb) and verb.lemma_.lower() not in STATIVE_PARTICIPLES and not misparsed:
        hit = first(verb, "recipient.passive_subject")
        subj = hit.arg if hit is not None else None
        if subj is None and (shared := passive_subject(verb)) is not None:
            # "four men were dragged from a car *and beaten*": the subject it shares
            return arg(
                with_conjuncts(shared), "recipient.shared_passive_subject", verb=shared.head.text
            ), _prep_args(prep_objects(verb, PASSIVE_TARGET_PREPS), "recipient.passive_prep")
        if subj is not None:
            relative = first(verb, "recipient.relative_passive_subject")
            if relative is not None and relative.nodes["pronoun"].i == subj.i:
                return arg(with_conjuncts(relative.arg), relative.rule), []
            # "sanctions were imposed *on X*": when the subject is the thing done, the
            # preposition names the target
            preps = prep_objects(verb, PASSIVE_TARGET_PREPS)
            if subj.pos_ == "NOUN":  # "a camp *for refugees from X* was shelled"
                preps += inner_targets([subj], depth=1)
                # "the sanctions *on X* were eased": the target hangs on the thing done
                preps += prep_objects(subj, DOER_TARGET_PREPS)
            # "Five reporters *arrested* in raid": a headline's passive, its auxiliary dropped
            rid = "recipient.passive_subject" if auxiliary(verb) else "recipient.elliptical_passive"
            return arg(with_conjuncts(subj), rid), _prep_args(preps, "recipient.passive_prep")
        noun = first(verb, "recipient.participle_noun")
        if noun is not None:  # "the blockade *imposed on X*": the preposition's object
            preps = prep_objects(verb, PARTICIPLE_TARGET_PREPS)
            return arg(with_conjuncts(noun.arg), noun.rule), _prep_args(
                preps, "recipient.participle_prep"
            )
        if verb.dep_ in ("pcomp", "advcl"):  # "X, after *being received* by Y, ..."
            gov = verb.head.head if verb.dep_ == "pcomp" else verb.head
            subj = child(gov, "nsubj", "nsubjpass") if gov.pos_ in ("VERB", "AUX") else None
            if subj is not None:
                rid = "recipient.passive_clause_subject"
                return arg(with_conjuncts(subj), rid, gov=gov.text), []
    hits = sorted(
        [
            *find(verb, "recipient.dobj"),
            *find(verb, "recipient.dative"),
            *find(verb, "recipient.small_clause_subject"),  # "hold *X* responsible"
        ],
        key=lambda m: m.arg.i,
    )
    obj = hits[0].arg if hits else up_to_object(verb)
    rid = hits[0].rule if hits else "recipient.counted_object"
    if obj is None:
        obj = adverbial_object(verb)
        rid = "recipient.npadvmod_object"
    if misparsed:  # the noun the participle was read as modifying is its object
        obj, rid = verb.head, "recipient.dobj"
    own = (
        obj is not None
        and is_own(obj)
        and not reported_owner(verb)
        and not someone_elses(obj, verb)
    )
    target = arg(with_conjuncts(obj) if obj is not None and not own else [], rid)
    if obj is None:
        target = Arg()
    preps = prep_objects(verb, RECIPIENT_PREPS)
    # "sent a team and 40 tonnes of supplies *to X*": the objects joined after the first
    joined = (
        [o for o in obj.conjuncts if o.i > obj.i and o.pos_ == "NOUN"] if obj is not None else []
    )
    if obj is not None:  # "imposed sanctions on X": the preposition may hang on the object
        preps += prep_objects(obj, RECIPIENT_PREPS)
        for other in joined:  # or on a joined object
            preps += prep_objects(other, RECIPIENT_PREPS)
        if (share := share_of(obj)) is not None:  # "closed all of its crossings *with X*"
            preps += prep_objects(share, RECIPIENT_PREPS)
    if obj is not None:  # "imposed tariffs of 30% *on X*": the target misread as the rate's
        preps += [
            (q, o2)
            for _p, o in prep_objects(obj, ("of",))
            if o.ent_type_ in ("PERCENT", "MONEY")
            for q, o2 in prep_objects(o, DOER_TARGET_PREPS)
        ]
    # "stood firmly *behind X*", "threw its weight *behind X*", "stands *by X*": the party backed
    backed: list[tuple[str, Token]] = []
    if verb.lemma_ in BEHIND_BACKING:
        backing = ("behind", "by") if verb.lemma_ in BY_BACKING else ("behind",)
        backed = prep_objects(verb, backing)
        if obj is not None:
            backed += prep_objects(obj, backing)
    preps += backed
    rule_backed = {o.i for _p, o in backed}
    # "filed a complaint *against X* at the court": "against" names the target, where other
    # prepositions may name a venue or a partner ("at the court", "with the UN")
    preps.sort(key=lambda found: found[0] != "against")
    # "retaliated with tariffs *on US goods*": the measure a verb acts with names its target
    preps += [
        (f"with … {q}", o2)
        for p, o in list(preps)
        if p == "with" and o.pos_ == "NOUN"
        for q, o2 in prep_objects(o, DOER_TARGET_PREPS)
    ]
    # "gunmen *firing from the Haitian side*", "rockets launched *from Lebanese territory*":
    # the place the fire came from, never its target (a "from" on the object is the object's,
    # and a phrasal verb is another sense: "shot down the proposal *from X*")
    firing = verb.lemma_.lower() in FIRING_VERBS and not any(c.dep_ == "prt" for c in verb.children)
    late = [
        (p, o)
        for p, o in prep_objects(verb, LATE_PREPS)
        if p != "from" or (not firing and o.lemma_.lower() not in ORIGIN_NOUNS)
    ]
    if obj is not None:
        late += [
            (p, o)
            for p, o in prep_objects(obj, LATE_PREPS)
            if p != "from" or o.lemma_.lower() not in ORIGIN_NOUNS
        ]
    # "shot down drones *launched by X*", "intercepted missiles *fired by X*": whoever launched
    # what was brought down is the target (not where it came from: "from X's territory")
    brought_down = (share_of(obj) or obj) if obj is not None else None  # "12 of the drones"
    launcher = [
        ("by", o)
        for a in (brought_down.children if brought_down is not None else ())
        if verb.lemma_.lower() in INTERCEPT_VERBS
        and a.dep_ == "acl"
        and a.lemma_.lower() in LAUNCH_PARTICIPLES
        for p, o in prep_objects(a, ("by",))
    ]
    # "mobilized reservists *for a war against X*": the target of the purpose noun
    nested = [
        (f"{p} … {q}", o2)
        for p, o in late
        if o.pos_ == "NOUN"
        for q, o2 in prep_objects(o, TARGET_PREPS)
    ]
    found = [*preps, *late, *nested]
    starts = [obj] if obj is not None and obj.pos_ == "NOUN" else []
    starts += [o for _p, o in found if o.pos_ == "NOUN" or o.tag_ == "VBG"]
    seen = {o.i for _p, o in found}
    inner = [(p, o) for p, o in inner_targets(starts) if o.i not in seen]
    # "sent a team and 40 tonnes *of supplies to X*": where a joined object goes; not whom it
    # is for ("demanding a quota and a visa process *for* its nurses": what is asked for them)
    inner += [
        (p, o)
        for p, o in inner_targets(joined if starts else [])
        if o.i not in seen and p.split()[-1] in ("to", "into")
    ]
    # "lifted the suspension *imposed on X*": whom the measure eased was laid on
    eased = (
        eased_measure_targets(obj)
        if obj is not None and verb.lemma_.lower() in EASING_VERBS
        else []
    )
    return target, [
        *_prep_args(eased, "recipient.eased_measure_target"),
        *_prep_args([f for f in preps if f[1].i in rule_backed], "recipient.backed_party"),
        *_prep_args([f for f in preps if f[1].i not in rule_backed], "recipient.verb_prep"),
        *_prep_args(launcher, "recipient.launcher"),
        *_prep_args(late, "recipient.late_prep"),
        *_prep_args(nested, "recipient.nested_prep"),
        *_prep_args(inner, "recipient.inner_target"),
    ]


PERSONAL_POSSESSIVES = words("personal_possessives")
# a subject that is no person: a state, an organisation, one of their bodies
BODY_HEADS = words("state_body_heads") | words("domestic_org_words")


def someone_elses(obj: Token, verb: Token) -> bool:
    """ "Russia's foreign ministry criticised *his* visit": "his" or "her" on the object of a
    verb whose subject is a state or a body, no person, is another's, not the doer's own."""
    if not any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in obj.children):
        return False
    subj = child(verb, "nsubj")
    if subj is None:
        return False
    return subj.ent_type_ in ("GPE", "NORP") or subj.lower_ in BODY_HEADS


def reported_owner(verb: Token) -> bool:
    """ "Ukraine said Russian drones hit *its* ports", "... after he criticised *its* junta": in a
    reported or adverbial clause with a subject of its own, "its" in the object may be the
    subject's above; the resolver decides
    (``resolve.owner_pronoun``: never the doer's own)."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return (
        clause.dep_ in ("ccomp", "advcl")
        and child(verb, "nsubj") is not None
        and child(clause.head, "nsubj") is not None
    )


def inner_targets(nouns: list[Token], depth: int = 2) -> list[tuple[str, Token]]:
    """Targets named deeper inside common-noun phrases that are no actors themselves:
    "broke its promise *to the farmers*", "cut part of a loan programme *for X*", "a plan for
    settling its quarrel *with its neighbours*"; through "of" and one more phrase, never
    through a clause."""
    out: list[tuple[str, Token]] = []
    frontier = [(n.text, n) for n in nouns]
    for _ in range(depth):
        nxt: list[tuple[str, Token]] = []
        for path, noun in frontier:
            if noun.tag_ == "VBG":  # "for *settling* its quarrel with X"
                obj = child(noun, "dobj")
                if obj is not None:
                    nxt.append((f"{path} {obj.text}", obj))
            pcomps = [  # "a plan for *settling* ...": a gerund the parser hangs as pcomp
                (c.lower_, o)
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for o in c.children
                if o.dep_ == "pcomp" and o.tag_ == "VBG"
            ]
            for p, o in [*prep_objects(noun, (*INNER_PREPS, "of")), *pcomps]:
                if p == "of" and noun.lemma_.lower() in CHARGE_NOUNS:
                    continue  # "on charges *of spying for X*": the crime, not the target
                if p == "for" and noun.lemma_.lower() in SERVED_CRIMES:
                    continue  # "charged with *treason for X*": whom it served, no target
                if p != "of" and o.tag_ != "VBG":
                    out.append((f"{path} {p}", o))
                if o.pos_ == "NOUN":
                    nxt.append((f"{path} {p} {o.text}", o))
                elif o.tag_ == "VBG":  # "a plan for *ending* its quarrel with X"
                    obj = child(o, "dobj")
                    if obj is not None:
                        nxt.append((f"{path} {p} {o.text} {obj.text}", obj))
        frontier = nxt
    return out


def adverbial_object(verb: Token) -> Token | None:
    """In a headline with no article the small model may read the place or name right after a
    present-tense verb as a noun-phrase adverbial ("Turkish FM visits *Baghdad*"): a name of a
    place, body or people there is the direct object."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.i > verb.i
            and c.pos_ == "PROPN"
            and c.ent_type_ in GROUP_PARTY_ENTS
            and c.left_edge.i == verb.i + 1
        ),
        None,
    )


def up_to_object(verb: Token) -> Token | None:
    """In "detained *up to 30* people" the parser reads "up" as the verb's particle and the
    counted noun as the object of "to"; that noun is the direct object."""
    for up in verb.children:
        if up.dep_ in ("prt", "prep", "advmod") and up.lower_ == "up":
            for to in up.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    obj = child(to, "pobj")
                    if obj is not None and any(c.dep_ == "nummod" for c in obj.children):
                        return obj
    return None


def premodifier_subject(first: Token, second: Token) -> bool:
    """Is ``first`` a bare common noun standing right before the name ``second`` ("the
    *opposition* Gambian Democratic Party", "the *ruling* ... ") that the parser made a second
    subject of the same verb? Then it modifies the name and is no doer of its own."""
    return (
        first.pos_ == "NOUN"
        and second.pos_ == "PROPN"
        and first.i + 1 == second.left_edge.i
        and all(c.dep_ == "det" for c in first.children)
    )
