"""A protest or stoppage announced, called, declared or set to begin at a coming time is a
plan, and the day of its start phrase lies after publication (rule modality.announced_start,
issues #11/#12). Every text is written for these tests; 2024-03-10 is a Sunday."""

from __future__ import annotations

SUNDAY = "2024-03-10"


def _protest_like(ms):
    return [m for m in ms if m.event_type in ("PROTEST", "THREATEN")]


def test_a_strike_called_from_a_weekday_is_future_and_dated_ahead(code):
    (m,) = _protest_like(
        code("Port workers in Norland called a general strike from Wednesday.", SUNDAY)
    )
    assert m.modality == "future"
    assert m.date == "2024-03-13"
    assert "modality.announced_start" in m.explanation


def test_a_strike_announced_starting_on_a_weekday_is_future(code):
    (m,) = _protest_like(
        code(
            "The bakers' union in Ghana has announced a strike starting on Tuesday over flour prices.",
            SUNDAY,
        )
    )
    assert (m.modality, m.date) == ("future", "2024-03-12")


def test_a_boycott_declared_as_of_a_date_is_future(code):
    (m,) = _protest_like(
        code(
            "Opposition parties in Zambia have declared a boycott of the census as of 2 April.",
            SUNDAY,
        )
    )
    assert m.modality == "future"


def test_a_walkout_set_for_next_week_is_future(code):
    (m,) = _protest_like(code("Tram drivers in Freedonia set a walkout for next week.", SUNDAY))
    assert m.modality == "future"


def test_guard_a_strike_that_began_on_a_weekday_stays_done_and_past(code):
    (m,) = _protest_like(code("A strike by Norland port workers began on Wednesday.", SUNDAY))
    assert (m.modality, m.date) == ("asserted", "2024-03-06")


def test_guard_a_strike_called_last_week_that_closed_the_port_stays_done(code):
    (m,) = _protest_like(
        code("The strike called last week by Norland dockers closed the harbour.", SUNDAY)
    )
    assert m.modality == "asserted"


def test_guard_a_strike_called_off_is_no_strike_held(code):
    ms = code("Norland dockers called off the strike on Saturday.", SUNDAY)
    assert not any(m.event_type == "PROTEST" and m.modality == "asserted" for m in ms)


def test_guard_a_strike_that_entered_its_third_day_stays_done(code):
    (m,) = _protest_like(
        code("The strike by Norland dockers entered its third day on Friday.", SUNDAY)
    )
    assert m.modality == "asserted"


def test_guard_a_march_declared_illegal_is_no_plan_announced(code):
    ms = code("Police in Kenya declared the march from Friday illegal.", SUNDAY)
    assert not any("modality.announced_start" in m.explanation for m in ms)
