"""Page shapes found on bench/stories/pages9, tested on other invented pages: a story kept only
as a rich-text node tree (paragraph blocks split into runs at links and bold words) in a
Next.js or state-store blob."""

from __future__ import annotations

import json

from communique.sources.html import html_article

_RUNS = [
    [
        "OSLO — Norway's foreign ministry ",
        "summoned Iceland's envoy",
        " on Thursday after an "
        "Icelandic coastguard vessel boarded two Norwegian trawlers near Jan Mayen.",
    ],
    [
        "The ministry called the boarding ",
        "an unacceptable act",
        " and asked Reykjavik to return the trawlers' catch logs within a week.",
    ],
    [
        "Iceland's fisheries ministry said the trawlers had been fishing inside its zone without "
        "a licence and rejected the complaint."
    ],
]
_PARAS = ["".join(r) for r in _RUNS]
_TEASER = "The two countries signed a deal on Monday to share a cod quota in the Barents Sea."


def _contentful(runs: list[str]) -> dict:
    nodes = []
    for i, run in enumerate(runs):
        if i == 1:  # a link or a bold run in the middle of the sentence
            nodes.append(
                {
                    "nodeType": "hyperlink",
                    "data": {"uri": "/tag/x"},
                    "content": [{"nodeType": "text", "value": run, "marks": []}],
                }
            )
        else:
            nodes.append({"nodeType": "text", "value": run, "marks": [], "data": {}})
    return {"nodeType": "paragraph", "data": {}, "content": nodes}


def _portable(runs: list[str]) -> dict:
    return {
        "_type": "block",
        "style": "normal",
        "markDefs": [],
        "children": [{"_type": "span", "text": r, "marks": []} for r in runs],
    }


def _page(body: object) -> str:
    data = {
        "props": {
            "pageProps": {
                "post": {
                    "title": "Norway summons Iceland's envoy",
                    "body": body,
                    "related": [{"title": "Faroe talks stall"}],
                }
            }
        },
        "page": "/news/[slug]",
        "buildId": "x1",
    }
    return f"""<!DOCTYPE html><html><head><title>Norway summons Iceland's envoy over trawlers</title>
</head><body><div id="__next"><header><a href="/">North Sea Example</a></header>
<main><div class="skeleton">Loading article…</div></main></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>"""


def test_contentful_rich_text_paragraphs_are_read_whole():
    embedded = {
        "nodeType": "embedded-entry-block",
        "content": [],
        "data": {"target": {"fields": {"title": "Cod deal", "summary": _TEASER}}},
    }
    body = {
        "nodeType": "document",
        "data": {},
        "content": [_contentful(_RUNS[0]), embedded] + [_contentful(r) for r in _RUNS[1:]],
    }
    text = html_article(_page(body)).text
    assert text.split("\n\n")[:3] == _PARAS
    assert _TEASER not in text  # an embedded teaser of another story


def test_portable_text_blocks_are_read_whole():
    text = html_article(_page([_portable(r) for r in _RUNS])).text
    assert text.split("\n\n")[:3] == _PARAS


_DATED = """<!DOCTYPE html><html><head><title>Peru summons Chile's envoy</title></head><body>
<article><h1>Peru summons Chile's envoy</h1>
<p>Peru summoned Chile's ambassador on <time datetime="2026-05-04">Monday</time> after a naval
incident near Arica, the foreign ministry said in a statement in Lima.</p>
<p>The two navies have clashed before in the area, and officials said talks would follow soon
in Santiago between the two defence ministers.</p>
<h2>Timeline</h2>
<ol><li><time datetime="1879">1879</time> War of the Pacific begins between the two states</li>
<li><time datetime="1929">1929</time> Treaty of Lima signed by both governments</li></ol>
</article></body></html>"""


def test_a_time_element_inside_a_sentence_stays_in_it():
    text = html_article(_DATED).text
    assert "ambassador on Monday after a naval" in text


def test_a_time_element_opening_a_list_item_becomes_a_timeline_label():
    text = html_article(_DATED).text
    assert "1879 \u2013 War of the Pacific begins" in text
    assert "1929 \u2013 Treaty of Lima signed" in text
