"""Speech bench: do the doers of acts said in quotations take the speaker's country?

Codes every passage of ``bench/speech/probe.tsv`` as an article of its own, full spaCy pipeline,
as ``communique eval`` does (``communique.evaluate.code_texts``). A row with a type scores
``type`` when some event has it, ``actor`` when such an event's doer has the expected country,
``recipient`` when that event also has the expected target (``-``: not scored), and ``full`` when
all three hold. An actor ``!ISO3`` scores when no event has that state, its government or its
military as doer (a quotation from a protester, a reporter, a witness: "we" is no state). NONE
scores when nothing at all is coded.

Usage: ``PYTHONPATH=src python bench/speech/score.py [--misses]``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from communique.evaluate import code_texts

DEFAULT = Path(__file__).parent / "probe.tsv"
STATE_SECTORS = ("", "GOV", "MIL")


def load(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        kind, actor, recipient, text = line.split("\t")
        rows.append((kind, actor, recipient, text))
    return rows


def _countries(actors: list[Any]) -> set[str]:
    return {a.country for a in actors if a.country}


def score_row(kind: str, actor: str, recipient: str, mentions: list[Any]) -> dict[str, bool]:
    """Which of type, actor, recipient and full one passage's events get right."""
    if kind == "NONE":
        ok = not mentions
        return {"type": ok, "actor": ok, "recipient": ok, "full": ok}
    if actor.startswith("!"):
        state = actor[1:]
        ok = not any(
            a.country == state and (a.sector or "") in STATE_SECTORS
            for m in mentions
            for a in m.actor
        )
        typed = kind == "*" or any(m.event_type == kind for m in mentions)
        return {"type": typed, "actor": ok, "recipient": True, "full": ok and typed}
    typed = [m for m in mentions if m.event_type == kind]
    doers = [m for m in typed if actor in _countries(m.actor)]
    targets = [m for m in doers if recipient == "-" or recipient in _countries(m.recipient)]
    return {
        "type": bool(typed),
        "actor": bool(doers),
        "recipient": bool(targets),
        "full": bool(targets),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rows = load(DEFAULT)
    coded = code_texts([r[3] for r in rows], prefix="speech")
    tally = {"type": 0, "actor": 0, "recipient": 0, "full": 0}
    for (kind, actor, recipient, text), mentions in zip(rows, coded, strict=True):
        got = score_row(kind, actor, recipient, mentions)
        for key, ok in got.items():
            tally[key] += ok
        if not got["full"] and "--misses" in argv:
            found = [
                (m.event_type, [a.code for a in m.actor], [a.code for a in m.recipient])
                for m in mentions
            ]
            print(f"  {kind} {actor} -> {recipient} got {found} | {text}")
            for m in mentions:
                print(f"    {m.explanation}")
    n = len(rows)
    print(
        f"{n} passages: type {tally['type']}, actor {tally['actor']}, "
        f"recipient {tally['recipient']}, full {tally['full']} ({tally['full'] / n:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
