"""An act of force named only to say what something is (rule filter.characterised_act).

"This is a cowardly assault on our fishermen", "It was an act of aggression against a member":
a noun of force or coercion standing as the complement of "be" whose subject is a bare pronoun
(vocabulary characterising_subjects: this, that, it, these, those) tells what the speaker
calls an act told elsewhere in the story, not a new act, and least of all one by the speaker,
whom the coder would otherwise take as its doer. The act itself is coded where the story tells
it; the speaker's verdict on it is trigger.verdict's (a criticism, ACCUSE). Only for types of
force and coercion (vocabulary characterised_types): "This is a stern warning to X" is the
speaker's own warning, and "this is an appeal" the speaker's own appeal.

Source: general English usage (a predicate nominative renames its subject; Merriam-Webster,
"predicate nominative"); the PLOVER manual (ASSAULT and COERCE are done by their source, not
described by it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.model import Mention
from communique.vocabulary import words


def trigger_token(m: Mention, doc: Doc) -> Token | None:
    """The one token the trigger of ``m`` is, or None (several words, or offsets not in doc)."""
    ev = m.evidence
    if ev.trigger_start is None or ev.trigger_end is None:
        return None
    span = doc.char_span(ev.trigger_start, ev.trigger_end)
    return span[0] if span is not None and len(span) == 1 else None


def characterised_act(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a force or coercion noun that only renames a pronoun subject ("This is
    an attack on ...")."""
    if m.event_type not in words("characterised_types"):
        return False
    tok = trigger_token(m, doc)
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in words("characterising_subjects") for s in subjects)
