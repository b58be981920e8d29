"""Score the recipients of reactions in short invented stories (bench/data/reaction_recipients.json,
branch recips2): a later sentence reacts to a statement, declaration, criticism, accusation,
ruling, vote, test or decision, and its target is the author or doer of what it reacts to (a
state, several states, or a body), not the story's counterpart nor the state of the sentence
before; counter-cases where that context is right ("X accused Y ... Y denied it" -> X); and
sentences that give no target at all ("-").

Each story lists events: words of the sentence and the expected recipient states (ISO 3166,
"EUR", "UNO", "IGO"), several joined by "+", alternatives by "|"; "-": no event of that sentence
may have a recipient.

    python bench/reaction_recipients.py [--file bench/data/reaction_recipients.json] [-v]

bench/data/ctx_recipients_probe.json (branch recips3; same format): targets assumed from the
story's context where the sentence names none (a bloc's own members meeting, patrols, a state's
own body meeting: "-"), and counter-cases where the story's counterpart is right. First run (main
4e6b23d): targets 11/17, no-target sentences 15/23; after recipient.members_meeting: 22/23.

bench/data/group_targets_probe.json (branch grouptargets; same format): targets told by a plural
group word ("foreign embassies", "Western governments", "the two neighbours", "both sides") that
mean the states or bodies named before, by a by-phrase ("criticism by X") naming the authors of
what is rejected, or by another party's attempt ("rejected any attempt to ..."); counter-cases
where the group word names no one told before ("-|?": no target or one with no country).

bench/data/background_probe.json (branch background2; same format; run with
``--published 2026-06-04``): background acts (dated years before) and scheduled acts (next week,
next month) whose parties are in their own sentence, elsewhere, or nowhere: a third party's past
or planned act is not aimed at the story's counterpart, a body's meeting of its own members has
no target; counter-cases where the act is between the story's own two states and the context is
right.

bench/data/recipients_probe2.json (branch recipients2; same format): the target sits in a phrase
the trigger verb does not govern ("deported 40 people *to X*", "sent soldiers *in support of the
government of X*", "the arrest of a reporter *by X's police*", "refugees *who fled from X*", an
appositive "its neighbour, *X*") or is a named foreign envoy ("X's ambassador, A B", later "B");
counter-cases where the phrase names the place of the act ("from X airport") or the envoy is the
doer's own, recalled from a post.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from communique.evaluate import code_texts

HERE = Path(__file__).resolve().parent


def _states(actors) -> str:
    return "+".join(sorted({a.country or "?" for a in actors})) or "-"


def _rule(explanation: str) -> str:
    """The recipient rule the explanation names."""
    ids = re.findall(r"\[(recipient\.[a-z_]+)", explanation)
    return ids[-1] if ids else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(HERE / "data" / "reaction_recipients.json"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--published", help="code the stories as published on this ISO date")
    args = ap.parse_args()
    stories = json.loads(Path(args.file).read_text(encoding="utf-8"))
    coded = code_texts([s["text"] for s in stories], prefix="recips", published=args.published)
    right = total = none_right = none_total = missing = 0
    for story, mentions in zip(stories, coded, strict=True):
        for words, want in story["events"]:
            found = [m for m in mentions if words in m.evidence.sentence_text]
            got = [_states(m.recipient) for m in found]
            if want == "-":
                none_total += 1
                ok = all(g == "-" for g in got)
                none_right += ok
            else:
                total += 1
                ok = any(g in want.split("|") for g in got)
                right += ok
                missing += not found
            if args.verbose or not ok:
                kinds = [
                    f"{m.event_type}:{_states(m.actor)}>{g} {_rule(m.explanation)}"
                    for m, g in zip(found, got, strict=True)
                ]
                print(f"{'ok ' if ok else 'BAD'} {story['id']} {words!r}: {kinds} (want {want})")
    print(f"reaction recipients right {right}/{total} = {right / total:.2f} ({missing} no event)")
    print(f"no-target sentences right {none_right}/{none_total}")


if __name__ == "__main__":
    main()
