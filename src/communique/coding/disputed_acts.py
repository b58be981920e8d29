"""Acts one side reports and another side of the story denies: the report's claim, not a fact.

A story tells an act in the reporter's own voice ("Troops shelled the town"), or reports what a
party says was done ("X said Y's troops shelled the town", "the group said it killed 20
soldiers", "according to X, Y's troops shelled ..."). The coder reads a past tense reported
after a past verb of saying as asserted (only a shifted "had" makes it claimed: modality.cue),
which is right while no one contradicts it. When the story also tells that another side denied
it ("Y denied the charge", "Y rejected the claims as false"), the story does not itself vouch for the act: it reports one side's claim and the other side's
denial, and the act keeps the source that claimed it (PLOVER: claimed acts keep their source;
rule ``modality.disputed_report``, in the explanation). The story vouches for it again when a
third party confirms it ("observers confirmed the shelling"): then it stays asserted.

What counts (all on the coded events of one story, after they are final):

- the act: an asserted event with a doer, of a type that is a deed, not a statement (CONSULT,
  SUPPORT, COOPERATE, AID, RETREAT, CONCEDE, SANCTION, MOBILIZE, COERCE, ASSAULT, PROTEST), whose
  trigger lies in a clause reported by a verb of saying or claiming (vocabulary reporting_verbs,
  not a verb of confirming) or after "according to"; its teller is that verb's subject (or the
  object of "according to"), and not the doer itself (the doer's own report is its own
  business: "police arrested 40, a police spokesman said" stays asserted whatever else the
  story denies);
- the denial: an asserted REJECT of the story whose trigger is a verb of denying (vocabulary
  denial_verbs) or that a denial rule made (recode.own_denial, trigger.verdict,
  trigger.falsity_verdict), by the doer's side (the doer's code; when teller and doer are of
  different states, any party of the doer's state), not by the teller, and answering the
  teller (aimed at it, at no one, or the teller is a group the actor finder does not
  resolve: "residents said"; a pronoun or a name with no side resolved is left alone);
- no confirmation: no verb of confirming (vocabulary confirming_verbs) in the story without a
  negation whose subject is neither the teller nor the denier.

An act told in the reporter's voice stays asserted however loudly a side denies it; so does an
accusation itself (ACCUSE), the denial, and anything a verb of saying does not report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.coding.calibration import trigger_root
from communique.coding.rules import explain, rule
from communique.model import DEED_TYPES, Mention
from communique.vocabulary import words

RULE = rule("modality.disputed_report")
OWN_CLAIM = rule("modality.own_claim")
# non-state armed groups (the actor data's sector for rebels, insurgents, militias)
ARMED_GROUP_SECTORS = frozenset({"REB"})
CLAIMED_FORCE = frozenset({"ASSAULT", "COERCE"})
# a state's own organs (an empty sector: the state named as such)
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# the publication's own journalists ("our reporter", "this newspaper's correspondent")
OWN_JOURNALISTS = frozenset({"reporter", "correspondent", "journalist", "team"})
REPORTING_VERBS = (words("reporting_verbs") | words("say_verbs")) - words("confirming_verbs")
CONFIRMING_VERBS = words("confirming_verbs")
DENIAL_VERBS = words("denial_verbs")
DENIAL_RULES = ("[recode.own_denial]", "[trigger.verdict]", "[trigger.falsity_verdict]")
# the clause links a verb of saying reports through ("said *that* ...", '"...," X said')
REPORTED_DEPS = ("ccomp", "parataxis")


def _teller(tok: Token) -> Token | None:
    """The subject of the verb of saying that reports the clause ``tok`` is in, or the object
    of an "according to" on that clause; None for the reporter's own voice."""
    cur = tok
    for _ in range(12):
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                to = next((t for t in c.children if t.lower_ == "to"), None)
                obj = next((o for o in (to or c).children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in REPORTED_DEPS and head.lemma_.lower() in REPORTING_VERBS:
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj if subj is not None else head
        cur = head
    return None


def _codes(doc: Doc, tok: Token) -> tuple[set[str], set[str]]:
    """(codes, countries) of the actor mentions inside ``tok``'s phrase."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return set(), set()  # a verb of saying with no subject: nothing resolves
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    codes: set[str] = set()
    countries: set[str] = set()
    for sp in doc._.communique_actor_spans or []:
        if lo <= sp.start and sp.end <= hi:
            for a in sp.actors:
                if a.code:
                    codes.add(a.code)
                if a.country:
                    countries.add(a.country)
    return codes, countries


def _is_denial(m: Mention, doc: Doc) -> bool:
    if m.event_type != "REJECT" or m.modality != "asserted" or not m.actor:
        return False
    if any(r in m.explanation for r in DENIAL_RULES):
        return True
    tok = trigger_root(doc, m)
    return tok is not None and tok.lemma_.lower() in DENIAL_VERBS


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.head.children if tok.dep_ == "xcomp"
    )


def _confirmers(doc: Doc) -> list[set[str]]:
    """The codes of the subject of each confirming verb of the story that is not negated
    (an empty set: a subject the actor finder does not resolve, a third party)."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONFIRMING_VERBS or _negated(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        out.append(_codes(doc, subj)[0] if subj is not None else set())
    return out


def _own_claim(m: Mention, teller_codes: set[str]) -> bool:
    """An act of force or coercion an armed group reports of itself ("the group said it
    killed 20 soldiers", "the rebels said their fighters seized the base"): the group's claim
    (rule modality.own_claim)."""
    if m.event_type not in CLAIMED_FORCE:
        return False
    doers = {a.code for a in m.actor if a.code and a.sector in ARMED_GROUP_SECTORS}
    return bool(doers & teller_codes)


def _own_voice(teller: Token) -> bool:
    """ "*our reporter* says", "*this newspaper's* correspondent said": the publication's own
    journalist tells what the story tells."""
    if teller.lemma_.lower() not in OWN_JOURNALISTS:
        return False
    return any(c.dep_ in ("poss", "det") and c.lower_ in ("our", "this") for c in teller.subtree)


def _own_report(m: Mention, teller_codes: set[str], teller_countries: set[str]) -> bool:
    """Whether the teller is the doer: the doer's own code, or an organ of the same state
    telling what another organ of it did ("the ministry said police detained ...")."""
    if teller_codes & {a.code for a in m.actor if a.code}:
        return True
    state = {a.country for a in m.actor if a.country and (a.sector or "") in STATE_SECTORS}
    return bool(state & teller_countries) and all(
        c[3:] in STATE_SECTORS for c in teller_codes if c[:3] in state
    )


def _denier(
    m: Mention, denials: list[Mention], teller_codes: set[str], teller_countries: set[str]
) -> Mention | None:
    """The denial of ``m`` by its doer's side that answers its teller, or None.

    The doer's side: a party with the doer's code (country and role); between states (the
    teller of another state than the doer's), any organ of the doer's state. The answer: a
    denial aimed at the teller (its code; between states, its state), or at no one, or any
    denial when the teller is not resolved ("residents said")."""
    doer_codes = {a.code for a in m.actor if a.code}
    doer_countries = {a.country for a in m.actor if a.country}
    between_states = bool(teller_countries) and not (teller_countries & doer_countries)
    for d in denials:
        if d is m:
            continue
        d_codes = {a.code for a in d.actor if a.code}
        if teller_codes & d_codes:
            continue  # the teller taking back or qualifying its own words
        d_countries = {a.country for a in d.actor if a.country}
        if not (d_codes & doer_codes or (between_states and d_countries & doer_countries)):
            continue
        aimed = {a.code for a in d.recipient if a.code}
        aimed_states = {a.country for a in d.recipient if a.country}
        if (
            not d.recipient
            or not teller_codes
            or aimed & teller_codes
            or (between_states and aimed_states & teller_countries)
        ):
            return d
    return None


def mark_disputed(mentions: list[Mention], doc: Doc) -> None:
    """Make claimed every asserted deed a verb of saying reports when its doer's side denies
    it in the same story and no third party confirms it (rule modality.disputed_report), and
    every act of force an armed group reports of itself (rule modality.own_claim)."""
    denials = [d for d in mentions if _is_denial(d, doc)]
    confirmers: list[set[str]] | None = None
    for m in mentions:
        if m.modality != "asserted" or m.event_type not in DEED_TYPES or not m.actor:
            continue
        if not denials and not any(a.sector in ARMED_GROUP_SECTORS for a in m.actor):
            continue
        tok = trigger_root(doc, m)
        teller = _teller(tok) if tok is not None else None
        if teller is None:
            continue  # the reporter's own voice
        teller_codes, teller_countries = _codes(doc, teller)
        if _own_voice(teller) or (not teller_countries and teller.pos_ in ("PRON", "PROPN")):
            # "our reporter says": the story's own voice; "it said", "Okafor said" with no
            # state resolved: whose word it is, unknown (it may be the doer's own)
            continue
        if _own_claim(m, teller_codes):
            m.modality = "claimed"
            why = explain(OWN_CLAIM, teller=teller.text)
            m.explanation = "; ".join(p for p in (m.explanation, why) if p)
            continue
        if _own_report(m, teller_codes, teller_countries):
            continue  # the doer's own report: a denial by others does not make it a claim
        denial = _denier(m, denials, teller_codes, teller_countries)
        if denial is None:
            continue
        if confirmers is None:
            confirmers = _confirmers(doc)
        d_codes = {a.code for a in denial.actor if a.code}
        if any(not (c & (teller_codes | d_codes)) for c in confirmers):
            continue  # a third party vouches for it
        m.modality = "claimed"
        who = " and ".join(a.text for a in denial.actor)
        m.explanation = "; ".join(
            p
            for p in (
                m.explanation,
                explain(RULE, teller=teller.text, denier=who, sentence=denial.sentence + 1),
            )
            if p
        )
