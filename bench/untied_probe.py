"""Score the state of persons and offices a story never ties to a state with a country phrase
(bench/data/untied_probe.json, branch untied): a name introduced by a titled description the
sentence before, an office of a one-country story, an opposition leader's pronoun, "the two X"
of a story pair, an international official named later by surname, and counter-cases (a
visiting foreign official; an office of a two-country story, which must stay without a state).

Each story lists mentions (their exact words, the occurrence: 0 the first, -1 the last) and the
expected state (ISO 3166 code, several joined by "+", "UNO", "EUR", "IGO", or "?" for none),
and events (words of the sentence, the expected doer states joined by "+", and optionally the
expected target states, "-" for none): an event of that sentence must have exactly those doer
(and target) states.

    python bench/untied_probe.py [--file bench/data/untied_probe.json] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from communique.evaluate import code_texts

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from person_states import score_mentions  # noqa: E402


def _got(sp) -> str:
    return "+".join(sorted({a.country or "?" for a in sp.actors}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(HERE / "data" / "untied_probe.json"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    stories = json.loads(Path(args.file).read_text(encoding="utf-8"))
    right, total = score_mentions(stories, _got, none="?", verbose=args.verbose)
    coded = code_texts([s["text"] for s in stories], prefix="untied")
    ev_right = ev_total = 0
    for story, mentions in zip(stories, coded, strict=True):
        for words, want, *target in story["events"]:
            ev_total += 1
            found = [m for m in mentions if words in m.evidence.sentence_text]
            got = ["+".join(sorted({a.country or "?" for a in m.actor})) or "-" for m in found]
            if target:  # "doer>target"
                want = f"{want}>{target[0]}"
                got = [
                    f"{g}>{'+'.join(sorted({a.country or '?' for a in m.recipient})) or '-'}"
                    for m, g in zip(found, got, strict=True)
                ]
            ok = want in got
            ev_right += ok
            if args.verbose or not ok:
                kinds = [f"{m.event_type}:{g}" for m, g in zip(found, got, strict=True)]
                print(
                    f"{'ok ' if ok else 'BAD'} {story['id']} event {words!r}: {kinds} (want {want})"
                )
    print(f"mentions right {right}/{total} = {right / total:.2f}")
    print(f"events right {ev_right}/{ev_total} = {ev_right / ev_total:.2f}")


if __name__ == "__main__":
    main()
