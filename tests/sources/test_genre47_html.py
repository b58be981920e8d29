"""A box headed "Reactions" on a news page (an interview, a gallery, a report) holds the official
reactions to the story: story text, not readers' comments (branch genre47). A count or a
"reader" in the heading still marks a comment thread."""

from __future__ import annotations

from communique.sources.html import html_article

_STORY = """<article><h1>Ghana and Togo reopen their border crossing</h1>
<p class="by">Kofi Mensah, ACCRA · 9 June 2025</p>
<p>Ghana and Togo reopened the Aflao crossing on Sunday after a closure of eleven days, both
interior ministries announced over state radio in Accra.</p>
<p>Traders had queued on both sides since the closure, which followed a dispute over customs
fees charged on lorries carrying cement.</p>
{box}
</article>"""


def _page(box: str) -> str:
    story = _STORY.replace("{box}", box)
    return f"<html><head><title>Border reopens</title></head><body>{story}</body></html>"


def test_a_box_headed_reactions_keeps_the_official_reactions():
    box = """<div class="box"><h3>Reactions</h3>
    <p>Burkina Faso's foreign ministry welcomed the reopening and asked both governments to
    publish the new fee schedule.</p>
    <p>The regional bloc's commission praised the two capitals for settling the quarrel.</p></div>"""
    text = html_article(_page(box)).text
    assert "welcomed the reopening" in text, text
    assert "praised the two capitals" in text, text


def test_a_reactions_box_with_a_count_or_readers_is_still_a_comment_thread():
    for heading in ("Reader reactions", "14 reactions", "Reactions (14)", "Responses (3)"):
        box = f"""<div class="box"><h3>{heading}</h3>
        <p>Accra should have kept it shut until Lome paid every cedi back, I say.</p>
        <p>Another closure next month, you will see, they never learn anything.</p></div>"""
        text = html_article(_page(box)).text
        assert "reopened the Aflao crossing" in text, (heading, text)
        assert "kept it shut" not in text, (heading, text)
