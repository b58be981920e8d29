"""The doer of a headline's elliptical passive, from the story's own report of the act.

A headline or caption writes a passive without its auxiliary and without its doer ("Union
leader detained in capital"; ``communique.elliptical_passives``, rule parse.elliptical_passive);
the story's body then tells who did it ("Police detained the union leader on Monday"). An
event read from such a passive with no doer takes the doer of a later event of the same story
with the same type and CAMEO root whose target has the same head word (rule actor.story_doer);
with none, it stays unattributed. Cost: one pass over the story's events.
"""

from __future__ import annotations

from dataclasses import replace

from communique.coding.rules import explain, rule
from communique.model import Actor, Mention

ELLIPTICAL = f"[{rule('recipient.elliptical_passive')}]"
STORY_DOER = rule("actor.story_doer")


def _heads(actors: list[Actor]) -> set[str]:
    out = set()
    for a in actors:
        words = a.text.lower().split()
        if words:
            out.add(words[-1].removesuffix("s"))
    return out


def story_doers(mentions: list[Mention]) -> None:
    """Give each doer-less elliptical passive the doer of the story's later telling."""
    for m in mentions:
        if m.actor or ELLIPTICAL not in m.explanation:
            continue
        heads = _heads(m.recipient)
        for n in mentions:
            if n.sentence <= m.sentence or not n.actor or n.event_type != m.event_type:
                continue
            if (n.cameo or "")[:2] != (m.cameo or "")[:2] or n.modality not in (
                "asserted",
                "claimed",
            ):
                continue
            if not heads & _heads(n.recipient):
                continue
            m.actor = [replace(a) for a in n.actor]
            m.unattributed = False
            parts = [p for p in m.explanation.split("; ") if "[actor.unattributed" not in p]
            doer = " and ".join(a.text for a in n.actor)
            parts.insert(1, explain(STORY_DOER, doer=doer, sentence=n.sentence + 1))
            m.explanation = "; ".join(parts)
            break
