"""The story gate's political-subject test on compounds whose sense is not political though one
of their words is a cue (branch noise10, ``data/relevance/political.tsv`` kind ``not_cue`` with
two words or more): artificial intelligence, a birthday party, a privacy policy,
state-of-the-art, a border collie, king prawns, fish tanks, estate agents, match officials.
Where such a compound stands none of its words is a cue, with or without an ending; the same
word elsewhere (a political party, member states, a border crossing) still is."""

from __future__ import annotations

from communique.relevance import story_topic

# an invented lifestyle blog post: every political-looking word sits in an everyday compound
BLOG = (
    "Our border collie, Mabel, turned nine last Sunday, so of course we threw her a birthday "
    "party in the back garden. My sister brought king prawns for the grown-ups and a cake "
    "shaped like a bone for the dogs, and the neighbours' border terrier gatecrashed within "
    "ten minutes. A few people have asked about the new feeder I mentioned last month. It "
    "uses artificial intelligence to recognise each pet's face and is, the box stated, "
    "state-of-the-art, though honestly it mostly works like the old one with a camera "
    "attached. The firm's privacy policy runs to eleven pages, which I did not read, and its "
    "returns policy gives you thirty days. We also moved the fish tank to the hallway after "
    "the cat spent a whole afternoon staring at it, and a friend who works with estate agents "
    "says half the houses she shows now have one in the kitchen. Next week I will write "
    "about the dog-friendly cafes we found on holiday, and after that, the long-promised "
    "post about teaching an old dog to stop chasing the postman's van up the lane."
)
# an invented political story with the same words in their political sense
PARTY_CONGRESS = (
    "The ruling party opened its congress on Monday as member states of the regional bloc "
    "met to discuss the border crossing dispute. The foreign policy committee of parliament "
    "said the state would not change course."
)


def test_everyday_compounds_name_no_political_subject():
    topic = story_topic(BLOG)
    assert topic.cues == ()
    assert topic.off_topic
    assert "no political subject" in topic.note()


def test_the_same_words_in_their_political_sense_stay_cues():
    cues = story_topic(PARTY_CONGRESS).cues
    for word in ("party", "states", "border", "policy", "state"):
        assert any(word in cue.split() for cue in cues), word
    assert not story_topic(PARTY_CONGRESS).off_topic


def test_a_compound_blocks_its_cue_only_where_it_stands():
    cues = story_topic("At the garden party the talk was of the party that lost the vote.").cues
    assert "party" in cues
    assert story_topic("We went to a garden party and then a dinner party.").cues == ()


# an invented advice column that names a minister, the government, a ban and officials in
# passing: few political words, many of personal health advice
ADVICE = (
    "Struggling with insomnia? You are not alone: the health minister said last year that one "
    "adult in three sleeps badly, and the government has since asked officials to look at a "
    "ban on energy drinks for children. Start with caffeine: switch to decaf after lunch, "
    "because caffeine lingers for hours. Keep your body clock steady by waking at the same time "
    "daily. Cut back on screens, skip the nightcap and do not rely on sleeping pills, which lose "
    "their effect within weeks. If snoring wakes your partner, or if migraines, eczema or the "
    "menopause keep you awake, ask a nutritionist or your doctor about vitamins, supplements "
    "and the symptoms to watch for. Good sleep is the cheapest wellbeing tip there is."
)
# an invented city-break guide that names a parliament, a border and soldiers in passing
GUIDE = (
    "A city break here is easy on the wallet. Base yourself in a guesthouse or a hostel in the "
    "old town, where doubles cost about sixty euros per night. Day one: walk past the "
    "parliament to the castle viewpoint for sunset; the changing of the soldiers at the gate "
    "is a favourite with holidaymakers. Day two: take one of the day trips to the wine country "
    "near the border, where a wine tasting costs ten euros. Travellers should carry cash; "
    "sightseers will find most museums free on Sundays. It is one of Europe's best city breaks."
)


def test_health_advice_with_passing_political_words_is_off_topic_by_its_topic():
    topic = story_topic(ADVICE)
    assert topic.other[0] == "lifestyle"
    assert topic.other_topic


def test_a_city_break_guide_is_off_topic_by_its_topic():
    topic = story_topic(GUIDE)
    assert topic.other[0] == "travel"
    assert topic.other_topic
