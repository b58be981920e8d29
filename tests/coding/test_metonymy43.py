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
        "Clashes between two armed groups left nine people dead near Bria, officials in the "
        "Central African Republic said. Seven of the injured were later flown to Bangui by a UN "
        "helicopter."
    )
    assert not [m for m in mentions if m.event_type == "CONSULT"], shown(mentions)
    aid = by_type(mentions, "AID")
    assert countries(aid.actor) == {"UNO"}, aid.explanation
    assert all(a.sector != "GOV" for a in aid.recipient), aid.explanation
    assert "recipient.carried_people" in aid.explanation


def test_the_wounded_flown_abroad_are_not_attacked_by_the_carrier(code):
    """ "fly N of the most critically wounded to <capital>": the participle names the people
    carried; no attack by the plane's air force on the capital's government."""
    mentions = code(
        "A car bomb killed 30 people in Baidoa on Monday. Kenya's embassy said an army plane "
        "would fly 14 of the most critically wounded to Nairobi for surgery on Thursday."
    )
    assaults = [m for m in mentions if m.event_type == "ASSAULT"]
    assert assaults, shown(mentions)
    assert all("KEN" not in countries(m.recipient) for m in assaults), shown(mentions)
    assert all("KEN" not in countries(m.actor) for m in assaults), shown(mentions)


def test_children_flown_to_a_capital_are_not_placed_there(code):
    """Wounded children flown to Nairobi are not Kenya's people because they land there."""
    mentions = code(
        "A car bomb killed 30 people in Baidoa on Monday. Kenya's ambassador said its air force "
        "would fly 15 wounded children to Nairobi for surgery."
    )
    assert not any("KEN" in countries(m.recipient) for m in mentions), shown(mentions)


def test_children_named_by_nationality_keep_it(code):
    """Guard: the carried named by their nationality are the recipients."""
    mentions = code(
        "A car bomb killed 30 people in Baidoa on Monday. Kenya's ambassador said its air force "
        "would fly 15 wounded Somali children to Nairobi for surgery."
    )
    agree = by_type(mentions, "AGREE")
    assert countries(agree.recipient) == {"SOM"}, agree.explanation


# -- filter.motion_not_visit: a traveller of no state ----------------------------------------


def test_a_freed_nurse_landing_in_a_capital_is_no_visit(code):
    """A private person who lands in a capital and is met by reporters makes no visit to its
    government."""
    mentions = code(
        "Anna Lind, a nurse released by her captors on Friday, landed in Stockholm on Sunday "
        "evening and was met by reporters."
    )
    assert not [m for m in mentions if "land" in m.evidence.trigger], shown(mentions)


def test_a_minister_flying_to_a_capital_still_visits(code):
    """Guard: a foreign minister flying to another state's capital for talks visits it."""
    visit = by_type(
        code("Uganda's foreign minister flew to Nairobi on Monday for talks on the border."),
        "CONSULT",
    )
    assert "KEN" in countries(visit.recipient), visit.explanation


# -- filter.people_participle ----------------------------------------------------------------


def test_a_participle_that_wounds_keeps_its_reading(code):
    """Guard: "wounded three officers" is still an attack."""
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
