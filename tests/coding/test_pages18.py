"""General errors bench/stories/pages18 showed, on invented sentences: a wire dateline of a day
and an agency only ("March 9 (Agency) -", filed from no one place) is no date of the story's
events."""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.cameo, [p.code for p in m.actor], [p.code for p in m.recipient], m.date)
        for m in found
    ]


def test_placeless_wire_dateline_does_not_date_the_lead(code):
    found = code(
        "March 9 (Northwire) - Police in Kenya arrested the opposition leader on Tuesday, "
        "his party said.",
        "2023-03-09",
    )
    arrests = [m for m in found if m.event_type == "COERCE"]
    assert arrests and all(m.date == "2023-03-07" for m in arrests), _show(found)


def test_placeless_wire_dateline_is_no_place():
    from communique.articles.dateline import opening_dateline

    found = opening_dateline("Nov 3 (Northwire) - Ghana and Togo signed a border accord.")
    assert found is not None and found.place == "" and found.agency == "Northwire"
    assert opening_dateline("March 9 - the ministry said it would reply.") is None
