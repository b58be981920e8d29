"""General errors bench/stories/pages11 showed, on invented sentences: an official "at the X
embassy" is X's (vocabulary diplomatic_missions, roles attache/attaches), the participle after
"..., an official said, *accusing* Y of ..." acts on Y so Y is no guess for the official (rule
mention.guess_not_target), and "MEPs" are the European Parliament's members (bodies.tsv)."""

from __future__ import annotations

from support import countries as _countries


def test_a_diplomat_at_an_embassy_is_of_the_embassy_state(code):
    found = [
        m
        for m in code("Latvia expelled a diplomat at the Belarusian embassy in Riga on Tuesday.")
        if m.event_type == "SANCTION"
    ]
    assert found and all(_countries(m.recipient) == {"BLR"} for m in found)


def test_officials_coordinated_before_at_an_embassy_are_of_the_embassy_state(code):
    text = (
        "Ghana's foreign ministry on Friday expelled the first secretary and a military attache "
        "at the Togolese embassy in Accra."
    )
    found = [m for m in code(text) if m.event_type == "SANCTION"]
    assert found and all(_countries(m.recipient) == {"TGO"} for m in found)


def test_protesters_at_an_embassy_are_not_of_the_embassy_state(code):
    found = code("Police in Ankara detained protesters at the Israeli embassy on Sunday.")
    assert all("ISR" not in _countries(m.recipient) for m in found)


def test_the_sayer_accusing_a_state_is_not_guessed_as_that_state(code):
    text = (
        "Chile will shut two border crossings with Peru from Monday, the interior minister said "
        "on Friday, accusing Lima of failing to stop smugglers."
    )
    found = [m for m in code(text, "2025-06-14") if m.event_type == "ACCUSE"]
    assert found and all(_countries(m.actor) == {"CHL"} for m in found)
    assert all(_countries(m.recipient) == {"PER"} for m in found)


def test_meps_are_the_european_parliament(code):
    found = [
        m
        for m in code("MEPs condemned the jailing of two journalists in Azerbaijan on Wednesday.")
        if m.event_type == "ACCUSE"
    ]
    assert found and all(_countries(m.actor) == {"EUR"} for m in found)
