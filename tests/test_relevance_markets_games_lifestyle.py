"""The story gate on stock-market wraps, strategy-game reviews, baking and cooking shows,
fitness columns and wedding pages (``markets``, ``product``, ``food``, ``entertainment`` and the
``lifestyle`` topic in ``data/relevance/topics.tsv``; strategy-game plot words in
``data/relevance/fiction.tsv``), and the political stories that share their words and must
still pass."""

from __future__ import annotations

import pytest

from communique.coding.fiction import review_of_work
from communique.relevance import story_topic

MARKET_WRAP = (
    "Wall Street ended mixed on Thursday. The Nasdaq slipped 0.6 percent as chipmakers extended "
    "their slide, while the Dow Jones gained 0.2 percent on strength in blue chip banks. In Asia "
    "the Nikkei and the Hang Seng both closed higher, and European equities edged up, with the "
    "FTSE adding 0.3 percent. Treasury yields were little changed. 'This sell off in chipmakers "
    "has further to run,' said one market strategist in Chicago."
)
GAME_REVIEW = (
    "Banners of the North is a turn-based grand strategy game from a small studio in Krakow. "
    "You lead a medieval duchy, march armies against your rivals and forge or break treaties. "
    "The sandbox is huge and every playthrough differs, though the interface buries key numbers "
    "and early bugs still need patches. It is out now on PC; the DLC adds two more games' worth "
    "of maps. Fans of video games about empires will lose weeks to it."
)
BAKING_SHOW = (
    "Four bakers were left in the tent for the semi-final. The technical bake was a chocolate "
    "and caramel layer cake, and two contestants ran out of time. The showstopper asked for a "
    "pastry dessert, and the judges loved one contestant's marzipan flavours but found his "
    "sponge dry. A chef and a kitchen porter go through to the final of the cookery contest."
)
FITNESS_COLUMN = (
    "If your hamstrings feel tight after long days at a desk, a short workout can help. Try "
    "glute squats, planks and gentle stretching three times a week, and add twenty minutes of "
    "cardio. Good posture matters less than moving often. If back pain wakes you at night, see "
    "a doctor. A personal trainer at any gym can check your form and your muscles' balance."
)
WEDDING_PAGE = (
    "The bride wore her grandmother's veil and the groom a linen suit. Their wedding planner "
    "kept the guest list to forty and booked one of the few venues in the valley with a barn. "
    "The best man's speech was short, the bridal party danced until two, and the honeymoon "
    "will be a week of walking in the Dolomites. Weddings this small are the year's trend."
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (MARKET_WRAP, "markets"),
        (GAME_REVIEW, "product"),
        (BAKING_SHOW, "food"),
        (FITNESS_COLUMN, "lifestyle"),
        (WEDDING_PAGE, "lifestyle"),
    ],
)
def test_non_political_pages_are_off_topic(text: str, topic: str) -> None:
    found = story_topic(text)
    assert found.off_topic, found.scores
    assert found.other[0] == topic


def test_strategy_game_review_is_a_review_of_a_work() -> None:
    text = (
        "The grand strategy genre has a new star. In this turn-based strategy game you invade "
        "a neighbour, annex its provinces and sign a treaty; each playthrough ends differently."
    )
    assert review_of_work(text) is not None


SANCTIONS_MARKETS = (
    "The European Union imposed sanctions on two state banks on Monday after the government "
    "refused to release the detained opposition leader. The foreign minister called the "
    "measures an attack on sovereignty, and the president said parliament would respond. "
    "Equities in the capital fell 4 percent and Treasury yields rose on Wall Street."
)
STRIKE_ON_WEDDING = (
    "An air strike hit a wedding in the north of the province on Saturday, killing eleven "
    "guests including the groom's father, officials said. The defence ministry denied that its "
    "jets were involved, and the government ordered an inquiry. The prime minister's office "
    "said the army would cooperate with the investigators and the United Nations condemned it."
)
GAME_BANNED = (
    "The culture ministry banned a video game that shows the country's president as a villain, "
    "saying it insulted the government. Opposition lawmakers called the ban censorship and the "
    "studio said it would appeal. The parliament's culture committee will hold a vote on the "
    "law that allowed the ban next week, the minister said."
)


@pytest.mark.parametrize("text", [SANCTIONS_MARKETS, STRIKE_ON_WEDDING, GAME_BANNED])
def test_political_stories_sharing_the_words_pass(text: str) -> None:
    found = story_topic(text)
    assert not found.off_topic, found.scores
