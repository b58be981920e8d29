"""A coded event's confidence as an estimate of how likely it is to be right: a logistic score
over named, general features of how the event was read (no words, no per-story knobs).

The features (``score_features``) are read off what the record already says: the rule ids of
its explanation (how the doer and the target were found), its modality, type and CAMEO class,
whether it is unattributed, where its sentence lies in the story, how many events its sentence
holds, whether its trigger is quoted, and the trigger's part of speech and clause rank in the
parse. The story's length is not one: it tells how a page was cut (a wire brief, a live page,
a test's few sentences), not how well an event was read. Each feature adds its weight
(log-odds) from the table ``data/coding/confidence.tsv``; the confidence is the logistic of the
sum. The table says what each feature is and where its weight came from (fitted by
``bench/confidence_calibration.py --fit`` on the older story sets, checked on held-out ones).
``confidence_terms`` lists an event's features with their weights, so a reader can see why it
scored as it did.

Session 37 added features of how a reading was made, named on every reading: the rule families
of its explanation (``family_features``, data/coding/confidence_families.tsv), where its parties
and trigger sit in the parse (``structure``), and how its parties stand among the story's
readings (``story_features``: a party placed in no country, a country no other reading has, the
pair of sides told again). Session 38 ships a table that weighs them (bench/stories/README.md,
"calib38"), except a party placed in no country (the coder leaves rebels and militias there on
purpose); a pair of sides is the countries a reading joins, doer and target together, and what
no other reading repeats is named only in a story of ``STORY_MIN_READINGS`` readings or more.
Session 41 names how a reading's countries stand in the story (``standing``: the story's lesser
or minor parties, a pair told in the lead, an aside); the shipped table does not weigh them yet
(a table that does, bench/calibration/confidence_confidence41.tsv, ranked better but kept no
more at the default threshold: bench/stories/README.md, "confidence41"). Every explanation ends
with the confidence and the features that weighed most (``weighed``, rule confidence.weighed).
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique.coding.confidence import DIRECT_ACTOR_RULES, REPORTING_VERBS, clause_rank
from communique.coding.resolver import EARLIER, NO_ACTOR_RULE
from communique.coding.rules import explain
from communique.coding.story_days import odd_quotes
from communique.model import Dropped, Mention

# an event whose calibrated confidence is below ``min_confidence`` of the event coder is left
# out of the output and counted with its reason among the dropped candidates (rule
# filter.low_confidence), unless it is in the story's opening sentence (LEAD_SENTENCES, or the
# first sentence holding an event when those hold none: what the story is about) or unattributed (kept with its low confidence: the
# record flags it). The default, MIN_CONFIDENCE, was chosen in session 38 with the table it
# goes with (data/coding/confidence.tsv; bench/stories/README.md, "calib38"): the highest
# threshold at which the fit part of the story sets still finds every required entry the
# session 35 table and threshold (0.5) found, chosen on the fit part only and checked on the
# newest sets pages30..35 and realpages; `communique code --min-confidence 0` keeps every event
MIN_CONFIDENCE = 0.46
LEAD_SENTENCES = 1

# recipient rules that take the recipient from outside the event's own clause (the story's
# other side, an earlier act, the domestic target ...): the target is a guess from context
CONTEXT_RECIPIENT_RULES = frozenset({
    "recipient.story_counterpart",
    "recipient.opposition_home",
    "recipient.earlier_act",
    "recipient.earlier_general_act",
    "recipient.lead_act",
    "recipient.own_act",
    "recipient.judged_alike",
    "recipient.accuser",
    "recipient.sentence_accuser",
    "recipient.claimant",
    "recipient.domestic_target",
    "recipient.setting_partner",
    "recipient.issued_text",
    "recipient.fighting_counterpart",
    "recipient.deescalation_sides",
})  # fmt: skip
# references resolved to earlier participants, or a doer no actor rule knows: guesses
GUESSED_PARTY_RULES = EARLIER | NO_ACTOR_RULE
FAR = 8  # words between a trigger and its doer's nearest word that make the doer "far"
# a story needs this many readings before the absence of a repetition says anything: a pair of
# countries told once, or a country no other reading has (dyad:once, dyad:twice,
# *:lone_country), tells a side remark from the story's main business only where the story has
# a main business to tell it from; in a brief, a caption or a few sentences every pair is told
# once whatever the reading's worth (session 38, bench/stories/README.md "calib38")
STORY_MIN_READINGS = 4
_RULE = re.compile(r"\[([a-z_]+\.[a-z_.]+)\]")


def rule_ids(explanation: str) -> list[str]:
    """The rule ids an explanation names, in order."""
    return _RULE.findall(explanation or "")


def quoted(sentence_text: str, sentence_start: int | None, trigger_start: int | None) -> bool:
    """The trigger lies inside quotation marks of its sentence (an odd count of marks before)."""
    if sentence_start is None or trigger_start is None:
        return False
    before = sentence_text[: max(0, trigger_start - sentence_start)]
    return odd_quotes(before)


@dataclass(frozen=True)
class Reading:
    """What the score looks at, for one event (from a Mention and its Doc, or from a stored
    record and a parse of its sentence)."""

    rules: frozenset[str]
    modality: str
    event_type: str
    cameo: str
    unattributed: bool
    has_actor: bool
    has_recipient: bool
    sentence: int  # the sentence's index in the story (0: headline or lead)
    in_sentence: int  # events coded in the same sentence (itself included)
    top_of_sentence: bool  # the sentence's most central event (highest ranking score)
    quoted: bool
    retold: bool  # another sentence of the story codes the same type by a doer of the same country
    pos: str  # the trigger's part of speech ("" when unknown)
    rank: int  # clause_rank of the trigger (-1 when unknown)
    # how the reading sits in its sentence's parse (``structure``): the doer's distance from the
    # trigger, a party placed by a nationality adjective, a reporting frame, a negation or a
    # modal the modality did not take up
    structure: frozenset[str] = frozenset()
    same_trigger: int = 1  # readings of the story (itself included) on the same trigger word
    # how its parties stand among the story's readings (``story_features``)
    story: frozenset[str] = frozenset()
    trigger: str = ""  # the trigger's words as the record gives them


# what each feature means (the "meaning" column of confidence.tsv); type:X and modality:X: the
# event's PLOVER type and modality
MEANINGS = {
    "base": "every event (the intercept)",
    "actor:direct": "doer read straight off the trigger: its subject, passive agent or possessor",
    "actor:indirect": "doer found by another actor rule (a governing verb, a speaker, ...)",
    "actor:none": "no doer: unattributed, or none found",
    "party:guessed": "a party resolved to earlier participants or placed with no rule for it",
    "recipient:clause": "target found in the event's own clause",
    "recipient:context": "target assumed from outside the clause (the story's other side, ...)",
    "recipient:joint": "doers acting upon each other (signed, clashed, met)",
    "recipient:none": "no target",
    "trigger:noun": "the trigger is a noun (a meeting, a request, an attack)",
    "clause:main": "trigger in the main clause (or the clause a reporting verb reports)",
    "clause:complement": "trigger in a complement clause or a main verb's object",
    "clause:subordinate": "trigger in an adverbial, relative or participial clause or a phrase",
    "quoted": "trigger inside quotation marks",
    "trigger:obligation": "a demand read off 'must / should / need'",
    "speech:statement": "CAMEO 01/02: a statement or an appeal",
    "position:lead": "in the story's first sentence (headline or lead)",
    "position:early": "in sentences 2 to 4",
    "position:late": "in sentence 13 or later",
    "sentence:crowded": "three or more events coded in its sentence",
    "sentence:secondary": "not the sentence's most central reading (the coder's ranking score)",
    "story:retold": "another sentence codes the same type by a doer of the same country",
    "trigger:shared": "another reading of the story was made from the same trigger word",
    "trigger:multiword": "the trigger is a phrase (a verb with the word its row or pattern needs)",
    "actor:far": f"the doer's nearest word lies {FAR} or more words from the trigger",
    "actor:outside": "the doer's words are not in the event's sentence (a headline, an earlier "
    "sentence)",
    "party:adjective": "a party is placed only by a nationality adjective ('Ruritanian troops')",
    "frame:reported": "the trigger hangs in a clause that a verb of saying reports",
    "frame:according": "the sentence is framed by 'according to'",
    "trigger:negated": "a negation on the trigger that did not change the modality",
    "trigger:modal": "a modal verb on the trigger that did not change the modality",
    "actor:no_country": "a doer is named but placed in no country",
    "recipient:no_country": "a target is named but placed in no country",
    "actor:lone_country": "no other reading of the story has a party of the doer's country (a "
    f"story of {STORY_MIN_READINGS} readings or more)",
    "recipient:lone_country": "no other reading of the story has a party of the target's country "
    f"(a story of {STORY_MIN_READINGS} readings or more)",
    "dyad:once": "no other reading of the story has the same countries on its two sides (a story "
    f"of {STORY_MIN_READINGS} readings or more)",
    "dyad:twice": "one other reading of the story has the same countries on its two sides (a "
    f"story of {STORY_MIN_READINGS} readings or more)",
    "dyad:often": "four or more other readings of the story have the same countries on their two "
    "sides (the story's main pair)",
    "story:retold_pair": "another sentence codes the same type with the same countries on its two "
    "sides",
    "story:lesser_parties": "a fifth to half of the story's readings have a party of one of its "
    f"countries (a story of {STORY_MIN_READINGS} readings or more)",
    "story:minor_parties": "fewer than a fifth of the story's readings have a party of one of its "
    f"countries (a story of {STORY_MIN_READINGS} readings or more)",
    "actor:minor_country": "the doer's countries hold less than a tenth of the story's parties (a "
    f"story of {STORY_MIN_READINGS} readings or more)",
    "dyad:in_lead": "both sides of its pair are parties of the story's opening (headline or lead), "
    "the reading itself told later",
    "story:aside": "no reading of the two sentences before or after it has a party of its countries "
    f"(a story of {STORY_MIN_READINGS} readings or more)",
}


@dataclass(frozen=True)
class Parties:
    """What ``story_features`` compares between a story's readings."""

    sentence: int
    event_type: str
    actors: frozenset[str]  # the doers' countries
    recipients: frozenset[str]  # the targets' countries
    named_actor: bool  # a doer is named (with or without a country)
    named_recipient: bool


