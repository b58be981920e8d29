"""find_actors: every actor mention in a parsed story, resolved with what the story said earlier.

One left-to-right pass over the tokens. At each token the longest actor phrase is read:

    [det] [modifiers: country / seat / body, 's, senior, former ...]* [roles]* [of COUNTRY] [NAME]

plus persons by name (story registry, then the office-holder knowledge base), pronouns, and
descriptions ("the Caribbean country", "the two countries"). Every span says in ``rule`` why it
resolved so. Bare role words without a country ("the government", "police") take the dateline
country, else the story's most frequent country, in a final pass.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from communique.actors import lexicon as lx
from communique.actors.persons import PersonRegistry, kb_actor, name_key
from communique.actors.spans import ActorSpan
from communique.model import Actor

DETS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
# civilian crowds, placed by where the sentence says they are (not troops, who go abroad,
# nor refugees, who come from elsewhere)
CROWD_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR", "REL"})
# "the bloc", "the alliance": an international body the story has named
BLOC_NOUNS = frozenset({"bloc", "alliance", "grouping", "organisation", "organization"})
POSS_PRONOUNS = frozenset({"his", "her", "its", "their"})
FILLERS = frozenset(
    {"senior", "top", "former", "then", "acting", "new", "chief", "interim", "outgoing",
     "incoming", "local", "federal", "national", "ruling", "main", "visiting", "high-ranking",
     "several", "some", "many", "other", "two", "three", "both", "all", "pro-government",
     "elected", "embattled", "veteran", "longtime", "current", "powerful", "influential",
     "regional", "provincial", "state-run", "official", "armed", "hardline", "moderate", "exiled",
     "opposition", "communist", "islamist", "kurdish", "electoral", "judicial", "civilian",
     "tribal", "municipal", "customs", "immigration", "health", "religious", "transitional",
     "caretaker", "marine", "naval", "navy", "maritime", "riot", "secret", "special", "elite",
     "paramilitary", "coast", "traffic", "peacekeeping", "peace-keeping", "army", "military", "security", "intelligence",
     "defence", "defense", "foreign", "trade", "finance", "economy", "education", "energy"}
)  # fmt: skip
# lower-case particles inside personal names ("Lula da Silva", "bin Salman", "van der Bellen")
NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
     "ter", "bin", "ibn", "bint", "al", "el", "y", "la", "le", "st."}
)  # fmt: skip
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
COUNTRY_NOUNS = frozenset(
    {"country", "nation", "state", "island", "kingdom", "republic", "giant", "neighbour",
     "neighbor", "monarchy", "emirate", "archipelago", "ally", "power", "government"}
)  # fmt: skip
PLURAL_COUNTRY_NOUNS = frozenset(
    {"countries", "nations", "states", "sides", "governments", "neighbours", "neighbors",
     "parties", "allies", "capitals"}
)  # fmt: skip
_PHRASE_STARTS = DETS | POSS_PRONOUNS | FILLERS | {"both"}
LOC_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}
)
NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})
DATELINE_RE = re.compile(
    r"^\s*([A-Z][A-Za-z.'\u2019\- ]{1,40}?)\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\w+\s*\()|\(|--|—|–)"
)


@dataclass
class _Atom:
    start: int
    end: int
    entry: lx.Entry


@dataclass
class _Story:
    """What the story has said so far."""

    registry: PersonRegistry = field(default_factory=PersonRegistry)
    countries: list[tuple[int, str]] = field(default_factory=list)  # (token, ISO3) in order
    persons: list[tuple[int, int, Actor, bool]] = field(
        default_factory=list
    )  # tok, sent, actor, subj
    dateline_country: str | None = None
    dateline_place: str | None = None
    bodies: list[Actor] = field(default_factory=list)  # international bodies named, in order


def _is_state(code: str | None) -> bool:
    return bool(code) and code not in NON_STATE and len(code) == 3


class _Finder:
    def __init__(self, doc: Doc, when: date | None, dateline: str | None) -> None:
        self.doc = doc
        self.when = when
        self.lex = lx.lexicon()
        self.keys, self.texts = lx.doc_keys(doc)
        self.n = len(doc)
        self.tagged = doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")
        self.sent_of = [0] * self.n
        if doc.has_annotation("SENT_START"):
            for si, sent in enumerate(doc.sents):
                for k in range(sent.start, sent.end):
                    self.sent_of[k] = si
        self.story = _Story()
        self._atoms: dict[int, _Atom | None] = {}
        self.body_start = 0  # first token after a dateline read from the text
        self._set_dateline(dateline)

    # -- lexicon atoms -------------------------------------------------------------------
    def atom(self, i: int) -> _Atom | None:
        if i >= self.n:
            return None
        if i not in self._atoms:
            m = self.lex.match_at(self.keys, self.texts, i)
            a = _Atom(i, m[0], m[1]) if m else None
            if a and a.entry.kind in lx.ROLE_KINDS and self.tagged and not self._role_pos_ok(a):
                a = None
            self._atoms[i] = a
        return self._atoms[i]

    def _role_pos_ok(self, a: _Atom) -> bool:
        last = self.doc[a.end - 1]
        if last.pos_ in ("NOUN", "PROPN"):
            return True
        nxt = self.lex.match_at(self.keys, self.texts, a.end) if a.end < self.n else None
        return bool(nxt and nxt[1].kind in lx.ROLE_KINDS)

    # -- the dateline --------------------------------------------------------------------
    def _set_dateline(self, dateline: str | None) -> None:
        if dateline is None:
            m = DATELINE_RE.match(self.doc[: min(self.n, 40)].text[:120])
            dateline = m.group(1).strip() if m else None
            if m:  # the dateline names where the story was filed, not an actor
                end_char = m.start(1) + len(dateline)
                self.body_start = next((t.i for t in self.doc if t.idx >= end_char), self.n)
        if not dateline:
            return
        self.story.dateline_place = dateline
        iso = country_of_place(dateline)
        if iso:
            self.story.dateline_country = iso
            self.story.countries.append((-1, iso))

    # -- main pass -----------------------------------------------------------------------
    def run(self) -> list[ActorSpan]:
        spans: list[ActorSpan] = []
        i = self.body_start
        while i < self.n:
            found = self.phrase(i) or self.place(i) or self.person(i) or self.pronoun(i)
            if not found:
                i += 1
                continue
            for sp in found:
                self._note(sp)
            spans.extend(found)
            i = max(sp.end for sp in found)
        self._fallback(spans)
        return spans

    def _note(self, sp: ActorSpan) -> None:
        if sp.kind in ("body", "group", "role") and sp.actor.country in ("EUR", "IGO", "UNO"):
            self.story.bodies.append(sp.actor)
        for a in sp.actors:
            if _is_state(a.country):
                self.story.countries.append((sp.start, a.country))  # type: ignore[arg-type]
        if sp.kind == "person" or (sp.kind == "role" and sp.actor.country):
            subj = self.doc[sp.head].dep_ in ("nsubj", "nsubjpass") if self.parsed else False
            self.story.persons.append((sp.start, self.sent_of[sp.start], sp.actor, subj))

    def _span(
        self, start: int, end: int, actor: Actor, kind: str, rule: str, **kw: object
    ) -> ActorSpan:
        span = self.doc[start:end]
        head = span.root.i if self.parsed else end - 1
        is_loc = False
        if self.parsed:
            root = self.doc[head]
            is_loc = root.dep_ == "pobj" and root.head.lower_ in LOC_PREPS
        actor.text = span.text
        if actor.code is None or actor.code == "":
            actor.code = f"{actor.country or ''}{actor.sector or ''}" or None
        return ActorSpan(start, end, actor, kind, rule, head, is_location=is_loc, **kw)  # type: ignore[arg-type]

    # -- phrases built from lexicon atoms ------------------------------------------------
    def phrase(self, i: int) -> list[ActorSpan] | None:
        k = self.keys
        if k[i] not in self.lex.by_first and k[i] not in _PHRASE_STARTS:
            return None
        j = i
        det = k[j] in DETS
        if det:
            j += 1
        poss = None
        if not det and k[j] in POSS_PRONOUNS and j + 1 < self.n:
            poss = j
            j += 1
        if j >= self.n:
            return None
        ref = self.reference(i, j, det)
        if ref:
            return ref
        mods: list[_Atom] = []
        roles: list[_Atom] = []
        coord: list[_Atom] = []  # country modifiers coordinated before the last one
        end = None
        while j < self.n:
            a = self.atom(j)
            if a and (a.entry.kind in lx.COUNTRY_KINDS or a.entry.kind == lx.INTL) and not roles:
                mods.append(a)
                j = a.end
                end = j
                if j < self.n and k[j] in ("'s", "'"):
                    j += 1
                elif (
                    j + 1 < self.n
                    and k[j] in ("and", ",", "or")
                    and a.entry.kind
                    in (
                        lx.COUNTRY_ADJ,
                        lx.COUNTRY_NAME,
                    )
                ):
                    nxt = self.atom(j + 1)
                    if nxt and nxt.entry.kind in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME):
                        coord.append(a)
                        mods.pop()
                        j += 1
                continue
            if a and a.entry.kind in lx.ROLE_KINDS:
                roles.append(a)
                j = a.end
                end = j
                continue
            if k[j] in FILLERS or (k[j] == "-" and roles) or (mods and self._names_office(j)):
                j += 1
                continue
            break
        if end is None:
            return None
        if coord and not roles:
            # "Cuba and Russia ...": no shared role, so each country is its own mention
            first = coord[0]
            return [self._country_span(first.start, first.end, first.entry)]
        if poss is not None and not (roles and roles[-1].entry.kind == lx.COUNTERPART):
            if self.keys[poss] in ("its", "their") and roles and not mods:
                return self._owned(poss, end, roles)  # "*its* security forces"
            return None  # "his government" etc.: leave the pronoun to pronoun()
        if not roles:
            m = mods[0]
            if det and m.entry.kind not in (lx.SEAT, lx.INTL):
                i = m.start
            if m.entry.kind in (lx.SEAT, lx.INTL):
                return [self._body_span(i if det else m.start, m.end, m.entry)]
            return [self._country_span(m.start, m.end, m.entry)]
        start = i if (det or poss is not None) else (mods[0].start if mods else roles[0].start)
        if det and not poss:
            start = i + 1 if i + 1 < self.n else i  # the article is not part of the name
            while (
                start < self.n
                and self.keys[start] in FILLERS
                and start < (mods[0].start if mods else roles[0].start)
            ):
                break
        # "... of [the] Russia / the State Duma"
        of_obj = None
        if end < self.n - 1 and k[end] == "of":
            q = end + 1
            if k[q] in DETS and q + 1 < self.n:
                q += 1
            a = self.atom(q)
            if a and (a.entry.kind in lx.COUNTRY_KINDS or a.entry.kind == lx.INTL):
                of_obj = a
                end = a.end
        # a name after a title, or in apposition
        name = None
        if roles[-1].entry.kind in (lx.ROLE, lx.COUNTERPART):
            name = self._name_run(end)
            if name is None and end + 1 < self.n and self.texts[end] == ",":
                name = self._name_run(end + 1, need_person_ent=True)
        # "King Hassan of Morocco": an explicit "of <country>" after the name beats a
        # knowledge-base match of the bare name
        if name and of_obj is None and name[1] < self.n - 1 and k[name[1]] == "of":
            q = name[1] + 1
            if k[q] in DETS and q + 1 < self.n:
                q += 1
            a = self.atom(q)
            if a and a.entry.kind == lx.COUNTRY_NAME:
                of_obj = a
        spans: list[ActorSpan] = []
        for c in coord:
            actor, kind, rule = self._compose([c], roles, None, None, poss)
            spans.append(self._span(c.start, c.end, actor, kind, rule + " (shares the role)"))
        actor, kind, rule = self._compose(mods, roles, of_obj, name, poss)
        if name:
            end = max(name[1], of_obj.end if of_obj else 0)
        spans.append(self._span(start, end, actor, kind, rule))
        return spans

    def _compose(
        self,
        mods: list[_Atom],
        roles: list[_Atom],
        of_obj: _Atom | None,
        name: tuple[int, int] | None,
        poss: int | None,
    ) -> tuple[Actor, str, str]:
        parts: list[str] = []
        country = None
        inst: lx.Entry | None = None
        for m in [*mods, *([of_obj] if of_obj else [])]:
            e = m.entry
            words = self.doc[m.start : m.end].text
            parts.append(f"{_kind_word(e)} '{words}'")
            if e.kind in (lx.SEAT, lx.INTL):
                inst = e
            country = e.country or country
        head = roles[-1].entry
        sector = self._sector(roles, inst)
        parts.insert(0, f"{_role_word(head)} '{self.doc[roles[-1].start : roles[-1].end].text}'")
        actor_name = inst.name if inst and inst.kind == lx.INTL else None
        kind = {lx.ROLE: "role", lx.GROUP: "group", lx.BODY: "body", lx.COUNTERPART: "role"}[
            head.kind
        ]
        if head.kind == lx.COUNTERPART:
            country, sector, note = self._counterpart(country, poss, name)
            parts.append(note)
        if name:
            ntext = self.doc[name[0] : name[1]].text
            known = kb_actor(ntext, self.when)
            kind = "person"
            if known and (country is None or known[0].country == country):
                actor = Actor(text="", name=known[0].name, country=known[0].country)
                actor.sector = known[0].sector if head.kind == lx.COUNTERPART else sector
                if known[0].sector == "ELI":
                    actor.sector = "ELI"
                parts.append(known[1])
            else:
                actor = Actor(text="", name=ntext, country=country, sector=sector)
            actor.code = None
            actor.__post_init__()
            rule = " + ".join(parts) + f" -> {actor.code or '?'}; registers '{ntext}'"
            self.story.registry.register(ntext, actor, rule)
            return actor, kind, rule
        if country is None and head.kind == lx.COUNTERPART:
            pass
        if (
            head.kind == lx.COUNTERPART
            and country
            and (found := self.story.registry.of_country(country)) is not None
        ):
            prev, _ = found
            parts.append(f"the {country} person already in the story ({prev.name})")
            actor = Actor(text="", name=prev.name, country=prev.country, sector=prev.sector)
            return actor, "person", " + ".join(parts) + f" -> {actor.code}"
        if actor_name is None and country and _is_state(country):
            actor_name = lx.country_name(country)
        actor = Actor(text="", name=actor_name, country=country, sector=sector)
        return actor, kind, " + ".join(parts) + f" -> {actor.code or '?'}"

    def _sector(self, roles: list[_Atom], inst: lx.Entry | None) -> str | None:
        head = roles[-1].entry.sector or ""
        inst_sector = inst.sector if inst else None
        if head.startswith("~"):
            sector = inst_sector or head[1:]
        elif head == "=":
            sector = None
        else:
            sector = head
        for m in roles[:-1]:
            s = (m.entry.sector or "").lstrip("~")
            if s in ("OPP", "REB") or (s and s not in ("GOV", "=") and sector == "GOV"):
                sector = s
        return sector

    def _counterpart(
        self, country: str | None, poss: int | None, name: tuple[int, int] | None
    ) -> tuple[str | None, str | None, str]:
        """'his Cuban counterpart': the antecedent's sector, the named (or another) country."""
        ante = self._antecedent(poss if poss is not None else self.n, exclude=country)
        sector = ante.sector if ante else "GOV"
        note = f"counterpart of {ante.name or ante.text} ({ante.code})" if ante else "counterpart"
        if country is None:
            for _, iso in reversed(self.story.countries):
                if ante is None or iso != ante.country:
                    country = iso
                    note += f", other country {iso} from the story"
                    break
        return country, sector, note

    def _country_span(self, start: int, end: int, e: lx.Entry) -> ActorSpan:
        words = self.doc[start:end].text
        iso = e.country
        if e.kind == lx.CAPITAL:
            actor = Actor(text="", name=lx.country_name(iso), country=iso, sector="GOV")
            rule = f"capital '{words}' as metonym for the government -> {actor.code}"
            return self._span(start, end, actor, "country", rule)
        actor = Actor(text="", name=lx.country_name(iso), country=iso)
        kind = "group" if e.kind == lx.PEOPLE else "country"
        if e.kind == lx.PEOPLE:
            actor.sector = "CVL"
            actor.code = None
            actor.__post_init__()
        rule = f"{_kind_word(e)} '{words}' -> {actor.code}"
        return self._span(start, end, actor, kind, rule)

    def _body_span(self, start: int, end: int, e: lx.Entry) -> ActorSpan:
        actor = Actor(text="", name=e.name, country=e.country, sector=e.sector)
        rule = f"{_kind_word(e)} '{self.doc[start:end].text}' -> {actor.code}"
        return self._span(start, end, actor, "body", rule)

    # -- places ----------------------------------------------------------------------------
    def _untagged_city(self, i: int) -> list[ActorSpan] | None:
        """A one-word proper noun the tagger missed or mislabelled ("shelled *Aleppo*",
        "in *Rafah*") that is a large city: its country. Only the object of a verb or a
        preposition, where a place is expected, and never a known person."""
        t = self.doc[i]
        if t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            return None
        if t.dep_ not in ("pobj", "dobj", "npadvmod") or i == t.sent.start:
            return None
        if (i + 1 < self.n and self.doc[i + 1].pos_ == "PROPN") or (
            i > 0 and self.doc[i - 1].pos_ == "PROPN"
        ):
            return None  # part of a longer name
        if self.story.registry.lookup(t.text):
            return None
        from communique.places.gazetteer import gazetteer

        cities = [p for p in gazetteer().lookup(t.text) if p.population >= UNTAGGED_CITY_POP]
        if not cities:
            return None
        best = max(cities, key=lambda p: p.population)
        actor = Actor(text="", name=t.text, country=best.country)
        rule = f"place '{t.text}' (gazetteer city, not tagged as a place) -> {best.country}"
        return [self._span(i, i + 1, actor, "country", rule)]

    def place(self, i: int) -> list[ActorSpan] | None:
        """A city or region the tagger calls GPE/LOC and the gazetteer knows ("Basra", "Darfur"):
        its country, as the press uses places for the people and authorities there."""
        if not self.tagged:
            return None
        if self.doc[i].ent_type_ not in PLACE_ENTS or self.doc[i].ent_iob_ != "B":
            return self._untagged_city(i)
        ent = (
            next((e for e in self.doc[i].sent.ents if e.start == i), None) if self.parsed else None
        )
        if ent is None or ent.end - ent.start > 4:
            return None
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        if self.story.registry.lookup(text):
            return None  # a person already introduced ("Lagos" the president, later)
        iso = _place_country(text)
        if not iso:
            return None
        actor = Actor(text="", name=text, country=iso)
        rule = f"place '{text}' (gazetteer) -> {iso}"
        return [self._span(ent.start, ent.end, actor, "country", rule)]

    # -- names ---------------------------------------------------------------------------
    def _name_run(self, j: int, need_person_ent: bool = False) -> tuple[int, int] | None:
        """Proper-noun tokens from ``j`` ("Miguel Diaz - Canel"), as (start, end)."""
        if j >= self.n or not self._namey(j):
            return None
        if need_person_ent and self.doc[j].ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE"):
            return None
        e = j
        while e < self.n:
            if e > j and e + 1 < self.n and self._syllable(e):  # "Moon Jae-in"
                e += 2
            elif self._namey(e) or (
                (self.texts[e] == "-" or self.texts[e] in NAME_PARTICLES)
                and e + 1 < self.n
                and self._namey(e + 1)
                and e > j
            ):  # "Diaz - Canel", "Lula *da* Silva", "Ludwig *van* Beethoven"
                e += 1
            else:
                break
        if e - j > 5:
            return None
        # an appositive name the tagger did not call a person: two or more words, then a pause
        if (
            need_person_ent
            and self.doc[j].ent_type_ != "PERSON"
            and (e - j < 2 or (e < self.n and self.texts[e] not in (",", ".", ";", ")")))
        ):
            return None
        # a lexicon phrase right after a title ("President Putin of Russia") is not a name
        a = self.atom(j)
        if a and a.entry.kind != lx.PEOPLE and a.end >= e:
            return None
        return (j, e)

    def _syllable(self, e: int) -> bool:
        """A lower-case syllable ("Jae-*in*", "Jong-*un*") joined by a hyphen to a name."""
        doc = self.doc
        return (
            self.texts[e] == "-"
            and not doc[e - 1].whitespace_
            and not doc[e].whitespace_
            and doc[e + 1].is_alpha
            and doc[e + 1].is_lower
            and len(doc[e + 1]) <= 4
        )

    def _namey(self, j: int) -> bool:
        t = self.doc[j]
        if not t.text[:1].isupper():
            return False
        if self.tagged:
            return t.pos_ == "PROPN" or t.ent_type_ == "PERSON"
        return t.is_alpha

    def person(self, i: int) -> list[ActorSpan] | None:
        if not self.texts[i][:1].isupper() or not self._namey(i):
            return None
        t = self.doc[i]
        run = self._name_run(i)
        if run is None:
            return None
        s, e = run
        # try the longest known stretch first: whole run, then drop first names
        for a in range(s, e):
            text = self.doc[a:e].text
            hit = self.story.registry.lookup(text)
            if hit:
                actor, why = hit
                new = Actor(text="", name=actor.name, country=actor.country, sector=actor.sector)
                rule = (
                    f"name '{text}' introduced earlier ({why.split(';')[0]}) -> {new.code or '?'}"
                )
                return [self._span(s, e, new, "person", rule)]
            known = kb_actor(text, self.when)
            if known:
                actor, why = known
                self.story.registry.register(self.doc[s:e].text, actor, why)
                return [self._span(s, e, actor, "person", f"name '{text}': {why} -> {actor.code}")]
        if t.ent_type_ != "PERSON" and self.tagged:
            return None
        ntext = self.doc[s:e].text
        actor = Actor(text="", name=ntext)
        rule = f"person '{ntext}' not in the knowledge base"
        # "X, the speaker of the State Duma," / "X, a Russian diplomat"
        if e + 1 < self.n and self.texts[e] == ",":
            app = self.phrase(e + 1)
            if app and app[-1].actor.country and app[-1].kind in ("role", "group", "body"):
                a = app[-1].actor
                actor = Actor(text="", name=ntext, country=a.country, sector=a.sector)
                rule += f" + appositive '{a.text}' -> {actor.code}"
        if actor.country is None:
            iso = self._nationality_near(s)
            if iso:
                actor = Actor(text="", name=ntext, country=iso)
                rule += f" + nationality word nearby -> {iso}"
        if actor.country:
            self.story.registry.register(ntext, actor, rule)
        return [self._span(s, e, actor, "person", rule)]

    def _nationality_near(self, s: int) -> str | None:
        """A nationality adjective among the name's syntactic modifiers ("Russian dissident X")."""
        if not self.parsed:
            return None
        head = self.doc[s]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        for child in list(head.children) + [head.head]:
            a = self.atom(child.i)
            if a and a.entry.kind in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME):
                return a.entry.country
        return None

    # -- references ----------------------------------------------------------------------
    def pronoun(self, i: int) -> list[ActorSpan] | None:
        if self.keys[i] not in PERSON_PRONOUNS:
            return None
        ante = self._antecedent(i)
        if ante is None:
            return None
        actor = Actor(text="", name=ante.name, country=ante.country, sector=ante.sector)
        rule = f"pronoun '{self.texts[i]}' -> most recent person {ante.name or ante.text} -> {actor.code or '?'}"
        return [self._span(i, i + 1, actor, "reference", rule)]

    def _antecedent(self, i: int, exclude: str | None = None) -> Actor | None:
        """The person a pronoun at token ``i`` most likely means: current or previous sentence,
        subjects first, most recent first."""
        si = self.sent_of[min(i, self.n - 1)]
        cands = [
            (tok, subj, actor)
            for tok, sent, actor, subj in self.story.persons
            if tok < i and si - 1 <= sent <= si and (exclude is None or actor.country != exclude)
        ]
        if not cands:
            return None
        subjects = [c for c in cands if c[1]]
        return (subjects or cands)[-1][2]

    def reference(self, i: int, j: int, det: bool) -> list[ActorSpan] | None:
        """'the two countries', 'both sides', 'the Caribbean country', 'the island'."""
        k = self.keys
        # plural: the two countries / both nations
        if (det and k[j] == "two" or k[i] == "both") and j < self.n:
            q = j + 1 if k[j] == "two" else (i + 1 if k[i] == "both" else j)
            if q < self.n and k[q] in PLURAL_COUNTRY_NOUNS:
                two = self._recent_countries(2)
                if len(two) == 2:
                    a1 = Actor(text="", name=lx.country_name(two[0]), country=two[0])
                    a2 = Actor(text="", name=lx.country_name(two[1]), country=two[1])
                    rule = f"'{self.doc[i : q + 1].text}' -> the two most recent countries {two[0]}, {two[1]}"
                    sp = self._span(i, q + 1, a1, "reference", rule, also=[a2])
                    sp.also[0].text = sp.actor.text
                    return [sp]
        if not det:
            return None
        if k[j] in BLOC_NOUNS and k[i] == "the" and self.story.bodies:
            # "the bloc", "the alliance": the international body the story named last (a UN
            # body only for "the organisation")
            un_ok = k[j] in ("organisation", "organization")
            body = next(
                (b for b in reversed(self.story.bodies) if un_ok or b.country != "UNO"), None
            )
            if body is not None:
                actor = Actor(text="", name=body.name, country=body.country)
                rule = f"'{self.doc[i : j + 1].text}' -> the body named last, {body.name}"
                return [self._span(i, j + 1, actor, "reference", rule)]
        # the Caribbean country / the island / the country
        regions = lx.regions()
        for n in (3, 2, 1):
            key = tuple(k[j : j + n])
            reg = regions.get(key)
            if reg is None:
                continue
            q = j + n
            noun_follows = q < self.n and k[q] in COUNTRY_NOUNS
            if not noun_follows and key != ("island",):
                continue
            end = q + 1 if noun_follows else q
            iso = self._recent_countries(1, within=reg.countries)
            if not iso:
                return None
            actor = Actor(text="", name=lx.country_name(iso[0]), country=iso[0])
            if noun_follows and k[q] == "government":
                actor.sector = "GOV"
                actor.code = None
                actor.__post_init__()
            rule = f"description '{self.doc[i:end].text}' -> most recent matching country {iso[0]}"
            return [self._span(i, end, actor, "reference", rule)]
        if k[j] in ("country", "nation", "island") and not self._atom_is_role(j):
            iso = self._recent_countries(1)
            if iso:
                actor = Actor(text="", name=lx.country_name(iso[0]), country=iso[0])
                rule = f"'{self.doc[i : j + 1].text}' -> most recent country {iso[0]}"
                return [self._span(i, j + 1, actor, "reference", rule)]
        return None

    def _names_office(self, j: int) -> bool:
        """A capitalised word naming a ministry or service between a country and its role or
        body ("China's *Commerce* Ministry", "South Korea's *Unification* Ministry")."""
        text = self.texts[j]
        if not (text[:1].isupper() and text.isalpha()) or self.atom(j) is not None:
            return False
        for q in range(j + 1, min(j + 3, self.n)):
            a = self.atom(q)
            if a is not None:  # not "Myanmar's *Rakhine state*": a region, not the state
                return a.entry.kind in (lx.BODY, lx.ROLE) and self.keys[q] != "state"
        return False

    def _atom_is_role(self, j: int) -> bool:
        a = self.atom(j)
        return bool(a and a.entry.kind in lx.ROLE_KINDS)

    def _recent_countries(self, n: int, within: frozenset[str] | None = None) -> list[str]:
        out: list[str] = []
        for _, iso in reversed(self.story.countries):
            if iso not in out and (within is None or iso in within):
                out.append(iso)
                if len(out) == n:
                    break
        return out

    def _faith_or_ethnic(self, sp: ActorSpan) -> bool:
        """A group named by a religion or ethnicity that is not a country's adjective."""
        if not self.parsed:
            return False
        head = self.doc[sp.head]
        for tok in [*head.children, *self.doc[sp.start : sp.end]]:
            if tok.i == head.i or tok.ent_type_ != "NORP" or tok.dep_ not in ("amod", "compound"):
                continue
            a = self.atom(tok.i)
            if not (a and a.entry.kind in lx.COUNTRY_KINDS):
                return True
        return False

    # -- fallback ------------------------------------------------------------------------
    def _fallback(self, spans: list[ActorSpan]) -> None:
        freq = Counter(
            a.country for sp in spans for a in sp.actors if _is_state(a.country)
        ).most_common(1)
        for sp in spans:
            if sp.actor.country or sp.kind not in ("role", "group", "body", "person"):
                continue
            if sp.kind == "person" and not sp.actor.sector:
                continue  # an untitled, unknown person: the story does not say
            if self._faith_or_ethnic(sp):
                continue  # "Muslim hackers", "Jewish settlers": a community, not a state's
            locale = self._locale(sp.start)
            crowd = sp.kind == "group" and sp.actor.sector in CROWD_SECTORS
            where = self._crowd_place(sp, spans) if crowd else None
            if where is not None:  # "protesters marched ... in Beijing": people of that place
                iso, why = where
            elif locale is not None:
                iso, why = locale
            elif self.story.dateline_country:
                iso, why = self.story.dateline_country, f"dateline '{self.story.dateline_place}'"
            elif freq:
                iso, why = freq[0][0], "most frequent country in the story"
            else:
                continue
            sp.actor.country = iso
            sp.actor.code = f"{iso}{sp.actor.sector or ''}"
            sp.rule += f"; no country named, {why} -> {sp.actor.code}"

    def _owned(self, poss: int, end: int, roles: list[_Atom]) -> list[ActorSpan] | None:
        """ "Myanmar's government says *its security forces* ...": a role or group owned by
        "its"/"their" belongs to the state named last in the same sentence."""
        si = self.sent_of[poss]
        named = [c for tok, c in self.story.countries if tok < poss and self.sent_of[tok] == si]
        if not named or (self.keys[poss] == "their" and len(set(named)) > 1):
            return None  # "Egypt and Sudan said their ministers": more than one owner
        iso = named[-1]
        actor, kind, rule = self._compose([], roles, None, None, None)
        actor.country = iso
        actor.code = f"{iso}{actor.sector or ''}"
        rule += f"; '{self.texts[poss]}' -> {iso}, the state named last in the sentence"
        return [self._span(poss, end, actor, kind, rule)]

    def _crowd_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The place a group is in, named in its sentence ("protesters ... *in Beijing*")."""
        si = self.sent_of[sp.start]
        for other in spans:
            if (
                other.is_location
                and self.sent_of[other.start] == si
                and other.kind == "country"
                and _is_state(other.actor.country)
            ):
                place = self.doc[other.start : other.end].text
                return other.actor.country, f"the sentence places it in '{place}'"  # type: ignore[return-value]
        return None

    def _locale(self, i: int) -> tuple[str, str] | None:
        """A sentence that opens on a place ("*In Moscow*, a ministry spokeswoman said ...")
        reports from there: its country, for people and bodies the sentence does not place."""
        if not self.parsed:
            return None
        start = self.doc[i].sent.start
        if self.keys[start] != "in":
            return None
        for end in range(start + 2, min(start + 6, self.n)):
            if self.texts[end] == ",":
                place = self.doc[start + 1 : end].text
                iso = country_of_place(place)
                if iso and _is_state(iso):
                    return iso, f"the sentence opens 'In {place},'"
                return None
        return None


def _kind_word(e: lx.Entry) -> str:
    return {
        lx.COUNTRY_NAME: "country",
        lx.COUNTRY_ADJ: "adjective",
        lx.PEOPLE: "people",
        lx.CAPITAL: "capital",
        lx.SEAT: "institution",
        lx.INTL: "body",
    }.get(e.kind, e.kind)


def _role_word(e: lx.Entry) -> str:
    return {lx.ROLE: "title", lx.GROUP: "group", lx.BODY: "body"}.get(e.kind, e.kind)


PLACE_ENTS = frozenset({"GPE", "LOC"})
UNTAGGED_CITY_POP = 100_000  # a city the tagger missed counts only if this large


@lru_cache(maxsize=4096)
def _place_country(text: str) -> str | None:
    """Country of a place name the lexicon does not know; the gazetteer's likeliest reading."""
    from communique.places.gazetteer import geocode

    loc = geocode(text)
    return loc.country if loc else None


