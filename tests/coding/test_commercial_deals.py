"""A commercial deal approved (a merger, a codeshare, a regulator's clearance) is no agreement
between states; a treaty or pact a state's body approves still is."""

from __future__ import annotations

import pytest

from support import top


@pytest.mark.parametrize(
    "text",
    [
        "The merger agreement was approved by the governments of Germany and France.",
        "The codeshare deal has been approved by authorities in Spain and Brazil.",
        "Antitrust regulators in Canada approved the deal with a Belgian brewer.",
    ],
)
def test_commercial_deal_approved_is_no_event(code, text):
    assert [m.event_type for m in code(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Polish parliament approved the agreement with Ukraine on grain transit.",
        "The Kenyan cabinet approved the defence pact with Somalia.",
    ],
)
def test_state_agreement_approved_stays(code, text):
    assert top(code(text)).cameo == "057"
