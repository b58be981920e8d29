"""Rules of use and travellers on the road, in the pages of services (branch offtopic39; rules
filter.rule_of_use and filter.motion_not_visit): what will happen to whoever breaks a club's or
a shop's rule is no threat by anyone, and drivers described as heading somewhere make no visit;
a minister's warning, a state's law and a minister on the way keep their readings. Invented
sentences."""

from __future__ import annotations

import pytest

from communique.coding import code_article
from communique.model import Article


def coded(nlp, text: str):
    return code_article(Article(text=text, id="t", published="2026-05-12"), nlp(text))


def of_type(nlp, text: str, *types: str):
    return [m for m in coded(nlp, text) if m.event_type in types]


@pytest.mark.parametrize(
    "text",
    [
        "Aikido, a martial art once taught to Japanese officers, is offered on Tuesday "
        "evenings. Club members who break the sauna rules twice will be banned from the spa "
        "until March.",
        "The ski school was founded by a Swiss guide in 1961. Pupils who leave the marked "
        "pistes without a teacher will be banned from the lifts for a day.",
    ],
)
def test_a_clubs_rule_for_whoever_breaks_it_is_no_threat(nlp, text):
    assert not of_type(nlp, text, "THREATEN", "COERCE", "SANCTION")


def test_a_ministers_warning_to_protesters_stays_a_threat(nlp):
    text = "Peru's interior minister warned on Monday that protesters who block the highways will be arrested."
    found = of_type(nlp, text, "THREATEN")
    assert found and found[0].actor[0].country == "PER"


def test_a_states_law_against_a_kind_of_people_keeps_its_reading(nlp):
    text = (
        "Under the new law passed by Hungary's parliament, journalists who criticise the army "
        "will be jailed."
    )
    assert of_type(nlp, text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Our vans are kept in a depot near Vienna. In August, drivers travelling to Hungary "
        "often wait two hours at the frontier.",
        "Our vans are kept in a depot near Vienna. Delivery drivers going to Slovakia should "
        "carry the vignette in the glovebox.",
    ],
)
def test_drivers_on_the_road_make_no_visit(nlp, text):
    assert not of_type(nlp, text, "CONSULT")


def test_a_minister_travelling_abroad_still_visits(nlp):
    text = (
        "The Slovak prime minister travelling to Hungary on Monday will discuss the gas "
        "pipeline with his counterpart."
    )
    found = of_type(nlp, text, "CONSULT")
    assert found and found[0].actor[0].country == "SVK"


def _dropped(tmp_path, text: str) -> dict[str, str]:
    import json

    from support import run_cli

    story = {"id": "n1", "published": "2026-05-12", "text": text}
    out = tmp_path / "d.jsonl"
    res = run_cli("code", "--all-topics", "--dropped", str(out), stdin=json.dumps(story) + "\n")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return {r["trigger"]: r["rule"] for r in rows}


def test_an_event_noun_naming_a_product_is_a_word_of_its_name(tmp_path):
    text = (
        "Poland's largest brewery launched its Blockade lager on Monday. Polish drinkers "
        "queued for the Embargo stout in Gdansk."
    )
    rules = _dropped(tmp_path, text)
    assert rules.get("Blockade") == "filter.in_name"
    assert rules.get("Embargo") == "filter.in_name"


def test_a_named_summit_and_a_ceasefire_agreement_keep_their_events(nlp):
    assert of_type(
        nlp,
        "Ethiopia and Eritrea signed the Ceasefire agreement in Algiers on Monday.",
        "AGREE",
        "SUPPORT",
    )
    held = "Leaders of NATO will hold a Summit in Vilnius next month, the alliance said."
    assert of_type(nlp, held, "AGREE", "CONSULT")
