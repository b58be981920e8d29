"""'The organisers said they ...': the plural pronoun means the everyday group that says it, no
political actor, not the participants of an earlier event (rule resolve.unpolitical_sayer)."""

from __future__ import annotations

import pytest

STORY = (
    "CHICAGO - A tabby cat called Duchess from Quebec won the top prize at the Lakeside Cat "
    "Fanciers' annual show on Sunday. There was a short protest from animal welfare campaigners "
    "outside the hall, who carried banners. The show's organisers said they supported rescue "
    "charities and had raised 5,000 dollars for shelters this year."
)


def test_organisers_they_are_not_the_protesters(code):
    types = [m.event_type for m in code(STORY)]
    assert "SUPPORT" not in types and "REQUEST" not in types


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_officials_they_still_resolve(code):
    ms = code(
        "Kenya and Uganda signed a border deal on Monday. "
        "Officials said they would open two new crossings."
    )
    assert any(m.sentence == 1 and m.actor for m in ms)
