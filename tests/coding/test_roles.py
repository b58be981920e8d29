"""The state of a person named only by a title and a name in a story filed from another
state's capital: the story's own ties (the same person named before with a state, arrival from
a capital, "the visiting minister", the state the sentence's clause is about) rank above the
dateline; regional adjectives used for a bloc ("Southeast Asian leaders", "Gulf Arab states",
"Nordic defence ministers") name the bloc or its member states (branch roles)."""

from __future__ import annotations

import pytest

from support import countries as _countries


def _show(found):
    return [
        (m.event_type, m.cameo, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]


def _span(nlp, text, words):
    from communique.actors import find_actors

    doc = nlp(text)
    spans = [sp for sp in find_actors(doc) if words in doc[sp.start : sp.end].text]
    assert spans, [doc[sp.start : sp.end].text for sp in find_actors(doc)]
    return spans[-1]


def test_a_minister_named_again_keeps_the_state_named_first(code):
    found = code(
        "NAIROBI, May 4 (Reuters) - Tanzania's trade minister Halima Mwinyi arrived for talks "
        "on Thursday. Trade Minister Mwinyi accused Kenya of blocking lorries at the border."
    )
    accusations = [m for m in found if m.event_type == "ACCUSE"]
    assert accusations and all(_countries(m.actor) == {"TZA"} for m in accusations), _show(found)
    assert any("mention.same_person_state" in m.explanation for m in accusations)


def test_a_minister_who_flew_in_from_a_capital_is_of_its_state(code):
    found = code(
        "ROME, May 4 (Reuters) - Interior Minister Jonas Keller, who flew in from Berlin on "
        "Wednesday, accused Tunisia of failing to stop smugglers."
    )
    accusations = [m for m in found if m.event_type == "ACCUSE"]
    assert accusations and all(_countries(m.actor) == {"DEU"} for m in accusations), _show(found)


def test_the_visiting_minister_is_the_guest_not_the_host(code):
    found = code(
        "MADRID, May 4 (Reuters) - The visiting minister, Rosa Vidal of Chile, toured a port on "
        "Monday. The visiting minister then accused Argentina of dumping wine."
    )
    accusations = [m for m in found if m.event_type == "ACCUSE"]
    assert accusations and all(_countries(m.actor) == {"CHL"} for m in accusations), _show(found)


def test_a_minister_in_an_as_clause_is_of_the_state_the_main_clause_is_about(nlp):
    sp = _span(
        nlp,
        "OTTAWA, May 4 (Reuters) - Mexico will buy more Canadian wheat next year, as Agriculture "
        "Minister Luis Pardo ended a three-day trip on Friday.",
        "Luis Pardo",
    )
    assert sp.actor.country == "MEX", sp.rule
    assert sp.rule_id == "mention.clause_subject_state"


def test_the_speaker_of_a_states_own_pledge_is_that_states(nlp):
    sp = _span(
        nlp,
        "LONDON, May 4 (Reuters) - Zambia will clear its arrears with China by June, Finance "
        "Minister Peter Banda told reporters in the British capital on Thursday.",
        "Peter Banda",
    )
    assert sp.actor.country == "ZMB", sp.rule


def test_the_hosts_own_minister_keeps_the_dateline_state(nlp):
    sp = _span(
        nlp,
        "WARSAW, May 4 (PAP) - Defence Minister Adam Nowicki received his Czech counterpart on "
        "Tuesday. Nowicki said the two armies would train together.",
        "Adam Nowicki",
    )
    assert sp.actor.country == "POL", sp.rule


@pytest.mark.parametrize(
    ("text", "words", "bloc"),
    [
        (
            "Southeast Asian foreign ministers urged Myanmar's junta to free political prisoners.",
            "foreign ministers",
            "ASEAN",
        ),
        (
            "Gulf Arab states condemned Iran over the seizure of a tanker.",
            "states",
            "Gulf Cooperation Council",
        ),
        (
            "African heads of state called on Sudan's generals to stop fighting.",
            "heads of state",
            "African Union",
        ),
    ],
)
def test_a_regional_adjective_before_leaders_names_the_bloc(code, text, words, bloc):
    # the bloc's own acts (the tanker's seizure it condemns is Iran's, actor.complained_of)
    found = [m for m in code(text) if m.event_type in ("ACCUSE", "REQUEST")]
    assert found and all(m.actor[0].name == bloc for m in found), _show(found)
    assert all(m.actor[0].country == "IGO" for m in found), _show(found)


def test_nordic_ministers_are_the_five_nordic_states(code):
    found = code("Nordic defence ministers condemned Russia over the airspace violations.")
    assert found and all(
        _countries(m.actor) == {"DNK", "FIN", "ISL", "NOR", "SWE"} for m in found
    ), _show(found)


def test_two_gulf_states_are_not_the_bloc(nlp):
    from communique.actors import find_actors

    doc = nlp("Two Gulf states offered to mediate between the parties.")
    assert not [sp for sp in find_actors(doc) if sp.actor.name == "Gulf Cooperation Council"]


def test_a_month_after_from_is_no_place_a_minister_came_from(nlp):
    sp = _span(
        nlp,
        "NEW DELHI, March 3 - The Commerce Minister will travel to Brazil from March 24 to 26 for "
        "trade talks, an official said.",
        "Commerce Minister",
    )
    assert sp.actor.country == "IND", sp.rule
    assert sp.rule_id != "mention.arrived_from"


def test_reciprocal_measures_are_not_aimed_at_home(code):
    found = code(
        "Bolivia would take reciprocal measures, a foreign ministry spokesman in La Paz said "
        "on Friday."
    )
    threats = [m for m in found if m.event_type == "THREATEN"]
    assert threats and all("BOL" not in _countries(m.recipient) for m in threats), _show(found)


def test_two_blocs_suspending_one_state_on_one_day_are_two_events():
    from communique.linking import assign_event_ids
    from communique.model import Actor, Evidence, Mention

    def suspension(sentence: int, bloc: str) -> Mention:
        text = f"Sentence {sentence}."
        return Mention(
            article_id="a", sentence=sentence, event_type="SANCTION", mode=None, cameo="160",
            actor=[Actor(text=bloc, name=bloc, country="IGO", sector="GOV")],
            recipient=[Actor(text="Mali", name="Mali", country="MLI")],
            evidence=Evidence(text, 0, len(text), "suspended", 0, 9),
            explanation="test", modality="asserted", date="2025-05-06",
        )  # fmt: skip

    ids = assign_event_ids([suspension(0, "ECOWAS"), suspension(1, "African Union")], "2025-05-06")
    assert ids[0] != ids[1]


def test_the_host_who_welcomes_a_guest_to_the_capital_is_the_hosts(nlp):
    sp = _span(
        nlp,
        "SEOUL, May 4 (Yonhap) - Foreign Minister Kim Dae-ho welcomed Australia's trade minister "
        "Tom Bryce to Seoul on Tuesday for talks on critical minerals.",
        "Kim Dae-ho",
    )
    assert sp.actor.country == "KOR", sp.rule
