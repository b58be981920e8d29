"""Recall lost to filters and actors: a warning that those who defy the warner will be
arrested, dispersed or sanctioned is a threat, not a forecast; a protest note sent to a state
is a formal complaint; a body no clue places is not given the state whose diplomat it
summons."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Bolivia's interior minister warned on Friday that any unauthorised march would be "
            "dispersed.",
            "BOL",
            id="dispersed",
        ),
        pytest.param(
            "Kenya's government warned that anyone who blocked the highway would be arrested.",
            "KEN",
            id="arrested",
        ),
        pytest.param(
            "Ghana's electoral commission warned that candidates who broke the rules could be "
            "sanctioned.",
            "GHA",
            id="sanctioned",
        ),
    ],
)
def test_a_warning_of_coercion_in_the_passive_is_the_warners_threat(code, text, actor):
    """rule actor.warner: the warner is the doer of the sanction or coercion it warns of."""
    threats = [m for m in code(text, "2024-03-15") if m.event_type == "THREATEN"]
    assert threats and countries(threats[0].actor) == {actor}, threats
    assert "[actor.warner]" in threats[0].explanation
    assert countries(threats[0].recipient) == {actor}  # aimed at the warner's own people


@pytest.mark.parametrize(
    "text",
    [
        "Chile's central bank warned that prices would rise and that the currency would weaken.",
        "Amnesty International warned that the new law would be used to silence critics.",
        "Chile's health minister warned that elderly people could be killed by the heat.",
    ],
)
def test_a_warning_of_what_will_happen_stays_no_threat(code, text):
    assert not [m for m in code(text, "2024-03-15") if m.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam sent a protest note to Beijing on Thursday.",
        "Vietnam sent a letter of protest to China's embassy on Thursday.",
    ],
)
def test_a_protest_note_sent_is_a_complaint(code, text):
    ms = [m for m in code(text, "2024-03-15") if m.event_type == "ACCUSE"]
    assert ms and ms[0].cameo == "114"
    assert countries(ms[0].actor) == {"VNM"} and countries(ms[0].recipient) == {"CHN"}


def test_riot_police_sent_to_a_protest_is_no_complaint(code):
    ms = code("The governor sent riot police to break up the protest on Thursday.", "2024-03-15")
    assert not [m for m in ms if m.cameo == "114"]


def test_a_guessed_ministry_does_not_summon_its_own_states_diplomat(code):
    ms = code(
        "Lithuania expelled three Russian diplomats on Wednesday over alleged spying. Russia "
        "called the move hostile. The foreign ministry summoned Russia's chargé d'affaires and "
        "handed him a protest note, the minister told reporters.",
        "2024-03-15",
    )
    summoned = [m for m in ms if m.event_type == "ACCUSE" and m.sentence == 2]
    assert summoned and countries(summoned[0].actor) == {"LTU"}
    assert countries(summoned[0].recipient) == {"RUS"}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        pytest.param(
            '"They are stalling the talks," Palestinian negotiator Samir Qudwa told reporters '
            "after the meeting, accusing Israel of delaying a deal.",
            "ACCUSE", "PSE", "ISR",
            id="accusing",
        ),
        pytest.param(
            '"No one has been expelled," said Costa Rica\'s deputy minister, Rosa Villa, on '
            "Tuesday, denying a report that police had pushed migrants back into Nicaragua.",
            "REJECT", "CRI", None,
            id="denying",
        ),
        pytest.param(
            '"The blockade must end," Peru\'s foreign minister said on Monday, urging Chile to '
            "reopen the border.",
            "REQUEST", "PER", "CHL",
            id="urging",
        ),
    ],
)  # fmt: skip
def test_a_statement_participle_after_a_quote_is_the_speakers(code, text, kind, actor, recipient):
    """'"...," X said, *accusing* Y': the participle of a statement addressed to or about someone
    is the speaker's act, not the quoted clause's (syntax.reported_clause)."""
    ms = [m for m in code(text, "2024-03-15") if m.event_type == kind]
    assert ms and countries(ms[0].actor) == {actor}, ms
    if recipient:
        assert countries(ms[0].recipient) == {recipient}


def test_a_result_participle_after_a_report_stays_the_reported_acts(code):
    ms = code("Rebels shelled the town overnight, the army said, killing four civilians.")
    killed = [m for m in ms if m.event_type == "ASSAULT"]
    assert killed and [a.text for a in killed[0].actor] == ["Rebels"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Sudan's army-led government accused Chad on Sunday of letting weapons cross the "
            'border; Chad\'s foreign ministry rejected the accusation as "baseless".',
            "SDN",
            "TCD",
        ),
        ("Peru accused Chile of spying on its navy; Chile denied the claim.", "PER", "CHL"),
    ],
)
def test_a_clause_before_a_semicolon_is_no_content_of_the_next(code, text, actor, recipient):
    """frames.split_clause: the parser may hang the first of two clauses a semicolon joins on
    the second's verb; the accusation is made, not the content of the rejection."""
    ms = [m for m in code(text, "2024-03-15") if m.event_type == "ACCUSE"]
    assert ms and countries(ms[0].actor) == {actor}
    assert countries(ms[0].recipient) == {recipient}


def test_a_participle_on_the_addressee_of_a_letter_is_the_writers(code):
    """rule actor.writer: 'wrote to his counterpart *asking* ...' is the writer's request."""
    ms = code(
        "Kenya's trade minister wrote to his Tanzanian counterpart asking Dodoma to lift the ban.",
        "2024-03-15",
    )
    asked = [m for m in ms if m.event_type == "REQUEST"]
    assert asked and countries(asked[0].actor) == {"KEN"}
    assert countries(asked[0].recipient) == {"TZA"}
