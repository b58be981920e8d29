"""Denials worded without a denial verb (branch denial40; issues #11/#12, rule
trigger.falsity_verdict).

- A claim, a thing that carries one (footage, an account) or a bare "this" / "it" called untrue
  by its speaker (vocabulary falsity_predicates: untrue, a lie, a fabrication, a fantasy) denies
  the charge: REJECT (CAMEO 120) aimed at the accuser.
- A charged thing said not to have happened ("It never happened", "the alleged raid never took
  place"; vocabulary occurrence_verbs) is a denial too.
- A share denied by the verb's negation ("did not play any role in") is a denial, as "played no
  role in" already was (rule recode.own_denial's @denied_share).
- Look-alikes keep their reading: a false start, a lie detector, fake goods, "denied entry", a
  meeting that did not take place, "will not happen", "did not happen to know", a refusal to
  attend, a bare "That is a lie" with no charge told.
"""

from __future__ import annotations

CHARGE = "Peru accused Chile on Sunday of flying spy drones over its northern coast."


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, m.modality, [p.country for p in m.actor],
         [p.country for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _denials(found, sentence=1):
    return [
        (
            tuple(sorted({p.country or "" for p in m.actor})),
            tuple(sorted({p.country or "" for p in m.recipient})),
        )
        for m in found
        if m.event_type == "REJECT" and m.sentence == sentence and m.modality == "asserted"
    ]


def _later(found, sentence=1):
    return [m for m in found if m.sentence == sentence]


def test_claims_said_to_be_untrue_are_denied_to_the_accuser(code):
    found = code(f"{CHARGE} Chile's defence ministry said the claims were untrue.", "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


def test_footage_called_a_fabrication_is_a_denial(code):
    found = code(f"{CHARGE} The Chilean navy called the footage a fabrication.", "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


def test_a_quoted_this_is_a_lie_answers_the_charge(code):
    text = f'{CHARGE} "This is an outright lie," Chile\'s defence minister told reporters.'
    found = code(text, "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


def test_it_never_happened_answers_the_charge(code):
    text = f'{CHARGE} "It never happened," Chile\'s defence minister said on Monday.'
    found = code(text, "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


def test_an_alleged_act_said_never_to_have_taken_place_is_denied(code):
    found = code(f"{CHARGE} Chile's army said the alleged raid never took place.", "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


def test_an_allegation_with_its_content_called_a_fantasy_is_denied(code):
    text = f"{CHARGE} Chile's foreign minister called the allegation that Santiago spied on Lima a fantasy."
    found = code(text, "2025-05-12")
    assert [a for a, _r in _denials(found) if a == ("CHL",)], _show(found)


def test_a_share_denied_by_a_negated_verb_is_a_denial(code):
    text = f"{CHARGE} Chile's defence ministry said it did not play any role in the incident."
    found = code(text, "2025-05-12")
    assert [a for a, _r in _denials(found) if a == ("CHL",)], _show(found)


def test_a_quoted_that_is_not_true_answers_the_charge(code):
    text = f'{CHARGE} "That is simply not true," Chile\'s defence minister said.'
    found = code(text, "2025-05-12")
    assert [a for a, _r in _denials(found) if a == ("CHL",)], _show(found)


def test_reports_said_to_be_not_accurate_are_denied(code):
    found = code(f"{CHARGE} Chile's navy said the reports were not accurate.", "2025-05-12")
    assert (("CHL",), ("PER",)) in _denials(found), _show(found)


# guards: the same charge, then a sentence that denies nothing


def test_a_false_start_is_no_denial(code):
    text = f"{CHARGE} Chile's sports minister said the race in Arica was a false start."
    found = code(text, "2025-05-12")
    assert not _denials(found), _show(found)


def test_a_lie_detector_is_no_denial(code):
    found = code(
        "Chile's police said the device found in the car was a lie detector.", "2025-05-12"
    )
    assert not [m for m in found if m.event_type == "REJECT"], _show(found)


def test_fake_goods_keep_their_seizure(code):
    text = f"{CHARGE} Chilean customs said officers seized fake goods worth $2 million at the port."
    found = code(text, "2025-05-12")
    assert not _denials(found), _show(found)
    assert [m for m in _later(found) if m.event_type == "COERCE"], _show(found)


def test_denied_entry_stays_a_restriction(code):
    text = f"{CHARGE} Chile denied entry to a Peruvian military attache on Monday."
    found = code(text, "2025-05-12")
    assert [m.cameo for m in _later(found)] == ["166"], _show(found)


def test_a_meeting_that_did_not_take_place_is_no_denial(code):
    text = (
        f"{CHARGE} Chile's foreign ministry said the planned meeting with Lima did not take place."
    )
    found = code(text, "2025-05-12")
    assert not _denials(found), _show(found)


def test_will_not_happen_is_no_denial(code):
    text = f'{CHARGE} "It will not happen again," Chile\'s defence minister said.'
    found = code(text, "2025-05-12")
    assert not _denials(found), _show(found)


def test_did_not_happen_to_know_is_no_denial(code):
    text = (
        f"{CHARGE} Chile's defence minister said she did not happen to know the Peruvian attache."
    )
    found = code(text, "2025-05-12")
    assert not _denials(found), _show(found)


def test_a_refusal_to_attend_keeps_its_refusal_code(code):
    text = f"{CHARGE} Chile said it will not attend the regional defence summit in Lima."
    found = code(text, "2025-05-12")
    assert [m.cameo for m in _later(found) if m.event_type == "REJECT"] == ["125"], _show(found)


def test_a_forecast_said_to_be_not_accurate_is_no_denial(code):
    found = code(f"{CHARGE} Chile's navy said the weather forecast was not accurate.", "2025-05-12")
    assert not _denials(found), _show(found)


def test_a_lie_with_no_charge_told_is_no_event(code):
    found = code('"That is a lie," Chile\'s defence minister said on Monday.', "2025-05-12")
    assert not found, _show(found)


def test_a_denial_worded_with_calling_it_false_is_one_denial(code):
    text = f"{CHARGE} Chile rejected the accusation, calling it a fabrication."
    found = code(text, "2025-05-12")
    assert len([m for m in _later(found) if m.event_type == "REJECT"]) == 1, _show(found)


def test_calling_it_false_hung_on_the_denied_report_is_the_same_denial(code):
    text = (
        "Bolivia rejected an article in a Chilean weekly saying that La Paz had bought rifles "
        'from smugglers, calling it "invented".'
    )
    found = code(text, "2025-05-12")
    assert len([m for m in found if m.event_type == "REJECT"]) == 1, _show(found)
