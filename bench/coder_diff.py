"""Snapshot what the coder codes, and compare two snapshots: the check that a refactor of the
coder changed nothing it was not meant to change.

    python bench/coder_diff.py snapshot before.jsonl [--shared ../shared]
    python bench/coder_diff.py compare before.jsonl after.jsonl [--explanations]

A snapshot holds one line per coded mention (sorted, so two snapshots diff line by line) over:
the bundled example stories, the project's benchmark corpus (``communique.benchmark.corpus``),
and, when ``--shared`` points at the shared folder, the development sets' sentences and pages
(read there at run time, never copied into the project). Mentions are coded through the same
pipeline ``communique ingest`` runs. ``compare`` ignores the free-text ``explanation`` unless
``--explanations`` is given (its wording may change while the coding does not); it prints each
difference with the corpus item and the sentence, then a count per corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from communique.benchmark.corpus import bench_articles, example_articles
from communique.model import Article
from communique.pipeline import code_articles
from communique.store.db import CodedArticle


def _corpora(shared: Path | None, n_bench: int) -> dict[str, list[Article]]:
    out = {"examples": example_articles(), "bench": bench_articles(n_bench)}
    if shared is None:
        return out
    from communique.evaluate import load_gold
    from communique.sources import iter_articles

    bm = shared / "benchmarks"
    gold = load_gold(bm / "plover_gsr" / "PLOVER_GSR_CAMEO.json")
    out["plover_gsr"] = [Article(text=r["text"], id=f"gsr{i}") for i, r in enumerate(gold)]
    with (bm / "cameo_penta" / "test.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if len(r) == 2 and r[1].strip().isdigit()]
    out["cameo_penta"] = [Article(text=t, id=f"penta{i}") for i, (t, _) in enumerate(rows)]
    pages = sorted((bm / "realpages").glob("*/*.html"))
    out["realpages"] = [a for a in iter_articles([str(p) for p in pages]) if isinstance(a, Article)]
    return out


def snapshot(path: Path, shared: Path | None, n_bench: int) -> None:
    lines: list[str] = []
    for name, articles in _corpora(shared, n_bench).items():
        n = 0
        for item in code_articles(articles):
            if not isinstance(item, CodedArticle):
                continue
            for m in item.mentions:
                rec = m.to_dict()
                rec["_corpus"] = name
                lines.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
                n += 1
        print(f"{name}: {len(articles)} items, {n} mentions", file=sys.stderr)
    path.write_text("".join(sorted(ln + "\n" for ln in lines)), encoding="utf-8")


def _key(rec: dict, explanations: bool) -> str:
    rec = dict(rec)
    if not explanations:
        rec.pop("explanation", None)
    return json.dumps(rec, sort_keys=True, ensure_ascii=False)


def _short(rec: dict) -> str:
    def who(xs: list[dict]) -> str:
        return ",".join(a.get("code") or a.get("text") or "?" for a in xs) or "-"

    return (
        f"{rec['_corpus']}/{rec['article_id']} s{rec['sentence']}: {rec['event_type']} "
        f"{rec['cameo']} {who(rec['actor'])}->{who(rec['recipient'])} {rec['modality']} "
        f"conf {rec['confidence']} '{rec['evidence']['trigger']}' | "
        f"{rec['evidence']['sentence_text'][:110]}"
    )


def compare(before: Path, after: Path, explanations: bool) -> int:
    def load(p: Path) -> dict[str, dict]:
        recs = [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines() if ln]
        return {_key(r, explanations): r for r in recs}

    a, b = load(before), load(after)
    gone, new = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    per: Counter[str] = Counter()
    for k in gone:
        print("- " + _short(a[k]))
        per[a[k]["_corpus"]] += 1
    for k in new:
        print("+ " + _short(b[k]))
        per[b[k]["_corpus"]] += 1
    totals = Counter(r["_corpus"] for r in a.values())
    for corpus in sorted(set(totals) | set(per)):
        print(f"{corpus}: {totals[corpus]} mentions before, {per[corpus]} lines differ")
    return 1 if gone or new else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot", help="code the corpora and write sorted mentions")
    s.add_argument("out", type=Path)
    s.add_argument("--shared", type=Path, help="the shared folder (adds the development sets)")
    s.add_argument("--bench", type=int, default=200, help="benchmark-corpus stories")
    c = sub.add_parser("compare", help="list the mentions that differ between two snapshots")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--explanations", action="store_true", help="compare explanation text too")
    args = ap.parse_args()
    if args.cmd == "snapshot":
        snapshot(args.out, args.shared, args.bench)
        return 0
    return compare(args.before, args.after, args.explanations)


if __name__ == "__main__":
    sys.exit(main())