def country_of_place(place: str) -> str | None:
    """ISO3 of a place name: a country, capital or seat in the lexicon, else the gazetteer."""
    lex = lx.lexicon()
    words = lx.tokenize(place)
    keys = [lx.norm(w) for w in words]
    if keys:
        m = lex.match_at(keys, words, 0)
        if m and m[0] == len(keys) and m[1].kind in lx.COUNTRY_KINDS:
            return m[1].country
    from communique.places.gazetteer import geocode

    loc = geocode(place)
    return loc.country if loc else None


def find_actors(
    doc: Doc, when: date | None = None, *, dateline: str | None = None
) -> list[ActorSpan]:
    """All actor mentions in the document, in order, non-overlapping (longest wins).

    ``when`` is the story date (for office holders). ``dateline`` is the dateline place
    ("Havana"); when None it is read from the start of the text if it looks like one.
    """
    return [
        sp
        for sp in _Finder(doc, when, dateline).run()
        if not _stance_prefixed(doc, sp.start)
        and not _continental(doc, sp.start)
        and not _ethnic(doc, sp)
        and not _language(doc, sp)
    ]


LANGUAGE_WORDS = frozenset({"language", "languages", "speaking", "speaker", "speakers"})


def _language(doc: Doc, span: ActorSpan) -> bool:
    """ "the Russian language", "Russian-language media", "Russian-speaking residents": a
    language, not the state whose adjective names it."""
    k = span.end
    if k < len(doc) and doc[k].text in ("-", "‑", "–"):
        k += 1
    return span.kind == "country" and k < len(doc) and doc[k].lower_ in LANGUAGE_WORDS


def _ethnic(doc: Doc, span: ActorSpan) -> bool:
    """ "ethnic Albanians in Serbia": a community, not the state of that name; the coder
    places it by the sentence's places instead."""
    return span.start >= 1 and doc[span.start - 1].lower_ == "ethnic"


def _continental(doc: Doc, start: int) -> bool:
    """A continent's demonym ("Latin American", "South American"): a region, not the USA."""
    return (
        start >= 1
        and doc[start].lower_.startswith("america")
        and doc[start - 1].lower_ in ("latin", "south", "central", "north", "pan")
    )


STANCE_PREFIXES = frozenset({"anti", "pro"})


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """A stance prefix ("anti-Syria journalist", "pro-Iranian group"): the name is what they
    are for or against, not who they are."""
    return (
        start >= 2
        and doc[start - 1].text in ("-", "‑", "–")
        and doc[start - 2].lower_ in STANCE_PREFIXES
    )


__all__ = ["find_actors", "country_of_place", "name_key"]
