"""JSON Lines articles (GUIDE.md section 3): `text` required; `id`, `title`, `url`,
`publisher`, `published`, `language` optional.

The text is kept exactly as given, so character offsets in the output point into the caller's
own text. When it is written in the seeds' Markdown form, its title, URL, publisher line and
banner date are read from it (and noted) for the fields that were not given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from communique.articles.dates import normalise_published
from communique.model import Article, SourceError
from communique.sources.story import looks_like_markdown, parse_story

_STRING_FIELDS = ("title", "url", "publisher", "language", "dateline")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Publication years outside this range are taken for mistakes (and break date arithmetic).
MIN_YEAR, MAX_YEAR = 1000, 2100


def split_lines(text: str | bytes) -> list[Any]:
    """JSON Lines split on "\n" only (a JSON string may hold U+2028 or U+0085, which
    ``str.splitlines`` would split on); a trailing "\r" is JSON whitespace."""
    sep = b"\n" if isinstance(text, bytes) else "\n"
    return text.split(sep)  # type: ignore[arg-type]


def _field_problem(record: dict[str, Any]) -> str | None:
    """Why one of the record's fields cannot be used as given, naming the field; else None."""
    for name, value in record.items():
        bad = _SURROGATE.search(value) if isinstance(value, str) else None
        if bad:
            return f'"{name}" holds a lone surrogate ({bad.group()!a}), not text'
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        kind = {"dict": "object", "list": "array"}.get(type(ident).__name__, type(ident).__name__)
        return f'"id" must be a string or a number (got {kind})'
    for name in (*_STRING_FIELDS, "published"):
        value = record.get(name)
        if isinstance(value, dict | list):
            return f'"{name}" must be a string (got {"object" if isinstance(value, dict) else "array"})'
    published = record.get("published")
    if published not in (None, ""):
        norm = normalise_published(published)
        if norm is None:
            return f'"published" is not a date: {published!r}'
        year = int(norm[0][:4]) if norm[0][:4].isdigit() else 0
        if not MIN_YEAR <= year <= MAX_YEAR:
            return f'"published" year {year} is outside {MIN_YEAR}-{MAX_YEAR}: {published!r}'
    return None


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
    problem = _field_problem(record)
    if problem:
        return SourceError(origin, problem)
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
        except RecursionError:
            yield SourceError(where, "invalid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # e.g. a number of over 4,300 digits
            yield SourceError(where, f"invalid JSON ({str(exc).split(';')[0]})")
            continue
        yield article_from_record(record, where)


def first_line_is_json_object(text: str) -> bool:
    """Is the first non-blank line one JSON object (so the input is JSON Lines)?"""
    for line in split_lines(text):
        if line.strip():
            s = line.strip()
            if not s.startswith("{"):
                return False
            try:
                return isinstance(json.loads(s), dict)
            except (ValueError, RecursionError):
                return False
    return False
