"""A capital or city as a place, not its government (issue #12 item 5): where people were
carried for care (recipient.carried_people), where a traveller of no state arrived
(filter.motion_not_visit), the people a participle of harm names after "the"
(filter.people_participle), and officials placed by the venue of their meeting
(mention.meeting_members_venue). Invented texts."""

from __future__ import annotations

from tests.support import by_type, countries


def parties(mentions) -> set[str]:
    return {c for m in mentions for c in countries(m.actor) | countries(m.recipient)}


def shown(mentions) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (m.event_type, m.evidence.trigger, [a.code for a in m.actor], [a.code for a in m.recipient])
        for m in mentions
    ]


# -- recipient.carried_people ----------------------------------------------------------------


def test_casualties_flown_to_a_capital_are_aided_not_its_government(code):
    """The people carried to a capital for care are the evacuation's recipients: neither a
    visit to the capital nor aid to its government."""
    mentions = code(
        "Clashes between two militias killed nine people near Bor, South Sudanese officials "
        "said. Twelve of the most badly injured were flown to Juba by a United Nations "
        "helicopter, the mission said."
    )
    assert not [m for m in mentions if m.event_type == "CONSULT"], shown(mentions)
    aid = by_type(mentions, "AID")
    assert countries(aid.actor) == {"UNO"}, aid.explanation
    assert all(a.sector != "GOV" for a in aid.recipient), aid.explanation
    assert "recipient.carried_people" in aid.explanation


def test_the_wounded_flown_abroad_are_not_attacked_by_the_carrier(code):
    """ "fly the most seriously wounded to <capital>": no attack by the air force on the
    capital's government (the participle names the people carried)."""
    mentions = code(
        "A car bomb killed 30 people at a market in Baidoa, Somali officials said. Kenya's "
        "embassy said a Kenyan military aircraft would fly 20 of the most seriously wounded to "
        "Nairobi for treatment on Wednesday."
    )
    assaults = [m for m in mentions if m.event_type == "ASSAULT"]
    assert all("KEN" not in countries(m.recipient) for m in assaults), shown(mentions)
    assert all("KEN" not in countries(m.actor) for m in assaults), shown(mentions)


def test_a_promised_evacuation_names_no_government_of_its_destination(code):
    """A promised evacuation flight to a capital: the capital is where the wounded go."""
    mentions = code(
        "Kenya's embassy said a Kenyan air force plane would fly 12 of the most badly wounded "
        "to Nairobi for surgery on Monday."
    )
    assert not any(
        a.sector == "GOV" and a.country == "KEN" for m in mentions for a in m.recipient
    ), shown(mentions)


# -- filter.motion_not_visit: a traveller of no state ----------------------------------------


def test_a_freed_worker_landing_in_his_capital_is_no_visit(code):
    """A private person who lands in a capital and is met by his family makes no visit to
    its government."""
    mentions = code(
        "Jonas Berg, a 40-year-old aid worker freed last week by his kidnappers, landed in Oslo "
        "shortly after midnight and was met by his family."
    )
    assert not [m for m in mentions if m.event_type == "CONSULT"], shown(mentions)


def test_a_minister_flying_to_a_capital_still_visits(code):
    """Guard: a foreign minister flying to another state's capital for talks visits it."""
    visit = by_type(
        code("Ruritania's foreign minister flew to Nairobi on Monday for talks on the border."),
        "CONSULT",
    )
    assert "KEN" in countries(visit.recipient), visit.explanation


# -- filter.people_participle ----------------------------------------------------------------


def test_a_participle_that_wounds_keeps_its_reading(code):
    """Guards: "wounded three officers", "were wounded" are still attacks."""
    attack = by_type(code("Gunmen wounded three police officers in Kisumu on Friday."), "ASSAULT")
    assert attack.evidence.trigger == "wounded"


# -- mention.meeting_members_venue -----------------------------------------------------------


def test_ministers_meeting_in_a_city_are_not_its_government(code):
    """Foreign ministers meeting in Geneva are not Switzerland's."""
    mentions = code(
        "Mali's army shelled a border town in Mali overnight. Foreign ministers meeting in Geneva "
        "condemned the shelling of civilians on Tuesday."
    )
    condemn = by_type(mentions, "ACCUSE")
    assert "CHE" not in countries(condemn.actor), condemn.explanation


def test_officials_in_a_city_keep_its_state(code):
    """Guard: "opposition leaders in X" are X's."""
    mentions = code("Opposition leaders in Nairobi accused the police of beating protesters.")
    accuse = by_type(mentions, "ACCUSE")
    assert countries(accuse.actor) == {"KEN"}, accuse.explanation


# -- guards: capitals that stand for their governments ---------------------------------------


def test_capitals_as_governments_keep_their_reading(code):
    """Guards: "Moscow said", "Kyiv's forces", "Washington imposed", "accused Tehran of" stand
    for governments; "the Havana talks" names no party."""
    threat = code("Moscow said it would expel two Polish diplomats.")
    assert any("RUS" in countries(m.actor) for m in threat)
    shelling = by_type(code("Kyiv's forces shelled Russian positions near the border."), "ASSAULT")
    assert countries(shelling.actor) == {"UKR"}
    sanction = by_type(code("Washington imposed sanctions on three Iranian banks."), "SANCTION")
    assert countries(sanction.actor) == {"USA"}
    accuse = by_type(code("The president accused Tehran of arming the rebels."), "ACCUSE")
    assert "IRN" in countries(accuse.recipient)
    talks = code("Russia rejected the proposals made at the Havana talks.")
    assert "CUB" not in parties(talks)
