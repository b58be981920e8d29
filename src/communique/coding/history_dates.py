"""History dated by its own words (issue #12, item 4; branch history43).

Three ways news dates background history that the other date rules miss:

- a sentence that opens with its date words ("*In 2016*, X was arrested in Y; he was later
  jailed") sets the whole sentence in that time: a past-tense clause of it with no date words
  of its own (after a semicolon, too, where the parser hangs the first clause on the second)
  is of that year (rule ``date.sentence_lead``);
- an event noun with a year before it ("Chile's *2019 expulsion* of ...", "the *2012 student
  movement* shut down ...") names a happening of that year: the noun itself, and the
  happening's own course told by a past-tense verb of which it is the subject, are history of
  that year (rule ``date.year_noun``);
- a month named with "that year" ("in December *that year*") is that month of the year named
  just before, not the last such month before publication (rule ``date.month_that_year``).

Only dates well before publication (``dates.is_history``) are taken: what the words place in
the year of publication or later is left to the other rules.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from communique.coding.dates import ResolvedDate, date_spans, is_history, resolve
from communique.doctext import doc_text
from communique.vocabulary import words

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_PRESENT = ("VBZ", "VBP")
# nouns of happenings a year before them dates ("the 2015 earthquake", "the 2012 movement")
_HAPPENINGS = words("happening_nouns") | words("episode_nouns") | words("year_happening_nouns")
# written agreements and laws ("the 2015 accord"): what a clause on one tells may come later
_TEXTS = words("named_texts")
# words that may stand before a sentence's opening date words ("Back in 2014", "Then, in 2019")
_LEAD_OPENERS = frozenset({"back", "then", "earlier", "later", "also", "and", "but", "only"})
# "he was *later* jailed": after the time named, no date of its own
_LATER = frozenset({"later", "subsequently", "afterwards", "thereafter", "eventually"})
# "*When* X banned the party in 2025, ...": a clause opening the sentence sets its time
_CLAUSE_OPENERS = frozenset({"when", "after", "once", "as", "while"})
# "in December that year", "in March of that same year": the month's year named before
_THAT_YEAR = re.compile(r"^\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)


def _has_modal_or_present(tok: Token) -> bool:
    """The verb is in the present, or has a modal or present-tense auxiliary ("will ...",
    "has ...": a perfect tells a state up to now)."""
    if tok.tag_ in _PRESENT or tok.tag_ == "MD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.tag_ in _PRESENT)
               for c in tok.children)  # fmt: skip


def _simple_past_verb(tok: Token) -> bool:
    """A verb told in the past: "jailed" (VBD), "was jailed" (a passive past), not a present,
    a modal or a perfect of now."""
    if tok.pos_ not in ("VERB", "AUX") or _has_modal_or_present(tok):
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children
    )


def _in_quotation(tok: Token) -> bool:
    """An odd count of quotation marks before the word in its sentence."""
    before = doc_text(tok.doc)[tok.sent.start_char : tok.idx]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


# "X had banned the party in 2024; the party *appealed at once*": words that tie an act to the
# time of the clause before it in the sentence
_TIES = frozenset({"then", "immediately", "promptly", "later", "subsequently", "afterwards",
                   "thereafter", "soon", "also"})  # fmt: skip


def _tied(tok: Token) -> bool:
    """The verb has a word that ties it to the time just told: "then", "immediately", "later",
    "also", "at once"."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in _TIES:
            return True
        if (
            c.dep_ in ("prep", "advmod")
            and c.lower_ == "at"
            and any(g.lower_ == "once" for g in c.children)
        ):
            return True
        if c.lower_ == "once" and c.i > 0 and tok.doc[c.i - 1].lower_ == "at":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "at"
            and any(  # "rejected *at the time*"
                g.dep_ == "pobj"
                and g.lower_ in ("time", "moment")
                and any(d.dep_ == "det" and d.lower_ in ("the", "that") for d in g.children)
                for g in c.children
            )
        ):
            return True
    return False


def _opening_clause(sent: Span, span: Span) -> bool:
    """The date words lie in a clause that opens the sentence ("*When* X banned the party in
    2025, ...", "*After* X expelled the envoy in 2019, ..."), before its first comma."""
    if sent[0].lower_ not in _CLAUSE_OPENERS:
        return False
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is not None and span.end <= comma


