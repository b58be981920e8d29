"""Page furniture (bylines, credits, photo credits, teasers, prompts, widgets, related-story
lists) leaves the story text; the story and its captions stay; the notes say what went."""

from __future__ import annotations

import pytest

from communique.articles.furniture import default_rules, parse_rules, strip_furniture
from communique.sources.html import html_article
from furniture_page import CAPTION, PAGE, STORY

FURNITURE = [
    "Staff Writers",
    "Kari Lunde",
    "AP Photo",
    "Read more",
    "morning briefing",
    "newsletter",
    "Editing by",
    "contributed",
    "Share this",
    "Tweet",
    "Related stories",
    "Peru protests",
    "expels",
    "Uruguay",
    "cookies",
]


def test_html_page_keeps_story_and_caption_and_notes_the_furniture():
    article = html_article(PAGE)
    for para in STORY + [CAPTION]:
        assert para in article.text
    for bit in FURNITURE:
        assert bit not in article.text, bit
    notes = "\n".join(article.notes)
    assert "page furniture removed from the text" in notes
    for kind in ("byline", "credit", "photo_credit", "teaser", "prompt", "widget"):
        assert f"[{kind}]" in notes, kind
    assert "'The Associated Press contributed to this report.'" in notes
    assert "page elements removed before text extraction" in notes  # newsletter box, credit


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Reporting by Ana Lima in Lisbon and Joe Park in Seoul; Editing by Kim Ode", "credit"),
        ("(Additional reporting by Sara Quint; Writing by Paul Eck)", "credit"),
        ("— Associated Press writer Lena Berg in Vienna contributed to this report.", "credit"),
        ("With files from The Canadian Press", "credit"),
        ("By MARTA GIL and Omar Haddad, Associated Press", "byline"),
        ("Photo: EPA-EFE", "photo_credit"),
        ("Photo by Dan Moor/Getty Images", "photo_credit"),
        ("(AP Photo/Ivan Petrov, File)", "photo_credit"),
        ("REUTERS/Ivan Petrov/File Photo", "photo_credit"),
        ("Image source, Getty Images", "photo_credit"),
        ("SEE MORE: Ten things to know about the vote", "teaser"),
        ("Also read: Parliament returns from recess", "teaser"),
        ("RELATED: The budget fight, explained", "teaser"),
        ("Click here to read the full decision", "teaser"),
        ("Sign up for our newsletter", "prompt"),
        ("We use cookies so that this site remembers your settings.", "prompt"),
        ("ADVERTISEMENT", "prompt"),
        ("Story continues below advertisement", "prompt"),
        ("- Share this article", "widget"),
        ("Print", "widget"),
        ("312 comments", "widget"),
        ("Follow us on Twitter and Facebook", "widget"),
        ("© 2024 Example Media Group. All rights reserved.", "meta"),
        ("Updated: 12 March 2024, 14:05 GMT", "meta"),
        ("Do you have a story for us? Email news@example.org or call 0123 456789.", "prompt"),
        ("Got a news tip? Contact our newsroom at tips@example.org.", "prompt"),
    ],
)
def test_each_kind_of_furniture_line_goes(line, kind):
    text = f"{STORY[0]}\n\n{line}\n\n{STORY[1]}"
    kept, removed = strip_furniture(text)
    assert kept == f"{STORY[0]}\n\n{STORY[1]}"
    assert [(r.kind, r.text) for r in removed] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the local newspaper found that the ministry had ignored the warnings.",
        "Photos show soldiers firing on the crowd outside the parliament building.",
        "Updated figures show that 40 people were killed in the fighting.",
        "Copyright disputes between the two countries have dragged on for years.",
        "Share prices fell after the central bank raised interest rates.",
        "Read the full text of the treaty, the opposition leader told parliament.",
        "The minister said donors contributed to the reconstruction fund.",
    ],
)
def test_story_sentences_that_look_like_furniture_stay(line):
    text = f"{STORY[0]}\n\n{line}\n\n{STORY[1]}"
    assert strip_furniture(text) == (text, [])


