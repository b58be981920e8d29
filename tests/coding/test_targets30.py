"""Targets of acts that name none of their own (issues #11/#12, branch targets): an act told beside
its doer's targeted act is aimed at that act's target (rule recipient.sibling_target). Every text
is written for these tests."""

from __future__ import annotations

from support import named_countries as _countries


def _typed(ms, etype, word):
    found = [m for m in ms if m.event_type == etype and word in m.evidence.trigger]
    assert found, [(m.event_type, m.evidence.trigger) for m in ms]
    return found[0]


# -- recipient.sibling_target ---------------------------------------------------------------------


def test_a_refusal_told_after_a_charge_is_aimed_at_the_accused(code):
    ms = code(
        "Morocco's foreign ministry accused Algeria on Sunday of arming separatists and said "
        "Rabat would never give in to blackmail."
    )
    m = _typed(ms, "REJECT", "give in")
    assert _countries(m.recipient) == {"DZA"}, m.explanation
    assert "recipient.sibling_target" in m.explanation


def test_a_refusal_to_talk_after_a_charge_is_aimed_at_the_accused(code):
    ms = code(
        "The Philippine defence secretary accused China of bullying its fishermen and said "
        "Manila would not negotiate while its boats were being rammed."
    )
    m = _typed(ms, "REJECT", "negotiate")
    assert _countries(m.recipient) == {"CHN"}, m.explanation


def test_a_threat_told_as_readiness_after_a_charge_is_aimed_at_the_accused(code):
    ms = code("Serbia accused Kosovo of provoking the clashes and said it was ready to use force.")
    m = _typed(ms, "THREATEN", "ready")
    assert _countries(m.recipient) == {"XKX"}, m.explanation


def test_an_offer_after_an_appeal_goes_to_those_appealed_to(code):
    ms = code("Norway urged Colombia and Venezuela to reopen the border and offered its help.")
    m = _typed(ms, "AGREE", "offered")
    assert _countries(m.recipient) == {"COL", "VEN"}, m.explanation


def test_backing_after_a_condemnation_does_not_take_the_condemned(code):
    ms = code(
        "Australia criticised China's live-fire drills near the strait on Friday and said it "
        "stood firmly with its partners."
    )
    backing = [m for m in ms if m.event_type == "SUPPORT"]
    assert all("CHN" not in _countries(m.recipient) for m in backing), [
        m.explanation for m in backing
    ]


def test_another_doers_refusal_does_not_take_the_accused(code):
    ms = code(
        "Iran accused Israel of sabotage at the plant, and Russia said it would not accept any "
        "escalation."
    )
    refusals = [m for m in ms if m.event_type == "REJECT" and "RUS" in _countries(m.actor)]
    assert all("ISR" not in _countries(m.recipient) for m in refusals), [
        m.explanation for m in refusals
    ]


def test_a_charge_does_not_take_the_target_of_a_demand_made_of_a_third_party(code):
    ms = code(
        "Greece condemned the raid on the tanker and said it had asked the EU to send more "
        "warships."
    )
    m = _typed(ms, "ACCUSE", "condemned")
    assert "EUR" not in _countries(m.recipient), m.explanation


def test_two_doers_joined_by_and_keep_their_own_targets(code):
    ms = code("Singapore's cabinet rejected the appeal, and the high court dismissed the request.")
    m = _typed(ms, "REJECT", "rejected")
    assert "recipient.sibling_target" not in m.explanation, m.explanation


def test_a_charge_against_its_neighbour_told_with_a_closure_is_aimed_at_the_state_shut_out(code):
    ms = code(
        "Kenya closed its border with Somalia on Monday, accusing its northern neighbour of "
        "harbouring militants."
    )
    m = _typed(ms, "ACCUSE", "accusing")
    assert _countries(m.recipient) == {"SOM"}, m.explanation


def test_a_rejected_plan_keeps_its_owner_as_target(code):
    ms = code(
        "Peru accused Chile of spying and said it rejected the Bolivian government's plan for "
        "the border."
    )
    m = _typed(ms, "REJECT", "rejected")
    assert _countries(m.recipient) == {"BOL"}, m.explanation


# -- recipient.relative_antecedent ----------------------------------------------------------------


def test_a_refused_recognition_after_which_takes_up_the_act_before_it(code):
    ms = code(
        "India imposes a ban on rice exports every monsoon, which Bangladesh has refused to "
        "recognise."
    )
    m = _typed(ms, "REJECT", "refused")
    assert _countries(m.recipient) == {"IND"}, m.explanation
    assert "recipient.relative_antecedent" in m.explanation


def test_a_ban_the_relative_clause_rejects_is_aimed_at_who_imposed_it(code):
    ms = code(
        "India imposes a ban on rice exports every monsoon, which Bangladesh does not accept."
    )
    m = _typed(ms, "REJECT", "accept")
    assert _countries(m.recipient) == {"IND"}, m.explanation


def test_a_move_the_relative_clause_condemns_is_aimed_at_its_doer(code):
    ms = code("Turkey seized the two islets in March, a move Greece condemned.")
    m = _typed(ms, "ACCUSE", "condemned")
    assert _countries(m.recipient) == {"TUR"}, m.explanation
    assert "recipient.relative_antecedent" in m.explanation


def test_a_treaty_the_relative_clause_rejects_is_aimed_at_its_signer(code):
    ms = code("Chile signed the treaty that Bolivia rejected.")
    m = _typed(ms, "REJECT", "rejected")
    assert _countries(m.recipient) == {"CHL"}, m.explanation
