"""Maritime and border wording: rammings told in a clause of time, ships striking boats,
attaches summoned, 'hold X responsible', plans 'next week', deaths in crashes.
Every sentence is invented for the tests (bench/stories/maritime showed the error classes)."""

from __future__ import annotations

from support import countries, of_type


def test_an_act_in_a_clause_of_time_under_a_protest_is_an_event_of_its_own(code):
    text = (
        "Malaysia lodged a formal protest with Indonesia on Friday after an Indonesian navy"
        " ship rammed a Malaysian trawler near the islands."
    )
    found = of_type(code, text, "ASSAULT")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"IDN"}, found[0].explanation
    assert countries(found[0].recipient) == {"MYS"}, found[0].explanation


def test_what_a_threat_names_under_if_stays_its_content(code):
    text = "Malaysia threatened to expel the ambassador if Indonesia seized the ship."
    assert not of_type(code, text, "COERCE"), [m.explanation for m in code(text)]


def test_a_ship_striking_a_boats_bow_is_a_ramming_not_a_labour_strike(code):
    text = "The Indonesian patrol vessel struck the bow of a Malaysian boat on Monday."
    assert of_type(code, text, "ASSAULT"), [m.explanation for m in code(text)]
    assert not of_type(code, text, "PROTEST")


def test_workers_striking_stay_a_strike(code):
    text = "Nurses struck for higher pay in Malaysia on Monday."
    assert of_type(code, text, "PROTEST"), [m.explanation for m in code(text)]


def test_summoning_a_defence_attache_is_a_formal_protest(code):
    text = "Malaysia's foreign ministry summoned the Indonesian defence attache on Tuesday."
    found = of_type(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].recipient) == {"IDN"}, found[0].explanation


def test_the_one_held_responsible_is_the_recipient(code):
    text = "The president said Chile would hold Peru responsible for the attack."
    found = of_type(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"CHL"}, found[0].explanation
    assert countries(found[0].recipient) == {"PER"}, found[0].explanation


def test_exercises_next_week_are_not_held_yet(code):
    # published Friday 2023-05-12: next week is 15-21 May, still inside the month
    text = (
        "The Canadian navy said its frigate would take part in exercises with the Japanese"
        " navy in the East China Sea next week."
    )
    found = [m for m in code(text) if m.event_type in ("COOPERATE", "AGREE", "MOBILIZE")]
    assert found, [m.explanation for m in code(text)]
    assert all(m.modality != "asserted" for m in found), [m.explanation for m in found]


def test_soldiers_killed_when_their_helicopter_crashed_is_no_attack(code):
    text = "Four Chilean soldiers were killed when their helicopter crashed in the Andes on Monday."
    assert not of_type(code, text, "ASSAULT"), [m.explanation for m in code(text)]


def test_soldiers_killed_by_rebels_stay_an_attack(code):
    text = "Rebels killed four Chilean soldiers near the border on Monday."
    assert of_type(code, text, "ASSAULT"), [m.explanation for m in code(text)]


def test_next_week_of_another_clause_does_not_make_praise_a_plan(code):
    text = (
        '"We are deeply grateful to the Chilean navy," the minister told reporters, adding that'
        " the sailors would be flown home next week."
    )
    found = of_type(code, text, "SUPPORT")
    assert found, [m.explanation for m in code(text)]
    assert found[0].modality == "asserted", found[0].explanation


def test_an_act_a_dated_help_governs_shares_its_date(code):
    text = "In May 2018, Turkish marines helped seize a Greek freighter off Rhodes."
    found = of_type(code, text, "COERCE")
    assert found, [m.explanation for m in code(text)]
    assert found[0].date == "2018-05", found[0].explanation
    assert found[0].modality == "historical", found[0].explanation


def test_a_threats_content_keeps_its_own_reading(code):
    text = "Turkey threatened on Monday to seize Greek ships."
    assert not of_type(code, text, "COERCE"), [m.explanation for m in code(text)]
