"""Doers the actor dictionaries do not list (issue #11): state organs named by a country and
what they do, armed groups' names, parties named before their noun, workers' congresses,
organisations and trusts, titled officials with no nationality, and hobby bodies that are no political actor. Invented sentences."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article


def doers(nlp, text: str) -> list[tuple[str, list[str]]]:
    events = code_article(Article(text=text, id="d", published="2024-05-06"), nlp(text))
    return [(m.event_type, [a.code for a in m.actor]) for m in events]


def test_a_countrys_state_organ_named_by_what_it_does(nlp):
    got = doers(nlp, "OSLO, May 2 - Chile's water regulation agency accused a mine of pollution.")
    assert ("ACCUSE", ["CHLGOV"]) in got
    got = doers(
        nlp, "OSLO, May 2 - The Danish consumer protection authority accused a bank of fraud."
    )
    assert ("ACCUSE", ["DNKGOV"]) in got


def test_armed_groups_names_are_rebels_not_a_states_army(nlp):
    got = doers(nlp, "LIMA, Jan 2 - The Condor Liberation Army attacked a border post.")
    assert ("ASSAULT", ["PERREB"]) in got
    got = doers(nlp, "LIMA, Jan 2 - The Northern Martyrs Battalions attacked a border post.")
    assert ("ASSAULT", ["PERREB"]) in got
    got = doers(nlp, "LIMA, Jan 2 - The Chilean Army attacked a rebel camp.")
    assert ("ASSAULT", ["CHLMIL"]) in got  # a state's army stays its military
    got = doers(nlp, "LIMA, Jan 2 - An army brigade attacked a rebel camp.")
    assert ("ASSAULT", ["PERMIL"]) in got


def test_a_known_armys_name_inside_a_longer_name_is_another_group(nlp):
    got = doers(nlp, "KAMPALA, Jan 2 - The Ankole People's Liberation Army attacked a convoy.")
    assert ("ASSAULT", ["UGAREB"]) in got  # not China's People's Liberation Army


def test_a_party_named_before_its_noun(nlp):
    got = doers(nlp, "SUVA, Jan 2 - The Blue Lagoon Renewal party accused the mayor of fraud.")
    assert ("ACCUSE", ["FJIPTY"]) in got
    got = doers(nlp, "SUVA, Jan 2 - The Island Farmers Movement party accused the mayor of fraud.")
    assert ("ACCUSE", ["FJIPTY"]) in got


def test_a_labour_congress_is_a_workers_body_not_a_legislature(nlp):
    got = doers(
        nlp, "LUSAKA, Jan 2 - The Zambia Labour Congress accused the copper companies of theft."
    )
    assert ("ACCUSE", ["ZMBLAB"]) in got


def test_organisations_and_trusts_by_their_head(nlp):
    got = doers(
        nlp, "ACCRA, Jan 2 - The Ghanaian Prison Reform Organisation accused guards of abuse."
    )
    assert ("ACCUSE", ["GHANGO"]) in got
    got = doers(
        nlp, "ACCRA, Jan 2 - The Coastal Widows Relief Trust accused the ministry of neglect."
    )
    assert ("ACCUSE", ["GHANGO"]) in got


def test_a_title_with_no_country_in_a_lead_is_the_datelines_office_holder(nlp):
    got = doers(nlp, "QUITO, Oct 9 - Defence Minister Rosa Quispe accused Chile of spying.")
    assert ("ACCUSE", ["ECUMIL"]) in got  # not Chile's minister


def test_hobby_and_sport_bodies_code_nothing(nlp):
    assert doers(nlp, "The Lakeside Darts Association suspended its treasurer for a season.") == []
    assert doers(nlp, "The Guild of Amateur Astronomers banned lasers at its meetings.") == []


def test_a_regions_own_government_is_placed_as_the_states(nlp):
    got = doers(nlp, "MADRID, May 2 - The Galician regional parliament condemned the fire.")
    assert ("ACCUSE", ["ESPLEG"]) in got  # the region's adjective names no community


def test_a_business_named_after_its_trade_and_nationality(nlp):
    got = doers(nlp, "The Thai carmaker Sakda Motors accused Japan of dumping steel.")
    assert any(t == "ACCUSE" and "THABUS" in a for t, a in got)


def test_a_legislative_chambers_committee_is_the_legislature(nlp):
    got = doers(nlp, "LONDON, Oct 9 - The Lords trade committee accused ministers of hiding costs.")
    assert ("ACCUSE", ["GBRLEG"]) in got
    got = doers(
        nlp, "WASHINGTON, Oct 9 - The Senate Ethics Committee accused the senator of lying."
    )
    assert ("ACCUSE", ["USALEG"]) in got
