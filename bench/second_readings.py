"""Second readings of a sentence: are they a second telling of one act, or gold of their own?

PLOVER codes one event per act. A sentence that holds a matching event often holds more coded
events; bench/extras.py tags the ones that match no gold entry `same-sentence-gold`. Before a rule
drops second readings as "the same act told again" (a verb and its noun, a means, a purpose, a
light verb), this script counts, pooled over story sets, how often a second reading of a sentence
*is* gold, by how its trigger hangs on the trigger of the sentence's main matching event.

For every sentence of a story with two or more coded events of which at least one matches a gold
entry (storyeval.match, dates not checked), the *main* event is the most confident matching one;
each other event of the sentence is

  gold-new    it matches a gold entry the main event does not match: a second act the gold lists
              (the count of those that match a *required* entry is printed too)
  gold-same   it matches only entries the main event matches too (another type or wording the
              entry allows): counted as matching by the scorer
  extra       it matches no entry of the story

and its *relation* to the main event is read from the dependency parse of the sentence: the
labels from the second trigger's head word up to the lowest word both triggers hang on, then
down to the main trigger ("conj ^" = a verb joined to the main verb; "^ advcl" = the main event
is an adverbial clause of the second one's verb; "pobj:NOUN/prep:ADP ^" = a noun in a phrase on
the main verb); `same-words` when the two triggers share words.

Usage (from the repository root, with the project's PYTHONPATH):

    python bench/second_readings.py SET1 SET2 ... --cache DIR    # table by relation
    python bench/second_readings.py SET ... --cache DIR --list    # every second reading
    python bench/second_readings.py SET ... --cache DIR --only extra --relation "^ advcl"

The coding is bench/extras.py's (same cache files: a cache made by other code is coded again).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extras import STORIES, cached_coding, code_set  # noqa: E402

from communique.storyeval.gold import load_gold  # noqa: E402
from communique.storyeval.match import matches, party_countries  # noqa: E402

_NLP: list[Any] = []


def _parse(text: str) -> Any:
    if not _NLP:
        from communique.nlp import get_nlp

        _NLP.append(get_nlp())
    return _NLP[0](text)


def trigger_token(doc: Any, event: dict[str, Any]) -> Any:
    """The head-most token of the event's trigger words in the parse of its sentence."""
    ev = event.get("evidence") or {}
    start = ev.get("start")
    t0, t1 = ev.get("trigger_start"), ev.get("trigger_end")
    if not all(isinstance(x, int) for x in (start, t0, t1)):
        return None
    toks = [t for t in doc if t0 - start <= t.idx < t1 - start]
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def relation(second: Any, main: Any) -> str:
    """The dependency path from the second trigger up to the lowest common head, then down to
    the main trigger (prepositional steps keep their part of speech)."""
    if second is None or main is None:
        return "no-token"
    if second.i == main.i:
        return "same-words"
    up_chain = [second, *second.ancestors]
    down_chain = [main, *main.ancestors]
    down_ids = {t.i for t in down_chain}
    common = next((t.i for t in up_chain if t.i in down_ids), None)
    if common is None:
        return "apart"
    up = [
        f"{t.dep_}:{t.pos_}" if t.dep_ in ("prep", "pobj", "pcomp") else t.dep_
        for t in up_chain[: [x.i for x in up_chain].index(common)]
    ]
    down = [t.dep_ for t in down_chain[: [x.i for x in down_chain].index(common)]]
    return f"{'/'.join(up)} ^ {'/'.join(reversed(down))}".strip()


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ea, eb = a.get("evidence") or {}, b.get("evidence") or {}
    try:
        return ea["trigger_start"] < eb["trigger_end"] and eb["trigger_start"] < ea["trigger_end"]
    except (KeyError, TypeError):
        return False


def second_readings(name: str, cache: Path | None) -> list[dict[str, Any]]:
    folder = STORIES / name
    gold = load_gold(folder / "gold.json")
    coded = cached_coding(name, cache, lambda: code_set(folder, gold))
    rows: list[dict[str, Any]] = []
    for story_name, story in gold.items():
        if story.noise:
            continue
        by_sentence: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for e in coded.get(story_name, []):
            by_sentence[e.get("sentence")].append(e)
        for index, events in by_sentence.items():
            if len(events) < 2:
                continue
            hits = [
                {i for i, g in enumerate(story.events) if matches(e, g, check_date=False)}
                for e in events
            ]
            good = [k for k, h in enumerate(hits) if h]
            if not good:
                continue
            m = max(good, key=lambda k: events[k].get("confidence") or 0)
            main = events[m]
            text = str((main.get("evidence") or {}).get("sentence_text") or "")
            doc = _parse(text)
            main_tok = trigger_token(doc, main)
            for k, e in enumerate(events):
                if k == m:
                    continue
                kind = "extra" if not hits[k] else "gold-same" if hits[k] <= hits[m] else "gold-new"
                required = any(story.events[i] in story.required for i in hits[k] - hits[m])
                rel = (
                    "same-words" if overlap(e, main) else relation(trigger_token(doc, e), main_tok)
                )
                same_actor = bool(
                    party_countries(e.get("actor")) & party_countries(main.get("actor"))
                )
                rows.append({
                    "set": name, "story": story_name, "sentence_index": index, "kind": kind,
                    "relation": rel, "same_actor": same_actor, "required": required,
                    "type": e.get("event_type"), "trigger": (e.get("evidence") or {}).get("trigger"),
                    "main_type": main.get("event_type"),
                    "main_trigger": (main.get("evidence") or {}).get("trigger"),
                    "confidence": e.get("confidence"), "sentence": text,
                })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--cache", type=Path, help="bench/extras.py's cache folder")
    ap.add_argument("--list", action="store_true", help="print every second reading")
    ap.add_argument("--only", choices=("extra", "gold-new", "gold-same"), help="with --list")
    ap.add_argument("--relation", help="with --list: only this relation")
    ap.add_argument("--top", type=int, default=30, help="relations in the table")
    args = ap.parse_args(argv)
    rows = [r for s in args.sets for r in second_readings(s, args.cache)]
    if args.list:
        for r in rows:
            if args.only and r["kind"] != args.only:
                continue
            if args.relation and r["relation"] != args.relation:
                continue
            print(
                f"[{r['kind']}] {r['set']}/{r['story']}#{r['sentence_index']} {r['relation']}: "
                f"{r['type']} {r['trigger']!r} beside {r['main_type']} {r['main_trigger']!r} "
                f"same-actor={r['same_actor']} conf={r['confidence']}\n    {r['sentence']}"
            )
    kinds = Counter(r["kind"] for r in rows)
    print(f"\nsecond readings: {len(rows)}  " + "  ".join(f"{k} {kinds[k]}" for k in
          ("gold-new", "gold-same", "extra")))  # fmt: skip
    print(f"gold-new readings that match a required entry the main event does not: "
          f"{sum(r['required'] for r in rows)}")  # fmt: skip
    for label, part in (("same actor", [r for r in rows if r["same_actor"]]), ("all", rows)):
        by = Counter((r["relation"], r["kind"]) for r in part)
        rels = Counter(r["relation"] for r in part)
        print(f"\n{label}: relation                          n  gold-new gold-same extra")
        for rel, n in rels.most_common(args.top):
            print(
                f"  {rel[:40]:<40} {n:>4} {by[(rel, 'gold-new')]:>8} {by[(rel, 'gold-same')]:>9}"
                f" {by[(rel, 'extra')]:>5}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
