"""Gapped clauses: "X pledged 300 million euros and *Y* 120 million", where the verb of the
second clause is left out and the parser reads its doer as one more object. Shared by the
actor finder and the coder; general English grammar (gapping)."""

from __future__ import annotations

from spacy.tokens import Token


def _counted(tok: Token) -> bool:
    return any(c.dep_ == "nummod" for c in tok.children)


def gapped_doer(tok: Token, conj: Token) -> bool:
    """Whether ``conj``, a name joined to the counted object ``tok``, is followed at once by
    another counted conjunct of ``tok``: the doer of a gapped clause, not one more object."""
    if conj.pos_ != "PROPN" or tok.pos_ != "NOUN" or not _counted(tok):
        return False
    if conj.right_edge.i + 1 >= len(conj.doc):
        return False
    nxt = conj.doc[conj.right_edge.i + 1]
    for _ in range(3):  # "120 million euros": from the number up to the counted noun
        if nxt.dep_ not in ("nummod", "compound", "quantmod"):
            break
        nxt = nxt.head
    return nxt.i != tok.i and nxt in tok.conjuncts and _counted(nxt)


def gapped_name(tok: Token) -> bool:
    """Whether ``tok`` is the doer of a gapped clause: a name joined to a counted object and
    followed by another counted one (``gapped_doer``), or a name the parser hung on the second
    counted object itself ("pledged 400 million euros and *Y* 150 million pounds", read as a
    modifier of 'pounds')."""
    if tok.pos_ != "PROPN":
        return False
    if tok.dep_ == "conj":
        return gapped_doer(tok.head, tok)
    noun = tok.head
    return (
        tok.dep_ in ("nmod", "compound")
        and tok.i == noun.left_edge.i
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].like_num
        and noun.pos_ == "NOUN"
        and noun.dep_ == "conj"
        and noun.head.pos_ == "NOUN"
        and _counted(noun)
        and _counted(noun.head)
    )
