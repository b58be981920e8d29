"""Types and doers of kinds of wire sentences: a pardon of a person (a release, CAMEO
0841), a cargo ship or tanker arriving (a delivery, no visit), and an appeal joined after a
reported past perfect ("X said Y had ... and called on Z": the speaker's appeal), a warning
that one will act (a threat), a decision called "politically motivated" (a criticism). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    "text",
    [
        "Hungary pardoned a Serbian national jailed last year for smuggling.",
        "The Egyptian president pardoned two Canadian citizens convicted of fraud.",
        "Peru's president pardoned the former army chief.",
    ],
)
def test_a_pardon_of_a_person_is_a_release(code, text):
    # ICEWS CAMEO codebook, 056 Forgive: formal pardons of arrested persons are coded as release
    m = top(code(text))
    assert (m.event_type, m.cameo) == ("RETREAT", "0841")


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish cargo ship carrying 20,000 tonnes of wheat arrived in the port of Aden on Friday.",
        "A Qatari tanker carrying diesel arrived in Beirut on Monday.",
    ],
)
def test_a_cargo_carrier_arriving_is_no_visit(code, text):
    assert not [m for m in code(text) if m.event_type == "CONSULT"]


def test_an_official_arriving_is_still_a_visit(code):
    m = top(code("The Indonesian defence minister arrived in Canberra on Tuesday."))
    assert (m.event_type, m.cameo) == ("CONSULT", "042")


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The Chadian foreign minister said Sudanese troops had crossed the border twice and "
            "urged Khartoum to pull them back.",
            "TCD",
        ),
        (
            "Nepal's prime minister said Indian surveyors had entered the disputed strip and "
            "called on New Delhi to recall them.",
            "NPL",
        ),
    ],
)
def test_an_appeal_after_a_reported_past_perfect_is_the_speakers(code, text, actor):
    requests = [m for m in code(text) if m.event_type == "REQUEST"]
    assert requests
    assert countries(top(requests).actor) == {actor}


def test_an_unaddressed_demand_after_a_past_perfect_stays_the_subjects(code):
    text = "Officials said the rebels had seized the town and demanded a ransom."
    demands = [m for m in code(text) if m.event_type == "REQUEST"]
    assert demands and "actor.judgment_sayer" not in top(demands).explanation


@pytest.mark.parametrize(
    "text",
    [
        'Interior Minister Joao Mabunda warned on Monday that the army would "act decisively" '
        "against anyone who tried to occupy the mines.",
        "The Egyptian foreign ministry warned that Cairo would act firmly if the dam was filled "
        "without an agreement.",
    ],
)
def test_warning_that_one_will_act_is_a_threat(code, text):
    # PETRARCH-2 codes WARN 130; "would act firmly against Y" is no warning against Y (111)
    m = top(code(text))
    assert (m.event_type, m.cameo) == ("THREATEN", "130")


def test_a_warning_against_an_act_stays_a_criticism(code):
    m = top(code("Chile warned Bolivia against building the pipeline."))
    assert (m.event_type, m.cameo) == ("ACCUSE", "111")


def test_calling_a_decision_politically_motivated_criticises(code):
    m = top(code('Iran called the resolution "politically motivated".'))
    assert (m.event_type, m.cameo) == ("ACCUSE", "111")
