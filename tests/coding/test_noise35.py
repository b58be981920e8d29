"""Branch noise35 (issue #12): pages whose sentences are examples, not reports. A language
lesson's example sentences, a quiz's questions and a crossword's clues name states, armies and
treaties without reporting anything (rule filter.lesson, data/relevance/lessons.tsv), decided
before the parse. News about lessons, exams and education reforms, and news that lists the
points of a deal, stay coded. Every text is written for these tests."""

from __future__ import annotations

from support import dropped_rules, mention_rows


def lesson_page(text: str):
    from communique.coding.lesson_page import lesson_page as judged  # noise35's module

    return judged(text)


def gate_rule(text: str) -> str | None:
    """The rule of the page frame decided before the parse, if any."""
    from communique.coding.frame_gate import frame_before_parse

    found = frame_before_parse(text)
    return found[0] if found is not None else None


ITALIAN_LESSON = (
    "Lesson 9 (B1): the passato prossimo\n\n"
    "In this lesson you will practise the past tense of regular verbs with avere and essere. "
    "Study the examples, then do the exercise with a partner.\n\n"
    "Exercise B. Translate into Italian:\n"
    "1. The navy blockaded the port.\n"
    "2. The senator resigned on Monday.\n"
    "3. Ghana and Togo signed a fishing treaty.\n"
    "4. Police arrested the smugglers at the border.\n"
    "5. Hungary recalled its ambassador.\n\n"
    "Answers: 1. La marina ha bloccato il porto. 2. Il senatore si e dimesso lunedi. "
    "3. Il Ghana e il Togo hanno firmato un trattato sulla pesca. 4. La polizia ha arrestato i "
    "contrabbandieri al confine. 5. L'Ungheria ha richiamato il suo ambasciatore.\n\n"
    "Vocabulary: la marina (navy), il porto (harbour), l'accordo (agreement)."
)

HISTORY_QUIZ = (
    "Test yourself: ten questions on the twentieth century\n\n"
    "Choose the correct answer, then check your answers at the bottom of the page.\n\n"
    "Question 1: Which country did Italy invade in 1935? a) Ethiopia b) Libya c) Greece\n"
    "Question 2: Who blockaded Berlin in 1948? a) the Soviet Union b) France c) Poland\n"
    "Question 3: Which two states signed a peace treaty at Camp David? a) Egypt and Israel "
    "b) Iran and Iraq c) Chile and Peru\n"
    "Question 4: Which army withdrew from Afghanistan in 1989? a) the Soviet army b) the "
    "British army c) the Indian army\n\n"
    "The answers: 1a, 2a, 3a, 4a. How did you do? Four out of four: well done!"
)

CROSSWORD = (
    "Quick cryptic no. 1,207\n\n"
    "Across\n"
    "1. General surrenders to rebels in Lima, oddly (6)\n"
    "4. Senator attacks Irish spy at last (5)\n"
    "8. Navy blockades Greek port, first to last (7)\n"
    "Down\n"
    "2. Minister resigns: time to go abroad (4)\n"
    "3. Police arrest Danish king in disguise (5)\n\n"
    "Yesterday's solution is on page 41. Send your completed grid to the puzzles desk."
)


def test_a_language_lessons_example_sentences_code_nothing(code, nlp):
    found = code(ITALIAN_LESSON, "2026-02-11")
    assert found == [], mention_rows(found)
    assert lesson_page(ITALIAN_LESSON) is not None
    assert gate_rule(ITALIAN_LESSON) == "filter.lesson"
    assert "filter.lesson" in dropped_rules(nlp, ITALIAN_LESSON, "2026-02-11")


def test_a_quizs_questions_code_nothing(code):
    found = code(HISTORY_QUIZ, "2026-02-11")
    assert found == [], mention_rows(found)
    assert gate_rule(HISTORY_QUIZ) == "filter.lesson"


def test_crossword_clues_code_nothing(code):
    found = code(CROSSWORD, "2026-02-11")
    assert found == [], mention_rows(found)
    assert gate_rule(CROSSWORD) == "filter.lesson"


def test_news_of_a_ministrys_grammar_reform_stays_coded(code):
    # guard: a story about lessons and grammar that reports a ministry's act and a protest
    text = (
        "Warsaw, March 3 - Poland's education ministry said on Tuesday that grammar lessons in "
        "primary schools would be cut by an hour a week from September, and that the new "
        "vocabulary lists for pupils would be published next month. Teachers' unions protested "
        "outside the ministry on Wednesday, saying the reform had been drawn up without them. "
        "The education minister told reporters the plan would not be withdrawn, according to "
        "the PAP news agency. Opposition deputies said they would ask parliament to block it."
    )
    assert lesson_page(text) is None
    assert gate_rule(text) is None
    found = code(text, "2026-03-04")
    assert found, "the unions' protest and the ministry's plan are political events"


def test_a_deals_numbered_points_stay_coded(code):
    # guard: a report that lists the points of an agreement in numbered items
    text = (
        "Armenia and Azerbaijan signed a ceasefire agreement in Geneva on Friday, the mediators "
        "said. The text has four points, a Swiss foreign ministry spokesman told reporters:\n"
        "1. Both sides withdraw heavy weapons from the line of contact.\n"
        "2. Prisoners are exchanged within two weeks.\n"
        "3. Observers from the OSCE monitor the line.\n"
        "4. Talks on a peace treaty resume next month.\n"
        "The foreign ministers of both states said they would meet again in March."
    )
    assert lesson_page(text) is None
    assert gate_rule(text) is None
    found = code(text, "2026-01-10")
    assert any(m.event_type in ("AGREE", "SUPPORT", "COOPERATE") for m in found), mention_rows(
        found
    )


