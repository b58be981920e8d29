"""An international court named with the city where it sits ("an international tribunal in
Hamburg", "the court in Luxembourg", "judges in Strasbourg"): the city is its seat, not its
state, and a rejection of its ruling is aimed at the court, not at the host (rule
mention.court_seat). The sentences are the tests' own."""

from __future__ import annotations

from support import party_countries as _countries


def test_international_tribunal_in_a_city_is_not_the_host_state(code):
    text = (
        "In 2018 an international tribunal in Hamburg ruled that Colombia's claim to the reef "
        "had no basis. Bogota rejected the ruling."
    )
    found = code(text)
    assert found
    assert all("DEU" not in _countries(m) for m in found)
    reject = [m for m in found if m.event_type == "REJECT"]
    assert reject and all(a.country == "IGO" for a in reject[0].recipient)


def test_judges_in_a_court_seat_city(code):
    text = (
        "Judges in Strasbourg found on Thursday that Turkey had violated the rights of two "
        "jailed mayors. Ankara dismissed the judgment."
    )
    found = code(text)
    assert found
    assert all("FRA" not in _countries(m) for m in found)


def test_the_court_in_luxembourg(code):
    text = "The court in Luxembourg ruled against Hungary on Tuesday. Budapest rejected the ruling."
    found = code(text)
    assert found
    assert all("LUX" not in _countries(m) for m in found)


def test_a_domestic_court_in_a_city_keeps_its_state(code):
    text = (
        "A court in Ankara sentenced three Greek sailors on Tuesday. Athens condemned the verdict."
    )
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert found and "TUR" in _countries(found[0])


# "ending a deployment", "halting its patrols": the act is the ending, a de-escalation (CAMEO
# 087, RETREAT), not a current deployment or patrol (triggers.tsv rows end/halt/suspend
# with deployment|patrol).


def test_ending_a_deployment_is_no_deployment(code):
    text = "Chad said on Monday it would end its deployment of soldiers in northern Mali."
    found = code(text)
    assert all(m.event_type != "MOBILIZE" for m in found)
    # a plan to de-escalate: intent, CAMEO 0356 (AGREE, future)
    assert any(m.cameo == "0356" for m in found)


def test_halting_patrols_is_no_patrol(code):
    text = "Japan halted its naval patrols near the islands on Friday after talks with China."
    found = code(text)
    assert all(m.event_type != "MOBILIZE" for m in found)
    assert any(m.event_type == "RETREAT" for m in found)


# "the force, which has been patrolling the zone for twelve years, ...": a present perfect
# relative clause with since/for a span describes a standing activity, no act of the story
# (rule filter.standing_activity).


def test_standing_patrol_in_a_relative_clause_is_no_act(code):
    text = (
        "The UN force, which has been patrolling the buffer zone for twelve years, welcomed "
        "the talks between Cyprus and Turkey on Monday."
    )
    found = code(text)
    assert all(m.event_type != "MOBILIZE" for m in found)
    assert any(m.event_type == "SUPPORT" for m in found)


def test_standing_mediation_since_a_year_is_no_act(code):
    text = (
        "Qatar, which has mediated between Sudan and Chad since 2021, said on Monday that new "
        "talks would open in Doha."
    )
    assert all(m.evidence.trigger != "mediated" for m in code(text))


def test_standing_hosting_of_talks_is_no_meeting(code):
    text = (
        "Norway, which has hosted talks between Colombia and the rebels for three years, "
        "praised the accord on Friday."
    )
    assert all(m.event_type != "CONSULT" for m in code(text))


def test_standing_violence_stays(code):
    text = "Rebels, who have shelled the town of Goma since March, killed four Congolese soldiers."
    assert any(m.evidence.trigger == "shelled" for m in code(text))


def test_halted_by_a_patrol_boat_is_no_de_escalation(code):
    text = "The Chinese trawler was halted by a Russian patrol boat off Sakhalin on Monday."
    assert all(m.event_type != "RETREAT" for m in code(text))


def test_a_regional_court_in_a_city_keeps_its_state(code):
    text = (
        "The Higher Regional Court in Koblenz sentenced a Syrian officer on Monday. Damascus "
        "rejected the ruling."
    )
    assert any("DEU" in _countries(m) for m in code(text))


def test_past_perfect_hosting_since_a_day_stays(code):
    text = (
        "Kenya's foreign minister, who had hosted the Sudanese and Chadian delegations since "
        "Monday, opened the final session on Wednesday."
    )
    assert any(m.evidence.trigger == "hosted" for m in code(text))
