"""Clues that place a body or titled person no word of its own places, from the words around
it: the home state an apposition names ("Senator X, *a Texas Democrat*") and the state whose
official convened it ("X's president convened a meeting *of the Security Council*")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from communique.actors.names import country_of_place
from communique.actors.spans import ActorSpan, is_state
from communique.vocabulary import words

APPOSITIVE_HOME_RULE = "mention.appositive_home"
CITIZEN_RULE = "mention.citizen_apposition"  # "X, a 41-year-old Ruritanian citizen"
# what an apposition calls a person when it says whose national they are (general English)
CITIZEN_NOUNS = words("citizen_nouns")
CONVENER_RULE = "mention.convener"
# the meetings a leader convenes of a body ("a meeting of the security council", "a session")
MEETING_NOUNS = frozenset({"meeting", "session", "sitting"})
CONVENING_VERBS = frozenset({"call", "chair", "convene", "hold", "summon"})


def _phrase_head(doc: Doc, sp: ActorSpan) -> Token:
    head = doc[sp.head]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return head


def appositive_home(doc: Doc, sp: ActorSpan) -> tuple[str, str] | None:
    """ "Senator X, *a Texas Democrat*", "Y, *a Lagos businessman*": the place a person's
    apposition names before its noun is where they come from; its state is theirs."""
    head = _phrase_head(doc, sp)
    for appos in head.children:
        if appos.dep_ != "appos" or appos.i < head.i or appos.i < sp.end:
            continue  # ("the agency's chief, *Anna Berg*": the span's own name, no home)
        if appos.pos_ == "PROPN" and not any(c.dep_ == "det" for c in appos.children):
            continue  # "the opposition whip, *Dolores Reyes*": a person's name, not a home
        words = [c for c in appos.children if c.dep_ in ("compound", "amod") and c.i < appos.i]
        if not words or any(w.pos_ != "PROPN" for w in words):
            continue
        name = doc[words[0].i : words[-1].i + 1].text
        iso = country_of_place(name)
        if iso and is_state(iso):
            return iso, f"'{doc[words[0].i : appos.i + 1].text}' beside it"
    return None


def citizen_apposition(doc: Doc, sp: ActorSpan) -> tuple[str, str] | None:
    """ "X, *a 41-year-old Ruritanian citizen*", "Y, *a French national*": a person the
    story names as a state's citizen is of that state (a private person: sector CVL). The
    first state the apposition names decides ("a dual US-Russian citizen": the first)."""
    head = _phrase_head(doc, sp)
    for appos in head.children:
        if appos.dep_ != "appos" or appos.i < head.i or appos.lemma_.lower() not in CITIZEN_NOUNS:
            continue
        for word in doc[appos.left_edge.i : appos.i]:
            if word.pos_ not in ("ADJ", "PROPN") or not word.text[:1].isupper():
                continue
            iso = country_of_place(word.text)
            if iso and is_state(iso):
                return iso, f"'{doc[appos.left_edge.i : appos.i + 1].text}' beside it"
    return None


def convener(doc: Doc, sp: ActorSpan, spans: Sequence[ActorSpan]) -> tuple[str, str] | None:
    """ "South Korea's president *convened* a meeting of *the National Security Council*":
    a body an official convenes is of that official's state."""
    head = _phrase_head(doc, sp)
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in MEETING_NOUNS:
        return None
    meeting = of.head
    verb = meeting.head
    if meeting.dep_ != "dobj" or verb.lemma_.lower() not in CONVENING_VERBS:
        return None
    return _subject_state(doc, verb, sp, spans, "convened by")


SENDER_RULE = "mention.sender"  # "Ruritania sent a delegation": Ruritania's delegation
# verbs of sending people on a mission (general English: to send is to cause to go)
SENDING_VERBS = frozenset({"send", "dispatch"})


def sender(doc: Doc, sp: ActorSpan, spans: Sequence[ActorSpan]) -> tuple[str, str] | None:
    """ "Ruritania *sent* a delegation to the talks": a body or role with no country that a
    state sends (the object of a verb of sending) is that state's."""
    if sp.kind not in ("body", "role"):
        return None
    head = _phrase_head(doc, sp)
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    return _subject_state(doc, verb, sp, spans, "sent by")


def _subject_state(
    doc: Doc, verb: Token, sp: ActorSpan, spans: Sequence[ActorSpan], how: str
) -> tuple[str, str] | None:
    """The state of the first placed actor span (not a place, not ``sp``) in ``verb``'s
    subject, with the reason '{how} <span>'."""
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        for o in spans:
            if (
                o is not sp
                and o.start <= subj.i < o.end
                and not o.is_location
                and o.actor.country
                and is_state(o.actor.country)
            ):
                return o.actor.country, f"{how} '{doc[o.start : o.end].text}'"
    return None


DEPLOYER_RULE = "mention.deployer"  # "the ministry deployed Kenyan police": Kenya's ministry
# verbs of putting one's own forces in place (general English; CAMEO 15x mobilisation)
DEPLOYING_VERBS = words("deploying_verbs")
FORCE_SECTORS = words("state_force_sectors")
# a multinational group deploys others' forces ("the mission deployed Kenyan troops")
MULTINATIONAL_NOUNS = words("led_group_nouns")


def deployer(doc: Doc, sp: ActorSpan, spans: Sequence[ActorSpan]) -> tuple[str, str] | None:
    """ "*The security ministry* moved two Chilean army battalions north": a state organ
    of no state of its own that deploys, sends or stations forces its object names as one
    state's is that state's (a government moves its own forces; rule
    mention.deployer). Not a multinational group ("the mission deployed Kenyan troops"), nor
    when the object names forces of more than one state."""
    if sp.kind not in ("body", "role", "group") or sp.actor.sector not in ("GOV", *FORCE_SECTORS):
        return None
    head = _phrase_head(doc, sp)
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in DEPLOYING_VERBS:
        return None
    if head.lemma_.lower() in MULTINATIONAL_NOUNS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    inside = {t.i for o in objects for t in o.subtree}
    states = {
        o.actor.country
        for o in spans
        if o is not sp
        and o.head in inside
        and not o.is_location
        and is_state(o.actor.country)
        and o.actor.sector in FORCE_SECTORS
    }
    if len(states) != 1:
        return None
    iso = next(iter(states))
    return iso, f"it {verb.text} {iso}'s forces"  # type: ignore[return-value]
