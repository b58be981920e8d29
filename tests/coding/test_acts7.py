"""Acts the lexicon did not know, or knew under the wrong code (issue #11, branch acts7), on
invented text: a refusal told as a negated passive ("permission will not be granted, the
mayor said": the speaker's refusal), armed forces taking charge of security (CAMEO 154, not an
occupation), readiness drills (152), a leader's tour abroad and an audience granted (042, 043),
coercive measures suspended or dropped (081, CONCEDE; a suspended right is a restriction,
1721), goods or money sought from another (021), supplies shut off (162, a threat when said as
a condition), "started the shooting" (190), feelings of outrage at another's act (110), and
sanctions told as a standing state ("has been under sanctions since ...": no event)."""

from __future__ import annotations

from support import mentions_of as _of


def _show(found):
    return [
        (m.event_type, m.cameo, m.modality, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _codes(parties):
    return {(p.code or "")[:3] for p in parties}


DAY = "2025-06-10"

# ---- refusals told as a negated passive ----


def test_permission_will_not_be_granted_is_the_speakers_refusal(code):
    text = "Permission for the sit-in outside the ministry will not be granted, Nepal's home minister said."
    found = code(text, DAY)
    rejects = _of(found, "REJECT")
    assert rejects and _codes(rejects[0].actor) == {"NPL"}, _show(found)


def test_said_no_permits_would_be_issued_is_a_refusal(code):
    text = "The Zambian police said no permits would be issued for the opposition's rallies this month."
    found = code(text, DAY)
    assert _of(found, "REJECT"), _show(found)


def test_permits_issued_without_negation_are_no_refusal(code):
    text = "The Zambian police issued permits for the opposition's rallies on Monday."
    found = code(text, DAY)
    assert not _of(found, "REJECT"), _show(found)


# ---- armed forces and readiness ----


def test_army_taking_charge_of_security_is_a_deployment(code):
    found = code("The Malian army has taken charge of security at the Bamako airport.", DAY)
    assert [m for m in found if m.event_type == "MOBILIZE" and m.cameo == "154"], _show(found)
    assert not _of(found, "COERCE"), _show(found)


def test_minister_taking_charge_of_security_policy_is_no_deployment(code):
    found = code("The new deputy premier has taken charge of security policy.", DAY)
    assert not _of(found, "MOBILIZE") and not _of(found, "COERCE"), _show(found)


def test_army_put_in_charge_of_the_streets_is_a_deployment(code):
    found = code("The Bolivian president put the army in charge of the highways.", DAY)
    assert _of(found, "MOBILIZE"), _show(found)


def test_readiness_drills_raise_alert(code):
    found = code("The Russian navy held snap readiness drills in the Black Sea on Monday.", DAY)
    assert [m for m in found if m.event_type == "MOBILIZE" and m.cameo == "152"], _show(found)


# ---- tours and audiences ----


def test_on_a_tour_of_is_a_visit(code):
    found = code("Vietnam's president is on a tour of three East African states.", DAY)
    assert [m for m in found if m.cameo == "042"], _show(found)


def test_granted_an_audience_is_hosting(code):
    found = code("The Thai king granted an audience to the Cambodian prime minister.", DAY)
    hosts = [m for m in found if m.cameo == "043"]
    assert hosts and _codes(hosts[0].actor) == {"THA"}, _show(found)


# ---- coercive measures suspended or dropped ----


def test_suspended_arrest_warrant_is_a_concession(code):
    found = code("Colombian prosecutors suspended the arrest warrant for a guerrilla leader.", DAY)
    assert _of(found, "CONCEDE") and not _of(found, "SANCTION"), _show(found)


def test_suspended_ban_on_a_newspaper_eases_it(code):
    found = code("A Tunisian court suspended the ban on the satirical weekly.", DAY)
    assert _of(found, "CONCEDE") and not _of(found, "COERCE"), _show(found)


def test_promised_suspension_of_warrants_is_no_threat(code):
    text = "The Colombian government will suspend arrest warrants against rebel commanders during the negotiations."
    found = code(text, DAY)
    assert not _of(found, "THREATEN"), _show(found)
    assert _of(found, "AGREE"), _show(found)


def test_suspended_right_of_assembly_restricts_freedoms(code):
    found = code("The Ecuadorian president suspended the right of assembly in two provinces.", DAY)
    assert [m for m in found if m.cameo == "1721"], _show(found)


def test_dropped_travel_ban_is_a_concession(code):
    found = code("Egypt dropped the travel ban on a prominent rights lawyer.", DAY)
    assert _of(found, "CONCEDE") and not _of(found, "SANCTION"), _show(found)


# ---- requests, supplies, shooting, outrage ----


def test_sought_fuel_supplies_is_a_request(code):
    found = code("Sri Lanka sought emergency fuel supplies from India.", DAY)
    asks = _of(found, "REQUEST")
    assert asks and _codes(asks[0].recipient) == {"IND"}, _show(found)


def test_threat_to_shut_off_supplies(code):
    text = "Algeria said it would shut off gas supplies to Spain if Madrid changed its position."
    found = code(text, DAY)
    assert _of(found, "THREATEN"), _show(found)


def test_started_the_shooting_is_fighting(code):
    found = code("Indian officials said Chinese soldiers had started the shooting.", DAY)
    assert _of(found, "ASSAULT") or _of(found, "ACCUSE"), _show(found)
    assert any(m.evidence.trigger and "start" in m.evidence.trigger for m in found), _show(found)


def test_outraged_by_another_states_decision_disapproves(code):
    found = code("The Irish government was outraged by the Israeli decision.", DAY)
    accuse = _of(found, "ACCUSE")
    assert accuse and _codes(accuse[0].actor) == {"IRL"}, _show(found)


# ---- standing sanctions ----


def test_under_sanctions_since_is_no_new_sanction(code):
    found = code("Myanmar has been under American sanctions since 2021.", DAY)
    assert not _of(found, "SANCTION"), _show(found)


def test_faced_sanctions_for_years_is_no_new_sanction(code):
    found = code("Belarus has faced EU sanctions for years over its elections.", DAY)
    assert not _of(found, "SANCTION"), _show(found)


def test_placed_under_sanctions_is_still_a_sanction(code):
    found = code(
        "The European Union placed three Sudanese generals under sanctions on Monday.", DAY
    )
    assert _of(found, "SANCTION"), _show(found)
