"""`communique eval --stories GOLD DIR...`: whole stories scored against a story-level gold file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from communique.model import SourceError
from communique.render import emit
from communique.storyeval.score import StoryScore

STORIES_HELP = """`communique eval --stories GOLD.json DIR...` scores whole stories against a
story-level gold file: it ingests every file of the DIRs (or the files given) whose name is a
story in GOLD into a fresh temporary database, then scores each story:

* **recall**: a *required* gold event is found when one event coded on the story's article has
  one of its `types`, its parties and modality, and a date inside its `date` (or overlapping
  its `date_from`..`date_to`);
* **precision**: every coded event must match some gold entry of the story, required or
  not, on type, parties and modality (dates not checked); others are listed as `extra`;
* **forbidden**: coded events matching a `forbidden` entry (a wrong reading: a threat coded
  as done, history coded as current; its date window applies when it has one);
* **noise**: events coded on pages marked `"noise": true` (all count as wrong); only the
  files the gold lists are ingested, and the others given are named in a warning;
* **pubdate**: the article's publication date equals the gold `published`.

The article of a story is the ingested one with the gold `url`, else the one whose title
starts like the gold `title`. Parties: ISO 3166 alpha-3 codes (UNO, EUR, IGO, NGO for
bodies); an empty list accepts anyone or no one; `"symmetric": true` also accepts the
swapped order or both sides as actors. Without `modality`, negated and hypothetical events
never match; with it, the coded modality must be listed.

Story fields: `url`, `title`, `published` (YYYY-MM-DD), `events`, `forbidden`, `noise`. Event
and forbidden entry fields: `id`, `types` (PLOVER), `actor`, `recipient`, `symmetric`, `date`
or `date_from`/`date_to` (YYYY, YYYY-MM or YYYY-MM-DD), `modality` (a list), and for events
`required` (true: counts for recall; false: only protects precision). An example:

    {"stories": {
      "visit.html": {
        "url": "https://example.org/visit", "title": "Chile's minister visits Lima",
        "published": "2025-03-05",
        "events": [
          {"id": "visit", "types": ["CONSULT"], "actor": ["CHL"], "recipient": ["PER"],
           "symmetric": false, "date": "2025-03-04", "required": true},
          {"id": "talks-planned", "types": ["AGREE"], "actor": ["CHL", "PER"],
           "recipient": [], "date_from": "2025-03-02", "date_to": "2025-03-20",
           "modality": ["future"], "required": false}],
        "forbidden": [
          {"id": "treaty-not-signed-yet", "types": ["SUPPORT"], "actor": ["CHL"],
           "recipient": ["PER"]}]},
      "recipe.txt": {"title": "Lemon cake", "noise": true, "events": []}}}

