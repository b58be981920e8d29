"""Plain and Markdown stories (the seeds' form) to clean body text plus title, URL, publisher
and banner date.

The seeds' form::

    # *Title*
    ---
    *MinRex*                       <- banner lines (kept out of the body; a date among them is
    19 FEBRERO DE 2024                the banner date)
    ---
    Photo: Minrex                  <- caption (dropped)
    Havana, February 19 (RHC) -- Cuba and Russia ...   <- body starts (dateline kept as written)
    ...
    ---
    <https://www.radiohc.cu/...>   <- source URL
    **Radio Habana Cuba**          <- publisher line (before or after the URL)

The body is the paragraphs from the first body paragraph (one opened by a dateline, or the first
paragraph of real prose) to the last, with Markdown emphasis, links and escapes removed and
paragraphs separated by one blank line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from communique.articles.dateline import match_dateline
from communique.articles.pubdate import banner_date

_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_URL_ONLY = re.compile(r"^\s*<?(https?://[^\s<>]+?)>?\s*$")
_MD_LINK_URL_ONLY = re.compile(r"^\s*\[[^\]]*\]\((https?://[^)\s]+)\)\s*$")
_BOLD_ONLY = re.compile(r"^\s*(\*\*|__)(?P<inner>[^*_].*?)\1\s*$")
_IMAGE_ONLY = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_CAPTION = re.compile(
    r"^\s*[(\[]?\s*(?:photo|photos|foto|fotos|image|picture|photograph|file photo|credit|"
    r"video|illustration|graphic)s?\b\s*(?:[:/|©-]|by\b|credit\b|courtesy\b)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_TRAILER = re.compile(
    r"^\s*(?:tags?|share|related|read more|see also|source|sources|fuente|more)\s*:", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s*$|[\"”’»]\s*$")
_MARKDOWN_MARKERS = re.compile(
    r"^\s{0,3}#{1,6}\s|^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$|^\s*<https?://|^\s*\*\*[^*]+\*\*\s*$|"
    r"\]\(https?://|(?<!\w)\*[^*\s][^*]*\*(?!\w)|\\[$*_#\[\]]",
    re.MULTILINE,
)


@dataclass
class StoryParts:
    """What a story file says about itself; ``body`` is the clean prose."""

    body: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    banner_date: date | None = None
    banner_text: str | None = None
    notes: list[str] = field(default_factory=list)


def looks_like_markdown(text: str) -> bool:
    """Does the text use Markdown (headings, rules, bold lines, links, escapes, <URL> lines)?"""
    return bool(_MARKDOWN_MARKERS.search(text[:20000]))


# --- inline cleaning -------------------------------------------------------------------------


# Link and image text holds no "[", a link's target no "(" but in one level of parentheses
# (and emphasis spans at most _SPAN characters), so every failed match stops at the next
# bracket: linear time on runs of "[", "[a](" or "**" (issue #13).
_SPAN = 1000
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*+\)")
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_CODE = re.compile(r"`([^`]+)`")
_EMPHASIS = tuple(
    re.compile(
        rf"(?<![\\\w{m[0]}]){re.escape(m)}(?=\S)(.{{1,{_SPAN}}}?)(?<=\S){re.escape(m)}(?![\w{m[0]}])"
    )
    for m in ("**", "__", "*", "_")
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~\"'&%])")
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean_inline(s: str) -> str:
    """Markdown inline markup to plain words: emphasis, links, images, escapes, entities."""
    if "[" in s:
        s = _LINK.sub(r"\1", _IMAGE.sub("", s))
    if "<" in s:
        s = _AUTOLINK.sub(r"\1", s)
    if "`" in s:
        s = _CODE.sub(r"\1", s)
    if "*" in s or "_" in s:
        for _ in range(2):  # nested ***bold italic***
            for rx in _EMPHASIS:
                s = rx.sub(r"\1", s)
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    if "&" in s:
        s = html.unescape(s)
    return _SPACES.sub(" ", s).strip()


def _listed(lines: list[str], markdown: bool) -> bool:
    """Plain text: a line and the list items right under it (a heading and its list)."""
    return not markdown and len(lines) > 2 and all(_LIST_ITEM.match(ln) for ln in lines[1:])


def _join_lines(lines: list[str], markdown: bool) -> list[str]:
    """A block's lines as paragraphs: wrapped lines joined, list items kept apart."""
    paras: list[str] = []
    current: list[str] = []
    # plain text: a line and the list under it ("Most read" then "- ..." or "1. ..." lines,
    # with no blank line between) are a heading and its items, not one wrapped paragraph
    listed = _listed(lines, markdown)
    for line in lines:
        line = line.rstrip()
        if listed:
            paras.append(_LIST_ITEM.sub("", line).strip())
            continue
        if markdown:
            line = re.sub(r"^\s{0,3}>\s?", "", line)
            h = _HEADING.match(line)
            if h:
                if current:
                    paras.append(" ".join(current))
                    current = []
                paras.append(h.group(2))
                continue
            if _LIST_ITEM.match(line) and current:
                paras.append(" ".join(current))
                current = []
            line = _LIST_ITEM.sub("", line)
        current.append(line.strip())
    if current:
        paras.append(" ".join(current))
    out = [clean_inline(p) if markdown else re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in paras]
    return [p for p in out if p]


# --- blocks ----------------------------------------------------------------------------------


@dataclass
class _Block:
    lines: list[str]
    rule_before: bool = False

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)

    @property
    def single(self) -> bool:
        return len(self.lines) == 1


