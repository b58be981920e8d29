"""From argument words to actors (coding/resolver.py): references resolved through the
reporting clause, also when the reporting subject is itself a pronoun."""

from __future__ import annotations

from support import countries


def test_we_in_a_quote_is_the_speaker_even_when_the_speaker_is_he(code):
    ms = code(
        "Chilean President Gabriel Boric condemned the raid. "
        '"We will not accept attacks on Peruvian soil," he said.'
    )
    rejected = [m for m in ms if m.event_type == "REJECT"]
    assert rejected and countries(rejected[0].actor) == {"CHL"}, [m.explanation for m in ms]
    assert "resolve.reporting_subject" in rejected[0].explanation


def test_an_unresolved_pronoun_speaker_gives_no_actor(code):
    ms = code('"We will not accept attacks on Peruvian soil," he said.')
    assert all(m.event_type != "REJECT" or not m.actor for m in ms)


def test_the_ministry_is_the_ministry_named_just_before(code):
    ms = code(
        "Peru's foreign ministry condemned the raid on Monday. "
        '"We have asked Chile to explain itself," the ministry said.'
    )
    asked = [m for m in ms if m.event_type == "REQUEST"]
    assert asked and countries(asked[0].actor) == {"PER"}, [m.explanation for m in ms]
    assert countries(asked[0].recipient) == {"CHL"}


def test_we_in_a_quotation_on_its_own_is_the_speaker_last_reported(code):
    ms = code(
        "Peruvian Foreign Minister Ana Kovar said on Monday that the talks had failed. "
        '"We will expel the Chilean ambassador."'
    )
    expel = [m for m in ms if m.sentence == 1]
    assert expel and countries(expel[0].actor) == {"PER"}, [m.explanation for m in ms]
    assert "[resolve.quoted_speaker]" in expel[0].explanation
    # no one reported as speaking before: no doer
    assert [m for m in code('The weather was fine. "We will expel the Chilean ambassador."')] == []
