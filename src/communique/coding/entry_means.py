"""Type precedence between entering a place and the act done to people there.

"Raiders *boarded* a cargo ship and *took* its crew hostage", "soldiers *raided* a village and
*took* four elders into custody": the entering (boarding a vessel, raiding or storming a
building, sealing off a district) is the means, told first; the seizing, holding or harming of
the people in the later joined clause of the same doers is what the sentence reports. The later
act's confidence is set just above the entering's, so it becomes the sentence's main event
(rule mention.entry_means). Both stay coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.calibration import LEAD_SENTENCES
from communique.coding.candidate import Candidate
from communique.coding.rules import explain
from communique.model import Mention
from communique.vocabulary import words

ENTRY_VERBS = words("entry_verbs")  # "boarded", "raided", "stormed", "sealed off"
DONE_TO_PEOPLE = ("ASSAULT", "COERCE")
JOINING = ("conj", "advcl", "xcomp")  # "... and took them", "... went in *arresting* men"
# a clause with its own subject or a subordinating word ("after", "when"): not a later act of the
# same doers
OWN_CLAUSE = ("nsubj", "nsubjpass", "mark", "expl")
REACH = 3  # steps from the later act up to the entering verb
ABOVE = 0.01  # how far the act done to people ranks above the entering


def _joined_after(tok: Token, entry: Token) -> bool:
    """Whether ``tok`` is a later clause joined to the entering verb ("boarded ... and
    *took*")."""
    if tok.i <= entry.i:
        return False
    cur = tok
    for _ in range(REACH):
        if cur.dep_ not in JOINING or cur.i == cur.head.i:
            return False
        if any(c.dep_ in OWN_CLAUSE for c in cur.children):
            return False  # "... after a girl *was killed*": its own subject or conjunction
        cur = cur.head
        if cur.i == entry.i:
            return True
    return False


def entry_means(kept: list[Candidate], mentions: list[Mention]) -> None:
    """Raise, in place, an asserted act of force or coercion told in a clause joined after an
    entering verb of the same sentence just above the entering's reading."""
    entries = [
        (c, m)
        for c, m in zip(kept, mentions, strict=True)
        if c.trigger.token.lemma_.lower() in ENTRY_VERBS and c.trigger.token.pos_ == "VERB"
    ]
    if not entries:
        return
    for c, m in zip(kept, mentions, strict=True):
        if m.event_type not in DONE_TO_PEOPLE or m.modality != "asserted":
            continue
        for ec, em in entries:
            if ec is c or em.event_type == m.event_type:
                continue
            if not _joined_after(c.trigger.token, ec.trigger.token):
                continue
            if m.confidence <= em.confidence:
                m.confidence = round(min(1.0, em.confidence + ABOVE), 3)
                m.explanation += "; " + explain(
                    "mention.entry_means", word=c.trigger.token.text, entry=ec.trigger.token.text
                )
            break


# a complaint or an inquiry about an act told as done (rule filter.reported_act): criticism,
# official complaint, investigation (CAMEO 111, 114, 090)
REPORTED_ABOVE = 0.01  # how far the act told ranks above the complaint about it
# criticism and investigation (CAMEO 111, 090); an official complaint made to a state (114:
# "protested to X over the raids", "summoned the envoy over the arrest") is itself the
# diplomatic act the sentence reports, addressed to the side it holds answerable
FIRST_OVER_FRAMES = ("111", "090")


def reported_act_first(kept: list[Candidate], mentions: list[Mention]) -> None:
    """Raise, in place, an asserted act of force or coercion that a complaint or an inquiry of
    the same sentence names as done ("the envoy condemned *the killing* of two farmers", "police
    are investigating *the abduction* of a teacher"; rule filter.reported_act) just above the
    complaint's reading: the act is what happened, the complaint a reaction to it, so the act is
    the sentence's main event (rule mention.reported_act_first). Both stay coded; an act the
    complaint only alleges, plans or denies is no reported act at all. The act outranks the
    complaint in the story's opening sentence (a snippet, a headline, a lead), where no reading
    is dropped for a low confidence; further down the ranking is left as it is."""
    by_token = {c.trigger.token.i: m for c, m in zip(kept, mentions, strict=True)}
    for c, m in zip(kept, mentions, strict=True):
        frame = c.reported_in
        if frame is None or m.event_type not in DONE_TO_PEOPLE or m.modality != "asserted":
            continue
        if m.sentence >= LEAD_SENTENCES:
            # further down a story the act's calibrated confidence may be low (an act with no
            # doer named, a noun deep in a clause): ranked first, it would cap the complaint's
            # confidence below the output threshold (calibration.keep_order, drop_unsure),
            # which spares only the story's opening
            continue
        if not frame.cameo.code.startswith(FIRST_OVER_FRAMES):
            continue  # "protested to X over the raids": the complaint to a state is the act
        fm = by_token.get(frame.token.i)
        if fm is None or fm is m or fm.event_type == m.event_type:
            continue
        if _from_abroad(fm, m):
            continue  # "Ruritania decried the shooting of its citizens abroad": diplomacy
        if m.confidence <= fm.confidence:
            m.confidence = round(min(1.0, fm.confidence + REPORTED_ABOVE), 3)
            m.explanation += "; " + explain(
                "mention.reported_act_first",
                word=c.trigger.token.text,
                frame=frame.token.text,
            )


# codes of bodies that are no state (data/actors: UN organs, the EU, other international
# bodies, NGOs, companies): their complaints speak for no foreign state
NOT_STATES = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})


def _from_abroad(frame: Mention, act: Mention) -> bool:
    """Whether a state complains of an act done in another state ("Ruritania decried the
    shooting of its citizens in Freedonia"), or a state named as itself complains (a
    country's name, no office or body of it): the complaint is a diplomatic act between states,
    the sentence's main event; a complaint by an office, a body or a group at home, or by an
    international body, is not."""
    states = {a.country for a in frame.actor if a.country and a.country not in NOT_STATES}
    if any(a.country in states and not a.sector for a in frame.actor):
        return True  # "Ruritania decried ...": the state itself speaks, to other states
    where = act.location.country if act.location is not None else None
    place = {where} if where else {a.country for a in act.recipient if a.country}
    return bool(states) and bool(place) and not states & place
