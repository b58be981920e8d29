"""News-agency title chains before a name (rule mention.title_chain): "Vice Premier and
Commerce Minister X", "Minister of State for Foreign Affairs X". Every sentence is written for
these tests."""

from __future__ import annotations

from support import countries, top


def _by_trigger(mentions, word):
    return next(m for m in mentions if word in m.evidence.trigger)


def test_a_title_and_a_title_before_a_name_is_one_person(code):
    ms = code(
        "Chinese Vice Premier and Commerce Minister Zhao Ming held talks with Ghanaian "
        "Foreign Minister Kwame Asante. Zhao thanked Asante for the visit."
    )
    talks = _by_trigger(ms, "talks")
    assert countries(talks.actor) == {"CHN"}
    assert countries(talks.recipient) == {"GHA"}
    thanks = _by_trigger(ms, "thanked")
    assert countries(thanks.actor) == {"CHN"}


def test_an_office_phrase_between_the_role_and_the_name(code):
    ms = code(
        "Chilean Minister of State for Foreign Affairs Rosa Ibarra met Peruvian Foreign "
        "Minister Diego Salas on Monday. Ibarra thanked Salas for his support."
    )
    thanks = _by_trigger(ms, "thanked")
    assert countries(thanks.actor) == {"CHL"}
    assert countries(thanks.recipient) == {"PER"}


def test_a_long_chain_with_a_special_envoy_title(code):
    ms = code(
        "Russian Deputy Defence Minister and Special Envoy for Africa Oleg Vorontsov met "
        "the ambassador of Mali. Vorontsov thanked Mali for its support."
    )
    met = top([m for m in ms if "met" in m.evidence.trigger])
    assert countries(met.actor) == {"RUS"}
    thanks = _by_trigger(ms, "thanked")
    assert countries(thanks.actor) == {"RUS"}


def test_two_officials_of_two_states_stay_two(code):
    m = top(code("The Russian foreign minister and the Ghanaian defence minister met in Accra."))
    assert {"RUS", "GHA"} <= countries(m.actor) | countries(m.recipient)


def test_a_name_with_a_joined_lower_case_particle(code):
    """ "Badr al-Harthy ... al-Harthy had asked": the hyphened particle is part of the name
    (vocabulary name_particles), so the later mention finds the person introduced."""
    ms = code(
        "Omani Foreign Minister Faisal al-Mahrouqi met Jordanian Foreign Minister Samir Haddad "
        "on Sunday. Two diplomats said al-Mahrouqi had asked Haddad to help mediate."
    )
    asked = _by_trigger(ms, "asked")
    assert countries(asked.actor) == {"OMN"}
    assert countries(asked.recipient) == {"JOR"}


def test_the_two_sides_keep_their_own_countries(code):
    """ "with the two sides agreeing ... The two sides then discussed": the story's pair
    (rule resolve.story_pair) keeps both states; the side read from "the two sides" is not
    given its fellow's country as a bare noun joined to a named party would be."""
    ms = code(
        "Peruvian Foreign Minister Lucia Paredes on Monday held talks with visiting Bolivian "
        "Foreign Minister Marco Quispe in Lima, with the two sides agreeing to expand trade. "
        "The two sides then discussed the crisis in Venezuela."
    )
    views = _by_trigger(ms, "discussed")
    assert {"PER", "BOL"} <= countries(views.actor) | countries(views.recipient)


def test_the_statement_as_doer_is_its_issuer(code):
    """ "The statement also accused X": the issuer of the statement the story reported
    (rule resolve.document_issuer), not a doerless act."""
    ms = code(
        "Bolivia's Foreign Ministry on Thursday condemned the border exercises of Chile as a "
        "provocation. The statement also accused Peru of backing the manoeuvres."
    )
    accused = _by_trigger(ms, "accused")
    assert countries(accused.actor) == {"BOL"}
    assert countries(accused.recipient) == {"PER"}
