"""Page furniture removed from the HTML before text extraction: the ``html`` rows of
``data/articles/furniture.tsv`` (boxes whose class or id says newsletter, related, share; credit
elements in figures). trafilatura already drops most such boxes by its own lists; these rows add
what it keeps, and record what went so the article's notes can say so.

A guard keeps the story: an element is left alone when it holds a third or more of the page's
text (a readers' comment thread two thirds), contains the page's ``<h1>``, or is the
``<body>``, ``<main>`` or ``<article>`` itself.

Captions stay, as they do in story files (they often describe the news, and on a photo gallery
they are most of it): the extractor drops every ``<figure>`` with its ``<figcaption>``, so once the
credits are gone each captioned figure is replaced by a paragraph of its caption's words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from communique.articles.furniture import Removed, Rule, default_rules

_KEEP_TAGS = {"html", "body", "main", "article"}
_SLIDES = re.compile(r"slide|carousel|gallery", re.IGNORECASE)
_REGEX_NS = {"re": "http://exslt.org/regular-expressions"}


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Rule, Any], ...]:
    from lxml.etree import XPath

    return tuple(
        (r, XPath(r.pattern, namespaces=_REGEX_NS)) for r in default_rules() if r.where == "html"
    )


def prune_page(content: str | bytes) -> tuple[Any, list[Removed]]:
    """(the page as an lxml tree without its furniture boxes, what went); the content unchanged
    and no removals when the page does not parse."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(content)
    except Exception:  # very broken markup: leave it to the extractor's own fallbacks
        tree = None
    if tree is None:
        return content, []
    body = tree.find(".//body")
    total = len(_text(body if body is not None else tree))
    removed: list[Removed] = []
    for rule, xpath in _compiled():
        found = [el for el in xpath(tree) if _removable(el, tree)]
        outer = [el for el in found if not any(a in found for a in el.iterancestors())]
        texts = [_text(el) for el in outer]
        share = 3 * sum(len(t) for t in texts)
        if total and share >= total and not (rule.kind == "comments" and share <= 2 * total):
            # the class marks too much of the page to be furniture ("paywall" bodies); a
            # readers' thread may be long, up to two thirds of the page, the story the rest
            continue
        for el, text in zip(outer, texts, strict=True):
            el.drop_tree()  # keeps the element's tail text
            if text:
                removed.append(Removed(rule.kind, text, rule.note, stage="page"))
    _captions_as_paragraphs(tree)
    _clock_stamps_as_text(tree)
    _dates_as_text(tree)
    _wrapped_lines_as_text(tree)
    removed += _pre_as_paragraphs(tree)
    return tree, removed


# A story in one ``<pre>`` (mailing-list archives, plain-text wire digests): lines hard-wrapped
# at a fixed width, paragraphs by blank lines. The extractor keeps such a block badly (it drops
# its opening lines and makes each line a paragraph), so a prose block becomes ``<p>``s of its
# rejoined lines. Code, tables and ASCII art (aligned columns) are left alone. In email style,
# quoted lines ("> ...") and the signature after a "-- " line are not the story and go.
PRE_PROSE_LINES = 4  # a prose block has at least this many lines of words
PRE_PROSE_SHARE = 0.7  # and this share of its lines reads as words
_PRE_WORDY = re.compile(r"^[^\W\d_][^<>{};=|]*$")
_PRE_COLUMNS = re.compile(r"\S {3,}\S|\t")
_SIGNATURE = re.compile(r"^--\s*$")


def _pre_prose(lines: list[str]) -> bool:
    full = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith(">")]
    if len(full) < PRE_PROSE_LINES or any(_PRE_COLUMNS.search(ln.strip()) for ln in full):
        return False
    wordy = sum(len(ln.split()) >= 4 and bool(_PRE_WORDY.match(ln)) for ln in full)
    return wordy >= PRE_PROSE_SHARE * len(full)


