"""Score the coder against human-coded PLOVER sentences (``communique eval --gold FILE``).

Gold: the PLOVER GSR JSON array (openeventdata/PLOVER ``PLOVER_GSR_CAMEO``; its DOCUMENT record
is skipped) or JSON Lines with the same fields (``text``, ``event``, ``source``, ``target``).
For each sentence the coder's most central mention is the prediction (the highest ranking score,
``coding.calibration.ranking``; "NONE" if it found nothing). Old PLOVER names are mapped to today's: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
FIGHT→ASSAULT, INVESTIGATE→ACCUSE (CAMEO 09 is ACCUSE/investigate in the 2021 crosswalk).
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from communique.coding.calibration import ranking
from communique.model import Article

OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
# CAMEO's own country codes that differ from ISO 3166 alpha-3 (CAMEO manual, country codes)
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GER": "DEU", "UK": "GBR"}
# the coder writes UNO / EUR for UN and EU bodies; CAMEO gold writes IGO for all of them
NON_STATE = {"UNO": "IGO", "EUR": "IGO", "IGO": "IGO"}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold records from a JSON array or JSON Lines file, documentation records dropped."""
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = json.loads(text)
    else:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    out = []
    for r in records:
        event = r.get("event") or r.get("event_type") or r.get("plover_event_0.5b1")
        if not r.get("text") or not event or event == "DOCUMENT":
            continue
        r = dict(r)
        r["event"] = OLD_NAMES.get(event, event)
        out.append(r)
    return out


def _country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()[:3]
    code = CAMEO_TO_ISO.get(code, code)
    return NON_STATE.get(code, code)


def gold_countries(value: Any) -> set[str]:
    """Country codes of a gold source/target (null, "", a dict or a list of dicts)."""
    if not value:
        return set()
    items = value if isinstance(value, list) else [value]
    return {c for c in (_country(a.get("code")) for a in items if isinstance(a, dict)) if c}


def predicted_countries(actors: list[Any]) -> set[str]:
    return {c for c in (_country(a.country) for a in actors) if c}


class _F1:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def code_texts(
    texts: list[str], batch_size: int = 64, prefix: str = "text", published: str | None = None
) -> list[list[Any]]:
    """The mentions the coder finds in each text, each text read as an article of its own
    (the full spaCy pipeline, as ``communique eval`` reads gold sentences), published on
    ``published`` (ISO date) when given."""
    from communique.coding import code_article
    from communique.coding.components import CODER_PIPES
    from communique.parsing import headline_case, load_pipeline

    nlp = load_pipeline(fast=False)
    headline = headline_case(nlp)  # title-case lines parsed in sentence case, as ingest does
    with nlp.select_pipes(disable=list(CODER_PIPES)):
        docs = list(nlp.pipe(map(headline, texts), batch_size=batch_size))
    return [
        code_article(Article(text=text, id=f"{prefix}{i}", published=published), doc)
        for i, (text, doc) in enumerate(zip(texts, docs, strict=True))
    ]


def evaluate(gold_path: Path, batch_size: int = 64, details: bool = False) -> dict:
    """Event type accuracy, actor/recipient country F1, triple accuracy, per-type scores,
    confusion matrix, n and sentences per second (spaCy parsing included)."""
    from communique.parsing import load_pipeline

    gold = load_gold(Path(gold_path))
    load_pipeline(fast=False)  # loaded before the clock starts, as sentences/s always was
    start = time.perf_counter()
    coded = code_texts([r["text"] for r in gold], batch_size=batch_size, prefix="gold")
    preds = [max(ms, key=ranking) if ms else None for ms in coded]
    elapsed = time.perf_counter() - start

    actor_f1, recip_f1 = _F1(), _F1()
    confusion: dict[str, Counter] = defaultdict(Counter)
    correct = triples = 0
    rows = []
    for r, m in zip(gold, preds, strict=True):
        g_type = r["event"]
        p_type = m.event_type if m else "NONE"
        g_act, g_rec = gold_countries(r.get("source")), gold_countries(r.get("target"))
        p_act = predicted_countries(m.actor) if m else set()
        p_rec = predicted_countries(m.recipient) if m else set()
        actor_f1.add(g_act, p_act)
        recip_f1.add(g_rec, p_rec)
        confusion[g_type][p_type] += 1
        correct += g_type == p_type
        triples += g_type == p_type and g_act == p_act and g_rec == p_rec
        if details:
            rows.append(
                {
                    "id": r.get("id"),
                    "gold": [g_type, sorted(g_act), sorted(g_rec)],
                    "pred": [p_type, sorted(p_act), sorted(p_rec)],
                    "explanation": m.explanation if m else "",
                }
            )
    n = len(gold)
    labels = sorted(set(confusion) | {p for row in confusion.values() for p in row})
    per_type = {}
    for t in labels:
        if t == "NONE":
            continue
        tp = confusion[t][t] if t in confusion else 0
        support = sum(confusion[t].values()) if t in confusion else 0
        predicted = sum(row.get(t, 0) for row in confusion.values())
        p = tp / predicted if predicted else 0.0
        rc = tp / support if support else 0.0
        per_type[t] = {
            "precision": round(p, 3),
            "recall": round(rc, 3),
            "f1": round(2 * p * rc / (p + rc), 3) if p + rc else 0.0,
            "support": support,
        }
    result = {
        "n": n,
        "event_type_accuracy": round(correct / n, 4) if n else 0.0,
        "actor_country_f1": round(actor_f1.f1(), 4),
        "recipient_country_f1": round(recip_f1.f1(), 4),
        "triple_accuracy": round(triples / n, 4) if n else 0.0,
        "per_type": per_type,
        "confusion": {g: dict(row) for g, row in sorted(confusion.items())},
        "sentences_per_s": round(n / elapsed, 1) if elapsed else 0.0,
    }
    if details:
        result["sentences"] = rows
    return result
