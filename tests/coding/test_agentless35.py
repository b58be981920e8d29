"""Violence, coercion and protest told with no doer (issue #11 item 3): the means named by a
passive's "by" (actor.unattributed_means), an attack noun whose own phrase names the building hit
(actor.unattributed_site), an act a report, count or record is of (actor.unattributed_recorded),
a protest a cause sets off, and a weapon that strikes "at" a place. Every text is written for
these tests; look-alikes (sport, schedules, criticism, accidental fire, acts told as none) stay
eventless."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


def _unrest(mentions) -> list:
    return [m for m in mentions if m.event_type in ("ASSAULT", "COERCE", "PROTEST")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("A grain silo was destroyed by shelling near Kherson on Friday.", "UKR"),
        ("Three minibuses parked by the depot in Luhansk were hit by mortar fire.", "UKR"),
        ("A pumping station in Gao was wrecked by artillery fire, residents said.", "MLI"),
    ],
)  # fmt: skip
def test_a_passive_attack_whose_by_names_a_weapon_is_unattributed(code, text, iso):
    m = _of_type(code(text), "ASSAULT")
    assert m.unattributed and m.actor == []
    assert "actor.unattributed_means" in m.explanation
    assert countries(m.recipient) == {iso}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("An overnight firebomb attack on a church in Belfast gutted its vestry.", "GBR"),
        ("The bombing of a school in Kharkiv drew wide condemnation.", "UKR"),
        ("Overnight, a petrol bomb attack on a synagogue in Marseille scorched its doors.", "FRA"),
    ],
)  # fmt: skip
def test_an_attack_noun_naming_the_building_hit_is_unattributed(code, text, iso):
    m = _of_type(code(text), "ASSAULT")
    assert m.unattributed and m.actor == []
    assert "actor.unattributed_site" in m.explanation
    assert countries(m.recipient) == {iso}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Widespread looting was reported across the townships of Durban overnight.", "COERCE"),
        ("A rights group recorded the detention of 80 students in Goma last month.", "COERCE"),
    ],
)  # fmt: skip
def test_an_act_a_report_or_record_is_of_is_unattributed(code, text, plover):
    m = _of_type(code(text), plover)
    assert m.unattributed and m.actor == []
    assert countries(m.recipient)


def test_a_protest_a_cause_sets_off_names_no_participants(code):
    m = _of_type(
        code("The killing of a pastor sparked rioting in the old quarter of Paris."), "PROTEST"
    )
    assert m.unattributed and m.actor == []
    assert countries(m.recipient) == {"FRA"}


def test_a_weapon_that_strikes_at_a_place_is_unattributed(code):
    m = _of_type(code("Twin blasts kill 14 at Kandahar wedding hall"), "ASSAULT")
    assert m.unattributed and countries(m.recipient) == {"AFG"}


@pytest.mark.parametrize(
    "text",
    [
        "No looting was reported in the Kenyan capital during the holiday.",
        "Police did not record any attack on the mosque in Bradford.",
        "A clash of schedules in Geneva forced the postponement of the summit.",
        "A bruising attack on the budget appeared in the Nairobi papers.",
        "The museum was damaged by fire in Paris last night.",
        "The new tax was hit by a barrage of criticism in Lagos.",
        "The paper reported a rise in burglaries of shops in Leeds.",
        "The striker's late attack on goal at the stadium in Madrid won the match.",
        "A cyberattack on a hospital in Dublin shut down its appointment software.",
        "A delivery truck slammed into a wall in Lagos.",
        "The bombing of the cathedral in 1944 is still taught in schools in Dresden.",
    ],
)
def test_look_alikes_stay_without_an_unrest_event(code, text):
    assert _unrest(code(text)) == []


def test_history_riots_without_a_doer_are_background(code):
    text = (
        "The city council in Los Angeles approved a new budget on Tuesday. "
        "The district was rebuilt after the 1992 riots in Los Angeles destroyed many shops."
    )
    assert not [m for m in _unrest(code(text)) if m.sentence == 1]


def test_a_headline_curfew_imposed_on_a_town_takes_its_nationality(code):
    m = _of_type(
        code("Curfew imposed on Ghanaian fishing port following chieftaincy dispute"), "COERCE"
    )
    assert m.unattributed and countries(m.recipient) == {"GHA"}


def test_deadly_clashes_report_casualties(code):
    m = _of_type(
        code("Schools shut early amid deadly clashes in the old town of Hebron."), "ASSAULT"
    )
    assert m.unattributed and m.actor == []


def test_a_weapon_tearing_through_a_vehicle_is_placed_by_what_it_hit(code):
    m = _of_type(
        code("A roadside bomb ripped through a lorry ferrying coal miners near Quetta."), "ASSAULT"
    )
    assert m.unattributed and countries(m.recipient) == {"PAK"}
