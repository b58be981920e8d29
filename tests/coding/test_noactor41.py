"""Triggers whose doer the text gives outside the trigger's own subject (branch noactor41,
issues #11/#12): the author of a text named in an adjunct of a verb ("replied *in a statement
urging* ..."; rule actor.document_adjunct), the subject of a series of verbs the parser broke
("X rejected ..., said ..., and *accused* Y"; rule actor.series_subject), and a warned passive
joined by "and" or done "by force" (rule actor.warner). Every sentence is written for these
tests; the guards must keep their reading (dropped for want of a doer, or another doer)."""

from __future__ import annotations

import pytest


def _of_type(mentions, plover: str) -> list:
    return [m for m in mentions if m.event_type == plover]


@pytest.mark.parametrize(
    ("text", "plover", "actor", "recipient"),
    [
        ("Kenya replied on Tuesday in a statement urging Uganda to reopen the border crossing.",
         "REQUEST", "KEN", "UGA"),
        ("Ghana reacted on Sunday in a statement calling on Togo to free the detained "
         "fishermen.", "REQUEST", "GHA", "TGO"),
        ("Leaders of the East African Community closed their meeting in Arusha on Friday "
         "with a joint communique calling on Burundi to hold a free vote.",
         "REQUEST", "IGO", "BDI"),
    ],
)  # fmt: skip
def test_a_text_in_an_adjunct_is_its_verbs_subjects(code, text, plover, actor, recipient):
    found = _of_type(code(text), plover)
    assert found, "the participle's act is dropped for want of a doer"
    m = found[0]
    assert actor in {a.country for a in m.actor}
    assert recipient in {a.country for a in m.recipient}
    assert "[actor.document_adjunct]" in m.explanation


def test_a_text_with_its_own_author_is_not_the_verbs_subjects(code):
    # the statement is the opposition's: the participle is theirs, not Kenya's
    text = (
        "Kenya reacted on Monday to a statement by the opposition party urging Uganda to "
        "reopen the border."
    )
    for m in _of_type(code(text), "REQUEST"):
        assert "actor.document_adjunct" not in m.explanation
        assert "KEN" not in {a.code for a in m.actor}


def test_a_series_of_verbs_shares_its_first_subject(code):
    text = (
        "The Peruvian minister rejected the charge, said the frontier was calm, and accused "
        "Chile of spreading lies."
    )
    found = _of_type(code(text), "ACCUSE")
    assert found, "the third verb of the series is dropped for want of a doer"
    m = found[0]
    assert [a.country for a in m.actor] == ["PER"]
    assert [a.country for a in m.recipient] == ["CHL"]
    assert "[actor.series_subject]" in m.explanation


def test_a_reporting_verb_with_its_own_subject_keeps_it(code):
    # the subject of 'said' comes after it: no series, the talks accuse no one
    text = "The talks have failed, said the Peruvian minister, and he accused Chile of lying."
    for m in code(text):
        assert "actor.series_subject" not in m.explanation
    found = _of_type(code(text), "ACCUSE")
    assert found and [a.country for a in found[0].actor] == ["PER"]


def test_a_quoted_series_is_no_series(code):
    # inside a quotation the speaker is named after it, not by the first verb's subject
    text = '"The army closed the road," said a farmer, "and we begged Chile for help."'
    for m in code(text):
        assert "actor.series_subject" not in m.explanation


def test_a_warning_by_force_names_no_doer(code):
    text = (
        "The Kenyan interior minister warned on Tuesday that the drivers' union would be "
        "banned by decree."
    )
    found = [m for m in code(text) if "[actor.warner]" in m.explanation]
    assert found, "the warned arrest is dropped for want of a doer"
    assert [a.country for a in found[0].actor] == ["KEN"]


def test_a_warning_by_a_named_doer_is_that_doers(code):
    text = "The Kenyan interior minister warned that any march would be broken up by the army."
    for m in code(text):
        assert "[actor.warner]" not in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a generic expectation: no one acts
        "Talks are expected to resume after the holidays.",
        # a plan with no doer
        "A new round of sanctions is planned for the spring.",
        # a harm foreseen is no warner's act
        "The Kenyan interior minister warned that travellers could be robbed on the coast road.",
    ],
)
def test_no_doer_stays_dropped(code, text):
    for m in code(text):
        assert not {"actor.document_adjunct", "actor.series_subject", "actor.warner"} & set(
            m.explanation.replace("[", " ").replace("]", " ").split()
        )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Ghanaian interior minister said on Monday that any march in the capital would "
         "be dispersed.", "GHA"),
        ('"Any attempt to close the port will be met with force," the Zambian interior '
         "minister said.", "ZMB"),
        ("The Nigerian army chief answered that any raid on its bases would be met with force.",
         "NGA"),
    ],
)  # fmt: skip
def test_a_states_organ_announcing_a_sanction_is_its_doer(code, text, actor):
    # the announcer's rule, or threat41's reading of a punishment announced for a class
    # of offenders, which reads the speaker as the doer first
    found = [
        m
        for m in code(text)
        if "[actor.announcer]" in m.explanation or "[trigger.offenders_punished]" in m.explanation
    ]
    assert found, "the announced sanction is dropped for want of a doer"
    assert [a.country for a in found[0].actor] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # a bystander or a lawyer: no side of theirs does it
        '"The strikers will be arrested tonight," a lawyer for their union said.',
        "A shopkeeper said the looters would be punished.",
        # a demand, not a promise
        '"The killers must be punished," the Zambian justice minister said.',
        # a plan told of named people lays down no rule
        "A Zambian prosecutor said the nine activists would be put on trial in May.",
        # lenience, not a threat
        "The Zambian justice minister said the strikers would not be prosecuted.",
    ],
)
def test_no_announcer_without_a_states_promise(code, text):
    for m in code(text):
        assert "[actor.announcer]" not in m.explanation
