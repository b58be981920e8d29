"""What the analysts' views cost on a larger store, as ratios to the pair series (dyad_series)
measured in the same run on the same data.

Builds a synthetic store (countries acting on each other over several years; a tenth of the
events dated only to a month and a few only to a year; a few mentions naming a person), then
times: the pair series (the baseline), an actor's timeline, a compare of three pairs, the
network with and without a top-N, spikes with their near misses, the mentions of a person, and
the name search (cold, then warm). Usage:

    python bench/views_cost.py [--events 20000] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "api"))
from explorer_corpus import story  # noqa: E402

from communique.store import Store  # noqa: E402

COUNTRIES = ["USA", "RUS", "CHN", "CUB", "IND", "PAK", "BRA", "FRA", "DEU", "GBR", "IRN", "ISR",
             "TUR", "EGY", "NGA", "ZAF", "MEX", "ARG", "JPN", "KOR"]  # fmt: skip
TYPES = ["CONSULT", "SUPPORT", "AGREE", "SANCTION", "ACCUSE"]


def build(path: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    arts = []
    per_story = 5
    for s in range(n // per_story):
        sents = []
        for k in range(per_story):
            a, b = rnd.sample(COUNTRIES, 2)
            y, m, d = rnd.randint(2019, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
            r = rnd.random()
            when = f"{y}-{m:02d}" if r < 0.1 else str(y) if r < 0.12 else f"{y}-{m:02d}-{d:02d}"
            actor = f"{a}GOV" if rnd.random() < 0.5 else a
            sents.append((f"{actor} dealt with {b} in case {s} {k}.", "dealt",
                          rnd.choice(TYPES), actor, b, "asserted", when))  # fmt: skip
        art = story(f"s{s}", f"{y}-{m:02d}-{d:02d}", sents)
        if s % 50 == 0:
            who = art.mentions[0].actor[0]
            if who.country == "RUS":
                who.text, who.name = "President Putin", "Vladimir Putin"
        arts.append(art)
    with Store(path) as st:
        for i in range(0, len(arts), 500):
            st.write_batch(arts[i : i + 500], link=False)


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from communique.actors.lookup import find_names
    from communique.api.names import name_mentions
    from communique.relations import dyad_series, network, spikes
    from communique.relations.timeline import actor_timeline, compare_pairs

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "views.duckdb"
        build(db, args.events)
        t = time.perf_counter()
        find_names("Putin")
        cold = time.perf_counter() - t
        with Store(db, read_only=True) as s:
            r = args.repeat
            base = timed(lambda: dyad_series(s, "RUS", "CUB", by="month"), r)
            out = {
                "events": args.events,
                "baseline_dyad_series_s": round(base, 4),
                "actor_timeline": timed(lambda: actor_timeline(s, "RUS", by="month"), r),
                "compare_3_pairs": timed(
                    lambda: compare_pairs(s, [("RUS", "CUB"), ("USA", "CHN"), ("IND", "PAK")]), r
                ),  # fmt: skip
                "network": timed(lambda: network(s, level="code"), r),
                "network_top_10": timed(lambda: network(s, level="code", top=10), r),
                "spikes": timed(lambda: spikes(s, by="month"), r),
                "person_mentions": timed(lambda: name_mentions(s, "Vladimir Putin"), r),
                "find_names_warm": timed(lambda: find_names("Duma"), r),
            }
        out["find_names_cold_s"] = round(cold, 3)
        for k in list(out):
            if k not in ("events", "baseline_dyad_series_s", "find_names_cold_s"):
                out[k] = {"s": round(out[k], 4), "ratio_to_dyad_series": round(out[k] / base, 2)}
    if args.json:
        print(json.dumps(out, indent=1))
        return
    for k, v in out.items():
        print(f"{k:26} {v}")


if __name__ == "__main__":
    main()
