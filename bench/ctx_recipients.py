"""Judge the recipients the coder took from the story's context, against the story gold.

A reading whose recipient was not in its clause but assumed from the story (the rules of
communique.coding.calibration.CONTEXT_RECIPIENT_RULES: recipient.story_counterpart,
.domestic_target, .earlier_act, ...) is *right* when it matches a gold entry of its story
(type, parties, modality; dates not checked), else *wrong*. Each reading is tabled by the
features a rule could use: the rule, the PLOVER type, how often and where the assumed state is
named (the count the rule's explanation gives; whether the story's title names it; whether the
reading's own sentence names it), whether the actor is an international body, the event's
sentence number and modality, and whether the trigger's clause has an object or an addressee
of its own (a direct object, the object of to/on/with/against/at/over). A wrong reading is
``aim`` when its story's gold has an entry of its type, actor and modality with another
recipient (a better target would make it match) and ``act`` when it has none (the act itself
is no gold event: its recipient is not why it is extra). ``lost``: a right reading that would
match no gold entry without its assumed recipient; ``req-lost``: of those, the ones that match
a required entry. (No wrong reading can match by losing its recipient: a gold entry with no
recipient accepts any, storyeval.match.parties_ok; so dropping an assumed recipient never
raises precision, it only loses matches, unless the event is dropped with it.)

Usage (from the repository root, with the project's PYTHONPATH; the coded events are read
from, or written to, the cache bench/extras.py keeps):

    python bench/ctx_recipients.py --cache /tmp/ev SET1 SET2 ...     # the tables
    python bench/ctx_recipients.py --cache /tmp/ev --list wrong SET  # every wrong reading
    python bench/ctx_recipients.py --cache /tmp/ev --json out.json ...
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extras import STORIES, cached_coding, code_set  # noqa: E402

from communique.actors.lexicon import country_name  # noqa: E402
from communique.coding.calibration import CONTEXT_RECIPIENT_RULES, rule_ids  # noqa: E402
from communique.storyeval.gold import load_gold  # noqa: E402
from communique.storyeval.match import matches, modality_ok, party_countries  # noqa: E402

BODIES = {"IGO", "EUR", "UNO", "NGO"}
OBJECT_PREPS = {"to", "on", "with", "against", "at", "over", "upon"}
_COUNT = re.compile(r"\((\d+) mentions?\)")
_NLP: list[Any] = []


def _parse(text: str) -> Any:
    if not _NLP:
        from communique.nlp import get_nlp

        _NLP.append(get_nlp())
    return _NLP[0](text)


def own_object(event: dict[str, Any]) -> str:
    """What the trigger's clause has as an object of its own: 'party' (a proper noun or a
    pronoun), 'thing' (a common noun), or 'none'."""
    ev = event.get("evidence") or {}
    text, start, t0 = str(ev.get("sentence_text") or ""), ev.get("start"), ev.get("trigger_start")
    if not text or not isinstance(start, int) or not isinstance(t0, int):
        return "none"
    doc = _parse(text)
    tok = next((t for t in doc if t.idx <= t0 - start < t.idx + len(t)), None)
    if tok is None:
        return "none"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(o.pos_ in ("PROPN", "PRON") for o in objs):
        return "party"
    return "thing" if objs else "none"


def _named(names: list[str], text: str) -> bool:
    low = text.lower()
    return any(n and n.split()[-1].lower() in low for n in names)


def readings(name: str, cache: Path | None) -> list[dict[str, Any]]:
    """The set's readings with a recipient from context, each with its features."""
    folder = STORIES / name
    gold = load_gold(folder / "gold.json")
    coded = cached_coding(name, cache, lambda: code_set(folder, gold))
    rows = []
    for story_name, story in gold.items():
        if story.noise:
            continue
        for e in coded.get(story_name, []):
            rules = rule_ids(str(e.get("explanation") or ""))
            ctx = [r for r in rules if r in CONTEXT_RECIPIENT_RULES]
            if not ctx:
                continue
            bare = dict(e, recipient=[])
            ok = any(matches(e, g, check_date=False) for g in story.events)
            ok0 = any(matches(bare, g, check_date=False) for g in story.events)
            act_told = any(
                e.get("event_type") in g.types
                and (not g.actor or party_countries(e.get("actor")) & g.actor)
                and modality_ok(e, g)
                for g in story.events
            )
            req = any(matches(e, g, check_date=False) for g in story.required)
            req0 = any(matches(bare, g, check_date=False) for g in story.required)
            rec = sorted(party_countries(e.get("recipient")))
            act = sorted(party_countries(e.get("actor")))
            names = [country_name(r) or r for r in rec]
            found = _COUNT.search(str(e.get("explanation") or ""))
            count = int(found.group(1)) if found else -1
            sentence = str((e.get("evidence") or {}).get("sentence_text") or "")
            rows.append({
                "set": name, "story": story_name, "rule": ctx[0], "type": e.get("event_type"),
                "cameo": e.get("cameo"), "actor": act, "recipient": rec, "ok": ok,
                "aim": not ok and act_told, "lost": ok and not ok0,
                "req_lost": req and not req0,
                "mentions": count, "in_title": _named(names, story.title or ""),
                "in_sentence": _named(names, sentence),
                "body_actor": bool(set(act) & BODIES),
                "self": bool(set(act) & set(rec)),
                "sentence_no": e.get("sentence"), "modality": e.get("modality"),
                "object": own_object(e),
                "trigger": (e.get("evidence") or {}).get("trigger"), "sentence": sentence,
            })  # fmt: skip
    return rows


