"""Count, for every *drop rule* of the coder, the right events it also drops.

Each filter of the coder (``filter.frame_content``, ``filter.aim``, ``filter.sense``,
``filter.duplicate`` ...) was written to stop one kind of false event; this script measures, pooled
over many story sets, what each one drops: a candidate that matches a *required* gold entry of its
story, an *optional* one, a *forbidden* one (the filter did its job), or nothing.

The stories are ingested the same way as bench/extras.py and bench/misses.py (one fresh temporary
database per folder, "today" pinned). While coding, every dropped trigger is read as the coder
would have read it without that filter: a trigger dropped inside a sentence (``SentenceCoder._drop``)
gets its lexicon type and the actors and recipients that ``selection.choose`` finds for it (the
argument rules only, before any recode; modality taken as asserted); a mention dropped after it
was coded (``filter.duplicate``, the own-side and untargeted-aside filters, and the story-level
filters that use ``Dropped.of``) keeps its type, parties and modality. A dropped candidate
*matches* a gold entry when it has one of the entry's types, the entry's parties and modality
(storyeval.match, dates not checked), and lies in the entry's region: the sentence of the story
sharing the most content words with the entry's note (bench/misses.py ``region``; a note with no
region accepts any sentence).

The classes of a dropped candidate (first that applies):

  required-missed   matches a required entry that no coded event of the story matches: the drop
                    costs recall
  required-found    matches a required entry that a coded event matches anyway
  optional          matches an optional entry (a right event, not counted for recall)
  forbidden         matches a forbidden entry (a wrong reading the filter stopped)
  none              matches nothing

Usage (from the repository root, with the project's PYTHONPATH):

    python bench/drops.py pages22 pages24            # a table per rule over these sets
    python bench/drops.py --fit                      # the even page sets pages22..46
    python bench/drops.py --check                    # the odd page sets pages23..45 and the
                                                     # non-page sets
    python bench/drops.py --fit --list               # also every dropped candidate that
                                                     # matches gold, with its sentence
    python bench/drops.py --fit --list --rule filter.frame_content --all   # and those of one
                                                     # rule that match nothing
    python bench/drops.py --cache /tmp/dr ...        # keep the coding (JSON per set, kind
                                                     # "drops") and reuse it
    python bench/drops.py --json out.json ...        # the rows and counts

Reading a dropped trigger's arguments changes nothing the coder keeps: at c14dcaba the events
coded this way were the same as bench/extras.py's on all 597 stories of the 70 story sets.
The parties of a trigger dropped early are the coder's first reading only (no recode, no context
recipient): the counts are an estimate of what narrowing a filter could win, to be confirmed by
coding the sets with the narrowed filter (bench/extras.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extras import bench_today, cached_coding  # noqa: E402
from misses import region  # noqa: E402

from communique.storyeval.gold import GoldStory, load_gold  # noqa: E402
from communique.storyeval.match import matches  # noqa: E402
from communique.storyeval.score import find_article, story_files  # noqa: E402

STORIES = Path(__file__).resolve().parent / "stories"
CLASSES = ("required-missed", "required-found", "optional", "forbidden", "none")
HELD_OUT = ("pages53", "pages54")  # never read here (pages51, pages52 are development sets now)


def _sets() -> list[str]:
    return sorted(
        p.name
        for p in STORIES.iterdir()
        if (p / "gold.json").exists()
        and not p.name.startswith("offtopic")
        and p.name not in HELD_OUT
    )


def page_no(name: str) -> int | None:
    """The number of a pages* set (pages23: 23), None for pages and the other sets."""
    tail = name[len("pages") :]
    return int(tail) if name.startswith("pages") and tail.isdigit() else None


def fit_sets() -> list[str]:
    return [s for s in _sets() if (n := page_no(s)) is not None and 22 <= n <= 52 and n % 2 == 0]


def check_sets() -> list[str]:
    fit = set(fit_sets())
    return [s for s in _sets() if s not in fit]


def _parties(actors: Any) -> list[dict[str, str]]:
    return [
        {"country": str(getattr(a, "country", "") or ""), "code": str(getattr(a, "code", "") or "")}
        for a in actors or []
    ]


def _mention_info(m: Any) -> dict[str, Any]:
    return {
        "event_type": m.event_type,
        "cameo": m.cameo,
        "actor": _parties(m.actor),
        "recipient": _parties(m.recipient),
        "modality": m.modality,
        "stage": "mention",
    }


def _patched_coding() -> tuple[Any, Any]:
    """Patch the coder so that every Dropped it records carries ``_reading`` (the candidate as
    it would have been read); returns an undo function and the capture dict."""
    import communique.coding.sentence as sentence
    import communique.pipeline as pipeline
    from communique.coding.selection import choose
    from communique.model import Dropped

    saved: list[tuple[Any, str, Any]] = []
    pending: list[dict[str, Any] | None] = [None]

    def patch(obj: Any, name: str, new: Any) -> None:
        saved.append((obj, name, getattr(obj, name)))
        setattr(obj, name, new)

    orig_drop = sentence.SentenceCoder._drop

    def _drop(self: Any, trig: Any, rule_id: str, /, **slots: str) -> None:
        info: dict[str, Any] = {
            "event_type": trig.cameo.plover,
            "cameo": trig.cameo.code,
            "actor": [],
            "recipient": [],
            "modality": "asserted",
            "stage": "trigger",
        }
        try:
            cand = choose(self.resolver, trig)
            info["actor"], info["recipient"] = _parties(cand.actors), _parties(cand.recipients)
        except Exception as exc:  # a trigger the argument rules cannot read: type only
            info["error"] = repr(exc)[:80]
        orig_drop(self, trig, rule_id, **slots)
        self.dropped[-1]._reading = info

    patch(sentence.SentenceCoder, "_drop", _drop)

    orig_init = Dropped.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        orig_init(self, *args, **kwargs)
        if pending[0] is not None:
            self._reading, pending[0] = pending[0], None

    patch(Dropped, "__init__", __init__)
    orig_of = Dropped.__dict__["of"].__func__

    def of(cls: Any, m: Any, rule: str, why: str) -> Any:
        pending[0] = _mention_info(m)
        return orig_of(cls, m, rule, why)

    patch(Dropped, "of", classmethod(of))

    def wrap_callback(fn: Any) -> Any:
        def wrapped(mentions: Any, callback: Any) -> Any:
            def cb(m: Any, *a: Any, **k: Any) -> Any:
                pending[0] = _mention_info(m)
                try:
                    return callback(m, *a, **k)
                finally:
                    pending[0] = None

            return fn(mentions, cb)

        return wrapped

    patch(sentence, "dedupe", wrap_callback(sentence.dedupe))
    patch(sentence, "drop_own_side_readings", wrap_callback(sentence.drop_own_side_readings))

    orig_asides = sentence.drop_untargeted_asides

    def asides(mentions: Any, trigger_of: Any, callback: Any) -> Any:
        def cb(m: Any, *a: Any) -> Any:
            pending[0] = _mention_info(m)
            try:
                return callback(m, *a)
            finally:
                pending[0] = None

        return orig_asides(mentions, trigger_of, cb)

    patch(sentence, "drop_untargeted_asides", asides)

    captured: dict[str, Any] = {}
    original = pipeline.code_articles

    def capturing(*args: Any, **kwargs: Any) -> Any:
        for item in original(*args, **kwargs):
            if hasattr(item, "dropped"):
                captured[item.article.id] = item
            yield item

    patch(pipeline, "code_articles", capturing)

    def undo() -> None:
        for obj, name, old in reversed(saved):
            setattr(obj, name, old)

    return undo, captured


def code_set(folder: Path, gold: dict[str, GoldStory]) -> dict[str, dict[str, Any]]:
    """Ingest the folder's gold stories into a fresh database: story file name -> its events,
    its sentences and its dropped triggers, each with the reading it would have had."""
    import os

    import communique.pipeline as pipeline
    from communique.sources import iter_articles
    from communique.store import Store
    from communique.store.queries import EventFilter, list_articles, list_events

    files = story_files(gold, [folder])
    os.environ["COMMUNIQUE_TODAY"] = bench_today()
    undo, captured = _patched_coding()
    with tempfile.TemporaryDirectory(prefix="communique-drops-") as tmp:
        store = Store(Path(tmp) / "d.duckdb", read_only=False)
        try:
            pipeline.ingest(iter_articles([str(f) for f in files]), store)
            articles = list_articles(store)
            events = list_events(store, EventFilter())
        finally:
            store.close()
            undo()
    out: dict[str, dict[str, Any]] = {}
    for name, story in gold.items():
        art = find_article(story, articles)
        coded = captured.get(art.get("id")) if art else None
        out[name] = {
            "events": [e for e in events if art and e.get("article_id") == art.get("id")],
            "sentences": [s.text for s in coded.sentences] if coded else [],
            "dropped": [
                {
                    "sentence": d.sentence,
                    "trigger": d.trigger,
                    "rule": d.rule,
                    "why": d.why,
                    **getattr(d, "_reading", {"stage": "unknown"}),
                }
                for d in (coded.dropped if coded else [])
            ],
        }
    return out


def drops_of_set(name: str, cache: Path | None = None) -> list[dict[str, Any]]:
    """Every dropped trigger of the set with its class and the gold entry it matches."""
    folder = STORIES / name
    gold = load_gold(folder / "gold.json")
    coded = cached_coding(name, cache, lambda: code_set(folder, gold), kind="drops")
    raw = json.loads((folder / "gold.json").read_text())["stories"]
    rows: list[dict[str, Any]] = []
    for story_name, story in gold.items():
        if story.noise:
            continue
        data = coded.get(story_name) or {"events": [], "sentences": [], "dropped": []}
        events, sentences = data["events"], data["sentences"]
        entries = raw[story_name].get("events", []) + raw[story_name].get("forbidden", [])
        notes = {str(e.get("id") or ""): str(e.get("note") or "") for e in entries}
        where = {
            g.id: region(notes.get(g.id, ""), sentences) for g in story.events + story.forbidden
        }

        def fits(d: dict[str, Any], g: Any, where: dict[str, int | None] = where) -> bool:
            at = where.get(g.id)
            return (at is None or at == d["sentence"]) and matches(d, g, check_date=False)

        for d in data["dropped"]:
            cls, hit = "none", None
            required = [g for g in story.required if fits(d, g)]
            if required:
                missed = [g for g in required if not any(matches(e, g) for e in events)]
                cls, hit = (
                    ("required-missed", missed[0]) if missed else ("required-found", required[0])
                )
            elif opt := [g for g in story.events if not g.required and fits(d, g)]:
                cls, hit = "optional", opt[0]
            elif bad := [g for g in story.forbidden if fits(d, g)]:
                cls, hit = "forbidden", bad[0]
            s = d["sentence"]
            rows.append({
                "set": name,
                "story": story_name,
                "rule": d["rule"],
                "class": cls,
                "gold": hit.id if hit else None,
                "note": notes.get(hit.id, "") if hit else "",
                "trigger": d["trigger"],
                "type": d.get("event_type"),
                "cameo": d.get("cameo"),
                "actor": sorted({p.get("country") or p.get("code", "")[:3] for p in d.get("actor") or []}),
                "recipient": sorted(
                    {p.get("country") or p.get("code", "")[:3] for p in d.get("recipient") or []}
                ),
                "stage": d.get("stage"),
                "why": d.get("why", ""),
                "sentence": sentences[s] if isinstance(s, int) and 0 <= s < len(sentences) else "",
            })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--fit", action="store_true", help="the even page sets pages22..46")
    ap.add_argument("--check", action="store_true", help="the odd page sets and the others")
    ap.add_argument("--cache", type=Path, help="folder for the coding of each set")
    ap.add_argument("--list", action="store_true", help="print the dropped candidates")
    ap.add_argument("--all", action="store_true", help="with --list: those matching nothing too")
    ap.add_argument("--rule", help="with --list: only this rule id")
    ap.add_argument("--json", type=Path, help="write the rows and counts here")
    args = ap.parse_args(argv)
    sets = list(args.sets)
    if args.fit:
        sets += fit_sets()
    if args.check:
        sets += check_sets()
    if any(s in HELD_OUT for s in sets):
        ap.error("held-out sets are not read here")
    sets = sets or fit_sets()
    rows: list[dict[str, Any]] = []
    for s in sets:
        rows += drops_of_set(s, args.cache)
    if args.list:
        for r in rows:
            if args.rule and r["rule"] != args.rule:
                continue
            if r["class"] == "none" and not args.all:
                continue
            print(
                f"[{r['class']}] {r['rule']} {r['set']}/{r['story']} {r['gold'] or ''} "
                f"{r['trigger']!r} {r['type']} {r['cameo']} {r['actor']}->{r['recipient']} "
                f"({r['stage']})\n    why: {r['why']}\n    sentence: {r['sentence']}"
                + (f"\n    note: {r['note']}" if r["note"] else "")
            )
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by[r["rule"]][r["class"]] += 1
    print(f"\n{len(sets)} sets: {' '.join(sets)}")
    print(f"{'rule':<36} {'drops':>6} " + " ".join(f"{c[:15]:>15}" for c in CLASSES))
    order = sorted(by, key=lambda k: (-by[k]["required-missed"], -sum(by[k].values())))
    for rule in order:
        c = by[rule]
        cells = " ".join(f"{c[k]:>15}" for k in CLASSES)
        print(f"{rule:<36} {sum(c.values()):>6} {cells}")
    tot = Counter(r["class"] for r in rows)
    print(f"{'total':<36} {len(rows):>6} " + " ".join(f"{tot[k]:>15}" for k in CLASSES))
    if args.json:
        args.json.write_text(
            json.dumps({"sets": sets, "counts": {k: dict(v) for k, v in by.items()}, "rows": rows})
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
