"""Score coded stories against a story-level gold file (`communique eval --stories`).

``score_stories`` ingests the gold's files into a fresh database exactly as `communique ingest`
does, reads back the articles and the linked events as `communique articles` / `communique
events` list them, and scores each story: its article found by URL (else by title), its
publication date, recall over the required gold events, precision over everything coded on the
page, forbidden readings hit, and events coded on noise pages.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from communique.model import SourceError
from communique.storyeval.gold import GoldStory
from communique.storyeval.match import matches, party_countries


@dataclass
class StoryScore:
    name: str
    found: bool = True  # an ingested article was paired with the story
    noise: bool = False
    required: int = 0
    found_required: int = 0
    predicted: int = 0
    matching: int = 0
    forbidden: list[str] = field(default_factory=list)  # ids of forbidden entries hit
    published: str | None = None  # the article's publication date (news pages)
    published_ok: bool | None = None  # None: not checked (noise page or no gold date)
    want_published: str | None = None  # the gold publication date
    missed: list[str] = field(default_factory=list)  # "<id> (why)"
    extra: list[str] = field(default_factory=list)  # coded events matching no gold entry

    @property
    def recall(self) -> float | None:
        return self.found_required / self.required if self.required else None

    @property
    def precision(self) -> float | None:
        return self.matching / self.predicted if self.predicted else None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "recall": _round(self.recall), "precision": _round(self.precision)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _norm_title(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def find_article(story: GoldStory, articles: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The article with the gold URL; else the one whose title starts with the first 40
    characters of the gold title or the other way round (case and spacing ignored), an exact
    title first, then the longest shared beginning."""
    if story.url:
        by_url = [a for a in articles if (a.get("url") or "").strip() == story.url]
        if by_url:
            return by_url[-1]
    want = _norm_title(story.title)
    if not want:
        return None
    best, best_key = None, -1
    for art in articles:
        have = _norm_title(art.get("title"))
        if not have or not (have.startswith(want[:40]) or want.startswith(have[:40])):
            continue
        shared = next(
            (i for i, (x, y) in enumerate(zip(have, want, strict=False)) if x != y),
            min(len(have), len(want)),
        )
        key = shared + (10**6 if have == want else 0)
        if key > best_key:
            best, best_key = art, key
    return best


def _describe(event: dict[str, Any]) -> str:
    actor = sorted(party_countries(event.get("actor")))
    recipient = sorted(party_countries(event.get("recipient")))
    sentence = str((event.get("evidence") or {}).get("sentence_text", ""))[:80]
    return f"{event.get('event_type')} {actor}->{recipient} {event.get('modality')} | {sentence}"


def score_story(
    story: GoldStory, article: dict[str, Any] | None, events: list[dict[str, Any]]
) -> StoryScore:
    """One story's score; ``events`` are the events coded on ``article``."""
    score = StoryScore(story.name, noise=story.noise, required=len(story.required))
    if article is None:
        score.found = False
        score.missed = [f"{e.id} (article not found)" for e in story.required]
        return score
    if not story.noise and story.published:
        score.published = str(article.get("published") or "")[:10] or None
        score.published_ok = score.published == story.published
        score.want_published = story.published
    for gold in story.required:
        if any(matches(ev, gold) for ev in events):
            score.found_required += 1
            continue
        near = [ev for ev in events if matches(ev, gold, check_date=False)]
        why = f"date {near[0].get('date')!r}" if near else "no event"
        score.missed.append(f"{gold.id} ({why})")
    for ev in events:
        score.predicted += 1
        if any(matches(ev, gold, check_date=False) for gold in story.events):
            score.matching += 1
        else:
            score.extra.append(_describe(ev))
        score.forbidden += [f.id for f in story.forbidden if matches(ev, f, check_date=f.dated)]
    return score


def totals(scores: Iterable[StoryScore]) -> dict[str, Any]:
    """The figures over all stories: recall and precision pooled over events, not averaged."""
    scores = list(scores)
    required = sum(s.required for s in scores)
    found = sum(s.found_required for s in scores)
    predicted = sum(s.predicted for s in scores)
    matching = sum(s.matching for s in scores)
    dated = [s for s in scores if s.published_ok is not None]
    noise = [s for s in scores if s.noise and s.found]
    return {
        "stories": len(scores),
        "articles_not_found": sum(not s.found for s in scores),
        "required": required,
        "required_found": found,
        "recall": round(found / required, 4) if required else 0.0,
        "predicted": predicted,
        "matching": matching,
        "precision": round(matching / predicted, 4) if predicted else 0.0,
        "forbidden": sum(len(s.forbidden) for s in scores),
        "pubdate_ok": sum(bool(s.published_ok) for s in scores),
        "pubdate_checked": len(dated),
        "noise_pages": len(noise),
        "noise_events": sum(s.predicted for s in noise),
    }


def story_files(gold: dict[str, GoldStory], inputs: Iterable[Path]) -> list[Path]:
    """The files named in the gold: the files given, and those directly inside the folders."""
    out: list[Path] = []
    for p in inputs:
        children = sorted(p.iterdir()) if p.is_dir() else [p]
        out += [c for c in children if c.is_file() and c.name in gold]
    return out


def unlisted_files(gold: dict[str, GoldStory], inputs: Iterable[Path]) -> list[Path]:
    """The files given (or directly inside the folders given) that the gold does not list, so
    are not scored: a noise page counts only with its own entry (``"noise": true``). Hidden
    files, the gold file itself and READMEs are left out."""
    out: list[Path] = []
    for p in inputs:
        children = sorted(p.iterdir()) if p.is_dir() else [p]
        out += [
            c
            for c in children
            if c.is_file()
            and c.name not in gold
            and not c.name.startswith((".", "_"))
            and c.suffix.lower() != ".json"
            and not c.name.lower().startswith("readme")
        ]
    return out


def score_stories(
    gold: dict[str, GoldStory],
    files: list[Path],
    *,
    on_error: Callable[[SourceError], None] | None = None,
) -> list[StoryScore]:
    """Ingest ``files`` into a fresh temporary database and score every gold story among them."""
    from communique.pipeline import ingest
    from communique.sources import iter_articles
    from communique.store import Store
    from communique.store.queries import EventFilter, list_articles, list_events

    with tempfile.TemporaryDirectory(prefix="communique-eval-") as tmp:
        store = Store(Path(tmp) / "eval.duckdb", read_only=False)
        try:
            ingest(iter_articles([str(f) for f in files]), store, on_error=on_error)
            articles = list_articles(store)
            events = list_events(store, EventFilter())
        finally:
            store.close()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        by_article.setdefault(str(ev.get("article_id")), []).append(ev)
    names = {f.name for f in files}
    scores = []
    for name, story in gold.items():
        if name not in names:
            continue
        article = find_article(story, articles)
        mine = by_article.get(str(article.get("id")), []) if article else []
        scores.append(score_story(story, article, mine))
    return scores
