"""Page frames decided before the parse (branch cost32, issue #12: an off-topic story costs
little): a role play, a game or contest page and a review telling a plot, where no sentence
could hold news about a work with a political party, are stored uncoded as off-topic before the
parse (``coding.frame_gate``), with a note naming the coder's rule; a review with news about its
work is parsed and coded as before. And the story gate's short-story test: a story of 100 to
149 words naming at most one political cue is off-topic (``filter.few_political_cues``).
All pages are invented for these tests."""

from __future__ import annotations

import pytest

from communique.coding.frame_gate import frame_before_parse
from communique.model import Article
from communique.pipeline import code_articles
from communique.relevance import story_topic

REVIEW = (
    "Book review: The Salt Ledger. "
    "Marta Ilves's second novel opens with a customs clerk who finds a forged manifest in a "
    "drawer of the harbour office. The protagonist, a quiet widower called Anton, follows "
    "the paper trail through three chapters of rain and bad coffee. Soon a minister's aide "
    "arrives from the capital, the police seal the warehouse and a senator accuses the "
    "clerk of spying. The narrator keeps the reader close to Anton's fears, and the genre's "
    "usual chase is replaced by long, tense interviews. Troops are sent to guard the docks "
    "in the final chapters, and a parliamentary committee demands answers. The prose is "
    "plain, the dialogue sharp, and the middle section drags only a little. Readers who "
    "liked her debut will find the same patience here, and the same dry humour about "
    "paperwork. The book runs to 412 pages and ends with a twist that few will guess, "
    "though the epilogue feels rushed. Verdict: four stars out of five."
)
CONTEST = (
    "The university debating society crowned its champions on a crowded evening in the "
    "main hall. In the grand final the proposition argued that the government should ban "
    "private cars from city centres, while the opposition warned that such a law would "
    "punish commuters and shopkeepers. The adjudicators praised both sides for their "
    "rebuttals. The first speaker for the government bench accused the opposition of "
    "ignoring the evidence, and the opposition leader replied with a sharp point of "
    "information that drew loud applause. After a long deliberation, the adjudicators "
    "awarded the motion to the opposition by a split decision, and the best speaker "
    "prize went to a second-year law student. The society's president thanked the "
    "volunteers, the timekeepers and the caterers, and said the next tournament would "
    "take place in the spring, with teams expected from eleven campuses and a record "
    "number of first-time speakers. Speaker points for every round are posted on the "
    "notice board outside the library."
)
MOCK = (
    "Pupils stage a mock summit on ocean plastics. "
    "Sixty pupils from four schools gathered in the town hall on Thursday for a mock "
    "summit, each delegation representing a coastal state. The delegate of Norway proposed "
    "a ban on single-use bottles, and the delegates playing Japan and Chile rejected the "
    "draft as too costly. After two hours of lobbying in the corridors, the committee chair "
    "banged her gavel and the students voted for a softer resolution. A teacher who "
    "organised the day said the pupils had written position papers for weeks and had "
    "learned how hard it is to agree. Awards went to the best delegate and the best "
    "position paper, and the schools plan a second summit next year on food waste. "
    "Parents filled the gallery, and the mayor handed out the certificates at the end."
)
NEWS_REVIEW = (
    "Film review: The Long Winter. "
    "The film opens with a convoy stuck in snow, and its protagonist, a young driver, "
    "spends two hours trying to reach a village cut off by the storm. The director keeps "
    "the camera close and the dialogue sparse, and the genre's usual heroics are missing. "
    "Viewers who want action will be bored; those who like slow cinema will not. The "
    "plot drifts in the second hour, when a subplot about a stolen radio goes nowhere. "
    "On Monday the culture ministry of Turkey banned the film from cinemas, saying it "
    "insulted the armed forces, and the distributor said it would appeal to the courts. "
    "The ban drew protests from critics and the opposition in parliament. Verdict: three "
    "stars, and the soundtrack deserves a fourth."
)
SHORT_NOTICE = (
    "The village allotment society will hold its autumn show in the church hall on the "
    "last Saturday of the month. Entries close on Wednesday evening, and every class is "
    "open to members and to children under twelve. This year the judges will award a new "
    "cup for the heaviest marrow, given by a family who have grown vegetables on the same "
    "plot for four generations. Tea, cakes and a raffle will raise money for new water "
    "butts, and a local nursery will sell bulbs at half price. Anyone who can lend trestle "
    "tables or help set up on the Friday should call the secretary."
)
SHORT_BRIEF = (
    "Police in the capital arrested eleven people on Tuesday after a march against fuel "
    "prices turned violent near the parliament building, officials said. Protesters threw "
    "stones at riot police, who fired tear gas to clear the square, and several shops were "
    "looted. The interior minister said the organisers had ignored a ban on gatherings and "
    "would face charges. Opposition parties called the arrests an attack on the right to "
    "protest and demanded that those held be freed. The unions have called a general "
    "strike for Friday, and taxi drivers said they would block the ring road at dawn. "
    "Hospitals reported nine people hurt, two of them seriously."
)

