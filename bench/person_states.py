"""Score the actor state of titled persons, bare titles and regional blocs in short invented
stories filed from a capital (bench/data/person_states.json, branch roles).

Each story lists mentions (their exact words, the occurrence: 0 the first, -1 the last) and the
expected state: an ISO 3166 code, several joined by "+", or a body's name ("ASEAN").

    python bench/person_states.py [--file bench/data/person_states.json] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from communique.actors import find_actors
from communique.nlp import get_nlp

HERE = Path(__file__).resolve().parent


def _got(sp) -> str:
    countries = sorted({a.country or "?" for a in sp.actors})
    if countries == ["IGO"] or countries == ["EUR"] or countries == ["UNO"]:
        return sp.actor.name or countries[0]
    return "+".join(countries)


def score_mentions(stories: list[dict], got_of, *, none: str, verbose: bool) -> tuple[int, int]:
    """Right and total over the stories' expected mentions: each (words, nth, want) is the nth
    occurrence of the words in the text (0 the first, -1 the last), scored by ``got_of`` on the
    last actor span that overlaps it (its head noun ends the phrase: "Indonesian Foreign
    Minister X" for "X"), ``none`` when no span does. Prints the wrong ones (all if verbose)."""
    nlp = get_nlp()
    right = total = 0
    for story in stories:
        doc = nlp(story["text"])
        spans = find_actors(doc)
        for words, nth, want in story["expect"]:
            total += 1
            starts = [m.start() for m in re.finditer(re.escape(words), story["text"])]
            hits = []
            if len(starts) > (nth if nth >= 0 else -nth - 1):
                a = starts[nth]
                b = a + len(words)
                hits = [
                    sp
                    for sp in spans
                    if doc[sp.start].idx < b and doc[sp.end - 1].idx + len(doc[sp.end - 1]) > a
                ]
            got = got_of(hits[-1]) if hits else none
            ok = got == want
            right += ok
            if verbose or not ok:
                rule = hits[-1].rule if hits else ""
                print(
                    f"{'ok ' if ok else 'BAD'} {story['id']} {words!r}: {got} (want {want}) {rule}"
                )
    return right, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(HERE / "data" / "person_states.json"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    stories = json.loads(Path(args.file).read_text(encoding="utf-8"))
    right, total = score_mentions(stories, _got, none="-", verbose=args.verbose)
    print(f"right {right}/{total} = {right / total:.2f}")


if __name__ == "__main__":
    main()
