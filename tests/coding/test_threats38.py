"""Threats and appeals told with common constructions (branch threat38).

- "would not hesitate to X": the negated verb of holding back affirms the act (litotes); set on
  a condition it is a threat, told in the past it is the act done;
- "warned that it would ask Y to X if Z ...": a request warned of on condition is a threat aimed
  at who must comply, also where the parser hangs the condition on the asked-for act;
- "we will take all necessary measures if the raids continue": a threat set on another's
  hostile act going on answers that act's doer;
- "appealed for calm", "called for talks between A and B": an appeal for de-escalation made to
  no one named is made to the sides of the quarrel.
Guards keep the readings of near misses: a request on condition that no warning reports, a
promise of something welcome on condition, an appeal for calm with no quarrel told, by police,
or for talks with the appealer itself."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


def _one(ms, plover):
    found = _typed(ms, plover)
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover", "actor", "recipient", "modalities"),
    [
        pytest.param(
            "Ghana said it would not hesitate to expel Togolese diplomats if the border "
            "harassment continued.",
            "THREATEN", "GHA", "TGO", {"asserted", "future"},
            id="no_hesitation_on_condition_is_a_threat",
        ),
        pytest.param(
            "Finland did not hesitate to condemn Estonia over the fishing dispute.",
            "ACCUSE", "FIN", "EST", {"asserted"},
            id="no_hesitation_in_the_past_is_the_act_done",
        ),
    ],
)  # fmt: skip
def test_not_hesitating_affirms_the_act(code, text, plover, actor, recipient, modalities):
    ms = code(text)
    m = _one(ms, plover)
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.modality in modalities, m.explanation
    assert not [x for x in ms if x.modality == "negated"], [x.explanation for x in ms]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Uganda warned that it would ask the African Union to pull Kenyan peacekeepers "
            "out if Nairobi kept insulting its leaders.",
            id="condition_hung_on_the_asked_act",
        ),
        pytest.param(
            "Uganda warned that Kampala would urge the UN to impose an arms embargo on Kenya "
            "unless Nairobi withdrew its troops.",
            id="capital_as_the_warner",
        ),
    ],
)
def test_a_request_warned_of_on_condition_is_a_threat_to_who_must_comply(code, text):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"UGA"}, m.explanation
    assert countries(m.recipient) == {"KEN"}, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[recode.conditional_threat]" in m.explanation
    assert not _typed(ms, "REQUEST"), [x.explanation for x in ms]


def test_a_threat_on_the_other_side_s_raids_going_on_answers_the_raiders(code):
    ms = code(
        'Somali militias raided two Kenyan border villages on Monday. "If the raids '
        'continue, we will take all necessary measures," the Kenyan defence minister said.'
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
    assert countries(m.recipient) == {"SOM"}, m.explanation
    assert "[recipient.answered_move]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sudanese and Chadian troops exchanged fire along the border on Monday. Egypt "
            "appealed for calm.",
            id="appealed_for_calm",
        ),
        pytest.param(
            "Sudanese and Chadian troops exchanged fire along the border on Monday. Egypt "
            "called for restraint.",
            id="called_for_restraint",
        ),
        pytest.param(
            "Egypt called for talks between Sudan and Chad to end the border dispute.",
            id="talks_between_two_named_sides",
        ),
    ],
)
def test_an_appeal_for_de_escalation_goes_to_the_sides(code, text):
    ms = code(text)
    m = _one(ms, "REQUEST")
    assert countries(m.actor) == {"EGY"}, m.explanation
    assert countries(m.recipient) == {"SDN", "TCD"}, m.explanation


# guards: near misses that keep their readings


def test_a_request_on_condition_without_a_warning_stays_a_request(code):
    ms = code("Uganda asked the African Union to send monitors if the talks failed.")
    m = _one(ms, "REQUEST")
    assert countries(m.recipient) == {"IGO"} or any(a.country for a in m.recipient)
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_something_welcome_on_condition_is_no_threat(code):
    ms = code("Zambia said it would lift the import ban if Malawi paid its debt.")
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_measures_on_condition_of_the_weather_are_no_threat(code):
    ms = code("Kenya's farm ministry says it will take all the needed measures if the rains fail.")
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Egypt called for calm.", id="no_quarrel_told"),
        pytest.param(
            "Sudanese and Chadian troops exchanged fire along the border on Monday. The "
            "Egyptian police appealed for calm after a stampede in Cairo.",
            id="police_keeping_order_at_home",
        ),
    ],
)
def test_an_appeal_for_calm_with_no_sides_asks_no_one(code, text):
    ms = code(text)
    asked = [m for m in _typed(ms, "REQUEST") if countries(m.recipient) >= {"SDN", "TCD"}]
    assert not asked, [m.explanation for m in asked]


def test_an_appeal_for_talks_with_one_side_keeps_that_side(code):
    ms = code(
        "Sudanese and Chadian troops exchanged fire along the border on Monday. Egypt called "
        "for talks with Chad."
    )
    m = _one(ms, "REQUEST")
    assert countries(m.recipient) == {"TCD"}, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"If Uganda keeps blocking our exports, we will review our whole trade cooperation '
            'with Kampala," the Kenyan minister said.',
            id="review_cooperation_on_condition",
        ),
        pytest.param(
            "If Uganda refused to extradite the suspect, Kenya would have to review the whole "
            "extradition treaty, the minister said.",
            id="would_have_to_review_the_treaty",
        ),
    ],
)
def test_putting_ties_in_question_on_condition_is_a_threat(code, text):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
    assert countries(m.recipient) == {"UGA"}, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kenya is reviewing its cooperation with Uganda.", id="a_review_under_way"),
        pytest.param(
            "Kenya said it would review the trade agreement with Uganda next year.",
            id="a_review_planned_with_no_condition",
        ),
    ],
)
def test_a_review_of_ties_with_no_condition_is_no_threat(code, text):
    assert not _typed(code(text), "THREATEN")


def test_encouraging_the_two_sides_to_act_is_an_appeal_to_them(code):
    ms = code(
        "Sudanese and Chadian troops exchanged fire along the border on Monday. The European "
        "Union encouraged both countries to find a solution through dialogue."
    )
    m = _one(ms, "REQUEST")
    assert countries(m.actor) == {"EUR"}, m.explanation
    assert countries(m.recipient) == {"SDN", "TCD"}, m.explanation
    assert not _typed(ms, "AGREE"), [x.explanation for x in ms]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Investors were encouraged by the progress of the talks.", id="a_feeling"),
        pytest.param("The minister encouraged farmers to plant more wheat.", id="no_party_asked"),
    ],
)
def test_encouragement_of_no_party_is_no_appeal(code, text):
    assert not _typed(code(text), "REQUEST")
