"""resolve_text: short phrases without a parse."""

from __future__ import annotations

from datetime import date

import pytest

from communique.actors import resolve_text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian Foreign Minister", "RUSGOV"),
        ("the State Duma", "RUSLEG"),
        ("Federation Council", "RUSLEG"),
        ("Hungarian", "HUN"),
        ("Russian troops", "RUSMIL"),
        ("U.S. officials", "USAGOV"),
        ("the Kremlin", "RUSGOV"),
        ("Downing Street", "GBRGOV"),
        ("South Korean lawmakers", "KORLEG"),
        ("Iraqi police", "IRQCOP"),
        ("Colombian rebels", "COLREB"),
        ("Syrian refugees", "SYRREF"),
        ("Czechia", "CZE"),
        ("DPRK", "PRK"),
        ("European Commission", "EURGOV"),
        ("Human Rights Watch", "NGO"),
    ],
)
def test_phrases(text: str, code: str) -> None:
    actor = resolve_text(text)
    assert actor is not None and actor.code == code


def test_known_leader_on_date() -> None:
    actor = resolve_text("Putin", date(2018, 11, 2))
    assert actor is not None and actor.code == "RUSGOV" and actor.name == "Vladimir Putin"


def test_igo_keeps_its_name() -> None:
    imf, opec = resolve_text("IMF"), resolve_text("OPEC")
    assert imf and opec and imf.country == opec.country == "IGO"
    assert imf.name != opec.name


def test_nothing_to_resolve() -> None:
    assert resolve_text("the weather") is None
    assert resolve_text("the French government") is not None
