"""Score events whose doer is told indirectly (bench/data/doers_probe.tsv, branch doers): a doer
in a nested passive or participle ("hit by missiles fired by X"), "the two countries" of a
story's pair, talks with one party and the other only in the attribution, and deliveries of
goods told with uncommon nouns; and look-alikes that must not take that doer.

pos rows: an event of the type whose sentence holds the words must have exactly the doer states
(and the recipient states unless "*"). neg rows: no event of the type ("*" any) whose sentence
holds the words may have the state among its doers ("*": any known state); with actor "*" and a
recipient state, no such event may be aimed at that state. A pos row's type "*" takes any type.
bench/data/noactor_probe.tsv (branch noactor) and forbidden_probe4.tsv have the same format.

    python bench/doers_probe.py [--file bench/data/doers_probe.tsv] [-v]

The same format scores bench/data/relacts_probe.tsv (branch relacts: acts told inside a relative
clause or a participle, noun-only reactions, "warned that ..."); its events are counted whatever
their modality (a negated act still counts as coded); and bench/data/forbidden_probe4.tsv
(branch forbidden4: the party a rally backs named "in support of" / "in solidarity with" it).
bench/data/forbidden_probe5.tsv (branch forbidden, session 28) adds a column "modality": on a neg
row, only events of those coded modalities (comma-separated) count as the wrong reading.

bench/data/same_act_probe.tsv (branch grouptargets) adds a column "date": a pos row's event must
also have that date; its stories are coded as published on ``--published`` (ISO date).

bench/data/dedup_probe.tsv (branch dedup) adds two kinds that count EVENTS: the story's mentions
linked into events as the store links them (communique.linking.assign_event_ids), among those
whose sentence holds one of the words ("|" between alternatives), of the type ("*" any), with
exactly the doer states ("*" any) and the recipient states ("*" any): kind one = exactly one
such event (one act told twice is one event), kind two = at least two (distinct acts stay
distinct). A literal "\\n" in a text is a line break (a headline above its story).
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
    ap.add_argument("--published", help="code the stories as published on this ISO date")
    args = ap.parse_args()
    lines = [ln for ln in Path(args.file).read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader([ln for ln in lines if not ln.startswith("#")], delimiter="\t"))
    for r in rows:
        r["text"] = r["text"].replace("\\n", "\n")
    texts = sorted({r["text"] for r in rows})
    coded = dict(
        zip(texts, code_texts(texts, prefix="doers", published=args.published), strict=True)
    )
    tally = {"pos": [0, 0], "neg": [0, 0], "one": [0, 0], "two": [0, 0]}
    for r in rows:
        if r["kind"] in ("one", "two"):
            ok, kinds, want = _count_events(r, coded[r["text"]], args.published)
            tally[r["kind"]][0] += ok
            tally[r["kind"]][1] += 1
            if args.verbose or not ok:
                print(f"{'ok ' if ok else 'BAD'} {r['id']} {r['words']!r}: {kinds} (want {want})")
            continue
        found = [m for m in coded[r["text"]] if r["words"] in m.evidence.sentence_text]
        if r["kind"] == "neg" and r.get("modality"):  # only these modalities make the wrong reading
            found = [m for m in found if m.modality in r["modality"].split(",")]
        kinds = [f"{m.event_type}:{_states(m.actor)}>{_states(m.recipient)}" for m in found]
        if r.get("date"):
            kinds = [f"{k}@{m.date}" for k, m in zip(kinds, found, strict=True)]
        if r["kind"] == "pos":
            ok = any(
                r["type"] in ("*", m.event_type)
                and _states(m.actor) == r["actor"]
                and (r["recipient"] == "*" or _states(m.recipient) == r["recipient"])
                and (not r.get("date") or m.date == r["date"])
                for m in found
            )
            want = f"{r['type']}:{r['actor']}>{r['recipient']}" + (
                f"@{r['date']}" if r.get("date") else ""
            )
        elif r["actor"] == "*" and r["recipient"] not in ("", "*"):  # no such event aimed at it
            ok = not any(
                (r["type"] == "*" or m.event_type == r["type"])
                and r["recipient"] in {a.country for a in m.recipient}
                for m in found
            )
            want = f"no {r['type']} aimed at {r['recipient']}"
        else:
            ok = not any(
                (r["type"] == "*" or m.event_type == r["type"])
                and (
                    any(a.country for a in m.actor)
                    if r["actor"] == "*"
                    else r["actor"] in {a.country for a in m.actor}
                )
                for m in found
            )
            want = f"no {r['type']} by {r['actor']}"
        tally[r["kind"]][0] += ok
        tally[r["kind"]][1] += 1
        if args.verbose or not ok:
            print(f"{'ok ' if ok else 'BAD'} {r['id']} {r['words']!r}: {kinds} (want {want})")
    (pr, pt), (nr, nt) = tally["pos"], tally["neg"]
    print(f"positives right {pr}/{pt}; look-alikes right {nr}/{nt}")
    if tally["one"][1] or tally["two"][1]:
        (orr, ot), (tr, tt) = tally["one"], tally["two"]
        print(f"told twice, one event {orr}/{ot}; distinct acts, two events {tr}/{tt}")


def _count_events(r: dict, mentions: list, published: str | None) -> tuple[bool, list, str]:
    """A kind one/two row: whether the story's events (its mentions linked as the store links
    them) that the row describes are exactly one (one) or at least two (two)."""
    from communique.linking import assign_event_ids

    ids = assign_event_ids(mentions, published) if mentions else []
    words = [w.strip() for w in r["words"].split("|")]
    hits = {}
    for m, eid in zip(mentions, ids, strict=True):
        if not any(w in m.evidence.sentence_text for w in words):
            continue
        if r["type"] not in ("*", m.event_type):
            continue
        if r["actor"] != "*" and _states(m.actor) != r["actor"]:
            continue
        if r["recipient"] != "*" and _states(m.recipient) != r["recipient"]:
            continue
        hits.setdefault(eid, []).append(f"{m.event_type}:{_states(m.actor)}>{_states(m.recipient)}")
    kinds = [" = ".join(v) for v in hits.values()]
    ok = len(hits) == 1 if r["kind"] == "one" else len(hits) >= 2
    want = f"{'one' if r['kind'] == 'one' else 'two or more'} {r['type']}:{r['actor']}>{r['recipient']}"
    return ok, kinds, want


if __name__ == "__main__":
    main()
