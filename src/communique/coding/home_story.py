"""The home story: a story about one state's own affairs names no foreign counterpart, so an
accusation, demand, praise, refusal or threat by that state's people that names no target of its
own is aimed at home, at that state (rule recipient.home_story). "The opposition leader called
for peaceful marches", "the minister praised the police", "the governor would ask for more
troops": in a story of one country's politics, courts and streets, whom such an act concerns is
that country, as PLOVER and CAMEO code domestic events with the country on both sides."""

from __future__ import annotations

from dataclasses import replace

from communique.actors.lexicon import country_name
from communique.actors.spans import is_state
from communique.coding.candidate import Candidate
from communique.coding.domestic import answers_attack, retaliation
from communique.coding.frames import is_denial
from communique.coding.resolver import COUNTERPART_MENTIONS, ArgumentResolver
from communique.coding.rules import Because
from communique.model import Actor
from communique.vocabulary import words

# acts aimed at someone (statements of stance, demands, refusals, threats): with no target named
HOME_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})
POSTED_ABROAD = words("posted_abroad_words")  # envoys: another state's people
# recipients the act itself names: its object, indirect object, or 'on'/'to' phrase
NAMED_TARGET_RULES = frozenset({"recipient.dobj", "recipient.dative", "recipient.verb_prep"})
INVESTIGATION = "09"  # an inquiry or inspection: at home only by rule recipient.domestic_target


def not_at_home(cand: Candidate) -> bool:
    """An inquiry or inspection (CAMEO 09x; its own rule, recipient.domestic_target) or an act
    answering an attack ("would take *reciprocal* measures", "vowed to *retaliate*"): aimed at
    whoever it answers or inspects, never assumed to be at home."""
    tok = cand.trigger.token
    return (
        cand.cameo_code.startswith(INVESTIGATION)
        or answers_attack(tok)
        or retaliation(tok) is not None
    )


def home_story(resolver: ArgumentResolver, cand: Candidate, *, office: bool = False) -> bool:
    """Aim ``cand``, an act of HOME_TYPES with no target, at its doer's own state when the story
    is that state's own: it names the state at least COUNTERPART_MENTIONS times and names no
    other state at all, and the act's sentence names no other state. Not a denial (it
    answers an accuser, rule recipient.domestic_target), nor an act of a body or of several
    states. ``office``: the doer is a court or a local office of its state (rule
    recipient.domestic_office), at home whatever else the story is about, so only its
    sentence must name no other state. True when it set the recipient."""
    if cand.recipients or cand.joint or cand.unattributed or cand.plover not in HOME_TYPES:
        return False
    own = {a.country for a in cand.actors}
    if len(own) != 1 or not cand.actors:
        return False
    iso = next(iter(own))
    if not iso or not is_state(iso):
        return False  # a body's or an unplaced doer's act: no home to aim at
    tok = cand.trigger.token
    if is_denial(tok):
        return False  # "denied that the march was violent": answers a claim, not a party
    if not_at_home(cand):
        return False
    counts = resolver.story_countries
    times = named_times(resolver, iso)
    if not office and times < COUNTERPART_MENTIONS:
        return False  # a single sentence, or a story that names the state in passing
    aside = resolver.aside_states(tok) if not office else set()
    if not office and any(c != iso and is_state(c) and c not in aside for c in counts):
        return False  # another state named, even once: no story of home alone (but a state
        # named in one paragraph past the lead, not the act's, is an aside: recipient.aside_state)
    passed = sorted(c for c in counts if c != iso and c in aside) if not office else []
    for sp in resolver.index.in_sentence(tok.sent):
        if any(a.country and a.country != iso for a in sp.actors):
            return False  # "opposed Ruritania's plan": the sentence names another party
    name = country_name(iso) or iso
    rule = "recipient.home_office" if office else "recipient.home_story"
    why = Because.of(rule, name=name, count=str(times))
    cand.set_recipients([Actor(text=name, name=name, country=iso)], why, assumed=True)
    if passed and not any(n.rule == "recipient.aside_state" for n in cand.notes):
        # the asides it let pass, named in the explanation
        told = " or ".join(country_name(c) or c for c in passed)
        cand.notes.append(Because.of("recipient.aside_state", name=told))
    return True


def named_times(resolver: ArgumentResolver, iso: str) -> int:
    """How often the story names the state ``iso`` itself: mentions whose country is their
    own words' ("Kenya", "Kenyan police"), not a role given the story's country for want of
    another ("the interior minister"), nor a dateline."""
    return sum(
        1
        for s in resolver.index.spans
        if getattr(s.actor, "country", None) == iso
        and not s.country_inferred
        and s.start not in resolver.dateline
    )


def unplaced_party(resolver: ArgumentResolver, cand: Candidate) -> str | None:
    """ "urged *the commission* to publish the results", "called on *his supporters* to ...",
    "accused *pro-government parties* of buying votes": a target of an act of HOME_TYPES named
    by a common noun that no country can be found for is one of the doer's own state's people
    or bodies; for an act of an international body, of the country its sentence (else its
    story) is about (rule recipient.unplaced_party). Place them there; return the country, or
    None when the rule does not apply (a named person or body stays unplaced)."""
    if cand.plover not in HOME_TYPES or cand.joint or not cand.recipients or not cand.actors:
        return None
    if cand.recipient_rule_id not in NAMED_TARGET_RULES or not_at_home(cand):
        return None  # "demanded the release *of the crews*": the crews are not the ones asked
    if any(r.country for r in cand.recipients):
        return None
    found = cand.recipient_arg
    if found is None or not found.heads or any(h.pos_ == "PROPN" for h in found.heads):
        return None  # "accused *Korzun*": a person the story does not place stays unplaced
    said = {w.lower() for r in cand.recipients for w in (r.text or "").split()}
    if any(h.lower_ in POSTED_ABROAD for h in found.heads) or said & POSTED_ABROAD:
        return None  # "summoned *the ambassadors*": posted from abroad, not the doer's own
    if any(a.dep_ == "amod" and a.lower_ == "foreign" for h in found.heads for a in h.children):
        return None  # "accused *foreign* embassies": from abroad, whoever they are
    own = {a.country for a in cand.actors}
    if len(own) != 1:
        return None
    iso = next(iter(own))
    if not iso:
        return None
    if not is_state(iso):
        iso, _ = resolver.context_country(cand.trigger.token)
        if not iso or not is_state(iso):
            return None
    name = country_name(iso) or iso
    cand.recipients = [replace(r, country=iso, code=None) for r in cand.recipients]
    cand.recipient_notes = [
        *cand.recipient_notes,
        Because.of("recipient.unplaced_party", name=name),
    ]
    return iso
