"""A reaction to a thing the story told of earlier ("rejected *the suspension*", "rejected
*the statement*") is aimed at whoever made it. Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries


def test_a_noun_of_the_acts_own_verb_reaches_past_reactions_and_quotes(code):
    text = (
        "The African Union suspended Gabon from all its activities on Tuesday after soldiers "
        "seized power in Libreville.\n\nBy Jane Doe\n\n"
        "The bloc's peace council said the measure would last until constitutional order was "
        'restored. "We reject any unconstitutional change," its chairman told reporters.\n\n'
        "The new leader, who was sworn in on Wednesday, promised elections. The ousted "
        "president remains in hiding, his aides said. He has refused to resign.\n\n"
        "A regional bloc said it would send a mission next week.\n\n"
        "Gabon's new military ruler rejected the suspension on Friday."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert "recipient.earlier_act" in m.explanation
    assert not _countries(m.recipient) & {"GAB"}


def test_a_rejected_statement_is_aimed_at_whoever_issued_it(code):
    for text in (
        "The G7 foreign ministers issued a statement on Thursday condemning Iran's missile "
        "launches. Iran's foreign ministry rejected the statement on Friday as interference.",
        "The G7 foreign ministers said in a joint statement on Thursday that Iran's missile "
        "launches threatened peace. Japan will raise the issue at the United Nations. "
        "Iran's foreign ministry rejected the statement on Friday as interference.",
    ):
        m = _by_type(code(text), "REJECT", "rejected")
        # the issuer, found from the statement's maker (recipient.report_author) or, for a
        # statement noun an earlier statement of stance made (recipient.earlier_general_act)
        assert any("G7" in (a.text or "") for a in m.recipient), m.explanation
        assert "IRN" not in _countries(m.recipient)


def test_against_names_the_target_before_a_venue(code):
    for text in (
        "Bolivia filed a complaint against Chile at the International Court of Justice.",
        "Bolivia filed a case against Chile with the International Court of Justice.",
    ):
        m = _by_type(code(text), "ACCUSE", "filed")
        assert _countries(m.recipient) == {"CHL"}, m.explanation


def test_his_on_the_object_of_a_state_body_is_someone_elses(code):
    text = (
        "Armenia's foreign minister travelled to Brussels on Thursday for talks with EU "
        "officials. On Friday Russia's foreign ministry criticised his visit to Brussels."
    )
    m = _by_type(code(text), "ACCUSE", "criticised")
    assert _countries(m.recipient) == {"ARM"}, m.explanation


def test_a_noun_of_an_irregular_verb_form_refers_back_to_the_act(code):
    # "struck ... *the strikes*", "shot ... *the shooting*": the noun does not share the past
    # form's first letters, but the verb's written forms (verb_forms_petrarch.tsv) link them
    for text, trigger in (
        (
            "Israeli jets struck three villages in southern Lebanon on Monday. The United "
            "States said it was in contact with both sides, and Washington urged restraint. "
            "France condemned the strikes.",
            "condemned",
        ),
        (
            "Indian border guards shot two Bangladeshi villagers near the frontier on Tuesday. "
            "The United States called for calm and the United States envoy visited Dhaka. "
            "Bangladesh condemned the shooting.",
            "condemned",
        ),
    ):
        m = _by_type(code(text), "ACCUSE", trigger)
        assert "recipient.earlier_act" in m.explanation, m.explanation
        assert "USA" not in _countries(m.recipient), m.explanation


def test_a_defence_of_its_own_side_operation_is_aimed_at_home(code):
    # "the minister defended the operation" of the minister's own police: aimed at whom the
    # raid was aimed at (recipient.own_act), never at the state the story names most
    text = (
        "Bolivia and Chile have argued for months over water rights on the Silala river. "
        "Bolivian police raided a protest camp near Oruro on Monday and detained twelve miners. "
        "Chile said the row over the river was unresolved and that Chile would go to court. "
        "The interior minister, Ana Quiroga, defended the operation."
    )
    m = _by_type(code(text), "SUPPORT", "defended")
    assert "CHL" not in _countries(m.recipient), m.explanation
    assert "[recipient.own_act]" in m.explanation, m.explanation


def test_backing_the_request_goes_to_whoever_made_it(code):
    # "backed the request": the doers of the latest request the story told (act_nouns.tsv)
    text = (
        "Drones from Belarus crossed into eastern Poland overnight, the Polish army said. "
        "Poland closed two border crossings with Belarus on Monday. "
        "Finland asked on Tuesday for urgent consultations among NATO allies. "
        "Sweden and Denmark backed the request."
    )
    m = _by_type(code(text), "SUPPORT", "backed")
    assert _countries(m.recipient) == {"FIN"}, m.explanation
