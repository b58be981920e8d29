"""Threats and denials told without the words "threaten" or "deny" (branch threat36).

A side that reports its own act as not done denies it (PLOVER REJECT); a permission refused for
the time to come ("will not allow") is a refusal; an act of any kind that a warning sets on a
condition is a threat, also when the warner is a group's leader speaking of "his party"; "made
clear that ... if" reports a threat as "said" does. Guards: a negated act that others or the
writer tell stays a negated act, an opinion ("should not allow") no refusal, a forecast on a
condition of the weather no threat, and another party's expected act no threat by the warner."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "The Argentine army said it did not shell the border village.",
            "ARG", id="said_it_did_not",
        ),
        pytest.param(
            "Uruguay's interior ministry said its police played no part in the raid on the "
            "Brazilian consulate.",
            "URY", id="played_no_part_in",
        ),
        pytest.param(
            "Ghana's foreign minister said his country was not behind the bombing of the "
            "Togolese border post.",
            "GHA", id="was_not_behind",
        ),
    ],
)  # fmt: skip
def test_an_own_act_said_not_done_is_a_denial(code, text, actor):
    ms = code(text)
    rejects = _typed(ms, "REJECT")
    assert rejects, [m.explanation for m in ms]
    r = rejects[0]
    assert countries(r.actor) == {actor}, r.explanation
    assert r.modality == "asserted", r.explanation
    assert "[recode.own_denial]" in r.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Argentine soldiers did not shell the village, farmers said.", id="others_tell"
        ),
        pytest.param("Argentine police did not fire at the marchers.", id="writer_tells"),
        pytest.param("The Argentine army said it will not shell the village.", id="future_refusal"),
    ],
)
def test_a_negated_act_others_tell_is_no_denial(code, text):
    ms = code(text)
    assert not any("[recode.own_denial]" in m.explanation for m in ms), [m.explanation for m in ms]


def test_will_not_allow_is_a_refusal(code):
    ms = code("Norway said it would not allow Russian trawlers to fish in its waters.")
    rejects = _typed(ms, "REJECT")
    assert rejects, [m.explanation for m in ms]
    assert countries(rejects[0].actor) == {"NOR"}, rejects[0].explanation
    assert rejects[0].modality == "asserted"
    # what is refused is not done: no fishing coded
    assert not [m for m in ms if countries(m.actor) == {"RUS"}], [m.explanation for m in ms]


def test_should_not_allow_is_no_refusal(code):
    ms = code("Norway should not allow Russian trawlers to fish in its waters, a columnist wrote.")
    assert not _typed(ms, "REJECT"), [m.explanation for m in ms]


def test_made_clear_reports_a_conditional_threat(code):
    ms = code("Turkey made clear that it would expel the Greek envoy if Athens did not apologise.")
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    assert countries(threats[0].actor) == {"TUR"}, threats[0].explanation
    assert threats[0].modality == "asserted", threats[0].explanation


def test_a_leader_warning_of_his_party_s_act_on_condition_threatens(code):
    ms = code(
        "The Kenyan opposition leader warned that his lawmakers would table a motion of censure "
        "if the fuel levy was not dropped."
    )
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    assert threats[0].modality == "asserted", threats[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chile warned that prices would rise if the drought continued.", id="weather"),
        pytest.param(
            "Ukraine warned that Russian forces would attack again if the talks collapsed.",
            id="other_party_act",
        ),
    ],
)
def test_forecasts_on_a_condition_stay_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_will_not_allow_is_aimed_at_the_one_refused(code):
    ms = code("Latvia said it would not allow Russian grain to cross its ports.")
    rejects = _typed(ms, "REJECT")
    assert rejects, [m.explanation for m in ms]
    assert countries(rejects[0].recipient) == {"RUS"}, rejects[0].explanation
    assert "[recipient.refused_party]" in rejects[0].explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            "Algeria said it could halt gas deliveries to Spain.",
            "DZA", "ESP", id="it_could",
        ),
        pytest.param(
            "Algeria's energy minister said Algiers might recall its ambassador from Madrid.",
            "DZA", "ESP", id="own_capital_might",
        ),
    ],
)  # fmt: skip
def test_an_unwelcome_act_a_side_says_it_could_take_is_a_threat(code, text, actor, recipient):
    ms = code(text)
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    t = threats[0]
    assert countries(t.actor) == {actor}, t.explanation
    assert countries(t.recipient) == {recipient}, t.explanation
    assert t.modality == "asserted", t.explanation


def test_an_analyst_s_could_is_no_threat(code):
    ms = code("Economists said Algeria could halt gas deliveries to Spain.")
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_will_not_stand_idly_by_is_a_threat_at_whom_it_watches(code):
    ms = code("Greece said it would not stand idly by while Turkey sent survey ships to the area.")
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    assert countries(threats[0].actor) == {"GRC"}, threats[0].explanation
    assert countries(threats[0].recipient) == {"TUR"}, threats[0].explanation
    assert threats[0].modality == "asserted", threats[0].explanation


def test_stood_idly_by_is_no_threat(code):
    ms = code("Greece stood idly by while the two rival militias fought over the port.")
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_no_role_said_by_its_own_side_is_a_denial(code):
    ms = code(
        "Belgium's interior ministry insisted that its police had no involvement in the tender affair."
    )
    rejects = _typed(ms, "REJECT")
    assert rejects, [m.explanation for m in ms]
    assert countries(rejects[0].actor) == {"BEL"}, rejects[0].explanation
    assert rejects[0].modality == "asserted", rejects[0].explanation


def test_no_role_told_by_the_writer_is_no_denial(code):
    ms = code("Under the constitution the Belgian army has no role in the tender affair.")
    assert not _typed(ms, "REJECT"), [m.explanation for m in ms]


@pytest.mark.candidates(
    "no target in the warning's own clause: a weak reading; doer and type checked"
)
def test_a_state_official_warning_of_the_government_s_deed_on_condition_threatens(code):
    ms = code(
        "Ecuador's oil minister warned that the government would double the royalties owed "
        "by Colombian drillers if the tanker was not handed back."
    )
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    assert countries(threats[0].actor) == {"ECU"}, threats[0].explanation
    assert threats[0].modality == "asserted", threats[0].explanation


def test_a_government_s_fall_on_condition_is_no_threat(code):
    ms = code(
        "Ecuador's oil minister warned that the government would collapse if the budget failed."
    )
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]
