"""Recall classes of session 29 (issue #11). Invented text.

- a definite group of states counted by a number word as the subject of an act ("the three
  governments agreed") is the states an earlier event told together in that number (rule
  resolve.counted_doers);
- a state warning that it would or could do something to another ("warned that it could stop
  the lorries") threatens it (senses.tsv row own_act of warn, senses.own_act_clause);
- a rejection of "the protest", "the complaint", "the objections" answers whoever lodged it, as
  one of "the accusation" does (act_nouns.tsv rows; rule recipient.charge_answered).
"""

from __future__ import annotations


def _events(code, text):
    return [
        (
            m.sentence,
            m.event_type,
            sorted({a.country for a in m.actor}),
            sorted({r.country for r in m.recipient}),
        )
        for m in code(text)
    ]


def test_three_governments_after_a_hosted_meeting(code):
    text = (
        "Italy hosted ministers of Malta and Tunisia in Rome on Monday. "
        "The three governments agreed to share patrol data."
    )
    agreed = [e for e in _events(code, text) if e[0] == 1]
    assert agreed and agreed[0][1] == "AGREE"
    assert agreed[0][2] == ["ITA", "MLT", "TUN"]


def test_three_countries_after_a_joint_meeting(code):
    text = (
        "Ministers from Kenya, Uganda and Rwanda met in Kampala on Monday. "
        "The three countries agreed to build a new railway."
    )
    assert (1, "AGREE", ["KEN", "RWA", "UGA"], []) in _events(code, text)


def test_three_governments_in_a_reported_clause(code):
    text = (
        "Ministers from Kenya, Uganda and Rwanda met in Kampala on Monday. "
        "Tanzania said the three governments had agreed to build a new railway."
    )
    agreed = [e for e in _events(code, text) if e[0] == 1 and e[1] == "AGREE"]
    assert agreed and agreed[0][2] == ["KEN", "RWA", "UGA"]


def test_a_count_no_event_told_is_no_one(code):
    # two states met; "the three countries" are not them
    text = (
        "Ministers from Kenya and Uganda met in Kampala on Monday. "
        "The three countries agreed to build a new railway."
    )
    assert not [e for e in _events(code, text) if e[0] == 1]


def test_rejecting_the_protest_answers_the_summons(code):
    text = (
        "Peru summoned Chile's ambassador on Monday over the arrest of two fishermen. "
        "Chile's interior minister rejected the protest."
    )
    assert (1, "REJECT", ["CHL"], ["PER"]) in _events(code, text)


def test_dismissing_the_complaint_answers_who_lodged_it(code):
    text = (
        "Ghana lodged a formal complaint with Togo over the border incident. "
        "Togo dismissed the complaint on Tuesday."
    )
    assert (1, "REJECT", ["TGO"], ["GHA"]) in _events(code, text)


def test_rejecting_the_objections_answers_the_critic(code):
    text = "Greece criticised Turkey's survey ship on Monday. Turkey rejected the objections."
    assert (1, "REJECT", ["TUR"], ["GRC"]) in _events(code, text)


# a state's warning of its own act to come is a threat (senses.tsv 'warn' row own_act)


def test_warning_of_the_states_own_act_is_a_threat(code):
    text = "Kenya's trade minister warned on Tuesday that Kenya could stop Ugandan sugar lorries."
    assert [(e[1], e[2], e[3]) for e in _events(code, text)] == [("THREATEN", ["KEN"], ["UGA"])]


def test_warning_that_it_would_review_ties_is_a_threat(code):
    mentions = code("Morocco warned that it would review its ties with Spain.")
    assert [(m.event_type, m.cameo) for m in mentions] == [("THREATEN", "130")]


def test_warning_joined_to_a_speech_keeps_its_subject(code):
    text = (
        "Ethiopia's prime minister told parliament on Sunday that the country needed a port "
        "and warned that it would secure access to the sea by other means if necessary."
    )
    assert [(e[1], e[2]) for e in _events(code, text)] == [("THREATEN", ["ETH"])]


def test_warning_of_what_the_state_would_suffer_is_no_threat(code):
    assert code("Chile warned that it would face heavy losses if the tariffs stayed.") == []


def test_warning_of_another_states_act_is_no_threat(code):
    assert code("Ghana warned that Togo could close the border.") == []


def test_a_banks_warning_of_its_own_step_is_no_threat(code):
    assert code("The central bank warned that it could raise interest rates again.") == []
