"""Readings a story's gold forbids, on invented text (branch forbidden, session 28): a city or
capital that names talks, an accord or a process ("the Vienna talks", "the Prague declaration")
is the thing's name, no party to it nor to an act done with it (rule mention.named_event_place);
a capital that is the object of talks, or a country's own name, stays a party. Sentences written
for these tests."""

from __future__ import annotations

from support import named_countries as _countries

PUBLISHED = "2025-09-18"


def _parties(found) -> set[str]:
    out: set[str] = set()
    for m in found:
        out |= _countries(m.actor) | _countries(m.recipient)
    return out


def _why(found):
    return [(m.event_type, m.explanation) for m in found]


def test_a_capital_naming_talks_is_no_target_of_their_suspension(code):
    found = code("Venezuela's government suspended the Mexico City talks with the opposition.")
    hits = [m for m in found if "suspended" in m.evidence.trigger]
    assert hits, _why(found)
    assert "MEX" not in _parties(hits), _why(hits)


def test_a_city_naming_a_declaration_is_no_party_to_its_welcome(code):
    found = code("Armenia welcomed the Prague declaration on border demarcation on Tuesday.")
    assert found, _why(found)
    assert "CZE" not in _parties(found), _why(found)


def test_a_capital_naming_an_accord_is_no_party_to_its_rejection(code):
    found = code("Libya's parliament rejected the Valletta accord on Thursday.", PUBLISHED)
    assert found, _why(found)
    assert "MLT" not in _parties(found), _why(found)


def test_a_named_round_of_talks_is_no_guess_for_a_group_of_no_state(code):
    found = code("The militia's delegates walked out of the Kampala talks on Friday.", PUBLISHED)
    assert "UGA" not in _parties(found), _why(found)


def test_talks_with_a_capital_keep_it_as_the_target(code):
    found = code("Colombia's government suspended its talks with Caracas on Monday.", PUBLISHED)
    hits = [m for m in found if "suspended" in m.evidence.trigger]
    assert hits, _why(found)
    assert "VEN" in _countries(hits[0].recipient), _why(hits)


def test_two_capitals_joined_by_a_hyphen_stay_the_parties(code):
    found = code("Russia rejected the Moscow-Kyiv talks on Monday.", PUBLISHED)
    hits = [m for m in found if m.event_type == "REJECT"]
    assert hits, _why(found)
    assert "UKR" in _countries(hits[0].recipient), _why(hits)


# history told with an end point in a past year (rule date.until_past_year)


def test_an_act_that_ended_in_a_past_year_is_history(code):
    found = code("Turkey suspended direct flights to Armenia until 2021.", "2025-09-18")
    hits = [m for m in found if "TUR" in _countries(m.actor)]
    assert hits, _why(found)
    assert all(m.modality == "historical" for m in hits), [(m.modality, m.date) for m in hits]
    assert all(str(m.date).startswith("2021") for m in hits), [m.date for m in hits]


def test_an_end_point_before_an_accord_in_a_past_year_is_history(code):
    found = code(
        "Bulgaria vetoed its neighbour's accession talks for years until the 2022 compromise.",
        "2025-09-18",
    )
    hits = [m for m in found if "BGR" in _countries(m.actor)]
    assert hits, _why(found)
    assert all(m.modality != "asserted" for m in hits), [(m.modality, m.date) for m in hits]


def test_an_end_point_still_to_come_dates_nothing(code):
    found = code("The EU extended its sanctions on Belarus until 2027 on Monday.", "2025-09-18")
    hits = [m for m in found if m.event_type == "SANCTION"]
    assert hits, _why(found)
    assert hits[0].modality == "asserted" and str(hits[0].date).startswith("2025"), hits[0].date


# a question left unanswered is no refusal (triggers.tsv: decline + disclose, CAMEO 011)


def test_declining_an_offer_saying_why_stays_a_refusal(code):
    found = code(
        "India declined a Chinese offer of joint patrols, saying the border was calm.", PUBLISHED
    )
    assert [m for m in found if m.event_type == "REJECT"], _why(found)


def test_declining_to_disclose_is_no_refusal(code):
    found = code("Kenya's treasury declined to disclose the terms of the loan.", PUBLISHED)
    assert not [m for m in found if m.event_type == "REJECT"], _why(found)


def test_declining_to_hand_over_stays_a_refusal(code):
    found = code("Kenya declined to hand over the suspect to Uganda.", PUBLISHED)
    assert [m for m in found if m.event_type == "REJECT"], _why(found)
