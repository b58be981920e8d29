"""Military posture and security cooperation: statements of attention, ships' names, a state's
envoy to the UN, arms sales, airspace violations and scrambled jets, published texts and
regretted decisions. Every sentence is invented for the tests (bench/stories/security showed
the error classes)."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


def explain(code, text):
    return [(m.event_type, m.explanation) for m in code(text)]


# --- "said it was monitoring the situation" is no event ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada said it was monitoring the situation closely.",
        "The League said it was monitoring the situation along the border.",
        "Japan's defence ministry said it was closely monitoring Chinese naval movements.",
        "Sweden said it was monitoring Russian flights over the Baltic.",
        "Officials in Seoul said they were monitoring military activity in the north.",
    ],
)
def test_monitoring_is_no_event(code, text):
    assert not code(text), explain(code, text)


def test_monitoring_an_election_is_still_coded(code):
    text = "European observers will monitor the election in Moldova."
    assert coded(code, text, "ACCUSE"), explain(code, text)


# --- a ship's name is no place and no party ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The destroyer USS Tripoli docked in Manila on Monday.", "LBY"),
        ("The frigate HMS Montrose sailed into the port of Salalah on Monday.", "GBR"),
        ("The patrol ship BRP Nigeria arrived in Jakarta on Tuesday for joint drills.", "NGA"),
        ("The tanker Kenya Star was seized by Iran near the strait on Sunday.", "KEN"),
    ],
)
def test_ship_name_is_no_party(code, text, place):
    for m in code(text):
        assert place not in countries(m.actor) | countries(m.recipient), m.explanation


def test_place_after_a_lower_case_word_is_still_a_place(code):
    text = "Egypt sent a ship to Libya on Monday."
    assert any("LBY" in countries(m.recipient) for m in code(text)), explain(code, text)


# --- "Iran's UN ambassador": the state's envoy to the body ------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Cuba's UN ambassador accused Washington of lying on Monday.", "CUB"),
        ("The Syrian UN envoy rejected the report on Tuesday.", "SYR"),
        ("Peru's OAS ambassador criticised the vote on Friday.", "PER"),
    ],
)
def test_state_envoy_to_a_body_is_the_state(code, text, actor):
    found = code(text)
    assert found and all(countries(m.actor) == {actor} for m in found), explain(code, text)


def test_body_envoy_without_a_state_stays_the_body(code):
    text = "The UN envoy urged Israel to open the crossings on Monday."
    found = coded(code, text, "REQUEST")
    assert found and countries(found[0].actor) == {"UNO"}, explain(code, text)


# --- arms sales and exports; airspace violations and scrambled jets ----------------------------


@pytest.mark.parametrize(
    ("event_type", "text", "actor", "recipient"),
    [
        # an arms sale or export is military aid
        ("AID", "France approved the sale of 24 fighter jets to Egypt on Monday.", "FRA", "EGY"),
        ("AID", "Sweden approved the export of anti-tank missiles to Poland.", "SWE", "POL"),
        ("AID", "Italy sold six helicopters to Algeria last year.", "ITA", "DZA"),
        # an airspace violation is a show of force
        ("MOBILIZE", "Two Russian bombers entered Norway's airspace on Monday.", "RUS", "NOR"),
        (
            "MOBILIZE",
            "Chinese military aircraft violated Japanese airspace on Tuesday.",
            "CHN",
            "JPN",
        ),
        ("MOBILIZE", "Belarusian helicopters violated Latvia's airspace on Friday.", "BLR", "LVA"),
    ],
)
def test_arms_sale_and_airspace_violation_parties(code, event_type, text, actor, recipient):
    found = coded(code, text, event_type)
    assert found, explain(code, text)
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_scrambled_jets_are_the_doer_s_means(code):
    text = "Romania scrambled two Dutch F-16 jets to intercept Russian drones on Monday."
    found = coded(code, text, "MOBILIZE")
    assert found, explain(code, text)
    m = found[0]
    assert countries(m.actor) == {"ROU"} and "NLD" not in countries(m.recipient), m.explanation


# --- publishing a text is no release of persons; regretting a decision criticises ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry quoted a text of the speech released by the French embassy.",
        "Footage released by the Indian army showed the boats.",
    ],
)
def test_published_text_is_no_release(code, text):
    assert not coded(code, text, "RETREAT"), explain(code, text)


def test_hostages_released_still_a_release(code):
    assert coded(code, "Mali released four hostages on Monday.", "RETREAT")


def test_regretted_decision_is_criticism(code):
    text = "Morocco said it regretted the Spanish decision to close the crossing."
    found = coded(code, text, "ACCUSE")
    assert found and countries(found[0].actor) == {"MAR"}, explain(code, text)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Britain approved the export of Italian helicopters to Nigeria on Monday.", "NGA"),
        ("The Spanish government approved the sale of German tanks to Morocco.", "MAR"),
    ],
)
def test_goods_given_are_no_recipient(code, text, recipient):
    """ "the export *of Italian helicopters* to Nigeria": what aid gives is no target."""
    found = coded(code, text, "AID")
    assert found and countries(found[0].recipient) == {recipient}, explain(code, text)


# --- "A spokesman, Y, denied ...": the spokesperson of the sentence before's subject ------------


def test_indefinite_spokesman_speaks_for_the_previous_subject(code):
    text = (
        "China accused Vietnam of harassing Chinese fishermen near the Paracel Islands. "
        "Vietnam's coast guard said on Monday it had turned back a Chinese trawler. "
        "A spokesman, Tran Van Minh, denied that any Chinese sailors had been hurt."
    )
    found = coded(code, text, "REJECT")
    assert found and countries(found[0].actor) == {"VNM"}, explain(code, text)
    assert "mention.previous_speaker" in found[0].explanation


def test_spokesman_for_a_named_body_keeps_it(code):
    text = (
        "Russia's defence ministry said its air defences had shot down 20 drones overnight. "
        "A spokesman for Ukraine's air force denied the claim."
    )
    found = coded(code, text, "REJECT")
    assert found and countries(found[0].actor) == {"UKR"}, explain(code, text)
