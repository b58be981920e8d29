"""Input sources: files, folders, globs, stdin and URLs to Articles (or SourceErrors).

Formats: the seeds' Markdown form and plain text (story.py), HTML (html.py), JSON Lines
(jsonl.py), RSS/Atom feeds (feed.py), http(s) URLs (web.py). The format is chosen by file
extension or HTTP content type, else by sniffing the content. Every Article yielded has been
through ``communique.articles.enrich`` and has ``origin``, ``format`` and ``id`` set; every bad
input gives exactly one SourceError with a one-line reason, and the batch goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from communique.articles import enrich
from communique.articles.furniture import furniture_notes, strip_furniture
from communique.model import Article, SourceError
from communique.sources.decoding import SourceProblem, decode_bytes, human_size
from communique.sources.discover import expand
from communique.sources.feed import feed_articles, looks_like_feed
from communique.sources.html import html_article
from communique.sources.jsonl import (
    article_from_record,
    first_line_is_json_object,
    iter_jsonl_records,
    split_lines,
)
from communique.sources.netguard import allowed_hosts
from communique.sources.story import looks_like_markdown, parse_story
from communique.sources.web import Fetched, fetch, is_url

__all__ = ["iter_articles", "read_jsonl_articles", "read_text"]

STORY_EXTS = frozenset({".txt", ".md", ".markdown", ".text", ".mdown"})
HTML_EXTS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_EXTS = frozenset({".jsonl", ".ndjson"})
JSON_EXTS = frozenset({".json"})
FEED_EXTS = frozenset({".xml", ".rss", ".atom", ".rdf"})

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAGS = re.compile(r"<(?:body|p|div|article|head|title|meta|span|h[1-6])\b", re.I)


class _Limits:
    def __init__(
        self,
        timeout: float,
        max_bytes: int,
        deadline: float = 60.0,
        allow_hosts: frozenset[str] = frozenset(),
        fetch_links: bool = True,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.allow_hosts = allow_hosts
        self.fetch_links = fetch_links

    def fetch(self, url: str) -> Fetched:
        return fetch(
            url,
            timeout=self.timeout,
            max_bytes=self.max_bytes,
            deadline=self.deadline,
            allow_hosts=self.allow_hosts,
        )


def unexpected(exc: BaseException) -> str:
    """One line for an exception nobody foresaw: 'internal error (ValueError: ...)'."""
    first = (str(exc).splitlines() or [""])[0][:200]
    return f"internal error ({type(exc).__name__}{': ' + first if first else ''})"


def _guard(items: Iterable[Article | SourceError], origin: str) -> Iterator[Article | SourceError]:
    """``items``; an exception of this input ends it with one SourceError (its articles read
    so far are kept) and the batch goes on."""
    try:
        yield from items
    except RecursionError:
        yield SourceError(origin, "too deeply nested to read")
    except Exception as exc:  # noqa: BLE001 (one input's failure is that input's alone)
        yield SourceError(origin, unexpected(exc))


def _finish(items: Iterable[Article | SourceError], origin: str) -> Iterator[Article | SourceError]:
    """Each article enriched, with an id; guarded as ``_guard`` does."""

    def enriched() -> Iterator[Article | SourceError]:
        for item in items:
            if isinstance(item, Article):
                try:
                    enrich(item)
                    item.ensure_id()
                except Exception as exc:  # noqa: BLE001
                    yield SourceError(item.origin or origin, unexpected(exc))
                    continue
            yield item

    return _guard(enriched(), origin)


# --- format choice -----------------------------------------------------------------------


def sniff_format(text: str) -> str:
    """'html', 'feed', 'jsonl' or 'story' from the content alone."""
    head = text[:4000]
    if looks_like_feed(head) and not _HTML_START.match(head):
        return "feed"
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if first_line_is_json_object(text[:100_000]):
        return "jsonl"
    return "story"


def _format_for_extension(ext: str) -> str | None:
    ext = ext.lower()
    if ext in STORY_EXTS:
        return "story"
    if ext in HTML_EXTS:
        return "html"
    if ext in JSONL_EXTS:
        return "jsonl"
    if ext in JSON_EXTS:
        return "json"
    if ext in FEED_EXTS:
        return "feed"
    return None


def _format_for_content_type(ctype: str) -> str | None:
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if any(k in ctype for k in ("rss", "atom", "rdf")) or ctype in ("application/xml", "text/xml"):
        return "feed"
    if ctype in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines",
                 "application/jsonlines", "application/json-lines"):  # fmt: skip
        return "jsonl"
    if ctype == "application/json":
        return "json"
    if ctype in ("text/plain", "text/markdown", "text/x-markdown"):
        return "story"
    return None


# --- one document ------------------------------------------------------------------------


def _document(
    text: str,
    origin: str,
    fmt: str | None,
    limits: _Limits,
    *,
    url: str | None = None,
    notes: list[str] | None = None,
) -> Iterator[Article | SourceError]:
    """Articles/errors from one decoded document in format ``fmt`` (None: sniff)."""
    if fmt is None:
        fmt = sniff_format(text)
    elif fmt == "feed" and not looks_like_feed(text[:4000]):
        fmt = "html" if sniff_format(text) == "html" else fmt
    elif fmt == "story" and text.lstrip()[:1] == "<" and sniff_format(text) in ("html", "feed"):
        fmt = sniff_format(text)  # a .txt file or text/plain URL that is really HTML or a feed
    if fmt in ("jsonl", "json"):
        yield from _json_document(text, origin, fmt)
        return
    if fmt == "feed":

        def fetch_page(link: str) -> Article:
            got = limits.fetch(link)
            return html_article(_decode_page(got.data, got.charset), url=got.url)

        pages = fetch_page if limits.fetch_links else None
        yield from feed_articles(text, origin, fetch_page=pages)
        return
    try:
        if fmt == "html":
            article = html_article(text, url=url)
            article.format = "html"
        else:
            article = _story_article(text)
    except SourceProblem as exc:
        yield SourceError(origin, str(exc))
        return
    article.origin = origin
    if url and not article.url:
        article.url = url
    article.notes[:0] = notes or []
    yield article


def _decode_page(data: bytes, charset: str | None) -> str:
    return decode_bytes(data, declared=charset).text


def _story_article(text: str) -> Article:
    markdown = looks_like_markdown(text)
    parts = parse_story(text, markdown=markdown)
    if not parts.body.strip():
        raise SourceProblem("no story text found")
    body, removed = strip_furniture(parts.body)
    if not body.strip():
        body, removed = parts.body, []
    article = Article(
        text=body,
        title=parts.title,
        url=parts.url,
        publisher=parts.publisher,
        format="markdown" if markdown else "text",
        notes=list(parts.notes) + furniture_notes(removed),
    )
    if parts.banner_date:
        article.published = parts.banner_date.isoformat()
        article.published_source, article.published_precision = "banner", "day"
        article.notes.append(f"publication date from the banner line {parts.banner_text!r}")
    return article


def _json_document(text: str, origin: str, fmt: str) -> Iterator[Article | SourceError]:
    if fmt == "json":
        try:
            value: Any = json.loads(text)
        except (ValueError, RecursionError):
            value = None
        if isinstance(value, list):
            if not value:
                yield SourceError(origin, "empty JSON list")
            for i, record in enumerate(value, start=1):
                yield article_from_record(record, f"{origin}[{i}]")
            return
        if isinstance(value, dict):
            yield article_from_record(value, origin)
            return
    yield from iter_jsonl_records(split_lines(text), origin)


# --- inputs ------------------------------------------------------------------------------


def read_text(data: bytes, origin: str) -> tuple[str, list[str]] | SourceError:
    """Decoded text and decoding notes, or the SourceError saying why it is not text."""
    try:
        decoded = decode_bytes(data)
    except SourceProblem as exc:
        return SourceError(origin, str(exc))
    return decoded.text, decoded.notes


def _read_file(path: Path, limits: _Limits) -> Iterator[Article | SourceError]:
    origin = str(path)
    try:
        if not path.is_file():
            yield SourceError(origin, "no such file" if not path.exists() else "not a regular file")
            return
        size = path.stat().st_size
        if size > limits.max_bytes:
            yield SourceError(
                origin, f"file too large: {human_size(size)}, limit {human_size(limits.max_bytes)}"
            )
            return
        data = path.read_bytes()
    except PermissionError:
        yield SourceError(origin, "permission denied")
        return
    except OSError as exc:
        yield SourceError(origin, f"could not read: {exc.strerror or exc}")
        return
    got = read_text(data, origin)
    if isinstance(got, SourceError):
        yield got
        return
    text, notes = got
    yield from _document(text, origin, _format_for_extension(path.suffix), limits, notes=notes)


def _read_url(url: str, limits: _Limits) -> Iterator[Article | SourceError]:
    try:
        got = limits.fetch(url)
        decoded = decode_bytes(got.data, declared=got.charset)
    except SourceProblem as exc:
        yield SourceError(url, str(exc))
        return
    fmt = _format_for_content_type(got.content_type)
    if fmt is None:
        fmt = _format_for_extension(Path(got.url.split("?")[0]).suffix)
    yield from _document(decoded.text, url, fmt, limits, url=got.url, notes=decoded.notes)


def _read_stdin(
    stream: TextIO | BinaryIO | None, limits: _Limits
) -> Iterator[Article | SourceError]:
    stream = stream if stream is not None else sys.stdin
    source: Any = getattr(stream, "buffer", None) or stream
    if source is None or getattr(source, "closed", False):
        yield SourceError("stdin", "no standard input (it is closed)")
        return
    try:
        raw = source.read(limits.max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield SourceError("stdin", f"could not read: {exc}")
        return
    if len(raw) > limits.max_bytes:
        yield SourceError("stdin", f"input too large: over {human_size(limits.max_bytes)}")
        return
    if isinstance(raw, str):
        if not raw.strip():
            yield SourceError("stdin", "empty input")
            return
        text, notes = raw.lstrip("\ufeff"), []
    else:
        got = read_text(raw, "stdin")
        if isinstance(got, SourceError):
            yield SourceError("stdin", got.reason.replace("empty file", "empty input"))
            return
        text, notes = got
    yield from _document(text, "stdin", None, limits, notes=notes)


def iter_articles(
    inputs: Iterable[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    deadline: float = 60.0,
    allow_hosts: Iterable[str] = (),
    fetch_links: bool = True,
) -> Iterator[Article | SourceError]:
    """Articles (enriched, with origin, format and id) or SourceErrors from every input.

    Inputs: file paths, folders (recursive, hidden files and folders skipped), glob patterns
    (``stories/**/*.txt``), ``-`` for stdin (JSON Lines if it is, else one story) and http(s)
    URLs. ``timeout`` (seconds, per read) and ``max_bytes`` limit each fetch and each file,
    ``deadline`` (seconds) each whole fetch. Fetches reach public addresses only, except
    hosts named in ``allow_hosts`` (``host`` or ``host:port``). ``fetch_links=False``: feed
    entries are stored from their own text, their links never fetched.
    """
    limits = _Limits(timeout, max_bytes, deadline, allowed_hosts(allow_hosts), fetch_links)
    seen: set[Path] = set()
    for item in inputs:
        if item == "-":
            yield from _finish(_read_stdin(stdin, limits), "stdin")
        elif is_url(item):
            yield from _finish(_read_url(item, limits), item)
        else:
            yield from _guard(_read_paths(item, limits, seen), item)


def _read_paths(item: str, limits: _Limits, seen: set[Path]) -> Iterator[Article | SourceError]:
    """The files a path, folder or glob names, each read once (a symlink loop is one error)."""
    for found in expand(item):
        if isinstance(found, SourceError):
            yield found
            continue
        try:
            key = found.resolve()
        except (OSError, RuntimeError) as exc:
            yield SourceError(
                str(found),
                f"cannot follow: {exc.strerror or 'symlink loop'}"
                if isinstance(exc, OSError)
                else "cannot follow: symlink loop",
            )
            continue
        if key in seen:
            continue
        seen.add(key)
        yield from _finish(_read_file(found, limits), str(found))


def read_jsonl_articles(
    stream: TextIO | BinaryIO | Iterable[str] | Iterable[bytes] | str | bytes, origin: str = "stdin"
) -> Iterator[Article | SourceError]:
    """Articles (enriched, ids kept or made) or SourceErrors from JSON Lines, one per line.

    For ``communique code``: origin of line N is ``f"{origin}:{N}"``; a broken line gives
    ``SourceError("stdin:N", "invalid JSON (...)")`` and reading goes on.
    """
    if isinstance(stream, str | bytes):
        stream = split_lines(stream)
    yield from _finish(iter_jsonl_records(stream, origin), origin)  # type: ignore[arg-type]
