"""A story filed from a third state's capital stays about its two states when the dateline's
state is named only as a bystander ("X did not respond to requests for comment", "X is
following the situation": rule mention.dateline_bystander), and an untied organ of a state
("the army", "prosecutors") takes the state its sentence, or the one before, is about (rule
mention.third_capital_recent_subject), not the lead's first doer."""

from __future__ import annotations

from support import shown_codes as _show
from support import states_in as _states

BYSTANDER = "mention.dateline_bystander"
RECENT = "mention.third_capital_recent_subject"


def test_no_comment_from_the_datelines_state_keeps_it_out(code):
    text = (
        "NIAMEY, May 12 (Wire) - Chad accused Nigeria on Tuesday of bombing a fishing village "
        "on the shore of Lake Chad.\n\n"
        "Nigeria's air force denied the charge.\n\n"
        "Police arrested two Chadian traders at a market near the lake on Tuesday.\n\n"
        "Niger's foreign ministry did not respond to requests for comment."
    )
    found = code(text, "2025-05-12")
    assert found, _show(found)
    assert "NER" not in _states(found), _show(found)
    held = [m for m in found if m.evidence.sentence_text.startswith("Police")]
    assert held and all(p.country == "NGA" for m in held for p in m.actor), _show(found)
    assert any(BYSTANDER in m.explanation for m in held), [m.explanation for m in held]


def test_following_the_situation_is_no_part_in_the_story(code):
    text = (
        "YAOUNDE, July 3 (Wire) - Gabon seized two fishing trawlers flagged in Equatorial Guinea "
        "off its coast on Thursday.\n\n"
        "Equatorial Guinea demanded that Libreville release the crews at once.\n\n"
        "Gabon's fisheries minister said the navy had detained both crews for fishing without "
        "licences.\n\n"
        "Cameroonian officials said they were following the situation closely."
    )
    found = code(text, "2025-07-03")
    assert found, _show(found)
    assert "CMR" not in _states(found), _show(found)
    held = [m for m in found if m.evidence.trigger.startswith("detained")]
    assert held and all(p.country == "GAB" for m in held for p in m.actor), _show(found)


def test_a_datelines_state_that_acts_later_stays_a_party(code):
    text = (
        "NIAMEY, May 13 (Wire) - Chad accused Nigeria on Wednesday of bombing a fishing village "
        "on the shore of Lake Chad.\n\n"
        "Nigeria's air force denied the charge.\n\n"
        "Niger condemned the strike on Wednesday and summoned Nigeria's ambassador."
    )
    found = code(text, "2025-05-13")
    assert any(p.country == "NER" for m in found for p in m.actor), _show(found)


def test_untied_army_takes_the_state_the_sentence_before_is_about(code):
    text = (
        "ALMATY, June 2 (Wire) - Uzbekistan accused Tajikistan on Monday of diverting a shared "
        "river to fill a new reservoir.\n\n"
        "Tajikistan's energy minister rejected the accusation.\n\n"
        "The army detained three Uzbek surveyors near the dam on Monday.\n\n"
        "Kazakhstan has not commented on the dispute."
    )
    found = code(text, "2025-06-02")
    held = [m for m in found if m.evidence.sentence_text.startswith("The army")]
    assert held and all(p.country == "TJK" for m in held for p in m.actor), _show(found)
    assert any(RECENT in m.explanation for m in held), [m.explanation for m in held]
    assert "KAZ" not in _states(found), _show(found)
