"""find_actors: every actor mention in a parsed story, resolved with what the story said earlier.

One left-to-right pass over the tokens. At each token the longest actor phrase is read:

    [det] [modifiers: country / seat / body, 's, senior, former ...]* [roles]* [of COUNTRY] [NAME]

plus persons by name (story registry, then the office-holder knowledge base), pronouns, and
descriptions ("the Caribbean country", "the two countries"). Every span says in ``rule`` why it
resolved so. Bare role words without a country ("the government", "police") take, in a final
pass, the country of the same word or title named just before ("the president" after "Indonesian
President X"), else the one state the lead places a story filed from a hub in, else the dateline
country, else the story's most frequent country.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from communique.actors import lexicon as lx
from communique.actors.blocs import regional_blocs
from communique.actors.composition import DETS, PhraseReader, _Atom
from communique.actors.features import FEATURE_RULE, feature_at, natural_feature
from communique.actors.filed_elsewhere import FiledElsewhereReader
from communique.actors.lookup import code_of
from communique.actors.memory import ActorMemory
from communique.actors.names import REGION_RULE as REGION_RULE_ID
from communique.actors.names import STORY_STATE_RULE, NameReader, country_of_place
from communique.actors.organisations import (
    INTERNATIONAL_CODES,
    OrganisationReader,
    continental,
    org_heads,
    vessel_name,
)
from communique.actors.page_voice import issuer_state
from communique.actors.persons import name_key
from communique.actors.placing import (
    APPOSITIVE_HOME_RULE,
    CITIZEN_RULE,
    CONVENER_RULE,
    DEPLOYER_RULE,
    SENDER_RULE,
    appositive_home,
    citizen_apposition,
    convener,
    deployer,
    sender,
)
from communique.actors.references import BLOC_NOUNS, BODY_HEAD_NOUNS, ReferenceReader
from communique.actors.relative_owner import WHOSE_OWNER_RULE, whose_owners
from communique.actors.spans import ActorSpan, compound_head, is_state
from communique.actors.ties import story_tie
from communique.articles.briefing import briefing_items, item_heads
from communique.articles.dateline import (
    Dateline,
    find_dateline,
    item_datelines,
    opening_dateline,
)
from communique.doctext import doc_text
from communique.model import Actor
from communique.vocabulary import words

PERSON_PRONOUNS = words("person_pronouns")
SUBJECT_PERSON_PRONOUNS = frozenset({"he", "she"})
# "He *urged* Lima", "she *accused* Quito": statements an official addresses to a state
OFFICIAL_ADDRESSED = words("official_addressed_verbs")
PRONOUN_NOT_TARGET_RULE = "mention.pronoun_not_target"
ENVOY_REACH = 4  # sentences a definite envoy title looks back for the envoy (as a body)
ENVOY_BEFORE_RULE = "mention.envoy_told_before"  # "X's ambassador ... *the envoy*"
ENVOY_TITLES = words("envoy_titles")
OPPOSITION_OWN_GOVERNMENT_RULE = "mention.opposition_own_government"
NAMED_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})  # a name, not "two"
UN_CHIEF_TITLES = words("un_chief_titles")
SECRETARIAT_TITLES = words("secretariat_titles")  # "the executive secretary": a body's officer
GUEST_HOSTING_VERBS = words("guest_hosting_verbs")


def source_text(doc: Doc) -> str:
    """The article's own text where the Doc parses it (same offsets): the parsed text has its
    datelines blanked (``communique.parsing.parse_text``), the article's still has them."""
    article = doc._.communique_article if Doc.has_extension("communique_article") else None
    text = getattr(article, "text", None)
    full = doc_text(doc)
    return text if isinstance(text, str) and len(text) == len(full) else full


def doc_item_datelines(doc: Doc) -> list[Dateline]:
    """The datelines opening the items of a page of short briefs ("MANILA - ...", "TBILISI -
    ..."; ``item_datelines`` of the article's own text), [] for a story; read once per Doc and
    kept on it for the actor finder and the context recipients."""
    return _kept_on_doc(doc, "communique_item_datelines", lambda: item_datelines(source_text(doc)))


def doc_item_starts(doc: Doc) -> list[int]:
    """Where the items of a page of datelined briefs start, each brief's title line above its
    dateline included (``item_heads``); [] for a story."""
    found = doc_item_datelines(doc)
    return item_heads(source_text(doc), [d.start for d in found]) if found else []


def doc_briefing_items(doc: Doc) -> list[int]:
    """The character offsets where the segments of a briefing page start (each short story
    of a newsletter: ``communique.articles.briefing``), [] for a story; read once per Doc."""
    return _kept_on_doc(doc, "communique_briefing_items", lambda: briefing_items(source_text(doc)))


def _kept_on_doc(doc: Doc, name: str, make: Callable[[], list[Any]]) -> list[Any]:
    """``make()``, computed once per Doc and kept in its extension ``name``."""
    if not doc.has_extension(name):
        Doc.set_extension(name, default=None)
    found = doc._.get(name)
    if found is None:
        found = make()
        doc._.set(name, found)
    return found


def doc_segment_starts(doc: Doc) -> list[int]:
    """Where the stories of a page of short, unrelated stories start: its datelined briefs'
    (``doc_item_starts``) and its briefing items' (``doc_briefing_items``), sorted; [] for a
    story. The sentence coder and the argument resolver both segment the page by these."""
    return sorted(set(doc_item_starts(doc)) | set(doc_briefing_items(doc)))


def segment_at(starts: list[int], at: int) -> int:
    """The index of the segment (of ``starts``, sorted) that character ``at`` lies in; -1
    before the first."""
    return max((k for k, start in enumerate(starts) if start <= at), default=-1)


# civilian crowds, placed by where the sentence says they are (not troops, who go abroad,
# nor refugees, who come from elsewhere)
CROWD_SECTORS = words("crowd_sectors")
MEMBER_NOUNS = words("member_nouns")  # "the council's *members*": not its staff
# a state's armed forces, police and spies: "the junta", "security forces" with no country
# named belong to the state whose forces the story named before
FORCES = words("state_force_sectors")
# what a claim says ("the *accusation that* X's agents ...", "*alleged that* X's troops ..."):
# vocabulary claim_nouns, rumour_nouns, and the verbs of claiming (rule mention.alleged_force)
ALLEGATION_NOUNS = words("claim_nouns") | words("rumour_nouns")
ALLEGING_VERBS = words("alleging_verbs")
ALLEGED_FORCE_RULE = "mention.alleged_force"
TOWN_NOUNS = words("town_nouns")  # "the *city's* court" (rule mention.town_owned)
TOWN_OWNED_RULE = "mention.town_owned"
MISSION_HOST_RULE = "mention.mission_host"
DIPLOMATIC_MISSIONS = words("diplomatic_missions")  # "the French *embassy* in Algiers"


def _mission_noun(tok: Token) -> bool:
    """ "the *embassy*", "the *consulate*", "the high *commission*" (vocabulary
    diplomatic_missions; a high commission is a Commonwealth state's embassy)."""
    low = tok.lemma_.lower()
    if low in DIPLOMATIC_MISSIONS:
        return True
    return low == "commission" and any(c.lower_ == "high" for c in tok.children)


ORIGIN_SECTORS = frozenset({"CVL", "REF"})  # people *from* a place are of it (_own_place)
SEATED_GOVERNMENT_HEADS = words("seated_government_heads")
POSTED_ABROAD = words("posted_abroad_words")
VISIT_VERBS = words("visit_verbs")
MEDIATOR_WORDS = words("mediator_words")
MEMBER_HEADS = frozenset({"states", "countries", "nations", "governments"})
LANGUAGE_WORDS = words("language_words")
WATER_BODIES = words("water_bodies")
VENUE_NOUNS = words("venue_nouns")  # meetings a body holds in a city (rule mention.body_venue)
BODY_CODES = frozenset({"EUR", "IGO", "UNO"})  # the codes of blocs and international bodies
LOC_PREPS = words("location_preps")
STANCE_PREFIXES = words("stance_prefixes")
COURT_SEATS = words("international_court_seats")
HUB_DATELINES = words("hub_datelines")
# "X declined to comment", "X has not reacted", "X is following the situation closely": a
# state named only as a bystander of the story's events (rule mention.dateline_bystander)
BYSTANDER_PHRASES = words("bystander_phrases")
BYSTANDER_SKIP = frozenset({"immediately", "publicly", "officially", "formally", "directly"})
SPOKESPERSON_NOUNS = words("spokesperson_nouns")
DEFINITE_DETS = words("definite_determiners")
REPORTING_VERBS = words("reporting_verbs")
# verbs of a verbal act ("criticised", "urged", "welcomed"): where one is done is where its
# speaker is (rule mention.speech_act_place)
SPEECH_ACT_VERBS = REPORTING_VERBS | words("performative_verbs")
# "*speaking in* Brussels, the envoy urged ...": the participle of speaking places its speaker
SPEAKING_VERBS = words("speaking_verbs")
VENUE_WORDS = words("venue_words")
EXILE_WORDS = words("exile_words")
# "a spokesman *for* X", "officials *from* X", "envoys *of* X": whom a role or group is sent for
SENT_FOR_PREPS = ("for", "from", "of", "representing")
SEAT_PARTICIPLES = words("seat_participles")
SEAT_VERBS = words("seat_verbs")  # "the court, *which sits in* X" (_seat_clause)
SEATED_COURT_NOUNS = words("seated_court_nouns")  # "a tribunal *in* X" (_court_seat)
INTERNATIONAL_COURT_MODIFIERS = words("international_court_modifiers")
INTERNATIONAL_COURT_CITIES = words("international_court_cities")


def _city_key(text: str) -> str:
    """A court city as the vocabulary lists it, with or without its article ("the Hague")."""
    return text.lower().removeprefix("the ").strip()


_COURT_CITY_KEYS = frozenset(_city_key(c) for c in INTERNATIONAL_COURT_CITIES)


def _court_city(text: str) -> bool:
    """Whether ``text`` ("The Hague", "Hague", "Strasbourg") names a city known as the seat of
    international courts (vocabulary international_court_cities), article or none."""
    return _city_key(text) in _COURT_CITY_KEYS


def _court_phrase(noun: Token) -> bool:
    """Whether ``noun`` (what a seat clause describes) is a court or its bench: "the
    *tribunal*, which sits in X", "the International *Tribunal* for the Law of the Sea, seated
    in X" (vocabulary seated_court_nouns)."""
    if noun.lemma_.lower() in SEATED_COURT_NOUNS or noun.lower_ in SEATED_COURT_NOUNS:
        return True
    return any(
        t.lower_ in SEATED_COURT_NOUNS for t in noun.subtree if t.i < noun.i and t.is_title
    ) or any(t.lower_ in SEATED_COURT_NOUNS for t in noun.lefts)


UN_NAME_WORDS = frozenset({"un", "u.n.", "u.n", "nations"})  # "the UN", "the United Nations"
UN_SEATS = frozenset({"new york", "united nations", "geneva"})
STATE_COUNCIL_RULE = "mention.state_security_council"
MAKE_PARTICIPLES = words("make_participles")
OWNER_PARTICIPLES = words("owner_participles")  # "a Greek-owned tanker" (owner_compound)
# "a Liberian-flagged tanker": the flag's state is no party (rule mention.flag_compound)
FLAG_PARTICIPLES = words("flag_participles")
OPEN_REGISTRIES = words("open_registry_states")  # flags of convenience (ITF's list)
FLAG_RULE = "mention.flag_compound"
FISHING_FLAG_RULE = "mention.fishing_flag"
FISHING_VESSELS = words("fishing_vessel_words")  # "-registered *fishing* boats": a national fleet
NAMED_EVENT_NOUNS = words("named_event_nouns")  # "the *Havana* talks" (named_event_place)
# "the *Rio* market", "*Cairo* Road": a place named after another place (named_site_place)
NAMED_SITE_NOUNS = words("named_site_nouns")
NAMED_SITE_RULE = "mention.named_site_place"
# "migrant workers rallied in X": no place of theirs (rule mention.newcomers_unplaced)
NEWCOMER_WORDS = words("newcomer_words")
NEWCOMERS_RULE = "mention.newcomers_unplaced"
# the note of a state guessed from the story for a body, role or group no clue places (the
# span's flag ``country_guessed`` says it for the code: coding/private_roles.py reads that)
STORY_GUESS_NOTE = "most frequent country in the story"
OWNER_RULE = "mention.owner_compound"  # "Russian-made drones": no party (maker_compound)
BACKGROUND_PARTICIPLES = words("background_participles")
BACKGROUND_PREPS = frozenset({"in", "at", "from"})
# words of a comparison or a likeness: "more stubborn than *a general*", "dressed like *an
# admiral*", "worked as *a diplomat*": the indefinite role after them is a kind of person, no one named
# (rule mention.generic_role)
COMPARISON_WORDS = frozenset({"than", "like", "as"})
DESCRIPTION_PREPS = frozenset({"of", "to", "for"})
FORMER_WORDS = frozenset({"former", "ex", "onetime", "one-time", "retired"})
HYPHENS = ("-", "\u2011", "\u2013")
ORDINARY_WORD_ALIASES = words("ordinary_word_aliases")
COMPANY_TITLES = words("company_titles")
COMPANY_NOUNS = words("company_nouns")
OFFICE_OWNER_NOUNS = words("office_owner_company_nouns")  # "the consortium's spokesman"
OFFICE_SECTORS = words("state_sectors")  # a title's default sectors (GOV, MIL ...)
PARTY_OFFICE_RULE = "mention.party_office"  # "the rebels' spokesman": the rebels'
TITLE_CHAIN_RULE = "mention.title_chain"
CHAIN_JOINERS = frozenset({"and", "of", "for", "the", "&"})  # "Minister of State for the ..."
SPONSORS = words("sponsor_participles")
LEADERS = words("leader_participles")  # "the US-*led* coalition" (_group_leader)
LED_GROUP_NOUNS = words("led_group_nouns")
# "director-*general*": the adjective that follows its noun in an office's name
POSTPOSITIVE_TITLE_WORDS = words("postpositive_title_words")
# past participles that are role words only as nouns ("*the accused* struck X", re-tagged by
# communique.nominal_participles), never as the verb ("the army *accused* rebel fighters")
NOMINAL_PARTICIPLES = words("nominal_participles")
# "a row *over* X": a state the headline names only as a topic (rule mention.headline_topic)
HEADLINE_TOPIC_PREPOSITIONS = words("headline_topic_prepositions")


class StateOrder(NamedTuple):
    """The story's states ranked for guesses: (country, count) most frequent first, and the
    first one when the headline names it (rule mention.headline_state), else None."""

    ranked: list[tuple[str, int]]
    headline_first: str | None


