"""Noun events: does the coder find acts named by nouns, with their parties, dates and modality?

Codes every row of ``bench/nominal/probe.tsv`` (type, actor, recipient, date, snippet; ``#`` lines
are comments) as an article of its own published on 2024-05-08, full spaCy pipeline, as
``communique eval`` does. A row with a type scores ``type`` when an asserted event of that type is
coded, ``parties`` when such an event has the expected actor and recipient countries (either way
round for CONSULT, a joint act), ``date`` when it also has the expected date, ``all`` when one
event has all of them. A ``!TYPE`` row scores when no asserted event of that type is coded.

Usage: ``PYTHONPATH=src python bench/nominal/score.py [--probe FILE] [--misses]``; ``--probe`` scores
another file of the same columns (``bench/nominal/probe2.tsv``, the held-out second probe).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from communique.evaluate import code_texts

DEFAULT = Path(__file__).parent / "probe.tsv"
PUBLISHED = "2024-05-08"
JOINT = ("CONSULT",)


def load(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        rows.append(line.split("\t"))
    return rows


def countries(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def parties_ok(m: Any, kind: str, actor: str, recipient: str) -> bool:
    """Whether the event names the expected doer and target ("-": not scored)."""
    acts, recs = countries(m.actor), countries(m.recipient)
    if kind in JOINT:
        both = acts | recs
        return (actor == "-" or actor in both) and (recipient == "-" or recipient in both)
    return (actor == "-" or actor in acts) and (recipient == "-" or recipient in recs)


def score_row(row: list[str], mentions: list[Any]) -> dict[str, bool]:
    kind, actor, recipient, date, _text = row
    if kind.startswith("!"):
        hits = [m for m in mentions if m.event_type == kind[1:] and m.modality == "asserted"]
        return {"none": not hits}
    typed = [m for m in mentions if m.event_type == kind and m.modality == "asserted"]
    parties = [m for m in typed if parties_ok(m, kind, actor, recipient)]
    dated = [m for m in typed if date == "-" or (m.date or "").startswith(date)]
    return {
        "type": bool(typed),
        "parties": bool(parties),
        "date": bool(dated),
        "all": any(m in dated for m in parties),
    }


def show(row: list[str], mentions: list[Any]) -> None:
    got = [
        (
            m.event_type,
            m.modality,
            sorted(countries(m.actor)),
            sorted(countries(m.recipient)),
            m.date,
        )  # fmt: skip
        for m in mentions
    ]
    print(f"  {'/'.join(row[:4])} got {got} | {row[4]}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[argv.index("--probe") + 1]) if "--probe" in argv else DEFAULT
    rows = load(path)
    coded = code_texts([r[4] for r in rows], prefix="nominal", published=PUBLISHED)
    tally: dict[str, int] = {"type": 0, "parties": 0, "date": 0, "all": 0, "none": 0}
    for row, mentions in zip(rows, coded, strict=True):
        scores = score_row(row, mentions)
        for k, v in scores.items():
            tally[k] += v
        if "--misses" in argv and not (scores.get("all") or scores.get("none")):
            show(row, mentions)
            if "-v" in argv:
                for m in mentions:
                    print(f"    {m.explanation}")
    n_neg = sum(1 for r in rows if r[0].startswith("!"))
    n_pos = len(rows) - n_neg
    print(
        f"{n_pos} events: type {tally['type']}, parties {tally['parties']}, "
        f"date {tally['date']}, all {tally['all']}; {n_neg} non-events: none coded {tally['none']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