@pytest.mark.parametrize("counter", ["4 / 12", "- 4 / 12", "Slide 4 of 12:", "Photo 4 of 12"])
def test_a_gallery_counter_goes_and_its_caption_stays(counter):
    text = f"{STORY[0]}\n\n{counter} {CAPTION}\n\n{STORY[1]}"
    kept, removed = strip_furniture(text)
    assert kept == f"{STORY[0]}\n\n{CAPTION}\n\n{STORY[1]}"
    assert [r.kind for r in removed] == ["photo_credit"]


def test_captions_ending_in_a_bracketed_credit_are_no_link_list():
    captions = [
        "Slide 1 of 3: Soldiers guard the electoral commission in Lusaka on Friday. (Ana Lima/Example)",
        "Slide 2 of 3: Voters queue outside a school in Ndola. (Joe Park/Example)",
        "Slide 3 of 3: Police detain a man near the stadium in Kitwe. (Ana Lima/Example)",
    ]
    text = "\n\n".join([STORY[0], *captions, STORY[1]])
    kept, removed = strip_furniture(text)
    for caption in captions:
        assert caption.split(": ", 1)[1].split(" (")[0] in kept, kept
    assert [r.kind for r in removed] == ["photo_credit"] * 3


def test_a_sentence_opening_with_a_share_keeps_it():
    text = f"{STORY[0]}\n\n3 of 4 voters backed the pact, a poll found.\n\n{STORY[1]}"
    assert strip_furniture(text) == (text, [])


def test_caption_keeps_its_words_and_loses_its_credit():
    text = f"{STORY[0]}\n\n{CAPTION} REUTERS/Ivan Petrov\n\n{STORY[1]}"
    kept, removed = strip_furniture(text)
    assert kept == f"{STORY[0]}\n\n{CAPTION}\n\n{STORY[1]}"
    assert [(r.kind, r.text) for r in removed] == [("photo_credit", "REUTERS/Ivan Petrov")]


def test_a_sentence_ending_in_a_credit_like_phrase_is_not_cut():
    text = f"{STORY[0]}\n\nThe attack was filmed in a video by Reuters"
    assert strip_furniture(text)[0] == text


HEADLINES = [
    "Peru protests over new mining law turn violent",
    "Argentina expels two diplomats after a spying row",
    "Brazil and Uruguay agree to build a new border bridge",
]


def test_related_story_lists_go_inside_and_at_the_end():
    inner = "\n\n".join([STORY[0], *HEADLINES, STORY[1]])
    kept, removed = strip_furniture(inner)
    assert kept == f"{STORY[0]}\n\n{STORY[1]}"
    assert {r.kind for r in removed} == {"related"}
    tail = "\n\n".join([STORY[0], STORY[1], "Most read", *HEADLINES])
    kept, removed = strip_furniture(tail)
    assert kept == f"{STORY[0]}\n\n{STORY[1]}"
    assert len(removed) == 4


def test_lists_the_story_introduces_stay():
    items = [
        "Two ministers from the ruling coalition resigned",
        "The opposition called for early elections",
        "Parliament will vote on the budget next week",
    ]
    for intro in ("The crisis so far:", "Key points"):
        text = "\n\n".join([STORY[0], intro, *items, STORY[1]])
        assert strip_furniture(text)[0] == text, intro


def test_users_can_extend_the_table_and_bad_rows_are_named():
    table = (
        "kind\twhere\tpattern\tnote\n"
        "define\tDESK\t(?:Foreign|Metro) desk\tdesks of a paper\n"
        "credit\tline\tCompiled by the {DESK}\tdesk credits\n"
    )
    rules = parse_rules(table)
    kept, removed = strip_furniture(f"{STORY[0]}\n\nCompiled by the Metro desk", rules)
    assert kept == STORY[0] and removed[0].note == "desk credits"
    with pytest.raises(ValueError, match="line 2"):
        parse_rules("kind\twhere\tpattern\tnote\ncredit\tline\t{NOPE}\tx\n")
    with pytest.raises(ValueError, match="where must be"):
        parse_rules("credit\tsomewhere\tx\tx\n")


def test_every_shipped_rule_has_a_reason():
    rules = default_rules()
    assert len(rules) > 30
    assert all(r.note and r.kind for r in rules)
    kinds = {r.kind for r in rules}
    assert kinds <= {
        "credit",
        "byline",
        "photo_credit",
        "teaser",
        "related",
        "prompt",
        "widget",
        "claim",
        "meta",
        "story",
        "comments",
        "diary",
    }
