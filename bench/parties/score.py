"""Who the vague parties are: actor and recipient countries in invented multi-country stories.

Every story in ``stories.json`` was written for this bench (no benchmark text), with its checks
decided before the coder was run on it. A check names a sentence by a phrase in it (``find``),
the PLOVER types a careful coder would accept (``type``, ``|``-separated, ``*`` for any), and the
actor and recipient countries (compared as ``communique eval`` compares them: the UN, the EU and
other bodies as IGO); ``symmetric`` accepts the two sides either way round, or both as the actor
with no recipient (the coder's form for joint acts). The event
scored is the most confident one of an accepted type in that sentence, else the most confident
one there (its type then counts as a miss); none at all is a miss of both parties.

Run: ``PYTHONPATH=src python bench/parties/score.py [-v] [--explain] [--json]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from communique.evaluate import gold_countries, predicted_countries

STORIES = Path(__file__).parent / "stories.json"


def code_stories(stories: list[dict]) -> list[list[Any]]:
    """Each story coded as an article of its own, full pipeline, as ``communique eval`` does."""
    from communique.coding import code_article
    from communique.coding.components import CODER_PIPES
    from communique.model import Article
    from communique.parsing import load_pipeline

    nlp = load_pipeline(fast=False)
    with nlp.select_pipes(disable=list(CODER_PIPES)):
        docs = list(nlp.pipe(s["text"] for s in stories))
    return [
        code_article(Article(text=s["text"], published=s["published"], id=s["id"]), doc)
        for s, doc in zip(stories, docs, strict=True)
    ]


def pick(check: dict, text: str, mentions: list[Any]) -> tuple[Any, bool]:
    """The event the check scores, and whether its type is one the check accepts."""
    at = text.index(check["find"])
    here = [m for m in mentions if m.evidence.start <= at < m.evidence.end]
    types = set(check["type"].split("|"))
    typed = [m for m in here if "*" in types or m.event_type in types]
    pool = typed or here
    best = max(pool, key=lambda m: m.confidence) if pool else None
    return best, bool(typed)


def score(check: dict, m: Any) -> tuple[bool, bool]:
    if m is None:
        return False, False
    want_a = gold_countries([{"code": c} for c in check["actor"]])
    want_r = gold_countries([{"code": c} for c in check["recipient"]])
    got_a, got_r = predicted_countries(m.actor), predicted_countries(m.recipient)
    if check.get("symmetric") and (got_a, got_r) in ((want_r, want_a), (want_a | want_r, set())):
        return True, True
    return got_a == want_a, got_r == want_r


def describe(m: Any) -> str:
    if m is None:
        return "nothing"
    got_a, got_r = sorted(predicted_countries(m.actor)), sorted(predicted_countries(m.recipient))
    return f"{m.event_type} {got_a}->{got_r}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stories = json.loads(STORIES.read_text("utf-8"))
    tally = dict.fromkeys(("checks", "coded", "type", "actor", "recipient", "both"), 0)
    for story, mentions in zip(stories, code_stories(stories), strict=True):
        for check in story["checks"]:
            m, typed = pick(check, story["text"], mentions)
            a_ok, r_ok = score(check, m)
            oks = (True, m is not None, typed, a_ok, r_ok, a_ok and r_ok)
            for key, ok in zip(tally, oks, strict=True):
                tally[key] += ok
            if "-v" in argv or not (a_ok and r_ok):
                mark = ("A" if not a_ok else " ") + ("R" if not r_ok else " ")
                print(f"{'ok' if a_ok and r_ok else mark}  {story['id']} '{check['find']}' want "
                      f"{check['type']} {check['actor']}->{check['recipient']} got {describe(m)}")  # fmt: skip
                if m is not None and "--explain" in argv:
                    print(f"      {m.explanation}")
    n = tally.pop("checks")
    if "--json" in argv:
        print(json.dumps({k: round(v / n, 3) for k, v in tally.items()} | {"n": n}))
    print(
        f"{n} checks: coded {tally['coded']}, type {tally['type']}, "
        f"actor {tally['actor']} ({tally['actor'] / n:.3f}), "
        f"recipient {tally['recipient']} ({tally['recipient'] / n:.3f}), both {tally['both']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
