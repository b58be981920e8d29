"""The story gate on company results, suits between firms, school boards, chess and musicians'
lives (topics ``business`` and ``education``, chess words in ``sport``, music words in
``entertainment``: ``data/relevance/topics.tsv``), and the political stories that share their
words and must still pass."""

from __future__ import annotations

import pytest

from communique.relevance import story_topic

RESULTS_CALL = (
    "Brightmoor Foods lowered its profit forecast on Tuesday after second quarter sales of frozen "
    "meals fell 5 per cent. On the earnings call, the chief executive said the company would cut "
    "prices to win back market share from supermarket own brands. Operating profit fell to 88 "
    "million pounds. The finance chief said the dividend would be held at 12 pence per share and "
    "the buyback paused. Two analysts cut their target price, and the share price fell 8 per cent."
)
PATENT_SUIT = (
    "Kestrel Audio sued its rival Ombra Sound in a district court in Delaware, claiming that "
    "Ombra's noise-cancelling headphones infringe three patents on a microphone design. Kestrel's "
    "general counsel said Ombra had hired its engineers to obtain trade secrets. Ombra called the "
    "patent claims baseless and filed a countersuit asking the court to rule the patents invalid. "
    "Ombra is privately owned; its headphones are sold by retailers in 30 countries."
)
SCHOOL_BOARD = (
    "The Cedar Falls school board voted on Monday to close two elementary schools next year as "
    "enrollment keeps falling. The superintendent said the school district would move 400 "
    "children to the high school campus and a middle school across town. Board members also "
    "approved a new reading curriculum and moved the graduation ceremony to the football field."
)
CHESS = (
    "The grandmaster won with the black pieces after a long endgame in which her two rooks "
    "outplayed a rook and a knight. Her opponent, short of time, let a passed pawn run to the "
    "eighth rank and resigned before checkmate. The chess open carries a prize fund of 90,000 "
    "euros; the arbiter confirmed the pairings for the final round."
)
MUSICIAN = (
    "The guitarist, who has died aged 77, recorded eleven albums with his band and played more "
    "than 2,000 concerts. A fight with his record label over royalties kept his early ballads "
    "off streaming services for a decade, and the drummer and bassist of his first band sued "
    "him for a share of the songs."
)

SANCTIONED_FIRM = (
    "The government imposed sanctions on the shipping company Gallant Lines on Friday, accusing "
    "it of carrying oil for a state under an embargo. The foreign ministry said the company's "
    "chief executive and finance chief were barred from entering the country. Shares fell 20 per "
    "cent and analysts said the dividend was at risk; lawmakers demanded tougher sanctions."
)
TEACHERS_STRIKE = (
    "Teachers across the country walked out on Monday after talks with the education ministry "
    "collapsed. The government says it cannot afford the union's pay demand; the opposition "
    "accused the prime minister of abandoning schools. The school board in the capital said "
    "high school exams would go ahead, and the parliament will debate the pay bill on Thursday."
)
STATE_SUES_FIRM = (
    "The justice ministry sued the telecoms firm Corvex, accusing it of using patents to block "
    "rivals, and the minister said the government would ask parliament for new powers. The "
    "president of the competition authority told lawmakers the case would take two years."
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (RESULTS_CALL, "business"),
        (PATENT_SUIT, "business"),
        (SCHOOL_BOARD, "education"),
        (CHESS, "sport"),
        (MUSICIAN, "entertainment"),
    ],
)
def test_the_gate_finds_results_suits_between_firms_schools_chess_and_musicians(text, topic):
    found = story_topic(text)
    assert found.off_topic and found.other[0] == topic


@pytest.mark.parametrize("text", [SANCTIONED_FIRM, TEACHERS_STRIKE, STATE_SUES_FIRM])
def test_sanctions_on_a_firm_a_teachers_strike_and_a_state_suing_a_firm_pass_the_gate(text):
    assert not story_topic(text).off_topic
