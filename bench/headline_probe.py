"""Type and party accuracy of the coder on headlines and short lines (``bench/data/headline_verbs.tsv``).

Each row (expected PLOVER type or NONE, a word the actor's text must contain, a word the
recipient's text must contain, the snippet; '-' leaves a party unchecked) is coded as a story of
its own, the way ``bench/type_accuracy.py`` codes snippets; the highest-confidence event is the
answer. Reports the type hits, the hits with both parties right, and the events coded on NONE
rows; ``--misses`` lists each miss.

Usage: ``PYTHONPATH=src python bench/headline_probe.py [FILE] [--misses]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from communique.evaluate import code_texts

DEFAULT = Path(__file__).parent / "data" / "headline_verbs.tsv"


def _texts(parties: list) -> str:
    return " ".join(p.text.lower() for p in parties)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snippets", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for line in args.snippets.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("type\t"):
            rows.append(line.split("\t"))
    coded = code_texts([r[3] for r in rows], prefix="hl")
    n_pos = type_hits = party_hits = none_rows = none_clean = 0
    for (expected, actor, recipient, text), mentions in zip(rows, coded, strict=True):
        top = max(mentions, key=lambda m: m.confidence) if mentions else None
        got = top.event_type if top else "NONE"
        if expected == "NONE":
            none_rows += 1
            none_clean += top is None
            if top is not None and args.misses:
                print(f"FP  {got:9} {text}  [{top.explanation}]")
            continue
        n_pos += 1
        ok_type = got == expected
        ok_party = ok_type and all(
            w == "-" or w in _texts(side)
            for w, side in (
                (actor, top.actor if top else []),
                (recipient, top.recipient if top else []),
            )
        )
        type_hits += ok_type
        party_hits += ok_party
        if args.misses and not ok_party:
            who = f"{_texts(top.actor)} -> {_texts(top.recipient)}" if top else ""
            print(f"MISS {expected}->{got:9} {text}  [{who}] [{top.explanation if top else ''}]")
    print(
        f"positives {n_pos}: type {type_hits}, type+parties {party_hits}; "
        f"NONE rows {none_rows}: clean {none_clean}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