@dataclass(frozen=True)
class StoryCounts:
    """How many of a story's readings share what ``story_features`` compares, counted once per
    story (``story_counts``) so that reading each of its readings costs no pass over the rest."""

    countries: Counter[str]  # readings with a party of the country (doer or target)
    pairs: Counter[frozenset[str]]  # readings with the same countries on their two sides
    typed: Counter[tuple[frozenset[str], str]]  # ... of the pair and type
    typed_in: Counter[tuple[frozenset[str], str, int]]  # ... in the sentence
    readings: int = 0  # the story's readings
    # session 41: the countries of the story's opening readings (``opening``), and each
    # reading's sentence and countries, for the story's main parties and its asides
    lead: frozenset[str] = frozenset()
    told: tuple[tuple[int, frozenset[str]], ...] = ()


def sides(p: Parties) -> frozenset[str]:
    """The countries a reading joins, doers and targets together: "A accused B", "B rejected
    A's charge" and "A and B met" are one pair of sides (session 38: the pair as doer and
    target apart split a story's main pair in two whenever its sides answered each other or
    acted jointly)."""
    return p.actors | p.recipients


def story_counts(story: list[Parties]) -> StoryCounts:
    """The counts ``story_features`` reads, over every reading of ``story``."""
    countries: Counter[str] = Counter()
    pairs: Counter[frozenset[str]] = Counter()
    typed: Counter[tuple[frozenset[str], str]] = Counter()
    typed_in: Counter[tuple[frozenset[str], str, int]] = Counter()
    for p in story:
        pair = sides(p)
        countries.update(pair)
        pairs[pair] += 1
        typed[pair, p.event_type] += 1
        typed_in[pair, p.event_type, p.sentence] += 1
    first = opening(p.sentence for p in story)
    lead = frozenset(c for p in story if p.sentence <= first for c in sides(p))
    told = tuple((p.sentence, sides(p)) for p in story)
    return StoryCounts(countries, pairs, typed, typed_in, len(story), lead, told)


