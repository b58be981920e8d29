"""A conditional act ("X could cut ties if Y ...") said by a commentator is a guess, not a
threat made (filter.speculation, recode.conditional_threat): the commentator may be named by
the noun ("analysts said"), by a name with the noun in apposition ("said Jane Roe, a researcher
at ...") or with the noun as a title before the name. The doer's own side saying it still makes
a threat. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest


def _threats(events):
    return [e for e in events if e.event_type == "THREATEN" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "If Armenia closed the pipeline, Georgia could cut ties with it, said Levan Beridze, "
        "a researcher at a Tbilisi institute.",
        "Georgia could cut ties with Armenia if the pipeline stays closed, said political "
        "analyst Levan Beridze.",
        "Georgia could cut ties with Armenia if the pipeline stays closed, analysts said.",
    ],
)
def test_a_commentators_conditional_scenario_is_no_threat(code, text):
    assert not _threats(code(text, "2026-12-07"))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia could cut ties with Armenia if the pipeline stays closed, said Levan Beridze, "
        "Georgia's foreign minister.",
        "Georgia's foreign minister said his country could cut ties with Armenia if the "
        "pipeline stays closed.",
    ],
)
def test_the_doers_own_conditional_warning_is_a_threat(code, text):
    threats = _threats(code(text, "2026-12-07"))
    assert threats and threats[0].actor[0].country == "GEO"
