"""Score events whose doer is told indirectly (bench/data/doers_probe.tsv, branch doers): a doer
in a nested passive or participle ("hit by missiles fired by X"), "the two countries" of a
story's pair, talks with one party and the other only in the attribution, and deliveries of
goods told with uncommon nouns; and look-alikes that must not take that doer.

pos rows: an event of the type whose sentence holds the words must have exactly the doer states
(and the recipient states unless "*"). neg rows: no event of the type ("*" any) whose sentence
holds the words may have the state among its doers; with actor "*", among its targets.

    python bench/doers_probe.py [--file bench/data/doers_probe.tsv] [-v]

The same format scores bench/data/relacts_probe.tsv (branch relacts: acts told inside a relative
clause or a participle, noun-only reactions, "warned that ..."); its events are counted whatever
their modality (a negated act still counts as coded); and bench/data/forbidden_probe4.tsv
(branch forbidden4: the party a rally backs named "in support of" / "in solidarity with" it).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from communique.evaluate import code_texts

HERE = Path(__file__).resolve().parent


def _states(parties) -> str:
    return "+".join(sorted({a.country or "?" for a in parties})) or "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(HERE / "data" / "doers_probe.tsv"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    lines = [ln for ln in Path(args.file).read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader([ln for ln in lines if not ln.startswith("#")], delimiter="\t"))
    texts = sorted({r["text"] for r in rows})
    coded = dict(zip(texts, code_texts(texts, prefix="doers"), strict=True))
    tally = {"pos": [0, 0], "neg": [0, 0]}
    for r in rows:
        found = [m for m in coded[r["text"]] if r["words"] in m.evidence.sentence_text]
        kinds = [f"{m.event_type}:{_states(m.actor)}>{_states(m.recipient)}" for m in found]
        if r["kind"] == "pos":
            ok = any(
                m.event_type == r["type"]
                and _states(m.actor) == r["actor"]
                and (r["recipient"] == "*" or _states(m.recipient) == r["recipient"])
                for m in found
            )
            want = f"{r['type']}:{r['actor']}>{r['recipient']}"
        elif r["actor"] == "*":  # neg row on the target: no such event aimed at the state
            ok = not any(
                (r["type"] == "*" or m.event_type == r["type"])
                and r["recipient"] in {a.country for a in m.recipient}
                for m in found
            )
            want = f"no {r['type']} aimed at {r['recipient']}"
        else:
            ok = not any(
                (r["type"] == "*" or m.event_type == r["type"])
                and r["actor"] in {a.country for a in m.actor}
                for m in found
            )
            want = f"no {r['type']} by {r['actor']}"
        tally[r["kind"]][0] += ok
        tally[r["kind"]][1] += 1
        if args.verbose or not ok:
            print(f"{'ok ' if ok else 'BAD'} {r['id']} {r['words']!r}: {kinds} (want {want})")
    (pr, pt), (nr, nt) = tally["pos"], tally["neg"]
    print(f"positives right {pr}/{pt}; look-alikes right {nr}/{nt}")


if __name__ == "__main__":
    main()
