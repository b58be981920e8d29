"""How the coder reads protest, violence and coercion as news reports them: crowds counted but
not named, purposes and placards that make a gathering a protest, bombs that go off with no one
named, and the verbs of arrest and killing. Every text is written for these tests (unlike the
sentences of bench/data/unrest_snippets.tsv, which measures the same kinds of report)."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


def _types(mentions) -> set[str]:
    return {m.event_type for m in mentions}


# -- protest by a crowd that is counted, not named ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tens of thousands marched through Montevideo on Sunday against the new water tariffs.",
         "URY"),
        ("Thousands took to the streets of La Paz after the fuel subsidy was scrapped.", "BOL"),
        ("Hundreds staged a sit-in in front of the provincial assembly in Mendoza.", "ARG"),
    ],
)  # fmt: skip
def test_a_crowd_counted_but_not_named_protests_unattributed_where_it_marched(code, text, iso):
    m = _of_type(code(text), "PROTEST")
    assert m.unattributed and m.actor == []
    assert "[actor.unattributed_crowd]" in m.explanation
    assert countries(m.recipient) == {iso}


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fans held a rally in Seville to cheer the cup winners.",  # fans named
        "Thousands gathered in Valparaiso to watch the New Year fireworks.",
        "Thousands of shoppers gathered at the new mall in Doha on its opening day.",
    ],
)
def test_a_crowd_that_is_not_protesting_is_no_protest(code, text):
    assert "PROTEST" not in _types(code(text)), [m.explanation for m in code(text)]


def test_a_gathering_to_demand_something_is_a_protest(code):
    m = _of_type(
        code("Hundreds gathered outside the electoral commission in Harare to demand a recount."),
        "PROTEST",
    )
    assert countries(m.recipient) == {"ZWE"}
    m = _of_type(
        code("Residents of Osh gathered outside the mayor's office, chanting against the levy."),
        "PROTEST",
    )
    assert "gathered" in m.evidence.trigger


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Climate activists glued themselves to a motorway bridge near Munich.", "144"),
        ("A crowd surrounded the police station in Kumasi after the arrest of a trader.", "144"),
        ("Copper miners in Oruro walked off the job over unpaid bonuses.", "143"),
    ],
)  # fmt: skip
def test_ways_of_protesting_news_reports(code, text, cameo):
    m = _of_type(code(text), "PROTEST")
    assert m.cameo.startswith(cameo)


# -- violence with no doer named ----------------------------------------------------------------


def test_a_bomb_that_goes_off_is_a_bombing_placed_where_it_went_off(code):
    m = _of_type(code("A bomb went off outside a courthouse in Mogadishu on Thursday."), "ASSAULT")
    assert m.unattributed and m.actor == [] and m.cameo.startswith("183")
    assert "[actor.unattributed_thing]" in m.explanation
    assert countries(m.recipient) == {"SOM"}
    m = _of_type(code("A parcel bomb exploded at a post office in Medellin."), "ASSAULT")
    assert m.unattributed and countries(m.recipient) == {"COL"}


def test_an_alarm_going_off_is_no_bombing(code):
    assert "ASSAULT" not in _types(code("The fire alarm went off during the council meeting in Oslo."))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("A hand grenade was hurled into a crowded cafe in Mombasa, wounding eleven people.",
         "grenade"),
        ("Mortar rounds hit a school in Aleppo, killing six Syrian children.", "rounds"),
        ("The strike on the fuel depot killed four Yemeni workers, medics in Hodeidah said.",
         "strike"),
    ],
)  # fmt: skip
def test_weapons_and_strikes_are_things_not_doers(code, text, thing):
    m = _of_type(code(text), "ASSAULT")
    assert m.unattributed and m.actor == []
    assert f"'{thing}'" in m.explanation and "[actor.unattributed_thing]" in m.explanation


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Kenyan judge was stabbed to death outside her home in Kisumu.", "1823"),
        ("Two farmers were hacked to death in Plateau state, Nigerian police said.", "1823"),
        ("A Peruvian trade unionist was beaten to death in Arequipa.", "1823"),
        ("A mob lynched a cattle trader in a village in Assam.", "1823"),
        ("An Argentine fan was stabbed outside the stadium in Rosario.", "182"),
    ],
)  # fmt: skip
def test_verbs_of_killing_and_wounding(code, text, cameo):
    assert _of_type(code(text), "ASSAULT").cameo == cameo


# -- arrests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Cuban dissident was placed under house arrest in Havana.",
        "The Azerbaijani editor was put behind bars on Friday.",
        "Police in Dhaka held three Bangladeshi students for questioning.",
        "Soldiers handcuffed the Malian village chief and drove him away.",
    ],
)
def test_ways_news_reports_an_arrest(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.cameo == "173"


def test_placing_and_holding_without_custody_is_no_arrest(code):
    ms = code("The Chilean ministry placed an order for new trains and held a meeting in Santiago.")
    assert "COERCE" not in _types(ms)
