"""Page templates found on bench/stories/pages4, tested on other invented pages: a single-page
app whose story is only in a state store assigned in a script (``window.__INITIAL_STATE__``)."""

from __future__ import annotations

import json

from communique.sources.html import html_article

_PARAS = [
    "Uruguay lodged a formal complaint with Argentina on Thursday over dredging work on the "
    "shared river, its foreign ministry said in Montevideo.",
    "The ministry said the work had begun without the notice required by the river treaty "
    "and asked Buenos Aires to suspend it until a joint commission meets.",
    "Argentina's transport secretary said the dredging would continue because the channel "
    "was needed for grain barges.",
]

_STATE = {
    "route": {"name": "story", "path": "/americas/river-complaint"},
    "user": {"loggedIn": False},
    "story": {
        "title": "Uruguay complains to Argentina over river dredging",
        "body": [{"type": "text", "content": p} for p in _PARAS],
        "related": [{"headline": "Paraguay and Brazil review dam tariff"}],
    },
}


def _shell(script: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Uruguay complains to Argentina over river dredging</title></head>
<body><div id="app"><header><a href="/">River Plate Example Post</a><nav><a href="/americas">Americas</a>
<a href="/sport">Sport</a></nav></header><main><h1>Uruguay complains to Argentina over river dredging</h1>
<div class="placeholder"></div></main><footer>All rights reserved.</footer></div>
<script>{script}</script></body></html>"""


def test_a_story_only_in_a_window_state_store_is_read_from_it():
    article = html_article(_shell(f"window.__INITIAL_STATE__={json.dumps(_STATE)};"))
    for para in _PARAS:
        assert para in article.text
    assert "Paraguay and Brazil" not in article.text
    assert any("state store" in note for note in article.notes)


def test_other_state_store_names_and_declarations_are_read():
    for script in (
        f"var __PRELOADED_STATE__ = {json.dumps(_STATE)}",
        f"window.__NUXT__ = {json.dumps([_STATE])};",
        f"self.__APOLLO_STATE__={json.dumps(_STATE)}; console.log(1);",
    ):
        assert _PARAS[1] in html_article(_shell(script)).text


def test_a_state_store_that_is_not_json_is_left_alone():
    page = _shell("window.__INITIAL_STATE__ = {story: {body: undefined}, n: function(){}};")
    article = html_article(page)  # no error; the page's own text is what there is
    assert not any("state store" in note for note in article.notes)


def test_a_page_with_its_story_in_html_ignores_a_larger_state_store():
    # a store that also holds a section feed of other stories: more prose than the page's own
    feed = {"feed": [{"summary": p + " " + p} for p in _PARAS * 3]}
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = f"""<!DOCTYPE html><html><head><title>Uruguay complains to Argentina</title></head>
<body><article><h1>Uruguay complains to Argentina over river dredging</h1>{body}</article>
<script>window.__INITIAL_STATE__ = {json.dumps(feed)};</script></body></html>"""
    article = html_article(page)
    assert article.text.count(_PARAS[0]) == 1
    assert not any("state store" in note for note in article.notes)
