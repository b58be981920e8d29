"""Negative verdicts told with no accusing verb (branch verdicts; issue #11).

- "said the X amounted to / constituted Y" with Y a condemning word (vocabulary amounting_verbs,
  verdict_negative) criticises the doer of X (CAMEO 111, rule trigger.verdict_equating).
- "said X's law undermines / erodes / contravenes ..." (vocabulary harming_verbs) does too.
- "was nothing short of Y", "a blow to Y", "an act of hostility", "politically motivated" said
  of another party's act are verdicts (vocabulary verdict_negative).
- Look-alikes give no criticism: a thing of no party ("the hurricane was a blow to growers"),
  a forecast ("would amount to", "could undermine"), whom the verdict word's 'to' phrase names.
"""

from __future__ import annotations

DONE = ("asserted", "claimed")


def _show(found):
    return [
        (m.event_type, m.evidence.trigger, m.modality, [p.country for p in m.actor],
         [p.country for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _accused(found):
    return [
        (
            tuple(sorted(p.country or "" for p in m.actor)),
            tuple(sorted(p.country or "" for p in m.recipient)),
        )
        for m in found
        if m.event_type == "ACCUSE" and m.modality in DONE
    ]


def test_amounted_to_a_condemning_word_criticises_the_doer(code):
    text = "Chile's foreign ministry said the Bolivian military exercises near the border amounted to intimidation."
    found = code(text, "2025-03-12")
    assert (("CHL",), ("BOL",)) in _accused(found), _show(found)


def test_constituted_a_breach_criticises_the_doer(code):
    text = "Norway's government said Iceland's new whaling quota constituted a breach of the regional accord."
    found = code(text, "2025-03-12")
    assert (("NOR",), ("ISL",)) in _accused(found), _show(found)


def test_a_reported_law_that_undermines_something_criticises_its_maker(code):
    text = "Sweden's foreign minister said the Serbian government's new media law undermined press freedom."
    found = code(text, "2025-03-12")
    assert [r for a, r in _accused(found) if "SWE" in a and "SRB" in r], _show(found)


def test_nothing_short_of_a_condemning_word_criticises(code):
    text = "Ghana's president said the Togolese closure of the border was nothing short of sabotage of regional trade."
    found = code(text, "2025-03-12")
    assert [r for a, r in _accused(found) if "GHA" in a and "TGO" in r], _show(found)


def test_a_blow_to_democracy_said_of_another_states_act_criticises_it(code):
    text = "Canada's foreign minister said the Nicaraguan decree dissolving the parties was a blow to democracy."
    found = code(text, "2025-03-12")
    assert [r for a, r in _accused(found) if "CAN" in a and "NIC" in r], _show(found)


def test_a_motivated_resolution_named_by_a_verb_of_naming_criticises(code):
    text = "Venezuela's foreign minister called the OAS council's resolution politically motivated."
    found = code(text, "2025-03-12")
    assert [a for a, _r in _accused(found) if "VEN" in a], _show(found)


def test_a_blow_from_the_weather_accuses_no_one(code):
    text = "The hurricane was a heavy blow to coffee growers in Honduras, the agriculture ministry said."
    found = code(text, "2025-03-12")
    assert not _accused(found), _show(found)


def test_a_forecast_of_harm_is_no_verdict(code):
    text = "Poland's finance minister said the proposed German levy would amount to a breach of the single market rules."
    found = code(text, "2025-03-12")
    assert not _accused(found), _show(found)


def test_a_policy_that_could_undermine_something_is_no_verdict(code):
    text = (
        "Austria's chancellor said the Italian budget plan could undermine confidence in the euro."
    )
    found = code(text, "2025-03-12")
    assert not _accused(found), _show(found)
