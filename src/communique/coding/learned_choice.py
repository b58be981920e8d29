"""A learned choice among the story's counterparts for an act that names no target (rule
recipient.learned_choice). recipient.story_counterpart assumes the state the story names most,
other than the doer's own; when the story has a second such state, or the guess is weak, a
small logistic model (weights in data/coding/recipient_choice.tsv, trained offline by
tools/train_recipient_choice.py on the project's own story gold) scores each candidate from
generic features only: its rank, how often and where the story names it, whether the story
paired it with the doer, whether it is the dateline's state, the act's type, the trigger's
syntactic relation, the doer's kind. No words and no names are features.

The model decides only where the rules leave a real choice: it takes the second counterpart
when its score beats the first's by the file's ``margin``, and no target at all when no
candidate scores above the file's ``floor``."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from communique.actors.spans import is_state
from communique.coding.calibration import logistic
from communique.coding.candidate import Candidate
from communique.coding.resolver import IGO_CODES, LEAD_PARAGRAPHS, ArgumentResolver
from communique.datafiles import read_tsv
from communique.doctext import doc_text

PLOVER_TYPES = (
    "ACCUSE",
    "AGREE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
)
# the trigger's syntactic relation to its head, in a few classes
RELATIONS = ("root", "conj", "xcomp", "ccomp", "advcl", "relative", "noun", "other")
_RELATION_OF = {
    "ROOT": "root",
    "conj": "conj",
    "xcomp": "xcomp",
    "ccomp": "ccomp",
    "advcl": "advcl",
    "relcl": "relative",
    "acl": "relative",
}
GOV_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
GROUP_SECTORS = frozenset({"OPP", "REB", "CVL", "BUS", "MED", "NGO", "UAF", "INS"})
QUOTES = frozenset('"“”')

# the features, in the order of the weights file
FEATURES: tuple[str, ...] = (
    "bias",
    # the candidate
    "cand_second",  # the story's second counterpart, not its first
    "cand_paired",  # the story paired it with the doer in an event coded before
    "cand_log_count",  # log(1 + its mentions)
    "cand_share",  # its mentions over all mentions of states other than the doer's
    "cand_vs_doer",  # its mentions over the doer's state's (at most 3)
    "cand_margin",  # its mentions less the other candidate's, over both (-1..1)
    "cand_lead",  # named in the headline or the lead
    "cand_paragraph",  # named in the act's own paragraph
    "cand_previous_sentence",  # named in the sentence before the act's
    "cand_last_event",  # a party of the last event coded
    "cand_dateline",  # the dateline's state
    "cand_paragraph_gap",  # paragraphs since it was last named (log, 0 if in the act's)
    # the act
    *(f"type_{t}" for t in PLOVER_TYPES),
    *(f"rel_{r}" for r in RELATIONS),
    "trigger_noun",  # the trigger is a noun
    "trigger_object",  # the trigger has a direct object
    "trigger_quoted",  # the trigger is inside quotation marks
    "sentence_position",  # log(1 + the sentence's index in the story)
    # the doer
    "doer_igo",  # an international body
    "doer_government",  # a state's government, forces, courts or parliament
    "doer_group",  # an opposition, rebels, civilians, a business, the press
    "doer_state_only",  # the bare state (no sector)
    "doer_log_count",  # log(1 + the mentions of the doer's state)
    "story_states",  # log(1 + the states other than the doer's named twice or more)
)


@dataclass(frozen=True)
class Model:
    """The weights file: a logistic weight per feature and the decision's two settings."""

    weights: dict[str, float]
    margin: float
    floor: float

    def score(self, feats: dict[str, float]) -> float:
        return logistic(sum(self.weights.get(k, 0.0) * v for k, v in feats.items()))


WEIGHTS_FILE = resources.files("communique") / "data" / "coding" / "recipient_choice.tsv"


