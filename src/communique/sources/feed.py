"""RSS and Atom feeds: one article per entry; short entries are completed from the linked page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from communique.model import Article, SourceError
from communique.sources.decoding import SourceProblem
from communique.sources.html import html_to_text

# Entries with less text than this are summaries: the linked page is fetched for the story.
SHORT_ENTRY_CHARS = 300

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def looks_like_feed(head: str) -> bool:
    """Does the start of a document open an RSS, Atom or RDF feed?"""
    return bool(_FEED_ROOT.search(head[:4000]))


def _entry_text(entry: dict) -> str:
    values = [c.get("value", "") for c in entry.get("content") or []]
    values.append(entry.get("summary", "") or "")
    best = max(values, key=len)
    return html_to_text(best) if "<" in best else re.sub(r"[ \t]+", " ", best).strip()


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def feed_articles(
    content: str | bytes,
    origin: str,
    *,
    fetch_page: Callable[[str], Article] | None = None,
) -> Iterator[Article | SourceError]:
    """Articles (origin ``feed#N``, format "feed") or SourceErrors from a feed document.

    ``fetch_page(url)`` returns the linked page as an Article (or raises SourceProblem); it is
    called for entries shorter than SHORT_ENTRY_CHARS whose link is http(s).
    """
    import feedparser

    parsed = feedparser.parse(content)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            why = str(parsed.get("bozo_exception", "")).splitlines()[0:1]
            yield SourceError(
                origin, "not a readable RSS/Atom feed" + (f" ({why[0]})" if why else "")
            )
        else:
            yield SourceError(origin, "feed has no entries")
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries, start=1):
        where = f"{origin}#{i}"
        text = _entry_text(entry)
        link = entry.get("link")
        notes: list[str] = []
        page: Article | None = None
        short = len(text) < SHORT_ENTRY_CHARS
        if short and fetch_page is not None and link and link.startswith(("http://", "https://")):
            try:
                page = fetch_page(link)
                notes.append(f"text from the linked page {link} (feed entry too short)")
            except SourceProblem as exc:
                notes.append(f"linked page not used: {exc}")
        if page is not None and len(page.text) > len(text):
            text = page.text
        if not text.strip():
            yield SourceError(where, "feed entry has no text")
            continue
        article = Article(
            text=text,
            title=(entry.get("title") or "").strip() or (page.title if page else None),
            url=link or (page.url if page else None),
            publisher=(page.publisher if page and page.publisher else None) or feed_title,
            origin=where,
            format="feed",
            notes=notes,
        )
        published = _entry_date(entry)
        if published:
            article.published, article.published_source = published, "metadata"
            article.published_precision = "day"
        elif page is not None and page.published:
            article.published = page.published
            article.published_source = page.published_source
        if entry.get("id") and not entry.get("link"):
            article.notes.append(f"feed entry id {entry.get('id')}")
        yield article
