"""Acts the CAMEO codebook's own category definitions name that no trigger row covered
(tools/cameo_codebook_words.py lists them; triggers.tsv, the section "Words the CAMEO
codebook's own definitions name"): each reviewed sense is an event, and the other common use of
the same verb stays no event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 111 'criticize, defame, denigrate responsible parties'
        ("Ecuador's foreign minister denigrated the Colombian president on Thursday.", "111"),
        ("The Moroccan government defamed the Algerian army in a statement on Friday.", "111"),
        # 128 'Disobey, challenge, or resist laws or norms'
        ("Tanzania disobeyed the regional court's order on Wednesday.", "128"),
        # 057 'Ratify, sign, finalize an agreement, treaty'
        ("Latvia and Estonia finalised the maritime border treaty on Friday.", "057"),
        ("Ghana and Togo finalized the trade agreement in Lome on Tuesday.", "057"),
        # 052 'Defend verbally, justify policy, action or actor'
        ("Azerbaijan justified the blockade of the road as a customs measure.", "052"),
        # 162 'Decrease or terminate provision of ... aid'
        ("Sweden decreased its development aid to Zambia on Monday.", "162"),
        ("Canada terminated military assistance to Mali on Thursday.", "162"),
        # 085 'Lift, relax, or lessen economic sanctions ...'
        ("Japan lessened its sanctions on Iran on Wednesday.", "085"),
        # 161 'Curtail, decrease, break, or terminate diplomatic exchange'
        ("Lithuania curtailed relations with China on Tuesday.", "161"),
        # 0871 'Declare or observe truce or ceasefire'
        ("Armenia abided by the ceasefire with Azerbaijan on Saturday.", "0871"),
        # 0862 / 0861 'Allow, receive inspectors / peacekeeping forces'
        ("Iran received IAEA inspectors at the plant on Monday.", "0862"),
        ("Libya received UN weapons inspectors on Tuesday.", "0862"),
        ("South Sudan received Rwandan peacekeepers on Friday.", "0861"),
        # 082 'Cancel, suspend, or postpone any (non-war) activity that constitutes dissent'
        ("Kenyan doctors postponed their strike on Monday.", "082"),
        ("Serbian students suspended their march on Belgrade on Sunday.", "082"),
        # 046 'Negotiate or bargain with others'
        ("Peru bargained with Chile over the fishing quotas on Monday.", "046"),
        # 090 'Inquire or search into ...'
        ("Brazil inquired into the deaths of the Venezuelan migrants.", "090"),
        # 0814 ease martial law; 1721 impose restrictions on political freedoms
        ("Thailand ended martial law in the south on Monday.", "0814"),
        ("Nicaragua restricted freedom of assembly on Tuesday.", "1721"),
    ],
)
def test_codebook_definition_words_are_events(code, text, want):
    ms = code(text)
    assert want in [m.cameo for m in ms], [(m.cameo, m.explanation) for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        # other common uses of the same verbs (the rows need their object or preposition)
        "The figures justify the cost of the programme, the Danish report said.",
        "The Spanish minister finalised the list of candidates on Monday.",
        "The German company terminated the contract with its supplier.",
        "Exports from Chile decreased by four percent last year.",
        "The French league postponed the match because of the storm.",
        "The Kenyan shopkeeper found a bargain at the market.",
        "Officials inquired about the health of the Nigerian minister.",
        "The Chinese league limited the number of foreign players.",
        "The Kenyan company restricted the rights of its minority shareholders.",
    ],
)
def test_other_senses_of_the_codebook_verbs_are_no_events(code, text):
    ms = code(text)
    assert ms == [], [(m.cameo, m.explanation) for m in ms]


def test_receiving_the_inspectors_report_is_no_inspection(code):
    ms = code("Iraq received the inspectors' report on Monday.")
    assert "0862" not in [m.cameo for m in ms], [(m.cameo, m.explanation) for m in ms]


def test_disobeying_named_as_the_reason_of_an_arrest_is_the_charge(code):
    # senses.tsv: "detained for disobeying orders" names the offence, as filter.charged_act does
    ms = code("Belarusian police detained 40 people for disobeying police orders.")
    assert [m.cameo for m in ms] == ["173"], [(m.cameo, m.explanation) for m in ms]
