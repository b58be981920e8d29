"""General errors bench/stories/pages20 showed, on invented stories: a dateline from a third
capital that opens the body after a page's standfirst and photo caption is the story's dateline
(blanked, and the lead after it decides whose the bare titles are); a neighbour whose capital is
the dateline and who only reacts far down the story does not take the lead's bare titles."""

from __future__ import annotations

import pytest

from communique.articles.dateline import opening_dateline
from support import shown_codes as _show

STANDFIRST = (
    "Regional leaders appeal for calm as the count is contested; the ruling party says the vote "
    "was free, fair and peaceful in every district"
)
CAPTION = "Riot police patrol a market on Monday evening. (Wire Photo/Jane Phiri)"
LEAD = (
    "HARARE — Malawi's main opposition leader rejected the official result of the "
    "presidential vote on Monday, hours after the electoral commission declared the "
    "president re-elected."
)


def test_dateline_after_standfirst_and_caption_opens_the_story():
    found = opening_dateline(f"{STANDFIRST}\n\n{CAPTION}\n\n{LEAD}")
    assert found is not None and found.place == "Harare"


def test_dateline_after_a_long_first_paragraph_is_not_the_opening_one():
    body = " ".join([STANDFIRST + "."] * 5)
    assert opening_dateline(f"{body}\n\n{LEAD}") is None


def test_lead_after_standfirst_and_caption_places_bare_titles():
    from communique.articles import enrich
    from communique.model import Article
    from communique.pipeline import code_articles

    text = (
        f"{STANDFIRST}\n\n{CAPTION}\n\n{LEAD}\n\nPolice arrested 40 people overnight, the "
        "government said.\n\nFrance called on the authorities to publish the results of "
        "every polling station."
    )
    article = Article(text=text, id="p20", published="2025-05-07")
    enrich(article)
    (coded,) = code_articles([article], topic_gate=False)
    found = coded.mentions
    arrests = [m for m in found if m.event_type == "COERCE"]
    appeal = [
        m for m in found if m.event_type == "REQUEST" and "FRA" in {p.country for p in m.actor}
    ]
    assert arrests and all({p.country for p in m.actor} == {"MWI"} for m in arrests), _show(found)
    assert appeal and all({p.country for p in m.recipient} == {"MWI"} for m in appeal), _show(found)


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_a_neighbour_reacting_far_down_does_not_take_the_leads_titles(code):
    text = (
        "ACCRA, May 6 (Wire) — Soldiers from an elite Togolese army unit seized their "
        "barracks on Tuesday and demanded that the president step down.\n\n"
        "The president said he would not resign. The army chief condemned the soldiers.\n\n"
        "The regional bloc condemned the mutiny.\n\nThe United Nations called for calm.\n\n"
        "Shops in the capital stayed shut. Flights were cancelled.\n\n"
        "Ghana's foreign minister said Accra was ready to help."
    )
    found = code(text, "2025-05-07")
    refusal = [m for m in found if m.event_type == "REJECT"]
    demand = [
        m for m in found if m.event_type == "REQUEST" and m.evidence.trigger.startswith("demanded")
    ]
    assert refusal and all({p.country for p in m.actor} == {"TGO"} for m in refusal), _show(found)
    assert demand and all({p.country for p in m.recipient} == {"TGO"} for m in demand), _show(found)
