"""Threats read from grammar, whatever verb tells the answer (branch threat39).

- a side's own act announced with will/would in reported speech, set on a condition that names
  another side's act of conflict, is a threat even when no word of it is a trigger ("if their
  soldiers cross again, our army will be at the river"; trigger.conditional_consequence);
- a speaker's statement that another side will face or pay consequences is the speaker's
  threat against that side (trigger.announced_punishment);
- "would respond to the letter if ..." is a reply promised, no threat.
Guards keep the readings of near misses: a commentator's or official's forecast, a promise of
help or of talks on condition, a condition with no act of conflict, a punishment denied or
already suffered, the speaker's own cost, and an act done after a warning."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


def _one(ms, plover):
    found = _typed(ms, plover)
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            '"If Guatemalan soldiers cross into our territory again, our army will be at the '
            'river," the Belizean defence minister said.',
            "BLZ", "GTM",
            id="our_army_will_be_there_if_their_soldiers_cross",
        ),
        pytest.param(
            "Ghana said it would not remain silent if Togolese troops crossed the border again.",
            "GHA", "TGO",
            id="will_not_remain_silent_on_condition",
        ),
        pytest.param(
            "Should Azerbaijani troops keep shelling the villages, the government will take the "
            "matter to the UN Security Council, the Armenian foreign ministry said.",
            "ARM", "AZE",
            id="inverted_condition_and_a_venue_named",
        ),
    ],
)  # fmt: skip
def test_an_answer_on_condition_of_another_s_attack_is_a_threat(code, text, actor, recipient):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.conditional_consequence]" in m.explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        pytest.param(
            "Poland said Belarus would face consequences if the border attacks continued.",
            "POL", "BLR",
            id="would_face_consequences",
        ),
        pytest.param(
            "Eritrea's information minister said Djibouti would pay a price for hosting the "
            "rebels.",
            "ERI", "DJI",
            id="would_pay_a_price",
        ),
    ],
)  # fmt: skip
def test_punishment_said_to_await_another_side_is_the_speaker_s_threat(
    code, text, actor, recipient
):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.announced_punishment]" in m.explanation


def test_a_reply_promised_on_condition_is_no_threat(code):
    ms = code("Mexico said it would respond to the letter if Washington sent one.")
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Analysts said Iran would close the strait if Israeli jets struck its nuclear sites.",
            id="commentator_forecast",
        ),
        pytest.param(
            "The analyst said Russia could face retaliation from NATO.",
            id="commentator_says_another_may_face_retaliation",
        ),
        pytest.param(
            "Officials said prices will rise if the attacks on shipping continue.",
            id="prices_are_no_side",
        ),
        pytest.param(
            "The minister said the talks will resume if the ceasefire holds.",
            id="condition_without_conflict",
        ),
        pytest.param(
            "Japan said it would send emergency aid if the earthquake damage was confirmed.",
            id="aid_on_condition_is_a_promise",
        ),
        pytest.param(
            "Bolivia said it would offer Chile gas supplies if the dispute over the port ended.",
            id="offer_on_condition_is_a_promise",
        ),
        pytest.param(
            "The minister said Serbia will not face any penalty.",
            id="punishment_denied",
        ),
        pytest.param(
            "Peru's president said the country faced serious consequences after the floods.",
            id="consequences_suffered_no_modal",
        ),
        pytest.param(
            "Ecuador said it would face consequences of the drought for years.",
            id="the_speaker_s_own_cost",
        ),
        pytest.param(
            "Turkey did not say whether it would act if Greek jets violated its airspace again.",
            id="not_said",
        ),
        pytest.param(
            "Armenia's defence minister said Armenian units would never enter the corridor "
            '"unless our posts are shelled."',
            id="restraint_unless_attacked",
        ),
        pytest.param(
            "A spokesman said Peruvian fruit would meet stricter customs controls should the "
            "boycott go on through the winter.",
            id="goods_are_no_doer",
        ),
    ],
)
def test_near_misses_are_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_an_act_done_after_a_warning_stays_that_act(code):
    ms = code(
        "After warning that it would not stay silent, Chad expelled two Sudanese diplomats "
        "on Monday."
    )
    m = _one(ms, "SANCTION")
    assert countries(m.actor) == {"TCD"}, m.explanation
    assert m.modality == "asserted", m.explanation
    assert not _typed(ms, "THREATEN"), [x.explanation for x in ms]


def test_punishment_for_those_responsible_is_not_aimed_at_the_speaker(code):
    ms = code(
        "Police in Zimbabwe arrested the main opposition candidate on Monday. "
        '"Those responsible for rigging this vote will face consequences," a State Department '
        "spokesman said."
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"USA"}, m.explanation
    assert "USA" not in countries(m.recipient), m.explanation