def _pre_as_paragraphs(tree: Any) -> list[Removed]:
    """Each prose ``<pre>`` becomes a ``<div>`` of ``<p>``s (see ``PRE_PROSE_LINES``); quoted
    lines and an email signature are dropped and reported."""
    from lxml.etree import Element, SubElement

    removed: list[Removed] = []
    for pre in tree.xpath(".//pre"):
        lines = "".join(pre.xpath(".//text()")).splitlines()
        if not _pre_prose(lines):
            continue
        paras: list[list[str]] = [[]]
        quoted: list[str] = []
        for i, line in enumerate(lines):
            if _SIGNATURE.match(line):
                rest = " ".join(ln.strip() for ln in lines[i + 1 :] if ln.strip())
                if rest:
                    removed.append(Removed("signature", rest, "email signature and quote", "page"))
                break
            if line.lstrip().startswith(">"):
                quoted.append(line.lstrip("> ").strip())
            elif line.strip():
                paras[-1].append(line.strip())
            elif paras[-1]:
                paras.append([])
        if quoted:
            removed.append(Removed("quoted", " ".join(quoted), "quoted earlier message", "page"))
        box = Element("div")
        for words in paras:
            if words:
                SubElement(box, "p").text = join_wrapped(words)
        box.tail = pre.tail
        parent = pre.getparent()
        if parent is not None:
            parent.replace(pre, box)
    return removed


# A paragraph hard-wrapped at a column's width with ``<br>`` (e-paper and print-edition text
# views, OCR and PDF-to-HTML copies): the extractor makes each line a paragraph of its own, so
# words broken at a line end ("gov-" / "ernment") and sentences split over lines never reach the
# coder whole. Such a paragraph becomes one line of text again. Lines of a list (headlines, an
# address) start with capitals and are left alone: most line breaks of a wrapped paragraph fall
# inside a sentence (the next line goes on in lower case, or the line ends in a hyphen or comma).
WRAPPED_MIN_LINES = 2  # a wrapped paragraph has at least this many lines
WRAPPED_MAX_LINE = 90  # no line of a column is longer than this
WRAPPED_SHARE = 0.5  # and at least this share of its line breaks fall inside a sentence
_INLINE = {"a", "b", "i", "em", "strong", "span", "br", "u", "small", "abbr", "cite", "q", "sup"}
_BROKEN_WORD = re.compile(r"([^\W\d_])-$")
# the second halves of compounds that keep their hyphen across a line break ("Russian-" /
# "backed"): a hyphenated nationality or place before them must stay a word of its own
_COMPOUND_TAILS = frozenset(
    ("led", "backed", "based", "born", "owned", "run", "made", "built", "held", "controlled")
    + ("allied", "linked", "funded", "brokered", "speaking", "style", "sponsored", "registered")
    + ("flagged", "operated")
)


def _continues(line: str, following: str) -> bool:
    return bool(following[:1].islower() or line.endswith(("-", ",")))


def join_wrapped(lines: list[str]) -> str:
    """Lines of a wrapped paragraph as one line: a word broken at a line end ("gov-" /
    "ernment") is joined without its hyphen, a compound ("Saudi-" / "led") keeps it."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and _BROKEN_WORD.search(out) and line[:1].islower():
            word = re.match(r"[^\W\d_]+", line)
            if word and word.group(0) in _COMPOUND_TAILS:
                out += line  # "Saudi-" + "led": the compound keeps its hyphen
            else:
                out = out[:-1] + line  # "gov-" + "ernment"
        else:
            out = f"{out} {line}" if out else line
    return out


def _wrapped_lines_as_text(tree: Any) -> None:
    """Each ``<p>`` hard-wrapped with ``<br>`` (see ``WRAPPED_SHARE``) becomes one line of text."""
    for para in tree.xpath(".//p[count(br) >= $n]", n=WRAPPED_MIN_LINES - 1):
        if any(not isinstance(c.tag, str) or c.tag not in _INLINE for c in para.iterdescendants()):
            continue
        lines, current = [], [para.text or ""]
        for child in para:
            if child.tag == "br":
                lines.append(" ".join(current))
                current = [child.tail or ""]
            else:
                current += [_text(child), child.tail or ""]
        lines.append(" ".join(current))
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in lines]
        lines = [ln for ln in lines if ln]
        if len(lines) < WRAPPED_MIN_LINES or max(map(len, lines)) > WRAPPED_MAX_LINE:
            continue
        inside = sum(_continues(a, b) for a, b in zip(lines, lines[1:], strict=False))
        if inside < WRAPPED_SHARE * (len(lines) - 1):
            continue
        tail, attrib = para.tail, dict(para.attrib)
        para.clear()
        para.attrib.update(attrib)
        para.text = join_wrapped(lines)
        para.tail = tail


# a live blog's entry stamp: a <time> element showing a clock time only ("17:55", "09.15 BST",
# "10:40am", "6:50 p.m. ET"), with or without a machine-readable datetime attribute; the page's
# own date line ("Wed 3 Mar 2027 09.05 CET") is not one
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.IGNORECASE)
MIN_STAMPS = 2  # one clock time is a time in a story, two or more stamp a live blog's entries
_ENTRY_HEAD = (
    "following::*[self::p or self::h2 or self::h3 or self::h4 or self::li][normalize-space()][1]"
)


def _clock_stamps_as_text(tree: Any) -> None:
    """A live blog's entry stamps, written in ``<time>`` elements the extractor drops, become the
    opening words of the entry's first heading or paragraph ("17:55 — Police fired ..."), the
    form in which the coder's live-blog rule (``date.story_reference``) finds where each entry
    starts, so an entry's events keep their own day instead of one an earlier entry named."""
    stamps = [el for el in tree.iter("time") if _CLOCK.fullmatch(re.sub(r"\s+", " ", _text(el)))]
    if len(stamps) < MIN_STAMPS:
        return
    for stamp in stamps:
        head = stamp.xpath(_ENTRY_HEAD)
        if not head:
            continue
        head[0].text = f"{_text(stamp)} \u2014 {head[0].text or ''}"
        if head[0].tag in ("h2", "h3", "h4"):
            head[0].tag = "p"  # the extractor drops some entry headings, and the stamp with them
        stamp.drop_tree()  # keeps the element's tail text