def story_features(
    i: int, story: list[Parties], counts: StoryCounts | None = None
) -> frozenset[str]:
    """How reading ``i``'s parties stand among the story's readings (``story``, every reading
    the coder made, before any threshold): a party named but placed in no country, a country
    no other reading has, how many readings share its pair of sides (``sides``), the act told
    again. What no other reading repeats (a lone country, a pair told once or twice) is named
    only in a story of ``STORY_MIN_READINGS`` readings or more; what others repeat, always.
    ``counts``: ``story_counts(story)``, when the caller reads several readings of the story."""
    me = story[i]
    counts = counts if counts is not None else story_counts(story)
    out = set()
    if me.named_actor and not me.actors:
        out.add("actor:no_country")
    if me.named_recipient and not me.recipients:
        out.add("recipient:no_country")
    enough = counts.readings >= STORY_MIN_READINGS
    # each of its own countries is counted once for this reading itself
    if enough and me.actors and not any(counts.countries[c] > 1 for c in me.actors):
        out.add("actor:lone_country")
    if enough and me.recipients and not any(counts.countries[c] > 1 for c in me.recipients):
        out.add("recipient:lone_country")
    pair = sides(me)
    same = counts.pairs[pair] - 1  # other readings of the same pair
    if enough and not same:
        out.add("dyad:once")
    elif enough and same == 1:
        out.add("dyad:twice")
    elif same >= 4:
        out.add("dyad:often")
    if counts.typed[pair, me.event_type] > counts.typed_in[pair, me.event_type, me.sentence]:
        out.add("story:retold_pair")  # one of its pair and type in another sentence
    out |= standing(me, counts)
    return frozenset(out)


