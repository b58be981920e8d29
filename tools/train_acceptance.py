"""Train the learned acceptance model (data/coding/acceptance.tsv; coding/acceptance.py).

Codes story sets of bench/stories with the model switched off (every event the rules keep), reads
each coded event's generic features (``communique.coding.acceptance.features``: no words of the
text) and labels it against its story's gold (communique.storyeval.match): it matches a required
entry (dates checked, as recall counts it), an entry of any kind (dates not checked, as
precision counts it), a forbidden entry, or nothing. A logistic regression (numpy, L2 penalty,
Newton steps) learns "the event matches a gold entry"; the penalty is chosen by cross-validation
over whole sets, and the threshold on the out-of-fold probabilities of the same sets: the
highest one at which the sets lose at most ``--max-loss`` of the required entries they find with
no model (and no threshold at all when none of them removes more wrong events than right ones).

    python tools/train_acceptance.py --cache /tmp/acc              # train on the default split
    python tools/train_acceptance.py --cache /tmp/acc --write src/communique/data/coding/acceptance.tsv
    python tools/train_acceptance.py --cache /tmp/acc --check pages23 pages25   # out-of-sample
    python tools/train_acceptance.py --cache /tmp/acc --trust-cache --refeature ...  # new features
    python tools/train_acceptance.py --stories DIR SET1 SET2 --write out.tsv    # other benches

The default training sets (``--split even+nonpage``): bench/drops.py's ``fit_sets`` (the even
page sets pages22..pages52) and the 31 sets not named "pages*" (short stories of one kind each);
``--split even`` takes the even page sets only, ``--split even+nonpage+early`` adds the early
page sets pages..pages21. The odd page sets pages23.. are for confirming only (``--check-odd``)
and no split nor list of named sets may hold one; the held-out sets are never read.
``--nonpage-weight`` weighs a non-page set's event against a page set's (default 1). The
penalty and threshold are chosen by leaving one set out at a time (``--folds 0``, the default;
each fold's Newton fit starts from the fit on every set, and numpy runs one BLAS thread). The
model file's header names the sets, the split, the commit each set was coded at (from the
cache), the penalty and the threshold. The cache keeps each coded event's
mention, so that ``--refeature`` computes the features of the current ``acceptance.features``
again without coding the sets again (``--without FAMILY`` leaves a family out, to compare).
Not shipped with the package.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# one BLAS thread: the fits are small, and many threads on a shared machine make each
# Newton step several times slower (leave-one-set-out runs some two hundred fits)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
from logistic_fit import fit, sigmoid  # noqa: E402

from communique.coding.acceptance import FAMILIES, MODEL_FILE, features
from communique.coding.calibration import opening
from communique.model import Mention, SourceError
from communique.storyeval.gold import load_gold
from communique.storyeval.match import matches
from communique.storyeval.score import find_article, story_files

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "bench" / "stories"
sys.path.insert(0, str(ROOT / "bench"))
from drops import check_sets, fit_sets, page_no  # noqa: E402  (the project's fit/check split)

OUT = ROOT / "src" / "communique" / "data" / "coding" / MODEL_FILE
HELD_OUT = ("pages53", "pages54")  # written as held-out sets: never read here
MIN_COUNT = 5  # a feature seen in fewer training events gets no weight
MIN_SENTENCES = 5  # the model is trained on, and applied to, stories this long or longer
PENALTIES = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(23))  # 0.05 .. 0.6
MAX_LOSS = 0.005  # the share of found required entries a threshold may cost
FOLDS = 0  # 0: leave one set out (as many folds as sets)


def odd_sets() -> list[str]:
    """The confirming sets: the odd page sets pages23.. of bench/drops.py's ``check_sets``,
    never fitted on by any split."""
    return [s for s in check_sets() if (n := page_no(s)) is not None and n >= 23 and n % 2]


def nonpage_sets() -> list[str]:
    """The sets not named pages* (short stories of one kind each: summits, courts, wires ...)."""
    return [s for s in check_sets() if not s.startswith("pages")]


def early_sets() -> list[str]:
    """The early page sets: pages, pages2 .. pages21."""
    return [
        s for s in check_sets() if s.startswith("pages") and ((n := page_no(s)) is None or n < 22)
    ]


# the training splits of the project's benches (``--split``); none holds an odd page set
SPLITS = {
    "even": fit_sets,
    "even+nonpage": lambda: fit_sets() + nonpage_sets(),
    "even+nonpage+early": lambda: fit_sets() + nonpage_sets() + early_sets(),
}
SPLIT = "even+nonpage"  # the default split: the one the shipped model was trained on


def default_sets(stories: Path = STORIES, split: str = SPLIT) -> list[str]:
    """The training split: on the project's benches, ``SPLITS[split]`` (by default the even
    page sets pages22..pages52 of bench/drops.py's ``fit_sets`` and the non-page sets); on
    other benches, every set not named offtopic* nor an odd pages* set."""
    if stories.resolve() == STORIES.resolve():
        sets = SPLITS[split]()
        assert not set(sets) & set(odd_sets()), "an odd page set is for confirming only"
        return sets
    out = []
    for p in sorted(stories.iterdir()):
        if not (p / "gold.json").exists() or p.name.startswith("offtopic"):
            continue
        if p.name in HELD_OUT:
            continue
        num = p.name[5:]
        if not p.name.startswith("pages") or not num.isdigit() or int(num) % 2 == 0:
            out.append(p.name)
    return out


def code_fingerprint() -> str:
    """The coder's files (the model file left out: the sets are coded with the model off)."""
    import communique

    digest = hashlib.sha256()
    root = Path(communique.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.name != MODEL_FILE:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def code_set(folder: Path) -> dict[str, Any]:
    """The set's stories coded with the model off: one row per coded event (its features and
    labels) and one per story (its required entries and sentence count)."""
    import os

    from communique.parsing import load_pipeline
    from communique.pipeline import code_articles
    from communique.sources import iter_articles

    os.environ.setdefault("COMMUNIQUE_TODAY", "2026-12-07")
    gold = load_gold(folder / "gold.json")
    files = story_files(gold, [folder])
    nlp = load_pipeline()
    coder = nlp.get_pipe("communique_event_coder")
    before = coder.acceptance
    coder.acceptance = None
    try:
        items = [
            c
            for c in code_articles(iter_articles([str(f) for f in files]), nlp=nlp)
            if not isinstance(c, SourceError)
        ]
    finally:
        coder.acceptance = before
    arts = [
        {"id": c.article.id, "url": c.article.url, "title": c.article.title, "n": i}
        for i, c in enumerate(items)
    ]
    stories, rows = [], []
    for name, story in gold.items():
        if story.noise:
            continue
        art = find_article(story, arts)
        coded = items[art["n"]] if art else None
        stories.append({
            "set": folder.name,
            "story": name,
            "required": [g.id for g in story.required],
            "sentences": len(coded.sentences) if coded else 0,
        })  # fmt: skip
        for m in coded.mentions if coded else []:
            ev = m.to_dict()
            rows.append({
                "set": folder.name,
                "story": name,
                "features": list(m.acceptance_features),
                "required": [g.id for g in story.required if matches(ev, g)],
                "match": any(matches(ev, g, check_date=False) for g in story.events),
                "forbidden": sum(matches(ev, f, check_date=f.dated) for f in story.forbidden),
                "mention": ev,
                "score_features": list(m.score_features),
            })  # fmt: skip
    return {"stories": stories, "rows": rows}


def coded(name: str, stories: Path, cache: Path | None, trust: bool = False) -> dict[str, Any]:
    """The set's coded rows, from ``cache`` when it holds them for this code (any code with
    ``trust``), else coded again."""
    stamp = code_fingerprint()
    path = cache / f"{name}.json" if cache else None
    if path and path.exists():
        kept = json.loads(path.read_text())
        if trust or kept.get("stamp") == stamp:
            CODED_AT[name] = kept.get("commit", "unknown")
            return kept["coded"]
    out = code_set(stories / name)
    CODED_AT[name] = code_commit()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"stamp": stamp, "commit": CODED_AT[name], "coded": out}))
    return out


