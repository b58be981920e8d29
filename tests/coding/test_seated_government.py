"""An unplaced official acting on "the government in <capital>" is not that state's own: the
capital names the clause's target (vocabulary seated_government_heads, rule
mention.guess_not_target). Every story is invented."""

from __future__ import annotations

from datetime import date

import pytest

from communique.coding import code_sentence_text


def _accusers(text: str) -> set[str]:
    return {
        a.code[:3]
        for m in code_sentence_text(text, date(2026, 4, 2))
        if m.event_type == "ACCUSE"
        for a in m.actor
        if a.code
    }


@pytest.mark.parametrize(
    "last",
    [
        "Prime Minister Olav Brekke accused the government in Moscow of sending the drones.",
        "Foreign Minister Olav Brekke accused the authorities in Moscow of sending the drones.",
    ],
)
def test_official_acting_on_a_seated_government_is_not_its_own(last: str) -> None:
    story = (
        "Norway closed an Arctic crossing with Russia on Tuesday. Russia called the move "
        "hostile. Russia said it would answer. " + last
    )
    assert "RUS" not in _accusers(story)
