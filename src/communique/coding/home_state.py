"""The home state of a domestic story, and the parties named only by their role in it.

A story about one state's own affairs names its people by role: "police", "soldiers",
"villagers", "students", "the ruling party", "the court", "gunmen". CAMEO and PLOVER code such
parties with their state ("NGACOP", "NGACVL"), and a party named by role with no state in a
story of one state is that state's: its police, army, courts, ministries, parties, unions,
students, villagers and armed groups (CAMEO actor codebook: the country code goes before the
role code; domestic rebels and unidentified armed men are coded with the country where they
act).

The home state (``story_home_state``) is the state the story names itself, by name, adjective,
capital or place, far more than any other state or international body: not the dateline's
(whose words are no mention), not a state the finder gave a role for want of another, and
none when two states, or a state and a body, compete (the second named at least half as often
as the first), or when the story names it fewer than three times. Its confidence is its share
of the story's mentions of states and bodies. On a page of items (a briefing, a timeline), an
item that names another state keeps its role-only parties unresolved.

A party with a role and no state (``home_state_parties``) takes the home state when its role
is one of a state's own (vocabulary home_state_sectors) and its words do not make it foreign
(an envoy, an embassy, a foreign ministry, foreigners, peacekeepers: vocabulary
foreign_party_words), does not name several states ("governments", "European lawmakers":
a region's adjective, data/actors/regions.tsv) and is not a pronoun or
attackers no clue places (mention.unnamed_attackers): rule actor.home_state. The pass runs on the story's final events, after
their confidence was scored, so it changes whom an event names, never whether it is kept. A
place with no state, an international body, an aid group, a firm, the media and refugees are
never given the home state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from communique.actors.finder import segment_at
from communique.actors.lexicon import country_name, norm, regions
from communique.actors.spans import ActorSpan, is_state
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import explain, rule
from communique.model import Actor, Mention
from communique.vocabulary import words

HOME_STATE = rule("actor.home_state")
HOME_SECTORS = words("home_state_sectors")  # roles that are a state's own
FOREIGN_WORDS = words("foreign_party_words") | words("posted_abroad_words")
PRONOUNS = words("home_state_pronouns")
ATTACKER_NOUNS = words("unnamed_attacker_nouns")
ATTACKER_MODS = words("unnamed_attacker_modifiers")
MEN = frozenset({"men", "man", "people", "persons", "individuals"})
OUTSIDE_GROUP = "[recipient.outside_group]"
UNNAMED_ATTACKERS = "[mention.unnamed_attackers]"  # left with no state on purpose
NOT_TARGET = "[mention.guess_not_target]"  # not of the state its own clause acts on
# armed groups outside a state's forces: one that acts on the home state's side is not given it
ARMED_SECTORS = frozenset({"REB", "UAF", "CRM"})
# international bodies compete with states for a story: "Parliament" in a story of the EU and
# one state may be the European Parliament (an international body's staff stay the body's)
BODIES = frozenset({"UNO", "EUR", "IGO"})
HOME_MIN_MENTIONS = 3  # the home state is named at least this often
HOME_LEAD = 2.0  # ... at least this many times as often as the next state
HOME_MIN_SHARE = 0.5  # ... and makes at least this share of all state and body mentions


@dataclass(frozen=True)
class HomeState:
    """The state a story is about: its code, how often the story names it, and its share of
    the story's state mentions (the confidence that the story is that state's own)."""

    iso: str
    mentions: int
    share: float


def story_home_state(spans: Iterable[ActorSpan], dateline: set[int]) -> HomeState | None:
    """The home state of a story from its actor mentions (``spans``), or None. A mention
    counts when it names its state itself (a name, adjective, capital or place): not one of
    the dateline's words (``dateline``), nor a role or group given a state from the context
    or the dateline."""
    counts: Counter[str] = Counter()
    for s in spans:
        if s.start in dateline:
            continue
        if s.country_inferred or s.country_guessed or s.country_from_dateline:
            continue  # a state given for want of another names nothing
        for a in s.actors:
            if a.country and (is_state(a.country) or a.country in BODIES):
                counts[a.country] += 1
    ranked = counts.most_common()
    if not ranked or not is_state(ranked[0][0]):
        return None  # a story about a bloc's or the UN's business: its organs are the body's
    iso, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    total = sum(counts.values())
    share = n / total
    if n < HOME_MIN_MENTIONS or n < HOME_LEAD * second or share < HOME_MIN_SHARE:
        return None  # named in passing, or two states compete
    return HomeState(iso, n, round(share, 2))


def role_only(actor: Actor, outside: bool = False) -> bool:
    """A party named by a role of a state's own with no state: "police", "the court",
    "villagers", "lawmakers"; not one its words make foreign ("the envoy", "foreign
    peacekeepers") or several states' ("governments"), not a pronoun (it stands for someone
    named elsewhere), not attackers no clue places (rule mention.unnamed_attackers: in an
    attack story the home state is the victims'), and not, with ``outside``, a group the coder
    found to be outside the doer's state (rule recipient.outside_group)."""
    if actor.country or actor.sector not in HOME_SECTORS or outside:
        return False
    said = [w.strip(".,'’\"()").lower() for w in actor.text.split()]
    if not said or set(said) & FOREIGN_WORDS or said[-1] in PRONOUNS:
        return False
    if any(w[:1].isupper() and (norm(w),) in regions() for w in actor.text.split()):
        return False  # "*European* lawmakers", "*African* leaders": a region's, several states'
    return not (said[-1] in ATTACKER_NOUNS or (said[-1] in MEN and set(said) & ATTACKER_MODS))


def home_state_parties(
    mentions: list[Mention],
    home: HomeState | None,
    item_states: Callable[[int], set[str]] | None = None,
) -> int:
    """Give the parties of ``mentions`` named only by a role of a state's own the story's
    home state (rule actor.home_state); how many parties were given it. ``item_states``: on a
    page of items (a briefing's items, a timeline's entries), the states named by the item a
    character offset lies in: an event of an item that names another state is that item's
    business, and its parties keep no state."""
    if home is None:
        return 0
    name = country_name(home.iso) or home.iso
    given = 0
    for m in mentions:
        if item_states is not None and item_states(m.evidence.start) - {home.iso}:
            continue
        if UNNAMED_ATTACKERS in m.explanation or NOT_TARGET in m.explanation:
            # "unidentified men burned the trucks": no clue places them; "fighters attacked
            # Burundian soldiers": not of the state their own clause acts on (their rules)
            continue
        filled: list[str] = []
        outside = OUTSIDE_GROUP in m.explanation
        for side, other, out in ((m.actor, m.recipient, False), (m.recipient, m.actor, outside)):
            against = any(o.country == home.iso for o in other)
            for k, a in enumerate(side):
                if against and a.sector in ARMED_SECTORS:
                    continue  # "the militia fired at Ruritanian troops": not Ruritania's own
                if role_only(a, out):
                    side[k] = Actor(text=a.text, name=a.name, country=home.iso, sector=a.sector)
                    filled.append(a.text)
        if filled:
            given += len(filled)
            note = explain(
                HOME_STATE,
                text="', '".join(filled),
                name=name,
                count=str(home.mentions),
                share=f"{home.share:.2f}",
                code=home.iso,
            )
            m.explanation = f"{m.explanation}; {note}" if m.explanation else note
    return given


def item_states(resolver: ArgumentResolver) -> Callable[[int], set[str]]:
    """For a page of items: the states named by the item a character offset lies in."""
    starts, named = resolver.item_starts, resolver.item_countries

    def states(at: int) -> set[str]:
        return {iso for iso in named.get(segment_at(starts, at), ()) if is_state(iso)}

    return states
