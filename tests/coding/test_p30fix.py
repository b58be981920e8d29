"""General classes behind coding errors on held-out news pages, tested on invented stories: a
state the headline names only as the topic ("fought over X") gives no headline clue
(mention.headline_topic)."""

from __future__ import annotations

import pytest

from support import countries


@pytest.fixture(scope="module")
def code_titled(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None, when: str = "2026-03-10"):
        article = Article(text=text, title=title, published=when, id="t")
        doc = nlp.make_doc(text)
        doc._.communique_article = article
        return code_article(article, nlp(doc))

    return run


TOPIC_STORY = (
    "Belarus has dominated the first week of the campaign. Belarusian state television called "
    "the vote a test for Minsk, and Belarus said it would watch the border closely. Poland's "
    "opposition says Belarus wants chaos; Belarus denies it.\n\n"
    "The farmers' union accused the prime minister of neglecting rural roads on Monday.\n\n"
    "The interior minister refused to meet the union's leaders."
)


def _unplaced(events):
    return [m for m in events if "union" in m.evidence.sentence_text]


def test_a_state_the_headline_names_as_its_topic_does_not_place_unplaced_people(code_titled):
    title = "Poland's government falls, and the election will be a quarrel over Belarus"
    found = _unplaced(code_titled(TOPIC_STORY, title))
    assert found
    for m in found:
        assert countries(m.actor) | countries(m.recipient) <= {"POL"}, m
    # a state the headline names as a party still counts
    found = _unplaced(code_titled(TOPIC_STORY, "Belarus and Poland in a row over the border"))
    assert "BLR" in set().union(*(countries(m.actor) for m in found))


HOSTED_TALKS = (
    "Peru's foreign ministry said on Monday that border trade with Ecuador would resume next "
    "month. Peru and Ecuador fought a border war in 1995, and Ecuador's army still guards the "
    "frontier. The ministry thanked the Brazilian government for hosting the consultations, "
    "which took place in Brasilia in May. The two countries agreed to reopen three border "
    "crossings."
)


def test_the_host_of_talks_is_no_side_of_the_two_sides(code):
    found = [m for m in code(HOSTED_TALKS) if "agreed" in m.evidence.sentence_text]
    assert found
    for m in found:
        assert "BRA" not in countries(m.actor) | countries(m.recipient), m
    assert any(countries(m.actor) == {"PER", "ECU"} for m in found)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Police in Harare detained the opposition leader on Tuesday. The Norwegian embassy "
            "said it had raised the detention with the interior ministry.",
            "detention",
        ),
        (
            "Gunmen shelled a border post on Sunday. Chile said it would take up the shelling at "
            "the Security Council next week.",
            "shelling",
        ),
    ],
)
def test_a_state_raising_an_act_is_not_its_doer(code, text, noun):
    found = [m for m in code(text) if m.evidence.trigger == noun]
    assert not any(countries(m.actor) & {"NOR", "CHL"} for m in found), found
    # raising tariffs is still the raiser's sanction
    found = [m for m in code("Turkey raised tariffs on Greek steel.") if m.event_type == "SANCTION"]
    assert found and countries(found[0].actor) == {"TUR"}


def test_date_words_closing_joined_predicates_date_the_first_too(code):
    text = (
        "Mali's military council said on Monday it would reopen its border with Ivory Coast. The "
        "council expelled Ivory Coast's ambassador and ordered Ivorian soldiers to leave in 2021, "
        "and has since sought help from Russia."
    )
    found = code(text, "2026-03-10")
    expelled = [m for m in found if m.event_type == "SANCTION" and "expelled" in m.evidence.trigger]
    assert expelled
    assert all(str(m.date).startswith("2021") and m.modality == "historical" for m in expelled)
    # "has since sought": after that year, not in it
    sought = [m for m in found if "sought" in m.evidence.trigger]
    assert all(not str(m.date).startswith("2021") for m in sought)
