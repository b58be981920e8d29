"""Page shapes found on bench/stories/pages14, tested on other invented pages: a readers'
comment thread whose box the extractor's own comment filter does not know ("Reader responses
(12)", class "talkback")."""

from __future__ import annotations

from communique.sources.html import html_article

_STORY = """<div class="article-wrap"><h1>Chile recalls envoy from Caracas</h1>
<p class="by">Marta Rojas, SANTIAGO · 3 March 2025 · 12 reader responses</p>
<div class="story-text">
<p>Chile recalled its ambassador from Venezuela on Monday after the detention of two Chilean
journalists in Caracas, the foreign ministry said in Santiago.</p>
<p>Venezuela's government said the two had entered the country without press visas and would be
deported this week. Its foreign minister called the recall an overreaction.</p>
<p>The journalists, who work for a Valparaiso radio station, were held at the airport on Friday
while covering a trade fair, their employer said in a statement on Sunday.</p>
<p>Argentina's foreign ministry said it was following the case and urged both governments to
settle the matter through their consulates.</p>
<p>The two countries restored full relations in 2022 after a break of four years.</p>
</div></div>"""


def _page(thread: str) -> str:
    return (
        f"<html><head><title>Chile recalls envoy</title></head><body>{_STORY}{thread}</body></html>"
    )


def test_a_reader_responses_box_is_no_story_text():
    thread = """<div class="reader-responses"><h3>Reader responses (12)</h3>
    <p class="rules">Responses are moderated. Keep it civil.</p>
    <div class="resp"><b>Pedro M.</b> <span>2 hours ago</span>
    <p>Santiago should expel their whole embassy and cut trade with Caracas tomorrow.</p></div>
    <div class="resp"><b>ana_v</b> <span>1 hour ago</span>
    <p>Venezuela will punish us for this, mark my words, they attacked our fishermen before.</p></div>
    <div class="resp"><b>Jorge from Temuco</b> <span>1 hour ago</span>
    <p>The minister should resign. She signed nothing when she had the chance last year.</p></div>
    <div class="resp"><b>Luisa</b> <span>40 minutes ago</span>
    <p>Peru and Bolivia should recall their envoys too and show some spine for once.</p></div>
    </div>"""
    text = html_article(_page(thread)).text
    assert "recalled its ambassador" in text, text
    assert "expel their whole embassy" not in text and "punish us" not in text, text


def test_a_box_headed_comments_with_a_count_is_no_story_text():
    thread = """<section class="talk-box"><h4>Comments (4)</h4>
    <div><p>The army should arrest them all, I say, and close the border with Venezuela now.</p></div>
    <div><p>Peru sanctioned them last year and nothing changed, so why would this work?</p></div>
    <div><p>Caracas will expel our diplomats next week, you will see, they always answer.</p></div>
    <div><p>Our government protested twice before and got nothing at all in return.</p></div>
    </section>"""
    text = html_article(_page(thread)).text
    assert "deported this week" in text, text
    assert "arrest them all" not in text and "sanctioned them last year" not in text, text
