"""A live blog whose entry stamps are ``<time>`` elements (which the extractor drops) keeps the
stamps as the opening words of each entry, so the live-blog rule (``date.story_reference``)
sees where each entry starts. Invented pages."""

from __future__ import annotations

from communique.coding.story_days import live_entries
from communique.sources.html import html_article


def _entry(stamp: str, clock: str, head: str, body: str) -> str:
    return (
        f'<div class="post"><p class="stamp"><time datetime="2026-03-04T{stamp}:00+01:00">'
        f"{clock}</time></p><h3>{head}</h3><p>{body}</p></div>"
    )


LIVE = f"""<!DOCTYPE html><html><head><title>Moldova election protests: live updates</title>
</head><body><article><h1>Moldova election protests: live updates</h1>
<p class="dateline"><time datetime="2026-03-04T18:10:00+01:00">Wed 4 Mar 2026 18.10 CET</time></p>
{
    _entry(
        "18:10",
        "18.10 CET",
        "Romania offers observers",
        "Romania's foreign minister said Bucharest was ready to send election observers to "
        "Chisinau if the Moldovan government asked for them.",
    )
}
{
    _entry(
        "15:25",
        "15.25 CET",
        "Police detain organisers",
        "Police detained six organisers of the protest outside the government building, a "
        "lawyer for the group told reporters in the Moldovan capital.",
    )
}
{
    _entry(
        "09:40",
        "09.40 CET",
        "What happened on Monday",
        "Thousands marched through Chisinau on Monday after the electoral commission "
        "rejected a recount of the disputed vote in two northern districts.",
    )
}
</article></body></html>"""


def test_time_element_stamps_open_the_entries_of_a_live_blog():
    text = html_article(LIVE).text
    assert "18.10 CET \u2014 Romania offers observers" in text
    assert "09.40 CET \u2014 What happened on Monday" in text
    assert "Wed 4 Mar 2026" not in text  # the page's own date line is no entry stamp
    assert len(live_entries(text)) == 3


def test_a_single_clock_time_on_a_story_page_is_no_live_blog():
    page = LIVE.split('<div class="post">', 2)
    single = page[0] + '<div class="post">' + page[1] + "</article></body></html>"
    text = html_article(single).text
    assert "\u2014 Romania offers observers" not in text
    assert live_entries(text) == []
