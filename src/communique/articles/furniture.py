"""Page furniture out of story text: bylines, credit lines, photo credits, teasers, newsletter and
cookie prompts, share widgets and related-story lists, so none of them is coded as an event.

The line patterns are data (``data/articles/furniture.tsv``: kind, where, pattern, note; the file
explains its format). Two structural rules, for lists no single line gives away, live here:

- a run of two or more paragraphs without a sentence end at the end of the text (headlines or
  cut-off teasers of other stories) goes, when some finished paragraph stands before it and the
  run is not longer than the text before it;
- a run of three or more short paragraphs without a sentence end inside the text (a link list)
  goes, unless the paragraph before it ends with a colon (a list the story introduces).

Captions stay (they often describe the news); only their credits go. What went is returned as
``Removed`` records; ``furniture_notes`` words them for an article's ``notes``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MAX_LINE = 600  # a paragraph longer than this is story text for the line rules
HEADLINE_MAX = 200  # a headline-like paragraph: at most this long, with no sentence end
INNER_RUN = 3  # headline-like paragraphs in a row that make a link list inside the text
TAIL_RUN = 2  # paragraphs without a sentence end in a row that make a list at the end
NOTE_ITEMS = 30  # removed paragraphs listed one by one in the notes

_LABEL = re.compile(r"[-•·* ]*[^:]{1,40}:\s")
_SENTENCE_END = re.compile(r"(?:[.!?…:;][\"'”’»)\]]*|[\"”’»])\s*$")
# a sentence end followed by a bracketed aside: "... on Monday. (Photographer/Agency)"
_BRACKETED_END = re.compile(r"[.!?…][\"'”’»]*\s+\([^()]{1,120}\)\s*$")
_DEFINE = re.compile(r"\{([A-Z_]+)\}")
WHERES = ("line", "start", "end", "heading", "tail", "html")


@dataclass(frozen=True)
class Rule:
    """One row of the furniture table; ``regex`` is the expanded pattern (None for html)."""

    kind: str
    where: str
    pattern: str
    note: str
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Removed:
    """A piece of page furniture taken out: its kind, its text, the rule's note, and whether it
    went from the extracted ``text`` or as a ``page`` element before extraction."""

    kind: str
    text: str
    note: str
    stage: str = "text"


def parse_rules(table: str) -> tuple[Rule, ...]:
    """Rules from the text of a furniture table (ValueError names a bad row)."""
    defines: dict[str, str] = {}
    rules: list[Rule] = []
    for n, raw in enumerate(table.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("kind\t"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            raise ValueError(f"furniture table line {n}: 4 tab-separated columns expected")
        kind, where, pattern, note = (c.strip() for c in cols)
        if kind == "define":
            defines[where] = _expand(pattern, defines, n)
            continue
        if where not in WHERES:
            raise ValueError(f"furniture table line {n}: where must be one of {WHERES}")
        regex = None
        if where != "html":
            try:
                body = _expand(pattern, defines, n)
                regex = re.compile(f"(?:{body})\\Z" if where == "end" else body)
            except re.error as exc:
                raise ValueError(f"furniture table line {n}: {exc}") from exc
        rules.append(Rule(kind, where, pattern, note, regex))
    return tuple(rules)


def _expand(pattern: str, defines: dict[str, str], n: int) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(1) not in defines:
            raise ValueError(f"furniture table line {n}: {{{m.group(1)}}} is not defined above")
        return defines[m.group(1)]

    return _DEFINE.sub(one, pattern)


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The rules shipped in ``data/articles/furniture.tsv``."""
    path = resources.files("communique").joinpath("data/articles/furniture.tsv")
    return parse_rules(path.read_text("utf-8"))


def finished(paragraph: str) -> bool:
    """Does the paragraph end like a sentence (full stop, question, colon, closing quote, or a
    sentence end with a bracketed credit or aside after it)?"""
    return bool(_SENTENCE_END.search(paragraph) or _BRACKETED_END.search(paragraph))


def headline_like(paragraph: str) -> bool:
    return len(paragraph) <= HEADLINE_MAX and not finished(paragraph)


