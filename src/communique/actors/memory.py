"""What a story has said so far about its actors: one memory, written by the actor finder as it
reads the story and by the coder as it codes it, read by both to resolve references.

The finder records every country, person and international body it names, in order (for
"he", "the two countries", "the Caribbean country", "the bloc", "his counterpart") and the
persons it has registered by name; the coder records each event's participants (for "they",
"the two leaders") and the last main event's actor (for a later "he" or "it")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from communique.actors.persons import PersonRegistry
from communique.actors.spans import is_state
from communique.model import Actor


@dataclass
class ActorMemory:
    registry: PersonRegistry = field(default_factory=PersonRegistry)
    countries: list[tuple[int, str]] = field(default_factory=list)  # (token, ISO3) in order
    # tokens of the countries above named only to describe a person or body ("a former prime
    # minister of X", "born in X"): no antecedent of "the country" (mention.background_state)
    background: set[int] = field(default_factory=set)
    # (token, sentence, actor, is a subject) for each person or titled role named, in order
    persons: list[tuple[int, int, Actor, bool]] = field(default_factory=list)
    dateline_country: str | None = None
    dateline_place: str | None = None
    dateline_led: bool = False  # the dateline city read with the lead's state
    # (rule, place) of a dateline whose state takes no part: a hub's or a third state's city
    # (mention.hub_dateline, mention.third_capital_dateline); None when the dateline stays
    filed_only: tuple[str, str] | None = None
    bodies: list[Actor] = field(default_factory=list)  # international bodies named, in order
    # the body of the mission the story named last ("the EU's observer mission"), or None when
    # a state's mission was named last (mention.mission_reference)
    mission_body: Actor | None = None
    # non-governmental bodies of no one state named (Amnesty, the ICRC), with their sentence
    # (None: another group named since, which "the group" may mean; mention.ngo_reference)
    ngos: list[tuple[int, Actor | None]] = field(default_factory=list)
    # organisations named by the story (actors.organisations): acronym or head word -> (sentence,
    # actor), the last one named ("the NAFW", "the society")
    organisations: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    # written by the coder
    subject: list[Actor] = field(default_factory=list)  # the last main event's actor
    subject_type: str = ""  # the last main event's PLOVER type (actor.previous_act_doer)
    speaker: list[Actor] = field(default_factory=list)  # who was last reported as saying
    # the rule that named the speaker where no verb of saying did ('X was blunt:' + a quotation)
    speaker_rule: str = ""
    participants: list[Actor] = field(default_factory=list)  # of the last event coded
    event_token: int = -1  # the trigger token of the last event kept (its place in the story)
    sentence_participants: list[Actor] = field(default_factory=list)  # of this sentence's last
    history: list[list[Actor]] = field(default_factory=list)  # participants, oldest first
    # the states among each history group's participants, in the same order: worked out once,
    # when the group is remembered, for the "two sides" and the counterpart a story pairs
    history_states: list[frozenset[str]] = field(default_factory=list)
    # the states the story's aid acts (given or pledged) named as receiving the aid, with how
    # often: the beneficiary a later donor's untargeted aid goes to (recipient.aid_beneficiary)
    aid_recipients: Counter[str] = field(default_factory=Counter)

    # -- the finder's reading ---------------------------------------------------------------
    def recent_countries(
        self, n: int, within: frozenset[str] | None = None, *, foreground: bool = False
    ) -> list[str]:
        """The ``n`` states named last (most recent first), optionally among ``within``; with
        ``foreground``, those named only in a person's or body's description left out (all
        when the story names no other)."""
        if foreground:
            kept = [c for c in self.countries if c[0] not in self.background]
            if kept and len(kept) < len(self.countries):
                return ActorMemory(countries=kept).recent_countries(n, within)
        out: list[str] = []
        for _, iso in reversed(self.countries):
            if iso not in out and (within is None or iso in within):
                out.append(iso)
                if len(out) == n:
                    break
        return out

    def salient_states(self, n: int, window: int = 12) -> list[str]:
        """The ``n`` states named most often among the last ``window`` state mentions, the more
        recent first on a tie: "the two countries" after a story of Ethiopia and Eritrea with
        one aside on the US are Ethiopia and Eritrea."""
        recent = [iso for _, iso in self.countries if is_state(iso)][-window:]
        told = [iso for tok, iso in self.countries if is_state(iso) and tok not in self.background]
        if len(set(told[-window:])) >= n:  # a state only of a description is no party
            recent = told[-window:]  # (mention.background_state)
        last = {iso: k for k, iso in enumerate(recent)}
        return sorted(last, key=lambda iso: (-recent.count(iso), -last[iso]))[:n]

    def person_before(
        self,
        i: int,
        sent: int,
        exclude: str | None = None,
        *,
        not_within: range | None = None,
    ) -> Actor | None:
        """The person a pronoun at token ``i`` (in sentence ``sent``) most likely means: this
        or the previous sentence, subjects first, most recent first. An object pronoun
        ("urged *him*") gives ``not_within``, its clause's subject: never that person, and
        others named as objects first ("met his counterpart ... urged *him*")."""
        cands = [
            (tok, subj, actor)
            for tok, s, actor, subj in self.persons
            if tok < i
            and sent - 1 <= s <= sent
            and (exclude is None or actor.country != exclude)
            and (not_within is None or tok not in not_within)
        ]
        if not cands:
            return None
        if not_within is not None:
            objects = [c for c in cands if not c[1]]
            return (objects or cands)[-1][2]
        subjects = [c for c in cands if c[1]]
        return (subjects or cands)[-1][2]

    def last_person(self, i: int, country: str | None = None) -> Actor | None:
        """The person or titled role named last before token ``i``, in any earlier sentence
        (of ``country``, when given)."""
        return next(
            (
                actor
                for tok, _, actor, _ in reversed(self.persons)
                if tok < i and (country is None or actor.country == country)
            ),
            None,
        )

    def is_person(self, actor: Actor) -> bool:
        """Whether ``actor`` is a person or titled role the story named (not a state, body or
        group): one "he" or "she" can stand for."""
        return any(
            p is actor or (actor.name and p.name == actor.name and p.code == actor.code)
            for _, _, p, _ in self.persons
        )

    def last_body(self, un_ok: bool) -> Actor | None:
        """The international body named last ("the bloc"); a UN body only when ``un_ok``."""
        return next((b for b in reversed(self.bodies) if un_ok or b.country != "UNO"), None)

    # -- the coder's reading ----------------------------------------------------------------
    def new_sentence(self) -> None:
        self.sentence_participants = []

    def new_item(self) -> None:
        """A new item of a page of short, unrelated stories (a briefing's numbered or bulleted
        item, a datelined brief): what the coder remembered of the items before (the last
        doer, speaker, participants, aid beneficiaries) is no antecedent or target here (rule
        mention.briefing_item)."""
        self.subject, self.subject_type, self.speaker = [], "", []
        self.speaker_rule = ""
        self.participants, self.sentence_participants = [], []
        self.history, self.history_states = [], []
        self.aid_recipients = Counter()

    def remember_aid(self, recipients: list[Actor]) -> None:
        """The states an aid act named as receiving the aid (in the order named, so that a tie
        goes to the first named whatever the hash seed)."""
        named = dict.fromkeys(a.country for a in recipients if is_state(a.country))
        self.aid_recipients.update(list(named))

    def aid_beneficiary(self, own: set[str]) -> tuple[str, int] | None:
        """The state the story's aid acts named most as receiving aid, other than ``own``."""
        return next(
            ((iso, n) for iso, n in self.aid_recipients.most_common() if iso not in own), None
        )

    def remember(self, participants: list[Actor], in_sentence: bool = False) -> None:
        """An event's participants; ``in_sentence``: also this sentence's last participants."""
        self.participants = participants
        if participants:
            self.history.append(participants)
            self.history_states.append(
                frozenset(a.country for a in participants if a.country and is_state(a.country))
            )
        if in_sentence:
            self.sentence_participants = participants
