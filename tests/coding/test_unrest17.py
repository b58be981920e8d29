"""Unrest wording families of the unrest17 branch: "the accused" of court reports as a doer
(the small model tags it a past participle; rule mention.nominal_participle), an act that an
investigation looks into, told by a definite noun, as an event of its own (rule
filter.reported_act), everyday trades as the victims of violence (data/actors/people.tsv) and
snipers as unidentified attackers and a military helicopter as the doer of an
air attack (data/actors/roles.tsv)."""

from __future__ import annotations

import pytest

from unrest_helpers import asserted_of as _of
from unrest_helpers import types_of as _types


@pytest.mark.parametrize(
    "text",
    [
        "The accused beat a nurse with a stick outside a bar in Nairobi, the court heard.",
        "Witnesses told the court in Accra that the accused beat a policeman.",
        "The accused and his cousin assaulted a lorry driver in Uganda, prosecutors said.",
    ],
)
def test_the_accused_is_a_doer(code, text):
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]  # "the court heard": claimed
    assert ms and ms[0].actor and ms[0].actor[0].code.endswith("CRM"), _types(code(text))


def test_the_accused_as_a_noun_is_tagged_a_noun(nlp):
    doc = nlp("The accused punched a guard in Lusaka.")
    assert doc[1].pos_ == "NOUN" and doc[1].lemma_ == "accused"


@pytest.mark.parametrize(
    "text",
    [
        "Police accused two men of rioting in Kisumu.",
        "The man accused of the theft was arrested in Kisumu.",
        "The men were accused by the police of looting shops in Nakuru.",
    ],
)
def test_accused_as_a_verb_stays_a_verb(nlp, text):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == "accused")
    assert tok.pos_ == "VERB", [(t.text, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Uganda are investigating the beating of a lorry driver in Gulu.",
        "Detectives in Kenya are investigating the killing of a nurse in Eldoret.",
    ],
)
def test_an_investigated_act_is_an_event(code, text):
    ms = code(text)
    assert _of(ms, "ASSAULT"), _types(ms)
    assert any(m.event_type == "ACCUSE" for m in ms), _types(ms)  # the inquiry stays too


@pytest.mark.parametrize(
    "text",
    [
        "Police in Uganda are investigating the alleged beating of a lorry driver in Gulu.",
        "Police in Ghana are investigating claims of a stabbing in Kumasi.",
    ],
)
def test_an_alleged_or_indefinite_act_under_inquiry_is_no_event(code, text):
    ms = code(text)
    assert not _of(ms, "ASSAULT"), _types(ms)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Robbers stabbed a watchman at a timber yard in Kumasi.", "LAB"),
        ("Gunmen shot a pharmacist outside his shop in Kaduna.", "HLH"),
        ("Youths beat up a bus conductor in Kampala over the fare.", "LAB"),
        ("Bandits kidnapped a pastor from his church near Abuja.", "REL"),
    ],
)
def test_everyday_trades_are_victims(code, text, sector):
    ms = _of(code(text), "ASSAULT")
    assert ms and any(r.code.endswith(sector) for r in ms[0].recipient), _types(ms)


def test_snipers_are_unidentified_attackers(code):
    ms = _of(code("Snipers fired on a crowd of mourners in Khartoum."), "ASSAULT")
    assert ms and ms[0].actor and ms[0].actor[0].code.endswith("UAF"), _types(ms)


def test_a_military_helicopter_is_the_doer(code):
    ms = _of(code("A military helicopter fired on a village near Gao in Mali."), "ASSAULT")
    assert ms and ms[0].actor and ms[0].actor[0].code.endswith("MIL"), _types(ms)


def test_accused_and_sniper_are_no_political_cue_alone():
    """The role rows "accused" and "sniper" do not make a page about sport or games political
    (data/relevance/political.tsv kind not_cue)."""
    from communique.relevance import story_topic

    topic = story_topic(
        "The home coach accused the referee of favouring the visitors in the cup final. "
        "Earlier, a new sniper class was added to the online shooter game, and players said "
        "the snipers were far too strong in the new season."
    )
    assert "accused" not in topic.cues and "sniper" not in topic.cues, topic.cues


def test_the_verb_accused_before_a_role_is_no_defendant(code):
    ms = [m for m in code("The army accused rebel fighters of burning a village in Mali.")]
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and acc[0].actor[0].code.endswith("MIL"), _types(ms)
