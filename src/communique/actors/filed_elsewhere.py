"""A story filed from one state's city about what happened in or between other states: who
its unnamed attackers and its titled people of no state are not (rules
mention.attackers_filed_elsewhere, mention.title_filed_elsewhere).

A dateline names where the reporter is (news agency practice: a bureau in one capital files on
its neighbours), not who the people of the story are. When the story never names the dateline's
state after the dateline, its unnamed gunmen or kidnappers are not that state's (the place the
lead gives their act is the best clue), and a minister the story gives no state is not that
state's either (the state the sentence before is about, else none). A mixin of the actor finder
(communique.actors.finder._Finder): it reads the finder's story, parse and lead.
"""

from __future__ import annotations

from typing import Any

from communique.actors.spans import ActorSpan, is_state
from communique.vocabulary import words

ATTACKERS_RULE = "mention.attackers_filed_elsewhere"
TITLE_RULE = "mention.title_filed_elsewhere"
LATER_RULE = "mention.title_before_dateline_named"  # the dateline's state named only later
# a place near a border may be on either side of it: no clue to where an act happened
BORDER_NOUNS = words("border_place_nouns")
LOC_PREPS = words("location_preps")
CRIME_SECTORS = frozenset({"CRM"})  # criminals, kidnappers, smugglers: a group of no state
TITLE_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "LEG", "SPY"})


class FiledElsewhereReader:
    """Mixin for the actor finder: the readings of a story filed from a state it never names."""

    doc: Any
    story: Any
    sent_of: Any
    body_start: int
    n: int
    items: Any
    parsed: bool

    # -- what the story says about the dateline's state ------------------------------------
    def _dateline_unnamed(self, iso: str | None, before: int | None = None) -> bool:
        """Whether the story never names ``iso`` (the dateline's state) after its dateline: not
        as a party, a demonym, a capital or a place; with ``before``, not before that token."""
        if not iso or self.items or self.body_start >= self.n:
            return False
        end = self.n if before is None else before
        return not any(c == iso for tok, c in self.story.countries if self.body_start <= tok < end)

    def _lead_act_places(self, spans: list[ActorSpan], iso: str) -> set[str]:
        """The states other than ``iso`` that the story's lead names as where its act happened:
        the object of in/at/near ("in Mali"), its adjective ("in a Malian village"), or the
        state of a place named by a noun of place ("near the Malian town of X"); a border is
        on either side, so "near the Malian border" places nothing."""
        found: set[str] = set()
        for o in spans:
            if o.start < self.body_start or self._from_lead(o.start) != 0:  # type: ignore[attr-defined]
                continue
            if not any(is_state(a.country) and a.country != iso for a in o.actors):
                continue
            if self._act_place(o):
                found.update(
                    a.country for a in o.actors if is_state(a.country) and a.country != iso
                )
        return found

    def _act_place(self, o: ActorSpan) -> bool:
        if not self.parsed:
            return bool(o.is_location)
        tok = self.doc[o.head]
        if tok.dep_ in ("amod", "compound"):  # "a *Malian* village", "the *Malian* town of X"
            tok = tok.head
        if tok.lemma_.lower() in BORDER_NOUNS:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the town *of X*"
            tok = tok.head.head
            if tok.lemma_.lower() in BORDER_NOUNS:
                return False
        return tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS

    # -- rule mention.attackers_filed_elsewhere --------------------------------------------
    def _attackers_elsewhere(
        self, sp: ActorSpan, spans: list[ActorSpan], filed: str | None
    ) -> tuple[str, str] | None:
        """A group of no state ("the workers", "residents"), above all unnamed attackers
        ("gunmen", "the kidnappers", "armed men") or a criminal group ("criminals",
        "smugglers"), in a story filed from the city of ``filed``, a state the story never
        names, whose lead places its act in another state: the place's state when the lead
        names one ("... in a remote Malian village"); for attackers, when it names several,
        ("", why): no country. Other people only where the dateline was not already found to
        take no part (a hub or a third state's capital, whose rules place them). Not the dateline's state (where the reporter is), nor the
        lead's first doer, often the victims'. None when the rule does not apply."""
        if sp.kind != "group" or sp.actor.country:
            return None
        armed = self._unnamed_attackers(sp) or sp.actor.sector in CRIME_SECTORS  # type: ignore[attr-defined]
        if not self._dateline_unnamed(filed):
            return None
        places = self._lead_act_places(spans, filed)  # type: ignore[arg-type]
        if not places or (not armed and (len(places) > 1 or not self.story.dateline_country)):
            return None  # (other people of a lead with two places, or of a story filed from a
            # hub or a third capital, mention.hub_dateline: placed as before)
        where = f"'{self.story.dateline_place}'" if self.story.dateline_place else "its dateline"
        if len(places) == 1:
            iso = next(iter(places))
            return iso, (
                f"filed from {where}, a state the story never names; its lead places the act "
                f"in {iso} [{ATTACKERS_RULE}]"
            )
        return "", (
            f"filed from {where}, a state the story never names; its lead places the act in "
            f"{', '.join(sorted(places))}: no country [{ATTACKERS_RULE}]"
        )

    # -- rule mention.title_filed_elsewhere ------------------------------------------------
    def _title_elsewhere(self, sp: ActorSpan, spans: list[ActorSpan]) -> tuple[str, str] | None:
        """A titled person or a definite title of a state's office with no state ("Foreign
        Minister X", "the interior minister"), past the lead of a story filed from the city of a
        state the story never names, about two or more other states and not led by a title of
        no state: the state the main clause of the sentence before is about (one state, not a
        target of the title's own clause), else ("", why): no country. None when the rule does
        not apply."""
        iso = self.story.dateline_country
        if sp.kind not in ("person", "role") or sp.actor.country or not self.parsed:
            return None
        if sp.actor.sector not in TITLE_SECTORS or not self._dateline_unnamed(iso, sp.start):
            return None
        # a state the story names only after the title ("... supplies from X" in its last
        # paragraph) was no party when the title was met (rule mention.title_before_dateline_named)
        later = not self._dateline_unnamed(iso)
        if later and (sp.start < self.body_start or self._from_lead(sp.start) <= 0):  # type: ignore[attr-defined]
            return None  # a headline's or the lead's title: the dateline's state's own news
        if self._from_lead(sp.start) == 0:  # type: ignore[attr-defined]
            return None
        others = {c for tok, c in self.story.countries if tok >= self.body_start and is_state(c)}
        if len(others) < 2:
            return None  # one other state's story, or the dateline state's own news
        lead = [
            o
            for o in spans
            if o.start >= self.body_start
            and self._from_lead(o.start) == 0  # type: ignore[attr-defined]
            and not o.is_location
        ]
        first = next((o for o in lead if o.actor.sector or o.actor.country), None)
        if first is not None and first.kind in ("person", "role") and not first.actor.country:
            return None  # "KAMPALA - *Foreign Minister X* said Kenya ...": the dateline's own
        where = f"'{self.story.dateline_place}'"
        never = "a state the story never names"
        if later:
            never = f"a state the story names only after it [{LATER_RULE}]"
        si = self.sent_of[sp.start]
        states = self._main_subject_states(si - 1, spans, sp)  # type: ignore[attr-defined]
        targets = self._clause_targets(sp, spans) | self._counterpart_states(sp, spans)  # type: ignore[attr-defined]
        if len(states) == 1 and not states & targets:
            prev = next(iter(states))
            return prev, (
                f"filed from {where}, {never}: the state the sentence before is about, {prev} "
                f"[{TITLE_RULE}]"
            )
        return "", f"filed from {where}, {never}: no country [{TITLE_RULE}]"
