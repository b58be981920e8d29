"""Targets that sit in a phrase the trigger does not govern, and foreign envoys named by
surname (branch recipients2): an envoy introduced with a title and a state and later named by
surname alone is still that state's envoy (rule trigger.envoy_surname); people that only the
dateline made the doer's own are the state's their relative clause says they fled from (rule
recipient.people_origin) or the state they are sent back to (rule recipient.people_destination);
a protest against an act done "by X" is aimed at X (rule recipient.doer_in); an aid act's aim
"to help victims in X" is for X (rule recipient.aim_object). Counter-cases: a "from" place of
the act, and the doer's own envoy recalled from a post."""

from __future__ import annotations

from support import in_sentence, shown, targets


def test_a_foreign_envoy_named_by_surname_is_summoned_as_that_states_envoy(code):
    text = (
        "SOFIA, May 4 (Wire) - Bulgaria and Greece agreed on Monday to build a new rail link.\n\n"
        "Serbia's ambassador Milan Petrovic mocked the plan in a television interview.\n\n"
        "Bulgaria's foreign ministry summoned Petrovic on Wednesday."
    )
    found = in_sentence(code(text, "2025-05-07"), "summoned Petrovic")
    assert found, shown(found)
    assert targets(found) == {"SRB"}, shown(found)
    assert "[trigger.envoy_surname]" in found[0].explanation


def test_a_surname_of_no_envoy_is_no_summons(code):
    text = (
        "SOFIA, May 4 (Wire) - Bulgaria and Greece agreed on Monday to build a new rail link.\n\n"
        "Serbian businessman Milan Petrovic mocked the plan in a television interview.\n\n"
        "Bulgaria's foreign ministry summoned Petrovic on Wednesday."
    )
    found = in_sentence(code(text, "2025-05-07"), "summoned Petrovic")
    assert not any(m.event_type == "ACCUSE" for m in found), shown(found)


def test_migrants_sent_back_to_a_state_are_that_states(code):
    text = (
        "VALLETTA, Aug 2 (Wire) - Malta and Italy argued on Monday over rescue zones.\n\n"
        "Maltese patrol boats sent 45 asylum seekers back to Libya on Thursday."
    )
    found = in_sentence(code(text, "2025-08-07"), "sent 45 asylum seekers back")
    assert found, shown(found)
    assert "LBY" in targets(found) and "MLT" not in targets(found), shown(found)


def test_families_who_fled_a_state_are_that_states(code):
    text = (
        "BEIRUT, Jan 9 (Wire) - Lebanon and Cyprus discussed sea patrols on Monday.\n\n"
        "Lebanon handed blankets and food on Wednesday to families who had fled from Syria."
    )
    found = in_sentence(code(text, "2025-01-15"), "handed blankets")
    assert found, shown(found)
    assert "SYR" in targets(found) and "LBN" not in targets(found), shown(found)


def test_people_arrested_at_home_keep_no_foreign_target(code):
    text = (
        "VALLETTA, Aug 2 (Wire) - Malta and Italy argued on Monday over rescue zones.\n\n"
        "Maltese police deported 30 Tunisian men on Thursday from the airport in Valletta."
    )
    found = in_sentence(code(text, "2025-08-07"), "deported 30 Tunisian men")
    assert found, shown(found)
    assert targets(found) == {"TUN"}, shown(found)


def test_a_protest_against_an_arrest_by_foreign_police_is_aimed_at_their_state(code):
    text = (
        "SEOUL, June 3 (Wire) - South Korea and Japan held talks on Monday about fishing.\n\n"
        "South Korea protested on Wednesday against the detention of a Korean sailor by "
        "Russian border guards."
    )
    found = [
        m
        for m in in_sentence(code(text, "2025-06-04"), "protested on Wednesday")
        if m.event_type == "ACCUSE"
    ]
    assert found, shown(found)
    assert "RUS" in targets(found) and "KOR" not in targets(found), shown(found)


def test_aid_sent_to_help_victims_in_a_state_is_for_that_state(code):
    text = (
        "DAKAR, March 14 (Wire) - Senegal and Mali signed a road deal on Monday.\n\n"
        "Senegal sent three planes of medicine on Friday to help flood victims in Guinea."
    )
    found = in_sentence(code(text, "2025-03-15"), "sent three planes")
    assert found, shown(found)
    assert "GIN" in targets(found), shown(found)


def test_own_envoy_recalled_from_a_post_is_aimed_at_the_host(code):
    text = (
        "LIMA, June 4 (Wire) - Peru and Chile quarrelled on Monday over a fishing ban.\n\n"
        "Peru recalled its ambassador to Chile, Rosa Quispe, for consultations on Tuesday."
    )
    found = in_sentence(code(text, "2025-06-04"), "recalled its ambassador")
    assert found, shown(found)
    assert targets(found) == {"CHL"}, shown(found)


def test_the_envoy_after_a_named_ambassador_is_that_states(code):
    text = (
        "VIENNA, Feb 2 (Wire) - Austria's foreign ministry summoned the Slovenian ambassador on "
        "Tuesday.\n\nMinister Anna Gruber handed the envoy a letter of protest over the border "
        "checks."
    )
    found = in_sentence(code(text, "2025-02-04"), "handed the envoy")
    assert found, shown(found)
    assert targets(found) == {"SVN"}, shown(found)
    assert "[mention.envoy_told_before]" in found[0].explanation