def _bucket(n: int) -> str:
    return "n/a" if n < 0 else str(n) if n < 8 else "8+"


FEATURES: dict[str, Callable[[dict[str, Any]], Any]] = {
    "rule": lambda r: r["rule"],
    "type (story_counterpart)": lambda r: r["type"],
    "mentions, in title (story_counterpart)": lambda r: (_bucket(r["mentions"]), r["in_title"]),
    "named in its sentence (story_counterpart)": lambda r: r["in_sentence"],
    "clause's own object (story_counterpart)": lambda r: r["object"],
    "body actor (story_counterpart)": lambda r: r["body_actor"],
    "sentence number (story_counterpart)": lambda r: min((r["sentence_no"] or 0) // 10 * 10, 40),
    "modality (story_counterpart)": lambda r: r["modality"],
}


def table(rows: list[dict[str, Any]], title: str, key: Callable[[dict[str, Any]], Any]) -> None:
    if "(story_counterpart)" in title:
        rows = [r for r in rows if r["rule"] == "recipient.story_counterpart"]
    cells: dict[Any, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in rows:
        c = cells[key(r)]
        c[0] += 1
        c[1] += r["ok"]
        c[2] += r["aim"]
        c[3] += r["lost"]
        c[4] += r["req_lost"]
    print(f"== {title}")
    print(f"{'':34} {'n':>5} {'right':>5} {'wrong':>5} {'prec':>5} {'aim':>5} {'act':>5} "
          f"{'lost':>5} {'req-lost':>8}")  # fmt: skip
    for k, (n, ok, aim, lost, rl) in sorted(cells.items(), key=lambda kv: -kv[1][0]):
        print(f"{str(k)[:34]:34} {n:5} {ok:5} {n - ok:5} {ok / n:5.2f} {aim:5} "
              f"{n - ok - aim:5} {lost:5} {rl:8}")  # fmt: skip
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--list", choices=("wrong", "right", "all"), default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    rows = [r for name in args.sets for r in readings(name, args.cache)]
    per_set: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        per_set[r["set"]][0] += 1
        per_set[r["set"]][1] += r["ok"]
        per_set[r["set"]][2] += r["aim"]
    print("== per set: readings with a context recipient: n, right, wrong (aim, act), precision")
    total = [0, 0, 0]
    for name in [*args.sets, "total"]:
        n, ok, aim = total if name == "total" else per_set.get(name, [0, 0, 0])
        total = (
            [t + x for t, x in zip(total, (n, ok, aim), strict=True)] if name != "total" else total
        )
        print(
            f"{name:14} {n:5} {ok:5} {n - ok:5} ({aim:4} {n - ok - aim:4}) {ok / n if n else 0:5.2f}"
        )
    print()
    for title, key in FEATURES.items():
        table(rows, title, key)
    if args.list:
        for r in rows:
            if args.list == "all" or (args.list == "wrong") != r["ok"]:
                print(f"{r['set']} {r['story']} {r['rule']} {r['type']} {r['cameo']} "
                      f"{r['actor']}->{r['recipient']} ({r['mentions']}) obj={r['object']}\n"
                      f"    {r['trigger']} | {r['sentence'][:240]}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
