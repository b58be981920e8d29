"""The story gate on property listings, phone-maker launches and rap feuds (``property``,
``product`` and ``entertainment`` words added on branch pages11 in
``data/relevance/topics.tsv``), and a political story sharing some of their words that must
still pass."""

from __future__ import annotations

from communique.relevance import story_topic

LISTING = (
    "Two-bedroom apartment for sale near the embassy district of Nicosia. The renovated flat "
    "has two bedrooms, two bathrooms and a south-facing balcony, and an energy rating of A. "
    "Several ambassadors and diplomats have lived in the building. A second apartment with "
    "three bedrooms and a roof terrace is for sale on the floor above; a townhouse nearby is "
    "also on offer."
)
HANDSET_LAUNCH = (
    "Kestrel Mobile launched two new handsets on Wednesday aimed at students in Kenya and "
    "Ghana. The handset maker, which is based in Taipei, said its cheapest model would cost "
    "$99 and that it hoped to double its handset sales in Africa this year."
)
RAP_FEUD = (
    "The feud between two rappers from Atlanta took a new turn on Friday when one released a "
    "diss track mocking the other's latest mixtape. The rapper's fans flooded social media, "
    "and the other rapper answered with a diss track of his own within hours."
)
SHELLED_BLOCK = (
    "Russian missiles hit an apartment block in Kharkiv overnight, killing four people, "
    "Ukraine's interior minister said. The government in Kyiv condemned the strike and asked "
    "its allies for more air defence systems; the president said Russia must be punished."
)


def test_listing_handset_and_rap_pages_are_off_topic():
    for text in (LISTING, HANDSET_LAUNCH, RAP_FEUD):
        assert story_topic(text).off_topic, text[:40]


def test_a_shelled_apartment_block_stays_political():
    assert not story_topic(SHELLED_BLOCK).off_topic


GAME_CAMPAIGN_REVIEW = (
    "I played as Portugal in my first campaign, signed a treaty with Spain and sent troops "
    "to Brazil over two in-game centuries. The developer's diplomacy system remembers every "
    "broken promise, and late-game turns are slow. Verdict: 7/10. We were given a review copy "
    "by the publisher."
)


def test_a_game_review_told_in_the_first_person_is_a_review_of_a_work():
    from communique.coding.fiction import review_of_work

    assert review_of_work(GAME_CAMPAIGN_REVIEW)
