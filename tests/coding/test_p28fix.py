"""Wrong readings of session 30's held-out pages, as general classes (issue #12, branch p28fix):
an agency insert's dateline inside a page (rule mention.insert_dateline) and stopping supplies
told with a gerund ("stopped pumping gas to X"). Every sentence here is invented for the test."""

from __future__ import annotations

from communique.articles.dateline import insert_datelines, opening_dateline


def _show(found):
    return [
        (m.event_type, [p.country for p in m.actor], [p.country for p in m.recipient], m.date)
        for m in found
    ]


# a regional paper's own story, then a wire insert under its own dateline, then the story again
_LEAD = (
    "Traders cheered at the Busia border post on Tuesday night after a regional court sided "
    "with Kenya in its long quarrel with Uganda over a small island in a border lake."
)
_SEAT = (
    "The East African Court of Justice, which sits in Arusha, drew a line that follows the "
    "map Kenya has used since the 1980s and rejected the argument Uganda had put to it."
)
_INSERT = (
    "ARUSHA, June 3 (Lakes Wire) — The court's appeals division ruled by three votes to two "
    "that the boundary should follow the old colonial survey. Uganda's attorney general told "
    'reporters that his government "notes the ruling with regret".'
)
_AFTER = (
    "In Nairobi, the government welcomed the judgment. Kenya's foreign minister praised the "
    "judges and called on Uganda to join a joint commission on fishing.\n\n"
    "Uganda's government rejected the court's reasoning in a statement on Wednesday night. "
    "The island's elders urged both governments to keep the peace."
)


def test_dateline_after_two_story_paragraphs_opens_an_insert():
    text = f"{_LEAD}\n\n{_SEAT}\n\n{_INSERT}\n\n{_AFTER}"
    assert opening_dateline(text) is None
    (insert,) = insert_datelines(text)
    assert insert.place == "Arusha"
    # a standfirst is one paragraph: the dateline after it still opens the story
    standfirst = "Judges back Nairobi in island row; Kampala says it will study the ruling"
    text = f"{standfirst}\n\n{_INSERT}\n\n{_AFTER}"
    found = opening_dateline(text)
    assert found is not None and found.place == "Arusha"
    assert insert_datelines(text) == []


def test_insert_dateline_is_not_the_articles_dateline():
    from communique.articles import enrich
    from communique.model import Article

    article = Article(text=f"{_LEAD}\n\n{_SEAT}\n\n{_INSERT}\n\n{_AFTER}", id="ins")
    enrich(article)
    assert article.dateline is None and article.dateline_date is None


def test_insert_dateline_gives_no_party_to_the_page(code):
    text = f"{_LEAD}\n\n{_SEAT}\n\n{_INSERT}\n\n{_AFTER}"
    found = code(text, "2025-06-04")
    assert found, _show(found)
    assert all(
        "TZA" not in {p.country for p in m.actor} | {p.country for p in m.recipient} for m in found
    ), _show(found)


# stopping supplies told with a gerund: reduce or stop material support (CAMEO 162) or, for
# exports and sales, an embargo (163)
def test_stopped_pumping_gas_to_a_state_is_a_sanction(code):
    found = code("Algeria stopped supplying electricity to Morocco on Sunday in a row over debts.")
    cut = [m for m in found if m.event_type == "SANCTION"]
    assert cut and all(
        {p.country for p in m.actor} == {"DZA"} and {p.country for p in m.recipient} == {"MAR"}
        for m in cut
    ), _show(found)
    assert all(m.cameo.startswith("16") for m in cut), [m.cameo for m in cut]


def test_halted_supplying_power_to_a_neighbour_is_a_sanction(code):
    found = code("Uzbekistan has halted supplying electricity to Tajikistan, officials said.")
    cut = [m for m in found if m.event_type == "SANCTION"]
    assert cut and all({p.country for p in m.recipient} == {"TJK"} for m in cut), _show(found)


def test_stopped_selling_fuel_to_a_state_is_an_embargo(code):
    found = code("Turkmenistan stopped selling natural gas to Iran on Monday.")
    cut = [m for m in found if m.event_type == "SANCTION"]
    assert cut and all(
        m.cameo == "163" and {p.country for p in m.recipient} == {"IRN"} for m in cut
    ), _show(found)


# a broker arranges the noun event between others: it does not do it (actor.brokered_noun)
def test_broker_is_not_the_doer_of_the_release_it_brokered(code):
    found = code("Norway brokered the release of two Colombian soldiers held by rebels on Friday.")
    freed = [m for m in found if m.event_type == "RETREAT"]
    assert all("NOR" not in {p.country for p in m.actor} for m in freed), _show(found)
    assert any(m.event_type == "CONSULT" and m.cameo == "045" for m in found), _show(found)
