"""A protest or stoppage announced to begin later is a plan (rule modality.announced_start).

"The union *called* a strike *from Tuesday*", "farmers *declared* a boycott *as of* 9 May",
"nurses *set* a walkout *for next week*", "*announced* a sit-in *starting on* Friday": a
protest noun (vocabulary announced_protest_nouns) that is the object of a verb of announcing
or setting an act (vocabulary announcing_verbs), with a phrase that starts it at a time
(from, starting, beginning, commencing, as of, effective; 'for' a named day or month) or a
time that lies ahead (next, coming, tomorrow), has not begun when the story is told: its
modality is future (PLOVER's modality 'future': the event is announced as to happen), and the
day of its start phrase lies after publication (coding/mention.py resolves a future event's
days forward). The announcing itself is left as it was.

Not planned: "called off the strike" (negated), "the strike called last week paralysed the
port" (the strike is not the verb's object), "a strike began on Monday", "entered its second
day" (no verb of announcing), "called a strike on Monday" (no start phrase: the day may be the
call's or the strike's).

Sources: English grammar (a verb of announcing or arranging with a noun of an act and a
phrase of its start time names a scheduled act: Quirk et al., A Comprehensive Grammar of the
English Language, 4.58 on the future time of arranged events); the PLOVER manual's modality
values; CAMEO 14x (conduct strike or boycott) codes a strike held, not one called for later.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.dates import MONTHS, WEEKDAYS
from communique.vocabulary import words

PROTEST_NOUNS = words("announced_protest_nouns")
ANNOUNCING_VERBS = words("announcing_verbs")
START_WORDS = frozenset({"from", "starting", "beginning", "commencing", "effective", "as"})
COMING_WORDS = frozenset({"next", "coming", "tomorrow"})
PAST_WORDS = frozenset({"last", "ago", "yesterday", "earlier", "previous"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def _named_day(t: Token) -> bool:
    return t.lower_ in WEEKDAYS or t.lower_ in MONTHS or t.lower_ == "tomorrow"


def _timely(t: Token) -> bool:
    """A word a start phrase may be made of: a time word, or a preposition on the way."""
    return t.ent_type_ in TIME_ENTS or _named_day(t) or t.pos_ in ("ADP", "NUM")


def _start_phrase(time: Token, stops: tuple[Token, ...]) -> str:
    """The start phrase that puts ``time`` (a time word) on the act, read up its heads to one
    of ``stops`` (the noun or its verb), else ''."""
    around = [d.lower_ for d in time.subtree]
    if any(w in PAST_WORDS for w in around):
        return ""
    coming = any(w in COMING_WORDS for w in around)
    cur = time
    for _ in range(6):
        if cur in stops:
            return "coming" if coming else ""
        head = cur.head
        if head == cur:
            return ""
        low = head.lower_
        if not _timely(cur):
            return ""  # "declared the march from Friday *illegal*": no time is the phrase's word
        if low in START_WORDS:
            return low
        if low == "for" and (
            coming or _named_day(time) or any(_named_day(d) for d in time.subtree)
        ):
            return "for"
        if head.pos_ in ("VERB", "AUX") and head not in stops and low not in START_WORDS:
            return ""  # a clause of its own ("to demand pay on Monday")
        cur = head
    return ""


def announced_start(tok: Token) -> str:
    """The cue words when ``tok`` is a protest noun announced to begin at a coming time, else
    '' (rule modality.announced_start)."""
    key = tok.lemma_.lower()
    if key == "in" and any(c.lower_ == "sit" for c in tok.children):
        key = "sit-in"  # the parser splits "sit - in"
    if key not in PROTEST_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return ""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ANNOUNCING_VERBS:
        return ""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return ""  # "called off the strike": not held (negated elsewhere)
    if any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in verb.children):
        return ""  # "declared the march from Friday illegal": a judgement of it, no plan
    subject = {d.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for d in c.subtree}
    for t in verb.subtree:
        if t.i in subject or t.i == tok.i or (t.ent_type_ not in TIME_ENTS and not _named_day(t)):
            continue
        found = _start_phrase(t, (tok, verb))
        if found:
            return f"'{verb.text} … {tok.text} … {found}': an act set to begin [modality.announced_start]"
    return ""
