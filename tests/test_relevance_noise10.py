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
