"""The home state of a domestic story (rule actor.home_state) and states named only in an aside
(rule recipient.aside_state). Stories written for these tests; published on Wednesday
4 March 2026."""

from __future__ import annotations

from support import named_countries as _countries

PUBLISHED = "2026-03-04"

MOLDOVA = (
    "Moldova: students detained after campus sit-in\n\n"
    "Chisinau police detained 30 students on Sunday after a sit-in against a new university "
    "law, Moldova's interior ministry said.\n\n"
    "The sit-in by pro-Western students began on Friday outside the education ministry in "
    "the Moldovan capital.\n\n"
    "Moldova's prime minister defended the law on Monday."
)


def _events(code, text: str, trigger: str):
    return [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]


def _one(code, text: str, trigger: str):
    (m,) = _events(code, text, trigger)
    return m


# --- actor.home_state ----------------------------------------------------------------------


def test_role_only_party_takes_the_home_state(code):
    m = _one(code, MOLDOVA, "sit")
    assert _countries(m.actor) == {"MDA"}
    assert "[actor.home_state]" in m.explanation


def test_two_competing_states_leave_the_role_unresolved(code):
    text = (
        "Moldova and Romania trade blame over campus sit-in\n\n"
        "Romania said on Sunday that Moldova had mistreated Romanian citizens at a university, "
        "and Moldova said Romania was meddling.\n\n"
        "The sit-in by pro-Western students began on Friday outside a ministry.\n\n"
        "Romania's president and Moldova's prime minister spoke by phone on Monday."
    )
    for m in _events(code, text, "sit"):
        assert "[actor.home_state]" not in m.explanation
        assert not _countries(m.actor) - {"MDA", "ROU"} or not _countries(m.actor)


def test_dateline_state_is_not_the_home_state(code):
    # filed from Bucharest, about Moldova: the role takes Moldova, never Romania
    text = (
        "Moldova: students detained after campus sit-in\n\n"
        "BUCHAREST, March 4 (Wire) - Chisinau police detained 30 students on Sunday after a "
        "sit-in against a new university law, Moldova's interior ministry said.\n\n"
        "The sit-in by pro-Western students began on Friday outside the education ministry in "
        "the Moldovan capital.\n\n"
        "Moldova's prime minister defended the law on Monday."
    )
    m = _one(code, text, "sit")
    assert "ROU" not in _countries(m.actor)


def test_foreign_words_keep_a_role_from_the_home_state(code):
    # international observers are no one state's, whatever the story is about
    text = MOLDOVA.replace("pro-Western students", "international observers")
    for m in _events(code, text, "sit"):
        assert "[actor.home_state]" not in m.explanation


def test_a_foreign_reporter_does_not_make_a_home_state(code):
    text = MOLDOVA + (
        "\n\nA French reporter at the sit-in said officers had pushed several students to "
        "the ground."
    )
    m = _one(code, text, "sit")
    assert _countries(m.actor) == {"MDA"}


# --- recipient.aside_state -----------------------------------------------------------------

GEORGIA = (
    "Georgian parliament votes to dissolve election board\n\n"
    "TBILISI - Georgia's parliament voted on Monday to dissolve the country's election "
    "board, a move the opposition called an attack on Georgian democracy.\n\n"
    "The ruling party said the board had failed Georgia and would be replaced within a "
    "month.\n\n"
    "The United States said it was concerned. A US State Department spokesman urged Georgia "
    "to reconsider.\n\n"
    "The board's chairman said he would challenge the decision.\n\n"
    "The parliament's speaker rejected the criticism on Tuesday."
)


def test_state_of_a_reactions_paragraph_is_no_counterpart(code):
    m = _one(code, GEORGIA, "rejected")
    assert "USA" not in _countries(m.recipient)
    assert "[recipient.aside_state]" in m.explanation
    # the aside does not make the story one of two states: the reply is aimed at home
    assert _countries(m.recipient) == {"GEO"}


def test_state_of_the_acts_own_paragraph_stays_a_counterpart(code):
    # guard: the act's own paragraph names the state
    text = GEORGIA.replace(
        "The parliament's speaker rejected the criticism on Tuesday.",
        "The parliament's speaker rejected the criticism on Tuesday. The United States "
        "had no say in it, he said.",
    ).replace("The United States said it was concerned. ", "")
    for m in _events(code, text, "rejected"):
        assert "[recipient.aside_state]" not in m.explanation


def test_state_named_in_the_lead_is_no_aside(code):
    # guard: a state the lead names is a side of the story, not an aside
    text = (
        "Georgia expels two Russian diplomats\n\n"
        "TBILISI - Georgia expelled two Russian diplomats on Monday, accusing Russia of "
        "funding a protest camp.\n\n"
        "Georgia's foreign minister said the two had met camp organisers.\n\n"
        "The foreign ministry in Tbilisi later rejected any talks on the matter."
    )
    for m in _events(code, text, "rejected"):
        assert "[recipient.aside_state]" not in m.explanation
