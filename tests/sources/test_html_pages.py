"""HTML pages of kinds bench/stories/pages showed read wrongly, on other invented pages: a photo
gallery whose captions are the story, a lead picture's caption, and a section label above the
headline."""

from __future__ import annotations

from communique.sources.html import html_article

_BODY = (
    "<p>Chile and Argentina sent rescue teams to Bolivia on Tuesday after floods in the Beni "
    "region left thousands of families without shelter, the Bolivian government said.</p>"
    "<p>The floods killed at least 19 people and cut the main road to the Brazilian border, "
    "according to the civil defence office in La Paz.</p>"
)

GALLERY = f"""<!DOCTYPE html><html><head><title>In pictures: Rescuers reach Bolivia's flooded towns</title>
<meta property="og:site_name" content="Example Gazette"></head>
<body><nav><a href="/">Home</a></nav><main class="gallery">
<p class="kicker">Gallery</p>
<h1>In pictures: Rescuers reach Bolivia's flooded towns</h1>
{_BODY}
<div class="slideshow"><ul class="slides">
<li class="slide"><figure><img src="1.jpg" alt=""><figcaption><span class="count">1 / 3</span>
<p>Chilean soldiers unload water pumps at Trinidad airport on Tuesday.</p>
<span class="credit">Ana Ruiz / Example Gazette</span></figcaption></figure></li>
<li class="slide"><figure><img src="2.jpg" alt=""><figcaption><span class="count">2 / 3</span>
<p>Argentina's foreign minister hands a cheque for relief to the Bolivian ambassador in Buenos Aires.</p>
<span class="credit">Luis Paz / Example Gazette</span></figcaption></figure></li>
<li class="slide"><figure><img src="3.jpg" alt=""><figcaption><span class="count">3 / 3</span>
<p>A family waits for a boat on the roof of their house in Riberalta.</p>
<span class="credit">Ana Ruiz / Example Gazette</span></figcaption></figure></li>
</ul></div></main></body></html>"""


def test_gallery_captions_are_story_text_without_counters_or_credits():
    article = html_article(GALLERY)
    text = article.text
    for caption in (
        "Chilean soldiers unload water pumps at Trinidad airport on Tuesday.",
        "Argentina's foreign minister hands a cheque for relief",
        "A family waits for a boat on the roof of their house in Riberalta.",
    ):
        assert caption in text, text
    assert "1 / 3" not in text and "3 / 3" not in text, text
    assert "Ana Ruiz" not in text and "Luis Paz" not in text, text


def test_section_label_and_repeated_headline_are_not_story_text():
    text = html_article(GALLERY).text
    assert text.startswith("Chile and Argentina sent rescue teams"), text[:200]
    assert "In pictures" not in text and not text.startswith("Gallery"), text[:200]


LEAD_PICTURE = f"""<!DOCTYPE html><html><head><title>Bolivia floods: neighbours send help</title></head>
<body><article><h1>Bolivia floods: neighbours send help</h1>
<figure class="lead"><img src="lead.jpg" alt=""><figcaption>Peruvian relief lorries cross into
Bolivia at Desaguadero on Monday. <span class="image-credit">Juan Soto/Example Pictures</span>
</figcaption></figure>
{_BODY}</article></body></html>"""


def test_a_lead_picture_keeps_its_caption_and_loses_its_credit():
    text = html_article(LEAD_PICTURE).text
    assert "Peruvian relief lorries cross into Bolivia at Desaguadero on Monday." in text, text
    assert "Juan Soto" not in text, text
    assert "Chile and Argentina sent rescue teams" in text, text


def test_a_long_first_paragraph_is_never_taken_for_a_label():
    page = LEAD_PICTURE.replace("<h1>Bolivia floods: neighbours send help</h1>", "")
    text = html_article(page).text
    assert "Chile and Argentina sent rescue teams" in text, text