Each line after the table names a missed required event (with the coded date when only
the date was wrong), an extra event or a FORBIDDEN hit; the last lines give the totals
(recall and precision pooled over all events). Exit status 1 when any forbidden entry is
hit or recall/precision fall below --min-recall/--min-precision.
"""


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def _pubdate(s: StoryScore) -> str:
    if s.published_ok is None:
        return ""
    return "ok" if s.published_ok else f"{s.published or 'none'} ✗"


def print_report(scores: list[StoryScore], totals: dict, out: Console) -> None:
    emit(
        [s.to_dict() | {"_score": s} for s in scores],
        "table",
        title="Stories",
        columns=[
            ("story", lambda r: r["name"] + (" (noise)" if r["noise"] else "")),
            ("required found", lambda r: f"{r['found_required']}/{r['required']}"),
            ("recall", lambda r: _fmt(r["recall"])),
            ("coded", lambda r: r["predicted"]),
            ("matching", lambda r: r["matching"]),
            ("precision", lambda r: _fmt(r["precision"])),
            ("forbidden", lambda r: len(r["forbidden"]) or ""),
            ("pubdate", lambda r: _pubdate(r["_score"])),
        ],
    )
    for s in scores:
        if not s.found:
            out.print(f"{s.name}: article not found by url or title", markup=False)
        if s.published_ok is False:
            out.print(f"{s.name}: published {s.published or ''!r}, want {s.want_published}",
                      markup=False)  # fmt: skip
        for m in s.missed if s.found else []:
            out.print(f"{s.name}: missed {m}", markup=False)
        for e in s.extra:
            out.print(f"{s.name}: extra {e}", markup=False)
        for f in s.forbidden:
            out.print(f"{s.name}: FORBIDDEN {f}", markup=False)
    t = totals
    out.print(
        f"required events found {t['required_found']}/{t['required']}; "
        f"predicted {t['predicted']}, matching gold {t['matching']}",
        markup=False,
    )
    if t["noise_pages"]:
        out.print(f"noise: {t['noise_events']} events on {t['noise_pages']} non-political pages")
    out.print(
        f"stories: recall {t['recall']:.2f} precision {t['precision']:.2f} "
        f"forbidden {t['forbidden']} pubdate {t['pubdate_ok']}/{t['pubdate_checked']}",
        markup=False,
    )


def run_story_eval(
    gold_path: Path,
    inputs: list[Path],
    *,
    as_json: bool,
    only: str,
    min_recall: float,
    min_precision: float,
    err: Console,
) -> int:
    """Score, print, and return the exit status; GoldError and ValueError for bad input."""
    from communique.storyeval.gold import load_gold
    from communique.storyeval.score import score_stories, story_files, totals, unlisted_files

    gold = load_gold(gold_path)
    missing = [p for p in inputs if not p.exists()]
    if missing:
        raise ValueError(f"{missing[0]}: no such file or folder")
    wanted = {n.strip() for n in only.split(",") if n.strip()}
    unknown = sorted(wanted - set(gold))
    if unknown:
        raise ValueError(f"--only: {unknown[0]!r} is not a story in {gold_path}")
    if unlisted := unlisted_files(gold, inputs):
        n = len(unlisted)
        err.print(f"{n} file{'s' if n > 1 else ''} in the inputs {'are' if n > 1 else 'is'} not "
                  f"a story of {gold_path} (not scored; a noise page needs an entry with "
                  f"\"noise\": true), e.g. {unlisted[0]}", markup=False)  # fmt: skip
    if wanted:
        gold = {k: v for k, v in gold.items() if k in wanted}
    files = story_files(gold, inputs)
    if not files:
        raise ValueError(f"none of the {len(gold)} stories of {gold_path} is a file in the inputs")
    names = {f.name for f in files}
    absent = [n for n in gold if n not in names]
    if absent:
        err.print(f"{len(absent)} gold stories have no file in the inputs (not scored), "
                  f"e.g. {absent[0]}", markup=False)  # fmt: skip
    err.print(f"ingesting {len(files)} stories into a temporary database…", markup=False)

    def on_error(e: SourceError) -> None:
        err.print(f"skipped {e.origin}: {e.reason}", markup=False)

    scores = score_stories(gold, files, on_error=on_error)
    total = totals(scores)
    if as_json:
        doc = {"totals": total, "stories": {s.name: s.to_dict() for s in scores}}
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        print_report(scores, total, Console(soft_wrap=True, highlight=False))
    ok = total["recall"] >= min_recall and total["precision"] >= min_precision
    return 0 if ok and total["forbidden"] == 0 else 1


_EVAL_HELP = (
    "Score the coder against human-coded sentences (--gold) or whole stories (--stories).\n\n"
    "`communique eval --gold FILE` codes each gold sentence and reports event-type accuracy, "
    "actor and recipient country F1 (micro, over the countries of each sentence's main "
    "event), triple accuracy (type, actors and recipients all right), per-type "
    "precision/recall/F1 and the confusion matrix. Old PLOVER names are mapped: "
    "DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT.\n\n"
)


def register(app: typer.Typer) -> None:
    """Add `communique eval` to the main app."""
    from communique.cli import _fail, err

    @app.command(name="eval", help=_EVAL_HELP + STORIES_HELP)
    def eval_(
        inputs: Annotated[
            list[Path] | None,
            typer.Argument(
                help="With --stories: folders (or files) holding the stories, paired with the gold "
                "by file name.",
                show_default=False,
            ),
        ] = None,
        gold: Annotated[
            Path | None,
            typer.Option(
                help="Gold sentences: PLOVER gold-standard JSON (a list of records with text, event, "
                "source, target) or JSON Lines with the same fields.",
                dir_okay=False,
            ),
        ] = None,
        stories: Annotated[
            Path | None,
            typer.Option(
                help="Story-level gold JSON (format below): score whole stories in the folders given.",
                dir_okay=False,
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
        only: Annotated[
            str, typer.Option(help="With --stories: a comma list of story file names to score.")
        ] = "",
        min_recall: Annotated[
            float, typer.Option(help="With --stories: exit 1 when recall is below this.")
        ] = 0.0,
        min_precision: Annotated[
            float, typer.Option(help="With --stories: exit 1 when precision is below this.")
        ] = 0.0,
    ) -> None:
        if (gold is None) == (stories is None):
            raise _fail("give either --gold FILE (sentences) or --stories FILE DIR... (stories)")
        if stories is not None:
            from communique.cli_eval import run_story_eval
            from communique.storyeval.gold import GoldError

            if not inputs:
                raise _fail("--stories needs the folders (or files) holding the stories")
            try:
                code = run_story_eval(
                    stories, inputs, as_json=as_json, only=only, min_recall=min_recall,
                    min_precision=min_precision, err=err,
                )  # fmt: skip
            except (GoldError, ValueError) as exc:
                raise _fail(str(exc)) from None
            raise typer.Exit(code)
        assert gold is not None
        if inputs:
            raise _fail("--gold scores sentences and takes no folders; use --stories for stories")
        if not gold.is_file():
            raise _fail(f"{gold}: no such file")
        from communique.evaluate import evaluate

        try:
            scores = evaluate(gold)
        except (ValueError, KeyError) as exc:
            raise _fail(f"{gold}: not a gold file this command reads: {exc}") from None
        if as_json:
            sys.stdout.write(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
            return
        out = Console()
        out.print(f"[bold]{gold}[/bold]: {scores['n']} sentences")
        for key in (
            "event_type_accuracy",
            "actor_country_f1",
            "recipient_country_f1",
            "triple_accuracy",
        ):
            out.print(f"  {key:<22} {scores[key]:.3f}")
        if "sentences_per_s" in scores:
            out.print(f"  {'sentences_per_s':<22} {scores['sentences_per_s']:.1f}")
        emit(
            [{"type": t, **v} for t, v in sorted(scores["per_type"].items())],
            "table",
            title="Per type",
            columns=[
                ("type", lambda r: r["type"]),
                ("precision", lambda r: f"{r['precision']:.2f}"),
                ("recall", lambda r: f"{r['recall']:.2f}"),
                ("f1", lambda r: f"{r['f1']:.2f}"),
                ("support", lambda r: r["support"]),
            ],
        )