# session 41 (bench/stories/README.md "confidence41"): the story's main parties and its asides
MAIN_SHARE = 0.5  # readings with a party of its countries: the story's main parties ...
MINOR_SHARE = 0.2  # ... or parties the story hardly tells
MINOR_ACTOR_SHARE = 0.1  # the doer's countries among all the parties the story's readings name
ASIDE_SENTENCES = 2  # sentences either side in which no reading shares a country: an aside


def standing(me: Parties, counts: StoryCounts) -> set[str]:
    """How a reading's countries stand in its story, as an analyst weighs a story's central
    acts against its asides: parties the story tells less than its main ones, or hardly at all
    (story:lesser_parties, story:minor_parties, actor:minor_country), both sides told in the
    opening (dyad:in_lead), no neighbouring reading of its countries (story:aside). Counts over
    the readings the story already has, nothing parsed again; what needs a main business to
    compare with is named only in a story of ``STORY_MIN_READINGS`` readings or more."""
    out = set()
    pair = sides(me)
    if not pair:
        return out
    if len(pair) >= 2 and me.sentence > opening(s for s, _ in counts.told) and pair <= counts.lead:
        out.add("dyad:in_lead")
    if counts.readings < STORY_MIN_READINGS:
        return out
    share = sum(1 for _, other in counts.told if other & pair) / counts.readings
    # the story's main parties (half of its readings or more) are the reference, as in a brief
    # too short to tell its main parties from the rest: only lesser ones are named
    if share < MINOR_SHARE:
        out.add("story:minor_parties")
    elif share < MAIN_SHARE:
        out.add("story:lesser_parties")
    if me.actors:
        named = sum(counts.countries.values())
        if sum(counts.countries[c] for c in me.actors) < MINOR_ACTOR_SHARE * named:
            out.add("actor:minor_country")
    near = (
        other & pair
        for s, other in counts.told
        if s != me.sentence and abs(s - me.sentence) <= ASIDE_SENTENCES
    )
    if not any(near):
        out.add("story:aside")
    return out


def meaning(feature: str) -> str:
    if feature.startswith("rules:"):
        return families()[feature][1]
    if feature.startswith("type:"):
        return f"event type {feature[5:]}"
    if feature.startswith("modality:"):
        return f"modality {feature[9:]}"
    return MEANINGS.get(feature, "")


def retold(
    sentence: int, event_type: str, countries: set[str], told: list[tuple[int, str, set[str]]]
) -> bool:
    """Another sentence's event (``told``: sentence, type, doer countries of each event of the
    story) has this type and a doer of one of these countries: the act is told again."""
    return bool(countries) and any(
        s != sentence and t == event_type and c & countries for s, t, c in told
    )


@lru_cache(maxsize=1)
def families() -> dict[str, tuple[frozenset[str], str]]:
    """Family feature ("rules:NAME") -> (its rule ids, what it means), from
    data/coding/confidence_families.tsv: the rule ids of explanations grouped by how the
    reading was made (which actor, recipient, date, modality, trigger or recode rule)."""
    path = resources.files("communique.data.coding").joinpath("confidence_families.tsv")
    out: dict[str, tuple[frozenset[str], str]] = {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row) >= 3 and row[0] != "family":
                out[f"rules:{row[0]}"] = (frozenset(x.strip() for x in row[1].split(",")), row[2])
    return out


