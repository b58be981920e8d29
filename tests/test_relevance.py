"""Only political events: the story gate before the parse, the event check after the coder,
and what a user sees of both (the dropped candidates, the off-topic note and counts)."""

from __future__ import annotations

import json

import pytest

from communique.model import Actor
from communique.relevance import political_event, story_topic
from support import run_cli

MATCH_REPORT = (
    "The visitors took the lead when their striker scored from the penalty spot. The coach "
    "praised his squad after the match, and the goalkeeper made two saves in the second half. "
    "Fans in the stadium sang as the league leaders moved three points clear this season; the "
    "semifinal of the tournament is next week."
)
RECIPE = (
    "Preheat the oven. Whisk the flour, sugar and butter, then stir in the garlic and onion. "
    "Bake for twenty minutes and serve the dish with the sauce. This recipe needs two "
    "tablespoons of oil; the ingredients are in any shop."
)
POLITICAL_MATCH = (
    "Police detained 40 fans after the match in the capital, the interior ministry said. The "
    "government condemned the violence at the stadium and the prime minister called for calm; "
    "opposition lawmakers demanded an inquiry into the police response."
)


@pytest.mark.parametrize(("text", "topic"), [(MATCH_REPORT, "sport"), (RECIPE, "food")])
def test_the_gate_finds_stories_of_other_topics(text, topic):
    found = story_topic(text)
    assert found.off_topic and found.other[0] == topic
    assert topic in found.note()


def test_a_political_story_about_sport_passes_the_gate():
    found = story_topic(POLITICAL_MATCH)
    assert found.other[0] == "sport" and found.political > found.other[1]
    assert not found.off_topic


def test_a_state_a_political_body_or_people_of_a_country_make_an_event_political():
    state = Actor(text="Japan", name="Japan", country="JPN")
    police = Actor(text="police", sector="COP")
    person = Actor(text="Anna Kovar", name="Anna Kovar", country="JPN")  # no office known
    fans = Actor(text="fans")
    workers = Actor(text="workers", sector="LAB")
    assert political_event("ACCUSE", [state], [], False)
    assert political_event("COERCE", [police], [fans], False)
    assert political_event("PROTEST", [workers], [], False)  # a protest is a political act
    assert not political_event("ACCUSE", [workers], [fans], False)
    assert not political_event("ASSAULT", [person], [fans], False)
    assert political_event("ASSAULT", [], [fans], True)  # unattributed violence


def test_two_firms_dealing_with_each_other_is_commerce_whatever_their_countries():
    """political.tsv kind commercial: a Norwegian firm's supply deal with a Finnish one is no
    political event; the same firm with a government, or firms' workers protesting, are."""
    from communique.coding import code_article
    from communique.model import Article
    from communique.nlp import get_nlp

    firm = Actor(text="firm", sector="BUS", country="NOR")
    other = Actor(text="firm", sector="BUS", country="FIN")
    state = Actor(text="Finland", name="Finland", country="FIN")
    assert not political_event("SUPPORT", [firm], [other], False)
    assert political_event("SUPPORT", [firm], [state], False)
    startup = Actor(text="Zelto")  # no country, no sector
    assert not political_event("REQUEST", [startup], [firm], False)
    place = Actor(text="Tampere", name="Tampere", country="FIN")  # a firm cutting supplies there
    assert political_event("SANCTION", [firm], [place], False)
    assert political_event("ASSAULT", [], [firm], True)
    nlp = get_nlp()
    text = (
        "The Norwegian company said on Monday it had signed a supply agreement with a Finnish "
        "firm. The Norwegian company also signed a contract with Finland's government."
    )
    ms = code_article(Article(text=text, id="c1", published="2024-03-05"), nlp(text))
    assert [m.sentence for m in ms if m.event_type == "SUPPORT"] == [1], [m.explanation for m in ms]


def test_an_event_with_no_political_side_is_dropped_and_said_why():
    from communique.coding import code_article
    from communique.model import Article
    from communique.nlp import get_nlp

    nlp = get_nlp()
    text = "Tom Berrow attacked Jack Linden in the second half. Police arrested 30 fans."
    doc = nlp(text)
    mentions = code_article(Article(text=text, id="r1", published="2023-05-12"), doc)
    assert [m.event_type for m in mentions] == ["COERCE"]
    dropped = {d.trigger: d for d in doc._.communique_dropped}
    assert dropped["attacked"].rule == "filter.not_political"
    assert dropped["attacked"].why.endswith("[filter.not_political]")
    assert dropped["attacked"].sentence == 0


