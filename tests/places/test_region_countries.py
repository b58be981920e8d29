"""Region names (ISO 3166-2 via pycountry, and English exonyms) and the country a place name
most likely means."""

from __future__ import annotations

import communique.actors  # noqa: F401  (the actors' lexicon before the gazetteer)
from communique.places.gazetteer import place_country, region_countries


def test_region_names_in_their_english_and_unaccented_forms():
    assert region_countries("Tamil Nadu") == {"IND"}
    assert region_countries("Catalonia") == {"ESP"}
    assert region_countries("Bavaria") == {"DEU"}
    assert region_countries("Guangdong") == {"CHN"}  # ISO's "Guangdong Sheng"
    assert region_countries("Xinjiang") == {"CHN"}  # ISO's "Xinjiang Uygur Zizhiqu"


def test_a_region_beats_small_foreign_towns_of_its_name():
    assert place_country("Arizona") == "USA"
    assert place_country("Victoria") == "AUS"  # not an old name of Hong Kong
    assert place_country("Toledo") == "ESP"  # Spain's province, not Belize's district


def test_a_region_shared_by_two_large_countries_stays_open_unless_the_story_says():
    assert place_country("Punjab") is None
    assert place_country("Punjab", frozenset({"PAK"})) == "PAK"
    assert place_country("Cordoba", frozenset({"ESP"})) == "ESP"


def test_a_large_city_still_beats_a_region_of_its_name():
    assert place_country("Lagos") == "NGA"
    assert place_country("Paris") == "FRA"


def test_event_location_reads_a_region_whole_and_before_a_foreign_town(nlp):
    from communique.places import event_location

    doc = nlp("Police arrested two smugglers in Arizona on Friday.")
    loc = event_location(next(doc.sents), doc, None, set())
    assert loc is not None and loc.country == "USA"
    doc = nlp("Protesters marched in New South Wales on Sunday.")
    loc = event_location(next(doc.sents), doc, None, set())
    assert loc is not None and loc.country == "AUS" and loc.name == "New South Wales"


def test_a_dateline_or_opening_place_that_is_a_region():
    from communique.actors import country_of_place

    assert country_of_place("Montana") == "USA"
    assert country_of_place("Ontario") == "CAN"
    assert country_of_place("Moscow") == "RUS"
