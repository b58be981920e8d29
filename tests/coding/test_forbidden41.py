"""Acts a story does not vouch for, and acts it only names (branch forbidden41; issues #11/#12).

- A deed that a verb of saying reports, when another side of the same story denies it and no
  third party confirms it, is the teller's claim: modality claimed (rule
  modality.disputed_report). Told in the reporter's own voice, or confirmed by a third party, it
  stays asserted however a side denies it; the accusation and the denial themselves stay
  asserted. An armed group's report of its own act of force is its claim too (rule
  modality.own_claim); an army's undisputed report and the police's report of a group's attack
  stay asserted.
- A deed told in the simple present of a non-restrictive relative clause on a party ("Japan,
  which *holds* drills with both every year, said ...") is what the party keeps doing, no act of
  the story (rule filter.standing_aside); a past or dated act in such a clause stays.
- A gerund with no subject of its own after "about" ("has said nothing *about sending* troops")
  names an act that is talked about, not done: hypothetical (rule modality.talk_topic); a
  gerund with its own doer ("complained about X's troops crossing") and "set about" stay.
"""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, m.modality, [p.code for p in m.actor],
         [p.code for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _of(found, event_type, actor):
    return [
        m for m in found if m.event_type == event_type and any(p.country == actor for p in m.actor)
    ]


# -- modality.disputed_report ------------------------------------------------------------

REPORT = "Armenia said Azerbaijani troops shelled the border village of Tegh on Tuesday."


def test_a_reported_shelling_the_accused_denies_is_claimed(code):
    found = code(f"{REPORT} Baku denied the claim.", "2025-05-14")
    hits = _of(found, "ASSAULT", "AZE")
    assert hits and all(m.modality == "claimed" for m in hits), _show(found)
    assert "[modality.disputed_report]" in hits[0].explanation


def test_a_report_rejected_as_false_is_claimed(code):
    text = f"{REPORT} Azerbaijan's defence ministry rejected the report as false."
    found = code(text, "2025-05-14")
    hits = _of(found, "ASSAULT", "AZE")
    assert hits and all(m.modality == "claimed" for m in hits), _show(found)


def test_what_residents_say_the_army_did_is_claimed_when_it_denies(code):
    text = (
        "Residents said Malian soldiers burned dozens of huts in the village of Dioura on "
        "Sunday. The Malian army denied the accusation."
    )
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.sentence == 0 and m.event_type in ("ASSAULT", "COERCE")]
    assert hits and all(m.modality == "claimed" for m in hits), _show(found)


def test_guard_the_doers_own_report_stays_asserted_whatever_else_is_denied(code):
    text = (
        "Police arrested 40 opposition activists in Dhaka on Sunday, a police spokesman said. "
        "The opposition denied that its members had attacked a police station."
    )
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.sentence == 0 and m.event_type == "COERCE"]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_the_accusation_and_the_denial_stay_asserted(code):
    found = code(f"{REPORT} Baku denied the claim.", "2025-05-14")
    accusations = _of(found, "ACCUSE", "ARM")
    denials = _of(found, "REJECT", "AZE")
    assert accusations and all(m.modality == "asserted" for m in accusations), _show(found)
    assert denials and all(m.modality == "asserted" for m in denials), _show(found)


def test_guard_the_reporter_asserts_what_a_side_denies(code):
    text = (
        "Azerbaijani troops shelled the border village of Tegh on Tuesday, killing two "
        "farmers. Azerbaijan denied the shelling."
    )
    found = code(text, "2025-05-14")
    hits = _of(found, "ASSAULT", "AZE")
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_guard_a_third_party_confirms_the_report(code):
    text = (
        f"{REPORT} Baku denied the claim. Monitors from the European Union confirmed the "
        "shelling on Wednesday."
    )
    found = code(text, "2025-05-14")
    hits = [m for m in _of(found, "ASSAULT", "AZE") if m.sentence == 0]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_guard_an_undisputed_report_stays_asserted(code):
    found = code(REPORT, "2025-05-14")
    hits = _of(found, "ASSAULT", "AZE")
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_guard_a_teller_qualifying_its_own_report(code):
    text = f"{REPORT} Armenia later denied reports that its own artillery had fired back."
    found = code(text, "2025-05-14")
    hits = [m for m in _of(found, "ASSAULT", "AZE") if m.sentence == 0]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


# -- filter.standing_aside ---------------------------------------------------------------


def test_exercises_held_every_year_in_an_aside_are_no_act(code):
    text = (
        "Japan, which holds naval drills with both countries every year, said it hoped for a "
        "calm settlement of the dispute between Vietnam and the Philippines."
    )
    found = code(text, "2025-05-14")
    assert not [m for m in found if m.event_type == "MOBILIZE"], _show(found)


def test_guard_a_dated_past_act_in_an_aside_stays(code):
    text = "France, which sent troops to Mali in January, urged the junta to hold elections."
    found = code(text, "2025-05-14")
    assert _of(found, "MOBILIZE", "FRA"), _show(found)


def test_guard_a_present_act_in_the_main_clause_stays(code):
    text = "The Indian navy, which patrols the Arabian Sea, seized a pirate skiff on Tuesday."
    found = code(text, "2025-05-14")
    assert _of(found, "COERCE", "IND"), _show(found)


# -- modality.talk_topic -----------------------------------------------------------------


def test_saying_nothing_about_sending_troops_sends_none(code):
    found = code(
        "Ghana has said nothing about sending troops to the border with Togo.", "2025-05-14"
    )
    hits = _of(found, "MOBILIZE", "GHA")
    assert all(m.modality == "hypothetical" for m in hits), _show(found)
    assert all("[modality.talk_topic]" in m.explanation for m in hits)


def test_talking_about_sanctions_imposes_none(code):
    text = "The foreign ministers of France and Germany talked about imposing sanctions on Mali."
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.event_type == "SANCTION"]
    assert all(m.modality == "hypothetical" for m in hits), _show(found)


def test_guard_another_sides_act_complained_about_stays(code):
    found = code("Mali complained about Algerian troops crossing the border.", "2025-05-14")
    assert _of(found, "ACCUSE", "MLI"), _show(found)


def test_guard_setting_about_an_act_does_it(code):
    text = "The new Malian commander set about disarming the militias in Kidal on Monday."
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.event_type in ("RETREAT", "COERCE")]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


# -- modality.own_claim ------------------------------------------------------------------


def test_an_armed_groups_own_killing_is_its_claim(code):
    text = "The rebel group said it killed 20 Malian soldiers in an ambush near Gao."
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.event_type == "ASSAULT"]
    assert hits and all(m.modality == "claimed" for m in hits), _show(found)
    assert all("[modality.own_claim]" in m.explanation for m in hits)


def test_guard_an_armys_own_report_undisputed_stays_asserted(code):
    found = code("The Malian army said it killed 20 rebels in an ambush near Gao.", "2025-05-14")
    hits = [m for m in found if m.event_type == "ASSAULT"]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_guard_a_groups_attack_the_police_report_stays_asserted(code):
    text = "Boko Haram fighters attacked a village in Borno on Sunday, killing nine, police said."
    found = code(text, "2025-05-14")
    hits = [m for m in found if m.event_type == "ASSAULT"]
    assert hits and all(m.modality == "asserted" for m in hits), _show(found)


def test_a_standing_role_in_a_joined_aside_is_no_meeting(code):
    text = (
        "Ghana, where the talks were held and which chairs the regional summit this year, "
        "said nothing about the dispute."
    )
    found = code(text, "2025-05-14")
    assert not [m for m in found if m.event_type == "CONSULT"], _show(found)