def sentence_lead(tok: Token, published: date | None) -> ResolvedDate | None:
    """The date of the words that open the sentence of the event word ``tok`` ("In 2016, ...",
    "Back in March 2019 ...") when they lie well before publication and ``tok`` is a simple
    past with no date words of its own outside a quotation; or, whatever opens the sentence,
    of the date words of an earlier clause when the act is tied to them ("had banned it in
    March 2024; the party *appealed at once*"); None otherwise (rule date.sentence_lead)."""
    if published is None or not _simple_past_verb(tok) or _in_quotation(tok):
        return None
    sent = tok.sent
    spans = [(e, s) for e, s in date_spans(sent) if s is not None]
    if not spans:
        return None
    expr, span = min(spans, key=lambda es: es[1].start)
    if expr.kind in ("since", "range") or span.start <= tok.i < span.end:
        return None
    opening = [t for t in sent if t.i < span.start and not t.is_punct]
    leads = (
        not any(t.lower_ not in _LEAD_OPENERS for t in opening)
        and (span[0].lower_ in ("in", "on", "during", "by") or expr.kind == "month_year")
    ) or _opening_clause(sent, span)  # "In 2016", "When X did Y in 2019, ...": the time set
    if not leads and not (span.end <= tok.i and _tied(tok)):
        return None  # else only an act tied to an earlier clause's time ("... at once")
    after = tok.doc[span.end] if span.end < len(tok.doc) else None
    if after is not None and after.lower_ == "when":
        return None  # "In 2016, when ...": a clause of its own may tell a later time
    found = resolve(expr, published, False)
    if found is None or not found.date or not is_history(found, published):
        return None
    later = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _LATER), None)
    if later is not None:
        # "In 2017 X was arrested; he *was later sentenced*": after that time, when is not
        # said: history with no date (never the lead's year, nor the story's day)
        year = int(found.date[:4])
        return ResolvedDate(None, None, f"{expr.text.strip()} … {later.text}", span=(year, year))
    return ResolvedDate(found.date, found.precision, expr.text.strip())


def _year_of(noun: Token) -> Token | None:
    """The year written before an event noun ("Chile's *2019* expulsion", "the *2012* student
    movement")."""
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod") and _YEAR.match(c.text):
            return c
    for c in noun.children:  # "the 2013 farmers' strike": the year on the word before
        if c.i < noun.i and c.dep_ in ("compound", "poss"):
            for g in c.children:
                if g.i < c.i and g.dep_ in ("nummod", "compound", "amod") and _YEAR.match(g.text):
                    return g
    return None


def year_noun(tok: Token, published: date | None) -> ResolvedDate | None:
    """The year of the event noun ``tok`` ("Chile's 2019 expulsion of ...") or of the
    happening noun that is the subject of the past-tense verb ``tok`` ("the 2012 student
    movement *shut down* ..."), when it lies well before publication; None otherwise (rule
    date.year_noun)."""
    if published is None:
        return None
    noun = None
    if tok.pos_ == "NOUN" and _year_of(tok) is not None:
        noun = tok
    elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        # "the 2019 election *was followed by riots*": what followed the happening, that year
        verb = tok.head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if (
            verb.lemma_.lower() == "follow"
            and _simple_past_verb(verb)
            and subj is not None
            and subj.lemma_.lower() in _HAPPENINGS
        ):
            noun = subj
    elif (
        tok.dep_ == "relcl"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() not in _TEXTS  # "the 2015 accord, which X broke": later
        and tok.head.i != tok.i
        and _simple_past_verb(tok)
        and not _in_quotation(tok)
    ):  # "riots *in which* police killed a man", "the 2012 movement, which shut down ...":
        # the happening's own course
        return year_noun(tok.head, published)
    elif _simple_past_verb(tok) and not _in_quotation(tok):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _HAPPENINGS:
            noun = subj
    if noun is None:
        return None
    year = _year_of(noun)
    if year is None:
        return None
    found = ResolvedDate(year.text, "year", f"{year.text} {noun.text}")
    return found if is_history(found, published) else None


def month_that_year(
    expr: object, sentence_text: str, base: ResolvedDate | None, resolved: ResolvedDate | None
) -> ResolvedDate | None:
    """A month named with "that year" after it ("met in December *that year*"): that month
    in the year named before (``base``, coding.mention.year_named_before); None when the words
    are not so or no year was named (rule date.month_that_year)."""
    if base is None or not base.date or resolved is None or resolved.precision != "month":
        return None
    if getattr(expr, "kind", "") != "rel_month" or (getattr(expr, "groups", ()) or (None,) * 4)[2]:
        return None  # a month with its own year ("in December 2021") keeps it
    if not resolved.date or not _THAT_YEAR.match(sentence_text[getattr(expr, "end", 0) :]):
        return None
    text = f"{getattr(expr, 'text', '')} that year"
    return ResolvedDate(f"{base.date[:4]}-{resolved.date[5:7]}", "month", text)