def test_an_exam_leak_story_stays_coded(code):
    # guard: news about an exam's questions, with an arrest
    text = (
        "Police in Kenya arrested three teachers on Thursday over the leak of national exam "
        "questions, the education ministry said. The answers to the chemistry paper had been "
        "shared on social media the night before the test, officials said, and the ministry "
        "ordered the paper to be sat again next week."
    )
    assert lesson_page(text) is None
    found = code(text, "2026-11-06")
    assert any(m.event_type == "COERCE" for m in found), mention_rows(found)


def test_a_losing_battle_is_no_fighting(code):
    text = (
        "The Portuguese ferry fought a losing battle with the storm all night, the harbour "
        "master said."
    )
    found = code(text, "2026-01-20")
    assert not [m for m in found if m.event_type == "ASSAULT"], mention_rows(found)


def test_forces_in_a_losing_battle_still_fight(code):
    # guards: the idiom said of troops, or of a side against armed foes, is fighting
    for text in (
        "Syrian troops fought a losing battle for the town on Tuesday.",
        "The Ethiopian government is fighting an uphill battle against the rebels in Tigray.",
    ):
        found = code(text, "2026-01-20")
        assert any(m.event_type == "ASSAULT" for m in found), (text, mention_rows(found))


def test_things_at_a_fair_or_contest_are_no_state(code):
    for text in (
        "A Slovak exhibit threatened to steal the show at the trade fair in Brno.",
        "The Estonian entry accused the jury of bias after the final vote.",
    ):
        found = code(text, "2026-03-02")
        assert found == [], (text, mention_rows(found))


BOOK_CLUB = (
    'Reading group guide: "The Salt Road"\n\n'
    "Synopsis: In 1961 a schoolteacher from Oran joins the convoy that carries her village "
    "across the desert as French troops withdraw and the new Algerian army takes the coast. "
    "When soldiers arrest her husband at a checkpoint, she bribes a colonel to free him, and "
    "the family crosses into Morocco at night.\n\n"
    "Discussion questions: Why does the author tell the story through the daughter's letters? "
    "What does the desert mean to each of the travellers?\n\n"
    "The author's first novel was shortlisted for two prizes. Paperback, 312 pages. Our book "
    "club meets on the first Thursday of the month; next time we read a memoir about bees."
)


def test_a_reading_groups_synopsis_codes_nothing(code):
    found = code(BOOK_CLUB, "2026-04-01")
    assert found == [], mention_rows(found)


def test_a_tennis_report_is_sport():
    from communique.relevance import story_topic

    text = (
        "Davis Cup: Serbia edge Argentina to reach the semi-final\n\n"
        "Serbia beat Argentina 2-1 in Belgrade on Sunday. The Serbian number one won in straight "
        "sets, saving a match point in the second-set tie break, before Argentina levelled in "
        "the doubles. The top seed then took the deciding rubber. Serbia meet Croatia in the "
        "semi-final in November; the other tie is between Italy and Chile."
    )
    topic = story_topic(text)
    assert topic.off_topic and topic.other[0] == "sport", topic


def test_a_war_games_scenario_codes_nothing(code):
    text = (
        "Scenario 3: Crossing the Dnieper, 1943 (for two players, about two hours)\n\n"
        "Background: Soviet troops captured a bridgehead near Kiev, and German tanks attacked "
        "them at dawn.\n\n"
        "Special rules: the Soviet player may cross at one ford per turn. Victory conditions: "
        "the Soviet player wins by holding two hexes on the west bank at the end of turn 8. "
        "Designer's note: playtesters asked for more bridging units, so we added one. The map "
        "and counters are in the rulebook."
    )
    found = code(text, "2026-05-05")
    assert found == [], mention_rows(found)


def test_an_exams_model_answer_codes_nothing(code):
    text = (
        "Model answer: 'How far was the Treaty of Versailles to blame for the Second World War?' "
        "(A-level, 30 marks)\n\n"
        "This essay will argue that the treaty was only one cause. Germany occupied the "
        "Rhineland in 1936 and annexed Austria in 1938, and Britain and France did little to stop "
        "it.\n\n"
        "Examiner's comment: a focused essay. To reach the top band, the candidate should weigh "
        "the Depression against the treaty. See the mark scheme for the levels."
    )
    found = code(text, "2026-05-05")
    assert found == [], mention_rows(found)


def test_wild_animals_are_no_doers(code, nlp):
    text = "A pack of wolves from Slovakia attacked sheep in two Polish villages on Sunday."
    found = code(text, "2026-02-02")
    assert found == [], mention_rows(found)
    text = "Grey wolves from Poland attacked sheep near Dresden last week."
    found = code(text, "2026-02-02")
    assert found == [], mention_rows(found)
    assert "filter.animal_doer" in dropped_rules(nlp, text, "2026-02-02")


def test_a_group_named_after_an_animal_still_acts(code):
    # guard: a capitalised name is a group, not an animal
    text = "Members of the Grey Wolves attacked Kurdish protesters in Ankara on Saturday."
    found = code(text, "2026-02-02")
    assert any(m.event_type == "ASSAULT" for m in found), mention_rows(found)
