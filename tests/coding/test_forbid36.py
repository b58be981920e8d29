"""Forbidden readings of places and figures of speech (issue #12, branch forbid36): a people
named after the state it lives in is that state's ethnic group, not the kin state's; a court
named with a city is of the city's state; a treaty "held hostage", a "broadside" fired at a
rival and a delegation "ambushed" with a veto are no violence. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest
from tests.support import in_sentence, shown


def _parties(found, side: str) -> set[str | None]:
    return {a.country for m in found for a in getattr(m, side)}


# -- mention.ethnic_compound ----------------------------------------------------------------


def test_state_adjective_before_a_people_is_that_states_group(code):
    text = "The EU froze the assets of three Bosnian Serb politicians on Thursday."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "SANCTION"]
    assert found, "no sanction coded"
    assert _parties(found, "recipient") == {"BIH"}, shown(found)
    assert "mention.ethnic_compound" in found[0].explanation


def test_state_name_before_a_people_is_that_states_group(code):
    text = "Kosovo Serb mayors walked out of the municipal councils in protest on Monday."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert _parties(found, "actor") == {"XKX"}, shown(found)


def test_plural_people_noun_after_a_state_adjective(code):
    text = "Bulgarian Turks rallied in Kardzhali on Sunday to demand mother-tongue classes."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "PROTEST"]
    assert found, "no protest coded"
    assert _parties(found, "actor") == {"BGR"}, shown(found)


def test_state_of_residence_named_last_keeps_its_reading(code):
    # guard: "Turkish Cypriot" already ends with the state the community lives in
    text = "Turkish Cypriot negotiators rejected the Greek Cypriot proposal on Friday."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert _parties(found, "actor") == {"CYP"}, shown(found)
    assert "TUR" not in _parties(found, "actor") | _parties(found, "recipient"), shown(found)


def test_hyphenated_pair_stays_two_parties(code):
    # guard: words joined by a hyphen name two parties, not one state's group
    text = "The Serbian-Albanian border talks resumed in Ohrid on Tuesday."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert {"SRB", "ALB"} <= _parties(found, "actor") | _parties(found, "recipient"), shown(found)


def test_two_nationalities_on_two_nouns_stay_apart(code):
    # guard: each noun keeps its own state when the adjectives are not side by side
    text = "Serbian police arrested two Albanian smugglers near Presevo on Monday."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "COERCE"]
    assert found, "no arrest coded"
    assert _parties(found, "actor") == {"SRB"}, shown(found)
    assert _parties(found, "recipient") == {"ALB"}, shown(found)


# -- mention.court_city ---------------------------------------------------------------------

COURT_STORY = (
    "Ghana fails to free cocoa shipment\n\n"
    "Ghana's cocoa board lost an appeal on Wednesday.\n\n"
    "A Lyon district court froze the assets of Ghana's cocoa board on Tuesday, at the request "
    "of a grain trader that says it is owed money."
)


def test_court_named_with_a_city_is_of_the_citys_state(code):
    found = in_sentence(code(COURT_STORY, "2026-03-12"), "Lyon district court")
    found = [m for m in found if m.event_type == "SANCTION"]
    assert found, "no freeze coded"
    assert _parties(found, "actor") == {"FRA"}, shown(found)
    assert "mention.court_city" in found[0].explanation


def test_international_court_city_stays_no_party(code):
    # guard: a city known for international courts names the court's seat, not a state
    text = "The Hague tribunal ordered Ghana to compensate the trader on Tuesday."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert "NLD" not in _parties(found, "actor"), shown(found)


def test_court_of_a_named_state_keeps_its_state(code):
    # guard: a court with its state's adjective is that state's, whatever the city
    text = "A Chilean court in Valparaiso froze the accounts of a Peruvian fishing firm."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "SANCTION"]
    assert found, "no freeze coded"
    assert _parties(found, "actor") == {"CHL"}, shown(found)


# -- figures of speech ------------------------------------------------------------------------


def test_treaty_held_hostage_is_no_hostage_taking(code):
    text = "Azerbaijan is holding the border treaty hostage, Georgia's foreign minister said."
    found = code(text, "2026-03-12")
    assert not [m for m in found if m.event_type == "ASSAULT"], shown(found)


def test_aid_deal_kept_hostage_is_no_hostage_taking(code):
    text = "Rebel commanders kept the fuel deal hostage for weeks to extract concessions."
    found = code(text, "2026-03-12")
    assert not [m for m in found if m.event_type == "ASSAULT"], shown(found)


def test_people_held_hostage_stay_hostage_taking(code):
    # guard: people held hostage are taken hostage (CAMEO 181)
    text = "Gunmen held nine truck drivers hostage near the Nigerien border on Friday."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "ASSAULT"]
    assert found and found[0].cameo == "181", shown(found)


def test_broadside_fired_at_a_rival_is_criticism(code):
    text = "Italy fired a broadside at Austria over its border checks on Wednesday."
    found = code(text, "2026-03-12")
    assert not [m for m in found if m.event_type == "ASSAULT"], shown(found)
    assert [m for m in found if m.event_type == "ACCUSE"], shown(found)


def test_volley_of_shots_stays_an_attack(code):
    # guard: "a volley of shots" fired at people is gunfire
    text = "Soldiers fired a volley of shots at demonstrators in Conakry on Wednesday."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "ASSAULT"]
    assert found, "the shooting was not coded"


def test_delegation_ambushed_with_a_veto_is_no_attack(code):
    text = "Poland ambushed the Swedish delegation with a last-minute veto on Thursday."
    found = code(text, "2026-03-12")
    assert not [m for m in found if m.event_type == "ASSAULT"], shown(found)


def test_convoy_ambushed_with_rifles_stays_an_attack(code):
    # guard: an ambush with weapons is violence
    text = "Militants ambushed a Nigerien army convoy with rifles and rockets near Tillaberi."
    found = [m for m in code(text, "2026-03-12") if m.event_type == "ASSAULT"]
    assert found, "the ambush was not coded"


# -- mention.place_over_guess ---------------------------------------------------------------


def _code_titled(nlp, title: str, text: str) -> list:
    """Code a story with its headline (the article's title, not part of the coded text)."""
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, title=title, published="2026-03-12", id="t"), nlp(text))


