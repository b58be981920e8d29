"""Visits told by arrival verbs and phrases, hosts receiving a visitor, and talks between two
sides hosted or brokered by a third (branch visits2; issues #11/#12). Invented sentences."""

from __future__ import annotations

from support import named_countries


def _consults(code, text, words=None):
    return [
        m
        for m in code(text)
        if m.event_type == "CONSULT" and (words is None or words in m.evidence.sentence_text)
    ]


def _one(found, actor, recipient):
    got = [(named_countries(m.actor), named_countries(m.recipient)) for m in found]
    assert (set(actor), set(recipient)) in got, (got, [m.explanation for m in found])
    return next(
        m
        for m in found
        if (named_countries(m.actor), named_countries(m.recipient)) == (set(actor), set(recipient))
    )


def test_landed_in_a_capital_is_a_visit(code):
    text = "Estonia's prime minister landed in Vilnius on Monday for talks on air defence."
    m = _one(_consults(code, text), {"EST"}, {"LTU"})
    assert m.cameo == "042"


def test_touched_down_in_a_capital_is_a_visit(code):
    text = "The Nepali foreign minister touched down in Dhaka on Saturday for a working visit."
    m = _one(_consults(code, text), {"NPL"}, {"BGD"})
    assert m.cameo == "042" and "touched" in m.evidence.trigger


def test_flew_into_a_capital_is_a_visit(code):
    text = "Austria's chancellor flew into Zagreb on Friday for talks on energy links."
    m = _one(_consults(code, text), {"AUT"}, {"HRV"})
    assert "flew" in m.evidence.trigger


def test_a_fishing_boat_that_landed_is_no_visit(code):
    text = "A Spanish fishing trawler landed in Dakar with its catch on Monday."
    assert not _consults(code, text)


def test_paid_a_call_on_a_leader_is_a_visit(code):
    text = "Kenya's foreign minister paid a call on Ethiopia's prime minister in Addis Ababa."
    m = _one(_consults(code, text), {"KEN"}, {"ETH"})
    assert m.cameo == "042"


def test_welcomed_a_counterpart_to_the_capital_hosts_a_visit(code):
    text = "Croatia's prime minister welcomed his Slovenian counterpart to Zagreb for talks on Tuesday."
    found = code(text)
    assert not [m for m in found if m.event_type == "SUPPORT"], [m.explanation for m in found]
    m = _one(_consults(code, text), {"HRV"}, {"SVN"})
    assert m.cameo == "043"


def test_mediated_by_a_third_state_aims_at_both_sides(code):
    text = "Negotiations between Ghana and Togo, mediated by Nigeria, opened in Abuja on Monday."
    found = _consults(code, text)
    m = _one(found, {"NGA"}, {"GHA", "TGO"})
    assert "recipient.hosted_talks" in m.explanation
    assert any(named_countries(o.actor) == {"GHA", "TGO"} for o in found)


def test_talks_hosted_by_a_third_state_aim_at_the_sides_that_met(code):
    text = "The defence chiefs of Peru and Bolivia met in Santiago on Wednesday in talks hosted by Chile."
    m = _one(_consults(code, text), {"CHL"}, {"PER", "BOL"})
    assert "recipient.hosted_talks" in m.explanation


def test_talks_under_a_states_mediation(code):
    text = "Eritrea and Djibouti reopened talks in Jeddah on Monday under Saudi mediation."
    _one(_consults(code, text), {"SAU"}, {"ERI", "DJI"})


def test_a_hyphenated_broker_is_the_doer(code):
    text = "Swiss-brokered talks between Armenia and Turkey ended in Zurich on Friday."
    found = [m for m in _consults(code, text) if "actor.hyphen_agent" in m.explanation]
    assert found and named_countries(found[0].actor) == {"CHE"}, [m.explanation for m in code(text)]


def test_during_the_visit_is_the_visit_told_before(code):
    text = (
        "Pakistan's president arrived in Ankara on Monday. During the visit, he and Turkey's "
        "president signed a defence pact."
    )
    later = _consults(code, text, "During the visit")
    assert not [m for m in later if "TUR" in named_countries(m.actor)], [
        m.explanation for m in later
    ]


def test_a_fronted_untagged_city_hosts_the_visit_not_the_earlier_host(code):
    text = (
        "Spain's foreign minister started a Latin American tour in Lima on Monday, meeting "
        "Peru's president. In Cochabamba on Thursday, the visit turned to trade."
    )
    later = _consults(code, text, "In Cochabamba")
    assert later, [m.explanation for m in code(text)]
    assert all("PER" not in named_countries(m.recipient) for m in later), [
        m.explanation for m in later
    ]
    assert any(named_countries(m.recipient) == {"BOL"} for m in later)


def test_private_people_who_fly_into_a_country_make_no_visit(code):
    text = "Police named two suspects, Belgian nationals who flew into Kinshasa on false passports."
    assert not [m for m in _consults(code, text) if m.cameo == "042"]
