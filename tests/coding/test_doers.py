"""Doers told indirectly (branch doers), on invented text: the user of a weapon or craft named
with a participle on a passive's agent ("hit by shells lobbed by X"), a casualty passive with a
'when' clause that tells who caused it, "the two countries" after an event of three states,
talks 'with' one party reported by the other, and goods handed over or delivered as aid."""

from __future__ import annotations


def _states(parties) -> set[str]:
    return {p.country for p in parties if p.country}


def _events(found, kind: str):
    return [(_states(m.actor), _states(m.recipient)) for m in found if m.event_type == kind]


def test_user_of_shells_on_a_passive_agent_is_the_doer(code):
    found = code(
        "A power station was struck by mortar bombs lobbed by Moroccan troops, officials said."
    )
    hit = [m for m in found if m.event_type == "ASSAULT"]
    assert hit and _states(hit[0].actor) == {"MAR"}
    assert "actor.instrument_user" in hit[0].explanation


def test_aircraft_belonging_to_a_force_names_its_state(code):
    found = code("Two schools were bombed by planes belonging to the Chadian air force.")
    assert any(a == {"TCD"} for a, _r in _events(found, "ASSAULT"))


def test_maker_of_a_missile_is_no_doer(code):
    found = code("The bridge was hit by a missile built by a Swedish arms maker last week.")
    assert not any("SWE" in a for a, _r in _events(found, "ASSAULT"))


def test_killed_when_hit_takes_the_doer_of_the_when_clause(code):
    found = code(
        "Nine miners were killed when their truck was struck by a drone flown by Colombian "
        "soldiers near the border."
    )
    killed = [m for m in found if m.event_type == "ASSAULT" and "killed" in m.evidence.trigger]
    assert killed and _states(killed[0].actor) == {"COL"}
    assert "actor.casualty_clause" in killed[0].explanation


def test_the_two_countries_after_a_hosted_meeting_leave_out_the_host(code):
    found = code(
        "The foreign ministers of Chile and Argentina met in Lima on Monday, with Peru hosting "
        "the talks. The two countries agreed to build a rail tunnel under the Andes."
    )
    agreed = [m for m in found if m.event_type == "AGREE" and "tunnel" in m.evidence.sentence_text]
    assert agreed and _states(agreed[0].actor) == {"ARG", "CHL"}


def test_talks_with_one_party_reported_by_the_other(code):
    found = code(
        "Negotiations with Denmark over the fishing zone continued on Friday, Norwegian "
        "officials said."
    )
    assert ({"NOR"}, {"DNK"}) in _events(found, "CONSULT")


def test_talks_held_with_one_party_reported_by_the_other(code):
    found = code("Talks with Nigeria were held in Accra on Thursday, the Ghanaian government said.")
    assert ({"GHA"}, {"NGA"}) in _events(found, "CONSULT")


def test_talks_reported_by_an_economist_are_not_his_countrys(code):
    found = code("Talks with Nigeria resumed on Thursday, a British economist said.")
    assert not any("GBR" in a for a, _r in _events(found, "CONSULT"))


def test_ambulances_handed_over_are_aid(code):
    found = code("Spain handed over eight ambulances to Morocco's civil protection service.")
    assert ({"ESP"}, {"MAR"}) in _events(found, "AID")


def test_mobile_clinics_delivered_are_aid(code):
    found = code("Canada delivered three mobile clinics to Haiti on Saturday.")
    assert ({"CAN"}, {"HTI"}) in _events(found, "AID")


def test_trucks_shipped_by_a_carmaker_are_no_aid(code):
    found = code("A Korean automaker shipped 500 trucks to Egypt under a sales contract.")
    assert not _events(found, "AID")


def test_place_a_weapon_carrier_went_to_is_no_doer(code):
    found = code("A border post was shelled by gunners carrying rockets to Syria.")
    assert not any("SYR" in a for a, _r in _events(found, "ASSAULT"))


def test_the_two_neighbours_as_a_target_leave_out_the_doer(code):
    found = code(
        "Kenya offered to mediate between Uganda and Rwanda on Monday. Kenya said it was ready "
        "to host talks between the two neighbours in Mombasa."
    )
    host = [m for m in found if "Mombasa" in m.evidence.sentence_text and m.recipient]
    assert host and all(_states(m.recipient) == {"RWA", "UGA"} for m in host)
