"""HTML pages: main text and metadata through trafilatura, with a plain fallback for pages it
finds too short or too broken."""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

from communique.articles.furniture import Removed, finished, furniture_notes, strip_furniture
from communique.articles.furniture_html import caption_texts, prune_page
from communique.articles.pubdate import labelled_date, url_date
from communique.model import Article
from communique.sources.decoding import SourceProblem

_BLOCK_END = re.compile(
    r"<\s*(?:br|hr)\b[^>]*>|</\s*(?:p|div|li|h[1-6]|blockquote|tr|section|article|pre)\s*>",
    re.IGNORECASE,
)
_DROP = re.compile(
    r"<(script|style|noscript|template|svg|head|nav|footer)\b.*?(?:</\1\s*>|\Z)", re.I | re.S
)
_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.S)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed summaries, broken pages): paragraphs by blank lines."""
    s = _DROP.sub(" ", fragment)
    s = _BLOCK_END.sub("\n\n", s)
    s = _TAG.sub(" ", s)
    s = html_lib.unescape(s)
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", s)]
    return "\n\n".join(p for p in paras if p)


# a mailing list's subject tag before a posted story's title ("[horn-news] Kenya ..."), as list
# archives (pipermail, hypermail) put it in the page's <title>
_LIST_TAG = re.compile(r"^\[[A-Za-z][\w.-]{1,40}\]\s+(?=\S)")

KICKER_MAX = 40  # a section label above a headline ("Photos", "World | Europe"): this long at most
KICKERS_MAX = 2  # at most this many such labels before the headline


def _paragraphs(text: str, title: str | None) -> str:
    """The extracted text as paragraphs, without the page's headline when the text opens with it,
    and without the short section labels ("Photos", "Analysis") standing above it."""
    paras = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in text.splitlines()]
    paras = [p for p in paras if p]
    if title:
        head = title.strip().casefold()
        for i, para in enumerate(paras[: KICKERS_MAX + 1]):
            if para.casefold() == head:
                paras = paras[i + 1 :]
                break
            if len(para) > KICKER_MAX or finished(para):
                break
    return "\n\n".join(paras)


def html_article(content: str | bytes, *, url: str | None = None) -> Article:
    """An Article from an HTML page, or SourceProblem when the page has no text at all.

    Metadata: title, site name (publisher), canonical URL and the page's own date
    (published, source "metadata"). ``url`` is where the page came from, used when the page
    names no canonical URL.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = None
    page, pruned = prune_page(content)
    captions = caption_texts(page)  # kept as paragraphs: the coder reads them as captions
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on very broken markup
        doc = None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    title = _LIST_TAG.sub("", (meta.get("title") or "").strip()) or None
    text = _paragraphs(meta.get("text") or "", title)
    notes: list[str] = []
    raw = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    scripted = script_story(raw)
    if scripted and _prefer_script(scripted, text):
        text = _paragraphs(scripted, title)
        notes.append(
            "story text taken from the page's script data (JSON-LD articleBody or __NEXT_DATA__)"
        )
    if _prose_size(text) < SHELL_PROSE:
        stored = state_story(raw)
        if stored and _prefer_script(stored, text):
            text = _paragraphs(stored, title)
            notes.append("story text taken from the page's script state store (an empty shell)")
    if not text:
        text = html_to_text(_body(raw))
        if text:
            notes.append("page text taken without boilerplate removal (extractor found none)")
        if title is None:
            m = re.search(r"<title[^>]*>(.*?)</title>", raw, re.I | re.S)
            title = (
                _LIST_TAG.sub("", html_lib.unescape(re.sub(r"\s+", " ", m.group(1))).strip())
                or None
                if m
                else None
            )
        if text and title and text.split("\n\n", 1)[0].casefold() == title.casefold():
            text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    if not text.strip():
        raise SourceProblem("no text found in the HTML")
    text, removed = _without_furniture(text, pruned)
    article = Article(
        text=text,
        title=title,
        url=meta.get("url") or url,
        publisher=(meta.get("sitename") or "").strip() or None,
        notes=notes + furniture_notes(removed),
    )
    # a fact check's reviewed claims and their ratings (schema.org ClaimReview), for the coder
    from communique.coding.fact_checks import review_note

    article.notes += [review_note(claim, rating) for claim, rating in claim_reviews(raw)]
    # the section the page files itself under and the work it reviews (rule filter.declared_kind)
    article.notes += section_notes(raw)
    if gallery_page(raw):  # its paragraphs after the introduction are captions (date.caption_news)
        from communique.coding.captions import GALLERY_NOTE

        article.notes.append(GALLERY_NOTE)
    if captions:  # (date.caption_news)
        from communique.coding.captions import caption_notes

        article.notes += caption_notes(captions)
    date = article_ld_date(raw) or meta.get("date")
    if date:
        article.published = date
        article.published_source = "metadata"
        # The extractor also reads dates off URLs; say so when that is where it came from.
        from_url = url_date(article.url) or url_date(url)
        if from_url and from_url[0] == date and date not in raw:
            article.published_source = "url"
    else:  # no date in the metadata: one the page labels ("Published: ...", "Updated: ...")
        stated = labelled_date(html_to_text(_body(raw)))
        if stated is not None:
            article.published = stated.isoformat()
            article.published_source, article.published_precision = "page", "day"
    return article


