"""Converted PETRARCH-2 verb patterns (communique.coding.patterns, pattern_keys, triggers):
what they code, what they stop, which row wins, and triggers robust to tagger slips."""

from __future__ import annotations

import pytest

from communique.coding.patterns import TriggerRule, merge, parse_pattern, trigger_rules


def _types(mentions) -> set[str]:
    return {m.event_type for m in mentions}


def test_a_converted_preposition_pattern_codes_a_protest(code):
    mentions = code("Thousands of Ruritanian students took to the streets of Zenda on Monday.")
    protest = [m for m in mentions if m.event_type == "PROTEST"]
    assert protest, [m.explanation for m in mentions]
    assert "[trigger.petrarch]" in protest[0].explanation
    assert "CAMEO.2.0.txt:" in protest[0].explanation  # the reader can find the pattern


def test_no_event_patterns_stop_a_wrong_event(code):
    assert not code("The Freedonian foreign ministry declined to comment on the matter.")
    assert not code("Shares of Ruritanian banks declined sharply on Tuesday.")


def test_a_bare_verb_that_is_not_specific_makes_no_event():
    # CALL's patterns are mostly "call for" (REQUEST): a bare CALL is no phone call
    bare = [r for r in trigger_rules().get("gather", []) if not r.items and r.event]
    assert not bare
    assert any(r.items and r.event for r in trigger_rules().get("call", []))


def test_hand_written_rows_win_for_a_lemma_they_know():
    hand = [
        TriggerRule("seize", "verb", (frozenset({"town"}),), "190", 1),
        TriggerRule("seize", "verb", (), "171", 2),
        TriggerRule("yield", "verb", (frozenset({"in"}),), "080", 3),
    ]
    src = "CAMEO.2.0.txt:1"
    converted = [
        TriggerRule("seize", "verb", (frozenset({"weapon"}),), "1711", 1, src),
        TriggerRule("seize", "verb", (), "173", 2, src),
        TriggerRule("seize", "verb", parse_pattern("opportunity"), "---", 3, src, False),
        TriggerRule("seize", "verb", parse_pattern("town"), "---", 4, src, False),
        TriggerRule("grab", "verb", parse_pattern("in:raid"), "1711", 5, src),
        TriggerRule("grab", "verb", parse_pattern("weapon"), "1711", 6, src),
        TriggerRule("grab", "verb", (), "171", 7, src),
        TriggerRule("yield", "verb", parse_pattern("ground"), "0874", 8, src),
        TriggerRule("yield", "verb", parse_pattern("in"), "0873", 9, src),
        TriggerRule("yield", "verb", parse_pattern("to:pressure"), "080", 10, src),
        TriggerRule("yield", "verb", (), "080", 11, src),
    ]
    rules = merge(hand, converted)
    assert [(r.cameo, bool(r.source)) for r in rules["seize"]] == [
        ("190", False),  # hand-written patterns first
        ("---", True),  # a converted no-event pattern stops the bare word ...
        ("171", False),  # ... the hand-written bare word decides the rest: no converted events
    ]
    # a lemma the hand-written lexicon does not know: converted, most specific first
    assert [r.line for r in rules["grab"]] == [5, 6, 7]
    # a lemma it knows only through patterns: its patterns, then the converted ones (most
    # specific first, less the one with the same required word), and no converted bare word
    assert [(r.line, bool(r.source)) for r in rules["yield"]] == [(3, False), (10, True), (8, True)]


def test_a_hand_written_bare_word_wins_over_a_converted_one():
    hand = [TriggerRule("seize", "verb", (), "171", 1)]
    converted = [TriggerRule("seize", "verb", (), "173", 1, "CAMEO.2.0.txt:1")]
    assert [(r.cameo, r.source) for r in merge(hand, converted)["seize"]] == [("171", "")]
    # in the lexicon too: no lemma with a hand-written bare verb keeps a converted one
    for lemma, rules in trigger_rules().items():
        bare = [r for r in rules if not r.items and r.event and r.pos in ("verb", "any")]
        if any(not r.source for r in bare):
            assert all(not r.source for r in bare), lemma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "express" is known by hand only through patterns (concern, support, anger, ...)
        (
            "The Malawian trade ministry expressed frustration with Zambia over the delays.",
            "ACCUSE",
        ),
        (
            "Chad's government expressed satisfaction with the work of the Nigerian mediators.",
            "SUPPORT",
        ),
        # "give" likewise ("give in", "give aid"): "give up" is to yield (CAMEO 080)
        ("Guatemala gave up its claim to the Sapodilla cays off the coast of Belize.", "CONCEDE"),
    ],
)
def test_converted_patterns_fill_the_gaps_of_a_lemma_known_by_hand(code, text, expected):
    ms = code(text)
    assert expected in _types(ms), [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # converted patterns dropped after review (tools/convert_petrarch_verbs.py, REVIEWED)
        ("The Lithuanian speaker opened the debate shortly after noon.", "THREATEN"),
        ("The speaker of the Latvian parliament opened the debate on the budget.", "CONSULT"),
        ("Police in Tbilisi broke up the sit-in with water cannon on Sunday.", "THREATEN"),
        (
            "Two years ago the Tunisian government launched a campaign to close unlicensed cafes.",
            "REQUEST",
        ),
        # a month completes no pattern: "hold ... March" is no march held
        ("Kenya will deport 2,000 Somalis who hold work permits from next March.", "PROTEST"),
    ],
)
def test_reviewed_converted_patterns_and_months_make_no_wrong_event(code, text, wrong):
    ms = code(text)
    assert wrong not in _types(ms), [m.explanation for m in ms]
    if wrong == "PROTEST":  # recoded as a threat of protest when planned
        assert not any("hold+march" in m.explanation for m in ms), [m.explanation for m in ms]


