"""References to actors named earlier: "he", "the two countries", "both sides", "the bloc",
"the Caribbean country" (resolved from the story's ``ActorMemory``). A part of the actor finder."""

from __future__ import annotations

from communique.actors import lexicon as lx
from communique.actors.spans import ActorSpan, is_state
from communique.model import Actor
from communique.vocabulary import words

PERSON_PRONOUNS = words("person_pronouns")
BLOC_NOUNS = words("bloc_nouns")
BODY_HEAD_NOUNS = words("body_head_nouns")
NGO_NOUNS = frozenset({"group", "watchdog", "charity"})  # "the group" after Amnesty is named
NGO_QUALIFIERS = frozenset({"rights", "aid", "advocacy", "humanitarian", "relief"})
NGO_REACH = 2  # sentences back
NGO_RULE = "mention.ngo_reference"
MISSION_REFS = frozenset({"mission", "observers", "monitors"})
MISSION_RULE = "mention.mission_reference"
COUNTRY_NOUNS = words("country_nouns")
PLURAL_COUNTRY_NOUNS = words("plural_country_nouns")
SMALL_REGION = 5  # "the Baltic states" with none named: all three (not "the African countries")
OBJECT_PRONOUNS = frozenset({"him", "her"})
# "its two neighbours": the doer's two others ("her" also as a possessor: only as an object)
PAIR_POSSESSIVES = words("body_possessives")