# each set's coder commit (code_commit) as the rows read were coded, for the model's header
CODED_AT: dict[str, str] = {}


def refeature(d: dict[str, Any]) -> dict[str, Any]:
    """The set's rows with their features computed again by the current
    ``acceptance.features`` from the mentions the cache keeps (each story's mentions in their
    order; the date bin, which needs the publication day, kept from the cache): new features
    tried without coding the sets again (with ``--trust-cache``)."""
    by_story: dict[str, list[dict[str, Any]]] = {}
    for r in d["rows"]:
        by_story.setdefault(r["story"], []).append(r)
    for rows in by_story.values():
        if any("mention" not in r for r in rows):
            raise SystemExit("the cache keeps no mentions: code the sets again (no --refeature)")
        mentions = []
        for r in rows:
            m = Mention.from_dict(r["mention"])
            m.score_features = tuple(r["score_features"])
            mentions.append(m)
        for r, f in zip(rows, features(mentions, None), strict=True):
            dated = [x for x in r["features"] if x.startswith("date:")]
            r["features"] = sorted([x for x in f if not x.startswith("date:")] + dated)
    return d


def without(d: dict[str, Any], families: list[str]) -> dict[str, Any]:
    """The set's rows without the features of the named families (prefixes before ':')."""
    for r in d["rows"]:
        r["features"] = [f for f in r["features"] if f.split(":")[0] not in families]
    return d


