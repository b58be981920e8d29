"""Event-type accuracy of the coder on invented one-sentence news snippets of every PLOVER type.

Codes every snippet of ``bench/data/type_snippets.tsv`` (or ``--snippets FILE``: a TSV of
expected PLOVER type, then the snippet, optionally the CAMEO code as documentation; ``#`` lines
are comments; ``bench/data/type_probe.tsv`` is a second such file, written before the coder was
run on it; ``bench/data/quiet_prose.tsv`` holds analysis, opinion, trial and profile prose, two
thirds of it labelled NONE: no event, scored as the answer when nothing is coded) the way ``communique eval
--gold`` does: one article per snippet, full spaCy pipeline, the highest-confidence event is
the answer (NONE when nothing is coded). Reports accuracy, per-type recall and precision, and
the confusion pairs (expected -> got) from most to least frequent.

Usage: ``PYTHONPATH=src python bench/type_accuracy.py [--json] [--misses]``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from unrest_recall import run

from communique.model import PLOVER_TYPES

DEFAULT = Path(__file__).parent / "data" / "type_snippets.tsv"


def score(rows: list[tuple[str, str]], coded: list[list[Any]]) -> dict[str, Any]:
    support: Counter = Counter()
    predicted: Counter = Counter()
    hits: Counter = Counter()
    pairs: Counter = Counter()
    misses = []
    for (expected, text), mentions in zip(rows, coded, strict=True):
        top = max(mentions, key=lambda m: m.confidence) if mentions else None
        got = top.event_type if top else "NONE"
        support[expected] += 1
        predicted[got] += 1
        if got == expected:
            hits[expected] += 1
            continue
        pairs[(expected, got)] += 1
        rule = top.explanation if top else ""
        misses.append({"expected": expected, "got": got, "text": text, "explanation": rule})
    n = len(rows)
    return {
        "n": n,
        "accuracy": round(sum(hits.values()) / n, 4) if n else 0.0,
        "per_type": {
            t: {
                "support": support[t],
                "recall": round(hits[t] / support[t], 4) if support[t] else 0.0,
                "precision": round(hits[t] / predicted[t], 4) if predicted[t] else 0.0,
            }
            for t in (*PLOVER_TYPES, "NONE")
            if support[t] or predicted[t]
        },
        "confusions": [{"expected": e, "got": g, "count": c} for (e, g), c in pairs.most_common()],
        "misses": misses,
    }


def _report(result: dict[str, Any], misses: list[dict[str, Any]]) -> None:
    print(f"{result['n']} snippets, {result['seconds']} s, accuracy {result['accuracy']:.3f}")
    for t, r in result["per_type"].items():
        print(f"  {t:9} recall {r['recall']:.3f} precision {r['precision']:.3f} of {r['support']}")
    print(
        "  confusions: "
        + ", ".join(f"{c['expected']}->{c['got']} {c['count']}" for c in result["confusions"][:15])
    )
    for m in misses:
        print(f"  {m['expected']:9} got {m['got']:9} {m['text']}\n{'':22}{m['explanation']}")


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        default=DEFAULT,
        types=(*PLOVER_TYPES, "NONE"),
        prefix="types",
        score=score,
        report=_report,
        doc=__doc__ or "",
    )


if __name__ == "__main__":
    raise SystemExit(main())