def test_code_shows_dropped_triggers_and_off_topic_stories(tmp_path):
    lines = [
        {"id": "pol", "published": "2023-05-12", "text": POLITICAL_MATCH},
        {"id": "rec", "text": RECIPE},
        {"id": "spo", "text": MATCH_REPORT},
    ]
    dropped = tmp_path / "dropped.jsonl"
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    res = run_cli("code", "--dropped", str(dropped), stdin=stdin)
    assert res.returncode == 0, res.stderr
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert events and {e["article_id"] for e in events} == {"pol"}
    assert "rec: not coded: off-topic: food" in res.stderr
    assert "spo: not coded: off-topic: sport" in res.stderr
    rows = [json.loads(x) for x in dropped.read_text().splitlines()]
    assert rows and all(r["dropped"] and r["rule"].startswith("filter.") for r in rows)
    # --all-topics codes every story
    res = run_cli("code", "--all-topics", stdin=stdin)
    assert "off-topic" not in res.stderr


def test_ingest_stores_an_off_topic_story_with_a_note_and_counts_it(tmp_path):
    for name, text in (("recipe.txt", RECIPE), ("politics.txt", POLITICAL_MATCH)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "r.duckdb"
    res = run_cli("ingest", str(tmp_path / "recipe.txt"), str(tmp_path / "politics.txt"),
                  "--db", str(db), "-q")  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "2 new articles stored" in res.stderr
    assert "1 stored uncoded as off-topic" in res.stderr
    arts = run_cli("articles", "--db", str(db), "--format", "jsonl")
    notes = {json.loads(x)["origin"].rsplit("/", 1)[-1]: json.loads(x)["notes"]
             for x in arts.stdout.splitlines()}  # fmt: skip
    assert any("off-topic: food" in n for n in notes["recipe.txt"])
    assert not any("off-topic" in n for n in notes["politics.txt"])


# Pages of kinds the first gate let through (bench/stories/offtopic): a forecast, a property
# report, a fashion show, a game review and a city fun run, each written for this test.
FORECAST = (
    "Forecasters expect the cyclone to make landfall on the coast of Mozambique early on "
    "Friday, with winds gusting to 160 km an hour. A meteorologist at a private weather service "
    "said rainfall of 300 mm could fall in a day, and a storm surge of two metres is possible. "
    "Thunderstorms will follow on Saturday before temperatures drop. The next forecast is due "
    "at noon."
)
PROPERTY = (
    "House prices in Warsaw rose 9 percent in a year, and asking prices for new flats in Krakow "
    "passed 15,000 zloty per square metre, an estate agency said. Buyers from abroad took a "
    "fifth of the market, mortgages got cheaper, and rents climbed as tenants competed for fewer "
    "flats. Developers expect the property market to cool next year."
)
FASHION = (
    "The designer closed fashion week in Copenhagen with a collection of knitted dresses and a "
    "silver gown that drew gasps from the front row. Backstage, models said the catwalk, a pier "
    "over the harbour, was freezing. Buyers crowded the showroom the next morning, and two "
    "couture houses asked to meet the young designer."
)
GAME_REVIEW = (
    "The new battle royale drops 60 gamers onto a desert map. Matchmaking is quick on PlayStation "
    "and Xbox, and the multiplayer servers held up at launch. The studio has banned 5,000 "
    "cheaters, a patch fixes the sniper rifle, and the battle pass sells skins for ten dollars. "
    "Esports teams in Brazil are already training on it."
)
CITY_RUN = (
    "More than 5,000 runners took part in the city's fun run on Sunday. The deputy mayor fired "
    "the starting gun at nine, and wheelchair racers set off first. A student won the 5 km race, "
    "and the marathon club handed out medals at the finish line, where a brass band played."
)
STORM_AID = (
    "Japan sent a relief team and 2 million dollars in emergency aid to the Philippines after a "
    "typhoon killed 40 people, the foreign ministry said. The storm's winds destroyed thousands "
    "of homes. The Philippine president thanked the Japanese government, and the interior "
    "minister said the army would deliver food to the worst-hit provinces; the opposition "
    "urged parliament to release more money."
)
HOUSING_POLICY = (
    "The Spanish government approved a cap on rents in big cities on Tuesday, the housing "
    "minister said, after home prices rose for a fifth year. Opposition lawmakers said the law "
    "would scare off landlords and developers, and the ruling party's parliamentary leader "
    "called for a vote in parliament next week; tenants' groups welcomed the cap."
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (FORECAST, "weather"),
        (PROPERTY, "property"),
        (FASHION, "fashion"),
        (GAME_REVIEW, "product"),
        (CITY_RUN, "sport"),
    ],
)
def test_the_gate_finds_forecasts_property_fashion_games_and_races(text, topic):
    found = story_topic(text)
    assert found.off_topic and found.other[0] == topic, found.scores


