"""An event whose doer the story never places (no country, no sector code) is no dyad
(filter.unplaced_doer). Sentences written for these tests."""

from __future__ import annotations

LEAD = "Peru closed its border with Bolivia on Monday. "


def _events(got):
    return [(m.event_type, [a.text for a in m.actor], m.evidence.trigger) for m in got]


def test_an_unplaced_person_below_the_lead_is_no_source(code):
    got = code(LEAD + "Marta Soler urged Bolivia to reopen the road.")
    assert not any(m.evidence.trigger.startswith("urged") for m in got), _events(got)


def test_a_placed_person_is_kept(code):
    got = code(LEAD + "Peru's foreign minister, Marta Soler, urged Bolivia to reopen the road.")
    assert any(m.evidence.trigger.startswith("urged") for m in got), _events(got)


def test_an_unplaced_person_in_the_lead_is_kept(code):
    got = code("Marta Soler urged Bolivia to reopen the road.")
    assert any(m.evidence.trigger.startswith("urged") for m in got), _events(got)