def test_a_hand_written_bare_word_still_decides_its_verb(code):
    # "meet" has a hand-written bare word (CAMEO 040): PETRARCH's "meet at" (036, an intent
    # to meet) stays out, so a meeting held at a place is a consultation
    ms = code("The Kenyan foreign minister met with Ugandan officials at the border post of Busia.")
    assert "CONSULT" in _types(ms) and "AGREE" not in _types(ms), [m.explanation for m in ms]


def test_surface_form_matches_despite_a_wrong_lemma(code):
    mentions = code("Ruritanian soldiers raped women in a village near Zenda, witnesses said.")
    assault = [m for m in mentions if m.event_type == "ASSAULT"]
    assert assault, [m.explanation for m in mentions]


def test_a_month_is_never_a_trigger(nlp):
    from communique.coding.triggers import find_triggers

    for text in (
        "March 3 was quiet in Zenda.",
        "Freedonia's parliament voted in March, and Ruritania protested in May.",
    ):
        doc = nlp(text)
        found = [t.token.text for s in doc.sents for t in find_triggers(s)]
        assert "March" not in found and "May" not in found, found


def test_a_multiword_trigger_survives_a_misparse(nlp):
    from spacy.tokens import Doc

    from communique.coding.pattern_keys import TokenKeys, find_items
    from communique.coding.triggers import dependents

    # a parse that hangs "to the streets" on the subject, not on "took"
    words = ["Students", "took", "to", "the", "streets", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=[1, 1, 0, 4, 2, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["student", "take", "to", "the", "street", "."],
        sent_starts=[True, False, False, False, False, False],
    )  # fmt: skip
    took = doc[1]
    assert "street" not in dependents(took)
    found = find_items(took, parse_pattern("to:street"), TokenKeys(took, dependents(took)))
    assert found and found[0].text == "streets"


def test_a_preposition_that_only_dates_completes_no_trigger(code):
    # "on Monday" after the object is no "call on": a phone call is no appeal
    ms = code("The French president called the Ukrainian president on Monday.")
    assert "REQUEST" not in _types(ms), [m.explanation for m in ms]
    ms = code("The Colombian president called on Venezuela to free the prisoners on Monday.")
    assert "REQUEST" in _types(ms)


def test_an_anonymous_source_formula_is_no_refusal(code):
    # "an official who declined to be named": a newswire's anonymous source, not a refusal
    # aimed at the state the story is about (rule recipient.story_counterpart used to pick it)
    text = (
        "Ruritania has sent two patrol boats to shadow the Freedonian survey ship, a Ruritanian "
        "naval officer who declined to be named told reporters. Freedonia said the ship would stay."
    )
    assert not [m for m in code(text) if m.event_type == "REJECT"]
    text = "The figures were confirmed by a Ruritanian diplomat who declined to be identified."
    assert not [m for m in code(text) if m.event_type == "REJECT"]


@pytest.mark.candidates("checks the type given to a reading that is below the default threshold")
def test_an_offered_resignation_is_a_resignation_not_an_offer(code):
    # "offered his resignation": a resignation (CAMEO 0831), granted to no one, never an offer
    # (030) aimed at the foreign state the story is about
    text = (
        "Freedonia recalled its envoy from Ruritania over the minister's remarks. Ruritanian "
        "Foreign Minister Tomas Varga said he had offered his resignation to the prime minister."
    )
    mentions = code(text)
    assert not [m for m in mentions if m.cameo == "030"], [m.explanation for m in mentions]
    assert [m for m in mentions if m.cameo == "0831"], [m.explanation for m in mentions]
