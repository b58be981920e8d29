"""A second reading of one sentence aimed back at the doer's own side (rule
``filter.own_side_reading``).

"The ministry said it stood firmly behind *its ambassador* and rejected the accusation", "the
ministry summoned the envoy and handed *him* a protest note" (the pronoun read as the
ministry's own official), "handed her a protest note over a violation of *Ruritanian*
airspace" (the doer's own state read from what the complaint is about): beside the act the
sentence is about, aimed at another party, a mention whose only target is the doer's own
side, named by a possessive pronoun that points back to the doer ("its", "their", "his",
"her", "its own"), by an object pronoun ("him", "her", "them") resolved to the doer's own
state, or read from what a complaint is about, is no second interaction: the doer backing,
thanking or briefing its own people, or the wronged side of its own complaint. It is dropped,
recorded as dropped with the act it sits beside, and the kept act's explanation names it;
only when the two acts share a doer (the same code: a court is not the government) and the
reading is of that act's type, or backing, thanks, help or a measure (SUPPORT, AGREE,
CONSULT, AID, COOPERATE, SANCTION), or a complaint's "about" target. A threat or an arrest
aimed at the doer's own side is left alone ("warned that its fighters would hit back"), and
so is a doer acting on its own people with no other act in the sentence ("police detained their own
officers") and a target of the doer's state named by a noun ("the government detained
opposition activists").

The same act told twice (rule ``same_act.own_state_target``): a complaint, a show of backing
or a meeting (PLOVER types of vocabulary own_state_retold_types) aimed only at the doer's own
state, beside one of the same type by the same doer aimed at another party in the same
sentence, is that act read a second time, whatever words name the target ("Chile's ministry
condemned the fine as unjust and accused Peru of bad faith": the fine, imposed on Chile, is
what the complaint to Peru is about; "received the Danish minister for talks": the talks are
the reception). It is dropped and recorded the same way. An appeal, a promise, a threat or
a measure aimed at the doer's own people beside one aimed abroad is a second act and stays
("asked Mali to find the men and urged its own citizens to leave").

Protection given to one's own (rule ``filter.own_protection``): CAMEO 074 "provide military
protection or peacekeeping" is protection one party gives another (peacekeepers, escorts,
forces guarding a foreign state or its people). A mention of that code whose only target is
the doer's own state ("the police guarded the shops of the capital from looters", "raised
tariffs to shield its steelworkers", "the coastguard protects the country's fishing fleet")
is a state looking after its own people, no interaction between parties: it is dropped and recorded as dropped, alone or
beside other acts.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.coding.rules import explain
from communique.model import Actor, Mention
from communique.vocabulary import words

POSSESSIVES = words("possessive_pronouns")
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# a complaint's target read from what it is about ("a protest over a violation of *its own*
# airspace"): when that names the doer's own state, it is the wronged side, not the target
ABOUT_RULE = "[recipient.complained_about]"
# what a doer does for its own people (PLOVER): no interaction with another party
OWN_PEOPLE_TYPES = frozenset({"SUPPORT", "AGREE", "CONSULT", "AID", "COOPERATE", "SANCTION"})
# acts aimed at another party that a doer does not also aim at itself in the same sentence
# (rule same_act.own_state_target)
RETOLD_TYPES = words("own_state_retold_types")
# CAMEO codes of protection given to another party (rule filter.own_protection)
PROTECTION_CODES = words("protection_given_codes")


def _own_words(actor: Actor) -> bool:
    """The recipient's words point back to the doer: "its (own) ambassador", "him"."""
    words = actor.text.lower().split()
    return bool(words) and (
        words[0] in POSSESSIVES or (len(words) == 1 and words[0] in OBJECT_PRONOUNS)
    )


def states_of(actors: list[Actor]) -> frozenset[str]:
    """The countries of ``actors`` (those that have one)."""
    return frozenset(a.country for a in actors if a.country)


def _codes(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.code for a in actors if a.code)


def _second_reading(m: Mention, act: Mention) -> bool:
    """``m`` can be a second reading of ``act``: the same type (a protest note beside the
    summons), a complaint's target read from what it is about, or an act a doer does for its
    own people (backing, thanks, help, a measure at its own embassy); a threat, an arrest or a
    rejection aimed at the doer's own side is left alone ("warned that its fighters would hit
    back")."""
    return (
        m.event_type == act.event_type
        or ABOUT_RULE in m.explanation
        or (m.event_type in OWN_PEOPLE_TYPES)
    )


def own_side_reading(m: Mention) -> bool:
    """``m`` is aimed only at the doer's own state, named by words that point back to it or
    read from what a complaint is about (rule recipient.complained_about)."""
    doers, targets = states_of(m.actor), states_of(m.recipient)
    if not (doers and targets and targets <= doers):
        return False
    return all(_own_words(a) for a in m.recipient) or ABOUT_RULE in m.explanation


def own_state_target(m: Mention) -> bool:
    """``m`` is aimed only at its doer's own state, by whatever words."""
    doers, targets = states_of(m.actor), states_of(m.recipient)
    return bool(doers and targets and targets <= doers)


def own_protection(m: Mention) -> bool:
    """``m`` is protection (PROTECTION_CODES) that its doer gives only to its own state's
    people or bodies: no act between parties (rule filter.own_protection)."""
    return m.cameo in PROTECTION_CODES and own_state_target(m)


def _retold(m: Mention, act: Mention) -> bool:
    """``m``, aimed at its doer's own state, is ``act`` told again: the same type, one of
    RETOLD_TYPES (rule same_act.own_state_target)."""
    return m.event_type == act.event_type and m.event_type in RETOLD_TYPES


def drop_own_side_readings(
    mentions: list[Mention], drop: Callable[[Mention, str, str], None] | None = None
) -> list[Mention]:
    """The sentence's mentions without the second readings aimed at the doer's own side (see
    the module docstring); ``drop(m, why, rule)`` is called for each one dropped, with the
    reason the kept act's explanation also gives and the rule's id."""
    out = []
    for m in mentions:
        if own_protection(m):
            if drop is not None:
                drop(m, explain("filter.own_protection", word=m.evidence.trigger),
                     "filter.own_protection")  # fmt: skip
            continue
        kept, rule = None, "filter.own_side_reading"
        if own_state_target(m):
            doers, codes = states_of(m.actor), _codes(m.actor)
            beside = [
                o
                for o in mentions
                if o is not m
                and _codes(o.actor) & codes
                and states_of(o.recipient) - doers
                and o.modality != "negated"
            ]
            if own_side_reading(m):
                kept = next((o for o in beside if _second_reading(m, o)), None)
            if kept is None:
                kept = next((o for o in beside if _retold(m, o)), None)
                rule = "same_act.own_state_target"
        if kept is None:
            out.append(m)
            continue
        fold_into(kept, m, rule, drop)
    return out


def fold_into(
    kept: Mention,
    m: Mention,
    rule: str,
    drop: Callable[[Mention, str, str], None] | None,
) -> None:
    """Drop ``m`` as a second telling of ``kept``: the kept act's explanation names it under
    ``rule`` and ``drop(m, why, rule)``, when given, records the drop with the same reason."""
    why = explain(rule, word=m.evidence.trigger, other=kept.evidence.trigger)
    kept.explanation += "; " + why
    if drop is not None:
        drop(m, why, rule)
