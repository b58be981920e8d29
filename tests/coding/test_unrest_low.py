"""Violence told in wordings the coder missed (branch unrest_low): agentless passives whose
victim no rule resolves, passives whose victim another clause names, verbal nouns of violence
tagged as verbs, and "X shot dead Y" read as a compound noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _assaults(ms):
    return [m for m in ms if m.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("A locksmith was stabbed to death during a burglary in Karachi.", "PAK"),
        ("Two jewellers were abducted during a robbery at their shop in Kaduna.", "NGA"),
    ],
)
def test_an_agentless_passive_names_its_victim_by_an_unknown_word(code, text, iso):
    (hit,) = _assaults(code(text))
    assert hit.unattributed and not hit.actor, hit.explanation
    assert "[actor.unattributed_passive]" in hit.explanation
    assert iso in countries(hit.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The novel was shot down by reviewers in Paris.",
        "The old proposal was killed off during a meeting in Berlin.",
    ],
)
def test_a_thing_or_a_named_doer_is_no_unattributed_victim(code, text):
    assert not [m for m in _assaults(code(text)) if m.unattributed]
    ms = code("A cobbler was beaten during a robbery at his stall in Lahore.")
    assert [m for m in _assaults(ms) if m.unattributed], [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "A young herder died after being shot near the border fence in Gaza.",
        "A student leader lost a leg after being struck by a stun grenade in Santiago.",
        "Villagers buried a councillor who was shot dead in Kabul last week.",
    ],
)
def test_a_passive_whose_victim_another_clause_names(code, text):
    hits = [m for m in _assaults(code(text)) if m.unattributed]
    assert hits, [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Shelling killed two shepherds near the village of Berd in Armenia.", "ARM"),
        ("Shelling wounds four villagers near Donetsk", "UKR"),
    ],
)
def test_a_verbal_noun_of_violence_tagged_as_a_verb(code, text, iso):
    hits = _assaults(code(text))
    assert hits and hits[0].unattributed, [m.explanation for m in code(text)]
    assert "[actor.unattributed_gerund]" in hits[0].explanation
    assert iso in countries(hits[0].recipient)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("An armed settler shot dead a young shepherd outside Hebron.", "settler"),
        ("Gunmen on a motorcycle shot dead a magistrate in Quetta on Monday.", "gunmen"),
    ],
)
def test_shot_dead_after_a_noun_is_the_verb(code, nlp, text, doer):
    doc = nlp(text)
    shot = next(t for t in doc if t.lower_ == "shot")
    assert shot.pos_ == "VERB" and shot.lemma_ == "shoot"
    (hit,) = _assaults(code(text))
    assert [doer in a.text.lower() for a in hit.actor] == [True], hit.explanation
    assert not hit.unattributed
    # a noun stays a noun; a verb the parser read right is left as it is
    doc = nlp("The gun shot echoed across the valley.")
    assert next(t for t in doc if t.lower_ == "shot").pos_ == "NOUN"
    doc = nlp("A hunter shot dead a wolf in Montana.")
    assert next(t for t in doc if t.lower_ == "shot").pos_ == "VERB"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a guesthouse hotel in Kabul overnight.",
        "Insurgents stormed a prison in eastern Congo before dawn.",
        "Armed men stormed a mission hospital in Ituri province on Tuesday.",
    ],
)
def test_armed_men_storming_a_building_attack_it(code, text):
    ms = code(text)
    stormed = [m for m in ms if m.evidence.trigger.startswith("stormed")]
    assert stormed and stormed[0].event_type == "ASSAULT", [m.explanation for m in ms]
    assert "[recode.armed_storm]" in stormed[0].explanation
    # a crowd that storms one riots; police that storm one raid it
    crowd = code("Angry protesters stormed a prison in Port-au-Prince on Sunday.")
    assert [m.event_type for m in crowd if m.evidence.trigger.startswith("stormed")] == ["PROTEST"]