_NEXT_DATA = re.compile(
    r"<script[^>]*\bid=[\"']__NEXT_DATA__[\"'][^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
# Client-side state stores of other frameworks, assigned in an inline script
# (``window.__INITIAL_STATE__ = {...};``: Vue/Nuxt, Redux, Apollo and in-house SPA shells);
# only a literal that parses as JSON is read.
_STATE_ASSIGN = re.compile(
    r"(?:window\.|self\.|var\s+|let\s+|const\s+)?"
    r"__(?:INITIAL_STATE|PRELOADED_STATE|NUXT|APOLLO_STATE|APP_STATE|DATA|STATE|INITIAL_DATA)__"
    r"\s*=\s*(?=[{\[])"
)
# JSON data islands: ``<script type="application/json">`` blocks that carry a page's data for
# the browser to render (live pages' posts, Astro/SvelteKit/Remix payloads); JSON-LD is read
# apart (``_LD_SCRIPT``) and Next.js's ``__NEXT_DATA__`` island by ``script_story``.
_JSON_ISLAND = re.compile(
    r"<script\b(?=[^>]*\btype=[\"']application/json[\"'])[^>]*>(.*?)</script>",
    re.IGNORECASE | re.DOTALL,
)
PROSE_MIN_WORDS = 8  # a paragraph of story text in script data has at least this many words
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


def _prose(paras: list[str]) -> list[str]:
    """The paragraphs that read as story prose: long enough and ending a sentence (headlines,
    labels, tags, URLs and ids in script data do not)."""
    return [p for p in paras if len(p.split()) >= PROSE_MIN_WORDS and _SENTENCE_END.search(p)]


def _string_paras(value: str) -> list[str]:
    if "<" in value and re.search(r"</?(?:p|div|br|h[1-6]|li)\b", value, re.I):
        return html_to_text(value).split("\n\n")
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", value)]


# Rich-text trees of headless CMSs and editors keep a paragraph as a node whose children are
# runs of text split at every link and bold word: Contentful ({"nodeType": "paragraph",
# "content": [{"nodeType": "text", "value": ...}, {"nodeType": "hyperlink", ...}]}), Sanity's
# Portable Text ({"_type": "block", "children": [{"_type": "span", "text": ...}]}), ProseMirror,
# Tiptap, Slate and Lexical ({"type": "paragraph", "content"/"children": [{"text": ...}]}).
# Such a block is read as one paragraph; an embedded entry (a related story's teaser inside
# the body: Contentful "embedded-entry-block") is no part of the story.
_RICH_TYPE_KEYS = ("nodeType", "_type", "type")
_RICH_BLOCKS = frozenset({"paragraph", "block", "blockquote", "quote", "list-item", "listitem"})
_RICH_TEXT_KEYS = ("value", "text")


def _rich_kind(node: dict) -> str:
    kind = next((node[k] for k in _RICH_TYPE_KEYS if isinstance(node.get(k), str)), "")
    return kind.lower()


def _rich_runs(node: object) -> str:
    """The text of a rich-text node's runs, joined as written."""
    if isinstance(node, list):
        return "".join(_rich_runs(c) for c in node)
    if not isinstance(node, dict) or _rich_kind(node).startswith("embedded"):
        return ""
    own = next((node[k] for k in _RICH_TEXT_KEYS if isinstance(node.get(k), str)), "")
    kids = node.get("content", node.get("children"))
    return own + (_rich_runs(kids) if isinstance(kids, list) else "")


def _flatten_rich_text(node: object) -> object:
    """``node`` with every rich-text paragraph block turned into its text (one string) and
    embedded entries dropped; other values as they are."""
    if isinstance(node, list):
        return [_flatten_rich_text(c) for c in node]
    if not isinstance(node, dict):
        return node
    kind = _rich_kind(node)
    if kind.startswith("embedded"):
        return None
    kids = node.get("content", node.get("children"))
    if isinstance(kids, list) and (kind in _RICH_BLOCKS or kind.startswith("heading")):
        return re.sub(r"\s+", " ", _rich_runs(kids)).strip()
    return {k: _flatten_rich_text(v) for k, v in node.items()}


def _best_prose(node: object) -> tuple[int, list[str]]:
    """(characters, paragraphs) of the single string or list in a JSON tree that carries the
    most story prose: an article body is one HTML string or one list of text blocks, while the
    related links, captions and promos beside it are short or separate. Rich-text blocks are
    read as paragraphs first (``_flatten_rich_text``)."""
    return _best_prose_in(_flatten_rich_text(node))


def _best_prose_in(node: object) -> tuple[int, list[str]]:
    best: tuple[int, list[str]] = (0, [])
    if isinstance(node, str):
        paras = _prose(_string_paras(node))
        return (sum(len(p) for p in paras), paras)
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    gathered: list[str] = []
    for child in children:
        size, paras = _best_prose_in(child)
        if size > best[0]:
            best = (size, paras)
        if isinstance(node, list):
            gathered += _prose(_all_strings(child))
    if isinstance(node, list):
        size = sum(len(p) for p in gathered)
        if size > best[0]:
            best = (size, gathered)
    return best


def _all_strings(node: object) -> list[str]:
    if isinstance(node, str):
        return _string_paras(node)
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    return [p for child in children for p in _all_strings(child)]


def _ld_items(raw: str) -> Iterator[Any]:
    """The items of the page's JSON-LD scripts (schema.org), with those of their ``@graph``."""
    for m in _LD_SCRIPT.finditer(raw[:2_000_000]):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items += [g for d in items if isinstance(d, dict) for g in d.get("@graph") or []]
        yield from items


def script_story(raw: str) -> str | None:
    """The story text a page carries only in its script data, as paragraphs: the JSON-LD
    article's ``articleBody``, or the longest run of prose in a Next.js ``__NEXT_DATA__`` blob
    (pages that render the story in the browser serve an empty shell around it)."""
    found: list[list[str]] = []
    for item in _ld_items(raw):
        body = item.get("articleBody") if isinstance(item, dict) else None
        if isinstance(body, str):
            found.append(_prose(_string_paras(body)))
    m = _NEXT_DATA.search(raw[:5_000_000])
    if m:
        try:
            data = json.loads(m.group(1))
        except ValueError:
            data = None
        found.append(_best_prose(data)[1])
    best = max(found, key=lambda paras: sum(len(p) for p in paras), default=[])
    return "\n\n".join(best) or None


SHELL_PROSE = 300  # a page whose HTML holds less story prose than this is an empty shell


def state_story(raw: str) -> str | None:
    """The story text of an empty shell page whose framework keeps it in a state store
    assigned in a script (``window.__INITIAL_STATE__ = {...}``) or in a JSON data island
    (``<script type="application/json">``, as live pages keep their posts): the longest run of
    prose in it. Such stores also hold related stories, comments and whole section feeds, so
    they are read only where the page's HTML has no story of its own."""
    best: list[str] = []
    stores: list[object] = []
    for m in _STATE_ASSIGN.finditer(raw[:5_000_000]):
        try:
            stores.append(json.JSONDecoder().raw_decode(raw, m.end())[0])
        except ValueError:
            continue
    for m in _JSON_ISLAND.finditer(raw[:5_000_000]):
        if "__NEXT_DATA__" in m.group(0)[:200]:
            continue  # read by script_story
        try:
            stores.append(json.loads(m.group(1)))
        except ValueError:
            continue
    for data in stores:
        paras = _best_prose(data)[1]
        if sum(map(len, paras)) > sum(map(len, best)):
            best = paras
    return "\n\n".join(best) or None


SCRIPT_GAIN = 1.5  # script prose this many times longer than the extracted text replaces it


def _prose_size(text: str) -> int:
    """The characters of story prose in ``text``, paragraphs split by blank lines."""
    return sum(len(p) for p in _prose(text.split("\n\n")))


def _prefer_script(scripted: str, text: str) -> bool:
    """Script data replaces the extracted text when it holds much more story prose (an empty
    shell around a script-rendered story), or the same story in more paragraphs."""
    size = _prose_size(scripted)
    have = _prose_size(text)
    if size >= SCRIPT_GAIN * max(have, 1):
        return True
    return size >= 0.9 * have > 0 and scripted.count("\n\n") > text.count("\n\n") + 1


_LD_SCRIPT = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
     "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle"}
)  # fmt: skip


