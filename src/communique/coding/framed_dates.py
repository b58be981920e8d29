"""History told under a dated clause (rule ``date.framed_history``).

News recalls background in one sentence: "*In 2019* Chile closed Peru's consulate, and Peru
answered by *closing* Chile's", "*In July 2017* Chilean forces seized a trawler two weeks after
Peruvian marines helped *detain* a tanker", "... *in March 2021*, before a ceasefire brokered
with Brazilian *help*", "the *2015* bombing of an embassy, after which Chile *expelled* 40
diplomats". The date words belong to the clause above the event (or to the happening a "which"
clause tells the sequel of); the event, with no date words of its own, is part of the same
recalled episode. When those date words lie well before publication (history, rule
``modality.historical``), the event is history of that year too, not news of the publication
day. Only past acts (a past-tense verb, a participle or infinitive under one, an event noun):
a present-tense verb, a modal or a plan under the old clause tells something else.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from communique.coding.dates import ResolvedDate, date_spans, is_history, resolve
from communique.coding.verb_arguments import joined_to_subordinate
from communique.vocabulary import words

# "the 2015 bombing, *after which* ...": prepositions with "which" that tell a sequel or a part
# of the happening the clause hangs on
WHICH_TIME_PREPS = words("which_time_preps")
_PRESENT = ("VBZ", "VBP")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _attachment(span: Span, happening_year: bool) -> Token | None:
    """What date words hang on: the first verb above them; for a happening's year ("the 2015
    bombing") the noun it names."""
    cur = span.root
    while cur.head.i != cur.i:
        cur = cur.head
        if span.start <= cur.i < span.end:
            continue
        if happening_year:
            return cur if cur.pos_ in ("NOUN", "PROPN") else None
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _sequel_clause(clause: Token) -> bool:
    """A relative clause opened by a time preposition and "which" ("after which", "during
    which"): it tells what followed or happened in its noun's happening."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "prep"
        and c.lower_ in WHICH_TIME_PREPS
        and any(p.dep_ == "pobj" and p.lower_ == "which" for p in c.children)
        for c in clause.children
    )


def _path(tok: Token, top: Token) -> list[Token] | None:
    """The tokens from ``tok`` (excluded) up to ``top`` (included), or None when ``top`` is
    not above ``tok``."""
    path = []
    for anc in tok.ancestors:
        path.append(anc)
        if anc.i == top.i:
            return path
    return None


def _told_under(tok: Token, path: list[Token]) -> bool:
    """Nothing from the event up to the dated clause, that clause's own verb included, changes
    its time: no present tense, no modal ("the ban *would take effect* on June 1" is no old
    clause, whatever year its bare day resolves to), no perfect."""
    for t in [tok, *path]:
        if t.tag_ in _PRESENT or t.tag_ == "MD":
            return False
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in _PRESENT) for c in t.children):
            return False  # "will ...", "has ..." (a perfect: by now)
    return True


def _year_clause(span: Span, tok: Token) -> Token | None:
    """A year named as a noun with a clause of its own that tells the event: "recalls *2019,
    when* ... gave", "since *2019, when* ...", "*the 2019 crisis, in which* ..."; the noun."""
    nouns = list(span)
    nouns += [t.head for t in span if t.head not in nouns and t.head.pos_ == "NOUN"]
    above = {a.i for a in tok.ancestors} | {tok.i}
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "relcl" and c.i in above and c.i > noun.i:
                return noun
    return None


