"""From argument head words to actors: the actor spans the finder resolved, references to
earlier participants ("they", "the two leaders"), and fall-backs for doers no actor rule knows
("the Farmers Front": a domestic organisation of the story's country)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from communique.actors import lexicon as lx
from communique.actors.finder import (
    clause_targets,
    doc_segment_starts,
    segment_at,
)
from communique.actors.index import ActorIndex, unique_actors
from communique.actors.lexicon import everyday_people
from communique.actors.memory import ActorMemory
from communique.actors.organisations import NOT_POLITICAL as NOT_POLITICAL_ORGS
from communique.actors.organisations import org_sector
from communique.actors.page_voice import author_note_state, issuer_state, publisher_state
from communique.actors.phrases import (
    TIME_UNITS,
    group_count,
    group_sector,
    group_words,
    is_actor_like,
    is_bare_pair_plural,
    is_pair_noun,
    is_plural_anaphor,
    is_pronoun,
    phrase_tokens,
)
from communique.actors.spans import BODY_AND_NGO_CODES, ActorSpan, is_state
from communique.coding.hosted_sides import counted_two, without_counted_host
from communique.coding.noun_arguments import is_place_name
from communique.coding.rules import Because
from communique.coding.syntax import (
    Arg,
    adjunct_object,
    in_quotation,
    prep_objects,
    running_quotation,
    with_conjuncts,
)
from communique.coding.transcript import Turn, doc_turns
from communique.model import Actor
from communique.vocabulary import words

NON_STATE = words("non_state_codes")
COUNTERPART_MENTIONS = 2  # a story counterpart is named at least this often
LEAD_PARAGRAPHS = 2  # the headline and the lead: a state named there is never an aside
# a blank line ends a paragraph; in a text with none, a line break does
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
MAIN_STATE_MENTIONS = 4  # ... and this often when the story has not paired it with the doer
BODY_MENTIONS = 2  # a body the story is about is named at least this often before the act
LEAD_EVENTS = 2  # ... and is a party of one of the story's first events coded
IGO_CODES = words("intergovernmental_codes")
ARMED_GROUPS = words("armed_group_words")
ARMED_SECTORS = frozenset({"REB", "UAF", "INS"})  # unnamed armed men, rebels, insurgents
DOMESTIC_ORG_WORDS = words("domestic_org_words")
SINGULAR_PRONOUNS = words("singular_pronouns")
PERSON_PRONOUNS = words("person_pronouns")
PERSON_KINDS = frozenset({"person", "role"})  # actor spans "he" / "she" can stand for
HERE_PREPS = frozenset({"in", "inside", "of", "on", "at"})  # where a clause happens
NEAR_PREPS = frozenset({"near", "outside", "around"})  # where it happens close to
FIRST_PERSON = words("first_person_pronouns")
WRITER_PLURAL = frozenset({"we", "our"})  # the page's own voice (writer_voice)
QUOTING_VERBS = words("say_verbs")  # '"X told us: we will ..."': X's words inside a quotation
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
ADDRESSING_VERBS = words("addressing_verbs")  # rule resolve.quoted_addressee
OWN_STATE_NOUNS = words("own_state_nouns")
CROWD_COUNTS = words("crowd_counts")
COUNTED_PEOPLE = CROWD_COUNTS | words("people_collectives")  # "a group *of* fishermen"
PRIVATE_DOERS = words("private_doer_sectors")
BYSTANDERS = words("bystander_people")  # those attacked or arrested, never protesters
AGENT_SUFFIXES = tuple(words("agent_noun_suffixes"))
NOT_ACTORS = words("not_actor_words")
DEFINITE = frozenset({"the", "these", "those"})
ISSUED_TEXTS = words("issued_text_nouns")  # rule resolve.document_issuer
ISSUED_TEXT_VERBS = words("addressed_speech_verbs") | {"denounce", "warn", "blame", "slam"}


PERSON_ROLE_NOUNS = words("person_role_nouns")
EXECUTIVE_ROLE_NOUNS = words("executive_role_nouns")
FRONTIER_WORDS = words("frontier_words")
RELATIONAL_NOUNS = words("relational_nouns")
STATE_SERVICE_PLURALS = words("state_service_plurals")  # "the two armies", "both navies"
GROUP_HEAD_NOUNS = words("group_head_nouns")  # "the chiefs of both customs services"
STATE_COLLECTIVES = words("state_collectives")
MEMBER_NOUNS = words("member_nouns")
BODY_OWNER_WORDS = words("body_owner_words")
SUPPORTER_NOUNS = words("supporter_nouns")
CROWD_SECTORS = words("crowd_sectors")
POSSESSIVE_PRONOUNS = words("possessive_pronouns")
# "her supporters", "their followers": people's backers (not "its", a body's)
BACKER_OWNERS = words("personal_possessives") | {"their"}
REASON_PREPS = frozenset({"for", "over"})
RELATIVE_OBJECTS = frozenset({"whom", "who", "which", "that"})  # "the envoy *whom* it expelled"
# notes of rules that guess: the coder's confidence drops when one decided the actor
# "both sides", "the two countries" as a target: two sides of something, not the doer
SIDE_WORDS = frozenset(
    {"sides", "parties", "countries", "nations", "states", "governments", "neighbours", "neighbors"}
)  # fmt: skip
PAIR_WORDS = frozenset({"sides", "camps", "parties"})  # "the two sides": a story's two parties
# ("camps" are as often a country's own factions: never the last sides of other states)
STATE_PLURALS = frozenset({"countries", "nations", "states", "governments", "capitals"})
EARLIER = frozenset({"resolve.earlier_participants", "resolve.earlier_subject"})
# a body's comment on a dispute (resolve.commenting_body_not_side): the codes of international
# bodies and NGOs, and the PLOVER types of a statement about others (appeal, criticism, praise)
BODY_CODES = BODY_AND_NGO_CODES
COMMENT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT"})
NO_ACTOR_RULE = frozenset(
    {"resolve.phrase_inner_country", "resolve.phrase_context_org", "resolve.phrase_no_country"}
)


def names_frontier(tok: Token) -> bool:
    """ "on the Thai border": the adjective says where, not whose people are meant."""
    return tok.dep_ in ("amod", "compound") and tok.head.lower_ in FRONTIER_WORDS


def is_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def make_actor(text: str, country: str | None, sector: str | None) -> Actor:
    return Actor(text=text, name=text, country=country, sector=sector if country else None)


def _names_sides(actor: Actor) -> bool:
    """An actor read from "the two sides", "both parties" (rule resolve.story_pair): one side
    of a pair, whose country is its own, not its fellow's."""
    words = actor.text.split()
    return bool(words) and words[-1] in PAIR_WORDS and actor.country is not None


def share_country(actors: list[Actor]) -> list[Actor]:
    """Conjuncts share a country ("Israeli helicopters and *tanks*"): a bare common noun joined
    to a named party shares its country (the resolver may have given it another)."""
    named = [a for a in actors if a.country and not a.text.islower()]
    if len(named) != len(actors) and len({a.country for a in named}) == 1:
        iso = named[0].country
        return [
            a
            if not a.text.islower() or a.country == iso or _names_sides(a)
            else Actor(text=a.text, name=a.name, country=iso, sector=a.sector)
            for a in actors
        ]
    return actors


def _owner_note(pron: Token, head: Token, ref: list[Actor], verb: str) -> Because:
    """Why "its X" is the owner's higher up (rule resolve.owner_pronoun)."""
    return Because.of(
        "resolve.owner_pronoun", word=pron.text, thing=head.text, ref=_texts(ref), verb=verb
    )