def design(rows: list[dict[str, Any]], vocab: list[str]) -> np.ndarray:
    index = {f: i + 1 for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, 0] = 1.0
    for n, r in enumerate(rows):
        for f in r["features"]:
            if f in index:
                x[n, index[f]] = 1.0
    return x


def labels(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """1 for an event that matches a gold entry; weights: a required match counts twice, a
    forbidden hit three times (the errors that cost most)."""
    y = np.array([1.0 if r["match"] else 0.0 for r in rows])
    w = np.array([2.0 if r["required"] else 3.0 if r["forbidden"] else 1.0 for r in rows])
    if KIND_WEIGHT != 1.0:  # the events of the non-page sets weigh KIND_WEIGHT times
        w *= np.array([1.0 if r["set"].startswith("pages") else KIND_WEIGHT for r in rows])
    return y, w


KIND_WEIGHT = 1.0  # --nonpage-weight: an event of a non-page set against one of a page set


def vocabulary(rows: list[dict[str, Any]]) -> list[str]:
    counts = Counter(f for r in rows for f in r["features"])
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def train(
    rows: list[dict[str, Any]], l2: float, warm: tuple[list[str], np.ndarray] | None = None
) -> tuple[list[str], np.ndarray]:
    """The vocabulary of ``rows`` and the fitted weights; ``warm``: weights of a fit on more
    rows to start Newton's method from (the same optimum, reached in fewer steps)."""
    vocab = vocabulary(rows)
    y, w = labels(rows)
    start = None
    if warm is not None:
        known = dict(zip(warm[0], warm[1][1:], strict=True))
        start = np.array([warm[1][0], *(known.get(f, 0.0) for f in vocab)])
    return vocab, fit(design(rows, vocab), y, l2, weights=w, start=start)


def predict(vocab: list[str], beta: np.ndarray, rows: list[dict[str, Any]]) -> np.ndarray:
    return sigmoid(design(rows, vocab) @ beta) if rows else np.zeros(0)


def figures(
    data: list[dict[str, Any]], probs: list[np.ndarray], threshold: float
) -> dict[str, int]:
    """found / required / predicted / matching / forbidden over the sets when the events of
    stories of MIN_SENTENCES sentences or more scored below ``threshold`` are left out."""
    out = Counter()
    for d, p in zip(data, probs, strict=True):
        long = {s["story"] for s in d["stories"] if s["sentences"] >= MIN_SENTENCES}
        first = openings(d)
        found: set[tuple[str, str]] = set()
        for r, pr in zip(d["rows"], p, strict=True):
            if r["story"] in long and pr < threshold and not lead(r, first):
                continue
            out["predicted"] += 1
            out["matching"] += r["match"]
            out["forbidden"] += r["forbidden"]
            found |= {(r["story"], g) for g in r["required"]}
        out["found"] += len(found)
        out["required"] += sum(len(s["required"]) for s in d["stories"])
    return dict(out)


def openings(d: dict[str, Any]) -> dict[str, int]:
    """Each story's last opening sentence (calibration.opening), from the cached mentions."""
    sents: dict[str, list[int]] = {}
    for r in d["rows"]:
        if "mention" in r:
            sents.setdefault(r["story"], []).append(r["mention"]["sentence"])
    return {story: opening(s) for story, s in sents.items()}


def lead(row: dict[str, Any], first: dict[str, int]) -> bool:
    """The event lies in its story's opening: kept whatever it scores (coding.acceptance)."""
    return "mention" in row and row["mention"]["sentence"] <= first.get(row["story"], -1)


def trainable(d: dict[str, Any]) -> list[dict[str, Any]]:
    long = {s["story"] for s in d["stories"] if s["sentences"] >= MIN_SENTENCES}
    return [r for r in d["rows"] if r["story"] in long]


def cross_validate(
    data: list[dict[str, Any]], folds: int
) -> tuple[float, list[np.ndarray], dict[float, float]]:
    """The penalty of least out-of-fold log-loss (folds of whole sets) and, for it, each
    set's out-of-fold probabilities."""
    folds = folds if folds > 0 else len(data)
    parts = [list(range(i, len(data), folds)) for i in range(min(folds, len(data)))]
    losses, oof = {}, {}
    for l2 in PENALTIES:
        probs: list[np.ndarray] = [np.zeros(0)] * len(data)
        total, n = 0.0, 0
        every = [r for d in data for r in trainable(d)]
        warm = train(every, l2) if every and len(parts) > 2 else None
        for test in parts:
            train_rows = [r for i, d in enumerate(data) if i not in test for r in trainable(d)]
            if not train_rows:  # one set alone: nothing to learn from, nothing left out
                for i in test:
                    probs[i] = np.ones(len(data[i]["rows"]))
                continue
            vocab, beta = train(train_rows, l2, warm)
            for i in test:
                probs[i] = predict(vocab, beta, data[i]["rows"])
                rows = trainable(data[i])
                if rows:
                    p = predict(vocab, beta, rows)
                    y, _ = labels(rows)
                    total -= float(np.sum(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)))
                    n += len(rows)
        losses[l2] = total / max(n, 1)
        oof[l2] = probs
    best = min(losses, key=lambda k: losses[k])
    return best, oof[best], losses


