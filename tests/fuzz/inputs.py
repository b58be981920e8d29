"""Hypothesis strategies for hostile inputs of every format, and the settings the fuzz suite
runs under: derandomized (the same examples on every run, so CI is reproducible), no example
database, a modest number of examples and a generous deadline per example (a hang fails the
example; no speed is asserted). ``COMMUNIQUE_FUZZ_EXAMPLES=500`` runs a deeper search locally."""

from __future__ import annotations

import json
import os
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("COMMUNIQUE_FUZZ_EXAMPLES", "10"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=timedelta(seconds=60),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Stories written for these tests: each codes at least one event.
GOOD = [
    "Lima, June 3 -- Peru recalled its ambassador from Bolivia after the border clash.",
    "Accra, June 4 -- Ghana and Togo signed an agreement to share the river's water.",
]

# Pieces known to hurt parsers: long runs, markup, escapes, odd characters and code points.
HOSTILE = st.sampled_from([
    "(", "[", "![", "<", "&lt;", "&#0;", "&#x110000;", "**", "__", "`", "\\", "\x00", "\x0b",
    "\u2028", "\u0085", "\ufeff", "\ud800", "\udfff", "\U0001f600", "\u202e", "e\u0301",
    "http://[::1", "<!--", "]]>", "<![CDATA[", "\r\n", "\n\n", "--", "Moscow, May 2 -- ",
    "9" * 50, "0001-01-02", "9999-12-31", "2024-13-45",
])  # fmt: skip
RUN = st.builds(lambda piece, n: piece * n, HOSTILE, st.integers(1, 3000))
WORDS = st.sampled_from(["the", "minister", "said", "Peru", "Chile", "signed", "talks", "."])
TEXT = st.lists(st.one_of(RUN, st.text(max_size=80), WORDS), max_size=12).map(" ".join)


def encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Bytes of a text as UTF-8 (lone surrogates kept: invalid UTF-8), Latin-1 or UTF-16, or
    raw bytes."""
    return st.one_of(
        st.tuples(text, st.sampled_from(["utf-8", "latin-1", "utf-16"])).map(
            lambda t: t[0].encode(t[1], "surrogatepass" if t[1] != "latin-1" else "replace")
        ),
        st.binary(max_size=2000),
    )


STORY = encoded(TEXT)

TAGS = st.sampled_from(["p", "div", "article", "script", "style", "title", "h1", "a", "meta",
                        "table", "td", "iframe", "svg", "noscript", "br", "img"])  # fmt: skip
HTML_NODE = st.recursive(
    TEXT.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.builds(
        lambda tag, kids: f"<{tag}>{''.join(kids)}</{tag}>", TAGS, st.lists(inner, max_size=4)
    ),  # fmt: skip
    max_leaves=12,
)
HTML = encoded(
    st.builds(
        lambda head, body, broken: f"<!doctype html><html><head>{head}</head><body>{body}" + broken,
        HTML_NODE,
        HTML_NODE,
        st.sampled_from(["</body></html>", "", "<div><p>", "</html></html><html>", RUN]),
    )
    | st.text(max_size=500).map(lambda t: "<html>" + t)
)

JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),  # fmt: skip
    max_leaves=8,
)
RECORD = st.fixed_dictionaries(
    {"text": st.one_of(TEXT, JSON_VALUE)},
    optional={
        "id": JSON_VALUE, "url": st.one_of(TEXT, st.just("http://[::1")), "title": JSON_VALUE,
        "published": st.one_of(HOSTILE, TEXT, JSON_VALUE), "language": JSON_VALUE,
        "publisher": JSON_VALUE,
    },
)  # fmt: skip
JSON_LINE = st.one_of(
    RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)),
    RECORD.map(json.dumps),
    st.builds(lambda n: '{"text": "x", "a": ' + "[" * n + "]" * n + "}", st.integers(1, 100_000)),
    st.builds(lambda n: '{"text": "x", "n": ' + "9" * n + "}", st.integers(1, 6000)),
    TEXT,
)
JSONL = st.lists(JSON_LINE, min_size=1, max_size=4)

FEED_FIELD = st.one_of(TEXT, RUN, st.just("")).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;")
)
DATE = st.one_of(
    st.sampled_from(["Fri, 31 Dec 9999 12:00:00 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
                     "2024-13-45T99:00:00Z", "Tue, 05 Mar 2024 10:00:00 GMT", ""]),
    FEED_FIELD,
)  # fmt: skip
RSS_ITEM = st.builds(
    lambda title, link, date, body: f"<item><title>{title}</title><link>{link}</link>"
    f"<pubDate>{date}</pubDate><description>{body}</description></item>",
    FEED_FIELD, st.one_of(st.just("https://news.example.org/a"), FEED_FIELD), DATE, FEED_FIELD,
)  # fmt: skip
ATOM_ENTRY = st.builds(
    lambda title, date, body: f"<entry><title>{title}</title><updated>{date}</updated>"
    f"<content type='html'>{body}</content></entry>",
    FEED_FIELD, DATE, FEED_FIELD,
)  # fmt: skip
FEED = encoded(
    st.one_of(
        st.lists(RSS_ITEM, max_size=3).map(
            lambda items: '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
            + "".join(items) + "</channel></rss>"
        ),
        st.lists(ATOM_ENTRY, max_size=3).map(
            lambda es: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>F</title>" + "".join(es) + "</feed>"
        ),
        st.builds(lambda items, cut: ("<rss><channel>" + "".join(items))[:cut],
                  st.lists(RSS_ITEM, max_size=2), st.integers(0, 400)),
    )
)  # fmt: skip
