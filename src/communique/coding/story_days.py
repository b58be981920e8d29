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

One act is often told more than once, with its day only once: "Ruritania imposed tariffs on
Freedonia ... Ruritania imposed the tariffs *on Monday*", or in a noun that carries its own date
words ("*Monday's* attack", "the *13 October* raid", "the attack *on Friday*"). ``noun_days``
reads those nouns; ``same_act_dates`` gives a mention with no day of its own (the publication
date, the story's day, a perfect's month, a background act's unknown date, or only a month)
the day another telling of the same act names (rule ``date.same_act``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from communique.actors.spans import ActorSpan
from communique.coding.captions import Captions, caption_present
from communique.coding.clause_dates import SETTING_PREPS, earlier_clause
from communique.coding.dates import (
    ResolvedDate,
    date_spans,
    is_history,
    named_days,
    resolve,
)
from communique.coding.mention import STATEMENT_ROOTS, past_tense, pluperfect, scene_verb
from communique.coding.rules import explain
from communique.coding.syntax import START_MARKERS, effect_words, first_conjunct
from communique.doctext import doc_text
from communique.model import Mention
from communique.vocabulary import words

REFERENCE_DAYS = 10  # days before publication at most (older days are background)
# a day named a week or more before the lead's day (the first the story names) is a look back
# ("The council confirmed the result *on October 27*"): it dates its own sentence, but the
# story's undated events after it are still those of the lead's days
LOOK_BACK_DAYS = 7


@dataclass(frozen=True)
class NamedDay:
    sent: int  # the sentence (its number in the story)
    char: int  # where the date words start in the story
    day: date
    text: str
    said: bool = False  # the words date a verb of saying ("X said *on Tuesday*")
    # the words open their sentence before its subject ("*In Riyadh on Monday*, the talks ..."):
    # they set the scene for the rest of their paragraph (rule date.statement_lead_day)
    fronted: bool = False
    caption: bool = False  # named in a caption's present or verbless line (date.caption_day)
    # the caption paragraph's (start, end): a caption's day holds only for the caption's own
    # text, never for the story's paragraphs around it (date.caption_day)
    within: tuple[int, int] | None = None


def _clause_verb(tok: Token) -> Token:
    """The verb that date words (their head ``tok``) hang on, a few heads up."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def issued_text(verb: Token) -> bool:
    """ "in a statement *released* on Wednesday": a participle describing an issued text
    (vocabulary issued_text_nouns); its date words name the day the text was issued, a day the
    story's later "..., the statement said" goes on telling (rule date.story_reference)."""
    return (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.lemma_.lower() in ISSUED_TEXT_NOUNS
    )


def subject_participle(verb: Token) -> bool:
    """ "The note, *delivered* on Wednesday, demands ...": a past participle with no auxiliary
    set off by a comma on the subject of its clause (or joined to one: "*submitted* on Tuesday
    and *published* yesterday") tells what was done to the thing the story is about, a past act
    of the story's own; its date words name a day of the story (rule date.story_reference). A
    participle on an object ("talks on a deal *signed* on Monday") names background and is
    left out."""
    verb = first_conjunct(verb, lambda t: t.head.tag_ == "VBN")
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i == 0:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass") and noun.i < verb.i and verb.doc[verb.i - 1].text == ","
    )


def page_stamp(verb: Token) -> bool:
    """ "*Posted:* October 29, 2026 10:12", "*Last updated* 29 October": a participle with no
    subject that stamps the page with its publication date (vocabulary
    publication_stamp_verbs), not a day the story names for what happened."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and verb.lower_ in PUBLICATION_STAMP_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _past_clause(tok: Token) -> bool:
    """Whether the verb the date words hang on is in a past tense ("met *on Tuesday*", "has
    said", "were arrested"), and not one of what happened before the story's events: the
    past perfect ("had blocked a highway *on Monday*") or an "after"/"since" clause ("after
    Hamas fired rockets *on Sunday*")."""
    verb = scene_verb(_clause_verb(tok))
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):  # "barred them from entering the country *on Wednesday*": the day of the barring
        verb = verb.head.head
    if issued_text(verb) or subject_participle(verb):
        return True
    if page_stamp(verb):
        return False
    if not past_tense(verb) or pluperfect(verb) is not None:
        return False
    return earlier_clause(tok) is None


def caption_clause(tok: Token) -> bool:
    """Whether date words (their head ``tok``) hang on a caption's simple present or on no
    verb at all ("Empty seats at the ministers' session *on Wednesday*."): the day the picture
    was taken, a day of the story's own (rule date.caption_day)."""
    verb = _clause_verb(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    return caption_present(verb) and earlier_clause(tok) is None


def story_days(
    doc: Doc, published: date | None, dateline_chars: int, captions: Captions | None = None
) -> list[NamedDay]:
    """The days the story names for past events, in story order (with ``captions``, the day
    words of a caption's present or verbless line too)."""
    if published is None:
        return []
    out: list[NamedDay] = []
    for n, sent in enumerate(doc.sents):
        for expr, resolved in named_days(sent.text, published):
            if sent.start_char + expr.start < dateline_chars:
                continue
            span = doc.char_span(
                sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
            )
            if span is None:
                continue
            caption = False
            within = captions.span(span.root.idx) if captions is not None else None
            if not _past_clause(span.root):
                caption = within is not None
                if not (caption and caption_clause(span.root)):
                    continue
            noun = dated_noun(span.root)
            if noun is not None and reaction_object(noun):
                continue  # "condemned *Monday's* attack": the day of what is reacted to
            if effect_words(span.root) not in ("", *START_MARKERS):
                continue  # "with effect from Tuesday": when a measure applies (date.effective)
            try:
                day = date.fromisoformat(resolved.date)  # type: ignore[arg-type]
            except ValueError:
                continue
            if 0 <= (published - day).days <= REFERENCE_DAYS:
                verb = _clause_verb(span.root)
                said = verb.lemma_.lower() in SAY_VERBS or issued_text(verb)
                out.append(
                    NamedDay(
                        n,
                        sent.start_char + expr.start,
                        day,
                        expr.text,
                        said,
                        fronted(sent, span),
                        caption,
                        within,
                    )
                )
    return out


def fronted(sent: Span, span: Span) -> bool:
    """Whether date words open their sentence as a scene-setting phrase closed by a comma,
    before the clause they belong to ("*On Tuesday* in Belgrade, the talks were tense", "In
    Riyadh *on Monday*, ..."): the sentence opens with them or a preposition, and no verb or
    comma comes before the comma that closes them."""
    if span.start > sent.start and sent[0].pos_ != "ADP":
        return False
    for tok in sent:
        if tok.i >= span.end and tok.text == ",":
            return tok.i + 1 < sent.end
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", '"', "“"):
            return False
    return False


# a live blog's entry opens a paragraph with its clock time and a dash: "09:45 — The army
# said ...", "**14:05** - ...", "10.30 GMT – ...", "6:50 p.m. ET — ...", or puts the time on a line of its own
# above the entry ("21.40 GMT", then the entry's paragraphs)
_ENTRY_STAMP = re.compile(
    r"(?:^|\n)[ \t*_]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4})?[ \t*_]*"
    r"(?:[—–-]\s|\n)",
    re.IGNORECASE,
)
MIN_ENTRIES = 2  # one stamped paragraph is a time in a story, two make a live blog


def live_entries(text: str) -> list[int]:
    """Where the time-stamped entries of a live blog start (none for other stories)."""
    starts = [m.end() for m in _ENTRY_STAMP.finditer(text)]
    return starts if len(starts) >= MIN_ENTRIES else []


def days_at(days: list[NamedDay], char: int) -> list[NamedDay]:
    """The story's days that may place an event at ``char``: a day named in a photo caption
    (a caption's day words, or a past sentence's inside a caption) places only the caption's
    own text, not the story's paragraphs before or after it (rule date.caption_day)."""
    return [d for d in days if d.within is None or d.within[0] <= char < d.within[1]]


def reference_day(
    days: list[NamedDay],
    char: int,
    paragraph: int = 0,
    entries: list[int] | tuple[int, ...] = (),
) -> NamedDay | None:
    """The day an undated past event at ``char`` took place: the last day named before it
    that is no look back (a week or more before the lead's day) and, when it is before the
    lead's day, is named in the event's own paragraph (which starts at ``paragraph``), else
    (a summary or highlights above the story) the first day the story names.

    A day before the lead's day named in an earlier paragraph tells what led up to the news
    ("The cable failed *on Monday* ..."); a later paragraph's undated reactions are again of
    the lead's day ("Finland detained the tanker on Tuesday", rule ``date.story_reference``).
    In a live blog (``entries``, from ``live_entries``) each time-stamped entry is a report of
    its own: only a day named in the event's own entry places it, else none (the entry's day,
    publication). A caption's day places only the caption's own text (``days_at``)."""
    days = days_at(days, char)
    entry = max((e for e in entries if e <= char), default=None)
    if entry is not None:
        days = [d for d in days if d.char >= entry]
        if not days or days[0].char > char:
            return None
    lead = days[0].day if days else None
    before = [
        d
        for d in days
        if d.char < char
        and (lead - d.day).days < LOOK_BACK_DAYS  # type: ignore[operator]
        and (d.day >= lead or d.char >= paragraph)  # type: ignore[operator]
    ]
    if before:
        return before[-1]
    return days[0] if days else None


# date words before a noun that date what it names: "*Monday's* attack", "the *13 October* raid"
POSSESSIVE = ("'s", "’s")
NOUN_DATE_DEPS = ("poss", "compound", "nmod", "npadvmod", "amod", "nummod")


def dated_noun(tok: Token, after: bool = False) -> Token | None:
    """The noun that date words (their head ``tok``) stand before and date ("*Monday's*
    attack", "*last weekend's* call", "the *March 2019* election"); with ``after`` also one
    they follow with "on" ("the attack *on Friday*", which may as well date the verb) or in a
    participle that describes it ("the tariffs *announced on Monday*")."""
    head = tok.head
    if tok.dep_ in NOUN_DATE_DEPS and head.pos_ == "NOUN" and tok.i < head.i:
        return head
    mark = next((c for c in tok.children if c.dep_ == "case" and c.i == tok.i + 1), None)
    if mark is not None and mark.lower_ in POSSESSIVE:  # "Monday's drills", however parsed
        for word in tok.doc[mark.i + 1 : mark.i + 4]:
            if word.pos_ != "ADJ":
                return word if word.is_alpha else None
    if not after:
        return None
    if tok.dep_ == "pobj" and head.lower_ == "on":  # "on 13 October": the words after "on"
        tok, head = head, head.head
    elif tok.dep_ == "prep" and tok.lower_ != "on":  # "on Friday" is the date words' own "on"
        return None
    if tok.dep_ not in ("prep", "npadvmod"):
        return None
    if head.pos_ == "NOUN" and tok.dep_ == "prep":
        return head
    # "the tariffs *announced on Monday*", "sanctions imposed Friday": the participle's day
    if head.tag_ == "VBN" and head.dep_ == "acl" and head.head.pos_ == "NOUN":
        return head.head
    return None


def reaction_object(noun: Token) -> bool:
    """Whether an event noun is what another verb is about ("condemned *Monday's attack*",
    "Monday's talks were praised"), not the scene the verb happened in ("*in Monday's raid*,
    troops killed ..."), nor its doer ("Monday's attack killed six")."""
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ not in (*SETTING_PREPS, "after", "since")


LATER_HAPPENING_PREPS = words("later_happening_preps")
ISSUED_TEXT_NOUNS = words("issued_text_nouns")
PUBLICATION_STAMP_VERBS = words("publication_stamp_verbs")


def later_happening(noun: Token) -> bool:
    """Whether a noun with date words of its own is a later happening an act came before
    ("*before next year's election*", "*ahead of Sunday's vote*", "*prior to* Monday's summit"):
    its day bounds the act, it is not the act's day."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in LATER_HAPPENING_PREPS:
        prep = prep.head  # "ahead of", "prior to"
    return prep.lower_ in LATER_HAPPENING_PREPS


@dataclass(frozen=True)
class NounDay:
    noun: Token  # the event noun the date words stand with
    sent: int  # its sentence (number in the story)
    date: str
    precision: str
    text: str


def noun_days(doc: Doc, published: date | None, dateline_chars: int) -> list[NounDay]:
    """Event nouns of the story with date words of their own, in story order (resolved as past:
    a noun names what is told about)."""
    if published is None:
        return []
    out: list[NounDay] = []
    for n, sent in enumerate(doc.sents):
        for expr, span in date_spans(sent):
            if sent.start_char + expr.start < dateline_chars or expr.kind in ("range", "since"):
                continue
            noun = dated_noun(span.root, after=True) if span is not None else None
            if noun is None:
                continue
            got = resolve(expr, published, future=False)
            if got is None or not got.date or not got.precision or got.date > published.isoformat():
                continue
            # "the tariffs on steel imports *announced on Monday*": the words may hang on the
            # noun of a phrase after the event noun, the parser's choice as much as the writer's
            outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
            for word in (noun, outer) if outer is not None and outer.pos_ == "NOUN" else (noun,):
                out.append(NounDay(word, n, got.date, got.precision, expr.text))
    return out


# date rules that give no day of the event's own: what ``same_act_dates`` may improve on
LOOSE_RULES = ("date.publication", "date.dateline", "date.story_reference",
               "date.statement_lead_day", "date.perfect", "date.before_event",
               "date.background_act")  # fmt: skip
TOLD_MODALITIES = ("asserted", "claimed", "historical")
STATE_SECTORS = words("state_sectors")
RETOLD_REACH = 3  # sentences below an "after" clause's act that may tell it again


def _loose(m: Mention) -> bool:
    """A mention dated without a day of its own: by a loose rule, or only to a month."""
    if m.modality not in TOLD_MODALITIES or "date.effective" in m.date_rules:
        return False
    if any(r in m.date_rules for r in LOOSE_RULES):
        return True
    return m.date_precision == "month" and "date.expression" in m.date_rules


def _own_day(m: Mention) -> bool:
    """A mention dated to a day by date words of its own (not counted from another day)."""
    return (
        m.date_precision == "day"
        and m.modality in TOLD_MODALITIES
        and ("date.expression" in m.date_rules or "date.same_act" in m.date_rules)
        and "date.counted_from_story_day" not in m.date_rules
        and "date.effective" not in m.date_rules
    )


def _countries(actors) -> frozenset[str]:
    return frozenset(a.country for a in actors if a.country)


def _sides(actors) -> frozenset[bool]:
    """For each party with a sector: whether it is the state's (vocabulary state_sectors)."""
    return frozenset(a.sector in STATE_SECTORS for a in actors if a.sector)


def _other_sides(mine, theirs) -> bool:
    """Parties of one country on opposite sides: the government and the opposition, the army
    and the rebels, a ministry and a students' union (both with a sector, none shared)."""
    a, b = _sides(mine), _sides(theirs)
    return bool(a) and bool(b) and not a & b


def same_parties(m: Mention, other: Mention, same_word: bool) -> bool:
    """The same doers (by country) and the same targets, both named; when the act is told with
    the same word ("imposed tariffs" ... "imposed the tariffs on Monday"), targets named on one
    side only will do. Not the same parties: doers or targets of one country on opposite sides
    ("the opposition accused X" ... "the ministry accused Y"), or targets named on both sides
    where one side's have a country and the other's none ("accused the ruling party" ...
    "accused foreign embassies")."""
    doers, targets = _countries(m.actor), _countries(m.recipient)
    theirs = _countries(other.recipient)
    if not doers or doers != _countries(other.actor) or m.unattributed or other.unattributed:
        return False
    if _other_sides(m.actor, other.actor) or _other_sides(m.recipient, other.recipient):
        return False
    if targets and theirs:
        return targets == theirs
    if m.recipient and other.recipient and targets != theirs:
        return False  # targets named on both sides, a country on one only: other targets
    return same_word


def _lemmas(doc: Doc, m: Mention) -> set[str]:
    """The lemmas of a mention's trigger words."""
    ev = m.evidence
    if ev.trigger_start is None or ev.trigger_end is None:
        return set()
    own = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    said = set(
        ev.trigger.replace("…", " ").split()
    )  # not the words between: "threatened … sanctions"
    return {t.lemma_.lower() for t in own if t.text in said} if own is not None else set()


def fits(m: Mention, day: str, published: date, near: bool = True) -> bool:
    """Whether ``day`` can be the day of ``m``: inside its month when it names one, else a day
    at most ``REFERENCE_DAYS`` before publication (an unknown date, or not ``near``: any day
    before it)."""
    if m.date_precision == "month":
        return bool(m.date) and day[:7] == m.date
    try:
        gap = (published - date.fromisoformat(day)).days
    except ValueError:
        return False
    return gap >= 0 and (m.date is None or not near or gap <= REFERENCE_DAYS)


def same_act_dates(
    mentions: list[Mention], doc: Doc, nouns: list[NounDay], published: date | None
) -> None:
    """Give each mention with no day of its own the day another telling of the same act
    names: a mention of the same type and parties dated by its own words, or an event noun with
    its own date words and the lemma of the mention's trigger (rule ``date.same_act``)."""
    if published is None:
        return
    dated = [o for o in mentions if _own_day(o)]
    sents = list(doc.sents)
    for m in mentions:
        if not _loose(m):
            continue
        lemmas = _lemmas(doc, m)
        found: list[tuple[int, str, str, str]] = []  # (distance, day, words, what)
        for o in dated:
            same_word = bool(lemmas & _lemmas(doc, o))
            if (m.cameo or "")[:2] in STATEMENT_ROOTS and not same_word:
                continue  # appeals, threats, criticism: said again and again, on several days
            # "summoned the envoy *after* Chinese ships *fired water cannon* at a vessel. Two
            # Chinese ships *blasted* the vessel with water cannon on Wednesday": the act an
            # "after" clause names with no day is told again, in other words, just below
            retold = (
                "date.before_event" in m.date_rules and 0 < o.sentence - m.sentence <= RETOLD_REACH
            )
            if (
                o is not m
                and o.event_type == m.event_type
                and same_parties(m, o, same_word or retold)
            ):
                found.append((abs(o.sentence - m.sentence), o.date or "", o.date_text or "",
                              f"'{o.evidence.trigger}' in sentence {o.sentence + 1}"))  # fmt: skip
        for n in nouns:
            if n.precision != "day" or not (
                n.noun.lemma_.lower() in lemmas or _retold(n, m, sents)
            ):
                continue
            if (m.evidence.trigger_start or 0) <= n.noun.idx < (m.evidence.trigger_end or 0):
                continue  # its own words (already read)
            found.append((abs(n.sent - m.sentence), n.date, n.text, f"'{n.noun.text}'"))
        found = [f for f in found if fits(m, f[1], published)]
        if not found:
            continue
        _, day, words, what = min(found)
        take_day(m, day, words, what, published)


def _retold(n: NounDay, m: Mention, sents: list[Span]) -> bool:
    """Whether ``m``, in the sentence after the event noun ``n`` that has a day of its own,
    tells that act again in other words: "vowed to find those behind *Monday's attack* on a
    hotel. Gunmen *stormed* the hotel and *killed* 18" (a noun of the mention's PLOVER type,
    and a target or place the noun's phrase names named again: not "vowed to avenge Saturday's
    attack on Haifa. Jets struck Lebanon", another act)."""
    from communique.coding.triggers import match

    if m.sentence != n.sent + 1 or m.sentence >= len(sents):
        return False
    trig = match(n.noun)
    if trig is None or trig.cameo.plover != m.event_type:
        return False
    named = {
        t.lemma_.lower() for t in n.noun.subtree if t.i > n.noun.i and t.pos_ in ("NOUN", "PROPN")
    }
    return any(t.lemma_.lower() in named for t in sents[m.sentence] if t.pos_ in ("NOUN", "PROPN"))


def take_day(
    m: Mention, day: str, words: str, what: str, published: date, rule: str = "date.same_act"
) -> None:
    """Date ``m`` to ``day``, which ``what`` (another telling of its act, or with ``rule``
    "date.next_attribution" the verb of saying that reports it) names in ``words``."""
    parts = [p for p in m.explanation.split("; ") if "[date." not in p]
    m.date, m.date_precision, m.date_text = day, "day", words
    if m.modality == "asserted" and is_history(ResolvedDate(day, "day", words), published):
        m.modality = "historical"
    m.explanation = "; ".join([*parts, explain(rule, text=words, date=day, other=what)])
    m.date_rules = (rule,)


ATTRIBUTED_ROOTS = tuple(words("attributed_statement_roots"))
SAY_VERBS = words("say_verbs")
# "*speaking* to reporters on Monday, she said ...": a participle that sets the scene of a saying
SPEAKING_VERBS = words("speaking_verbs")
# a pronoun sayer in the story's narration ("*it* said on Tuesday"): "I" speaks only in quotations
SAYER_PRONOUNS = words("subject_pronouns") - {"i"}
EARLIER_RULES = ("date.before_event", "date.background_act")


def _saying_day(sent: Span, published: date) -> tuple[Token, str, str] | None:
    """A past verb of saying in ``sent`` with date words of its own that name a day ("X *told*
    reporters *on Wednesday*", "*said on Tuesday* that ..."): the verb, the day, the words."""
    doc = sent.doc
    for expr, got in named_days(sent.text, published):
        span = doc.char_span(
            sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
        )
        if span is None:
            continue
        verb = _clause_verb(span.root)
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "advcl"
            and verb.lemma_.lower() in SPEAKING_VERBS
            and verb.head.lemma_.lower() in SAY_VERBS
            and past_tense(verb.head)
        ):  # "*Speaking* to reporters *yesterday*, she *said* ...": the day of the saying
            return verb.head, got.date, expr.text  # type: ignore[return-value]
        if verb.lemma_.lower() in SAY_VERBS and _past_clause(span.root):
            return verb, got.date, expr.text  # type: ignore[return-value]
    return None


def _goes_on(sent: Span) -> bool:
    """ "He rejected claims that ...": a sentence whose subject is a pronoun sayer goes on
    telling what the sayer of the sentence before said (date.next_attribution looks past it)."""
    root = sent.root
    return any(c.dep_ == "nsubj" and c.lower_ in SAYER_PRONOUNS for c in root.children)


def _same_sayer(verb: Token, m: Mention, actors: list[ActorSpan]) -> bool:
    """Whether the subject of ``verb`` is the doer of ``m``: an actor of the same country, or
    one of no named country (a spokesman, "its foreign ministry", "the ministry") or a
    pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in SAYER_PRONOUNS:
        return True
    if subject.pos_ == "PROPN" and any(
        subject.text
        in (a.get("text", "") if isinstance(a, dict) else getattr(a, "text", "")).split()
        for a in m.actor or []
    ):  # "Government spokesperson Jane Roe dismissed ... 'Nobody ...,' *Roe* said yesterday"
        return True
    words_ = {t.i for t in subject.subtree}
    named = [sp for sp in actors if sp.start in words_]
    # a country guessed or inferred from the story ("spokeswoman Anna X") is no named one
    countries = {
        a.country
        for sp in named
        if not (sp.country_guessed or sp.country_inferred)
        for a in sp.actors
        if a.country
    }
    if countries:
        return countries <= _countries(m.actor)
    return bool(named)


QUOTE_REACH = 3  # sentences of one quotation looked through for the verb that reports it
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def odd_quotes(text: str) -> bool:
    """An odd count of quotation marks in ``text``: a quotation it opens and does not close
    (said of the text before a word: the word is inside a quotation)."""
    return sum(text.count(q) for q in QUOTE_MARKS) % 2 == 1


def _opens_quotation(sent: Span) -> bool:
    """'"The board applied the law.': a sentence that opens a quotation it does not close,
    so the next one goes on with it."""
    text = sent.text.strip()
    return text.startswith(QUOTE_MARKS) and odd_quotes(text)


def next_attribution_dates(
    mentions: list[Mention], doc: Doc, actors: list[ActorSpan], published: date | None
) -> None:
    """A statement with no date words of its own ("Russia rejected the accusations.") whose
    next sentence reports the same doer saying something with a day of its own ("'They are
    fabricated,' its spokeswoman told reporters *on Monday*.") was made on that day (rule
    ``date.next_attribution``)."""
    if published is None:
        return
    sents = list(doc.sents)
    for m in mentions:
        if not (m.cameo or "").startswith(ATTRIBUTED_ROOTS) or not _loose(m) or m.unattributed:
            continue
        if any(r in m.date_rules for r in EARLIER_RULES):
            continue  # told as what happened before the story's events
        if m.sentence + 1 >= len(sents) or not _countries(m.actor):
            continue
        said = _saying_day(sents[m.sentence + 1], published)
        # '"The board applied the law. Nobody is above it," he said on Friday': a quotation
        # of several sentences is reported by the verb after its last one
        nxt = m.sentence + 1
        while said is None and nxt + 1 < len(sents) and nxt - m.sentence < QUOTE_REACH:
            # "X dismissed the boycott. *He* rejected claims ... '...,' X said *yesterday*": a
            # sentence that goes on with the same sayer in the same paragraph is looked past (the
            # saying may open the next paragraph, as for the sentence right after)
            if not (
                _opens_quotation(sents[nxt])
                or (
                    _goes_on(sents[nxt])
                    and "\n\n"
                    not in doc_text(doc)[sents[m.sentence].start_char : sents[nxt].start_char]
                )
            ):
                break
            nxt += 1
            said = _saying_day(sents[nxt], published)
        if said is None or not _same_sayer(said[0], m, actors) or not fits(m, said[1], published):
            continue
        verb, day, text = said
        take_day(m, day, text, f"'{verb.text}'", published, "date.next_attribution")


def restated_day(m: Mention, kept: Mention, published: date | None) -> None:
    """A mention dropped as the same event as ``kept`` in its sentence ("the Turkish *strike
    on 21 February* also *destroyed* a depot") gives it its own day when ``kept`` has none."""
    if not (published is not None and _own_day(m) and _loose(kept)):
        return
    if fits(kept, m.date or "", published, near=False):
        take_day(kept, m.date or "", m.date_text or "", f"'{m.evidence.trigger}'", published)
