"""Which country a state, province or region name means: ISO 3166-2 subdivisions before small
foreign towns of the same name, multiword names read whole before their first word is read as
a country, and the story's own countries breaking ties. Invented sentences."""

from __future__ import annotations

import pytest

from communique.coding import code_article
from communique.model import Article


@pytest.fixture(scope="module")
def code(nlp):  # noqa: ANN201
    def run(text):
        return code_article(Article(text=text, id="r", published="2024-05-10"), nlp(text))

    return run


def actor_codes(events):
    return [a.code for e in events for a in e.actor]


def test_a_us_state_beats_a_foreign_town_of_its_name(code):
    assert "USACOP" in actor_codes(code("Police in Arizona arrested two smugglers on Friday."))
    # the Bulgarian province is far smaller a country's region than the US state
    assert "USACOP" in actor_codes(code("Police in Montana detained a rancher on Friday."))


def test_a_canadian_province_beats_a_us_city_of_its_name(code):
    assert "CANCOP" in actor_codes(code("Ontario police arrested a suspect on Tuesday."))


def test_a_multiword_region_is_read_before_its_country_word(code):
    events = code("The government of British Columbia sued a logging company.")
    assert "CANGOV" in actor_codes(events)
    assert "British Columbia" in events[0].explanation
    events = code("The premier of New South Wales criticized the federal budget.")
    assert "AUSGOV" in actor_codes(events)
    # "Jersey" alone is the Crown dependency; "New Jersey" is the US state
    events = code("Officials in New Jersey criticized the new toll plan.")
    assert "USAGOV" in actor_codes(events)


def test_a_region_the_tagger_misses_is_still_placed(code):
    events = code("Police in Maharashtra arrested dozens of rioters on Sunday.")
    assert "INDCOP" in actor_codes(events)


def test_an_english_name_of_a_region_is_known(code):
    events = code("Police in Catalonia detained four activists on Monday.")
    assert "ESPCOP" in actor_codes(events)


def test_the_story_countries_break_ties_between_places_of_one_name(code):
    text = (
        "Police in Valencia arrested two football fans on Saturday. "
        "Spain's interior minister praised the officers."
    )
    assert actor_codes(code(text))[0] == "ESPCOP"
    text = (
        "Police in Salisbury arrested a delivery driver on Friday. "
        "British officials said the driver had been armed."
    )
    assert actor_codes(code(text))[0] == "GBRCOP"
    text = (
        "Police in Kent arrested a lorry driver on Friday. "
        "British officials said the lorry had been stolen."
    )
    assert actor_codes(code(text))[0] == "GBRCOP"  # the English county, not a US town


def test_a_city_named_after_a_capital_is_placed_by_its_region(code):
    events = code("Police in London, Ontario arrested a teenager on Friday.")
    assert actor_codes(events)[0] == "CANCOP"
