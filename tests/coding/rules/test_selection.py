"""Choosing actors and recipients (coding/selection.py): victims placed by where violence
happened, results sharing the attack's target, and the checks that keep a candidate out. Sentences are written for the project."""

from __future__ import annotations

from support import countries, top


def test_up_to_n_victims_are_the_object(code):
    m = top(code("Gunmen kidnapped up to 20 Chinese engineers near a dam on Tuesday."))
    assert m.event_type == "ASSAULT"
    assert "CHN" in countries(m.recipient)


def test_joined_nationalities_of_victims_are_all_recipients(code):
    m = top(code("Greek police beat dozens of Afghan and Syrian migrants, a rights group said."))
    assert {"AFG", "SYR"} <= countries(m.recipient)


def test_victims_without_country_are_placed_where_it_happened(code):
    m = top(code("Two Palestinian gunmen shot dead five people in Haifa on Sunday."))
    assert m.event_type == "ASSAULT"
    assert countries(m.actor) == {"PSE"}
    assert countries(m.recipient) == {"ISR"}


def test_victims_at_home_stay_the_doers_country(code):
    m = top(code("Afghan gunmen shot dead four shopkeepers in Kabul on Friday."))
    assert countries(m.recipient) == {"AFG"}


def test_killing_participle_shares_the_attacks_target(code):
    ms = code(
        "Azerbaijani units opened artillery fire on Armenian positions in the hills, killing six."
    )
    # "opened ... fire" is the sentence's event now; the killing, the same dyad, is folded into it
    assault = [m for m in ms if m.event_type == "ASSAULT"]
    assert assault and all(countries(m.recipient) == {"ARM"} for m in assault)
