"""The story gate's second test (branch noise8): a story of some length that names almost
nothing political (``communique.relevance.political_cues``: the political words of
``data/relevance/topics.tsv`` and the political role words of ``data/actors/roles.tsv``) is
off-topic whatever its topic, with a note naming the few political words it has; political
stories, short ones and ones that name their actors only by role, still pass."""

from __future__ import annotations

from communique.relevance import story_topic

# invented pages on topics no topic list has, full of false friends and free of political words
MODEL_RAILWAY = (
    "Hundreds of enthusiasts stormed the doors of the Brackley model railway exhibition on "
    "Saturday morning, and by noon the queue for the tea urn stretched to the car park. "
    "The star of the weekend was a ten-metre layout of a Cornish branch line, built over "
    "twelve winters by a retired signalman and his granddaughter. Its steam engine fired "
    "up on the first attempt, to loud applause, and pulled eleven coaches round the bend "
    "without a single derailment. A rival club from Swindon launched a bold counter-attack "
    "with a working coal mine, complete with a tiny winding wheel and a pit pony made of "
    "clay, and the judges could not split them. The Swindon builders defended their choice "
    "of a narrow gauge, saying it let them squeeze three stations onto one board. Younger "
    "visitors besieged the tables of second-hand rolling stock, where a battered green "
    "tank engine sold for forty pounds after a short bidding war. Smoke machines are banned "
    "in the hall, so the crews made do with cotton wool. The show returns in October, "
    "when the club hopes to strike a deal for a larger hall beside the canal."
)
BELL_RINGERS = (
    "The bell ringers of St Wilfrid's rang a full peal on Saturday for the first time since "
    "the tower's wooden frame was replaced, striking the tenor bell more than five thousand "
    "times in just over three hours. The band of eight, the youngest fourteen and the oldest "
    "eighty-one, launched the attempt at two o'clock and fired through the changes without a "
    "single slip until the final half hour, when a rope jumped its wheel and the ringer on "
    "the fifth had to fight it back under control. A neighbour lodged a protest about the "
    "noise with the vicar, who defended the ringers and invited her to climb the tower for a "
    "cup of tea. The ringers plan to charge visitors nothing for open days in the summer, "
    "when anyone may try a bell under supervision; children under twelve are banned from the "
    "ringing chamber for safety. The restoration cost sixty thousand pounds, most of it "
    "raised by a sponsored walk, jumble sales and a quiz night at the village hall."
)
# political stories: one long and naming its actors mostly by role, one short
ROLE_STORY = (
    "Gendarmes and border guards closed three crossings on Tuesday after the interior "
    "minister ordered a search for two men wanted over an attack on a customs post. The "
    "cabinet met in emergency session and the spokesman said the crossings would stay shut "
    "until the men were caught. Lorry drivers waited for hours in the heat, and traders "
    "complained that fruit was rotting in the sun. The neighbouring state's envoy asked for "
    "the crossings to reopen for freight at least, and said his country would help with "
    "the search. Farmers on both sides said the closure came at the worst time of the "
    "year, just as the harvest began, and several co-operatives warned that they would "
    "lose a season's income. A local trader said prices in the market had already doubled "
    "and that families were buying less. The customs post, rebuilt only last year, will "
    "remain closed while investigators examine the damage, and the road will be patrolled "
    "at night."
)
SHORT_WIRE = (
    "Jets struck targets near the northern town overnight, killing four people, "
    "residents said. The strikes followed a rocket fired across the frontier on Sunday."
)


def test_a_page_with_no_political_subject_is_off_topic_whatever_its_topic():
    for page in (MODEL_RAILWAY, BELL_RINGERS):
        found = story_topic(page)
        assert found.off_topic, found.scores


def test_the_note_says_why_and_names_the_political_words_found():
    note = story_topic(BELL_RINGERS).note()
    assert "no political subject" in note
    assert "protest" in note  # the one political word the page has, named for the reader
    assert "--all-topics" in note


def test_political_stories_pass_even_short_or_named_by_role():
    found = story_topic(ROLE_STORY)
    assert not found.off_topic, (found.cues, found.scores)
    assert {"gendarmes", "border guards", "cabinet"} <= set(found.cues)
    assert not story_topic(SHORT_WIRE).off_topic  # too short to judge by its words


# a political story that says what happened with verbs and plurals of its cues (protested,
# voted, detained, protests): the gate counts a one-word cue with an ending as a cue
VERB_STORY = (
    "Farmers protested outside the regional assembly for a third day on Thursday after it "
    "voted to cut the diesel rebate, blocking the ring road with tractors and spreading "
    "manure on the steps. Eleven farmers were detained overnight and released without "
    "charge in the morning. The farm groups said the rebate cut broke an agreement signed "
    "in the spring on water use, and that the assembly had ignored months of letters. "
    "Shops in the old town closed early and buses were diverted around the square. The "
    "farmers' federation said its members would keep up the blockade until the rebate was "
    "restored in full, and called on truckers and fishermen to join them. Several hundred "
    "tractors were parked along the river by evening, and their drivers lit braziers and "
    "set up tents for the night. The federation said the protests would spread to the two "
    "neighbouring provinces next week if the decision was not reversed."
)


def test_a_cue_with_an_ending_counts():
    found = story_topic(VERB_STORY)
    assert {"protested", "voted", "protests"} <= set(found.cues), found.cues
    assert not found.off_topic


def test_the_pipeline_stores_such_a_page_uncoded_with_its_note():
    from communique.model import Article
    from communique.pipeline import code_articles

    (coded,) = code_articles([Article(text=MODEL_RAILWAY, id="railway")])
    assert coded.off_topic and not coded.mentions
    assert any("no political subject" in n for n in coded.article.notes)
    (coded,) = code_articles([Article(text=MODEL_RAILWAY, id="railway")], topic_gate=False)
    assert not coded.off_topic  # --all-topics codes it


# a labour dispute at a port (a PLOVER PROTEST) told with no state, police or party word: its labour
# words (political.tsv kind "subject") keep it a political subject
PORT_STRIKE = " ".join(
    [
        "Crews at the country's largest container terminal began a walkout at dawn on",
        "Tuesday, the first stoppage at the port in twenty years. The strikers set up",
        "pickets at both gates and turned back lorries queuing on the coast road. Two unions",
        "representing the night shift said the port company had broken a promise to keep",
        "overtime rates when new cranes were installed in the spring. The company said the",
        "cranes had made the night shift shorter and that overtime was no longer needed,",
        "and offered a one-off bonus instead. Shipping lines diverted three vessels to a",
        "smaller harbour up the coast, and exporters of machine parts said their cargo",
        "would miss its sailings. Several strikers said they had worked at the terminal",
        "since it opened and had never walked out before. The walkout is due to last three",
        "days, but the night shift said it would hold a ballot on a longer stoppage next",
        "week if the company did not return to the table. A mediator from the arbitration",
        "service has offered to chair talks on Thursday. The company said it was ready to",
        "meet but would not restore the old overtime rates, which it said would cost more",
        "than the new cranes had saved. The terminal handles about a third of the",
        "country's container traffic, and hauliers said forty trucks were standing idle",
        "in their yards by the evening, with more expected to join them on Wednesday.",
        "The hauliers said their drivers were being paid to wait and that the extra",
        "costs would be passed on to their customers if the dispute dragged on for long.",
    ]
)


def test_a_labour_dispute_keeps_its_political_subject():
    found = story_topic(PORT_STRIKE)
    assert {"strikers", "pickets", "unions", "walkout"} <= set(found.cues), found.cues
    assert not found.off_topic, found.note()
