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
