"""The order in which argument rules are tried (coding/precedence.py) and the rules it orders:
idioms, courtesy calls, pending conditions, domestic trips, joint signings, armed groups placed by
their acts, proposers and complaints, condition subjects of threats, light verbs. Sentences are written for the project."""

from __future__ import annotations

import pytest

from support import countries, top


def by_trigger(mentions, word):
    found = [m for m in mentions if word in m.evidence.trigger]
    assert found, f"no mention with trigger {word!r}: {[m.evidence.trigger for m in mentions]}"
    return found[0]


def test_meet_halfway_is_no_meeting(code):
    ms = code("Tokyo said it hoped the Korean side would meet it halfway on the trade dispute.")
    assert not [m for m in ms if m.event_type == "CONSULT"]
    # a plain meeting stays a meeting
    ms = code("Tokyo said it hoped to meet Korean officials in Seoul to discuss the trade dispute.")
    assert [m for m in ms if m.event_type == "CONSULT"]


def test_press_release_is_no_release(code):
    ms = code("The Peruvian army issued a press release on Monday.")
    assert not [m for m in ms if m.event_type == "RETREAT"]
    # releasing people stays a release
    m = top(code("The Peruvian army released two detained journalists on Monday."))
    assert m.event_type == "RETREAT"


def test_call_on_a_person_is_a_visit(code):
    m = top(code("Japan's ambassador called on Prime Minister Modi on Monday."))
    assert m.event_type == "CONSULT" and m.cameo == "042"
    assert countries(m.actor) == {"JPN"}


def test_call_on_to_act_stays_a_request(code):
    m = top(code("Japan's ambassador called on Prime Minister Modi to lift the ban."))
    assert m.event_type == "REQUEST"


def test_later_with_past_tense_is_not_future(code):
    m = top(code("The Kenyan president later met the Ugandan president in Kampala."))
    assert m.modality == "asserted" and m.event_type == "CONSULT"


def test_only_once_is_a_condition(code):
    ms = code(
        "Serbia said it was ready to talk, but only once Kosovo troops withdrew from the area."
    )
    assert by_trigger(ms, "withdrew").modality == "hypothetical"


def test_until_under_would_is_a_condition(code):
    ms = code("The aid would stay frozen until Niger released the detained president.")
    assert by_trigger(ms, "released").modality == "hypothetical"


def test_past_after_stays_asserted(code):
    ms = code("Fighting stopped after Ethiopian troops withdrew from the town.")
    assert by_trigger(ms, "withdrew").modality == "asserted"


def test_domestic_trip_is_no_visit(code):
    ms = code(
        "The Bangladeshi prime minister visited the refugee camps near the border in "
        "southern Bangladesh on Tuesday."
    )
    assert not [m for m in ms if m.cameo == "042"]
    # the same trip across the border is a visit (and see the next test)
    ms = code("The Bangladeshi prime minister visited the refugee camps in Myanmar on Tuesday.")
    assert [m for m in ms if m.cameo == "042"]


def test_visit_abroad_stays_a_visit(code):
    m = top(code("The Bangladeshi prime minister visited India on Tuesday."))
    assert m.cameo == "042" and countries(m.recipient) == {"IND"}


def test_visit_to_own_city_is_no_visit(code):
    ms = code("The German chancellor visited Aachen on Tuesday.")
    assert not [m for m in ms if m.cameo == "042"]
    m = top(code("The German chancellor visited Strasbourg on Tuesday."))
    assert m.cameo == "042" and countries(m.recipient) == {"FRA"}


def test_joint_signing_has_no_stray_recipient(code):
    m = top(code("The two presidents signed agreements on energy at the Quirinal Palace."))
    assert m.event_type == "SUPPORT" and not m.recipient


def test_named_treaty_is_no_party(code):
    m = top(code("Peru and Chile signed the Lima Treaty in 1929."))
    assert countries(m.actor) == {"PER", "CHL"} and not m.recipient


def test_leaders_of_several_countries_are_all_actors(code):
    m = top(code("The leaders of Kenya, Uganda and Tanzania signed a trade declaration."))
    assert countries(m.actor) == {"KEN", "UGA", "TZA"}


def test_militants_placed_by_their_act(code):
    ms = code("Attacks by Baloch militants on army posts in Pakistan killed six soldiers.")
    assert "PAK" in countries(by_trigger(ms, "Attacks").actor)


def test_rejected_calls_by_x(code):
    m = top(code("Tokyo rejected appeals by Seoul for a fresh apology."))
    assert m.event_type == "REJECT" and countries(m.recipient) == {"KOR"}


def test_complaint_names_the_accused(code):
    m = top(code("Guyana complained to the Security Council about Venezuelan troop incursions."))
    assert m.event_type == "ACCUSE" and countries(m.recipient) == {"VEN"}


