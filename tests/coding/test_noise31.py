"""Branch noise16 (issue #12): non-political pages that still coded events. A game's update
notes and a quiz or debating final whose roles borrow political words (filter.game_or_contest),
a short column naming at most two political words (filter.few_political_cues, the story gate),
an auction page (the gate's "collecting" words), an object dated by the act it was made in
(filter.period_of_making) and a walking guide that opens with an old war
(filter.old_history_offtopic). Every text is written for these tests."""

from __future__ import annotations

from communique.coding.fiction import game_or_contest
from communique.relevance import story_topic
from support import dropped_rules

GAME_UPDATE = (
    "Version 7.1 hotfix: trade wars, vassal states and the treaty bug\n\n"
    "Posted by the studio's dev team. Patch notes for the live servers follow; the "
    "maintenance window is two hours.\n\n"
    "Diplomacy. Declaring a trade embargo on a rival empire now costs 20 influence per turn "
    "instead of 10. Vassal states can appeal to their overlord's parliament after five turns. "
    "An envoy expelled by a neighbour returns home after two turns, not at once.\n\n"
    "Balance changes. The Iron Khanate's cavalry raid bonus has been nerfed. The Coastal "
    "League's navy can now blockade a port from the first turn, and its admirals gain one "
    "point of morale.\n\n"
    "Bug fixes. Fixed a bug where a rebel army could besiege its own capital. Fixed a crash "
    "when a minister resigned during a coup event. Known issues: the AI sometimes refuses every "
    "peace offer in ranked matches. Tell us on the forums what you think of the update."
)
QUIZ_FINAL = (
    "Cork pub team beat Lisbon to lift the European quiz crown\n\n"
    "A team of four from a Cork pub won the European quiz championship in Vienna on Saturday, "
    "beating a Portuguese side in the grand final by two points. The quizmaster's last starter "
    "question, on the president of the French senate in 1950, went to the Irish captain on the "
    "buzzer.\n\n"
    "In the semi-final the Portuguese had attacked the Finnish team's answers on naval treaties "
    "and the adjudicators upheld their challenge. The Irish captain, a history teacher, thanked "
    "the organisers and praised the Finnish side. The Portuguese captain accused the Irish of "
    "luck on the bonus questions about prime ministers, and the winners bought the drinks.\n\n"
    "The championship moves to Tallinn next year; teams from 31 countries took part."
)
SHORT_FROST_COLUMN = (
    "Late frost hits the cherry orchards\n\n"
    "A frost on Tuesday night burnt the cherry blossom in the hills above the river, and "
    "growers spent the night lighting straw fires between the rows. Some hired helicopters to stir the "
    "air over the trees, a trick that costs a great deal and works only when the warmer air "
    "is close to the ground. The co-operative warned that jam makers should expect fewer "
    "cherries and higher prices this summer. Buyers from Germany and the Netherlands have "
    "already asked for their usual orders, but the co-operative said it would wait until May "
    "before it promised anything. A spokesman said the harvest would be small but sweet, and "
    "that the pickers would still be needed in July. Insurance covers some of the loss, he "
    "said, though few of the small growers pay for it. The last bad frost, in the spring of "
    "2006, cut the crop by half."
)
STAMP_AUCTION = (
    "Rare overprints lead a record stamp auction\n\n"
    "A block of four stamps overprinted for the Italian occupation of Corfu sold for 48,000 "
    "euros at a Geneva auction house on Thursday, twice the estimate. The auctioneer said "
    "bidders from six countries had competed for the lot. Collectors prize the overprints "
    "because few survived in mint condition.\n\n"
    "Other lots included postmarks from the siege of Mafeking and a sheet of stamps issued "
    "during the German occupation of Luxembourg. A Swiss collector bought the sheet by "
    "telephone. The auction house said philatelic sales had grown by a fifth this year, and "
    "that a catalogue of the next sale, of antique coins and banknotes, is online. The buyer "
    "of the Corfu block, a Dutch philatelist, said he would lend it to a museum. The seller, "
    "a retired dentist, said he had bought it for a few pounds at a market in 1971 and had "
    "kept it in a drawer."
)
WALKING_GUIDE = (
    "The trail climbs from the village through fir forest to the ridge where Austro-Hungarian "
    "and Russian armies fought through the winter of 1915. Today walkers share the ridge with "
    "shepherds and their dogs.\n\n"
    "Day one follows the waymarked footpath to a mountain hut that serves soup and "
    "local cheese; book ahead, because it has twelve beds. Day two is the long one: a steep "
    "ascent to the summit cairn and a slow descent through meadows to a lake where hikers camp. "
    "Day three is short, and ends at a railway station with two trains a day.\n\n"
    "Take walking boots, a map and cash, as the huts take no cards. The border with Ukraine "
    "is close, so carry a passport; border guards sometimes check hikers near the crossing. "
    "The best months are June and September, when the trails are dry and the huts are quiet. "
    "A local guide can be hired in the village for a modest fee."
)


