"""Organisation actors: does the coder find, place and sector doers that no actor dictionary lists?

Codes every snippet of ``bench/data/org_actors.tsv`` (expected PLOVER type or NONE, expected actor
code or NONE, snippet; ``#`` lines are comments) as an article of its own, full spaCy pipeline, as
``communique eval`` does. A row with a type is scored on the events of its last sentence: ``type``
when one has the expected type, ``country`` when such an event's actor has the expected country,
``code`` when it has the expected country and sector. A NONE row scores when nothing is coded.

Usage: ``PYTHONPATH=src python bench/org_actors.py [--file FILE] [--misses]``; ``--file`` scores
another file of the same columns (``bench/data/org_actors2.tsv``: the larger held-out probe).
"""

from __future__ import annotations

import sys
from pathlib import Path

from communique.evaluate import code_texts

DEFAULT = Path(__file__).parent / "data" / "org_actors.tsv"


def load(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        kind, actor, text = line.split("\t")
        rows.append((kind, actor, text))
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[argv.index("--file") + 1]) if "--file" in argv else DEFAULT
    rows = load(path)
    coded = code_texts([text for _, _, text in rows], prefix="org")
    tally = {"type": 0, "country": 0, "code": 0, "none": 0}
    n_pos = sum(1 for k, _, _ in rows if k != "NONE")
    for (kind, actor, text), mentions in zip(rows, coded, strict=True):
        if kind == "NONE":
            ok = not mentions
            tally["none"] += ok
            if not ok and "--misses" in argv:
                for m in mentions:
                    codes = [a.code for a in m.actor]
                    print(f"  NONE got {m.event_type} {codes} | {text}\n    {m.explanation}")
            continue
        last = max((m.sentence for m in mentions), default=-1)
        typed = [m for m in mentions if m.sentence == last and m.event_type == kind]
        countries = [m for m in typed if any(a.country == actor[:3] for a in m.actor)]
        codes = [m for m in typed if any(a.code == actor for a in m.actor)]
        tally["type"] += bool(typed)
        tally["country"] += bool(countries)
        tally["code"] += bool(codes)
        if not codes and "--misses" in argv:
            got = [(m.event_type, [a.code for a in m.actor]) for m in mentions]
            print(f"  {kind} {actor} got {got} | {text}")
            for m in mentions:
                print(f"    {m.explanation}")
    n_neg = len(rows) - n_pos
    print(
        f"{n_pos} events: type {tally['type']}, actor country {tally['country']}, "
        f"actor code {tally['code']}; {n_neg} non-events: nothing coded {tally['none']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
