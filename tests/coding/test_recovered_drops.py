"""Acts that were found and then dropped for want of a doer or as a prediction, and one act
coded twice:

- a statement the parser joins to a reported clause whose subject is no actor is the
  speaker's, also when the clause is one a verb of denying reports ("X denied that anyone had
  been hurt and warned Y") or a clause reported inside the reported clause ("X said the accord
  showed that the deal was holding and called on Y"): rule actor.speaker;
- "X expects Y to honour / implement / respect ..." is a demand on Y (CAMEO 100), while
  "analysts expect Y to grow" stays a prediction;
- a past tense the tagger read as a participle right after the comma that closes the subject's
  relative clause ("Norway, which mediates, offered to ...") is the main verb: rule
  actor.misparsed_subject;
- a particle of the asked verb is no particle of the request ("called on X to step up ..." is
  no "call up");
- an aid noun on a vehicle ("a Turkish aid flight") is sent by the state named on the vehicle:
  rule actor.carrier_modifier;
- "warning that police would otherwise clear the square" is a threat (what follows if the party
  just told what to do does not do it), while "warned that inflation would otherwise rise"
  stays a forecast;
- a noun ranked by a superlative that sums up the sentence's acts ("..., the latest clash in a
  long dispute") is no second act: rule filter.summary_noun.

Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _with(code, text: str, trigger: str):
    return [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]


def _countries(parties) -> set[str]:
    return {a.country or "" for a in parties}


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "actor"),
    [
        (
            "Truce holds\n\nLA PAZ, March 3 (Wire) -- Chile's interior ministry said the "
            "monitors' report proved that the truce was holding and called on Bolivia to "
            "withdraw its border patrols.",
            "called on",
            "REQUEST",
            "CHL",
        ),
        (
            "Border row deepens\n\nANKARA, March 3 (Wire) -- Turkey's foreign ministry "
            "spokesman, Kemal Aydin, denied that any of its soldiers had been captured and "
            "warned that Ankara would take countermeasures if Damascus continued its shelling.",
            "warned",
            "THREATEN",
            "TUR",
        ),
    ],
)
def test_statement_joined_to_a_reported_clause_is_the_speakers(code, text, trigger, plover, actor):
    found = _with(code, text, trigger)
    assert found, f"no event for {trigger!r}"
    (m,) = found
    assert m.event_type == plover
    assert actor in _countries(m.actor), m.explanation


def test_act_joined_to_a_reported_clause_with_a_doer_stays_the_doers(code):
    # the reported subject can act: the fallback to the speaker is not needed
    (m,) = _with(
        code,
        "Kenyan officials said the rebels had crossed the border and attacked a police post.",
        "attacked",
    )
    assert "[actor.speaker]" not in m.explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The statement said Paris expected Rome to respect the border agreement.", "FRA", "ITA"),
        ("Cairo expected Khartoum to fully implement the water-sharing accord.", "EGY", "SDN"),
    ],
)
def test_expecting_a_party_to_keep_a_commitment_is_a_demand(code, text, actor, recipient):
    (m,) = _with(code, text, "expected")
    assert (m.event_type, m.cameo) == ("REQUEST", "100"), m.explanation
    assert actor in _countries(m.actor) and recipient in _countries(m.recipient), m.explanation
    # what is demanded is no event of its own
    assert not _with(code, text, "implement")


def test_expecting_growth_stays_a_prediction(code):
    assert not _with(code, "The IMF expected Egypt to grow by four percent next year.", "expected")


def test_expecting_to_sign_stays_an_intent(code):
    (m,) = _with(
        code, "Bolivia expects to sign the trade agreement with Chile next month.", "expects"
    )
    assert m.event_type == "AGREE"


def test_past_tense_read_as_participle_after_relative_clause(code):
    (m,) = _with(
        code,
        "Norway, which has long mediated in the region, offered on Friday to arrange a meeting "
        "of the two delegations in Oslo.",
        "offered",
    )
    assert "NOR" in _countries(m.actor), m.explanation
    assert "[actor.misparsed_subject]" in m.explanation


def test_participle_with_an_agent_after_relative_clause_is_no_main_verb(nlp):
    from communique.coding.syntax import misparsed_subject

    doc = nlp("Norway, which has long mediated in the region, backed by its allies, sent envoys.")
    backed = next(t for t in doc if t.lower_ == "backed")
    assert misparsed_subject(backed) is None


def test_particle_of_the_asked_act_is_no_particle_of_the_request(code):
    # "called on X to step up ...": the 'up' is the asked verb's, no "call up" (CAMEO 154)
    (m,) = _with(code, "Kenya called on Uganda to step up patrols along the lake.", "called")
    assert (m.event_type, m.evidence.trigger) == ("REQUEST", "called on"), m.explanation
    assert "UGA" in _countries(m.recipient)


def test_call_up_with_its_own_particle_stays_a_mobilisation(code):
    (m,) = _with(code, "The army called up 5,000 reservists on Monday.", "called")
    assert m.event_type == "MOBILIZE"


def test_aid_vehicle_names_its_sender(code):
    text = (
        "Crates of medicine from a Turkish aid flight, which brought 30 tonnes of supplies to "
        "the border town on Sunday, were unloaded at the airport."
    )
    (m,) = _with(code, text, "aid")
    assert m.event_type == "AID" and "TUR" in _countries(m.actor), m.explanation
    assert "[actor.carrier_modifier]" in m.explanation


def test_warning_what_would_otherwise_happen_is_a_threat(code):
    text = (
        "Square cleared\n\nTBILISI, March 3 (Wire) -- The prime minister gave the protesters "
        "until Friday to leave the square, warning that police would otherwise clear it."
    )
    (m,) = _with(code, text, "warning")
    assert m.event_type == "THREATEN", m.explanation


def test_warning_what_prices_would_otherwise_do_stays_a_forecast(code):
    text = "The central bank chief warned that inflation would otherwise rise further."
    assert not _with(code, text, "warned")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Trawlers seized\n\nKUALA LUMPUR, March 3 (Wire) -- Malaysia's navy seized three "
            "Thai trawlers and detained 30 fishermen on Sunday, the latest clash in a "
            "long-running fisheries dispute.",
            "clash",
        ),
        (
            "Chile expelled two Bolivian diplomats on Monday, in the most serious clash between "
            "the neighbours in years.",
            "clash",
        ),
        ("In the deadliest attack this year, gunmen killed five villagers.", "attack"),
    ],
)
def test_ranked_noun_summing_up_the_sentence_is_no_second_act(code, text, noun):
    assert not _with(code, text, noun)


def test_ranked_noun_as_an_object_stays_what_it_is(code):
    # "condemned the latest attack": the attack is what is condemned, not a summary
    (m,) = _with(code, "Niger condemned the latest attack on its soldiers.", "condemned")
    assert m.event_type == "ACCUSE"


def test_aid_title_is_no_aid_sent(code):
    text = "More must be done to end the hunger, the Dutch aid minister said on Tuesday."
    assert not [e for e in code(text, PUBLISHED) if e.event_type == "AID"]
