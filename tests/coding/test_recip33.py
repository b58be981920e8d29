"""Targets assumed for untargeted fire from the story's acts of conflict (rule
recipient.conflict_counterpart): an attack by a state's forces that names no target, in a story
that told no attack between two states but an accusation, threat or show of force setting the
doer's state against one other, is aimed at that state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import named_countries

PUBLISHED = "2025-04-09"


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


def test_fire_after_an_accusation_is_at_the_accuser(code):
    text = (
        "LIMA, April 9 (Wire) - Chile accused Peru on Tuesday of massing troops near the border "
        "town of Tacna. Peruvian soldiers opened fire at dawn on Wednesday, the Chilean army said."
    )
    m = _one(code, text, "opened fire")
    assert m.event_type == "ASSAULT"
    assert named_countries(m.actor) == {"PER"}
    assert named_countries(m.recipient) == {"CHL"}
    assert "[recipient.conflict_counterpart]" in m.explanation


def test_shelling_after_a_threat_is_at_the_threatened_state(code):
    text = (
        "YEREVAN, April 9 (Wire) - Azerbaijan threatened on Tuesday to take military action "
        "against Armenia over the blocked road. Azerbaijani artillery shelled the village of "
        "Sotk on Wednesday, the defence ministry in Yerevan said."
    )
    m = _one(code, text, "shelled")
    assert named_countries(m.recipient) == {"ARM"}
    assert "[recipient.conflict_counterpart]" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_police_fire_and_fire_between_two_quarrels_stay_untargeted(code):
    text = (
        "CARACAS, April 9 (Wire) - Guyana charged Venezuela on Tuesday with moving warships into "
        "Guyanese waters. Venezuelan soldiers fired shots across the river on Wednesday, while police "
        "in Caracas fired tear gas."
    )
    soldiers = _one(code, text, "fired shots")
    assert named_countries(soldiers.recipient) == {"GUY"}
    police = _one(code, text, "fired tear")
    assert "[recipient.conflict_counterpart]" not in police.explanation  # police: at home
    two = (
        "DHAKA, April 9 (Wire) - Bangladesh accused India on Tuesday of pushing migrants across "
        "the border, and Myanmar accused Bangladesh of sheltering rebels. Bangladeshi guards "
        "opened fire near the river on Wednesday."
    )
    m = _one(code, two, "opened fire")
    assert not m.recipient  # two quarrels: no one side to assume


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_an_attack_only_supposed_gets_no_assumed_target(code):
    text = (
        "CARACAS, April 9 (Wire) - Guyana charged Venezuela on Tuesday with moving warships into "
        "Guyanese waters. Venezuela's defence minister said drones entering its airspace would be "
        "tracked and, if needed, shot down. Venezuelan soldiers fired shots across the river on "
        "Wednesday."
    )
    fired = _one(code, text, "fired shots")
    assert named_countries(fired.recipient) == {"GUY"}
    supposed = _one(code, text, "shot")
    assert "[recipient.conflict_counterpart]" not in supposed.explanation


# --- recipient.refusal_counterpart: a refusal in a two-state quarrel answers the other side ---


def test_refusal_in_a_quarrel_of_two_states_keeps_the_other_side(code):
    text = (
        "TOKYO, April 9 (Wire) - Japan protested to South Korea on Tuesday over a survey ship "
        "near the disputed islets. Japan says the islets belong to it. Seoul has said it will "
        "not accept the claim. South Korea will not withdraw the ship, its ministry said."
    )
    for trigger in ("accept", "withdraw"):
        m = _one(code, text, trigger)
        assert m.event_type == "REJECT"
        assert named_countries(m.recipient) == {"JPN"}
        assert "[recipient.refusal_counterpart]" in m.explanation


# --- shared_act_verbs: refusing to recognise or to pull troops back is aimed at the other side --


def test_refusal_to_recognise_an_award_is_aimed_at_the_other_side(code):
    text = (
        "MANILA, April 9 (Wire) - The Philippines protested to China on Tuesday over the "
        "ramming of a fishing boat near the shoal. Manila says an arbitral tribunal ruled in "
        "its favour in 2016. China has refused to recognise the award."
    )
    m = _one(code, text, "refused")
    assert m.event_type == "REJECT"
    assert named_countries(m.recipient) == {"PHL"}


def test_refusal_to_withdraw_troops_is_aimed_at_the_other_side_not_at_home(code):
    text = (
        "DUSHANBE, April 9 (Wire) - Tajikistan accused Kyrgyzstan on Tuesday of moving border "
        "guards onto a disputed canal near Vorukh. Tajikistan says the canal lies on its side of "
        "the line. Kyrgyzstan refused on Wednesday to withdraw its guards from the canal."
    )
    m = _one(code, text, "refused")
    assert named_countries(m.actor) == {"KGZ"}
    assert named_countries(m.recipient) == {"TJK"}
    home = _one(code, "The president refused to withdraw his candidacy, his party said.", "refused")
    assert not named_countries(home.recipient) - named_countries(home.actor)


def test_fire_a_state_reports_is_at_the_reporting_state(code):
    text = (
        "ASTANA, April 9 (Wire) - Uzbekistan's defence ministry said Kazakh troops opened fire "
        "first after a dispute over grazing land near the frontier."
    )
    m = _one(code, text, "opened fire")
    assert named_countries(m.recipient) == {"UZB"}
    assert "[recipient.conflict_counterpart]" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_refusal_of_a_supposed_deal_keeps_no_assumed_target(code):
    text = (
        "SEOUL, April 9 (Wire) - South Korea protested to Japan on Tuesday over export curbs "
        "on chip materials. South Korea says Japan broke the trade rules. Seoul will not accept "
        "the curbs, the ministry said. Seoul would not sign a pact on such terms, the trade "
        "minister said."
    )
    kept = _one(code, text, "accept")
    assert named_countries(kept.recipient) == {"JPN"}
    supposed = _one(code, text, "sign")
    assert "[recipient.refusal_counterpart]" not in supposed.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_an_attack_in_a_relative_clause_gets_no_assumed_target(code):
    fired = (
        "BAKU, April 9 (Wire) - Armenia accused Azerbaijan on Tuesday of massing troops near "
        "the border. Armenian officials said Azerbaijani troops opened fire at dawn."
    )
    assert named_countries(_one(code, fired, "opened fire").recipient) == {"ARM"}
    told = (
        "BAKU, April 9 (Wire) - Armenia accused Azerbaijan on Tuesday of massing troops near "
        "the border. Armenian officials said the buildup put the truce at risk. Baku marked the "
        "anniversary of the war in which its artillery shelled the town."
    )
    m = _one(code, told, "shelled")
    assert "[recipient.conflict_counterpart]" not in m.explanation
