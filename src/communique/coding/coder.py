"""The event coder: one Mention per event in a story, each with evidence and an explanation.

Steps per sentence: find triggers (lexicon), drop the ones that are only the content of
another ("agreed to *meet*", "urged X to *withdraw*"), find actor and recipient words from
the parse and map them to resolved actors, decide modality and date, recode planned
cooperation as intent (PLOVER: a future visit is AGREE 036), score confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from communique.coding import arguments as args
from communique.coding.dates import (
    ResolvedDate,
    find_dates,
    is_after,
    iso,
    parse_published,
    resolve,
)
from communique.coding.lexicon import cameo_table, intent_code, intent_table
from communique.coding.modality import condition_of, is_negated, modality_of
from communique.coding.participants import (
    DOMESTIC_ORG_WORDS,
    NON_STATE,
    NOT_ACTORS,
    SINGULAR_PRONOUNS,
    ActorIndex,
    find_actor_spans,
    group_sector,
    group_words,
    is_actor_like,
    is_plural_anaphor,
    is_pronoun,
    phrase_tokens,
    unique_actors,
)
from communique.coding.triggers import REPORTING_VERBS, Trigger, find_triggers
from communique.model import Actor, Article, Evidence, Location, Mention

# a trigger of one of these types takes the event it governs as its content
FRAME_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
MOTION_VERBS = {"arrive", "go", "come", "travel", "fly", "head", "return"}
DIPLOMATIC_PURPOSE = {"talk", "talks", "meeting", "meet", "visit", "summit", "negotiation", "discuss", "consultation", "conference", "mediation", "mission"}  # fmt: skip
PEACEKEEPING = {"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers"}
# general intent codes that the promised act refines ("vowed to *attack*" -> threaten force)
GENERIC_INTENT = {"030"}
_CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acomp", "oprd", "nsubjpass", "acl", "relcl", "appos", "attr", "compound"}  # fmt: skip


# "Moscow, November 2 (RHC)--", "HAVANA (Reuters) -", "Kabul, May 3 —": a dateline opening a line
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w.'’ -]{{1,40}}?"
    rf"(?:,\s*(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,?\s+\d{{4}})?\s*(?:\([^)\n]{{1,40}}\))?"
    rf"|\s*\([^)\n]{{1,40}}\))"
    rf"\s*(?:--|—|–|-)+",
    re.M,
)


def dateline_end(text: str) -> int:
    """Where a dateline at the start of the story ends (0 if there is none): its words name
    where the story was filed, never who acted."""
    m = DATELINE.search(text[:800])
    return m.end() if m else 0


@dataclass
class Memory:
    """What earlier sentences said, for 'he', 'they' and 'the two countries'."""

    subject: list[Actor] = field(default_factory=list)
    participants: list[Actor] = field(default_factory=list)
    history: list[list[Actor]] = field(default_factory=list)  # participants, oldest first

    def remember(self, participants: list[Actor]) -> None:
        self.participants = participants
        if participants:
            self.history.append(participants)


@dataclass
class Candidate:
    trigger: Trigger
    actors: list[Actor]
    recipients: list[Actor]
    actor_how: str
    recipient_how: str
    embedded: bool = False
    joint: bool = False
    unattributed: bool = False  # violence whose doer the sentence does not name
    content: Trigger | None = None  # the event a frame word governs ("vowed to *attack*")
    recode: tuple[str, str] | None = None  # (CAMEO code, why) replacing the lexicon's code
    assumed_recipient: bool = False  # the recipient is a convention, not words in the sentence
    notes: list[str] = field(default_factory=list)


def _governor(tok: Token, trigger_at: dict[int, Trigger]) -> tuple[Trigger | None, list[str]]:
    """The nearest trigger above ``tok`` in the parse, and the dependency path up to it."""
    path: list[str] = []
    cur = tok
    while cur.head.i != cur.i:
        path.append(cur.dep_)
        cur = cur.head
        if cur.i in trigger_at:
            return trigger_at[cur.i], path
    return None, path


def _is_purpose_clause(tok: Token) -> bool:
    """'... an agreement *to foster* cooperation', 'met *to discuss*': an aim, not an event."""
    return tok.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _is_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _unattributed_violence(trig: Trigger, cand: Candidate) -> bool:
    """Violence whose victims the sentence names but not its doer: a passive without "by X"
    ("three soldiers were killed") or a thing as subject ("a bomb killed two civilians")."""
    tok = trig.token
    if trig.cameo.plover not in ("ASSAULT", "COERCE") or tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("acl", "relcl", "amod"):
        return False
    if args.is_passive(tok):  # "a journalist was killed (in Beirut)": the victims or the place
        return cand.recipient_how.startswith(("passive subject", "place where it happened"))
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in NOT_ACTORS and cand.recipient_how == "dobj"


VISIT_CODES = ("042", "043", "044")
# sectors of a doer's own means ("sent troops", "deployed police"); None: things, unknown
OWN_MEANS = {"MIL", "COP", "SPY", None}
EXECUTIVE_ROLE_NOUNS = {"head", "president", "premier", "minister", "foreign minister"}
PERSON_ROLE_NOUNS = {"head", "leader", "president", "minister", "premier", "chief", "counterpart", "official", "diplomat", "envoy", "delegation", "foreign minister"}  # fmt: skip
# types whose unnamed target is the country where they happen (see _domestic_target)
DOMESTIC_TARGET = {"PROTEST", "COERCE", "CONCEDE", "REJECT", "THREATEN"}


def _frame_contents(trig: Trigger) -> list[Token]:
    """What a frame word governs: "threatened *to attack*", "demanded *that X leave*",
    "called for *sanctions*", "agreed *to a ceasefire*"."""
    tok = trig.token
    out = [*trig.parts]
    out += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "on", "upon"):
            out += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    # "threatened to close the strait *and attack* US ships": joined bare verbs are content too
    out += [c for v in list(out) if v.pos_ == "VERB" for c in v.conjuncts if c.tag_ == "VB"]
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i)) and t.i != tok.i]


# rejections that answer an accusation: aimed at the accuser, never at home
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject", "rebuff", "disown"})
CLAIM_NOUNS = frozenset(
    {"involvement", "role", "responsibility", "report", "claim", "allegation", "charge",
     "accusation", "link", "wrongdoing", "suggestion", "rumour", "rumor", "story", "assertion",
     "participation", "complicity", "knowledge", "existence"}
)  # fmt: skip


def _is_denial(tok: Token) -> bool:
    """ "denied any involvement", "dismissed the reports", "denied that ...", "denied imposing a
    ban", "charges *that Doha denied*" (not "denied entry", "rejected the invitation")."""
    lemma = tok.lemma_.lower()
    if lemma in ("refute", "disown") or tok.lower_ in ("denial", "denials"):
        return True
    if lemma not in DENIAL_VERBS:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj.lemma_.lower() in CLAIM_NOUNS
    if any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in tok.children):
        return True
    return lemma == "deny" and tok.dep_ in ("relcl", "ccomp", "conj", "ROOT")


