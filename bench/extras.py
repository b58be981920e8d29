"""List and classify the *extra* events of the story benches: coded events that match no gold entry.

`communique eval --stories` counts an event as matching when some gold entry of its story
(required or optional, dates not checked) has its type, its parties and its modality
(src/communique/storyeval/match.py); everything else lowers precision and is "extra". This
script ingests the same stories the same way (one fresh temporary database per folder), lists
every extra event with its sentence, type, CAMEO code, actor, recipient, modality, confidence
and the rule ids of its explanation, and puts each into one cause class, so that the big
general classes of over-coding can be counted and fixed first.

Usage (from the repository root, with the project's PYTHONPATH):

    python bench/extras.py                       # the ten political sets, table of classes
    python bench/extras.py conflict courts       # some sets only
    python bench/extras.py --list                # also every extra event with its class
    python bench/extras.py --list --only recipient-from-context
    python bench/extras.py --cache /tmp/ev       # keep the coded events (JSON per set) and
                                                 # reuse them on the next run (no re-coding;
                                                 # a cache made by other code or other set
                                                 # files is coded again, never reused)
    python bench/extras.py --json out.json       # the classified extras and the counts

The classes (first that applies, in this order; "near" gold = a gold entry of the story whose
non-empty actor list shares a country with the event's actor):

  forbidden               the event matches a forbidden entry of the story (a wrong reading)
  background              historical modality, or a date more than a year before publication:
                          background the gold does not list as an event
  duplicate               another event of the same sentence matches gold and shares its actor:
                          one act coded twice (second type, or same type with other roles)
  recipient-from-context  the recipient was assumed from outside the event's clause (rules
                          recipient.story_counterpart, .earlier_act, .domestic_target, ...)
  quote-remark            the trigger lies inside quotation marks, or the event is a demand read
                          off "must / should / need" (trigger.reported_obligation)
  noun-trigger            the trigger is a noun (a meeting, a request, aid ...): often a setting
                          or a thing talked about, not a new act
  untargeted-comment      a verbal act that needs a target (comment, praise, criticism, denial,
                          demand, promise, consultation) coded with no recipient at all
  second-in-sentence      another event of the same sentence matches gold (other actor): a side
                          act of a sentence about something else
  wrong-type              a near gold entry with the event's recipient and modality, other type
  wrong-parties           a gold entry of the event's type and modality, other parties
  wrong-modality          a gold entry of the event's type and parties, other modality
  low-confidence          confidence below 0.5
  unlisted                the rest: an act the gold does not list (not central, or not an event)

Sub-tags (any number) are listed with each event: `ctx-recipient`, `quote`, `speech` (CAMEO
01/02: statements and appeals), `noun`, `historical`, `low-conf`, `no-recipient`,
`same-sentence-gold`.

`--rules` adds, for each rule id, how many extra and how many matching events it explains: a
rule with a high share of extras is a place to look.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from communique.coding.calibration import CONTEXT_RECIPIENT_RULES, quoted
from communique.coding.calibration import rule_ids as explanation_rule_ids
from communique.storyeval.gold import GoldStory, interval, load_gold
from communique.storyeval.match import matches, modality_ok, parties_ok, party_countries
from communique.storyeval.score import find_article, story_files

SETS = [
    "conflict",
    "diplomacy",
    "analysis",
    "economy",
    "unrest",
    "courts",
    "politics",
    "migration",
    "security",
    "pages",
]
STORIES = Path(__file__).resolve().parent / "stories"

CLASSES = (
    "forbidden",
    "background",
    "duplicate",
    "recipient-from-context",
    "quote-remark",
    "noun-trigger",
    "untargeted-comment",
    "second-in-sentence",
    "wrong-type",
    "wrong-parties",
    "wrong-modality",
    "low-confidence",
    "unlisted",
)
# PLOVER types of verbal acts aimed at someone: without any recipient they are no interaction
DIRECTED_TYPES = {"ACCUSE", "AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}
# rule id -> [extra events, matching events] explained with it (filled by extras_of_set)
RULE_COUNTS: dict[str, list[int]] = defaultdict(lambda: [0, 0])


# The day the story benches take for "today" (communique.articles.dates.TODAY_ENV): pinned, so
# that a set codes the same in any year (a year-less dateline is put in the latest year its
# weekday fits up to "today"). A run with $COMMUNIQUE_TODAY set codes under that day instead.
BENCH_TODAY = "2026-12-06"
TODAY_ENV = "COMMUNIQUE_TODAY"  # communique.articles.dates.TODAY_ENV (older code ignores it)


def bench_today() -> str:
    return os.environ.get(TODAY_ENV) or BENCH_TODAY


def code_set(folder: Path, gold: dict[str, GoldStory]) -> dict[str, list[dict[str, Any]]]:
    """Ingest the folder's gold stories into a fresh database: story file name -> its events
    (coded with "today" pinned to ``bench_today()``)."""
    from communique.pipeline import ingest
    from communique.sources import iter_articles
    from communique.store import Store
    from communique.store.queries import EventFilter, list_articles, list_events

    files = story_files(gold, [folder])
    os.environ[TODAY_ENV] = bench_today()
    with tempfile.TemporaryDirectory(prefix="communique-extras-") as tmp:
        store = Store(Path(tmp) / "e.duckdb", read_only=False)
        try:
            ingest(iter_articles([str(f) for f in files]), store)
            articles = list_articles(store)
            events = list_events(store, EventFilter())
        finally:
            store.close()
    out: dict[str, list[dict[str, Any]]] = {}
    for name, story in gold.items():
        art = find_article(story, articles)
        out[name] = [e for e in events if art and e.get("article_id") == art.get("id")]
        if art:
            for e in out[name]:
                e["_published"] = str(art.get("published") or "")[:10]
    return out


def rule_ids(event: dict[str, Any]) -> list[str]:
    return explanation_rule_ids(str(event.get("explanation") or ""))


def in_quote(event: dict[str, Any]) -> bool:
    """The trigger lies inside quotation marks of its sentence (an odd count of marks before)."""
    ev = event.get("evidence") or {}
    start, t0 = ev.get("start"), ev.get("trigger_start")
    if not isinstance(start, int) or not isinstance(t0, int):
        return False
    return quoted(str(ev.get("sentence_text") or ""), start, t0)


def tags(event: dict[str, Any], sentence_has_gold: bool) -> list[str]:
    rules = set(rule_ids(event))
    out = []
    if rules & CONTEXT_RECIPIENT_RULES:
        out.append("ctx-recipient")
    if in_quote(event):
        out.append("quote")
    if str(event.get("cameo") or "")[:2] in ("01", "02"):
        out.append("speech")
    if trigger_is_noun(event):
        out.append("noun")
    if event.get("modality") == "historical" or _old(event):
        out.append("historical")
    if (event.get("confidence") or 1) < 0.5:
        out.append("low-conf")
    if not event.get("recipient"):
        out.append("no-recipient")
    if sentence_has_gold:
        out.append("same-sentence-gold")
    return out


_NLP: list[Any] = []


def trigger_is_noun(event: dict[str, Any]) -> bool:
    """The trigger's first word is a noun in the parse of its sentence (parsed again here)."""
    ev = event.get("evidence") or {}
    text, start, t0 = str(ev.get("sentence_text") or ""), ev.get("start"), ev.get("trigger_start")
    if not text or not isinstance(start, int) or not isinstance(t0, int):
        return False
    if not _NLP:
        from communique.nlp import get_nlp

        _NLP.append(get_nlp())
    doc = _NLP[0](text)
    tok = next((t for t in doc if t.idx <= t0 - start < t.idx + len(t)), None)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN")


