"""Whom an event is aimed at when its own clause does not say: a reaction to "the decision"
told paragraphs after the story's opening act, and an act done to a pronoun that stands for a
foreign party named just before. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type as _by_type
from support import named_countries as _countries


def test_a_reaction_paragraphs_later_is_aimed_at_the_opening_acts_doer(code):
    # recipient.lead_act: no act in the two sentences before; the story opened with the act
    text = (
        "The African Union on Tuesday suspended Mozambique from all its activities over the "
        "delayed elections.\n"
        "The suspension takes effect immediately, the bloc's Peace and Security Council said in "
        "a communique.\n"
        "Mozambique's electoral commission has twice put off the vote, citing a lack of funds.\n"
        "Opposition leaders say the president wants to stay in office beyond the end of his "
        "term.\nPrices of bread and fuel have doubled since January.\n"
        "Zimbabwe's foreign ministry criticised the decision as hasty."
    )
    m = _by_type(code(text), "ACCUSE", "criticised")
    assert "recipient.lead_act" in m.explanation
    assert _countries(m.recipient) == {"IGO"}, m.explanation


def test_condemned_measures_are_the_opening_sanctions_not_the_story_state(code):
    text = (
        "The European Union imposed travel bans on twelve Georgian officials on Monday.\n"
        "The list includes three judges and the head of the state broadcaster, diplomats said.\n"
        "Georgia's economy grew by nine percent last year.\n"
        "Tbilisi's airport handled a record number of passengers in the summer.\n"
        "Russia's foreign ministry condemned the measures as unlawful."
    )
    m = _by_type(code(text), "ACCUSE", "condemned")
    assert _countries(m.recipient) == {"EUR"}, m.explanation
    assert "recipient.story_counterpart" not in m.explanation


def test_own_sides_untargeted_opening_act_leaves_the_default(code):
    # the opposition judging a deal its own state made: aimed at home (opposition_home), not
    # at no one
    text = (
        "Kenya and the World Bank reached an agreement on Monday on a $500 million loan for "
        "roads.\nThe money will be paid in two parts, a finance ministry official said.\n"
        "Kenya's debt has tripled in ten years.\nFuel prices rose again in March.\n"
        "The main opposition party denounced the agreement, saying it would burden farmers."
    )
    m = _by_type(code(text), "ACCUSE", "denounced")
    assert _countries(m.recipient) == {"KEN"}, m.explanation


def test_a_pronoun_for_a_foreign_object_of_the_joined_verb_is_the_target(code):
    # recipient.joined_object: not the doer's own people (recipient.domestic_target)
    for text, trigger, target in (
        (
            "Indonesian patrol vessels intercepted a Malaysian trawler off Borneo on Sunday and "
            "detained its nine crew members overnight.",
            "detained",
            "MYS",
        ),
        (
            "Greek coast guard officers boarded a Turkish fishing boat near Lesbos and seized "
            "its catch.",
            "seized",
            "TUR",
        ),
        (
            "Thai soldiers caught two Cambodian loggers near the border on Sunday and arrested "
            "them.",
            "arrested",
            "KHM",
        ),
    ):
        m = _by_type(code(text), "COERCE", trigger)
        assert _countries(m.recipient) == {target}, m.explanation
        assert "recipient.joined_object" in m.explanation


def test_a_pronoun_for_a_compatriot_keeps_the_domestic_target(code):
    m = _by_type(
        code("Police in Lagos arrested a Nigerian activist on Monday and held him for two days."),
        "COERCE",
        "arrested",
    )
    assert "recipient.joined_object" not in m.explanation


def test_a_date_the_parser_hangs_on_the_judged_noun_names_no_one(code):
    # "rejected the move *on Saturday*": still the definite general noun of
    # recipient.earlier_general_act, not an act aimed at home (recipient.domestic_target)
    for text, mover in (
        (
            "Belarus expelled two Polish diplomats. Poland's foreign ministry rejected the move "
            "on Saturday.",
            "BLR",
        ),
        (
            "Chile closed its border with Bolivia to lorries. Bolivia's trade minister rejected "
            "the decision on Sunday.",
            "CHL",
        ),
        (
            "Armenia asked Russia to withdraw its border guards from the airport. Moscow "
            "rejected the request on Tuesday.",
            "ARM",
        ),
    ):
        m = _by_type(code(text), "REJECT", "rejected")
        assert _countries(m.recipient) == {mover}, m.explanation


def test_a_rejected_demand_is_aimed_at_whoever_made_it(code):
    # act_nouns.tsv: "the demand" names an appeal or demand (CAMEO 02, 10) told just before
    text = (
        "Ethiopia called on Eritrea to withdraw its troops from the border town within a week.\n"
        "Eritrea's information minister rejected the demand."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert _countries(m.recipient) == {"ETH"}, m.explanation


_BUILDUP = (
    "Azerbaijan moved tanks and artillery close to the Armenian border on Monday, the Armenian "
    "defence ministry said.\nThe ministry said the Azerbaijani buildup was the largest since "
    "2023.\n"
)


def test_a_show_of_force_with_no_target_answers_the_story_counterpart(code):
    # vocabulary counterpart_types: MOBILIZE (CAMEO 15, exhibit force posture)
    m = _by_type(code(_BUILDUP + "Armenia put its army on high alert."), "MOBILIZE", "alert")
    assert _countries(m.recipient) == {"AZE"}, m.explanation
    assert "recipient.story_counterpart" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_police_deployed_at_home_get_no_foreign_target(code):
    text = _BUILDUP + "Armenian police deployed hundreds of officers ahead of an opposition rally."
    m = _by_type(code(text), "MOBILIZE", "deployed")
    assert "AZE" not in _countries(m.recipient), m.explanation