class ReferenceReader:
    """The finder's reading of references (see ``finder._Finder``)."""

    # -- references ----------------------------------------------------------------------
    def pronoun(self, i: int) -> list[ActorSpan] | None:
        if self.keys[i] not in PERSON_PRONOUNS:
            return None
        clause_subject = self._clause_subject(i)
        ante = self.story.person_before(
            i, self.sent_of[min(i, self.n - 1)], not_within=clause_subject
        )
        if ante is None:
            return None
        actor = Actor(text="", name=ante.name, country=ante.country, sector=ante.sector)
        if not ante.country:  # "the interior minister": placed by the fallback, then copied
            self.antecedents[i] = ante
        which = "most recent person" if clause_subject is None else "the person named as object"
        rule = (
            f"pronoun '{self.texts[i]}' -> {which} {ante.name or ante.text} -> {actor.code or '?'}"
        )
        return [self._span(i, i + 1, actor, "reference", rule)]

    def _clause_subject(self, i: int) -> range | None:
        """For an object pronoun ("urged *him*", "told *her*", "met with *him*"): the tokens of
        its clause's subject, whom it cannot mean (a reflexive would); else None."""
        if not self.parsed:
            return None
        tok = self.doc[i]
        if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        while True:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head  # "Police arrested X and accused *him*": it shares the subject
        if subj is None:
            return None
        return range(subj.left_edge.i, subj.right_edge.i + 1)

    def _acting_states(self, q: int) -> set[str]:
        """The states named in the subject of the clause whose object (direct, or of a
        preposition) is the noun at ``q``: "*China* called on both sides"; none when the noun
        is no object or the parse is missing."""
        if not self.parsed:
            return set()
        tok = self.doc[q]
        if tok.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return set()
        # the subject itself and its name words ("China", "South Korea", "China's ministry",
        # "Chinese officials"), not a place in its phrase ("the UN mission *in X*")
        own = [subj, *(c for c in subj.children if c.dep_ in ("compound", "poss", "amod"))]
        at = {t.i for w in own for t in (w, *(c for c in w.children if c.dep_ == "compound"))}
        return {iso for t, iso in self.story.countries if t in at and is_state(iso)}

    def _alone(self, j: int) -> bool:
        """The noun at ``j`` ends its phrase: not "the council *of* ministers", "the fund
        *manager*"."""
        if j + 1 >= self.n:
            return True
        nxt = self.doc[j + 1]
        return nxt.lower_ != "of" and nxt.pos_ not in ("NOUN", "PROPN")

    def reference(self, i: int, j: int, det: bool) -> list[ActorSpan] | None:
        """'the two countries', 'both sides', 'the Caribbean country', 'the island'."""
        k = self.keys
        # plural: the two countries / both nations
        if ((det or k[i] in PAIR_POSSESSIVES) and k[j] == "two" or k[i] == "both") and j < self.n:
            q = j + 1 if k[j] == "two" else (i + 1 if k[i] == "both" else j)
            if q < self.n and k[q] in PLURAL_COUNTRY_NOUNS:
                # states only: "the two countries" are not the bloc named beside them
                two = self.story.salient_states(2)
                acting = self._acting_states(q) & set(two)
                if acting:
                    # "China called on *both sides*", "Niger accused *its two neighbours*":
                    # the two are others than the clause's doer (mention.pair_without_doer)
                    two = [c for c in self.story.salient_states(2 + len(acting)) if c not in acting]
                if len(two) == 2:
                    a1 = Actor(text="", name=lx.country_name(two[0]), country=two[0])
                    a2 = Actor(text="", name=lx.country_name(two[1]), country=two[1])
                    rule = f"'{self.doc[i : q + 1].text}' -> the two countries named most of late {two[0]}, {two[1]}"
                    if acting:
                        rule += f", not the doer's {', '.join(sorted(acting))} [mention.pair_without_doer]"
                    sp = self._span(i, q + 1, a1, "reference", rule, also=[a2])
                    sp.also[0].text = sp.actor.text
                    return [sp]
        if not det:
            return None
        half = self._half_of_pair(i, j)
        if half is not None:
            return half
        if k[j] in BLOC_NOUNS and k[i] == "the" and self.story.bodies:
            # "the bloc", "the alliance": the international body the story named last (a UN
            # body only for "the organisation")
            un_ok = k[j] in ("organisation", "organization")
            body = self.story.last_body(un_ok)
            if body is not None:
                actor = Actor(text="", name=body.name, country=body.country)
                rule = f"'{self.doc[i : j + 1].text}' -> the body named last, {body.name}"
                return [self._span(i, j + 1, actor, "reference", rule)]
        if k[i] == "the" and k[j] in MISSION_REFS and self.story.mission_body and self._alone(j):
            # "the mission", "the observers" after "the EU's election observation mission"
            body = self.story.mission_body
            actor = Actor(text="", name=body.name, country=body.country)
            rule = f"'{self.doc[i : j + 1].text}' -> the body of the mission named last, {body.name} [{MISSION_RULE}]"
            return [self._span(i, j + 1, actor, "reference", rule)]
        if k[i] == "the" and self.story.ngos and (ngo := self._ngo_reference(i, j)) is not None:
            return ngo
        if k[i] == "the" and k[j] in BODY_HEAD_NOUNS and self.story.bodies and self._alone(j):
            # "the council" after "the U.N. Security Council", "the Fund" after "the
            # International Monetary Fund": the last body whose name ends in that noun
            body = next((b for b in reversed(self.story.bodies) if k[j] in _last_words(b)), None)
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
            if q < self.n and k[q] in PLURAL_COUNTRY_NOUNS and k[q] not in ("parties", "sides"):
                return self._region_plural(i, q, reg.countries)
            noun_follows = q < self.n and k[q] in COUNTRY_NOUNS
            if not noun_follows and key != ("island",):
                continue
            end = q + 1 if noun_follows else q
            iso = self.story.recent_countries(1, within=reg.countries)
            if not iso:
                return None
            actor = Actor(text="", name=lx.country_name(iso[0]), country=iso[0])
            if noun_follows and k[q] == "government":
                _as_government(actor)
            rule = f"description '{self.doc[i:end].text}' -> most recent matching country {iso[0]}"
            return [self._span(i, end, actor, "reference", rule)]
        form = self._state_form(i, j)
        if form is not None:
            return form
        if k[j] in ("country", "nation", "island") and not self._atom_is_role(j):
            iso = self.story.recent_countries(1, foreground=True)
            if iso:
                actor = Actor(text="", name=lx.country_name(iso[0]), country=iso[0])
                rule = f"'{self.doc[i : j + 1].text}' -> most recent country {iso[0]}"
                last = self.story.recent_countries(1)
                if last and last != iso:  # "a former prime minister of X" named after it
                    rule += f", not {last[0]} of a description [mention.background_state]"
                return [self._span(i, j + 1, actor, "reference", rule)]
        return None

    def _ngo_reference(self, i: int, j: int) -> list[ActorSpan] | None:
        """ "the group", "the rights group", "the watchdog" right after a non-governmental body
        of no one state was named ("Amnesty International said ... *The group* called on X"):
        that body, when it was named in this sentence or the one or two before (rule
        mention.ngo_reference; branch bodies47). Not when another group (an armed group, a party,
        a company, a national rights group) was named since: "the group" may mean that one."""
        end = j + 1
        if self.keys[j] in NGO_QUALIFIERS and end < self.n and self.keys[end] in NGO_NOUNS:
            end += 1  # "the rights group", "the aid group"
        elif self.keys[j] not in NGO_NOUNS:
            return None
        if not self._alone(end - 1):
            return None
        sent = self.sent_of[i]
        named, body = self.story.ngos[-1]
        if body is None or not 0 <= sent - named <= NGO_REACH:
            return None
        actor = Actor(text="", name=body.name, country=body.country)
        rule = f"'{self.doc[i:end].text}' -> the non-governmental body named last, {body.name} [{NGO_RULE}]"
        return [self._span(i, end, actor, "reference", rule)]

    def _region_plural(self, i: int, q: int, within: frozenset[str]) -> list[ActorSpan] | None:
        """ "the Baltic states", "the Nordic governments": every member of the region the story
        has named (a small region's members all, when the story names none of them); rule
        mention.region_plural."""
        isos = list(reversed(self.story.recent_countries(len(within), within=within)))
        if not isos and len(within) <= SMALL_REGION:
            isos = sorted(within)
        if not isos:
            return None
        actors = [Actor(text="", name=lx.country_name(c), country=c) for c in isos]
        if self.keys[q] == "governments":
            for a in actors:
                _as_government(a)
        rule = f"description '{self.doc[i : q + 1].text}' -> the region's states {', '.join(isos)}"
        sp = self._span(
            i, q + 1, actors[0], "reference", rule, also=actors[1:], rule_id="mention.region_plural"
        )
        for a in sp.also:
            a.text = sp.actor.text
        return [sp]

    def _state_form(self, i: int, j: int) -> list[ActorSpan] | None:
        """ "the kingdom", "the emirate's ruler", "the republic": the most recent state of that
        form of government (data/actors/state_forms.tsv, rule mention.state_form); not "the
        Kingdom of ...", "the Republic of ...", which name a state themselves."""
        forms = lx.state_forms()
        for n in (2, 1):
            key = tuple(self.keys[j : j + n])
            if key not in forms or key == ("monarchy",) or self.keys[i] != "the":
                continue
            end = j + n
            if end + 1 < self.n and self.keys[end] == "of" and self.texts[end + 1][:1].isupper():
                return None  # "the Kingdom of Bhutan": a name
            within = forms[key]
            recent = self.story.recent_countries(12, within=within)
            if within is None:  # a republic: any state not a monarchy
                recent = [c for c in recent if is_state(c) and c not in forms[("~",)]]
            if not recent:
                return None
            actor = Actor(text="", name=lx.country_name(recent[0]), country=recent[0])
            words = self.doc[i : j + n].text
            rule = f"'{words}' -> most recent state of that form {recent[0]}"
            return [self._span(i, j + n, actor, "reference", rule, rule_id="mention.state_form")]
        return None

    def _half_of_pair(self, i: int, j: int) -> list[ActorSpan] | None:
        """ "the North", "the South" in a story that names both states of a divided pair (North
        and South Korea; Sudan and South Sudan): the state of that half."""
        side = self.keys[j]
        if side not in ("north", "south") or self.keys[i] != "the":
            return None
        if not self.texts[j][:1].isupper():
            return None
        if j + 1 < self.n and self.texts[j + 1][:1].isupper():
            return None  # "the South China Sea", "the North Atlantic"
        recent = self.story.recent_countries(12)
        # a page of datelined briefs: "SEOUL - North Korea fired ... the South": the item's
        # dateline (blanked before parsing) names the other half
        filed = [c for at, c, _ in getattr(self, "items", ()) if at <= self.doc[i].idx]
        if filed and filed[-1] and filed[-1] not in recent:
            recent.append(filed[-1])
        names = {(lx.country_name(iso) or "").lower(): iso for iso in recent}
        other = "south" if side == "north" else "north"
        for name, iso in names.items():
            if name.startswith(side + " "):  # "the South" -> South Korea, beside North Korea
                base = name[len(side) + 1 :]
                partner = base in names or f"{other} {base}" in names
            else:  # "the North" -> Sudan, beside South Sudan
                partner = f"{other} {name}" in names
            if partner:
                actor = Actor(text="", name=lx.country_name(iso), country=iso)
                rule = f"'{self.doc[i : j + 1].text}' -> {iso}, the {side}ern half of a pair the story names"
                return [self._span(i, j + 1, actor, "reference", rule)]
        return None


def _last_words(body: Actor) -> set[str]:
    """The last words of a body's mention and name ("council" of "UN Security Council")."""
    return {t.split()[-1].lower() for t in (body.text, body.name) if t and t.split()}


def _as_government(actor: Actor) -> None:
    """The state's government ("the Caribbean country's *government*"): sector GOV, its code
    derived anew."""
    actor.sector = "GOV"
    actor.code = None
    actor.__post_init__()