def family_features(rules: Iterable[str]) -> list[str]:
    """The rule families an explanation's rule ids fall in (each named once, in table order)."""
    have = set(rules)
    return [name for name, (ids, _) in families().items() if have & ids]


def _party_tokens(span: Span, texts: Iterable[str]) -> list[list[Token]]:
    """For each party text, the tokens of ``span`` that spell it (its first occurrence; []
    when the words are not in the span)."""
    out = []
    for text in texts:
        at = span.text.find(text) if text else -1
        found = None
        if at >= 0:
            start = span.start_char + at
            found = span.doc.char_span(start, start + len(text), alignment_mode="expand")
        out.append(list(found) if found is not None else [])
    return out


def structure(
    tok: Token | None, span: Span | None, actors: list[str], recipients: list[str], modality: str
) -> frozenset[str]:
    """How a reading sits in the parse of its sentence (``span``; ``tok``: its trigger's first
    word; ``actors``/``recipients``: the parties' words as the record gives them)."""
    if tok is None or span is None:
        return frozenset()
    out = set()
    actor_toks = _party_tokens(span, actors)
    placed = [t for ts in actor_toks for t in ts]
    if actors and not placed:
        out.add("actor:outside")
    elif placed and min(abs(t.i - tok.i) for t in placed) >= FAR:
        out.add("actor:far")
    for ts in actor_toks + _party_tokens(span, recipients):
        if len(ts) == 1 and (ts[0].pos_ == "ADJ" or ts[0].dep_ == "amod"):
            out.add("party:adjective")
    cur = tok
    for _ in range(5):
        if cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in REPORTING_VERBS:
            out.add("frame:reported")
            break
    lower = [t.lower_ for t in span]
    if any(a == "according" and b == "to" for a, b in zip(lower, lower[1:], strict=False)):
        out.add("frame:according")
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
    kids = list(verb.children)
    if modality in ("asserted", "claimed", "historical"):
        if any(k.dep_ == "neg" for k in kids):
            out.add("trigger:negated")
        if any(k.dep_ == "aux" and k.tag_ == "MD" for k in kids):
            out.add("trigger:modal")
    return frozenset(out)


def score_features(r: Reading) -> list[str]:
    """The named features of a reading (the rows of confidence.tsv it switches on)."""
    f = ["base"]
    actor_rules = [x for x in r.rules if x.startswith("actor.")]
    if r.unattributed or not r.has_actor:
        f.append("actor:none")
    elif any(x in DIRECT_ACTOR_RULES for x in actor_rules):
        f.append("actor:direct")
    else:
        f.append("actor:indirect")
    if r.rules & GUESSED_PARTY_RULES:
        f.append("party:guessed")
    if r.rules & CONTEXT_RECIPIENT_RULES:
        f.append("recipient:context")
    elif "recipient.joint" in r.rules or "recipient.reciprocal" in r.rules:
        f.append("recipient:joint")
    elif r.has_recipient:
        f.append("recipient:clause")
    else:
        f.append("recipient:none")
    if r.pos in ("NOUN", "PROPN"):
        f.append("trigger:noun")
    if r.rank >= 0:
        f.append(("clause:subordinate", "clause:complement", "clause:main")[min(r.rank, 2)])
    f.append(f"modality:{r.modality}")
    if r.quoted:
        f.append("quoted")
    if "trigger.reported_obligation" in r.rules:
        f.append("trigger:obligation")
    if r.cameo[:2] in ("01", "02"):
        f.append("speech:statement")  # CAMEO 01/02: statements and appeals
    f.append(f"type:{r.event_type}")
    if r.sentence == 0:
        f.append("position:lead")
    elif r.sentence <= 3:
        f.append("position:early")
    elif r.sentence >= 12:
        f.append("position:late")
    if r.in_sentence >= 3:
        f.append("sentence:crowded")
    if not r.top_of_sentence:
        f.append("sentence:secondary")
    if r.retold:
        f.append("story:retold")
    if r.same_trigger >= 2:
        f.append("trigger:shared")
    if " " in r.trigger.strip() or "\u2026" in r.trigger:
        f.append("trigger:multiword")
    f += sorted(r.structure)
    f += sorted(r.story)
    f += family_features(r.rules)
    return f


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """feature -> weight (log-odds), from data/coding/confidence.tsv."""
    path = resources.files("communique.data.coding").joinpath("confidence.tsv")
    out: dict[str, float] = {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row) >= 2 and row[0] != "feature":
                out[row[0]] = float(row[1])
    return out


