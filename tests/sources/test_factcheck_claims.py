"""Boxes of a page that are not story text: a fact-check page's claim box (a bare claim sentence under "Claim", a "Rating: False" line)
is the claim under review, not story text: it leaves the text before coding, while the checker's
own account of what happened stays. Invented pages and lines."""

from __future__ import annotations

from communique.articles.furniture import strip_furniture
from communique.sources.html import html_article

_CLAIM = "Peruvian soldiers entered Ecuador on Sunday and burned a customs office near Huaquillas."

FACTCHECK = f"""<!DOCTYPE html><html><head><title>No, Peruvian soldiers did not enter Ecuador</title>
</head><body><article>
<h1>No, Peruvian soldiers did not enter Ecuador</h1>
<section class="fc-claim-review">
<p class="label">Claim</p>
<p>{_CLAIM}</p>
<p class="label">Rating: <b>False</b></p>
</section>
<p>A photograph circulating on Facebook since Monday shows a burning building that posts
describe as an Ecuadorian customs office attacked by Peruvian troops.</p>
<p>The picture was taken in 2019 during a warehouse fire in Guayaquil, the city's fire service
told Example Checks on Tuesday. Ecuador's defence ministry said on Monday that no incident had
been reported at the border.</p>
<p>Peru's foreign ministry on Tuesday called the posts a deliberate attempt to damage relations
between the two countries.</p>
</article></body></html>"""


def test_the_claim_box_of_a_fact_check_page_is_not_story_text():
    article = html_article(FACTCHECK)
    assert "burned a customs office" not in article.text
    assert "Rating" not in article.text
    assert "warehouse fire in Guayaquil" in article.text
    assert "Peru's foreign ministry" in article.text
    assert any("[claim]" in note for note in article.notes)


def test_labelled_claim_and_rating_lines_leave_a_text_story():
    text = "\n\n".join(
        [
            f"Claim: {_CLAIM}",
            "Rating: False",
            "The photograph was taken in 2019 during a warehouse fire in Guayaquil.",
        ]
    )
    kept, removed = strip_furniture(text)
    assert "customs office" not in kept
    assert "Rating" not in kept
    assert "warehouse fire" in kept
    assert [r.kind for r in removed] == ["claim", "claim"]


def test_a_paragraph_that_only_mentions_a_claim_stays():
    text = (
        "The claim that Peruvian soldiers entered Ecuador was false, the ministry said: "
        "no incident had been reported."
    )
    kept, _ = strip_furniture(text)
    assert kept == text


SPONSORED = """<!DOCTYPE html><html><head><title>Ghana and Togo reopen border posts</title></head>
<body><article><h1>Ghana and Togo reopen border posts</h1>
<p>Ghana and Togo reopened three border posts on Tuesday after a two-week closure over a
smuggling dispute, the interior ministries of both countries said in a joint statement.</p>
<div class="box advertorial"><p class="label">Advertisement</p>
<p>Coastline Air now flies from Accra to Lome twice daily. Book your seat before Friday.</p></div>
<p>Traders at the Aflao crossing welcomed the decision, saying the closure had cost them weeks
of income.</p>
<p>The two governments closed the crossings on 3 March, accusing each other of failing to stop
the smuggling of fuel and cocoa. Ministers from both sides met in Accra last week to settle the
dispute and agreed to set up joint patrols along the border.</p>
<p>Customs officers on both sides will now share records of goods crossing the border each day,
the statement said, and a joint committee will meet every month to review the arrangement.</p>
<div id="partner-content"><p>Partner content</p>
<p>Westbank helps Ghanaian exporters reach markets in Nigeria and Benin with new credit lines.</p>
</div>
</article></body></html>"""


def test_advertising_and_sponsored_boxes_are_not_story_text():
    article = html_article(SPONSORED)
    assert "reopened three border posts" in article.text
    assert "Traders at the Aflao crossing" in article.text
    assert "Coastline Air" not in article.text
    assert "Westbank" not in article.text
