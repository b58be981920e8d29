"""General errors bench/stories/pages17 showed, on invented sentences: a statement signed by a
spokesperson is no agreement; "conveyed X's support for Y" is praise as "expressed" is; "the
provision of aid to X" is aid; deaths dated from a natural hazard ("since the rains began") are
no one's violence; a date in a reported clause joined by "and that" is not the reporter's; a
ship driven out of waters is coerced, not a diplomat withdrawn."""

from __future__ import annotations

from support import countries as _countries


def _show(found):
    return [
        (m.event_type, m.cameo, [p.code for p in m.actor], [p.code for p in m.recipient], m.date)
        for m in found
    ]


def test_statement_signed_by_a_spokesman_is_no_agreement(code):
    found = code(
        "Zambia, in a communique signed by its spokeswoman, accused Malawi of hoarding maize."
    )
    assert not [m for m in found if m.event_type == "SUPPORT"], _show(found)
    assert [m for m in found if m.event_type == "ACCUSE"], _show(found)


def test_two_states_signing_a_statement_still_agree(code):
    found = code("Zambia and Malawi signed a joint statement on maize exports on Monday.")
    assert [m for m in found if m.event_type == "SUPPORT"], _show(found)


def test_conveying_a_states_support_praises_the_other(code):
    found = code(
        "The visiting premier conveyed Senegal's support for Brazil's bid to host the summit."
    )
    backing = [m for m in found if m.event_type == "SUPPORT"]
    assert backing and all(
        _countries(m.actor) == {"SEN"} and _countries(m.recipient) == {"BRA"} for m in backing
    ), _show(found)


def test_the_provision_of_assistance_is_aid(code):
    found = code(
        "The Emir of Kuwait has directed the provision of emergency assistance to the people "
        "of Sudan."
    )
    assert [
        m
        for m in found
        if m.event_type == "AID"
        and _countries(m.actor) == {"KWT"}
        and "SDN" in _countries(m.recipient)
    ], _show(found)


def test_deaths_since_the_rains_began_are_no_attack(code):
    found = code("More than 60 people have been killed since the heavy rains began in Bhutan.")
    assert not [m for m in found if m.event_type == "ASSAULT"], _show(found)


def test_deaths_since_an_offensive_began_still_are(code):
    found = code("More than 60 people have been killed since the army began its offensive.")
    assert [m for m in found if m.event_type == "ASSAULT"], _show(found)


def test_a_day_in_a_joined_reported_clause_dates_the_earlier_act(code):
    # published on Friday 12 May 2023; the ramming was on Monday, the rejection is undated
    found = code(
        'Ecuador\'s navy rejected the account, saying the trawler "kept fishing" and that an '
        "XYZ cutter had fired a water cannon at it on Monday, breaking its antenna."
    )
    rejects = [m for m in found if m.event_type == "REJECT"]
    assert rejects and all(m.date != "2023-05-08" for m in rejects), _show(found)


def test_a_vessel_expelled_from_waters_is_coerced(code):
    found = code("Indonesia's navy expelled three Vietnamese trawlers from the Natuna waters.")
    driven = [m for m in found if "VNM" in _countries(m.recipient)]
    assert driven and all(m.event_type == "COERCE" for m in driven), _show(found)


def test_diplomats_expelled_are_still_a_sanction(code):
    found = code("Indonesia expelled three Vietnamese diplomats on Tuesday.")
    assert [m for m in found if m.event_type == "SANCTION"], _show(found)


def test_a_guests_title_and_surname_stay_the_guests(code):
    found = code(
        "Peru's president welcomed the visiting Kenyan President Amina Wekesa to Lima on Monday. "
        "President Wekesa praised the Peruvian people for their warm hospitality."
    )
    praise = [m for m in found if m.event_type == "SUPPORT"]
    assert praise and all(_countries(m.actor) == {"KEN"} for m in praise), _show(found)