PROSE_AROUND_DATE = 4  # words of its own a paragraph or list item has around a <time> in it


def _dates_as_text(tree: Any) -> None:
    """A ``<time>`` element inside a paragraph's or list item's prose ("summoned the envoy on
    <time>Monday</time> after ...") becomes plain text: the extractor drops the element and
    with it the sentence's date. One that opens a list item before its words ("<li><time>1981
    </time> Belize becomes independent</li>", a timeline) is followed by a dash, the form of a
    timeline entry's label (coding/timeline.py) that dates the entry. A ``<time>`` standing
    alone (a byline's or a card's date) is left to the extractor."""
    from lxml.etree import strip_tags

    marked = False
    for el in list(tree.iter("time")):
        parent = el.getparent()
        if parent is None or parent.tag not in ("p", "li"):
            continue
        own = len(_text(parent).split()) - len(_text(el).split())
        if own < PROSE_AROUND_DATE or not _text(el):
            continue
        if parent.tag == "li" and not (parent.text or "").strip() and parent.index(el) == 0:
            el.tail = " \u2013 " + (el.tail or "").lstrip()
        marked = True
        el.tag = "communique-date"
    if marked:
        strip_tags(tree, "communique-date")  # keeps the text and the tail


CAPTION_MARK = "data-communique-caption"


def caption_texts(tree: Any) -> list[str]:
    """The words of the captions ``_captions_as_paragraphs`` made paragraphs of, in page order."""
    if isinstance(tree, (str, bytes)):
        return []
    return [t for p in tree.xpath(f".//p[@{CAPTION_MARK}]") if (t := _text(p))]


def _captions_as_paragraphs(tree: Any) -> None:
    """Each ``<figure>`` with a ``<figcaption>`` becomes a ``<p>`` of the caption's text (its
    image goes; the figure's tail text stays), so the extractor keeps the caption."""
    from lxml.etree import Element

    for figure in tree.xpath(".//figure[.//figcaption]"):
        if not any(a is tree for a in figure.iterancestors()):
            continue  # inside a figure already replaced
        words = " ".join(_text(c) for c in figure.xpath(".//figcaption"))
        para = Element("p")
        para.set(CAPTION_MARK, "1")  # the HTML reader tells the coder which paragraphs they are
        para.text = re.sub(r"\s+", " ", words).strip()
        para.tail = figure.tail
        parent = figure.getparent()
        if parent is None:
            continue
        if not para.text:
            figure.drop_tree()
            continue
        parent.replace(figure, para)
        for box in para.iterancestors():  # a gallery's slides: the extractor drops them by class
            for attr in ("class", "id"):
                if _SLIDES.search(box.get(attr) or ""):
                    del box.attrib[attr]


def _removable(el: Any, root: Any) -> bool:
    """Not the page's frame, not holding its headline, and still in the tree."""
    if el.tag in _KEEP_TAGS or el.find(".//h1") is not None:
        return False
    return any(a is root for a in el.iterancestors())


def _text(el: Any) -> str:
    words = el.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
    return re.sub(r"\s+", " ", " ".join(words)).strip()
