"""Dates of events told in a clause of another event (rules ``date.counted_back``,
``date.before_event``) and of events a participle clause describes (rule ``date.shared``).

An "after" or "since" clause tells what happened *before* the event it hangs on: "Troops
launched exercises on Monday, *after Beijing held drills*": the drills were not on Monday. When
the clause counts the time ("*a day after* Hamas fired rockets", "*two days after* they
protested", "*hours after*"), the day is counted back from the main event's day. When it does
not ("after", "days after"), the day is unknown: the event is dated to the main event's month
only when a week before that day still lies in the same month (English uses a bare "after" or
"days after" for what happened shortly before), and left undated otherwise; a "since" clause or
"weeks/months/years after" names a starting point further back, and is left undated.

A participle or simultaneous clause ("Students clash with police *firing* tear gas ... on 3 May",
"doctors march, *demanding* pay, on 2 May", "farmers protest *as* police fire water cannon on
12 February"), or a noun event the main one happened in ("killed five militants *in a raid* on
Tuesday"), describes the same scene: when only it carries date words, they date the main event
too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from communique.coding.syntax import appositive_anchor
from communique.coding.verb_arguments import joined_to_subordinate
from communique.vocabulary import words

EARLIER_MARKS = ("after", "since")
# a time counted back: unit -> days ("hours after" is the same day)
_UNIT_DAYS = {"second": 0, "minute": 0, "moment": 0, "hour": 0, "day": 1, "week": 7}
_LONG_UNITS = ("month", "year", "decade", "century")
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}  # fmt: skip
SHORT_BEFORE_DAYS = 7  # "after" or "days after" uncounted: at most about a week before
# a clause of the same scene: a participle, or a finite clause marked as simultaneous
SAME_TIME_MARKS = ("as", "while", "when")
SCENE_PREPS = ("with", "amid", "amidst")
# a noun event the main one happened in ("killed five militants *in a raid* on Tuesday")
SETTING_PREPS = ("in", "during", "amid", "amidst")
# a gathering or meeting the dated act was done at ("arrested 30 people *at a rally* on Tuesday")
HELD_AT_PREPS = words("held_at_preps")


@dataclass(frozen=True)
class EarlierClause:
    """An "after"/"since" clause (or preposition) that an event is told in."""

    mark: str  # "after", "since"
    words: str  # the words that say it: "a day after", "days after", "since"
    head: Token  # the word the clause hangs on (the main event's verb)
    first: int  # the clause's first and last token
    last: int
    days: int | None  # counted back: days before the main event; None when not counted
    long: bool  # "weeks/months/years after", "since": further back than a week
    years: int | None = None  # counted back in years: "40 years after", "a decade since"


def _verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _counted_years(unit: str, parts: list[Token]) -> int | None:
    """The years that "40 years", "a decade", "two decades" count (None: not counted)."""
    n = next((int(p.lower_) for p in parts if p.lower_.isdigit()), None)
    if n is None:
        n = next((_COUNT[p.lower_] for p in parts if p.lower_ in _COUNT), None)
    if not n:
        return None
    if unit == "century":  # "a century after", "half a century since" (rule date.counted_century)
        half = any(q.lower_ == "half" for p in parts for q in (p, *p.children))
        return n * (50 if half else 100)
    return n * (10 if unit == "decade" else 1)


def _count(words: Token) -> tuple[int | None, bool, str, int | None]:
    """'a day', 'two days', 'hours', 'weeks' (an npadvmod before "after"): days counted back
    (None when not counted), whether the time is long, the words, and the years counted back
    ("40 years", "a decade": None for other units)."""
    unit = words.lemma_.lower() if words.lemma_ else words.lower_
    unit = unit.rstrip("s") if unit not in _UNIT_DAYS else unit
    parts = [c for c in words.children if c.dep_ in ("det", "nummod", "amod", "quantmod", "predet")]
    text = " ".join(t.text for t in sorted([*parts, words], key=lambda t: t.i))
    if unit in _LONG_UNITS:
        years = _counted_years(unit, parts) if unit in ("year", "decade", "century") else None
        return None, True, text, years
    if unit not in _UNIT_DAYS:
        return None, False, text, None
    if _UNIT_DAYS[unit] == 0:  # "hours after", "minutes after", "moments after": that day
        return 0, False, text, None
    n: int | None = None
    for p in parts:
        if p.lower_.isdigit():
            n = int(p.lower_)
        elif p.lower_ in _COUNT:
            n = _COUNT[p.lower_]
    if n is None and words.tag_ == "NN" and any(p.lower_ == "the" for p in parts):
        # "*the day after* police arrested X": one day (one week) before (rule
        # date.day_after_clause)
        n = 1
    if n is None:  # "days after", "weeks after", "a few days after"
        return None, unit == "week", text, None
    return n * _UNIT_DAYS[unit], False, text, None


def background_relative(verb: Token | None, expr: object, published: date | None) -> bool:
    """Whether date words belong to a relative clause that tells a past act of its own, long
    before publication: the clause's verb is in the simple past with a subject of its own
    ("a tactic *it used in 2020*", "the deal *which Washington left in 2018*"), and the date
    is history (``dates.is_history``). Such words date that act, not the event the clause's
    noun hangs on; a recent day ("firms that *supplied* drones on Tuesday") may still be a
    misparsed day of the main verb and is left to it."""
    from communique.coding.dates import is_history, resolve

    if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD" or published is None:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    resolved = resolve(expr, published, False)  # type: ignore[arg-type]
    return resolved is not None and is_history(resolved, published, True)


def earlier_clause(tok: Token) -> EarlierClause | None:
    """The "after"/"since" clause (or "after" preposition: "hours after *the attack*") that the
    event word ``tok`` is told in, if any."""
    if joined_to_subordinate(tok):  # "said Y had X since ... *and called on* Z": the sayer's
        return None  # statement, joined to the report, not told in the clause
    cur = tok
    body: Token | None = None  # the verb hung on an apposition's noun
    for _ in range(5):
        if _verb(cur) and cur.dep_ == "advcl":
            mark = next(
                (c for c in cur.children if c.dep_ == "mark" and c.lower_ in EARLIER_MARKS), None
            )
            if mark is None and cur.tag_ in ("VBD", "VBN"):
                counted = _counted_prep(cur)  # "a day after X accused Y", 'after' read as a prep
                if counted is not None:
                    return _clause(counted[1], counted[1], cur.head, cur, counted[0])
            if mark is None or cur.tag_ not in ("VBD", "VBN"):
                return None  # "since he *refuses*": a reason, not a time
            if _counter(cur.head) and cur.head.i < mark.i and cur.head.head.i != cur.head.i:
                # "visited X, *a century* after Y shelled ...": the parser hangs the clause on
                # the counted time, itself hung on the main verb (rule date.counted_century)
                return _clause(mark, cur, cur.head.head, cur, cur.head)
            return _clause(mark, cur, cur.head, cur)
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in EARLIER_MARKS:
            prep = cur.head
            if prep.head.i == prep.i:
                return None
            if body is not None and prep.head.dep_ == "npadvmod" and prep.head.i < prep.i:
                # "a day after Mali's *minister*, X, *accused* Y" with the verb hung on the
                # minister: the clause hangs on the verb the counted time does
                return _clause(prep, prep, prep.head.head, body, prep.head)
            return _clause(prep, prep, prep.head, cur)
        if _verb(cur) and cur.dep_ == "acl" and appositive_anchor(cur) is not None:
            body = cur
            cur = appositive_anchor(cur)
            continue
        if _verb(cur) and cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBN"):
            mark = next(
                (c for c in cur.children if c.dep_ == "mark" and c.lower_ in EARLIER_MARKS), None
            )
            if mark is not None:  # "X came after A, *and a day after* B shelled ...": the
                # second "after" clause read as a conjunct of the verb it hangs on
                return _clause(mark, cur, cur.head, cur)
        if _verb(cur) and cur.dep_ != "conj":
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def clause_count(span: Span) -> bool:
    """Whether date words are the count of a clause they open, not a time of their own:
    "*the day after* police arrested a singer", "*a day before* the navy seized two boats"
    (the words end with "after" or "before", the mark of the clause's verb). They say how far
    the clause's act lies from the act the clause hangs on; counted from publication or the
    story's day they would date both wrongly (rule date.day_after_clause)."""
    last = span[-1]
    return (
        last.lower_ in ("after", "before")
        and last.dep_ == "mark"
        and last.head.pos_ in ("VERB", "AUX")
        and last.head.i > last.i
    )


def _counted_prep(verb: Token) -> tuple[Token, Token] | None:
    """ "*a day after* X accused Y" with 'a day' an adverbial of the verb and 'after' a
    preposition of 'day': the counted time and the preposition."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.i < verb.i:
            prep = next(
                (p for p in c.children if p.dep_ == "prep" and p.lower_ in EARLIER_MARKS), None
            )
            if prep is not None:
                return c, prep
    return None


def _counter(tok: Token) -> bool:
    """A counted time before "after": an adverbial noun, or a unit of time the parser left
    unattached ("*minutes* after X objected", read as 'dep')."""
    return tok.dep_ == "npadvmod" or (
        tok.dep_ == "dep" and tok.lemma_.lower() in _UNIT_DAYS and tok.pos_ == "NOUN"
    )


def _clause(
    mark: Token, holder: Token, head: Token, body: Token, counter: Token | None = None
) -> EarlierClause:
    """The clause of ``mark`` (a mark of ``holder``, or the preposition itself)."""
    counter = counter or next(
        (c for t in (holder, mark) for c in t.children if _counter(c) and c.i < mark.i),
        None,
    )
    if counter is None and head.i < mark.i:  # "it came *a day* after X shelled ...": the
        # parser hangs the counted time on the main verb, right before the mark
        counter = next(
            (c for c in head.children if c.dep_ == "npadvmod" and c.right_edge.i == mark.i - 1),
            None,
        )
    if counter is None and mark.lower_ == "since" and head.i < mark.i:
        # "to mark *30 years* since X shelled ...", "it is *a decade* since ...": the years
        # counted are the object of the verb the clause hangs on
        counter = next(
            (
                c
                for c in head.children
                if c.dep_ in ("dobj", "attr")
                and c.lemma_.lower() in ("year", "decade")
                and c.right_edge.i == mark.i - 1
            ),
            None,
        )
    days, long, count_words, years = (None, False, "", None) if counter is None else _count(counter)
    words = f"{count_words} {mark.lower_}".strip()
    if counter is None and own_step(mark, body):  # "shook hands *after signing* a deal": the
        days, words = 0, f"{mark.lower_} {body.text}"  # doer's step just before, that day
    if mark.lower_ == "since":
        days, long = None, True
    first = min(mark.i, counter.i if counter is not None else mark.i, body.left_edge.i)
    return EarlierClause(
        mark.lower_, words, head, first, max(body.right_edge.i, mark.i), days, long, years
    )


def own_step(mark: Token, body: Token) -> bool:
    """ "after" with a gerund of no subject of its own ("met the press *after signing* the
    deal"): the doer's own step just before, in the same scene (English grammar: the gerund
    takes the subject of the clause it hangs on)."""
    return (
        mark.lower_ == "after"
        and body.dep_ == "pcomp"
        and body.tag_ == "VBG"
        and body.head.i == mark.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in body.children)
    )


def before_event(
    clause: EarlierClause, anchor: str | None, precision: str | None
) -> tuple[str | None, str | None]:
    """The date of an event told in ``clause`` when the event it hangs on is dated ``anchor``
    (at ``precision``): counted back, the month of a day shortly before, or unknown."""
    if not anchor or not precision:
        return None, None
    if clause.years is not None and anchor[:4].isdigit():
        # "gathered on Sunday, *40 years after* agents bombed a jet": that many years back
        return f"{int(anchor[:4]) - clause.years:04d}", "year"
    if precision != "day":
        return (None, None) if clause.long else (anchor, precision)
    try:
        day = date.fromisoformat(anchor[:10])
    except ValueError:
        return None, None
    if clause.days is not None:
        moved = day - timedelta(days=clause.days)
        if clause.days < 7:
            return moved.isoformat(), "day"
        return f"{moved.year:04d}-{moved.month:02d}", "month"
    if clause.long:
        return None, None
    month = month_shortly_before(day)
    return (month, "month") if month else (None, None)


LASTING_VERBS = words("lasting_verbs")
HOUR_WORDS = ("hour", "night", "overnight")


FEW_DAYS = ("two", "three", "four", "five", "six", "seven", "several", "few", "2", "3", "4", "5",
            "6", "7")  # fmt: skip


def _hours(tok: Token) -> bool:
    """ "four *hours*", "into the *night*", "*overnight*": a stretch of hours; or "three
    *days*", "several days": a few days, whose last is the day of the act they led to."""
    if tok.lemma_.lower() == "day" and tok.lower_ == "days":
        return any(c.dep_ in ("nummod", "amod") and c.lower_ in FEW_DAYS for c in tok.children)
    return tok.lemma_.lower() in HOUR_WORDS or tok.lower_ in ("hours", "overnight")


def lasted_hours(noun: Token) -> bool:
    """Whether the event noun ``noun`` (talks, a meeting) is said to have lasted hours or a few
    days: "after *six hours of* talks", "after talks *that lasted four hours*", "talks
    *lasting* nine hours", "talks that *went on for* seven hours", "that *lasted into the
    night*", "*overnight* talks", "after *three days of* talks" (vocabulary lasting_verbs).
    Such an event ended just before the act it led to, on its day (rule date.lasted_before)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _hours(noun.head.head):
        return True  # "six hours of talks"
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in ("overnight", "all-night"):
            return True
        if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in LASTING_VERBS:
            continue
        for tok in child.subtree:
            if tok.i == child.i or not _hours(tok):
                continue
            # the stretch hangs on the lasting verb itself, or through "for"/"into"/"through"
            up = tok.head if tok.head.dep_ == "prep" else tok
            if up.head.i == child.i:
                return True
    return False


def month_shortly_before(day: date) -> str | None:
    """The month of what happened shortly (up to ``SHORT_BEFORE_DAYS``) before ``day``, when
    that week lies in ``day``'s month."""
    early = day - timedelta(days=SHORT_BEFORE_DAYS)
    if (early.year, early.month) == (day.year, day.month):
        return f"{day.year:04d}-{day.month:02d}"
    return None


def held_at(noun: Token, main: Token, ending_verbs: frozenset[str]) -> bool:
    """Whether the noun event ``noun`` is going on when the act ``main`` is done in it or to
    end it: "arrested 30 people *at a rally* ... on Tuesday", "detained dozens *during a
    sit-in*", "fired stun grenades on Tuesday *to clear a march*" (a purpose infinitive of a
    verb of ``ending_verbs``, vocabulary dispersal_verbs). Then the noun, with no date words of
    its own, takes the act's (rule date.shared)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj":
        prep = noun.head
        return prep.lower_ in HELD_AT_PREPS and prep.head.i == main.i and _verb(main)
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    return (
        verb.dep_ in ("advcl", "xcomp")
        and verb.head.i == main.i
        and verb.lemma_.lower() in ending_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def scene_of(sub: Token, main: Token) -> bool:
    """Whether ``sub`` is a participle or simultaneous clause of the scene ``main`` tells:
    "clash with police *firing* ...", "march, *demanding* ...", "protest *as* police fire"."""
    if sub.pos_ in ("NOUN", "PROPN") and sub.dep_ == "pobj":  # "killed five *in a raid* on ..."
        return sub.head.lower_ in SETTING_PREPS and sub.head.head.i == main.i
    if sub.pos_ in ("NOUN", "PROPN") and sub.dep_ == "dobj":  # "fire *water cannon*"
        sub = sub.head
    noun = sub.head
    if (
        sub.dep_ == "acl"
        and sub.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in sub.children)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in SETTING_PREPS
        and noun.head.head.i == main.i
    ):
        # "freed him *yesterday* in an exchange *mediated by* Oman", "signed it during talks
        # *hosted by* Qatar": the happening the event took place in, and what its doer did
        # in it, is the event's own time
        return True
    marks = {c.lower_ for c in sub.children if c.dep_ == "mark"}
    # a present participle: what went on in the scene ("a man *accused* of ..." tells of
    # something else)
    participle = sub.tag_ == "VBG" and not marks
    scene = (
        (sub.dep_ in ("acl", "advcl") and participle)
        or (sub.dep_ == "advcl" and bool(marks) and marks <= set(SAME_TIME_MARKS))
        or (sub.dep_ == "pcomp" and sub.tag_ == "VBG" and sub.head.lower_ in SCENE_PREPS)
    )
    if not scene:
        return False
    cur = sub
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == main.i:
            return True
        if _verb(cur) or cur.dep_ not in ("prep", "pobj", "dobj"):
            return False
    return False


# the relative words that open a clause set off by a comma ("the union, *which* Freedonia quit
# in 2019, ..."); "who" and "that" are left out: "who" is the clause's own subject
_ASIDE_RELATIVES = frozenset({"which", "whom", "whose", "where"})
_CLAUSE_ENDS = frozenset({",", ";", "—", "–", "(", ")", ":"})


def aside_relative(date_tok: Token, event: Token) -> Token | None:
    """The verb of a relative clause set off by a comma, with a subject of its own, that holds
    the date word ``date_tok`` and not the event word ``event`` ("the customs union, *which
    Freedonia quit in 2019*, asked ..."): such a clause tells its own act, of another doer,
    and its date words date that act, not the event outside it (rule date.aside_relative). Read
    from the words of the sentence, so that a misparsed clause is still one; None otherwise."""
    sent = date_tok.sent
    if event.sent != sent:
        return None
    opener = None
    for k in range(date_tok.i - 1, sent.start, -1):
        tok = date_tok.doc[k]
        if tok.text in _CLAUSE_ENDS:
            return None  # a comma or dash between the clause's opening and the date words
        if tok.lower_ in _ASIDE_RELATIVES and date_tok.doc[k - 1].text == ",":
            opener = tok
            break
    if opener is None:
        return None
    end = next(
        (t.i for t in sent if t.i > date_tok.i and t.text in _CLAUSE_ENDS), sent.end
    )  # the clause closes at the next comma, dash or bracket, or with its sentence
    if opener.i <= event.i < end:
        return None
    inside = [t for t in sent if opener.i < t.i < end]
    if not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("that", "which") for t in inside
    ):
        return None  # "the council, which met on Monday, ...": its subject is the noun itself
    verb = next((t for t in inside if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return None  # a past act of its own (a present tells a standing state, another rule)
    return verb


def across_semicolon(date_tok: Token, event: Token) -> bool:
    """Whether a semicolon stands between the event word and date words that come after it:
    the date words close the later of two clauses the semicolon joins ("nine herders were
    seized at the river; five came home *on 3 June*"), each with its own subject and time
    (rule date.other_clause)."""
    if event.sent != date_tok.sent or date_tok.i < event.i:
        return False
    return any(t.text == ";" for t in event.doc[event.i + 1 : date_tok.i])
