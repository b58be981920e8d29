"""A learned acceptance model for a story's coded events (rule filter.learned_acceptance).

The coder's rules make each candidate event; this last step of story coding decides, for each
event kept so far, whether to keep it: a logistic regression over generic, non-lexical features
of how the event was read (``features``): its PLOVER type and CAMEO root, modality, the rule ids
of its explanation (a bag of ids), its calibrated confidence and the named features that score
it (coding.calibration: trigger part of speech, quotation, clause rank, position in the story,
how its parties stand in the story), whether its recipient was taken from context, the kinds of
its actor and recipient (state, intergovernmental body, NGO, company, unplaced group), a dyad
inside one country, how many events its sentence and its story hold, how far its date lies
from publication, its type together with its modality (a threat told as future is not a meeting
told as future), and the shape of its sentence read from closed-class words only
(``shape_features``: a question, a caption or list line, a condition after the trigger, a
negation or a future auxiliary just before it). No word or name of the text is a feature.

The weights, the threshold and the stories it applies to are data
(``data/coding/acceptance.tsv``), written by ``tools/train_acceptance.py`` from the project's
own story benches (bench/stories; the file's header names the sets, the commit and the date).
An event the model scores below the threshold is left out and counted among the dropped
candidates with its probability (rule filter.learned_acceptance). The model is applied only to
what it was trained on: stories of at least ``min_sentences`` sentences (a sentence coded on its
own, a caption or a brief is left as the rules coded it); the events of the story's opening
(``calibration.opening``) are kept whatever they score, as filter.low_confidence keeps them.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from communique.coding.calibration import CONTEXT_RECIPIENT_RULES, logistic, opening, rule_ids
from communique.coding.lexicon import modality_cues
from communique.coding.rules import explain
from communique.model import Actor, Dropped, Mention

RULE = "filter.learned_acceptance"
MODEL_FILE = "acceptance.tsv"
# non-state codes of an actor's ``country`` (GUIDE.md section 2)
IGO_CODES = frozenset({"UNO", "EUR", "IGO"})
OTHER_CODES = {"NGO": "ngo", "MNC": "mnc", "IMG": "group"}
# the feature families, in the order ``features`` names them (written into the model file)
FAMILIES = (
    "score:<calibration feature>",
    "rule:<rule id>",
    "type:<PLOVER>",
    "root:<CAMEO root>",
    "modality:<modality>",
    "confidence:<tenth>",
    "actor_kind:<kind>",
    "recipient_kind:<kind>",
    "actor_sector:<sector>",
    "recipient:context",
    "dyad:same_country",
    "sentence_events:<count>",
    "story_events:<bin>",
    "sentence:<position>",
    "date:<distance from publication>",
    "unattributed",
    "kind:<PLOVER>/<modality>",
    "shape:<sentence shape>",
)
# a word of a sentence, the clitic negation on its own ("won't" -> "wo", "n't")
_WORD = re.compile(r"n't|\w+(?=n't)|\w+")
# how a sentence of prose ends (a closing quotation mark or bracket after its stop): a line
# that ends otherwise is a caption, a list item, a headline or a label
_PROSE_END = (".", "!", "?", ":", ";", '"', "'", "\u201d", "\u2019", ")")
# how many words before the trigger an auxiliary or a negation of its verb phrase may stand
_AUX_SPAN = 4
_SETTING = re.compile(r"^#\s*setting:\s*(\w+)\s*=\s*(\S+)")


@dataclass(frozen=True)
class AcceptanceModel:
    """Weights (log-odds) of named features, an intercept, the threshold below which an event
    is dropped, and the least number of sentences of a story it is applied to."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.0
    min_sentences: int = 1

    def probability(self, feats: dict[str, float]) -> float:
        return logistic(self.bias + sum(self.weights.get(f, 0.0) * v for f, v in feats.items()))

    def applies(self, sentences: int) -> bool:
        return self.threshold > 0 and sentences >= self.min_sentences


def read_model(path: Path) -> AcceptanceModel:
    """The model in a file written by tools/train_acceptance.py: ``# setting: name = value``
    header lines (threshold, min_sentences) and rows ``feature<TAB>weight<TAB>...``, the
    intercept named ``bias``."""
    settings: dict[str, str] = {}
    weights: dict[str, float] = {}
    bias = 0.0
    with path.open(encoding="utf-8") as fh:
        lines = []
        for line in fh:
            if line.startswith("#"):
                m = _SETTING.match(line)
                if m:
                    settings[m[1]] = m[2]
                continue
            lines.append(line)
    for row in csv.reader(lines, delimiter="\t"):
        if len(row) < 2 or row[0] == "feature":
            continue
        if row[0] == "bias":
            bias = float(row[1])
        else:
            weights[row[0]] = float(row[1])
    return AcceptanceModel(
        weights=weights,
        bias=bias,
        threshold=float(settings.get("threshold", 0.0)),
        min_sentences=int(settings.get("min_sentences", 1)),
    )


@lru_cache(maxsize=1)
def shipped_model() -> AcceptanceModel | None:
    """The project's model (data/coding/acceptance.tsv), or None when there is none."""
    res = resources.files("communique.data.coding").joinpath(MODEL_FILE)
    if not res.is_file():
        return None
    with resources.as_file(res) as path:
        return read_model(Path(path))


def party_kind(party: Actor) -> str:
    """A party's kind: a state, an intergovernmental body, an NGO, a company, a group placed
    in no state, or a party the coder placed nowhere."""
    code = (party.country or "").upper()
    if code in IGO_CODES:
        return "igo"
    if code in OTHER_CODES:
        return OTHER_CODES[code]
    if len(code) == 3 and code.isalpha():
        return "state"
    return "unplaced"


