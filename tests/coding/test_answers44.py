"""Acts told without the usual verb: a charged act of force said not to have happened, and a
transcript answer's verdict (branch answers44; rules trigger.denied_act, trigger.answer_verdict,
recipient.asked_charge).

- A speaker who says a charged act of force did not happen, with a negative subject ("There
  was no beating", "No detainee was tortured", "not a single shot was fired"; vocabulary
  denied_act_words), denies the charge: REJECT (CAMEO 120) aimed at the accuser.
- The main "be" of a transcript's answer turn says a verdict as a quotation does ("MINISTER:
  That is completely untrue."); a denial there answers the charge the question before it put.
- Look-alikes stay uncoded: "no one was hurt" with no charge told, a promise ("no one will be
  detained"), a negated act answering an attack that nobody charged, a question that puts no
  one's words.
"""

from __future__ import annotations

CHARGE = "Ecuador accused Colombian border guards on Sunday of beating three Ecuadorian traders."


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, m.modality, [p.country for p in m.actor],
         [p.country for p in m.recipient], m.sentence)
        for m in found
    ]  # fmt: skip


def _denials(found, sentence=None):
    return [
        (
            tuple(sorted({p.country or "" for p in m.actor})),
            tuple(sorted({p.country or "" for p in m.recipient})),
        )
        for m in found
        if m.event_type == "REJECT"
        and m.modality == "asserted"
        and (sentence is None or m.sentence == sentence)
    ]


def test_there_was_no_beating_denies_the_charge(code):
    text = f'{CHARGE} "There was no beating," Colombia\'s defence minister told reporters.'
    found = code(text, "2025-05-12")
    assert (("COL",), ("ECU",)) in _denials(found, 1), _show(found)
    denial = next(m for m in found if m.event_type == "REJECT")
    assert "[trigger.denied_act]" in denial.explanation


def test_no_trader_was_beaten_denies_the_charge(code):
    text = f"{CHARGE} Colombia's defence ministry said no trader had been beaten."
    found = code(text, "2025-05-12")
    assert (("COL",), ("ECU",)) in _denials(found, 1), _show(found)


def test_not_a_single_shot_denies_a_charge_of_firing(code):
    text = (
        "Nicaragua accused Honduran soldiers on Monday of firing at its fishermen. "
        '"Not a single shot was fired at the fishermen," the Honduran army said.'
    )
    found = code(text, "2025-05-12")
    assert (("HND",), ("NIC",)) in _denials(found, 1), _show(found)


def test_no_one_hurt_with_no_charge_is_no_denial(code):
    found = code("Police in Quito said no one was hurt in the fire at the market.", "2025-05-12")
    assert _denials(found) == [], _show(found)


def test_no_civilian_killed_after_an_attack_nobody_charged_is_no_denial(code):
    text = (
        "Rebels attacked an army post in northern Mali on Monday. "
        "The regional governor said no civilian was killed."
    )
    found = code(text, "2025-05-12")
    assert _denials(found, 1) == [], _show(found)


def test_a_promise_that_no_one_will_be_detained_is_no_denial(code):
    text = f"{CHARGE} Colombia's defence minister said no trader will be detained at the border."
    found = code(text, "2025-05-12")
    assert _denials(found, 1) == [], _show(found)


INTERVIEW = (
    "Paraguay's interior minister spoke to us after the clashes at the border.\n\n"
    "Interviewer: Bolivia says your police beat two Bolivian truck drivers. Is that true?\n\n"
    "Interior Minister: {answer}\n\n"
    "Interviewer: What happens next?\n\n"
    "Minister: We will keep the crossing open."
)


def test_an_answer_calling_the_charge_untrue_denies_it(code):
    found = code(INTERVIEW.format(answer="That is completely untrue."), "2025-05-12")
    assert (("PRY",), ("BOL",)) in _denials(found), _show(found)
    denial = next(m for m in found if m.event_type == "REJECT")
    assert "[trigger.answer_verdict]" in denial.explanation


def test_an_answer_denying_the_act_answers_the_question(code):
    found = code(INTERVIEW.format(answer="There was no beating."), "2025-05-12")
    assert (("PRY",), ("BOL",)) in _denials(found), _show(found)
    denial = next(m for m in found if m.event_type == "REJECT")
    assert "[recipient.asked_charge]" in denial.explanation


def test_an_answer_after_a_question_with_no_charge_is_no_denial(code):
    text = (
        "Paraguay's interior minister spoke to us after the clashes at the border.\n\n"
        "Interviewer: What did you see at the crossing on Monday?\n\n"
        "Interior Minister: There was no beating.\n\n"
        "Interviewer: What happens next?\n\n"
        "Minister: We will keep the crossing open."
    )
    found = code(text, "2025-05-12")
    assert _denials(found) == [], _show(found)


def test_a_plain_denial_verb_keeps_its_reading(code):
    text = f"{CHARGE} Colombia's defence ministry denied the accusation."
    found = code(text, "2025-05-12")
    assert (("COL",), ("ECU",)) in _denials(found, 1), _show(found)


def test_a_charge_made_at_home_is_answered_at_home(code):
    text = (
        "A Peruvian rights group accused the army on Sunday of torturing detainees in Ayacucho. "
        '"No detainee was tortured," an army spokesman said.'
    )
    found = code(text, "2025-05-12")
    assert (("PER",), ("PER",)) in _denials(found, 1), _show(found)
    denial = next(m for m in found if m.event_type == "REJECT")
    # the charge's own target (the army, now coded: recipient.accused_own_side) answers it,
    # or with no target coded, the home state of the charge
    assert (
        "[recipient.home_charge]" in denial.explanation
        or "recipient_earlier_act" in denial.explanation
    ), denial.explanation