# frames whose content is the doer's own act: promised, threatened or refused
OWN_ACT_FRAMES = frozenset({"AGREE", "THREATEN", "REJECT"})
# what one asks a country for by going there: its host is who is asked
SHELTER = frozenset({"asylum", "refuge", "protection", "shelter", "sanctuary"})
FRONTIER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def _names_frontier(tok: Token) -> bool:
    """ "on the Thai border": the adjective says where, not whose people are meant."""
    return tok.dep_ in ("amod", "compound") and tok.head.lower_ in FRONTIER_WORDS


# verbs whose object is the doer's own forces, sent somewhere: "deploy *peacekeepers* in X"
DEPLOY_VERBS = frozenset(
    {"deploy", "send", "dispatch", "station", "post", "contribute", "redeploy", "airlift"}
)


def _deployed(arg: args.Arg) -> bool:
    """The argument is the object of a deployment verb: means, not a target."""
    return arg.how == "dobj" and any(h.head.lemma_.lower() in DEPLOY_VERBS for h in arg.heads)


def _names_place(head: Token) -> bool:
    """Whether a phrase names a place ("the border village of Panmunjom"), not a person or body."""
    if head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree)


def _object_frame(tok: Token, trigger_at: dict[int, Trigger]) -> Trigger | None:
    """A "that"-clause hung on the verb whose object is a frame noun states that noun's
    content: "repeated its *demand* (...) *that* X *withdraw*" (the parser often attaches
    the clause to the verb)."""
    if tok.dep_ != "ccomp" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    for c in tok.head.children:
        frame = trigger_at.get(c.i)
        if c.dep_ == "dobj" and frame is not None and frame.cameo.plover in FRAME_TYPES:
            return frame
    return None


def _is_content(path: list[str]) -> bool:
    """Whether a dependency path (trigger up to a frame word) makes the trigger the frame's
    direct content: "vowed *to attack*", "agreed *to a ceasefire*", "demanded *the release*"."""
    return path in (["xcomp"], ["ccomp"], ["dobj"], ["pobj", "prep"], ["pcomp", "prep"])


# armed groups that act where they are ("Rohingya militants" in Myanmar, "Tamil rebels")
ARMED_GROUPS = {"militant", "rebel", "insurgent", "guerrilla", "guerilla", "fighter", "separatist", "gunman", "jihadist", "extremist", "militia", "militiaman"}  # fmt: skip
# generic heads that a noun event modifies: "a *mediation* effort", "*peace* talks"
EVENT_HEAD_NOUNS = {"effort", "mission", "bid", "process", "campaign", "operation", "initiative", "attempt", "drive"}  # fmt: skip
# frame verbs that are light verbs before a noun event ("undertook a mediation", but
# "undertook *to* release" is a promise)
LIGHT_FRAMES = {"undertake"}


def _light_frame(trig: Trigger, trigger_at: dict[int, Trigger]) -> bool:
    """Whether a light frame verb's object is (or is modified by) a noun event."""
    if trig.rule.lemma not in LIGHT_FRAMES or trig.token.pos_ != "VERB":
        return False
    for obj in trig.token.children:
        if obj.dep_ != "dobj":
            continue
        if obj.i in trigger_at or any(
            c.dep_ == "compound" and c.i in trigger_at for c in obj.children
        ):
            return True
    return False


# people one pays a courtesy call on ("called on the foreign minister")
CALLED_PERSONS = PERSON_ROLE_NOUNS | {"adviser", "advisor", "secretary", "king", "queen", "emir", "prince", "pope", "chancellor", "ambassador", "governor", "mayor", "speaker", "chairman", "director", "general"}  # fmt: skip
# agreements name their parties as doers ("A and B signed") or with "with"/"between": these
# phrases say where or about what, never with whom ("signed *at* the palace", "*on* the dam")
SIGNING_NOT_PARTY = ("object of 'at'", "object of 'on'", "object of 'in'", "object of 'into'")


def _spoken_protest(trig: Trigger) -> Token | None:
    """ "Kenya *protested that* troops had crossed": "protest" reporting a claim is a verbal
    complaint (CAMEO 114), not a rally; returns the reported clause."""
    tok = trig.token
    if trig.rule.lemma != "protest" or trig.cameo.plover != "PROTEST" or tok.pos_ != "VERB":
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp"), None)


OWN_PRONOUNS = {"his", "her", "its", "their", "him", "them", "he", "she", "it", "they"}
CROWD_SECTORS = {"CVL", "EDU", "LAB", "REL", "OPP", "AGR", "BUS"}


def _crowd(actors: list[Actor]) -> bool:
    """Doers that are people in the street (students, workers, "thousands"), not a state,
    a government body or an organisation speaking for itself."""
    return bool(actors) and all(
        a.sector in CROWD_SECTORS or (a.sector is None and a.text.split()[-1].islower())
        for a in actors
    )


def _courtesy_call(trig: Trigger) -> bool:
    """ "X called on <person>" with no "to"-clause and no "for": a courtesy visit (CAMEO 042);
    "called on X *to* withdraw" and "called on X for help" stay requests."""
    tok = trig.token
    if trig.rule.lemma != "call" or trig.cameo.code != "020":
        return False
    if not any(p.lower_ in ("on", "upon") for p in trig.parts):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children):
        return False
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if any(
        t.dep_ in ("xcomp", "acl", "relcl", "ccomp") and t.pos_ in ("VERB", "AUX")
        for t in obj.subtree
    ):
        return False  # "called on parties *to* exercise restraint" parsed inside the object
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in CALLED_PERSONS


def _document_possessor(arg: args.Arg) -> args.Arg:
    """For a signed document, only its possessor can be a party ("Sweden's accession
    protocol"); a name inside it ("the Élysée Treaty") is the document's name."""
    heads = [c for h in arg.heads for c in h.children if c.dep_ == "poss"]
    return args.Arg(heads, f"{arg.how} (possessor)")


# an aim that is itself the political act: "workers stopped work *to protest* the bill"
PURPOSE_EVENTS = {"PROTEST"}