LEVY_TITLE = "China protests Chilean copper duties"
LEVY_LEAD = (
    "China's commerce ministry called the duties unfair on Monday. Beijing said it would defend "
    "its smelters.\n\n"
)


@pytest.mark.candidates(
    "checks the doer of duties whose own-state place is no target (venue38), below the threshold"
)
def test_unplaced_official_acting_in_a_story_states_city_is_its(nlp):
    text = LEVY_LEAD + "The mining minister announced the duties in Santiago on Tuesday."
    found = in_sentence(_code_titled(nlp, LEVY_TITLE, text), "mining minister")
    found = [m for m in found if m.event_type == "SANCTION"]
    assert found, "no duties coded"
    assert _parties(found, "actor") == {"CHL"}, shown(found)
    assert "mention.place_over_guess" in found[0].explanation


def test_official_placed_by_a_meeting_venue_keeps_the_guess(nlp):
    # guard: a place where a meeting is held hosts people from anywhere
    text = LEVY_LEAD + "The mining minister praised Peru at a summit in Santiago on Tuesday."
    found = in_sentence(_code_titled(nlp, LEVY_TITLE, text), "mining minister")
    found = [m for m in found if m.event_type == "SUPPORT"]
    assert found, "no praise coded"
    assert _parties(found, "actor") == {"CHN"}, shown(found)


def test_army_operating_in_a_story_state_keeps_the_guess(nlp):
    # guard: an army's operations in another state do not make it that state's army
    title = "Kenya renews Somalia deployment"
    text = (
        "Kenyan lawmakers approved a one-year renewal of the troop deployment late on "
        "Monday. Nairobi welcomed the decision.\n\nThe army will carry out "
        "operations in southern Somalia next year."
    )
    found = in_sentence(_code_titled(nlp, title, text), "The army will")
    assert found and any(_parties([m], "actor") for m in found), shown(found)
    assert all("SOM" not in _parties([m], "actor") for m in found), shown(found)


def test_place_of_speaking_keeps_the_guess(nlp):
    # guard: "told reporters in X" says where one spoke, not whose one is
    text = LEVY_LEAD + "The mining minister told reporters in Santiago that Chile was wrong."
    found = in_sentence(_code_titled(nlp, LEVY_TITLE, text), "mining minister")
    assert all("CHL" not in _parties([m], "actor") for m in found), shown(found)
