"""The state whose voice a page speaks in: the writer's of a column, the issuer's of a release.

An opinion column says "our government", "our finance minister", "we signed the pact" in the
writer's own voice, outside any quotation; a press release run as news says "the Minister",
"the Ministry", "Government" for its issuer. Neither names the state: the page does, elsewhere.

- The writer's state (``writer_state``): the state a column's author note names ("X is an
  historian who once advised the finance ministry of Freedonia."), a first or last paragraph
  of at most ``NOTE_WORDS`` words whose first sentence presents a person with "is"; else the
  state the publisher's name names ("The Freedonia Herald"). None when neither names exactly
  one state. Rule resolve.writer_owner.
- The issuer's state (``issuer_state``): on a page that sets out a release
  (vocabulary release_markers: "press release", "statement issued by", "for
  immediate release"), the state the release names in the formula of a state's own government
  or ministry ("the Government of Freedonia", "Ministry of External Relations of Freedonia") more
  often than any other, else the state the publisher's name names. Rule
  mention.release_issuer.

Source: news style (an author note presents the columnist; a release names its issuer's state
in its header or in the formal name of its government). Branch genre45.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from communique.actors import lexicon as lx
from communique.actors.spans import is_state
from communique.doctext import doc_text
from communique.vocabulary import words

NOTE_WORDS = 60  # an author note is a short paragraph of its own
RELEASE_MARKERS = words("release_markers")
# "the Government of X", "Ministry of Foreign Affairs (and Trade) of X"
_OWN_FORMULA = re.compile(
    r"\b(?:Government|Ministry(?: of [A-Z][\w,' ]{2,60}?)?) of (?:the )?"
    r"((?:[A-Z][\w'-]+)(?: (?:and )?[A-Z][\w'-]+){0,3})"
)


def _states_in(text: str) -> list[str]:
    """The states ``text`` names by name, adjective or capital, in order, each once."""
    lex = lx.lexicon()
    texts = lx.tokenize(text)
    keys = [lx.norm(t) for t in texts]
    out: list[str] = []
    i = 0
    while i < len(keys):
        m = lex.match_at(keys, texts, i)
        if m and m[1].kind in lx.COUNTRY_KINDS and is_state(m[1].country):
            if m[1].country not in out:
                out.append(m[1].country)  # type: ignore[arg-type]
            i = m[0]
        else:
            i += 1
    return out


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, line))
        at += len(line) + 1
    return out


def _article(doc: Doc) -> object | None:
    return doc._.communique_article if Doc.has_extension("communique_article") else None


def publisher_state(doc: Doc) -> str | None:
    """The one state the page's publisher name names ("The Freedonia Herald"), or None."""
    publisher = getattr(_article(doc), "publisher", None)
    if not publisher:
        return None
    found = _states_in(publisher)
    return found[0] if len(found) == 1 else None


def author_note_state(doc: Doc) -> str | None:
    """The state a column's author note names: a first or last paragraph of at most
    ``NOTE_WORDS`` words whose first sentence is "<person> is ..." (the first state that
    sentence names), or None."""
    paras = _paragraphs(doc_text(doc))
    if len(paras) < 3:
        return None
    for at, para in (paras[0], paras[-1]):
        if len(para.split()) > NOTE_WORDS:
            continue
        span = doc.char_span(at, at + len(para), alignment_mode="expand")
        if span is None:
            continue
        sent = next(iter(span.sents), None)
        if sent is None or sent.root.lemma_ != "be":
            continue
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or not _person_name(subj):
            continue
        found = _states_in(sent.text)
        if found:
            return found[0]
    return None


def _person_name(subj: Token) -> bool:
    """Whether a subject is a person's name: tagged as a person, or a proper noun with a
    first name before it ("Jan Roe": the small model tags some surnames as places) that names
    no state ("South Africa")."""
    if subj.ent_type_ == "PERSON":
        return True
    if subj.pos_ != "PROPN" or not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children
    ):
        return False
    return not _states_in(subj.doc[subj.left_edge.i : subj.i + 1].text)


def writer_state(doc: Doc) -> str | None:
    """The state of the page's writer (see the module docstring), or None."""
    return author_note_state(doc) or publisher_state(doc)


def is_release(doc: Doc) -> bool:
    """Whether the page sets out a press release or an issued statement."""
    low = doc_text(doc).casefold()
    return any(m in low for m in RELEASE_MARKERS)


def issuer_state(doc: Doc) -> str | None:
    """The state of a release's issuer (see the module docstring), or None."""
    if not is_release(doc):
        return None
    counts: Counter[str] = Counter()
    for m in _OWN_FORMULA.finditer(doc_text(doc)):
        for iso in _states_in(m.group(1))[:1]:
            counts[iso] += 1
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return publisher_state(doc)