def read_model(path: Path | Traversable) -> Model:
    """Read a weights file: '#' notes, a header line ``kind name value``, then rows of kind
    ``setting`` (margin, floor) or ``weight`` (one per feature)."""
    weights: dict[str, float] = {}
    settings: dict[str, float] = {}
    for row in read_tsv(path):
        if row["kind"] == "weight":
            weights[row["name"]] = float(row["value"])
        elif row["kind"] == "setting":
            settings[row["name"]] = float(row["value"])
    return Model(weights, settings.get("margin", 1.0), settings.get("floor", 0.0))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped weights (None when the file is absent: the rule's own pick is kept)."""
    return read_model(WEIGHTS_FILE) if WEIGHTS_FILE.is_file() else None


# the training script's recorder: while it is set, every choice is recorded (and the rule's
# own pick kept), so that the candidates can be labelled against gold
_RECORDS: list[list[dict[str, Any]]] = []


@contextmanager
def recording() -> Iterator[list[dict[str, Any]]]:
    """Record every choice made while the block runs (tools/train_recipient_choice.py)."""
    out: list[dict[str, Any]] = []
    _RECORDS.append(out)
    try:
        yield out
    finally:
        _RECORDS.remove(out)


def _relation(tok: Token) -> str:
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return _RELATION_OF.get(tok.dep_, "other")


def _quoted(tok: Token) -> bool:
    sent = tok.sent
    text = doc_text(tok.doc)[sent.start_char : tok.idx]
    return sum(text.count(q) for q in QUOTES) % 2 == 1


def act_features(resolver: ArgumentResolver, cand: Candidate, own: set[str]) -> dict[str, float]:
    """The features of the act and its doer, the same for every candidate."""
    tok = cand.trigger.token
    feats: dict[str, float] = {"bias": 1.0}
    if cand.plover in PLOVER_TYPES:
        feats[f"type_{cand.plover}"] = 1.0
    feats[f"rel_{_relation(tok)}"] = 1.0
    feats["trigger_noun"] = float(tok.pos_ in ("NOUN", "PROPN"))
    feats["trigger_object"] = float(any(c.dep_ == "dobj" for c in tok.children))
    feats["trigger_quoted"] = float(_quoted(tok))
    feats["sentence_position"] = math.log1p(_sentence_index(resolver, tok))
    sectors = {a.sector for a in cand.actors}
    countries = {a.country for a in cand.actors}
    feats["doer_igo"] = float(bool(countries & IGO_CODES))
    feats["doer_government"] = float(bool(sectors & GOV_SECTORS))
    feats["doer_group"] = float(bool(sectors & GROUP_SECTORS))
    feats["doer_state_only"] = float(sectors <= {None, ""})
    counts = resolver.story_countries
    feats["doer_log_count"] = math.log1p(max((counts[c] for c in own), default=0))
    others = [c for c, n in counts.items() if is_state(c) and c not in own and n >= 2]
    feats["story_states"] = math.log1p(len(others))
    return feats


def candidate_features(
    resolver: ArgumentResolver,
    cand: Candidate,
    own: set[str],
    iso: str,
    count: int,
    other_count: int,
    second: bool,
) -> dict[str, float]:
    """The features of one candidate state ``iso`` (named ``count`` times; the other
    candidate ``other_count`` times, 0 if none)."""
    tok = cand.trigger.token
    counts = resolver.story_countries
    states = sum(n for c, n in counts.items() if is_state(c) and c not in own)
    doer = max((counts[c] for c in own), default=0)
    paras = resolver.state_paragraphs.get(iso, set())
    here = resolver.paragraph_of(tok.idx)
    before = [p for p in paras if p <= here]
    sent = tok.sent
    prev = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    named_prev = prev is not None and any(
        getattr(s.actor, "country", None) == iso and prev.start <= s.start < prev.end
        for s in resolver.index.spans
    )
    last = resolver.memory.history_states[-1] if resolver.memory.history_states else set()
    dateline = {
        getattr(s.actor, "country", None)
        for s in resolver.index.spans
        if s.start in resolver.dateline
    }
    return {
        "cand_second": float(second),
        "cand_paired": float(iso in resolver.paired_with(own)),
        "cand_log_count": math.log1p(count),
        "cand_share": count / states if states else 0.0,
        "cand_vs_doer": min(3.0, count / doer) if doer else 3.0,
        "cand_margin": (count - other_count) / (count + other_count) if count else 0.0,
        "cand_lead": float(bool(paras) and min(paras) < LEAD_PARAGRAPHS),
        "cand_paragraph": float(here in paras),
        "cand_previous_sentence": float(named_prev),
        "cand_last_event": float(iso in last),
        "cand_dateline": float(iso in dateline),
        "cand_paragraph_gap": math.log1p(here - max(before)) if before else math.log1p(here + 1),
    }


@dataclass(frozen=True)
class Decision:
    """What the learned choice made of the rule's pick: ``iso`` the state taken (None: no
    target), ``count`` its mentions, ``score`` its score, ``kept`` the first pick's score."""

    iso: str | None
    count: int
    score: float
    kept: float


def _sentence_index(resolver: ArgumentResolver, tok: Token) -> int:
    """The index of ``tok``'s sentence in the story."""
    if not tok.sent.start:
        return 0
    if resolver._sents is None:  # the resolver's own list of the story's sentences
        resolver._sents = list(resolver.doc.sents)
    return bisect_left([s.start for s in resolver._sents], tok.sent.start)


def choose(
    resolver: ArgumentResolver,
    cand: Candidate,
    own: set[str],
    first: tuple[str, int],
    second: tuple[str, int] | None,
) -> Decision | None:
    """The learned choice for an act whose rule picked the counterpart ``first`` (a state and
    its mentions), the story's next one being ``second``: None to keep the rule's pick, else
    the Decision to take the other state or no target at all."""
    mod = model()
    if not _RECORDS and mod is None:
        return None
    act = act_features(resolver, cand, own)
    rows: list[tuple[str, int, dict[str, float]]] = []
    options = [(first, second, False)] + ([(second, first, True)] if second else [])
    for (iso, n), other, is_second in options:
        feats = candidate_features(resolver, cand, own, iso, n, other[1] if other else 0, is_second)
        rows.append((iso, n, {**act, **feats}))
    if _RECORDS:
        tok = cand.trigger.token
        raw = tok.sent.text
        lead = len(raw) - len(raw.lstrip())
        _RECORDS[-1].append({
            "sentence": raw.strip().lower(),
            "offset": tok.idx - tok.sent.start_char - lead,
            "type": cand.plover,
            "candidates": [[iso, f] for iso, _, f in rows],
        })  # fmt: skip
        return None  # the rule's pick is kept while recording
    assert mod is not None
    scores = [mod.score(f) for _, _, f in rows]
    best = max(range(len(rows)), key=lambda i: scores[i] - (mod.margin if i else 0.0))
    if scores[best] < mod.floor:
        return Decision(None, 0, scores[best], scores[0])
    if best == 0:
        return None
    return Decision(rows[best][0], rows[best][1], scores[best], scores[0])
