"""Verdicts and performative speech acts: a speaker's judgement of an act said with a verb of
naming ("called the duties unjustified", "described the launch as a provocation"), stances
voiced about someone's act, and speech acts said as a wish ("I would like to thank ...").
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import countries

# (sentence, PLOVER type, CAMEO, actor country, recipient country)
VERDICTS = [
    # a condemning word said of the object: criticism (CAMEO 111) of the thing judged's doer
    ("Canada called the American duties unjustified.", "ACCUSE", "111", "CAN", "USA"),
    ("Mexico called Washington's tariffs illegal.", "ACCUSE", "111", "MEX", "USA"),
    (
        "Canada called the duties imposed by the United States a violation of the trade pact.",
        "ACCUSE",
        "111",
        "CAN",
        "USA",
    ),
    (
        "South Korea described the North Korean missile launch as a provocation.",
        "ACCUSE",
        "111",
        "KOR",
        "PRK",
    ),
    ("Ukraine labelled the Russian shelling an act of aggression.", "ACCUSE", "111", "UKR", "RUS"),
    ("France termed the Turkish move unacceptable.", "ACCUSE", "111", "FRA", "TUR"),
    ("India dubbed the Chinese map absurd.", "ACCUSE", "111", "IND", "CHN"),
    ("Greece labelled the Turkish drilling illegal.", "ACCUSE", "111", "GRC", "TUR"),
    # quoted predicates, and an adjective read as the object's modifier
    (
        'Poland called the Belarusian decision "illegal and unacceptable".',
        "ACCUSE",
        "111",
        "POL",
        "BLR",
    ),
    (
        'Chile described the Bolivian lawsuit as a "political manoeuvre" and a waste of time.',
        "ACCUSE",
        "111",
        "CHL",
        "BOL",
    ),
    # 'branded' criticises, unless what it says praises or denies
    ("Kenya branded the deal with Ethiopia a success.", "SUPPORT", "051", "KEN", "ETH"),
    ("Britain branded the Russian allegations lies.", "REJECT", "120", "GBR", "RUS"),
    ("Germany branded the Russian referendum a sham.", "ACCUSE", "111", "DEU", "RUS"),
    # a verdict reported as a plain copula ("said the duties were illegal")
    ("Canada said the American duties were illegal.", "ACCUSE", "111", "CAN", "USA"),
    ("Kenya said the talks with Somalia were constructive.", "SUPPORT", "051", "KEN", "SOM"),
    # ... and the wire-copy order: the verdict first, the speaker after it
    (
        "The new Brazilian duties on Argentine wine are unjustified, Argentina's minister said.",
        "ACCUSE",
        "111",
        "ARG",
        "BRA",
    ),
    (
        '"The Moroccan blockade is a crime," the Algerian foreign ministry said on Monday.',
        "ACCUSE",
        "111",
        "DZA",
        "MAR",
    ),
    (
        "The Ghanaian decision to reopen the border is a welcome step, Togo's president said.",
        "SUPPORT",
        "051",
        "TGO",
        "GHA",
    ),
    # a word of approval denied condemns (vocabulary verdict_negated)
    (
        '"The Thai embargo is not justified," the Lao trade minister said.',
        "ACCUSE",
        "111",
        "LAO",
        "THA",
    ),
    # whom it is told to is not what it judges; "said of X" names what is judged
    (
        "The arrest of our sailors by Iran is illegal, the British foreign minister told reporters.",
        "ACCUSE",
        "111",
        "GBR",
        "IRN",
    ),
    (
        '"This ban is unacceptable," the Polish minister said of the Ukrainian measures.',
        "ACCUSE",
        "111",
        "POL",
        "UKR",
    ),
    # the doer read as the subject of a clausal subject ("the Indian shelling was")
    (
        "Pakistan said the Indian shelling of the villages was an unprovoked provocation.",
        "ACCUSE",
        "111",
        "PAK",
        "IND",
    ),
    # a condemning word said of a claim denies it: a rejection (CAMEO 120) of the claimant
    ("Britain called the Argentine claim baseless.", "REJECT", "120", "GBR", "ARG"),
    ("Beijing described the accusations by Manila as groundless.", "REJECT", "120", "CHN", "PHL"),
    # the object read as a clause or as the predicate's subject by the parser
    (
        "Argentina called the British military exercises a provocation.",
        "ACCUSE",
        "111",
        "ARG",
        "GBR",
    ),
    ("Nepal called the Indian blockade inhumane.", "ACCUSE", "111", "NPL", "IND"),
    # the predicate noun, not the judged act, decides; an "as" hung inside the object
    ("Armenia called the Azerbaijani attack a war crime.", "ACCUSE", "111", "ARM", "AZE"),
    (
        "The Colombian president called the Venezuelan leader a dictator.",
        "ACCUSE",
        "111",
        "COL",
        "VEN",
    ),
    (
        "Germany described the Polish demand for reparations as unfounded.",
        "ACCUSE",
        "111",
        "DEU",
        "POL",
    ),
    # 'blasted' an act or a policy criticises its doer
    ("Japan blasted the Chinese coast guard incursion.", "ACCUSE", "111", "JPN", "CHN"),
    # an approving word: praise (CAMEO 051), not an appeal to meet ('called ... talks')
    ("Kenya called the talks with Somalia constructive.", "SUPPORT", "051", "KEN", "SOM"),
    ("Israel called the Egyptian proposal a positive step.", "SUPPORT", "051", "ISR", "EGY"),
    (
        "Pakistan described the talks with Afghanistan as productive.",
        "SUPPORT",
        "051",
        "PAK",
        "AFG",
    ),
    # a stance voiced about a proposal is aimed at its author, not at 'the opposition'
    ("Hungary voiced opposition to the Polish proposal.", "ACCUSE", "111", "HUN", "POL"),
    ("Hungary expressed opposition to the Polish proposal.", "ACCUSE", "110", "HUN", "POL"),
]


def _event(mentions, plover):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} event in {[(m.event_type, m.cameo) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(("text", "plover", "cameo", "actor", "recipient"), VERDICTS)
def test_verdict_is_coded_against_the_doer_of_the_thing_judged(
    code, text, plover, cameo, actor, recipient
):
    m = _event(code(text), plover)
    assert m.cameo == cameo
    assert countries(m.actor) == {actor}
    assert countries(m.recipient) == {recipient}
    assert m.modality == "asserted"


def test_verdict_on_a_joint_act_is_aimed_at_its_parties(code):
    text = (
        "The African Union called the accord between Ethiopia and Eritrea a historic breakthrough."
    )
    m = _event(code(text), "SUPPORT")
    assert m.cameo == "051"
    assert countries(m.recipient) == {"ETH", "ERI"}
    assert "[recipient.judged_parties]" in m.explanation


def test_a_step_forward_is_praise_not_an_appeal_for_a_ceasefire(code):
    ms = code("Qatar called the ceasefire in Gaza a step forward.")
    assert "SUPPORT" in {m.event_type for m in ms}
    assert "REQUEST" not in {m.event_type for m in ms}


def test_stance_over_an_act_is_aimed_at_its_doer(code):
    text = "Mexico expressed outrage over the killing of two Mexican migrants by American police."
    m = _event(code(text), "ACCUSE")
    assert countries(m.recipient) == {"USA"}


def test_welcoming_a_joint_act_is_aimed_at_its_parties(code):
    m = _event(code("Georgia welcomed the agreement between Armenia and Azerbaijan."), "SUPPORT")
    assert countries(m.recipient) == {"ARM", "AZE"}


def test_verdict_denying_allegations_answers_the_accuser(code):
    text = "Kenya accused Somalia of arming the militia. Mogadishu called the allegations false."
    m = _event(code(text), "REJECT")
    assert m.cameo == "120"
    assert countries(m.actor) == {"SOM"}
    assert countries(m.recipient) == {"KEN"}
    assert "[recipient.accuser]" in m.explanation


def test_verdict_in_a_relative_clause_is_aimed_at_the_doer_of_the_act(code):
    text = "Serbia held a census in the northern districts, which Kosovo called illegal."
    m = _event(code(text), "ACCUSE")
    assert countries(m.actor) == {"XKX"}
    assert countries(m.recipient) == {"SRB"}
    assert "[recipient.judged_antecedent]" in m.explanation


def test_relative_clause_with_its_own_subject_is_no_content_of_the_verdict(code):
    text = (
        "Ghana said Togo had raised what it described as Beninese interference in the north, "
        "which Cotonou denies."
    )
    ms = code(text)
    assert countries(_event(ms, "ACCUSE").recipient) == {"BEN"}
    assert countries(_event(ms, "REJECT").actor) == {"BEN"}


def test_passive_verdict_has_its_agent_as_doer(code):
    m = _event(code("The Russian referendum was called a sham by Germany."), "ACCUSE")
    assert countries(m.actor) == {"DEU"}
    assert countries(m.recipient) == {"RUS"}


def test_verdict_explanation_names_the_rule(code):
    m = _event(code("Chile called the Bolivian blockade of the port illegal."), "ACCUSE")
    assert "[trigger.verdict]" in m.explanation
    assert "'illegal'" in m.explanation


def test_misparsed_object_is_the_judged_thing(code):
    m = _event(code("Argentina called the British military exercises a provocation."), "ACCUSE")
    assert "[recipient.judged_thing]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Norway called the meeting with Sweden a first step.",
        "Thailand described the situation on the Cambodian border as calm.",
        "Chile called the vote a test of the government's strength.",
        # a stance on any such act, or a verdict not given, judges no act of anyone
        "Bahrain considered any foreign interference in Qatar's affairs unacceptable.",
        "American officials did not consider the Chinese flotilla a threat.",
        # a speaker's word on its own act; a warning of what would be; a verdict denied
        "Russia called its operation legitimate.",
        "Russia said its operation was legitimate.",
        "France said the Turkish move would be a mistake.",
        "Peru said the Chilean decision was not illegal.",
        "The minister said the situation was calm.",
        # reported rulings on a thing of no one named
        "Kenyan police said the planned march was illegal.",
        "The Malawian constitutional court said the new law was unconstitutional.",
        # ... also in the wire-copy order, and judgements of no act, warnings and questions
        "The rally in the capital was illegal, the Zambian police said.",
        "The season was a great success for hotels, the Greek tourism minister said.",
        "Higher tariffs on Chinese goods would be a mistake, the Australian treasurer said.",
        "Are the new Indian duties on rice unjustified?",
        "The Canadian tariffs are 25 percent on most goods, the trade ministry said.",
    ],
)
def test_neutral_description_is_no_event(code, text):
    assert [(m.event_type, m.cameo) for m in code(text)] == []


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Nigeria called for talks with Niger.", "REQUEST", "020"),
        ("Nigeria called on Niger to release the detainees.", "REQUEST", "020"),
        ("Kenya called an emergency meeting of the regional bloc.", "REQUEST", "026"),
        # a time after the object is when, not what the object is called
        ("Peru called a meeting of the regional bloc last week.", "REQUEST", "026"),
        ("Thailand called talks with Cambodia this week.", "REQUEST", "026"),
    ],
)
def test_appeals_with_call_are_kept(code, text, plover, cameo):
    m = _event(code(text), plover)
    assert m.cameo == cameo


# a performative verb under a first-person wish or request for leave is performed
PERFORMATIVES = [
    ('"I would like to thank Japan for its support," the Philippine president said.', "JPN"),
    ('"I would like to congratulate Poland on its election," the Czech premier said.', "POL"),
    ('"We wish to express our full support for Moldova," the Romanian minister said.', "MDA"),
    ('"I want to congratulate the people of Chile," the Peruvian president said.', "CHL"),
    ("The Turkish president said he would like to thank Azerbaijan for its help.", "AZE"),
]


@pytest.mark.parametrize(("text", "recipient"), PERFORMATIVES)
def test_performative_in_the_conditional_is_asserted_praise(code, text, recipient):
    m = _event(code(text), "SUPPORT")
    assert m.cameo == "051"
    assert m.modality == "asserted"
    assert recipient in countries(m.recipient)
    assert "[modality.performative]" in m.explanation


def test_performative_condemnation_is_asserted(code):
    text = '"I would like to condemn the Syrian shelling of Idlib," the French envoy said.'
    m = _event(code(text), "ACCUSE")
    assert m.modality == "asserted"
    assert "SYR" in countries(m.recipient)


def test_wish_about_another_states_act_is_not_performed(code):
    # 'Cuba would welcome ...' is a stance on a proposal not yet made, not a speech act
    ms = code("The Cuban minister said Cuba would welcome any American proposal for talks.")
    assert all(m.modality != "asserted" or m.event_type != "SUPPORT" for m in ms)


# a reported verdict on a thing that names no doer judges the act of that kind told before
REPORTED_EARLIER = [
    (
        "Vietnam imposed duties on Cambodian rice on Monday. The duties are unjustified and a "
        "mistake, Cambodia's commerce minister said on Tuesday.",
        "ACCUSE",
        "KHM",
        "VNM",
    ),
    (
        "Serbia imposed an embargo on goods from Kosovo last week. Kosovo's prime minister told "
        "parliament the embargo was illegal.",
        "ACCUSE",
        "XKX",
        "SRB",
    ),
    (
        "Peru's trade minister Ana Ruiz spoke in Lima on Friday. \"The Chilean measures are a "
        'violation of the trade pact," she said.',
        "ACCUSE",
        "PER",
        "CHL",
    ),
    # a sentence that is all quotation: its speaker named after it, or just before it
    (
        "Peru's trade minister said on Friday that talks had stalled. \"The Chilean duties are a "
        'mistake."',
        "ACCUSE",
        "PER",
        "CHL",
    ),
    (
        'Talks stalled on Friday. "The Chilean duties are unjustified. We will answer them," '
        "Peru's trade minister said.",
        "ACCUSE",
        "PER",
        "CHL",
    ),
    (
        "Bolivia lifted its curbs on Peruvian fruit. Peru's trade minister said talks had gone "
        'well. "The decision is a positive step."',
        "SUPPORT",
        "PER",
        "BOL",
    ),
]


@pytest.mark.parametrize(("text", "plover", "actor", "recipient"), REPORTED_EARLIER)
@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_reported_verdict_is_aimed_at_the_doer_told_of(code, text, plover, actor, recipient):
    m = _event([m for m in code(text) if m.sentence > 0], plover)
    assert countries(m.actor) == {actor}
    assert countries(m.recipient) == {recipient}


def test_reported_verdict_on_the_speakers_own_act_is_no_event(code):
    text = (
        "Vietnam imposed duties on Cambodian rice on Monday. The duties are fair, Vietnam's "
        "trade minister said."
    )
    assert [m.event_type for m in code(text) if m.sentence == 1] == []


@pytest.mark.parametrize(
    "text",
    [
        # a quotation whose speaker no sentence near it names; a question; no act judged
        'Talks stalled on Friday. "The Chilean duties are a mistake."',
        'Peru\'s trade minister said talks had stalled. "Are the Chilean duties a mistake?"',
        'Peru\'s trade minister said talks had stalled. "The weather was terrible."',
    ],
)
def test_quotation_with_no_speaker_or_act_is_no_verdict(code, text):
    assert [m.event_type for m in code(text) if m.sentence > 0] == []


def test_act_a_dropped_ruling_judges_stays_an_event(code):
    # no doer for the verdict, but the protest it speaks of was held
    types = [
        m.event_type
        for m in code("Police said the rally outside the parliament in Quito was illegal.")
    ]
    assert "PROTEST" in types
    assert "ACCUSE" not in types
