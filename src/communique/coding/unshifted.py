"""Reports whose tense cannot tell a claim from a fact (rule modality.unshifted_report).

In reported speech under a past verb of saying, English shifts a reported past act back ("Y said
X *had* opened fire"), and the coder reads that "had" as a claim (modality.cue). Two kinds of
report never shift: a direct quotation ("'X opened fire first,' Y said") and a report under a
present-tense verb of saying, as headlines and leads write them ("Y says X shelled its posts").
There a simple past (or present perfect) act is the speaker's own account, so when the speaker
is the state the act was aimed at (the shape ``SentenceCoder.counter_accusations`` reads as an
accusation), the act told is only claimed by its target, not a fact the story asserts.
"""

from __future__ import annotations

from spacy.tokens import Token

# quotation marks that open a direct quotation (straight, curly, single and double)
QUOTE_MARKS = frozenset({'"', "'", "“", "‘", "”", "’", "``", "''"})
PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _quoted(clause: Token, say: Token) -> bool:
    """The reported clause is a direct quotation set before its verb of saying."""
    if say.i < clause.i:
        return False
    start = clause.left_edge.i
    doc = clause.doc
    opening = doc[start - 1] if start > 0 else None
    first = doc[start]
    return (opening is not None and opening.text in QUOTE_MARKS) or first.text in QUOTE_MARKS


def unshifted_report(act: Token, say: Token) -> str | None:
    """The cue ("quoted", "'says'") when ``act``, a past act in the clause that ``say`` reports,
    stands in a report that cannot shift tense; else None."""
    if act.tag_ not in PAST_TAGS:
        return None
    clause = act.head if act.dep_ == "conj" else act
    if say.tag_ in PRESENT_TAGS:
        return f"'{say.text}' in the present"
    if _quoted(clause, say):
        return f"quoted before '{say.text}'"
    return None