def choose_threshold(
    data: list[dict[str, Any]], probs: list[np.ndarray], max_loss: float
) -> tuple[float, list[tuple[float, dict[str, int]]]]:
    """The highest threshold that keeps all but ``max_loss`` of the required entries found
    with none, and removes more unmatched events than matched ones; 0 when none does."""
    base = figures(data, probs, 0.0)
    table = [(t, figures(data, probs, t)) for t in THRESHOLDS]
    best = 0.0
    for t, f in table:
        lost = base["found"] - f["found"]
        removed = base["predicted"] - f["predicted"]
        removed_right = base["matching"] - f["matching"]
        if lost <= max_loss * base["found"] and removed > 2 * removed_right:
            best = t
    return best, [(0.0, base), *table]


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=8", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def code_commit() -> str:
    """The commit of the coder now, marked "+changes" when src/ differs from it (the model
    file left out: the sets are coded with the model off)."""
    try:
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src",
             f":!src/communique/data/coding/{MODEL_FILE}"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit() + ("+changes" if changed else "")


def write_model(
    path: Path,
    sets: list[str],
    rows: list[dict[str, Any]],
    vocab: list[str],
    beta: np.ndarray,
    l2: float,
    threshold: float,
    note: str = "",
) -> None:
    counts = Counter(f for r in rows for f in r["features"])
    share = {f: sum(r["match"] for r in rows if f in r["features"]) / counts[f] for f in vocab}
    head = [
        "# The learned acceptance model (communique.coding.acceptance; rule "
        "filter.learned_acceptance): each",
        "# kept event of a story of min_sentences sentences or more scoring below threshold is "
        "left out.",
        f"# Written by tools/train_acceptance.py on {datetime.now(UTC).date().isoformat()} at "
        f"commit {commit()}; the sets coded (model off) at commit {coded_at(sets)}.",
        f"# Training sets ({len(sets)}): {', '.join(sets)}.",
        f"# Events: {len(rows)} (of stories of {MIN_SENTENCES} sentences or more); label: the "
        "event matches a gold entry of its story",
        "# (storyeval.match, dates not checked); a required match weighs 2, a forbidden hit 3. "
        f"Logistic regression, L2 penalty {l2:g}",
        "# chosen by cross-validation over whole sets; features seen in fewer than "
        f"{MIN_COUNT} events left out. Threshold: the highest",
        f"# of the grid at which the training sets' out-of-fold probabilities cost at most "
        f"{MAX_LOSS:.1%} of the required entries found",
        "# and remove more than twice as many unmatched events as matched ones (0: the model "
        "scores, leaves nothing out).",
        f"# Feature families (no word of the text): {'; '.join(FAMILIES)}.",
    ]
    if note:
        head.append(f"# {note}")
    head += [
        f"# setting: threshold = {threshold:.3f}",
        f"# setting: min_sentences = {MIN_SENTENCES}",
        f"# setting: l2 = {l2:g}",
        "feature\tweight\tevents\tmatching_share",
        f"bias\t{beta[0]:+.4f}\t{len(rows)}\t"
        f"{(sum(r['match'] for r in rows) / max(len(rows), 1)):.3f}",
    ]
    body = [
        f"{f}\t{b:+.4f}\t{counts[f]}\t{share[f]:.3f}"
        for f, b in sorted(zip(vocab, beta[1:], strict=True), key=lambda fb: (-abs(fb[1]), fb[0]))
    ]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def coded_at(sets: list[str]) -> str:
    """The commit(s) the sets' rows were coded at (``CODED_AT``), most sets first."""
    counts = Counter(CODED_AT.get(s, "unknown") for s in sets)
    if len(counts) == 1:
        return next(iter(counts))
    return ", ".join(f"{c} ({n} sets)" for c, n in counts.most_common())


