"""Organisations the actor data does not list, read by the head noun of their name: "the National
Association of Farm Workers (NAFW)", "the Fair Elections Network", "the district council", "the
Office of the Ombudsman" (data/actors/org_heads.tsv gives the head nouns and their sectors).

A name is found from its head noun outwards (one dict look-up per token): capitalised words before
it, "of / for / on / against" and a capitalised name after it, and an acronym in brackets, which
the story may use later ("the NAFW said"). A nationality, country or place at the start of the
name gives its country ("the *Texas* Federation of Teachers"), a name that works across borders
("the *Global* Press Network") is an international NGO or IGO; else the finder's fallback places
it where the story is, as it does "the government". A name the lexicon already knows, one of
sport, business, entertainment or research (vocabulary not_political_org_words), a lone head
("the Office") and a capitalised sentence start ("Council workers ...") are no organisation. A
part of the actor finder."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from communique.actors import lexicon as lx
from communique.actors.composition import _Atom
from communique.actors.spans import ActorSpan, is_state
from communique.datafiles import read_tsv
from communique.model import Actor
from communique.vocabulary import words

LABOUR_WORDS = words("labour_org_words")
LEVEL_WORDS = words("government_level_words")
NOT_POLITICAL = words("not_political_org_words")
INTERNATIONAL = words("international_org_words")
ARMED_WORDS = words("armed_group_name_words")
CHAMBER_WORDS = words("legislative_chamber_words")
CHAMBER_ORGANS = frozenset({"committee", "subcommittee", "commission"})
DETS = words("determiners")
CONTINENTAL_PREFIXES = words("continental_prefixes")
SHIP_PREFIXES = words("ship_prefixes")
VESSEL_NOUNS = words("vessel_nouns")
NAME_PREPS = frozenset({"of", "for", "on", "against"})
NAME_JOINERS = frozenset({"and", "&", "-", "'s", "'"})
RULE_ID = "mention.organisation"
REACH = 4  # "the society" refers back to a named society at most this many sentences back
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR"})  # bodies of no one state
KIND_REACH = 10  # "the charity": a story's one charity, further back
REGION_RULE = "mention.regional_ngo"  # "the Gulf Centre for Human Rights": no one state's
NOT_REGIONS = frozenset({"island", "communist"})  # regions.tsv rows that are no geography


@lru_cache(maxsize=1)
def _org_rows() -> list[dict[str, str]]:
    return read_tsv(resources.files("communique") / "data" / "actors" / "org_heads.tsv")


@lru_cache(maxsize=1)
def org_heads() -> dict[str, tuple[str, str]]:
    """Head noun -> (sector, kind) of data/actors/org_heads.tsv."""
    return {r["word"]: (r["sector"], r["kind"]) for r in _org_rows()}


@lru_cache(maxsize=1)
def _needs() -> dict[str, str]:
    return {r["word"]: r.get("needs") or "" for r in _org_rows()}


@lru_cache(maxsize=1)
def org_kinds() -> dict[str, str]:
    """Kind noun -> sector of data/actors/org_kinds.tsv ("the charity X": NGO)."""
    rows = read_tsv(resources.files("communique") / "data" / "actors" / "org_kinds.tsv")
    return {r["word"]: r["sector"] for r in rows}


@lru_cache(maxsize=1)
def heads_named_after() -> frozenset[str]:
    """Heads that make a name only with a name after them ("the Centre *for X*")."""
    return frozenset(r["word"] for r in _org_rows() if r.get("needs") == "name_after")


def org_sector(word: str, name_keys: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The sector an organisation headed by ``word`` gets (LAB for a civil body of workers)."""
    found = org_heads().get(word)
    if found is None:
        return None
    sector, kind = found
    if kind == "civil" and name_keys & LABOUR_WORDS:
        return "LAB"
    if kind == "armed":  # "the Condor Liberation Army": only in such a name, not "an army brigade"
        return sector if name_keys and _armed_name(word, name_keys) else None
    return sector


def _armed_name(word: str, name_keys: set[str] | frozenset[str]) -> bool:
    """A non-state armed group's name: a word of vocabulary armed_group_name_words in it ("the
    *Revolutionary* Coastal Army"), or a plural unit noun that needs none ("the Northern Martyrs
    *Brigades*")."""
    return _needs().get(word) != "armed_word" or bool(name_keys & ARMED_WORDS)