def test_threat_condition_names_the_target(code):
    m = top(code("Chile threatened to recall its ambassador unless Bolivia apologised."))
    assert m.event_type == "THREATEN" and countries(m.recipient) == {"BOL"}


def test_light_verb_with_mediation(code):
    m = top(code("The Omani foreign minister undertook mediation efforts between Iran and Egypt."))
    assert m.event_type == "CONSULT"
    assert countries(m.actor) == {"OMN"} and countries(m.recipient) == {"IRN", "EGY"}


def test_undertake_to_stays_a_promise(code):
    m = top(code("Egypt undertook to release all political prisoners."))
    assert m.event_type == "AGREE"


def test_coordinated_adjectives_are_joint_actors(code):
    m = top(code("The Armenian and Azerbaijani delegations agreed to reopen the border crossing."))
    assert countries(m.actor) == {"ARM", "AZE"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("NATO Secretary General Mark Rutte met Turkish officials on Monday.", "IGO"),
        ("The PRC demanded that Manila withdraw its ships.", "CHN"),
        ("The ROK navy fired warning shots at a Chinese fishing boat.", "KOR"),
        ("Venezuelan electoral authorities rejected the audit demanded by Brazil.", "VEN"),
    ],
)
def test_actor_names(code, text, country):
    assert country in countries(top(code(text)).actor)


def test_measure_noun_passes_arguments(code):
    m = top(code("Indian and Australian navies began two weeks of joint exercises off Goa."))
    assert m.event_type == "COOPERATE" and countries(m.actor) == {"IND", "AUS"}


def test_guilty_of_violating(code):
    m = top(
        code(
            "Ethiopian soldiers and Eritrean units were guilty of violating the border truce, monitors said."
        )
    )
    assert m.event_type == "ASSAULT" and countries(m.actor) == {"ETH", "ERI"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # going back on a promise is a rejection
        ("The Bolivian president reneged on his pledge to cut fuel prices.", "REJECT"),
        ("The Nepalese government backtracked on its plan to raise fuel taxes.", "REJECT"),
        # violating a ban, curfew or decree defies a norm, like violating a law
        ("Tunisian shopkeepers violated the curfew imposed by the army.", "REJECT"),
        # stopping or banning a rally restricts political freedoms
        ("Riot police in Minsk prevented a rally by pensioners.", "COERCE"),
        ("The Belarusian authorities banned a march planned by pensioners in Minsk.", "COERCE"),
        # forces kept on alert, like forces put on alert
        ("Georgian border guards remain on alert along the boundary line.", "MOBILIZE"),
        ("Georgian border guards stayed on high alert along the boundary line.", "MOBILIZE"),
        # a petition drive is political dissent
        ("Students in Belgrade started gathering signatures against the lithium mine.", "PROTEST"),
        # stone-throwing crowds riot
        ("Youths stoned a police station in Tripoli.", "PROTEST"),
    ],
)
def test_new_lexicon_entries(code, text, etype):
    assert top(code(text)).event_type == etype


def test_protest_that_is_a_complaint(code):
    m = top(code("Kenya protested that Somali troops had crossed the border."))
    assert m.event_type == "ACCUSE" and countries(m.recipient) == {"SOM"}


def test_aim_names_the_beneficiary(code):
    m = top(code("Russia sent troops to help defend the Syrian government."))
    assert m.event_type == "AID" and countries(m.recipient) == {"SYR"}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Prosecutors in Kyiv opened an investigation into looting carried out by Russian soldiers.",
            {"RUS"},
        ),
        ("Athens demanded compensation by Ankara for the damaged trawlers.", {"TUR"}),
        (
            "The strikers stuck to their demand that Chile's government raise pensions.",
            {"CHL"},
        ),
    ],
)
def test_doer_inside_the_object(code, text, recipient):
    assert countries(top(code(text)).recipient) == recipient


def test_crowd_protesting_against_is_a_demonstration(code):
    assert top(code("Thousands of workers protested against the pension reform.")).event_type == (
        "PROTEST"
    )
    m = top(code("Kenya protested to Somalia over the border raids."))
    assert m.event_type == "ACCUSE" and countries(m.recipient) == {"SOM"}


def test_passive_imposed_on_names_the_target(code):
    m = top(code("A new round of sanctions was imposed on Syria by the European Union on Monday."))
    assert m.event_type == "SANCTION" and countries(m.recipient) == {"SYR"}


def test_invasion_is_not_aimed_at_the_invader(code):
    ms = code("Aid groups counted the dead in Ukraine since Russia launched its invasion.")
    invasion = by_trigger(ms, "invasion")
    assert countries(invasion.actor) == {"RUS"}
    assert "RUS" not in countries(invasion.recipient)
