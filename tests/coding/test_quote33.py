"""Briefing pages (rule mention.briefing_item): each numbered or bulleted item of a newsletter
is a story of its own, whose bare roles, remembered participants and assumed targets come from
the item, never from the page headline or another item. Sentences written for these tests."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article

NUMBERED = """Good morning. Three stories to start your day, from our Lisbon desk.

1. Kenya and Uganda agree on a rail link

Uganda and Kenya reached a deal on Monday to extend the railway from Nairobi to Kampala. Kenya will pay for most of the track, and Kenya's treasury said the loan talks with Kenya's banks were over.

2. Peru: row over the police budget

The interior ministry accused opposition lawmakers on Tuesday of cutting the police budget.

3. Chile and Argentina hold talks

Chile's foreign minister met her Argentine counterpart in Santiago on Wednesday.
"""

COPPER = """Good morning. Three stories to start your day, from our Lisbon desk.

1. Kenya and Uganda agree on a rail link

Uganda and Kenya reached a deal on Monday to extend the railway from Nairobi to Kampala. Kenya will pay for most of the track, and Kenya's treasury said the loan talks with Kenya's banks were over.

2. Chile raises its copper tax

Chile raised its export tax on copper on Tuesday, and Chile's mining ministry said the money would go to schools. Peru's government threatened to retaliate.

3. Norway elects a speaker

Norway's parliament elected a new speaker on Wednesday.
"""

BULLETS = """Your evening briefing.

- Kenya and Uganda agreed to extend a railway. The deal was signed in Nairobi on Monday, and Kenya's treasury will pay for most of the work on the Kenyan side.
- Peru's cabinet faces a budget row. The interior ministry accused opposition lawmakers on Tuesday of cutting the police budget.
- Chile and Argentina held talks. Their foreign ministers met in Santiago on Wednesday.
"""


def _code(nlp, text: str, title: str):
    return code_article(Article(text=text, id="t", title=title, published="2024-05-15"), nlp(text))


def _accusations(mentions):
    return [m for m in mentions if m.event_type == "ACCUSE" and "accuse" in m.evidence.trigger]


def test_bare_ministry_takes_its_items_state_not_the_most_named(nlp):
    found = _accusations(_code(nlp, NUMBERED, "Kenya's railway deal, Peru's budget row"))
    assert found, "no accusation coded"
    assert {a.country for a in found[0].actor} == {"PER"}


def test_bulleted_items_are_stories_of_their_own(nlp):
    found = _accusations(_code(nlp, BULLETS, "Kenya's railway, a row in Lima, talks in Santiago"))
    assert found, "no accusation coded"
    assert {a.country for a in found[0].actor} == {"PER"}


def test_assumed_counterpart_is_named_in_the_item(nlp):
    found = [m for m in _code(nlp, COPPER, "Rail deal, copper tax") if m.event_type == "THREATEN"]
    assert found, "no threat coded"
    assert {a.country for a in found[0].recipient} == {"CHL"}


def test_numbered_headings_make_items():
    from communique.articles.briefing import briefing_items

    starts = briefing_items(NUMBERED)
    assert [NUMBERED[s : s + 2] for s in starts] == ["1.", "2.", "3."]


def test_bullets_with_a_lead_make_items():
    from communique.articles.briefing import briefing_items

    assert len(briefing_items(BULLETS)) == 3


def test_press_release_paragraphs_are_no_items():
    from communique.articles.briefing import briefing_items

    text = (
        "1. The Ministry welcomes the agreement signed today in Geneva.\n\n"
        "2. The Ministry thanks the mediators for their work over many months.\n\n"
        "3. The Ministry will send a delegation to the next round.\n"
    )
    assert briefing_items(text) == []


def test_one_line_key_points_are_no_items():
    from communique.articles.briefing import briefing_items

    text = (
        "Key points\n\n- Kenya signs a rail deal with Uganda\n- Work starts next year\n"
        "- Kenya pays most of the cost\n\nKenya and Uganda signed a rail deal on Monday.\n"
    )
    assert briefing_items(text) == []


BRIEFS = """News in brief

Kenya and Tanzania open a border post

NAIROBI - Kenya and Tanzania opened a joint border post on Tuesday, and Kenya's trade ministry said lorries would cross in minutes. Kenya expects trade to double.

Army accuses rebels of shelling a town

BOGOTA - Rebels shelled a town in the south of the country on Monday night, killing two farmers, officials said.

Chile and Peru agree on fishing quotas

LIMA - Chile and Peru agreed on new fishing quotas for the anchovy season on Wednesday.
"""


def test_a_briefs_title_line_belongs_to_its_brief(nlp):
    found = _accusations(_code(nlp, BRIEFS, "News in brief"))
    assert found, "no accusation coded"
    assert {a.country for a in found[0].actor} == {"COL"}
