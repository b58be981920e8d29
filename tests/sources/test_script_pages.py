"""Pages whose story is only in script data (a Next.js shell, JSON-LD ``articleBody``), found on
bench/stories/pages2, tested on other invented pages."""

from __future__ import annotations

import json

from communique.sources.html import html_article

_PARAS = [
    "Peru and Ecuador agreed on Friday to reopen two border crossings closed since March, the "
    "two foreign ministries said after talks in the city of Tumbes.",
    "Peru's foreign minister said the crossings would reopen to trucks next week and to "
    "travellers from the first of the month.",
    "Ecuador will send forty customs officers to the crossings, its interior ministry said.",
]

_NEXT = {
    "props": {
        "pageProps": {
            "story": {
                "headline": "Peru and Ecuador agree to reopen border crossings",
                "blocks": [{"kind": "text", "value": p} for p in _PARAS],
                "related": [{"title": "Bolivia and Chile hold talks on water rights"}],
                "promo": {"text": "Sign up for our morning briefing on Latin America."},
            }
        }
    },
    "page": "/world/[slug]",
    "buildId": "abc123",
}

NEXT_SHELL = f"""<!DOCTYPE html><html><head><title>Peru and Ecuador agree to reopen border crossings</title>
<script src="/_next/static/chunks/main.js" defer></script></head>
<body><div id="__next"><header><a href="/">Andes Example Daily</a><nav><a href="/world">World</a>
<a href="/sport">Sport</a></nav></header><main><div class="skeleton">Loading…</div></main>
<noscript>Please enable JavaScript to read this article.</noscript></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(_NEXT)}</script></body></html>"""


def test_a_story_only_in_next_data_is_read_from_it():
    text = html_article(NEXT_SHELL).text
    for para in _PARAS:
        assert para in text
    assert "Bolivia and Chile" not in text  # a related headline beside the body
    assert "Loading" not in text


def test_json_ld_article_body_keeps_its_paragraphs():
    ld = {
        "@type": "NewsArticle",
        "headline": "Peru and Ecuador agree",
        "articleBody": "\n\n".join(_PARAS),
    }
    page = f"""<!DOCTYPE html><html><head><title>Peru and Ecuador agree to reopen border crossings</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><div id="app"><header><a href="/">Andes Example Daily</a></header><div class="spinner"></div></div></body></html>"""
    text = html_article(page).text
    assert text.split("\n\n")[:3] == _PARAS


def test_a_page_with_its_story_in_html_keeps_the_extracted_text():
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    ld = {"@type": "NewsArticle", "description": "Crossings to reopen."}
    page = f"""<!DOCTYPE html><html><head><title>Peru and Ecuador agree to reopen border crossings</title>
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><article><h1>Peru and Ecuador agree to reopen border crossings</h1>{body}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Bolivia and Chile hold talks on water rights</a></li></ul></aside>
</body></html>"""
    article = html_article(page)
    assert _PARAS[0] in article.text
    assert not any("script data" in note for note in article.notes)
