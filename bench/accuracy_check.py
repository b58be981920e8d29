"""Check that the fast pipeline codes exactly what the full spaCy pipeline codes.

Runs both over the bundled example stories, and over a gold file's sentences when one is
given, and prints how many coded mentions differ (0 is the goal; every speed change is
checked with this). Usage:

    python bench/accuracy_check.py [--gold /path/to/PLOVER_GSR_CAMEO.json] [--articles N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from communique.benchmark.corpus import bench_articles, example_articles
from communique.coding import code_article
from communique.model import Article
from communique.parsing import load_pipeline, parse_texts


def _coded(nlp, articles: list[Article]) -> tuple[list[list[str]], float]:
    start = time.perf_counter()
    docs = list(parse_texts(nlp, articles, batch_size=32))
    out = [
        sorted(json.dumps(m.to_dict(), sort_keys=True) for m in code_article(a, d, nlp))
        for a, d in zip(articles, docs, strict=True)
    ]
    return out, time.perf_counter() - start


def compare(name: str, articles: list[Article]) -> int:
    for a in articles:
        a.ensure_id()
    full, t_full = _coded(load_pipeline(fast=False), articles)
    fast, t_fast = _coded(load_pipeline(fast=True), articles)
    diff = 0
    for a, x, y in zip(articles, full, fast, strict=True):
        for m in sorted(set(x) ^ set(y)):
            diff += 1
            rec = json.loads(m)
            sign = "-" if m in x else "+"
            print(f"  {sign} {a.id}: {rec['event_type']} {rec['evidence']['sentence_text'][:90]}")
    n = sum(len(x) for x in full)
    print(
        f"{name}: {len(articles)} texts, {n} mentions (full pipeline), {diff} differ; "
        f"full {t_full:.2f}s, fast {t_fast:.2f}s"
    )
    return diff


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, help="PLOVER gold JSON (a list of records with text)")
    ap.add_argument("--articles", type=int, default=60, help="benchmark-corpus stories")
    args = ap.parse_args()
    diff = compare("examples", example_articles())
    diff += compare("bench corpus", bench_articles(args.articles))
    if args.gold:
        from communique.evaluate import load_gold

        gold = [Article(text=r["text"], id=f"gold{i}") for i, r in enumerate(load_gold(args.gold))]
        diff += compare("gold sentences", gold)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
