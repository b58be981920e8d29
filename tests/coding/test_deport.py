"""Acts told with other words than the lexicon's (issue #11, branch deport), on invented text:
deportation told as "sent back", "sent home", "pushed back", "returned" or "handed over" people
(CAMEO 174, COERCE), a nationality noun in the plural as the people deported ("expelled 300
Afghans" is no expulsion of diplomats), extradition told as "surrendered" or "transferred to
custody" (CAMEO 063, COOPERATE) and its refusal as a blocked extradition (1213, REJECT); findings
with no verb of accusing: observers saying a vote "fell short of standards", "did not meet the
requirements", that a count "lacked transparency" or was "marred by ballot stuffing", courts
that ruled a state "had violated" a treaty, inquiries and auditors that "found irregularities"
(CAMEO 111/112/116, ACCUSE); and rarer verbs of wire copy ("jammed the signal", "took aim at")."""

from __future__ import annotations

from support import mentions_of as _of


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _types(found):
    return {m.event_type for m in found}


def _codes(parties):
    return {(p.code or "")[:3] for p in parties}


# ---- deportation told with other verbs (CAMEO 174) ----


def test_sent_back_across_the_border_is_deportation(code):
    text = (
        "Iranian border guards sent about 500 Afghans back across the Islam Qala "
        "crossing on Sunday."
    )
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)


def test_sent_home_migrants_is_deportation(code):
    found = code("Libya sent home 400 Egyptian migrants by bus last week.", "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)


def test_pushed_back_asylum_seekers_is_deportation(code):
    text = "Maltese patrol boats pushed back a rubber boat carrying 60 asylum seekers."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)


def test_pushing_back_a_date_is_no_deportation(code):
    found = code("Zambia's government pushed back the date of the census by a year.", "2025-03-10")
    assert not _of(found, "COERCE"), _show(found)


def test_a_nationality_noun_expelled_is_deportation_not_diplomatic(code):
    text = "Pakistan expelled several hundred Afghans from Karachi in March."
    found = code(text, "2025-04-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)
    assert not _of(found, "SANCTION"), _show(found)


def test_migrants_returned_by_soldiers_are_deported(code):
    text = "Moroccan soldiers returned 90 migrants to the Algerian side of the border."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)


def test_forcibly_repatriated_is_deportation(code):
    text = "Vietnam forcibly repatriated 30 Khmer Krom activists to Cambodia on Friday."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)
    assert not _of(found, "RETREAT"), _show(found)


def test_refugees_handed_over_to_their_state_are_deported(code):
    text = (
        "Chad's army rounded up the Sudanese refugees on Tuesday. The refugees were handed "
        "over to Sudanese border officials at Adre."
    )
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "174"], _show(found)


# ---- extradition and its refusal (CAMEO 063, 1213) ----


def test_surrendering_a_wanted_man_is_judicial_cooperation(code):
    text = "Zambia surrendered the wanted former mayor to Malawian police on Thursday."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COOPERATE") if m.cameo == "063"], _show(found)
    assert not _of(found, "RETREAT"), _show(found)


def test_troops_who_surrendered_still_retreat(code):
    found = code("Two hundred rebel fighters surrendered to the Congolese army.", "2025-03-10")
    assert _of(found, "RETREAT"), _show(found)


def test_transfer_to_custody_is_judicial_cooperation(code):
    text = "Portugal transferred the fraud suspect to Brazilian custody on Monday."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COOPERATE") if m.cameo == "063"], _show(found)


def test_a_blocked_extradition_is_a_refusal(code):
    text = "A court in Lisbon blocked the extradition of an Angolan banker to Luanda."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "REJECT") if m.cameo == "1213"], _show(found)


# ---- findings with no verb of accusing (CAMEO 111, 112, 116) ----


def test_a_vote_that_fell_short_of_standards_is_criticised(code):
    text = (
        "Observers from the European Parliament said the referendum in Kyrgyzstan fell short "
        "of democratic standards."
    )
    found = code(text, "2025-03-10")
    judged = _of(found, "ACCUSE")
    assert judged, _show(found)
    assert "KGZ" in _codes(judged[0].recipient), _show(found)


def test_falling_short_of_a_majority_is_no_criticism(code):
    text = "Officials said the ruling party in Lesotho fell short of a majority in the vote."
    found = code(text, "2025-03-10")
    assert not _of(found, "ACCUSE"), _show(found)


def test_a_process_that_did_not_meet_the_requirements_is_criticised(code):
    text = (
        "Commonwealth observers said Malawi's election did not meet the requirements of "
        "the electoral law."
    )
    found = code(text, "2025-03-10")
    assert _of(found, "ACCUSE"), _show(found)


def test_a_tally_in_a_state_that_lacked_transparency_judges_that_state(code):
    text = (
        "Observers from the African Union said the tallying of votes in Malawi lacked transparency."
    )
    found = code(text, "2025-03-10")
    judged = _of(found, "ACCUSE")
    assert judged and "MWI" in _codes(judged[0].recipient), _show(found)


def test_a_vote_marred_by_ballot_stuffing_is_criticised(code):
    text = "Observers said the local election in Georgia was marred by ballot stuffing."
    found = code(text, "2025-03-10")
    assert _of(found, "ACCUSE"), _show(found)


def test_auditors_finding_irregularities_accuse(code):
    text = "Uganda's auditor general found irregularities in the health ministry's procurement."
    found = code(text, "2025-03-10")
    assert _of(found, "ACCUSE"), _show(found)


def test_finding_no_irregularities_is_no_accusation(code):
    text = "Uganda's auditor general found no irregularities in the health ministry's accounts."
    found = code(text, "2025-03-10")
    assert not _of(found, "ACCUSE"), _show(found)


def test_a_court_ruling_that_a_state_violated_rights_finds_it_liable(code):
    text = "The African Court ruled that Tanzania had violated the rights of a detained reporter."
    found = code(text, "2025-03-10")
    judged = [m for m in _of(found, "ACCUSE") if m.cameo == "116"]
    assert judged and "TZA" in _codes(judged[0].recipient), _show(found)


def test_a_commission_finding_that_an_army_committed_abuses_accuses_it(code):
    text = (
        "Kenya's human rights commission found that the army had committed abuses against "
        "herders in Laikipia."
    )
    found = code(text, "2025-03-10")
    assert _of(found, "ACCUSE"), _show(found)


# ---- rarer act verbs ----


def test_jamming_a_radio_signal_restricts_the_press(code):
    text = "Eritrean authorities jammed the signal of an exile radio station run from Paris."
    found = code(text, "2025-03-10")
    assert [m for m in _of(found, "COERCE") if m.cameo == "1721"], _show(found)


def test_taking_aim_at_a_government_is_criticism(code):
    text = "Senegal's president took aim at France over its visa policy on Tuesday."
    found = code(text, "2025-03-10")
    assert _of(found, "ACCUSE"), _show(found)
