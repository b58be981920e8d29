"""Score event linking on the project's linking corpus: pairwise precision, recall and F1.

    .venv/bin/python bench/linking/score.py            # oracle + coded, a table
    .venv/bin/python bench/linking/score.py --json     # the same numbers as JSON
    .venv/bin/python bench/linking/score.py --mode oracle --explain

Two measurements:

* ``oracle``: the hand-coded mentions of ``gold.tsv`` are written to a fresh store one story
  at a time, in publication order, through ``Store.write_batch(link=True)`` (the incremental
  path `communique ingest` uses), and also linked in one batch, and in one batch in reverse
  order. This measures the linker alone.
* ``coded``: the stories are ingested by the real pipeline (coder + linker); each coded
  mention is matched to the gold row of its paragraph whose trigger words it overlaps. Only
  matched mentions are scored; ``gold_rows_found`` says how many gold rows the coder produced.

A pair of mentions is positive when both report the same gold happening; precision is the
share of linked pairs that are positive, recall the share of positive pairs that are linked.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STORIES = HERE / "corpus" / "stories.jsonl"
GOLD = HERE / "gold.tsv"


def load_stories(path: Path = STORIES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_gold(path: Path = GOLD) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the corpus writes one sentence per paragraph."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of predicted clusters ``pred`` against ``gold``
    (both: item -> cluster label), over the items in ``gold``."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
        "true_pairs": tp + fn, "linked_pairs": tp + fp, "correct_pairs": tp,
        "mentions": len(items), "gold_happenings": len(set(gold.values())),
        "predicted_events": len({pred[i] for i in items}),
    }  # fmt: skip


def _actors(spec: str) -> list[Any]:
    from communique.model import Actor

    return [Actor(text=c, name=c, country=c) for c in filter(None, spec.split("+"))]


def oracle_articles(stories: list[dict[str, Any]], gold: list[dict[str, str]]) -> list[Any]:
    """The corpus as CodedArticles whose mentions are the hand-coded gold rows."""
    from communique.model import Article, Evidence, Location, Mention, Sentence
    from communique.places.gazetteer import geocode
    from communique.store import CodedArticle

    out = []
    for st in stories:
        art = Article(text=st["text"], id=st["id"], title=st["title"], url=st["url"],
                      publisher=st["publisher"], published=st["published"])  # fmt: skip
        spans = paragraphs(art.text)
        sents = [Sentence(art.id or "", i, s, e, art.text[s:e]) for i, (s, e) in enumerate(spans)]
        mentions = []
        for g in (g for g in gold if g["article_id"] == st["id"]):
            i = int(g["sentence"])
            s, e = spans[i]
            k = s + art.text[s:e].index(g["trigger"])
            loc = None
            if g["location"]:
                found = geocode(g["location"])
                loc = Location(g["location"], found and found.country, found and found.lat,
                               found and found.lon, g["location_source"])  # fmt: skip
            date = g["date"] or None
            mentions.append(Mention(
                article_id=st["id"], sentence=i, event_type=g["event_type"],
                mode=g["mode"] or None, cameo=g["cameo"] or None,
                actor=_actors(g["actor"]), recipient=_actors(g["recipient"]),
                evidence=Evidence(art.text[s:e], s, e, g["trigger"], k, k + len(g["trigger"])),
                explanation="gold", modality=g["modality"], date=date,
                date_precision={10: "day", 7: "month", 4: "year"}.get(len(date or "")),
                date_text=g["date_text"] or None, location=loc,
            ))  # fmt: skip
        out.append(CodedArticle(art, sents, mentions, [m.id for m in mentions], "gold"))
    return out


def score_oracle(explain: bool = False) -> dict[str, Any]:
    from communique.linking import Report, link_reports
    from communique.store import Store

    stories, gold = load_stories(), load_gold()
    stories.sort(key=lambda s: (s["published"], s["id"]))
    arts = oracle_articles(stories, gold)
    label = {m.id: g["happening"] for ca in arts for m, g in zip(
        ca.mentions, [g for g in gold if g["article_id"] == ca.article.id], strict=True)}  # fmt: skip
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "oracle.duckdb") as store:
        for ca in arts:  # one story per transaction: the incremental path
            store.write_batch([ca], link=True)
        rows = store.query("SELECT id, event_id, link_reason FROM mentions ORDER BY id")
        pred = {r["id"]: r["event_id"] for r in rows}
        out["incremental_store"] = pairwise(label, pred)
        if explain:
            out["explain"] = _explain(arts, label, pred, {r["id"]: r["link_reason"] for r in rows})
    for name, order in (("one_batch", arts), ("one_batch_reversed", arts[::-1])):
        reports = [Report(m, ca.article.publisher, ca.article.published)
                   for ca in order for m in ca.mentions[::-1]]  # fmt: skip
        res = link_reports(reports)
        out[name] = pairwise(label, {lk.mention_id: lk.event_id for lk in res.links})
    return out


def _explain(arts: list[Any], label: dict[str, str], pred: dict[str, str],
             reasons: dict[str, str]) -> list[str]:  # fmt: skip
    lines = []
    for ca in arts:
        for m in ca.mentions:
            lines.append(f"{label[m.id]:<22} {pred[m.id][:9]} {m.article_id[:34]:<34} "
                         f"s{m.sentence} {m.event_type:<8} {reasons[m.id]}")  # fmt: skip
    return lines


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def align(stories: list[dict[str, Any]], gold: list[dict[str, str]],
          coded: Iterable[dict[str, Any]]) -> dict[str, tuple[int, str]]:  # fmt: skip
    """Coded mention id -> (gold row index, happening) for mentions that match a gold row."""
    spans = {s["id"]: paragraphs(s["text"]) for s in stories}
    texts = {s["id"]: s["text"] for s in stories}
    rows: dict[str, list[tuple[int, dict[str, str], tuple[int, int]]]] = {}
    for n, g in enumerate(gold):
        s, e = spans[g["article_id"]][int(g["sentence"])]
        k = s + texts[g["article_id"]][s:e].index(g["trigger"])
        rows.setdefault(g["article_id"], []).append((n, g, (k, k + len(g["trigger"]))))
    out = {}
    for m in coded:
        ev = m["evidence"]
        ts, te = ev.get("trigger_start"), ev.get("trigger_end")
        if ts is None:
            continue
        for n, g, span in rows.get(m["article_id"], []):
            if _overlaps((ts, te), span):
                out[m["id"]] = (n, g["happening"])
                break
    return out


def score_coded(misses: bool = False) -> dict[str, Any]:
    from communique.pipeline import ingest
    from communique.sources import iter_articles
    from communique.store import Store

    stories, gold = load_stories(), load_gold()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "coded.duckdb") as store:
        report = ingest(iter_articles([str(STORIES)]), store)
        if report.errors:
            raise SystemExit(f"ingest failed: {report.errors[0]}")
        rows = store.query("SELECT id, event_id, record FROM mentions")
        datelines = dict(store.con.execute("SELECT id, dateline_date FROM articles").fetchall())
        n_events = store.count("events")
        from communique.store.queries import EventFilter, list_one_a_day

        n_one_a_day = len(list_one_a_day(store, EventFilter()))
    coded = [json.loads(r["record"]) for r in rows]
    event_of = {r["id"]: r["event_id"] for r in rows}
    matched = align(stories, gold, coded)
    label = {mid: hap for mid, (_, hap) in matched.items()}
    res = pairwise(label, event_of)
    if misses:
        res["misses"] = _misses(stories, coded, label, event_of, datelines)
    res["gold_rows"] = len(gold)
    res["gold_rows_found"] = len({n for n, _ in matched.values()})
    res["coded_mentions"] = len(coded)
    res["unmatched_mentions"] = len(coded) - len(matched)
    res["events_in_store"] = n_events
    res["one_a_day_records"] = n_one_a_day
    return res


def _misses(stories: list[dict[str, Any]], coded: list[dict[str, Any]], label: dict[str, str],
            event_of: dict[str, str], datelines: dict[str, str | None]) -> list[str]:  # fmt: skip
    """Why each pair of coded mentions was split (same gold happening) or linked (not)."""
    from communique.linking import Report, compare, load_rules
    from communique.model import Mention

    meta = {s["id"]: s for s in stories}
    by_id = {m["id"]: m for m in coded}
    out = []
    for a, b in combinations(sorted(label), 2):
        if (label[a] == label[b]) == (event_of[a] == event_of[b]):
            continue
        x, y = (
            Report(
                Mention.from_dict(by_id[i]),
                meta[by_id[i]["article_id"]]["publisher"],
                meta[by_id[i]["article_id"]]["published"],
                None,
                datelines.get(by_id[i]["article_id"]),
            )  # fmt: skip
            for i in (a, b)
        )
        c = compare(x, y, load_rules())
        why = f"veto: {c.veto}" if c.veto else f"score {c.score:.2f}: " + "; ".join(c.reasons)
        kind = "split" if label[a] == label[b] else f"wrongly linked with {label[b]}"
        out.append(f"{label[a]} {kind}: {by_id[a]['article_id']} s{by_id[a]['sentence']} / "
                   f"{by_id[b]['article_id']} s{by_id[b]['sentence']}: {why}")  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("oracle", "coded", "both"), default="both")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--explain", action="store_true", help="oracle: why each mention linked")
    ap.add_argument(
        "--misses", action="store_true", help="coded: why pairs were split or wrongly linked"
    )
    args = ap.parse_args(argv)
    result: dict[str, Any] = {}
    if args.mode in ("oracle", "both"):
        result["oracle"] = score_oracle(args.explain)
    if args.mode in ("coded", "both"):
        result["coded"] = score_coded(args.misses)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for mode, runs in result.items():
        if mode == "coded":
            runs = {"pipeline": runs}
        for name, r in runs.items():
            if name in ("explain", "misses"):
                continue
            extra = "".join(
                f" {k}={r[k]}" for k in ("gold_rows_found", "gold_rows", "unmatched_mentions",
                                          "events_in_store", "one_a_day_records") if k in r
            )  # fmt: skip
            print(f"{mode:<7} {name:<19} P={r['precision']:.3f} R={r['recall']:.3f} "
                  f"F1={r['f1']:.3f}  mentions={r['mentions']} happenings={r['gold_happenings']} "
                  f"events={r['predicted_events']}{extra}")  # fmt: skip
    for line in result.get("oracle", {}).get("explain", []):
        print(line)
    for line in result.get("coded", {}).get("misses", []):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
