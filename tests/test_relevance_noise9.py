"""The story gate's political-subject test on words with a common non-political sense (branch
noise9, ``data/relevance/political.tsv`` kind ``not_cue``): a head teacher, a tennis court, a
league leader, a show's judges, school governors, the Premier League or a charity name no
political subject, and a cue inside a longer one ("armed forces") counts once. A political
story keeps its cues, including the longer phrases that hold such words ("head of state")."""

from __future__ import annotations

from communique.relevance import story_topic

# an invented club newsletter: one political word (army) among many with another sense
TENNIS_CLUB = (
    "The Elmfield lawn tennis club held its summer open day on Saturday, and more than two "
    "hundred visitors tried a racket on the new clay court. The club chair, a retired head "
    "teacher, opened the day with a short speech and thanked the school governors for lending "
    "the car park. Our ladies' team is now league leader after beating Oakridge on the grass "
    "court last weekend, and the judges of the county flower show praised the club's hanging "
    "baskets for the third year running. The junior coach, who spent six years in the army "
    "before turning to tennis, ran drills for children all afternoon, and the guest speaker, "
    "a former Premier League physio, gave a talk on warming up. A raffle raised four hundred "
    "pounds for a local charity that buys wheelchairs for young players. The chief steward "
    "reminds members that the courts are closed on Mondays for repairs, that the head "
    "groundsman has banned bicycles from the paths, and that the director of coaching will "
    "hold trials for the under-twelves in September. Tea and scones were served in the "
    "pavilion until six, and the evening ended with a mixed doubles match under the lights."
)
# an invented political story whose cues include the longer phrases
STATE_VISIT = (
    "The head of state arrived in the capital on Wednesday for talks with the prime minister "
    "on border security and trade. Officials said the two leaders would sign an agreement on "
    "policing the frontier, and the supreme court is due to rule next month on the treaty's "
    "legality. Opposition deputies in parliament criticised the visit."
)


def test_words_with_a_common_non_political_sense_name_no_political_subject():
    topic = story_topic(TENNIS_CLUB)
    assert topic.cues == ("army",)
    assert topic.no_political_subject


def test_a_cue_inside_a_longer_cue_counts_once():
    topic = story_topic("Members of the armed forces band played at the fair on Sunday.")
    assert "armed forces" in topic.cues
    assert "forces" not in topic.cues


def test_longer_phrases_holding_such_words_stay_cues():
    topic = story_topic(STATE_VISIT)
    assert "head of state" in topic.cues
    assert "supreme court" in topic.cues
    assert not topic.off_topic
