"""Threats told as warnings (branch threat35): rules modality.trailing_inversion,
recode.warned_condition, recode.threatened_act and filter.warned_other_act.

The first tests fail on the base (ea25c427); the look-alikes at the end guard against a warning,
forecast or piece of advice read as a threat."""

from __future__ import annotations

from support import named_countries, of_type


def _threat(code, text):
    found = of_type(code, text, "THREATEN")
    assert found, [m.explanation for m in code(text)]
    return found[0]


def test_inverted_condition_after_the_clause_makes_the_threat_made_and_aims_it(code):
    text = "Greece warned it would respond militarily should Turkey keep sending survey ships into its waters."
    threat = _threat(code, text)
    assert threat.modality == "asserted"
    assert named_countries(threat.actor) == {"GRC"}
    assert named_countries(threat.recipient) == {"TUR"}


def test_inverted_should_asks_nothing_of_its_subject(code):
    text = (
        "Colombia said it would expel the Venezuelan consul should Caracas close the border again."
    )
    assert not of_type(code, text, "REQUEST")
    assert _threat(code, text).modality == "asserted"


def test_cautioned_own_act_on_condition_is_a_threat_made(code):
    text = (
        "Japan's foreign ministry cautioned that Tokyo would suspend fishing talks with South "
        "Korea if the survey vessel returned."
    )
    threat = _threat(code, text)
    assert threat.modality == "asserted"
    assert named_countries(threat.actor) == {"JPN"}


def test_his_country_acting_on_condition_is_the_warners_threat(code):
    text = (
        "Chad's president warned that his government would move on the rebel towns if the "
        "ceasefire broke down."
    )
    assert named_countries(_threat(code, text).actor) == {"TCD"}


def test_a_general_warning_takes_the_sub_code_of_the_threatened_act(code):
    text = (
        "Bolivia warned Chile that it would suspend rail shipments unless the port fees were cut."
    )
    threat = _threat(code, text)
    assert threat.cameo != "130" and threat.cameo.startswith("13")
    assert named_countries(threat.recipient) == {"CHL"}


def test_a_warning_of_the_rebels_act_is_no_threat(code):
    text = "The army warned that the rebels would attack the capital before the election."
    assert not of_type(code, text, "THREATEN")


# look-alikes: no threat on the base, none now


def test_a_storm_warning_is_no_threat(code):
    assert not code("The weather service cautioned that storms could hit the coast on Friday.")


def test_an_economic_caution_is_no_threat(code):
    text = "The finance minister cautioned that inflation would climb if wages kept rising."
    assert not of_type(code, text, "THREATEN")


def test_caution_against_is_advice(code):
    text = "Estonia's prime minister cautioned against reading too much into the troop movements."
    assert not of_type(code, text, "THREATEN")


def test_harm_the_other_side_would_suffer_stays_a_threat(code):
    text = "Israel warned that Hezbollah would pay dearly for any new attack."
    assert named_countries(_threat(code, text).actor) == {"ISR"}


def test_an_inverted_question_is_no_condition(code):
    assert not code("Should we go back to the talks?")


def test_troops_marching_in_are_no_threat_of_protest(code):
    text = (
        "Kenya's president warned that his troops would march into the disputed district if "
        "Somalia kept its soldiers there."
    )
    threat = _threat(code, text)
    assert threat.cameo != "133"
    assert named_countries(threat.recipient) == {"SOM"}


def test_the_one_cautioned_is_the_target_of_the_warned_act(code):
    text = (
        "Australia cautioned China that it would impose duties on its steel if the dumping went on."
    )
    threat = _threat(code, text)
    assert threat.modality == "asserted"
    assert named_countries(threat.recipient) == {"CHN"}