# a political brief of 100-149 words that names few political words (two) still passes
PLAIN_BRIEF = (
    "Chile and Peru agreed on Tuesday to reopen the road across their shared desert "
    "crossing, closed since a landslide in March, after two days of talks in Lima. "
    "Lorries carrying copper and fruit will be allowed through from next week, and a "
    "joint team will repair the damaged section before the winter rains. Peru said it "
    "would pay for the new culverts, and Chile promised engineers and two bulldozers. "
    "Traders in the border towns said they had lost most of the summer season. The "
    "two countries also agreed to meet again in June to discuss a second crossing "
    "further south, which local mayors have sought for a decade."
)


def _coded(text: str, gate: bool = True):
    (coded,) = code_articles([Article(text=text, id="t", published="2024-03-14")], topic_gate=gate)
    return coded


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (MOCK, "filter.role_play"),
        (CONTEST, "filter.game_or_contest"),
        (REVIEW, "filter.plot"),
    ],
)
def test_a_page_whose_frame_drops_everything_is_not_parsed(nlp, text, rule):
    assert not story_topic(text).off_topic  # the topic gate alone lets it through
    coded = _coded(text)
    assert coded.off_topic and not coded.mentions and not coded.sentences
    note = coded.article.notes[-1]
    assert rule in note and "decided before the parse" in note, note
    assert frame_before_parse(text)[0] == rule


@pytest.mark.parametrize("text", [MOCK, CONTEST, REVIEW])
def test_all_topics_parses_it_and_the_coder_drops_by_the_same_rule(nlp, text):
    rule = frame_before_parse(text)[0]
    coded = _coded(text, gate=False)
    assert not coded.off_topic and coded.sentences
    assert not coded.mentions
    assert rule in {d.rule for d in coded.dropped}


def test_a_review_with_news_about_its_work_is_parsed_and_coded(nlp):
    assert frame_before_parse(NEWS_REVIEW) is None
    coded = _coded(NEWS_REVIEW)
    assert not coded.off_topic and coded.sentences
    # the ban on a news day is kept by the coder's exception, as before
    assert any(m.evidence.trigger.lower().startswith("ban") for m in coded.mentions), [
        (m.event_type, m.evidence.trigger) for m in coded.mentions
    ]


def test_a_short_page_with_at_most_one_political_word_has_no_political_subject():
    found = story_topic(SHORT_NOTICE)
    assert 100 <= found.words < 150 and len(found.cues) <= 1
    assert found.off_topic
    assert "filter.few_political_cues" in found.note()


@pytest.mark.parametrize("text", [SHORT_BRIEF, PLAIN_BRIEF])
def test_short_political_briefs_still_pass(text):
    assert not story_topic(text).off_topic
    assert frame_before_parse(text) is None