_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_STAMP = rf"(?:{_WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)|{_WEEKDAY}"
# an entry of a diary or calendar: a bulleted line, or a line opened by its day ("Wed 2 Dec:",
# "Thursday, March 4 -", "Friday:")
_DIARY_ENTRY = re.compile(
    rf"[-•·*][ \t]+\S|(?:{_DAY_STAMP})(?:[ \t]+\d{{4}})?(?:[ \t]*\([^()]{{1,20}}\))?[ \t]*[:–—-][ \t]"
)


def diary_entry(paragraph: str) -> bool:
    """A line of a diary or calendar box ("- Wed 2 Dec: X and Y hold talks in Z.", "Thursday:
    the council votes on ..."): bulleted or opened by its day. Under a diary heading (furniture
    kind ``diary``) such lines are what is scheduled, listed by the page, not events it reports
    (a scheduled meeting the story tells, "the ministers will meet on Friday", stays)."""
    return len(paragraph) <= MAX_LINE and bool(_DIARY_ENTRY.match(paragraph))


def strip_furniture(text: str, rules: tuple[Rule, ...] | None = None) -> tuple[str, list[Removed]]:
    """The text without its furniture (paragraphs joined by blank lines), and what went."""
    rules = default_rules() if rules is None else rules
    by_where = {w: [r for r in rules if r.where == w] for w in WHERES}
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    gone: list[Removed | None] = [None] * len(paras)
    cuts: dict[int, list[Removed]] = {}
    for i, para in enumerate(paras):
        kept, removed = _line_rules(para, by_where)
        if removed and not kept:
            gone[i] = Removed(removed[0].kind, para, removed[0].note)
        elif removed:
            paras[i], cuts[i] = kept, removed
    _headings(paras, gone, by_where)
    _tail_run(paras, gone)
    _inner_runs(paras, gone)
    out: list[Removed] = []
    for i, g in enumerate(gone):
        out.extend(cuts.get(i, []) if g is None or g is _STORY else [g])
    text = "\n\n".join(p for p, g in zip(paras, gone, strict=True) if g is None or g is _STORY)
    return text, out


def _line_rules(para: str, by_where: dict[str, list[Rule]]) -> tuple[str, list[Removed]]:
    """(what is left of the paragraph, what the line, start and end rules took from it)."""
    if len(para) > MAX_LINE:
        return para, []
    for rule in by_where["line"]:
        assert rule.regex is not None
        if rule.regex.fullmatch(para):
            return "", [Removed(rule.kind, para, rule.note)]
    removed: list[Removed] = []
    for rule in by_where["start"]:
        assert rule.regex is not None
        m = rule.regex.match(para)
        if m and m.end() > 0:
            removed.append(Removed(rule.kind, m.group(0).strip(), rule.note))
            para = para[m.end() :].lstrip()
    for rule in by_where["end"]:
        assert rule.regex is not None
        m = rule.regex.search(para)
        if not m or m.start() == m.end():
            continue
        before = para[: m.start()].rstrip()
        if before and not m.group(0).lstrip().startswith("(") and not finished(before):
            continue  # "... filmed in a video by Agency" is a sentence, not a caption's credit
        removed.append(Removed(rule.kind, m.group(0).strip(), rule.note))
        para = before
    return para, removed


_STORY = Removed("story", "", "a heading that introduces story text; kept")


def _kept(gone: list[Removed | None], start: int, stop: int) -> list[int]:
    return [j for j in range(start, stop) if gone[j] is None]


def _headings(
    paras: list[str], gone: list[Removed | None], by_where: dict[str, list[Rule]]
) -> None:
    """A heading that opens a list of other stories goes with the headlines under it; a "most
    read" or "more from" heading near the end takes the rest of the page with it when what
    follows is mostly unfinished lines."""
    for i, para in enumerate(paras):
        if gone[i] is not None or len(para) > HEADLINE_MAX:
            continue
        rule = next(
            (
                r
                for r in by_where["heading"] + by_where["tail"]
                if r.regex and r.regex.fullmatch(para)
            ),
            None,
        )
        if rule is None:
            continue
        if rule.kind == "story":
            gone[i] = _STORY  # kept: it protects the list under it from the list rules
            continue
        gone[i] = Removed(rule.kind, para, rule.note)
        rest = _kept(gone, i + 1, len(paras))
        before = sum(len(paras[j]) for j in _kept(gone, 0, i))
        unfinished = [j for j in rest if not finished(paras[j])]
        if (
            rule.where == "tail"
            and rest
            and 2 * len(unfinished) >= len(rest)
            and sum(len(paras[j]) for j in rest) < before
        ):
            for j in rest:
                gone[j] = Removed(rule.kind, paras[j], f"after the heading {para!r}: {rule.note}")
            return
        for j in rest:
            if not (diary_entry(paras[j]) if rule.kind == "diary" else headline_like(paras[j])):
                break
            gone[j] = Removed(rule.kind, paras[j], f"listed under {para!r}: {rule.note}")