# schema.org types of a review of a work (a critic's review, a review news article)
REVIEW_TYPES = frozenset({"Review", "CriticReview", "UserReview", "ReviewNewsArticle"})


def _ld_types(item: dict[str, Any]) -> set[str]:
    """The schema.org types a JSON-LD item names in ``@type``: a name or a list of names
    (anything else, an object or a number from a broken page, names none)."""
    kinds = item.get("@type")
    if isinstance(kinds, str):
        return {kinds}
    return {k for k in kinds if isinstance(k, str)} if isinstance(kinds, list) else set()


def claim_reviews(raw: str) -> list[tuple[str, str]]:
    """The claims a fact-check page's JSON-LD reviews (schema.org ClaimReview: its
    ``claimReviewed`` and the ``alternateName`` of its ``reviewRating``, "False", "Misleading"),
    as (claim, rating) pairs; the coder rates the claim where the text says it (rule
    filter.false_claim)."""
    out: list[tuple[str, str]] = []
    for item in _ld_items(raw):
        if not isinstance(item, dict):
            continue
        kinds = _ld_types(item)
        claim, rating = item.get("claimReviewed"), item.get("reviewRating")
        rating = rating.get("alternateName") if isinstance(rating, dict) else None
        if (
            "ClaimReview" in kinds
            and isinstance(claim, str)
            and isinstance(rating, str)
            and claim.strip()
            and rating.strip()
            and "'" not in rating
        ):
            out.append((claim.strip(), rating.strip()))
    return out


