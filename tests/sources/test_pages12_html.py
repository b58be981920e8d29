"""Page shapes found on bench/stories/pages12, tested on other invented pages: an e-paper text
view whose paragraphs are hard-wrapped with ``<br>`` and hyphenated at line ends, its jump lines
and briefs pointing to other pages; a notes list under a bare "Sources" heading; a portal's
"More for You" cards."""

from __future__ import annotations

from communique.articles.furniture_html import join_wrapped
from communique.sources.html import html_article

_EPAPER = """<html><head><title>Text view - The Lakeside Herald - Page 1</title></head><body>
<p class="note">Text view of page 1.</p>
<div class="pg">
<p>ACCRA — Ghana's foreign min-<br>istry on Tuesday summoned the<br>Togolese ambassador over a<br>Togo-<br>led raid on a fishing village<br>near the border, officials said.</p>
<p>Lome did not comment on the<br>summons. Ghana's parliament is<br>expected to debate the raid on<br>Friday, the Speaker said.</p>
<p>» Continued on page 4, col. 2</p>
<p>Cocoa farmers march in Kumasi<br>Hundreds of farmers walked to the<br>regional office to ask for higher<br>prices on Monday. Page 6</p>
</div>
<div class="pg"><p>RAID — Continued from page 1</p>
<p>The opposition called for an in-<br>quiry into the raid.</p></div>
</body></html>"""


def test_hard_wrapped_paragraphs_are_rejoined_and_dehyphenated():
    text = html_article(_EPAPER).text
    assert "Ghana's foreign ministry on Tuesday summoned the Togolese ambassador" in text, text
    assert "over a Togo-led raid" in text, text
    assert "Lome did not comment on the summons. Ghana's parliament" in text, text
    assert "an inquiry into the raid" in text, text


def test_jump_lines_and_briefs_pointing_to_other_pages_are_furniture():
    text = html_article(_EPAPER).text
    assert "Continued" not in text, text
    assert "Cocoa farmers" not in text and "Page 6" not in text, text


def test_lines_of_a_list_are_not_joined():
    page = """<html><head><title>Contacts</title></head><body><article><h1>Contacts</h1>
    <p>Ghana and Togo agreed on Monday to reopen the Aflao crossing to trucks from next week,
    the two trade ministries said in a joint statement after talks in Lome.</p>
    <p>Press office<br>Ministry of Trade<br>Accra<br>Ghana</p></article></body></html>"""
    text = html_article(page).text
    assert "Press office Ministry of Trade" not in text, text


def test_join_wrapped_keeps_compound_hyphens():
    assert join_wrapped(["a Saudi-", "led coalition"]) == "a Saudi-led coalition"
    assert join_wrapped(["the gov-", "ernment said"]) == "the government said"
    assert join_wrapped(["talks with", "Mexico"]) == "talks with Mexico"


_NOTES = """<html><head><title>A bridge too slow | Example Forum</title></head><body><article>
<h1>A bridge too slow</h1>
<p>Zambia and Botswana opened the Kazungula bridge to trucks on Monday after a month of delays,
and both governments promised to cut the queues at the joint border post within weeks.</p>
<p>Namibia said on Tuesday it would ask to join the joint post, and traders in Katima Mulilo
welcomed the plan in statements to local radio.</p>
<p>The delays cost hauliers millions, and the governments blamed each other's customs staff for
them in the first weeks of the dispute over the bridge.</p>
<h3>Sources</h3>
<ol><li>Zambia expelled Botswana's customs attache, statement of 3 May 2019.</li>
<li>Ministry of Works of Botswana, press release, 2 June 2025.</li></ol>
<p>The author is a fellow at Example Forum.</p>
</article></body></html>"""


def test_a_list_under_a_sources_heading_is_not_story_text():
    text = html_article(_NOTES).text
    assert "Namibia said on Tuesday" in text, text
    assert "customs attache" not in text and "press release, 2 June" not in text, text


_PORTAL = """<html><head><title>Oman hosts talks | Start Portal</title></head><body>
<div class="provider">Provided by Example Gulf News</div>
<div class="article"><h1>Oman hosts talks</h1>
<p>Oman hosted talks between Iranian and Saudi officials in Muscat on Sunday, the Omani foreign
ministry said, the third such meeting this year.</p>
<p>Both delegations described the talks as useful and agreed to meet again in the autumn, the
ministry said in a statement after the meeting.</p></div>
<section class="more-for-you"><h3>More for You</h3>
<div class="card"><p>Kuwait Times · 2h</p><p>Qatar and Bahrain restore flights</p>
<p>The two governments agreed on Saturday to resume direct flights next month.</p></div>
</section></body></html>"""


def test_more_for_you_cards_are_not_story_text():
    text = html_article(_PORTAL).text
    assert "Oman hosted talks" in text, text
    assert "Bahrain" not in text, text
