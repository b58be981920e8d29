"""Aid told without an aid verb (branch aid47): a sum of money pledged, committed, earmarked
or announced for another party is aid given (PLOVER AID, CAMEO 071), relief planes that land
with supplies or rescuers deliver humanitarian aid (CAMEO 073), and a sum announced for the
doer's own people is no aid. Every text is written for these tests."""

from __future__ import annotations

from support import by_type, countries, event_types


# -- a sum pledged, committed or earmarked is aid given (rule trigger.sum_pledge) ---------------
def test_a_sum_pledged_for_another_state_is_aid(code):
    aid = by_type(code("Norway pledged 30 million dollars in aid for Malawi on Monday."), "AID")
    assert aid.cameo == "071"
    assert countries(aid.actor) == {"NOR"} and countries(aid.recipient) == {"MWI"}
    assert aid.modality == "asserted"


def test_a_sum_earmarked_for_another_state_is_aid(code):
    aid = by_type(code("Japan earmarked 5 million dollars in emergency aid for Nepal."), "AID")
    assert countries(aid.actor) == {"JPN"} and countries(aid.recipient) == {"NPL"}


def test_a_sum_committed_to_an_appeal_is_aid(code):
    mentions = code("Denmark committed 12 million euros to the refugee appeal for Chad on Friday.")
    assert "AID" in event_types(mentions)


def test_a_sum_still_to_be_pledged_stays_an_intent(code):
    # a coming pledge is an intent to give (CAMEO 0331), as PLOVER codes future aid
    mentions = code("Norway will pledge 30 million dollars for Malawi at next week's conference.")
    assert "AID" not in event_types(mentions)
    assert by_type(mentions, "AGREE").cameo.startswith("033")


def test_a_pledge_of_an_act_keeps_its_own_code(code):
    mentions = code("Norway pledged to send doctors to Malawi.")
    assert by_type(mentions, "AGREE").cameo.startswith("033")


# -- a sum announced for another party; at home it is a budget (filter.home_budget) ------------
def test_a_sum_announced_for_another_states_programme_is_aid(code):
    aid = by_type(
        code("The Norwegian government announced $8 million for Malawi's school meals scheme."),
        "AID",
    )
    assert aid.cameo == "071"
    assert countries(aid.actor) == {"NOR"} and countries(aid.recipient) == {"MWI"}


def test_a_sum_announced_for_the_doers_own_people_is_no_aid(code):
    assert "AID" not in event_types(
        code("Norway announced 500 million kroner for its farmers on Thursday.")
    )
    assert "AID" not in event_types(
        code("Kenya's treasury announced 2 billion shillings for new classrooms on Friday.")
    )


# -- relief planes that land with goods or rescuers (rule trigger.landed_relief) ---------------
def test_planes_landing_with_relief_goods_deliver_aid_to_where_they_land(code):
    mentions = code(
        "Two Chilean air force planes landed in Lima on Monday with 20 tonnes of food and tents."
    )
    aid = by_type(mentions, "AID")
    assert aid.cameo == "073"
    assert countries(aid.actor) == {"CHL"} and countries(aid.recipient) == {"PER"}
    assert "MOBILIZE" not in event_types(mentions)


def test_a_plane_landing_with_rescuers_after_a_quake_delivers_aid(code):
    mentions = code(
        "A strong earthquake hit Peru on Saturday. "
        "A Chilean military plane landed at Lima's airport with 40 rescuers and two sniffer dogs."
    )
    aid = by_type(mentions, "AID")
    assert countries(aid.actor) == {"CHL"} and countries(aid.recipient) == {"PER"}


def test_a_sports_team_landing_is_no_aid(code):
    mentions = code("Brazil's football team landed in Lima with its new coach on Monday.")
    assert "AID" not in event_types(mentions)


def test_a_plane_carrying_relief_goods_that_lands_delivers_aid(code):
    # the goods hang on the subject's participle, not on the verb of landing
    mentions = code("A Chilean navy plane carrying 15 tonnes of medicine landed in Peru on Sunday.")
    aid = by_type(mentions, "AID")
    assert countries(aid.actor) == {"CHL"} and countries(aid.recipient) == {"PER"}


def test_a_ship_with_tonnes_of_cargo_is_no_aid(code):
    # ships carry tonnes of cargo for trade: a weight counts only for aircraft
    mentions = code("A Chinese freighter arrived in Lima with 30,000 tonnes of steel on Monday.")
    assert "AID" not in event_types(mentions)


def test_an_air_force_named_by_its_abbreviation_is_its_state(code):
    aid = by_type(code("An RAF plane flew 20 tonnes of tents to Jordan on Monday."), "AID")
    assert countries(aid.actor) == {"GBR"} and countries(aid.recipient) == {"JOR"}


# -- rescue and medical teams arriving abroad deliver aid, not a visit --------------------------
def test_foreign_rescue_teams_arriving_deliver_aid(code):
    mentions = code("Indian rescue teams arrived in Kathmandu on Monday.")
    aid = by_type(mentions, "AID")
    assert countries(aid.actor) == {"IND"} and countries(aid.recipient) == {"NPL"}
    assert "CONSULT" not in event_types(mentions)


def test_rescuers_deployed_abroad_are_aid_not_a_troop_move(code):
    mentions = code("Turkey deployed 80 rescuers and two field hospitals to Syria on Tuesday.")
    assert by_type(mentions, "AID").cameo == "073"
    assert "MOBILIZE" not in event_types(mentions)


def test_a_leader_arriving_is_still_a_visit(code):
    mentions = code("The Japanese prime minister arrived in Kathmandu on Monday.")
    assert "CONSULT" in event_types(mentions) and "AID" not in event_types(mentions)