def section_notes(raw: str) -> list[str]:
    """The notes that hand the coder what the page's JSON-LD says it is (rule
    filter.declared_kind): each ``articleSection`` or ``genre`` of its article or review (a name
    or a list of names), and the type of the creative work a ``Review`` reviews (schema.org
    ``itemReviewed``: a Movie, a Book, a VideoGame)."""
    from communique.coding.page_sections import reviewed_work, reviewed_work_note, section_note

    notes: list[str] = []
    for item in _ld_items(raw):
        if not isinstance(item, dict):
            continue
        kinds = _ld_types(item)
        if not kinds & (ARTICLE_TYPES | REVIEW_TYPES):
            continue
        for key in ("articleSection", "genre"):
            value = item.get(key)
            names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            notes += [section_note(n) for n in names if isinstance(n, str) and n.strip()]
        reviewed = item.get("itemReviewed")
        if kinds & REVIEW_TYPES and isinstance(reviewed, dict):
            work = reviewed_work(_ld_types(reviewed))
            if work is not None:
                notes.append(reviewed_work_note(work))
    return list(dict.fromkeys(notes))


def gallery_page(raw: str) -> bool:
    """Whether the page's JSON-LD says it is a photo gallery (schema.org ImageGallery)."""
    return any(
        "ImageGallery" in _ld_types(item) for item in _ld_items(raw) if isinstance(item, dict)
    )


def article_ld_date(raw: str) -> str | None:
    """The ``datePublished`` of the page's article in its JSON-LD (schema.org), as the day it
    states (its own offset): the article's date, not that of an image or video nested in it,
    which an extractor looking for the oldest date may take instead."""
    for item in _ld_items(raw):
        if not isinstance(item, dict):
            continue
        kinds = _ld_types(item)
        stamp = item.get("datePublished")
        if kinds & ARTICLE_TYPES and isinstance(stamp, str):
            day = re.match(r"\d{4}-\d{2}-\d{2}", stamp.strip())
            if day:
                return day.group(0)
    return None


def _without_furniture(text: str, pruned: list[Removed]) -> tuple[str, list[Removed]]:
    """The story text without page furniture, and what went (first the page elements removed
    before extraction, then the paragraphs and parts of paragraphs after it)."""
    kept, removed = strip_furniture(text)
    if not kept.strip():  # all of it looked like furniture: keep the page rather than nothing
        return text, []
    return kept, pruned + removed


def _body(raw: str) -> str:
    m = re.search(r"<body\b[^>]*>(.*)", raw, re.I | re.S)
    return m.group(1) if m else raw