def logistic(z: float) -> float:
    """The logistic function of a log-odds ``z`` (clipped to +-30, so it never overflows): the
    probability of this module's table and of the learned parts' weights (coding.acceptance,
    coding.learned_choice)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(features: Iterable[str], table: dict[str, float] | None = None) -> float:
    """The logistic of the summed weights of ``features`` (unknown features weigh 0)."""
    table = weights() if table is None else table
    z = sum(table.get(f, 0.0) for f in features)
    return round(min(0.99, max(0.01, logistic(z))), 3)


def confidence_terms(r: Reading) -> list[tuple[str, float]]:
    """Each feature of a reading with its weight: why its confidence is what it is."""
    table = weights()
    return [(f, table.get(f, 0.0)) for f in score_features(r)]


def trigger_root(doc: Doc, m: Mention) -> Token | None:
    """The first token of the trigger of ``m`` in ``doc`` (its offsets widened to whole
    tokens), or None when ``m`` carries no offsets."""
    t0 = m.evidence.trigger_start
    if t0 is None:
        return None
    span = doc.char_span(t0, m.evidence.trigger_end or t0 + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def parties_of(m: Mention) -> Parties:
    return Parties(
        sentence=m.sentence,
        event_type=m.event_type,
        actors=frozenset(a.country for a in m.actor if a.country),
        recipients=frozenset(a.country for a in m.recipient if a.country),
        named_actor=bool(m.actor) and not m.unattributed,
        named_recipient=bool(m.recipient),
    )


def readings(mentions: list[Mention], doc: Doc) -> list[Reading]:
    """The reading of each mention of a story (``doc``: its parse), in order. A mention's
    ranking score (``Mention.confidence`` as the coder set it) decides which event of a
    sentence is its top one."""
    per_sentence = Counter(m.sentence for m in mentions)
    top: dict[int, float] = {}
    for m in mentions:
        top[m.sentence] = max(top.get(m.sentence, 0.0), m.confidence)
    told = [(m.sentence, m.event_type, {a.country for a in m.actor if a.country}) for m in mentions]
    triggers = Counter(m.evidence.trigger_start for m in mentions)
    story = [parties_of(m) for m in mentions]
    counts = story_counts(story)
    out = []
    for i, m in enumerate(mentions):
        tok = trigger_root(doc, m)
        span = None
        if m.evidence.start is not None and m.evidence.end is not None:
            span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        mine = {a.country for a in m.actor if a.country}
        rank = clause_rank(tok) if tok is not None else -1
        out.append(Reading(
            rules=frozenset(rule_ids(m.explanation)),
            modality=m.modality,
            event_type=m.event_type,
            cameo=m.cameo or "",
            unattributed=m.unattributed,
            has_actor=bool(m.actor),
            has_recipient=bool(m.recipient),
            sentence=m.sentence,
            in_sentence=per_sentence[m.sentence],
            top_of_sentence=m.confidence >= top[m.sentence],
            quoted=quoted(m.evidence.sentence_text, m.evidence.start, m.evidence.trigger_start),
            retold=retold(m.sentence, m.event_type, mine, told),
            pos=tok.pos_ if tok is not None else "",
            rank=rank,
            structure=structure(
                tok, span, [a.text for a in m.actor], [a.text for a in m.recipient], m.modality
            ),
            same_trigger=triggers[m.evidence.trigger_start] if m.evidence.trigger_start else 1,
            trigger=m.evidence.trigger or "",
            story=story_features(i, story, counts),
        ))  # fmt: skip
    return out


def ranking(m: Mention) -> float:
    """How central a reading is among its sentence's: the coder's ranking score (confidence.py),
    which the calibrated confidence replaced in the record."""
    return m.rank_score if m.rank_score is not None else m.confidence


def calibrate(mentions: list[Mention], doc: Doc) -> None:
    """Set, in place, each mention's confidence to its calibrated score (confidence.tsv), in
    the order the coder ranks a sentence's readings (``keep_order``); the score the coder
    ranked with until now is kept as ``Mention.rank_score``."""
    for m, r in zip(mentions, readings(mentions, doc), strict=True):
        m.rank_score = m.confidence
        m.score_features = tuple(score_features(r))
        m.confidence = score(m.score_features)
    keep_order(mentions)
    for m in mentions:  # the explanation names the features that weighed (confidence.weighed)
        m.explanation = f"{m.explanation}; {weighed(m)}" if m.explanation else weighed(m)


# an explanation names at most TERMS_SHOWN features for and TERMS_SHOWN against an event's
# confidence, each of a weight of at least TERM_MIN (log-odds) either way, the heaviest first
TERMS_SHOWN = 3
TERM_MIN = 0.2


def weighed_terms(
    features: Iterable[str],
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The features that weighed most for and against a confidence (``score_features``), with
    their weights: (for, against), each the heaviest ``TERMS_SHOWN`` of ``TERM_MIN`` or more."""
    table = weights()
    terms = [(f, table.get(f, 0.0)) for f in features if f != "base"]
    pro = sorted((t for t in terms if t[1] >= TERM_MIN), key=lambda t: -t[1])[:TERMS_SHOWN]
    con = sorted((t for t in terms if t[1] <= -TERM_MIN), key=lambda t: t[1])[:TERMS_SHOWN]
    return pro, con


