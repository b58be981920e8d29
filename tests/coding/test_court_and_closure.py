"""Taking another party to court (CAMEO 115, ACCUSE) and ordering the closure of its embassy or
of a border (CAMEO 161 SANCTION, 172 COERCE, as the verb 'close'). Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "actor", "recipient"),
    [
        (
            "Ecuador took Colombia to the International Court of Justice over the spraying of "
            "herbicides.",
            "ACCUSE", "115", "ECU", "COL",
        ),
        ("Ghana took Togo to court over the border dispute.", "ACCUSE", "115", "GHA", "TGO"),
        ("Australia took China to the WTO over barley tariffs.", "ACCUSE", "115", "AUS", "CHN"),
        (
            "Estonia ordered the closure of the Russian consulate in Narva.",
            "SANCTION", "161", "EST", "RUS",
        ),
        (
            "Poland announced the closure of its border with Belarus.",
            "COERCE", "172", "POL", "BLR",
        ),
    ],
)  # fmt: skip
def test_court_case_and_closure(code, text, kind, cameo, actor, recipient):
    (m,) = code(text, "2024-03-15")
    assert (m.event_type, m.cameo) == (kind, cameo)
    assert m.actor[0].code.startswith(actor)
    assert m.recipient and m.recipient[0].code.startswith(recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The minister took reporters to the border town.",
        "Estonia announced the closure of a Russian-owned factory.",
    ],
)
def test_no_case_or_closure(code, text):
    assert [m for m in code(text, "2024-03-15") if m.cameo in ("115", "161", "172")] == []
