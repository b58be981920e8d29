"""Readings of time and modality (branch forbid34, issue #12):
a negative phrase of time or manner ("at no time") and a share denied ("had no role in") deny
the act; an inverted condition ("Had X ...") and an object set on a condition ("faces ...
unless") are not done; the purpose of a trip placed ahead ("for talks") is a plan; a century
counted back dates history. Sentences written for these tests."""

from __future__ import annotations

from support import countries


def _of(mentions, kind: str, trigger: str):
    return [m for m in mentions if m.event_type == kind and trigger in m.evidence.trigger]


def _rows(mentions):
    return [(m.event_type, m.evidence.trigger, m.modality, m.date) for m in mentions]


# modality.negative_phrase


def test_at_no_time_denies_the_expulsion(code):
    got = code(
        "Slovenia at no time expelled Croatian fishermen from the bay, its interior minister said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"SVN"} and "expelled" in m.evidence.trigger]
    assert acts and all(m.modality == "negated" for m in acts), _rows(got)
    assert "[modality.negative_phrase]" in acts[0].explanation


def test_under_no_circumstances_denies_a_deployment(code):
    got = code("Austria will under no circumstances deploy soldiers to Kosovo, Vienna said.")
    acts = [m for m in got if countries(m.actor) == {"AUT"} and m.event_type == "MOBILIZE"]
    assert acts and all(m.modality == "negated" for m in acts), _rows(got)


def test_with_no_warning_keeps_the_attack_done(code):
    got = code("With no warning, Sudanese jets bombed a market in Chad on Sunday.", "2026-03-02")
    acts = [m for m in got if m.event_type == "ASSAULT"]
    assert acts and acts[0].modality == "asserted", _rows(got)


# modality.no_share


def test_no_hand_in_the_shelling_is_a_denial(code):
    got = code(
        "Uzbekistan had no hand in the shelling of the Kyrgyz village, its defence ministry said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"UZB"} and m.event_type == "ASSAULT"]
    assert all(m.modality != "asserted" for m in acts), _rows(got)
    assert acts and "[modality.no_share]" in acts[0].explanation


def test_a_part_in_the_raid_stays_done(code):
    got = code(
        "Turkish soldiers took part in the raid on the Iraqi village on Monday.", "2026-03-02"
    )
    assert any(m.event_type == "ASSAULT" and m.modality == "asserted" for m in got), _rows(got)


# modality.inverted_condition


def test_had_inverted_is_a_counterfactual(code):
    got = code(
        "Had Greece shut its ports, the tankers would have sailed to Malta, a shipping official said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"GRC"}]
    assert acts and all(m.modality == "hypothetical" for m in acts), _rows(got)
    assert "[modality.inverted_condition]" in acts[0].explanation


def test_had_pluperfect_after_its_subject_stays_done(code):
    got = code(
        "Greece had shut its ports to the tankers before the talks began, a shipping official said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"GRC"}]
    assert acts and all(m.modality != "hypothetical" for m in acts), _rows(got)


# modality.conditioned_object


def test_faces_sanctions_if_is_a_prospect(code):
    got = code("Belarus faces new EU sanctions if it keeps the border closed.")
    acts = [m for m in got if m.event_type == "SANCTION" and m.modality == "asserted"]
    assert not acts, _rows(got)
    emb = [m for m in got if "sanctions" in m.evidence.trigger]
    assert emb and "[modality.conditioned_object]" in emb[0].explanation


def test_imposed_sanctions_stay_done(code):
    got = code("The EU imposed new sanctions on Belarus on Friday.", "2026-03-02")
    assert any(m.event_type == "SANCTION" and m.modality == "asserted" for m in got), _rows(got)


# modality.planned_purpose


def test_talks_of_a_trip_next_month_are_planned(code):
    got = code(
        "Chile's president flies to Buenos Aires next month for negotiations with Argentina.",
        "2026-03-02",
    )
    held = [m for m in got if m.event_type == "CONSULT" and m.modality == "asserted"]
    assert not held, _rows(got)
    talks = [m for m in got if "negotiations" in m.evidence.trigger]
    assert talks and "[modality.planned_purpose]" in talks[0].explanation


def test_talks_of_a_trip_made_stay_held(code):
    got = code(
        "Peru's prime minister travelled to Quito last Tuesday for negotiations with Ecuador.",
        "2026-03-03",
    )
    assert any(m.event_type == "CONSULT" and m.modality == "asserted" for m in got), _rows(got)


# date.counted_century


def test_half_a_century_after_dates_history(code):
    got = code(
        "Angola's leader opened a museum in Luanda, half a century after "
        "Portuguese troops shelled the city.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"PRT"}]
    assert acts and all(m.modality == "historical" for m in acts), _rows(got)
    assert acts[0].date.startswith("1976"), _rows(got)


def test_a_century_after_hung_on_the_count_dates_history(code):
    got = code(
        "Morocco's king received Spain's prime minister on Tuesday, a century after "
        "Spanish aircraft bombed the Rif.",
        "2026-03-03",
    )
    acts = [m for m in got if countries(m.actor) == {"ESP"} and m.event_type == "ASSAULT"]
    assert acts and all(m.modality == "historical" for m in acts), _rows(got)
    assert acts[0].date.startswith("192"), _rows(got)


def test_own_act_on_condition_is_left_to_the_threat_rules(code):
    got = code("Dockers warned they would stage a national stoppage if the minister stayed on.")
    assert not any("[modality.conditioned_object]" in m.explanation for m in got), _rows(got)


# modality.disowned_claim


def test_claims_called_a_fabrication_are_denied(code):
    got = code(
        "Claims that Ugandan soldiers burned homes in Ituri are a fabrication, Kampala said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"UGA"} and "burned" in m.evidence.trigger]
    assert acts and all(m.modality == "negated" for m in acts), _rows(got)
    assert "[modality.disowned_claim]" in acts[0].explanation


def test_reports_called_accurate_are_not_denied(code):
    got = code(
        "Reports that Ugandan soldiers burned homes in Ituri are accurate, Kinshasa said.",
        "2026-03-02",
    )
    acts = [m for m in got if countries(m.actor) == {"UGA"} and "burned" in m.evidence.trigger]
    assert acts and all(m.modality != "negated" for m in acts), _rows(got)
