"""Withdrawing goods from sale, the market or the shelves takes a product off the market; it is
no retreat from a conflict (triggers.tsv withdraw from:sale|from:market ..., branch
offtopic38). Withdrawing troops stays a retreat. Invented stories."""

from __future__ import annotations


def _retreats(found):
    return [m for m in found if m.event_type == "RETREAT"]


def test_a_ministry_withdrawing_a_syrup_from_the_market_is_no_retreat(code):
    found = code(
        "Japan's health ministry withdrew a children's cough syrup from the market on Monday "
        "after tests found a solvent in two batches."
    )
    assert _retreats(found) == []


def test_a_state_firm_withdrawing_stamps_from_sale_is_no_retreat(code):
    found = code("Chile's postal service withdrew a misprinted stamp from sale in Santiago.")
    assert _retreats(found) == []


def test_withdrawing_troops_is_still_a_retreat(code):
    found = code("Russia withdrew its troops from the border with Georgia on Monday.")
    assert any(m.cameo.startswith("087") for m in _retreats(found))
