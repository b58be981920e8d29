"""Background history told beside a current act of the same type and parties (issue #12 point 4,
"no forbidden event"): the act that began a lasting state of affairs (rule date.origin_clause), a
"when" clause on an old year whose verb is a past spelled as the present (rule
date.framed_history, vocabulary invariant_past_verbs). Invented stories."""

from __future__ import annotations

PUB = "2026-06-18"  # a Thursday


def _by_trigger(mentions, word: str):
    found = [m for m in mentions if m.evidence.trigger.split()[0] == word]
    assert len(found) == 1, [(m.evidence.trigger, m.event_type, m.modality) for m in mentions]
    return found[0]


def test_act_that_began_a_year_long_dispute_is_history_not_the_lead_day(code):
    text = (
        "Chile raised duties on Peruvian wine on Tuesday in a long-running quarrel over trade "
        "that started when Peru imposed levies on Chilean cheese."
    )
    mentions = code(text, PUB)
    lead = _by_trigger(mentions, "raised")
    assert (lead.modality, lead.date) == ("asserted", "2026-06-16")
    origin = _by_trigger(mentions, "imposed")
    assert origin.modality == "historical"
    assert origin.date is None
    assert "[date.origin_clause]" in origin.explanation


def test_act_a_row_dates_back_to_is_history(code):
    text = (
        "Algeria and Spain agreed on Wednesday to restore air links. The bitter row between the "
        "two goes back to when Spain expelled two Algerian diplomats."
    )
    mentions = code(text, PUB)
    origin = _by_trigger(mentions, "expelled")
    assert origin.modality == "historical"
    assert origin.date is None
    assert _by_trigger(mentions, "agreed").date == "2026-06-17"


def test_act_that_began_protests_with_no_length_stays_current(code):
    text = "The protests in the capital began when police shot a student on Tuesday."
    shot = _by_trigger(code(text, PUB), "shot")
    assert shot.modality == "asserted"
    assert shot.date == "2026-06-16"
    text = "Clashes that began when troops fired on a crowd of farmers spread to two towns."
    fired = _by_trigger(code(text, PUB), "fired")
    assert fired.modality != "historical"


def test_when_clause_on_an_old_year_with_invariant_past_is_that_years(code):
    text = (
        "Their enmity dates from 2018, when Kenya and its allies cut relations with Somalia. "
        "Kenyan and Somali envoys met in Geneva on Tuesday."
    )
    mentions = code(text, PUB)
    cut = _by_trigger(mentions, "cut")
    assert (cut.modality, cut.date) == ("historical", "2018")
    met = _by_trigger(mentions, "met")
    assert (met.modality, met.date) == ("asserted", "2026-06-16")


def test_present_tense_cut_outside_a_when_clause_stays_current(code):
    text = "Egypt and its allies cut ties with Libya, the foreign ministry said on Tuesday."
    cut = _by_trigger(code(text, PUB), "cut")
    assert cut.modality == "asserted"


def test_act_during_an_occupation_that_ended_long_ago_is_history(code):
    text = (
        "Ethiopian soldiers burned farms in Somalia during the occupation, which ended in 2009. "
        "Somalia's president visited Addis Ababa on Tuesday."
    )
    mentions = code(text, PUB)
    burned = [m for m in mentions if m.evidence.trigger.startswith("burned")]
    assert burned and all(m.modality == "historical" and m.date is None for m in burned)
    assert "[date.during_history]" in burned[0].explanation
    assert not any(m.date == "2026-06-16" and m.modality != "historical" for m in burned)


def test_act_during_decades_of_army_rule_is_history(code):
    text = "Chilean officers jailed thousands of students throughout decades of army rule."
    jailed = _by_trigger(code(text, PUB), "jailed")
    assert jailed.modality == "historical"
    assert jailed.date is None


def test_act_during_a_rally_that_ended_this_week_stays_current(code):
    text = "Police detained dozens of students during the march, which ended on Tuesday."
    detained = _by_trigger(code(text, PUB), "detained")
    assert (detained.modality, detained.date) == ("asserted", "2026-06-16")
