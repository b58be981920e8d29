"""For every reading whose recipient came from the story's context (the rules of
communique.coding.calibration.CONTEXT_RECIPIENT_RULES), the kind of clue its clause gives and
whether another candidate recipient would have matched the story gold (branch context42).

Clue kinds (from the trigger's parse): ``pronoun`` (its object is a pronoun), ``relative/
participle`` (the trigger heads a relative clause, or is a participle set on a noun), ``reaction-noun``
(its object is a general act noun: the move, the decision, the charge, ...), ``speech-no-object``
(a verb of saying, judging or asking with no object), ``no-object``, ``object-thing``.
Candidates tried on each reading that matches no gold entry: ``empty`` (no recipient; never
matches, since a gold entry with no recipient accepts any: storyeval.match.parties_ok),
``sent-before`` (the parties of the events coded in the sentence before, less the doer),
``main-other`` (the party the story's events name most, other than the doer and the assumed
recipient). ``lost_if_empty``: right readings that would match nothing without their recipient.
Counts per half: ``E`` the even page sets pages22..42, ``O`` the odd pages23..41, ``-`` the rest.

Usage (from the repository root, with the project's PYTHONPATH; reads the cache bench/extras.py
keeps, one JSON file per set):

    python bench/ctx_alternatives.py --cache DIR SET1 SET2 ...
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extras import STORIES, rule_ids  # noqa: E402

from communique.coding.calibration import CONTEXT_RECIPIENT_RULES  # noqa: E402
from communique.storyeval.gold import load_gold  # noqa: E402
from communique.storyeval.match import matches, party_countries  # noqa: E402

SPEECH = set(
    [
        "say",
        "tell",
        "deny",
        "reject",
        "dismiss",
        "call",
        "urge",
        "ask",
        "demand",
        "warn",
        "accuse",
        "criticise",
        "criticize",
        "condemn",
        "welcome",
        "praise",
        "regret",
        "insist",
        "reply",
        "respond",
        "vow",
        "pledge",
        "promise",
        "offer",
        "refuse",
    ]
)
ACT_NOUNS = set(
    [
        "move",
        "decision",
        "step",
        "measure",
        "action",
        "act",
        "charge",
        "allegation",
        "accusation",
        "claim",
        "criticism",
        "report",
        "plan",
        "deal",
        "agreement",
        "ruling",
        "statement",
        "remarks",
        "ban",
        "sanctions",
        "proposal",
        "offer",
        "call",
        "request",
        "demand",
        "threat",
    ]
)


def half(name: str) -> str:
    if name.startswith("pages") and name[5:].isdigit() and int(name[5:]) >= 22:
        return "E" if int(name[5:]) % 2 == 0 else "O"
    return "-"


def clue(nlp: Any, event: dict[str, Any]) -> str:
    ev = event.get("evidence") or {}
    text, start, t0 = ev.get("sentence_text") or "", ev.get("start"), ev.get("trigger_start")
    if not isinstance(start, int) or not isinstance(t0, int):
        return "other"
    tok = next((t for t in nlp(text) if t.idx <= t0 - start < t.idx + len(t)), None)
    if tok is None:
        return "other"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(o.pos_ == "PRON" for o in objs):
        return "pronoun"
    if tok.dep_ in ("relcl", "acl"):
        return "relative/participle"
    if any(o.lemma_.lower() in ACT_NOUNS for o in objs):
        return "reaction-noun"
    if not objs:
        return "speech-no-object" if tok.lemma_.lower() in SPEECH else "no-object"
    return "object-thing"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    from communique.nlp import get_nlp

    nlp = get_nlp()
    tab: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for name in args.sets:
        gold = load_gold(STORIES / name / "gold.json")
        coded = json.loads((args.cache / f"{name}.json").read_text())["coded"]
        for story_name, story in gold.items():
            if story.noise:
                continue
            events = coded.get(story_name, [])
            by_sent: dict[Any, set[str]] = defaultdict(set)
            named: Counter = Counter()
            for e in events:
                both = party_countries(e.get("actor")) | party_countries(e.get("recipient"))
                by_sent[e.get("sentence")] |= both
                named.update(both)
            for e in events:
                ctx = [r for r in rule_ids(e) if r in CONTEXT_RECIPIENT_RULES]
                if not ctx:
                    continue
                ok = any(matches(e, g, check_date=False) for g in story.events)
                rec, act = party_countries(e.get("recipient")), party_countries(e.get("actor"))
                other = next((c for c, _ in named.most_common() if c not in act | rec), None)
                cands = {
                    "empty": set(),
                    "sent-before": by_sent.get((e.get("sentence") or 0) - 1, set()) - act,
                    "main-other": {other} if other else set(),
                }
                alt = [
                    k
                    for k, c in cands.items()
                    if c or k == "empty"
                    if any(
                        matches(
                            dict(e, recipient=[{"country": x} for x in sorted(c)]),
                            g,
                            check_date=False,
                        )  # fmt: skip
                        for g in story.events
                    )
                ]
                kind = clue(nlp, e)
                for key in (("rule", ctx[0]), ("type", str(e.get("event_type"))), ("clue", kind)):
                    t = tab[(half(name), *key)]
                    t["n"] += 1
                    t["ok"] += ok
                    if ok and "empty" not in alt:
                        t["lost_if_empty"] += 1
                    if not ok:
                        for k in alt:
                            t["wrong->" + k] += 1
    for h in ("E", "O", "-"):
        print(f"== half {h}")
        for k in sorted(x for x in tab if x[0] == h):
            v = tab[k]
            print(
                f"  {k[1]:5} {k[2]:32} n={v['n']:4} ok={v['ok']:4} prec={v['ok'] / v['n']:.2f} "
                f"lost_if_empty={v['lost_if_empty']:3} wrong->empty={v['wrong->empty']} "
                f"->sent_before={v['wrong->sent-before']} ->main_other={v['wrong->main-other']}"
            )


if __name__ == "__main__":
    main()
