"""Background acts aimed at no state or body (coding/background.py, rule
filter.background_no_party; branch background2). Invented stories."""

from __future__ import annotations

from support import code_story

LEAD = "Ruritania accused Freedonia on Monday of shelling a border village."


def _triggers(mentions) -> list[str]:
    return [m.evidence.trigger for m in mentions]


def test_past_arrest_of_someone_of_no_named_country_is_background(nlp):
    text = (
        "Kenya accused Uganda on Monday of holding three Kenyan traders. "
        "Joseph Okello, 52, a bus driver, was arrested in March 2021 while visiting relatives."
    )
    mentions, dropped = code_story(nlp, text)
    assert "arrested" not in _triggers(mentions)
    assert dropped["arrested"].rule == "filter.background_no_party"
    assert dropped["arrested"].why.endswith("[filter.background_no_party]")


def test_past_act_between_two_named_states_is_kept(nlp):
    text = (
        "Kenya accused Uganda on Monday of holding three Kenyan traders. "
        "In 2019 Uganda expelled two Kenyan diplomats over a fishing dispute."
    )
    mentions, _ = code_story(nlp, text)
    expelled = [m for m in mentions if "expelled" in m.evidence.trigger]
    assert expelled and expelled[0].modality == "historical"
    assert {a.country for a in expelled[0].recipient} == {"KEN"}


def test_planned_visit_to_a_named_state_is_kept(nlp):
    text = (
        "Chile protested to Bolivia on Monday over a blocked highway. "
        "Chile's foreign minister will travel to Peru next week for talks."
    )
    mentions, _ = code_story(nlp, text)
    plans = [m for m in mentions if m.modality == "future"]
    assert any({a.country for a in m.recipient} == {"PER"} for m in plans), [
        (m.evidence.trigger, m.event_type) for m in mentions
    ]


def test_past_arrest_in_the_opening_sentence_is_kept(nlp):
    text = "Joseph Okello, 52, a bus driver, was arrested in March 2021 while visiting relatives."
    _mentions, dropped = code_story(nlp, text)
    assert "arrested" not in dropped


def test_named_doers_past_act_upon_a_person_is_kept(nlp):
    text = (
        "Kenya accused Uganda on Monday of holding three Kenyan traders. "
        "In 2019 a Ugandan court jailed Joseph Okello for two years."
    )
    mentions, dropped = code_story(nlp, text)
    assert "jailed" not in dropped, dropped.get("jailed")
