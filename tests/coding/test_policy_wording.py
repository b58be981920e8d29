"""Wording of international policy news (bench/stories/policy): attributing a hack or an attack
to a state, indictments that are unsealed, filed or returned, and the indictment's participle
naming whom it charges. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _types(mentions):
    return {m.event_type for m in mentions}


def test_attributing_a_cyberattack_to_a_state_accuses_it(code):
    ms = code("Sweden on Monday attributed a ransomware attack on its tax agency to Iran.")
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].actor) == {"SWE"}
    assert countries(acc[0].recipient) == {"IRN"}
    # the attack is Iran's, not an attack by Sweden
    assert not any(m.event_type == "ASSAULT" and countries(m.actor) == {"SWE"} for m in ms)


def test_attributing_an_intrusion_to_a_ministry_names_its_country(code):
    ms = code("Canada attributed the intrusion to China's Ministry of State Security.")
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].recipient) == {"CHN"}


def test_attributing_an_economic_trend_is_no_event(code):
    assert not code("Officials in Lima attributed the drop in copper exports to weak demand.")


def test_an_unsealed_indictment_charging_officers_accuses_their_state(code):
    ms = code(
        "The US Justice Department on Tuesday unsealed an indictment charging five Iranian "
        "intelligence officers with hacking."
    )
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].actor) == {"USA"}
    assert countries(acc[0].recipient) == {"IRN"}


def test_a_filed_indictment_is_an_accusation(code):
    ms = code(
        "Federal prosecutors in Ohio filed an indictment charging three Chinese nationals "
        "with theft of trade secrets."
    )
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].recipient) == {"CHN"}


def test_a_returned_indictment_against_officials(code):
    ms = code("A US federal grand jury returned an indictment against two Venezuelan generals.")
    assert "ACCUSE" in _types(ms)


# ---- branch policyfix: walkouts, entry bans, pledges, refusals, entity lists, dates ----


def _one(ms, kind):
    found = [m for m in ms if m.event_type == kind]
    assert found, [m.event_type for m in ms]
    return found[0]


def test_a_walkout_after_another_state_blocked_the_text_is_aimed_at_it(code):
    ms = code(
        "Delegations from Fiji and Samoa walked out of the plenary after Australia blocked "
        "a reference to coal."
    )
    walk = _one(ms, "PROTEST")
    assert countries(walk.actor) == {"FJI", "WSM"}
    assert countries(walk.recipient) == {"AUS"}


def test_a_walkout_when_another_objected_is_not_aimed_at_the_walkers(code):
    ms = code("Kiribati's delegates walked out of the session when Japan objected to the text.")
    walk = _one(ms, "PROTEST")
    assert countries(walk.recipient) == {"JPN"}


def test_an_entry_bar_on_travellers_targets_where_they_have_been(code):
    ms = code(
        "Japan barred entry to foreign nationals who have been in Peru during the past three weeks."
    )
    bar = _one(ms, "COERCE")
    assert countries(bar.actor) == {"JPN"}
    assert countries(bar.recipient) == {"PER"}
    # the stretch of the relative clause is the travellers', not the ban's day
    assert bar.date == "2023-05-12"


def test_a_ban_on_travellers_arriving_from_states_targets_them(code):
    bar = _one(code("Chile banned travellers arriving from Bolivia and Paraguay."), "COERCE")
    assert countries(bar.recipient) == {"BOL", "PRY"}


@pytest.mark.candidates("checks the type given to a reading that is below the default threshold")
def test_a_pledge_that_follows_another_donors_is_a_pledge(code):
    ms = code(
        "Sweden pledged 200 million kronor to the relief fund on Tuesday. Denmark followed "
        "two hours later with 90 million kronor."
    )
    # a sum pledged is aid given (rule trigger.sum_pledge)
    pledges = [m for m in ms if m.event_type == "AID"]
    assert {frozenset(countries(m.actor)) for m in pledges} == {
        frozenset({"SWE"}),
        frozenset({"DNK"}),
    }
    # in step with Sweden, not a pledge made to Sweden
    dnk = next(m for m in pledges if countries(m.actor) == {"DNK"})
    assert not countries(dnk.recipient)


def test_following_with_words_is_no_pledge(code):
    assert not code("The Danish minister followed with a statement on the budget.")


def test_putting_up_money_is_a_pledge_but_putting_up_resistance_is_not(code):
    ms = code("Norway put up 40 million dollars for the flood appeal in Malawi.")
    assert countries(_one(ms, "AID").actor) == {"NOR"}
    assert not any(m.event_type == "AGREE" for m in code("The rebels put up fierce resistance."))


def test_not_taking_part_in_a_bodys_scheme_rejects_the_body(code):
    ms = code(
        "Warsaw would not take part in the European Union's migrant relocation plan, its "
        "envoy told the meeting."
    )
    rej = _one(ms, "REJECT")
    assert countries(rej.actor) == {"POL"}
    assert countries(rej.recipient) == {"EUR"}


def test_refusing_a_un_scheme_named_before_the_noun(code):
    rej = _one(
        code("Poland said it would not take part in the United Nations relocation scheme."),
        "REJECT",
    )
    assert countries(rej.recipient) == {"UNO"}


def test_ready_to_talk_but_rejected_the_demand_is_the_ready_states_rejection(code):
    ms = code(
        "Vietnam demanded an apology from China on Monday. Spokeswoman Mei Ling said Beijing "
        'was "open to dialogue" with Vietnam but rejected the demand for an apology as '
        "groundless."
    )
    rej = _one(ms, "REJECT")
    assert countries(rej.actor) == {"CHN"}
    assert countries(rej.recipient) == {"VNM"}


def test_adding_firms_to_an_entity_list_sanctions_their_state(code):
    ms = code("The United States added 14 Chinese companies to its entity list on Monday.")
    san = _one(ms, "SANCTION")
    assert countries(san.actor) == {"USA"}
    assert countries(san.recipient) == {"CHN"}


def test_putting_firms_on_an_unreliable_entity_list(code):
    ms = code("Beijing put nine American aerospace firms on its unreliable entity list.")
    san = _one(ms, "SANCTION")
    assert countries(san.actor) == {"CHN"}
    assert countries(san.recipient) == {"USA"}
    assert not any(m.event_type == "COOPERATE" for m in ms)


def test_adding_banks_to_a_sanctions_list_names_their_state(code):
    san = _one(code("Britain added two Iranian banks to its sanctions list."), "SANCTION")
    assert countries(san.recipient) == {"IRN"}


def test_an_objection_minutes_before_a_walkout_keeps_its_day(code):
    ms = code(
        "The delegates left the hall on Tuesday, moments after the Peruvian delegation "
        "objected to the paragraph.",
        when="2023-05-12",
    )
    rej = _one(ms, "REJECT")
    assert rej.date == "2023-05-09"


def test_a_gapped_second_donor_is_no_recipient_of_the_first_pledge(code):
    ms = code("France pledged 300 million euros and Italy 120 million euros to the climate fund.")
    pledge = _one(ms, "AID")
    assert countries(pledge.actor) == {"FRA"}
    assert "ITA" not in countries(pledge.recipient)


def test_a_gapped_donor_read_as_a_modifier_of_the_second_sum(code):
    ms = code(
        "- Spain pledged 300 million euros and Norway 90 million kroner to the fund for "
        "drought relief."
    )
    pledge = _one(ms, "AID")
    assert "NOR" not in countries(pledge.recipient)


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_pledge_to_a_fund_is_not_aimed_at_the_storys_other_state(code):
    ms = code(
        "Egypt blocked the draft on Monday, and Chile accused Egypt of stalling. "
        "Denmark's climate minister pledged 90 million euros to the adaptation fund."
    )
    pledge = next(m for m in ms if m.event_type == "AID" and countries(m.actor) == {"DNK"})
    assert not countries(pledge.recipient)


def test_expelling_diplomats_of_two_states_keeps_both(code):
    ms = code("Russia expelled two Polish diplomats and three Estonian diplomats.")
    assert countries(_one(ms, "SANCTION").recipient) == {"POL", "EST"}


def test_what_a_ban_keeps_firms_from_doing_is_not_done(code):
    ms = code(
        "Peru put six Chilean firms on its sanctions list, barring them from trading with or "
        "investing in Peru."
    )
    assert countries(_one(ms, "SANCTION").recipient) == {"CHL"}
    assert not any(m.event_type == "COOPERATE" and m.modality == "asserted" for m in ms)


def test_an_investment_not_kept_from_anyone_is_still_coded(code):
    ms = code("Chilean firms invested 40 million dollars in Peruvian copper mines on Monday.")
    assert any(m.event_type == "COOPERATE" and m.modality == "asserted" for m in ms)
