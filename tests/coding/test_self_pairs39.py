"""Readings that are wrong by the PLOVER/CAMEO definitions and aim an act back at its doer's own
state (branch selfpair39).

- A summons or protest note is one state's complaint to another (CAMEO 114): a bare envoy noun
  with no state named ("summoned *the chargé d'affaires*") is not guessed as the summoning
  state's own (rule mention.envoy_not_host, as for an envoy named with a title).
- "handed *him* a two-year sentence": the person is the indirect object, the one sentenced
  (CAMEO 173), not a person handed over to another state's justice (CAMEO 063).
- "a *protest* note": a written diplomatic complaint, no demonstration (PLOVER PROTEST).

Guards: a state that arrests or sentences its own citizens stays a coercive act on its own
state; people handed over to another state stay judicial cooperation; an envoy whose state is
named keeps it; a crowd's protest march stays a PROTEST.
"""

from __future__ import annotations

from support import countries as _countries
from support import of_type


def _in_sentence(mentions, index):
    return [m for m in mentions if m.sentence == index]


def test_bare_chargé_summoned_is_not_the_summoners(code):
    text = (
        "Tallinn accused Moscow of jamming satellite signals over the Baltic on Monday. "
        "Estonia's foreign ministry summoned the chargé d'affaires and demanded an end to the "
        "interference. Russia denied any role."
    )
    summons = _in_sentence(of_type(code, text, "ACCUSE", when="2026-03-03"), 1)
    assert summons, [m.explanation for m in code(text, when="2026-03-03")]
    assert _countries(summons[0].actor) == {"EST"}
    assert _countries(summons[0].recipient) == {"RUS"}
    assert "mention.envoy_not_host" in summons[0].explanation


def test_bare_ambassador_called_in_is_not_the_callers(code):
    # guard (passes on the base too): the called-in envoy is not the caller's
    text = (
        "Chile said on Tuesday that Bolivian soldiers had crossed into its territory near a "
        "border post. The Chilean foreign ministry called in the ambassador to hand over a "
        "formal complaint. Bolivia said its patrol had lost its way."
    )
    acts = [
        m
        for m in _in_sentence(code(text, when="2026-03-03"), 1)
        if m.event_type == "ACCUSE" and _countries(m.actor) == {"CHL"}
    ]
    assert acts, [m.explanation for m in code(text, when="2026-03-03")]
    assert all(_countries(m.recipient) != {"CHL"} for m in acts)


def test_named_envoy_keeps_his_state(code):
    # guard: the envoy's state is named, no guess is made
    text = "Estonia's foreign ministry summoned the ambassador of Finland on Monday."
    summons = of_type(code, text, "ACCUSE", when="2026-03-03")
    assert summons
    assert _countries(summons[0].recipient) == {"FIN"}


def test_court_handing_a_sentence_is_coercion_not_a_handover(code):
    text = "A court in Harare handed him a two-year sentence on Friday for organising a march."
    mentions = code(text, when="2026-03-03")
    assert not [m for m in mentions if m.cameo.startswith("063")], [m.cameo for m in mentions]
    sentenced = [m for m in mentions if m.event_type == "COERCE"]
    assert sentenced, [m.explanation for m in mentions]
    assert _countries(sentenced[0].actor) == {"ZWE"}


def test_judge_handing_a_prison_term_is_the_courts_coercion(code):
    # guard (passes on the base too): a sentence handed to a person named by role
    text = "A judge in Quito handed the former minister a six-year prison term on Monday."
    sentenced = of_type(code, text, "COERCE", when="2026-03-03")
    assert sentenced
    assert _countries(sentenced[0].actor) == {"ECU"}


def test_people_handed_over_stay_judicial_cooperation(code):
    # guard: the person handed over is the object, to another state's authorities
    text = "Police in Nairobi handed him over to the Ugandan authorities on Friday."
    handed = [m for m in code(text, when="2026-03-03") if m.cameo == "063"]
    assert handed
    assert _countries(handed[0].actor) == {"KEN"}
    assert _countries(handed[0].recipient) == {"UGA"}


def test_government_arresting_its_citizens_stays_on_its_own_state(code):
    # guard: a domestic coercive act named with both sides in the text stays X -> X
    text = "Zimbabwean police arrested twelve opposition activists in Harare on Tuesday."
    arrests = of_type(code, text, "COERCE", when="2026-03-03")
    assert arrests
    assert _countries(arrests[0].actor) == {"ZWE"}
    assert _countries(arrests[0].recipient) == {"ZWE"}


def test_protest_note_is_no_demonstration(code):
    text = (
        "Sudan's foreign ministry said the Chadian envoy had been called to the ministry in "
        "Khartoum on Monday and given a protest note."
    )
    mentions = code(text, when="2026-03-03")
    assert not [m for m in mentions if m.event_type == "PROTEST"], [m.explanation for m in mentions]


def test_protest_march_stays_a_protest(code):
    # guard: "protest" modifying a march is the demonstration itself
    text = "Thousands of students held a protest march in the capital of Kenya on Monday."
    marches = of_type(code, text, "PROTEST", when="2026-03-03")
    assert marches
    assert _countries(marches[0].actor) == {"KEN"}


def test_sentence_a_court_handed_him_in_a_relative_clause_is_coercion(code):
    text = (
        "The ten-year sentence which a Zimbabwean court handed him on Friday drew criticism "
        "from Britain."
    )
    mentions = code(text, when="2026-03-03")
    assert not [m for m in mentions if m.cameo.startswith("063")], [m.cameo for m in mentions]
    sentenced = [m for m in mentions if m.event_type == "COERCE"]
    assert sentenced, [m.explanation for m in mentions]
    assert _countries(sentenced[0].actor) == {"ZWE"}
    assert "recode.sense" in sentenced[0].explanation


def test_sentence_in_a_contact_clause_is_coercion(code):
    # "the term [that] a magistrate handed her": no relative word, which the parser often
    # reads as a second clause of the sentence
    text = (
        "Lawyers for the former mayor said they would appeal against the two-year term a "
        "magistrate in Lusaka handed her last week."
    )
    mentions = code(text, when="2026-03-03")
    assert not [m for m in mentions if m.cameo.startswith("063")], [m.cameo for m in mentions]
    sentenced = [m for m in mentions if m.event_type == "COERCE"]
    assert sentenced, [m.explanation for m in mentions]
    assert _countries(sentenced[0].actor) == {"ZMB"}
