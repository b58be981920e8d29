"""Article metadata: dateline, publication date (with its source and precision), language,
publisher, URL — filled in from the text wherever the source did not give them.

Publication date priority: metadata (set by the source) > banner date (set by the source)
> date in the URL > dateline date with its year > year inferred from the story's clues.
"""

from __future__ import annotations

import re

from communique.articles.dateline import Dateline, find_dateline, insert_datelines
from communique.articles.dates import MONTH_NAMES, normalise_published, safe_date
from communique.articles.language import detect_language
from communique.articles.pubdate import url_date
from communique.articles.publisher import agency_name
from communique.articles.yearinfer import infer_year
from communique.model import Article

__all__ = ["enrich", "find_dateline", "Dateline", "infer_year", "detect_language"]

_URL_LINE = re.compile(r"^[ \t]*<?(https?://[^\s<>]+?)>?[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^\s*#{1,3}\s+(.+?)\s*$", re.MULTILINE)


def enrich(article: Article) -> Article:
    """Fill title/publisher/url/dateline/published/language where missing (in place; returned).

    Values already set are kept; each decision taken from the text is explained in
    ``article.notes``.
    """
    text = article.text or ""
    if not article.language:
        article.language = detect_language(text)

    if not article.title:
        m = _HEADING.match(text)
        if m:
            article.title = m.group(1).strip("*_ ").strip() or None

    if not article.url:
        urls = _URL_LINE.findall(text)
        if urls:
            article.url = urls[-1]
            _note(article, f"url from the text: {article.url}")

    dl = find_dateline(text)
    if dl and any(d.start == dl.start for d in insert_datelines(text)):
        dl = None  # an agency insert's dateline inside the page (mention.insert_dateline)
    if dl:
        if not article.dateline and dl.place:
            article.dateline = dl.place
        if not article.dateline_date and dl.date_text:
            article.dateline_date = dl.date_text
        _note(article, f"dateline: {dl}")
        if not article.publisher and dl.agency:
            name = agency_name(dl.agency)
            if name:
                article.publisher = name
                _note(article, f"publisher from the dateline agency code {dl.agency!r}")

    if article.published:
        _normalise_given_date(article)
    else:
        _date_from_text(article, text, dl)
    return article


def _note(article: Article, note: str) -> None:
    if note not in article.notes:
        article.notes.append(note)


def _normalise_given_date(article: Article) -> None:
    norm = normalise_published(article.published)
    if norm is None:
        _note(article, f"publication date {article.published!r} not understood; dropped")
        article.published = article.published_source = article.published_precision = None
        return
    year = int(norm[0][:4]) if norm[0][:4].isdigit() else 0
    if not 1000 <= year <= 2100:
        _note(article, f"publication date {article.published!r} out of range; dropped")
        article.published = article.published_source = article.published_precision = None
        return
    article.published = norm[0]
    article.published_precision = article.published_precision or norm[1]
    article.published_source = article.published_source or "metadata"


def _lede(text: str, dl: Dateline) -> str:
    end = text.find("\n\n", dl.start)
    return text[dl.start : end if end >= 0 else len(text)]


def _date_from_text(article: Article, text: str, dl: Dateline | None) -> None:
    from_url = url_date(article.url)
    if from_url and from_url[1] == "day":
        article.published, article.published_precision = from_url
        article.published_source = "url"
        _note(article, f"publication date {from_url[0]} from the URL")
        return
    if dl and dl.month and dl.day and dl.year:
        d = safe_date(dl.year, dl.month, dl.day)
        if d:
            article.published, article.published_precision = d.isoformat(), "day"
            article.published_source = "dateline"
            return
    if dl and dl.month and dl.day:
        if from_url:
            year = int(from_url[0][:4])
            url_month = int(from_url[0][5:7]) if from_url[1] == "month" else None
            d = safe_date(year, dl.month, dl.day)
            if d and url_month in (None, dl.month):
                article.published, article.published_precision = d.isoformat(), "day"
                article.published_source = "url"
                _note(
                    article,
                    f"publication date {d.isoformat()}: year from the URL, day from the dateline",
                )
                return
        result = infer_year(text, dl.month, dl.day, lede=_lede(text, dl))
        _note(article, result.note)
        if result.year:
            d = safe_date(result.year, dl.month, dl.day)
            if d:
                article.published, article.published_precision = d.isoformat(), "day"
                article.published_source = "inferred"
                return
        _note(
            article,
            f"publication date unknown: dateline gives {MONTH_NAMES[dl.month - 1]} {dl.day} "
            "without a year",
        )
    if from_url:
        article.published, article.published_precision = from_url
        article.published_source = "url"
        _note(article, f"publication date {from_url[0]} from the URL")
