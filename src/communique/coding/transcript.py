"""Question-and-answer transcripts: paragraphs opened by a speaker's label ("Jane Roe: We ...",
"JR: We ...", "**Jane Roe:** ..."), as interviews print them. The first person of a turn is
its speaker: "We sent a protest note" after "JR:" is Jane Roe's act (rule
resolve.transcript_speaker)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from communique.coding.dates import named_days
from communique.doctext import doc_text
from communique.vocabulary import words

QUESTIONER_LABELS = words("questioner_labels")

# a label: one to four capitalised words, or two to four capital initials, then a colon; a
# video or broadcast transcript stamps each turn with its time first ("00:21 ANCHOR: ...",
# "[12:04] JANE ROE: ...", "(1:02:33) JR: ..."); a government briefing's labels add an office
# or name after a comma ("Official Spokesperson, Jane Roe:") and name the asker in brackets
# ("Question (John Doe, Example Daily):")
_STAMP = r"(?:[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]+)?"
_CAP_WORDS = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}"
_LABEL = re.compile(
    _STAMP
    + rf"(?:\*\*)?({_CAP_WORDS}(?: \([A-Z][^()\n:]{{0,10}}\))?(?:, {_CAP_WORDS})?)"
    + r"(?: \([^()\n:]{1,80}\))?(?:\*\*)?:(?:\*\*)?[ \t]+(?=\S)"
)
# a label written in sentence case, an office rather than a name ("Home minister: ...",
# "Foreign secretary: ..."): a capitalised word and one or two lower-case ones; only a label
# that opens two or more paragraphs of the page is a speaker's (one such opening is prose:
# "Key points: ...", "Editor's note: ...")
_CASE_LABEL = re.compile(
    _STAMP
    + r"(?:\*\*)?([A-Z][a-z'\u2019-]+(?: [a-z][a-z'\u2019-]+){1,2})"
    + r"(?:\*\*)?:(?:\*\*)?[ \t]+(?=\S)"
)
MIN_CASE_LABELS = 2  # paragraphs a sentence-case label must open to be a speaker's
# a paragraph that ends a sentence: an unlabelled one continues the turn before it; a heading
# ("Background", "Context") or a stage note ("(COMMERCIAL BREAK)") ends the transcript's turns
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_INITIALS = re.compile(r"[A-Z]{2,4}")
_FULL_NAME = re.compile(r"\b[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,3}\b")
MIN_TURNS = 3  # labelled paragraphs a transcript has at least
MIN_SPEAKERS = 2  # ... by this many different speakers


@dataclass(frozen=True)
class Turn:
    start: int  # character offsets of the paragraph in the text
    end: int
    label_end: int  # where the label (and its colon) ends
    speaker: str  # the speaker's full name when the label gives initials
    asking: bool = False  # every turn of this speaker is a question
    label_para_end: int = -1  # where the labelled paragraph ends (later ones go on with it)

    def continued(self, char: int) -> bool:
        """Whether ``char`` lies in a paragraph after the labelled one that goes on with the
        turn (rule resolve.transcript_continued)."""
        return 0 <= self.label_para_end <= char < self.end

    @property
    def asks(self) -> bool:
        """Whether the turn is a question put to the speaker ("Q:", "Question (...):",
        "Reporter:", "Interviewer:"; vocabulary questioner_labels), or one of a speaker all
        of whose turns ask ("Daily Review: Has anyone been caught?"; the interviewer named by
        their paper)."""
        return self.asking or self.speaker.casefold() in QUESTIONER_LABELS


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).upper()


def transcript_turns(text: str) -> list[Turn]:
    """The labelled turns of a Q&A transcript in ``text`` (paragraphs split at blank lines), or
    [] when the text is no transcript: fewer than three labelled paragraphs or fewer than two
    speakers. A label of initials ("JR") stands for the full name with those initials that
    another label or the text before the first turn gives ("Jane Roe").

    A paragraph with no label of its own after an answer goes on with that answer's speaker
    (a long answer printed in several paragraphs), until a heading or stage note ("Context",
    "(COMMERCIAL BREAK)"); but paragraphs with no label
    between two turns of the same speaker are the questions put to them, printed without a
    label (an interview that marks its questions by bold type only: "Home minister: ... /
    What will change? / Home minister: ..."), and are no one's answer (rule
    resolve.transcript_continued). A speaker whose every turn ends in a question mark, beside
    one who never asks, is the interviewer, whatever the label calls them ("Daily Review: Has
    anyone been caught?"), and a one-word label that is the last name of a full label before
    it ("ROE:" after "JANE ROE, ANCHOR:") is that speaker."""
    paras = [
        (m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)
    ]
    labels: list[tuple[int, int] | None] = []
    cased: dict[str, int] = {}
    for start, _end, para in paras:
        lead = len(para) - len(para.lstrip())
        lab = _LABEL.match(para, lead)
        if lab:
            labels.append((start + lab.end(), 0))
            continue
        low = _CASE_LABEL.match(para, lead)
        if low:
            cased[low.group(1)] = cased.get(low.group(1), 0) + 1
        labels.append(None)
    names: list[str | None] = []
    for (start, _end, para), lab in zip(paras, labels, strict=True):
        lead = len(para) - len(para.lstrip())
        if lab is not None:
            names.append(_LABEL.match(para, lead).group(1))  # type: ignore[union-attr]
            continue
        low = _CASE_LABEL.match(para, lead)
        if low and cased[low.group(1)] >= MIN_CASE_LABELS:
            labels[len(names)] = (start + low.end(), 0)
            names.append(low.group(1))
        else:
            names.append(None)
    found: list[tuple[int, int, int, str]] = [
        (start, end, lab[0], name)
        for (start, end, _), lab, name in zip(paras, labels, names, strict=True)
        if lab is not None and name is not None
    ]
    if len(found) < MIN_TURNS:
        return []
    full = {lab for *_, lab in found if " " in lab}
    intro = text[: found[0][0]]
    names_known = full | set(_FULL_NAME.findall(intro))

    def speaker_of(lab: str) -> str:
        if " " not in lab:
            # "WHITFIELD:" after "DANA WHITFIELD, UBN ANCHOR:": the surname stands for the
            # full label a turn before gave
            surname = sorted(
                f
                for f in full
                if f.split(",")[0].split(" (")[0].split()[-1].casefold() == lab.casefold()
            )
            if len(surname) == 1:
                return surname[0]
        if _INITIALS.fullmatch(lab):
            match = sorted(n for n in names_known if _initials(n) == lab)
            return match[0] if len(match) == 1 else lab
        return lab

    turns: list[Turn] = []
    k = 0
    while k < len(paras):
        start, end, _ = paras[k]
        if names[k] is None:
            k += 1
            continue
        speaker = speaker_of(names[k])  # type: ignore[arg-type]
        label_end = labels[k][0]  # type: ignore[index]
        nxt = k + 1
        while nxt < len(paras) and names[nxt] is None:
            if not _SENTENCE_END.search(paras[nxt][2].rstrip()):
                break  # a heading or a stage note: the turns end here
            nxt += 1
        following = names[nxt] if nxt < len(paras) else None
        if following is None or speaker_of(following) != speaker:
            # the paragraphs after the label go on with this speaker
            end = paras[nxt - 1][1]
        turns.append(Turn(start, end, label_end, speaker, False, paras[k][1]))
        k = nxt
    if len({t.speaker for t in turns}) < MIN_SPEAKERS:
        return []
    asked: dict[str, list[int]] = {}
    for t in turns:
        count = asked.setdefault(t.speaker, [0, 0])
        count[0] += text[t.start : t.end].rstrip().endswith("?")
        count[1] += 1
    asking = {s for s, (q, n) in asked.items() if q == n}
    if asking and any(q == 0 for q, _ in asked.values()):
        # a speaker whose every turn asks, beside one who never asks, is the interviewer,
        # whatever the label calls them (one who also tells the news, as an anchor does, is
        # not)
        turns = [
            Turn(t.start, t.end, t.label_end, t.speaker, t.speaker in asking, t.label_para_end)
            for t in turns
        ]
    return turns


def doc_turns(doc, text: str | None = None) -> list[Turn]:
    """``transcript_turns`` of a parsed document's text, read once per document (the resolver,
    ``questioner_turn`` and ``question_before`` share it; ``doc.text`` is rebuilt from every
    token each time it is asked for; ``text``: that text when the caller has built it)."""
    rows = doc.user_data.get("transcript_turns")
    if rows is None:  # plain lists: user_data may be serialised with the doc
        found = transcript_turns(doc_text(doc) if text is None else text)
        rows = [[t.start, t.end, t.label_end, t.speaker, t.asking, t.label_para_end] for t in found]
        doc.user_data["transcript_turns"] = rows
    return [Turn(*row) for row in rows]


def questioner_turn(tok) -> bool:
    """Whether ``tok`` lies in a transcript turn that puts a question ("Q: Reports say X
    expelled your diplomats. Will you respond?"): what a journalist's question tells or asks
    about is no act the page reports (rule filter.transcript_question). The turns are found
    once per document."""
    return _in_turns(tok, asks=True)


SAYING = words("say_verbs")


def guest_retold(tok) -> bool:
    """Whether ``tok`` is in what a transcript turn reports another speaker of the transcript
    as saying: "you said ...", "The commissioner says ..." (the other speaker's label is
    "COMMISSIONER") told by the host or interviewer before that speaker answers. A host's
    paraphrase of a guest retells words the guest's own turn says; it is no new act (rule
    filter.transcript_paraphrase)."""
    doc = tok.doc
    turns = doc_turns(doc)
    turn = next((t for t in turns if t.label_end <= tok.idx < t.end), None)
    if turn is None:
        return False
    # the head word of each other answering speaker's label: "commissioner" of "EU TRADE
    # COMMISSIONER" and of "COMMISSIONER OF POLICE", "kovac" of "ANA KOVAC"
    others = {
        words[-1]
        for t in turns
        if t.speaker != turn.speaker and not t.asks
        if (words := re.findall(r"[a-z'-]+", re.split(r",| \(| of ", t.speaker.casefold())[0]))
    }
    cur = tok
    while cur.head.i != cur.i:
        head = cur.head
        if head.lemma_.lower() in SAYING and cur.dep_ in ("ccomp", "parataxis", "xcomp"):
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (
                subj.lower_ == "you"
                or (
                    subj.lower_ in others
                    and all(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
                )
            ):
                return True  # "the commissioner says", not "Russia's foreign minister says"
        cur = head
    return False


def answer_turn(tok) -> bool:
    """Whether ``tok`` lies in the words of a transcript turn that answers ("MINISTER: Y must
    withdraw."), after its label: the labelled speaker's own speech, read as a quotation of
    them is (rule resolve.transcript_speaker)."""
    return _in_turns(tok, asks=False)


def _in_turns(tok, *, asks: bool) -> bool:
    """Whether ``tok`` lies in a turn that asks (from its label on) or, with ``asks`` False, in
    the words of a turn that answers (after its label); the spans are found once per
    document."""
    doc = tok.doc
    key = "question_turns" if asks else "answer_turns"
    spans = doc.user_data.get(key)
    if spans is None:  # plain [start, end] pairs: user_data may be serialised with the doc
        spans = [
            [t.start if asks else t.label_end, t.end] for t in doc_turns(doc) if t.asks == asks
        ]
        doc.user_data[key] = spans
    return any(start <= tok.idx < end for start, end in spans)


def question_before(tok) -> tuple[int, int] | None:
    """(start, end) characters of the question turn right before the answer turn ``tok`` is
    in ("Q: Nepal objected to the road. Your response? / A: We reject these claims"), or None
    when ``tok`` is in no answer that follows a question."""
    doc = tok.doc
    pairs = doc.user_data.get("answered_questions")
    if pairs is None:  # plain lists: user_data may be serialised with the doc
        turns = doc_turns(doc)
        pairs = [
            [q.start, q.end, a.start, a.end]
            for q, a in zip(turns, turns[1:], strict=False)
            if q.asks and not a.asks
        ]
        doc.user_data["answered_questions"] = pairs
    for q_start, q_end, a_start, a_end in pairs:
        if a_start <= tok.idx < a_end:
            return q_start, q_end
    return None


INTERVIEW_CUES = words("interview_cues")


def interview_day(doc, published: date | None, text: str | None = None) -> tuple[date, str] | None:
    """The day an interview or briefing transcript was held, as the text before its first
    turn tells it ("The minister gave us this interview *on Friday*", "*Tuesday's*
    interview", "she told us *on Monday*"): a sentence there with an interview word
    (vocabulary interview_cues) that names exactly one day, on or at most a week before
    publication; with the words that named it. None for a page that is no transcript, or
    whose introduction names no such day (rule date.interview_day)."""
    if published is None:
        return None
    turns = doc_turns(doc, text)
    if not any(not t.asks for t in turns):
        return None
    first = turns[0].start
    for sent in doc.sents:
        if sent.start_char >= first:
            break
        lowered = sent.text.casefold()
        if not any(cue in lowered for cue in INTERVIEW_CUES):
            continue
        days = {(day.date, expr.text) for expr, day in named_days(sent.text, published)}
        if len({d for d, _ in days}) != 1:
            continue
        when, said = next(iter(days))
        held = date.fromisoformat(when)  # type: ignore[arg-type]
        if published - timedelta(days=7) <= held <= published:
            return held, said
    return None
