"""Domestic and parliamentary politics with a foreign side (the bench/stories/politics errors,
fixed in general): an opposition's untargeted act is aimed at home, a counterpart must have
been named before, the place a speaker spoke in places no one else, "attacked the decision" is
criticism, an offer to host talks holds none, a multi-sentence quotation dates the statement
before it. Sentences written for these tests; published on Friday 13 September 2024 (Monday is
the 9th)."""

from __future__ import annotations

import pytest

from support import named_countries as _countries

PUBLISHED = "2024-09-13"


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


# --- recipient.opposition_home ------------------------------------------------------------


def test_opposition_acts_go_home(code):
    text = (
        "ACCRA, Sept 13 (Wire) - Ghana and Togo traded accusations over a border post on Monday. "
        "Togo said Ghana had moved troops, and Ghana said Togo had closed the road. "
        "Opposition lawmakers demanded a debate on the budget."
    )
    m = _one(code, text, "demanded")
    assert _countries(m.recipient) == {"GHA"}
    assert "[recipient.opposition_home]" in m.explanation


def test_government_act_still_takes_the_counterpart(code):
    text = (
        "ACCRA, Sept 13 (Wire) - Togo closed its border with Ghana on Monday. Togo said Ghana "
        "had moved troops to the frontier. Ghana rejected the accusation on Tuesday."
    )
    m = _one(code, text, "rejected")
    assert _countries(m.recipient) == {"TGO"}


# --- recipient.story_counterpart: named before ---------------------------------------------


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_counterpart_named_only_later_is_no_target(code):
    text = (
        "LUSAKA, Sept 13 (Wire) - Zambia's electoral commission on Monday disqualified a "
        "presidential candidate. A government spokeswoman denied that the decision was "
        "political. Britain said it was worried. The British high commission said Britain "
        "would follow the appeal. London urged calm."
    )
    m = _one(code, text, "denied")
    assert "GBR" not in _countries(m.recipient)


# --- mention.group: the place a speaker spoke in -------------------------------------------


def test_place_of_saying_does_not_place_the_authorities(code):
    text = (
        "MINSK, Sept 13 (Wire) - Belarus jailed an opposition blogger on Monday. A State "
        "Department spokesman said in Washington that the trial was unfair and urged the "
        "authorities to free him."
    )
    m = _one(code, text, "urged")
    assert _countries(m.actor) == {"USA"}
    assert _countries(m.recipient) == {"BLR"}


def test_place_of_a_scene_still_places_a_crowd(code):
    text = "MINSK, Sept 13 (Wire) - Protesters in Warsaw burned a flag on Monday."
    m = _one(code, text, "burned")
    assert _countries(m.actor) == {"POL"}


# --- senses: attacking a decision is criticism ---------------------------------------------


def test_attacking_a_decision_is_criticism(code):
    m = _one(
        code,
        "Kenya's opposition leader on Monday attacked the decision to raise taxes.",
        "attacked",
    )
    assert m.event_type == "ACCUSE"
    m = _one(code, "Lawmakers in Manila attacked the cabinet reshuffle on Monday.", "attacked")
    assert m.event_type == "ACCUSE"


def test_attacking_a_convoy_after_a_decision_is_still_an_attack(code):
    m = _one(
        code, "Gunmen in Mali attacked an army convoy after the decision on Monday.", "attacked"
    )
    assert m.event_type == "ASSAULT"


# --- verdicts: "a setback", "a betrayal" -----------------------------------------------------


def test_called_a_setback_is_criticism(code):
    text = (
        "Georgia's parliament passed a law on foreign funding on Monday. The European Union "
        "called the law a setback for Georgian democracy."
    )
    m = _one(code, text, "called")
    assert m.event_type == "ACCUSE"
    assert _countries(m.actor) == {"EUR"}


# --- modality: an offer to host talks holds none --------------------------------------------


def test_offer_to_host_talks_after_a_date_is_no_meeting_held(code):
    text = (
        "Qatar, which has ties to both sides, offered on Monday to host talks between Sudan "
        "and Chad."
    )
    coded = code(text, PUBLISHED)
    events = [e for e in coded if e.evidence.trigger.startswith("talks")]
    assert events
    for e in events:
        assert not (e.event_type == "CONSULT" and e.modality == "asserted")
        assert e.date != "2024-09-16"  # not the next Monday
    # the offer itself (its verb read as the main verb, rule actor.misparsed_subject) has the
    # Monday's date words
    (offer,) = [e for e in coded if e.evidence.trigger == "offered"]
    assert offer.date == "2024-09-09"


def test_went_somewhere_to_hold_talks_held_them(code):
    text = "The Sudanese foreign minister went to Doha on Monday to hold talks with Qatar."
    events = [e for e in code(text, PUBLISHED) if e.event_type == "CONSULT"]
    assert any(e.modality == "asserted" for e in events)


# --- triggers: receiving gas is no visit --------------------------------------------------


def test_receiving_gas_is_no_hosting(code):
    text = "Serbia received Russian gas through Turkey on Monday."
    assert not [e for e in code(text, PUBLISHED) if e.cameo == "043"]


# --- date.next_attribution: a quotation of several sentences; praise ---------------------


def test_statement_dated_by_a_saying_after_a_two_sentence_quote(code):
    text = (
        "Senegal's electoral court barred an opposition candidate on Monday. The interior "
        'minister rejected the criticism. "The court did its work. The law is the same for '
        'all," he told reporters on Wednesday.'
    )
    m = _one(code, text, "rejected")
    assert m.date == "2024-09-11"
    assert "[date.next_attribution]" in m.explanation


@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_welcome_dated_by_the_next_sentence_saying(code):
    text = (
        "Armenia's president appointed a new foreign minister on Monday. The outgoing minister "
        'said he had resigned on Saturday. Azerbaijan welcomed the change. "It is a chance for '
        'peace," the Azerbaijani foreign ministry said in a statement on Tuesday.'
    )
    m = _one(code, text, "welcomed")
    assert m.date == "2024-09-10"


# --- recipient.domestic_target: a denial of the state's own conduct ---------------------------


def test_denial_of_own_officers_conduct_is_aimed_at_home(code):
    text = (
        "FREETOWN, Sept 13 (Wire) - Thousands of students marched through Freetown on Monday "
        "against higher fuel prices. The interior ministry rejected accusations that officers "
        "had beaten detainees."
    )
    m = _one(code, text, "rejected")
    assert _countries(m.recipient) == {"SLE"}
    assert "[recipient.domestic_target]" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_denial_of_a_claim_about_no_party_keeps_no_target(code):
    text = (
        "FREETOWN, Sept 13 (Wire) - Thousands of students marched through Freetown on Monday "
        "against higher fuel prices. The interior ministry denied that the march had been "
        "violent."
    )
    m = _one(code, text, "denied")
    assert not m.recipient
