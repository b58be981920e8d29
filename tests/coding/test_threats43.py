"""Threats told as a right reserved, an unnamed step or an answer (branch threat43).

- A threat of an unnamed step ("would take resolute measures to safeguard its banks") or a
  right reserved to act ("reserves the right to respond") with no target of its own aims at
  the doer of the act the story told last against the threatener's side
  (recipient.answered_step), also in place of a target assumed at home.
- "reserves" tagged a plural noun by the small model is still the verb of its clause, and the
  word the parser made its compound is its subject.
- "said it rejected X and would take ...": the "would" of a clause joined to a reported one is
  the future of reported speech, not a hypothetical.
- An answer announced to every military operation is a threat (trigger.answered_attack).

Guards keep near misses as they were: measures to support farmers or to help flood victims,
measures against a virus, an answer to a question, an observer's expectation."""

from __future__ import annotations

from support import countries
from support import mentions_of as _typed


def _one(ms, plover):
    found = _typed(ms, plover)
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found[0]


def _threats(ms, sentence):
    return [m for m in _typed(ms, "THREATEN") if m.sentence == sentence]


def test_necessary_measures_answer_the_act_told_before(code):
    ms = code(
        "Chile froze the accounts of two Peruvian banks on Monday. Peru's finance ministry "
        "said it would take resolute measures to safeguard its lenders."
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"PER"}, m.explanation
    assert countries(m.recipient) == {"CHL"}, m.explanation
    assert "[recipient.answered_step]" in m.explanation


def test_a_right_reserved_answers_the_attacker_not_the_home_state(code):
    ms = code(
        "Bolivian troops shelled a Peruvian border post on Monday. Peru's defence ministry "
        "said on Tuesday that Peru reserves the right to respond."
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"PER"}, m.explanation
    assert countries(m.recipient) == {"BOL"}, m.explanation


def test_reserves_tagged_a_noun_is_still_the_verb(code):
    ms = code(
        'Bolivian troops shelled a Peruvian border post on Monday. "Peru reserves the right '
        'to take every step needed to shield its villages," the minister told reporters.'
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"PER"}, m.explanation
    assert countries(m.recipient) == {"BOL"}, m.explanation


def test_would_joined_to_a_reported_clause_is_reported_future(code):
    ms = code(
        "Uganda imposed new duties on Kenyan sugar on Monday. Kenya's trade ministry said it "
        "firmly rejected the duties and would take necessary measures to safeguard Kenyan "
        "exporters."
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert m.modality == "future", m.explanation
    assert countries(m.recipient) == {"UGA"}, m.explanation


def test_an_answer_to_every_military_operation_is_a_threat(code):
    ms = code(
        "A rebel spokesman in Colombia said on Tuesday that the fighters would answer every "
        "army operation in the hills."
    )
    m = _one(ms, "THREATEN")
    assert "[trigger.answered_attack]" in m.explanation


def test_guard_measures_to_support_farmers_are_no_threat(code):
    ms = code("The government of Chile said on Monday it would take measures to support farmers.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_guard_measures_to_help_flood_victims_are_no_threat(code):
    ms = code(
        "Floods hit northern Peru on Monday. The government said it would take all necessary "
        "measures to help the victims."
    )
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_guard_measures_against_a_virus_are_no_threat(code):
    ms = code(
        "Chile's health ministry said on Monday it would take strong measures against the virus."
    )
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_guard_answering_a_question_is_no_threat(code):
    ms = code("Chile's foreign minister vowed that he would answer that question after the vote.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_guard_an_observer_s_expectation_stays_hypothetical(code):
    ms = code(
        "Chile imposed tariffs on Peruvian steel on Monday. Analysts expect Peru to take "
        "countermeasures soon."
    )
    assert all(m.modality == "hypothetical" for m in _threats(ms, 1)), [
        (m.event_type, m.modality, m.explanation) for m in ms
    ]


def test_guard_a_reply_to_a_letter_is_no_threat(code):
    ms = code("Chile's president said on Monday he would answer the letter from Lima this week.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]
