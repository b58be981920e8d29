"""Page templates found on bench/stories/pages5, tested on other invented pages: a live page
whose posts are only in a JSON data island (``<script type="application/json">``)."""

from __future__ import annotations

import json

from communique.sources.html import html_article

_POSTS = [
    "Chile's foreign ministry summoned Peru's ambassador on Friday to complain about the "
    "detention of four Chilean fishermen off Arica.",
    "Peruvian navy officers boarded the fishing boat at dawn and took it to the port of Ilo, "
    "the crew's union said in a statement.",
    "Lima said the boat had been fishing without a licence inside Peruvian waters and that "
    "the men would appear before a judge on Saturday.",
]

_DATA = {
    "liveId": "arica-boat",
    "status": "live",
    "summary": ["Chile summons Peru's ambassador", "Four fishermen held in Ilo"],
    "posts": [
        {"id": f"u{i}", "time": f"2026-02-13T1{i}:00:00-03:00", "headline": "Update",
         "body": f"<p>{p}</p>"}
        for i, p in enumerate(_POSTS)
    ],
    "related": [{"headline": "Bolivia and Paraguay open new river port"}],
}  # fmt: skip


def _live_shell(island: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Live: Chile and Peru row over fishing boat</title>
</head><body><header><a href="/">Pacific Coast Example Daily</a><nav><a href="/news">News</a>
<a href="/sport">Sport</a></nav></header><main><span class="badge">LIVE</span>
<h1>Live: Chile and Peru row over fishing boat</h1><div id="live"><p>Loading updates&hellip;</p>
<noscript>Turn on JavaScript to follow this page.</noscript></div>{island}</main>
<footer>All rights reserved.</footer></body></html>"""


def test_live_posts_only_in_a_json_data_island_are_read_from_it():
    island = f'<script id="posts" type="application/json">{json.dumps(_DATA)}</script>'
    article = html_article(_live_shell(island))
    for post in _POSTS:
        assert post in article.text
    assert "Bolivia and Paraguay" not in article.text
    assert any("state store" in note for note in article.notes)


def test_a_json_island_beside_a_real_story_is_not_read():
    body = "".join(f"<p>{p}</p>" for p in _POSTS)
    other = {"posts": [{"body": "Ecuador expelled two Colombian diplomats on Tuesday after a "
                                "dispute over a prison escape near the border."}]}  # fmt: skip
    page = _live_shell(f'<article>{body}</article><script type="application/json">'
                       f"{json.dumps(other)}</script>")  # fmt: skip
    article = html_article(page)
    assert _POSTS[0] in article.text
    assert "Ecuador" not in article.text
