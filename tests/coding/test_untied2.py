"""Parties a story ties to a state without a country phrase of their own, second round (branch
untied2): a pair told by a possessive ("both countries' negotiators"), general titles of office
("adviser", "commissioner", "candidate", "delegations"), a known person's surname written with
another first name, and a surname the tagger read as a common noun. Sentences written for these
tests."""

from __future__ import annotations

from support import explained as _explained


def _doers(mentions, words):
    return [
        sorted({a.country or "?" for a in m.actor})
        for m in mentions
        if words in m.evidence.sentence_text
    ]


def _span(nlp, text, words):
    from communique.actors.finder import find_actors

    doc = nlp(text)
    found = [sp for sp in find_actors(doc) if words in doc[sp.start : sp.end].text]
    assert found, [doc[sp.start : sp.end].text for sp in find_actors(doc)]
    return found[-1]


def test_both_countries_negotiators_stand_for_the_story_pair(nlp):
    text = (
        "Malawi and Mozambique quarrelled for months over a lake. On Thursday both countries' "
        "negotiators signed a deal on fishing rights."
    )
    sp = _span(nlp, text, "negotiators")
    got = sorted({sp.actor.country, *(a.country for a in sp.also)})
    assert got == ["MOZ", "MWI"], sp.rule
    assert "[mention.pair_possessive]" in sp.rule


def test_the_pair_s_diplomats_stand_for_the_story_pair(code):
    text = (
        "The governments of Nepal and Bhutan met over refugees in May. The pair's diplomats "
        "agreed to set up a joint verification team."
    )
    got = code(text, "2025-03-06")
    assert ["BTN", "NPL"] in _doers(got, "diplomats agreed"), _explained(got, "diplomats")
    assert "[mention.pair_possessive]" in _explained(got, "diplomats agreed")


def test_a_possessive_of_one_state_is_no_pair(nlp):
    text = (
        "Malawi and Mozambique quarrelled for months over a lake. On Thursday Malawi's "
        "negotiators signed a deal on fishing rights."
    )
    sp = _span(nlp, text, "negotiators")
    assert sp.actor.country == "MWI" and not sp.also, sp.rule


def test_an_adviser_is_an_official_of_the_story_s_state(code):
    text = (
        "Mongolia's cabinet debated a mining law on Wednesday. A senior adviser to the prime "
        "minister accused foreign investors of dodging taxes."
    )
    got = code(text, "2025-03-06")
    assert ["MNG"] in _doers(got, "minister accused"), _explained(got, "minister accused")


def test_a_candidate_is_a_party_actor(code):
    text = (
        "Nauru's electoral body published the ballot on Monday. The candidate for the capital's "
        "seat demanded an audit of voter rolls."
    )
    got = code(text, "2025-03-06")
    assert ["NRU"] in _doers(got, "seat demanded"), _explained(got, "seat demanded")


def test_a_commissioner_is_an_official(code):
    text = (
        "Fiji's human rights commission published a report on prisons on Friday. The "
        "commissioner urged police to end beatings in custody."
    )
    got = code(text, "2025-03-06")
    assert ["FJI"] in _doers(got, "commissioner urged"), _explained(got, "commissioner")


def test_two_delegations_are_the_story_pair(nlp):
    text = (
        "Nicaragua and Honduras opened talks on a river border on Monday. The two delegations "
        "agreed to meet again in March."
    )
    sp = _span(nlp, text, "delegations")
    got = sorted({sp.actor.country, *(a.country for a in sp.also)})
    assert got == ["HND", "NIC"], sp.rule


def test_a_known_surname_with_another_first_name_is_another_person(code):
    # the knowledge base holds a head of government of this surname in office on that day
    text = (
        "Italy's parliament held a hearing on museum fees on Tuesday. Marta Albanese, Italy's "
        "deputy culture minister, criticised the regional councils for raising prices."
    )
    got = code(text, "2023-05-12")
    assert ["ITA"] in _doers(got, "Marta Albanese"), _explained(got, "Marta Albanese")
    assert "[mention.other_first_name]" in _explained(got, "Marta Albanese")


def test_the_known_person_s_own_first_name_keeps_them(nlp):
    from datetime import date

    from communique.actors.finder import find_actors

    text = "Anthony Albanese flew to Jakarta on Tuesday for talks on trade."
    doc = nlp(text)
    spans = [sp for sp in find_actors(doc, when=date(2023, 5, 12)) if sp.kind == "person"]
    assert spans and spans[0].actor.country == "AUS", [sp.rule for sp in spans]


def test_a_surname_tagged_as_a_common_noun_is_the_person_introduced(code):
    text = (
        "Chile's president Tomas Reyes flew to Lima on Monday. Reyes urged Peru to reopen the "
        "border crossing."
    )
    got = code(text, "2025-03-06")
    assert ["CHL"] in _doers(got, "Reyes urged"), _explained(got, "Reyes urged")


def test_the_venue_of_the_talks_is_no_third_party_to_the_pair(nlp):
    text = (
        "Nicaragua and Honduras opened talks in Madrid on Monday. The two delegations agreed "
        "to meet again in March."
    )
    sp = _span(nlp, text, "delegations")
    got = sorted({sp.actor.country, *(a.country for a in sp.also)})
    assert got == ["HND", "NIC"], sp.rule
    assert "[mention.pair_venue]" in sp.rule


def test_an_office_after_a_joined_pair_of_states_stays_unplaced(nlp):
    text = (
        "Lesotho and Eswatini argued on Monday over a dam on their shared river. The water "
        "ministry said the flooding had been caused by heavy rain."
    )
    sp = _span(nlp, text, "ministry")
    assert sp.actor.country is None, sp.rule
    assert "[mention.joint_pair]" in sp.rule


def test_an_office_after_one_state_named_more_often_keeps_the_guess(nlp):
    text = (
        "Lesotho and Eswatini argued on Monday over a dam on their shared river, and Lesotho "
        "closed a border post. The water ministry said the flooding had been caused by rain."
    )
    sp = _span(nlp, text, "ministry")
    assert sp.actor.country == "LSO", sp.rule


def test_a_bare_commissioner_is_a_member_of_the_commission_named_before(code):
    text = (
        "The European Commission opened an inquiry into Hungarian courts on Wednesday. The "
        "justice commissioner urged Budapest to restore the judges it had removed."
    )
    got = code(text, "2025-03-06")
    assert ["EUR"] in _doers(got, "commissioner urged"), _explained(got, "commissioner urged")
    assert "[mention.commission_member]" in _explained(got, "commissioner urged")
