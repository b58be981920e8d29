"""Economic statecraft: supply cut-offs by states and their energy firms, complaints filed with a
body against a third party, and talks held just before or after the clause's act. Every
sentence is invented for the tests (bench/stories/economy showed the error classes)."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


# --- cutting or reducing deliveries, flows or shipments to another country is a sanction -------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Algeria cut oil deliveries to Tunisia on Monday.", "DZA", "TUN"),
        ("Kazakhstan reduced grain shipments to Kyrgyzstan last week.", "KAZ", "KGZ"),
        ("Norway stopped deliveries of electricity to Sweden on Friday.", "NOR", "SWE"),
        ("Azerbaijan cut gas flows to Georgia after the dispute.", "AZE", "GEO"),
    ],
)
def test_cut_deliveries_or_flows_is_a_sanction(code, text, actor, recipient):
    found = coded(code, text, "SANCTION")
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_cut_prices_is_no_sanction(code):
    assert not coded(code, "Egypt cut fuel prices on Monday.", "SANCTION")


# --- a state-owned energy firm acts for its state ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Sonatrach halted gas supplies to Morocco on Sunday.", "DZA", "MAR"),
        ("Naftogaz suspended deliveries to Hungary on Tuesday.", "UKR", "HUN"),
        ("Rosneft stopped oil shipments to Belarus on Monday.", "RUS", "BLR"),
    ],
)
def test_state_energy_company_is_its_state(code, text, actor, recipient):
    found = coded(code, text, "SANCTION")
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_threat_by_state_energy_company(code):
    text = "Turkmengaz warned that it would halt supplies to Uzbekistan if the debt was not paid."
    found = coded(code, text, "THREATEN")
    assert found and countries(found[0].actor) == {"TKM"}, [m.explanation for m in code(text)]
    assert countries(found[0].recipient) == {"UZB"}, found[0].explanation


# --- a complaint filed with a body, "accusing Y of ...", is against Y --------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Georgia lodged a complaint with the Energy Community on Monday, accusing Armenia"
            " of diverting gas.",
            "GEO",
            "ARM",
        ),
        (
            "Chile filed a complaint with the World Trade Organization, accusing Peru of"
            " dumping fruit.",
            "CHL",
            "PER",
        ),
    ],
)
def test_complaint_with_a_body_accusing_a_third(code, text, actor, recipient):
    found = coded(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation
    assert "[recipient.accusing_participle]" in m.explanation


# --- talks placed before or after the clause's act are the subject's -------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Omani foreign minister announced the grant on Monday after meeting Yemen's"
            " prime minister.",
            "OMN",
            "YEM",
        ),
        ("Ghana signed the accord after talks with Togolese officials.", "GHA", "TGO"),
        (
            "Peru's president unveiled the plan following a meeting with Chilean ministers.",
            "PER",
            "CHL",
        ),
    ],
)
def test_talks_before_or_after_an_act_are_the_subjects(code, text, actor, recipient):
    found = coded(code, text, "CONSULT")
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_accused_of_gerund_still_names_the_accused(code):
    m = coded(code, "Mali accused Niger of sheltering rebels.", "ACCUSE")[0]
    assert countries(m.recipient) == {"NER"}, m.explanation


# --- "announced <sum> in aid": the sum's verb and parties are the aid's ------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Norway announced 40 million kroner in emergency aid for Malawi.", "NOR", "MWI"),
        ("Qatar announced 25 million dollars in relief for Somalia on Sunday.", "QAT", "SOM"),
    ],
)
def test_sum_in_aid_is_given_by_the_announcer(code, text, actor, recipient):
    found = coded(code, text, "AID")
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


# --- "held no talks": a verb whose object is denied by "no" did not happen ---------------------


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Armenia and Turkey have held no trade talks since 2021.", "CONSULT"),
        ("Vietnam imposed no new duties on Cambodian rice this year.", "SANCTION"),
    ],
)
def test_no_object_negates_the_verb(code, text, event_type):
    found = coded(code, text, event_type)
    assert found, [m.explanation for m in code(text)]
    assert found[0].modality == "negated", found[0].explanation


def test_talks_held_stay_asserted(code):
    m = coded(code, "Armenia held trade talks with Turkey on Monday.", "CONSULT")[0]
    assert m.modality == "asserted", m.explanation
