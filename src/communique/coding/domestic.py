"""Domestic events: a protest, crackdown, concession, refusal or threat that names no target is
aimed at (or granted to) the country where it happens (CAMEO/PLOVER practice); a leader's trip
inside their own country is no diplomatic visit."""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.lexicon import country_name
from communique.coding.candidate import Candidate
from communique.coding.frames import CLAIM_NOUNS, is_denial
from communique.coding.noun_arguments import left_meeting
from communique.coding.prose import said_coercion, warned_coercion
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import PARTY_ENTS, first_conjunct, is_passive, to_infinitive
from communique.coding.told_people import told_people
from communique.coding.triggers import (
    CONSEQUENCE_PATTERN,
    KEPT_PATTERN,
    OFFENDERS_PATTERN,
    PUNISHMENT_PATTERN,
    Trigger,
    coercion_at_home,
    conditioned_on_hostile_act,
)
from communique.coding.verb_arguments import verb_actor
from communique.model import Actor
from communique.vocabulary import words

NON_STATE = words("non_state_codes")
FLAG_PARTICIPLES = words("flag_participles")  # "a Panama-flagged boat" (mention.flag_compound)
HYPHENS = frozenset({"-", "\u2011", "\u2013"})  # as the actor finder reads a compound
# types whose unnamed target is the country where they happen
DOMESTIC_TARGET = frozenset({"PROTEST", "COERCE", "CONCEDE", "REJECT", "THREATEN"})
RESIGNATION = "0831"  # a resignation is granted to no one
INVESTIGATION = "09"  # CAMEO 09 investigate: a state's inquiry that names no party is at home
INQUIRY_WORDS = words("inquiry_words")  # an inquiry into conduct, not an inspection of a place
RETALIATION = words("retaliation_words")
ANSWERING = words("retaliation_modifiers")
PROTECTING = words("protective_purpose_verbs")
LEGAL_ACCUSING = words("legal_accusing_verbs")
# the state itself (no sector) or its own organs that act on it (vocabulary state_sectors)
ANNOUNCING_SECTORS = words("state_sectors") | {None}
# "prosecutors opened an investigation into the contracts": a state's own investigators
INVESTIGATOR_SECTORS = words("domestic_investigator_sectors")
FRONTIER_ACT_WORDS = words("frontier_act_words")
CROSSING_PREPS = frozenset({"across", "over"})
SHARED_ACTS = words("shared_act_verbs")
# CAMEO 161 "reduce or break diplomatic relations", 162 "reduce or stop material aid", 1311
# "threaten to reduce or stop aid", 1313 "threaten to reduce or break relations": aid and
# relations are between states, never with the doer's own people
FOREIGN_CODES = ("161", "162", "1311", "1313")


def across_frontier(trig: Trigger) -> bool:
    """ "closed two border crossings", "shut its airspace": a measure taken on a frontier is
    aimed at the state across it, not at the doer's own people."""
    if any(t.lower_ in FRONTIER_ACT_WORDS for t in trig.tokens):
        return True
    # "sent agents *across the border*", "flew drones *over the frontier*": done across it
    return any(
        p.dep_ == "prep" and p.lower_ in CROSSING_PREPS and o.dep_ == "pobj"
        and o.lower_ in FRONTIER_ACT_WORDS
        for p in trig.token.children
        for o in p.children
    )  # fmt: skip


TERRITORY_NOUNS = words("territory_feature_nouns")
PART_NOUNS = words("part_of_nouns")


CHALLENGERS = words("challenger_sectors")


def territory_object(tok: Token, actors: list[Actor]) -> str | None:
    """ "seized *the islands*", "nationalised three of *the islets*", "took control of *the
    shoal*": the act's object (or its "of" phrase after a number, "control" or "part") is a
    piece of land or sea feature (vocabulary territory_feature_nouns), which a state seizes,
    buys or occupies against the state that claims it, not at its own people. Returns the
    noun, or None. Not for rebels, armed men or an opposition (vocabulary challenger_sectors),
    who take ground inside a state ("the rebels seized the territory")."""
    if any(a.sector in CHALLENGERS for a in actors):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objs:
        heads = [obj]
        if obj.lower_ in PART_NOUNS or obj.pos_ == "NUM":
            heads += [o for p in obj.children if p.lower_ == "of" for o in p.children]
        for head in heads:
            if head.lower_ in TERRITORY_NOUNS or head.lemma_.lower() in TERRITORY_NOUNS:
                return head.text
    return None


