"""Role play and emergency services read as acts of states (issue #12, branch p29fix).

Sentences written for these tests; each test fails without rules ``filter.role_play`` or
``filter.emergency_service``.
"""

from __future__ import annotations

import pytest

from communique.coding import code_article
from communique.model import Article


def _dropped(nlp, text: str) -> set[str]:
    doc = nlp(text)
    code_article(Article(text=text, id="t", published="2025-04-07"), doc)
    return {d.rule for d in doc._.communique_dropped} if doc._.communique_dropped else set()


MODEL_UN = (
    "Pupils argue over climate and trade at county Model UN\n\n"
    "Some ninety pupils from six schools met in the town library on Saturday for the county "
    "Model UN day.\n"
    "In the General Assembly the delegate of Brazil rejected a draft on forests, and the "
    "delegates of Egypt and Peru protested against the chair's ruling.\n"
    "Later Canada accused Mexico of blocking the debate, and the delegation representing "
    "Turkey demanded sanctions on Greece.\n"
    "The best delegate award went to a Year 11 pupil who represented Argentina."
)

MOCK_PARLIAMENT = (
    "Youth parliament ends in uproar over border motion\n\n"
    "Students from the city's colleges took the seats of the chamber for the annual youth "
    "parliament on Friday.\n"
    "The delegation playing Serbia walked out after the delegates for Croatia condemned its "
    "motion, and the chair threatened to expel them.\n"
    "Each school sent a team of four, and the teachers judged the speeches."
)


def test_model_un_page_codes_no_event(code):
    assert code(MODEL_UN, "2025-04-07") == []


def test_youth_parliament_page_codes_no_event(code):
    assert code(MOCK_PARLIAMENT, "2025-04-07") == []


def test_news_naming_a_model_un_in_passing_keeps_its_events(code):
    text = (
        "Greece recalls ambassador from Turkey\n\n"
        "Greece recalled its ambassador to Ankara on Monday after Turkish jets crossed into its "
        "airspace, the foreign ministry said.\n"
        "Athens accused Turkey of breaking international law and demanded an apology.\n"
        "The minister spoke to reporters after a debate in parliament.\n"
        "Earlier in the day he had opened a Model UN day for pupils of a school in Piraeus, "
        "where students and their teachers played delegates of the council."
    )
    types = {m.event_type for m in code(text, "2025-04-07")}
    assert "ACCUSE" in types
    # and the same frame cue in the lead of a school page drops everything
    assert code(MODEL_UN, "2025-04-07") == []


def test_rescuers_of_two_states_are_no_request_between_them(code):
    text = (
        "Skier flown out after avalanche near the border\n\n"
        "Austrian avalanche rescuers asked a Slovenian helicopter crew for help on Sunday after "
        "a skier was buried near the pass.\n"
        "The Austrian mountain rescue service later thanked its Slovenian colleagues."
    )
    found = [(m.event_type, m.evidence.trigger) for m in code(text, "2025-04-07")]
    assert not any(t in ("REQUEST", "SUPPORT") for t, _ in found), found


def test_firefighters_helping_across_a_border_are_no_aid(code):
    text = (
        "Forest fire crosses into Belgium\n\n"
        "Firefighters from France helped Belgian firefighters put out the blaze near the border "
        "on Tuesday."
    )
    assert not any(m.event_type == "AID" for m in code(text, "2025-04-07"))


def test_rescuers_sent_by_a_government_stay_aid(code):
    sent = "The Austrian government sent sixty rescuers to Turkey after the earthquake on Monday."
    assert any(m.event_type == "AID" for m in code(sent, "2025-04-07"))
    # the same rule drops the services' own help
    assert not any(
        m.event_type == "AID"
        for m in code(
            "Firefighters from France helped Belgian firefighters put out the blaze near the "
            "border on Tuesday.",
            "2025-04-07",
        )
    )


def test_talks_named_after_a_venue_are_no_place_of_the_act(code):
    text = (
        "Venezuela quits negotiations\n\n"
        "Venezuela's government on Friday suspended its participation in the Barbados "
        "negotiations with the opposition, officials said."
    )
    halts = [m for m in code(text, "2025-04-07") if m.evidence.trigger.startswith("suspended")]
    assert halts
    assert all(r.country != "BRB" for m in halts for r in m.recipient)


def test_a_vow_to_defend_oneself_is_a_warning_not_an_agreement(code):
    text = (
        "Rebels warn Uganda\n\n"
        "Uganda accused the ADF rebels on Tuesday of raiding a border village. "
        '"If they come again, we will defend ourselves," a rebel commander told reporters.'
    )
    defend = [m for m in code(text, "2025-04-07") if m.evidence.trigger.startswith("defend")]
    assert defend
    assert all(m.event_type == "THREATEN" for m in defend), [m.event_type for m in defend]


def test_thanks_to_everyone_who_helped_are_aimed_at_no_state(code):
    text = (
        "Kidnapped engineers freed in Niger\n\n"
        "Two Austrian engineers held by an armed group in Niger were freed on Sunday, Austria's "
        "foreign ministry said. The minister thanked all who helped bring them home."
    )
    thanks = [m for m in code(text, "2025-04-07") if m.evidence.trigger.startswith("thank")]
    assert all(r.country != "NER" for m in thanks for r in m.recipient)
    assert thanks


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_agreeing_to_all_of_the_terms_keeps_the_story_counterpart(code):
    text = (
        "Peru yields to Chile\n\n"
        "Chile threatened tariffs on Peru's fruit on Sunday. Chile's foreign ministry said Peru "
        "had agreed to every one of its terms. The minister thanked all who helped end the row."
    )
    coded = code(text, "2025-04-07")
    agreed = [m for m in coded if m.evidence.trigger.startswith("agreed")]
    thanks = [m for m in coded if m.evidence.trigger.startswith("thank")]
    assert all(r.country != "PER" for m in thanks for r in m.recipient)
    assert thanks and agreed