def is_initials(text: str) -> bool:
    """ "NLU", "MDC", "PTI": two to six capital letters, the way an organisation's initials are
    written."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def supporter_noun(head: Token) -> Token | None:
    """The supporter noun a phrase is headed by: "her *supporters*", or the people a crowd
    count is made of, "thousands *of her supporters*" (vocabulary crowd_counts)."""
    if head.lemma_.lower() in SUPPORTER_NOUNS:
        return head
    if head.lower_ in CROWD_COUNTS:
        for _p, o in prep_objects(head, ("of",)):
            if o.lemma_.lower() in SUPPORTER_NOUNS:
                return o
    return None


def supporters(
    head: Token, spans: list[ActorSpan], where: tuple[str | None, str] = (None, "")
) -> tuple[Actor, Because] | None:
    """ "*Supporters of* the former president", "the opposition leader's *followers*": the
    people who back someone are not that person: people (CVL) of their country, or of its
    opposition (OPP) when they back the opposition (rule resolve.supporters). Backers of no
    known country ("*her* supporters", of a candidate the lists do not know) are people of the
    country the sentence or story is about, ``where`` (the crowd's country)."""
    noun = supporter_noun(head)
    if noun is None or any(sp.head in (head.i, noun.i) for sp in spans):
        return None  # "opposition supporters": the actor lists know the phrase
    backed = unique_actors(spans)
    iso = next((a.country for a in backed if a.country and a.country not in NON_STATE), None)
    if iso is None and backed and not any(a.country for a in backed) and where[0]:
        iso = where[0]
    if iso is None:
        return None
    head = noun
    phrase = {t.lower_ for t in head.subtree}
    opposition = "opposition" in phrase or any(a.sector in CROWD_SECTORS for a in backed)
    sector = "OPP" if opposition else "CVL"
    why = Because.of(
        "resolve.supporters", word=head.text, backed=_texts(backed), code=f"{iso}{sector}"
    )
    return make_actor(head.text, iso, sector), why


class ArgumentResolver:
    """Resolves the arguments of one story's triggers; ``memory`` is the story's actor memory,
    shared with the actor finder."""

    def __init__(self, doc: Doc, index: ActorIndex, memory: ActorMemory, dateline: set[int]):
        self.doc = doc
        self.index = index
        self.memory = memory
        self.dateline = dateline
        self._turns: list[Turn] | None = None  # the story's Q&A turns, read when first needed
        self._voice: tuple[str, str] | None = None  # the page's own voice (page_voice), once
        self._sents: list[Span] | None = None  # the story's sentences, read when first needed
        # (word index, state) of the story's mediators and hosts of talks (context_recipients)
        self.mediators: list[tuple[int, str]] | None = None
        # the dateline says where the story was filed, not whom it is about, and so do the bare
        # roles and groups given its state for want of another when the story names that state
        # only as a place, if at all ("VIENNA - a meeting *in Vienna* ... *inspectors*"): a venue
        party = {  # states named (not only placed) by a mention of their own
            s.actor.country
            for s in index.spans
            if getattr(s.actor, "country", None)
            and s.start not in dateline
            and not s.country_inferred
            and not s.is_location
        }
        venue = {s.actor.country for s in index.spans if s.country_from_dateline} - party
        counted = [
            s
            for s in index.spans
            if getattr(s.actor, "country", None)
            and s.start not in dateline
            and not (s.country_from_dateline and s.actor.country in venue)
        ]
        self.story_countries = Counter(s.actor.country for s in counted)
        # a page of short, unrelated stories (a briefing's items, datelined briefs): the
        # countries each item names, counted apart (rule mention.briefing_item)
        self.item_starts = doc_segment_starts(doc)
        self.item_countries: dict[int, Counter[str]] = {}
        for s in counted if self.item_starts else ():
            item = segment_at(self.item_starts, doc[s.start].idx)
            self.item_countries.setdefault(item, Counter())[s.actor.country] += 1
        # the paragraphs each state is named in (rule recipient.aside_state): a state named
        # in one paragraph only, past the lead, is an aside of the story (a reaction, a
        # history clause), not the side its other acts are aimed at
        breaks = _BLANK_LINE if _BLANK_LINE.search(doc.text) else _LINE_BREAK
        self.paragraph_breaks = [m.end() for m in breaks.finditer(doc.text)]
        self.state_paragraphs: dict[str, set[int]] = {}
        for s in counted:
            if is_state(s.actor.country):
                where = self.paragraph_of(doc[s.start].idx)
                self.state_paragraphs.setdefault(s.actor.country, set()).add(where)
        # where the story first names each country (a counterpart must be named before)
        self.first_named: dict[str, int] = {}
        for s in index.spans:
            iso = getattr(s.actor, "country", None)
            if iso and s.start not in dateline and s.start < self.first_named.get(iso, 1 << 30):
                self.first_named[iso] = s.start

    def paragraph_of(self, char: int) -> int:
        """The index of the paragraph (text between line breaks) that character ``char`` is in."""
        return bisect_right(self.paragraph_breaks, char)

    def aside_states(self, tok: Token) -> set[str]:
        """The states the story names in one paragraph only, neither among its first
        ``LEAD_PARAGRAPHS`` (the headline and the lead) nor the paragraph of ``tok``, an act's
        word: a reactions box, a history clause, another quarrel told in passing (rule
        recipient.aside_state). Such a state is no counterpart of an act it takes no part in."""
        here = self.paragraph_of(tok.idx)
        return {
            iso
            for iso, paras in self.state_paragraphs.items()
            if len(paras) == 1 and min(paras) >= LEAD_PARAGRAPHS and here not in paras
        }

    def first_state(self, tokens: Iterable[Token], skip: set[str]) -> tuple[Token, str] | None:
        """The first of ``tokens`` that an actor span names a state with, other than those in
        ``skip``, and that state ("from *Egypt*", "kidnapped in *Mali*"); None if none does."""
        for t in tokens:
            span = self.index.at(t)
            iso = span.actor.country if span is not None else None
            if is_state(iso) and iso not in skip:
                return t, iso  # type: ignore[return-value]
        return None

    def resolve(
        self,
        found: Arg,
        within: list[Actor] | None = None,
        fallback: str = "",
        people: str = "",
        own: set[str] | None = None,
    ) -> tuple[list[Actor], list[Because]]:
        """Actors named by an argument's head words. ``fallback`` ("actor"/"recipient"): when no
        rule resolves a head that still names a doer (an organisation, a group), build one.
        ``people``: everyday people ("fishermen", "hundreds of nurses") count too, as the doers
        of a protest ("actor"; "listed": only people words of the lists) or those arrested or
        attacked ("recipient") (``everyday``). ``own``: when resolving a target, the doer's
        countries, which a thing owned by a pronoun ("strikes on *its* grid") does not stand
        for (``owner``)."""
        actors: list[Actor] = []
        notes: list[Because] = []
        heads = found.heads
        participants = self.memory.sentence_participants
        if heads and all(h.i in self.dateline for h in heads):  # "Moscow, May 2 (AP) -- X met"
            real = [
                c
                for h in heads
                for c in h.children
                if c.dep_ == "appos" and c.i not in self.dateline
            ]  # the subject parsed as the dateline's apposition
            heads = [h for o in [*real, *found.others] for h in with_conjuncts(o)]
        heads = [h for head in heads for h in self.members(head, notes)]
        heads = [h for head in heads for h in self.relative_antecedent(head, notes)]
        heads = [h for head in heads for h in adjunct_antecedent(head, notes)]
        for head in heads:
            if head.i in self.dateline:  # where the story was filed, not who acted
                continue
            if generic_people(head):  # "thanked all *who helped*": people named by no one
                notes.append(Because.of("resolve.generic_people", word=head.text))
                continue
            owner = reason_owner(head)
            if owner is not None:  # "thanked X for *its* help": X's
                got = unique_actors(
                    [sp for o in with_conjuncts(owner) for sp in self.index.in_phrase(o)]
                )
                if got:
                    actors += got
                    verb = owner.head.text
                    notes.append(
                        Because.of(
                            "resolve.reason_owner", word=head.text, ref=_texts(got), verb=verb
                        )
                    )
                    continue
            spans = self.index.in_phrase(head)
            if (pair := self.pair_reference(head, spans, within)) is not None:
                # "*The pair* pledged ...", "*the leaders* signed": the two parties the story
                # set together last, or the group of that noun (or the two) named before
                actors += pair[0]
                notes.append(pair[1])
                continue
            if not spans and fallback == "actor" and (issuer := self.issuer(head)):
                actors += issuer  # "*The statement* also accused X": who issued it
                notes.append(Because.of("resolve.document_issuer", word=head.text,
                                        ref=_texts(issuer)))  # fmt: skip
                continue
            if (body := self.body_of_members(head, spans)) is not None:
                # "thanked *the member states*", "*the bloc's* members": the body they form
                actors.append(body)
                notes.append(Because.of("resolve.body_members", word=head.text,
                                        body=body.name or body.text))  # fmt: skip
                continue
            if spans and (each := self.plural_from(head, spans)) is not None:
                # "his counterparts *from A and B*": one for each state named
                actors += each[0]
                notes.append(each[1])
                continue
            if (spans or head.lemma_.lower() in GROUP_HEAD_NOUNS) and (
                each := self.plural_owned(head, spans)
            ) is not None:
                # "*their* troops", "*the two countries'* leaders": each side's, not one
                actors += each[0]
                notes.append(each[1])
                continue
            if head.lemma_.lower() in RELATIONAL_NOUNS:  # "X's allies" are not X ("its *EU*
                owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
                spans = [sp for sp in spans if sp.head not in owners]  # partners" are the EU)
            if people and (built := self.everyday(head, spans, people)) is not None:
                actors.append(built[0])
                notes.append(built[1])
                continue
            if group_count(head) is not None:
                # "urged the three European countries": the states last named together in that
                # number, not a bloc read from the adjective; none found, nobody. As a doer only
                # the subject of the act's own verb, and only a group an event told together
                # ("X hosted Y and Z. *The three governments* agreed"; rule
                # resolve.counted_doers): the parser often lends the group another verb
                rule, counted = "resolve.counted_group", []
                if own is not None:
                    counted = self.counted_states(head, own)
                elif found.rule == "actor.nsubj" and head.dep_ == "nsubj":
                    rule, counted = "resolve.counted_doers", self.counted_states(head, set(), True)
                if counted:
                    actors += counted
                    notes.append(Because.of(rule, word=head.text, ref=_texts(counted)))
                continue
            if is_plural_anaphor(head) and len(within or self.memory.participants) > 1:
                # the last event's participants, unless "the two countries" names states and
                # they are not all states (a bloc took part): then the finder's two states
                pool = within or self.memory.participants
                if not (
                    head.lower_ in STATE_PLURALS
                    and spans
                    and not all(is_state(a.country) for a in pool)
                    and not (own and {a.country for a in unique_actors(spans)} & own)
                ):
                    spans = []
            if (
                own
                and spans
                and head.lower_ in SIDE_WORDS | PAIR_WORDS
                and is_plural_anaphor(head)
                and {a.country for a in unique_actors(spans)} & own
                and (sides := self.sides_not_doer(own, head.lower_ in STATE_PLURALS))
            ):
                # "He hosted A and B ... and urged *the two governments* to ...": the two states
                # the story named most counted the doer's; the sides of the last event of others
                actors += sides
                notes.append(Because.of("resolve.sides_not_doer", word=head.text,
                                        ref=_texts(sides)))  # fmt: skip
                continue
            if not spans and (built := self.unnamed_backers(head)) is not None:
                actors.append(built[0])  # "*her* supporters", whoever she is: a crowd
                notes.append(built[1])
                continue
            if (
                spans
                and supporter_noun(head) is not None
                and (built := supporters(head, spans, self.context_country(head))) is not None
            ):
                actors.append(built[0])  # "*supporters of* the former president": not him
                notes.append(built[1])
                continue
            if spans:
                got = unique_actors(spans)
                notes += [Because.of(sp.rule_of_span, why=sp.rule) for sp in _distinct(spans)]
                pron = owning_pronoun(head) if own else None
                if pron is not None and got and {a.country for a in got} <= own:
                    # "Mali expelled the envoy after he criticised *its* junta": a target given
                    # the doer's country by "its" belongs to the owner higher up, if any
                    ref, verb = self.owner(pron, own)
                    if ref:
                        iso = ref[0].country or ""
                        got = [make_actor(a.text, iso, a.sector) for a in got]
                        notes.append(_owner_note(pron, head, ref, verb))
                if all(sp.country_inferred for sp in spans) and (
                    spoken := self.quoted_owner(head)
                ):  # '"*Our* navy will ...," the Philippine defence chief said': the speaker's
                    got = [make_actor(a.text, spoken[0], a.sector) for a in got]
                    notes.append(spoken[1])
                if any(not a.country for a in got) and any(
                    self.index_peoples(sp) for sp in spans
                ):  # "*Native American* protesters": of the country where the story is
                    placed = self.residence(head)
                    if placed is not None:
                        got = [a if a.country else make_actor(a.text, placed[0], a.sector)
                               for a in got]  # fmt: skip
                        notes.append(Because.of("resolve.indigenous_placed", text=head.text,
                                                where=placed[1], iso=placed[0]))  # fmt: skip
                armed = head.lemma_.lower() in ARMED_GROUPS or all(
                    a.sector in ARMED_SECTORS for a in got
                )
                unplaced = all(not a.country for a in got) or all(
                    sp.country_guessed or sp.country_from_dateline for sp in spans
                )
                if armed and unplaced:
                    # "armed men kidnapped Chinese workers *in Nigeria*": not the story's country
                    # (nor the dateline's: "ROME - Italians were seized by gunmen *near* X")
                    placed = self.residence(head, context=False, near=True)
                    if placed is not None:  # "raids by rebels on posts *in X*"
                        got = [make_actor(a.text, placed[0], a.sector) for a in got]
                        notes.append(
                            Because.of(
                                "resolve.armed_group_placed",
                                head=head.text,
                                where=placed[1],
                                iso=placed[0],
                            )
                        )
                actors += got
            elif is_plural_anaphor(head):
                ref, rid = [], "resolve.earlier_participants"
                if is_pronoun(head):  # "Rebels said they would ...": the reporting subject
                    ref = self.antecedent(head, plural=True)
                    rid = "resolve.reporting_subject"
                    if not ref and self.unpolitical_sayer(head):
                        # "The show's organisers said *they* supported adoption": the sayers,
                        # who are no political actor, not the participants of an earlier event
                        notes.append(Because.of("resolve.unpolitical_sayer", word=head.text))
                        continue
                if ref and head.lower_ == "their" and head.dep_ == "poss" and self.unnamed(ref):
                    # "*Their* cooperation will grow, officials said": officials of no named
                    # country do not own the act of the two states the story told of
                    earlier = {a.country for a in self.memory.participants if is_state(a.country)}
                    if len(earlier) > 1:
                        ref = []
                if not ref and not within and not participants and is_pronoun(head):
                    # "A, B and C said ... . *They* urged X": the plural subject of the sentence
                    # before, which coded no event, not the participants of an older one
                    ref = self.previous_plural_subject(head)
                    rid = "resolve.previous_plural_subject"
                if not ref and not within and not participants and is_pronoun(head):
                    # "Prosecutors charged a mayor. *They* arrested his aides": the plural doer
                    # of the sentence before, not the one it acted on (number agreement)
                    ref = self.previous_plural_doer(head)
                    rid = "resolve.previous_plural_doer"
                if (
                    not ref
                    and not within
                    and not participants
                    and (people or fallback)
                    and (prev_subj := self.previous_group_subject(head)) is not None
                ):
                    # "Gunmen blocked the road near X. *They* robbed every driver": the group
                    # the sentence before named as its subject, resolved where it was named
                    ref, _ = self.resolve(Arg([prev_subj]), fallback=fallback, people=people)
                    rid = "resolve.previous_group_doer"
                if not ref:
                    ref = within or participants or ref or self.memory.participants
                    rid = "resolve.earlier_participants"
                    pair = [] if within or participants or own else self.story_pair(head)
                    if pair:  # "*The two sides* agreed": the story's sides, not the last pair
                        ref, rid = pair, "resolve.story_pair"
                if rid == "resolve.earlier_participants" and (
                    guests := without_counted_host(self, head, ref)
                ):  # "X hosted A and B ..., and *the two factions* agreed": A and B
                    ref, rid = guests, "resolve.counted_without_host"
                elif rid == "resolve.earlier_participants" and (
                    narrowed := self.counted_pair(head, ref, own or set())
                ):  # "*The two countries* signed": two of the three the last event had
                    ref, rid = narrowed, "resolve.counted_pair"
                pair = self.people_anaphor(head)
                if pair:  # "the two heads of state": the last two office holders named
                    ref, rid = pair, "resolve.last_pair_of_people"
                elif (
                    own
                    and head.lower_ in SIDE_WORDS
                    and len({a.country for a in ref if is_state(a.country)} - own) < 2
                ):
                    # "France and the US urged *both sides* to ...": not the doers themselves
                    # nor one state and a bloc, the last two sides of other states told of
                    sides = self.other_sides(own)
                    if sides:
                        ref, rid = sides, "resolve.other_sides"
                if (
                    own
                    and ref
                    and head.lower_ in SIDE_WORDS | PAIR_WORDS
                    and all(a.country in own for a in ref)
                    and len({(a.country, a.code) for a in ref}) < 2
                ):
                    # "The envoy praised the deal and urged *both sides* to ...": the doer is the
                    # only one its sentence named so far, not two sides; the sides of the last
                    # event of two or more parties other than the doer's, a country's own factions
                    # too
                    ref = self.sides_not_doer(own, head.lower_ in STATE_PLURALS)
                    rid = "resolve.sides_not_doer"
                if not ref and own is not None and head.lower_ in SIDE_WORDS | PAIR_WORDS:
                    # "Fighting flared between A and B. C urged *both sides* to ...": no event
                    # told of the two; the last two states named before, the doer's left out
                    named = self.last_states(head, skip=own)
                    ref = [make_actor(head.text, iso, None) for iso in named]
                    rid = "resolve.last_named_sides"
                if own is None and rid == "resolve.earlier_participants" and is_pronoun(head):
                    # "A and B recalled envoys from C. *They* condemned C": the doers are not the
                    # target their verb names (rule resolve.pronoun_not_object)
                    kept = self.not_object(head, ref)
                    if kept is not None:
                        ref, rid = kept, "resolve.pronoun_not_object"
                if ref and head.lower_ in SIDE_WORDS | PAIR_WORDS:
                    # "Talks were held in Geneva ... *the two sides* agreed": the host or venue
                    # of the talks is no side of them (rule resolve.host_not_side)
                    ref, rid = self.without_host(head, ref, rid, own or set())
                if (
                    ref
                    and head.lower_ in SIDE_WORDS | PAIR_WORDS
                    and (commenters := self.commenting_bodies(ref))
                ):
                    # "The EU called for an inquiry. France urged *all sides* to ...": a body
                    # that only spoke of the dispute is no side of it (rule
                    # resolve.commenting_body_not_side)
                    ref = [a for a in ref if a not in commenters]
                    notes.append(
                        Because.of(
                            "resolve.commenting_body_not_side",
                            word=head.text,
                            body=_texts(commenters),
                        )
                    )
                others = [a for a in ref if a.country and a.country not in (own or ())]
                if own and others and len(others) < len(ref):
                    # "Egypt hosted talks between A and B. Cairo urged *both sides* ...": the
                    # target is the others, not the doer among the participants
                    ref = others
                if ref:
                    actors += ref
                    notes.append(Because.of(rid, word=head.text, ref=_texts(ref)))
            elif is_pronoun(head):
                if head.lower_ in FIRST_PERSON and in_quotation(head):
                    # '"Moscow must stop threatening *us*," X said': the speaker, never a
                    # subject inside the quotation
                    ref, rid = self.quote_speaker(head)
                elif head.lower_ in SECOND_PERSON and in_quotation(head):
                    # '"If *you* do not surrender, we will come for you," he said': whom the
                    # speaker addresses, never the speaker (rule resolve.quoted_addressee)
                    ref, rid = self.quote_addressee(head), "resolve.quoted_addressee"
                elif head.lower_ in FIRST_PERSON and (said := self.turn_speaker(head)):
                    # "JR: *We* sent a protest note": an interview answer's speaker, or that
                    # of the labelled paragraph a paragraph with no label goes on from
                    turn = self._turn_at(head)
                    rid = (
                        "resolve.transcript_continued"
                        if turn is not None and turn.continued(head.idx)
                        else "resolve.transcript_speaker"
                    )
                    ref = said
                else:
                    ref, rid = self.antecedent(head), "resolve.reporting_subject"
                    voice = self.writer_voice(head)
                    if voice is not None and (not ref or voice[1] == "note"):
                        # a column's "*we* signed the pact", a release's "*we* urge": the
                        # page's own voice, the writer's or issuer's state (a column's author
                        # note wins over a reporting subject; rule resolve.writer_voice)
                        ref = [make_actor(head.text, voice[0], None)]
                        rid = "resolve.writer_voice"
                if not ref and head.lower_ in SINGULAR_PRONOUNS:
                    ref, rid = self.memory.subject, "resolve.earlier_subject"
                    if head.lower_ in PERSON_PRONOUNS and (
                        all(not a.sector for a in ref)
                        or not all(self.memory.is_person(a) for a in ref)
                    ):
                        # "Syria needs ... *He* would": a person, not a bare state nor an
                        # organisation ("the court ruled ... *He* added"); the person the story
                        # named last, if any, one of the organisation's state first
                        states = {a.country for a in ref if is_state(a.country)}
                        home = next(iter(states)) if len(states) == 1 else None
                        last = (home and self.memory.last_person(head.i, home)) or (
                            self.memory.last_person(head.i)
                        )
                        ref, rid = ([last], "resolve.last_person") if last else ([], rid)
                named = (
                    self.named_object_states(head)
                    if ref and own is None and head.lower_ == "it"
                    else set()
                )
                if named and all(a.country in named for a in ref):
                    # "X's army said Y's troops shelled villages. *It* accused Y of ...": "it"
                    # (a state or body) is not the state its own verb names as its object; the
                    # one last reported as saying, if of another state, else nobody. Not "he"
                    # or "she": a person may act on their own state ("he fled Syria")
                    ref = [a for a in self.memory.speaker if a.country and a.country not in named]
                    rid = "resolve.pronoun_not_named_object"
                if ref:
                    actors += ref
                    notes.append(Because.of(rid, word=head.text, ref=_texts(ref)))
            elif head.lemma_.lower() in OWN_STATE_NOUNS and (spoken := self.quoted_owner(head)):
                # '"*My country* will never bow to pressure," the president said'
                actors.append(make_actor(head.text, spoken[0], None))
                notes.append(spoken[1])
            elif own is not None and (pron := owning_pronoun(head)) is not None:
                ref, verb = self.owner(pron, own)
                if ref:  # "condemned the strikes on *its* power grid": the grid's owner
                    actors += ref
                    notes.append(_owner_note(pron, head, ref, verb))
            elif fallback:
                built = self.phrase_actor(head, fallback == "actor")
                if built is not None:
                    actors.append(built[0])
                    notes.append(built[1])
        return share_country(unique_actors(actors)), notes

    def index_peoples(self, span: ActorSpan) -> bool:
        """Whether an actor span names an indigenous people (data/actors/peoples.tsv)."""
        return lx.is_people_name([t.text for t in self.doc[span.start : span.end]])

    def body_of_members(self, head: Token, spans: list[ActorSpan]) -> Actor | None:
        """ "*the member states*", "*its members*", "*the bloc's* members", "member countries"
        whose states the text does not list (rule resolve.body_members): the international body
        (EU, UN, other IGO) they form, the one named last before them in this or the two
        sentences before, else the first named after them in this sentence, else the one the
        story names most before them (``story_body``); None for any other
        head, for members named in the phrase ("ASEAN members": the span does it), or for
        members of no body named near ("the party's members")."""
        lemma = head.lemma_.lower()
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        member_word = any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in MEMBER_NOUNS
            for c in head.children
        )
        if not (lemma in MEMBER_NOUNS or (member_word and lemma in STATE_COLLECTIVES)):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if lemma in MEMBER_NOUNS and not member_word:
            # bare "members": only owned by a body word or "its" ("the council's members",
            # "its members"), never "the members" alone (of a parliament, a club)
            if owner is None or owner.lower_ not in BODY_OWNER_WORDS | {"its"}:
                return None
        elif owner is not None and owner.lower_ not in BODY_OWNER_WORDS | {"its"}:
            return None  # "Freedonia's member states"?: not a body's
        if any(p.dep_ == "prep" and p.lower_ == "of" for p in head.children):
            return None  # "members of the X": the phrase names whose
        if any(
            getattr(sp.actor, "country", None) in IGO_CODES
            or (is_state(getattr(sp.actor, "country", None)) and not sp.country_inferred
                and not sp.country_guessed and sp.kind != "group")
            for sp in spans
        ):  # fmt: skip
            return None  # "ASEAN members", "the EU's member states": named in the phrase
        here = head.sent
        earliest = self._recent_sents(head)[0].start
        bodies = self._bodies()
        before = [
            sp for sp in bodies if earliest <= sp.start < head.i and sp.start not in self.dateline
        ]
        if before:
            return before[-1].actor
        after = [sp for sp in bodies if head.i < sp.start < here.end]
        if after:
            return after[0].actor
        return self.story_body(head)

    def _recent_sents(self, tok: Token, back: int = 2) -> list[Span]:
        """The sentence ``tok`` is in and the ``back`` sentences before it, in story order (the
        story's sentences read once, when first needed)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
        k = next(n for n, st in enumerate(self._sents) if st.start <= tok.i < st.end)
        return self._sents[max(0, k - back) : k + 1]

    def _bodies(self) -> list[ActorSpan]:
        """The story's phrases naming an international body (EU, UN, other IGO), not a place."""
        return [
            sp
            for sp in self.index.spans
            if getattr(sp.actor, "country", None) in IGO_CODES and not sp.is_location
        ]

    def story_body(self, head: Token) -> Actor | None:
        """ "EU leaders agreed ... (three sentences on) He thanked *the member states*": with no
        body named near, the members are those of the international body the story names most
        before them (the first named of a tie); None when it names none (rule
        resolve.body_members)."""
        named = [sp for sp in self._bodies() if sp.start < head.i and sp.start not in self.dateline]
        if not named:
            return None
        counts = Counter(sp.actor.country for sp in named)
        best = max(counts.values())
        return next(sp.actor for sp in named if counts[sp.actor.country] == best)

    def relative_antecedent(self, head: Token, notes: list[Because]) -> list[Token]:
        """ "the envoy, *whom* it accused of spying", "the commander *whom* it had vowed to
        capture": a relative pronoun as an object stands for the noun its clause describes
        (rule resolve.relative_object); any other head stands for itself."""
        if head.lower_ not in RELATIVE_OBJECTS or head.dep_ not in ("dobj", "dative", "pobj"):
            return [head]
        cur = head.head if head.dep_ != "pobj" else head.head.head
        for _ in range(3):
            if cur.dep_ == "relcl":
                noun = cur.head
                notes.append(Because.of("resolve.relative_object", word=head.text, ref=noun.text))
                return with_conjuncts(noun)
            if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head
        return [head]

    def members(self, head: Token, notes: list[Because]) -> list[Token]:
        """ "X's allies, *including* A and B": A and B, not X (rule resolve.named_members); so
        too several states' collective ("governments, *including* A and B", "twelve embassies,
        including *those of* A and B") when states are named; any other head stands for
        itself (a relational noun without its possessor: "X's neighbours" are not X, "its EU
        partners" are the EU)."""
        relational = head.lemma_.lower() in RELATIONAL_NOUNS
        collective = head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in STATE_COLLECTIVES
        if not relational and not collective:
            # "diplomats *from* seven countries, including A and B": the people of the named
            # states (rule resolve.named_members on the collective they come from)
            preps = list(head.children)
            if head.dep_ == "dobj":  # "expelled diplomats *from* ...", parsed on the verb
                preps += [p for p in head.head.children if p.i == head.right_edge.i + 1]
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                    continue
                for o in prep.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in STATE_COLLECTIVES:
                        got = self.members(o, notes)
                        if got != [o]:
                            return got
            return [head]
        for prep in head.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in ("including", "like")
                or (prep.lower_ == "as" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "such")
            ):
                named = [_those_of(o) for o in prep.children if o.dep_ == "pobj"]
                members = [m for o in named for m in with_conjuncts(o)]
                if collective and not relational:  # "embassies, including those of A and B"
                    states = [
                        sp
                        for m in members
                        for sp in self.index.in_phrase(m)
                        if not sp.is_location and is_state(sp.actor.country)
                    ]
                    if not states:
                        return [head]
                if members:
                    notes.append(Because.of("resolve.named_members", word=head.text,
                                            members=", ".join(m.text for m in members)))  # fmt: skip
                    return members
        return [head]

    def plural_owned(
        self, head: Token, spans: list[ActorSpan]
    ) -> tuple[list[Actor], Because] | None:
        """ "*their* troops clashed", "*the two countries'* leaders met", "*both sides'*
        negotiators", "the leaders *of the two countries*": a group or office named by no country of its own, owned by a plural
        anaphor, is one such group for each of the last two or more states (the last event's
        participants, else the last two states named in this or the previous sentence); a
        "they" of a single plural subject ("the rebels said their leaders ...") is left alone
        (rule resolve.plural_possessor)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:  # "the leaders *of the two countries*", "envoys *of both sides*"
            owner = next(
                (
                    o
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        if owner is None or not is_plural_anaphor(owner):
            return None
        if (
            owner.lower_ != "their"
            and owner.lower_ not in SIDE_WORDS | STATE_PLURALS | STATE_SERVICE_PLURALS
        ):
            return None  # "their", "the two countries'", "both sides'", not "the two leaders'"
        mine = [sp for sp in spans if sp.start <= head.i < sp.end]
        if any(sp.kind not in ("group", "role") for sp in mine):
            return None  # "their *Iranian* allies": a named party stands for itself
        if not mine and (
            head.lemma_.lower() not in GROUP_HEAD_NOUNS
            or owner.lower_ not in STATE_SERVICE_PLURALS
            or any(
                sp.start <= owner.i < sp.end
                and (
                    not (sp.country_guessed or sp.country_inferred)
                    or len({a.country for a in sp.actors if a.country}) > 1
                )
                for sp in self.index.spans
            )
        ):  # "the chiefs *of both customs services*": each state's; a bare "heads" no one,
            # nor "the chiefs of the two ministries" the finder already read as the story's pair
            return None
        cur = head
        for _ in range(6):  # "Rebels said their leaders ...": one plural doer's
            if cur.head.i == cur.i:
                break
            cur = cur.head
            for subj in cur.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or owner in subj.subtree:
                    continue
                ref = unique_actors(self.index.in_phrase(subj)) if is_plural(subj) else []
                if ref and len({a.country for a in ref if is_state(a.country)}) < 2:
                    return None
        pool = self.memory.sentence_participants or self.memory.participants
        states = list(dict.fromkeys(a.country for a in pool if is_state(a.country)))
        if len(states) < 2:
            states = self.last_states(head)
        if len(states) < 2:
            return None
        owned = [
            sp.actor.sector for sp in self.index.spans if sp.start <= owner.i < sp.end
        ]  # "the heads of the two armies": each army's (MIL); a state's service: GOV
        sector = mine[0].actor.sector if mine else next((x for x in owned if x), "GOV")
        text = head.text
        got = [make_actor(text, iso, sector) for iso in states]
        why = Because.of(
            "resolve.plural_possessor", word=f"{owner.text} {text}", ref=", ".join(states)
        )
        return got, why

    def guessed(self) -> list[Actor]:
        """The actors of the story's mentions given its most frequent country for want of a
        clue (``ActorSpan.country_guessed``)."""
        return [sp.actor for sp in self.index.spans if sp.country_guessed]

    def unnamed(self, actors: list[Actor]) -> bool:
        """Whether all ``actors`` are officials given the story's most frequent country for
        want of one named ("officials said"; not "rebels said", whose own acts they tell)."""
        guessed = self.guessed()
        return all(a.sector == "GOV" and any(a is g or a == g for g in guessed) for a in actors)

    def plural_from(
        self, head: Token, spans: list[ActorSpan]
    ) -> tuple[list[Actor], Because] | None:
        """ "his counterparts *from A and B*", "delegates *from A, B and C*": a plural group or
        office followed by "from" and two or more states joined by "and" is one such group
        for each of them, not the first only (rule resolve.plural_from)."""
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        mine = [sp for sp in spans if sp.start <= head.i < sp.end]
        if not mine or any(sp.kind not in ("group", "role") for sp in mine):
            return None
        states: list[str] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for o in prep.children:
                if o.dep_ != "pobj":
                    continue
                for t in with_conjuncts(o):
                    sp = self.index.at(t)
                    iso = sp.actor.country if sp is not None and sp.kind == "country" else None
                    if iso and is_state(iso) and iso not in states:
                        states.append(iso)
        if len(states) < 2:
            return None
        sector = mine[0].actor.sector
        got = [make_actor(head.text, iso, sector) for iso in states]
        why = Because.of("resolve.plural_from", word=head.text, ref=", ".join(states))
        return got, why

    def commenting_bodies(self, ref: list[Actor]) -> list[Actor]:
        """The international bodies and NGOs (codes UNO, EUR, IGO, NGO) among ``ref`` that
        were the doer of the last event only as a speaker: its appeal, criticism or praise
        (PLOVER REQUEST, ACCUSE, SUPPORT) aimed at others. Such a body comments on a dispute
        and is no side of it ("The UN called for an inquiry. The US urged *all sides* to
        ..."); [] unless a state stays among ``ref`` to be the sides."""
        if self.memory.subject_type not in COMMENT_TYPES:
            return []
        doers = {(a.country, a.name) for a in self.memory.subject}
        bodies = [a for a in ref if a.country in BODY_CODES and (a.country, a.name) in doers]
        if not bodies or not any(is_state(a.country) for a in ref if a not in bodies):
            return []
        return bodies

    def without_host(
        self, head: Token, ref: list[Actor], rid: str, own: set[str]
    ) -> tuple[list[Actor], str]:
        """``ref`` for "the two sides" less a state the story names before ``head`` as the host,
        venue or mediator of talks ("talks held *in Geneva*", "thanked *X* for its
        hospitality", "X hosted the talks"); the sides left made two again with the story's
        most named states that host nothing (nor are the doer's, ``own``). ``ref`` unchanged
        when no host is among it or no second side is found (rule resolve.host_not_side)."""
        from communique.coding.context_recipients import mediators, talk_venues

        # a host is a third state: not one of the story's two most named ("A's delegation held
        # talks *in* B's capital" is no talks hosted for others)
        top = {iso for iso, _ in self.story_countries.most_common(2)}
        thanked, venues = talk_venues(self, head.i)
        hosts = (mediators(self, head.i) | thanked | venues) - top
        states = {a.country for a in ref if is_state(a.country)}
        if not hosts & states:
            return ref, rid
        kept = [a for a in ref if a.country not in hosts]
        side = head.text if head.lower_ in PAIR_WORDS else "sides"  # (share_country: _names_sides)
        have = {a.country for a in kept if is_state(a.country)}
        for iso, _ in self.story_countries.most_common():
            if len(have) >= 2:
                break
            if is_state(iso) and iso not in hosts | have | own:
                kept.append(make_actor(side, iso, None))  # one side, no conjunct's
                have.add(iso)  # type: ignore[arg-type]
        if len(have) < 2:
            return ref, rid
        return unique_actors(kept), "resolve.host_not_side"

    def last_states(self, head: Token, skip: set[str] | None = None) -> list[str]:
        """The last two states named as parties before ``head``, in its sentence or the one
        before (oldest first), none of ``skip``, else []."""
        start = head.sent.start
        prev = self.doc[start - 1].sent.start if start > 0 else start
        out: list[str] = []
        for sp in sorted(self.index.spans, key=lambda s: -s.start):
            if sp.start >= head.i or sp.start < prev:
                continue
            iso = sp.actor.country
            if (
                sp.kind == "country"
                and not sp.is_location
                and is_state(iso)
                and iso not in out
                and iso not in (skip or ())
            ):
                out.append(iso)  # type: ignore[arg-type]
                if len(out) == 2:
                    return out[::-1]
        return []

    def other_sides(self, own: set[str]) -> list[Actor]:
        """The participants of the most recent event of two or more states, none of them in
        ``own`` (their non-state participants too: "Hezbollah"), else []."""
        for group in reversed(self.memory.history):
            states = {a.country for a in group if is_state(a.country)}
            if len(states) > 1 and not states & own:
                return unique_actors([a for a in group if a.country not in own])
        return []

    def sides_not_doer(self, own: set[str], states_only: bool) -> list[Actor]:
        """The participants, none of ``own``'s countries, of the most recent event with two or
        more of them: of two states or more when ``states_only`` ("the two governments"), else
        two parties of one country will do ("the government and the rebels": "both sides"); else
        [] (rule resolve.sides_not_doer)."""
        for group in reversed(self.memory.history):
            others = unique_actors([a for a in group if a.country and a.country not in own])
            states = {a.country for a in others if is_state(a.country)}
            if len(states) > 1 or (
                not states_only and states and len({(a.country, a.code) for a in others}) > 1
            ):
                return others
        return []

    def counted_states(self, head: Token, own: set[str], together: bool = False) -> list[Actor]:
        """ "the three European countries", "all four capitals" (rule resolve.counted_group):
        the state actors of the most recent event, this sentence's first, whose states other
        than ``own`` are exactly as many as the count; else the last so many states the events
        named, newest first; else []. ``together``: only the first (a group of doers, rule
        resolve.counted_doers)."""
        count = group_count(head)
        groups = [self.memory.sentence_participants, *reversed(self.memory.history)]
        for group in groups:
            states = [a for a in group if is_state(a.country) and a.country not in own]
            if len({a.country for a in states}) == count:
                return unique_actors(states)
        if together:
            return []
        # named in several events ("A accused B. C backed A. ... urged *the three governments*"):
        # the last so many states the story's events named, newest first; not for a group an
        # adjective narrows ("the three *European* countries"), which the last states need not fit
        if any(c.dep_ == "amod" for c in head.children):
            return []
        latest: dict[str, Actor] = {}
        for group in groups:
            for a in group:
                if is_state(a.country) and a.country not in own and len(latest) < (count or 0):
                    latest.setdefault(a.country or "", a)
        return list(latest.values()) if len(latest) == count else []

    def named_object_states(self, head: Token) -> set[str]:
        """The states a subject pronoun's verb names by name (or capital) as its direct object
        ("It accused *India*", "urged *Tokyo* to stop"), or a verb joined to it by "and" that
        shares the pronoun as its subject ("It denied ..., and accused *India*"): a country
        span whose head is the object itself, not a phrase that only mentions one ("urged
        *Kenyans*", "*Peru's* envoy")."""
        if head.dep_ != "nsubj":
            return set()
        named: set[str] = set()
        # "It denied ..., and *accused* India of ...": a verb joined by "and" with no subject
        # of its own shares the pronoun, and its object counts as the pronoun's verb's own
        # (also where the parser joins it to the reported clause instead: "It denied that its
        # boats fired, and accused India": read as the speaker's act, rule actor.speaker)
        own_clauses = [head.head] + [c for c in head.head.children if c.dep_ == "ccomp"]
        verbs = [head.head] + [
            v
            for clause in own_clauses
            for v in clause.children
            if v.dep_ == "conj"
            and v.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        ]
        objects = [obj for verb in verbs for obj in verb.children if obj.dep_ == "dobj"]
        for obj in objects:
            for o in with_conjuncts(obj):
                sp = self.index.at(o)
                if (
                    sp is not None
                    and sp.kind == "country"
                    and sp.head == o.i
                    and not sp.is_location
                    and is_state(sp.actor.country)
                    and not sp.actor.sector
                ):
                    named.add(sp.actor.country)
        return named

    def not_object(self, head: Token, ref: list[Actor]) -> list[Actor] | None:
        """The earlier participants ``ref`` of a plural subject pronoun without the states its
        verb's direct object names; None when that removes none or all of them."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        named: set[str] = set()
        for obj in head.head.children:
            if obj.dep_ == "dobj":
                for o in with_conjuncts(obj):
                    named |= {
                        sp.actor.country for sp in self.index.in_phrase(o) if sp.actor.country
                    }
        kept = [a for a in ref if a.country not in named]
        return kept if named and kept and len(kept) < len(ref) else None

    def pair_reference(
        self, head: Token, spans: list[ActorSpan], within: list[Actor] | None
    ) -> tuple[list[Actor], Because] | None:
        """ "*The pair* pledged to ...", "*the leaders* signed", "*the neighbours* agreed" (a doer,
        is_pair_noun / is_bare_pair_plural): the two parties the story set together last (the
        participants of this sentence's last event or the last event, of two parties of two
        countries, or of a state and a body, told within the last few sentences), coded as joint
        doers as "X and Y signed" is. A group of the same noun named shortly before ("The G7
        *leaders* met ... *The leaders* pledged", "Iranian *leaders* met") or, for "the pair", a
        counted two ("expelled *two* diplomats ... *The pair* denied") is that group instead,
        and so is a plural group of that noun named earlier in the story that is one of the
        last pair;
        "*both ministries*", "*the two ministers*" after two of that noun of one country joined
        by "and" are those two. None when the rule does not apply: the resolver goes on as before (rule
        resolve.pair_reference)."""
        pair_noun = is_pair_noun(head)
        counted = not pair_noun and head.pos_ == "NOUN" and is_plural_anaphor(head)
        if not pair_noun and not counted and not is_bare_pair_plural(head):
            return None
        if spans and not all(sp.country_guessed or sp.country_inferred for sp in spans):
            return None  # a country of its own after all
        sents = list(self.doc.sents)
        k = next(n for n, st in enumerate(sents) if st.start <= head.i < st.end)
        first = sents[max(0, k - 2)].start
        far: list[Actor] = []  # a group of the noun named earlier than the last few sentences
        for tok in reversed(list(self.doc[: head.i])):
            if tok.i in self.dateline or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if tok.lemma_.lower() in TIME_UNITS or is_plural_anaphor(tok):
                continue  # "a two-day visit", "the two leaders met": no group of its own
            if is_bare_pair_plural(tok) or any(
                c.dep_ == "poss" and is_plural_anaphor(c) for c in tok.children
            ):  # "the ministers said", "*their* ministers met": themselves references
                continue
            same = (
                any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children)
                if pair_noun
                else tok.lemma_.lower() == head.lemma_.lower() and is_plural(tok)
            )
            if counted and not any(
                c.dep_ == "conj" and c.lemma_.lower() == tok.lemma_.lower() for c in tok.children
            ):  # "its defence ministry and its foreign ministry ... *both ministries*": those two
                same = False
            if not same:
                continue
            group = [o for o in with_conjuncts(tok) if o.lemma_.lower() == tok.lemma_.lower()]
            got = unique_actors([sp for o in group for sp in self.index.in_phrase(o)])
            if not got:
                return None
            if counted and len({a.country for a in got}) != 1:
                return None  # two sides' ministries: the reading as before
            how = f"the '{tok.text}' named before"
            if tok.i < first:  # named long before: only if the pair told of since has it
                far = got
                break
            return got, Because.of("resolve.pair_reference", word=head.text, ref=_texts(got),
                                   how=how)  # fmt: skip
        if counted:
            return None
        pool = within or self.memory.sentence_participants
        if not pool and self.memory.event_token >= first:
            pool = self.memory.participants
        if not pool and k > 0:
            # "X's minister called his Y counterpart. *The pair* discussed ...": no event told
            # of them, the two states (no more) the sentence before named as parties
            pool = unique_actors(
                [
                    sp
                    for sp in self.index.spans
                    if sents[k - 1].start <= sp.start < sents[k - 1].end
                    and not sp.is_location
                    and is_state(sp.actor.country)
                    and sp.start not in self.dateline
                ]
            )
            if len({a.country for a in pool}) != 2:
                pool = []
        parties = {(a.country or a.code or a.text) for a in pool}
        countries = {a.country for a in pool if a.country}
        bodies = [a for a in pool if not a.country and a.code]
        keys = {a.country or a.code for a in far}
        if far and (not pool or keys & {a.country or a.code for a in pool}):
            # "Ministers of the bloc met ... C said the bloc should ... *The ministers* also
            # discussed": the group so named before, one of the last pair, not both
            return far, Because.of("resolve.pair_reference", word=head.text, ref=_texts(far),
                                   how=how)  # fmt: skip
        if len(parties) != 2 or len(countries) + len(bodies) < 2:
            return None
        people = self.people_anaphor(head) if not pair_noun else []
        if people and {a.country for a in people} == countries:
            pool = people
        how = "the two parties the story set together last"
        return unique_actors(pool), Because.of("resolve.pair_reference", word=head.text,
                                               ref=_texts(unique_actors(pool)), how=how)  # fmt: skip

    def people_anaphor(self, head: Token) -> list[Actor]:
        """People meant by "the two leaders / heads of state / ministers": the most recent group of
        two or more people (actors with a role) of different countries, this sentence's first."""
        if head.lemma_.lower() not in PERSON_ROLE_NOUNS:
            return []
        groups = [self.memory.sentence_participants, *reversed(self.memory.history)]
        executive = head.lemma_.lower() in EXECUTIVE_ROLE_NOUNS
        for group in groups:
            people = [a for a in group if a.sector and a.name and a.name != a.country]
            if executive:  # "the two heads of state / presidents": government people
                people = [a for a in people if a.sector == "GOV"]
            if len(people) > 1 and len({a.country for a in people}) > 1:
                return people
        return []

    def phrase_actor(self, head: Token, use_context: bool) -> tuple[Actor, Because] | None:
        """An actor for a phrase no rule resolved ("the Unity Bloc", "Muslim hackers"):
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
        if any(t.lower_ in NOT_POLITICAL_ORGS for t in toks):
            return None  # "the Society of Film Critics": no political actor
        text = self.doc[toks[0].i : toks[-1].i + 1].text
        sector = group_sector(head) or org_sector(head.lower_)
        for tok in toks:
            span = self.index.at(tok)
            if tok.i != head.i and is_place_name(tok) and tok.head.i != head.i:
                continue  # "delegates at the *Geneva* conference": where, not whose
            if span is not None and span.actor.country:
                iso = span.actor.country
                why = Because.of("resolve.phrase_inner_country", text=text, inner=span.actor.text)
                return make_actor(text, iso, sector), why
        lowered = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
        if "ethnic" in lowered:  # "ethnic Albanians (in Serbia)": residents of where they are
            found = self.residence(head)
            if found is not None:
                iso, where = found
                why = Because.of("resolve.ethnic_placed", text=text, where=where, iso=iso)
                return make_actor(text, iso, "CVL"), why
        community = any(t.ent_type_ == "NORP" and t.i != head.i for t in toks)  # "Muslim"
        if community and head.lemma_.lower() in ARMED_GROUPS:
            found = self.residence(head, context=False)
            if found is not None:  # "raids by hill-tribe rebels on posts *in X*"
                iso, where = found
                why = Because.of("resolve.armed_community_placed", text=text, where=where, iso=iso)
                return make_actor(text, iso, group_sector(head)), why
        # "the *NLU* filed a suit": an organisation known only by its initials is a body of
        # the country the sentence or story is about (parties, unions, leagues, lobbies)
        initials = len(toks) == 1 and head.ent_type_ == "ORG" and is_initials(head.text)
        named_org = head.pos_ == "PROPN" and (bool(lowered & DOMESTIC_ORG_WORDS) or initials)
        if (
            (use_context or named_org)  # "lifted the ban on the *Farmers Front*"
            and not community
            and (lowered & DOMESTIC_ORG_WORDS or head.lower_ in group_words() or initials)
        ):
            # "the *KRPD* accused Baku": not of the state its own clause acts on by name or
            # capital; "the MDC accused *the Zimbabwean government*": an opposition may well
            # accuse its own government
            named = [o for o in self.index.spans if o.head != head.i and o.kind == "country"]
            targets = clause_targets(head, sector, named)
            iso, where = self.context_country(head, targets)
            if iso:
                if targets:
                    said = "/".join(sorted(targets))
                    where += f" (not {said}, which its clause acts on) [mention.guess_not_target]"
                why = Because.of("resolve.phrase_context_org", text=text, where=where, iso=iso)
                return make_actor(text, iso, sector), why
        earlier = self.introduced_country(head)
        if earlier is not None:  # "Canada's Northcrest Mining ... accused *Northcrest*"
            iso, intro, intro_sector = earlier
            why = Because.of("resolve.introduced_name", text=text, intro=intro, iso=iso)
            return make_actor(text, iso, sector or intro_sector), why
        return make_actor(text, None, sector), Because.of("resolve.phrase_no_country", text=text)

    def introduced_country(self, head: Token) -> tuple[str, str, str | None] | None:
        """The country of a proper name the story introduced earlier with a country before it,
        "*Canada's* Northcrest Mining", "the *Australian* firm Redgum Minerals": (iso, the
        introducing words, the sector of their head), when ``head`` is such a name (a proper
        noun) met again on its own ("Northcrest rejected ..."); else None."""
        if head.pos_ != "PROPN" or not head.is_title:
            return None
        for tok in head.doc[: head.i]:
            if tok.lower_ != head.lower_ or tok.pos_ != "PROPN":
                continue
            top = tok
            for _ in range(4):  # "Northcrest *Mining*": up the name's compounds to its head
                if top.dep_ == "compound" and top.head.pos_ in ("PROPN", "NOUN"):
                    top = top.head
                else:
                    break
            holders = [c for c in top.children if c.dep_ in ("poss", "amod", "compound")]
            if top.dep_ == "appos":  # "the Australian firm Redgum": the noun it stands beside
                holders += [c for c in top.head.children if c.dep_ in ("poss", "amod")]
            for c in holders:
                if c.i >= tok.i and top.dep_ != "appos":
                    continue
                span = self.index.at(c)
                if span is not None and span.actor.country and is_state(span.actor.country):
                    words_ = head.doc[min(c.i, tok.i) : top.i + 1].text
                    return span.actor.country, words_, org_sector(top.lower_)
        return None

    def everyday(
        self, head: Token, spans: list[ActorSpan], role: str
    ) -> tuple[Actor, Because] | None:
        """Everyday people ("fishermen", "striking dockworkers", "hundreds of nurses"; data/
        actors/people*.tsv), who are no general actors: of the country a word inside the phrase
        names ("Chilean fishermen") or of the state's body that modifies them ("a *German
        radio* correspondent", ``_works_for``), else (for "the fishermen") the country they were named with
        earlier, else the sentence's (the place it names), else the story's
        (rule resolve.everyday_people). As a protest's doer (``role`` "actor"), a count of people
        no list names ("hundreds of rickshaw pullers") is civilians (rule resolve.crowd_named);
        ``role`` "listed" leaves those out (a march or rally with no protest cue), "private"
        (a blockade, an occupation, "protested against") takes only people in the street
        (private_doer_sectors), whose act recodes.py makes a protest."""
        noun = head
        counted = head.lemma_.lower() in COUNTED_PEOPLE or head.lower_ in COUNTED_PEOPLE
        if counted:  # "hundreds *of* fishermen", "a group *of* fishermen": who is counted
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if noun is None:
                return None
        if (own_span := self.index.at(noun)) is not None and own_span.kind != "country":
            return None  # an actor word of its own ("hundreds of students")
        table = everyday_people()
        entry = table.get(noun.lower_) or table.get(noun.lemma_.lower())
        if noun.i > 0 and (pair := _two_word_people(noun, table)) is not None:
            entry = pair  # "refuse collectors": the two words' row, whatever the tagger made of
            # the first ("Refuse" read as a verb at the start of a sentence)
        rule = "resolve.everyday_people"
        if entry is not None and role != "recipient" and noun.lower_ in BYSTANDERS:
            return None  # "tourists rallied to the beach": no protesters
        if entry is not None and role == "private" and entry[0] not in PRIVATE_DOERS:
            return None  # only people in the street blockade or protest as a crowd
        if entry is not None:
            sector, source = entry
        elif (
            counted
            and role == "actor"
            and (head.lemma_.lower() in CROWD_COUNTS or head.lower_ in CROWD_COUNTS)
            and noun.tag_ == "NNS"
            and not noun.ent_type_
            and noun.lemma_.lower() not in NOT_ACTORS
            and noun.lower_.endswith(AGENT_SUFFIXES)
        ):
            sector, source, rule = "CVL", "", "resolve.crowd_named"
        else:
            return None
        start = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
        text = self.doc[start : noun.i + 1].text
        inner = [
            sp
            for sp in spans
            if not sp.is_location
            and is_state(sp.actor.country)
            and (sp.kind == "country" or _works_for(sp, noun))
        ]
        earlier = self.earlier_people(noun) if not inner else None
        if inner:
            word = self.doc[inner[0].start : inner[0].end].text
            iso, where = inner[0].actor.country, f"'{word}' in the phrase"
        elif earlier is not None:  # "Kenyan fishermen were detained ... *the fishermen*"
            iso, where = earlier
        else:
            iso, where = self.context_country(head)
        if not iso:
            return None
        why = Because.of(
            rule, text=text, sector=sector, source=source, where=where, code=f"{iso}{sector}"
        )
        return make_actor(text, iso, sector), why

    def earlier_people(self, noun: Token) -> tuple[str, str] | None:
        """ "*the* fishermen": the same people named earlier in the story with their country
        ("Kenyan fishermen"), the latest first."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        for tok in reversed(self.doc[: noun.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            for sp in self.index.in_phrase(tok):
                if sp.kind == "country" and not sp.is_location and is_state(sp.actor.country):
                    text = self.doc[sp.start : tok.i + 1].text
                    return sp.actor.country, f"the same people named earlier, '{text}'"  # type: ignore[return-value]
        return None

    def residence(
        self, head: Token, context: bool = True, near: bool = False
    ) -> tuple[str, str] | None:
        """Where a community named by its ethnicity lives: a place after it ("in X"), else a
        place where its clause (or the noun event it does: "raids *by* X on posts in Y")
        happens, else (``context``) the sentence's country. ``near``: a place the clause
        happens near also counts ("seized *near the town of* X": armed men of that place)."""
        preps = HERE_PREPS | NEAR_PREPS if near else HERE_PREPS
        clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if head.dep_ == "pobj" and head.head.lower_ == "by":  # "attacks by X", "killed by X"
            clause = head.head.head
        # "gunmen killed three engineers *in X*": the place may hang on the object
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None) if clause else None
        for tok in (head, clause, obj):
            if tok is None:
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for obj in prep.subtree:
                        span = self.index.at(obj)
                        if span is not None and span.actor.country and not span.actor.sector:
                            return span.actor.country, f"'{prep.text} {obj.text}'"
                        if (
                            span is not None
                            and span.actor.country
                            and prep.lower_ in ("in", "inside")
                            and obj.dep_ == "pobj"
                            and obj.head.i == prep.i
                            and self._capital(obj)
                        ):
                            # "was arrested *in Tehran*": the capital is where it happened
                            # (the city, not its government, after "in")
                            return span.actor.country, f"'{prep.text} {obj.text}'"
        if not context:
            return None
        iso, where = self.context_country(head)
        return (iso, where) if iso else None

    def _capital(self, tok: Token) -> bool:
        """Whether a place name read as its state's government ("Tehran", "Moscow") is the
        name of a place (a capital or seat) and not of a body ("the Kremlin" is not)."""
        from communique.actors.names import country_of_place

        return tok.pos_ == "PROPN" and country_of_place(tok.text) is not None

    def unnamed_backers(self, head: Token) -> tuple[Actor, Because] | None:
        """ "her supporters", "hundreds of his followers", "supporters *of the jailed cleric*"
        whose owner names no known actor (a pronoun, or a common noun the actor lists do not
        know): people of the country the sentence or story is about (rule resolve.supporters)."""
        noun = supporter_noun(head)
        if noun is None:
            return None
        owned = any(c.dep_ == "poss" and c.lower_ in BACKER_OWNERS for c in noun.children)
        backs = any(o.pos_ == "NOUN" for _p, o in prep_objects(noun, ("of",)))
        if not (owned or backs):
            return None
        iso, where = self.context_country(head)
        if not iso:
            return None
        why = Because.of("resolve.supporters", word=noun.text, backed=where, code=f"{iso}CVL")
        return make_actor(noun.text, iso, "CVL"), why

    def context_country(self, tok: Token, skip: set[str] = frozenset()) -> tuple[str | None, str]:
        """The country the sentence is about (its most named state), else the story's; not one
        of ``skip`` (the states the actor's own clause acts on, rule mention.guess_not_target)."""
        counts = Counter(
            a.country
            for sp in self.index.in_sentence(tok.sent)
            if not names_frontier(self.doc[sp.head])
            for a in sp.actors
            if a.country
            and len(a.country) == 3
            and a.country not in NON_STATE
            and a.country not in skip
        )
        if counts:
            return counts.most_common(1)[0][0], "the sentence's country"
        if self.story_countries:
            iso = next(
                (
                    c
                    for c, _ in self.story_countries.most_common()
                    if c not in NON_STATE and c not in skip
                ),
                None,
            )
            if iso:
                return iso, "the story's country"
        return None, ""

    def counterpart(
        self,
        own: set[str],
        before: int | None = None,
        skip: frozenset[str] | set[str] = frozenset(),
    ) -> tuple[str, int] | None:
        """The state named at least ``COUNTERPART_MENTIONS`` times that the story has paired
        with ``own`` (country codes) in an event, the most named first; else the most named of
        the story's main states (named as often as the doer, or ``MAIN_STATE_MENTIONS`` times);
        with its count, or None. A state the story names a few times beside the doer only (a
        third party, a venue, another quarrel's side) is none, and so is one the story names
        only from ``before`` on (a token index, the end of the act's sentence): a target left
        out is one already said. ``skip``: states that are no side of the act's quarrel (a
        mediator, rule recipient.mediator_not_target)."""
        counts = self.story_countries
        if self.item_starts and before is not None and 0 < before <= len(self.doc):
            # a briefing page: the counterpart of an act in one item is named in that item
            # (``before`` ends the act's sentence: its last word is in the act's item)
            item = segment_at(self.item_starts, self.doc[before - 1].idx)
            counts = self.item_countries.get(item, Counter())
        ranked = [
            (iso, n)
            for iso, n in counts.most_common()
            if is_state(iso)
            and iso not in own
            and iso not in skip
            and n >= COUNTERPART_MENTIONS
            and (before is None or self.first_named.get(iso, before) < before)
        ]
        paired = self.paired_with(own)
        doer = max((counts[iso] for iso in own), default=0)
        found = next((c for c in ranked if c[0] in paired), None)
        main = next((c for c in ranked if c[1] >= min(doer, MAIN_STATE_MENTIONS)), None)
        return found or main

    def counterpart_body(self, own: set[str], before: int) -> tuple[Actor, int] | None:
        """The international body the story is about, for an act of ``own`` that names no
        target (rule recipient.story_body): a body (EU, UN organ, other IGO) that is a party of
        one of the story's first ``LEAD_EVENTS`` events coded and is named at least
        ``BODY_MENTIONS`` times before ``before`` (a token index), with that count; else None.
        UN organs count together, and so do EU institutions; other bodies by name."""
        lead = [a for group in self.memory.history[:LEAD_EVENTS] for a in group]
        count: Counter[str] = Counter()
        first: dict[str, Actor] = {}
        for s in self.index.spans:
            iso = getattr(s.actor, "country", None)
            if iso not in IGO_CODES or s.start >= before or s.start in self.dateline:
                continue
            key = _body_key(s.actor)
            count[key] += 1
            first.setdefault(key, s.actor)
        for key, n in count.most_common():
            if n < BODY_MENTIONS:
                break
            if first[key].country in own:
                continue  # the doer's own body, or one of its kind: no counterpart of it
            if any(a.country in IGO_CODES and _body_key(a) == key for a in lead):
                return first[key], n
        return None

    def body_first(self, own: set[str], iso: str) -> bool:
        """Does the body the story is about come before the state ``iso`` as the counterpart
        of ``own``? Not when the story's first events paired ``iso`` with the doer; yes when
        they had the doer as a party (it deals with the body), or did not have ``iso``."""
        lead = self.memory.history_states[:LEAD_EVENTS]
        if any(iso in states and states & own for states in lead):
            return False
        return any(states & own for states in lead) or not any(iso in states for states in lead)

    def issuer(self, head: Token) -> list[Actor]:
        """For "*The statement* also accused X", "the communique called on Y" (a definite issued
        text, the subject of a verb of an addressed statement): the doer of the story's last
        main event, else its last speaker; [] for anything else (rule resolve.document_issuer)."""
        if (
            head.lemma_.lower() not in ISSUED_TEXTS
            or head.dep_ != "nsubj"
            or head.head.lemma_.lower() not in ISSUED_TEXT_VERBS
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
            or any(c.dep_ == "poss" for c in head.children)
        ):
            return []
        return list(self.memory.subject or self.memory.speaker)

    def counted_pair(self, head: Token, ref: list[Actor], own: set[str]) -> list[Actor]:
        """ "*The two countries* signed", "*both sides* agreed" (a side word counted as two)
        read as the last event's parties when those are three or more states ("A and B met in
        X, with C hosting"): those other than the doer's own (``own``, for a target: "X offered
        talks between *the two neighbours*") when two are left; else the two the story paired
        in more than one event, when both are among them; else the first two states of that
        event, its joint doers before those it was done with or to (rule resolve.counted_pair).
        [] otherwise."""
        if head.lower_ not in SIDE_WORDS | PAIR_WORDS or not counted_two(head):
            return []
        states = list(dict.fromkeys(a.country for a in ref if is_state(a.country)))
        if len(states) < 3:
            return []
        others = [c for c in states if c not in own]
        if len(others) == 2:
            return unique_actors([a for a in ref if a.country in others])
        states = others if len(others) > 2 else states
        count: Counter[tuple[str, ...]] = Counter()
        for group in self.memory.history_states:
            if len(group) == 2 and group <= set(states):
                count[tuple(sorted(group))] += 1
        if count and max(count.values()) > 1:
            keep = set(max(count, key=lambda p: count[p]))
        else:
            keep = set(states[:2])
        return unique_actors([a for a in ref if a.country in keep])

    def story_pair(self, head: Token) -> list[Actor]:
        """ "*The two sides* agreed to meet again": the two states the story has paired in the
        most events, the first pair on a tie, with their actors in those events; else []."""
        if head.lower_ not in PAIR_WORDS:
            return []
        count: Counter[tuple[str, ...]] = Counter()
        seen: dict[tuple[str, ...], list[Actor]] = {}
        for group, states in zip(self.memory.history, self.memory.history_states, strict=True):
            if len(states) == 2:
                pair = tuple(sorted(states))
                count[pair] += 1
                seen.setdefault(pair, [a for a in group if is_state(a.country)])
        if not count:
            return []
        order = list(seen)
        best = min(count, key=lambda p: (-count[p], order.index(p)))
        return unique_actors(seen[best])

    def paired_with(self, own: set[str]) -> set[str]:
        """The states of the events coded so far that had a party of ``own`` among theirs."""
        out: set[str] = set()
        for states in self.memory.history_states:
            if states & own:
                out |= states
        return out - own

    def previous_plural_subject(self, pronoun: Token) -> list[Actor]:
        """For "they"/"them" at the head of a sentence: the main subject of the sentence before
        when it names two or more states joined by "and" ("Peru, Bolivia and Ecuador said ...")
        and no event was coded in that sentence (or after it); else nothing."""
        sent = pronoun.sent
        if sent.start == 0 or pronoun.i - sent.start > 3:
            return []
        prev = pronoun.doc[sent.start - 1].sent
        if self.memory.event_token >= prev.start:
            return []
        subj = next(
            (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.conjuncts),
            None,
        )
        if subj is None:
            return []
        found = unique_actors([sp for o in with_conjuncts(subj) for sp in self.index.in_phrase(o)])
        states = {a.country for a in found if a.country and is_state(a.country)}
        return found if len(states) >= 2 else []

    def previous_plural_doer(self, pronoun: Token) -> list[Actor]:
        """For "they" as the subject of a verb near the head of a sentence: the subject of the
        sentence before when it is a plural noun naming a political actor of a known state
        ("Ruritanian *prosecutors* charged a former mayor"), and that sentence names no other
        plural party (people or actors) outside its subject: the one antecedent that agrees in
        number. Else nothing (rule resolve.previous_plural_doer)."""
        if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
            return []
        sent = pronoun.sent
        if sent.start == 0 or pronoun.i - sent.start > 4:
            return []
        prev = pronoun.doc[sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or is_pronoun(subj) or subj.tag_ not in ("NNS", "NNPS"):
            return []
        spans = self.index.in_phrase(subj)
        found = unique_actors(spans)
        if not found or not all(a.country and is_state(a.country) for a in found):
            return []
        inside = range(subj.left_edge.i, subj.right_edge.i + 1)
        if any(
            sp.country_guessed or sp.country_inferred or sp.country_from_dateline for sp in spans
        ) and not any(
            sp.kind == "country" and sp.head in inside for sp in self.index.in_sentence(prev)
        ):  # "*the ministers* said ...": a state only guessed, no state named in the subject
            return []
        for sp in self.index.in_sentence(prev):
            tok = pronoun.doc[sp.head]
            if sp.head not in inside and tok.tag_ in ("NNS", "NNPS") and not sp.is_location:
                return []  # "charged two businessmen": they may be the ones acted on
        return found

    def previous_group_subject(self, pronoun: Token) -> Token | None:
        """For "they" as the subject of a verb near the head of a sentence: the plural subject
        of the sentence before ("*Armed men* arrived in X. They opened fire"; "*Hundreds of
        dockworkers* gathered at the gate. They blocked trucks"; a passive subject with no
        agent: "*Teachers* have not been paid. They marched"), when that sentence coded no
        event and names no other plural party outside its subject (people of the lists or
        actors), the one antecedent that agrees in number (rule resolve.previous_group_doer).
        Else None."""
        if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
            return None
        sent = pronoun.sent
        if sent.start == 0 or pronoun.i - sent.start > 4:
            return None
        prev = pronoun.doc[sent.start - 1].sent
        if self.memory.event_token >= prev.start:
            return None  # the sentence before told an act: its parties are the reference
        root = prev.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None and not any(c.dep_ == "agent" for c in root.children):
            subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        if subj is None or is_pronoun(subj) or subj.tag_ not in ("NNS", "NNPS"):
            return None
        inside = range(subj.left_edge.i, subj.right_edge.i + 1)
        table = everyday_people()
        for tok in prev:
            if tok.i in inside or tok.tag_ not in ("NNS", "NNPS"):
                continue
            span = self.index.at(tok)
            if (span is not None and not span.is_location) or (
                tok.lower_ in table or tok.lemma_.lower() in table
            ):
                return None  # "stopped a bus carrying villagers": they may be the villagers
        return subj

    def antecedent(self, pronoun: Token, plural: bool = False) -> list[Actor]:
        """'X said it would ...': a pronoun's nearest subject higher up the same sentence
        (for "they": a plural subject, "Rebels said they ..."); a pronoun subject counts when the
        actor finder resolved it ('"We will ...," he said': "he", then "we")."""
        cur = pronoun.head
        sibling = False  # cur is the first of two "that" clauses: not a higher clause
        for _ in range(6):
            subj = next(
                (
                    c
                    for c in cur.children
                    if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i != pronoun.i
                    and (not is_pronoun(c) or self.index.at(c) is not None)
                ),
                None,
            )
            if (
                cur.dep_ == "relcl"
                and cur.head.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in cur.children)
            ):  # "... from X, *which* warned *it* would ...": the noun the relative stands for
                subj = cur.head  # (rule resolve.reporting_subject)
            if sibling:
                # "X said that the ship had intruded and that *it* had taken measures": the
                # first complement's subject is no antecedent; the sayer is
                subj = None
            if subj is not None and not plural and subj.tag_ == "NNS":
                # "gang members looted a convoy, the agency said, and *it* suspended ...": a
                # singular pronoun does not take up a plural noun
                subj = None
            if subj is not None and pronoun.lower_ in PERSON_PRONOUNS and not self._personal(subj):
                # "In 2019 Ruritania jailed a Freedonian; *he* was freed in 2022": "he" and
                # "she" stand for a person, not for a state or an organisation
                subj = None
            if subj is not None and (not plural or is_plural(subj)):
                found = unique_actors(self.index.in_phrase(subj))
                if found:
                    return found
            if cur.head.i == cur.i:
                break
            sibling = cur.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in cur.children
            )
            cur = cur.head
        return []

    def _personal(self, subj: Token) -> bool:
        """Whether a subject names a person (a person's name, a titled role, or a personal
        pronoun that stands for one), so that "he" or "she" can take it up."""
        if is_pronoun(subj):
            return subj.lower_ in PERSON_PRONOUNS
        spans = self.index.in_phrase(subj)
        return bool(spans) and all(sp.kind in PERSON_KINDS for sp in spans)

    def unpolitical_sayer(self, pronoun: Token) -> bool:
        """'*The organisers* said they ...': whether the plural pronoun's reporting verb (one of
        vocabulary.tsv's say_verbs) has a plural common noun as its subject that names no actor
        (an everyday group: organisers, fans, owners), whom "they" then means."""
        cur = pronoun.head
        for _ in range(6):
            if cur.head.i == cur.i:
                return False
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in words("say_verbs"):
                subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
                return (
                    subj is not None
                    and subj.pos_ == "NOUN"
                    and is_plural(subj)
                    and not unique_actors(self.index.in_phrase(subj))
                )
            cur = cur.head
        return False

    def quote_speaker(self, pronoun: Token) -> tuple[list[Actor], str]:
        """Who says the quotation ``pronoun`` ("we", "our") is in, with the rule: the subject of
        the reporting verb outside it, up the sentence ('"We ...," *the minister* said'; rule
        resolve.reporting_subject), else the speaker the sentence or story names ("according
        to X", '"..." X said this', a speaker quoted before; rule resolve.quoted_speaker)."""
        cur = pronoun
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            # '"Ruritania told us: *we* will cut off your gas," the minister said': a verb of
            # saying inside the quotation whose subject is a third party quotes that party
            inner = cur.lemma_.lower() in QUOTING_VERBS and in_quotation(cur)
            for subj in cur.children:
                if (
                    subj.dep_ in ("nsubj", "nsubjpass")
                    and subj.i != pronoun.i
                    and (inner or not in_quotation(subj))
                    and subj.lower_ not in FIRST_PERSON
                    and (not is_pronoun(subj) or self.index.at(subj) is not None)
                ):
                    found = unique_actors(self.index.in_phrase(subj))
                    if found:
                        return found, "resolve.reporting_subject"
        if self.memory.speaker and self.memory.speaker_rule:
            return list(self.memory.speaker), self.memory.speaker_rule
        if self.memory.speaker and running_quotation(pronoun):
            return list(self.memory.speaker), "resolve.running_quotation"
        return list(self.memory.speaker), "resolve.quoted_speaker"

    def quote_addressee(self, pronoun: Token) -> list[Actor]:
        """Whom a quotation's "you" addresses: the party a verb of addressing outside any
        quotation names as its object ('the commissioner *addressed the escaped inmates*',
        'gave *the strikers* until Friday', 'told *Ruritania*', 'warned *the rebels*':
        vocabulary addressing_verbs, its direct or indirect object or its 'to' phrase), in the
        quotation's own sentence or the two before it, the nearest first; else no one (the
        speaker, whom the subject of the reporting verb names, is never the addressee; rule
        resolve.quoted_addressee)."""
        for span in reversed(self._recent_sents(pronoun)):
            for verb in reversed(list(span)):
                if verb.lemma_.lower() not in ADDRESSING_VERBS or in_quotation(verb):
                    continue
                objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                objs += [
                    o
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for o in c.children
                    if o.dep_ == "pobj"
                ]
                for obj in objs:
                    if is_pronoun(obj) or in_quotation(obj):
                        continue
                    found = unique_actors(self.index.in_phrase(obj))
                    if found:
                        return found
        return []

    def answer_speaker(self, tok: Token) -> list[Actor]:
        """``turn_speaker`` of a turn that answers, [] in a question's turn ("Q: ...")."""
        turn = self._turn_at(tok)
        return [] if turn is None or turn.asks else self._turn_speaker(turn, tok)

    def _turn_at(self, tok: Token) -> Turn | None:
        """The transcript turn whose words (after its label) ``tok`` is in, or None."""
        if self._turns is None:
            self._turns = doc_turns(self.doc)
        return next((t for t in self._turns if t.label_end <= tok.idx < t.end), None)

    def turn_speaker(self, tok: Token) -> list[Actor]:
        """The speaker of the Q&A transcript turn ``tok`` is in ("JR: We ..."), when the story
        places them in a country ("Jane Roe has been Ruritania's foreign minister"); [] when
        the story is no transcript or the turn is the interviewer's (rule
        resolve.transcript_speaker; coding/transcript.py)."""
        turn = self._turn_at(tok)
        return [] if turn is None else self._turn_speaker(turn, tok)

    def _turn_speaker(self, turn: Turn, tok: Token) -> list[Actor]:
        introduced = self._introduced_office(turn)
        if introduced:
            # "Freedonia's foreign minister spoke to us ... / Foreign Minister: We ...": a label
            # naming an office is the holder the introduction presents, not another state's
            # holder of the same office the story names later
            return introduced
        hit = self.memory.registry.lookup(turn.speaker)
        if hit is None or not hit[0].country:
            # "Official Spokesperson, Jane Roe: We ...": a label naming an office is the
            # mention the actor finder read there (a title of the story's country)
            spans = [
                s
                for t in self.doc.char_span(turn.start, turn.label_end, alignment_mode="expand")
                or []
                if (s := self.index.at(t)) is not None and s.kind in ("role", "body", "person")
            ]
            return [a for a in unique_actors(spans) if a.country][:1]
        a = hit[0]
        return [Actor(text=a.name or tok.text, name=a.name, country=a.country, sector=a.sector)]

    def _introduced_office(self, turn: Turn) -> list[Actor]:
        """The office a label names ("Foreign Minister:", "HOME MINISTER:") as the text before
        the transcript's first turn presents it with its state ("Freedonia's foreign minister
        spoke to us"): the first such mention there, the guest the page introduces; [] when the
        introduction names that office with no state (rule resolve.transcript_speaker)."""
        if not self._turns:
            return []
        first = self._turns[0].start
        office = turn.speaker.split(",")[0].split(" (")[0].casefold().strip()
        if " " not in office:
            return []  # a single word ("Minister", a surname) is too loose to match
        found = [
            sp.actor
            for sp in sorted(self.index.spans, key=lambda sp: sp.start)
            if sp.kind == "role"
            and sp.actor.country
            and self.doc[sp.start].idx < first
            and office in self.doc[sp.start : sp.end].text.casefold()
        ]
        return found[:1]

    def quoted_owner(self, head: Token) -> tuple[str, Because] | None:
        """'"*Our* navy will ...," X said', '"*my* government ..."': a body or role the
        quotation's speaker owns with "our"/"my", named with no country of its own, is the
        speaker's country's (rule resolve.quoted_owner)."""
        pron = next(
            (c for c in head.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON), None
        )
        if pron is None:
            return None
        if in_quotation(pron):
            said, _ = self.quote_speaker(pron)
        else:  # "JR: *Our* navies will patrol ...": an interview answer's speaker
            said = self.turn_speaker(pron)
        states = [a.country for a in said if is_state(a.country)]
        if not states and not in_quotation(pron) and self._turn_at(pron) is None:
            voice = self.writer_voice(pron)
            if voice is not None:
                # a column's "*our* finance minister", "*our* government": the writer's state
                # (rule resolve.writer_voice)
                why = Because.of("resolve.writer_voice", word=f"{pron.text} {head.text}",
                                 ref=voice[0])  # fmt: skip
                return voice[0], why
        if not states:
            return None
        why = Because.of("resolve.quoted_owner", word=f"{pron.text} {head.text}", ref=_texts(said))
        return states[0], why

    def writer_voice(self, tok: Token) -> tuple[str, str] | None:
        """The state whose voice the page speaks in outside quotations and transcript turns,
        for a first-person plural ("we", "our"; not "us", the object of another's wish or act): the state a column's author note names
        ("note"), else a press release's issuer's ("release"), else the state the publisher's
        name names ("publisher"); None for a singular "I"/"my" (the writer as a person), inside
        a quotation or a turn, or where the page names none (actors/page_voice.py; rule
        resolve.writer_voice)."""
        if tok.lower_ not in WRITER_PLURAL or in_quotation(tok) or self._turn_at(tok) is not None:
            return None
        if self._voice is None:
            note = author_note_state(self.doc)
            issued = None if note else issuer_state(self.doc)
            published = None if note or issued else publisher_state(self.doc)
            self._voice = (
                (note, "note")
                if note
                else (issued, "release")
                if issued
                else (published, "publisher")
                if published
                else ("", "")
            )
        return self._voice if self._voice[0] else None

    def owner(self, pron: Token, own: set[str]) -> tuple[list[Actor], str]:
        """ "Ukraine condemned the Russian strikes on *its* power grid": the owner of a thing a
        target names with a possessive pronoun is the nearest subject higher up the sentence
        that names a country other than the doer's (a target is not the doer's own: "Hamas
        fired rockets at its cities", said by Israel, are Israel's cities)."""
        cur = pron.head
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            for subj in cur.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i == pron.i:
                    continue
                found = unique_actors(self.index.in_phrase(subj))
                countries = {a.country for a in found if a.country}
                if countries and not countries <= own:
                    return [a for a in found if a.country], cur.text
                if countries:
                    break  # the doer's own subject: look higher
        return [], ""


