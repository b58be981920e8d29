"""Headlines and short news lines (issues #11/#12, branch headlines2): a headline's present-tense
verb the small model reads as a modifier of its object, dismissals of officials (no event),
sentences given as terms and remands written without an auxiliary. Every line is written for
these tests."""

from __future__ import annotations

import pytest

from support import top


def _texts(parties) -> str:
    return " ".join(p.text.lower() for p in parties)


# rule parse.headline_verb_modifier (communique.articles.headline): the verb was read as an
# adjective on the object ("detain/amod leader"), so the line had no verb and no event
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Police detain opposition activists after march", "police", "activists"),
        ("Coast guards detain smugglers off island", "guards", "smugglers"),
        ("Police detain leader of banned party in capital", "police", "leader"),
    ],
)
def test_headline_verb_read_as_modifier(code, text, actor, recipient):
    m = top(code(text))
    assert m.event_type == "COERCE"
    assert actor in _texts(m.actor)
    assert recipient in _texts(m.recipient)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Riot Police Detain Student Organisers In Capital", "police"),
        # a verb that is also a noun, after police, soldiers or an armed group
        ("Soldiers Arrest Journalist Near Border", "soldiers"),
    ],
)
def test_title_case_headline_verb(text, actor):
    from communique.evaluate import code_texts

    (mentions,) = code_texts([text], prefix="t")
    m = top(mentions)
    assert m.event_type == "COERCE"
    assert actor in _texts(m.actor)


def test_noun_run_of_other_subjects_is_left_alone(nlp):
    doc = nlp("Village market traders count losses")
    assert doc[1].dep_ != "ROOT"  # 'market' (a noun too) after 'village' stays in the noun run


def test_true_modifier_is_left_alone(nlp):
    doc = nlp("Rescuers find missing hikers near ridge")
    assert doc[2].dep_ == "amod"  # an adjective of the lemmatizer's index stays one


# dismissing an official is a personnel act: no CAMEO code, no PLOVER type (triggers.tsv)
@pytest.mark.parametrize(
    "text",
    [
        "The president dismissed the army commander on Friday.",
        "The prime minister sacked the finance minister after the vote.",
    ],
)
def test_dismissing_an_official_is_no_event(code, text):
    assert not [m for m in code(text) if m.event_type in ("REJECT", "ACCUSE", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister dismissed the accusations as baseless.",
        "The militia dismissed an appeal from the governor to hand over its weapons.",
    ],
)
def test_dismissing_accusations_or_an_appeal_is_still_a_rejection(code, text):
    assert top(code(text)).event_type == "REJECT"


# 'given a four-year term / a jail sentence' is sentencing (CAMEO 173)
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Three students were given a four-year term for sedition.", "students"),
        ("The union leader was given a jail sentence on Monday.", "leader"),
    ],
)
def test_given_a_term_or_sentence(code, text, who):
    m = top(code(text))
    assert (m.event_type, m.cameo) == ("COERCE", "173")
    assert who in _texts(m.recipient)


def test_given_a_second_term_is_no_sentence(code):
    assert not [m for m in code("The mayor was given a second term by voters.") if m.cameo == "173"]


# 'remanded' without its auxiliary is an elliptical passive (vocabulary)
def test_remanded_headline(code):
    m = top(code("Union leader remanded in custody after rally"))
    assert m.event_type == "COERCE"
    assert "leader" in _texts(m.recipient)
    assert not m.actor
