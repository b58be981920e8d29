"""The days a story names for what has happened, so that its undated past-tense events can be
placed on the story's own day (rule ``date.story_reference``).

News tells one day's events together and names that day once or twice: "The ministers met *on
Tuesday* ... They signed a trade accord ... Both sides praised the talks." The later events
happened that Tuesday, not on the day the story was published. A story published the next
morning may also name the day only in its body, after a summary or a list of highlights that
says nothing of when.

``story_days`` reads every date expression outside the dateline whose clause is in a past tense
(not the past perfect, nor an "after"/"since" clause: those name the day of what happened
before the story's events) and that names a day at most ``REFERENCE_DAYS`` before publication (publication day included:
a story that moves on to "today" is back at its own day). ``reference_day`` then gives an event
the last such day named before it, or, when the story names none before it, the first day the
story names (the lead's day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from communique.coding.clause_dates import earlier_clause
from communique.coding.dates import find_dates, resolve
from communique.coding.mention import past_tense, pluperfect
from communique.coding.syntax import START_MARKERS, effect_words

REFERENCE_DAYS = 10  # days before publication at most (older days are background)
DAY_KINDS = frozenset(
    {"weekday", "relday", "mdy", "dmy", "iso", "holiday"}
)  # expressions that name one day


@dataclass(frozen=True)
class NamedDay:
    sent: int  # the sentence (its number in the story)
    char: int  # where the date words start in the story
    day: date
    text: str


def _past_clause(tok: Token) -> bool:
    """Whether the verb the date words hang on is in a past tense ("met *on Tuesday*", "has
    said", "were arrested"), and not one of what happened before the story's events: the
    past perfect ("had blocked a highway *on Monday*") or an "after"/"since" clause ("after
    Hamas fired rockets *on Sunday*")."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not past_tense(verb) or pluperfect(verb) is not None:
        return False
    return earlier_clause(tok) is None


def story_days(doc: Doc, published: date | None, dateline_chars: int) -> list[NamedDay]:
    """The days the story names for past events, in story order."""
    if published is None:
        return []
    out: list[NamedDay] = []
    for n, sent in enumerate(doc.sents):
        for expr in find_dates(sent.text, DAY_KINDS):
            if expr.kind not in DAY_KINDS or sent.start_char + expr.start < dateline_chars:
                continue
            span = doc.char_span(
                sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
            )
            if span is None or not _past_clause(span.root):
                continue
            if effect_words(span.root) not in ("", *START_MARKERS):
                continue  # "with effect from Tuesday": when a measure applies (date.effective)
            resolved = resolve(expr, published, future=False)
            if resolved is None or resolved.date is None or resolved.precision != "day":
                continue
            try:
                day = date.fromisoformat(resolved.date)
            except ValueError:
                continue
            if 0 <= (published - day).days <= REFERENCE_DAYS:
                out.append(NamedDay(n, sent.start_char + expr.start, day, expr.text))
    return out


def reference_day(days: list[NamedDay], char: int) -> NamedDay | None:
    """The day an undated past event at ``char`` took place: the last day named before it,
    else (a summary or highlights above the story) the first day the story names."""
    before = [d for d in days if d.char < char]
    if before:
        return before[-1]
    return days[0] if days else None