def adjunct_antecedent(head: Token, notes: list[Because]) -> list[Token]:
    """ "ordered a mission to leave, accusing *it* of bias": an object pronoun of a clause
    whose doer is the subject above stands for that clause's object, not for the subject
    (``syntax.adjunct_object``; rule resolve.adjunct_object); any other head stands for
    itself."""
    noun = adjunct_object(head)
    if noun is None:
        return [head]
    notes.append(Because.of("resolve.adjunct_object", word=head.text, ref=noun.text))
    return with_conjuncts(noun)


def owning_pronoun(head: Token) -> Token | None:
    """ "its" in "*its* power grid": a possessive pronoun owning a target word that names no
    actor of its own."""
    if any(c.lower_ == "own" for c in head.children):  # "its own troops": the doer's
        return None
    return next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS),
        None,
    )


def reason_owner(pron: Token) -> Token | None:
    """ "thanked *X* for *its* help", "criticised *X* over *their* handling of ...": a
    possessive pronoun in the reason ("for"/"over") of a verb with an object refers to that
    object, the one thanked or blamed, not to the verb's subject."""
    noun = pron.head
    if pron.dep_ != "poss" or pron.lower_ not in POSSESSIVE_PRONOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in REASON_PREPS or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _texts(actors: list[Actor]) -> str:
    return ", ".join(a.text for a in actors)