def _cap(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def continental(doc: Doc, start: int) -> bool:
    """A continent's or hemisphere's word ("Latin American", "Pan-American Highway",
    "Inter-American Commission"): a region, not the USA."""
    if not doc[start].lower_.startswith("america"):
        return False
    k = start - 1
    if k >= 1 and doc[k].text in ("-", "\u2011", "\u2013"):
        k -= 1
    return k >= 0 and doc[k].lower_ in CONTINENTAL_PREFIXES


def vessel_name(doc: Doc, start: int) -> bool:
    """A ship's name ("the amphibious assault ship USS Tripoli", "the frigate Hamburg"): the
    words after a navy's ship prefix (written in capitals) or right after a kind of ship name
    the vessel, not a place or a party."""
    first = doc[start]
    if first.text.isupper() and first.lower_ in SHIP_PREFIXES and start + 1 < len(doc):
        return doc[start + 1].text[:1].isupper()  # the span is "USS Tripoli" itself
    if start < 1 or not first.text[:1].isupper():
        return False
    before = doc[start - 1]
    if before.text.isupper() and before.lower_ in SHIP_PREFIXES:
        return True
    return before.lower_ in VESSEL_NOUNS and before.text.islower()


class OrganisationReader:
    """The finder's reading of organisation names (see ``finder._Finder``)."""

    def organisation(self, i: int) -> list[ActorSpan] | None:
        k = self.keys
        if k[i] in DETS and i + 1 < self.n:
            if (ref := self._org_reference(i)) is not None:
                return [ref]
            i += 1
        if (found := self._org_names().get(i)) is not None:
            return [self._org_span(*found)]
        if _acronym(self.texts[i]) and (named := self.story.organisations.get(self.texts[i])):
            _, actor = named
            return [
                self._org_actor_span(i, i + 1, actor, f"acronym '{self.texts[i]}' of {actor.name}")
            ]
        return None

    # -- names in the story ------------------------------------------------------------------
    def _org_names(self) -> dict[int, tuple[int, int, int, str | None]]:
        """Start -> (start, end, head, acronym) of every organisation name in the story."""
        if self._orgs is None:
            heads, kinds = org_heads(), org_kinds()
            found: dict[int, tuple[int, int, int, str | None]] = {}
            last_end = 0
            for h in range(self.body_start, self.n):
                if h < last_end:
                    continue
                got = None
                if self.keys[h] in kinds:  # "the charity SeaBridge Rescue": the name after
                    got = self._kind_name(h)
                if got is None and self.keys[h] in heads:
                    got = self._org_name(h)
                if got is not None and got[0] >= last_end:
                    found[got[0]] = got
                    last_end = got[1]
            self._orgs = found
        return self._orgs

    def _org_name(self, h: int) -> tuple[int, int, int, str | None] | None:
        texts, k, doc = self.texts, self.keys, self.doc
        sent = doc[h].sent if self.doc.has_annotation("SENT_START") else doc[:]
        s, e = h, h + 1
        if _cap(texts[h]):
            if self._title_case(sent):
                return None  # a headline in title case: every word is capitalised
            while s - 1 >= sent.start and (
                (_cap(texts[s - 1]) and k[s - 1] not in DETS)
                or (k[s - 1] in NAME_JOINERS and s - 2 >= sent.start and _cap(texts[s - 2]))
            ):
                s -= 1
            if s == sent.start and s < h and self.tagged and doc[s].pos_ != "PROPN":
                s += 1  # "Striking Federation members": a capitalised sentence start
            if e + 1 < sent.end and k[e] in NAME_PREPS:
                q = e + 1 + (k[e + 1] == "the")
                if q < sent.end and _cap(texts[q]) and k[q] not in DETS:
                    while q + 1 < sent.end and (
                        _cap(texts[q + 1])
                        or (k[q + 1] in NAME_JOINERS and q + 2 < sent.end and _cap(texts[q + 2]))
                    ):
                        q += 1
                    e = q + 1
            if e == h + 1 and k[h] in heads_named_after():
                return None  # "the Pepsi Center": an arena, not "the Centre for X"
            if e == h + 1 and e < sent.end and k[e] == "party" and texts[e].islower():
                h, e = e, e + 1  # "the Highland Farmers Movement party": a party so named
            needs = _needs().get(k[h])
            if needs == "labour" and not set(k[s:e]) & LABOUR_WORDS:
                return None  # "the National Congress": a workers' body only by its name
            if org_heads()[k[h]][1] == "armed" and not _armed_name(k[h], set(k[s:e])):
                return None  # "the Royal Thai Army": a state's, as the lexicon reads it
            named = [
                j
                for j in range(s, e)
                if j != h and _cap(texts[j]) and k[j] not in DETS and not self._nationality(j)
            ]
            if not named:
                return None  # "the Office", "the American League": no name of its own
        elif org_heads()[k[h]][1] == "armed":
            return None  # "the rebel army": the lexicon's words
        elif h > sent.start and k[h - 1] in LEVEL_WORDS and org_heads()[k[h]][1] == "state":
            s = h - 1  # "the district council", "the county department of trade"
            if e + 1 < sent.end and k[e] == "of" and doc[e + 1].pos_ in ("NOUN", "PROPN"):
                e += 2
        elif (owner := self._chamber_of(h, sent.start)) is not None:
            s = owner  # "the Senate budget committee", "the parliamentary budget committee"
        elif (owner := self._state_organ_owner(h, sent.start)) is not None:
            s = owner  # "Norway's food safety agency", "the Australian tax office"
        elif k[h] == "party" and h > sent.start and _cap(texts[h - 1]) and k[h - 1] not in DETS:
            s = h - 1  # "the Clean Water Defenders party": a party named before its noun
            while s - 1 >= sent.start and _cap(texts[s - 1]) and k[s - 1] not in DETS:
                s -= 1
            if all(self._nationality(j) for j in range(s, h)):
                return None  # "the Chinese party": a country's, as the lexicon reads it
        elif (member := self._org_members(h)) is not None:
            e = member.end  # "a coalition of rights groups": a body of such groups
        else:
            return None
        acronym = None
        if e + 2 < self.n and texts[e] == "(" and texts[e + 2] == ")" and _acronym(texts[e + 1]):
            acronym, e = texts[e + 1], e + 3
        if acronym and self.atom(e - 2) is not None:
            return None  # "(UNRWA)": a body the lexicon knows by its initials
        if any(k[j] in NOT_POLITICAL for j in range(s, e)):
            return None  # "the National Basketball Association": sport, not politics
        for j in range(s, h + 1):
            a = self.atom(j)
            if (
                a is not None
                and a.start <= h < a.end
                and (a.end - a.start > 1 or a.entry.kind not in lx.ROLE_KINDS)
            ):
                if org_heads()[k[h]][1] == "armed" and any(
                    _cap(texts[x]) and not self._nationality(x) for x in range(s, a.start)
                ):
                    continue  # "the *Ankole* People's Liberation Army": not China's PLA
                return None  # a name the lexicon knows ("the European Union")
        return s, e, h, acronym

    def _kind_name(self, h: int) -> tuple[int, int, int, str | None] | None:
        """ "the charity *SeaBridge Rescue*", "the lender *Norda Bank*": a lower-case noun of an
        organisation's kind (data/actors/org_kinds.tsv) and the capitalised name right after it
        that the lexicon does not know; the span is the name, ``h`` (before it) its kind."""
        texts, doc = self.texts, self.doc
        if not texts[h].islower() or h + 1 >= self.n:
            return None
        sent_end = doc[h].sent.end if doc.has_annotation("SENT_START") else self.n
        s = e = h + 1
        while e < sent_end and (
            (_cap(texts[e]) and self.keys[e] not in DETS)
            or (e > s and self.keys[e] in NAME_JOINERS and e + 1 < sent_end and _cap(texts[e + 1]))
        ):
            e += 1
        if e == s:
            return None
        if any(self.atom(j) is not None for j in range(s, e)):
            return None  # "the group Hamas", "the commission President X": known words
        if any(self.keys[j] in NOT_POLITICAL for j in range(s, e)):
            return None
        return s, e, h, None

    def _chamber_of(self, h: int, sent_start: int) -> int | None:
        """ "the *Lords* trade committee", "the *parliamentary* budget committee": a
        lower-case committee after words in lower case and a legislative chamber's word
        (vocabulary legislative_chamber_words); the chamber word's index (or None)."""
        k, texts = self.keys, self.texts
        if k[h] not in CHAMBER_ORGANS or not texts[h].islower():
            return None
        j = h - 1
        while j >= sent_start and h - j <= 4 and k[j] not in CHAMBER_WORDS:
            if not (texts[j].isalpha() and texts[j].islower()):
                return None
            j -= 1
        return j if j >= sent_start and k[j] in CHAMBER_WORDS else None

    def _state_organ_owner(self, h: int, sent_start: int) -> int | None:
        """ "*Norway's* food safety agency", "the *Austrian* food safety
        department": a state organ's head the lexicon does not know, in lower case, after words
        in lower case that say what it does and a country's name or adjective (possessive or
        not); the country's first token (or None)."""
        k, texts = self.keys, self.texts
        if org_heads()[k[h]][1] != "state" or self.atom(h) is not None:
            return None
        j = h - 1
        while (
            j >= sent_start
            and h - j <= 4
            and (texts[j].isalpha() and texts[j].islower() or texts[j] == "-")
            and self.atom(j) is None
        ):
            j -= 1
        if j == h - 1 or j < sent_start:
            return None  # "Kenya's agency": no words of its own
        if k[j] == "'s":
            j -= 1
        for x in range(max(sent_start, j - 3), j + 1):
            a = self.atom(x)
            if (
                a is not None
                and a.end == j + 1
                and a.entry.kind in lx.COUNTRY_KINDS
                and a.entry.country
                and is_state(a.entry.country)
            ):
                return x
        return None

    def _nationality(self, j: int) -> bool:
        a = self.atom(j)
        return a is not None and a.entry.kind in lx.COUNTRY_KINDS and a.end == j + 1

    def _title_case(self, sent: Span) -> bool:
        """A sentence in title case ("Union Leaders Vow To Fight On"): its capitals name nothing."""
        alpha = [t.text for t in sent if t.is_alpha and len(t.text) > 3 and t.i >= self.body_start]
        return len(alpha) >= 4 and all(w[:1].isupper() for w in alpha)

    def _org_members(self, h: int) -> _Atom | None:
        """The groups a civil body is made of, named after it: "a coalition *of rights
        groups*", "a federation *of trade unions*" (a group of the lexicon, in the plural)."""
        if org_heads()[self.keys[h]][1] != "civil" or h + 2 >= self.n or self.keys[h + 1] != "of":
            return None
        a = self.atom(h + 2)
        if a is None or a.entry.kind != lx.GROUP or not (a.entry.sector or "").lstrip("~"):
            return None
        return a

    def _org_country(self, s: int, e: int, h: int) -> tuple[str | None, str]:
        """A country the name itself gives, with why: a nationality or country inside it ("the
        *Kenyan* Farmers Union"), else a place at its start ("the *Texas* Federation of
        Teachers") or named last after "of" ("the Bar Association *of Ontario*"). With none,
        (None, a note of a town word passed over at its start, or "")."""
        j = s
        while j < e:  # "the *UN* Relief Agency": a body's, "the *Kenyan* Farmers Union": a state's
            a = self.atom(j)
            if a is None:
                j += 1
                continue
            if (
                a.entry.country
                and not (a.start <= h < a.end)  # "the Tigray People's Liberation Army"
                and not continental(self.doc, a.start)
                and (
                    (a.entry.kind in lx.COUNTRY_KINDS and is_state(a.entry.country))
                    or a.entry.kind == lx.INTL
                )
            ):
                return a.entry.country, f"'{self.doc[a.start : a.end].text}' in its name"
            j = a.end  # "American Indian": a people's name, not India
        from communique.actors.names import country_of_place

        cands = [  # the longest run of capitalised words at its start first
            self.doc[s : j + 1].text
            for j in range(min(s + 3, h) - 1, s - 1, -1)
            if all(_cap(self.texts[x]) for x in range(s, j + 1))
        ]
        starts = len(cands)  # the "of" place after them is a preposition of place: kept
        of = next((j for j in range(h + 1, e) if self.keys[j] == "of"), None)
        if of is not None:
            q = of + 1 + (self.keys[of + 1] == "the")
            end = e - 3 if self.texts[e - 1] == ")" else e
            if q < end:
                cands.append(self.doc[q:end].text)
        from communique.places.gazetteer import WORD_TOWN_RULE, word_town

        skipped = ""
        for k, text in enumerate(cands):
            if k < starts and word_town(text):
                # "the *Federal* Audit Office": a word of the name, not the town
                skipped = skipped or f"'{text}' a word of its name, not the town ({WORD_TOWN_RULE})"
                continue
            iso = country_of_place(text)
            if iso and is_state(iso):
                return iso, f"the place '{text}' in its name"
        return None, skipped

    def _org_span(self, s: int, e: int, h: int, acronym: str | None) -> ActorSpan:
        name_end = e - 3 if acronym else e
        name = self.doc[s:name_end].text
        keys = set(self.keys[s:name_end])
        member = None if _cap(self.texts[h]) or h < s else self._org_members(h)
        if member is not None:
            sector = (member.entry.sector or "").lstrip("~")
        elif h < s:  # "the charity X": its kind's, or a known kind's ("the rights group X")
            kind = self.atom(h)
            known = (kind.entry.sector or "").lstrip("~") if kind is not None else ""
            sector = known or org_kinds()[self.keys[h]]
        else:
            sector = org_sector(self.keys[h], keys)
        if self.keys[h] in CHAMBER_ORGANS and keys & CHAMBER_WORDS:
            sector = "LEG"  # "the Senate Ethics Committee": a chamber's own committee
        named, named_why = self._org_country(s, name_end, h)
        country = (named, named_why) if named else None
        town_note = "" if named else named_why  # "the *Federal* Audit Office" (a town word)
        if country is None and h < s and h > 0 and self._nationality(h - 1):
            a = self.atom(h - 1)  # "the *Korean* carmaker Dongsan": its kind's nationality
            if a is not None and a.entry.country and is_state(a.entry.country):
                country = a.entry.country, f"'{self.texts[h - 1]}' before its kind"
        if country is None and keys & INTERNATIONAL:  # "the Global Press Network": no one state's
            civil = member is not None or org_heads().get(self.keys[h], ("", "civil"))[1] == "civil"
            country = ("NGO" if civil else "IGO"), "a name that works across borders"
            sector = None if sector in ("NGO", "GOV") else sector  # as bodies.tsv codes them
        if country is None and not town_note and (region := self._region_name(s, h)):
            # "the West African Lawyers Network", "the Gulf Centre for Human Rights": a civil
            # body named for a region of several states is a regional NGO, not the story's
            # state's (rule mention.regional_ngo)
            civil = member is not None or org_heads().get(self.keys[h], ("", "kind"))[1] == "civil"
            if civil or (h < s and sector in ("NGO", "HRI")):
                country = (
                    "NGO",
                    f"'{region}' a region of several states in its name [{REGION_RULE}]",
                )
                sector = None if sector == "NGO" else sector
        actor = Actor(text="", name=name, country=country[0] if country else None, sector=sector)
        how = "kind" if h < s else "head"
        why = f"organisation '{name}' ({how} '{self.texts[h]}' -> {sector})"
        if country:
            why += f"; {country[1]} -> {country[0]}"
        elif town_note:
            why += f"; {town_note}"
        sp = self._org_actor_span(s, e, actor, why)
        # the span's own actor, which the finder's fallback may still place in a country
        if acronym:
            self.story.organisations[acronym] = (self.sent_of[s], sp.actor)
            sp.rule += f"; registers '{acronym}'"
        self.story.organisations[self.keys[h]] = (self.sent_of[s], sp.actor)
        if h < s and self.keys[name_end - 1] in org_kinds():  # "the lender Norda *Bank*"
            self.story.organisations[self.keys[name_end - 1]] = (self.sent_of[s], sp.actor)
        return sp

    def _region_name(self, s: int, h: int) -> str | None:
        """The region of several states (data/actors/regions.tsv, a capitalised description
        such as "West African", "Gulf", "Arab") the capitalised words at the start of a name
        ``s``..``h`` are, or None."""
        for n in (3, 2, 1):
            if s + n > h or not all(_cap(self.texts[x]) for x in range(s, s + n)):
                continue
            region = lx.regions().get(tuple(self.keys[s : s + n]))
            if (
                region is not None
                and len(region.countries) >= 2
                and self.keys[s] not in NOT_REGIONS
            ):
                return self.doc[s : s + n].text
        return None

    def _org_actor_span(self, s: int, e: int, actor: Actor, why: str) -> ActorSpan:
        copy = Actor(text="", name=actor.name, country=actor.country, sector=actor.sector)
        sp = self._span(s, e, copy, "body", why, rule_id=RULE_ID)
        if copy.country:
            sp.rule += f" -> {copy.code}"
        return sp

    def _org_reference(self, i: int) -> ActorSpan | None:
        """ "the society", "the Federation": the organisation of that head named just before."""
        h = i + 1
        named = self.story.organisations.get(self.keys[h])
        reach = KIND_REACH if self.keys[h] in org_kinds() else REACH
        if named is None:
            return None
        far = self.sent_of[h] - named[0] > reach
        if far and named[1].country and named[1].country not in INTERNATIONAL_CODES:
            return None
        if (
            h + 1 < self.n
            and self.doc[h + 1].pos_ in ("NOUN", "PROPN")
            and self.keys[h + 1] != "'s"
        ):
            return None  # "the union leaders": a phrase of its own
        if self._org_names().get(h) is not None:
            return None
        _, actor = named
        why = f"'{self.texts[h]}' refers to {actor.name}"
        if far:
            # an international body's "the court", "the commission" keeps referring to it
            # further down; the finder's fallback keeps the reference only if the body it
            # names is placed as one (IGO, UN, EU), not a state's (rule
            # mention.international_reference)
            why += ", named further back [mention.international_reference]"
        sp = self._org_actor_span(h, h + 1, actor, why)
        if far:
            self.far_references.add(sp.start)
        self.antecedents[sp.start] = actor  # placed where it is, once the fallback places it
        return sp