def _day(value: str | None) -> date | None:
    """The first day an ISO date, month or year names ("2024", "2024-05", "2024-05-14")."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        nums = [int(p) for p in parts if p]
        return date(nums[0], nums[1] if len(nums) > 1 else 1, nums[2] if len(nums) > 2 else 1)
    except (ValueError, IndexError):
        return None


def date_bin(coded: str | None, published: date | None) -> str:
    """How far an event's date lies from publication: none, the day, a week, a month, a year,
    longer, or after it."""
    day = _day(coded)
    if day is None or published is None:
        return "none"
    days = (published - day).days
    if days < 0:
        return "after"
    if days == 0:
        return "same_day"
    for limit, name in ((7, "week"), (31, "month"), (365, "year")):
        if days <= limit:
            return name
    return "older"


def _count_bin(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-9" if n <= 9 else "10+"


def shape_features(m: Mention) -> list[str]:
    """The shape of the sentence an event was read from, by closed-class words only (the
    modality cues of data/coding/modality.tsv; no word of the text is a feature): a question,
    a line that is no sentence of prose (caption, list item, headline), a clause of condition
    (a "mark" cue: "if", "unless", "whether") after the trigger (a threat or an offer told
    with its condition), and a negation or a future or hypothetical auxiliary among the words
    just before the trigger (a refusal or a threat told as future: "would not send")."""
    ev = m.evidence
    text = ev.sentence_text.strip()
    out = []
    if text.endswith("?"):
        out.append("shape:question")
    elif not text.endswith(_PROSE_END):
        out.append("shape:line")
    at = ev.trigger_start - ev.start if ev.trigger_start is not None else None
    if at is None or not 0 <= at <= len(ev.sentence_text):
        return out
    before = [w.lower() for w in _WORD.findall(ev.sentence_text[:at])][-_AUX_SPAN:]
    after = [w.lower() for w in _WORD.findall(ev.sentence_text[at:])]
    cues = modality_cues()
    if any(w in cues.get("mark", {}) for w in after):
        out.append("shape:condition_after")
    if any(cues.get("neg", {}).get(w) == "negated" for w in before):
        out.append("shape:negation_before")
    aux = cues.get("aux", {})
    if any(aux.get(w) in ("future", "hypothetical") for w in before):
        out.append("shape:modal_before")
    return out


def features(mentions: list[Mention], published: date | None) -> list[dict[str, float]]:
    """The named features of each mention of a story (all 1.0: the model's inputs are
    indicators). Read off the record and the calibration's features only: no text."""
    per_sentence = Counter(m.sentence for m in mentions)
    story = _count_bin(len(mentions))
    out = []
    for m in mentions:
        f: dict[str, float] = {}
        for name in m.score_features:
            if name != "base":
                f[f"score:{name}"] = 1.0
        rules = set(rule_ids(m.explanation))
        rules.discard("confidence.weighed")
        for r in rules:
            f[f"rule:{r}"] = 1.0
        f[f"type:{m.event_type}"] = 1.0
        f[f"root:{(m.cameo or '')[:2] or 'none'}"] = 1.0
        f[f"modality:{m.modality}"] = 1.0
        f[f"confidence:{min(9, int(m.confidence * 10))}"] = 1.0
        for side, parties in (("actor", m.actor), ("recipient", m.recipient)):
            kinds = {party_kind(p) for p in parties} or {"none"}
            for k in kinds:
                f[f"{side}_kind:{k}"] = 1.0
        for sector in {p.sector for p in m.actor if p.sector}:
            f[f"actor_sector:{sector}"] = 1.0
        if rules & CONTEXT_RECIPIENT_RULES:
            f["recipient:context"] = 1.0
        mine = {p.country for p in m.actor if p.country}
        theirs = {p.country for p in m.recipient if p.country}
        if mine & theirs:
            f["dyad:same_country"] = 1.0
        f[f"sentence_events:{min(per_sentence[m.sentence], 4)}"] = 1.0
        f[f"story_events:{story}"] = 1.0
        pos = "lead" if m.sentence == 0 else "early" if m.sentence <= 3 else "body"
        f[f"sentence:{'late' if m.sentence >= 12 else pos}"] = 1.0
        f[f"date:{date_bin(m.date, published)}"] = 1.0
        if m.unattributed:
            f["unattributed"] = 1.0
        if m.modality != "asserted":
            f[f"kind:{m.event_type}/{m.modality}"] = 1.0
        for name in shape_features(m):
            f[name] = 1.0
        out.append(f)
    return out


def accept(
    mentions: list[Mention],
    dropped: list[Dropped],
    sentences: int,
    published: date | None,
    model: AcceptanceModel | None,
) -> list[Mention]:
    """Score each mention of a story (``Mention.acceptance``, kept for the coder's tools) and,
    when ``model`` applies to a story of ``sentences`` sentences, leave out each one it scores
    below its threshold, counted in ``dropped`` with its probability (filter.learned_acceptance)."""
    feats = features(mentions, published)
    for m, f in zip(mentions, feats, strict=True):
        m.acceptance_features = tuple(sorted(f))
        m.acceptance = round(model.probability(f), 3) if model is not None else None
    if model is None or not model.applies(sentences):
        return mentions
    kept = []
    first = opening(m.sentence for m in mentions)
    for m in mentions:
        # the story's opening tells what it is about: kept, as filter.low_confidence keeps it
        if m.acceptance is None or m.acceptance >= model.threshold or m.sentence <= first:
            kept.append(m)
            continue
        why = explain(
            RULE,
            word=m.evidence.trigger,
            probability=f"{m.acceptance:.2f}",
            threshold=f"{model.threshold:.2f}",
        )
        dropped.append(Dropped.of(m, RULE, why))
    return kept