def test_a_strategy_games_update_notes_code_nothing(code, nlp):
    assert game_or_contest(GAME_UPDATE) is not None
    assert code(GAME_UPDATE, "2026-04-02") == []
    assert "filter.game_or_contest" in dropped_rules(nlp, GAME_UPDATE, "2026-04-02")


def test_a_quiz_final_between_national_teams_codes_nothing(code, nlp):
    assert game_or_contest(QUIZ_FINAL) is not None
    assert code(QUIZ_FINAL, "2026-04-02") == []
    assert "filter.game_or_contest" in dropped_rules(nlp, QUIZ_FINAL, "2026-04-02")


def test_news_about_a_game_stays_coded(code):
    # guard: the work named as the act's own argument ("banned the game") is news of the game
    text = GAME_UPDATE + " On Monday the Chinese government banned the game over its maps."
    found = code(text, "2026-04-02")
    assert any(m.event_type in ("COERCE", "SANCTION") for m in found), found


def test_a_political_story_is_no_game():
    # guard: a parliament's motion and turns taken by speakers are no game's rules
    text = (
        "The Polish parliament rejected a motion of no confidence in the government on "
        "Friday. Opposition lawmakers took turns to accuse the prime minister of misleading "
        "voters over the budget, and the president said he would sign the bill next week."
    )
    assert game_or_contest(text) is None


def test_a_short_column_with_two_political_words_is_off_topic():
    topic = story_topic(SHORT_FROST_COLUMN)
    assert topic.words >= 150 and len(topic.cues) <= 2, (topic.words, topic.cues)
    assert topic.cues_per_1000 >= 12  # the density test alone let it through
    assert topic.off_topic
    assert "filter.few_political_cues" in topic.note()


def test_a_short_political_item_with_three_cues_is_kept():
    # guard: a political item (here of fewer than 150 words) is never judged by it
    text = (
        "Chile's foreign minister summoned the Bolivian ambassador on Tuesday after troops "
        "crossed the border near the salt flats, the ministry said."
    )
    assert not story_topic(text).off_topic


def test_an_auction_page_is_off_topic():
    topic = story_topic(STAMP_AUCTION)
    assert topic.other[0] == "collecting"
    assert topic.off_topic


def test_an_object_made_during_an_occupation_is_no_act(code, nlp):
    texts = [
        "A banknote printed during the Japanese occupation of Burma fetched 900 pounds.",
        "The poster, issued under the German occupation of Norway, goes on show next month.",
    ]
    for text in texts:
        assert code(text, "2026-05-02") == [], text
        assert "filter.period_of_making" in dropped_rules(nlp, text, "2026-05-02")


def test_an_occupation_reported_as_news_is_kept(code):
    # guard: no verb of making
    found = code("Russian troops began the occupation of the Georgian village on Monday.")
    assert any(m.evidence.trigger.startswith("occupation") for m in found), found


def test_a_walking_guide_opening_with_an_old_war_codes_nothing(code, nlp):
    # the war is told in the opening sentence (no headline), which filter.background_offtopic
    # keeps
    assert code(WALKING_GUIDE, "2026-06-01") == []
    assert "filter.old_history_offtopic" in dropped_rules(nlp, WALKING_GUIDE, "2026-06-01")


def test_a_shot_at_goal_and_a_run_into_the_penalty_area_are_no_violence(code):
    # senses.tsv: a shot "at goal" (fire+shot, sport), "invaded the penalty area"
    texts = [
        "Ivory Coast's captain fired a shot at the Malian goal just before half-time.",
        "Senegal invaded the Cameroonian penalty area again and again.",
    ]
    for text in texts:
        assert code(text, "2026-05-02") == [], text


def test_what_buyers_are_told_to_expect_is_a_forecast(code):
    # senses.tsv: warn "forecast_expect", should "forecast"
    texts = [
        "Fruit traders in Valencia warned that supermarkets in Britain should expect fewer "
        "oranges this winter.",
        "Tea merchants in Colombo warned shops in Russia to expect dearer tea after the floods.",
    ]
    for text in texts:
        assert code(text, "2026-05-02") == [], text


def test_a_state_told_to_expect_sanctions_is_threatened(code):
    found = code(
        "The European Commission said Poland should expect sanctions if it vetoes the fund."
    )
    types = [m.event_type for m in found]
    assert "THREATEN" in types and "REQUEST" not in types, found


def test_a_threat_to_expect_retaliation_stays_a_threat(code):
    # guard: the threat word is a lexicon row of its own
    found = code("Pakistan warned India to expect retaliation for the strike on its post.")
    assert any(m.event_type == "THREATEN" for m in found), found
