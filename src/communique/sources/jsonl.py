"""JSON Lines articles (GUIDE.md section 3): `text` required; `id`, `title`, `url`,
`publisher`, `published`, `language` optional.

The text is kept exactly as given, so character offsets in the output point into the caller's
own text. When it is written in the seeds' Markdown form, its title, URL, publisher line and
banner date are read from it (and noted) for the fields that were not given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from communique.model import Article, SourceError
from communique.sources.story import looks_like_markdown, parse_story

_STRING_FIELDS = ("title", "url", "publisher", "language", "dateline")


def article_from_record(record: Any, origin: str) -> Article | SourceError:
    """One JSON value as an Article (not yet enriched), or the SourceError saying what is wrong."""
    if not isinstance(record, dict):
        return SourceError(origin, f"not a JSON object (got {type(record).__name__})")
    text = record.get("text")
    if text is None:
        return SourceError(origin, 'missing "text" field')
    if not isinstance(text, str):
        return SourceError(origin, f'"text" is not a string (got {type(text).__name__})')
    if not text.strip():
        return SourceError(origin, 'empty "text" field')
    article = Article(text=text, origin=origin, format="jsonl")
    if record.get("id") not in (None, ""):
        article.id = str(record["id"])
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value not in (None, ""):
            setattr(article, name, str(value).strip())
    if record.get("published") not in (None, ""):
        article.published = str(record["published"]).strip()
        article.published_source = "metadata"
    if looks_like_markdown(text):
        _metadata_from_markdown(article)
    return article


def _metadata_from_markdown(article: Article) -> None:
    parts = parse_story(article.text, markdown=True)
    found = []
    for name in ("title", "url", "publisher"):
        value = getattr(parts, name)
        if value and not getattr(article, name):
            setattr(article, name, value)
            found.append(name)
    if parts.banner_date and not article.published:
        article.published = parts.banner_date.isoformat()
        article.published_source, article.published_precision = "banner", "day"
        found.append("published")
    if found:
        article.notes.append(f"text is in Markdown story form; {', '.join(found)} read from it")


def _lines(stream: Any) -> Iterator[tuple[int, str | SourceError]]:
    for n, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield (
                    n,
                    SourceError(
                        "",
                        f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})",
                    ),
                )
                continue
        elif n == 1:
            line = line.lstrip("\ufeff")
        yield n, line


def iter_jsonl_records(
    lines: Iterable[str | bytes], origin: str
) -> Iterator[Article | SourceError]:
    """Articles (not yet enriched) and SourceErrors, one per non-blank line."""
    for n, line in _lines(lines):
        where = f"{origin}:{n}"
        if isinstance(line, SourceError):
            yield SourceError(where, line.reason)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield article_from_record(record, where)


def first_line_is_json_object(text: str) -> bool:
    """Is the first non-blank line one JSON object (so the input is JSON Lines)?"""
    for line in text.splitlines():
        if line.strip():
            s = line.strip()
            if not s.startswith("{"):
                return False
            try:
                return isinstance(json.loads(s), dict)
            except json.JSONDecodeError:
                return False
    return False