def foreign_object(tok: Token) -> bool:
    """ "detained nine *foreign* trawlers", "expelled *foreign* journalists": the act's object
    is said to be from abroad, so the act is not aimed at the doer's own people."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(a.dep_ == "amod" and a.lower_ == "foreign" for o in objs for a in o.children):
        return True
    # "seized a *Panama-flagged* fishing boat": a ship on another state's register (rule
    # mention.flag_compound: the flag's state is no party, and the ship is not the doer's own)
    return any(
        t.i < o.i and t.lower_ in FLAG_PARTICIPLES and t.i > 0 and t.nbor(-1).text in HYPHENS
        for o in objs
        for t in o.subtree
    )


# a pronoun object ("held *them*") or possessor ("held *its* crew") of a joined verb
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})
POSSESSIVE_PRONOUNS = words("possessive_pronouns")


def joined_object_abroad(resolver: ArgumentResolver, tok: Token, iso: str) -> Actor | None:
    """ "intercepted a Malaysian trawler and *detained its crew*", "stopped an Estonian boat and
    *ordered it* to leave": the act's object is a pronoun (or has one as its possessor) standing
    for the object of the verb it is joined to, and that object is a party of another state: the
    act is aimed at that state, not at the doer's own people (rule recipient.joined_object)."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(
        o.lower_ in OBJECT_PRONOUNS
        or any(p.dep_ == "poss" and p.lower_ in POSSESSIVE_PRONOUNS for p in o.children)
        for o in objs
    ):
        return None
    for obj in (c for c in tok.head.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            sp = resolver.index.at(t)
            if sp is None or sp.is_location:
                continue
            for a in sp.actors:
                if a.country and len(a.country) == 3 and a.country not in NON_STATE | {iso}:
                    return a
    return None


def answers_attack(tok: Token) -> bool:
    """ "vowed to *retaliate*", "will *strike back*", "threatened *reprisals*": an act that
    answers an attack is aimed at the attacker, whom the sentence may not name."""
    return retaliation(tok) is not None


def retaliation(tok: Token) -> str | None:
    """The words that make ``tok`` an answer to an attack ("retaliate", "strike back", "threatened
    *reprisals*"), or None."""
    if tok.lemma_.lower() in RETALIATION or tok.lower_ in RETALIATION:
        return tok.text
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in ANSWERING:  # "*reciprocal* measures"
            return f"{c.text} {tok.text}"
        if c.dep_ in ("prt", "advmod") and c.lower_ == "back":
            return f"{tok.text} {c.text}"
        if c.dep_ == "dobj" and (c.lemma_.lower() in RETALIATION or c.lower_ in RETALIATION):
            return f"{tok.text} {c.text}"
        if c.dep_ == "dobj" and (
            m := next((a for a in c.children if a.dep_ == "amod" and a.lower_ in ANSWERING), None)
        ):  # "take *reciprocal* measures", "retaliatory tariffs": an answer to another's act
            return f"{tok.text} {m.text} {c.text}"
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
            # "warned that it would *respond* with force", "vowed *to hit back*": the threat
            # or pledge is of the answer its clause names
            inner = retaliation(c) if c.lemma_.lower() not in ("be", "have") else None
            if inner is not None:
                return f"{tok.text} … {inner}"
    return None


def retaliation_note(trig: Trigger) -> Because | None:
    """Why a retaliation or a threat to protect one's own gets no domestic target
    (recipient.retaliation, recipient.protective_threat), or None."""
    words_ = retaliation(trig.token)
    if words_:
        return Because.of("recipient.retaliation", words=words_)
    guarded = protective_threat(trig)
    return Because.of("recipient.protective_threat", words=guarded) if guarded else None


def protective_threat(trig: Trigger) -> str | None:
    """ "reserves the right to take all measures *to protect its water security*", "would take
    necessary measures *to safeguard* its companies": a threat made to protect the doer's own
    interests is aimed at whoever endangers them (the story's counterpart), not at the doer's
    own people: the words of its "to protect / defend / safeguard" purpose, or None."""
    if trig.cameo.plover != "THREATEN":
        return None
    for t in trig.token.subtree:
        if (
            t.lemma_.lower() in PROTECTING
            and t.pos_ == "VERB"
            and t.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            return f"to {t.text}"
    return None


# the doer of a walkout or boycott that is a state or its government, not a domestic side
WALKOUT_STATE_SECTORS = frozenset({"GOV", None, ""})


def walkout_abroad(trig: Trigger, actors: list[Actor]) -> bool:
    """ "Xian delegation walked out of the joint commission", "X stayed away from the summit":
    a state's (or its government's) walkout or boycott of a meeting between parties is a
    protest against the other parties (CAMEO 143: the target is the party protested
    against), never at the state's own people (rule recipient.walkout_not_home); the
    opposition walking out of parliament stays at home."""
    if trig.cameo.plover not in ("PROTEST", "REJECT") or left_meeting(trig.token) is None:
        return False
    return bool(actors) and all(
        a.country and a.country not in NON_STATE and a.sector in WALKOUT_STATE_SECTORS
        for a in actors
    )


def domestic_kind(trig: Trigger) -> bool:
    """An event type whose unnamed target is the doer's own country (DOMESTIC_TARGET)."""
    code = trig.cameo.code
    if trig.cameo.plover == "ACCUSE" and trig.rule.lemma in LEGAL_ACCUSING:
        return True  # "prosecutors charged *his client*": a state's charges are at its people
    if code.startswith(INVESTIGATION) and (
        trig.token.pos_ in ("NOUN", "PROPN") or trig.token.lemma_.lower() in INQUIRY_WORDS
    ):
        # "prosecutors opened an inquiry into the contracts", "police are investigating the
        # deaths": an inquiry at home, aimed at the doer's own country when the story has no
        # counterpart (see domestic_target); never "inspected the border"
        return True
    return (
        trig.cameo.plover in DOMESTIC_TARGET
        and code != RESIGNATION  # the PLOVER manual's examples code "resigned" with no target
        and not (trig.cameo.plover == "COERCE" and not code.startswith("17"))
    )


def domestic_target(
    resolver: ArgumentResolver, trig: Trigger, actors: list[Actor]
) -> tuple[Actor, Because] | None:
    """The country a domestic event is aimed at: the doer's own state, else (for a protest)
    the sentence's; a protest at its government, a curfew or arrest at its people."""
    if answers_attack(trig.token):
        return None  # retaliation is aimed at the attacker, not at home
    if protective_threat(trig):
        return None  # "would take measures to protect its farmers": at whoever endangers them
    if across_frontier(trig):
        return None  # "closed the border": at the neighbour (story counterpart), not at home
    if trig.cameo.code.startswith(FOREIGN_CODES) or foreign_object(trig.token):
        return None  # "warned aid could be cut", "detained *foreign* trawlers": not at home
    if territory_object(trig.token, actors) is not None:
        return None  # "seized the islands": at the state that claims them (story counterpart)
    if walkout_abroad(trig, actors) or (
        not any(a.country for a in actors)
        and trig.cameo.plover == "PROTEST"
        and left_meeting(trig.token) is not None
    ):
        # "the delegation walked out of the commission": at its other parties; "delegates
        # walked out of the plenary": not at the state that hosts it
        return None
    if trig.cameo.code.startswith(INVESTIGATION) and not any(
        a.sector in INVESTIGATOR_SECTORS for a in actors
    ):
        return None  # only a state's own prosecutors, police or parliament inquire at home
    if trig.rule.pattern == OFFENDERS_PATTERN and not any(
        a.sector in INVESTIGATOR_SECTORS
        or a.sector == "MIL"
        # "the governor warned that anyone found armed will be disarmed by force": the
        # executive enforcing its own order (triggers.coercion_at_home)
        or (a.sector in ("GOV", None, "") and a.country and coercion_at_home(trig.token))
        for a in actors
    ):
        # "those responsible will be held accountable", said by a foreign ministry: only a
        # state's own prosecutors, police, courts or commanders punish at home
        return None
    iso = next((a.country for a in actors if a.country and a.country not in NON_STATE), None)
    where = "the actor's country"
    if iso is None and trig.cameo.plover == "PROTEST":
        iso, where = resolver.context_country(trig.token)
    if not iso or len(iso) != 3:
        return None
    if (abroad := joined_object_abroad(resolver, trig.token, iso)) is not None:
        name = country_name(abroad.country) or abroad.country
        why = Because.of("recipient.joined_object", name=name, obj=trig.token.text)
        return Actor(text=name, name=name, country=abroad.country), why
    if trig.cameo.plover == "COERCE" and (told := told_people(resolver, trig.token, iso)):
        # "A court *sentenced the three*" after "police detained three Xian activists": the
        # people the story told of, of another state, not the doer's own people
        party, obj = told
        name = country_name(party.country) or party.country
        why = Because.of("recipient.told_people", name=name, obj=obj.text, who=party.text)
        return Actor(text=name, name=name, country=party.country), why
    if trig.cameo.plover == "THREATEN" and (
        conditioned_on_hostile_act(trig.token)
        or trig.rule.pattern in (CONSEQUENCE_PATTERN, PUNISHMENT_PATTERN, KEPT_PATTERN)
    ):  # "said those responsible would face consequences": another side's, never home
        # "we will take all necessary measures if the raids continue": an answer to another's
        # act, aimed at its doer (recipient.answered_move), not at home
        return None
    inquiry = trig.cameo.code.startswith(INVESTIGATION)
    if inquiry and resolver.counterpart({iso}, before=trig.token.sent.end) is not None:
        return None  # in a story of two states, an inquiry is the counterpart's (or none)
    if inquiry or trig.cameo.plover in ("REJECT", "THREATEN", "CONCEDE"):
        # "declined to resign" is aimed at home; "X denied any involvement" answers an
        # accuser, and a sentence that names another state has its own target or none (so
        # has an inquiry "into the abuse of *Bolivian* migrants")
        if is_denial(trig.token) and not denies_own_conduct(resolver, trig.token, iso):
            return None
        if (
            trig.cameo.plover == "REJECT"
            and not _own_act(trig.token)
            and resolver.counterpart({iso}, before=trig.token.sent.end) is not None
        ):
            return None  # "balked at the proposal": whoever proposed it (story counterpart)
        named = {
            a.country
            for sp in resolver.index.in_sentence(trig.token.sent)
            for a in sp.actors
            if a.country
        }
        if named - {iso}:
            return None
    name = country_name(iso) or iso
    sector = "GOV" if trig.cameo.plover == "PROTEST" else None
    why = Because.of(
        "recipient.domestic_target",
        name=name,
        target="its government" if sector else "its people",
        where=where,
        type=trig.cameo.plover.lower(),
    )
    return Actor(text=name, name=name, country=iso, sector=sector), why


def denies_own_conduct(resolver: ArgumentResolver, tok: Token, iso: str) -> bool:
    """ "The minister *denied that police had used* live rounds", "rejected accusations *that
    its officers beat* detainees": a denial of what the doer's own state's forces, officials or
    party did is an answer about the state's conduct at home (CAMEO/PLOVER code such a
    government denial as aimed at its own country, like a crackdown it defends): True when the
    subject of the denied clause (the verb's "that"-clause, or the one on its claim noun) is a
    party the story places in ``iso`` (rule recipient.domestic_target)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [
        v
        for o in tok.children
        if o.dep_ == "dobj" and o.lemma_.lower() in CLAIM_NOUNS
        for v in o.children
        if v.dep_ in ("acl", "ccomp") and v.pos_ in ("VERB", "AUX")
    ]
    for verb in clauses:
        for subj in verb.children:
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            span = resolver.index.at(subj)
            if span is not None and any(a.country == iso for a in span.actors):
                return True
    return False


def _own_act(tok: Token) -> bool:
    """ "refused *to resign*", "declined *to step down*": a refusal of the doer's own act, aimed
    at home; not "rejected the offer", "balked at committing to purchases"."""
    return any(
        c.dep_ == "xcomp" and to_infinitive(c) and c.lemma_.lower() not in SHARED_ACTS
        for c in tok.children
    )  # not "refused *to let* the ship dock", "declined *to sign* the pact": aimed at another


def domestic_trip(resolver: ArgumentResolver, cand: Candidate) -> bool:
    """ "The prime minister *visited* the camps / a northern town" at home: True when the
    visited place is in the doer's country, or is an unnamed place ("the camps") in a sentence
    that places the story in the doer's country and names no foreign destination."""
    tok = cand.trigger.token
    if tok.pos_ != "VERB" or cand.trigger.rule.lemma not in ("visit", "tour"):
        return False
    home = {a.country for a in cand.actors if a.country and a.country not in NON_STATE}
    if not home:
        return False
    if cand.recipients:  # "visited <a town of the doer's own country>"
        from communique.actors.names import country_of_place

        places = [r for r in cand.recipients if not r.sector]
        where = [
            r.country or (country_of_place(r.text) if r.text[:1].isupper() else None)
            for r in places
        ]
        return len(places) == len(cand.recipients) and all(c in home for c in where)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in PARTY_ENTS:
        return False
    named = {
        a.country
        for sp in resolver.index.in_sentence(tok.sent)
        for a in sp.actors
        if a.country and not a.sector
    }
    return bool(named & home)


SUM_ANNOUNCED = "071"  # triggers.tsv row 'announce' + a sum + for/to (rule trigger.sum_pledge)


def home_budget(cand: Candidate) -> bool:
    """ "The finance minister *announced* 2 billion kroner for new schools": a sum a state
    announces is aid (CAMEO 071) only when it goes to another party named in the clause; a sum
    for no one named, or for the doer's own country ('for its farmers'), is a budget at home
    (rule filter.home_budget)."""
    trig = cand.trigger
    if trig.rule.lemma not in ("announce", "unveil") or trig.cameo.code != SUM_ANNOUNCED:
        return False
    home = {a.country for a in cand.actors if a.country}
    if not cand.recipients:
        return True
    return all(r.country in home or not r.country for r in cand.recipients)


ARREST = "173"  # arrest, detain or charge with legal action
POLICE_WORDS = "police"
PROSECUTOR_WORDS = "prosecutors"
VERDICT = "116"  # find guilty or liable (legally)
COURT_WORDS = "court"
# "those" + a bare participle names people by what was done to them ("those detained")
DESCRIBED_PEOPLE = frozenset({"those"})


def arresting_police(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """ "Five protesters were detained in X", "several journalists were arrested": an arrest
    in the passive with no "by" doer was made by the police of the country where it happened
    (only a state's authorities arrest and detain: CAMEO 173), the place on its clause, else
    the sentence's or story's country (rule actor.arresting_police); a passive verdict of guilt
    ("was convicted", CAMEO 116) was reached by that country's courts (actor.convicting_court)."""
    tok = cand.trigger.token
    code = cand.cameo_code
    charged = code.startswith("112") and cand.trigger.rule.lemma in LEGAL_ACCUSING
    convicted = code == VERDICT  # "X was convicted of graft": by the country's courts
    if (code != ARREST and not charged and not convicted) or cand.actors or tok.pos_ != "VERB":
        return None
    if not is_passive(tok):
        return None
    if convicted and tok.dep_ == "acl":  # "executed two men *convicted of* the bombing": who
        return None  # they are, not a new verdict (and the bombing stays an event of its own)
    if tok.dep_ == "acl" and tok.head.lower_ in DESCRIBED_PEOPLE:  # "free *those detained*",
        return None  # "among those arrested": who they are, an arrest told elsewhere
    if not cand.recipients or any(c.dep_ == "agent" for c in tok.children):
        return None
    found = resolver.residence(tok)
    if found is None:
        return None
    iso, where = found
    if len(iso) != 3 or iso in NON_STATE:
        return None
    if convicted:  # "X was convicted on seven counts": by the state's courts
        why = Because.of("actor.convicting_court", verb=tok.text, where=where, iso=iso)
        return Actor(text=COURT_WORDS, country=iso, sector="JUD"), why
    if charged:  # "X was charged with treason": by the state's prosecutors
        why = Because.of("actor.charging_prosecutors", verb=tok.text, where=where, iso=iso)
        return Actor(text=PROSECUTOR_WORDS, country=iso, sector="JUD"), why
    why = Because.of("actor.arresting_police", verb=tok.text, where=where, iso=iso)
    return Actor(text=POLICE_WORDS, country=iso, sector="COP"), why


def warning_doer(resolver: ArgumentResolver, cand: Candidate) -> tuple[list[Actor], Because] | None:
    """ "The minister *warned* that any unauthorised march *would be dispersed*", "warned that
    candidates who bought votes *could be sanctioned*": a sanction or an act of coercion in the
    passive with no "by" doer, in the clause a verb of warning governs, is the warner's
    (prose.warned_coercion; rule actor.warner)."""
    tok = cand.trigger.token
    code = cand.cameo_code
    if cand.actors:
        return None
    warned = warned_coercion(tok, code)
    if not warned and not said_coercion(tok, code):
        return None
    warning = first_conjunct(tok).head  # "warned that X would be arrested *and punished*"
    warner = verb_actor(warning)
    if not warner:
        return None
    actors, _ = resolver.resolve(warner, fallback="actor")
    if not actors:
        return None
    who = ", ".join(a.text or "" for a in actors)
    if warned:
        return actors, Because.of("actor.warner", verb=tok.text, warn=warning.text, who=who)
    if not all(a.country and a.sector in ANNOUNCING_SECTORS for a in actors):
        return None  # a lawyer, a witness, a reporter: no side of theirs does it
    return actors, Because.of("actor.announcer", verb=tok.text, said=warning.text, who=who)


def summoning_ministry(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """ "The German ambassador *was summoned* to the foreign ministry in Moscow": a summons of
    an envoy (vocabulary summon_verbs) in the passive with no "by" doer was made by the foreign
    ministry of the country where it happened (only a host state summons a foreign envoy to its
    ministry: Vienna Convention on Diplomatic Relations, art. 41), the place after "to" or
    "in" on the verb or on the envoy ("the envoy *in X*": the posting), else the sentence's or
    story's country when it is not the envoy's own (rule actor.summoning_ministry). An envoy
    (or another foreigner) *expelled* (vocabulary expel_verbs) was expelled by the government of
    that host state (art. 9, persona non grata; rule actor.expelling_host)."""
    tok = cand.trigger.token
    if cand.actors or tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    expelled = lemma in words("expel_verbs")
    # "the ambassador *was handed* a protest note": an official complaint (CAMEO 114) handed to
    # an envoy is handed by the state he is accredited to, as a summons is (rule
    # actor.protest_note_host)
    protest = cand.cameo_code == "114" and lemma not in words("summon_verbs")
    if lemma not in words("summon_verbs") and not expelled and not protest:
        return None
    if not cand.recipients or not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    envoy = {r.country for r in cand.recipients if r.country}
    if not envoy:
        return None
    found: tuple[str, str] | None = None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    for head in (tok, *subjects):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "at", "from"):
                for obj in prep.subtree:
                    span = resolver.index.at(obj)
                    actor = span.actor if span is not None else None
                    if actor and actor.country and not actor.sector and actor.country not in envoy:
                        found = (actor.country, f"'{prep.text} … {obj.text}'")
                        break
            if found:
                break
        if found:
            break
    if found is None:
        iso, where = resolver.context_country(tok)
        found = (iso, where) if iso and iso not in envoy else None
    if found is None:  # the sentence names only the envoy's country: the story's other state
        iso = next(
            (
                c
                for c, _ in resolver.story_countries.most_common()
                if len(c) == 3 and c not in NON_STATE and c not in envoy
            ),
            None,
        )
        found = (iso, "the story's country") if iso else None
    if found is None:
        return None
    iso, where = found
    if len(iso) != 3 or iso in NON_STATE or iso in envoy:
        return None
    if expelled:
        why = Because.of("actor.expelling_host", verb=tok.text, where=where, iso=iso)
        return Actor(text="government", country=iso, sector="GOV"), why
    if protest:
        why = Because.of("actor.protest_note_host", verb=tok.text, where=where, iso=iso)
        return Actor(text="foreign ministry", country=iso, sector="GOV"), why
    why = Because.of("actor.summoning_ministry", verb=tok.text, where=where, iso=iso)
    return Actor(text="foreign ministry", country=iso, sector="GOV"), why
