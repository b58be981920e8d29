"""Self-targets (rules recipient.own_side, recipient.domestic_target): a denial, a request, a
threat or a seizure is not aimed at the doer's own state when the sentence says it is about
the doer's own side or about foreigners. Sentences written for these tests; published on
Friday 13 September 2024."""

from __future__ import annotations

import pytest

from support import named_countries as _countries

PUBLISHED = "2024-09-13"

DRONES = (
    "TALLINN, Sept 13 (Wire) - Latvia accused Lithuania on Monday of flying drones over its "
    "eastern villages. "
)

FISHING = (
    "LIMA, Sept 13 (Wire) - Ecuador and Colombia have quarrelled for months over fishing "
    "rights, and Colombia summoned Ecuador's envoy on Monday. "
)


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


# --- recipient.own_side: a denial of the doer's own role --------------------------------------


def test_denial_of_own_authorities_role_answers_the_accuser(code):
    text = DRONES + "Lithuanian envoy Ona Vaitkute denied that Lithuanian authorities had any role."
    m = _one(code, text, "denied")
    assert m.event_type == "REJECT"
    assert _countries(m.actor) == {"LTU"}
    assert _countries(m.recipient) == {"LVA"}


def test_denial_of_own_crew_harm_is_not_aimed_at_home(code):
    text = DRONES + "Lithuania's navy denied that Lithuanian sailors had fired any shots."
    m = _one(code, text, "denied")
    assert "LTU" not in _countries(m.recipient)


# --- recipient.own_side: a request about the doer's own nationals ----------------------------


def test_consular_access_to_own_sailors_is_not_asked_of_home(code):
    text = (
        "LIMA, Sept 13 (Wire) - Ecuador's navy seized a Colombian trawler on Sunday. Ecuador "
        "said the boat was fishing illegally. Colombia's foreign ministry said its consulate had "
        "asked for consular access to the nine Colombian fishermen."
    )
    m = _one(code, text, "asked")
    assert m.event_type == "REQUEST"
    assert "COL" not in _countries(m.recipient)


# --- recipient.domestic_target: not at home when the target is foreign ---------------------


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_detaining_foreign_trawlers_is_not_aimed_at_home(code):
    text = FISHING + "Ecuador's coast guard has detained nine foreign trawlers this year."
    m = _one(code, text, "detained")
    assert "ECU" not in _countries(m.recipient)


def test_detaining_protesters_is_still_aimed_at_home(code):
    text = "QUITO, Sept 13 (Wire) - Ecuador's police detained forty protesters in the capital."
    m = _one(code, text, "detained")
    assert _countries(m.recipient) <= {"ECU"}


def test_threat_to_suspend_aid_is_not_aimed_at_home(code):
    text = FISHING + "Colombian officials warned on Tuesday that aid could be suspended."
    m = _one(code, text, "aid")
    assert m.event_type == "THREATEN"
    assert "COL" not in _countries(m.recipient)


def test_closing_its_waters_is_aimed_across_the_frontier(code):
    text = FISHING + "Colombia said on Tuesday it had decided to close its waters."
    events = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith("close")]
    assert events and all("COL" not in _countries(e.recipient) for e in events)


def test_dismissing_a_report_findings_is_not_aimed_at_home(code):
    text = (
        "CHISINAU, Sept 13 (Wire) - Monitors from a European election mission said the vote in "
        "Armenia was marred by vote-buying. Armenia's foreign ministry dismissed the findings."
    )
    m = _one(code, text, "dismissed")
    assert m.event_type == "REJECT"
    assert "ARM" not in _countries(m.recipient)


def test_refusing_to_sign_a_pact_is_not_aimed_at_home(code):
    text = FISHING + "Ecuador had refused to sign a fisheries agreement for a decade."
    m = _one(code, text, "refused")
    assert m.event_type == "REJECT"
    assert "ECU" not in _countries(m.recipient)


def test_refusing_to_resign_is_still_aimed_at_home(code):
    text = FISHING + "Ecuador's fisheries minister refused to resign on Tuesday."
    events = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith("refused")]
    assert all(_countries(e.recipient) <= {"ECU"} for e in events)


def test_denial_of_a_domestic_charge_stays_at_home(code):
    text = (
        "LUSAKA, Sept 13 (Wire) - The electoral board of Malawi denied on Monday that it had "
        "favoured the ruling party in the count."
    )
    events = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith("denied")]
    assert all(_countries(e.recipient) <= {"MWI"} for e in events)


def test_a_body_asking_its_own_organ_keeps_its_recipient(code):
    text = (
        "NEW YORK, Sept 13 (Wire) - The UN General Assembly asked for access to the UN relief "
        "agency's staff held in the region."
    )
    events = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith("asked")]
    assert events and all(e.recipient for e in events)
