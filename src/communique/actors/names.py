"""Places and persons by name: gazetteer places ("in Aleppo" -> SYR), people from the story's
own registry or the office-holder knowledge base ("Sergei Lavrov" -> RUSGOV). A part of the
actor finder."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from communique.actors import lexicon as lx
from communique.actors.leaders import holder_on
from communique.actors.persons import kb_actor
from communique.actors.spans import ActorSpan, compound_head
from communique.model import Actor
from communique.vocabulary import words

NAME_PARTICLES = words("name_particles")
# "a *Lyon* court", "the *Antwerp* District Court": the court nouns and the words of its level
# that may stand between a city and the court it names (rule mention.court_city)
COURT_NOUNS = words("seated_court_nouns")
COURT_LEVEL_WORDS = words("court_level_words")
COURT_CITY_RULE = "mention.court_city"
# "X, *the deputy foreign minister*, said": an office no state is named for gives its sector
TITLE_APPOSITION_SECTORS = words("title_apposition_sectors")
APPOSITION_CLOSERS = frozenset({",", ".", ";", ")"})
TITLE_RULE = "mention.appositive_title"
# "has been", "is", "became": sorted longest first, as word tuples
PERSON_COPULAS = sorted((tuple(w.split()) for w in words("person_copulas")), key=len, reverse=True)


def hyphen_tail(doc: Doc, i: int) -> bool:
    """The token ends a hyphenated name (``communique.places.locate.hyphen_tail``; imported
    when called, as the places package imports the actors' lexicon)."""
    from communique.places.locate import hyphen_tail as tail

    return tail(doc, i)


class NameReader:
    """The finder's reading of place and person names (see ``finder._Finder``)."""

    # -- places ----------------------------------------------------------------------------
    def story_countries(self, name: str) -> frozenset[str]:
        """The countries the whole story names (by a country's name or adjective), to choose
        among places sharing ``name``; looked for only when places in several countries share
        it, and once per story."""
        from communique.places.gazetteer import gazetteer, region_countries

        regions = region_countries(name)
        here = {p.country for p in gazetteer().lookup(name)} | regions
        return self.story_countries_of(frozenset(c for c in here if c), regions)

    def _country_counts(self) -> dict[str, int]:
        """How often the story names each state by its name or adjective (the states noted so
        far, the dateline's among them, at least once), counted once per story."""
        counts = getattr(self, "_story_country_counts", None)
        if counts is None:
            counts = {}
            for j in range(self.n):
                if self.texts[j][:1].isupper():
                    m = self.lex.match_at(self.keys, self.texts, j)
                    if m and m[1].kind in (lx.COUNTRY_NAME, lx.COUNTRY_ADJ) and m[1].country:
                        counts[m[1].country] = counts.get(m[1].country, 0) + 1
            for _, iso in self.story.countries:
                counts.setdefault(iso, 0)
            self._story_country_counts = counts
        return counts

    def story_countries_of(
        self, here: frozenset[str], regions: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """Those of the countries ``here`` that the story names (when there are two or more).
        Where the story names two or more of the ``regions`` (the states with a state,
        province or region so named), only the story's own state among those: the dateline's,
        else the one it names most often ("Punjab" on a story filed from or mostly about
        Pakistan is Pakistan's province, though India is named too; rule
        mention.story_state_place); a tie keeps them all. Cities are left to the gazetteer's
        reading ("Geneva" stays the Swiss city on a story that names the USA more)."""
        if len(here) < 2:
            return frozenset()
        counts = self._country_counts()
        found = frozenset(counts) & frozenset(here)
        shared = found & regions
        if len(shared) < 2:
            return found
        own = self.story.dateline_country
        if own in shared:
            return (found - shared) | {own}
        ranked = sorted(shared, key=lambda c: counts.get(c, 0), reverse=True)
        if counts.get(ranked[0], 0) > counts.get(ranked[1], 0):
            return (found - shared) | {ranked[0]}
        return found

    def story_state_picked(self, name: str, iso: str | None) -> bool:
        """Whether ``iso``, the reading of place ``name``, is the story's own state chosen among
        two or more states the story names that have a region so called (rule
        mention.story_state_place)."""
        from communique.places.gazetteer import region_countries

        if not iso:
            return False
        regions = region_countries(name)
        shared = frozenset(self._country_counts()) & regions
        return (
            len(shared) >= 2
            and iso in shared
            and shared - self.story_countries_of(shared, regions) != frozenset()
        )

    def region_spans(self) -> dict[int, tuple[int, str]]:
        """start -> (end, country) of the regions of several capitalised words in the story
        whose words the lexicon would read as another country ("*New* South *Wales*",
        "*British* Columbia", "New *Mexico*"); found once per story, a dictionary look-up per
        capitalised word."""
        found = getattr(self, "_region_spans", None)
        if found is not None:
            return found
        from communique.places.gazetteer import region_at

        found = {}
        j = 0
        while j < self.n:
            hit = region_at(self.keys, j) if self.texts[j][:1].isupper() else None
            if (
                hit is None
                or hit[0] - j < 2
                or not all(t.text[:1].isupper() or not t.is_alpha for t in self.doc[j : hit[0]])
            ):
                j += 1
                continue
            end, countries = hit
            inner = [self.lex.match_at(self.keys, self.texts, k) for k in range(j, end)]
            if any(
                m and m[1].kind in lx.COUNTRY_KINDS and m[1].country not in countries for m in inner
            ):
                iso = _place_country(
                    self.doc[j:end].text, self.story_countries_of(countries, countries)
                )
                if iso:
                    found[j] = (end, iso)
                    j = end
                    continue
            j += 1
        self._region_spans = found
        return found

    def in_region(self, i: int) -> bool:
        """Token ``i`` lies inside a region name found by ``region_spans``."""
        return any(s <= i < e for s, (e, _) in self.region_spans().items())

    def region_name(self, i: int) -> list[ActorSpan] | None:
        """A state, province or region of several words whose first words would read as a
        country or its adjective ("*British Columbia*", "*New South Wales*", "*West Bengal*",
        "*Northern Ireland*"): the whole name, read before the lexicon reads its parts. Also
        "*London, Ontario*": a city named after a capital, placed by the region after it."""
        if not self.texts[i][:1].isupper():
            return None
        hit = self.region_spans().get(i)
        if hit is not None:
            end, iso = hit
            span = self.doc[i:end]
            actor = Actor(text="", name=span.text, country=iso)
            rule = f"place '{span.text}' (ISO 3166-2 region, read whole) -> {iso}"
            return [self._span(i, end, actor, "country", rule, rule_id=REGION_RULE)]
        a = self.atom(i)
        if a is None or a.entry.kind != lx.CAPITAL:
            return None
        region = self._region_after(a.end) if self.tagged else None
        if region is None:
            return self._old_capital_name(i, a.end, a.entry.country)
        from communique.places.gazetteer import geocode_in_region

        text = self.doc[i : a.end].text
        loc = geocode_in_region(text, region)
        if loc is None or not loc.country or loc.country == a.entry.country:
            return None
        actor = Actor(text="", name=text, country=loc.country)
        rule = f"place '{text}' (gazetteer, in '{region}') -> {loc.country}"
        return [self._span(i, a.end, actor, "country", rule)]

    def _old_capital_name(self, i: int, end: int, capital_of: str | None) -> list[ActorSpan] | None:
        """A capital's former or other name that is also a town's own name in a country the
        story names, where the capital's country goes unnamed ("Salisbury" in a story about
        Britain: the English town, not Harare): that town. A capital under its own name
        ("Moscow") stays the capital."""
        from communique.places.gazetteer import CITY, gazetteer

        text = self.doc[i:end].text
        places = gazetteer().lookup(text)
        if not capital_of or any(p.country == capital_of and p.kind == CITY for p in places):
            return None
        prefer = self.story_countries(text)
        if capital_of in prefer:
            return None
        towns = [p for p in places if p.kind == CITY and p.country in prefer]
        if not towns:
            return None
        town = max(towns, key=lambda p: p.population)
        actor = Actor(text="", name=text, country=town.country)
        rule = f"place '{text}' (a town of the story's country, not the capital once so named) -> {town.country}"
        return [self._span(i, end, actor, "country", rule)]

    def _untagged_city(self, i: int) -> list[ActorSpan] | None:
        """A one-word proper noun the tagger missed or mislabelled ("shelled *Aleppo*",
        "in *Rafah*") that is a large city (a very large one if the tagger called it a person
        or an organisation): its country. Only the object of a verb or a preposition, where a
        place is expected, and never a known person."""
        t = self.doc[i]
        if t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        # the small model also calls big cities people, groups or organisations ("captured
        # *Aleppo*")
        floor = (
            MISLABELLED_CITY_POP if t.ent_type_ in ("PERSON", "ORG", "NORP") else UNTAGGED_CITY_POP
        )
        from communique.places.gazetteer import designated_at

        # "in the *Kherson* region": a word of administrative kind after it says a place
        # (rule mention.admin_designation)
        designated = t.dep_ == "compound" and t.head.i == i + 1 and designated_at(self.doc, i + 1)
        court = self._court_city_word(i)
        if (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS) or designated or court:
            floor = PREPOSITION_CITY_POP  # "withdrew from *Kherson*": the preposition says a place
        if (t.dep_ not in ("pobj", "dobj", "npadvmod") and not designated and not court) or (
            i == t.sent.start
        ):
            return None
        if (i + 1 < self.n and self.doc[i + 1].pos_ == "PROPN" and not court) or (
            i > 0 and self.doc[i - 1].pos_ == "PROPN"
        ):
            return None  # part of a longer name
        if i > 1 and self.texts[i - 1] in NAME_PARTICLES and self.texts[i - 2][:1].isupper():
            return None  # "Pueblo de *Moreno*", "Ciudad del *Este*": the tail of a longer name
        if hyphen_tail(self.doc, i):
            return None  # "KwaZulu-*Natal*": the end of a hyphenated name
        if self.story.registry.lookup(t.text):
            return None
        from communique.places.gazetteer import best, gazetteer

        cities = [p for p in gazetteer().lookup(t.text) if p.population >= floor]
        if not cities:
            return None
        # once it reads as a place, one of its name in the story's own countries comes first
        # ("Salisbury" in a story about Britain: the English town, not Harare's old name)
        prefer = self.story_countries(t.text)
        from communique.places.gazetteer import region_countries

        regions = region_countries(t.text) & prefer
        if regions and not any(c.country in prefer for c in cities):
            iso = sorted(regions)[0]  # "Kent" in a story about Britain: the English county
            actor = Actor(text="", name=t.text, country=iso)
            rule = f"place '{t.text}' (ISO 3166-2 region of the story's country) -> {iso}"
            rid = STORY_STATE_RULE if self.story_state_picked(t.text, iso) else REGION_RULE
            return [self._span(i, i + 1, actor, "country", rule, rule_id=rid)]
        cities = [p for p in gazetteer().lookup(t.text) if p.country in prefer] or cities
        city = best(cities, prefer)  # the larger, or a European original of like size
        if city is None:
            return None
        actor = Actor(text="", name=t.text, country=city.country)
        if court:
            rule = f"place '{t.text}' (gazetteer city naming the court it seats) -> {city.country}"
            return [self._span(i, i + 1, actor, "country", rule, rule_id=COURT_CITY_RULE)]
        rule = f"place '{t.text}' (gazetteer city, not tagged as a place) -> {city.country}"
        return [self._span(i, i + 1, actor, "country", rule)]

    def _court_city_word(self, i: int) -> bool:
        """ "a *Lyon* court", "the *Antwerp* district court", "the *Porto* Court of Appeal": a
        one-word proper noun modifying a court noun (vocabulary seated_court_nouns), with only
        words of the court's level between (vocabulary court_level_words), names the city the
        court sits in; the tagger often calls it an organisation. A city's court is of the city's
        state (rule mention.court_city), never the story's most named state; cities of
        international courts ("the Hague tribunal") are then left out as seats
        (mention.court_seat_modifier)."""
        t = self.doc[i]
        if not self.parsed or t.dep_ not in ("compound", "nmod") or t.head.i <= i:
            return False
        head = t.head
        if head.lemma_.lower() not in COURT_NOUNS and head.lower_ not in COURT_NOUNS:
            return False
        return all(w.lower_ in COURT_LEVEL_WORDS for w in self.doc[i + 1 : head.i])

    def _untagged_region(self, i: int) -> list[ActorSpan] | None:
        """A state, province or region (first-level, ISO 3166-2) the tagger missed or called a
        people or a person ("police in *Maharashtra*", "*Tamil Nadu* police"): its country. Only
        where a place is expected: after a preposition of place, or naming whose a noun is."""
        if not self.parsed or self.doc[i].pos_ != "PROPN":
            return None
        from communique.places.gazetteer import first_level_countries, region_at

        hit = region_at(self.keys, i)
        if hit is None:
            return None
        end = hit[0]
        span = self.doc[i:end]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
            return None
        if end < self.n and self.doc[end].pos_ == "PROPN":
            return None  # part of a longer name
        if hyphen_tail(self.doc, i) or self.story.registry.lookup(span.text):
            return None
        if not first_level_countries(span.text):
            return None
        ent = self.doc[i].ent_type_
        last = self.doc[end - 1]
        if last.dep_ == "pobj" and last.head.lower_ in IN_PLACE_PREPOSITIONS:
            where = True  # "police in *Tuscany*", whatever the tagger called it
        elif ent not in ("", "NORP", "GPE", "LOC"):
            return None  # elsewhere a person or an organisation so named ("Victoria")
        else:
            where = (last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPOSITIONS) or (
                last.dep_ in ("compound", "poss")
                and last.head.i >= end
                and (end - i > 1 or ent != "")  # "*Tamil Nadu* police"; one bare word: a name?
            )
        if not where:
            return None
        iso = _place_country(span.text, self.story_countries(span.text))
        if not iso:
            return None
        actor = Actor(text="", name=span.text, country=iso)
        rule = f"place '{span.text}' (ISO 3166-2 region, not tagged as a place) -> {iso}"
        rid = REGION_RULE
        if self.story_state_picked(span.text, iso):
            rule += " (the story's own state among those with a region so called)"
            rid = STORY_STATE_RULE
        return [self._span(i, end, actor, "country", rule, rule_id=rid)]

    def place(self, i: int) -> list[ActorSpan] | None:
        """A city or region the tagger calls GPE/LOC and the gazetteer knows ("Basra", "Darfur"):
        its country, as the press uses places for the people and authorities there."""
        if not self.tagged:
            return None
        if self.doc[i].ent_type_ not in PLACE_ENTS or self.doc[i].ent_iob_ != "B":
            return self._untagged_city(i) or self._untagged_region(i)
        ent = self._ent_at(i) if self.parsed else None
        if ent is None or ent.end - ent.start > 4:
            return None
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        if self.story.registry.lookup(text):
            return None  # a person already introduced ("Lagos" the president, later)
        iso, how = _place_country(text, self.story_countries(text)), "gazetteer"
        region = self._region_after(ent.end)
        if region is not None:  # "Birmingham, Alabama": the Birmingham in Alabama's country
            from communique.places.gazetteer import geocode_in_region

            loc = geocode_in_region(text, region)
            if loc is not None and loc.country:
                iso, how = loc.country, f"gazetteer, in '{region}'"
        if not iso:
            return None
        if how == "gazetteer" and not self._word_town_placed(ent.start, ent.end, text):
            return None  # "*Federal* teams", "*Best* estimates": a word, not the town
        actor = Actor(text="", name=text, country=iso)
        from communique.places.gazetteer import region_countries

        if how == "gazetteer" and iso in region_countries(text):
            how, rid = "ISO 3166-2 region", REGION_RULE
        else:
            rid = ""
        if how in ("gazetteer", "ISO 3166-2 region") and self.story_state_picked(text, iso):
            how, rid = (
                f"{how}; the story's own state among those with a place so called",
                STORY_STATE_RULE,
            )
        rule = f"place '{text}' ({how}) -> {iso}"
        return [self._span(ent.start, ent.end, actor, "country", rule, rule_id=rid)]

    def _word_town_placed(self, start: int, end: int, text: str) -> bool:
        """Whether a place the tagger found is read as a place: any but a small town whose name
        is also an English word (rule mention.word_town), which needs a preposition of place
        ("clashes *in* Best") or a noun of settlement ("the town *of* Federal") before it."""
        from communique.places.gazetteer import word_town

        if not word_town(text):
            return True
        last = self.doc[end - 1]
        if last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPOSITIONS | {"at", "to"}:
            return True
        return start > 1 and self.keys[start - 1] == "of" and self.keys[start - 2] in SETTLEMENTS

    def _ent_at(self, i: int) -> Span | None:
        """The named entity that starts at token ``i`` and ends within its sentence (what
        ``doc[i].sent.ents`` holds), from a table of the Doc's entities built once per story."""
        table = getattr(self, "_ents_by_start", None)
        if table is None:
            table = self._ents_by_start = {e.start: e for e in self.doc.ents}
        ent = table.get(i)
        if ent is None or ent.end > self.doc[i].sent.end:
            return None
        return ent

    def _region_after(self, end: int) -> str | None:
        """ "Birmingham*, Alabama*": the place name set off by a comma after a place, if any."""
        if end + 1 >= len(self.doc) or self.doc[end].text != ",":
            return None
        nxt = self.doc[end + 1]
        if nxt.ent_type_ not in PLACE_ENTS or nxt.ent_iob_ != "B":
            return None
        stop = end + 2
        while stop < len(self.doc) and self.doc[stop].ent_iob_ == "I":
            stop += 1
        return self.doc[end + 1 : stop].text

    # -- names ---------------------------------------------------------------------------
    def _name_run(self, j: int, need_person_ent: bool = False) -> tuple[int, int] | None:
        """Proper-noun tokens from ``j`` ("Miguel Diaz - Canel"), as (start, end)."""
        if j >= self.n or not (self._namey(j) or self._joined_particle(j)):
            return None
        if need_person_ent and self.doc[j].ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE"):
            return None
        e = j
        while e < self.n:
            if e > j and e + 1 < self.n and self._syllable(e):  # "Moon Jae-in"
                e += 2
            elif self._joined_particle(e):  # "Badr *al-*Harthy", "Tareq *el-*Masri"
                e += 3
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

    def _joined_particle(self, e: int) -> bool:
        """A lower-case particle joined by a hyphen to the capitalised rest of a name ("Badr
        *al-Harthy*", "*el-Masri* said"; vocabulary name_particles)."""
        doc = self.doc
        return (
            e + 2 < self.n
            and self.texts[e] in NAME_PARTICLES
            and self.texts[e + 1] in ("-", "\u2011")
            and not doc[e].whitespace_
            and not doc[e + 1].whitespace_
            and self._namey(e + 2)
        )

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
            return (
                t.pos_ == "PROPN"
                or t.ent_type_ == "PERSON"
                or self._mistagged_holder(t)
                or self._registered_noun(t)
            )
        return t.is_alpha

    def _registered_noun(self, t: Token) -> bool:
        """A capitalised word the tagger read as a common noun ("*Santos* urged ...", tagged a
        plural at a sentence's start) that is a name of a person the story has introduced
        (rule mention.registered_surname)."""
        return (
            t.tag_ in ("NN", "NNS")
            and t.is_alpha
            and not t.is_upper
            and self.story.registry.lookup(t.text) is not None
        )

    def _mistagged_holder(self, t: Token) -> bool:
        """A capitalised word the tagger read as a common noun, verb or adjective ("*Trump*
        imposed ...", "invited PM *Modi*") that names someone in office on the story's date: a
        name all the same (a verb or adjective only inside a sentence, where capitals mean names)."""
        return (
            (
                t.pos_ == "NOUN"
                or (t.pos_ in ("VERB", "ADJ") and not t.is_sent_start)
                or (t.pos_ == "ADJ" and t.dep_ == "ROOT")  # "Trump imposed ..." with no verb
            )
            and not t.ent_type_
            and t.is_alpha
            and self.when is not None
            and holder_on(t.text, self.when) is not None
        )

    def person(self, i: int) -> list[ActorSpan] | None:
        if not self._joined_particle(i) and (not self.texts[i][:1].isupper() or not self._namey(i)):
            return None
        t = self.doc[i]
        run = self._name_run(i)
        if run is None:
            return None
        s, e = run
        other = ""  # a known person of the surname the story's first name says is not theirs
        # try the longest known stretch first: whole run, then drop first names
        for a in range(s, e):
            text = self.doc[a:e].text
            hit = self.story.registry.lookup(text)
            if hit and _other_first_name(self.texts[s:a], hit[0].name):
                other, hit = hit[0].name or "", None
            if hit:
                actor, why = hit
                new = Actor(text="", name=actor.name, country=actor.country, sector=actor.sector)
                rule = (
                    f"name '{text}' introduced earlier ({why.split(';')[0]}) -> {new.code or '?'}"
                )
                if self.tagged and a == e - 1 and self._registered_noun(self.doc[a]):
                    rule += f" [{REGISTERED_SURNAME_RULE}]"
                return [self._span(s, e, new, "person", rule)]
            known = kb_actor(text, self.when)
            if known and _other_first_name(self.texts[s:a], known[0].name):
                other, known = known[0].name or "", None
            if known:
                actor, why = known
                self.story.registry.register(self.doc[s:e].text, actor, why)
                return [self._span(s, e, actor, "person", f"name '{text}': {why} -> {actor.code}")]
        held = self._role_held(e)
        if t.ent_type_ != "PERSON" and self.tagged:
            # a name the tagger did not call a person, of two or more untagged proper nouns,
            # said to hold a state's office ("Jane Roe has been Ruritania's foreign minister")
            untagged = all(not self.doc[k].ent_type_ for k in range(s, e))
            chained = (  # rule mention.title_chain: a name, not more of the titles
                e - s >= 2 and self.titled_before(s) and not any(self.atom(k) for k in range(s, e))
            )
            if (held is None and not chained) or e - s < 2 or not untagged:
                return None
        ntext = self.doc[s:e].text
        actor = Actor(text="", name=ntext)
        rule = f"person '{ntext}' not in the knowledge base"
        if other:  # "Ibrahim Diarra" is not the known "Seydou Diarra"
            rule += f" (not {other}: another first name) [{OTHER_FIRST_NAME_RULE}]"
        # "X, the speaker of the State Duma," / "X, a Russian diplomat"
        if e + 1 < self.n and self.texts[e] == ",":
            app = self.phrase(e + 1)
            if app and app[-1].actor.country and app[-1].kind in ("role", "group", "body"):
                a = app[-1].actor
                actor = Actor(text="", name=ntext, country=a.country, sector=a.sector)
                rule += f" + appositive '{a.text}' -> {actor.code}"
            elif (
                app
                and len(app) == 1
                and app[0].kind == "role"
                and app[0].actor.sector in TITLE_APPOSITION_SECTORS
                and app[0].end < self.n
                and self.texts[app[0].end] in APPOSITION_CLOSERS
            ):
                # "X, the deputy foreign minister, said": the office's holder, placed later
                # as the title alone would be (not "X, a lawyer for the families,")
                actor = Actor(text="", name=ntext, sector=app[0].actor.sector)
                said = self.doc[app[0].start : app[0].end].text
                rule += f" + appositive title '{said}' -> {app[0].actor.sector} [{TITLE_RULE}]"
                self.story.registry.register(ntext, actor, rule)
        if actor.country is None and held is not None:
            # "X has been Ruritania's foreign minister since March": a role the name is said to hold
            actor = Actor(text="", name=ntext, country=held.country, sector=held.sector)
            rule += f" + role held '{held.text}' -> {actor.code}"
        if actor.country is None:
            iso = self._nationality_near(s)
            if iso:
                actor = Actor(text="", name=ntext, country=iso)
                rule += f" + nationality word nearby -> {iso}"
        if actor.country:
            self.story.registry.register(ntext, actor, rule)
        return [self._span(s, e, actor, "person", rule)]

    def _role_held(self, e: int) -> Actor | None:
        """The state's role a name is said to hold by the linking verb after it ("X *has been
        Ruritania's foreign minister*"), or None."""
        j = self._copula_after(e)
        if j is None:
            return None
        held = self.phrase(j)
        if held and held[0].start == j and held[-1].actor.country and held[-1].kind == "role":
            return held[-1].actor
        return None

    def _copula_after(self, e: int) -> int | None:
        """Where the predicate starts when a name is followed by a linking verb ("X *is*",
        "X *was*", "X *has been*", "X *became*", "X *has served as*"): vocabulary
        person_copulas, the longest first."""
        for phrase in PERSON_COPULAS:
            k = len(phrase)
            if tuple(t.lower() for t in self.texts[e : e + k]) == phrase:
                return e + k if e + k < self.n else None
        return None

    def _nationality_near(self, s: int) -> str | None:
        """A nationality adjective among the name's syntactic modifiers ("Russian dissident X")."""
        if not self.parsed:
            return None
        head = compound_head(self.doc[s])
        for child in list(head.children) + [head.head]:
            a = self.atom(child.i)
            if a and a.entry.kind in (lx.COUNTRY_ADJ, lx.COUNTRY_NAME):
                return a.entry.country
        return None


PLACE_ENTS = frozenset({"GPE", "LOC"})
REGISTERED_SURNAME_RULE = "mention.registered_surname"  # "Santos" tagged a common noun
OTHER_FIRST_NAME_RULE = "mention.other_first_name"  # "Ibrahim Diarra" is not "Seydou Diarra"


def _other_first_name(given: list[str], known: str | None) -> bool:
    """Whether the first names a story writes before a known surname ("*Ibrahim* Diarra") say
    the person is not the known one of that surname ("Seydou Diarra"): a first name neither
    among the known person's names nor sharing the initial of one of them (a spelling of the
    same name, "Moammar"/"Muammar", or an initial, "J."). A known name of one word says
    nothing (rule mention.other_first_name)."""
    names = [w.lower() for w in (known or "").replace("-", " ").split()]
    if len(names) < 2:
        return False
    firsts = [g.lower().rstrip(".") for g in given if g[:1].isalpha()]
    return any(g not in names and not any(n[:1] == g[:1] for n in names) for g in firsts)


REGION_RULE = "mention.region"  # a state, province or region standing for its country
# a place several states have, read as the story's own state's (rule mention.story_state_place)
STORY_STATE_RULE = "mention.story_state_place"
UNTAGGED_CITY_POP = 100_000  # a city the tagger missed counts only if this large
MISLABELLED_CITY_POP = 1_000_000  # one it called a person or an organisation: only this large
# prepositions of place: after them a city the tagger called a person counts from this size
PREPOSITION_CITY_POP = 50_000
# nouns of a settlement that name the place after "of" ("the town of X"; general English)
SETTLEMENTS = frozenset({"town", "city", "village", "port", "municipality", "district"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "from", "near", "outside", "across", "around"})
# prepositions after which a name is a place, not a person ("in", unlike "from" a sender)
IN_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout"})


@lru_cache(maxsize=4096)
def _place_country(text: str, prefer: frozenset[str] = frozenset()) -> str | None:
    """Country of a place name the lexicon does not know: the gazetteer's likeliest reading,
    the story's countries (``prefer``) first."""
    from communique.places.gazetteer import place_country

    return place_country(text, prefer)


def state_in_lexicon(place: str) -> str | None:
    """ISO3 of a whole name the actor lexicon reads as a country, its capital or seat
    ("Russia", "Moscow", "the Kremlin"); None for anything else (no gazetteer guess)."""
    lex = lx.lexicon()
    words = lx.tokenize(place)
    keys = [lx.norm(w) for w in words]
    if keys:
        m = lex.match_at(keys, words, 0)
        if m and m[0] == len(keys) and m[1].kind in lx.COUNTRY_KINDS:
            return m[1].country
    return None


def country_of_place(place: str, lead: frozenset[str] = frozenset()) -> str | None:
    """ISO3 of a place name: a country, capital or seat in the lexicon, else the gazetteer's
    likeliest reading (a state or province before a small foreign town of its name); ``lead``,
    the states a dateline's story opens with, picks among cities of one name in several
    countries (rule mention.dateline_lead_country)."""
    known = state_in_lexicon(place)
    if known:
        return known
    from communique.places.gazetteer import led_place_country, place_country

    if lead:
        return led_place_country(place, lead)  # "SAN JOSE" on a Costa Rican story
    return place_country(place)  # "Arizona": the US state, not a town in Honduras
