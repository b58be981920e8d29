"""Per-article limits by tokens: a long story is coded in parts, an over-long one refused.

The parser's memory grows with the length of the text it holds (about 15 KB per token), so a
story is never parsed whole when it has more than ``PART_TOKENS`` tokens: it is cut into parts
of at most that many, at a paragraph break where there is one, else at a sentence end, else
at a space, and each part is parsed and coded on its own (``communique.pipeline``). The
article keeps its one id, its sentences are numbered and its offsets counted through the
whole text, and its notes say how many parts it was coded in. A story of more than
``MAX_ARTICLE_TOKENS`` tokens (or ``MAX_ARTICLE_CHARS`` characters) is refused with one line.

Tokens are counted in one linear pass the way the tokenizer roughly splits them: a run of
letters and digits, or any other single character that is not a space ("U.N.-led" is six).
Runs without spaces are counted after ``communique.parsing.cap_long_runs``, as they are parsed.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# A story with more tokens than this is parsed in parts of at most this many (a news story
# has about 500 to 2,000; a part takes some 150 MB while it is parsed).
PART_TOKENS = 10_000
# A story with more tokens than this is refused: about 1,200,000 characters of prose.
MAX_ARTICLE_TOKENS = 250_000
# ... or with more characters than this, whatever they are (mostly spaces, say).
MAX_ARTICLE_CHARS = 2_000_000
# Articles are parsed together in batches of at most this many tokens, so a batch of long
# (but not split) stories does not hold more than two parts' worth of parses at once.
BATCH_TOKENS = 2 * PART_TOKENS

_TOKEN = re.compile(r"\w+|[^\w\s]")
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def count_tokens(text: str) -> int:
    """How many tokens ``text`` has, counted as the module says (linear time)."""
    from communique.parsing import cap_long_runs

    return sum(1 for _ in _TOKEN.finditer(cap_long_runs(text)))


def too_long(text: str, tokens: int) -> str | None:
    """Why ``text`` (of ``tokens`` tokens) is too long to code at all, in one line, or None."""
    if len(text) > MAX_ARTICLE_CHARS:
        return (
            f"article too long to code: {len(text):,} characters (limit "
            f"{MAX_ARTICLE_CHARS:,}); split it into stories"
        )
    if tokens > MAX_ARTICLE_TOKENS:
        return (
            f"article too long to code: {tokens:,} tokens (limit {MAX_ARTICLE_TOKENS:,}); "
            "split it into stories"
        )
    return None


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` in ``text[lo:hi]`` (an offset into ``text``)."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def split_parts(text: str, part_tokens: int = PART_TOKENS) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of ``text``'s parts, in order, covering it all: one
    span when it has at most ``part_tokens`` tokens, else parts of at most that many, each
    ended at the last paragraph break, else sentence end, else space in its second half."""
    from communique.parsing import cap_long_runs

    starts = [m.start() for m in _TOKEN.finditer(cap_long_runs(text))]
    if len(starts) <= part_tokens:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    begin, first = 0, 0  # character offset and token index where the current part starts
    while len(starts) - first > part_tokens:
        hard = starts[first + part_tokens]  # the next part's first token, at the latest
        lo = starts[first + part_tokens // 2]
        cut = (
            _last_end(_PARAGRAPH_END, text, lo, hard)
            or _last_end(_SENTENCE_END, text, lo, hard)
            or _last_end(_SPACE, text, lo, hard)
            or hard
        )
        cut = min(cut, hard)
        spans.append((begin, cut))
        begin, first = cut, bisect_left(starts, cut)
    spans.append((begin, len(text)))
    return spans
