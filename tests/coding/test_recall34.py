"""Recall classes of session 34 (issues #11/#12). Invented text.

- an object pronoun ("it", "them") of a participle clause with no subject of its own stands
  for the object of the clause above, never for its doer ("expelled a mission, accusing *it*
  of bias"; rule resolve.adjunct_object);
- a "to"-infinitive the parser hangs on an active participle that describes the object of an
  order ("ordered a team *monitoring the truce* to leave") completes the order (rule
  trigger.stranded_infinitive).
"""

from __future__ import annotations


def _events(code, text):
    return [
        (
            m.event_type,
            sorted({a.country for a in m.actor}),
            sorted({r.country for r in m.recipient}),
        )
        for m in code(text)
    ]


def _of(code, text, kind):
    return [e for e in _events(code, text) if e[0] == kind]


# resolve.adjunct_object


def test_participle_pronoun_is_the_expelled_mission(code):
    text = "Mali expelled a United Nations mission on Monday, accusing it of bias."
    assert ("ACCUSE", ["MLI"], ["UNO"]) in _of(code, text, "ACCUSE")


def test_participle_pronoun_is_the_banned_charity(code):
    text = "Burkina Faso banned a British charity on Friday, accusing it of spying."
    assert ("ACCUSE", ["BFA"], ["GBR"]) in _of(code, text, "ACCUSE")


def test_participle_pronoun_is_the_object_of_to(code):
    text = (
        "Austria's chancellor wrote to the European Commission on Friday, asking it to "
        "arbitrate in the row."
    )
    assert ("REQUEST", ["AUT"], ["EUR"]) in _of(code, text, "REQUEST")


def test_participle_pronoun_after_an_event_noun_clause(code):
    # the object's own participle names an event noun ("the truce"); "it" is still the team
    text = (
        "Chad's junta ordered an African Union panel watching the border to leave Chad by Friday, "
        "accusing it of bias."
    )
    assert ("ACCUSE", ["TCD"], ["IGO"]) in _of(code, text, "ACCUSE")


def test_participle_pronoun_after_the_same_pronoun_keeps_its_referent(nlp):
    # "them" goes on standing for the ones "their" named, not for the Americans barred
    from communique.coding.syntax import adjunct_object

    doc = nlp(
        "Canada seized their yachts and forbade Canadians to deal with them, blaming them "
        "for the fraud."
    )
    last = [t for t in doc if t.lower_ == "them"][-1]
    assert adjunct_object(last) is None
    doc = nlp("The Treasury barred three Serbian banks, accusing them of fraud.")
    them = next(t for t in doc if t.lower_ == "them")
    assert adjunct_object(them) is not None and adjunct_object(them).lower_ == "banks"


def test_participle_pronoun_of_a_plain_event_stays_the_event(code):
    # "denouncing it" after a passive clause with no object: the attack, no party
    text = "The base was hit during the attack, the Iraqi ministry said, denouncing it as cowardly."
    assert not any(e[2] == ["IRQ"] for e in _of(code, text, "ACCUSE"))


# trigger.stranded_infinitive


def test_order_to_leave_hung_on_the_objects_participle(code):
    text = "Gabon ordered an African Union panel observing the truce to leave Gabon in two days."
    expelled = [e for e in _events(code, text) if e[0] in ("COERCE", "SANCTION")]
    assert expelled and expelled[0][1:] == (["GAB"], ["IGO"])


def test_order_to_leave_hung_on_a_delegations_participle(code):
    text = "Bolivia ordered a European Union delegation observing the vote to leave the country."
    expelled = [e for e in _events(code, text) if e[0] in ("COERCE", "SANCTION")]
    assert expelled and expelled[0][1:] == (["BOL"], ["EUR"])


def test_order_to_leave_by_a_day_hung_on_a_missions_participle(code):
    text = "Nicaragua ordered an OAS mission monitoring the talks to leave by Sunday."
    expelled = [e for e in _events(code, text) if e[0] in ("COERCE", "SANCTION")]
    assert expelled and expelled[0][1:] == (["NIC"], ["IGO"])


def test_passive_participle_keeps_its_infinitive(code):
    # "sent to monitor": the monitors' task, no order to monitor
    text = "Chad expelled an inspection team sent to monitor the border."
    assert not _of(code, text, "REQUEST")


# actor.governing_passive_agent


def test_expulsion_ordered_by_a_state(code):
    text = "The expulsion of the Belgian ambassador was ordered by Rwanda's government on Monday."
    assert ("SANCTION", ["RWA"], ["BEL"]) in _of(code, text, "SANCTION")


def test_truce_announced_by_a_mediator_is_not_the_mediators(code):
    text = (
        "The truce between Thailand and Cambodia was announced on Sunday by Malaysia's foreign "
        "minister after talks in Kuala Lumpur."
    )
    assert not any(e[1] == ["MYS"] for e in _events(code, text) if e[0] != "CONSULT")


def test_closure_ordered_by_a_leader(code):
    text = "The closure of the northern border was ordered by Venezuela's president on Sunday."
    closed = _of(code, text, "COERCE")
    assert closed and closed[0][1] == ["VEN"]


def test_suspension_decided_by_a_government(code):
    text = "The suspension of aid to Niger was decided by the Dutch government on Friday."
    assert ("SANCTION", ["NLD"], ["NER"]) in _of(code, text, "SANCTION")


def test_passive_judging_verb_gives_no_doer(code):
    # "condemned by": Austria judges the expulsion, it does not expel
    text = "The expulsion of the Czech ambassador was condemned by Austria on Monday."
    assert not any(e[1] == ["AUT"] for e in _of(code, text, "SANCTION"))


# actor.decision_owner


def test_condemned_decision_to_expel_is_the_expulsion(code):
    text = "The European Union condemned Belarus's decision to expel two Lithuanian diplomats."
    assert ("SANCTION", ["BLR"], ["LTU"]) in _of(code, text, "SANCTION")


def test_welcomed_decision_of_a_ministry_to_lift_a_ban(code):
    text = (
        "Norway welcomed the decision of the Swedish agriculture ministry to lift the ban on "
        "Norwegian salmon."
    )
    lifted = [e for e in _events(code, text) if e[0] in ("CONCEDE", "RETREAT", "COOPERATE")]
    assert lifted and lifted[0][1:] == (["SWE"], ["NOR"])


def test_decision_by_a_state_to_ban(code):
    text = "Kenya criticised the decision by Tanzania to ban Kenyan trucks from its roads."
    banned = [e for e in _events(code, text) if e[0] in ("COERCE", "SANCTION")]
    assert banned and banned[0][1] == ["TZA"]


def test_decision_with_no_owner_stays_an_aim(code):
    text = "Officials said a decision to expel the Syrian diplomats was expected next week."
    assert not _of(code, text, "SANCTION")
