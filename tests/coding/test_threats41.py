"""Warnings read by their clause (branch threat41).

A verb of warning that no lexicon row reads as a threat of its own ("warned that ...", which
senses.tsv drops as a forecast) reports its clause as a verb of saying does: a coercive act
announced for a class of people or acts ("anyone found armed will be disarmed by force",
"any attempt will be met with the firmness of the law", "will be hunted", "will be dealt with
firmly", "will answer before the courts") or the warner's side's own act on another's unmet
demand ("could cut ... if X does not pay") is the warner's threat (trigger.warning_content
beside trigger.offenders_punished / trigger.conditional_consequence).
A warning to the warner's own people or the public (a travel warning, a safety notice) is
advice, no threat (senses.tsv rows "advisory", mark @own_people).
A quotation's "you" is the party the speaker addresses (resolve.quoted_addressee), so an
ultimatum told across two sentences ("gave X until Friday ... 'If you do not, we will ...'")
is aimed at X.
Guards keep near misses as they were: forecasts of prices or politics, a warm response, force
used in the past, a weather warning, a warning given to another state."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


def _one(ms, plover):
    found = _typed(ms, plover)
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code_"),
    [
        pytest.param(
            "Chad's army warned that anyone found carrying a rifle in the market would be "
            "disarmed by force.",
            "TCD", "TCD", "138",
            id="disarmed_by_force",
        ),
        pytest.param(
            "The Gabonese army warned that any new attempt to block the highway will be met "
            "with the firmness of the law.",
            "GAB", "GAB", "130",
            id="met_with_firmness",
        ),
        pytest.param(
            "Kyrgyz police warned that anyone who spreads such calls will answer before the "
            "courts.",
            "KGZ", "KGZ", "137",
            id="answer_before_the_courts",
        ),
        pytest.param(
            "Somalia's army warned that those who planned the bombing will be hunted wherever "
            "they hide.",
            "SOM", "SOM", "138",
            id="hunted",
        ),
        pytest.param(
            "Kenyan police warned that anyone who loots shops will be dealt with firmly.",
            "KEN", "KEN", "137",
            id="dealt_with_firmly",
        ),
        pytest.param(
            "The governor of Ouaddai in Chad warned that anyone found carrying a rifle in the "
            "market would be disarmed by force.",
            "TCD", "TCD", "138",
            id="a_governor_enforcing_order_at_home",
        ),
    ],
)  # fmt: skip
def test_a_warning_of_coercion_against_a_class_is_a_threat(code, text, actor, recipient, code_):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.cameo == code_, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.warning_content]" in m.explanation
    assert "[trigger.offenders_punished]" in m.explanation


def test_a_warned_act_of_the_warner_s_side_on_an_unmet_demand_is_a_threat(code):
    ms = code(
        "The minister warned that Ghana could cut power exports to Togo if Lome did not "
        "settle its debt by June."
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"GHA"}, m.explanation
    assert countries(m.recipient) == {"TGO"}, m.explanation
    assert "[trigger.warning_content]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kenya warned its nationals against travel to northern Somalia.", id="travel"),
        pytest.param(
            "The Malian embassy in Dakar warned its citizens to avoid the demonstrations.",
            id="embassy_to_its_citizens",
        ),
        pytest.param(
            "The Nigerian foreign ministry warned travellers to avoid the border crossing.",
            id="travellers",
        ),
    ],
)
def test_a_warning_to_one_s_own_people_is_advice(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]
    assert not _typed(ms, "ACCUSE"), [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The central bank warned that prices could rise if the drought continues.",
            id="prices",
        ),
        pytest.param(
            "The minister warned that the government could collapse if the coalition partner left.",
            id="collapse",
        ),
        pytest.param(
            "The minister said the new plan would be met with a warm response from investors.",
            id="warm_response",
        ),
        pytest.param("Police said the suspects were disarmed by force.", id="past_force"),
        pytest.param("The weather service warned of flooding in the valley.", id="flooding"),
        pytest.param(
            "The ministry said the application will be dealt with quickly.", id="dealt_quickly"
        ),
    ],
)
def test_forecasts_and_acts_done_stay_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_a_warning_to_another_state_keeps_its_reading(code):
    ms = code("Uganda warned Kenya against sending troops to the disputed island.")
    m = _one(ms, "ACCUSE")
    assert countries(m.actor) == {"UGA"}, m.explanation
    assert countries(m.recipient) == {"KEN"}, m.explanation


def test_a_warning_to_another_state_of_force_keeps_its_threat(code):
    ms = code("Kenya warned Uganda that any attack on its posts would be met with force.")
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
    assert countries(m.recipient) == {"UGA"}, m.explanation
    assert m.cameo == "138", m.explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            "The Ugandan minister gave Kenya until Friday to lift the ban. \"If you do not, we "
            "will close the border,\" she said.",
            "UGA", "KEN",
            id="deadline_then_quotation",
        ),
        pytest.param(
            "The Ugandan army chief warned the Congolese militias on the lake on Monday. \"If "
            "you cross into our waters again, we will attack your boats,\" he said.",
            "UGA", "COD",
            id="warned_then_quotation",
        ),
    ],
)  # fmt: skip
def test_an_ultimatum_s_you_is_the_party_addressed(code, text, actor, recipient):
    ms = [m for m in code(text) if m.sentence == 1]
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert "[resolve.quoted_addressee]" in m.explanation


def test_a_quotation_s_we_is_still_its_speaker(code):
    ms = code(
        '"We will recall our ambassador if the raids go on," the Kenyan foreign minister said.'
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
