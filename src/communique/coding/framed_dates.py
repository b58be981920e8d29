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
from communique.doctext import doc_text
from communique.vocabulary import words

SAY_VERBS = words("say_verbs")

# "the 2015 bombing, *after which* ...": prepositions with "which" that tell a sequel or a part
# of the happening the clause hangs on
WHICH_TIME_PREPS = words("which_time_preps")
_PRESENT = ("VBZ", "VBP")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# "2017, when X *cut* ties": a past spelled as the present, read by the parser as the present
INVARIANT_PAST = words("invariant_past_verbs")
ORIGIN_VERBS = words("origin_verbs")
# how long a state of affairs has lasted, a year or more: "year-long", "years-long", "decade-old",
# "long-running", "long-standing", "a two-year feud" (rule date.origin_clause)
_LASTING = re.compile(
    r"\b(?:years?|decades?)\s*-?\s*(?:long|old)\b|\blong\s*-?\s*(?:running|standing|lasting)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s*-\s*years?\b(?!\s*-?\s*olds?\b)",
    re.I,
)


def _when_clause(tok: Token) -> bool:
    """The verb's clause is opened by "when" ("..., *when* X cut ties")."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < tok.i
               for c in tok.children)  # fmt: skip


def _present(tok: Token) -> bool:
    """A present-tense verb, but for a past spelled as the present in a "when" clause
    ("2017, when X *cut* ties": vocabulary invariant_past_verbs)."""
    if tok.tag_ not in _PRESENT:
        return False
    return not (tok.tag_ == "VBP" and tok.lower_ in INVARIANT_PAST and _when_clause(tok))


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


def _told_under(tok: Token, path: list[Token], own_would: bool = False) -> bool:
    """Nothing from the event up to the dated clause, that clause's own verb included, changes
    its time: no present tense, no modal ("the ban *would take effect* on June 1" is no old
    clause, whatever year its bare day resolves to), no perfect. With ``own_would`` the event's
    own "would" (a future in the past, rule date.past_future) is let through."""
    for t in [tok, *path]:
        if _present(t) or t.tag_ == "MD":
            return False
        if any(
            c.dep_ == "aux"
            and (c.tag_ == "MD" or c.tag_ in _PRESENT)
            and not (own_would and t.i == tok.i and c.lower_ in PAST_FUTURE_MODALS)
            for c in t.children
        ):
            return False  # "will ...", "has ..." (a perfect: by now)
    return True


# the modals of a future seen from the past ("said it *would* sign", "was to sign")
PAST_FUTURE_MODALS = ("would", "'d")


def future_in_past(tok: Token) -> str | None:
    """The words that make the event word ``tok`` a future seen from the past: its own
    "would" ("announced that it *would sign*"), or "was"/"were" with a "to" infinitive ("weeks
    before X *was to initial* the accord"); None otherwise (rule date.past_future)."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in PAST_FUTURE_MODALS:
            return c.text
    head = tok.head
    if (
        tok.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return f"{head.text} to"
    return None


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


def framed_history(
    tok: Token, published: date | None, own_would: bool = False
) -> ResolvedDate | None:
    """The year of an old dated clause (or happening) the event word ``tok`` is told under,
    when it lies well before publication; None otherwise (rule date.framed_history). With
    ``own_would``, the event's own "would" does not stop the search (rule date.past_future)."""
    if published is None or _present(tok) or joined_to_subordinate(tok):
        return None  # "said Y had ... since 2019 *and called on* Z": told under the report
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBN", "VBG", "VB", *_PRESENT):
        return None  # (a present-tense one only as a past spelled as the present, above)
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
            if path and _told_under(tok, path[:-1], own_would):
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
        if not _told_under(tok, path, own_would):
            continue
        found = resolve(expr, published, False)
        if found is None or not found.date or not is_history(found, published):
            continue
        if best is None or len(path) < best[0]:
            year = ResolvedDate(found.date[:4], "year", expr.text.strip())
            best = (len(path), year)
    for top, year in _bare_years(tok):  # "recalls *2019*, when ...": a year as a noun
        path = [top] if top.i == tok.i else _path(tok, top)
        if not path or not _told_under(tok, path[:-1], own_would):
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


def origin_clause(
    tok: Token, published: date | None, words_at: int | None = None
) -> tuple[ResolvedDate, str, str] | None:
    """The act that began a lasting state of affairs, told in a "when" clause under a verb of
    beginning ("a year-long dispute that *began when* X put duties on Y", "the row *dates back
    to when* X expelled ..."): history of no year named, as "years ago" (rule
    date.origin_clause). Returns (the years it lies in, the words, how long the state has
    lasted), or None when the state is given no length of a year or more, or when the event's
    date words (``words_at``: their offset in the sentence's text) lie inside the clause."""
    if published is None:
        return None
    verb = tok
    for _ in range(3):  # a noun event: up through its object or preposition to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not _when_clause(verb):
        return None
    if words_at is not None:
        start = verb.sent.start_char
        end = verb.right_edge.idx + len(verb.right_edge) - start
        if verb.left_edge.idx - start <= words_at < end:
            return None  # "began when police fired *on Tuesday*": its own day
    if _present(verb) or verb.tag_ == "MD" or any(c.tag_ == "MD" for c in verb.children):
        return None
    head = verb.head
    back = False
    if verb.dep_ == "pcomp" and head.lower_ == "to":  # "dates back *to when* X expelled ..."
        head = head.head
        if head.lower_ == "back" and head.dep_ in ("advmod", "prt"):
            back, head = True, head.head
    if verb.dep_ not in ("advcl", "pcomp") or head.i == verb.i:
        return None
    back = back or any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in head.children)
    if head.lemma_ in ("date", "go", "trace") and back:
        length = f"'{head.text} back'"
    elif head.lemma_ in ORIGIN_VERBS and head.tag_ in ("VBD", "VBN"):
        if head.dep_ == "relcl":
            state = head.head
        else:
            state = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if state is None or state.pos_ not in ("NOUN", "PROPN"):
            return None
        top = state  # "a long-running quarrel over *trade* that began when": the whole phrase
        while top.dep_ in ("pobj", "compound") and top.head.pos_ in ("ADP", "NOUN", "PROPN"):
            top = top.head.head if top.head.pos_ == "ADP" else top.head
            if top.pos_ not in ("NOUN", "PROPN"):
                break
        words_before = state.doc[min(top.left_edge.i, state.left_edge.i) : state.i + 1].text
        found = _LASTING.search(words_before)
        if found is None:
            return None
        length = f"'{found.group(0)}'"
    else:
        return None
    years = ResolvedDate(None, None, f"{head.text} when", span=(1, published.year - 1))
    if not is_history(years, published):
        return None
    return years, f"{head.text} when {verb.text}", length


# verbs that tell a happening ended: "the occupation, *which ended in 2001*" (rule
# date.during_history)
_ENDED = ("end", "finish", "conclude")
# "throughout *decades of* army rule": spans of years a happening lasted, and how many years back
# they reach at least ("decades": twenty, as "decades ago")
_SPAN_NOUNS = {"years": 2, "decades": 20, "centuries": 100}


def _ended_year(noun: Token, published: date) -> ResolvedDate | None:
    """The year a happening noun's relative clause says it ended in, when well before
    publication ("the occupation, *which ended in 2001*")."""
    for clause in noun.children:
        if (
            clause.dep_ != "relcl"
            or clause.lemma_ not in _ENDED
            or clause.tag_ not in ("VBD", "VBN")
        ):
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i
        for expr, span in date_spans(noun.sent):
            if span is None or not (lo <= span.start and span.end - 1 <= hi):
                continue
            found = resolve(expr, published, False)
            if found is not None and found.date and is_history(found, published):
                end = int(found.date[:4])
                return ResolvedDate(None, None, expr.text.strip(), span=(1, end))
    return None


def during_history(tok: Token, published: date | None) -> tuple[ResolvedDate, str] | None:
    """An act with no date words of its own told as part of a happening the sentence places well
    before publication: the happening itself ("the occupation, *which ended in 2001*"), or an act
    "during" or "throughout" it ("burned villages *during the occupation, which ended in 2001*",
    "jailed critics *throughout decades of* army rule"): history of no year named (rule
    date.during_history). Returns (the years it lies in, the words), or None."""
    if published is None:
        return None
    if tok.pos_ == "NOUN" and (years := _ended_year(tok, published)) is not None:
        return years, f"{tok.text} that ended {years.text}"
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN") or _present(verb):
        return None
    if any(c.tag_ == "MD" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "throughout"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            years = _ended_year(noun, published)
            if years is not None:
                return years, f"{prep.text} the {noun.text} that ended {years.text}"
            back = _SPAN_NOUNS.get(noun.lower_)
            if (
                back is not None
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
                and not any(c.dep_ in ("nummod", "amod", "det") for c in noun.children)
            ):  # "throughout decades of army rule" (not "during the last two years of")
                found = ResolvedDate(None, None, f"{prep.text} {noun.text} of",
                                     span=(1, published.year - back))  # fmt: skip
                if is_history(found, published):
                    return found, found.text or ""
    return None


# words that tie a sentence's act to the episode the sentence before told: "Lima *then* withdrew
# its ambassador", "Its police *also* arrested ..." (rule date.background_sentence)
_SEQUEL_ADVERBS = frozenset({"also", "then", "subsequently", "thereafter", "afterwards"})
# date words that open their sentence: "*In 2019* the two states ...", "*Back in 2014* ..."
_FRONTED = re.compile(
    r"\W*(?:back\s+)?(?:(?:in|during|by|throughout)\s+)?(?:(?:early|late|mid)[\s-]+)?", re.I
)


def _simple_past(verb: Token) -> bool:
    """A past-tense verb with no perfect or modal: "recalled", "was detained"."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("has", "have", "had", "'s", "'ve"))
           for c in verb.children):  # fmt: skip
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
    )


def background_sentence(tok: Token, published: date | None, depth: int = 3) -> ResolvedDate | None:
    """ "*In 2019* the two states fell out over a pipeline. Ankara *also* recalled its
    ambassador": an act with no date words of its own, told in the simple past right after a
    sentence of the same paragraph whose past-tense main clause is dated only well before
    publication, belongs to that recalled episode when the sentence before opens with its date
    words or the act is tied to it ("also", "then"); its year (rule date.background_sentence).
    The sentence before may be dated so itself (a paragraph of background goes on in the time
    its first sentence set, until a sentence names another: ``depth`` sentences back at most),
    and a paragraph opened by a label of background ("Background:", "(Reference)": vocabulary
    background_labels) counts as opened with its date words. None otherwise: a sentence with
    date words, in another tense, or under a reporting verb."""
    found = _background_year(tok, published, depth)
    return found[0] if found is not None else None


def _background_year(
    tok: Token, published: date | None, depth: int
) -> tuple[ResolvedDate, bool] | None:
    """background_sentence's year and whether the episode opened with its date words (or a
    label); None when the act is not told as part of a dated episode just before."""
    if published is None:
        return None
    sent = tok.sent
    if sent.start == 0 or any(True for _ in date_spans(sent)):
        return None
    verb = tok
    for _ in range(3):  # a noun event: up to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not _simple_past(verb):
        return None
    if any(a.lemma_.lower() in SAY_VERBS for a in verb.ancestors):
        return None  # "..., the minister said": reported, of the day it was said
    if '"' in sent.text or "\u201c" in sent.text:
        return None
    doc = tok.doc
    before = doc[sent.start - 1].sent
    gap = doc_text(doc)[before.start_char : sent.start_char]
    if "\n" in gap[len(gap.rstrip()) :]:
        return None  # another paragraph (its break may end the sentence before)
    root = before.root
    if root.pos_ in ("NOUN", "PROPN"):  # "Ties frayed in 2016": the small parser's
        # noun root with the past tense as its participle (acl) right after it
        root = next(
            (c for c in root.children
             if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == root.i + 1
             and not any(a.dep_ in ("aux", "auxpass") for a in c.children)),
            root,
        )  # fmt: skip
    if not (
        _simple_past(root)
        # "the two neighbours *quarrelled*": a past the parser took for a bare participle
        or (root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children))
    ):
        return None
    found: ResolvedDate | None = None
    fronted = False
    for expr, span in date_spans(before):
        if expr.kind in ("since", "range") or expr.text.split()[0].lower() in ("the", "a", "an"):
            return None  # "since 2014": a state that goes on; "the 2015 accord": a name
        if span is not None and span.start > before.start and doc[span.start - 1].lower_ == "since":
            return None
        got = resolve(expr, published, False)
        if got is None or not got.date or not is_history(got, published):
            return None  # the sentence before dates something recent too
        found = ResolvedDate(got.date[:4], "year", expr.text.strip())
        fronted = fronted or _FRONTED.fullmatch(before.text[: expr.start]) is not None
    if found is None and depth > 1:
        # "In 2008 X invaded ... . Y cut ties with X. The UN imposed an embargo": the sentence
        # before is itself part of the episode; its year, and how the episode opened
        chained = _background_year(root, published, depth - 1)
        if chained is None:
            return None
        found, fronted = chained
    if found is None:
        return None
    # "Ties *frayed* in 2016. Freedonia shut its consulate ...": a sentence that tells how
    # an episode began opens it, as date words at its head do
    fronted = fronted or _labelled_paragraph(before) or root.lemma_.lower() in EPISODE_VERBS
    joined = [verb]  # "then suspended ... and *arrested*": the first verb's adverb ties both
    while joined[-1].dep_ == "conj" and len(joined) < 4:
        joined.append(joined[-1].head)
    tied = any(
        c.dep_ == "advmod" and c.lower_ in _SEQUEL_ADVERBS for v in joined for c in v.children
    )
    if not (tied or fronted):
        return None
    return found, fronted


BACKGROUND_LABELS = words("background_labels")
EPISODE_VERBS = words("episode_verbs")
# a label that opens a paragraph: "Background: ...", "(Reference) ...", "HISTORY - ..."
_LABEL = re.compile(r"\W*\(?\s*([A-Za-z]+)\s*(?:\)|:|\s[-\u2013\u2014])")


def _labelled_paragraph(sent: Span) -> bool:
    """Whether the paragraph of ``sent`` opens with a label of background (vocabulary
    background_labels): "Background: ...", "(Reference) ..."."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    m = _LABEL.match(text, start)
    return m is not None and m.group(1).lower() in BACKGROUND_LABELS
