"""Acts told inside another phrase (branch relacts), on invented sentences: a past participle
on a noun that names its doer after "by" is that doer's act even inside a demand's object; a
relative clause of doing ("the ban *that X introduced*") names the noun event's doer, not the
subject of the verb the noun is the object of; regret at another's decision and displeasure
registered or conveyed to another government are criticism; regret over a loss is not."""

from __future__ import annotations

from support import countries as _countries


def _show(found):
    return [
        (
            m.event_type,
            m.cameo,
            m.modality,
            [p.code for p in m.actor],
            [p.code for p in m.recipient],
        )
        for m in found
    ]


def test_a_seizure_told_in_a_participle_inside_a_demand_is_coded(code):
    found = code(
        "Sweden asked for the return of a research vessel seized by the Iranian navy on Monday."
    )
    assert any(m.event_type == "COERCE" and _countries(m.actor) == {"IRN"} for m in found), _show(
        found
    )


def test_a_seizure_that_could_happen_is_still_not_coded(code):
    found = code("Sweden warned about research vessels that could be seized by the Iranian navy.")
    assert not any(m.event_type == "COERCE" and "IRN" in _countries(m.actor) for m in found), _show(
        found
    )


def test_a_ban_introduced_by_another_state_is_that_states(code):
    found = code("Brazil contested the export ban that Argentina introduced on Brazilian beef.")
    bans = [m for m in found if m.event_type == "SANCTION"]
    assert bans and all(_countries(m.actor) == {"ARG"} for m in bans), _show(found)


def test_regret_over_another_governments_decision_is_criticism(code):
    found = code("Finland expressed regret over Norway's decision to shut the ferry route.")
    assert any(m.event_type == "ACCUSE" and _countries(m.actor) == {"FIN"} for m in found), _show(
        found
    )


def test_regret_over_a_loss_of_life_is_no_criticism(code):
    found = code("Finland expressed deep regret over the loss of life in the storm in Norway.")
    assert not any(m.event_type == "ACCUSE" for m in found), _show(found)


def test_displeasure_registered_with_another_government_is_disapproval(code):
    found = code("Ghana registered its dissatisfaction with Togo over the border closure.")
    assert any(m.event_type == "ACCUSE" and _countries(m.actor) == {"GHA"} for m in found), _show(
        found
    )


def test_displeasure_conveyed_to_another_government_is_disapproval(code):
    found = code("Senegal conveyed its displeasure to Mali over the arrest of its traders.")
    assert any(m.event_type == "ACCUSE" and _countries(m.actor) == {"SEN"} for m in found), _show(
        found
    )


def test_regret_at_another_governments_decision_is_aimed_at_that_government(code):
    found = code("Finland voiced regret at Norway's refusal to reopen the ferry route.")
    assert any(
        m.event_type == "ACCUSE"
        and _countries(m.actor) == {"FIN"}
        and _countries(m.recipient) == {"NOR"}
        for m in found
    ), _show(found)


def test_displeasure_with_a_government_over_an_act_is_aimed_at_that_government(code):
    found = code("Ghana registered its displeasure with Togo over the detention of two traders.")
    assert any(
        m.event_type == "ACCUSE"
        and _countries(m.actor) == {"GHA"}
        and _countries(m.recipient) == {"TGO"}
        for m in found
    ), _show(found)


def test_an_accusation_another_state_levelled_is_coded_inside_a_rejection(code):
    found = code("Ecuador dismissed the accusations that Peru levelled at its navy last week.")
    assert any(m.event_type == "ACCUSE" and _countries(m.actor) == {"PER"} for m in found), _show(
        found
    )


def test_an_embargo_imposed_by_another_state_is_done_under_a_future_verb(code):
    found = code("Ecuador will fight the embargo that Peru imposed on its shrimp in June.")
    assert any(m.event_type == "SANCTION" and _countries(m.actor) == {"PER"} for m in found), _show(
        found
    )


def test_an_embargo_another_state_might_impose_is_not_done(code):
    found = code("Ecuador will fight any embargo that Peru might impose on its shrimp.")
    assert not any(m.event_type == "SANCTION" and "PER" in _countries(m.actor) for m in found), (
        _show(found)
    )


def test_a_state_warned_it_would_face_a_reply_is_threatened(code):
    found = code(
        "Algeria warned that Morocco would face a swift reply if its troops crossed the berm."
    )
    assert any(
        m.event_type == "THREATEN"
        and _countries(m.actor) == {"DZA"}
        and _countries(m.recipient) == {"MAR"}
        for m in found
    ), _show(found)


def test_a_hard_winter_a_country_will_face_is_a_forecast(code):
    found = code("The central bank warned that Tunisia would face a hard winter.")
    assert not any(m.event_type == "THREATEN" for m in found), _show(found)


def test_amendments_proposed_by_a_delegation_are_no_new_offer(code):
    found = code("Chile's envoy faulted the council for ignoring amendments proposed by Bolivia.")
    assert not any(m.event_type == "AGREE" and "BOL" in _countries(m.actor) for m in found), _show(
        found
    )


def test_commitments_a_state_once_made_are_no_new_promise(code):
    found = code(
        "Ankara argued that the ruling went against the security commitments Helsinki made on joining the bloc."
    )
    assert not any(m.event_type == "AGREE" and "FIN" in _countries(m.actor) for m in found), _show(
        found
    )
