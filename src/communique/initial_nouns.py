"""Initial common nouns: a capitalised event or weapon noun that opens a sentence, read as a noun.

spaCy's small model tags a capitalised word that opens a sentence as a proper noun when it does
not know it well as a common noun: "*Rockets* slammed into a town", "*Curfew* was imposed on
the district". A proper noun keeps its written form as its lemma ("Rockets"), so the trigger
lexicon, the sense rows and the list of subjects that are things ("a rocket hit X": no doer)
never see "rocket" or "curfew", and the event is lost or given to a doer called "Rockets".

This component re-tags such a word as a common noun (NNS for a plural, NN for a singular) when
its lower-case form, or the singular of a plural, is a noun the coder knows (a noun or
any-part-of-speech trigger of ``data/coding/triggers.tsv``, or a word of the
``not_actor_words`` list of things that are never doers): only the sentence's first word, only
when it is title-case and the word after it is not a proper noun too ("Strike Force Tango" is
a name). It runs right after the parser, before the attribute ruler and the lemmatizer, so the
part of speech and lemma come from the new tag; no character of the text changes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

_PROPER = ("NNP", "NNPS")
_OPENERS = ('"', "'", "“", "‘", "(", "-", "--", "—", "–")  # what may stand before the word


@lru_cache(maxsize=1)
def known_nouns() -> frozenset[str]:
    """Nouns the coder knows as events or things (lower-case lemmas)."""
    from communique.coding.lexicon import DATA_DIR, read_tsv
    from communique.vocabulary import words

    nouns = {
        row["lemma"].lower()
        for row in read_tsv(DATA_DIR / "triggers.tsv")
        if row.get("pos") in ("noun", "any") and " " not in row["lemma"]
    }
    return frozenset(nouns | set(words("not_actor_words")))


def common_tag(tok: Token) -> str | None:
    """The common-noun tag for a sentence-opening proper noun the coder knows as a common noun
    (NNS for a plural, NN for a singular), else None."""
    if tok.tag_ not in _PROPER or not tok.is_title or len(tok.text) < 4:
        return None
    sent = tok.sent
    before = [t for t in tok.doc[sent.start : tok.i] if not t.is_space]
    if any(t.text not in _OPENERS for t in before):
        return None
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.tag_ in _PROPER:
        return None  # "Strike Force Tango": a name of several words
    word = tok.lower_
    nouns = known_nouns()
    for singular in (word[:-2], word[:-1]) if word.endswith("s") else ():
        if singular in nouns and not (word.endswith("ss") or word.endswith("us")):
            return "NNS"
    return "NN" if word in nouns else None


@Language.component("communique_initial_nouns")
def initial_nouns(doc: Doc) -> Doc:
    for sent in doc.sents:
        tok = next((t for t in sent if not t.is_space and t.text not in _OPENERS), None)
        if tok is not None and (tag := common_tag(tok)) is not None:
            tok.tag_ = tag
            tok.pos_ = "NOUN"
    return doc
