"""Page shapes found on bench/stories/pages8, tested on other invented pages: a mailing-list
archive whose story is one hard-wrapped ``<pre>`` block, with the list's subject tag in the
page title, a quoted earlier message and a signature."""

from __future__ import annotations

from communique.sources.html import html_article

_PRE = """PACIFIC LIST BULLETIN

APIA, Feb 3 -- Samoa and Tonga signed a fisheries patrol
agreement in Apia on Monday after two days of talks between
their fisheries ministers, officials from both sides said.

Under the deal, patrol boats from either country may follow
illegal trawlers into the other's waters, the Tongan minister
Sione Vaipulu told reporters after the ceremony.

--
Posted by the bulletin team. Replies go to the list.

&gt; Earlier, Fiji recalled its envoy from Vanuatu over a
&gt; visa dispute, a ministry spokesman said.
"""

_PAGE = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD>
<TITLE> [pacific-list] Samoa and Tonga sign fisheries patrol deal </TITLE></HEAD>
<BODY><H1>[pacific-list] Samoa and Tonga sign fisheries patrol deal</H1>
<B>Bulletin Desk</B> <I>Mon Feb 3 10:12:40 WST 2025</I><HR>
<PRE>{_PRE}</PRE><HR><a href="listinfo.html">More about the list</a></BODY></HTML>"""


def test_hard_wrapped_pre_story_becomes_paragraphs() -> None:
    art = html_article(_PAGE)
    paras = art.text.split("\n\n")
    assert any(p.startswith("APIA, Feb 3 -- Samoa and Tonga signed") for p in paras)
    assert (
        "signed a fisheries patrol agreement in Apia on Monday after two days of talks" in art.text
    )
    assert "Vaipulu told reporters after the ceremony." in art.text


def test_quoted_message_and_signature_dropped() -> None:
    art = html_article(_PAGE)
    assert "Fiji" not in art.text
    assert "bulletin team" not in art.text


def test_list_subject_tag_left_out_of_title() -> None:
    assert html_article(_PAGE).title == "Samoa and Tonga sign fisheries patrol deal"


def test_pre_code_and_tables_left_alone() -> None:
    table = "Party      Seats   Votes\nGreen      12      40,100\nLabour     9       31,000\n" * 2
    page = (
        "<html><head><title>Results</title></head><body><h1>Results</h1><p>The count in the "
        "northern district ended on Sunday night with the Greens ahead of Labour by three "
        f"seats, officials said.</p><pre>{table}</pre></body></html>"
    )
    assert "Green      12" in html_article(page).text or "Green 12" in html_article(page).text