def show(label: str, f: dict[str, int]) -> str:
    prec = f["matching"] / f["predicted"] if f["predicted"] else 0.0
    return (
        f"{label:<10} found {f['found']:>5}/{f['required']:<5} predicted {f['predicted']:>5} "
        f"matching {f['matching']:>5} ({prec:.3f}) forbidden {f['forbidden']:>3}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="training sets (default: the --split sets)")
    ap.add_argument(
        "--split", choices=sorted(SPLITS), default=SPLIT,
        help=f"the training split of bench/stories when no sets are named (default {SPLIT}: "
        "the even page sets pages22..52 and the 31 non-page sets; even: the even page sets "
        "only; even+nonpage+early: and pages..pages21); the odd page sets are never in one",
    )  # fmt: skip
    ap.add_argument(
        "--nonpage-weight", type=float, default=1.0,
        help="the weight of a non-page set's event against a page set's (default 1)",
    )  # fmt: skip
    ap.add_argument("--stories", type=Path, default=STORIES, help="folder of the story sets")
    ap.add_argument("--cache", type=Path, help="folder for each set's coded rows")
    ap.add_argument("--trust-cache", action="store_true", help="reuse cached rows of other code")
    ap.add_argument("--check", nargs="*", default=[], help="sets to measure the model on")
    ap.add_argument("--write", type=Path, help="write the model here")
    ap.add_argument("--folds", type=int, default=FOLDS, help="0: leave one set out")
    ap.add_argument("--max-loss", type=float, default=MAX_LOSS)
    ap.add_argument("--threshold", type=float, help="use this threshold, not the chosen one")
    ap.add_argument("--l2", type=float, help="with --threshold: this penalty, no cross-validation")
    ap.add_argument("--note", default="", help="a line for the model file's header")
    ap.add_argument(
        "--refeature", action="store_true",
        help="compute the features again from the cached mentions (with --trust-cache)",
    )  # fmt: skip
    ap.add_argument(
        "--without", nargs="*", default=[], help="leave these feature families out (prefixes)"
    )
    ap.add_argument(
        "--check-odd", action="store_true",
        help="also measure on the odd page sets of bench/drops.py's check_sets (pages23..)",
    )  # fmt: skip
    args = ap.parse_args(argv)
    sets = args.sets or default_sets(args.stories, args.split)
    global KIND_WEIGHT
    KIND_WEIGHT = args.nonpage_weight
    if args.check_odd:
        args.check += odd_sets()
    if any(s in HELD_OUT for s in sets + args.check):
        ap.error("held-out sets are not read here")
    if args.stories.resolve() == STORIES.resolve() and set(sets) & set(odd_sets()):
        ap.error("the odd page sets are for confirming only (--check), never for training")

    def load(name: str) -> dict[str, Any]:
        d = coded(name, args.stories, args.cache, args.trust_cache)
        return without(refeature(d) if args.refeature else d, args.without)

    data = [load(s) for s in sets]
    if args.l2 is not None and args.threshold is not None:  # settings chosen before
        l2, threshold = args.l2, args.threshold
    else:
        l2, oof, losses = cross_validate(data, args.folds)
        print("penalty -> out-of-fold log-loss:", {k: round(v, 4) for k, v in losses.items()})
        threshold, table = choose_threshold(data, oof, args.max_loss)
        for t, f in table:
            print(show(f"oof {t:.3f}", f))
        if args.threshold is not None:
            threshold = args.threshold
    print(f"penalty {l2:g}, threshold {threshold:.3f}")
    rows = [r for d in data for r in trainable(d)]
    vocab, beta = train(rows, l2)
    if args.check:
        checked = [load(s) for s in args.check]
        probs = [predict(vocab, beta, d["rows"]) for d in checked]
        print(show("check 0", figures(checked, probs, 0.0)))
        print(show(f"check {threshold:.3f}", figures(checked, probs, threshold)))
        for t in (0.1, 0.2, 0.3, 0.4):
            print(show(f"check {t:.3f}", figures(checked, probs, t)))
    if args.write:
        how = (
            f"Split {args.split if not args.sets else 'named sets'}; an event of a non-page set "
            f"weighs {KIND_WEIGHT:g} times one of a page set. "
        )
        write_model(args.write, sets, rows, vocab, beta, l2, threshold, how + args.note)
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