def weighed(m: Mention) -> str:
    """The explanation's account of a mention's confidence (rule confidence.weighed): its value
    and the features that weighed most for and against it (``weighed_terms``)."""
    pro, con = weighed_terms(m.score_features)
    parts = []
    if pro:
        parts.append("for " + ", ".join(f"{f} {w:+.2f}" for f, w in pro))
    if con:
        parts.append("against " + ", ".join(f"{f} {w:+.2f}" for f, w in con))
    return explain(
        "confidence.weighed",
        confidence=f"{m.confidence:.2f}",
        terms="; ".join(parts) or "no strong feature",
    )


def keep_order(mentions: list[Mention]) -> None:
    """A sentence's readings keep the coder's order: a reading ranked below another of its
    sentence never scores above it (its confidence is capped just below; an equal rank, at
    the same), so "the most confident event of a sentence" stays its most central one."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for group in by_sentence.values():
        prev: Mention | None = None
        for m in sorted(group, key=ranking, reverse=True):
            if prev is not None:
                cap = prev.confidence if ranking(m) >= ranking(prev) else prev.confidence - 0.001
                m.confidence = round(max(0.01, min(m.confidence, cap)), 3)
            prev = m


def opening(sentences: Iterable[int]) -> int:
    """The last sentence of a story's opening, given the sentences its events were coded in:
    its first LEAD_SENTENCES sentences, or the first sentence that holds an event when those
    hold none (a headline fragment, a dateline line or a scene-setting line before the lead:
    the first act told is still what the story is about)."""
    return max(LEAD_SENTENCES - 1, min(sentences, default=0))


@contextmanager
def min_confidence_of(nlp: Language, value: float) -> Iterator[None]:
    """While the block runs, the event coder of ``nlp`` leaves out events below ``value``
    instead of its configured ``min_confidence`` (0 keeps every event); restored after."""
    coder = nlp.get_pipe("communique_event_coder")
    before = coder.min_confidence
    coder.min_confidence = value
    try:
        yield
    finally:
        coder.min_confidence = before


def drop_unsure(
    mentions: list[Mention], dropped: list[Dropped], min_confidence: float = MIN_CONFIDENCE
) -> list[Mention]:
    """The mentions whose calibrated confidence reaches ``min_confidence``, those of the
    story's opening (``opening``), and unattributed violence, coercion and protest (kept with
    an empty actor and a low confidence, as the record's ``unattributed`` flag tells); each
    other one is added to ``dropped`` (rule filter.low_confidence) with its confidence and the
    features that weighed most against it."""
    kept = []
    table = weights()
    first = opening(m.sentence for m in mentions)
    for m in mentions:
        if m.confidence >= min_confidence or m.sentence <= first or m.unattributed:
            kept.append(m)
            continue
        against = sorted(
            (f for f in m.score_features if f != "base" and table.get(f, 0.0) < 0),
            key=lambda f: table[f],
        )[:3]
        terms = ", ".join(f"{f} {table[f]:+.2f}" for f in against) or "no strong feature"
        why = explain(
            "filter.low_confidence",
            word=m.evidence.trigger,
            confidence=f"{m.confidence:.2f}",
            terms=terms,
        )
        dropped.append(Dropped.of(m, "filter.low_confidence", why))
    return kept