def _old(event: dict[str, Any]) -> bool:
    coded, pub = interval(event.get("date")), interval(event.get("_published") or None)
    return bool(coded and pub and (pub[0] - coded[1]).days > 365)


def classify(event: dict[str, Any], story: GoldStory, sentence_actors: list[frozenset[str]]) -> str:
    """The cause class of an extra event (see the module docstring); ``sentence_actors``: the
    actor countries of the events of its sentence that match gold."""
    if any(matches(event, f, check_date=f.dated) for f in story.forbidden):
        return "forbidden"
    t = tags(event, bool(sentence_actors))
    if "historical" in t:
        return "background"
    actor = party_countries(event.get("actor"))
    if any(actor & other for other in sentence_actors):
        return "duplicate"
    if "ctx-recipient" in t:
        return "recipient-from-context"
    if "quote" in t or "trigger.reported_obligation" in rule_ids(event):
        return "quote-remark"
    if "noun" in t:
        return "noun-trigger"
    if "no-recipient" in t and event.get("event_type") in DIRECTED_TYPES:
        return "untargeted-comment"
    if sentence_actors:
        return "second-in-sentence"
    etype = event.get("event_type")
    near = [g for g in story.events if g.actor & actor]
    if any(parties_ok(event, g) and modality_ok(event, g) for g in near):
        return "wrong-type"
    typed = [g for g in story.events if etype in g.types]
    if any(modality_ok(event, g) for g in typed):
        return "wrong-parties"
    if any(parties_ok(event, g) for g in typed):
        return "wrong-modality"
    if "low-conf" in t:
        return "low-confidence"
    return "unlisted"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A fingerprint of the coder that is running: every file of the imported ``communique``
    package (code and data), so that a cache made by other code is never read as this code's."""
    import communique

    digest = hashlib.sha256()
    root = Path(communique.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _set_version(name: str) -> str:
    """A fingerprint of a story set's files (pages and gold)."""
    digest = hashlib.sha256()
    folder = STORIES / name
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_coding(
    name: str, cache: Path | None, make: Callable[[], Any], kind: str = "extras"
) -> Any:
    """The coded events of set ``name``: read from ``cache`` (a folder, one JSON file per set)
    when it holds them for this same code, set and kind of coding (``kind``: what ``make``
    keeps), else made by ``make()`` and kept there. A cache file made by other code, another
    version of the set or another script is made again (with a note on stderr), never reused.

    Each kind has its own file (``NAME.json`` for the extras' coding, ``NAME.KIND.json`` for
    the others), so that one script's run never evicts another's cache; a file is written
    whole or not at all (a temporary file renamed over it), so that a run reading a cache
    while another writes it never reads half a file."""
    cached = (
        (cache / (f"{name}.json" if kind == "extras" else f"{name}.{kind}.json")) if cache else None
    )
    stamp = {"code": code_version(), "set": _set_version(name), "kind": kind}
    if bench_today() != BENCH_TODAY:
        stamp["today"] = bench_today()  # coded under another "today": not the benches' coding
    if cached and cached.exists():
        kept = json.loads(cached.read_text())
        if isinstance(kept, dict) and kept.get("stamp") == stamp:
            return kept["coded"]
        print(f"{cached}: made by other code, set files or script; coding {name} again",
              file=sys.stderr)  # fmt: skip
    coded = make()
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        part.write_text(json.dumps({"stamp": stamp, "coded": coded}, default=str))
        os.replace(part, cached)
    return coded


def extras_of_set(
    name: str, cache: Path | None = None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The classified extra events of one set, and its counts (required / found / predicted)."""
    folder = STORIES / name
    gold = load_gold(folder / "gold.json")
    coded = cached_coding(name, cache, lambda: code_set(folder, gold))
    rows: list[dict[str, Any]] = []
    counts = Counter()
    for story_name, story in gold.items():
        if story.noise:
            continue
        events = coded.get(story_name, [])
        counts["required"] += len(story.required)
        counts["found"] += sum(any(matches(e, g) for e in events) for g in story.required)
        # sentence -> actor countries of its events that match gold
        good: dict[Any, list[frozenset[str]]] = defaultdict(list)
        for e in events:
            if any(matches(e, g, check_date=False) for g in story.events):
                good[e.get("sentence")].append(party_countries(e.get("actor")))
        for e in events:
            counts["predicted"] += 1
            ok = any(matches(e, g, check_date=False) for g in story.events)
            for rule in set(rule_ids(e)):
                RULE_COUNTS[rule][ok] += 1
            if ok:
                counts["matching"] += 1
                continue
            others = good.get(e.get("sentence"), [])
            rows.append({
                "set": name,
                "story": story_name,
                "class": classify(e, story, others),
                "tags": tags(e, bool(others)),
                "type": e.get("event_type"),
                "cameo": e.get("cameo"),
                "actor": sorted(party_countries(e.get("actor"))),
                "recipient": sorted(party_countries(e.get("recipient"))),
                "modality": e.get("modality"),
                "confidence": e.get("confidence"),
                "trigger": (e.get("evidence") or {}).get("trigger"),
                "sentence": (e.get("evidence") or {}).get("sentence_text"),
                "rules": rule_ids(e),
            })  # fmt: skip
    return rows, dict(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=list(SETS))
    ap.add_argument("--cache", type=Path, help="folder for the coded events of each set")
    ap.add_argument("--list", action="store_true", help="print every extra event")
    ap.add_argument("--only", help="with --list: only this class")
    ap.add_argument("--rules", action="store_true", help="print each rule's extra/matching counts")
    ap.add_argument("--json", type=Path, help="write the rows and counts here")
    args = ap.parse_args(argv)
    all_rows, per_set = [], {}
    for s in args.sets:
        rows, counts = extras_of_set(s, args.cache)
        all_rows += rows
        per_set[s] = counts
    if args.list:
        for r in all_rows:
            if args.only and r["class"] != args.only:
                continue
            print(
                f"[{r['class']}] {r['set']}/{r['story']}: {r['type']} {r['cameo']} "
                f"{r['actor']}->{r['recipient']} {r['modality']} conf={r['confidence']} "
                f"trigger={r['trigger']!r} tags={','.join(r['tags'])}\n"
                f"    {r['sentence']}\n    rules: {' '.join(r['rules'])}"
            )
    by = Counter((r["set"], r["class"]) for r in all_rows)
    used = [c for c in CLASSES if any(k[1] == c for k in by)]
    print("\nset         req found pred match prec  " + " ".join(f"{c[:10]:>10}" for c in used))
    tot = Counter()
    for s, c in per_set.items():
        tot.update(c)
        prec = c["matching"] / c["predicted"] if c.get("predicted") else 0.0
        cells = " ".join(f"{by[(s, k)]:>10}" for k in used)
        print(
            f"{s:<11} {c['required']:>3} {c['found']:>5} {c['predicted']:>4} {c['matching']:>5}"
            f" {prec:.2f}  {cells}"
        )
    prec = tot["matching"] / tot["predicted"] if tot["predicted"] else 0.0
    cells = " ".join(f"{sum(by[(s, k)] for s in per_set):>10}" for k in used)
    print(
        f"{'total':<11} {tot['required']:>3} {tot['found']:>5} {tot['predicted']:>4}"
        f" {tot['matching']:>5} {prec:.2f}  {cells}"
    )
    tag_counts = Counter(t for r in all_rows for t in r["tags"])
    print("tags over all extras:", dict(tag_counts.most_common()))
    if args.rules:
        print("\nrule                                  extra matching  share-extra")
        ranked = sorted(RULE_COUNTS.items(), key=lambda kv: (-kv[1][0], kv[0]))
        for rule, (bad, good) in ranked:
            print(f"{rule:<38} {bad:>5} {good:>8}  {bad / (bad + good):.2f}")
    if args.json:
        args.json.write_text(json.dumps({"counts": per_set, "extras": all_rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
