"""Police placed by where they act, and an arrest at a house that stays an arrest. Sentences
written for these tests."""

from __future__ import annotations


def _arrests(got):
    return [m for m in got if m.event_type == "COERCE" and m.evidence.trigger.startswith("arrest")]


def test_police_take_the_state_of_the_place_they_arrest_in(code):
    text = (
        "Iraq's government called the verdict fair. On Thursday prosecutors said police had "
        "arrested another Iraqi man in Munich on Tuesday, a former militia officer suspected "
        "of murders."
    )
    got = _arrests(code(text, "2025-05-09"))
    assert got, got
    assert [a.country for a in got[0].actor] == ["DEU"], got[0].explanation
    assert [a.country for a in got[0].recipient] == ["IRQ"]
    assert "[mention.police_place]" in got[0].explanation


def test_police_with_a_country_of_their_own_keep_it(code):
    got = _arrests(code("Austrian police arrested two Iraqi students in Munich on Monday."))
    assert got and [a.country for a in got[0].actor] == ["AUT"]


def test_an_arrest_at_a_house_is_still_an_arrest(code):
    got = _arrests(
        code("Gabonese police arrested a journalist at a house in Libreville on Wednesday.")
    )
    assert got and [a.country for a in got[0].actor] == ["GAB"], got


STORY = (
    "ACCRA, June 12 (Coast Daily) - Kwame Mensah, who was sworn in as Ghana's foreign minister "
    "on Tuesday, spent his first day on the phone. Later on Wednesday he spoke by telephone "
    "with Togo's foreign minister, Ama Kodjo, about smuggling on their shared border.\n\n"
    "Nigeria's foreign ministry welcomed his appointment on Wednesday and invited him to visit "
    "Abuja."
)


def test_a_pronoun_subject_keeps_its_person_ahead_of_an_object(code):
    got = [m for m in code(STORY, "2025-06-12") if m.event_type == "SUPPORT"]
    assert got, got
    assert [a.name for a in got[0].recipient] == ["Kwame Mensah"], got[0].explanation


def test_the_office_a_relative_clause_names_places_the_person(code):
    got = [m for m in code(STORY, "2025-06-12") if m.event_type == "SUPPORT"]
    assert got and [a.country for a in got[0].recipient] == ["GHA"], got[0].explanation
    call = [m for m in code(STORY, "2025-06-12") if m.event_type == "CONSULT"]
    assert call and [a.country for a in call[0].actor] == ["GHA"]


def test_a_judge_is_of_the_court_the_story_named(nlp):
    from communique.actors.finder import find_actors

    text = (
        "Rwanda's government called it a historic day. A French court on Monday sentenced a "
        "former Rwandan militia leader to life in prison for the killings of Rwandan civilians. "
        "Reading the judgment, the presiding judge, Claire Dubois, said the defendant had "
        "ordered killings in Kigali and Butare. Prosecutors said they would not appeal."
    )
    doc = nlp(text)
    judicial = [sp for sp in find_actors(doc) if sp.actor.sector == "JUD"]
    assert [sp.actor.country for sp in judicial] == ["FRA", "FRA", "FRA"], [
        (doc[sp.start : sp.end].text, sp.rule) for sp in judicial
    ]
    assert "[mention.judge_court]" in judicial[1].rule
