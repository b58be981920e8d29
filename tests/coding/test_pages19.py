"""General errors bench/stories/pages19 showed, on invented sentences: a gerund after a
preposition of sequence ("before heading to X") under a planned act is part of the plan; force
used to break up or disperse a gathering is aimed at that gathering's people."""

from __future__ import annotations

from support import countries as _countries


def _show(found):
    return [
        (
            m.event_type,
            m.cameo,
            m.modality,
            [p.code for p in m.actor],
            [p.code for p in m.recipient],
        )
        for m in found
    ]


def test_a_trip_after_before_in_a_planned_itinerary_is_still_planned(code):
    found = code(
        "Chile's president is expected to open a trade fair in Lima on Monday before "
        "travelling to Ecuador for talks."
    )
    to_ecuador = [m for m in found if "ECU" in _countries(m.recipient)]
    assert to_ecuador and all(m.modality != "asserted" for m in to_ecuador), _show(found)


def test_a_stop_on_the_way_in_a_future_tour_is_still_future(code):
    found = code(
        "Kenya's foreign minister will visit Uganda next week after travelling to Rwanda for a summit."
    )
    to_rwanda = [m for m in found if "RWA" in _countries(m.recipient)]
    assert to_rwanda and all(m.modality != "asserted" for m in to_rwanda), _show(found)


def test_a_trip_before_another_that_happened_stays_asserted(code):
    found = code(
        "Chile's president opened a trade fair in Peru on Monday before heading to Ecuador."
    )
    to_ecuador = [m for m in found if "ECU" in _countries(m.recipient)]
    assert to_ecuador and all(m.modality == "asserted" for m in to_ecuador), _show(found)


def test_batons_used_to_break_up_a_vigil_are_aimed_at_its_people(code):
    found = code(
        "Kenyan police used batons to break up a vigil by nurses outside a Mombasa clinic."
    )
    force = [m for m in found if m.event_type in ("ASSAULT", "COERCE")]
    assert force and all(_countries(m.recipient) == {"KEN"} for m in force), _show(found)


def test_tear_gas_fired_to_disperse_a_rally_is_aimed_at_its_people(code):
    found = code("Zambian riot officers fired tear gas to disperse a rally by market vendors.")
    force = [m for m in found if m.event_type in ("ASSAULT", "COERCE")]
    assert force and all(_countries(m.recipient) == {"ZMB"} for m in force), _show(found)
