"""Threats told with no verb of threatening, by a class's announced treatment (branch threats47;
rules trigger.declared_target and trigger.offenders_punished):

- "any trooper who steps over the frontier *is to be treated as an invader*": a side declared an enemy, as
  "treated as an enemy" was (vocabulary declared_enemy_nouns: invader, intruder, aggressor);
- "whoever shelters them *will be treated as an accomplice* / *like the killers themselves*":
  the punishment of an offence announced for those who help it (a passive 'treat' whose 'as'
  or 'like' noun is of vocabulary offender_nouns);
- "any shop that closes *will be sealed*": a closure by the authority of the law, an
  administrative sanction announced for a class (vocabulary passive_sanction_verbs).

Guards: a commentator's guess, a law's text, a question, history, a benign treatment ("treated
like any other patients") and a named place sealed stay no threats.
"""

from __future__ import annotations


def _threats(found, sentence=1):
    return [
        (m.cameo, {p.country for p in m.actor}, {p.country for p in m.recipient})
        for m in found
        if m.event_type == "THREATEN" and m.sentence == sentence
    ]


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient], m.sentence)
        for m in found
    ]  # fmt: skip


def test_soldiers_crossing_treated_as_invaders(code):
    found = code(
        "Troops massed on both sides of the Bolivian-Paraguayan border. Bolivia's army chief "
        "warned that any Paraguayan soldier who steps over the frontier will be treated as an "
        "invader."
    )
    threats = _threats(found)
    assert threats, _show(found)
    cameo, actor, recipient = threats[0]
    assert cameo.startswith("13") and actor == {"BOL"} and recipient == {"PRY"}, _show(found)


def test_helpers_treated_like_the_killers(code):
    found = code(
        'Bandits shot dead nine villagers in northern Nigeria on Monday. "Anyone who hides these '
        "bandits will be treated like the killers themselves,\" Nigeria's "
        "interior minister said."
    )
    threats = _threats(found)
    assert threats and threats[0][1] == {"NGA"}, _show(found)


def test_helpers_treated_as_accomplices(code):
    found = code(
        "Smugglers have moved migrants across the Sahara for months. Niger's interior minister "
        "said that any driver who carries them will be treated as an accomplice."
    )
    threats = _threats(found)
    assert threats and threats[0][1] == {"NER"}, _show(found)


def test_shops_that_close_will_be_sealed(code):
    found = code(
        "Opposition groups called a three-day general strike in Guinea. The governor of Conakry "
        "said any shop that shuts its doors during the strike will be sealed."
    )
    threats = _threats(found)
    assert threats and threats[0][0] == "132" and threats[0][1] == {"GIN"}, _show(found)


def test_commentator_guess_is_no_threat(code):
    found = code(
        "Troops massed on both sides of the Bolivian-Paraguayan border. Analysts said any "
        "Paraguayan soldier who steps over the frontier would be treated as an invader."
    )
    assert not _threats(found), _show(found)


def test_law_text_is_no_threat(code):
    found = code(
        "Bolivia adopted a new border law on Monday. Under the new law, anyone who enters the "
        "country without papers will be treated as an invader."
    )
    assert not _threats(found), _show(found)


def test_question_is_no_threat(code):
    found = code(
        "Troops massed on both sides of the Bolivian-Paraguayan border. Would any Paraguayan "
        "soldier who steps over the frontier be treated as an invader?"
    )
    assert not _threats(found), _show(found)


def test_history_is_no_threat(code):
    found = code(
        "Troops massed on both sides of the Bolivian-Paraguayan border. In 1932 Bolivia said "
        "any Paraguayan soldier who crossed over had been treated as an invader."
    )
    assert not _threats(found), _show(found)


def test_benign_treatment_is_no_threat(code):
    found = code(
        "Bolivia opened a new hospital in Sucre. The health minister said that patients who "
        "arrive at night will be treated like any other patients."
    )
    assert not _threats(found), _show(found)


def test_a_named_border_sealed_is_no_class_threat(code):
    found = code(
        "Fighting spread in the east of Chad. Chad's interior minister said the border with "
        "Sudan will be sealed on Friday."
    )
    assert not [t for t in _threats(found) if t[0] == "132"], _show(found)


def test_participle_warning_reports_the_threat(code):
    found = code(
        "Troops massed on the border of Bolivia and Paraguay. Bolivia's army chief spoke "
        "last, warning that every Paraguayan soldier who steps over the frontier will be "
        "treated as an invader."
    )
    threats = _threats(found)
    assert threats and threats[0][1] == {"BOL"} and threats[0][2] == {"PRY"}, _show(found)


def test_helpers_treated_in_the_same_way_as_killers(code):
    found = code(
        "Bandits shot dead nine villagers in northern Nigeria on Monday. Nigeria's interior "
        "minister said that anyone who feeds the bandits will be treated in the same way as "
        "the killers."
    )
    threats = _threats(found)
    assert threats and threats[0][1] == {"NGA"}, _show(found)