def framed_history(tok: Token, published: date | None) -> ResolvedDate | None:
    """The year of an old dated clause (or happening) the event word ``tok`` is told under,
    when it lies well before publication; None otherwise (rule date.framed_history)."""
    if published is None or tok.tag_ in _PRESENT or joined_to_subordinate(tok):
        return None  # "said Y had ... since 2019 *and called on* Z": told under the report
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBN", "VBG", "VB"):
        return None
    doc = tok.doc
    best: tuple[int, ResolvedDate] | None = None
    for expr, span in date_spans(tok.sent):
        if span is None or span.start <= tok.i < span.end:
            continue
        if expr.kind in ("since", "range"):
            continue
        if expr.kind == "year" and (own := _year_clause(span, tok)) is not None:
            # "recalls *2019, when* X gave him asylum", "*the 2019 crisis, in which* ...":
            # the clause told of the year itself, whatever tense the sentence is in
            path = _path(tok, own)
            if path and _told_under(tok, path[:-1]):
                found = resolve(expr, published, False)
                if found is not None and found.date and is_history(found, published):
                    year = ResolvedDate(found.date[:4], "year", expr.text.strip())
                    if best is None or len(path) < best[0]:
                        best = (len(path), year)
            continue
        if span[0].lower_ == "since" or (span.start > 0 and doc[span.start - 1].lower_ == "since"):
            continue  # "since 1990": a starting point, not the time of the clause
        happening_year = expr.kind == "year" and expr.text.split()[0].lower() in ("the", "a", "an")
        top = _attachment(span, happening_year)
        if happening_year and top is not None and top.dep_ == "nsubj" and top.head.tag_ == "VBD":
            # "*The 1968 protests* ended when troops opened fire": the happening's own course,
            # told in the past, is of its time
            top, happening_year = top.head, False
        if top is None or top.i == tok.i:
            continue
        path = _path(tok, top)
        if not path:
            continue
        if happening_year and not any(_sequel_clause(t) for t in [tok, *path[:-1]]):
            continue  # "the 2015 bombing": only its "after which" clause is of its time
        if not _told_under(tok, path):
            continue
        found = resolve(expr, published, False)
        if found is None or not found.date or not is_history(found, published):
            continue
        if best is None or len(path) < best[0]:
            year = ResolvedDate(found.date[:4], "year", expr.text.strip())
            best = (len(path), year)
    for top, year in _bare_years(tok):  # "recalls *2019*, when ...": a year as a noun
        path = [top] if top.i == tok.i else _path(tok, top)
        if not path or not _told_under(tok, path[:-1]):
            continue
        found = ResolvedDate(year.text, "year", year.text)
        if is_history(found, published) and (best is None or len(path) < best[0]):
            best = (len(path), found)
    return best[1] if best else None


def _bare_years(tok: Token) -> list[tuple[Token, Token]]:
    """Years written as nouns with no date words around them ("recalls *2019*, when ...",
    "*2019*, when ..., was ...") whose own clause tells the event ``tok``: (the token the
    event is told under, the year)."""
    out: list[tuple[Token, Token]] = []
    for anc in tok.ancestors:
        if (
            anc.tag_ == "CD"
            and _YEAR.match(anc.text)
            and any(
                c.dep_ == "relcl" and (c.i == tok.i or c in tok.ancestors) for c in anc.children
            )
        ):
            out.append((anc, anc))
    if out or tok.tag_ != "VBD":
        return out
    # "echoes 2015, when Brazil *expelled* ...", "recalls 2019, when A found ..., B resigned and
    # C *gave* ...": the "when" clause, or the rest of the list it opens, hung by the parser on
    # the (present-tense) verb the year is the object of
    for year in tok.sent:
        if year.i >= tok.i or year.tag_ != "CD" or not _YEAR.match(year.text):
            continue
        if year.dep_ not in ("dobj", "attr") or (path := _path(tok, year.head)) is None:
            continue
        top = path[-2] if len(path) > 1 else tok  # the clause right under the year's verb
        if top.dep_ not in ("advcl", "ccomp") or top.i < year.i:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBD", "VBN") for t in path[:-1]):
            continue
        when = [c for c in year.children if c.dep_ == "relcl" and _opens_with_when(c)]
        if when or _opens_with_when(top):
            out.append((year.head, year))
    # "recalls 2019, when A found ..., B resigned and C *gave* ...": the list the "when"
    # clause opens, misread as the sentence's main clause, is of that year too
    chain = [tok, *tok.ancestors]
    if not all(t.tag_ in ("VBD", "VBN") for t in chain if t.pos_ in ("VERB", "AUX")):
        return out
    for year in tok.sent:
        if year.i >= tok.i or year.tag_ != "CD" or not _YEAR.match(year.text):
            continue
        when = [c for c in year.children if c.dep_ == "relcl"
                and any(w.lower_ == "when" for w in c.children)]  # fmt: skip
        if when and when[0].i < tok.i and year.head in chain[-1].children:
            out.append((chain[-1], year))  # the year's clause hangs on the (misread) root
    return out


def _opens_with_when(clause: Token) -> bool:
    """The clause is opened by "when" ("..., *when* Brazil expelled two diplomats")."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children
    )