def _distinct(spans: list[ActorSpan]) -> list[ActorSpan]:
    """Each span once, in order (a phrase's spans may repeat)."""
    out: list[ActorSpan] = []
    for sp in spans:
        if all(o is not sp for o in out):
            out.append(sp)
    return out


def _body_key(actor: Actor) -> str:
    """One body for the counterpart count: UN organs together, EU institutions together,
    other bodies by name."""
    if actor.country in ("UNO", "EUR"):
        return actor.country
    return actor.name or actor.text or ""


def _works_for(span: ActorSpan, noun: Token) -> bool:
    """A state's body named just before a people word, as its modifier ("a *German radio*
    correspondent", "*Kenyan army* cooks"): the people work for that state's body."""
    doc = noun.doc
    return span.end <= noun.i and all(
        doc[i].dep_ in ("compound", "amod", "nmod") and noun in doc[i].ancestors
        for i in range(span.start, span.end)
    )


def _those_of(tok: Token) -> Token:
    """ "including *those of* A and B": A (with its conjuncts), the owner the pronoun stands
    for; any other word is itself."""
    if tok.lower_ not in ("those", "that"):
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return owner if owner is not None else tok


def _two_word_people(noun: Token, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The everyday-people row of the word before ``noun`` and ``noun`` together ("*refuse*
    collectors", "*garbage* collectors"), a trade named by two words of which the second alone
    names none (rule resolve.everyday_people)."""
    before = noun.doc[noun.i - 1]
    return table.get(f"{before.lower_} {noun.lower_}") or table.get(
        f"{before.lower_} {noun.lemma_.lower()}"
    )


# all, anyone, everyone ...: people named by no one (rule resolve.generic_people)
GENERIC_PEOPLE = words("generic_addressees")


def generic_people(head: Token) -> bool:
    """A pronoun for people named by no one: "everyone", "anyone" (vocabulary
    generic_addressees), or "all" with a clause that says who they are ("all *who helped*",
    "all *involved*"); a bare "all" ("All agreed") may stand for the parties just named."""
    word = head.lower_
    if word not in GENERIC_PEOPLE:
        return False
    return word != "all" or any(c.dep_ in ("relcl", "acl") for c in head.children)
