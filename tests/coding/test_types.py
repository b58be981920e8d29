"""Each PLOVER type from sentences written for the project, with actor and recipient countries."""

from __future__ import annotations

import pytest

from support import countries, top

CASES = [
    ("Germany and France agreed to cooperate on energy security.", "AGREE", {"DEU", "FRA"}, set()),
    (
        "The Japanese prime minister held talks with the Indian prime minister in Tokyo.",
        "CONSULT",
        {"JPN"},
        {"IND"},
    ),
    ("Brazil signed a trade agreement with Argentina.", "SUPPORT", {"BRA"}, {"ARG"}),
    ("Canada praised Mexico for its reforms.", "SUPPORT", {"CAN"}, {"MEX"}),
    ("Norway sent humanitarian aid to Yemen.", "AID", {"NOR"}, {"YEM"}),
    ("Pakistan released dozens of Indian fishermen.", "RETREAT", {"PAK"}, {"IND"}),
    ("Turkey urged Greece to resume negotiations.", "REQUEST", {"TUR"}, {"GRC"}),
    ("Egypt condemned Ethiopia over the dam.", "ACCUSE", {"EGY"}, {"ETH"}),
    ("Iran rejected the proposal made by France.", "REJECT", {"IRN"}, set()),
    ("North Korea threatened to attack South Korea.", "THREATEN", {"PRK"}, {"KOR"}),
    ("Thousands of Kenyan students protested in Nairobi.", "PROTEST", {"KEN"}, set()),
    ("Russia deployed troops near the border with Ukraine.", "MOBILIZE", {"RUS"}, set()),
    ("Canada imposed sanctions on Venezuela.", "SANCTION", {"CAN"}, {"VEN"}),
    ("Chinese police arrested two Australian journalists.", "COERCE", {"CHN"}, {"AUS"}),
    ("Syrian forces shelled a Turkish border post.", "ASSAULT", {"SYR"}, {"TUR"}),
    ("Chile and Peru cooperated on fighting drug trafficking.", "COOPERATE", {"CHL", "PER"}, set()),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), CASES)
def test_type_and_participants(code, text, etype, actor, recipient):
    m = top(code(text))
    assert m.event_type == etype, m.explanation
    assert actor <= countries(m.actor), m.explanation
    assert recipient <= countries(m.recipient), m.explanation
    assert m.cameo and m.quad_class in (1, 2, 3, 4) and m.goldstein is not None


def test_passive_voice_swaps_roles(code):
    m = top(code("Venezuela was sanctioned by the United States."))
    assert m.event_type == "SANCTION"
    assert countries(m.actor) == {"USA"} and countries(m.recipient) == {"VEN"}
    assert "agent" in m.explanation


def test_two_events_in_one_sentence(code):
    ms = code("Chile hosted the Bolivian president and signed an energy agreement with Bolivia.")
    types = {m.event_type for m in ms}
    assert {"CONSULT", "SUPPORT"} <= types


def test_joint_event_has_both_actors_and_no_recipient(code):
    m = top(code("Spain and Portugal met in Lisbon."))
    assert m.event_type == "CONSULT"
    assert countries(m.actor) == {"ESP", "PRT"} and not m.recipient
    assert "joint event" in m.explanation


def test_noun_events(code):
    ms = code("The Spanish minister criticised the Russian blockade of the Ukrainian ports.")
    nouns = [m for m in ms if m.event_type == "SANCTION"]
    assert nouns and countries(nouns[0].actor) == {"RUS"}
    assert top(ms).event_type == "ACCUSE"


def test_evidence_offsets_point_into_the_text(code):
    text = "Markets were calm. Canada imposed sanctions on Venezuela."
    m = top(code(text))
    assert text[m.evidence.start : m.evidence.end] == m.evidence.sentence_text
    assert text[m.evidence.trigger_start : m.evidence.trigger_end].startswith("imposed")
    assert "lexicon" in m.explanation and 0 < m.confidence <= 1


def test_code_sentence_text(nlp):
    from datetime import date

    from communique.coding import code_sentence_text

    ms = code_sentence_text("Canada imposed sanctions on Venezuela on Monday.", date(2023, 5, 12))
    assert ms[0].date == "2023-05-08" and ms[0].date_text == "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        "Germany released 5 million euros in emergency funds for flood victims in Bangladesh.",
        "Canada released emergency funding for Lebanon after the explosion.",
        "Norway released new funds to Somalia on Wednesday.",
    ],
)
def test_releasing_money_is_aid_not_a_release(code, text):
    types = {m.event_type for m in code(text)}
    assert "AID" in types and "RETREAT" not in types


def test_releasing_people_stays_a_release(code):
    assert {m.event_type for m in code("Iran released two French citizens on Tuesday.")} == {
        "RETREAT"
    }
