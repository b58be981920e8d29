"""Acts named by nouns: "in a call with X, Y said", "after talks with X", "Tuesday's call between
A and B", "the arrest of X by police", "called for a visit by X". Who took part, when, and
whether it happened at all. Every text is written for these tests (published Friday 2023-05-12)."""

from __future__ import annotations

from support import asserted_of, mentions_of, party_countries
from support import named_countries as _countries


def test_call_with_someone_in_a_setting_phrase_is_the_clause_subjects(code):
    ms = code(
        "In a call with the Ghanaian president on Wednesday, the Ivorian president "
        "discussed cocoa prices."
    )
    m = next(m for m in asserted_of(ms, "CONSULT") if "call" in m.evidence.trigger)
    assert _countries(m.actor) == {"CIV"}
    assert _countries(m.recipient) == {"GHA"}
    assert m.date == "2023-05-10"


def test_call_between_two_leaders_is_dated_by_its_possessive_day(code):
    ms = code(
        "Tuesday's call between the Danish and Swedish prime ministers covered fishing quotas."
    )
    m = next(m for m in asserted_of(ms, "CONSULT") if "call" in m.evidence.trigger)
    assert party_countries(m) == {"DNK", "SWE"}
    assert m.date == "2023-05-09"


def test_meeting_that_a_clause_follows_is_its_subjects(code):
    ms = code(
        "Following a meeting with the Egyptian president in Cairo, the Libyan prime minister "
        "said elections would be held next year."
    )
    m = next(m for m in asserted_of(ms, "CONSULT") if "meeting" in m.evidence.trigger)
    assert _countries(m.actor) == {"LBY"}
    assert _countries(m.recipient) == {"EGY"}
    assert m.date == "2023-05-12"  # not "next year", the reported elections' date


def test_days_of_talks_before_a_clause_are_its_subjects(code):
    ms = code(
        "After three days of talks with Ethiopia, Somali officials announced a new border "
        "commission."
    )
    m = next(m for m in asserted_of(ms, "CONSULT") if "talks" in m.evidence.trigger)
    assert _countries(m.actor) == {"SOM"}
    assert _countries(m.recipient) == {"ETH"}


def test_the_one_who_acts_after_an_attack_did_not_make_it(code):
    ms = code("After an attack on its embassy in Kinshasa, Rwanda recalled its ambassador.")
    assert not any("RWA" in _countries(m.actor) for m in asserted_of(ms, "ASSAULT"))


def test_a_meeting_is_not_what_the_clause_verb_presses_for(code):
    ms = code(
        "At a meeting with Malaysian officials, the Thai energy minister pressed for faster "
        "pipeline approvals."
    )
    m = next(m for m in ms if m.event_type == "CONSULT")
    assert m.modality == "asserted"
    assert _countries(m.actor) == {"THA"}
    assert _countries(m.recipient) == {"MYS"}


def test_a_day_that_owns_an_arrest_is_its_date_not_its_doer(code):
    ms = code("Wednesday's arrest of a union leader by Bolivian police angered miners.")
    m = next(m for m in asserted_of(ms, "COERCE") if "arrest" in m.evidence.trigger)
    assert _countries(m.actor) == {"BOL"}
    assert m.date == "2023-05-10"


def test_a_visit_called_for_has_not_happened(code):
    ms = code("Farmers' groups in Accra called for a visit by the president to the flooded north.")
    assert not asserted_of(ms, "CONSULT")
    assert [m for m in mentions_of(ms, "CONSULT") if m.modality == "hypothetical"]


def test_talks_called_for_between_two_states_have_not_happened(code):
    ms = code("The Nigerian foreign minister called for talks between Sudan and Chad.")
    assert not asserted_of(ms, "CONSULT")


def test_an_act_whose_end_is_demanded_is_still_told_as_done(code):
    ms = code("Uganda demanded an end to the blockade of the lake ports by Tanzania.")
    assert any("TZA" in _countries(m.actor) for m in asserted_of(ms, "SANCTION"))


def test_a_ban_on_exports_of_goods_to_a_state_targets_it(code):
    ms = code(
        "Pakistan's ban on exports of onions to Afghanistan, announced on Thursday, pushed up "
        "prices in Kabul."
    )
    m = next(m for m in asserted_of(ms, "SANCTION"))
    assert _countries(m.actor) == {"PAK"}
    assert _countries(m.recipient) == {"AFG"}
    assert m.date == "2023-05-11"


def test_protest_songs_and_a_protest_vote_are_kinds_not_protests(code):
    assert not asserted_of(
        code("Students in Dakar sang anti-government protest songs at a concert."), "PROTEST"
    )
    ms = code("A protest vote for small parties cost the ruling coalition its majority in Croatia.")
    assert not asserted_of(ms, "PROTEST")
    assert asserted_of(
        code("Thousands of farmers staged a protest against the vote in Dakar."), "PROTEST"
    )


def test_talks_before_a_news_conference_are_the_speakers(code):
    ms = code(
        "At a news conference after talks with Chinese officials, the Brazilian trade minister "
        "said exports would rise."
    )
    m = next(m for m in asserted_of(ms, "CONSULT") if "talks" in m.evidence.trigger)
    assert _countries(m.actor) == {"BRA"}
    assert _countries(m.recipient) == {"CHN"}


def test_what_such_acts_are_like_is_no_act(code):
    ms = code("Rallies are a common sight in the streets of Lima, a historian said.")
    assert not asserted_of(ms, "PROTEST")
    ms = code("Demonstrations are frequent in the south of Bolivia, residents said.")
    assert not asserted_of(ms, "PROTEST")
    assert asserted_of(code("Protests against the tax are growing in Lagos."), "PROTEST")


def test_a_message_of_support_sent_is_praise_of_its_addressee(code):
    for text in (
        "Bolivia's president sent a message of solidarity to the Nicaraguan leader.",
        "The Bolivian president sent Nicaragua's president a congratulatory message.",
    ):
        praise = asserted_of(code(text), "SUPPORT")
        assert praise, [(m.event_type, m.modality) for m in code(text)]
        assert _countries(praise[0].actor) == {"BOL"} and _countries(praise[0].recipient) == {"NIC"}


def test_a_plain_message_is_no_praise(code):
    assert not asserted_of(
        code("The Bolivian foreign ministry sent a message to Nicaragua."), "SUPPORT"
    )
