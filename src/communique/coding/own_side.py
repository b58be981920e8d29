"""A target that is the doer's own side (rule recipient.own_side): a denial's recipient read
from the denied clause ("denied that *its own* authorities had any role"), or a request's
recipient read from a nested phrase that names the doer's own nationals ("asked for access *to
its sailors*"), is who the act is about, not whom it is aimed at."""

from __future__ import annotations

from dataclasses import dataclass

from communique.coding.candidate import Candidate
from communique.coding.frames import is_denial
from communique.coding.rules import Because
from communique.coding.syntax import Arg
from communique.model import Actor
from communique.vocabulary import words

NON_STATE = words("non_state_codes")  # UNO, EUR, IGO ...: bodies, whose organs are not one side

NESTED_RULES = frozenset({"recipient.nested_prep", "recipient.noun_prep"})


@dataclass
class Cleared:
    """A denial's own-side recipient, put back when no accuser is found: a denial answering a
    domestic charge ('the commission denied that it had been biased') is aimed at home."""

    recipients: list[Actor]
    arg: Arg | None
    notes: list[Because]

    def restore(self, cand: Candidate) -> None:
        if not cand.recipients:
            cand.recipients, cand.recipient_arg = self.recipients, self.arg
            cand.recipient_notes = self.notes


def own_side_target(cand: Candidate) -> Cleared | None:
    """Clear a recipient that is only the doer's own state, when it was read from what a denial
    denies or from a nested phrase; the fallbacks (accuser, story counterpart) may then apply.
    For a denial, what to put back if no accuser is found."""
    home = {a.country for a in cand.actors if a.country and a.country not in NON_STATE}
    if not home or not cand.recipients or cand.recipient_arg is None or cand.joint:
        return None
    if not all(r.country in home for r in cand.recipients):
        return None
    rule = cand.recipient_arg.rule
    denial = cand.plover == "REJECT" and is_denial(cand.trigger.token)
    if denial:
        how = "what the denial denies"
    elif cand.plover == "REQUEST" and (
        rule in NESTED_RULES or (rule == "recipient.verb_prep" and _on_object(cand))
    ):
        how = "whom the request is about"
    else:
        return None
    saved = Cleared(cand.recipients, cand.recipient_arg, list(cand.recipient_notes))
    name = ", ".join(r.text for r in cand.recipients)
    cand.clear_recipients()
    cand.recipient_notes.append(Because.of("recipient.own_side", name=name, how=how))
    return saved if denial else None


def _on_object(cand: Candidate) -> bool:
    """The recipient's preposition hangs on the verb's object, not on the verb: "demanded
    consular access *to a Ruritanian pilot*" names what is asked for, not whom it is asked of."""
    assert cand.recipient_arg is not None
    verb = cand.trigger.token
    for head in cand.recipient_arg.heads:
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == verb.i:
            return False
        if prep.head.pos_ != "NOUN" or prep.head.head.i != verb.i:
            return False
    return bool(cand.recipient_arg.heads)


def own_body_target(cand: Candidate) -> bool:
    """Clear a recipient that is the doing body itself: "the chairperson of the AU Commission
    offered *the AU's* good offices", "the bloc's envoy called for *the bloc's* help": an
    international body or NGO (codes UNO, EUR, IGO, NGO) offering or asking for its own means
    is not the one its act is aimed at (rule recipient.own_body). A state's act on its own
    state stays (domestic acts are coded X to X). True when cleared; the fallbacks (the story's
    counterpart) may then apply."""
    if not cand.recipients or cand.joint:
        return False
    doers = {(a.country, a.name) for a in cand.actors if a.country in NON_STATE and a.name}
    if not doers or len(doers) != len(cand.actors):
        return False
    if not all((r.country, r.name) in doers for r in cand.recipients):
        return False
    name = ", ".join(r.text for r in cand.recipients)
    cand.clear_recipients()
    cand.recipient_notes.append(Because.of("recipient.own_body", name=name))
    return True
