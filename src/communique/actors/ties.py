"""The state a story ties a titled person to, where the title itself names none.

A story filed from one capital about another state's officials names them with a bare title
("Foreign Minister X", "the visiting minister") after it has said whose they are. The ties
read here rank above the dateline's and the story's most frequent state (``finder._fallback``):

- the same person named earlier with a state ("Japan's foreign minister Taro X ... Foreign
  Minister X"; rule mention.same_person_state);
- arrival from a place ("X, who arrived from Tokyo on Sunday", "the minister flew in from
  Oslo"; vocabulary arrival_verbs; rule mention.arrived_from);
- a guest ("the visiting minister", "visiting Defence Minister X"; vocabulary
  guest_participles): the nearest state named before of a person or title that is not the
  dateline's, else the story's most frequent one other than the dateline's (rule
  mention.visiting_guest);
- the subject state of the clause the title's own clause hangs on: "Japan will send boats, *as*
  Foreign Minister X ended a visit" (a clause of time or circumstance, vocabulary
  circumstance_marks), "Ghana *will* repay its debt, Finance Minister X said" (the speaker of a
  state's own commitment, a clause with will/would; rule mention.clause_subject_state).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors.names import state_in_lexicon
from communique.actors.spans import ActorSpan, is_state
from communique.vocabulary import words

ARRIVAL_VERBS = words("arrival_verbs")
GUEST_PARTICIPLES = words("guest_participles")
CIRCUMSTANCE_MARKS = words("circumstance_marks")
REPORTING_VERBS = words("reporting_verbs")
COMMITMENT_AUX = frozenset({"will", "would", "'ll"})
# sectors of people a state does not send: a company's, a newspaper's, a private person's
UNTIED = frozenset({"BUS", "MED", "CVL", "REF", "CRM", "OPP", "REB"})

SAME_PERSON_RULE = "mention.same_person_state"
ARRIVED_FROM_RULE = "mention.arrived_from"
VISITING_RULE = "mention.visiting_guest"
CLAUSE_SUBJECT_RULE = "mention.clause_subject_state"

Tie = tuple[str, str, str]  # (state, why, rule id)


def _said(doc: Doc, sp: ActorSpan) -> str:
    return doc[sp.start : sp.end].text


def _placed(o: ActorSpan) -> bool:
    """A span whose state the story said (not one guessed or taken from the dateline)."""
    return is_state(o.actor.country) and not (o.country_guessed or o.country_from_dateline)


def same_person(doc: Doc, sp: ActorSpan, spans: list[ActorSpan]) -> Tie | None:
    """ "Japan's foreign minister Taro X ... *Foreign Minister X*": the state the story gave
    the person of that name before (the name's words a part of the earlier one's)."""
    if sp.kind != "person" or not sp.actor.name:
        return None
    mine = sp.actor.name.lower().split()
    for o in reversed(spans):
        if o.start >= sp.start or o.kind != "person" or not o.actor.name or not _placed(o):
            continue
        theirs = o.actor.name.lower().split()
        short, long_ = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
        if short and short[-1] == long_[-1] and set(short) <= set(long_):
            why = f"the same person named earlier as '{_said(doc, o)}'"
            return o.actor.country, f"{why} [{SAME_PERSON_RULE}]", SAME_PERSON_RULE  # type: ignore[return-value]
    return None


def _arrival_verbs(head: Token) -> list[Token]:
    """The verbs of arrival whose subject the mention is: its own clause's, or its relative
    clause's ("X, who arrived from ...")."""
    verbs = [c for c in head.children if c.dep_ == "relcl"]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    return [v for v in verbs if v.lemma_.lower() in ARRIVAL_VERBS]


