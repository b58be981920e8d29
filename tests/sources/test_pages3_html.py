"""Page furniture found on bench/stories/pages3, tested on other invented pages: footnote markers
and note lists of a commentary, a print view's header and footer lines, a video player's message."""

from __future__ import annotations

from communique.sources.html import html_article

_COMMENTARY = """<html><head><title>Why the river pact matters | Example Institute</title></head>
<body><nav><a href="/">Example Institute</a> <a href="/research">Research</a></nav>
<article><h1>Why the river pact matters</h1>
<p>On Monday, Ghana and Togo signed a pact in Aflao that lets cargo trucks cross at one joint
post.<sup><a href="#n1">1</a></sup> Officials on both sides expect shorter queues at the border
within weeks.</p>
<p>Benin was asked to join the joint post and said on Tuesday that it would consider the
offer.<sup><a href="#n2">2</a></sup> Traders in Lome welcomed the news and said queues had
already begun to shrink at the crossing.</p>
<p>Nigeria's trade minister criticised the pact on Wednesday, saying it would divert trucks from
Nigerian roads and ports.<sup><a href="#n3">3</a></sup></p>
<div class="endnotes"><h2>Notes</h2><ol>
<li id="n1">Ministry of Trade of Ghana, "Joint border post agreement signed", statement, 3 March 2025.</li>
<li id="n2">Government of Benin, communique of the council of ministers, 4 March 2025.</li>
<li id="n3">Nigeria expels Ghanaian traders, Example Daily, 12 May 2019.</li>
</ol></div></article></body></html>"""


def test_footnote_markers_and_notes_are_not_story_text():
    text = html_article(_COMMENTARY).text
    assert "post. Officials on both sides" in text, text
    assert "offer. Traders" in text, text
    assert "post.1" not in text and "offer.2" not in text, text
    assert "expels Ghanaian traders" not in text, text
    assert "statement, 3 March 2025" not in text, text


_PRINT = """<html><head><title>Print: Chile and Peru agree on fishing patrols</title></head>
<body class="print-view"><div class="print-head">
<p>Printed from southpacificpost.example.org on 05/06/2025 10:41</p>
<p>Print this page | Close window</p></div>
<h1>Chile and Peru agree on fishing patrols</h1>
<p>Chile and Peru agreed on Wednesday to run joint patrols against illegal fishing fleets off
their coasts, the two navies said after a meeting in Arica.</p>
<p>The patrols will begin next month and will cover waters up to 200 nautical miles from the
shore, according to a statement from the Chilean navy.</p>
<p>Fishing unions in both countries have long asked their governments to act against foreign
fleets that fish near the edge of their waters.</p>
<hr>
<p>Article URL: https://southpacificpost.example.org/region/2025/06/04/chile-peru-patrols</p>
<p>Links in this article:</p>
<p>[1] https://southpacificpost.example.org/tag/chile</p>
<p>[2] https://southpacificpost.example.org/tag/peru</p>
</body></html>"""


def test_print_view_lines_are_furniture():
    text = html_article(_PRINT).text
    assert "Chile and Peru agreed on Wednesday" in text, text
    for gone in ("Printed from", "Print this page", "Article URL", "Links in this article", "[1]"):
        assert gone not in text, (gone, text)


_VIDEO = """<html><head><title>Troops head to the border | Example TV</title></head>
<body><main><div class="player-wrap"><video controls></video>
<p class="player-msg">This video can not be played. Please update your browser or try again later.</p></div>
<h1>Troops head to the border</h1>
<p>Ecuador began moving 2,000 soldiers to its northern border on Thursday after an attack on an
army post, the defence ministry said in a statement.</p>
<p>The ministry said the troops would stay in the region until the end of the month and would
be joined by police units from the capital, Quito.</p>
<p>Officials in the border province said schools would stay open and that roads would be
checked by the army at night.</p>
</main></body></html>"""


def test_a_video_players_message_is_furniture():
    text = html_article(_VIDEO).text
    assert "Ecuador began moving 2,000 soldiers" in text, text
    assert "can not be played" not in text, text