_TAIL_NOTE = (
    "unfinished lines at the end of the page: headlines or cut-off teasers of other stories"
)
_INNER_NOTE = "a run of short lines without a sentence end: a list of links to other stories"


def _listed(paragraph: str) -> bool:
    """Looks like an entry of a list of other stories: a headline of four or more words that
    starts with a capital letter (not an ingredient, a date, a figure or a one-word label)."""
    words = paragraph.lstrip("-•·* ").split()
    return len(words) >= 4 and words[0][:1].isupper() and not paragraph.endswith(",")


def _introduced(paras: list[str], gone: list[Removed | None], j: int | None) -> bool:
    """Does the paragraph before a run introduce it as story text (ends with a colon, or is a
    ``story`` heading such as "Key points")?"""
    return j is not None and (paras[j].rstrip().endswith(":") or gone[j] is _STORY)


def _tail_run(paras: list[str], gone: list[Removed | None]) -> None:
    kept = _kept(gone, 0, len(paras))
    run: list[int] = []
    for j in reversed(kept):
        if finished(paras[j]):
            break
        run.append(j)
    before = [j for j in kept if j not in run]
    if sum(_listed(paras[j]) for j in run) < TAIL_RUN or not before:
        return
    if _introduced(paras, gone, _previous(gone, min(run))):
        return
    if sum(len(paras[j]) for j in run) > sum(len(paras[j]) for j in before):
        return
    for j in run:
        gone[j] = Removed("related", paras[j], _TAIL_NOTE)


def _previous(gone: list[Removed | None], i: int) -> int | None:
    """The nearest paragraph before ``i`` that is kept or is a story heading."""
    for j in range(i - 1, -1, -1):
        if gone[j] is None or gone[j] is _STORY:
            return j
    return None


def _inner_runs(paras: list[str], gone: list[Removed | None]) -> None:
    kept = _kept(gone, 0, len(paras))
    k = 0
    while k < len(kept):
        run = []
        while k + len(run) < len(kept):
            j = kept[k + len(run)]
            if not (headline_like(paras[j]) and _listed(paras[j])):
                break
            run.append(j)
        labelled = sum(bool(_LABEL.match(paras[j])) for j in run)  # "Weight: 2 kg" fact lists
        if (
            len(run) >= INNER_RUN
            and 2 * labelled < len(run)
            and not _introduced(paras, gone, _previous(gone, run[0]))
        ):
            for j in run:
                gone[j] = Removed("related", paras[j], _INNER_NOTE)
        k += max(len(run), 1)


def furniture_notes(removed: list[Removed]) -> list[str]:
    """Notes for an article: the count per kind (paragraphs taken from the text, then page
    elements dropped before extraction, most of which the extractor would have dropped too),
    then each piece with its reason, text first."""
    notes = []
    for stage, words in (
        ("text", "page furniture removed from the text"),
        ("page", "page elements removed before text extraction"),
    ):
        pieces = [r for r in removed if r.stage == stage]
        if pieces:
            counts = Counter(r.kind for r in pieces)
            head = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
            chars = sum(len(r.text) for r in pieces)
            notes.append(f"{words} ({len(pieces)} pieces, {chars} characters): {head}")
    ordered = sorted(removed, key=lambda r: r.stage != "text")
    for r in ordered[:NOTE_ITEMS]:
        text = r.text if len(r.text) <= 120 else r.text[:117] + "..."
        where = "" if r.stage == "text" else "page element "
        notes.append(f"furniture removed [{r.kind}] {where}{text!r}: {r.note}")
    if len(removed) > NOTE_ITEMS:
        notes.append(f"furniture removed: {len(removed) - NOTE_ITEMS} more pieces not listed")
    return notes
