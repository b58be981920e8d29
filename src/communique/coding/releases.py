"""Who freed people when the story does not say: "The coast guard detained eleven fishermen.
... *The fishermen were released* on Wednesday": a release (CAMEO 0841) in the passive with no
"by" doer was made by the last party the story told taking people (an arrest, CAMEO 173, or an
abduction, 181): only who holds people can let them go (rule actor.releasing_captor). A guess
from the story, so it is explained and less sure than a doer the sentence names."""

from __future__ import annotations

from communique.actors.lexicon import country_name
from communique.coding.candidate import Candidate
from communique.coding.context_recipients import same_side
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import is_passive
from communique.model import Actor

RELEASE = "0841"  # CAMEO 0841: return, release person(s)
# how many sentences back a capture still explains a release
CAPTURE_REACH = 12


def releasing_captor(
    cand: Candidate, captures: list[tuple[int, list[Actor]]], index: int
) -> tuple[list[Actor], Because] | None:
    """The captors of the last capture told before sentence ``index`` (``captures``: newest
    last) for a passive release with no doer, not the released people's own side; or None."""
    tok = cand.trigger.token
    code = cand.cameo_code
    if code != RELEASE or cand.actors or tok.pos_ != "VERB" or not is_passive(tok):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    for at, captors in reversed(captures):
        if index - at > CAPTURE_REACH or at >= index:
            continue
        if cand.recipients and same_side(captors, cand.recipients):
            continue  # its own people set free: not the captor's release
        who = ", ".join(a.text or a.code or "" for a in captors)
        return list(captors), Because.of(
            "actor.releasing_captor", verb=tok.text, who=who, n=str(index - at)
        )
    return None


HELD_PREPS = ("in", "inside")


def release_place(
    resolver: ArgumentResolver, cand: Candidate
) -> tuple[list[Actor], Because] | None:
    """A passive release with no "by" doer and no capture told before ("two Ruritanian
    nurses *kidnapped in Freedonia* have been released", "a Ruritanian held in Freedonia
    was freed on Tuesday"): the state where they were held, named on the verb, on the
    released people or on the participle or clause that tells their capture; never the
    released people's own state, and only when their state is known (rule
    actor.release_place). With no place named the story's states are no safe guess. A guess,
    explained, as the releasing captor is."""
    tok = cand.trigger.token
    if cand.cameo_code != RELEASE or cand.actors or tok.pos_ != "VERB" or not is_passive(tok):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    own = {a.country for a in cand.recipients if a.country}
    if not own:  # whose people were freed is not known: no side to tell the place from
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    holders = [tok, *subjects]
    holders += [g for s in subjects for g in s.children if g.dep_ in ("acl", "relcl")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in HELD_PREPS]
    for prep in preps:
        if (hit := resolver.first_state(prep.subtree, own)) is not None:
            t, iso = hit
            break
    else:  # no place named: the story's states are no safe guess of the holder
        return None
    where = f"'{prep.text} {t.text}'"
    name = country_name(iso) or iso
    why = Because.of("actor.release_place", verb=tok.text, where=where, iso=iso)
    return [Actor(text=name, name=name, country=iso)], why