def _blocks(text: str, markdown: bool) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    rule = False
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(_Block(current, rule))
                current, rule = [], False
        elif markdown and _RULE.match(line) and not (current and set(line.strip()) <= {"=", "-"}):
            if current:
                blocks.append(_Block(current, rule))
                current = []
            rule = True
        elif markdown and _RULE.match(line):  # setext heading underline: the block is a heading
            current = ["# " + " ".join(current)]
        else:
            current.append(line)
    if current:
        blocks.append(_Block(current, rule))
    if not markdown and len(blocks) == 1 and len(blocks[0].lines) > 1:
        blocks = _unblocked_plain(blocks[0].lines)
    return blocks


def _unblocked_plain(lines: list[str]) -> list[_Block]:
    """Plain text without blank lines: one paragraph per line, unless the lines are hard-wrapped
    (most end mid-sentence), in which case they are one paragraph (after a title-like line)."""
    lines = [ln for ln in lines if ln.strip()]
    head: list[_Block] = []
    if len(lines) > 2 and _title_like(lines[0]) and not match_dateline(lines[0]):
        head, lines = [_Block([lines[0]])], lines[1:]
    inner = lines[:-1]
    wrapped = sum(not _SENTENCE_END.search(ln.strip()) for ln in inner)
    if inner and wrapped > len(inner) / 2:
        return head + [_Block(lines)]
    return head + [_Block([ln]) for ln in lines]


def _plain(block: _Block, markdown: bool) -> str:
    return " ".join(_join_lines(block.lines, markdown))


def _is_prose(s: str) -> bool:
    words = s.split()
    if len(words) < 8 or len(s) < 40:
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    return bool(_SENTENCE_END.search(s))


def _title_like(s: str) -> bool:
    s = s.strip()
    return (
        0 < len(s) <= 200
        and len(s.split()) <= 25
        and not re.search(r"[.;,:]\s*$", s)
        and not _URL_ONLY.match(s)
    )


def _is_caption(s: str) -> bool:
    return bool(_CAPTION.match(s)) and len(s) <= 200


def parse_story(text: str, *, markdown: bool | None = None) -> StoryParts:
    """Split a plain or Markdown story into clean body text and the metadata it carries."""
    if markdown is None:
        markdown = looks_like_markdown(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _blocks(text, markdown)
    parts = StoryParts(body="")

    # Title: a leading heading, else (plain text) a short first line without a final period.
    start = 0
    if blocks:
        first = blocks[0].lines[0]
        h = _HEADING.match(first) if markdown else None
        if h:
            parts.title = clean_inline(h.group(2)) or None
            rest = blocks[0].lines[1:]
            if rest:
                blocks[0] = _Block(rest)
            else:
                start = 1
        elif len(blocks) > 1 and blocks[0].single:
            candidate = _plain(blocks[0], markdown)
            if _title_like(candidate) and not match_dateline(candidate):
                parts.title = candidate
                start = 1

    # Body start: the first paragraph opened by a dateline, else the first real prose one.
    plains = [_plain(b, markdown) for b in blocks]
    body_start = None
    for i in range(start, len(blocks)):
        # not a heading and its list ("Result" over "1. Name (GB)" lines): no dateline there
        if match_dateline(plains[i]) and not _listed(blocks[i].lines, markdown):
            body_start = i
            break
    if body_start is None:
        for i in range(start, len(blocks)):
            s = plains[i]
            if _is_prose(s) and not _is_caption(s):
                body_start = i
                break
    if body_start is None:
        body_start = start

    # Banner lines between title and body: look for the banner date, drop the rest.
    for block in blocks[start:body_start]:
        for line in block.lines:
            plain_line = clean_inline(line) if markdown else line.strip()
            if parts.banner_date is None:
                d = banner_date(plain_line)
                if d:
                    parts.banner_date, parts.banner_text = d, plain_line
            url = _URL_ONLY.match(line)
            if url and not parts.url:
                parts.url = url.group(1)
    if body_start > start:
        parts.notes.append(f"{body_start - start} banner/caption block(s) before the body left out")

    # Trailer: URL lines, publisher line and other short non-prose lines after the last prose.
    body_blocks = blocks[body_start:]
    end = len(body_blocks)
    while end > 1:
        block = body_blocks[end - 1]
        raw = block.raw.strip()
        plain = plains[body_start + end - 1]
        url = _URL_ONLY.match(raw) or _MD_LINK_URL_ONLY.match(raw)
        if url:
            parts.url = parts.url or url.group(1)
        elif markdown and _BOLD_ONLY.match(raw) and len(plain.split()) <= 8:
            parts.publisher = parts.publisher or plain
        elif _IMAGE_ONLY.match(raw) or _is_caption(plain) or _TRAILER.match(plain):
            pass
        elif block.single and len(plain.split()) <= 8 and not _SENTENCE_END.search(plain):
            if markdown and not parts.publisher and raw.startswith(("*", "_")):
                parts.publisher = plain
        else:
            break
        end -= 1

    paragraphs: list[str] = []
    for block in body_blocks[:end]:
        raw = block.raw.strip()
        if _IMAGE_ONLY.match(raw):
            continue
        url = _URL_ONLY.match(raw)
        if url:
            parts.url = parts.url or url.group(1)
            continue
        joined = _join_lines(block.lines, markdown)
        if len(joined) == 1 and _is_caption(joined[0]):
            continue
        paragraphs.extend(joined)
    parts.body = "\n\n".join(paragraphs)
    return parts
