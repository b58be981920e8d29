"""Punishments announced for a class of offenders or a party, declared targets and costly
payment (branch threat40).

- a speaker's statement that a class of offenders ("anyone who ...", "any officer who ...",
  "those who ...", "deserters") or a named party will be punished (a passive of arresting,
  prosecuting, punishing; "held responsible"; "will face a court martial") is the speaker's
  threat (trigger.offenders_punished);
- a statement that a class or a party is a target, or will be treated as an enemy, is a
  threat of force (trigger.declared_target);
- "X will pay dearly", "the raid will not go unpunished" announce punishment as "will face
  consequences" does (trigger.announced_punishment).
Guards keep near misses as they were: a law's penalty, a reward, a court's schedule for one
suspect, a commentator's guess, a risk assessed, punishment already done, the speaker's own
liability, a cost to consumers, a denial."""

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
            "The Ghanaian defence minister said that any officer who joins the mutineers will "
            "face a court martial.",
            "GHA", "GHA", "137",
            id="class_will_face_a_court_martial",
        ),
        pytest.param(
            "Nigerian police said anyone who loots shops during the curfew will be arrested.",
            "NGA", "NGA", "137",
            id="anyone_will_be_arrested",
        ),
        pytest.param(
            "The Bolivian prosecutor's office said that organisers who keep the outlawed "
            "movement going would be held liable.",
            "BOL", "BOL", "137",
            id="class_held_liable",
        ),
        pytest.param(
            "The Russian foreign ministry said Estonia would be held responsible for any harm "
            "done to Russian diplomats.",
            "RUS", "EST", "130",
            id="a_party_held_responsible",
        ),
    ],
)  # fmt: skip
def test_punishment_announced_for_offenders_is_the_speaker_s_threat(
    code, text, actor, recipient, code_
):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.cameo == code_, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.offenders_punished]" in m.explanation


def test_a_prosecution_announced_is_a_threat_not_a_charge(code):
    ms = code(
        "Kenya's interior minister said those who organised the looting would be prosecuted "
        "to the full extent of the law."
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
    assert not _typed(ms, "ACCUSE"), [x.explanation for x in ms]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            "Chadian rebels said every Chadian army supply convoy is a legitimate target.",
            "TCD", "TCD",
            id="every_convoy_is_a_legitimate_target",
        ),
        pytest.param(
            "The Sudanese army said any Ethiopian soldier found inside the triangle would be "
            "treated as an enemy combatant.",
            "SDN", "ETH",
            id="treated_as_an_enemy",
        ),
    ],
)  # fmt: skip
def test_a_side_declared_a_target_is_threatened_with_force(code, text, actor, recipient):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.cameo == "138", m.explanation
    assert "[trigger.declared_target]" in m.explanation


def test_will_pay_dearly_is_the_speaker_s_threat(code):
    ms = code("Eritrea's president said Ethiopia would pay dearly for the border raid.")
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"ERI"}, m.explanation
    assert countries(m.recipient) == {"ETH"}, m.explanation
    assert "[trigger.announced_punishment]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Under the new law, offenders face fines of up to 5,000 dollars.",
                     id="a_law_s_fine"),
        pytest.param(
            "Under the new law, anyone who burns the flag will be jailed, the minister said.",
            id="a_law_s_penalty_explained",
        ),
        pytest.param("Ghana said loyal soldiers would be rewarded for their service.",
                     id="a_reward"),
        pytest.param("The minister said the suspect would face trial next month.",
                     id="one_suspect_s_trial"),
        pytest.param("Analysts said any Iranian tanker is a legitimate target.",
                     id="commentator"),
        pytest.param("Officials said the embassy is a likely target for attacks.",
                     id="a_risk_assessed"),
        pytest.param("The Kenyan police said anyone who looted shops was arrested.",
                     id="done_not_announced"),
        pytest.param("Ghana's minister said Ghana would be held responsible if the deal failed.",
                     id="own_liability"),
        pytest.param("Ghana's finance minister said consumers would pay heavily for the new tax.",
                     id="a_cost_to_consumers"),
        pytest.param("Spain's coach said any team that reaches the final will face Brazil.",
                     id="sport"),
        pytest.param("The minister did not say whether deserters would be punished.",
                     id="not_said"),
    ],
)  # fmt: skip
def test_near_misses_are_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_a_denied_declaration_is_no_threat(code):
    ms = code("Ethiopia denied that every Eritrean convoy is a target.")
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_leave_or_face_arrest_is_a_threat_not_an_arrest(code):
    ms = code("Nigerian police gave the protesters two days to leave the square or face arrest.")
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"NGA"}, m.explanation
    assert m.cameo == "137", m.explanation
    assert not _typed(ms, "COERCE"), [x.explanation for x in ms]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            '"If Uganda does not reply by Monday, we will take the matter to the African '
            'Union," Kenya\'s foreign minister said.',
            "KEN", "UGA",
            id="unmet_demand_then_a_venue",
        ),
    ],
)  # fmt: skip
def test_an_answer_to_an_unmet_demand_is_a_threat(code, text, actor, recipient):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert "[trigger.conditional_consequence]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"If the Ghanaian government does not pay, we will be ruined," the farmers\' '
            "leader said.",
            id="a_state_not_an_act",
        ),
        pytest.param('"We will lose our jobs unless the mine is reopened," a Chilean miner said.',
                     id="own_misfortune"),
        pytest.param('"If it rains, we will stay at home," the Kenyan minister said.',
                     id="no_demand"),
        pytest.param('"If we are not paid, we will go home," the Ghanaian miners said.',
                     id="own_side_condition"),
        pytest.param("The firm must repay the loan or face bankruptcy, the Kenyan minister said.",
                     id="or_face_no_act"),
    ],
)  # fmt: skip
def test_near_misses_of_demands_are_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]