class _Finder(OrganisationReader, PhraseReader, NameReader, ReferenceReader, FiledElsewhereReader):
    def __init__(
        self, doc: Doc, when: date | None, dateline: str | None, memory: ActorMemory | None = None
    ) -> None:
        self.doc = doc
        self._early_history: bool | None = None  # the story dates things before 1800
        self.when = when
        self.lex = lx.lexicon()
        self.keys, self.texts = lx.doc_keys(doc)
        self.n = len(doc)
        self.tagged = doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")
        self.seated_courts: set[int] = set()  # court nouns whose seat _court_seat dropped
        # cities the story itself gave as a court's seat ('the tribunal, which sits in X', 'an
        # international tribunal in X'): 'the X tribunal' later names that court (rule
        # mention.court_seat_told)
        self.told_court_seats: set[str] = set()
        self.seat_told: set[int] = set()  # court nouns named by such a seat
        self.led_groups: dict[int, str] = {}  # group noun -> its leader ("the US-led coalition")
        self.seat_modified: set[int] = set()  # ... told before the noun ("the Hague tribunal")
        self.sent_of = [0] * self.n
        if doc.has_annotation("SENT_START"):
            for si, sent in enumerate(doc.sents):
                for k in range(sent.start, sent.end):
                    self.sent_of[k] = si
        self.story = memory if memory is not None else ActorMemory()
        self._issuer: str | None = None  # a press release's state, "" for none (worked out once)
        self._atoms: dict[int, _Atom | None] = {}
        self._orgs: dict[int, tuple[int, int, int, str | None]] | None = None
        self._said: dict[int, Token] | None = None  # _said_at, worked out once per story
        self._counterpart_at: list[int] | None = None  # _counterpart_states, once per story
        # a reference's start -> the actor it refers back to, which may get its country only
        # in the fallback ("the charity", "he" for "the interior minister")
        self.antecedents: dict[int, Actor] = {}
        # references to a body named further back than usual: kept for an international one
        self.far_references: set[int] = set()
        self.hub_lead: tuple[str, str] | None = None  # (state, why) of a hub story's lead
        self.hub_filed = ""  # a hub dateline whose state takes no part (mention.hub_dateline)
        self.hub_why = ""  # why: a hub's, or a third state's city (mention.third_capital_dateline)
        self.bystander_said = ""  # the dateline's state named only as a bystander (why)
        self.bystander_ids: set[int] = set()  # the mentions that name it so
        self.filed_iso: str | None = None  # the state of a dateline that takes no part
        self.body_start = 0  # first token after a dateline read from the text
        self.dateline_from = 0  # its first token (after a page's standfirst and caption)
        self.dateline_after_text = False  # story sentences come before it (an agency insert)
        self.inserted_tokens = range(0)  # the words of such a dateline when they are not blanked
        self.story.filed_only = None
        self._lead: tuple[int, int] | None = None  # the lead's first and last sentence
        self._set_dateline(dateline)
        # a page of short items each filed from its own place ("World news in brief": "MANILA
        # - ...", "TBILISI - ..."): (first character, country, place) of each item's dateline
        # (a brief's title line above its dateline is the brief's: rule mention.item_dateline)
        self.items: list[tuple[int, str | None, str]] = [
            (at, country_of_place(d.place), d.place)
            for at, d in zip(doc_item_starts(doc), doc_item_datelines(doc), strict=True)
        ]
        # a briefing page of short, unrelated stories under numbered headings or bullets: the
        # first character of each (rule mention.briefing_item)
        self.briefing: list[int] = doc_briefing_items(doc)
        self.segment = -1  # the briefing item the fallback is placing
        # word index of a thing a flag compound qualifies -> the compound's words ("a
        # *Liberian-flagged* tanker"): placed by no state, not even a guessed one (flag_compound)
        self.flagged: dict[int, str] = {}

    # -- lexicon atoms -------------------------------------------------------------------
    def atom(self, i: int) -> _Atom | None:
        if i >= self.n:
            return None
        if i not in self._atoms:
            m = self.lex.match_at(self.keys, self.texts, i)
            a = _Atom(i, m[0], m[1]) if m else None
            if a and a.entry.kind in lx.ROLE_KINDS and self.tagged and not self._role_pos_ok(a):
                a = None
            if a and a.entry.kind in lx.COUNTRY_KINDS and self.in_region(i):
                a = None  # "*British* Columbia", "New South *Wales*": part of a region's name
            if a and a.end == i + 1 and self._ordinary_word(i):
                a = None  # "*Lightning* strikes killed ...": the word, not a group
            if a and a.entry.kind in lx.COUNTRY_KINDS and self._flag_compound(a):
                a = None  # "a *Liberian*-flagged tanker": the register, no party
            self._atoms[i] = a
        return self._atoms[i]

    def _flag_compound(self, a: _Atom) -> bool:
        """ "a *Liberian*-flagged bulk carrier", "a *Maltese*-registered ship": the name or
        adjective of an open registry's state (vocabulary open_registry_states, a flag of
        convenience) before a hyphen and a participle of vocabulary flag_participles names the
        register the thing is on, not a party of what is done with or to it (rule
        mention.flag_compound): no actor at all, and the thing after it (noted in ``flagged``)
        is placed by no state, not even a guessed one."""
        j = a.end
        if j + 1 >= self.n or self.texts[j] not in HYPHENS:
            return False
        if self.keys[j + 1] not in FLAG_PARTICIPLES or a.entry.country not in OPEN_REGISTRIES:
            return False  # "a *Chinese*-flagged trawler": a national fleet's, a party
        if self._fishing_after(j + 2):
            return False  # "*Maltese*-registered fishing boats": the state's own fleet, a party
        self.flagged[j + 2] = self.doc[a.start : j + 2].text
        return True

    def _fishing_after(self, k: int) -> bool:
        """A fishing vessel right after a flag compound ("-registered *fishing boats*",
        "-flagged *trawler*", "-flagged tuna *longliners*"; vocabulary fishing_vessel_words):
        flags of convenience concern merchant shipping; a fishing boat under a state's flag is
        of that state's own fleet, licensed by it and fishing under its quotas, so the flag
        names a party of a fishing dispute (rule mention.fishing_flag; the compound is read
        as a national flag, mention.owner_compound)."""
        return any(self.keys[i] in FISHING_VESSELS for i in range(k, min(k + 3, self.n)))

    def _fishing_flag(self, sp: ActorSpan) -> None:
        """Notes on an open registry's state before "-flagged"/"-registered" and a fishing
        vessel that it is read as a party, the boats' own state (rule mention.fishing_flag)."""
        j = sp.end
        if sp.kind != "country" or sp.actor.country not in OPEN_REGISTRIES or j + 1 >= self.n:
            return
        flag = self.texts[j] in HYPHENS and self.keys[j + 1] in FLAG_PARTICIPLES
        if flag and self._fishing_after(j + 2):
            sp.rule += f"; the flag of fishing boats, their own state's fleet [{FISHING_FLAG_RULE}]"

    def named_feature(self, i: int) -> tuple[int, list[ActorSpan]] | None:
        """ "the *Niger Delta*", "*Papua*", "the *Congo Basin*": a natural feature or region
        whose name holds a state's name (data/places/named_features.tsv), read whole before the
        lexicon reads the state inside it, unless the lexicon's own name is longer ("Papua New
        Guinea"). (end, [its place span]) for a feature in one state, (end, []) for one of
        several states or none, None where no feature starts (rule mention.named_feature)."""
        if self.keys[i] == "the" and i + 1 < self.n:
            i += 1  # "the Niger Delta": the phrase reader starts at the article
        if not self.texts[i][:1].isupper():
            return None
        hit = feature_at(self.keys, self.texts, i)
        if hit is None:
            return None
        end, iso = hit
        lexical = self.lex.match_at(self.keys, self.texts, i)
        if lexical is not None and lexical[0] > end:
            return None
        if iso is None:
            return end, []
        text = self.doc[i:end].text
        actor = Actor(text="", name=text, country=iso)
        rule = f"place '{text}' (named feature, not the state its name holds) -> {iso}"
        return end, [self._span(i, end, actor, "country", rule, rule_id=FEATURE_RULE)]

    def _ordinary_word(self, i: int) -> bool:
        """A group's one-word alias that is an ordinary English noun, capitalised only by its
        position and nowhere else in the story (vocabulary ordinary_word_aliases)."""
        return (
            self.keys[i] in ORDINARY_WORD_ALIASES
            and self._case_by_position(i)
            and not self._capitalised_elsewhere(i)
        )

    def _case_by_position(self, i: int) -> bool:
        """Whether the capital of token ``i`` may be only its position's: the first word of a
        sentence, or the word after a sentence's opening "The"."""
        if self.doc[i].is_sent_start:
            return True
        return i > 0 and self.keys[i - 1] == "the" and bool(self.doc[i - 1].is_sent_start)

    def _capitalised_elsewhere(self, i: int) -> bool:
        """Whether the story writes token ``i``'s word with a capital where the position does not
        explain it ("attacks by the *Lightning*"): a sign that it is a name."""
        key = self.keys[i]
        return any(
            k == key and j != i and self.texts[j][:1].isupper() and not self._case_by_position(j)
            for j, k in enumerate(self.keys)
        )

    def _role_pos_ok(self, a: _Atom) -> bool:
        if a.entry.source == lx.PEOPLES_FILE:  # "*Indigenous Indian* groups": a people's name
            return True
        last = self.doc[a.end - 1]
        if last.lower_ in NOMINAL_PARTICIPLES and last.pos_ != "NOUN":
            return False  # "the army *accused* rebel fighters": the verb, no defendant
        if a.entry.source == lx.CONVERTED and a.end - a.start == 1 and last.dep_ == "compound":
            # a converted one-word role modifying a noun that is no role ("refugee camps",
            # "terrorist attack"): a description of the thing, not an actor
            head = last.head
            return head.pos_ != "NOUN" or self._atom_is_role(head.i)
        if last.pos_ in ("NOUN", "PROPN"):
            return True
        if a.end - a.start > 1 and last.lower_ in POSTPOSITIVE_TITLE_WORDS:
            return True  # "the agency's director-*general*, X": tagged an adjective, a title
        nxt = self.lex.match_at(self.keys, self.texts, a.end) if a.end < self.n else None
        return bool(nxt and nxt[1].kind in lx.ROLE_KINDS)

    # -- the dateline --------------------------------------------------------------------
    def _set_dateline(self, dateline: str | None) -> None:
        found = opening_dateline(source_text(self.doc))
        if found is not None and (dateline is None or found.place.lower() == dateline.lower()):
            # where the story was filed, not an actor; the story's lead follows it (after a
            # page's standfirst and photo caption, when they come first)
            dateline = found.place
            self.body_start = next((t.i for t in self.doc if t.idx >= found.end), self.n)
            self.dateline_from = next((t.i for t in self.doc if t.idx >= found.start), self.n)
            self.dateline_after_text = _story_text_before(source_text(self.doc)[: found.start])
        if not dateline:
            return
        inside = find_dateline(source_text(self.doc)) if found is None else None
        # a dateline the article names that opens a paragraph further down, after the story's
        # own sentences: an agency insert (rule mention.inserted_dateline)
        if inside is not None and inside.place and inside.place.lower() == dateline.lower():
            self.dateline_after_text = _story_text_before(source_text(self.doc)[: inside.start])
            self.inserted_tokens = range(
                next((t.i for t in self.doc if t.idx >= inside.start), self.n),
                next((t.i for t in self.doc if t.idx >= inside.end), self.n),
            )
        self.story.dateline_place = dateline
        lead = self._lead_states()
        iso = country_of_place(dateline, lead)
        self.story.dateline_led = bool(iso and iso in lead and iso != country_of_place(dateline))
        if iso and dateline.lower() not in COURT_SEATS:  # "THE HAGUE": a court's seat, no party
            self.story.dateline_country = iso
            self.story.countries.append((-1, iso))

    def _lead_states(self) -> frozenset[str]:
        """The states the story's first sentence names (a country, its people or adjective):
        they decide which of several cities sharing the dateline's name it was filed from."""
        sents = [s for s in self.doc.sents if s.end > self.body_start and s.text.strip()]
        if not sents or not self.doc.has_annotation("SENT_START"):
            return frozenset()
        found: set[str] = set()
        i, end = max(sents[0].start, self.body_start), sents[0].end
        while i < end:
            m = self.lex.match_at(self.keys, self.texts, i)
            if m and m[1].kind in lx.COUNTRY_KINDS and m[1].country:
                found.add(m[1].country)
            i = m[0] if m else i + 1
        return frozenset(found)

    # -- main pass -----------------------------------------------------------------------
    def run(self) -> list[ActorSpan]:
        spans: list[ActorSpan] = []
        i = 0
        while i < self.n:
            if self.dateline_from <= i < self.body_start:
                i = self.body_start  # the dateline: where the story was filed, no actor
                continue
            if (past := self.leisure_country(i)) is not None:
                i = past  # "Ruritania's swimmers", "Ruritanian chefs": no state acts
                continue
            feature = self.named_feature(i)
            if feature is not None and not feature[1]:
                i = feature[0]  # "the Congo Basin", "Lake Chad": a place of no one state
                continue
            found = (
                (feature[1] if feature is not None else None)
                or self.organisation(i)
                or self.region_name(i)
                or self.phrase(i)
                or self.place(i)
                or self.person(i)
                or self.pronoun(i)
            )
            if not found:
                i += 1
                continue
            i = max(sp.end for sp in found)
            found = [  # "Niger state": Nigeria's; "Pan-American": no state, counted nowhere;
                # "USS Tripoli", "the frigate Hamburg": a ship's name, no place or party
                _region_named(self.doc, sp)
                for sp in found
                if not continental(self.doc, sp.start)
                and not vessel_name(self.doc, sp.start)
                and not self._seat_compound(sp)
                and not self._named_event_place(sp)
                and not self._named_site_place(sp)
                and not self._seat_clause(sp)
                and not self._court_seat(sp)
                and not self._label_place(sp)
                and not self._group_leader(sp)
                and not (sp.kind == "country" and natural_feature(self.doc, sp.start, sp.end))
            ]
            for sp in found:
                k = self._chain_start(spans, sp)
                if k is not None:  # "Vietnamese Deputy Prime Minister and Foreign Minister X"
                    sp = self._title_chain(spans[k], sp)
                    del spans[k:]
                self._note(sp)
                self._fishing_flag(sp)
                spans.append(sp)
        spans = regional_blocs(self.doc, spans)  # "Southeast Asian leaders": the bloc
        self._international_courts(spans)
        self._led_groups(spans)
        self._state_security_council(spans)
        self._owner_compound(spans)
        self._hub_not_party(spans)
        order = self._state_order(spans)
        self._fallback(spans, order)
        self._pronoun_not_target(spans, order)
        return spans

    def _guessed_antecedent(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The span of the person a pronoun span ``sp`` copies, when its state was only guessed
        or inferred from the story (its most frequent state, the dateline's, the lead's place,
        a speaker named before), also through a later bare mention of the name; else None."""
        ante = self.antecedents.get(sp.start)
        same = [
            o
            for o in spans
            if o.start < sp.start
            and o.kind in ("person", "role")
            and (o.actor is ante or (sp.actor.name and o.actor.name == sp.actor.name))
        ]
        if not same:
            return None
        src = same[-1]
        if src.country_guessed or src.country_from_dateline:
            return src
        # "The minister, X, told ... 'Quote,' *X* said. *He* urged ...": the bare name copies
        # its first, titled mention; when that one's state was only taken from the story (its
        # most frequent state, the dateline, the lead's place, a speaker before), so was this
        # (rule mention.pronoun_not_target)
        name = (ante.name if ante is not None else None) or sp.actor.name
        first = next(
            (o for o in spans if o.start < sp.start and o.kind in ("person", "role")
             and name and o.actor.name == name),
            None,
        )  # fmt: skip
        if first is not None and (first.country_inferred or first.country_from_dateline):
            return first
        return src if src.country_inferred else None

    def _pronoun_not_target(self, spans: list[ActorSpan], order: StateOrder) -> None:
        """A subject "he" or "she" read as an official of the very state its own clause
        addresses by name ("X's spokesman said Y's minister had visited the islands. *He*
        urged Lima to withdraw"; vocabulary official_addressed_verbs): an official does not
        accuse, urge, thank or warn their own state by name, so it is the person named before
        of another state (``ActorMemory.person_before``), else a person of no known state;
        never one invented (rule mention.pronoun_not_target). Not an opposition leader or
        activist, who may well urge their own state."""
        if not self.parsed:
            return
        for sp in spans:
            iso, sector = sp.actor.country, sp.actor.sector
            if (
                sp.kind != "reference"
                or sp.end - sp.start != 1
                or self.keys[sp.start] not in SUBJECT_PERSON_PRONOUNS
                or not is_state(iso)
                or sector not in STATE_SECTORS
            ):
                continue
            # named by name: not "urged *the two governments*" (a reference to the story's
            # states, the speaker's maybe among them) nor "*two* ministries"
            # a state named, not a person ("accused opposition leader X", of the official's
            # own state, is no clue) nor a role or body whose state was only inferred
            others = [
                o
                for o in spans
                if o is not sp
                and o.kind not in ("reference", "person")
                and not o.country_inferred
                and any(
                    t.pos_ == "PROPN" or t.ent_type_ in NAMED_ENTITY_TYPES
                    for t in self.doc[o.start : o.end]
                )
            ]
            targets = clause_targets(self.doc[sp.head], sector, others, OFFICIAL_ADDRESSED)
            if iso not in targets:
                continue
            sent = self.sent_of[sp.start]
            other = self.story.person_before(sp.start, sent, exclude=iso)
            src = self._guessed_antecedent(sp, spans)
            again = next((c for c, _ in order.ranked if c != iso and c not in targets), None)
            if other is not None and is_state(other.country) and other.country not in targets:
                sp.actor.name, sp.actor.country, sp.actor.sector = (
                    other.name,
                    other.country,
                    other.sector,
                )
                why = f"the person named before of another state, {other.name or other.text}"
            elif src is not None and again is not None:
                # "Spokesman X said ...", X's state only guessed from the story: the guess
                # less the state the pronoun's clause addresses, as for X's own clause (rule
                # mention.guess_not_target), for X too
                sp.actor.country = src.actor.country = again
                src.actor.code = code_of(again, src.actor.sector)
                src.rule += f"; not {iso}, which a later 'he'/'she' addresses -> {src.actor.code}"
                why = f"{src.actor.name or src.actor.text}'s state was only guessed: the next, {again}"
            else:
                sp.actor.country = None
                why = "no person of another state named before: its state unknown"
            sp.actor.code = code_of(sp.actor.country, sp.actor.sector) or None
            sp.rule += (
                f"; not of {iso}, which its own clause addresses by name: {why}"
                f" -> {sp.actor.code or '?'} [{PRONOUN_NOT_TARGET_RULE}]"
            )

    def _title_chain(self, role: ActorSpan, sp: ActorSpan) -> ActorSpan:
        """Agency title chains (rule mention.title_chain): "Vietnamese Deputy Prime Minister *and*
        Foreign Minister X", "Kenyan Cabinet Secretary *for Foreign Affairs* X": the role with
        the country and the name after its further titles are one person, the role's country's,
        not a role and a second, unplaced person."""
        actor = sp.actor
        actor.country = role.actor.country
        actor.sector = actor.sector or role.actor.sector
        actor.code = code_of(actor.country, actor.sector)
        said = self.doc[role.start : sp.end].text
        rule = f"{sp.rule}; title chain '{said}' -> {actor.code} [{TITLE_CHAIN_RULE}]"
        merged = self._span(role.start, sp.end, actor, "person", rule)
        merged.rule_id = TITLE_CHAIN_RULE
        if actor.name:
            self.story.registry.register(actor.name, actor, rule)
        return merged

    def _chain_start(self, out: list[ActorSpan], sp: ActorSpan) -> int | None:
        """Index in ``out`` of the role with a state's country that opens the title chain
        ending in the name ``sp`` (roles without a country may come between), or None."""
        if sp.kind != "person" or sp.actor.country:
            return None
        end, k = sp.start, len(out) - 1
        while k >= 0:
            role = out[k]
            if role.kind != "role" or self.sent_of[role.start] != self.sent_of[sp.start]:
                return None
            if not self._chain_gap(role.end, end):
                return None
            if is_state(role.actor.country) and not role.country_inferred:
                return k
            end, k = role.start, k - 1
        return None

    def titled_before(self, s: int) -> bool:
        """An untagged name right after a title chain ("... Representative for the Middle
        East *Ivan Petrov*"): a role word within the chain words before it."""
        j = s - 1
        while j >= max(0, s - 13) and self._chain_word(self.texts[j]):
            if self._atom_is_role(j):
                return True
            j -= 1
        return False

    def _chain_gap(self, start: int, end: int) -> bool:
        """The words between a role and a name are more of its titles: 'and' before a title,
        or an office's 'for/of' phrase of capitalised words ("for Foreign Affairs and Trade",
        "of State for the Middle East"), at most 12 words, no comma."""
        gap = self.texts[start:end]
        if len(gap) > 12:
            return False
        if not gap:
            return False
        if gap[0].lower() == "and":
            return len(gap) == 1 or all(self._chain_word(t) for t in gap[1:])
        return gap[0].lower() in ("for", "of") and all(self._chain_word(t) for t in gap[1:])

    @staticmethod
    def _chain_word(text: str) -> bool:
        return text.lower() in CHAIN_JOINERS or (text[:1].isupper() and text.isalpha())

    def _seat_clause(self, sp: ActorSpan) -> bool:
        """ "the tribunal, *which sits in* X", "a commission *based in* X", "the bank,
        *headquartered in* X": a place in a clause that describes where a court, body or
        organisation sits says where it meets, not whose it is, and a regional or international
        body's seat is not its state: no party, counted nowhere (rule mention.seat_clause;
        vocabulary seat_verbs)."""
        if not self.parsed or sp.kind not in ("country", "place"):
            return False
        tok = self.doc[sp.end - 1]
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            return False
        verb = tok.head.head
        seat = verb.dep_ in ("relcl", "acl") and (
            verb.lower_ in SEAT_VERBS or verb.lemma_.lower() in SEAT_VERBS
        )
        if seat and _court_phrase(verb.head):  # "the tribunal, which sits in X": its seat
            self.told_court_seats.add(_city_key(self.doc[sp.start : sp.end].text))
        return seat

    def _label_place(self, sp: ActorSpan) -> bool:
        """ "ANCHOR (*Lima*): We go first to ...", "JANE ROE (*Nairobi*): Good evening": a
        place in the brackets of a transcript turn's speaker label says where that speaker
        speaks from (a studio, a bureau, a reporter's post), page furniture of the broadcast,
        not a party of what the turn tells: no mention, counted nowhere (rule
        mention.label_place). A state named in the label's name itself ("PERU'S MINISTER:")
        is not in brackets and stays."""
        if sp.kind not in ("country", "place") or sp.start == 0:
            return False
        before = self.doc[max(sp.start - 4, 0) : sp.start]
        if not any(t.text == "(" for t in before):
            return False  # (cheap test first: no bracket just before the place)
        from communique.coding.transcript import doc_turns  # (coding imports this module)

        at = self.doc[sp.start].idx
        text = source_text(self.doc)
        for turn in doc_turns(self.doc, text):
            if turn.start <= at < turn.label_end:
                label = text[turn.start : turn.label_end]
                opened = label.rfind("(", 0, at - turn.start)
                return opened >= 0 and ")" not in label[opened : at - turn.start]
        return False

    def _court_seat(self, sp: ActorSpan) -> bool:
        """ "an international tribunal *in Hamburg*", "the court *in Luxembourg*", "judges *in
        Strasbourg*": a place that says where an international court or tribunal sits, told
        with "in" right after the court noun, is its seat, not its state: no party, counted
        nowhere (rule mention.court_seat). The court is international when a word before it
        says so ("international", "arbitral", "European"; vocabulary
        international_court_modifiers) or the place is a city known for international courts
        (vocabulary international_court_cities); "a court in Ankara" stays Turkey's."""
        if not self.parsed or sp.kind not in ("country", "place"):
            return False
        tok = self.doc[sp.end - 1]
        if self._seat_before_court(sp, tok):
            return True
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return False
        court = tok.head.head
        if court.lemma_.lower() not in SEATED_COURT_NOUNS or tok.head.dep_ != "prep":
            return False
        seat = _court_city(self.doc[sp.start : sp.end].text)
        if seat or any(
            c.i < court.i
            and c.dep_ in ("amod", "compound")
            and c.lower_ in INTERNATIONAL_COURT_MODIFIERS
            for c in court.children
        ):
            self.seated_courts.add(court.i)
            self.told_court_seats.add(_city_key(self.doc[sp.start : sp.end].text))
            return True
        return False

    def _seat_before_court(self, sp: ActorSpan, tok: Token) -> bool:
        """ "the *Strasbourg* court", "the *Hague* tribunal", "the *Luxembourg* judges": a city
        known as the seat of international courts (vocabulary international_court_cities) put
        before a court noun as its modifier names the court by its seat, as news does for the
        European Court of Human Rights, the ICJ or the EU Court of Justice: no party (rule
        mention.court_seat_modifier). "An Ankara court", a city no international court sits in,
        stays its state's."""
        key = _city_key(self.doc[sp.start : sp.end].text)
        if key not in _COURT_CITY_KEYS and key not in self.told_court_seats:
            return False  # (a seat the story told before: rule mention.court_seat_told)
        court = tok.head
        if tok.dep_ not in ("compound", "nmod", "amod") or not sp.end <= court.i <= sp.end + 2:
            return False
        if (
            court.lemma_.lower() not in SEATED_COURT_NOUNS
            and court.lower_ not in SEATED_COURT_NOUNS
        ):
            return False
        self.seated_courts.add(court.i)
        self.seat_modified.add(court.i)
        if key not in _COURT_CITY_KEYS:
            self.seat_told.add(court.i)
        return True

    def _group_leader(self, sp: ActorSpan) -> bool:
        """ "the *Saudi*-led coalition", "a *Brazilian*-led peacekeeping mission", "the *Indian*-headed
        bloc": a state joined by a hyphen to a participle of leading (vocabulary
        leader_participles) before a noun of a multinational group (vocabulary led_group_nouns)
        names the group's leading member, not the group: no party (rule mention.led_group); the
        group is an intergovernmental body (``_led_groups``)."""
        if not self.parsed or sp.kind != "country":
            return False
        j = sp.end
        if j + 1 >= self.n or self.texts[j] not in HYPHENS or self.keys[j + 1] not in LEADERS:
            return False
        for tok in self.doc[j + 2 : min(self.n, j + 6)]:
            if tok.lower_ in LED_GROUP_NOUNS and tok.pos_ == "NOUN":
                if tok.i + 1 < self.n and self.doc[tok.i + 1].dep_ == "compound":
                    return False  # "a US-led coalition *government*": another head
                self.led_groups[tok.i] = f"{self.doc[sp.start : sp.end].text}-{self.texts[j + 1]}"
                return True
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.dep_ not in ("amod", "compound"):
                return False
        return False

    def _led_groups(self, spans: list[ActorSpan]) -> None:
        """The group whose leader _group_leader dropped ("the US-led *coalition*") is an
        intergovernmental body (IGO) acting as a whole, never its leader's state nor the story's
        most named state (rule mention.led_group)."""
        for i, leader in self.led_groups.items():
            tok = self.doc[i]
            note = f"'{leader}' names its leading state, not the group"
            own = next((sp for sp in spans if sp.start <= i < sp.end), None)
            if own is not None:
                if own.actor.country in (None, "", "IGO") or own.country_guessed:
                    own.actor = replace(
                        own.actor, country="IGO", code=f"IGO{own.actor.sector or ''}"
                    )
                    own.rule += f"; {note} -> IGO"
                    own.rule_id = "mention.led_group"
                continue
            start = i
            while (
                start > 0
                and self.doc[start - 1].dep_ in ("amod", "compound")
                and self.doc[start - 1].lower_ not in LEADERS
                and self.doc[start - 1].text not in HYPHENS
            ):
                start -= 1
            actor = Actor(text=self.doc[start : i + 1].text, country="IGO", code="IGO")
            new = ActorSpan(
                start=start,
                end=i + 1,
                actor=actor,
                kind="body",
                rule=f"group '{tok.text}': {note} -> IGO",
                head=i,
                rule_id="mention.led_group",
            )
            k = next((n for n, sp in enumerate(spans) if sp.start > i), len(spans))
            spans.insert(k, new)

    def _seat_phrase_courts(self, spans: list[ActorSpan]) -> None:
        """ "the *Luxembourg judges*" read as one phrase (a group of the city's state): the
        city is the court's seat, the judges an international court's (rule
        mention.court_seat_modifier)."""
        for sp in spans:
            head = self.doc[sp.head]
            if sp.kind not in ("group", "role", "body") or head.i == sp.start:
                continue
            if (
                head.lemma_.lower() not in SEATED_COURT_NOUNS
                and head.lower_ not in SEATED_COURT_NOUNS
            ):
                continue
            words = [t for t in self.doc[sp.start : head.i] if t.lower_ not in DEFINITE_DETS]
            key = _city_key(" ".join(t.text for t in words)) if words else ""
            if key and (key in _COURT_CITY_KEYS or key in self.told_court_seats):
                sp.actor = replace(sp.actor, country="IGO", code=f"IGO{sp.actor.sector or ''}")
                sp.rule += f"; '{words[0].text}' is the court's seat, not its state"
                sp.rule_id = (
                    "mention.court_seat_modifier"
                    if key in _COURT_CITY_KEYS
                    else "mention.court_seat_told"
                )

    def _international_courts(self, spans: list[ActorSpan]) -> None:
        """The court whose seat _court_seat dropped, named with no state of its own ("an
        international tribunal in Hamburg"), is an international body (IGO), not a state's court
        the fallback would guess (rule mention.court_seat)."""
        for sp in spans:
            if sp.head in self.seated_courts and not sp.actor.country:
                sp.actor = replace(sp.actor, country="IGO", code=f"IGO{sp.actor.sector or ''}")
                modifier = sp.head in self.seat_modified
                sp.rule_id = sp.rule_id or (
                    "mention.court_seat_told"
                    if sp.head in self.seat_told
                    else "mention.court_seat_modifier"
                    if modifier
                    else "mention.court_seat"
                )
        self._seat_phrase_courts(spans)

    def _seat_compound(self, sp: ActorSpan) -> bool:
        """ "a *London*-based think tank", "the *Danish*-based charity": a country or place before
        "-based"/"-headquartered" says where an organisation sits, not whose it is: no party;
        nor is the maker of "*Russian*-made drones", "a *Chinese*-built dam" (rule
        mention.maker_compound; an owner, "a Greek-owned tanker", stays a party); nor is the
        flag's state of "a *Liberian*-flagged tanker" (rule mention.flag_compound)."""
        if sp.kind != "country":
            return False
        j = sp.end
        if j < self.n and self.texts[j] in HYPHENS:
            j += 1
        if (
            j < self.n
            and j > sp.end
            and self.keys[j] in FLAG_PARTICIPLES
            and sp.actor.country in OPEN_REGISTRIES
            and not self._fishing_after(j + 1)
        ):
            # a place the gazetteer reads ("a *Marshall Islands*-flagged ship"): as an atom's
            # flag compound (rule mention.flag_compound), the register, no party
            self.flagged[j + 1] = self.doc[sp.start : j + 1].text
            return True
        return j < self.n and j > sp.end and self.keys[j] in SEAT_PARTICIPLES | MAKE_PARTICIPLES

    def _named_event_place(self, sp: ActorSpan) -> bool:
        """ "the *Havana* talks", "the *Jeddah* declaration", "the *Minsk* agreements": a city or
        capital that names talks, an accord or a process (vocabulary named_event_nouns) is the
        name of the thing, after where it was held or signed, not a party to it nor to an act
        done with it: no party (rule mention.named_event_place). A country's own name or
        adjective ("the Iran talks", "the Syrian peace process") and a region ("the Darfur
        agreement") keep their state; so do two places joined by a hyphen ("the
        Moscow-Kyiv talks") and a possessive ("Havana's talks")."""
        if sp.kind != "country" or sp.rule_id or sp.end >= self.n:
            return False
        if not sp.rule.startswith(("capital '", "place '")) or "as the place of" in sp.rule:
            return False
        last = self.doc[sp.end - 1]
        head = last.head
        if last.dep_ not in ("compound", "nmod", "amod") or head.i < sp.end or head.i > sp.end + 3:
            return False
        if self.texts[sp.end] in HYPHENS or (sp.start and self.texts[sp.start - 1] in HYPHENS):
            return False
        if head.lemma_.lower() not in NAMED_EVENT_NOUNS:
            return False
        between = self.doc[sp.end : head.i]
        return all(t.dep_ in ("compound", "amod", "nmod") and t.head.i == head.i for t in between)

    def _named_site_place(self, sp: ActorSpan) -> bool:
        """ "the *Rio* market", "*Cairo* Road", "the *Congo* Square": a city, capital or state
        that names a market, street, square, bridge, stadium or other site (vocabulary
        named_site_nouns) is part of the site's name; a site named after a place of a state the
        story names nowhere else (by its name, adjective or capital, nor by the dateline) lies
        where the story is, not in that state: no party, not counted (rule
        mention.named_site_place; the state's own places, "the Kabul market" in a story on
        Afghanistan, keep their state). A state's name takes a capitalised site noun only ("the
        Congo Market"; "the China market" is China's trade), its adjective none."""
        if sp.kind != "country" or sp.end >= self.n or not sp.actor.country:
            return False
        if sp.rule_id and sp.rule_id not in (REGION_RULE_ID, STORY_STATE_RULE):
            return False
        city = sp.rule.startswith(("capital '", "place '"))
        if not city and not sp.rule.startswith("country '"):
            return False
        j = sp.end
        if j < self.n and self.texts[j] in HYPHENS:
            return False  # "the Rio-Sao Paulo highway": a road between two places
        noun = self.doc[j]
        if noun.lower_ not in NAMED_SITE_NOUNS or not (city or noun.text[:1].isupper()):
            return False
        if sp.start and self.keys[sp.start - 1] in ("'s", "’s"):
            return False
        if self.parsed and self.doc[sp.end - 1].dep_ not in ("compound", "nmod", "amod"):
            return False  # "in Cairo market stalls ...": the parse says it is no modifier
        iso = sp.actor.country
        if self.story.dateline_country == iso:
            return False
        for k in range(self.n):
            if sp.start <= k < sp.end or not self.texts[k][:1].isupper():
                continue
            m = self.lex.match_at(self.keys, self.texts, k)
            if m and m[1].kind in lx.COUNTRY_KINDS and m[1].country == iso:
                if k + 1 < self.n and m[0] < self.n and self.keys[m[0]] in NAMED_SITE_NOUNS:
                    continue  # another site so named
                return False
        sp.rule_id = NAMED_SITE_RULE
        return True

    def _flag_of(self, sp: ActorSpan) -> str | None:
        """The flag compound ("Liberian-flagged") inside or just before the thing ``sp`` names
        ("a Liberian-flagged *cargo ship*"), or None (rule mention.flag_compound)."""
        for at, said in self.flagged.items():
            if sp.start <= at < sp.end or (sp.start <= at - 1 and at <= sp.end):
                return said
            if self.parsed and at < self.n:
                # "the crew *of the Liberian-flagged carrier*": the ship's people, as unplaced
                thing = self.doc[at]
                for _ in range(4):  # "bulk *carrier* Azure *Horizon*": up to the noun's head
                    if thing.dep_ not in ("compound", "amod", "nmod") or thing.head == thing:
                        break
                    thing = thing.head
                of = thing.head
                if thing.dep_ == "pobj" and of.lower_ == "of" and of.head.i == sp.head:
                    return said
        return None

    def _owner_compound(self, spans: list[ActorSpan]) -> None:
        """ "a *Norwegian-owned* cargo ship", "a *Danish-operated* ferry": the thing the
        compound qualifies, read as a role or body of no country ("cargo ship": BUS), is of the
        owner's state, not a state the fallback would guess (rule mention.owner_compound;
        vocabulary owner_participles; a flag, "a US-flagged ship", is none: flag_compound)."""
        for k, sp in enumerate(spans[:-1]):
            j = sp.end
            if sp.kind != "country" or not is_state(sp.actor.country) or j + 1 >= self.n:
                continue
            if self.texts[j] not in HYPHENS or self.keys[j + 1] not in OWNER_PARTICIPLES:
                continue
            o = spans[k + 1]
            if o.kind not in ("role", "body", "group") or o.actor.country or o.start != j + 2:
                continue
            o.actor.country = sp.actor.country
            o.actor.code = None
            o.actor.__post_init__()
            o.rule += (
                f"; '{self.doc[sp.start : j + 2].text}' names its owner or flag -> "
                f"{o.actor.code} [{OWNER_RULE}]"
            )

    def _state_security_council(self, spans: list[ActorSpan]) -> None:
        """A bare "the Security Council" (no "UN" of its own) in a story that names no UN body
        and is not filed from New York or Geneva, whose own phrase or convener names a state
        ("X's president chaired a meeting of the Security Council", "the Security Council of
        X"), is that state's council, not the UN's (rule mention.state_security_council)."""
        cands = [
            sp
            for sp in spans
            if sp.kind == "body"
            and sp.actor.name == "UN Security Council"
            and not any(self.keys[t] in UN_NAME_WORDS for t in range(sp.start, sp.end))
        ]
        if not cands:
            return
        if (self.story.dateline_place or "").lower() in UN_SEATS or any(
            k in UN_NAME_WORDS for k in self.keys
        ):
            return
        if any(o.actor.country == "UNO" and o not in cands for o in spans):
            return
        for sp in cands:
            owner = convener(self.doc, sp, spans) if self.parsed else None
            if owner is None and sp.end + 1 < self.n and self.keys[sp.end] == "of":
                after = next((o for o in spans if o.start == sp.end + 1), None)
                if after is not None and is_state(after.actor.country):
                    owner = after.actor.country, f"'of {self.doc[after.start : after.end].text}'"
            if owner is None:
                continue
            iso, why = owner
            sp.actor = Actor(
                text=sp.actor.text,
                name=f"{lx.country_name(iso)} Security Council",
                country=iso,
                sector="GOV",
            )
            sp.rule = f"body '{sp.actor.text}' -> {iso}GOV, a state's council: {why} [{STATE_COUNCIL_RULE}]"

    def _background_state(self, sp: ActorSpan) -> bool:
        """A state named only to describe a person or body, not as a party or a place of the
        story's acts (rule mention.background_state): "an *X*-born businessman", "a charity
        based in X", "a lawyer born in X", "a minister who was educated in X" (vocabulary
        background_participles), "a former prime minister of X", "a former ambassador to X" (an
        indefinite or former office whose 'of/to/for' phrase names the state)."""
        j = sp.end
        if (
            j + 1 < self.n
            and self.texts[j] in HYPHENS
            and self.keys[j + 1] in BACKGROUND_PARTICIPLES
        ):
            return True
        if not self.parsed:
            return False
        tok = self.doc[sp.end - 1]
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in BACKGROUND_PREPS:
            verb = prep.head
            return verb.pos_ in ("VERB", "AUX") and (
                verb.lower_ in BACKGROUND_PARTICIPLES
                or verb.lemma_.lower() in BACKGROUND_PARTICIPLES
            )
        if prep.lower_ in DESCRIPTION_PREPS and prep.head.pos_ == "NOUN":
            noun = prep.head
            return any(
                (c.dep_ == "det" and c.lower_ in ("a", "an"))
                or (c.dep_ == "amod" and c.lower_ in FORMER_WORDS)
                for c in noun.children
            )
        return False

    def _generic_role(self, sp: ActorSpan) -> bool:
        """A role with "a" or "an" in a comparison or a likeness ("the bird is more stubborn than
        *a general*", "she dressed like *an admiral*"): a kind of person, not one the story
        names, so no antecedent of a later "he" or "she" (rule mention.generic_role)."""
        if not self.parsed:
            return False
        tok = self.doc[sp.head]
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return False
        node = tok
        for _ in range(3):  # the role's preposition, and the comparison word above it
            if node.head.i == node.i:
                return False
            node = node.head
            if node.lower_ in COMPARISON_WORDS and node.dep_ in ("prep", "mark", "advmod"):
                return True
        return False

    def _note(self, sp: ActorSpan) -> None:
        if (after := self._mission_after(sp)) is not False:
            self.story.mission_body = after  # type: ignore[assignment]
        if sp.kind in ("body", "group", "role") and sp.actor.country in ("EUR", "IGO", "UNO"):
            self.story.bodies.append(sp.actor)
        elif sp.kind == "body" and sp.actor.country == "NGO" and not sp.actor.sector:
            self.story.ngos.append((self.sent_of[sp.start], sp.actor))
        elif self.story.ngos and (
            sp.actor.country in ("IMG", "MNC") or sp.actor.sector in OTHER_GROUP_SECTORS
        ):  # "Al-Shabaab" named after Amnesty: "the group" is no longer Amnesty
            self.story.ngos.append((self.sent_of[sp.start], None))
        background = self._background_state(sp)
        for a in sp.actors:
            if is_state(a.country):
                self.story.countries.append((sp.start, a.country))  # type: ignore[arg-type]
                if background:
                    self.story.background.add(sp.start)
        if sp.kind == "role" and self._generic_role(sp):
            pass  # "more stubborn than *a general*": no person a later "she" can stand for
        elif sp.kind in ("person", "role"):  # a role without a country too ("the interior
            # minister said ... *He* added"): the fallback places it, and its pronouns with it
            subj = self.doc[sp.head].dep_ in ("nsubj", "nsubjpass") if self.parsed else False
            self.story.persons.append((sp.start, self.sent_of[sp.start], sp.actor, subj))
        elif (
            sp.kind == "reference"
            and sp.actor.name
            and self.parsed
            and sp.end - sp.start == 1
            and self.keys[sp.start] in PERSON_PRONOUNS
            and self.doc[sp.start].dep_ in ("nsubj", "nsubjpass")
        ):
            # "X received the envoy. Later *he* called Kenya's minister, Y. Z welcomed *his*
            # appointment": a pronoun subject keeps its person the sentence's subject, ahead of
            # the object named after it (rule mention.pronoun_subject_chain)
            self.story.persons.append((sp.start, self.sent_of[sp.start], sp.actor, True))

    def _span(
        self, start: int, end: int, actor: Actor, kind: str, rule: str, **kw: object
    ) -> ActorSpan:
        span = self.doc[start:end]
        head = span.root.i if self.parsed else end - 1
        is_loc = False
        if self.parsed:
            root = self.doc[head]
            # a titled person is no place: "called *in* the Ambassador of X" (a phrasal verb
            # the parser reads as a preposition) names whom, not where (rule
            # mention.organ_not_target)
            is_loc = root.dep_ == "pobj" and root.head.lower_ in LOC_PREPS
            if is_loc and kind in TITLE_KINDS:
                is_loc = False
                rule += (
                    f"; after '{root.head.text}' but a title, no place [{ORGAN_NOT_TARGET_RULE}]"
                )
        actor.text = span.text
        if actor.code is None or actor.code == "":
            actor.code = code_of(actor.country, actor.sector) or None
        return ActorSpan(start, end, actor, kind, rule, head, is_location=is_loc, **kw)  # type: ignore[arg-type]

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

    def _regional_organ(self, sp: ActorSpan) -> bool:
        """ "the Galician *regional* parliament", "the Bavarian *state* government": an organ
        of a state's region, named with a word of its level of government."""
        if sp.kind != "body" or sp.actor.sector not in REGIONAL_ORGAN_SECTORS or not self.parsed:
            return False
        head = self.doc[sp.head]
        near = [*head.children, *self.doc[sp.start : sp.end]]
        return any(t.lower_ in LEVEL_WORDS and t.i < head.i for t in near)

    def _newcomers(self, sp: ActorSpan) -> bool:
        """A group of people who came from elsewhere, by a word of the group itself (vocabulary
        newcomer_words: migrants, immigrants, exiles, expatriates, the diaspora): a city or
        state where they are is not theirs (rule mention.newcomers_unplaced)."""
        return any(t.lower_ in NEWCOMER_WORDS for t in self.doc[sp.start : sp.end])

    def _faith_or_ethnic(self, sp: ActorSpan) -> bool:
        """A group named by a religion or ethnicity that is not a country's adjective."""
        if not self.parsed:
            return False
        head = self.doc[sp.head]
        for tok in [*head.children, *self.doc[sp.start : sp.end]]:
            if tok.i == head.i or tok.ent_type_ != "NORP" or tok.dep_ not in ("amod", "compound"):
                continue
            if _stance_prefixed(self.doc, tok.i):
                continue  # "pro-*European* president": a stance, not a community
            a = self.atom(tok.i)
            if not (a and a.entry.kind in lx.COUNTRY_KINDS):
                return True
        return False

    # -- fallback ------------------------------------------------------------------------
    def _state_order(self, spans: list[ActorSpan]) -> StateOrder:
        """The story's states, most frequent first, counted over the spans placed before the
        fallback: the order in which the fallback's guesses and mention.pronoun_not_target
        try them."""
        counts = Counter(a.country for sp in spans for a in sp.actors if is_state(a.country))
        for iso in self._venue_only_states(spans):
            del counts[iso]  # "the EU summit in Brussels": the host city's state takes no part
        hosts = self._host_only_states(spans, counts)
        headline, topics = self._headline_states()
        if topics and (own := headline - topics):
            # "X's coalition fell; the election will be fought over Y": Y is what the story
            # is about, X whose story it is (rule mention.headline_topic)
            headline = own
        else:
            topics = set()
        if not headline & counts.keys():
            return StateOrder(_hosts_last(counts.most_common(), hosts), None)
        # the states the headline names count once more and go first among equals: in a
        # live blog whose newest post opens on a neighbour's reaction, or a story whose
        # lead quotes a visitor, the headline still says whose story it is
        counts.update(headline & counts.keys())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] not in headline))
        if topics:
            # the headline's own state goes before a state it names only as the topic, even
            # where the topic is named more often in the text (rule mention.headline_topic)
            first = next(i for i, kv in enumerate(ranked) if kv[0] in headline)
            at = next((i for i, kv in enumerate(ranked[:first]) if kv[0] in topics), None)
            if at is not None:
                ranked.insert(at, ranked.pop(first))
        ranked = _hosts_last(ranked, hosts)
        return StateOrder(ranked, ranked[0][0] if ranked[0][0] in headline else None)

    def _venue_only_states(self, spans: list[ActorSpan]) -> set[str]:
        """The states every mention of which is the place where a named international body
        meets ("the EU summit *in Brussels*", "a meeting of the African Union *in Addis
        Ababa*"): the venue of a bloc's meeting, not a party to it, so not the state the
        story's unplaced officials are guessed to serve (rule mention.body_venue). A state
        named anywhere else, or a meeting of no body ("talks in Lima"), keeps its count."""
        if not self.parsed:
            return set()
        venue: dict[str, bool] = {}
        for sp in spans:
            for a in sp.actors:
                if is_state(a.country):
                    only = sp.is_location and self._body_venue(sp, spans)
                    venue[a.country] = venue.get(a.country, True) and only  # type: ignore[index]
        return {iso for iso, only in venue.items() if only}

    def _body_venue(self, sp: ActorSpan, spans: list[ActorSpan]) -> bool:
        """ "the EU summit *in Brussels*": the place span is the object of "in" or "at" on a
        meeting noun (vocabulary venue_nouns) that an international body's name modifies or
        follows with "of"."""
        tok = self.doc[sp.head]
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            return False
        meeting = prep.head
        body = meeting  # "a meeting of the African Union *in Addis Ababa*": on the body's name
        if meeting.dep_ == "pobj" and meeting.head.lower_ == "of":
            meeting = meeting.head.head
        if meeting.lemma_.lower() not in VENUE_NOUNS:
            return False
        if body != meeting:
            return any(o.start <= body.i < o.end and o.actor.country in BODY_CODES for o in spans)
        owners = [c for c in meeting.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        owners += [
            g for c in meeting.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        return any(
            o.start <= w.i < o.end and o.actor.country in BODY_CODES for w in owners for o in spans
        )

    def _host_only_states(self, spans: list[ActorSpan], counts: Counter) -> set[str]:
        """The states every mention of which names a host or mediator of others' talks
        ("*Kenyan* auspices", "*Qatari* mediators", "hosted by *Turkey*": ``_as_host``), when
        the story has another state to rank first."""
        if not self.parsed or len(counts) < 2:
            return set()
        named: dict[str, bool] = {}
        for sp in spans:
            for a in sp.actors:
                if is_state(a.country):
                    host = not sp.is_location and self._as_host(sp)
                    named[a.country] = named.get(a.country, True) and host  # type: ignore[index]
        hosts = {iso for iso, only in named.items() if only}
        return hosts if set(counts) - hosts else set()

    def _fallback(self, spans: list[ActorSpan], order: StateOrder) -> None:
        freq = order.ranked
        named: dict[str, ActorSpan] = {}  # head word -> the last body or role with a country
        groups: dict[str, ActorSpan] = {}  # head word -> the last group with a state's country
        forces: ActorSpan | None = None  # the last armed force, police or spies with a country
        forces_named: list[ActorSpan] = []  # every such force, in order (mention.main_state_force)
        alleged: ActorSpan | None = None  # the last force named only in a claim (alleged_force)
        court: ActorSpan | None = None  # the last court or judge with a state's country
        people_placed: dict[str, str] = {}  # person's name -> the country the story gives them
        holders: list[tuple[tuple[str, ...], ActorSpan]] = []  # (title, person) with a state
        lead = self._lead_place(spans)  # where a story filed from elsewhere takes place
        # a story filed from the host of talks between others: their story, not the host's
        host = self._host_dateline(spans) if self.story.dateline_country else None
        filed = (self.story.dateline_country, self.story.dateline_place, self.story.dateline_led)
        item = -1
        waiting: list[tuple[ActorSpan, ActorSpan]] = []  # (person, its appositive office)
        party_offices: list[tuple[ActorSpan, ActorSpan, str]] = []  # (office, later owner, why)
        for sp in spans:
            waiting = self._settle_appositives(waiting, sp.start, people_placed)
            if self.briefing and (seg := self._segment_of(sp)) != self.segment:
                # a briefing page: each item is a story of its own; what another item named
                # does not place this one's bare words, and the states the story names most
                # (and the headline, which names every item's) are counted in the item only
                self.segment = seg
                named, groups, forces, holders, court = {}, {}, None, [], None
                forces_named, alleged = [], None
                lead = host = None
                if seg >= 0:
                    order = self._item_order([s for s in spans if self._segment_of(s) == seg])
                    freq = order.ranked
            if self.items and (now := self._item_of(sp)) != item:
                # a news digest: each item is a story of its own, filed from its dateline's
                # place; what an earlier item named does not place this one's bare words
                item = now
                named, groups, forces, holders, court = {}, {}, None, [], None
                forces_named, alleged = [], None
                if now > 0:
                    lead = host = None  # the first item's lead and host are its own
                if now >= 0:
                    self.story.dateline_country = self.items[now][1]
                    self.story.dateline_place = self.items[now][2]
                    self.story.dateline_led = False
            head = self.doc[sp.head].lemma_.lower() if self.parsed else self.keys[sp.end - 1]
            if sp.actor.country and sp.kind in ("body", "role"):  # a state's or a bloc's
                named[head] = sp
            if is_state(sp.actor.country) and sp.kind == "group":  # "six Nicaraguan officials"
                groups[head] = sp
            if sp.kind == "person" and is_state(sp.actor.country):
                holders += [(title, sp) for title in self._titles(sp)]
            if sp.actor.country and is_state(sp.actor.country) and sp.actor.sector in FORCES:
                if (
                    not self._lone_bearer(sp) or (freq and freq[0][0] == sp.actor.country)
                ) and not self._alleged_force(sp):
                    forces = sp  # (not "a retired Ghanaian colonel", "a Danish frigate" of a
                    # third state: one person's or vessel's state; rule mention.lone_bearer;
                    # nor a force only said to have acted: rule mention.alleged_force)
                    forces_named.append(sp)
                elif self._alleged_force(sp):
                    alleged = sp
                continue
            if sp.actor.country and is_state(sp.actor.country) and sp.actor.sector == "JUD":
                court = sp  # "a German court ... the presiding *judge*": that court's
            if sp.kind == "role" and (party := self._opposition_of(sp, spans)) is not None:
                # "the leader *of the conservative opposition*": the opposition's, not a
                # government's
                sp.actor.sector = "OPP"
                if sp.actor.country:
                    sp.actor.code = code_of(sp.actor.country, "OPP")
                said = self.doc[party.start : party.end].text
                sp.rule += f"; of '{said}' -> OPP [{OPPOSITION_TITLE_RULE}]"
            ante = self.antecedents.get(sp.start)
            if (
                ante is not None
                and sp.start in self.far_references
                and ante.country not in INTERNATIONAL_CODES
            ):
                # far back and a state's: no reference (mention.international_reference)
                ante = None
            if not sp.actor.country and ante is not None and ante.country:
                # "The charity said ...": the country the organisation it names was placed in
                sp.actor.country, sp.actor.code = ante.country, ante.code
                if sp.kind == "reference" and ante.sector:  # "He": the title's sector as settled
                    sp.actor.sector = ante.sector  # ("the leader of the opposition": OPP)
                sp.rule += f"; placed as {ante.text or ante.name} above -> {sp.actor.code}"
                continue
            if (
                sp.kind in ("reference", "person")
                and not sp.actor.country
                and sp.actor.name in people_placed
            ):
                # "She urged ...", "*Zongo* is due to travel ...": the person named before got a
                # country from the context then; a later armed force or place does not move them
                iso = people_placed[sp.actor.name]
                sp.actor.country, sp.actor.code = iso, code_of(iso, sp.actor.sector)
                sp.rule += f"; {sp.actor.name} placed in {iso} above -> {sp.actor.code}"
                continue
            if not sp.actor.country and (body := self._commission_of(sp, spans)) is not None:
                # "The European Commission opened an inquiry ... *The commissioner* urged":
                # a member of the commission the story named
                sp.actor.country = body.actor.country
                sp.actor.code = code_of(body.actor.country, sp.actor.sector)  # type: ignore[arg-type]
                sp.country_inferred = True
                said = self.doc[body.start : body.end].text
                sp.rule += f"; a member of the commission named before, '{said}' -> {sp.actor.code} [{COMMISSION_MEMBER_RULE}]"
                continue
            if (
                not sp.actor.country
                and sp.kind in ("group", "body", "role")
                and self.parsed
                and (owners := whose_owners(self.doc, sp, spans))
            ):
                # "the leaders of X and Y, *whose governments* have quarrelled": the states
                # of the antecedent of "whose", not the story's most frequent state
                sector = sp.actor.sector
                sp.actor.country, sp.actor.code = owners[0], code_of(owners[0], sector)
                sp.also = [
                    Actor(text=sp.actor.text, country=o, sector=sector, code=code_of(o, sector))
                    for o in owners[1:]
                ]
                sp.country_inferred = True
                sp.rule += f"; 'whose' -> {', '.join(owners)}, the states its antecedent names [{WHOSE_OWNER_RULE}]"
                continue
            if not sp.actor.country and (pair := self._story_pair(sp, spans)) is not None:
                # "the two foreign ministries", "the heads of the two interior ministries": the
                # bodies of the two states the story has set side by side
                sector = sp.actor.sector
                sp.actor.country, sp.actor.code = pair[0], code_of(pair[0], sector)
                sp.also = [Actor(text=sp.actor.text, country=pair[1], sector=sector)]
                sp.also[0].code = code_of(pair[1], sector)
                sp.country_inferred = True
                sp.rule += f"; the story's pair {pair[0]}, {pair[1]} -> {sp.actor.code}, {sp.also[0].code} {' '.join(f'[{r}]' for r in pair[2].split())}"
                continue
            if sp.actor.country or sp.kind not in ("role", "group", "body", "person"):
                if sp.kind == "person" and sp.actor.name and is_state(sp.actor.country):
                    people_placed[sp.actor.name] = sp.actor.country  # type: ignore[assignment]
                continue
            if (flag := self._flag_of(sp)) is not None:
                # "a *Liberian-flagged* cargo ship": the flag's state is none of its parties,
                # and no state the story names most is either (rule mention.flag_compound)
                sp.rule += f"; '{flag}' names only its flag, no party [{FLAG_RULE}]"
                continue
            if sp.kind == "role" and self._bare_un_chief(sp, spans):
                # "The Secretary-General calls on ...": in a story that names the UN, the bare
                # title is the UN's chief, not an official of the story's main state
                sp.actor.country, sp.actor.code = "UNO", code_of("UNO", sp.actor.sector)
                sp.rule += f"; the UN's chief, in a story that names the UN [{UN_CHIEF_RULE}]"
                named[head] = sp
                continue
            if (body := self._secretariat_of(sp, spans)) is not None:
                # "An ASEAN statement said *the secretary-general* would travel ...": the bloc's
                # officer, not the dateline's or the story's state's
                sp.actor.country = body.actor.country
                sp.actor.code = code_of(body.actor.country, sp.actor.sector)  # type: ignore[arg-type]
                said = self.doc[body.start : body.end].text
                sp.rule += f"; an officer of '{said}', named just before -> {sp.actor.code} [{SECRETARIAT_RULE}]"
                named[head] = sp
                continue
            if sp.kind == "person" and not sp.actor.sector:
                if (office := self._relative_office(sp, spans)) is not None:
                    # "X, who was sworn in as Ghana's foreign minister": that title's
                    sp.actor.country, sp.actor.sector = office.actor.country, office.actor.sector
                    sp.actor.code = code_of(sp.actor.country, sp.actor.sector)
                    said = self.doc[office.start : office.end].text
                    sp.rule += f"; the office its relative clause names, '{said}' -> {sp.actor.code} [{RELATIVE_OFFICE_RULE}]"
                    if sp.actor.name:
                        people_placed[sp.actor.name] = sp.actor.country  # type: ignore[assignment]
                elif (office := self._appositive_office(sp, spans)) is not None:
                    # "X, the speaker of the eastern-based parliament, rejected": placed with the
                    # office once the office is (it comes later in the loop)
                    waiting.append((sp, office))
                elif (desc := self._described_name(sp, spans)) is not None:
                    # "The UN envoy for Libya flew to Benghazi. *Ingrid Solberg* met ...": the
                    # titled description the sentence before made its subject
                    sp.actor.country, sp.actor.sector = desc.actor.country, desc.actor.sector
                    sp.actor.code = desc.actor.code or code_of(
                        desc.actor.country, desc.actor.sector
                    )
                    said = self.doc[desc.start : desc.end].text
                    sp.rule += f"; the description the sentence before opens on, '{said}' -> {sp.actor.code} [{DESCRIBED_NAME_RULE}]"
                    if sp.actor.name:
                        people_placed[sp.actor.name] = sp.actor.country  # type: ignore[assignment]
                elif self.parsed and (home := citizen_apposition(self.doc, sp)) is not None:
                    # "X, a 41-year-old Ruritanian citizen": a private person of that state
                    sp.actor.country, sp.actor.sector = home[0], "CVL"
                    sp.actor.code = code_of(home[0], "CVL")
                    sp.rule += f"; {home[1]} -> {sp.actor.code} [{CITIZEN_RULE}]"
                    if sp.actor.name:
                        people_placed[sp.actor.name] = sp.actor.country  # type: ignore[assignment]
                continue  # an untitled, unknown person: the story does not say
            if sp.actor.sector == "REF" and (camp := self._refugee_place(sp, spans)):
                # "Rohingya refugees *from the camps in X*": refugees of no named state are
                # placed where their own phrase says they are sheltered
                iso, why = camp
                sp.actor.country, sp.actor.code = iso, code_of(iso, "REF")
                sp.country_inferred = True
                sp.rule += f"; no country named, {why} -> {sp.actor.code} [{REFUGEE_PLACE_RULE}]"
                continue
            if sp.kind == "group" and sp.actor.sector in CROWD_SECTORS and self._newcomers(sp):
                # "migrant workers gathered in X": people who came from elsewhere are not of
                # the place where they are, nor of the story's place (rule
                # mention.newcomers_unplaced); their nationality, where named, places them
                sp.rule += f"; newcomers, not placed by where they are [{NEWCOMERS_RULE}]"
                continue
            if self._faith_or_ethnic(sp) and not self._regional_organ(sp):
                continue  # "Muslim hackers", "Jewish settlers": a community, not a state's;
                # "the *Galician* regional parliament": a region's organ, placed as the state's
            if (firm := self._company_owner(sp, spans)) is not None:  # "the firm's *chief
                sp.actor.sector = "BUS"  # executive*": a company's head, not a government's
                sp.rule += f"; {firm}, a company -> BUS"
            elif (civil := self._civil_body(sp)) is not None:  # "a spokesman *for a residents'
                sp.actor.sector = civil[0]  # association*": the association's, not a state's
                sp.rule += f"; {civil[1]} -> {civil[0]}"
            elif (party := self._party_owner(sp, spans)) is not None:
                # "*the rebels'* spokesman", "a spokesman *for the company*": the office of the
                # party its own phrase names, not of a state the story or the sentence before
                # gives (rule mention.party_office)
                sector, iso, why, owner = party
                sp.actor.sector = sector
                sp.rule_id = PARTY_OFFICE_RULE
                if not iso:
                    sp.actor.code = sector
                    if owner is not None and owner.start > sp.start:
                        # "a spokesman *for the separatists*": placed as they are, once they are
                        party_offices.append((sp, owner, why))
                        continue
                    sp.rule += f"; {why}, which names no state -> {sector} [{PARTY_OFFICE_RULE}]"
                    continue
                sp.actor.country = iso
                sp.country_inferred = True
                sp.actor.code = code_of(iso, sector)
                sp.rule += f"; no country named, {why} -> {sp.actor.code} [{PARTY_OFFICE_RULE}]"
                continue
            locale = self._locale(sp.start)
            if locale is not None and (venue := self._speakers_venue(sp, spans, locale[0])):
                # "In Vienna, the OSCE office urged *the authorities* to ...": the place is
                # where the OSCE speaks, it places none of the parties it speaks of
                locale = None
                sp.rule += f"; the sentence opens on where '{venue}' speaks, no place of its [{SPEAKERS_VENUE_RULE}]"
            envoy = sp.kind == "person" and self.parsed and self._envoy_titled(sp)
            crowd = sp.kind == "group" and sp.actor.sector in CROWD_SECTORS
            where = self._crowd_place(sp, spans) if crowd else None
            earlier = named.get(head) if sp.kind in ("body", "role") else None
            envoy_before = None
            definite = "the" in (self.doc[max(sp.start - 1, 0)].lower_, self.doc[sp.start].lower_)
            if earlier is None and sp.kind == "role" and head in ENVOY_TITLES and definite:
                # "summoned the Austrian ambassador ... handed *the envoy* a note": the envoy
                # told before under another title (rule mention.envoy_told_before)
                envoys = [named[w] for w in ENVOY_TITLES if w in named]
                earlier = envoy_before = max(envoys, key=lambda e: e.start, default=None)
            reach = 4 if sp.kind == "body" else 2  # "the court", "the bloc": a body stays in view
            if sp.kind == "role" and head in ENVOY_TITLES and definite:
                # "summoned X's ambassador ... (two sentences) ... accused *the ambassador*": the
                # story's envoy stays in view as a body does (rule mention.envoy_told_before)
                reach = ENVOY_REACH
            anaphor = sp.kind == "group" and (same := self._definite_group(sp)) is not None
            if anaphor:
                # "sanctions on six Nicaraguan officials ... *the officials* had overseen",
                # "four of *the same officials*": a definite group names the one named before
                earlier = groups.get(head)
                reach = self.n if same else 4
            if sp.kind == "role" and (holder := self._title_holder(sp, holders)) is not None:
                # "Indonesian President X arrived ... *The president* will": X's title
                earlier = holder if earlier is None or holder.start > earlier.start else earlier
            if earlier is not None and self.sent_of[sp.start] - self.sent_of[earlier.start] > reach:
                earlier = None  # a role's reference reaches two sentences back at most
            chained = False  # placed by the same word or force named before (organ_not_target)
            if (owner := self._owner(sp, spans)) is not None:  # "*his* government"
                iso, why = owner
                if not is_state(iso):  # "*the EU's* envoy": a bloc's, not a place's
                    sp.rule_id = BODY_OWNER_RULE
                    if not sp.actor.name:  # the body's official: named as the body (the
                        sp.actor.name = self._owning_body_name(sp, spans)  # "EU envoy" is)
            elif (held := self._pronoun_owner(sp, spans)) is not None:
                iso, why = held  # "the head of *its* observer mission": the body "it" is
                sp.rule_id = PRONOUN_OWNER_RULE
            elif (inner := self._modifier_owner(sp, spans)) is not None:  # "*UN* arms inspectors"
                iso, why = inner
            elif (sent := self._sent_for(sp, spans)) is not None:  # "a spokesman *for X*"
                iso, why = sent
            elif self.parsed and (home := appositive_home(self.doc, sp)) is not None:
                iso, why = home  # "Senator X, *a Texas Democrat*"
                sp.rule_id = APPOSITIVE_HOME_RULE
            elif self.parsed and (called := convener(self.doc, sp, spans)) is not None:
                iso, why = called  # "X's president convened a meeting of *the council*"
                sp.rule_id = CONVENER_RULE
            elif self.parsed and (sent_by := sender(self.doc, sp, spans)) is not None:
                iso, why = sent_by  # "Ruritania sent *a delegation*": Ruritania's
                sp.rule_id = SENDER_RULE
            elif self.parsed and (deploys := deployer(self.doc, sp, spans)) is not None:
                iso, why = deploys  # "*the ministry* deployed Kenyan police": Kenya's
                sp.rule_id = DEPLOYER_RULE
            elif (ruling := self._opposed_state(sp, spans)) is not None:
                iso, why = ruling  # "X's government suspended *opposition parties*": X's
                sp.rule_id = OPPOSITION_HOME_RULE
            elif (
                tie := story_tie(
                    self.doc, sp, spans, self.story.dateline_country, freq, self.parsed
                )
            ) is not None:
                # "Japan's foreign minister X ... *Foreign Minister X*", "*the visiting
                # minister*", "X, who arrived from Tokyo": the story's own tie, not the dateline
                iso, why, sp.rule_id = tie
            elif (office := self._headline_office(sp)) is not None:
                # headline "Freedonia's trade minister on ...", text "*Trade Minister X* said":
                # the office the headline gives a state (rule mention.headline_office)
                iso, why = office
                sp.rule_id = HEADLINE_OFFICE_RULE
            elif (
                freq
                and self._counterpart_states(sp, spans)
                and (guess := self._story_guess(sp, spans, order)) is not None
            ):
                # "Minister X and his Malian counterpart": X is of the story's other state,
                # not of the place or dateline of the sentence (rule mention.counterpart_pair)
                iso, why = guess
                sp.country_guessed = True
            elif where is not None:  # "protesters marched ... in Beijing": people of that place
                iso, why = where
            elif locale is not None and earlier is not None and locale[0] != earlier.actor.country:
                # "X's ministry said ... *In Y's capital*, the ministry said": the sentence
                # reports from another state's capital, whose ministry it is
                iso, why = locale[0], f"{locale[1]} [{OPENING_PLACE_RULE}]"
            elif (
                earlier is not None
                and sp.actor.sector in ORGAN_SECTORS
                and not envoy
                and (seat := self._own_place(sp, spans)) is not None
                and seat[0] != earlier.actor.country
            ):
                # "Norway's foreign ministry summoned ... *The foreign ministry in Reykjavik*
                # said": the organ's own seat names its state, above the same word named earlier
                iso, why = (
                    seat[0],
                    f"{seat[1]}, not the same word named earlier [{ORGAN_SEAT_RULE}]",
                )
            elif earlier is not None:  # "Peru's foreign ministry ... *the ministry* said"
                iso = earlier.actor.country  # type: ignore[assignment]
                chained = True
                said = self.doc[earlier.start : earlier.end].text
                why = (
                    f"the title of '{said}', named earlier"
                    if earlier.kind == "person"
                    else f"the same word named earlier, '{said}'"
                )
                if earlier is envoy_before or (
                    reach == ENVOY_REACH
                    and sp.kind == "role"
                    and self.sent_of[sp.start] - self.sent_of[earlier.start] > 2
                ):
                    why = f"the envoy named earlier, '{said}' [{ENVOY_BEFORE_RULE}]"
            elif self.doc[sp.head].lower_ in POSTED_ABROAD or _member_states(sp, self.doc):
                continue  # "diplomats in Beijing": posted there; "member states": many
            elif source := self._reporting_source(sp, spans):  # "the minister met ..., *the
                iso, why = source  # X foreign ministry* said": X's, not the meeting's city
                sp.rule_id = SOURCE_RULE
            elif locale is not None and not envoy:  # (an envoy is posted there, not of it)
                iso, why = locale
            elif (body_said := self._named_body_speaker(sp)) is not None:
                iso, why = body_said  # "*A Council spokesman* said": the Council's, named before
                sp.rule_id = NAMED_BODY_SPEAKER_RULE
            elif (speaker := self._previous_speaker(sp, spans)) is not None:
                iso, why = speaker  # "X's coast guard said ... *A spokesman*, Y, denied"
                sp.rule_id = PREVIOUS_SPEAKER_RULE if is_state(iso) else PREVIOUS_BODY_SPEAKER_RULE
            elif (
                (own := self._own_place(sp, spans))
                and not self._at_host(host, own)
                and not envoy  # "received Ambassador X in Accra": posted there, not of it
            ):
                # "opposition figures *in X*": X's (not the talks' venue in the host's city)
                iso, why = own
            elif sp.actor.sector == "JUD" and (owned := self._town_owned(sp, spans)) is not None:
                # "a judge of *the town's* high court" after "held him in Lyon": the court of
                # the town just named, not a court or prosecutors named before
                iso, why = owned
                sp.rule_id = TOWN_OWNED_RULE
            elif sp.actor.sector == "JUD" and court is not None:
                # "A German court sentenced ... the presiding *judge*, X, said": a judge of the
                # court the story named, not of the defendant's country
                iso = court.actor.country  # type: ignore[assignment]
                said = self.doc[court.start : court.end].text
                why = f"the court or judge named before, '{said}' [{JUDGE_COURT_RULE}]"
            elif (acted := self._police_act_place(sp, spans)) is not None:
                # "police arrested a man *in Lyon*": a place's police act there
                iso, why = acted
                sp.rule_id = POLICE_PLACE_RULE
            elif (
                sp.actor.sector in FORCES
                and forces is not None
                and (sp.actor.sector != "COP" or forces.actor.sector == "COP")
            ):  # "X's army ... *the junta*"; police are placed by police, not by an army: "French
                # soldiers are stationed ... supporters were dispersed by *police*" are not French
                force = self._main_state_force(sp, forces, forces_named, freq)
                iso = force.actor.country  # type: ignore[assignment]
                chained = True
                why = f"the story's armed force named before, '{self.doc[force.start : force.end].text}'"
                if force is not forces:  # "Bolivian police" in an aside: the story's own police
                    aside = self.doc[forces.start : forces.end].text
                    why += f", not '{aside}' of an aside [{MAIN_STATE_FORCE_RULE}]"
                if alleged is not None and alleged.start > force.start:
                    said = self.doc[alleged.start : alleged.end].text
                    why += f", not '{said}', only alleged [{ALLEGED_FORCE_RULE}]"
            elif (
                self.story.dateline_country
                and (placed := self._sentence_place(sp, spans))
                and not self._at_host(host, placed)
            ):
                iso, why = placed  # "CAIRO - gunmen attacked a hotel *in X*": not Egyptians
            elif (
                away := self._attackers_elsewhere(
                    sp, spans, self.story.dateline_country or self.filed_iso
                )
            ) is not None:
                # "DAKAR - Gunmen seized ... in a Malian village. *The kidnappers* ...": not
                # Senegal's (where the reporter is), nor the lead's victims' state
                if not away[0]:
                    sp.rule += f"; {away[1]}"
                    continue
                iso, why = away
            elif lead is not None and not self._weak_place_target(sp, spans, lead[0]):
                iso, why = lead  # "JOHANNESBURG - ... detained a journalist *in Harare*"
            elif host is not None and not self._weak_place_target(sp, spans, host[0]):
                # "DOHA - Qatari mediators met X and Y ... *police*": not Qatar's; nor X's
                # when its own clause acts on X ("the militia accused X")
                iso, why = host
                sp.rule_id = HOST_RULE
            elif (
                self.story.dateline_country
                and lead is None
                and host is None
                and (away := self._title_elsewhere(sp, spans)) is not None
            ):
                # "AMMAN - ... in Syria. Iraq's ministry said ... *Foreign Minister X* called
                # his Syrian counterpart": not Jordan's, a state the story never names
                if not away[0]:
                    sp.rule += f"; {away[1]}"
                    continue
                iso, why = away
            elif (
                self.story.dateline_country
                and lead is None  # (a lead place that is the clause's target: no dateline)
                and host is None  # (nor a host's other state that is: the host's no better)
                and not self._weak_place_target(sp, spans, self.story.dateline_country)
                and not self._inserted_dateline(sp)
            ):
                iso, why = self.story.dateline_country, f"dateline '{self.story.dateline_place}'"
                sp.country_from_dateline = True
                if self.items:  # "TBILISI - *The government* rejected ...": this item's place
                    why += f" (this item's own) [{ITEM_DATELINE_RULE}]"
                if self.story.dateline_led:  # "SAN JOSE" in a story that opens on Costa Rica
                    why += f" (the lead's {iso} city of the name) [mention.dateline_lead_country]"
            elif self.hub_lead is not None and sp.actor.sector == NGO_SECTOR:
                # "BANGKOK - A and B protested ... *The rights group X* said": a non-state
                # group that names no country of its own is nobody's organ; the lead's doer is
                # no guess for it, as the hub's state is none (rule mention.hub_ngo)
                sp.rule += f"; a non-governmental group in a story {self.hub_why}: no state [{HUB_NGO_RULE}]"
                continue
            elif self.hub_lead is not None and not self._weak_place_target(
                sp, spans, self.hub_lead[0]
            ):  # "HELSINKI - Denmark expelled a diplomat ... *Police* said": Denmark's
                recent = self._recent_subject(sp, spans)
                if recent == "":
                    sp.rule += (
                        f"; two states the sentences are about: no country [{RECENT_SUBJECT_RULE}]"
                    )
                    continue
                # "... Sweden denied it. *Police* said": the state the sentence (or the one
                # before) is about, not the lead's first doer
                iso, why = recent if recent is not None else self.hub_lead
            elif freq and self._unnamed_attackers(sp):
                # "Gunmen ambushed a convoy", "unidentified assailants attacked a post": who
                # they are is what the story does not know; its main state (often the
                # victims', the headline's) is no guess for them
                sp.rule += f"; attackers no clue places: no country [{UNNAMED_ATTACKERS_RULE}]"
                continue
            elif freq and (issued := self._release_issuer(sp, spans)) is not None:
                # a press release run as news: "*the Minister* requested the release of ...",
                # "*the government* has protested to Y": the issuer's (rule
                # mention.release_issuer)
                iso, why = issued
                sp.rule_id = RELEASE_ISSUER_RULE
            elif freq and (prev := self._previous_state_subject(sp, spans, freq)) is not None:
                iso, why = prev  # "Y said it was alarmed. *The foreign minister* urged ...": Y's
            elif freq and (guess := self._story_guess(sp, spans, order)) is not None:
                iso, why = guess
                sp.country_guessed = True
                if self.hub_filed:  # "HELSINKI - Sweden expelled ... *a man* was charged"
                    why += f" ({self.hub_why})"
            else:
                continue
            if (
                chained
                and sp.kind in ("body", "role")
                and sp.actor.sector in ORGAN_SECTORS
                and iso in (aimed := self._clause_targets(sp, spans))
            ):
                # "Estonia's ministry denied it ... he said *the ministry* had asked Estonia":
                # an organ does not act by name on its own state; the chain's state is no
                # clue, the organ is placed as one no clue places, less its targets
                guess = self._story_guess(sp, spans, order) if freq else None
                if guess is None or guess[0] in aimed:
                    sp.rule += f"; not {iso}, which its own clause acts on by name: no country [{ORGAN_NOT_TARGET_RULE}]"
                    continue
                sp.country_guessed = True
                iso, why = (
                    guess[0],
                    f"not {iso}, which its own clause acts on by name [{ORGAN_NOT_TARGET_RULE}]: {guess[1]}",
                )
            if iso in (hosts := self._exile_hosts(sp, spans)):
                # "Opposition leader X, who lives in exile in Lithuania": not Lithuania's
                other = next((c for c, _ in freq if c not in hosts), None)
                if other is None:
                    continue
                iso, why = (
                    other,
                    f"most frequent country in the story, not {iso} where they live in exile [{EXILE_HOST_RULE}]",
                )
            sp.actor.country = iso
            sp.country_inferred = True
            sp.actor.code = code_of(iso, sp.actor.sector)
            sp.rule += f"; no country named, {why} -> {sp.actor.code}"
            if sp.kind in ("body", "role"):  # "the court ... *the court*": a chain of mentions
                named[head] = sp
            if sp.actor.sector == "JUD" and is_state(iso) and not sp.country_guessed:
                court = sp  # "the Higher Regional Court in Celle ... the presiding judge"
            if anaphor and earlier is not None and iso == earlier.actor.country:
                groups[head] = sp  # a chain of mentions of that group, not any other's
            if sp.kind == "person" and sp.actor.name:
                people_placed[sp.actor.name] = iso
        self._settle_appositives(waiting, self.n, people_placed)
        for office, owner, why in party_offices:
            iso = owner.actor.country if is_state(owner.actor.country) else ""
            if iso:
                office.actor.country = iso
                office.country_inferred = True
                office.actor.code = code_of(iso, office.actor.sector)
                why = f"no country named, {why}, placed as it is"
            else:
                why += ", which names no state"
            office.rule += f"; {why} -> {office.actor.code} [{PARTY_OFFICE_RULE}]"
        self.story.dateline_country, self.story.dateline_place, self.story.dateline_led = filed

    def _settle_appositives(
        self, waiting: list[tuple[ActorSpan, ActorSpan]], now: int, placed: dict[str, str]
    ) -> list[tuple[ActorSpan, ActorSpan]]:
        """The persons of ``waiting`` whose appositive office ends before token ``now`` take
        its country and sector once the office has one ("X, *the speaker of the parliament*":
        rule mention.appositive_office); the rest keep waiting."""
        left = []
        for person, office in waiting:
            if office.end > now:
                left.append((person, office))
                continue
            if not office.actor.country or person.actor.country:
                continue
            person.actor.country, person.actor.sector = office.actor.country, office.actor.sector
            person.actor.code = office.actor.code or code_of(
                office.actor.country, office.actor.sector
            )
            said = self.doc[office.start : office.end].text
            person.rule += f"; the office its apposition names, '{said}' -> {person.actor.code} [{APPOSITIVE_OFFICE_RULE}]"
            if person.actor.name and is_state(person.actor.country):
                placed[person.actor.name] = person.actor.country  # type: ignore[assignment]
        return left

    def _story_pair(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str, str] | None:
        """The two states a plural office or body of no state of its own is told as a pair
        of ("*the two* foreign ministries", "*both* armies", "the defence ministers *of the
        two countries*"): the two states named most in the story before it, when they are
        clear: two states, and no third named as often as the second (rule
        mention.story_pair; told by a possessive, "*both sides'* negotiators", "*the pair's*
        envoys": rule mention.pair_possessive). Never a pair guessed from one state, nor one
        of three."""
        if sp.kind not in ("group", "body") or not sp.actor.sector or not self.parsed:
            return None
        head = self.doc[sp.head]
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        left = [t.lower_ for t in self.doc[max(sp.start - 2, 0) : head.i]]
        told = ("the" in left and "two" in left) or "both" in left
        rule = STORY_PAIR_RULE
        if not told:  # "*both sides'* negotiators", "*the pair's* envoys"
            rule = PAIR_POSSESSIVE_RULE
            told = any(
                c.dep_ == "poss"
                and (
                    c.lower_ in PAIR_NOUNS
                    or (
                        c.lemma_.lower() in PAIR_SIDES
                        and any(w.lower_ in ("both", "two") for w in c.children)
                    )
                )
                for c in head.children
            )
        if not told:
            rule = STORY_PAIR_RULE
            ofs = {
                g.i
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            }
            told = any(
                o.kind == "reference" and o.head in ofs and len(o.actors) == 2 for o in spans
            )
        if not told:
            return None
        # not the dateline nor the venue of a meeting ("held talks *in Geneva*"): where the two
        # met is no third party to them (rule mention.pair_venue)
        before = [(i, iso) for i, iso in self.story.countries if i < sp.start and is_state(iso)]
        named = [iso for i, iso in before if i >= 0 and not self._venue(i)]
        if len(named) < len(before):
            rule += f" {PAIR_VENUE_RULE}"
        counts = Counter(named).most_common(3)
        if len(counts) < 2 or (len(counts) == 3 and counts[2][1] >= counts[1][1]):
            return None
        return counts[0][0], counts[1][0], rule

    def _commission_of(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The commission a bare "commissioner" is a member of: the last body the story named
        before it whose head is "commission" and that has a country ("The European
        Commission opened an inquiry ... *The justice commissioner* urged ..."), when the
        title has no possessor and no "of" phrase of its own (rule mention.commission_member)."""
        if sp.kind != "role" or not self.parsed:
            return None
        head = self.doc[sp.head]
        if head.lemma_.lower() != "commissioner" or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            for c in head.children
        ):
            return None
        bodies = [
            o
            for o in spans
            if o.end <= sp.start
            and o.kind == "body"
            and o.actor.country
            and self.doc[o.head].lemma_.lower() == "commission"
        ]
        return bodies[-1] if bodies else None

    def _venue(self, i: int) -> bool:
        """Whether the place named at token ``i`` is where something happened ("talks *in
        Geneva*", "met *at* Brussels"): the object of "in" or "at"."""
        t = compound_head(self.doc[i])
        return t.dep_ == "pobj" and t.head.lower_ in ("in", "at")

    def _opposition_of(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The opposition body a title of government's sector is "of" ("the leader *of the
        conservative opposition*", "the head of the main opposition party"): the title is the
        opposition's (rule mention.opposition_title)."""
        if not self.parsed or sp.actor.sector != "GOV":
            return None
        objs = {
            g.i
            for p in self.doc[sp.head].children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        }
        return next(
            (o for o in spans if o.head in objs and o.actor.sector == "OPP" and o.kind == "body"),
            None,
        )

    def _appositive_office(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The office an untitled person's apposition names ("X, *the speaker of the
        eastern-based parliament*, rejected ..."): a role with a sector whose head is the
        appositive of the person's name (rule mention.appositive_office)."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        targets = {c.i for c in head.children if c.dep_ == "appos" and c.i > head.i}
        if head.dep_ == "appos" and head.head.i < head.i:  # "the bloc's leader, X, said"
            targets.add(head.head.i)
        if not targets:
            return None
        return next(
            (o for o in spans if o.kind == "role" and o.head in targets and o.actor.sector),
            None,
        )

    def _described_name(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The titled description an untitled, unknown person's name takes up: "*The UN envoy
        for Libya* flew to Benghazi on Tuesday. Ingrid Solberg met ...". The name is the
        subject of its sentence's main verb; the description is a definite role with a sector
        and a country, the subject of the main verb of the sentence just before, and no person
        is named between them (rule mention.described_name)."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        if head.dep_ != "nsubj" or head.head.dep_ != "ROOT":
            return None
        if any(c.dep_ in ("appos", "relcl") for c in head.children):
            return None  # "X, a lawyer for the fishermen, said": its own words describe it
        here = self.sent_of[sp.start]
        for o in reversed(spans):
            if o.start >= sp.start:
                continue
            if self.sent_of[o.start] < here - 1:
                return None
            if o.kind == "person":
                return None  # a person named between: the name may be theirs
            if self.sent_of[o.start] != here - 1 or o.kind != "role":
                continue
            desc = self.doc[o.head]
            if not (
                (desc.dep_ == "nsubj" and desc.head.dep_ == "ROOT")
                # "GENEVA - *The WHO's director-general* visited ...": read as the dateline's
                or (
                    desc.dep_ == "appos"
                    and (
                        desc.head.i < self.body_start
                        or (desc.head.is_sent_start and desc.head.is_upper)
                    )
                )
            ):
                continue
            definite = any(  # "the envoy", "the EU's foreign policy chief"
                t.lower_ == "the" or t.tag_ in ("POS", "PRP$")
                for t in self.doc[desc.left_edge.i : desc.i]
            )
            if definite and o.actor.sector and o.actor.country:
                return o
            return None
        return None

    def _unnamed_attackers(self, sp: ActorSpan) -> bool:
        """A group named only by what it does or bears ("gunmen", "assailants", "kidnappers":
        vocabulary unnamed_attacker_nouns; "armed men", "masked men": a man or
        person with a word of unnamed_attacker_modifiers): armed people the story does not
        identify (rule mention.unnamed_attackers)."""
        if sp.kind != "group":
            return False
        if not self.parsed:
            return self.keys[sp.end - 1] in UNNAMED_ATTACKERS
        head = self.doc[sp.head]
        if head.lemma_.lower() in UNNAMED_ATTACKERS or head.lower_ in UNNAMED_ATTACKERS:
            return True
        return head.lemma_.lower() in ("man", "person") and any(
            c.dep_ == "amod" and c.lower_ in UNNAMED_MODIFIERS for c in head.children
        )

    def _main_state_force(
        self,
        sp: ActorSpan,
        last: ActorSpan,
        named: list[ActorSpan],
        freq: list[tuple[str, int]],
    ) -> ActorSpan:
        """The armed force a bare force word (``sp``: "police", "the army", "the police
        commissioner") stands for: the last one named (``last``), unless that one is of a state
        of a state that is not one of the two states the story names most (an aside's state),
        named two or more sentences before, while the story named a force of its most named
        state before it (police for police): then the main state's. "Peruvian police detained
        ... (an aside) Years ago Bolivian police extradited a trader. (...) *The police chief*
        vowed ...": Peru's, not Bolivia's (rule mention.main_state_force)."""
        if not freq or last.actor.country in {c for c, _ in freq[:2]}:
            return last  # the force of one of the story's two main states: no aside
        if self.sent_of[sp.start] - self.sent_of[last.start] < 2:
            return last  # "Bolivian police held him. *Police* said ...": the force just named
        main = freq[0][0]
        police = sp.actor.sector == "COP"
        for o in reversed(named):
            if (
                o.start < last.start
                and o.actor.country == main
                and (not police or o.actor.sector == "COP")
            ):
                return o
        return last

    def _secretariat_of(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The international body whose officer a bare secretariat title is (vocabulary
        secretariat_titles: "the executive secretary", "the director-general"; no country,
        possessive or "of" phrase of its own) when the nearest mention before it that has a
        country, in its sentence or the one before, is of an international body ("The ASEAN
        secretariat proposed a meeting. Its statement said *the secretary-general* would ...");
        None otherwise (rule mention.secretariat_title)."""
        if sp.kind not in ("role", "person") or sp.actor.country or not self.parsed:
            return None
        head = self.doc[sp.head]
        if any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
            for c in head.children
        ):
            return None  # "the party's secretary-general", "the director-general of customs"
        first = sp.start
        while (
            first > 0
            and self.doc[first - 1].dep_ in ("amod", "compound")
            and self.doc[first - 1].head.i == sp.head
        ):
            first -= 1  # "the *executive* secretary": the parser's modifier outside the span
        said = re.sub(r"[\s\-]+", " ", self.doc[first : sp.head + 1].text.lower())
        said = said.removeprefix("the ").strip()
        if not any(said == t or said.endswith(" " + t) for t in SECRETARIAT_TITLES):
            return None
        si = self.sent_of[sp.start]
        before = [
            o
            for o in spans
            if o.end <= first
            and not o.is_location
            and any(a.country for a in o.actors)
            and si - self.sent_of[o.start] <= 1
        ]
        if not before or before[-1].actor.country not in INTERNATIONAL_CODES:
            return None
        return before[-1]

    def _bare_un_chief(self, sp: ActorSpan, spans: list[ActorSpan]) -> bool:
        """ "*The Secretary-General* is deeply concerned ...": the bare title (no state, party
        or body of its own: no possessive, no "of" phrase) where the last international body the
        story named before it is a UN one (vocabulary un_chief_titles)."""
        said = re.sub(r"[\s\-]+", " ", self.doc[sp.start : sp.end].text.lower())
        said = said.removeprefix("the ").strip()
        if said not in UN_CHIEF_TITLES:
            return False
        if self.parsed and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
            for c in self.doc[sp.head].children
        ):
            return False  # "the party's secretary-general", "Secretary-General of NATO"
        bodies = [
            s.actor.country
            for s in spans
            if s.start < sp.start and s.kind == "body" and s.actor.country in ("UNO", "IGO", "EUR")
        ]
        return bool(bodies) and bodies[-1] == "UNO"

    def _item_order(self, item: list[ActorSpan]) -> StateOrder:
        """The states of one briefing item (``item``: its spans) for the fallback's guesses: the
        states its heading (or a bullet's lead sentence) names go first, in the order it names
        them, as an item's heading names whose story it is ("Lebanon: army raids camps"); then
        the item's other states, most named first. The page's headline, which names every
        item's states, and the other items count for nothing (rule mention.briefing_item)."""
        if not item:
            return StateOrder([], None)
        counts = Counter(a.country for sp in item for a in sp.actors if is_state(a.country))
        begins = self.briefing[segment_at(self.briefing, self.doc[item[0].start].idx)]
        # the first word of the heading or lead, past a bullet or a number ("- ", "2. ")
        opening = next(
            (t for t in self.doc if t.idx >= begins and not (t.is_punct or t.like_num)),
            self.doc[item[0].start],
        )
        heads: list[str] = []  # the states the item's heading or lead sentence names
        for sp in item:
            if self.doc[sp.start].idx >= opening.sent.end_char:
                break
            heads += [a.country for a in sp.actors if is_state(a.country)]
        heads = list(dict.fromkeys(heads))
        ranked = [(c, counts[c]) for c in heads]
        ranked += [kv for kv in counts.most_common() if kv[0] not in heads]
        return StateOrder(ranked, heads[0] if heads else None)

    def _segment_of(self, sp: ActorSpan) -> int:
        """The briefing item (index into ``briefing``) a span is in; -1 before the first."""
        return segment_at(self.briefing, self.doc[sp.start].idx)

    def _item_of(self, sp: ActorSpan) -> int:
        """The digest item (index into ``items``) a span is in; -1 before the first."""
        return segment_at([start for start, _, _ in self.items], self.doc[sp.start].idx)

    def _definite_group(self, sp: ActorSpan) -> bool | None:
        """ "*the* officials", "*these* judges": True for "the same ...", False for another
        definite group, None for an indefinite or bare one ("officials said", "six judges")."""
        if not self.parsed:
            return None
        kids = list(self.doc[sp.head].children)
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in kids):
            return None
        return any(c.dep_ == "amod" and c.lower_ == "same" for c in kids)

    def _titles(self, sp: ActorSpan) -> list[tuple[str, ...]]:
        """The titles a person's mention gives them ("*Foreign Minister* Rodrigo Fuentes")."""
        out, j = [], sp.start
        while j < sp.end:
            a = self.atom(j)
            if a is not None and a.entry.kind == lx.ROLE:
                out.append(tuple(self.keys[a.start : a.end]))
                j = a.end
            else:
                j += 1
        return out

    def _title_holder(
        self, sp: ActorSpan, holders: list[tuple[tuple[str, ...], ActorSpan]]
    ) -> ActorSpan | None:
        """The person named last before a bare role ("*the president*", "the minister") whose
        title ends in its words: the role names that person again, not the dateline's."""
        words_ = tuple(k for k in self.keys[sp.start : sp.end] if k not in DETS)
        if not words_:
            return None
        found = [
            p for title, p in holders if p.start < sp.start and title[-len(words_) :] == words_
        ]
        return found[-1] if found else None

    def _exile_hosts(self, sp: ActorSpan, spans: list[ActorSpan]) -> set[str]:
        """The states the phrase of ``sp`` names as where it lives in exile ("opposition leader
        X, who lives *in exile in Lithuania*", "X, exiled in Poland": vocabulary exile_words)."""
        if not self.parsed:
            return set()
        head = self.doc[sp.head]
        tree = [t for t in head.subtree if not sp.start <= t.i < sp.end]
        cue = next(
            (t.i for t in tree if t.lower_ in EXILE_WORDS or t.lemma_.lower() in EXILE_WORDS), None
        )
        if cue is None:
            return set()
        inside = {t.i for t in tree}
        return {
            a.country
            for o in spans
            if o.is_location and o.head in inside and o.head > cue
            for a in o.actors
            if is_state(a.country)
        }

    def _headline_states(self) -> tuple[set[str], set[str]]:
        """The states the story's headline names by a country name or adjective (the headline
        is not part of the text coded), and of those the ones it names only as the object of a
        topic preposition ("a row *over* X", "fought *over* X"; vocabulary
        headline_topic_prepositions): what the story is about, not whose story it is (rule
        mention.headline_topic)."""
        article = self.doc._.communique_article if Doc.has_extension("communique_article") else None
        title = getattr(article, "title", None)
        if not title:
            return set(), set()
        texts = lx.tokenize(title)
        keys = [lx.norm(t) for t in texts]
        topic: set[str] = set()
        other: set[str] = set()
        for i in range(len(keys)):
            m = self.lex.match_at(keys, texts, i)
            if not (m and m[1].kind in lx.COUNTRY_KINDS and is_state(m[1].country)):
                continue
            j = i - 1
            while j >= 0 and keys[j] in ("the", "a", "an"):
                j -= 1
            if j >= 0 and keys[j] in HEADLINE_TOPIC_PREPOSITIONS:
                topic.add(m[1].country)  # type: ignore[arg-type]
            else:
                other.add(m[1].country)  # type: ignore[arg-type]
        return topic | other, topic - other

    def _release_issuer(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A bare government title or body ("the Minister", "the Ministry", "Government") on a
        page that sets out a press release: the issuer's state (``page_voice.issuer_state``);
        None elsewhere (rule mention.release_issuer). Its clause's objects are no clue here: a
        release names its own government as the owner of what it conveys ("conveyed the
        Government of X's protest")."""
        if sp.kind not in ("role", "body") or sp.actor.sector != "GOV":
            return None
        if self._issuer is None:
            self._issuer = issuer_state(self.doc) or ""
        if not self._issuer:
            return None
        return self._issuer, f"the issuer of the release the page sets out [{RELEASE_ISSUER_RULE}]"

    def _headline_office(self, sp: ActorSpan) -> tuple[str, str] | None:
        """A titled person or title with no state of its own whose office (its words less the
        name, two words or more: "Trade Minister X", "the interior minister") the page's
        headline gives one state, "Freedonia's trade minister on ...", "Freedonian interior
        minister says ...": that state (an interview's or profile's guest is named in the
        text by office and name alone); None when the headline names the office with no state
        or with two (rule mention.headline_office)."""
        if sp.kind not in ("person", "role") or not sp.actor.sector:
            return None
        article = self.doc._.communique_article if Doc.has_extension("communique_article") else None
        title = getattr(article, "title", None)
        if not title:
            return None
        named = (
            {lx.norm(w) for w in (sp.actor.name or "").split()} if sp.kind == "person" else set()
        )
        office = [
            lx.norm(t.text)
            for t in self.doc[sp.start : sp.end]
            if t.is_alpha and t.lower_ not in ("the", "a", "an") and lx.norm(t.text) not in named
        ]
        if len(office) < 2:
            return None  # "Minister X", "the minister": too loose to match an office
        texts = lx.tokenize(title)
        keys = [lx.norm(t) for t in texts]
        found: set[str] = set()
        for i in range(len(keys)):
            m = self.lex.match_at(keys, texts, i)
            if not (m and m[1].kind in lx.COUNTRY_KINDS and is_state(m[1].country)):
                continue
            j = m[0] + (1 if m[0] < len(keys) and keys[m[0]] in ("'s", "'") else 0)
            if keys[j : j + len(office)] == office:
                found.add(m[1].country)  # type: ignore[arg-type]
        if len(found) != 1:
            return None
        iso = next(iter(found))
        return (
            iso,
            f"the headline names the office '{' '.join(office)}' as {iso}'s [{HEADLINE_OFFICE_RULE}]",
        )

    def _story_guess(
        self, sp: ActorSpan, spans: list[ActorSpan], order: StateOrder
    ) -> tuple[str, str] | None:
        """The story's most frequent state for a body, role or person no other clue places,
        less a state its own clause acts on ("Government spokesman X *accused Cairo*": not
        Egypt's, who would not accuse its own capital): then the next most frequent state,
        else none (rule mention.guess_not_target)."""
        if self._ancient_ruler(sp):  # no state's government: no political actor either
            sp.actor.sector = None
            sp.actor.code = None
            sp.rule += f"; a ruler of the past, of no state [{ANCIENT_RULER_RULE}]"
            return None
        if (pair := self._joint_lead_pair(sp)) is not None:
            # "Morocco and Algeria traded accusations. *The foreign ministry* said ...": whose
            # office it is the story does not say
            sp.rule += f"; {pair[0]} and {pair[1]} told as one pair: no guess [{JOINT_PAIR_RULE}]"
            return None
        if (hosted := self._mission_host(sp, spans)) is not None:
            return hosted  # "X's embassy in Y said *police* detained ...": Y's police
        targets = self._clause_targets(sp, spans)
        if (fought := self._separatists_fought(sp, targets)) is not None:
            # "*separatists* killed three Xian soldiers": a movement to secede from a state
            # fights that state's forces from inside it (rule mention.separatists_own_state)
            return fought, f"the state whose forces its clause fights [{SEPARATISTS_RULE}]"
        if paired := self._counterpart_states(sp, spans):
            targets = targets | paired
        if self._backers(sp, spans):  # "*Iran*-backed militias": not Iran's, and the story's
            return None  # other states are no better guess for whom the group fights
        for iso, _ in order.ranked:
            if iso not in targets:
                if (placed := self._placed_over_guess(sp, spans, order, targets, iso)) is not None:
                    return placed
                note = STORY_GUESS_NOTE
                if self.briefing and self.segment >= 0:
                    note += f" (of this briefing item, its heading's first) [{BRIEFING_ITEM_RULE}]"
                elif iso == order.headline_first:
                    note += f" (counting the headline's) [{HEADLINE_STATE_RULE}]"
                if paired:
                    note += f", not {'/'.join(sorted(paired))}, its counterpart's [{COUNTERPART_PAIR_RULE}]"
                elif targets:
                    note += f" not the target of its own clause [{GUESS_NOT_TARGET_RULE}]"
                if sp.actor.sector == "OPP" and self._governments_targeted(sp, spans, iso):
                    note += f", whose government it acts on [{OPPOSITION_OWN_GOVERNMENT_RULE}]"
                return iso, note
        return None

    def _separatists_fought(self, sp: ActorSpan, targets: set[str]) -> str | None:
        """The one state whose forces (or government) the clause of an unplaced separatist
        group acts on, when the group's noun or its modifier is a separatist word (vocabulary
        separatist_nouns): a separatist seeks to split from the state it lives in, so the state
        it fights is its own (rule mention.separatists_own_state); else None."""
        if len(targets) != 1 or sp.actor.sector not in FIGHTER_SECTORS or not self.parsed:
            return None
        head = self.doc[sp.head]
        named = [head, *(c for c in head.children if c.dep_ in ("amod", "compound"))]
        if not any(
            t.lemma_.lower() in SEPARATIST_NOUNS or t.lower_ in SEPARATIST_NOUNS for t in named
        ):
            return None
        return next(iter(targets))

    def _placed_over_guess(
        self,
        sp: ActorSpan,
        spans: list[ActorSpan],
        order: StateOrder,
        targets: set[str],
        guess: str,
    ) -> tuple[str, str] | None:
        """A body, role or person no word of its own places, in a story with no dateline,
        which would take the headline's first state as the story's guess, while its own clause
        names one place of another of the story's states with "in" (on its noun: "*officials
        in X*"; on the verb it is the subject of, or that verb's object: "the transport minister
        announced the fees *in X*"): that place's state (rule mention.place_over_guess).
        Meeting venues and bodies' seats (vocabulary venue_words) do not count."""
        if self.story.dateline_country or self.briefing or self.items or not self.parsed:
            return None
        if guess != order.headline_first or sp.actor.sector in FORCES:
            return None  # (an army or a navy acts abroad: "operations *in X*" are not X's)
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "amod", "appos") and head.head.i != head.i:
            head = head.head
        holders = [head]
        if head.dep_ == "nsubj":
            verb = head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if verb.lemma_.lower() in PLACE_SPEECH_VERBS or (
                verb.lemma_.lower() in SAY_VERBS and not objects
            ):
                return None  # "told reporters *in X*": where one spoke, not whose one is
            holders += [verb, *objects]
        found = self._states_placed_in(holders, self._not_venues(spans))
        if len(found) != 1:
            return None
        iso, place = next(iter(found.items()))
        acted_on = clause_targets(
            self.doc[sp.head],
            sp.actor.sector,
            [o for o in spans if o is not sp and not o.is_location],
        )  # (the place itself is no target: "announced the duties *in X*")
        if iso == guess or iso in acted_on or iso not in {c for c, _ in order.ranked}:
            return None
        why = f"its own clause's place, 'in {place}', not the headline's {guess}"
        return iso, f"{why} [{PLACE_OVER_GUESS_RULE}]"  # type: ignore[return-value]

    def _mission_host(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The host state of a diplomatic mission abroad that reports the act of a bare force
        ("The French embassy *in Algiers* said *police* had detained a French reporter",
        "security forces arrested two traders, *Kenya's high commission in Kampala* said"): a
        mission reports what the authorities of the state it sits in did, so the unplaced
        police, army or security forces are that state's, not the mission's state, which the
        story may name most (rule mention.mission_host). None when the force is placed
        otherwise, the sayer is no mission, or its "in" place is of the mission's own state.
        Source: the Vienna Convention on Diplomatic Relations (1961), art. 3: a mission
        ascertains and reports on conditions in the receiving state; general news usage."""
        if not self.parsed or sp.actor.sector not in FORCES or sp.actor.country:
            return None
        tok = _subject_climb(self.doc[sp.head])
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "detained *by police*"
            verb = tok.head.head
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
        else:
            return None
        say = None
        cur = verb
        for _ in range(3):  # "said (that) police had detained ...": the verb of saying above
            if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in REPORTING_VERBS:
                say = cur
                break
        if say is None:  # "police detained X, the embassy said": the verb of saying after it
            say = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in ("parataxis", "ccomp")
                    and c.lemma_.lower() in REPORTING_VERBS
                    and c.i > verb.i
                ),
                None,
            )
        if say is None:
            return None
        sayer = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if sayer is None or not _mission_noun(sayer):
            return None
        own = next(
            (o for o in spans if o.start <= sayer.i < o.end and is_state(o.actor.country)),
            None,
        )
        own = own or next(
            (
                o
                for o in spans
                if sayer.left_edge.i <= o.head < sayer.i
                and is_state(o.actor.country)
                and not o.is_location
            ),
            None,
        )
        placed = self._states_placed_in([sayer], spans)
        if own is None or len(placed) != 1:
            return None
        iso, place = next(iter(placed.items()))
        if iso == own.actor.country:
            return None
        mission = self.doc[sayer.left_edge.i : sayer.i + 1].text
        why = f"the host state of '{mission} in {place}', which reports it"
        return iso, f"{why} [{MISSION_HOST_RULE}]"  # type: ignore[return-value]

    def _joint_lead_pair(self, sp: ActorSpan) -> tuple[str, str] | None:
        """The two states of a story that names no other, each once, joined by "and" in the
        sentence just before a bare state office ("Morocco and Algeria traded accusations on
        Monday. *The foreign ministry* said ..."): an office of either, the story does not say
        which (rule mention.joint_pair). None otherwise: a story that names one of them more
        often, a third state, a dateline, or sentences between them."""
        if sp.kind not in ("body", "role") or not self.parsed or self.story.dateline_country:
            return None
        if sp.actor.sector not in ("GOV", "MIL", "COP", "LEG", "JUD"):
            return None
        named = [(i, iso) for i, iso in self.story.countries if is_state(iso)]
        if len(named) != 2 or named[0][1] == named[1][1] or named[1][0] > sp.start:
            return None
        (i, a), (j, b) = named
        if self.sent_of[i] != self.sent_of[j] or self.sent_of[sp.start] != self.sent_of[i] + 1:
            return None
        ti, tj = compound_head(self.doc[i]), compound_head(self.doc[j])
        if tj.dep_ != "conj" or tj.head.i != ti.i:
            return None
        return a, b

    def _counterpart_states(self, sp: ActorSpan, spans: list[ActorSpan]) -> set[str]:
        """The states of a counterpart coordinated with ``sp`` ("Minister X *and his Malian
        counterpart*, Y, signed ..."): a counterpart is by definition of another state, so the
        state its adjective names is not ``sp``'s (rule mention.counterpart_pair)."""
        if not self.parsed:
            return set()
        if self._counterpart_at is None:  # the story's counterpart words, found once
            self._counterpart_at = [
                i for i, text in enumerate(self.texts) if text.lower() in COUNTERPART_WORDS
            ]
        words = self._counterpart_at
        if not words:
            return set()
        head = self.doc[sp.head]
        found: set[str] = set()
        for o in spans:
            if o is sp or o.is_location:
                continue
            if not any(o.start <= i < o.end for i in words):
                continue
            other = self.doc[o.head]
            if not (other.head == head or head.head == other) or "conj" not in (
                other.dep_,
                head.dep_,
            ):
                continue
            found |= {a.country for a in o.actors if is_state(a.country)}  # type: ignore[misc]
        return found

    def _governments_targeted(self, sp: ActorSpan, spans: list[ActorSpan], iso: str) -> bool:
        """Whether ``sp``'s own clause acts on the government or an official of ``iso``, which
        an opposition may well do to its own (rule mention.opposition_own_government)."""
        if not self.parsed:
            return False
        others = [o for o in spans if o is not sp]
        return iso in clause_targets(self.doc[sp.head], None, others)

    def _weak_place_target(self, sp: ActorSpan, spans: list[ActorSpan], iso: str) -> bool:
        """Whether the state a story's dateline or lead place would give ``sp`` is one its own
        clause acts on by name ("HANOI - Spokesperson X ... *urged Vietnam* to ...": a state's
        spokesperson does not urge their own state): the place is no clue then, and the span is
        placed as one no clue places (the story's most frequent state less its targets, rule
        mention.guess_not_target)."""
        return iso in self._clause_targets(sp, spans)

    def _ancient_ruler(self, sp: ActorSpan) -> bool:
        """'*These kings* invaded their neighbours', 'a vassal *king* swears loyalty' in a story
        that dates things before 1800 ("in 701 BC", "in the 15th century"): a monarch of no
        named country there is one of the past, not a ruler of the story's modern state
        (vocabulary.tsv monarch_titles)."""
        if self.doc[sp.head].lemma_.lower() not in words("monarch_titles"):
            return False
        if self._early_history is None:
            from communique.coding.dates import EARLY_KINDS, find_dates

            self._early_history = any(d.kind in EARLY_KINDS for d in find_dates(doc_text(self.doc)))
        return self._early_history

    def _clause_targets(self, sp: ActorSpan, spans: list[ActorSpan]) -> set[str]:
        """The states ``sp``'s own clause acts on (``clause_targets``), and for an envoy the
        state of the one who acts on them (``_envoy_host``: not the envoy's own)."""
        if not self.parsed:
            return set()
        found = clause_targets(
            self.doc[sp.head], sp.actor.sector, [o for o in spans if o is not sp]
        )
        if (host := self._envoy_host(sp, spans)) is not None:
            found.add(host)
        if (host := self._sanctioning_state(sp, spans)) is not None:
            found.add(host)
        return found

    def _sanctioning_state(self, sp: ActorSpan, spans: list[ActorSpan]) -> str | None:
        """The state that imposes sanctions, a visa or travel ban or an asset freeze on
        ``sp``, people named with no country ("the State Department imposed visa restrictions
        *against 40 police officers*", "sanctions *against nine officials*"): such measures
        (CAMEO 16x, 163) are one state's acts toward another state and its people, so the
        people are not the sanctioning state's own (rule mention.sanctioned_not_own). None
        when ``sp`` is not the object of 'on' or 'against' after such a measure (vocabulary
        foreign_sanction_nouns, or a ban or restriction on visas or entry: vocabulary
        foreign_ban_modifiers), hung on the measure or on the verb that imposes it, whose
        subject is a state or its government (not a court: a travel ban or an asset freeze
        may be domestic), nor when ``sp`` is of no state's organs (an opposition)."""
        if not self.parsed or sp.kind not in ("group", "role", "person"):
            return None
        if sp.actor.sector not in STATE_SECTORS | {None, "", "SPY"}:
            return None  # a state's officials, judges or officers; not its opposition or people
        tok = self.doc[sp.head]
        while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "against"):
            return None
        above = tok.head.head
        if above.pos_ in ("VERB", "AUX"):
            verb = above
            measures = [c for c in verb.children if c.dep_ == "dobj"]
        elif above.dep_ == "dobj":
            verb, measures = above.head, [above]
        else:
            return None
        if not any(_foreign_sanction(m) for m in measures):
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for o in spans:
                if o is sp or not (o.start <= subject.i < o.end) or not is_state(o.actor.country):
                    continue
                if o.kind == "country" or o.actor.sector == "GOV":  # (not a court's ban)
                    if SANCTIONED_NOT_OWN_RULE not in sp.rule:
                        sp.rule += (
                            f"; sanctioned by '{self.doc[o.start : o.end].text}': "
                            f"not {o.actor.country}'s own [{SANCTIONED_NOT_OWN_RULE}]"
                        )
                    return o.actor.country
        return None

    def _envoy_host(self, sp: ActorSpan, spans: list[ActorSpan]) -> str | None:
        """The state whose government or official acts on ``sp``, a person titled as an
        envoy with no country named ("the foreign secretary *summoned Ambassador X*", "handed
        a note *to High Commissioner X*", "the minister *received Ambassador X*"): an envoy is
        posted to a foreign state and deals with its government, so the envoy is not that
        state's (rule mention.envoy_not_host). None when ``sp`` is no such envoy, or is not
        the object of a verb (or of 'to'/'with' on the verb or on its object) whose subject
        is placed in a state as the state itself, its government or its officials."""
        if not self.parsed:
            return None
        if not (sp.kind == "person" and self._envoy_titled(sp)) and not self._envoy_noun(sp):
            return None
        tok = self.doc[sp.head]
        while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        verb = None
        if tok.dep_ in ("dobj", "dative"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ENVOY_HOST_PREPS:
            above = tok.head.head
            verb = above.head if above.dep_ == "dobj" else above
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "X met Y and *received* Ambassador Z"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subject in subjects:
            for o in spans:
                if o is sp or not (o.start <= subject.i < o.end) or not is_state(o.actor.country):
                    continue
                if (o.kind == "country" or o.actor.sector in STATE_SECTORS) and (
                    ENVOY_NOT_HOST_RULE not in sp.rule
                ):
                    sp.rule += (
                        f"; an envoy dealt with by '{self.doc[o.start : o.end].text}': "
                        f"not {o.actor.country}'s [{ENVOY_NOT_HOST_RULE}]"
                    )
                if o.kind == "country" or o.actor.sector in STATE_SECTORS:
                    return o.actor.country
        return None

    def _envoy_noun(self, sp: ActorSpan) -> bool:
        """``sp`` is a bare envoy noun with no state named ("*the chargé d'affaires*",
        "*the ambassador*"): its head word is an envoy title (vocabulary envoy_titles), as for
        a person so titled, an envoy is posted to a foreign state (rule
        mention.envoy_not_host)."""
        if sp.kind not in ("group", "role"):
            return False
        head = self.doc[sp.head] if self.parsed else None
        return head is not None and (
            head.lower_ in ENVOY_TITLES or head.lemma_.lower() in ENVOY_TITLES
        )

    def _envoy_titled(self, sp: ActorSpan) -> bool:
        """``sp`` names a person with an envoy's title ("Ambassador X", "Chargé d'affaires
        X", "High Commissioner X": vocabulary envoy_titles, and a Commonwealth high
        commissioner, whose title the parser keeps apart from 'High')."""
        for title in self._titles(sp):
            if any(w in ENVOY_TITLES for w in title):
                return True
        first = self.keys[sp.start] if sp.start < self.n else ""
        before = self.keys[sp.start - 1] if sp.start > 0 else ""
        return first in HIGH_COMMISSIONER and (before == "high" or self.keys[sp.start] == "high")

    def _places(self, sp: ActorSpan, spans: list[ActorSpan]) -> list[tuple[str, str]]:
        """(country, words) of the states ``sp``'s sentence names as places, in order."""
        si = self.sent_of[sp.start]
        return [
            (o.actor.country, self.doc[o.start : o.end].text)  # type: ignore[misc]
            for o in spans
            if o.is_location
            and self.sent_of[o.start] == si
            and o.kind == "country"
            and is_state(o.actor.country)
        ]

    def _place_word(self, o: ActorSpan) -> bool:
        """``o`` names a place, not a party: the object of in/at/near ("in Astana"), or a
        state's adjective on such an object ("in *the Kazakh capital*", "at a Belarusian
        airbase"; rule mention.dateline_place_only)."""
        if o.is_location:
            return True
        if not self.parsed or o.kind != "country" or o.end - o.start != 1:
            return False
        tok = self.doc[o.start]
        noun = tok.head
        return (
            tok.dep_ in ("amod", "compound")
            and noun.dep_ == "pobj"
            and noun.head.lower_ in LOC_PREPS
        )

    def _inserted_dateline(self, sp: ActorSpan) -> bool:
        """ "A photographer from X is among nine journalists held in Y, his family said. /
        TBILISI (Agency) - *Reporters* outside the court demanded ...": a dateline that opens an
        agency insert after the story's own sentences, whose state the story names nowhere
        else, says where the insert was filed, not where its people are from: bare groups and
        roles take no country from it (rule mention.inserted_dateline; they fall to the
        story's own states). Not on a page of short items, each its own story.

        A second test for the same thing runs before parsing (``articles.dateline.
        insert_datelines``, rule mention.insert_dateline), with stricter criteria (a date or an
        agency, and two paragraphs of 25 words or more above it), because it blanks the
        dateline and takes it from the page, and must not take a standfirst's. This one reads
        the article's own dateline found after a single sentence of story (``_story_text_before``)
        and does less: the dateline stays the article's, and only bare groups and roles lose its
        state, when the story names that state nowhere else. Made one, either the one-paragraph
        insert would keep its state or a standfirst would lose the page its dateline."""
        if not self.dateline_after_text or self.items:
            return False
        iso = self.story.dateline_country
        if any(
            c == iso
            for tok, c in self.story.countries
            if tok >= 0 and tok not in self.inserted_tokens
        ):
            return False
        sp.rule += f"; dateline '{self.story.dateline_place}' opens an insert after the story's own text, its state named nowhere else: not theirs [mention.inserted_dateline]"
        return True

    def _lead_place(self, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The one state a story's first sentence places its events in, when that is not the
        dateline's country: a story filed from a regional hub ("JOHANNESBURG - ... detained a
        journalist *in Harare*") is about that state, and its bare role words are its."""
        if not self.story.dateline_country or self.body_start >= self.n:
            return None
        first = [o for o in spans if self.sent_of[o.start] == self.sent_of[self.body_start]]
        if not first:
            return None
        lead_sent = self.sent_of[self.body_start]
        if any(
            not self._place_word(o)
            and any(a.country == self.story.dateline_country for a in o.actors)
            and 0 <= self.sent_of[o.start] - lead_sent < DATELINE_PARTY_SENTS
            for o in spans
        ):
            return None  # the dateline's state acting a few sentences on ("CAIRO — ... flood
            # farms in Sudan ... *Egypt's* minister said"): a party of the story, not a hub
        found = dict(
            self._places(first[0], self._not_venues(self._not_speakers_place(None, first)))
        )
        named = {a.country for o in first for a in o.actors}
        if self.story.dateline_country in named:
            return None  # the dateline's own state in the lead: the story is about it too
        if len(found) == 1:
            iso, place = next(iter(found.items()))
            return iso, f"the story's first sentence places it in '{place}', not its dateline"
        if found:
            return None
        # "CAIRO - *Sudan's* paramilitary shelled a market ...": no place of a state, but the
        # lead's actors are all of one state, and the story's first sentences do not name the
        # dateline's state: the story is about that state
        doers = [o for o in first if not o.is_location]
        led = next((o.start for o in doers if any(is_state(a.country) for a in o.actors)), self.n)
        if any(
            o.kind == "person" and o.actor.sector and not o.actor.country and o.start < led
            for o in doers
        ):
            return None  # "QUITO - Trade Minister X criticised *Peru's* tariffs": a title
            # with no country leading a wire lead is the dateline state's office holder (one
            # after a state's doer, "X's opposition leader rejected ... after *the president*
            # ...", is that state's)
        states = {a.country for o in doers for a in o.actors if is_state(a.country)}
        # "speaking *in the Kazakh capital*": the dateline's state named only as where
        # something happened is no party (rule mention.dateline_place_only)
        places = {o.start for o in spans if self._place_word(o)}
        if len(states) != 1 or any(
            iso == self.story.dateline_country
            for tok, iso in self.story.countries
            if tok >= self.body_start  # (the dateline itself is where it was filed)
            and tok not in places
            and self.sent_of[tok] - lead_sent < DATELINE_PARTY_SENTS
        ):
            return None  # "QUITO - Peru's president ... *Ecuador* would close ...": a party
            # (a neighbour's reaction far down the story, "*Ghana's* foreign minister said
            # Accra was ready to help", does not make the lead's bare titles Ghana's)
        if any(self.keys[o.end - 1] in POSTED_ABROAD for o in doers) or any(
            t.lemma_.lower() in VISIT_VERBS for t in self.doc[first[0].start].sent
        ):
            return None  # "Mexico's consul visited the city": a guest of the dateline's state
        iso = next(iter(states))
        said = next(
            self.doc[o.start : o.end].text for o in doers if any(a.country == iso for a in o.actors)
        )
        return iso, (
            f"the story's first sentence is about {iso} ('{said}'), not its dateline"
            f" [{SUBJECT_RULE}]"
        )

    def _from_lead(self, tok: int) -> int:
        """The sentence of token ``tok`` counted from the story's lead (0: the lead), where
        the lead runs from the sentence after the dateline to the first one that ends with a
        full stop, question or exclamation mark in the same paragraph: a lead the parser cut
        into pieces ("Leaders | of the bloc | ended a summit in X ...", after a headline) is
        still one sentence, so the states it names are the lead's (rule mention.lead_pieces)."""
        if self._lead is None:
            first = last = self.sent_of[self.body_start] if self.body_start < self.n else 0
            if self.parsed and self.body_start < self.n:
                sents = list(self.doc.sents)
                while last + 1 < len(sents) and last - first < LEAD_PIECES:
                    words = [t for t in sents[last] if not t.is_space]
                    while words and words[-1].text in CLOSING_MARKS:
                        words.pop()  # '... "restore guarantees".': the quote's own stop
                    if not words or words[-1].text[-1:] in SENTENCE_ENDS:
                        break
                    gap = doc_text(self.doc)[sents[last].end_char : sents[last + 1].start_char]
                    if "\n" in gap or "\n" in sents[last].text.rstrip(" "):
                        break  # a paragraph's end: a headline or a caption, not a piece
                    last += 1
            self._lead = (first, last)
        first, last = self._lead
        si = self.sent_of[tok]
        return si - first if si < first else 0 if si <= last else si - last

    def _hub_not_party(self, spans: list[ActorSpan]) -> None:
        """A story filed from a hub (vocabulary hub_datelines: "GENEVA", "NEW YORK", "LISBON")
        whose lead names another state's or a body's actor, and whose first sentences
        (DATELINE_PARTY_SENTS) do not name the hub's state as an actor (only, if at all, as a
        place): a reporter based there writes about others, so the hub's state is no party, no
        host of a visit and no guess for bare words (rule mention.hub_dateline); a reaction far
        down the story names that state in its own words. Where the story's first sentences
        say the hub's state acts ("Kenya's president opened the talks") the dateline stays."""
        iso, place = self.story.dateline_country, self.story.dateline_place
        if not iso or not place or self.items or self.body_start >= self.n:
            return
        body = [o for o in spans if o.start >= self.body_start and not o.is_location]
        aside = self._bystanders(body, iso)  # "X declined to comment": not a reaction
        hub = place.lower() in HUB_DATELINES
        if not hub and not self._third_capital(spans, aside):
            return
        rule = HUB_DATELINE_RULE if hub else THIRD_CAPITAL_RULE
        if any(
            o not in aside
            and any(a.country == iso for a in o.actors)
            and self._from_lead(o.start) < DATELINE_PARTY_SENTS
            for o in body
        ):
            return  # the hub's state hosts, mediates or reacts early on: a party of the story
            # (its backing far down, "Finland said it stood behind Oslo", names it itself)
        if not any(
            self._from_lead(o.start) == 0 and any(a.country and a.country != iso for a in o.actors)
            for o in body
        ):
            return  # "NAIROBI - Police fired tear gas ...": the hub's own news
        doers = [o for o in body if self._from_lead(o.start) == 0]
        led = next((o.start for o in doers if o.actor.country), self.n)
        if any(
            o.kind in ("person", "role", "body") and o.actor.sector and not o.actor.country
            for o in doers
            if o.start < led
        ):
            return  # "NAIROBI - *President X* received Uganda's premier": a title of no state
            # leading the lead is the dateline state's office holder (as mention.dateline_subject)
        if hub and self._lead_place(spans) is not None:
            return  # one other state's story: mention.dateline_subject places its bare words
        others = {  # the states the lead names, as doers or places, other than the hub's
            a.country
            for o in spans
            if o.start >= self.body_start and self._from_lead(o.start) == 0
            for a in o.actors
            if is_state(a.country) and a.country != iso
        }
        visit = any(t.lemma_.lower() in VISIT_VERBS for t in self.doc[self.body_start].sent)
        if visit and len(others) < 2:
            return  # "LISBON - The Mexican minister's visit began ...": a visit there (not
            # "Brazil signed a deal with Nigeria, ending a tour": the visit was to Nigeria)
        self.filed_iso = iso
        self.story.dateline_country = None
        self.story.countries[:] = [(t, c) for t, c in self.story.countries if t >= 0]
        self.hub_filed = place
        self.story.filed_only = (rule, place)
        first = next(  # the lead's first doer: a state's, whose story it is, or a body's
            (
                o
                for o in body
                if self._from_lead(o.start) == 0
                and o.actor.country
                and not (o.actor.sector in FORCES and self._lone_bearer(o))
            ),
            None,
        )  # (not "A Danish frigate ...": one vessel's state; rule mention.lone_bearer)
        doer = None
        if first is not None and is_state(first.actor.country):
            doer = (first.actor.country, self.doc[first.start : first.end].text)
        kind = "a hub" if hub else "a third state's city"
        self.hub_why = f"filed from '{place}', {kind} whose state takes no part [{rule}]"
        if aside:
            self.hub_why += self.bystander_said
        if doer is not None:
            self.hub_lead = (doer[0], f"the lead's doer, '{doer[1]}', in a story {self.hub_why}")

    def _alleged_force(self, sp: ActorSpan) -> bool:
        """True for a force named only inside what an allegation, report or claim says, the
        'that' clause of a claim noun or of a verb of claiming ("the junta's *accusation that*
        Belgian agents funded a mutiny", "*alleged that* Kenyan troops had crossed"): a force
        said to have acted, perhaps denied, is not the force the story is about, so it does
        not place later bare force words ("Soldiers arrested them": the story's own state's,
        not the accused state's; rule mention.alleged_force). English grammar: a content clause
        tells what the claim says (Quirk et al. 17.26); branch forbid37."""
        if self._in_false_claim(sp):
            return True
        if not self.parsed:
            return False
        tok = self.doc[sp.head]
        for _ in range(6):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ in ("acl", "ccomp", "relcl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
            ):
                head = tok.head
                if head.pos_ == "NOUN" and head.lemma_.lower() in ALLEGATION_NOUNS:
                    return True
                return head.pos_ == "VERB" and head.lemma_.lower() in ALLEGING_VERBS
            tok = tok.head
        return False

    def _in_false_claim(self, sp: ActorSpan) -> bool:
        """True for a mention on the line of a claim a fact check rates false or unproven
        ("Claim 3: Freedonian troops crossed the border" over "Verdict: FALSE"; a summary
        box's "Freedonian troops crossed into Ruritania: FALSE"): the force is only said to
        have acted (rule mention.alleged_force; coding/fact_checks.py)."""
        lines = getattr(self, "_false_claim_lines", None)
        if lines is None:
            from communique.coding.fact_checks import false_claim_lines

            article = (
                self.doc._.communique_article if Doc.has_extension("communique_article") else None
            )
            lines = self._false_claim_lines = false_claim_lines(
                doc_text(self.doc),
                getattr(article, "title", None),
                getattr(article, "notes", None),
            )
        at = self.doc[sp.start].idx
        return any(start <= at < end for start, end in lines)

    def _lone_bearer(self, sp: ActorSpan) -> bool:
        """True for a role mention with no possessive in it: one unnamed person or one vessel,
        vehicle or aircraft ("a retired Ghanaian colonel", "a Danish frigate"), whose nationality
        word ties that one mention to its state, not the story's unplaced forces (rule
        mention.lone_bearer). A named person ("Defence Minister X", a person span) or a state's
        own office ("Georgia's interior minister", a possessive) is an office holder of the
        state, and keeps placing them. (The callers ask it only of forces' mentions.)"""
        return sp.kind == "role" and not any(t.tag_ == "POS" for t in self.doc[sp.start : sp.end])

    def _bystanders(self, body: list[ActorSpan], iso: str | None) -> list[ActorSpan]:
        """The mentions of the dateline's state ``iso`` that name it only as a bystander
        ("X did not comment", "X is following the situation"): no sign that it takes part
        (rule mention.dateline_bystander); noted for the explanation."""
        aside = [
            o
            for o in body
            if not o.is_location and any(a.country == iso for a in o.actors) and self._bystander(o)
        ]
        self.bystander_ids.update(id(o) for o in aside)
        if aside and not self.bystander_said:
            o = aside[0]
            self.bystander_said = (
                f"; named only as a bystander, '{self.doc[o.start : o.end].text}' in"
                f" '{self.doc[o.head].sent.text[:60]}' [{BYSTANDER_RULE}]"
            )
        return aside

    def _main_subject_states(self, si: int, spans: list[ActorSpan], skip: ActorSpan) -> set[str]:
        """The states of the actors a sentence's main clause is about: the subjects of its
        root verb (or of a verb joined to it), "*Burundi* called the expulsions baseless",
        "*Russia's border service* said ..." (not "X said *Y's troops* fired")."""
        found: set[str] = set()
        for o in spans:
            if o is skip or o.is_location or self.sent_of[o.start] != si:
                continue
            if id(o) in self.bystander_ids or self._bystander(o):
                continue  # "Officials in X did not comment": a bystander lends no state
            if not any(is_state(a.country) for a in o.actors):
                continue
            tok = _subject_climb(self.doc[o.head])
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            from communique.coding.syntax import first_conjunct  # (coding imports this module)

            if first_conjunct(tok.head).dep_ == "ROOT":
                found.update(
                    a.country  # type: ignore[misc]
                    for a in o.actors
                    if is_state(a.country) and a.country != self.filed_iso
                )
        return found

    def _previous_state_subject(
        self, sp: ActorSpan, spans: list[ActorSpan], freq: list[tuple[str, int]]
    ) -> tuple[str, str] | None:
        """ "X protested to Z ... . Y said it was also alarmed. *The foreign minister* urged Z
        to ...": a definite title with no country, the subject of a sentence about no state,
        right after a sentence whose main clause is about one state other than the story's
        most named, is that state's office holder, not the headline's (rule
        mention.previous_state_subject; news style names a speaker's state in the sentence
        that brings the speaker in). Not when that state is the target of the title's own
        clause, nor when the sentence before is about two states."""
        if not self.parsed or sp.kind != "role" or sp.actor.sector not in INSTITUTION_SECTORS:
            return None
        if sp.start == 0 or self.keys[sp.start - 1] != "the":
            return None
        if _subject_climb(self.doc[sp.head]).dep_ not in ("nsubj", "nsubjpass"):
            return None
        si = self.sent_of[sp.start]
        if si - 1 < self.sent_of[min(self.body_start, self.n - 1)]:
            return None
        if self._main_subject_states(si, spans, sp):
            return None
        states = self._main_subject_states(si - 1, spans, sp)
        if len(states) != 1:
            return None
        iso = next(iter(states))
        if not freq or iso == freq[0][0] or iso in self._clause_targets(sp, spans):
            return None
        return iso, (
            f"the state the sentence before is about, {iso}, not the story's most named "
            f"[{PREVIOUS_STATE_SUBJECT_RULE}]"
        )

    def _recent_subject(
        self, sp: ActorSpan, spans: list[ActorSpan]
    ) -> tuple[str, str] | str | None:
        """In a story filed from a hub or a third capital, the state an untied role word's
        sentence is about (the subject of its main clause), or else the one the sentence
        before is about: "B denied the charge. *The army* said ..." is B's, not the lead's
        first doer's (rule mention.third_capital_recent_subject). "" when that sentence is
        about two states (the role stays untied); None when it names none (the lead's doer)."""
        if not self.parsed or sp.actor.sector not in INSTITUTION_SECTORS:
            return None  # "the detainees", "traders": people, not a state's organ
        si = self.sent_of[sp.start]
        lead_sent = self.sent_of[self.body_start]
        sents = (si, si - 1)
        if _subject_climb(self.doc[sp.head]).dep_ not in ("nsubj", "nsubjpass"):
            if sp.actor.sector != "OPP":
                return None  # "X said Baku would not free *the detainees*": the other side's
            # "Y's minister defended the deal against criticism *from opposition parties*":
            # the opposition of the state its sentence is about (rule
            # mention.third_capital_recent_subject)
            sents = (si,)
        for k in sents:
            if k < lead_sent:
                break
            states = self._main_subject_states(k, spans, sp)
            if len(states) > 1:
                return ""
            if states:
                iso = next(iter(states))
                where = "its sentence" if k == si else "the sentence before"
                return iso, (
                    f"the state {where} is about, {iso}, in a story {self.hub_why}"
                    f" [{RECENT_SUBJECT_RULE}]"
                )
        return None

    def _bystander(self, o: ActorSpan) -> bool:
        """Whether a mention names its actor only as a bystander of the story's events: the
        subject of a clause that says it did not comment, react or respond, was not available
        for comment, is following or monitoring the situation, or said little (vocabulary
        bystander_phrases): "*Senegal*, where many fled, has not commented on the verdict",
        "a spokesman for *the Latvian* ministry said it was following the situation"."""
        return self.parsed and bystander_clause(self.doc[o.head])

    def _third_capital(self, spans: list[ActorSpan], aside: list[ActorSpan]) -> bool:
        """Whether a story filed from a city that is no hub (a third state's capital: "COLOMBO",
        "TUNIS", "TBILISI") is about two other states only: its first sentence names at least
        two states other than the dateline's, one of them as a doer, and the story's text never
        names the dateline's state as an actor (its name, demonym, capital as government or
        officials, anywhere) nor as a place in its first sentences (DATELINE_PARTY_SENTS: "talks
        *in Colombo*"), and no office, force or group of no state leads the lead ("DHAKA -
        *Police* detained two Indian nationals ..." is the dateline state's own news). The
        reporter files from a bureau there; the dateline's state is no party (rule
        mention.third_capital_dateline), as a hub's (mention.hub_dateline). ``aside``: the
        mentions of the dateline's state that name it only as a bystander (_bystanders)."""
        iso = self.story.dateline_country
        body = [o for o in spans if o.start >= self.body_start and o not in aside]
        if any(
            any(a.country == iso for a in o.actors)
            and (not o.is_location or self._from_lead(o.start) < DATELINE_PARTY_SENTS)
            for o in body
        ):
            return False  # "MOSCOW - Russia said ...", "HAVANA - ... in the Cuban capital"
        if any(
            iso == c
            for tok, c in self.story.countries
            if tok >= self.body_start
            and self._from_lead(tok) < DATELINE_PARTY_SENTS
            and not any(o.start <= tok < o.end for o in aside)
        ):
            return False  # its name among the first sentences' words, a party or a place
        lead = [o for o in body if self._from_lead(o.start) == 0]
        others = {a.country for o in lead for a in o.actors if is_state(a.country)}
        doers = [o for o in lead if not o.is_location]
        led = next((o.start for o in doers if any(is_state(a.country) for a in o.actors)), None)
        if len(others) < 2 or led is None:
            return False  # one other state's story (mention.dateline_subject), or home news
        return not any(o.actor.sector and not o.actor.country and o.start < led for o in doers)

    def _host_dateline(self, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A story filed from the city where others' talks are held: its first sentence names
        the dateline's state only as the talks' host or mediator ("*Qatari* mediators held
        talks with X and Y", "hosted by *the UAE*", "after months of *Kenyan* mediation":
        vocabulary mediator_words) and names a party of another state. Its bare roles and
        groups are not the host's but the state the story names most other than the host."""
        home = self.story.dateline_country
        if self.body_start >= self.n or not self.parsed:
            return None
        first = [o for o in spans if self.sent_of[o.start] == self.sent_of[self.body_start]]
        doers = [o for o in first if not o.is_location]
        hosts = [  # (a reference, "both sides", names whom the story named before)
            o for o in doers if o.kind != "reference" and any(a.country == home for a in o.actors)
        ]
        if not hosts or not all(self._as_host(o) for o in hosts):
            return None
        if not any(is_state(a.country) and a.country != home for o in doers for a in o.actors):
            return None  # "Qatari mediators met on Monday": nobody else's talks
        freq = Counter(
            a.country
            for sp in spans
            for a in sp.actors
            if is_state(a.country) and a.country != home
        ).most_common(1)
        if not freq:
            return None
        iso = freq[0][0]
        return iso, (
            f"filed from '{self.story.dateline_place}', the host of others' talks: the story's"
            f" most named other state, {iso} [{HOST_RULE}]"
        )

    def _at_host(self, host: tuple[str, str] | None, place: tuple[str, str]) -> bool:
        """In a story filed from the host of others' talks, a place of the host's state that
        a sentence names is where the parties met ("signed a deal with rebel groups *in
        Nairobi*"), not the home of the people there (rule mention.host_dateline)."""
        return host is not None and place[0] == self.story.dateline_country

    def _as_host(self, o: ActorSpan) -> bool:
        """ "*Qatari* (and Egyptian) mediators", "*Kenyan* mediation", "hosted by *Kenya*",
        "*Norway*, which mediates": the mention names a host or mediator, not a party."""
        from communique.coding.syntax import first_conjunct  # (coding imports this module)

        tok = first_conjunct(self.doc[o.head])  # "Qatari and *Egyptian* mediators"
        if tok.lemma_.lower() in MEDIATOR_WORDS:  # the span's own head: "the mediator"
            return True
        up = tok.head
        if tok.dep_ in ("amod", "compound", "nmod", "poss") and up.lemma_.lower() in MEDIATOR_WORDS:
            return True  # "Kenyan mediation", "Qatar's mediators"
        if tok.dep_ == "pobj" and up.lower_ == "by" and up.head.lemma_.lower() in MEDIATOR_WORDS:
            return True  # "talks hosted by the UAE", "a truce brokered by Egypt"
        if tok.dep_ in ("nsubj", "nsubjpass") and up.lemma_.lower() in MEDIATOR_WORDS:
            return up.dep_ == "relcl"  # "Norway, which mediates": a side remark, not the lead
        return False

    def _own_venue(self, sp: ActorSpan, o: ActorSpan) -> bool:
        """ "The members *will meet in X*", "the parties are due to *hold a meeting in X*",
        "delegates *gathered for talks in X*": a place told with "in" or "at" on a word of
        meeting (vocabulary venue_words) whose doer is the group ``sp`` is where the group
        meets, which hosts people from anywhere: it places the meeting, not the people at it
        (rule mention.own_meeting_venue). A place of the group's own ("opposition figures *in
        X* will meet ...") and one of another clause still place it."""
        if not self.parsed or not o.is_location or o.kind != "country":
            return False
        prep = self.doc[o.head].head
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            return False
        venue = prep.head
        if venue.lemma_.lower() not in VENUE_WORDS and not any(
            c.dep_ in ("dobj", "pobj", "prep") and c.lemma_.lower() in VENUE_WORDS
            for c in venue.children
        ):
            return False  # "held *talks* ... in X" hung on the verb: the verb's object
        verb = venue
        if verb.pos_ in ("NOUN", "PROPN"):  # "hold *a meeting* in X": the verb holding it
            verb = verb.head if verb.dep_ in ("dobj", "pobj", "nsubj") else verb
            if verb.dep_ == "prep":  # "gathered *for* talks in X"
                verb = verb.head
        doer = self.doc[sp.head]
        chain = [verb]
        for _ in range(3):  # "are due *to hold*", "plan *to meet*": the governing verbs
            if chain[-1].dep_ not in ("xcomp", "acomp", "conj") or chain[-1].head == chain[-1]:
                break
            chain.append(chain[-1].head)
        if doer.dep_ not in ("nsubj", "nsubjpass") or doer.head not in chain:
            return False
        sp.rule += f"; '{self.doc[o.start : o.end].text}' is where it meets, no place of its [{OWN_VENUE_RULE}]"
        return True

    def _mission_after(self, sp: ActorSpan) -> Actor | None | bool:
        """The body whose mission the mention ``sp`` names ("the EU's observer mission": the
        EU), None for a state's mission ("the U.S. mission to the UN"), or False for no mission
        (rule mention.mission_reference)."""
        if not self.parsed or not _mission_word_after(self.doc, sp.end):
            return False
        if sp.actor.country in BODY_OWNER_CODES:
            return sp.actor
        return None

    def _crowd_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The place a group is in, named in its sentence ("protesters ... *in Beijing*"); not
        the venue of the group's own meeting ("the members will meet *in X*", "the parties are
        due to hold a meeting *in X*": rule mention.own_meeting_venue)."""
        near = [o for o in self._not_speakers_place(sp, spans) if not self._own_venue(sp, o)]
        places = self._places(sp, near)
        if not places:
            return None
        iso, place = places[0]
        return iso, f"the sentence places it in '{place}'"

    def _owner(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """ "*his* government", "*her* ambassador", "*his* army": a role or body owned by a
        person named just before is that person's country's; "*Chile's* fisheries minister":
        one owned by a named state or body is theirs; "*the EU's* foreign policy chief": a
        bloc's or international body's official is the body's, not the city he is met in."""
        if not self.parsed:
            return None
        poss = next((c for c in self.doc[sp.head].children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.pos_ != "PRON":  # "*Chile's* fisheries minister": a named owner, words between
            for o in spans:
                if (
                    o.start <= poss.i < o.end
                    # "*Assad's* government"; "*the bloc's* leaders": the body referred to
                    and o.kind in ("country", "body", "person", "role", "reference")
                    and _owning(o)
                    and not o.is_location
                    and not o.also  # "the two countries' leaders": each side's (resolver)
                    # a reference owns as "the bloc's": "the council's members" may be states;
                    # "the agency's director general": one official of the body named before
                    and (
                        o.kind != "reference"
                        or poss.lower_ in BLOC_NOUNS
                        or (poss.lower_ in BODY_HEAD_NOUNS and sp.kind in ("role", "person"))
                        # "the Fund's negotiators", "the commission's inspectors": its staff
                        # (not "the council's members", who may be states)
                        or (
                            poss.lower_ in BODY_HEAD_NOUNS
                            and sp.kind == "group"
                            and self.doc[sp.head].lemma_.lower() not in MEMBER_NOUNS
                        )
                    )
                ):
                    return o.actor.country, f"'{self.doc[o.start : poss.i + 1].text}' is its owner"
            return None
        for o in spans:
            if o.start <= poss.i < o.end and o.kind == "reference" and is_state(o.actor.country):
                who = o.actor.name or o.actor.country
                return o.actor.country, f"'{poss.text}' is {who}'s"  # type: ignore[return-value]
        return None

    def _owning_body_name(self, sp: ActorSpan, spans: list[ActorSpan]) -> str | None:
        """The name of the international body that owns ``sp`` by a possessive ("*the AU's*
        commissioner"): its official is named as the body, as "the AU commissioner" is."""
        poss = next((c for c in self.doc[sp.head].children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        owner = next((o for o in spans if o.start <= poss.i < o.end), None)
        if owner is None or is_state(owner.actor.country):
            return None
        return owner.actor.name

    def _pronoun_owner(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A role, body or group owned by "its", on its own noun ("*its* envoy") or on the
        noun of its "of" phrase ("the head *of its* observer mission"), that no phrase rule
        placed: the state or international body "it" stands for, the subject of a clause
        above it in its sentence ("The AU said the head of its mission ..."), or, when its
        sentence names no state or body before the pronoun, the subject of the sentence
        before ("The AU voiced concern. The head of its mission ..."). A definite description
        is resolved as a reader does: by the possessive that names its owner. None when another
        state or body stands between that subject and the pronoun (two could be meant), or
        the subject is no state or body (a company, a charity, a person). Rule
        mention.pronoun_owner; general English grammar (a possessive pronoun takes the
        nearest fitting antecedent, a clause's subject first)."""
        if not self.parsed or sp.kind not in ("role", "body"):
            return None  # (a group, "its own inspectors", is told by the phrase rules)
        head = self.doc[sp.head]
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            poss = next((c for c in obj.children if c.dep_ == "poss"), None) if obj else None
        if poss is None or poss.lower_ != "its":
            return None
        owners = [
            o
            for o in spans
            if o.kind in ("country", "body")
            and o.actor.country
            and not o.is_location
            and not o.also
            and o.end <= poss.i
            # a state, an international body, or a state's own organ named with its state: not
            # a firm, a charity or a group (nor one whose state was only guessed)
            and (
                o.kind == "country"
                or not is_state(o.actor.country)
                or (o.actor.sector in OWNING_SECTORS and not o.country_inferred)
            )
        ]
        sent = poss.sent
        before = [o for o in owners if o.start >= sent.start]
        if before:
            # the subject of a clause above the pronoun, with no other owner after it
            above = {t.i for t in poss.ancestors}
            subject = None
            for o in before:
                top = _subject_climb(self.doc[o.head])
                if top.dep_ in ("nsubj", "nsubjpass") and top.head.i in above:
                    subject = o
            if subject is None or any(
                o.kind in ("country", "body", "group", "role")
                and subject.end <= o.start
                and o.end <= poss.i
                and o is not sp
                for o in spans
            ):
                return None  # "X sanctioned the unit and seven of its officers": the unit's
            said = self.doc[subject.start : subject.end].text
            return (
                subject.actor.country,
                f"'its' -> '{said}', the subject of its clause [{PRONOUN_OWNER_RULE}]",
            )  # type: ignore[return-value]
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        at = {subj.i, *(c.i for c in subj.children if c.dep_ == "poss")}
        found = [o for o in owners if o.start >= prev.start and self.doc[o.head].i in at]
        if len(found) != 1:
            return None
        said = self.doc[found[0].start : found[0].end].text
        return (
            found[0].actor.country,
            f"'its' -> '{said}', the subject of the sentence before [{PRONOUN_OWNER_RULE}]",
        )  # type: ignore[return-value]

    def _modifier_owner(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """ "*UN* weapons inspectors", "*EU* election observers": a country or body among the
        modifiers before a role or group noun, with other nouns between, is whose they are."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        for o in spans:
            top = self.doc[o.head]
            if top.dep_ == "det" and o.end - o.start > 1:
                top = self.doc[o.end - 1]  # "*The UN* human rights chief": the article is not it
            if (
                o.kind in ("country", "body")
                and o.actor.country
                and head.left_edge.i <= top.i < head.i
                and top.dep_ in ("compound", "amod", "nmod")
                and not _stance_prefixed(self.doc, o.start)
                and not self._sponsor(o)  # "*Iran*-backed militia fighters": their backer
                and all(t.dep_ in ("compound", "amod", "nmod") for t in self.doc[top.i : head.i])
            ):
                text = self.doc[o.start : o.end].text
                if o.rule_id == COURT_CITY_RULE:  # "a *Lyon* court": the city's state's court
                    return o.actor.country, f"'{text}', the city it sits in [{COURT_CITY_RULE}]"
                return o.actor.country, f"'{text}' before it"
        return None

    def _backers(self, sp: ActorSpan, spans: list[ActorSpan]) -> set[str]:
        """The states named as backers inside ``sp``'s own phrase ("*Iran*-backed militias")."""
        if not self.parsed:
            return set()
        head = self.doc[sp.head]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the Iran-backed *militia* group": the whole noun's phrase
        return {
            o.actor.country
            for o in spans
            if o.actor.country and self._sponsor(o) and head.left_edge.i <= o.start < head.i
        }

    def _sponsor(self, o: ActorSpan) -> bool:
        """ "the *Iran*-backed militia", "*Rwanda*-supported rebels": a country joined by a hyphen
        to a participle of backing (vocabulary sponsor_participles) names the group's backer,
        not whose the group or its people are."""
        after = o.end
        return (
            after + 1 < len(self.doc)
            and self.doc[after].text in HYPHENS
            and self.doc[after + 1].lower_ in SPONSORS
        )

    def _sent_for(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """Whom a role or group speaks or comes for, named after it: "a spokesman *for X*",
        "officials *from X*", "envoys *of the X government*", "diplomats *from X states*" (a
        country, or a body such as the EU or the UN). People in a place are placed by
        ``_own_place``; crowds only come "from" somewhere ("protesters *from X*")."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        preps = SENT_FOR_PREPS if sp.actor.sector not in CROWD_SECTORS else ("from",)
        for prep, nested in _sent_for_preps(head, preps):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            for o in spans:
                top = self.doc[o.head]
                if (
                    o.kind in ("country", "body", "role")
                    and o.actor.country
                    and o.actor.country not in ("IMG", "MNC")
                    # "the regional office for X *of the UN rights office*": the body's unit
                    and (not nested or o.actor.country in BODY_OWNER_CODES)
                    and obj.left_edge.i <= top.i <= obj.i  # "from *EU member* states"
                    and not self._sponsor(o)  # "for the *Iran*-backed X": X's backer
                ):
                    text = self.doc[o.start : o.end].text
                    why = f"'{prep.text} {text}' after it"
                    if o.rule_id == STORY_STATE_RULE:  # "men from Punjab" on a Pakistani story
                        why += f" (the story's own state's place) [{STORY_STATE_RULE}]"
                    return o.actor.country, why
        return None

    def _reporting_source(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """ "*The minister* met the bloc's envoy in X, *the Ruritanian foreign ministry* said": a
        role or body with no country, subject of a clause reported by a source of a named state
        later in its sentence, is that state's; the city of the meeting is not where it is from.
        Not for armed forces: a side at war often reports what the other's forces did."""
        if not self.parsed or sp.kind not in ("role", "body", "person"):
            return None
        if sp.actor.sector in FORCES:
            return None
        head = self.doc[sp.head]
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = head.head
        for o in spans:
            top = self.doc[o.head]
            say = top.head
            if (
                o.start > sp.end
                and o.kind in ("role", "body", "person", "country", "group")
                and is_state(o.actor.country)
                and not o.is_location
                and top.dep_ == "nsubj"
                and say.lemma_.lower() in REPORTING_VERBS
                and (say.head.i == verb.i or verb.head.i == say.i)
                and say.i != verb.i
            ):
                return o.actor.country, f"'{self.doc[o.start : o.end].text}' reports it"
        return None

    def _body_word(self, sp: ActorSpan) -> Token | None:
        """The capitalised name word before a spokesperson noun that the span leaves out ("a
        *Commission* spokesperson", "a *Council* spokesman"): the body they speak for."""
        if not self.parsed or sp.kind not in ("role", "person"):
            return None
        head = self.doc[sp.head]
        if head.lower_ not in SPOKESPERSON_NOUNS:
            return None
        return next(
            (
                c
                for c in head.children
                if c.dep_ in ("compound", "nmod")
                and c.i < head.i
                and not sp.start <= c.i < sp.end
                and c.text[:1].isupper()
                and c.pos_ == "PROPN"
            ),
            None,
        )

    def _named_body_speaker(self, sp: ActorSpan) -> tuple[str, str] | None:
        """ "*A Commission spokesperson* said ...", "a Council spokesman": a spokesperson titled
        by a body's name speaks for that body, the international body of that name the story
        named before ("the European Commission"), never for the previous speaker's state (rule
        mention.named_body_speaker); None when the story named no such body."""
        word = self._body_word(sp)
        if word is None:
            return None
        key = word.lower_
        for body in reversed(self.story.bodies):
            names = f"{body.text} {body.name or ''}".lower().split()
            if key in names and body.country:
                return (
                    body.country,
                    f"speaks for '{word.text}', the {body.name or body.text} named before",
                )
        return None

    def _previous_speaker(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """ "China's coast guard said it had expelled the ship. *A spokesman*, Y, denied ...": an
        indefinite spokesperson (or one titled by the bare word, "*Spokesman* Y urged ...") with
        no country of their own, subject of their sentence, speaks
        for the state whose body or official was the subject of the sentence before (rule
        mention.previous_speaker), not for the dateline's or the story's most named state."""
        if not self.parsed or sp.kind not in ("role", "person"):
            return None
        head = self.doc[sp.head]
        if head.lower_ in SPOKESPERSON_NOUNS:
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
                return None
        elif sp.kind != "person" or self.keys[sp.start] not in SPOKESPERSON_NOUNS:
            return None  # (a bare title before the name, "*Spokesman* Y urged ...", speaks too)
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if self._body_word(sp) is not None:
            return None  # "a *Commission* spokesperson": that body's (named_body_speaker)
        before = self.sent_of[sp.start] - 1
        for o in spans:
            top = self.doc[o.head]
            body = o.kind == "body" and bool(o.actor.country) and not is_state(o.actor.country)
            if body:
                top = self.doc[o.end - 1]  # (the span's head may be read as its article)
            while body and top.dep_ in ("compound", "nmod") and top.head.i > top.i:
                top = top.head  # "*The UN* human rights office said": the office it names
            if (
                self.sent_of[o.start] == before
                and o.kind in ("role", "body", "person", "country")
                # an international body's too ("The UN refugee agency said ... A spokesman in
                # Geneva urged"): rule mention.previous_body_speaker, before the city's state
                and (is_state(o.actor.country) or body)
                and not o.is_location
                and top.dep_ == "nsubj"
                and top.head.dep_ == "ROOT"
            ):
                return o.actor.country, (
                    f"speaks for '{self.doc[o.start : o.end].text}', subject of the sentence before"
                )
        return None

    def _company_owner(self, sp: ActorSpan, spans: list[ActorSpan]) -> str | None:
        """The words naming a company a company title belongs to ("*the firm's* chief executive",
        "chief executive *of Northwind Energy*", "*Acme* chief executive Jo Park"; vocabulary
        company_titles, company_nouns), or None: "Hong Kong's Chief Executive" is a place's."""
        if not self.parsed or sp.actor.sector != "GOV":
            return None
        titled = False
        for j in range(sp.start, sp.end):
            a = self.atom(j)
            if a is not None and " ".join(self.keys[a.start : a.end]) in COMPANY_TITLES:
                titled = True
        if not titled:
            return None
        for tok in self.doc[sp.start : sp.end]:
            for c in tok.children:
                if sp.start <= c.i < sp.end:
                    continue
                if c.dep_ == "prep" and c.lower_ == "of":
                    c = next((o for o in c.children if o.dep_ == "pobj"), None)
                elif c.dep_ not in ("poss", "compound", "nmod"):
                    continue
                if c is not None and self._company_word(c, spans):
                    return f"'{self.doc[c.left_edge.i : c.i + 1].text}'"
        return None

    def _company_word(self, tok: Token, spans: list[ActorSpan]) -> bool:
        """A company named or described: a company noun, an ORG entity no actor span reads as a
        state's organ, or a business body."""
        if tok.lemma_.lower() in COMPANY_NOUNS:
            return True
        for o in spans:
            if o.start <= tok.i < o.end:
                return o.actor.sector in ("BUS", "MNC") or o.actor.country == "MNC"
        return tok.ent_type_ == "ORG"

    def _party_owner(
        self, sp: ActorSpan, spans: list[ActorSpan]
    ) -> tuple[str, str, str, ActorSpan | None] | None:
        """(sector, country, words, owner span) when an office or title with no country of its own names
        its owner in its own phrase, and the owner is a party that is not a state's organ: a
        possessive ("*the rebels'* spokesman", "*the consortium's* chief") or a "for", "of" or
        "representing" phrase ("a spokesman *for the separatists*", "an official *of the
        company*"). The office is that party's: its sector, and its country where the party
        has one (else none: the story's or the sentence before's state is no guess for it).
        Not for a state, its organs or a body with a code of its own (``_owner``,
        ``_sent_for``), nor a person's possessive ("his spokesman": the person's)."""
        if not self.parsed or sp.kind != "role" or sp.actor.sector not in OFFICE_SECTORS:
            return None
        head = self.doc[sp.head]
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in SENT_FOR_PREPS:
                owners += [c for c in prep.children if c.dep_ == "pobj"]
        for tok in owners:
            if tok.i >= sp.start and tok.i < sp.end:
                continue
            span = next((o for o in spans if o.start <= tok.i < o.end), None)
            words_ = f"'{self.doc[tok.left_edge.i : tok.i + 1].text}'"
            if span is not None:
                sector = span.actor.sector
                if (
                    span.kind in ("group", "body")
                    and sector
                    and sector not in OFFICE_SECTORS
                    and sector not in ("IGO", "UNO", "EUR", "REF")
                    and span.actor.country not in ("IGO", "UNO", "EUR")
                ):
                    iso = span.actor.country if is_state(span.actor.country) else ""
                    why = f"{words_} is its owner, a party of sector {sector}"
                    return sector, iso or "", why, span
                continue
            if tok.lemma_.lower() in COMPANY_NOUNS or tok.lemma_.lower() in OFFICE_OWNER_NOUNS:
                return "BUS", "", f"{words_} is its owner, a company", None
        return None

    def _civil_body(self, sp: ActorSpan) -> tuple[str, str] | None:
        """(sector, words) when a role with no country of its own speaks for a civil body named
        with no name of its own: "a spokesman *for a neighbourhood association*", "an official
        *of the drivers' union*" (data/actors/org_heads.tsv, kind civil): that body's sector,
        not a government's."""
        if not self.parsed or sp.kind != "role":
            return None
        for prep in self.doc[sp.head].children:
            if prep.dep_ != "prep" or prep.lower_ not in SENT_FOR_PREPS:
                continue
            for obj in prep.children:
                found = org_heads().get(obj.lemma_.lower()) if obj.dep_ == "pobj" else None
                if found is not None and found[1] == "civil":
                    return found[0], f"'{prep.text} {obj.text}' after it, a civil body"
        return None

    def _own_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A state named as the place of the phrase itself ("opposition leaders *in X*",
        "police *in X*"): the people of that place. Not for troops, who are often abroad.
        Civilians and refugees *from* a state are of it too ("wounded children *from X*",
        "refugees *from X*": where they come from, not where the story is told)."""
        if not self.parsed or sp.actor.sector in ("MIL", "UAF"):
            return None
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head  # "*opposition* figures in X": the phrase's noun
            if head.lemma_.lower() in VENUE_WORDS:
                # "foreign ministers *meeting in X*" (parsed as a noun "ministers meeting"): X
                # is where they meet, a venue, not their state (rule
                # mention.meeting_members_venue; branch metonymy43)
                return None
        if self._venue_members(head):
            return None
        preps = list(head.children)
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if after is not None and after.dep_ == "prep" and after.head.i < head.i:
            # "urged the government *in Kabul* to ...": the parser hangs the phrase right after
            # the noun on the verb; it still places the noun
            preps.append(after)
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in (
                ("in", "inside", "across", "from")
                if sp.actor.sector in ORIGIN_SECTORS
                else ("in", "inside", "across")
            ):
                continue
            for o in spans:
                if (
                    (o.is_location or prep.lower_ == "from")
                    and o.kind == "country"
                    and is_state(o.actor.country)
                    and self.doc[o.head].head.i == prep.i
                ):
                    text = self.doc[o.start : o.end].text
                    return o.actor.country, f"'{prep.text} {text}' after it"  # type: ignore[return-value]
        return None

    def _refugee_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The state a refugee group's own phrase places it in ("refugees *in camps in X*",
        "refugees *from the camps in X*", "refugees *in X*"): a state, or a place of one, after
        "in" anywhere in the phrase's prepositions (not in a clause of its own)."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        preps = [c for c in head.children if c.dep_ == "prep"]
        if after is not None and after.dep_ == "prep" and after.head.i < head.i:
            preps.append(after)  # the parser hangs "from the camps" on the verb
        inside: dict[int, Token] = {}  # token -> the "in" it hangs under
        todo = list(preps)
        while todo:
            prep = todo.pop()
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ in ("in", "inside"):
                    for t in obj.subtree:
                        inside.setdefault(t.i, prep)
                todo += [c for c in obj.children if c.dep_ == "prep"]
        for o in spans:
            if o.head in inside and (o.kind in ("country", "place") or o.is_location):
                iso = next((a.country for a in o.actors if is_state(a.country)), None)
                if iso:
                    text = self.doc[o.start : o.end].text
                    return iso, f"'{inside[o.head].text} {text}' in its phrase"
        return None

    def _relative_office(self, sp: ActorSpan, spans: list[ActorSpan]) -> ActorSpan | None:
        """The state's office a person's relative clause says they took or hold ("X, *who was
        sworn in as Ghana's foreign minister*", "Y, who became Peru's interior minister"): a
        role of a state, the object of "as" or the attribute of the clause's verb."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        targets: set[int] = set()
        for rel in head.children:
            if rel.dep_ != "relcl" or rel.i < head.i:
                continue
            for c in rel.children:
                if c.dep_ == "attr":
                    targets.add(c.i)
                for p in (c, *c.children) if c.dep_ in ("prep", "prt") else ():
                    if p.dep_ == "prep" and p.lower_ == "as":
                        targets |= {g.i for g in p.children if g.dep_ == "pobj"}
        if not targets:
            return None
        return next(
            (
                o
                for o in spans
                if o.kind == "role"
                and o.head in targets
                and o.actor.sector
                and is_state(o.actor.country)
            ),
            None,
        )

    def _town_owned(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A court or judge that no word places, owned by a town word ("*the capital's* appeals
        court", "a judge of *the city's* high court"; vocabulary town_nouns): the town is the
        last place of one state named before it in its sentence or the sentence before, and the
        court is that state's organ, not the court or prosecutors of another state named before
        (rule mention.town_owned; English grammar: a definite noun phrase refers back to the
        last mention it fits, Quirk et al. 5.32)."""
        if not self.parsed:
            return None
        head = self.doc[sp.head]
        owners = [
            head,
            *(
                p
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
        ]
        town = next(
            (
                c
                for o in owners
                for c in o.children
                if c.dep_ == "poss"
                and c.lemma_.lower() in TOWN_NOUNS
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            ),
            None,
        )
        if town is None:
            return None
        si = self.sent_of[sp.start]
        before = [
            o
            for o in spans
            if o.is_location
            and o.end <= town.i
            and self.sent_of[o.start] in (si, si - 1)
            and is_state(o.actor.country)
        ]
        if not before:
            return None
        last = before[-1]
        said = self.doc[last.start : last.end].text
        return last.actor.country, f"'{town.text}' of the place named before, '{said}'"  # type: ignore[return-value]

    def _police_act_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """Police that no word places, the subject of a verb done *in* a place of one state
        ("police had arrested a Somali man *in Leeds*", "police raided a flat in Lyon"): the
        police of a place are that place's state's, not the country of whom they arrest nor the
        story's most frequent one (rule mention.police_place)."""
        if not self.parsed or sp.actor.sector != "COP":
            return None
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "amod", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "nsubj":
            return None
        verb = head.head
        # the place phrase on the verb, or on its object ("arrested a man in X": the parser
        # may hang it on the man)
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        found = self._states_placed_in(holders, spans)
        if len(found) != 1:
            return None
        iso, place = next(iter(found.items()))
        return iso, f"the place its act was done in, 'in {place}'"  # type: ignore[return-value]

    def _states_placed_in(self, holders: list[Token], spans: list[ActorSpan]) -> dict[str, str]:
        """The states of the place spans among ``spans`` that an "in" or "inside" phrase on one
        of ``holders`` (a noun, the verb it is the subject of, that verb's object) names, each
        with its words ("arrested a man *in Leeds*", "officials *in X*")."""
        preps = {
            c.i
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("in", "inside")
        }
        return {
            o.actor.country: self.doc[o.start : o.end].text
            for o in spans
            if o.is_location
            and is_state(o.actor.country)
            and self.doc[o.head].dep_ == "pobj"
            and self.doc[o.head].head.i in preps
        }

    def _opposed_state(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """An opposition (parties, leaders, figures: sector OPP) that no word places, the object
        of a verb whose subject is a state's government, ministry, court, police or army, or the
        state by its name ("Kenya's government suspended *three opposition parties*", "X's
        police arrested *opposition leaders*"), or the subject of one whose object is such a
        body ("*opposition leaders* accused X's government"): an opposition opposes its own
        state's rulers, so it is that state's, not the story's most frequent one (rule
        mention.opposition_home)."""
        if not self.parsed or sp.kind != "group" or sp.actor.sector != "OPP":
            return None
        if not any(t.lemma_.lower() in OPPOSITION_WORDS for t in self.doc[sp.start : sp.end]):
            return None  # protesters or rebels: they may face another state's embassy or army
        head = self.doc[sp.head]
        while head.dep_ in ("compound", "amod", "conj", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head
        verb = head.head
        if head.dep_ == "nsubj":  # "opposition leaders accused *X's government*": its rulers
            others = [c for c in verb.children if c.dep_ == "dobj"]
            others += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
            named_state = False  # a state by its name is no clue: they may accuse a foreign one
        elif head.dep_ in ("dobj", "prep", "nsubjpass"):
            others = [c for c in verb.children if c.dep_ == "nsubj"]
            others += [o for a in verb.children if a.dep_ == "agent" for o in a.children]
            named_state = True
        else:
            return None
        for other in others:
            for o in spans:
                if o is sp or not (o.start <= other.i < o.end or o.head == other.i):
                    continue
                iso, sector = o.actor.country, o.actor.sector or ("GOV" if named_state else None)
                if not is_state(iso) or sector not in RULING_SECTORS:
                    continue
                return iso, f"the state whose '{self.doc[o.start : o.end].text}' it faces"  # type: ignore[return-value]
        return None

    def _sentence_place(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """The one country its sentence names as a place ("... attacked a hotel *in X*"): where
        people and bodies the sentence does not otherwise place are; a dateline says only where
        the story was filed."""
        found = dict(self._places(sp, self._not_venues(self._not_speakers_place(sp, spans))))
        if len(found) != 1:
            return None
        iso, place = next(iter(found.items()))
        return iso, f"the one place its sentence names, '{place}'"

    @staticmethod
    def _venue_members(head: Token) -> bool:
        """The phrase says who gathers at a meeting ("a meeting *of interior ministers* in
        Rome", "a summit of Gulf leaders in Doha"): a place after it is where the meeting is
        held, which the parser often hangs on the members; they come from anywhere (vocabulary
        venue_words, rule mention.group)."""
        prep = head.head
        return (
            head.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in VENUE_WORDS
            and prep.head.pos_ in ("NOUN", "PROPN")
        )

    def _not_venues(self, spans: list[ActorSpan]) -> list[ActorSpan]:
        """``spans`` less the places where a meeting is held or a body sits ("heads of state
        will review it *at a summit in Abuja*", "its council will meet *in Washington*", "a
        statement from its headquarters *in Addis Ababa*"): a venue hosts people from anywhere
        (vocabulary venue_words)."""
        if not self.parsed:
            return spans
        out = []
        for o in spans:
            prep = self.doc[o.head].head
            if (
                o.is_location
                and prep.dep_ == "prep"
                and prep.lower_ in ("in", "at")
                and (prep.head.lemma_.lower() in VENUE_WORDS or self._venue_members(prep.head))
            ):
                continue  # (also "a meeting of interior ministers *in Rome*")
            out.append(o)
        return out

    def _not_speakers_place(self, sp: ActorSpan | None, spans: list[ActorSpan]) -> list[ActorSpan]:
        """ "A spokesman *said in Washington* that ... and urged the authorities to ...": the
        place a verb of saying is done in is where the speaker is, not where the others the
        sentence names are; ``spans`` less those places, unless ``sp`` is that verb's subject
        (with no ``sp``: the story's lead, whose events are not placed by where one spoke)."""
        if not self.parsed:
            return spans
        said = self._said_at()
        out = []
        for o in spans:
            verb = said.get(o.head)
            if (
                o.is_location
                and verb is not None
                and not (
                    sp is not None
                    and any(c.dep_ == "nsubj" and sp.start <= c.i < sp.end for c in verb.children)
                )
            ):
                continue  # where it was said
            out.append(o)
        return out

    def _speakers_venue(self, sp: ActorSpan, spans: list[ActorSpan], iso: str) -> str | None:
        """ "*In Vienna*, the OSCE's press freedom office urged the police to ...", "In Brussels,
        the EU's envoy condemned the arrests": the words of the sentence's speaker (the subject
        of the verb the opening place phrase hangs on), when ``sp`` is another party and the
        speaker is placed by its own words in another state or body than the place's ``iso``:
        the opening place is the speaker's venue, and says nothing of the parties it speaks of
        (rule mention.speakers_venue); None when ``sp`` is the speaker or the speaker is of the
        place ("In Moscow, a ministry spokeswoman said the authorities ...")."""
        if not self.parsed:
            return None
        start = self.doc[sp.start].sent.start
        verb = self.doc[start].head  # "In" hangs on the verb it places
        if self.doc[start].dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(sp.start <= c.i < sp.end or c.i == sp.head for c in subjects):
            return None
        for o in spans:  # the subject's words, or a body inside them ("*the UN's* office")
            inside = any(c.left_edge.i <= o.start and o.end <= c.right_edge.i + 1 for c in subjects)
            if o is sp or o.is_location or not inside:
                continue
            own = o.actor.country
            if own and own != iso:
                return self.doc[o.start : o.end].text
        return None

    def _said_at(self) -> dict[int, Token]:
        """Each word under an "in"/"at" that hangs on a verb of saying ("said *in
        Washington*"), with that verb: worked out once per story, for ``_not_speakers_place``."""
        if self._said is None:
            self._said = {}
            for tok in self.doc:
                prep = tok.head
                verb = prep.head
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ in ("in", "at")
                    and verb.lemma_.lower() in SPEAKING_VERBS
                    and verb.dep_ == "advcl"
                    and not any(c.dep_ == "nsubj" for c in verb.children)
                ):
                    # "*Speaking in Brussels*, the envoy urged ...": the speaker is the subject
                    # of the clause the participle hangs on (rule mention.speech_act_place)
                    self._said[tok.i] = verb.head
                elif (
                    prep.dep_ == "prep"
                    and prep.lower_ in ("in", "at")
                    and prep.head.lemma_.lower() in SPEECH_ACT_VERBS
                ):
                    # "*In Doha*, the envoy criticised the ban on girls' schooling": a verbal
                    # act's place is its speaker's, not the people of the act it judges
                    # (rule mention.speech_act_place)
                    self._said[tok.i] = prep.head
        return self._said

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
                if iso and is_state(iso):
                    return iso, f"the sentence opens 'In {place},'"
                return None
        return None


def _hosts_last(ranked: list[tuple[str, int]], hosts: set[str]) -> list[tuple[str, int]]:
    """ "Under *Kenyan* auspices, A and B agreed to pull troops back": a state the story names
    only as host or mediator goes after those that take part, whatever its count (rule
    mention.host_not_guessed); the order is otherwise kept."""
    return sorted(ranked, key=lambda kv: kv[0] in hosts) if hosts else ranked


def _mission_word_after(doc: Doc, end: int) -> bool:
    """A mission noun within the next words of a mention ending at ``end`` ("the EU*'s
    election observation mission*", "the AU *observer mission*", "the UN *mission*")."""
    for k in range(end, min(end + MISSION_GAP, len(doc))):
        w = doc[k]
        if w.lower_ in MISSION_NOUNS:
            return True
        if not (w.lower_ in ("'s", "'") or w.pos_ in ("NOUN", "ADJ", "PROPN")):
            return False
    return False


def _sent_for_preps(head: Token, preps: tuple[str, ...]) -> list[tuple[Token, bool]]:
    """The prepositions of ``head`` that may name whom it speaks or comes for (``_sent_for``),
    each with False, then the "of" phrases hung on their objects, with True: "the regional
    office *for Southern Africa* *of the UN rights office*" (the parser hangs the second phrase
    on the first one's object); a nested one names only an international body (rule
    mention.body_owner; branch bodies47)."""
    out: list[tuple[Token, bool]] = []
    nested: list[tuple[Token, bool]] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        out.append((prep, False))
        for obj in prep.children:
            if obj.dep_ == "pobj":
                nested.extend(
                    (p, True) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                )
    return out + nested


def _owning(o: ActorSpan) -> bool:
    """A possessor that owns a role: a state, or an international body with a code of its own
    ("the EU's envoy", "the AU's chairman", "the bloc's leaders" after one is named); not a
    company or an unplaced group. An official of such a body owns for it too ("the UN
    secretary-general's spokesman", "the AU Commission chairperson's envoy": the body's staff,
    not the state the story is about; rule mention.body_owner)."""
    iso = o.actor.country
    body = o.kind in ("body", "reference")  # "the bloc" after a body named: that body
    if o.kind == "role" and iso in BODY_OWNER_CODES:
        body = True
    return is_state(iso) or (body and bool(iso) and iso not in ("IMG", "MNC"))


MISSION_NOUNS = frozenset({"mission", "missions"})
MISSION_GAP = 4  # words between a body's name and "mission": "'s election observation mission"
# groups other than a non-governmental body: "the group" named after them is not the NGO
OTHER_GROUP_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "CRM", "BUS", "MNC", "HRI", "NGO"})
BODY_OWNER_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})  # bodies whose officials own staff


OWNING_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # (pronoun_owner)
PRONOUN_OWNER_RULE = "mention.pronoun_owner"  # "the head of *its* mission": its antecedent's
BODY_OWNER_RULE = "mention.body_owner"  # "the EU's envoy": the body's official
SOURCE_RULE = "mention.reporting_source"  # "the minister met ..., the X ministry said"
LEVEL_WORDS = words("government_level_words")
REGIONAL_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})  # a region's own organs
# the dateline's state named this many sentences into the body is a party of the story; named
# only later, it is a reacting neighbour and the lead's state keeps the story's bare titles
DATELINE_PARTY_SENTS = 6
LEAD_PIECES = 3  # at most so many more sentences the parser may cut a lead into
SENTENCE_ENDS = (".", "!", "?")
CLOSING_MARKS = ('"', "\u201d", "\u2019", "'", ")", "]")
SUBJECT_RULE = "mention.dateline_subject"  # "CAIRO - Sudan's army ...": Sudan's story
HUB_DATELINE_RULE = "mention.hub_dateline"  # "GENEVA - India filed ...": not Switzerland's
# "COLOMBO - China agreed to defer the Maldives' loans": not Sri Lanka's
THIRD_CAPITAL_RULE = "mention.third_capital_dateline"
# "... Senegal has not commented on the verdict": the dateline's state only as a bystander
BYSTANDER_RULE = "mention.dateline_bystander"
# "HELSINKI - A expelled B's envoy. B denied it. *Police* said ...": B's, the state the
# sentence before is about (rule mention.third_capital_recent_subject)
RECENT_SUBJECT_RULE = "mention.third_capital_recent_subject"
HUB_NGO_RULE = "mention.hub_ngo"  # "GENEVA - ... *the rights group X* said": no state's
NGO_SECTOR = "NGO"
# a state's organs and office holders (not its people): the words that rule reads
INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "LEG", "SPY", "OPP"})
HOST_RULE = "mention.host_dateline"  # "DOHA - Qatari mediators met X and Y": their story
REFUGEE_PLACE_RULE = "mention.refugee_place"  # "refugees from the camps in X": X's
OPENING_PLACE_RULE = "mention.opening_place"  # "In Y's capital, the ministry said"
ORGAN_SEAT_RULE = "mention.organ_seat"  # "X's ministry ... the ministry in Reykjavik": Iceland's
ORGAN_NOT_TARGET_RULE = "mention.organ_not_target"  # "X's ministry ... the ministry asked X"
# a state's organs and office holders that act in its name (rules mention.organ_seat,
# mention.organ_not_target): government, forces, police, spies; not courts or parliaments,
# which may well act on their own state by name ("the court ordered X to pay")
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
TITLE_KINDS = frozenset({"person", "role"})  # spans that name people by name or title
SPEAKERS_VENUE_RULE = "mention.speakers_venue"  # "In Geneva, the UN urged the authorities"
JUDGE_COURT_RULE = "mention.judge_court"  # "a German court ... the presiding judge"
RELATIVE_OFFICE_RULE = "mention.relative_office"  # "X, who was sworn in as Y's minister"
APPOSITIVE_OFFICE_RULE = "mention.appositive_office"  # "X, the speaker of the parliament,"
DESCRIBED_NAME_RULE = "mention.described_name"  # "The UN envoy flew in. X met ..."
OPPOSITION_TITLE_RULE = "mention.opposition_title"  # "the leader of the opposition"
STORY_PAIR_RULE = "mention.story_pair"  # "the two foreign ministries": the story's pair
COMMISSION_MEMBER_RULE = "mention.commission_member"  # "the commission ... the commissioner"
JOINT_PAIR_RULE = "mention.joint_pair"  # "A and B quarrelled. The ministry said": no guess
PAIR_VENUE_RULE = "mention.pair_venue"  # "talks in Geneva": no third party to the pair
PAIR_POSSESSIVE_RULE = "mention.pair_possessive"  # "both sides' negotiators"
PAIR_NOUNS = frozenset({"pair", "duo"})  # "the pair's envoys": a pair told of before
PAIR_SIDES = frozenset(
    {"side", "country", "nation", "state", "government", "neighbour", "neighbor"}
)
POLICE_PLACE_RULE = "mention.police_place"  # "police arrested a man in Lyon": France's
EXILE_HOST_RULE = "mention.exile_host"  # "X, who lives in exile in Lithuania": not its
COUNTERPART_PAIR_RULE = "mention.counterpart_pair"  # "X and his Malian counterpart": X not Mali's
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
GUESS_NOT_TARGET_RULE = "mention.guess_not_target"  # "X accused Cairo": not Egypt's
SEPARATISTS_RULE = "mention.separatists_own_state"  # "separatists killed Xian soldiers": X's
SEPARATIST_NOUNS = words("separatist_nouns")
RELEASE_ISSUER_RULE = "mention.release_issuer"  # a press release's bare "the Minister"
HEADLINE_OFFICE_RULE = "mention.headline_office"  # the headline's "X's trade minister"
HEADLINE_STATE_RULE = "mention.headline_state"  # the headline's state among equals
# verbs of speaking to someone: the place they are done in is where the speaker was
PLACE_SPEECH_VERBS = frozenset({"tell", "say", "speak", "talk", "brief", "address"})
SAY_VERBS = words("say_verbs")
COURT_CITY_RULE = "mention.court_city"  # "a Lyon court": France's (names._court_city_word)
OWN_VENUE_RULE = "mention.own_meeting_venue"  # "members will meet in X": not X's
PLACE_OVER_GUESS_RULE = "mention.place_over_guess"  # "officials in X": not the story's guess
SANCTIONED_NOT_OWN_RULE = "mention.sanctioned_not_own"  # "visa bans on officials": foreign
FOREIGN_SANCTION_NOUNS = words("foreign_sanction_nouns")
FOREIGN_BAN_MODIFIERS = words("foreign_ban_modifiers")
FOREIGN_BAN_HEADS = frozenset({"ban", "restriction"})


def _foreign_sanction(noun: Token) -> bool:
    """ "sanctions", "an embargo"; "visa restrictions", "entry bans": a measure one state
    takes against another state or its people (rule mention.sanctioned_not_own)."""
    lemma = noun.lemma_.lower()
    if lemma in FOREIGN_SANCTION_NOUNS:
        return True
    return lemma in FOREIGN_BAN_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in FOREIGN_BAN_MODIFIERS
        for c in noun.children
    )


ENVOY_NOT_HOST_RULE = "mention.envoy_not_host"  # "summoned Ambassador X": not the summoner's
ENVOY_HOST_PREPS = frozenset({"to", "with"})  # "handed a note *to* Ambassador X", "met *with*"
HIGH_COMMISSIONER = frozenset({"commissioner"})  # "High Commissioner X": a Commonwealth envoy
UNNAMED_ATTACKERS_RULE = "mention.unnamed_attackers"  # "gunmen": no guess
UNNAMED_ATTACKERS = words("unnamed_attacker_nouns")
UNNAMED_MODIFIERS = words("unnamed_attacker_modifiers")
NAMED_BODY_SPEAKER_RULE = "mention.named_body_speaker"  # "a Commission spokesperson"
PREVIOUS_SPEAKER_RULE = "mention.previous_speaker"  # "X said ... A spokesman denied"
# "The UN agency said ... A spokesman in Geneva urged": the body's, not the city's state
PREVIOUS_BODY_SPEAKER_RULE = "mention.previous_body_speaker"
ANCIENT_RULER_RULE = "mention.ancient_ruler"  # "in 701 BC ... these kings": of no state
OPPOSITION_HOME_RULE = "mention.opposition_home"  # "X's government banned opposition parties"
OPPOSITION_WORDS = words("opposition_words")
RULING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # a state's rulers, its arms
UN_CHIEF_RULE = "mention.un_chief"  # "The Secretary-General calls on ...": the UN's
SECRETARIAT_RULE = "mention.secretariat_title"  # "the executive secretary": the bloc's
MAIN_STATE_FORCE_RULE = "mention.main_state_force"  # a force named in an aside: not the story's
PREVIOUS_STATE_SUBJECT_RULE = "mention.previous_state_subject"  # "Y said .... The minister"
BRIEFING_ITEM_RULE = "mention.briefing_item"  # a newsletter's item: its own states only
ITEM_DATELINE_RULE = "mention.item_dateline"  # "TBILISI - The government ...": its own
REGION_WORDS = frozenset({"state", "province", "region", "governorate", "prefecture", "oblast"})


# a story sentence before a dateline: this many words at least, ending a line with a full stop
_STORY_SENTENCE_WORDS = 8


def _story_text_before(text: str) -> bool:
    """Whether ``text`` (what comes before a dateline) holds a sentence of the story itself, a
    line of at least _STORY_SENTENCE_WORDS words ending with a full stop (or a quote after
    one), not only a headline, a caption credit or a time stamp."""
    for line in text.splitlines():
        line = line.strip().rstrip("\"'”’")
        if line.endswith(".") and len(line.split()) >= _STORY_SENTENCE_WORDS:
            return True
    return False


def _region_named(doc: Doc, sp: ActorSpan) -> ActorSpan:
    """ "*Niger* state", "*Georgia* state": a country's name with "state" or "province" after
    it names a region of another country (ISO 3166-2), the one country with a region so named."""
    if sp.kind == "body" and sp.end - sp.start >= 2 and doc[sp.end - 1].lower_ in REGION_WORDS:
        after, end = doc[sp.end - 1], sp.end - 1  # composed as "state" + country: "Niger state"
    else:
        after = doc[sp.end] if sp.end < len(doc) else None
        end = sp.end
        if sp.kind != "country" or after is None or after.lower_ not in REGION_WORDS:
            return sp
    from communique.places.gazetteer import region_countries

    name = doc[sp.start : end].text
    countries = region_countries(name)
    iso = next(iter(countries)) if len(countries) == 1 else None
    if iso is None or iso == sp.actor.country:
        return sp
    sp.actor = replace(sp.actor, country=iso, code=iso, sector=None)
    sp.rule = f"region '{name} {after.text}' (ISO 3166-2) -> {iso}"
    return sp


def _member_states(sp: ActorSpan, doc: Doc) -> bool:
    """ "member states", "member countries" of no body named: many states, none in particular."""
    words_ = doc[sp.start : sp.end].text.lower().split()
    return len(words_) >= 2 and words_[-2] == "member" and words_[-1] in MEMBER_HEADS


def find_actors(
    doc: Doc,
    when: date | None = None,
    *,
    dateline: str | None = None,
    memory: ActorMemory | None = None,
) -> list[ActorSpan]:
    """All actor mentions in the document, in order, non-overlapping (longest wins).

    ``when`` is the story date (for office holders). ``dateline`` is the dateline place
    ("Havana"); when None it is read from the start of the text if it looks like one.
    ``memory`` is the story's actor memory, shared with the coder (a new one if None).
    """
    return [
        sp
        for sp in _Finder(doc, when, dateline, memory).run()
        if not _stance_prefixed(doc, sp.start)
        and not _ethnic(doc, sp)
        and not _language(doc, sp)
        and not _water_body(doc, sp)
        and not _month_date(doc, sp)
    ]


MONTHS = frozenset(m.lower() for m in calendar.month_name if m)


def _month_date(doc: Doc, span: ActorSpan) -> bool:
    """ "from *May* 1", "on 4 *June*", "*April* 2019": a month name beside a day or a year is
    a date, never the person or place of that name."""
    if span.end - span.start != 1 or doc[span.start].lower_ not in MONTHS:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start >= 1 else None

    def digits(t: object, sizes: tuple[int, ...]) -> bool:
        text = getattr(t, "text", "").rstrip(",.")
        return text.isdigit() and len(text) in sizes

    return digits(after, (1, 2, 4)) or digits(before, (1, 2))


def _water_body(doc: Doc, span: ActorSpan) -> bool:
    """ "the South *China* Sea", "the Sea of *Japan*", "the Gulf of *Oman*": a sea, gulf or
    strait named after a country is a place at sea, not that state; so is a sea that shares
    its name with a province ("a ship in the *Red Sea*", not "*Red Sea* State": sea_named)."""
    if span.kind != "country":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in WATER_BODIES:
        return True
    from communique.places.gazetteer import sea_named  # the gazetteer imports the actors

    if sea_named(doc, span.start, span.end):
        return True
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].text[:1].isupper()
        and doc[span.start - 2].lower_ in WATER_BODIES
    )


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


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """A stance prefix ("anti-Syria journalist", "pro-Iranian group"): the name is what they
    are for or against, not who they are."""
    return (
        start >= 2
        and doc[start - 1].text in ("-", "‑", "–")
        and doc[start - 2].lower_ in STANCE_PREFIXES
    )


__all__ = ["find_actors", "country_of_place", "name_key"]


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# armed men, forces and groups: the other side of their fight is a state's forces ("rebels
# *attacked Chadian troops*", "the militia *clashed with Nigerien soldiers*")
FIGHTER_SECTORS = frozenset({"REB", "UAF", "INS"}) | FORCES
JUDGED_ACT_VERBS = words("judged_act_verbs")  # rule mention.guess_not_target
DIPLOMATIC_MISSIONS = words("diplomatic_missions")  # rule mention.guess_not_target
AIMED_PREPS = frozenset({"at", "on", "upon", "against"})  # "fired shells *at* X"
# "announced assistance *to* Sudan", "sold drones *to* X": what the act gives goes to the target
GIVEN_PREPS = frozenset({"to"})


def clause_targets(
    head: Token,
    sector: str | None,
    spans: list[ActorSpan],
    lemmas: frozenset[str] | None = None,
) -> set[str]:
    """The states named as the object of the verb ``head`` (an actor phrase's head) is the
    subject of ("X *accused Cairo*", "X called *on Ankara*"), directly or under a preposition on
    the verb, or of a verb that shares its subject ("X denied the report and *accused Cairo*",
    "X said the talks had failed and *urged Lima* to ...", ``_subject_verbs``); not a
    place ("clashed with protesters *in Niamey*") nor a state's people or opposition. For an
    armed actor (``sector`` in FIGHTER_SECTORS) a state's forces named by nationality are its
    target too: the other side of its attack or clash ("rebels *attacked Chadian troops*").
    ``spans``: the story's actor spans other than the actor's own (rule
    mention.guess_not_target). ``lemmas``: only the verbs of these lemmas count (rule
    mention.pronoun_not_target)."""
    doc = head.doc
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "poss" and sector in STATE_SECTORS and head.head.i != head.i:
        # "*the ministry's* spokesperson accused Moscow": a state's organ that owns the doer
        # is no more the target's own than the doer is (rule mention.guess_not_target)
        head = head.head
        while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
            head = head.head
    if head.dep_ != "nsubj":
        return set()
    # a state's own body or official: nor a verb sharing its subject ("X denied the report
    # and accused Cairo"); a newspaper or firm may well act on its own state
    verbs = _subject_verbs(head.head) if sector in STATE_SECTORS else [head.head]
    if lemmas is not None:
        verbs = [v for v in verbs if v.lemma_.lower() in lemmas]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    objects += [
        g
        for v in verbs
        for c in v.children
        if c.dep_ == "prep"
        and not (c.lower_ == "to" and v.lower_ in GUEST_HOSTING_VERBS)  # "welcomed X *to Manila*":
        for g in c.children  # where the guest came, the host's own capital, not whom it acts on
        if g.dep_ == "pobj"
    ]
    # "fired mortars *at* Somali troops", "imposed sanctions *on* Russia", "announced aid *to*
    # Sudan": the act's target under a preposition on its object
    # (not "met the ambassador *to Norway*": a person's post, no gift)
    actor_heads = {o.head for o in spans}
    objects += [
        g
        for o in objects
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ == "prep"
        and (c.lower_ in AIMED_PREPS or (c.lower_ in GIVEN_PREPS and o.i not in actor_heads))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "condemned *Russia's* strikes", "thanked X for *Qatar's* help": the state whose act
    # a verb of judging or thanking is about is whom it is said to (rule mention.guess_not_target)
    judged = [o for v in verbs if v.lemma_.lower() in JUDGED_ACT_VERBS for o in v.children]
    judged = [o for o in judged if o.dep_ == "dobj"] + [
        g
        for o in (*judged, *(c for o in judged if o.dep_ == "dobj" for c in o.children))
        if o.dep_ == "prep" and o.lower_ == "for"
        for g in o.children
        if g.dep_ == "pobj"
    ]
    objects += [p for n in judged for p in n.children if p.dep_ == "poss"]
    # "demanded *that London* cancel it": the subject of a demanded clause is whom it is made of
    objects += [
        g
        for v in verbs
        if v.lemma_.lower() in words("demanding_verbs")
        for c in v.children
        if c.dep_ == "ccomp"
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    ]
    # "accused *the government in Minsk*", "the authorities in Kabul": the state whose capital
    # seats the governing body named (rule mention.guess_not_target)
    # (the parser may hang "in Minsk" on the verb: then right after the body's word)
    seats = {
        g.i
        for o in objects
        if o.lemma_.lower() in SEATED_GOVERNMENT_HEADS or o.lower_ in SEATED_GOVERNMENT_HEADS
        for c in (*o.children, *o.head.children)
        if c.dep_ == "prep" and c.lower_ == "in" and (c.head == o or c.i == o.i + 1)
        for g in c.children
        if g.dep_ == "pobj"
    }
    # "gave four staff *at the X embassy* 72 hours to leave": the parser may hang the
    # people's mission on the verb; a state's diplomatic mission (vocabulary
    # diplomatic_missions) next to the people the verb acts on is theirs, not a place
    missions = {
        g.i
        for v in verbs
        if any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ not in ("TIME", "DATE") for c in v.children
        )
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("at", "of")
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in DIPLOMATIC_MISSIONS
    }
    heads = {t.i for o in objects for t in (o, *o.conjuncts)} | seats
    # the sectors of a target that is the state itself: its government and officials, and for
    # a fighter its forces; not its people, protesters or opposition (a government may accuse
    # its own)
    state_side = {None, "", "GOV"} | (FORCES if sector in FIGHTER_SECTORS else set())
    if sector == "OPP":
        # an opposition's target is its own government ("Opposition leader X accused *the
        # Chilean government*": Chile's opposition, rule mention.opposition_own_government);
        # only the state named bare ("accused Chile") still tells it is another's
        state_side -= {"GOV"}
    found: set[str] = set()
    for o in spans:
        if (
            o.head in heads
            and (not o.is_location or o.actor.sector in FORCES or o.head in seats | missions)
            and (o.kind != "group" or o.actor.sector in state_side - {None, ""})
            and (o.kind == "country" or o.actor.sector in state_side)
            and any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[o.start : o.end])
        ):  # named, not "addressed *the nation*" (the speaker's own); the state itself ("Cairo"),
            # its government ("met Kenya's minister") or its officials and diplomats ("summoned
            # *Russia's chargé d'affaires*": a ministry does not summon its own envoy), not a
            # place ("in Niamey") nor its own people ("accused *Egyptian protesters*", "the
            # opposition leader": a government may accuse its own)
            found |= {a.country for a in o.actors if is_state(a.country)}
    if sector in FIGHTER_SECTORS | {"CRM"}:
        # "pirates seized *a Xian-owned tanker*", "gunmen fired on *a Xian-flagged ship*": the
        # state that owns or flags the vessel an armed group acts on is its victim's, not the
        # group's own (rule mention.guess_not_target)
        found |= {
            a.country
            for o in spans
            if (
                OWNER_RULE in o.rule
                or any(t.lower_ in OWNER_PARTICIPLES for t in doc[o.end : o.end + 2])
            )
            and any(doc[h].left_edge.i <= o.head <= h for h in heads)
            for a in o.actors
            if is_state(a.country)
        }
    return found


def _subject_verbs(verb: Token) -> list[Token]:
    """``verb`` and the verbs that share its subject: its conjuncts with no subject of their
    own ("X denied the report *and accused* Cairo"), and after a speech verb the conjuncts of
    its reported clause, which the parser hangs there though the speaker does them ("X said
    the talks had failed *and urged* Lima to ..."), and its participle adjuncts ("..., X said
    on Friday, *accusing* Lima of ...": the one who said it accuses). Not the conjuncts of a
    clause told before the speech verb ("Y blamed Z *and called on* W; the government said
    ..."): the parser hangs an earlier sentence part there, whose doer is its own subject
    (rule mention.organ_not_target)."""
    found = [verb]
    heads = [verb, *(c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)]
    for h in heads:
        for c in h.conjuncts:
            if c.pos_ in ("VERB", "AUX") and not _own_subject(c):
                found.append(c)
    found += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and not _own_subject(c)
    ]
    return found


def _own_subject(verb: Token) -> bool:
    return any(g.dep_ in ("nsubj", "nsubjpass") for g in verb.children)


def bystander_clause(noun: Token) -> bool:
    """Whether ``noun`` (a mention's head) is, through the noun its clause is about, the subject
    of a clause that says only that it keeps out of the story's events (vocabulary
    bystander_phrases: did not comment, said little, is following the situation), with no other
    verb of its own joined. Read by mention.dateline_bystander and filter.bystander_aside."""
    if not BYSTANDER_PHRASES:
        return False
    tok = _subject_climb(noun)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False  # "X declined to comment and summoned Y's envoy": it acts too
    cut = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    said = " ".join(
        t.lemma_.lower()
        for t in verb.subtree
        if t.i not in cut and not t.is_punct and t.lower_ not in BYSTANDER_SKIP
    )
    said = " " + said.replace("n't", "not") + " "
    return any(f" {p} " in said for p in BYSTANDER_PHRASES)


def _subject_climb(tok: Token) -> Token:
    """From a mention's head up to the noun its clause is about: "*Colombian* foreign
    ministry", "a spokesman for *the ministry*" -> the spokesman."""
    seen = 0
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "pobj", "prep") and seen < 8:
        if tok.head.i == tok.i:
            break
        tok = tok.head
        seen += 1
    return tok