class SentenceCoder:
    def __init__(self, article: Article, doc: Doc, index: ActorIndex) -> None:
        self.article = article
        self.doc = doc
        self.index = index
        self.published, self.pub_precision = parse_published(article.published)
        self.memory = Memory()
        self.sentence_participants: list[Actor] = []  # of the last event in this sentence
        self.story_countries = Counter(
            s.actor.country for s in index.spans if getattr(s.actor, "country", None)
        )
        end = dateline_end(article.text or doc.text)
        self.dateline = {t.i for t in doc if t.idx < end} if end else set()
        self.dateline_chars = end

    # -- actors ---------------------------------------------------------------
    def _resolve(
        self, arg: args.Arg, within: list[Actor] | None = None, fallback: str = ""
    ) -> tuple[list[Actor], str]:
        """Actors named by an argument's head words. ``fallback`` ("actor"/"recipient"): when no
        rule resolves a head that still names a doer (an organisation, a group), build one."""
        actors: list[Actor] = []
        notes: list[str] = []
        heads = arg.heads
        if heads and all(h.i in self.dateline for h in heads):  # "Moscow, May 2 (AP) -- X met"
            real = [
                c
                for h in heads
                for c in h.children
                if c.dep_ == "appos" and c.i not in self.dateline
            ]  # the subject parsed as the dateline's apposition
            heads = [h for o in [*real, *arg.others] for h in args.with_conjuncts(o)]
        for head in heads:
            if head.i in self.dateline:  # where the story was filed, not who acted
                continue
            spans = self.index.in_phrase(head)
            if is_plural_anaphor(head) and len(within or self.memory.participants) > 1:
                spans = []
            if spans:
                found = unique_actors(spans)
                if head.lemma_.lower() in ARMED_GROUPS and all(not a.country for a in found):
                    placed = self._residence(head, context=False)
                    if placed is not None:  # "attacks by militants on posts *in Myanmar*"
                        found = [_actor(a.text, placed[0], a.sector) for a in found]
                        notes.append(
                            f"'{head.text}': an armed group placed by {placed[1]} ({placed[0]})"
                        )
                actors += found
            elif is_plural_anaphor(head):
                ref, where = [], "earlier"
                if is_pronoun(head):  # "Rebels said they would ...": the reporting subject
                    ref = self._antecedent(head, plural=True)
                    where = "subject of the reporting clause"
                if not ref or len(self.sentence_participants) > 1:
                    ref = within or self.sentence_participants or ref or self.memory.participants
                    where = "earlier"
                people = self._people_anaphor(head)
                if people:  # "the two heads of state": the last two office holders named
                    ref, where = people, "the last pair of office holders named"
                if ref:
                    actors += ref
                    notes.append(f"'{head.text}' = {', '.join(a.text for a in ref)} ({where})")
            elif is_pronoun(head):
                ref, where = self._antecedent(head), "subject of the reporting clause"
                if not ref and head.lower_ in SINGULAR_PRONOUNS:
                    ref, where = self.memory.subject, "earlier subject"
                if ref:
                    actors += ref
                    notes.append(f"'{head.text}' = {', '.join(a.text for a in ref)} ({where})")
            elif fallback:
                found = self._phrase_actor(head, fallback == "actor")
                if found is not None:
                    actors.append(found[0])
                    notes.append(found[1])
        return _share_country(unique_actors(actors)), "; ".join(notes)

    def _people_anaphor(self, head: Token) -> list[Actor]:
        """People meant by "the two leaders / heads of state / ministers": the most recent group of
        two or more people (actors with a role) of different countries, this sentence's first."""
        if head.lemma_.lower() not in PERSON_ROLE_NOUNS:
            return []
        groups = [self.sentence_participants, *reversed(self.memory.history)]
        executive = head.lemma_.lower() in EXECUTIVE_ROLE_NOUNS
        for group in groups:
            people = [a for a in group if a.sector and a.name and a.name != a.country]
            if executive:  # "the two heads of state / presidents": government people
                people = [a for a in people if a.sector == "GOV"]
            if len(people) > 1 and len({a.country for a in people}) > 1:
                return people
        return []

    def _phrase_actor(self, head: Token, use_context: bool) -> tuple[Actor, str] | None:
        """An actor for a phrase no rule resolved ("the Homeland Union", "Muslim hackers"):
        the country of a nationality or place word inside it, else (for organisations and groups
        that are usually domestic) the sentence's or story's main country, else no country."""
        if not is_actor_like(head, group_words()):
            return None
        toks = phrase_tokens(head)
        while toks and toks[0].dep_ in ("det", "punct", "case"):
            toks = toks[1:]
        while toks and toks[-1].dep_ in ("punct", "case"):
            toks = toks[:-1]
        if not toks:
            return None
        text = self.doc[toks[0].i : toks[-1].i + 1].text
        sector = group_sector(head)
        for tok in toks:
            span = self.index.at(tok)
            if span is not None and span.actor.country:
                iso = span.actor.country
                why = f"'{text}': no actor rule; country from '{span.actor.text}' inside it"
                return _actor(text, iso, sector), why
        words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
        if "ethnic" in words:  # "ethnic Albanians (in Serbia)": residents of where they are
            found = self._residence(head)
            if found is not None:
                iso, where = found
                why = f"'{text}': an ethnic community, placed by {where} ({iso})"
                return _actor(text, iso, "CVL"), why
        community = any(t.ent_type_ == "NORP" and t.i != head.i for t in toks)  # "Muslim"
        if community and head.lemma_.lower() in ARMED_GROUPS:
            found = self._residence(head, context=False)
            if found is not None:  # "attacks by Rohingya militants on posts *in Myanmar*"
                iso, where = found
                why = f"'{text}': an armed group named by its community, placed by {where} ({iso})"
                return _actor(text, iso, group_sector(head)), why
        named_org = head.pos_ == "PROPN" and bool(words & DOMESTIC_ORG_WORDS)
        if (
            (use_context or named_org)  # "lift the ban on the *Islamic Salvation Front*"
            and not community
            and (words & DOMESTIC_ORG_WORDS or head.lower_ in group_words())
        ):
            iso, where = self._context_country(head)
            if iso:
                why = f"'{text}': no actor rule; an organisation or group of {where} {iso} assumed"
                return _actor(text, iso, sector), why
        return _actor(text, None, sector), f"'{text}': no actor rule; country unknown"

    @staticmethod
    def _domestic_kind(trig: Trigger) -> bool:
        """An event type whose unnamed target is the doer's own country (DOMESTIC_TARGET)."""
        code = trig.cameo.code
        return (
            trig.cameo.plover in DOMESTIC_TARGET
            and code != "0831"  # a resignation is granted to no one
            and not (trig.cameo.plover == "COERCE" and not code.startswith("17"))
        )

    def _domestic_target(self, trig: Trigger, actors: list[Actor]) -> tuple[Actor, str] | None:
        """A protest, crackdown or concession that names no target is aimed at (or granted
        to) the country where it happens: a protest at its government, a curfew or arrest at
        its people (CAMEO/PLOVER practice for domestic events). The country is the doer's own
        state, else the sentence's."""
        iso = next((a.country for a in actors if a.country and a.country not in NON_STATE), None)
        where = "the actor's country"
        if iso is None and trig.cameo.plover == "PROTEST":
            iso, where = self._context_country(trig.token)
        if not iso or len(iso) != 3:
            return None
        if trig.cameo.plover in ("REJECT", "THREATEN", "CONCEDE"):
            # "declined to resign" is aimed at home; "Moscow denied any involvement" answers an
            # accuser, and a sentence that names another state has its own target or none
            if _is_denial(trig.token):
                return None
            sent = trig.token.sent
            named = {
                a.country for sp in self.index.in_sentence(sent) for a in sp.actors if a.country
            }
            if named - {iso}:
                return None
        from communique.actors.lexicon import country_name

        name = country_name(iso) or iso
        sector = "GOV" if trig.cameo.plover == "PROTEST" else None
        target = "its government" if sector else "its people"
        why = f"no target named: {name} ({target}), {where}, assumed for a domestic {trig.cameo.plover.lower()}"
        return Actor(text=name, name=name, country=iso, sector=sector), why

    def _residence(self, head: Token, context: bool = True) -> tuple[str, str] | None:
        """Where a community named by its ethnicity lives: a place after it ("in Serbia"),
        else a place where its clause (or the noun event it does: "attacks *by* X on posts
        in Myanmar") happens, else (``context``) the sentence's country."""
        clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if head.dep_ == "pobj" and head.head.lower_ == "by":  # "attacks by X", "killed by X"
            clause = head.head.head
        for tok in (head, clause):
            if tok is None:
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "of", "on", "at"):
                    for obj in prep.subtree:
                        span = self.index.at(obj)
                        if span is not None and span.actor.country and not span.actor.sector:
                            return span.actor.country, f"'{prep.text} {obj.text}'"
        if not context:
            return None
        iso, where = self._context_country(head)
        return (iso, where) if iso else None

    def _motion_is_visit(self, cand: Candidate) -> bool:
        """'arrived in', 'went to', 'travelled to' are a visit (CAMEO 042) only for a diplomatic
        traveller going abroad, or with a diplomatic purpose. Troops arriving are a deployment
        (peacekeepers: AID 074; others: MOBILIZE 154); a trip at home is no event."""
        tok = cand.trigger.token
        sectors = {a.sector for a in cand.actors}
        words = {t.lemma_.lower() for t in tok.subtree}
        if words & PEACEKEEPING or "UNOMIL" in {a.code for a in cand.actors}:
            cand.recode = ("074", f"'{tok.text}' with peacekeepers: a peacekeeping deployment")
            return bool(cand.actors)
        if sectors & {"MIL"}:
            cand.recode = ("154", f"'{tok.text}' with troops: a deployment")
            return bool(cand.actors)
        if words & DIPLOMATIC_PURPOSE:
            return True
        home = {a.country for a in cand.actors if a.country}
        dest = {a.country for a in cand.recipients if a.country}
        return bool(home and dest and not dest & home)

    def _domestic_trip(self, cand: Candidate) -> bool:
        """ "The prime minister *visited* the camps / Aachen" at home: a leader's trip inside
        their own country is no diplomatic visit. True when the visited place is in the
        doer's country, or is an unnamed place ("the camps") in a sentence that places the
        story in the doer's country and names no foreign destination."""
        tok = cand.trigger.token
        if tok.pos_ != "VERB" or cand.trigger.rule.lemma not in ("visit", "tour"):
            return False
        home = {a.country for a in cand.actors if a.country and a.country not in NON_STATE}
        if not home:
            return False
        if cand.recipients:  # "visited Aachen": a place of the doer's own country
            from communique.actors.finder import country_of_place

            places = [r for r in cand.recipients if not r.sector]
            where = [
                r.country or (country_of_place(r.text) if r.text[:1].isupper() else None)
                for r in places
            ]
            return len(places) == len(cand.recipients) and all(c in home for c in where)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return False
        sent = tok.sent
        named = {
            a.country
            for sp in self.index.in_sentence(sent)
            for a in sp.actors
            if a.country and not a.sector
        }
        return bool(named & home)

    def _context_country(self, tok: Token) -> tuple[str | None, str]:
        """The country the sentence is about (its most named state), else the story's."""
        sent = tok.sent
        counts = Counter(
            a.country
            for sp in self.index.in_sentence(sent)
            if not _names_frontier(self.doc[sp.head])
            for a in sp.actors
            if a.country and len(a.country) == 3 and a.country not in NON_STATE
        )
        if counts:
            return counts.most_common(1)[0][0], "the sentence's country"
        if self.story_countries:
            iso = next(
                (c for c, _ in self.story_countries.most_common() if c not in NON_STATE), None
            )
            if iso:
                return iso, "the story's country"
        return None, ""

    def _antecedent(self, pronoun: Token, plural: bool = False) -> list[Actor]:
        """'Iraq said it would ...': a pronoun's nearest subject higher up the same sentence
        (for "they": a plural subject, "Rebels said they ...")."""
        cur = pronoun.head
        for _ in range(6):
            subj = next(
                (
                    c
                    for c in cur.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i and not is_pronoun(c)
                ),
                None,
            )
            if subj is not None and (not plural or _is_plural(subj)):
                found = unique_actors(self.index.in_phrase(subj))
                if found:
                    return found
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return []

    def _arguments(self, trig: Trigger) -> Candidate | None:
        tok = trig.token
        root = trig.cameo.code[:2]
        if trig.rule.pos == "aux":  # "X said Y must ...": X demands, Y is asked
            clause = tok.head
            actor_args = [args.verb_actor(clause.head)]
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            recip_args = (
                [args.Arg(args.with_conjuncts(subj), "subject of the demanded act")]
                if subj is not None
                else []
            )
        elif tok.pos_ in ("NOUN", "PROPN") and trig.rule.pos != "verb":
            noun = tok
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in EVENT_HEAD_NOUNS:
                noun = tok.head  # "a *mediation* effort between A and B": the phrase's head
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in args.MEASURE_NOUNS
            ):
                noun = tok.head.head  # "launched five *days of* war games", "a *wave of* attacks"
            actor_args = args.noun_actor(noun, root, trig.cameo.code)
            recip_args = args.noun_recipient(noun, root, trig.cameo.code)
            if trig.cameo.plover in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
                subj = args.noun_content_subject(tok)  # "its demand that *Israel* ease ..."
                if subj:
                    recip_args.insert(0, subj)
            if trig.cameo.plover == "ACCUSE":  # "an investigation into crimes *by X*"
                for _p, inner in [
                    (p.lower_, o)
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ in ("into", "of")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]:
                    recip_args.insert(0, args.doer_in(inner))
        else:
            actor_args = [args.verb_actor(tok)]
            obj, preps = args.verb_recipient(tok)
            recip_args = ([obj] if obj else []) + preps
            if trig.cameo.plover in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
                subj = args.content_subject(tok)  # "demanded that *the US* cancel ..."
                if subj:
                    recip_args.insert(1 if recip_args and recip_args[0] else 0, subj)
            if trig.cameo.plover in ("REJECT", "ACCUSE", "SUPPORT", "AGREE"):
                recip_args.insert(1, args.proposer(obj.heads[0] if obj else None))
            if trig.cameo.plover in ("REQUEST", "ACCUSE"):  # "demanded an admission *by X*"
                dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if dobj is None:  # "called *for* an end to the embargo by X"
                    dobj = next((o for p, o in args.prep_objects(tok, ("for",))), None)
                recip_args.insert(1, args.doer_in(dobj))
            if trig.cameo.plover == "ACCUSE":  # "complained to the UN *over* X": X is accused
                about = args.complained_about(tok)
                if about and (not obj or obj.how != "dobj"):
                    recip_args.insert(0, about)
            if trig.cameo.plover in FRAME_TYPES:  # "threatened to attack X": X is the target
                for content in _frame_contents(trig):
                    if content.pos_ == "VERB":
                        c_obj, c_preps = args.verb_recipient(content)
                        recip_args += [a for a in ([c_obj] if c_obj else []) + c_preps]
                        # "willing to send arms *to help defend X*": who the act is for
                        recip_args.append(args.aim_object(content))
                    elif content.pos_ in ("NOUN", "PROPN"):  # "called for *sanctions against X*"
                        recip_args.append(args.noun_content_subject(content))
                        recip_args += args.noun_recipient(content, "")
        if trig.cameo.plover == "REQUEST" and {p.lemma_.lower() for p in trig.parts} & SHELTER:
            recip_args.append(args.place_recipient(tok))  # "sought asylum *in Germany*"
        if trig.cameo.plover == "PROTEST" and tok.pos_ == "VERB":
            recip_args.insert(0, args.mission_target(tok))  # "rallied outside *the US embassy*"
            recip_args.append(args.scene_target(tok))  # "threw stones during protests *against X*"
        if trig.cameo.plover in ("AID", "COOPERATE") and tok.pos_ == "VERB":
            recip_args.append(args.aim_object(tok))  # "sent troops *to help defend X*"
        if trig.cameo.plover in ("THREATEN", "REQUEST") or trig.cameo.quad_class in (3, 4):
            # "threatened to strike *unless Israel* ...": who must comply is the target
            for verb in [tok, *(c for c in _frame_contents(trig) if c.pos_ == "VERB")]:
                recip_args.append(args.condition_subject(verb))
        claim = _spoken_protest(trig)
        if claim is not None:  # "protested that *Somali troops* had crossed": the accused
            subj = next((c for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            recip_args = (
                [args.Arg(args.with_conjuncts(subj), "subject of the complaint")]
                if subj is not None
                else []
            )
        if claim is None and trig.cameo.quad_class in (2, 4) and trig.cameo.plover != "CONSULT":
            recip_args.append(args.place_recipient(tok))  # last resort: where it happened
            gov = args.governing_verb(tok) if tok.pos_ == "NOUN" else None
            if gov is not None and trig.cameo.quad_class == 4:  # "engaged in cleansing *in X*"
                recip_args.append(args.place_recipient(gov))
        elif trig.cameo.code in VISIT_CODES:  # "arrived *in Amman*": the host country
            recip_args.append(args.place_recipient(tok))
        if (
            trig.cameo.quad_class == 4
            and tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.head.pos_ == "VERB"
        ):
            # "fired rockets at camps in X, *killing* 50": the result shares the attack's target
            attack = args.reported_clause(tok) or tok.head  # "..., officials said, killing 5"
            head_obj, head_preps = args.verb_recipient(attack)
            recip_args += [a for a in ([head_obj] if head_obj else []) + head_preps]
            recip_args.append(args.place_recipient(attack))
        if trig.cameo.plover in FRAME_TYPES:  # "threatened to impose a curfew *in X*"
            recip_args += [
                args.place_recipient(c) for c in _frame_contents(trig) if c.pos_ == "VERB"
            ]
        actors, note, actor_arg = [], "", args.Arg()
        for fallback in ("", "actor"):
            for arg in actor_args:
                if fallback and arg.how == "modifier of the noun":
                    continue  # "Strategic Partnership": a title word is no doer
                actors, note = self._resolve(arg, fallback=fallback)
                if actors:
                    actor_arg = arg
                    break
            if actors:
                break
        recipients: list[Actor] = []
        recipient_how = ""
        for fallback in ("", "recipient"):
            for arg in recip_args:
                if (
                    trig.cameo.plover == "CONSULT"
                    and arg.how == "object of 'at'"
                    and any(
                        _names_place(h) or h.ent_type_ not in ("PERSON", "ORG", "NORP")
                        for h in arg.heads
                    )
                ):
                    continue  # "met *at* Panmunjom": where, not with whom
                if trig.cameo.code == "057":
                    if arg.how.startswith(SIGNING_NOT_PARTY):
                        continue  # "signed agreements *at* the palace / *on* the dam"
                    if arg.how in ("dobj", "noun modified by the participle"):
                        arg = _document_possessor(arg)
                found, rnote = self._resolve(arg, within=None, fallback=fallback)
                found = [a for a in found if all(a is not b for b in actors)]
                own = {a.country for a in actors if a.country}
                if (
                    trig.cameo.plover == "THREATEN"
                    and arg.how.startswith("subject of the demanded act")
                    and own
                    and found
                    and {a.country for a in found} <= own
                ):
                    continue  # "warned that *China* would act if Japan ...": its own act
                # "sent *troops*", "mobilized *reservists*": a common noun that only the
                # context made the doer's countryman is the doer's own means, not a target;
                # with joint doers of two countries ("A and B agreed ... on missing *people*",
                # "A and B renewed talks on a pullback from *B*") one of theirs is a topic
                found = [
                    a
                    for a in found
                    if not (
                        a.country in own
                        and (len(own) > 1 or (a.text.islower() and a.sector in OWN_MEANS))
                    )
                    and not (_deployed(arg) and a.text.islower() and a.sector in OWN_MEANS)
                ]
                if found:
                    recipients, recipient_how = found, arg.how + (f"; {rnote}" if rnote else "")
                    break
            if recipients:
                break
        own_countries = {a.country for a in actors if a.country}
        if (
            trig.cameo.quad_class == 4
            and recipients
            and claim is None
            and all(r.text.islower() and r.country in own_countries for r in recipients)
        ):
            # "gunmen killed 12 *people* in Haifa": victims that only the context made the
            # doer's countrymen are placed by where it happened, when that is elsewhere
            placed, _ = self._resolve(args.place_recipient(tok), within=None, fallback="")
            placed = [a for a in placed if a.country and a.country not in own_countries]
            if placed:
                recipients = placed
                recipient_how = "place where it happened (the victims name no country)"
        actor_codes = {a.code for a in actors}
        recipients = [
            r
            for r in recipients
            if not (
                r.code
                and r.code in actor_codes
                and len(actors) == 1
                and (
                    r.text == actors[0].text
                    or (r.text.lower() in OWN_PRONOUNS and r.name == actors[0].name)
                )
            )  # "reneged on *his* commitment": the doer is not his own recipient
        ]
        assumed = False
        if not recipients and self._domestic_kind(trig) and claim is None and len(actors) <= 1:
            own = self._domestic_target(trig, actors)
            if own is not None:
                recipients, recipient_how, assumed = [own[0]], own[1], True
        cand = Candidate(
            trig, actors, recipients, actor_arg.how + (f"; {note}" if note else ""), recipient_how
        )
        cand.assumed_recipient = assumed
        if len(actors) > 1 and not recipients:
            cand.joint = True
        return cand

    # -- main -----------------------------------------------------------------
    def code(self, sent: Span, index: int) -> list[Mention]:
        triggers = find_triggers(sent)
        trigger_at = {t.token.i: t for t in triggers}
        # "undertook a *mediation* mission": a light verb with a noun event does that event
        light = {t.token.i for t in triggers if _light_frame(t, trigger_at)}
        triggers = [t for t in triggers if t.token.i not in light]
        trigger_at = {t.token.i: t for t in triggers}
        # an aim ("sent troops *to help* defend X") is no event, so what it governs belongs to
        # the word above it: such triggers are skipped when looking for a governor
        aims = {
            t.token.i
            for t in triggers
            if _is_purpose_clause(t.token)
            and t.cameo.plover not in PURPOSE_EVENTS
            and not (
                t.token.head.i in trigger_at
                and trigger_at[t.token.head.i].cameo.plover in FRAME_TYPES
            )
        }
        governors = {i: t for i, t in trigger_at.items() if i not in aims}
        content_of: dict[int, Trigger] = {}
        content_tokens: set[int] = set()  # triggers that are what a frame asks, threatens, ...
        self.sentence_participants = []
        kept: list[Candidate] = []
        for trig in triggers:
            tok = trig.token
            purpose = _is_purpose_clause(tok)
            gov, path = _governor(tok, governors)
            if (
                purpose
                and path == ["advcl"]
                and gov is not None
                and gov.cameo.plover in FRAME_TYPES
            ):
                purpose, path = False, ["xcomp"]  # "have sworn *to fight*": the vow's content
            if purpose and trig.cameo.plover not in PURPOSE_EVENTS:
                continue
            frame_noun = _object_frame(tok, trigger_at)
            if frame_noun is not None:  # "reiterated its *demand* that Israel *ease* ...": content
                gov, path = frame_noun, ["ccomp"]
            embedded = bool(
                gov is not None
                and gov.cameo.plover in FRAME_TYPES
                and path
                and path[-1] in _CONTENT_DEPS
                and "conj" not in path
            )
            # "urged Israel to withdraw ... and *to open* the crossings": a bare verb joined to
            # the asked or threatened act is asked, threatened, ... too
            joined = path[:1] == ["conj"] and set(path[:-1]) <= {"conj"} and tok.tag_ == "VB"
            if joined and gov is not None:
                embedded = (
                    embedded
                    or gov.token.i in content_tokens
                    or (gov.cameo.plover in FRAME_TYPES and path[-1] in _CONTENT_DEPS)
                )
            if embedded:
                content_tokens.add(tok.i)
            cand = self._arguments(trig)
            if cand is None:
                continue
            if purpose:
                cand.notes.append(f"the aim of '{tok.head.text}'")
            motion = trig.rule.lemma in MOTION_VERBS and trig.cameo.code == "042"
            if motion and not self._motion_is_visit(cand):
                continue
            if _spoken_protest(trig):  # "X is failing to ..., a group *protested*": a complaint
                cand.recode = ("114", f"'{tok.text}' reports a claim: a verbal complaint")
            if trig.rule.lemma == "protest" and trig.cameo.code == "114" and _crowd(cand.actors):
                cand.recode = ("141", f"'{tok.text}' by a crowd, not a government: a demonstration")
            if trig.rule.lemma == "welcome" and trig.cameo.code == "043" and not cand.recipients:
                # "welcomed what he called Brazil's return": praise, no visitor received
                cand.recode = ("051", f"'{tok.text}' names no visitor: praise, not a reception")
            if _courtesy_call(trig):
                cand.recode = ("042", "'called on' a person, with no request: a courtesy visit")
            if trig.cameo.code == "042" and self._domestic_trip(cand):
                continue
            if gov is not None and gov.cameo.plover in FRAME_TYPES and _is_content(path):
                content_of.setdefault(gov.token.i, trig)
            if embedded:
                own = (
                    tok.pos_ in ("NOUN", "PROPN")
                    and cand.actors
                    and cand.actor_how
                    and not cand.actor_how.startswith("subject of")
                )
                if not own:
                    continue
                cand.embedded = True
            if not cand.actors:
                if not (cand.recipients and _unattributed_violence(trig, cand)):
                    continue
                cand.unattributed = True  # "three soldiers were killed": the victims are known
            kept.append(cand)
            if not cand.embedded:
                self.memory.remember(unique_actors([*cand.actors, *cand.recipients]))
                self.sentence_participants = self.memory.participants
        kept = _merge_restated(kept)
        if not kept:
            return []
        for cand in kept:
            cand.content = content_of.get(cand.trigger.token.i)
            content = cand.content
            if (
                content is not None
                and cand.trigger.cameo.plover in OWN_ACT_FRAMES
                and content.token.pos_ == "VERB"
                and not cand.recipients
                and not cand.joint
                and self._domestic_kind(content)
            ):  # "said he is prepared to *lift the ban*": a concession offered at home
                own = self._domestic_target(content, cand.actors)
                if own is not None:
                    cand.recipients, cand.recipient_how = [own[0]], own[1]
                    cand.assumed_recipient = True
        dates = self._dates(sent, kept)
        mentions = [self._mention(c, sent, index, dates.get(c.trigger.token.i)) for c in kept]
        mentions = _dedupe(mentions)
        main = max(mentions, key=lambda m: m.confidence)
        self.memory.subject = list(main.actor)
        self.memory.remember(unique_actors([*main.actor, *main.recipient]))
        return mentions

    def _dates(self, sent: Span, kept: list[Candidate]) -> dict[int, Any]:
        """Date expression per trigger token: the one whose nearest trigger above it is that trigger."""
        at = {c.trigger.token.i for c in kept}
        out: dict[int, Any] = {}
        loose = []
        for expr in find_dates(sent.text):
            if sent.start_char + expr.start < self.dateline_chars:
                continue  # the dateline's date is when the story was filed
            span = self.doc.char_span(
                sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
            )
            if span is None:
                continue
            cur, owner = span.root, None
            while True:
                if cur.i in at:
                    owner = cur.i
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if owner is None:
                loose.append(expr)
            else:
                out.setdefault(owner, expr)
        if loose:
            for i in at:
                out.setdefault(i, loose[0])
        return out

    def _mention(self, cand: Candidate, sent: Span, index: int, date_expr: Any) -> Mention:
        trig = cand.trigger
        code = trig.cameo
        recode_note = ""
        if cand.recode and cand.recode[0] in cameo_table():
            code = cameo_table()[cand.recode[0]]
            recode_note = f"{cand.recode[1]} → CAMEO {code.code} {code.name} → PLOVER {code.plover}"
        modality, cue = modality_of(trig.token)
        resolved: ResolvedDate | None = None
        if date_expr is not None:
            resolved = resolve(date_expr, self.published, modality == "future")
        if resolved is not None and modality == "asserted" and is_after(resolved, self.published):
            modality, cue = "future", f"date '{resolved.text}' after publication"
        lex = trig.cameo
        explanation = [
            f"trigger '{trig.words()}' (lexicon: {trig.rule.describe()} → CAMEO {lex.code} {lex.name} → PLOVER {lex.plover})"
        ]
        if recode_note:
            explanation.append(recode_note)
        if modality == "negated" and any(
            c.dep_ == "aux" and c.lemma_ in ("will", "would", "can", "could", "shall")
            for c in trig.token.children
        ):
            new = intent_code(f"REFUSAL:{code.plover}", code.code)
            if new and new in cameo_table():
                old, code = code, cameo_table()[new]
                explanation.append(
                    f"refusal: negated {old.plover} recoded as CAMEO {code.code} {code.name} → PLOVER {code.plover}"
                )
                if cand.assumed_recipient:  # "would not back down": aimed at who demands it,
                    cand.recipients, cand.recipient_how = [], ""  # not at the doer's people
                    cand.assumed_recipient = False
        content = cand.content
        if content is not None and code.plover == "AGREE" and code.code in GENERIC_INTENT:
            new = intent_code(content.cameo.plover, content.cameo.code)
            if new and new in cameo_table() and new != code.code:
                old, code = code, cameo_table()[new]
                explanation.append(
                    f"'{trig.token.text}' + its content '{content.words()}' ({content.cameo.plover}): CAMEO {code.code} {code.name} → PLOVER {code.plover}"
                )
        threat = self._conditional_threat(trig, code, modality)
        if threat is not None:
            old, code = code, cameo_table()[threat[0]]
            explanation.append(
                f"{threat[1]}: a threat, CAMEO {code.code} {code.name} → PLOVER {code.plover}"
            )
        if modality == "future" and code.plover not in ("AGREE", "THREATEN"):
            new = intent_code(code.plover, code.code)
            if new and new in cameo_table():
                old = code
                code = cameo_table()[new]
                explanation.append(
                    f"planned or promised {old.plover} recoded as CAMEO {code.code} {code.name} → PLOVER {code.plover}"
                )
        if cand.unattributed:
            explanation.append("actor not named in the sentence (violence with named victims)")
        else:
            explanation.append(
                f"actor '{', '.join(a.text for a in cand.actors)}' = {cand.actor_how}"
            )
        if cand.recipients:
            explanation.append(
                f"recipient '{', '.join(a.text for a in cand.recipients)}' = {cand.recipient_how}"
            )
        elif cand.joint:
            explanation.append("joint event: all participants are actors, no recipient")
        else:
            explanation.append("no recipient found")
        explanation.append(f"modality {modality}" + (f" ({cue})" if cue else ""))
        if resolved is not None and resolved.date:
            date_value, precision, date_text = resolved.date, resolved.precision, resolved.text
            explanation.append(f"date '{date_text}' → {date_value}")
            if resolved.span:
                explanation.append(
                    f"'{date_text}' spans {resolved.span[0]}–{resolved.span[1]} (data/coding/periods.tsv)"
                )
        elif self.published is not None:
            date_value = iso(self.published, self.pub_precision or "day")
            precision, date_text = self.pub_precision, None
            explanation.append("date = publication date")
        else:
            date_value = precision = None
            date_text = resolved.text if resolved is not None else None
        if cand.embedded:
            explanation.append(f"named inside another event ('{trig.token.head.text}')")
        explanation += cand.notes
        toks = trig.tokens
        raw = sent.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        evidence = Evidence(  # the sentence without surrounding whitespace, offsets to match
            sentence_text=text,
            start=sent.start_char + lead,
            end=sent.start_char + lead + len(text),
            trigger=trig.words(),
            trigger_start=toks[0].idx,
            trigger_end=toks[-1].idx + len(toks[-1].text),
        )
        return Mention(
            article_id=self.article.id or "",
            sentence=index,
            event_type=code.plover,
            actor=cand.actors,
            recipient=cand.recipients,
            evidence=evidence,
            explanation="; ".join(explanation),
            mode=code.mode,
            context=list(code.context),
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            modality=modality,
            date=date_value,
            date_precision=precision,
            date_text=date_text,
            location=self._location(sent),
            confidence=_confidence(cand, sent, modality),
        )

    def _conditional_threat(
        self, trig: Trigger, code: Any, modality: str
    ) -> tuple[str, str] | None:
        """A threat read from a condition ("will withdraw its troops *unless* Y agrees", "may halt
        mediation *if* talks fail", "pay *or else* ..."): an act announced as the price of non-compliance is a threat
        (CAMEO 13x by what is threatened). "if" makes a threat only of an unwelcome act
        (conflict, withdrawal, halting) or when the condition is negated ("if X does not ...");
        a promise on condition ("will help if attacked") stays a promise."""
        if code.plover == "THREATEN" or modality not in ("future", "hypothetical"):
            return None
        found = condition_of(trig.token)
        if found is None:
            return None
        mark, clause = found
        unwelcome = code.quad_class in (3, 4) or code.plover in ("RETREAT",)
        if mark == "if" and not (unwelcome or is_negated(clause)):
            return None
        table = intent_table()
        threat = f"THREAT:{code.plover}"
        new = table.get((threat, code.code))  # exact threat row, else the future-intent row
        if not new:
            new = table.get((code.plover, code.code)) or table.get((code.plover, "*"))
            if not (new and new.startswith("13")):
                new = table.get((threat, "*"))
        new = new if new and new in cameo_table() else "130"
        return new, f"'{trig.token.text}' on condition ('{mark} {clause.text}')"

    def _location(self, sent: Span) -> Location | None:
        try:
            from communique.places import event_location
        except ImportError:
            return None
        countries = [c for c, _ in self.story_countries.most_common()]
        return event_location(sent, self.doc, self.article, countries)


def _share_country(actors: list[Actor]) -> list[Actor]:
    """Conjuncts share a country ("Israeli helicopters and *tanks*"): a bare common noun joined to a named party shares
    its country (the resolver may have given it the sentence's other country)."""
    named = [a for a in actors if a.country and not a.text.islower()]
    if len(named) != len(actors) and len({a.country for a in named}) == 1:
        iso = named[0].country
        return [
            a
            if not a.text.islower() or a.country == iso
            else Actor(text=a.text, name=a.name, country=iso, sector=a.sector)
            for a in actors
        ]
    return actors


def _merge_restated(kept: list[Candidate]) -> list[Candidate]:
    """Drop restatements ("the help *provided* by Russia"): a participle of the same type as the noun event it
    describes restates it; the noun keeps the event (its date words now attach to the noun)."""
    at = {c.trigger.token.i: c for c in kept}
    out = []
    for c in kept:
        tok = c.trigger.token
        noun = at.get(tok.head.i) if tok.dep_ == "acl" else None
        if noun is not None and noun.trigger.cameo.plover == c.trigger.cameo.plover:
            if not noun.actors and c.actors:
                noun.actors, noun.actor_how = c.actors, c.actor_how
            if not noun.recipients and c.recipients:
                noun.recipients, noun.recipient_how = c.recipients, c.recipient_how
            continue
        # "held talks with X on Tuesday, *the first such meeting* since ...": a noun that
        # refers back to an event of the same type in the sentence is that event
        if tok.pos_ == "NOUN" and any(ch.lower_ == "such" for ch in tok.children):
            same = next(
                (
                    o
                    for o in kept
                    if o is not c and o.trigger.cameo.plover == c.trigger.cameo.plover
                ),
                None,
            )
            if same is not None:
                continue
        out.append(c)
    return out


def _actor(text: str, country: str | None, sector: str | None) -> Actor:
    name = text
    return Actor(text=text, name=name, country=country, sector=sector if country else None)


def clause_rank(tok: Token) -> int:
    """How central a trigger's clause is: 2 = the main clause (the root, its conjuncts and
    xcomp chain, or the clause a reporting verb reports: "X said *it would attack*");
    1 = a complement clause or the object of a main verb ("launched an *attack*");
    0 = subordinate (adverbial, relative, participial clauses, prepositional phrases)."""
    cur = tok
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
        cur = cur.head
        if clause_rank(cur) == 2:
            return 1 if tok.dep_ in ("nsubj", "nsubjpass") else 2
        return 0
    for _ in range(6):
        if cur.dep_ == "ROOT":
            return 2
        if cur.dep_ in ("xcomp", "conj") and cur.head.pos_ in ("VERB", "AUX", "ADJ"):
            cur = cur.head
            continue
        if cur.dep_ == "ccomp":
            head = cur.head
            if head.dep_ == "ROOT" and (
                head.lemma_.lower() in REPORTING_VERBS or head.pos_ == "VERB"
            ):
                return 2 if head.lemma_.lower() in REPORTING_VERBS else 1
            return 1
        break
    return 0


def _confidence(cand: Candidate, sent: Span, modality: str = "asserted") -> float:
    """How sure the coder is, and how much this reads as the sentence's main event."""
    tok = cand.trigger.token
    score = 0.45
    how = cand.actor_how
    if how.startswith(("nsubj", "agent", "possessor")):
        score += 0.2
    elif how:
        score += 0.1
    if "earlier" in how:
        score -= 0.1
    if "no actor rule" in how:
        score -= 0.1
    if cand.unattributed:
        score -= 0.15
    if (cand.recipients and not cand.assumed_recipient) or cand.joint:
        score += 0.1
    # "X said Y must ...": as central as the reporting verb ("..., *saying* he must" is not)
    rank = clause_rank(tok) if cand.trigger.rule.pos != "aux" else clause_rank(tok.head.head)
    if cand.trigger.rule.pos == "aux" and rank == 2:
        score += 0.15
    score += (0.0, 0.07, 0.15)[rank]
    if tok.pos_ in ("NOUN", "PROPN"):
        score -= 0.1
    if cand.embedded:
        score -= 0.2
    if cand.notes:
        score -= 0.05
    if modality == "hypothetical":  # "if it is attacked": a condition, not the news
        score -= 0.1
    if cand.trigger.rule.with_words:
        score += 0.05
    return round(max(0.05, min(0.99, score)), 3)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    best: dict[tuple, Mention] = {}
    for m in mentions:
        key = (
            m.event_type,
            tuple(sorted(a.code or a.text for a in m.actor)),
            tuple(sorted(a.code or a.text for a in m.recipient)),
        )
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    return [m for m in mentions if best.get(_key(m)) is m]


def _key(m: Mention) -> tuple:
    return (
        m.event_type,
        tuple(sorted(a.code or a.text for a in m.actor)),
        tuple(sorted(a.code or a.text for a in m.recipient)),
    )


def code_doc(article: Article, doc: Doc) -> list[Mention]:
    published, _ = parse_published(article.published)
    index = ActorIndex(find_actor_spans(doc, published, article.dateline))
    coder = SentenceCoder(article, doc, index)
    out: list[Mention] = []
    for i, sent in enumerate(doc.sents):
        out += coder.code(sent, i)
    return out


def when_of(value: date | None) -> str | None:
    return value.isoformat() if value else None
