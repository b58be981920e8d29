"""Actor phrases built from lexicon atoms: "[det] [country / seat / body, 's, senior, former
...]* [roles]* [of COUNTRY] [NAME]" ("the Cuban foreign minister", "Russia's State Duma",
"his Cuban counterpart", "its security forces"). A part of the actor finder."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from communique.actors import lexicon as lx
from communique.actors.lookup import code_of
from communique.actors.persons import kb_actor
from communique.actors.spans import SHARED_ROLE, ActorSpan, is_state
from communique.model import Actor
from communique.vocabulary import words

GATHERING_NOUNS = words("gathering_nouns")
# people of sport, leisure, food, entertainment and trade ("Dutch *chefs*", "Spanish *clubs*"):
# a nationality before one says where they are from, not that a state acts (mention.leisure_head)
LEISURE_HEADS = words("leisure_head_nouns")

DETS = words("determiners")
ORGAN_RULE = "mention.body_organ"  # "the UN human rights office's envoy": the UN's
BODY_ORGAN_WORDS = 5  # words of a body's organ before its "'s" ("the UN human rights office's")
POSS_PRONOUNS = words("possessive_pronouns")
BODY_POSSESSIVES = words("body_possessives")  # "*its* security forces"
FILLERS = words("actor_fillers")
POSTED_ABROAD = words("posted_abroad_words")
STANCE_PREFIXES = words("stance_prefixes")
PLACE_PREPS = words("location_preps")
REPORTING_VERBS = words("reporting_verbs")
# the men an armed group's statement says did its acts ("*its fighters* attacked"): its own
GROUP_MEMBER_WORDS = words("group_member_words")
CLAIMING_GROUP_RULE = "mention.claiming_group_owner"
_PHRASE_STARTS = DETS | POSS_PRONOUNS | FILLERS | {"both"}
MISSION_PREPS = frozenset({"at", "in", "from"})  # "a diplomat *at* the X embassy"
DIPLOMATIC_MISSIONS = words("diplomatic_missions")  # "embassy", "consulate", ...
# "the Iran-backed militia": the participle after a country names the group's sponsor
_SPONSORS = words("sponsor_participles")
ACRONYM_RULE = "mention.known_acronym"  # a lexicon name's initials in brackets
STATE_FORM_RULE = "mention.state_form"  # "the kingdom", "the emirate" (references.py)
_DESCRIBED = "described: "  # the source of a state described as the owner of a role
# a weapon or vehicle model's designation, letters and digits joined by a hyphen ("F-16",
# "Su-27", "MiG-29", "T-72", "S-400", "Mi-8"): a maker's code, not a word of the phrase
_MODEL = re.compile(r"^[a-z]{1,4}-?\d{1,4}[a-z]{0,2}$")
# "*Bosnian Serb* officials", "*Kosovo Albanians*": a people that lives in several states, named
# after the state it lives in, is that state's ethnic group (rule mention.ethnic_compound)
ETHNIC_WORDS = words("ethnic_group_words")
ETHNIC_RULE = "mention.ethnic_compound"
KIND_BY_HEAD = "actor.kind_by_head"  # "members of a little-known *front*": the group's sector
# the sectors a group's kind gives the people of it (CAMEO 1.1b3: opposition and protest
# movements, labour, rebels, unaffiliated armed groups, criminals)
KIND_SECTORS = frozenset({"OPP", "LAB", "REB", "UAF", "CRM"})
MIXED_GROUPS = frozenset({"all", "both", "every", "various", "several", "many"})
STATE_ARMS = frozenset({"army", "armies", "forces"})  # "members of the army": the state's


@dataclass
class _Atom:
    start: int
    end: int
    entry: lx.Entry


class PhraseReader:
    """The finder's reading of phrases made of lexicon atoms (see ``finder._Finder``)."""

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
        mods: list[_Atom] = []
        if ref:
            owner = self._described_owner(ref)
            if owner is None:
                return ref
            mods.append(owner)  # "the kingdom's *foreign minister*": the described state's
            j = owner.end + 1
        roles: list[_Atom] = []
        coord: list[_Atom] = []  # country modifiers coordinated before the last one
        end = None
        organ = None  # words naming an organ of the body before the role (mention.body_organ)
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
                    if (
                        nxt
                        and nxt.entry.kind in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME)
                        # "Backed by Russia, Syrian troops ...": a comma joins like words only
                        and (k[j] != "," or nxt.entry.kind == a.entry.kind)
                    ):
                        coord.append(a)
                        mods.pop()
                        j += 1
                continue
            if a and a.entry.kind in lx.ROLE_KINDS:
                roles.append(a)
                j = a.end
                end = j
                continue
            if mods and not roles and (past := self._stance_end(j)):
                j = past  # "Moldova's *pro-European* president": what it is for, not whose
                continue
            if mods and not roles and self._model_before_role(j):
                j += 1  # "Thai *F-16* jets": the model between the nationality and its force
                continue
            if mods and not roles and (past := self._body_organ_end(j, mods[-1])):
                cut = next(q for q in range(j, past) if self.keys[q] in ("'s", "'"))
                organ = self.doc[j:cut].text  # "the UN *human rights office's* envoy"
                j = past
                continue
            if roles and self._inside_role_compound(j, roles[-1]):
                # "the bloc's press *freedom* envoy": one title, its head the last noun; the
                # first role word only says of what
                roles.pop()
                j += 1
                continue
            if k[j] in FILLERS or (k[j] == "-" and roles) or (mods and self._names_office(j)):
                j += 1
                continue
            break
        if end is None:
            return None
        mods, ethnic = self._ethnic_pairs(mods)
        if ethnic:  # the state the group lives in, not the kin state its second word names
            return self._with_rule(self._phrase_of(i, det, poss, end, mods, roles, coord))
        spans = self._phrase_of(i, det, poss, end, mods, roles, coord)
        if organ is not None and spans and roles and spans[-1].end == end:
            sp = spans[-1]  # the body's official, through an organ the lexicon lacks
            if not sp.rule_id:
                sp.rule += f"; '{organ}' an organ of the body"
                sp.rule_id = ORGAN_RULE
        return spans

    def _ethnic_pairs(self, mods: list[_Atom]) -> tuple[list[_Atom], bool]:
        """A state's adjective or name right before the name of a people that lives in several
        states (vocabulary ethnic_group_words: "*Bosnian Serb* officials", "*Kosovo
        Albanians*", "*Malaysian Chinese* voters") names an ethnic group of the first state, a
        domestic actor of the state it lives in, not the kin state of the second word (rule
        mention.ethnic_compound): the pair becomes one modifier of the first state. Not words
        joined by a hyphen ("Serbian-Albanian": two parties) and not the reverse order
        ("Turkish Cypriot": the state of residence is already the last word)."""
        out: list[_Atom] = []
        found = False
        for m in mods:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.end == m.start
                and prev.entry.source != ETHNIC_RULE
                and prev.entry.kind in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME)
                and m.entry.kind in (lx.COUNTRY_ADJ, lx.PEOPLE)
                and is_state(prev.entry.country)
                and m.entry.country != prev.entry.country
                and " ".join(self.keys[m.start : m.end]) in ETHNIC_WORDS
            ):
                kind = lx.PEOPLE if m.entry.kind == lx.PEOPLE else lx.COUNTRY_ADJ
                text = self.doc[prev.start : m.end].text
                entry = lx.Entry(text=text, kind=kind, country=prev.entry.country,
                                 source=ETHNIC_RULE)  # fmt: skip
                out[-1] = _Atom(prev.start, m.end, entry)
                found = True
                continue
            out.append(m)
        return out, found

    @staticmethod
    def _with_rule(spans: list[ActorSpan] | None) -> list[ActorSpan] | None:
        for sp in spans or ():
            if not sp.rule_id:
                sp.rule_id = ETHNIC_RULE
                sp.rule += " (an ethnic group of the state it lives in)"
        return spans

    def _phrase_of(
        self,
        i: int,
        det: bool,
        poss: int | None,
        end: int,
        mods: list[_Atom],
        roles: list[_Atom],
        coord: list[_Atom],
    ) -> list[ActorSpan] | None:
        k = self.keys
        if not roles and self._leisure_head(mods[-1]):
            return None  # "Dutch chefs", "Turkish and Saudi clubs": no state acts
        if coord and not roles:
            # "Cuba and Russia ...": no shared role, so each country is its own mention
            first = coord[0]
            return [self._country_span(first.start, first.end, first.entry)]
        if poss is not None and not (roles and roles[-1].entry.kind == lx.COUNTERPART):
            if self.keys[poss] in BODY_POSSESSIVES and roles and not mods:
                return self._owned(poss, end, roles)  # "*its* security forces"
            return None  # "his government" etc.: leave the pronoun to pronoun()
        if not roles:
            m = mods[0]
            last = mods[-1].entry
            if m.entry.kind == lx.COUNTRY_ADJ and last.kind == lx.INTL and last.country == "IMG":
                # "Palestinian Islamic Jihad": a cross-border group's branch of that country
                body = lx.Entry(**{**last.__dict__, "country": m.entry.country})
                return [self._body_span(m.start, mods[-1].end, body)]
            if det and m.entry.kind not in (lx.SEAT, lx.INTL):
                i = m.start
            if m.entry.kind == lx.SEAT and len(mods) == 1 and (held := self._seat_holder(m)):
                return [held]  # "Pope Francis": the office's holder, named after it
            if m.entry.kind in (lx.SEAT, lx.INTL):
                return [self._body_span(i if det else m.start, m.end, m.entry)]
            if det and len(mods) == 1 and self._nationality_person(m.start - 1, m):
                return [self._person_span(m)]
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
        of_body: _Atom | None = None
        if end < self.n - 1 and k[end] == "of":
            q = end + 1
            if k[q] in DETS and q + 1 < self.n:
                q += 1
            a = self.atom(q)
            if (
                a
                and (a.entry.kind in lx.COUNTRY_KINDS or a.entry.kind == lx.INTL)
                and not (a.end + 1 < self.n and k[a.end] == "-" and k[a.end + 1] in _SPONSORS)
            ):  # "leader of the *Iran-backed* group": the group's backer, not whose leader
                of_obj = a
                end = a.end
                b = self.atom(end) if end < self.n else None
                if b and b.entry.kind == lx.BODY and a.entry.kind == lx.COUNTRY_ADJ:
                    of_body = b  # "members of the *Kenyan parliament*": whose members
                    end = b.end
        # "a diplomat *at the Russian embassy*", "the attache at the Ivorian embassy in X":
        # an official of a mission is of the state the mission's nationality names
        if of_obj is None and (post := self._mission_state(end, roles)) is not None:
            of_obj, end = post
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
            spans.append(
                self._span(
                    c.start, c.end, actor, kind, rule + " (shares the role)", rule_id=SHARED_ROLE
                )
            )
        actor, kind, rule = self._compose(mods, roles, of_obj, name, poss, of_body)
        rule_id = None
        if of_obj is None and (by_kind := self._kind_of_group(end, roles)) is not None:
            actor.sector, why = by_kind  # "members of a local self-defence brigade"
            actor.code = code_of(actor.country, actor.sector) or None
            rule += f"; {why} -> {actor.code or '?'}"
            rule_id = KIND_BY_HEAD
        if name:
            end = max(name[1], of_obj.end if of_obj else 0)
        if rule_id:
            spans.append(self._span(start, end, actor, kind, rule, rule_id=rule_id))
        else:
            spans.append(self._span(start, end, actor, kind, rule))
        return spans

    def _kind_of_group(self, end: int, roles: list[_Atom]) -> tuple[str, str] | None:
        """The sector of the group whose members a collective with no sector of its own
        ('members', sector '~CVL') are: "members *of a little-known youth front*" are of the
        front's kind (OPP), "members of a local self-defence brigade" of the brigade's (REB),
        "members of the gang" of the gang's (CRM), by the head noun of the 'of' phrase: a group
        or body of the lexicon, else a head noun of organisations (data/actors/org_heads.tsv,
        civil or armed) with one of the sectors KIND_SECTORS. A group of another sector ("members
        of the orchestra", "members of the army", "members of the club") leaves them as they
        are (rule actor.kind_by_head)."""
        from communique.actors.organisations import org_heads

        head = roles[-1].entry
        if head.kind != lx.GROUP or not (head.sector or "").startswith("~"):
            return None
        if not self.parsed or end >= self.n - 1 or self.keys[end] != "of":
            return None
        obj = next((c for c in self.doc[end].children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i - end > 6:
            return None
        if any(c.lower_ in MIXED_GROUPS for c in obj.children):
            return None  # "the leaders of *all* parties": groups of every side, no one kind
        for q in range(end + 1, obj.i + 1):  # the lexicon's reading of the noun comes first
            a = self.atom(q)
            if a is not None and a.end == obj.i + 1:
                s = (a.entry.sector or "").lstrip("~")
                if a.entry.kind in (lx.GROUP, lx.BODY) and s in KIND_SECTORS:
                    return s, f"members of a group of kind '{self.texts[obj.i]}' ({s})"
                return None
        key = self.keys[obj.i]
        found = org_heads().get(key)
        if found is None or found[1] not in ("civil", "armed") or key in STATE_ARMS:
            return None
        if found[0] not in KIND_SECTORS:
            return None
        return found[0], f"members of a group of kind '{self.texts[obj.i]}' ({found[0]})"

    def leisure_country(self, i: int) -> int | None:
        """The end of a country name or adjective at ``i`` that only says where people of sport,
        leisure, food, entertainment or trade are from (``_leisure_head``), so that no other
        reading (a gazetteer place) makes it an actor; else None."""
        a = self.atom(i)
        if a is None or not self._leisure_head(a):
            return None
        return a.end

    def _leisure_head(self, m: _Atom) -> bool:
        """A nationality adjective whose noun is a person or group of sport, leisure, food,
        entertainment or trade (vocabulary leisure_head_nouns: "Dutch *chefs* criticised",
        "Spanish *clubs* asked about him"), or a country owning one ("Ruritania's *swimmers*":
        its national team's): where they are from, no state's act (rule
        mention.leisure_head). A role or body of the lexicon ("Dutch police") is read before."""
        if m.entry.kind not in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME):
            return False
        if not self.doc.has_annotation("DEP"):
            return False
        tok = self.doc[m.end - 1]
        if m.entry.kind == lx.COUNTRY_NAME:  # "Ruritania's *bowlers*": its team's, no state
            return (
                tok.dep_ == "poss"
                and tok.head.pos_ == "NOUN"
                and tok.head.lemma_.lower() in LEISURE_HEADS
            )
        for _ in range(3):  # "Turkish and Saudi clubs": the last adjective's noun
            if tok.dep_ == "conj" and tok.head.i > tok.i - 6:
                tok = tok.head
                continue
            break
        if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i <= tok.i:
            return False
        noun = tok.head
        return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in LEISURE_HEADS

    def _mission_state(self, end: int, roles: list[_Atom]) -> tuple[_Atom, int] | None:
        """ "diplomat *at / in / from the Russian embassy*": for a government role (sector GOV)
        right before it, the nationality of a diplomatic mission (vocabulary.tsv
        diplomatic_missions) and the mission's end; not a protester or reporter *at* it."""
        k = self.keys
        if not roles or (roles[-1].entry.sector or "").lstrip("~") != "GOV":
            return None
        if end + 2 >= self.n or k[end] not in MISSION_PREPS:
            return None
        q = end + 1
        if k[q] in DETS:
            q += 1
        a = self.atom(q) if q < self.n else None
        if a is None or a.entry.kind != lx.COUNTRY_ADJ or a.end >= self.n:
            return None
        if k[a.end] not in DIPLOMATIC_MISSIONS:
            return None
        return a, a.end + 1

    def _described_owner(self, ref: list[ActorSpan]) -> _Atom | None:
        """A description of a state ("the kingdom", "the Caribbean country") followed by "'s"
        and a role or body: the state as the owner the role is composed with (its rule stays in
        the explanation)."""
        if len(ref) != 1 or ref[0].kind != "reference":
            return None
        if ref[0].rule_id != STATE_FORM_RULE and not ref[0].rule.startswith("description"):
            return None  # "the country's": any state named last, too loose to own a title
        sp = ref[0]
        iso = sp.actor.country
        q = sp.end
        if not iso or not is_state(iso) or q + 1 >= self.n or self.keys[q] not in ("'s", "'"):
            return None
        role = self.atom(q + 1)
        if role is None or role.entry.kind not in lx.ROLE_KINDS:
            return None
        words = self.doc[sp.start : sp.end].text
        entry = lx.Entry(text=words, kind=lx.COUNTRY_NAME, country=iso, name=sp.actor.name,
                         source=f"{_DESCRIBED}{sp.rule}")  # fmt: skip
        return _Atom(sp.start, sp.end, entry)

    def _body_organ_end(self, j: int, body: _Atom) -> int | None:
        """ "the UN *human rights office's* representative", "the EU *delegation's* head": after
        an international body's name (its acronym or name right before), words the lexicon does
        not know that end in a possessive noun of the same noun phrase name an organ of that
        body; its official is the body's (rule mention.body_organ). The index after the "'s",
        where the role must start; else None. Not across a word the lexicon knows ("the
        UN-backed *government's*": a state's organ)."""
        if body.entry.kind != lx.INTL or not self.parsed or j >= self.n:
            return None
        for q in range(j, min(j + BODY_ORGAN_WORDS, self.n - 1)):
            tok = self.doc[q]
            if self.atom(q) is not None or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
                return None
            if tok.dep_ == "poss" and self.keys[q + 1] in ("'s", "'"):
                first = self.doc[body.end - 1]
                if first.head.i != q and not any(t.i == first.i for t in tok.subtree):
                    return None
                start = q + 2  # "the UN human rights office's *senior* envoy": the title
                if (
                    start + 1 < self.n
                    and self.atom(start) is None
                    and self.doc[start].pos_ == "ADJ"
                ):
                    start += 1  # follows its adjective
                nxt = self.atom(start) if start < self.n else None
                if nxt is None or nxt.entry.kind not in lx.ROLE_KINDS:
                    return None
                return start
            if tok.dep_ not in ("compound", "amod", "nmod") or not j <= tok.head.i <= q + 2:
                return None
        return None

    def _inside_role_compound(self, j: int, last: _Atom) -> bool:
        """A word between two role words that the parser makes, with the first, a modifier of
        the second ("the OSCE's press *freedom* representative", "media *rights* envoy"): the
        title is the last noun, the first role word only says of what (rule mention.role)."""
        if not self.parsed or j + 1 >= self.n or self.atom(j) is not None:
            return False
        tok, before = self.doc[j], self.doc[last.end - 1]
        if tok.dep_ not in ("compound", "amod") or before.dep_ not in ("compound", "amod"):
            return False
        head = tok.head
        if head.i <= j or head.i > j + 2 or before.head.i != head.i:
            return False
        if head.i == j + 2 and self.doc[j + 1].head.i != head.i:
            return False
        nxt = self.atom(head.i)
        return nxt is not None and nxt.entry.kind in lx.ROLE_KINDS and nxt.start == head.i

    def _model_before_role(self, j: int) -> bool:
        """A weapon or vehicle model's designation ("F-16", "Su-27") right before a role or
        group word ("Thai *F-16* jets", "Russian *Su-27* fighters", rule mention.group)."""
        key = self.keys[j]
        if not (_MODEL.match(key) and any(c.isdigit() for c in key)) or j + 1 >= self.n:
            return False
        a = self.atom(j + 1)
        return a is not None and a.entry.kind in lx.ROLE_KINDS

    def _compose(
        self,
        mods: list[_Atom],
        roles: list[_Atom],
        of_obj: _Atom | None,
        name: tuple[int, int] | None,
        poss: int | None,
        of_body: _Atom | None = None,
    ) -> tuple[Actor, str, str]:
        parts: list[str] = []
        country = None
        inst: lx.Entry | None = None
        posted_state = None  # "Iran's UN ambassador": a state's envoy to the body
        for m in [*mods, *([of_obj] if of_obj else [])]:
            e = m.entry
            words = self.doc[m.start : m.end].text
            if e.source.startswith(_DESCRIBED):  # "the kingdom's": which state it stands for
                parts.append(e.source[len(_DESCRIBED) :])
            else:
                parts.append(f"{_kind_word(e)} '{words}'")
            if (
                e.kind == lx.INTL
                and m is not of_obj
                and country
                and is_state(country)
                and inst is None
                and self.keys[roles[-1].end - 1] in POSTED_ABROAD
            ):
                posted_state = country
            if e.kind in (lx.SEAT, lx.INTL):
                inst = e
            country = e.country or country
        if posted_state is not None:
            country, inst = posted_state, None
            parts.append(f"the state's envoy to the body -> {posted_state}")
        if of_body is not None and inst is None:
            inst = of_body.entry
            parts.append(f"body '{self.doc[of_body.start : of_body.end].text}'")
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
        if actor_name is None and country and is_state(country):
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
        at = poss if poss is not None else self.n
        ante = self.story.person_before(at, self.sent_of[min(at, self.n - 1)], exclude=country)
        sector = ante.sector if ante else "GOV"
        note = f"counterpart of {ante.name or ante.text} ({ante.code})" if ante else "counterpart"
        if country is None:
            for _, iso in reversed(self.story.countries):
                if ante is None or iso != ante.country:
                    country = iso
                    note += f", other country {iso} from the story"
                    break
        return country, sector, note

    def _stance_end(self, j: int) -> int | None:
        """The end of a stance adjective at ``j`` ("pro-Western", "anti-Russian",
        "pro-democracy"): a stance prefix, a hyphen and a word, country or body."""
        if self.keys[j] not in STANCE_PREFIXES or j + 2 >= self.n:
            return None
        if self.texts[j + 1] not in ("-", "\u2011", "\u2013") or not self.texts[j + 2].isalpha():
            return None
        a = self.atom(j + 2)
        if a is not None and (a.entry.kind in lx.COUNTRY_KINDS or a.entry.kind == lx.INTL):
            return a.end  # "pro-*United States*"
        return j + 3

    def _seat_holder(self, m: _Atom) -> ActorSpan | None:
        """A seat named as a title before a name ("Pope Francis"): the person, when the
        knowledge base knows the name as a holder of an office of the seat's country."""
        name = self._name_run(m.end)
        if name is None:
            return None
        ntext = self.doc[name[0] : name[1]].text
        full = f"{self.doc[m.start : name[1]].text}"
        known = kb_actor(full, self.when) or kb_actor(ntext, self.when)
        if known is None or known[0].country != m.entry.country:
            return None
        actor = Actor(text="", name=known[0].name, country=m.entry.country, sector=m.entry.sector)
        rule = f"institution '{self.texts[m.start]}' + {known[1]} -> {actor.code}"
        self.story.registry.register(full, actor, rule)
        return self._span(m.start, name[1], actor, "person", rule)

    def _country_span(self, start: int, end: int, e: lx.Entry) -> ActorSpan:
        words = self.doc[start:end].text
        iso = e.country
        nxt = self.doc[end] if end < len(self.doc) else None
        if (
            e.kind == lx.CAPITAL
            and nxt is not None
            and nxt.tag_ == "NN"
            and nxt.lemma_.lower() in GATHERING_NOUNS
        ):  # "arrested 20 at a *Nairobi* rally": where it was held, not the government
            actor = Actor(text="", name=lx.country_name(iso), country=iso)
            rule = f"capital '{words}' as the place of the {nxt.text} -> {actor.code}"
            return self._span(start, end, actor, "country", rule)
        if e.kind == lx.CAPITAL and (body := self._seated_body(start, end, e)) is not None:
            # "*Brussels* has agreed": the body seated there, not its host state
            actor = Actor(text="", name=body.name, country=body.country, sector=body.sector)
            rule = f"capital '{words}' as metonym for the body seated there -> {actor.code}"
            return self._span(start, end, actor, "body", rule)
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

    def _nationality_person(self, det: int, m: _Atom) -> bool:
        """A nationality adjective used as a noun for one person after an article ("*a
        Norwegian* defended", "*the Brazilian* scored", "his opponent, *an Iranian*"): a private
        person of that country, not its state. Not "the French" / "the Chinese" (the nation,
        often its government), "the U.S." or "the US", nor an adjective before a noun or a
        hyphen ("a Norwegian-flagged tanker")."""
        if m.entry.kind != lx.COUNTRY_ADJ or m.end - m.start != 1:
            return False
        word = self.texts[m.start]
        key = self.keys[det]
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 3):
            return False
        if key in ("a", "an"):
            pass
        elif key != "the" or not word.endswith(("an", "i")):
            return False
        tok = self.doc[m.start]
        modifier = tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i
        if self.doc.has_annotation("DEP") and modifier:
            return False  # "the American and EU envoys": an adjective of a noun after it
        if m.end >= self.n:
            return True
        nxt = self.doc[m.end]
        joined = nxt.text in ("and", "or", ",") and m.end + 1 < self.n
        if joined and (b := self.atom(m.end + 1)) and b.entry.kind in (lx.COUNTRY_ADJ, lx.INTL):
            return False  # "the American and EU envoys": adjectives joined before a noun
        after = ("-", "\u2013", "'s", "\u2019s", "'")
        return nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "X") and nxt.text not in after

    def _person_span(self, m: _Atom) -> ActorSpan:
        iso = m.entry.country
        actor = Actor(text="", name=lx.country_name(iso), country=iso, sector="CVL")
        rule = f"nationality noun '{self.texts[m.start]}' (one person) -> {actor.code}"
        return self._span(m.start, m.end, actor, "group", rule)

    def _seated_body(self, start: int, end: int, e: lx.Entry) -> lx.Entry | None:
        """A capital that news prose uses for a body seated there ("Brussels has agreed",
        "talks with Brussels": the European Union; data/actors/bodies.tsv lists the city as
        that body's name): the body, unless the city is a place phrase ("in Brussels": where
        something happened, no party) or its sentence names the host state ("Belgian", "the
        Belgian capital": Belgian matters)."""
        key = tuple(self.keys[start:end])
        body = next((b for b in self.lex.entries(key) if b.kind == lx.INTL and b.country), None)
        if body is None or (start > 0 and self.keys[start - 1] in PLACE_PREPS):
            return None
        sent = self.doc[start].sent if self.doc.has_annotation("SENT_START") else self.doc[:]
        for k in range(sent.start, sent.end):
            a = self.atom(k) if k < start or k >= end else None
            if a and a.entry.kind in lx.COUNTRY_KINDS and a.entry.country == e.country:
                return None  # "the Belgian capital", "Belgium's ...": the host state's matters
        return body

    def _body_span(self, start: int, end: int, e: lx.Entry) -> ActorSpan:
        actor = Actor(text="", name=e.name, country=e.country, sector=e.sector)
        rule = f"{_kind_word(e)} '{self.doc[start:end].text}' -> {actor.code}"
        t = self.texts
        if (
            end + 2 < self.n
            and t[end] == "("
            and t[end + 2] == ")"
            and 2 <= len(t[end + 1]) <= 8
            and t[end + 1].isalpha()
            and t[end + 1].isupper()
            and self.atom(end + 1) is None
            and t[end + 1] not in self.story.organisations
        ):  # "the Syrian Democratic Forces (SDF)": the story's later "SDF" is the same group
            self.story.organisations[t[end + 1]] = (self.sent_of[start], actor)
            rule += f"; registers '{t[end + 1]}' [{ACRONYM_RULE}]"
        return self._span(start, end, actor, "body", rule)

    def _owned(self, poss: int, end: int, roles: list[_Atom]) -> list[ActorSpan] | None:
        """ "Myanmar's government says *its security forces* ...": a role or group owned by
        "its"/"their" belongs to the state named last in the same sentence."""
        if (group := self._sayer_group(poss)) is not None:
            # "the Front said *its fighters* had attacked the base": a claim, the group's own
            actor = Actor(text="", name=group.name, country=group.country, sector="REB")
            rule = (
                f"'{self.doc[poss:end].text}' -> {actor.code}, the armed group that says it "
                f"[{CLAIMING_GROUP_RULE}]"
            )
            return [self._span(poss, end, actor, "group", rule)]
        si = self.sent_of[poss]
        named = [  # (token -1: the dateline's country, no sentence's; self.sent_of[-1] is the last)
            c for tok, c in self.story.countries if 0 <= tok < poss and self.sent_of[tok] == si
        ]
        if not named:
            # "Belarus denied it. *Its* defence ministry said ...": a sentence that opens on
            # the pronoun owns it to the state the sentence before is about, its subject
            iso = self._previous_subject_state(poss)
            if iso is None:
                return None
            why = "the state the sentence before is about [mention.previous_subject_owner]"
        elif self.keys[poss] == "their" and len(set(named)) > 1:
            return None  # "Egypt and Sudan said their ministers": more than one owner
        elif (sayer := self._sayer_state(poss)) is not None:
            # "X asked the Y authorities for details and said *its* embassy in Y's capital was
            # helping": the one who says it owns it, not the state named last
            iso, why = sayer, "the state that says it [mention.sayer_owner]"
        else:
            iso, why = named[-1], "the state named last in the sentence"
        actor, kind, rule = self._compose([], roles, None, None, None)
        actor.country = iso
        actor.code = code_of(iso, actor.sector)
        rule += f"; '{self.texts[poss]}' -> {iso}, {why}"
        return [self._span(poss, end, actor, kind, rule)]

    def _sayer_group(self, poss: int) -> lx.Entry | None:
        """The armed group (a body of the lexicon with sector REB) named as the subject of the
        verb of saying whose reported clause has the fighters, units or members owned by
        ``poss`` as its subject: "the Front said in a statement that *its* fighters had
        attacked the base" -> the Front. A group's statement that its own men did an act is
        its claim of that act, and the group is the doer (CAMEO and PLOVER code a claim of
        responsibility with the claimant as the actor), not the state its name places it in
        (rule mention.claiming_group_owner)."""
        subj = self._sayer_subject(poss)
        if subj is None or self.doc[poss].head.lemma_.lower() not in GROUP_MEMBER_WORDS:
            return None
        first = next((t for t in subj.subtree if t.dep_ != "det"), subj)
        a = self.atom(first.i)  # the whole name, from its first word: not a name inside it
        if a is None or not (a.start <= subj.i < a.end):
            return None
        if a.entry.kind == lx.INTL and a.entry.sector == "REB" and a.entry.country:
            return a.entry
        return None

    def _sayer_state(self, poss: int) -> str | None:
        """The one state named in the subject of the verb of saying whose reported clause has
        the thing owned by ``poss`` ("its"/"their") as its subject: "Norway's ministry asked
        the Russian authorities ... and *said* its embassy was ..." -> NOR; None otherwise."""
        subj = self._sayer_subject(poss)
        if subj is None:
            return None
        inside = {t.i for t in subj.subtree}
        found = {c for tok, c in self.story.countries if tok in inside}
        return next(iter(found)) if len(found) == 1 else None

    def _sayer_subject(self, poss: int) -> Token | None:
        """The subject of the verb of saying whose reported clause has the thing owned by
        ``poss`` as its subject, or None."""
        if not self.doc.has_annotation("DEP"):
            return None
        noun = self.doc[poss].head
        clause = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        say = clause.head
        if say.lemma_.lower() not in REPORTING_VERBS:
            return None
        subj = None
        for _ in range(3):  # "X asked ... and *said*", "..., *adding*": the main verb's subject
            subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
            if subj is not None or say.dep_ not in ("conj", "advcl"):
                break
            say = say.head
        return subj

    def _previous_subject_state(self, poss: int) -> str | None:
        """The state that is the main subject of the sentence before ``poss``'s, when ``poss``
        opens its sentence: "Tajikistan denied it." or "Tajikistan's government denied it." ->
        TJK; None when that subject is no state ("The network, a charity, said ...")."""
        if not self.doc.has_annotation("DEP"):
            return None
        tok = self.doc[poss]
        if tok.i != tok.sent.start or tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        states = dict(self.story.countries)
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        for t in (subj, owner):
            if t is not None and t.i in states:
                return states[t.i]
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