@pytest.mark.parametrize("text", [STORM_AID, HOUSING_POLICY])
def test_aid_after_a_storm_and_a_housing_law_pass_the_gate(text):
    assert not story_topic(text).off_topic


# Pages of kinds the gate let through before branch noise2 (bench/stories/offtopic2): a climb,
# a wildlife report, a garden guide, a pet show, a crypto market report and reviews of a TV
# documentary and of an exhibition, each written for this test, with two political stories of
# the same subjects as guards.
CLIMB = (
    "Two climbers from Peru reached the summit of Annapurna on Tuesday without bottled oxygen, "
    "their team said. They left base camp at midnight and climbed for 19 hours; one has "
    "frostbite on three fingers. It was the pair's sixth 8,000-metre peak, a rare feat in "
    "Himalayan mountaineering, and other climbers at base camp cheered their return."
)
WILDLIFE = (
    "Rangers in the national park counted 14 bears this spring, including three cubs, and "
    "warned hikers to stay on marked trails. Biologists say the wildlife of the valley is "
    "recovering, although an invasive species of mussel is spreading in the lake and its "
    "habitat is shrinking. One bear raided a campsite's bins, a biologist said."
)
GARDEN = (
    "Gardeners should net brassicas now: caterpillars and slugs will strip seedlings in a night. "
    "Aphids can be washed off the plants with water, and a compost heap in a corner of the "
    "garden draws beetles that eat pests. Gardening is easier when hedges give birds a home, "
    "and a garden pond brings frogs."
)
PET_SHOW = (
    "A spaniel puppy from Ohio won her breed class at the kennel club's show, and her owner "
    "said the pet had been a rescue. Dogs and cats of every breed filled the hall; a vet "
    "checked each dog before judging, and puppies and kittens from a local rescue found new "
    "homes. Pet food makers handed out samples."
)
CRYPTO = (
    "Bitcoin fell 8 percent on Thursday and ethereum lost 11 percent as traders rushed to sell, "
    "and liquidations of leveraged bets passed one billion dollars. Meme coins fared worse. "
    "Crypto investors have pulled money from bitcoin funds for a week, and trading desks in "
    "Singapore expect more volatile trading."
)
DOCUMENTARY = (
    "The documentary, in four episodes, tells the siege of Leningrad through the diaries of "
    "children. Actors read the diaries over archive footage, and the music is spare. Troops "
    "appear only at the edges. It is the best television of the year, and viewers should watch "
    "the first episode tonight; the series is streaming from Friday."
)
EXHIBITION = (
    "The exhibition of Inca gold opens at a Madrid gallery on Friday. Its curator has borrowed "
    "sculptures and paintings from galleries in Lima and Cusco, and archaeologists explain how "
    "the artworks were made. The exhibition also shows a treaty of 1533. Tickets cost 15 euros; "
    "the curator said the exhibition would travel to Lisbon."
)
CRYPTO_SANCTIONS = (
    "The United States imposed sanctions on a crypto exchange that it said laundered money for "
    "North Korean hackers, the Treasury said on Monday. Officials said the government would "
    "freeze the exchange's assets; bitcoin fell 2 percent and traders said investors feared "
    "more sanctions. South Korea's foreign ministry welcomed the sanctions."
)
BEAR_CULL = (
    "Romania's parliament voted on Tuesday to allow the culling of 500 bears after a bear "
    "killed a hiker, and the environment minister said the government would pay rangers to "
    "carry it out. Opposition lawmakers and wildlife activists called the law cruel and "
    "protesters gathered outside parliament."
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (CLIMB, "sport"),
        (WILDLIFE, "nature"),
        (GARDEN, "nature"),
        (PET_SHOW, "nature"),
        (CRYPTO, "markets"),
        (DOCUMENTARY, "entertainment"),
        (EXHIBITION, "entertainment"),
    ],
)
def test_the_gate_finds_climbs_nature_pets_markets_documentaries_and_exhibitions(text, topic):
    found = story_topic(text)
    assert found.off_topic and found.other[0] == topic, found.scores


@pytest.mark.parametrize("text", [CRYPTO_SANCTIONS, BEAR_CULL])
def test_sanctions_on_a_crypto_exchange_and_a_bear_cull_law_pass_the_gate(text):
    assert not story_topic(text).off_topic, story_topic(text).scores
