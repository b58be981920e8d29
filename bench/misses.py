"""List and classify the *misses* of the story benches: required gold entries no coded event matches.

`communique eval --stories` counts a required gold entry as found when some event coded on its
story has its type, its parties, its modality and its date (src/communique/storyeval/match.py).
This script ingests the same stories the same way as bench/extras.py (one fresh temporary
database per folder; the triggers the coder dropped are kept too), and for every required entry
that nothing matches it finds the closest coded events of the story and puts the miss into one
cause class, so that the big general classes of under-coding can be counted and fixed first.

Usage (from the repository root, with the project's PYTHONPATH):

    python bench/misses.py                       # all political sets, table of classes
    python bench/misses.py conflict courts       # some sets only
    python bench/misses.py --list                # also every miss with its class and candidates
    python bench/misses.py --list --only wrong-type
    python bench/misses.py --cache /tmp/ms       # keep the coded events and dropped triggers
                                                 # (JSON per set) and reuse them (no re-coding)
    python bench/misses.py --json out.json       # the classified misses and the counts

Gold entries carry no offsets, so the entry's *region* is found from its ``note``: the sentence
of the story sharing the most content words (first five letters, stop words left out) with the
note, when it shares at least two (``region`` in the listing; none otherwise). The classes (first
that applies, in this order; "typed" = events of one of the gold entry's types):

  wrong-date        an event matches type, parties and modality; only its date is off
  modality          a typed event with the gold's parties, other modality (future, negated,
                    hypothetical, historical ...)
  actor-missing     a typed event with the gold's recipient and modality, no actor coded
  actor-wrong       ... with an actor of another country
  recipient-missing a typed event with the gold's actor and modality, no recipient coded
  recipient-wrong   ... with a recipient of another country
  wrong-type        an event with the gold's parties and modality, other type, in the gold's
                    region (or anywhere in the story when the region is unknown and the gold
                    names an actor or a recipient)
  wrong-parties     a typed event in the gold's region, both sides other than the gold's
  dropped           a trigger of the gold's region was dropped by a rule (its id as a sub-tag)
  no-event          nothing coded in the gold's region (sub-tag `none-of-type` when nothing of
                    the gold's types is coded in the whole story)
  other             events in the region, none close to the gold entry

The classes wrong-date .. recipient-wrong are tried on the events of the region first; dropped
and no-event come before the same classes tried on the whole story (sub-tag `elsewhere`: the
act coded from another sentence, or the region unknown).

Sub-tags: `elsewhere`, `none-of-type`, `no-region`, `region-events=N`, `drop:<rule id>` (for every dropped
trigger of the region, whatever the class), `typed-drop:<rule id>` (for every dropped trigger of the
region whose lexicon type is one of the gold entry's types: only these can be the act the filter
cost; a `drop:` tag alone names a bystander; bench/drops.py reads each drop's parties too), `low-conf` (the closest candidate's confidence is
below 0.5), `unattributed`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extras import cached_coding, rule_ids  # noqa: E402

from communique.storyeval.gold import GoldEntry, GoldStory, load_gold  # noqa: E402
from communique.storyeval.match import (  # noqa: E402
    _side,
    matches,
    modality_ok,
    parties_ok,
    party_countries,
)

STORIES = Path(__file__).resolve().parent / "stories"
# every folder of bench/stories with a gold file, but the noise pages
SETS = sorted(
    p.name for p in STORIES.iterdir() if (p / "gold.json").exists() and p.name != "offtopic"
)
CLASSES = (
    "wrong-date",
    "modality",
    "actor-missing",
    "actor-wrong",
    "recipient-missing",
    "recipient-wrong",
    "wrong-type",
    "wrong-parties",
    "dropped",
    "no-event",
    "other",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# function words and reporting verbs that say nothing about which sentence a note paraphrases
_STOP_WORDS = (
    "the a an and or of to in on at for by with from as is are was were be been its it their his "
    "her they he she that this these those into over after before says said say not no but has "
    "have had will would who which what than then also about against"
)
_STOP = set(_STOP_WORDS.split())


def _typed_coding(folder: Path, gold: dict[str, GoldStory]) -> dict[str, dict[str, Any]]:
    """The folder's gold stories ingested into a fresh database (bench/drops.py's coding):
    story file name -> its events, its sentences and the triggers the coder dropped, each
    with the reading it would have had (its type and parties, for the sub-tag ``typed-drop``)."""
    from drops import code_set as reading_code_set

    return reading_code_set(folder, gold)


def _words(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text or "") if w.lower() not in _STOP}


def region(note: str, sentences: list[str]) -> int | None:
    """The index of the sentence that shares the most content words with the note (two at
    least), else None."""
    want = _words(note)
    best, best_n = None, 1
    for i, s in enumerate(sentences):
        n = len(want & _words(s))
        if n > best_n:
            best, best_n = i, n
    return best


def _describe(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": e.get("event_type"),
        "cameo": e.get("cameo"),
        "actor": sorted(party_countries(e.get("actor"))),
        "recipient": sorted(party_countries(e.get("recipient"))),
        "modality": e.get("modality"),
        "date": e.get("date"),
        "confidence": e.get("confidence"),
        "trigger": (e.get("evidence") or {}).get("trigger"),
        "sentence": e.get("sentence"),
        "rules": rule_ids(e),
    }


def _close(gold: GoldEntry, pool: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]] | None:
    """The first of the classes wrong-date .. recipient-wrong that some event of ``pool`` puts
    the missed entry into, with those events; None when none does."""
    typed = [e for e in pool if e.get("event_type") in gold.types]
    found = [e for e in typed if matches(e, gold, check_date=False)]
    if found:
        return "wrong-date", found
    found = [e for e in typed if parties_ok(e, gold)]
    if found:
        return "modality", found
    typed_ok = [e for e in typed if modality_ok(e, gold)]
    for side, other in (("actor", "recipient"), ("recipient", "actor")):
        g_side, g_other = getattr(gold, side), getattr(gold, other)
        found = [
            e
            for e in typed_ok
            if (not g_other or party_countries(e.get(other)) & g_other)
            and not _side(party_countries(e.get(side)), g_side)
        ]
        if found:
            missing = [e for e in found if not party_countries(e.get(side))]
            return (f"{side}-missing", missing) if missing else (f"{side}-wrong", found)
    return None


def classify(
    gold: GoldEntry, events: list[dict[str, Any]], where: int | None, dropped: list[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]], bool]:
    """The cause class of a missed entry, the candidate events that put it there, and whether
    they lie outside the gold's region (the region's events are tried first)."""
    in_region = [e for e in events if where is not None and e.get("sentence") == where]
    close = _close(gold, in_region)
    if close:
        return (*close, False)
    named = bool(gold.actor or gold.recipient)
    pool = in_region if where is not None else (events if named else [])
    found = [e for e in pool if parties_ok(e, gold) and modality_ok(e, gold)]
    if found:
        return "wrong-type", found, where is None
    found = [e for e in in_region if e.get("event_type") in gold.types]
    if found:
        return "wrong-parties", found, False
    if any(d["sentence"] == where for d in dropped):
        return "dropped", [], False
    close = _close(gold, events)
    if close:  # the act coded from another sentence (or the region not found)
        return (*close, True)
    if not in_region:
        return "no-event", [], False
    return "other", in_region, False


def misses_of_set(
    name: str, cache: Path | None = None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The classified misses of one set, and its counts (required / found)."""
    folder = STORIES / name
    gold = load_gold(folder / "gold.json")
    coded = cached_coding(name, cache, lambda: _typed_coding(folder, gold), kind="misses")
    rows: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    raw = json.loads((folder / "gold.json").read_text())["stories"]
    for story_name, story in gold.items():
        if story.noise:
            continue
        data = coded.get(story_name) or {"events": [], "sentences": [], "dropped": []}
        events, sentences, dropped = data["events"], data["sentences"], data["dropped"]
        notes = {
            str(e.get("id") or ""): str(e.get("note") or "") for e in raw[story_name]["events"]
        }
        for g in story.required:
            counts["required"] += 1
            if any(matches(e, g) for e in events):
                counts["found"] += 1
                continue
            where = region(notes.get(g.id, ""), sentences)
            cls, cands, elsewhere = classify(g, events, where, dropped)
            tags = ["elsewhere"] if elsewhere else []
            if not any(e.get("event_type") in g.types for e in events):
                tags.append("none-of-type")
            if where is None:
                tags.append("no-region")
            else:
                n = sum(e.get("sentence") == where for e in events)
                tags.append(f"region-events={n}")
                here = [d for d in dropped if d["sentence"] == where]
                tags += sorted({f"drop:{d['rule']}" for d in here})
                tags += sorted(
                    {f"typed-drop:{d['rule']}" for d in here if d.get("event_type") in g.types}
                )
            if cands and (cands[0].get("confidence") or 1) < 0.5:
                tags.append("low-conf")
            if cands and cands[0].get("unattributed"):
                tags.append("unattributed")
            rows.append({
                "set": name,
                "story": story_name,
                "gold": g.id,
                "class": cls,
                "tags": tags,
                "types": sorted(g.types),
                "actor": sorted(g.actor),
                "recipient": sorted(g.recipient),
                "modality": sorted(g.modality) if g.modality else None,
                "note": notes.get(g.id, ""),
                "region": sentences[where] if where is not None else None,
                "dropped": [d for d in dropped if d["sentence"] == where],
                "candidates": [_describe(e) for e in cands[:3]],
            })  # fmt: skip
    return rows, dict(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--cache", type=Path, help="folder for the coded events of each set")
    ap.add_argument("--list", action="store_true", help="print every miss")
    ap.add_argument("--only", help="with --list: only this class")
    ap.add_argument("--json", type=Path, help="write the rows and counts here")
    args = ap.parse_args(argv)
    all_rows, per_set = [], {}
    for s in args.sets:
        rows, counts = misses_of_set(s, args.cache)
        all_rows += rows
        per_set[s] = counts
    if args.list:
        for r in all_rows:
            if args.only and r["class"] != args.only:
                continue
            print(
                f"[{r['class']}] {r['set']}/{r['story']} {r['gold']}: {'|'.join(r['types'])} "
                f"{r['actor']}->{r['recipient']} mod={r['modality']} tags={','.join(r['tags'])}"
                f"\n    note: {r['note']}\n    region: {r['region']}"
            )
            for d in r["dropped"]:
                print(f"    dropped {d['trigger']!r} ({d.get('event_type', '?')}) by {d['rule']}")
            for c in r["candidates"]:
                print(
                    f"    cand: {c['type']} {c['cameo']} {c['actor']}->{c['recipient']} "
                    f"{c['modality']} {c['date']} s{c['sentence']} conf={c['confidence']} "
                    f"trigger={c['trigger']!r} rules: {' '.join(c['rules'])}"
                )
    by = Counter((r["set"], r["class"]) for r in all_rows)
    used = [c for c in CLASSES if any(k[1] == c for k in by)]
    print("\nset         req found recall " + " ".join(f"{c[:10]:>10}" for c in used))
    tot: Counter[str] = Counter()
    for s, c in per_set.items():
        tot.update(c)
        rec = c.get("found", 0) / c["required"] if c.get("required") else 0.0
        cells = " ".join(f"{by[(s, k)]:>10}" for k in used)
        print(f"{s:<11} {c.get('required', 0):>3} {c.get('found', 0):>5} {rec:.2f}   {cells}")
    rec = tot["found"] / tot["required"] if tot["required"] else 0.0
    cells = " ".join(f"{sum(by[(s, k)] for s in per_set):>10}" for k in used)
    print(f"{'total':<11} {tot['required']:>3} {tot['found']:>5} {rec:.2f}   {cells}")
    tag_counts = Counter(
        t.split("=")[0] if t.startswith("region-events") else t for r in all_rows for t in r["tags"]
    )
    print("tags over all misses:", dict(tag_counts.most_common()))
    if args.json:
        args.json.write_text(json.dumps({"counts": per_set, "misses": all_rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