def arrived_from(doc: Doc, sp: ActorSpan) -> Tie | None:
    """ "X, who arrived from Tokyo on Sunday", "the minister flew in from Oslo": the state of
    the place the person came from."""
    for verb in _arrival_verbs(doc[sp.head]):
        for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "from"):
            if prep.head.i != verb.i and prep.head.head.i != verb.i:
                continue  # "from" of the verb itself, or of its particle ("flew in from")
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = doc[obj.left_edge.i : obj.i + 1].text
                # a country, its capital or seat by name (no gazetteer guess: "from March 24")
                iso = state_in_lexicon(place) if obj.pos_ == "PROPN" else None
                if is_state(iso):
                    why = f"arrived from '{place}'"
                    return iso, f"{why} [{ARRIVED_FROM_RULE}]", ARRIVED_FROM_RULE  # type: ignore[return-value]
    return None


def visiting(
    doc: Doc,
    sp: ActorSpan,
    spans: list[ActorSpan],
    dateline: str | None,
    freq: list[tuple[str, int]],
) -> Tie | None:
    """ "the *visiting* minister": a guest, not an official of the state the story is filed
    from; the nearest person or title before it placed in another state, else the story's
    most frequent state other than the dateline's."""
    if not dateline or sp.kind not in ("person", "role"):
        return None
    before = doc[sp.start - 1] if sp.start > 0 else None
    own = [t.lower_ for t in doc[sp.start : sp.end]]
    if not (
        GUEST_PARTICIPLES & set(own) or (before is not None and before.lower_ in GUEST_PARTICIPLES)
    ):
        return None
    for o in reversed(spans):
        if o.start >= sp.start or o.kind not in ("person", "role") or not _placed(o):
            continue
        if o.actor.country != dateline:
            why = f"a guest: the visitor named before, '{_said(doc, o)}'"
            return o.actor.country, f"{why} [{VISITING_RULE}]", VISITING_RULE  # type: ignore[return-value]
    other = next((c for c, _ in freq if c != dateline), None)
    if other is None:
        return None
    why = "a guest: the story's most frequent state other than the dateline's"
    return other, f"{why} [{VISITING_RULE}]", VISITING_RULE


def _subject_state(
    doc: Doc, verb: Token, spans: list[ActorSpan], sp: ActorSpan
) -> ActorSpan | None:
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for o in spans:
            if (
                o is not sp
                and o.kind == "country"
                and not o.is_location
                and o.start <= subj.i < o.end
            ) and is_state(o.actor.country):
                return o
    return None


def clause_subject(doc: Doc, sp: ActorSpan, spans: list[ActorSpan]) -> Tie | None:
    """The state its sentence makes the subject of the clause the title's clause hangs on:
    "Japan will send boats, *as* Foreign Minister X ended a visit" (a clause of circumstance),
    "Ghana will repay its debt, Finance Minister X said" (the speaker of a state's own
    commitment)."""
    head = doc[sp.head]
    if head.dep_ != "nsubj":
        return None
    verb = head.head
    found: ActorSpan | None = None
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in verb.children
    ):
        found = _subject_state(doc, verb.head, spans, sp)
    elif verb.lemma_.lower() in REPORTING_VERBS:
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            said.append(verb.head)
        for clause in said:
            if any(c.dep_ == "aux" and c.lower_ in COMMITMENT_AUX for c in clause.children):
                found = found or _subject_state(doc, clause, spans, sp)
    if found is None:
        return None
    why = f"the state its sentence's clause is about, '{_said(doc, found)}'"
    return found.actor.country, f"{why} [{CLAUSE_SUBJECT_RULE}]", CLAUSE_SUBJECT_RULE  # type: ignore[return-value]


def story_tie(
    doc: Doc,
    sp: ActorSpan,
    spans: list[ActorSpan],
    dateline: str | None,
    freq: list[tuple[str, int]],
    parsed: bool,
) -> Tie | None:
    """The first tie of the story's own that places a titled person or a bare title, if any."""
    if sp.kind not in ("person", "role") or not sp.actor.sector or sp.actor.sector in UNTIED:
        return None
    tie = same_person(doc, sp, spans) or visiting(doc, sp, spans, dateline, freq)
    if tie is None and parsed:
        tie = arrived_from(doc, sp) or clause_subject(doc, sp, spans)
    return tie
