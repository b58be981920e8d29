"""Persons and titles the story ties to a state without a country phrase of their own: a name
taking up the titled description of the sentence before, an apposition naming an office, a
title of the opposition (branch untied). Sentences written for these tests."""

from __future__ import annotations

from support import explained as _explained


def _doers(mentions, words):
    return [
        sorted({a.country or "?" for a in m.actor})
        for m in mentions
        if words in m.evidence.sentence_text
    ]


def test_a_name_takes_up_the_description_the_sentence_before_opens_on(code):
    text = (
        "The United Nations special envoy for Yemen landed in Aden on Thursday for two days of "
        "meetings. Ragnhild Aasen urged the separatist leaders to rejoin the peace process."
    )
    got = code(text, "2025-03-06")
    assert ["UNO"] in _doers(got, "Ragnhild Aasen urged"), _explained(got, "Aasen")
    assert "[mention.described_name]" in _explained(got, "Ragnhild Aasen urged")


def test_a_later_pronoun_keeps_the_described_name_s_state(code):
    text = (
        "The European Union's ambassador to Indonesia returned to Jakarta on Monday. Pieter Vandamme "
        "met the trade minister for talks on palm oil. He criticised Indonesia's export ban on "
        "nickel."
    )
    got = code(text, "2025-03-06")
    assert ["EUR"] in _doers(got, "He criticised"), _explained(got, "He criticised")


def test_no_tie_when_another_person_is_named_between(nlp):
    from communique.actors.finder import find_actors

    text = (
        "The UN envoy for Yemen landed in Aden on Thursday. The governor, Salem Bakr, welcomed "
        "him at the airport. Ahmed Nasser criticised the visit."
    )
    doc = nlp(text)
    nasser = [sp for sp in find_actors(doc) if doc[sp.start : sp.end].text == "Ahmed Nasser"]
    assert nasser and nasser[0].actor.country != "UNO", nasser[0].rule


def test_an_apposition_naming_an_office_places_the_person(code):
    text = (
        "Peru's government faces a second censure motion this month. Lucia Quispe, the "
        "president of the congressional budget committee, accused the economy minister of "
        "hiding the deficit."
    )
    got = code(text, "2025-03-06")
    accuse = [m for m in got if m.event_type == "ACCUSE"]
    assert accuse and [a.country for a in accuse[0].actor] == ["PER"], got
    assert "[mention.appositive_office]" in accuse[0].explanation


def test_an_apposition_of_another_state_s_office_keeps_that_state(code):
    text = (
        "Austria's chancellor received a delegation from Hungary on Friday. Gabor Kertesz, the "
        "speaker of the Hungarian parliament, invited Austrian deputies to Budapest."
    )
    got = code(text, "2025-03-06")
    assert ["HUN"] in _doers(got, "invited Austrian deputies"), _explained(got, "invited")


def test_the_leader_of_the_opposition_is_not_the_government(code):
    text = (
        "Thousands rallied in Sofia on Sunday against a new tax. The leader of the liberal "
        "opposition, Nikolai Dimov, addressed the rally. He accused Prime Minister Stefan Rusev "
        "of lying to voters."
    )
    got = code(text, "2025-03-06")
    accuse = [m for m in got if m.event_type == "ACCUSE"]
    assert accuse, got
    assert [(a.country, a.sector) for a in accuse[0].actor] == [("BGR", "OPP")], accuse[
        0
    ].explanation


def test_the_heads_of_the_two_bodies_of_a_story_pair_are_both_states(code):
    text = (
        "Ghana and Togo quarrelled for months over cattle raids on their frontier. The chiefs "
        "of the two interior ministries met in Kpalime on Thursday and agreed to exchange "
        "lists of wanted raiders."
    )
    got = code(text, "2025-03-06")
    meet = [m for m in got if m.event_type == "CONSULT"]
    assert meet and sorted(a.country for a in meet[0].actor) == ["GHA", "TGO"], got
    assert "[mention.story_pair]" in meet[0].explanation


def test_no_pair_when_a_third_state_is_named_as_often(nlp):
    from communique.actors.finder import find_actors

    text = (
        "Ghana, Togo and Benin quarrelled for months over cattle raids. The chiefs of the two "
        "interior ministries met in Kpalime on Thursday."
    )
    doc = nlp(text)
    ministries = [sp for sp in find_actors(doc) if "ministries" in doc[sp.start : sp.end].text]
    assert ministries and len(ministries[0].actors) == 1, ministries[0].rule
