"""The fiction frame (``coding/fiction.py``, ``data/relevance/fiction.tsv``): a page that tells
the plot of a game, film or novel codes no event from the plot (rule filter.plot), and a travel
guide's legendary wars are history (rule filter.legendary_history); real news about a work (a
ministry banning a game, a documentary prompting a protest note) and real fighting stay coded.
Every text is written for these tests."""

from __future__ import annotations

from communique.coding.fiction import legendary_doer, review_of_work
from communique.coding.page_frame import page_weights
from support import dropped_rules

GAME_REVIEW = (
    "Ashen Coast review: a war game that earns its tears\n\n"
    "Kettlebrook Games' new shooter opens with a radio broadcast. In the game's alternate "
    "history, Turkish troops invaded Cyprus in 1991, and the player is a fisherman's daughter "
    "called Mira. Within an hour, the invaders bomb the harbour of Limassol and seize the "
    "airport.\n\n"
    "The campaign mode is long and bleak. Players must smuggle refugees to a waiting ferry. "
    "The United Nations condemns the invasion in the game's radio bulletins but sends no "
    "troops, and a truce collapses after two days.\n\n"
    "Multiplayer is thinner, and the gameplay can be slow. Ashen Coast is out now for 59.99 "
    "euros. Verdict: 8/10."
)
NOVEL_REVIEW = (
    "'The Lisbon Cipher' review: a spy novel with a cold heart\n\n"
    "Marta Quell's fourth novel opens in Lisbon in 1979, where a French agent waits for a "
    "defector. It is a fine first chapter. Within forty pages a courier is stabbed, the "
    "defector's brother is arrested by Portuguese police, and the French ambassador expels "
    "three Spanish diplomats to buy time.\n\n"
    "Quell, a former diplomat who turned to fiction, knows the genre. The narrator is dry, and "
    "the protagonist is a little too clever. Readers of the first book will enjoy the sequel."
)
GAME_BAN = (
    "Vietnam's information ministry banned the video game Jade Frontier on Tuesday, saying its "
    "map shows Chinese territory in the South China Sea. The ministry ordered shops to remove "
    "the game and fined its distributor. China's foreign ministry criticised the ban."
)
DOCUMENTARY_PROTEST = (
    "Georgia's foreign ministry sent a protest note to Russia on Monday over a documentary aired "
    "by Russian state television. The film says Georgian troops started the 2008 war. Tbilisi "
    "summoned the Russian envoy and demanded an apology; Moscow rejected the protest."
)
TRAVEL_GUIDE = (
    "Three days in Georgia's wine country\n\n"
    "Georgia rewards slow travel. Start at Alaverdi, a Georgian monastery above the Alazani "
    "valley, where feuding princes waged war over the vineyards and the sultans' armies "
    "later burned them. Georgian guesthouses serve "
    "bread and wine, and Georgia's buses leave Tbilisi every morning; the trip takes two hours."
)


def test_a_game_review_codes_nothing_from_its_plot(code, nlp):
    assert review_of_work(GAME_REVIEW) is not None
    assert code(GAME_REVIEW, "2025-03-04") == []
    assert "filter.plot" in dropped_rules(nlp, GAME_REVIEW, "2025-03-04")


def test_a_novel_review_codes_no_arrest_or_expulsion_of_its_plot(code):
    assert review_of_work(NOVEL_REVIEW) is not None
    assert code(NOVEL_REVIEW, "2025-03-04") == []


def test_a_ministry_banning_a_game_is_news(code):
    assert review_of_work(GAME_BAN) is None
    types = {m.event_type for m in code(GAME_BAN, "2025-03-04")}
    assert types & {"COERCE", "SANCTION", "ACCUSE"}


def test_a_protest_note_over_a_documentary_is_news(code):
    assert review_of_work(DOCUMENTARY_PROTEST) is None
    types = {m.event_type for m in code(DOCUMENTARY_PROTEST, "2025-03-04")}
    assert "ACCUSE" in types or "REQUEST" in types


def test_a_review_names_a_work_when_an_event_is_about_it(nlp):
    """Inside a review, a ban of the work itself is news about it (filter.plot keeps it)."""
    from communique.coding.fiction import about_work

    doc = nlp("The interior ministry banned the game in March.")
    ban = next(t for t in doc if t.lemma_ == "ban")
    assert about_work(ban, next(iter(doc.sents)))
    doc = nlp("In the story the invaders bomb the harbour.")
    bomb = next(t for t in doc if t.lemma_ == "bomb")
    assert not about_work(bomb, next(iter(doc.sents)))


def test_political_news_is_no_review():
    assert page_weights(GAME_BAN).plot < page_weights(GAME_REVIEW).plot
    news = (
        "Armenian and Azerbaijani troops exchanged fire on the border on Monday, the defence "
        "ministry said. The foreign minister called the attack a provocation and asked Russian "
        "peacekeepers to investigate. Parliament will debate the ceasefire on Thursday."
    )
    assert review_of_work(news) is None


def test_legendary_wars_in_a_travel_guide_are_history(code, nlp):
    assert [m for m in code(TRAVEL_GUIDE, "2025-03-04") if m.event_type == "ASSAULT"] == []
    assert "filter.legendary_history" in dropped_rules(nlp, TRAVEL_GUIDE, "2025-03-04")


def test_fighting_of_today_is_no_legend(code, nlp):
    kept = code(
        "Rebels fought government troops for control of the pass in northern Armenia on Monday.",
        "2025-03-04",
    )
    assert "ASSAULT" in {m.event_type for m in kept}
    doc = nlp("Rival princes fought for the valley.")
    assert legendary_doer([doc[1]]) == "princes"
    doc = nlp("Rival militias fought for the valley.")
    assert legendary_doer([doc[1]]) is None


FILM_BAN = (
    "Estonia's culture ministry banned a Russian war film from cinemas on Tuesday. In the film, "
    "Russian paratroopers invade Estonia and arrest its president. Russia's embassy in Tallinn "
    "criticised the ban."
)


def test_a_film_plot_told_in_a_news_story_codes_nothing(code, nlp):
    """A political story, no review: the sentence placed in the film codes no invasion, the
    ban and the embassy's criticism stay."""
    assert review_of_work(FILM_BAN) is None
    mentions = code(FILM_BAN, "2025-03-04")
    assert [m for m in mentions if m.sentence == 1] == []
    assert {m.event_type for m in mentions if m.sentence != 1}
    assert "filter.plot" in dropped_rules(nlp, FILM_BAN, "2025-03-04")


def test_a_series_of_raids_is_no_work(nlp):
    from communique.coding.fiction import scene_cue

    doc = nlp("In the series of raids, soldiers arrested forty men.")
    assert scene_cue(next(iter(doc.sents))) is None
    doc = nlp("In the series, soldiers arrest forty men.")
    assert scene_cue(next(iter(doc.sents))) == "In the series"
    doc = nlp("In the game's story, the army invades the island.")
    assert scene_cue(next(iter(doc.sents))) == "In the game's"
    doc = nlp("In the play-offs, the army side attacked well.")
    assert scene_cue(next(iter(doc.sents))) is None


def test_an_empire_of_long_ago_is_legendary(nlp):
    doc = nlp("Mongol horsemen burned the town.")
    assert legendary_doer([doc[1]]) == "Mongol"
    doc = nlp("Russian soldiers burned the town.")
    assert legendary_doer([doc[1]]) is None
