"""A capitalised day word inside a name ("the New Tomorrow Party", "Tomorrow Together") dates
nothing: the act keeps its own day (coding/dates.py, _in_name). Invented stories."""

from __future__ import annotations


def test_party_named_tomorrow_does_not_make_its_act_future(code):
    text = "The New Tomorrow Party accused the Freedonian government of rigging the count."
    (m,) = [m for m in code(text, "2026-05-04") if m.evidence.trigger == "accused"]
    assert m.date == "2026-05-04"
    assert m.modality != "future"


def test_opposition_movement_named_tomorrow_keeps_its_act_current(code):
    text = "Opposition movement Tomorrow Together condemned the arrest of its Freedonian leader."
    (m,) = [m for m in code(text, "2026-05-04") if m.evidence.trigger == "condemned"]
    assert m.date == "2026-05-04"
    assert m.modality != "future"


def test_day_word_still_dates_acts_when_it_is_a_day(code):
    text = "Tomorrow, Freedonian ministers will meet Ruritanian envoys in the capital."
    dates = {m.date for m in code(text, "2026-05-04")}
    assert dates == {"2026-05-05"}
