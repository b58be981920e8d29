"""Analysis and opinion prose: acts only guessed at, scenarios and open questions are no events.

Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import dropped_rules, top
from support import event_types as _types


@pytest.mark.parametrize(
    ("guess", "act"),
    [
        (
            "Analysts said Hanoi may retaliate against Cambodian rice imports.",
            "Hanoi retaliated against Cambodian rice imports.",
        ),
        (
            "Quito could respond by expelling Peruvian diplomats.",
            "Quito responded by expelling Peruvian diplomats.",
        ),
        (
            "He said Azerbaijan was likely to seek military aid from Turkey.",
            "Azerbaijan sought military aid from Turkey.",
        ),
        (
            "Most experts believe a Moroccan blockade of the Algerian port is unlikely.",
            "Morocco imposed a blockade on the Algerian port.",
        ),
        (
            "The Malian junta might perhaps ask Russia for more instructors.",
            "The Malian junta asked Russia for more instructors.",
        ),
    ],
)
def test_a_guessed_act_is_dropped_not_coded_hypothetical(code, nlp, guess, act):
    assert code(act), "the act itself is coded"
    assert code(guess) == []
    assert "filter.speculation" in dropped_rules(nlp, guess)


@pytest.mark.parametrize(
    "warning",
    [
        "Belarus said it could close its border with Lithuania if the transit ban stays.",
        '"We could close our border with Niger," the Beninese interior minister said.',
    ],
)
def test_a_doers_own_warning_of_what_it_could_do_is_kept(code, warning):
    assert code(warning), "a reported warning of the speaker's own act stays"


def test_a_guess_about_a_past_act_stays_an_allegation(code):
    ms = code("Sudanese troops may have shelled a camp in Chad, the UN said on Tuesday.")
    assert ms, "what the UN says may have been done is kept (an allegation)"


def test_a_past_inability_is_not_a_guess(nlp):
    text = "Peruvian police could not stop the protesters from blocking the highway."
    assert "filter.speculation" not in dropped_rules(nlp, text)


def test_a_question_over_how_far_someone_would_go_states_no_act(code, nlp):
    text = "There are questions over how far Serbia would be willing to go against Kosovo."
    assert code(text) == []
    assert "filter.open_question" in dropped_rules(nlp, text)


def test_the_real_act_beside_a_guess_stays(code):
    text = (
        "Chile recalled its ambassador from Bolivia on Monday. "
        "Analysts said La Paz could retaliate by expelling Chilean diplomats."
    )
    m = top(code(text))
    assert (m.event_type, [a.code for a in m.actor]) in (
        ("SANCTION", ["CHL"]),
        ("RETREAT", ["CHL"]),
    )
    assert len(code(text)) == 1


def test_a_commentators_conditional_scenario_is_no_threat(code, nlp):
    text = "Tehran may retaliate against Azerbaijani exports if the curbs stay, analysts said."
    assert code(text) == []
    assert "filter.speculation" in dropped_rules(nlp, text)


def test_critics_saying_someone_would_concede_is_their_guess(code, nlp):
    text = "Critics say the Moldovan premier would give away too much in talks with Tiraspol."
    assert code(text) == []
    assert "filter.speculation" in dropped_rules(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts see three scenarios for the dispute. In the second, Venezuela sends troops "
        "into Guyana.",
        "In the worst case, Armenian and Azerbaijani forces clash along the whole border.",
        "In one scenario, Egypt signs a defence pact with Eritrea.",
    ],
)
def test_an_act_told_in_a_scenario_is_no_event(code, nlp, text):
    assert code(text) == []
    assert "filter.scenario" in dropped_rules(nlp, text)


@pytest.mark.candidates("checks the modality of a reading that is below the default threshold")
def test_an_ordinal_with_no_scenario_before_it_is_not_a_scenario(code):
    text = "Egypt held two rounds of talks with Sudan. In the first, Egypt signed a grain accord."
    assert "SUPPORT" in _types(code(text)) or "AGREE" in _types(code(text))


def test_an_act_inside_a_rhetorical_question_is_asked_not_told(code, nlp):
    text = "Does anyone really think Hungary will lift its veto because Kyiv asks nicely?"
    assert code(text) == []
    assert "filter.question" in dropped_rules(nlp, text)


def test_a_question_that_ends_a_paragraph_is_still_a_question(code, nlp):
    text = "Tunisia and Libya met on Monday.\n\nWill Algeria close its border with Tunisia?\n\n"
    assert [m.event_type for m in code(text)] == ["CONSULT"]
    assert "filter.question" in dropped_rules(nlp, text)


def test_consultations_an_envoy_is_recalled_for_are_no_talks_with_the_host(code):
    ms = code("Peru recalled its ambassador from Mexico for consultations on Monday.")
    assert "CONSULT" not in _types(ms)
    assert _types(ms), "the recall itself is coded"


def test_a_minister_sent_for_consultations_still_consults(code):
    ms = code("Peru sent its foreign minister to Mexico for consultations on Monday.")
    assert "CONSULT" in _types(ms)


@pytest.mark.parametrize(
    "warning",
    [
        "Ankara warned on Tuesday that it could suspend gas deliveries to Bulgaria if Sofia "
        "did not pay its debts.",
        "The Ghanaian trade minister said Accra might file a complaint with the World Trade "
        "Organization unless Togo lifted the ban.",
    ],
)
def test_a_reported_conditional_threat_was_made(code, warning):
    threats = [m for m in code(warning) if m.event_type == "THREATEN"]
    assert threats, "the conditional act reported by a verb of saying is a threat"
    assert threats[0].modality == "asserted", threats[0].explanation
    assert "[modality.threat_made]" in threats[0].explanation


def test_a_conditional_act_in_the_writers_voice_is_no_threat_made(code):
    for m in code("If the talks fail, Bolivia could close its border with Chile."):
        assert m.modality != "asserted", m.explanation


@pytest.mark.parametrize(
    "warning",
    [
        "Norway warned on Monday that it could reimpose fishing sanctions on Iceland.",
        "The Brazilian foreign ministry warned that it may expel the Paraguayan ambassador.",
    ],
)
def test_an_unwelcome_act_the_warner_names_as_its_own_is_a_threat_made(code, warning):
    """'X warned that it could <sanction>' (no condition): the warner's threat (rule
    recode.warned_act), not a guess left hypothetical."""
    threats = [m for m in code(warning) if m.event_type == "THREATEN"]
    assert threats, [(m.event_type, m.modality) for m in code(warning)]
    assert threats[0].modality == "asserted", threats[0].explanation
    assert "[recode.warned_act]" in threats[0].explanation


def test_a_warning_about_another_doer_is_no_threat_of_the_warner(code):
    for m in code("Economists in Chile warned that the central bank could raise interest rates."):
        assert m.event_type != "THREATEN", m.explanation
